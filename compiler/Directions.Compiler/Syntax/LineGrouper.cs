using System.Collections.Immutable;
using Directions.Compiler.Diagnostics;

namespace Directions.Compiler.Syntax;

/// <summary>
/// Builds the shape of a file from its lines, in order: a `direction` line opens a direction,
/// its header lines follow, each `rule` line opens a rule that collects the clause lines after it;
/// a `vocabulary` line opens a vocabulary of term declarations, each with its `also` lines.
/// A line in the wrong place is reported and kept where it stands, so no text is lost.
/// </summary>
/// <remarks>
/// One mistake, one message: the lines that belong to a line already reported (a broken or
/// misplaced `direction`, `vocabulary`, `rule` or term line) are kept quietly. After a broken
/// `direction` line (or a `rule` line with no direction above it) the rest reads as a direction
/// whose first line is missing; after a broken `vocabulary` line, as a vocabulary.
/// </remarks>
internal sealed class LineGrouper(
    Text.SourceText text,
    DiagnosticBag diagnostics,
    IReadOnlyDictionary<LineSyntax, LineGrouper.ContextualReading> readings)
{
    /// <summary>
    /// A line whose reading depends on where it stands, because its first word announces a header,
    /// term or also line but the line also reads (or nearly reads) as a clause: 'id bristol',
    /// 'issued by team manager', 'record keeping audit every'. Inside a rule it is
    /// <paramref name="InARule"/> (with <paramref name="InARuleDiagnostic"/> if that reading has a
    /// mistake); anywhere else it is <paramref name="Elsewhere"/>, a line with the mistake
    /// <paramref name="ElsewhereDiagnostic"/> in the kind of line its first word announces.
    /// </summary>
    internal sealed record ContextualReading(LineSyntax InARule, Diagnostic? InARuleDiagnostic, ErroneousLineSyntax Elsewhere, Diagnostic ElsewhereDiagnostic);

    /// <summary>What the lines are in.</summary>
    private enum Container
    {
        None,
        Direction,
        Vocabulary,

        /// <summary>After a broken `direction` line, or a `rule` line with none above it.</summary>
        DirectionWithoutLine,

        /// <summary>After a broken `vocabulary` line.</summary>
        VocabularyWithoutLine,
    }

    /// <summary>Where `also` lines go.</summary>
    private enum Synonyms
    {
        /// <summary>No term above: an `also` line is out of place.</summary>
        None,

        /// <summary>Under a term declaration of the vocabulary.</summary>
        Open,

        /// <summary>Under a term line already reported, or interrupted by a line already reported: kept quietly.</summary>
        Quiet,
    }

    private readonly List<SyntaxNode> _members = [];
    private Container _container;
    private DirectionLineSyntax? _direction;
    private VocabularyLineSyntax? _vocabulary;
    private List<SyntaxNode> _declarationMembers = [];
    private RuleLineSyntax? _rule;
    private List<LineSyntax> _ruleLines = [];
    private TermDefinitionSyntax? _term;
    private List<AlsoLineSyntax> _alsoLines = [];
    private Synonyms _synonyms;

    // After a broken or misplaced rule line, its clause lines are kept without a second diagnostic.
    private bool _quietClauses;

    /// <summary>Groups the lines of a file into its compilation unit.</summary>
    public CompilationUnitSyntax Group(IEnumerable<LineSyntax> lines, SyntaxToken endOfFile)
    {
        foreach (var line in lines)
            Add(line);
        CloseDeclaration();
        return new CompilationUnitSyntax([.. _members], endOfFile);
    }

    private bool ClausesAreQuiet => _quietClauses || _container == Container.DirectionWithoutLine;

    private void Add(LineSyntax line)
    {
        // A line such as 'id bristol' reads as a clause; outside a rule it is a broken header line.
        if (readings.TryGetValue(line, out var reading))
        {
            if (_rule is not null || (reading.InARule is ClauseLineSyntax && ClausesAreQuiet))
            {
                if (_rule is not null && reading.InARuleDiagnostic is { } inARule)
                    diagnostics.Add(inARule);
            }
            else
            {
                diagnostics.Add(reading.ElsewhereDiagnostic);
                line = reading.Elsewhere;
            }
        }

        switch (line)
        {
            case DirectionLineSyntax direction:
                CloseDeclaration();
                _container = Container.Direction;
                _direction = direction;
                break;
            case VocabularyLineSyntax vocabulary:
                CloseDeclaration();
                _container = Container.Vocabulary;
                _vocabulary = vocabulary;
                break;
            case RuleLineSyntax rule when _container == Container.Direction:
                CloseRule();
                _rule = rule;
                _quietClauses = false;
                _synonyms = Synonyms.None;
                break;
            case RuleLineSyntax:
                CloseRule();
                if (_container == Container.None)
                {
                    // The direction line is missing: one message, on the first rule.
                    Misplaced(line, SyntaxDiagnostics.RuleOutsideDirection);
                    _container = Container.DirectionWithoutLine;
                }
                else
                {
                    Misplaced(line, _container == Container.DirectionWithoutLine ? null : SyntaxDiagnostics.RuleOutsideDirection);
                }

                _quietClauses = true;
                break;
            case HeaderLineSyntax when _container == Container.Direction && _rule is null && !_quietClauses:
                _declarationMembers.Add(line);
                _synonyms = Synonyms.None;
                break;
            case HeaderLineSyntax:
                Misplaced(line, ClausesAreQuiet ? null : SyntaxDiagnostics.MisplacedHeader);
                break;
            case ClauseLineSyntax when _rule is not null:
                _ruleLines.Add(line);
                _synonyms = Synonyms.None;
                break;
            case ClauseLineSyntax:
                Misplaced(line, ClausesAreQuiet ? null : SyntaxDiagnostics.ClauseOutsideRule);
                break;
            case TermDefinitionSyntax term when _container == Container.Vocabulary:
                CloseTerm();
                _term = term;
                _synonyms = Synonyms.Open;
                _quietClauses = false;
                break;
            case TermDefinitionSyntax:
                Misplaced(line, _container == Container.VocabularyWithoutLine ? null : SyntaxDiagnostics.MisplacedTermDeclaration, "A term declaration");
                _synonyms = Synonyms.Quiet;
                break;
            case AlsoLineSyntax also when _synonyms == Synonyms.Open:
                _alsoLines.Add(also);
                break;
            case AlsoLineSyntax:
                if (_synonyms == Synonyms.Quiet || _container == Container.VocabularyWithoutLine)
                    Misplaced(line, null);
                else if (_container == Container.Vocabulary)
                    Misplaced(line, SyntaxDiagnostics.SynonymsWithoutTerm);
                else
                    Misplaced(line, SyntaxDiagnostics.MisplacedTermDeclaration, "An 'also' line of synonyms");
                _synonyms = Synonyms.Quiet;
                break;
            case ErroneousLineSyntax erroneous:
                AddErroneous(erroneous);
                break;
            default:
                Place(line);
                break;
        }
    }

    /// <summary>A line that could not be read (already reported): what it would have opened is kept quiet.</summary>
    private void AddErroneous(ErroneousLineSyntax line)
    {
        switch (line.Tokens.Length > 0 ? line.Tokens[0].Kind : SyntaxKind.None)
        {
            case SyntaxKind.DirectionKeyword:
                CloseDeclaration();
                _container = Container.DirectionWithoutLine;
                Place(line);
                break;
            case SyntaxKind.VocabularyKeyword:
                CloseDeclaration();
                _container = Container.VocabularyWithoutLine;
                Place(line);
                break;
            case SyntaxKind.RuleKeyword:
                CloseRule();
                Place(line);
                _quietClauses = true;
                break;
            case SyntaxKind.EventKeyword or SyntaxKind.RecordKeyword or SyntaxKind.PeriodKeyword or SyntaxKind.SubjectKeyword
                or SyntaxKind.CohortKeyword or SyntaxKind.RoleKeyword or SyntaxKind.ActionKeyword or SyntaxKind.AlsoKeyword:
                Place(line);
                _synonyms = Synonyms.Quiet;
                break;
            default:
                Place(line);
                break;
        }
    }

    /// <summary>Reports a line in the wrong place (unless <paramref name="descriptor"/> is null: already accounted for) and keeps it.</summary>
    private void Misplaced(LineSyntax line, DiagnosticDescriptor? descriptor, params object?[] arguments)
    {
        if (descriptor is not null)
        {
            var content = line.DescendantTokens().Where(t => !ReferenceEquals(t, line.LineEnd)).ToList();
            if (content.Count > 0)
                diagnostics.Report(descriptor, new Text.TextLocation(text, Text.TextSpan.FromBounds(content[0].Span.Start, content[^1].Span.End)), arguments);
        }

        Place(line);
    }

    /// <summary>Keeps a line in the innermost open container.</summary>
    private void Place(LineSyntax line)
    {
        // The term above cannot take 'also' lines after this one: they are part of this line's mistake.
        if (_synonyms != Synonyms.None)
            _synonyms = Synonyms.Quiet;

        if (_rule is not null)
        {
            _ruleLines.Add(line);
        }
        else if (_container is Container.Direction or Container.Vocabulary)
        {
            CloseTerm();
            _declarationMembers.Add(line);
        }
        else
        {
            _members.Add(line);
        }
    }

    private void CloseRule()
    {
        if (_rule is null)
            return;
        _declarationMembers.Add(new RuleDeclarationSyntax(_rule, [.. _ruleLines]));
        _rule = null;
        _ruleLines = [];
    }

    private void CloseTerm()
    {
        if (_term is null)
            return;
        _declarationMembers.Add(new TermDeclarationSyntax(_term, [.. _alsoLines]));
        _term = null;
        _alsoLines = [];
    }

    private void CloseDeclaration()
    {
        CloseRule();
        CloseTerm();
        if (_direction is not null)
            _members.Add(new DirectionDeclarationSyntax(_direction, [.. _declarationMembers]));
        if (_vocabulary is not null)
            _members.Add(new VocabularyDeclarationSyntax(_vocabulary, [.. _declarationMembers]));
        _container = Container.None;
        _direction = null;
        _vocabulary = null;
        _declarationMembers = [];
        _quietClauses = false;
        _synonyms = Synonyms.None;
    }
}
