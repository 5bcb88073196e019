namespace Directions.LanguageServer;

/// <summary>How the server behaves; the defaults are what an editor gets.</summary>
public sealed record LanguageServerOptions
{
    /// <summary>
    /// How long a change waits for the next keystroke before the workspace is checked again. Changes that
    /// arrive while a check runs are folded into one further check, so a burst of typing costs at most two.
    /// The client may set it with the initialization option <c>diagnosticsDelayMs</c>.
    /// </summary>
    public TimeSpan DiagnosticsDelay { get; init; } = TimeSpan.FromMilliseconds(5);

    /// <summary>
    /// Called with the method name and the request's cancellation token before each request is handled: a
    /// place to trace requests, and for tests to hold a request until it is cancelled or to make one fail.
    /// </summary>
    public Func<string, CancellationToken, Task>? BeforeRequest { get; init; }
}
