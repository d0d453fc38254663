import '@xyflow/react/dist/style.css';

import {
  Background,
  BaseEdge,
  Controls,
  EdgeLabelRenderer,
  getStraightPath,
  Handle,
  MarkerType,
  Position,
  ReactFlow,
  useInternalNode,
  type Edge,
  type EdgeProps,
  type InternalNode,
  type Node,
  type NodeProps,
} from '@xyflow/react';
import { useMemo } from 'react';
import { Link } from 'react-router';

import type { ConstituentType, RelationshipNetwork } from '@/features/constituent-profile/types/profile';
import classes from '@/features/constituent-profile/components/relationship-graph.module.css';
import { radialLayout } from '@/features/constituent-profile/utils/radial-layout';
import { TYPE_ICONS, TYPE_LABELS } from '@/features/constituent-profile/utils/labels';

type ConstituentNodeData = {
  id: string;
  displayName: string;
  type: ConstituentType;
  deceased: boolean;
  center: boolean;
  depth: number;
};
type ConstituentNode = Node<ConstituentNodeData, 'constituent'>;
type RelationshipEdge = Edge<{ label: string; active: boolean }, 'relationship'>;

const NODE_COLORS: Record<ConstituentType, string> = {
  INDIVIDUAL: 'var(--mantine-color-blue-8)',
  ORGANIZATION: 'var(--mantine-color-grape-8)',
  HOUSEHOLD: 'var(--mantine-color-teal-8)',
};

function ConstituentNodeView({ data }: NodeProps<ConstituentNode>) {
  const Icon = TYPE_ICONS[data.type];
  const description = [
    TYPE_LABELS[data.type],
    data.deceased ? 'deceased' : null,
    data.center ? 'this constituent' : `${data.depth} ${data.depth === 1 ? 'step' : 'steps'} away`,
  ]
    .filter(Boolean)
    .join(', ');
  return (
    <div
      className={classes.node}
      data-center={data.center}
      style={{ ['--node-color' as string]: NODE_COLORS[data.type] }}
    >
      <Handle type="target" position={Position.Top} className={classes.handle} isConnectable={false} />
      <Link
        to={`/constituents/${encodeURIComponent(data.id)}`}
        className={`${classes.link} nodrag nopan`}
        aria-label={`${data.displayName} (${description})`}
        title={data.displayName}
      >
        <Icon size={16} aria-hidden style={{ flexShrink: 0 }} />
        <span className={classes.name}>
          {data.displayName}
          {data.deceased ? ' †' : ''}
        </span>
      </Link>
      <Handle type="source" position={Position.Bottom} className={classes.handle} isConnectable={false} />
    </div>
  );
}

/** Where the line from the centre of `node` towards `target` leaves the node's box. */
function boxExit(node: InternalNode, target: { x: number; y: number }) {
  const width = node.measured.width ?? 180;
  const height = node.measured.height ?? 40;
  const cx = node.internals.positionAbsolute.x + width / 2;
  const cy = node.internals.positionAbsolute.y + height / 2;
  const dx = target.x - cx;
  const dy = target.y - cy;
  if (dx === 0 && dy === 0) return { x: cx, y: cy };
  const scale = Math.min(
    dx === 0 ? Infinity : width / 2 / Math.abs(dx),
    dy === 0 ? Infinity : height / 2 / Math.abs(dy),
  );
  return { x: cx + dx * scale, y: cy + dy * scale };
}

function centreOf(node: InternalNode) {
  return {
    x: node.internals.positionAbsolute.x + (node.measured.width ?? 180) / 2,
    y: node.internals.positionAbsolute.y + (node.measured.height ?? 40) / 2,
  };
}

/** A straight edge between the nodes' borders (not their handles), labelled in the middle. */
function RelationshipEdgeView({ id, source, target, data, markerEnd, style }: EdgeProps<RelationshipEdge>) {
  const sourceNode = useInternalNode(source);
  const targetNode = useInternalNode(target);
  if (!sourceNode || !targetNode) return null;
  const start = boxExit(sourceNode, centreOf(targetNode));
  const end = boxExit(targetNode, centreOf(sourceNode));
  const [path, labelX, labelY] = getStraightPath({
    sourceX: start.x,
    sourceY: start.y,
    targetX: end.x,
    targetY: end.y,
  });
  return (
    <>
      <BaseEdge id={id} path={path} markerEnd={markerEnd} style={style} />
      {data ? (
        <EdgeLabelRenderer>
          <div
            className={classes.edgeLabel}
            // above the nodes, so a label next to a node is not hidden under it
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)`, zIndex: 1001 }}
          >
            {data.label}
            {data.active ? '' : ' (ended)'}
          </div>
        </EdgeLabelRenderer>
      ) : null}
    </>
  );
}

/** The network's relationships as React Flow edges: an arrow from "from" to "to", none for a symmetric type. */
export function toFlowEdges(network: RelationshipNetwork): RelationshipEdge[] {
  return network.edges.map((edge): RelationshipEdge => ({
    id: edge.id,
    source: edge.fromId,
    target: edge.toId,
    type: 'relationship',
    data: { label: edge.label, active: edge.active },
    // a symmetric type (colleague, friend, spouse: the same both ways) has no direction to point
    markerEnd:
      edge.label === edge.inverseLabel
        ? undefined
        : { type: MarkerType.ArrowClosed, width: 16, height: 16, color: 'var(--mantine-color-gray-6)' },
    style: {
      stroke: 'var(--mantine-color-gray-6)',
      strokeWidth: 1.5,
      strokeDasharray: edge.active ? undefined : '6 4',
    },
  }));
}

const nodeTypes = { constituent: ConstituentNodeView };
const edgeTypes = { relationship: RelationshipEdgeView };

type RelationshipGraphProps = {
  network: RelationshipNetwork;
  centerId: string;
  /** The accessible name of the drawing. */
  label: string;
};

/**
 * The network as a drawing: this constituent in the middle, everyone else on rings by distance.
 * Each node is a link to that constituent's page. Read-only: the list next to it is where
 * relationships change.
 */
export function RelationshipGraph({ network, centerId, label }: RelationshipGraphProps) {
  const { nodes, edges } = useMemo(() => {
    const positions = radialLayout(network.nodes, network.edges);
    const flowNodes: ConstituentNode[] = network.nodes.map((node) => {
      const point = positions.get(node.id) ?? { x: 0, y: 0 };
      return {
        id: node.id,
        type: 'constituent',
        // Positions are centres; React Flow places the top-left corner.
        position: { x: point.x - 90, y: point.y - 20 },
        data: { ...node, center: node.id === centerId },
      };
    });
    const flowEdges = toFlowEdges(network);
    return { nodes: flowNodes, edges: flowEdges };
  }, [network, centerId]);

  return (
    <div className={classes.canvas} role="group" aria-label={label}>
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        fitView
        // room around the outer ring for the labels of its edges
        fitViewOptions={{ padding: 0.3, maxZoom: 1.2 }}
        // React Flow (MIT) asks for its attribution to stay unless one subscribes: it stays, on the side away from
        // the zoom controls so neither covers the other
        attributionPosition="bottom-left"
        minZoom={0.2}
        maxZoom={2}
        nodesDraggable={false}
        nodesConnectable={false}
        nodesFocusable={false}
        edgesFocusable={false}
        elementsSelectable={false}
        zoomOnScroll={false}
        preventScrolling={false}
      >
        <Background gap={24} size={1} />
        <Controls showInteractive={false} position="bottom-right" />
      </ReactFlow>
    </div>
  );
}
