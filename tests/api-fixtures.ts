/**
 * Teams, campaigns and evaluations set up through the team server's API, for specs whose subject
 * is what happens after the setting up: the app's own client and route table
 * (src/lib/testing/team-client.ts) from Node, and records made with the domain's own edit
 * operations, signed by a device key of the member as a phone signs them. A phone then joins
 * through the sign-in screen, so what it keeps is what a person signing in gets.
 *
 * The setting up itself is walked by touch in tests/programme.spec.ts (the whole programme),
 * tests/team.spec.ts (invites, a passkey, offline evaluations) and tests/team-auth.spec.ts.
 */
import type { Browser, TestInfo } from '@playwright/test';
import { catalog } from '../src/lib/domain/catalog';
import { answer, finalize, newEvaluation, type EditContext } from '../src/lib/domain/editing';
import type { AnswerValue } from '../src/lib/domain/record/common';
import type { Evaluation } from '../src/lib/domain/record/evaluation';
import { readRecord } from '../src/lib/domain/reading/read';
import type { CampaignRole } from '../src/lib/domain/sync/protocol';
import { syncRoutes } from '../src/lib/domain/sync/routes';
import { TeamClient } from '../src/lib/testing/team-client';
import { teamCampaign } from '../src/lib/testing/team-records';
import { newPhone, SETUP_TOKEN, signInWithPassword } from './team-helpers';

/** The password every test member signs in with (signInWithPassword types the same). */
export const PASSWORD = 'correct horse battery';

/** A person on the team server: their own client (signed in) and how they sign in on a phone. */
export interface Person {
	client: TeamClient;
	name: string;
	loginName: string;
}

/** The owner of a new organisation, who coordinates the campaigns they put on the server. */
export interface Owner extends Person {
	orgId: string;
}

/** The address of the app under test (the project's baseURL). */
export function appOrigin(testInfo: TestInfo): string {
	const base = testInfo.project.use.baseURL;
	if (!base) throw new Error('the Playwright project has no baseURL');
	return new URL(base).origin;
}

async function withPassword(client: TeamClient, loginName: string): Promise<void> {
	await client.api.call(syncRoutes.setPassword, { body: { password: PASSWORD, loginName } });
}

/** A new organisation made with the setup token; its owner signs in with a password. */
export async function apiOrganisation(
	testInfo: TestInfo,
	orgName: string,
	name: string,
	loginName: string
): Promise<Owner> {
	const client = new TeamClient(appOrigin(testInfo));
	const org = await client.createOrg(SETUP_TOKEN, orgName, name);
	await withPassword(client, loginName);
	return { client, name, loginName, orgId: org.id };
}

/** A campaign of the owner's organisation on the server (the default template); answers its id. */
export async function apiCampaign(owner: Owner, center: string): Promise<string> {
	const id = crypto.randomUUID();
	await owner.client.putCampaign(owner.orgId, teamCampaign(id, center));
	return id;
}

/** A member invited to a campaign in a role, who accepted and set a password. */
export async function apiMember(
	inviter: Person,
	campaignId: string,
	role: CampaignRole,
	name: string,
	loginName: string
): Promise<Person> {
	const token = await inviter.client.invite(campaignId, role, name);
	const client = new TeamClient(inviter.client.origin);
	await client.accept(token, name);
	await withPassword(client, loginName);
	return { client, name, loginName };
}

/** A new phone (its own browser context) signed in as the person on the sign-in screen. */
export async function signedInPhone(browser: Browser, testInfo: TestInfo, person: Person) {
	const phone = await newPhone(browser, testInfo);
	await signInWithPassword(phone.page, person.loginName);
	return phone;
}

/**
 * A final phone evaluation of an `apiCampaign` made on the person's own device (a device key
 * registered on first use) and pushed: created now, every expected check answered `value`,
 * `edit` applied (e.g. a recording attached; `ms` places its steps before finalizing), then
 * finalized. Answers its id.
 */
export async function apiEvaluation(
	shopper: Person,
	campaignId: string,
	opts: {
		evaluator?: string;
		scenario?: string;
		value?: AnswerValue;
		edit?: (
			record: Evaluation,
			checks: readonly string[],
			ctx: (ms: number) => EditContext
		) => Evaluation;
	} = {}
): Promise<string> {
	const device = shopper.client.key ?? (await shopper.client.registerDevice());
	const campaign = teamCampaign(campaignId);
	const id = crypto.randomUUID();
	const start = Date.now() - 600_000;
	const ctx = (ms: number): EditContext => ({ at: start + ms, by: device.deviceId });
	let record = newEvaluation(
		{
			id,
			campaignId,
			evaluator: opts.evaluator ?? shopper.name,
			channel: 'phone',
			scenario: opts.scenario ?? '카드 분실 신고',
			timeSlot: 'morning'
		},
		ctx(0)
	);
	const checks = readRecord(record, campaign, start, catalog).score.incomplete;
	checks.forEach((checkId, i) => {
		record = answer(record, checkId, opts.value ?? 'met', ctx((i + 1) * 1000));
	});
	if (opts.edit) record = opts.edit(record, checks, ctx);
	const score = readRecord(record, campaign, start, catalog).score;
	const done = finalize(record, score, campaign, ctx(300_000));
	if (!done.ok) throw new Error(`cannot finalize: ${JSON.stringify(done.issues)}`);
	const [result] = (await shopper.client.push([done.evaluation])).results;
	if (result?.status !== 201) throw new Error(`push refused: ${JSON.stringify(result)}`);
	return id;
}
