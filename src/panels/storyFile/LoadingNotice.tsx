export function LoadingNotice() {
  return (
    <p className="loading-notice" role="status">
      Loading the story…
    </p>
  );
}
