import type { NetworkEdge, NetworkNode } from '@/features/constituent-profile/types/profile';

export type Point = { x: number; y: number };

/** Space a node needs along its ring, in pixels (about a node's width plus a gap). */
const NODE_SPACING = 190;
const RING_GAP = 230;

/**
 * Places the centre (depth 0) in the middle and every other node on a ring by its distance in
 * hops. Each ring is ordered by the angle of the node's parent on the ring inside it, so
 * neighbours stay close and few edges cross; a crowded ring grows so its nodes do not overlap.
 */
export function radialLayout(nodes: readonly NetworkNode[], edges: readonly NetworkEdge[]): Map<string, Point> {
  const positions = new Map<string, Point>();
  const angles = new Map<string, number>();
  const depthOf = new Map(nodes.map((node) => [node.id, node.depth]));
  const neighbours = new Map<string, string[]>();
  for (const edge of edges) {
    neighbours.set(edge.fromId, [...(neighbours.get(edge.fromId) ?? []), edge.toId]);
    neighbours.set(edge.toId, [...(neighbours.get(edge.toId) ?? []), edge.fromId]);
  }

  const rings = new Map<number, NetworkNode[]>();
  for (const node of nodes) {
    rings.set(node.depth, [...(rings.get(node.depth) ?? []), node]);
  }
  const depths = [...rings.keys()].sort((a, b) => a - b);

  let radius = 0;
  for (const depth of depths) {
    const ring = rings.get(depth) ?? [];
    if (depth === 0) {
      for (const node of ring) {
        positions.set(node.id, { x: 0, y: 0 });
        angles.set(node.id, 0);
      }
      continue;
    }
    // The angle of the first neighbour one ring in (its parent in the walk); keep a stable order.
    const parentAngle = (node: NetworkNode) => {
      const parent = (neighbours.get(node.id) ?? []).find((id) => depthOf.get(id) === depth - 1);
      return parent === undefined ? Number.POSITIVE_INFINITY : (angles.get(parent) ?? 0);
    };
    const ordered = [...ring].sort(
      (a, b) => parentAngle(a) - parentAngle(b) || a.displayName.localeCompare(b.displayName),
    );
    radius = Math.max(radius + RING_GAP, (ordered.length * NODE_SPACING) / (2 * Math.PI));
    // Start the first ring at the top; outer rings start near their parents' angles.
    const first = ordered[0];
    const firstParent = first ? parentAngle(first) : Number.POSITIVE_INFINITY;
    const start = depth === 1 || !Number.isFinite(firstParent) ? -Math.PI / 2 : firstParent;
    ordered.forEach((node, index) => {
      const angle = start + (2 * Math.PI * index) / ordered.length;
      angles.set(node.id, angle);
      positions.set(node.id, { x: Math.cos(angle) * radius, y: Math.sin(angle) * radius });
    });
  }
  return positions;
}
