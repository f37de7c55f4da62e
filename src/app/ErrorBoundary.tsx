import { Component, type ReactNode } from 'react';

interface Props {
  /** Shown instead of the children after a render error; `retry` renders the children again. */
  fallback: (retry: () => void) => ReactNode;
  /** Runs before a retry renders the children again. */
  onRetry?: () => void;
  children: ReactNode;
}

/** Never a blank page: a render error (or a page chunk that failed to load) shows the fallback. */
export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: unknown) {
    // The name only: a message could quote health data.
    console.error('[app] render error', error instanceof Error ? error.name : 'unknown');
  }

  private readonly retry = () => {
    this.props.onRetry?.();
    this.setState({ failed: false });
  };

  override render() {
    return this.state.failed ? this.props.fallback(this.retry) : this.props.children;
  }
}
