import { getPolicy, type PolicyInput } from '../../src/index.js';

/**
 * A team's own rule, made from a built-in policy the way a team would: copy `reviewclock policy ID --json`, give it
 * an id of its own, change the limit. The IND review with 20 working days, in force from 2025.
 */
export const fastInd: PolicyInput = {
  ...getPolicy('cn.nmpa.drug.ind'),
  id: 'team.ind-fast',
  version: '2025-01-01',
  effective: { from: '2025-01-01', to: null },
  limit: { amount: 20, unit: 'working-days', direction: 'after' },
  title: { en: 'Our internal IND target', zh: '内部 IND 审评目标' },
};
