import { describe, expect, it } from 'vitest';

import { toFlowEdges } from '@/features/constituent-profile/components/relationship-graph';

const edge = { fromId: 'a', toId: 'b', type: 't', active: true };

describe('toFlowEdges', () => {
  it('draws an arrow for a directed type and none for a symmetric one', () => {
    const [employer, colleague] = toFlowEdges({
      nodes: [],
      truncated: false,
      edges: [
        { ...edge, id: 'e1', label: 'Employee of', inverseLabel: 'Employer of' },
        { ...edge, id: 'e2', label: 'Colleague', inverseLabel: 'Colleague' },
      ],
    });
    expect(employer!.markerEnd).toMatchObject({ type: 'arrowclosed' });
    expect(colleague!.markerEnd).toBeUndefined();
  });
});
