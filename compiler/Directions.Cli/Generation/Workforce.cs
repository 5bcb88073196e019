using System.Globalization;

namespace Directions.Cli.Generation;

/// <summary>A generated team and its workers by role.</summary>
internal sealed class GeneratedTeam(string id, string serviceArea)
{
    public string Id { get; } = id;

    public string ServiceArea { get; } = serviceArea;

    public List<string> Managers { get; } = [];

    /// <summary>Consultant social workers (area units) or senior social workers (other teams).</summary>
    public List<string> Seniors { get; } = [];

    public List<string> SocialWorkers { get; } = [];

    public List<string> SupportWorkers { get; } = [];

    public List<string> Students { get; } = [];

    public List<string> Iros { get; } = [];

    public List<string> PersonalAdvisers { get; } = [];

    /// <summary>Workers who may hold a case: social workers, and the senior or consultant.</summary>
    public IReadOnlyList<string> CaseHolders => [.. SocialWorkers, .. Seniors];

    /// <summary>The team's consultant social worker, if its senior is one (area units and the Children with Disability Team).</summary>
    public string? Consultant => (ServiceArea is Workforce.AreaUnits or Workforce.ChildrenWithDisability) && Seniors.Count > 0 ? Seniors[0] : null;
}

/// <summary>A generated worker: id, role, qualification, registration and team. No names.</summary>
internal sealed record GeneratedWorker(string Id, string Role, bool Qualified, bool Registered, string Team);

/// <summary>
/// The made-up local authority's teams and workers, sized to the number of children: area social
/// work units, a first assessment service, DCSS and the Children with Disability Team (disabled
/// children), and independent reviewing
/// officers who chair conferences and looked-after reviews.
/// </summary>
internal sealed class Workforce
{
    public const string AreaUnits = "Area Social Work Units";
    public const string FirstAssessment = "First Assessment Service";
    public const string Dcss = "DCSS";
    public const string Reviewing = "Independent Reviewing Service";
    public const string ChildrenWithDisability = "Children with Disability Team";

    private readonly List<GeneratedWorker> workers = [];

    public Workforce(int children, Rng rng, Rng stokeRng)
    {
        static int TeamCount(double share, int children) => Math.Max(1, (int)Math.Ceiling(share * children / 75.0));

        var area = Add("ASWU", AreaUnits, Math.Max(3, TeamCount(0.68, children)), 0.68 * children, rng);
        var first = Add("FAS", FirstAssessment, TeamCount(0.16, children), 0.16 * children, rng);
        var dcss = Add("DCSS", Dcss, Math.Max(2, TeamCount(0.16, children)), 0.16 * children, rng);
        AreaTeams = area;
        FirstAssessmentTeams = first;
        DcssTeams = dcss;

        var reviewing = new List<GeneratedTeam>();
        var reviewingTeams = Math.Max(1, (int)Math.Ceiling(children / 600.0));
        var iros = Math.Max(2, (int)Math.Ceiling(children * 0.28 / 55.0));
        for (var t = 0; t < reviewingTeams; t++)
        {
            var team = new GeneratedTeam(TeamId("IRS", t), Reviewing);
            AddWorker(team, team.Managers, "team manager", qualified: true, rng);
            for (var i = 0; i < (iros + reviewingTeams - 1) / reviewingTeams; i++)
                AddWorker(team, team.Iros, "IRO", qualified: true, rng);
            reviewing.Add(team);
        }

        ReviewingTeams = reviewing;

        // Made after the others, so that adding them left the other workers' ids as they were.
        var cwd = Add("CWD", ChildrenWithDisability, Math.Max(2, TeamCount(0.06, children)), 0.06 * children, rng);
        ChildrenWithDisabilityTeams = cwd;

        // Stoke-on-Trent's teams, named as its practice standards name them (its directions test a
        // worker's team by these ids). Made last, from their own stream, so the other ids stay as they were.
        Stoke = new StokeTeams(
            AddNamed("CWD", "Children with Disabilities", stokeRng),
            AddNamed("CSS", "Children's Safeguarding Service", stokeRng),
            AddNamed("Children in Care", "Children in Care", stokeRng),
            AddNamed("Next Steps", "Leaving Care", stokeRng));
        foreach (var _ in Enumerable.Range(0, 3))
            AddWorker(Stoke.NextSteps, Stoke.NextSteps.PersonalAdvisers, "personal adviser", qualified: false, stokeRng);
        AddWorker(Stoke.Css, Stoke.Css.SupportWorkers, "CIN key worker", qualified: false, stokeRng);
        Teams = [.. area, .. first, .. dcss, .. cwd, .. reviewing, Stoke.Cwd, Stoke.Css, Stoke.ChildrenInCare, Stoke.NextSteps];
    }

