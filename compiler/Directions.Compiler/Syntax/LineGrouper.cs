using System.Collections.Immutable;
using Directions.Compiler.Diagnostics;

namespace Directions.Compiler.Syntax;

/// <summary>
/// Builds the shape of a file from its lines, in order: a `direction` line opens a direction,
/// its header lines follow, each `rule` line opens a rule that collects the clause lines after it;
/// a `vocabulary` line opens a vocabulary of term declarations, each with its `also` lines.
/// A line in the wrong place is reported and kept where it stands, so no text is lost.
/// </summary>
internal sealed class LineGrouper(Text.SourceText text, DiagnosticBag diagnostics)
{
    private readonly List<SyntaxNode> _members = [];
    private DirectionLineSyntax? _direction;
    private List<SyntaxNode> _directionMembers = [];
    private RuleLineSyntax? _rule;
    private List<LineSyntax> _ruleLines = [];
    private VocabularyLineSyntax? _vocabulary;
    private List<SyntaxNode> _vocabularyMembers = [];
    private TermDefinitionSyntax? _term;
    private List<AlsoLineSyntax> _alsoLines = [];

    // After a broken rule, direction, vocabulary or term line, the lines that belong to it are
    // kept out of the way without a second diagnostic: one mistake, one message.
    private bool _afterBrokenOpener;

    /// <summary>Groups the lines of a file into its compilation unit.</summary>
    public CompilationUnitSyntax Group(IEnumerable<LineSyntax> lines, SyntaxToken endOfFile)
    {
        foreach (var line in lines)
            Add(line);
        CloseDeclaration();
        return new CompilationUnitSyntax([.. _members], endOfFile);
    }

    private void Add(LineSyntax line)
    {
        if (line is DirectionLineSyntax or VocabularyLineSyntax or RuleLineSyntax or TermDefinitionSyntax)
            _afterBrokenOpener = false;

        switch (line)
        {
            case DirectionLineSyntax direction:
                CloseDeclaration();
                _direction = direction;
                break;
            case VocabularyLineSyntax vocabulary:
                CloseDeclaration();
                _vocabulary = vocabulary;
                break;
            case RuleLineSyntax rule when _direction is not null:
                CloseRule();
                _rule = rule;
                break;
            case RuleLineSyntax:
                Misplaced(line, SyntaxDiagnostics.RuleOutsideDirection);
                break;
            case HeaderLineSyntax when _direction is not null && _rule is null:
                _directionMembers.Add(line);
                break;
            case HeaderLineSyntax:
                Misplaced(line, SyntaxDiagnostics.MisplacedHeader);
                break;
            case ClauseLineSyntax when _rule is not null:
                _ruleLines.Add(line);
                break;
            case ClauseLineSyntax:
                Misplaced(line, SyntaxDiagnostics.ClauseOutsideRule);
                break;
            case TermDefinitionSyntax term when _vocabulary is not null:
                CloseTerm();
                _term = term;
                break;
            case TermDefinitionSyntax:
                Misplaced(line, SyntaxDiagnostics.MisplacedTermDeclaration, "A term declaration");
                break;
            case AlsoLineSyntax also when _term is not null:
                _alsoLines.Add(also);
                break;
            case AlsoLineSyntax:
                Misplaced(line, SyntaxDiagnostics.MisplacedTermDeclaration, "An 'also' line of synonyms");
                break;
            case ErroneousLineSyntax erroneous:
                if (OpensSomething(erroneous))
                {
                    CloseRule();
                    CloseTerm();
                    _afterBrokenOpener = true;
                }

                Place(line);
                break;
            default:
                Place(line);
                break;
        }
    }

    private static bool OpensSomething(ErroneousLineSyntax line) =>
        line.Tokens.Length > 0 && line.Tokens[0].Kind is SyntaxKind.DirectionKeyword or SyntaxKind.VocabularyKeyword or SyntaxKind.RuleKeyword
            or SyntaxKind.EventKeyword or SyntaxKind.RecordKeyword or SyntaxKind.PeriodKeyword or SyntaxKind.SubjectKeyword
            or SyntaxKind.CohortKeyword or SyntaxKind.RoleKeyword or SyntaxKind.ActionKeyword;

    private void Misplaced(LineSyntax line, DiagnosticDescriptor descriptor, params object?[] arguments)
    {
        if (_afterBrokenOpener)
        {
            Place(line);
            return;
        }

        var content = line.DescendantTokens().Where(t => !ReferenceEquals(t, line.LineEnd)).ToList();
        if (content.Count > 0)
            diagnostics.Report(descriptor, new Text.TextLocation(text, Text.TextSpan.FromBounds(content[0].Span.Start, content[^1].Span.End)), arguments);
        Place(line);
    }

    /// <summary>Keeps a line in the innermost open container.</summary>
    private void Place(LineSyntax line)
    {
        if (_rule is not null)
        {
            _ruleLines.Add(line);
        }
        else if (_direction is not null)
        {
            _directionMembers.Add(line);
        }
        else if (_vocabulary is not null)
        {
            CloseTerm();
            _vocabularyMembers.Add(line);
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
        _directionMembers.Add(new RuleDeclarationSyntax(_rule, [.. _ruleLines]));
        _rule = null;
        _ruleLines = [];
    }

    private void CloseTerm()
    {
        if (_term is null)
            return;
        _vocabularyMembers.Add(new TermDeclarationSyntax(_term, [.. _alsoLines]));
        _term = null;
        _alsoLines = [];
    }

    private void CloseDeclaration()
    {
        CloseRule();
        CloseTerm();
        if (_direction is not null)
            _members.Add(new DirectionDeclarationSyntax(_direction, [.. _directionMembers]));
        if (_vocabulary is not null)
            _members.Add(new VocabularyDeclarationSyntax(_vocabulary, [.. _vocabularyMembers]));
        _direction = null;
        _vocabulary = null;
        _directionMembers = [];
        _vocabularyMembers = [];
    }
}
