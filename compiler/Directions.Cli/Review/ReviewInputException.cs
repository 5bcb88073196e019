namespace Directions.Cli.Review;

/// <summary>An input of `diff` or `impact` that cannot be read; the message says which and what to do.</summary>
public sealed class ReviewInputException(string message) : Exception(message);
