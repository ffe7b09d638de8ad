/**
 * `reviewclock policies` and `reviewclock policy`: their arguments, options and help. What they do is in
 * `commands/policies.ts`, loaded when one of them runs.
 *
 * @module
 */
import { Option, type Command } from 'commander';
import type { PoliciesOptions, PolicyOptions } from '../commands/policies.js';
import type { CliContext } from '../context.js';
import { addJsonOption, addLangOption, addPoliciesOption } from '../options.js';

/** Registers `policies` and `policy`. */
export function registerPolicyCommands(program: Command, context: CliContext): void {
  const policies = program
    .command('policies')
    .summary('list or search the built-in review-time rules')
    .description(
      'List the built-in policies (the latest version of each), or search them: every one of WORDS must match, in ' +
        'English or Chinese, the id, titles, procedure, jurisdiction or pilot regions (beijing, 北京, CN-BJ), ' +
        'authority, source or notes, best match first. An English word matches a whole word or the start of one ' +
        '(renew finds renewal); Chinese matches anywhere (补充申请). An id found only through an earlier version ' +
        'is listed with that version.',
    )
    .argument('[words...]', 'words that must all match')
    .option('--jurisdiction <code>', 'only this jurisdiction, e.g. CN, CN-GD, HK (CN includes the provinces)')
    .addOption(new Option('--product <product>', 'only rules for this product').choices(['drug', 'device', 'ivd']))
    .addOption(new Option('--role <role>', 'only this kind of rule').choices(['review', 'stage', 'sponsor-window', 'relative']))
    .option('--on <date>', 'the versions in force on this date (YYYY-MM-DD or today) instead of the latest ones')
    .option('--all-versions', 'every version of every rule');
  addPoliciesOption(policies);
  addLangOption(policies);
  addJsonOption(policies, 'print the policies as a JSON array');
  policies
    .addHelpText(
      'after',
      `
Examples:
  $ reviewclock policies
  $ reviewclock policies nda priority
  $ reviewclock policies beijing
  $ reviewclock policies 补充申请 --lang zh
  $ reviewclock policies --product device --role review
  $ reviewclock policies deficiency --on 2022-11-01 --json`,
    )
    .action(async (words: string[], options: PoliciesOptions) => {
      const { runPolicies } = await import('../commands/policies.js');
      runPolicies(words, options, context);
    });

  const policy = program
    .command('policy')
    .summary('one policy in full: limit, clock start, stops, consequence, source')
    .description('Print every field of the policy ID and the source it comes from.')
    .argument('<id>', 'a policy id, e.g. cn.nmpa.drug.ind (see `reviewclock policies`)')
    .option('--on <date>', 'the version in force on this date, YYYY-MM-DD or today (default: the latest version)');
  addPoliciesOption(policy);
  addLangOption(policy);
  addJsonOption(policy, 'print the policy object');
  policy
    .addHelpText(
      'after',
      `
Examples:
  $ reviewclock policy cn.nmpa.drug.ind
  $ reviewclock policy cn.nmpa.drug.nda.priority --lang zh
  $ reviewclock policy cn.nmpa.drug.deficiency-response --on 2022-11-01 --json`,
    )
    .action(async (id: string, options: PolicyOptions) => {
      const { runPolicy } = await import('../commands/policies.js');
      runPolicy(id, options, context);
    });
}
