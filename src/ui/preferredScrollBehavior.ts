/** Smooth scrolling shows where the page went; readers who asked the system for less motion get an instant jump. */
export function preferredScrollBehavior(): ScrollBehavior {
  const reduce =
    typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  return reduce ? 'auto' : 'smooth';
}
