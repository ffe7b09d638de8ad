import { describe, expect, it } from 'vitest';
import { listPolicies, type Policy } from '../../../src/index.js';

/**
 * Hosts whose pages are the issuing authority's or a government's own publication. A host matches when it is one
 * of these or a subdomain of one (`english.nmpa.gov.cn` matches `nmpa.gov.cn`, `yjj.hebei.gov.cn` matches `gov.cn`).
 */
const OFFICIAL_HOSTS = [
  'gov.cn', // State Council, ministries, provincial and municipal governments (npc.gov.cn, samr.gov.cn, nmpa.gov.cn, …)
  'npc.gov.cn',
  'flk.npc.gov.cn',
  'samr.gov.cn',
  'nmpa.gov.cn',
  'cde.org.cn',
  'cmde.org.cn',
  'gov.hk', // HKSAR gazette, info.gov.hk press releases, department sites such as drugoffice.gov.hk
];

/** Spam, forum, bank, job-board and directory hosts that must never be cited. */
const BLOCKED_HOSTS = [
  'dybbs8.com',
  'borongbank.cn',
  'youzhaopin.cn',
  '11467.com',
  '31497.cn',
  'dwgpr.com',
  'catechistsonline.com',
  'iivd.net',
  'zlr6.com',
  'opndei.com',
  'echemi.com',
];

const matches = (host: string, domain: string) => host === domain || host.endsWith(`.${domain}`);
const label = (policy: Policy) => `${policy.id}@${policy.version}`;
const policies = listPolicies({ allVersions: true });

describe('policy sources', () => {
  it('lists every version', () => {
    expect(policies.length).toBeGreaterThan(0);
  });

  it('says what every address is (publication), and only when there is an address', () => {
    for (const policy of policies) {
      if (policy.source.url === null) expect(policy.source.publication, label(policy)).toBeUndefined();
      else expect(['official', 'copy', 'summary'], `${label(policy)} ${policy.source.url}`).toContain(policy.source.publication);
    }
  });

  it('marks an address official only on an official host', () => {
    for (const policy of policies) {
      if (policy.source.publication !== 'official' || policy.source.url === null) continue;
      const host = new URL(policy.source.url).hostname.toLowerCase();
      expect(OFFICIAL_HOSTS.some((domain) => matches(host, domain)), `${label(policy)}: ${host} is not an official host`).toBe(true);
    }
  });

  it('names a copy as a copy in the article', () => {
    for (const policy of policies) {
      if (policy.source.publication === 'copy') expect(policy.source.article, label(policy)).toMatch(/copy on /);
    }
  });

  it('cites no spam or unrelated host', () => {
    for (const policy of policies) {
      if (policy.source.url === null) continue;
      const host = new URL(policy.source.url).hostname.toLowerCase();
      expect(BLOCKED_HOSTS.filter((domain) => matches(host, domain)), `${label(policy)}: ${host}`).toEqual([]);
    }
  });

  it('cites a policy only from an official source or a verbatim copy', () => {
    for (const policy of policies) {
      if (policy.confidence !== 'cited') continue;
      expect(['official', 'copy'], `${label(policy)} (${policy.source.url ?? 'no address'})`).toContain(policy.source.publication);
    }
  });
});