    /// <summary>Stoke-on-Trent's named teams.</summary>
    public StokeTeams Stoke { get; }

    public IReadOnlyList<GeneratedTeam> Teams { get; }

    public IReadOnlyList<GeneratedTeam> AreaTeams { get; }

    public IReadOnlyList<GeneratedTeam> FirstAssessmentTeams { get; }

    public IReadOnlyList<GeneratedTeam> DcssTeams { get; }

    public IReadOnlyList<GeneratedTeam> ReviewingTeams { get; }

    /// <summary>Teams of the service area "Children with Disability Team" (seed 004), with a consultant social worker.</summary>
    public IReadOnlyList<GeneratedTeam> ChildrenWithDisabilityTeams { get; }

    public IReadOnlyList<GeneratedWorker> Workers => workers;

    private List<GeneratedTeam> Add(string prefix, string serviceArea, int count, double expectedChildren, Rng rng)
    {
        var teams = new List<GeneratedTeam>();
        var perTeam = expectedChildren / count;
        for (var t = 0; t < count; t++)
        {
            var team = new GeneratedTeam(TeamId(prefix, t), serviceArea);
            AddWorker(team, team.Managers, "team manager", qualified: true, rng);
            AddWorker(team, team.Seniors, serviceArea is AreaUnits or ChildrenWithDisability ? "consultant social worker" : "senior social worker", qualified: true, rng);
            var socialWorkers = Math.Max(3, (int)Math.Ceiling(perTeam / 18.0));
            for (var i = 0; i < socialWorkers; i++)
                AddWorker(team, team.SocialWorkers, "social worker", qualified: true, rng);
            for (var i = 0; i < rng.Between(1, 2); i++)
                AddWorker(team, team.SupportWorkers, "family support worker", qualified: false, rng);
            if (rng.Chance(0.5))
                AddWorker(team, team.Students, "student social worker", qualified: false, rng);
            teams.Add(team);
        }

        return teams;
    }

    private GeneratedTeam AddNamed(string id, string serviceArea, Rng rng)
    {
        var team = new GeneratedTeam(id, serviceArea);
        AddWorker(team, team.Managers, "team manager", qualified: true, rng);
        AddWorker(team, team.Seniors, "senior social worker", qualified: true, rng);
        for (var i = 0; i < 3; i++)
            AddWorker(team, team.SocialWorkers, "social worker", qualified: true, rng);
        AddWorker(team, team.SupportWorkers, "family support worker", qualified: false, rng);
        return team;
    }

    private void AddWorker(GeneratedTeam team, List<string> into, string role, bool qualified, Rng rng)
    {
        var id = "W" + (workers.Count + 1).ToString("D4", CultureInfo.InvariantCulture);
        // A few qualified workers have let their registration with Social Work England lapse.
        var registered = qualified && !rng.Chance(0.04);
        workers.Add(new GeneratedWorker(id, role, qualified, registered, team.Id));
        into.Add(id);
    }

    private static string TeamId(string prefix, int index) => prefix + "-" + (index + 1).ToString("D2", CultureInfo.InvariantCulture);
}

/// <summary>Stoke-on-Trent's teams: Children with Disabilities, the Children's Safeguarding Service, Children in Care, and Next Steps (leaving care).</summary>
internal sealed record StokeTeams(GeneratedTeam Cwd, GeneratedTeam Css, GeneratedTeam ChildrenInCare, GeneratedTeam NextSteps);
