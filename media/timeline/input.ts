// The timeline's pointer and keyboard input, turned into intents for main.ts: drag to pan, wheel
// and pinch to zoom, hover and click on what the last frame drew, keys to move, zoom and open.
import { hitAt, type Hit } from './layout';
import { ZOOM_STEP } from './viewport';

const DRAG_THRESHOLD = 4;

export interface InputHandlers {
  /** the hits of the last frame */
  hits(): readonly Hit[];
  pan(pixels: number): void;
  /** zoom by a factor (< 1 zooms in) around x (pixels), or around the focus when undefined */
  zoom(factor: number, x?: number): void;
  hover(hit: Hit | undefined, clientX: number, clientY: number): void;
  click(hit: Hit): void;
  pointerLeft(): void;
  /** the keys that move the focus: the extension knows the order of all items */
  step(move: 'next' | 'previous' | 'first' | 'last'): void;
  open(): void;
  showEverything(): void;
  pageBy(share: number): void;
  escape(): void;
}

/** Listens on the canvas (pointer, wheel) and the stage (keys). */
export function listen(stage: HTMLElement, canvas: HTMLCanvasElement, handlers: InputHandlers): { pointerDown(): boolean } {
  const pointers = new Map<number, { x: number; y: number }>();
  let dragStart: { x: number; y: number; moved: boolean } | null = null;
  let pinchDistance = 0;
  const localPoint = (event: PointerEvent | WheelEvent) => {
    const box = canvas.getBoundingClientRect();
    return { x: event.clientX - box.left, y: event.clientY - box.top };
  };

  canvas.addEventListener('pointerdown', (event) => {
    canvas.setPointerCapture(event.pointerId);
    const point = localPoint(event);
    pointers.set(event.pointerId, point);
    if (pointers.size === 1) dragStart = { ...point, moved: false };
    if (pointers.size === 2) {
      const [a, b] = [...pointers.values()];
      pinchDistance = Math.hypot(a.x - b.x, a.y - b.y);
      dragStart = null;
    }
  });

  canvas.addEventListener('pointermove', (event) => {
    const point = localPoint(event);
    const previous = pointers.get(event.pointerId);
    if (previous) pointers.set(event.pointerId, point);
    if (pointers.size === 2) {
      const [a, b] = [...pointers.values()];
      const distance = Math.hypot(a.x - b.x, a.y - b.y);
      if (pinchDistance > 0 && distance > 0) handlers.zoom(pinchDistance / distance, (a.x + b.x) / 2);
      pinchDistance = distance;
      return;
    }
    if (dragStart && previous) {
      if (Math.abs(point.x - dragStart.x) + Math.abs(point.y - dragStart.y) > DRAG_THRESHOLD) dragStart.moved = true;
      if (dragStart.moved) {
        canvas.classList.add('dragging');
        handlers.hover(undefined, event.clientX, event.clientY);
        handlers.pan(previous.x - point.x);
        return;
      }
    }
    const hit = hitAt(handlers.hits(), point.x, point.y);
    canvas.classList.toggle('over-item', hit !== undefined);
    handlers.hover(hit, event.clientX, event.clientY);
  });

  function endPointer(event: PointerEvent): void {
    pointers.delete(event.pointerId);
    canvas.classList.remove('dragging');
    if (pointers.size < 2) pinchDistance = 0;
    const start = dragStart;
    dragStart = null;
    if (event.type !== 'pointerup' || !start || start.moved) return;
    const point = localPoint(event);
    const hit = hitAt(handlers.hits(), point.x, point.y);
    if (hit) handlers.click(hit);
  }
  canvas.addEventListener('pointerup', endPointer);
  canvas.addEventListener('pointercancel', endPointer);
  canvas.addEventListener('pointerleave', () => handlers.pointerLeft());

  canvas.addEventListener('wheel', (event) => {
    event.preventDefault();
    handlers.hover(undefined, event.clientX, event.clientY);
    const horizontal = Math.abs(event.deltaX) > Math.abs(event.deltaY);
    if (horizontal && !event.ctrlKey) {
      handlers.pan(event.deltaX);
    } else {
      // ctrl+wheel is how a trackpad pinch arrives: larger steps, same direction
      const pixels = event.deltaMode === WheelEvent.DOM_DELTA_LINE ? event.deltaY * 16 : event.deltaY;
      handlers.zoom(Math.exp(pixels * (event.ctrlKey ? 0.01 : 0.0015)), localPoint(event).x);
    }
  }, { passive: false });

  stage.addEventListener('keydown', (event) => {
    const keys: Record<string, () => void> = {
      ArrowRight: () => handlers.step('next'),
      ArrowDown: () => handlers.step('next'),
      ArrowLeft: () => handlers.step('previous'),
      ArrowUp: () => handlers.step('previous'),
      Home: () => handlers.step('first'),
      End: () => handlers.step('last'),
      Enter: () => handlers.open(),
      ' ': () => handlers.open(),
      '+': () => handlers.zoom(1 / ZOOM_STEP),
      '=': () => handlers.zoom(1 / ZOOM_STEP),
      '-': () => handlers.zoom(ZOOM_STEP),
      _: () => handlers.zoom(ZOOM_STEP),
      '0': () => handlers.showEverything(),
      PageUp: () => handlers.pageBy(-0.8),
      PageDown: () => handlers.pageBy(0.8),
      Escape: () => handlers.escape(),
    };
    const action = Object.hasOwn(keys, event.key) ? keys[event.key] : undefined;
    if (!action) return;
    action();
    event.preventDefault();
  });

  return { pointerDown: () => pointers.size > 0 };
}
