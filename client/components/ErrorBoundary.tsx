import { Component, type ReactNode } from 'react';

interface Props {
  children: ReactNode;
  labels: { message: string; retry: string; reload: string };
  /** When this changes (e.g. the phase), a failed part tries again by itself. */
  resetKey?: unknown;
}

interface State {
  failed: boolean;
}

/**
 * Keeps a render error inside one part of the page, so the rest stays usable. Written here
 * rather than taken from react-error-boundary: the participant bundle is within 2 KB of its
 * budget, and this is all of that package we would use.
 */
export class ErrorBoundary extends Component<Props, State> {
  // Not a class field: for es2020 that pulls babel's define-property helper into the entry chunk.
  constructor(props: Props) {
    super(props);
    this.state = { failed: false };
  }

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidUpdate(prev: Props, prevState: State): void {
    // prevState.failed: an error thrown while rendering the new key must not be retried at once.
    if (prevState.failed && this.state.failed && prev.resetKey !== this.props.resetKey) {
      this.setState({ failed: false });
    }
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    const { labels } = this.props;
    return (
      <div className="notice part-error" role="alert">
        <p>{labels.message}</p>
        <div className="button-row">
          <button type="button" className="button" onClick={() => this.setState({ failed: false })}>
            {labels.retry}
          </button>
          <button type="button" className="button" onClick={() => location.reload()}>
            {labels.reload}
          </button>
        </div>
      </div>
    );
  }
}
