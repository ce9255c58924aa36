import dagre from '@dagrejs/dagre';

/** A scenario node as the editor reads it. */
export interface NodeLike {
  type: string;
  id: string;
  next?: unknown;
  choices?: { id: string; text?: unknown; next?: unknown }[];
}

/** An arrow of the scenario: from a node (by a choice, or its `next`) to another. */
export interface Link {
  from: string;
  to: string;
  /** The choice's id, or '' for a node's own `next`. */
  choice: string;
  /** Whether a condition guards it (a branch with `if`). */
  conditional: boolean;
}

/** The targets of a `next` (an id, or branches each with its own `next`). */
export function targetsOf(next: unknown): { to: string; conditional: boolean }[] {
  if (typeof next === 'string') return [{ to: next, conditional: false }];
  if (Array.isArray(next)) return next.filter((b) => b && typeof b.next === 'string').map((b: { next: string; if?: unknown }) => ({ to: b.next, conditional: b.if !== undefined }));
  return [];
}

/** Every arrow of the scenario. */
export function linksOf(nodes: NodeLike[]): Link[] {
  return nodes.flatMap((n) => [
    ...targetsOf(n.next).map((x) => ({ from: n.id, choice: '', ...x })),
    ...(n.choices ?? []).flatMap((c) => targetsOf(c.next).map((x) => ({ from: n.id, choice: c.id, ...x }))),
  ]);
}

/** Where dagre puts each node and arrow (top to bottom). */
export interface GraphLayout {
  width: number;
  height: number;
  nodes: Map<string, { x: number; y: number; width: number; height: number }>;
  edges: { link: Link; points: { x: number; y: number }[] }[];
}

export const NODE_WIDTH = 150;
export const NODE_HEIGHT = 44;

/** Lays the scenario out with dagre. */
export function layout(nodes: NodeLike[]): GraphLayout {
  const g = new dagre.graphlib.Graph({ multigraph: true });
  g.setGraph({ rankdir: 'TB', nodesep: 24, ranksep: 48, marginx: 8, marginy: 8 });
  g.setDefaultEdgeLabel(() => ({}));
  const ids = new Set(nodes.map((n) => n.id));
  for (const n of nodes) g.setNode(n.id, { width: NODE_WIDTH, height: NODE_HEIGHT });
  const links = linksOf(nodes).filter((l) => ids.has(l.to));
  links.forEach((l, i) => g.setEdge(l.from, l.to, {}, `e${i}`));
  dagre.layout(g);
  const graph = g.graph() as { width?: number; height?: number };
  return {
    width: Math.ceil(graph.width ?? 0),
    height: Math.ceil(graph.height ?? 0),
    nodes: new Map(nodes.map((n) => [n.id, g.node(n.id) as { x: number; y: number; width: number; height: number }])),
    edges: links.map((link, i) => ({ link, points: (g.edge({ v: link.from, w: link.to, name: `e${i}` }) as { points: { x: number; y: number }[] }).points })),
  };
}

/** The arrow keys as directions on the map (x right, y down). */
export const DIRECTIONS = { ArrowUp: [0, -1], ArrowDown: [0, 1], ArrowLeft: [-1, 0], ArrowRight: [1, 0] } as const;

/**
 * The node nearest to `from` in direction `dir` on the map: among the nodes whose centre lies that
 * way, the one closest along it, a sideways offset counting twice (so ↓ follows the arrows of a
 * top-to-bottom map and → goes to the neighbour on the same row).
 */
export function nearest(g: { nodes: Map<string, { x: number; y: number }> }, from: string, dir: readonly [number, number]): string | undefined {
  const a = g.nodes.get(from);
  if (!a) return undefined;
  let best: { id: string; cost: number } | undefined;
  for (const [id, b] of g.nodes) {
    if (id === from) continue;
    const along = (b.x - a.x) * dir[0] + (b.y - a.y) * dir[1];
    if (along <= 1) continue;
    const across = Math.abs((b.x - a.x) * dir[1]) + Math.abs((b.y - a.y) * dir[0]);
    const cost = along + 2 * across;
    if (!best || cost < best.cost) best = { id, cost };
  }
  return best?.id;
}
