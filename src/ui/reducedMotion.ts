function asksForLessMotion(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Read once when the map is created: Leaflet takes its animation options only at construction. */
export function prefersReducedMotion(): boolean {
  return asksForLessMotion();
}

/** Smooth scrolling shows where the page went; readers who asked the system for less motion get an instant jump. */
export function preferredScrollBehavior(): ScrollBehavior {
  return asksForLessMotion() ? 'auto' : 'smooth';
}
