/**
 * The document or shadow root an element is drawn in. Inside a MyHealth module the pages live in
 * a shadow root: `document.getElementById` and `document.activeElement` do not see into it.
 */
export function rootOf(node: Node | null | undefined): Document | ShadowRoot {
  const root = node?.getRootNode();
  return root instanceof ShadowRoot ? root : document;
}
