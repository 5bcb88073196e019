using System.Collections.Immutable;
using NodaTime;

namespace Directions.Runtime.CaseData;

/// <summary>
/// A child known to children's social care, and the child's records, one list per table of the
/// case-data schema. The model holds no personal details: no name, address, or note text, only
/// ids, codes and dates (and the date of birth, needed for age cohorts). Lists keep the order
/// the case data gave. Two children are equal when their fields and all their rows are equal.
/// </summary>
public sealed record Child : ICaseRecord
{
    /// <summary>The <c>children</c> table: the child's own fields (not the child's tables; see <see cref="CaseDataModel.Tables"/>).</summary>
    public static CaseTable Table { get; } = CaseTable.Define(
        "children", "the children in the caseload",
        v => new Child
        {
            Id = v.Text("id"),
            DateOfBirth = v.OptionalDate("date_of_birth"),
            Disabled = v.Flag("disabled"),
            Team = v.OptionalText("team"),
            ServiceArea = v.OptionalText("service_area"),
            ParentalMentalHealth = v.OptionalFlag("parental_mental_health"),
            InterpreterNeeded = v.OptionalFlag("interpreter_needed"),
            HigherEducation = v.OptionalFlag("higher_education"),
        },
        [
            CaseField.Of<Child>("id", CaseFieldType.Text, true, "the record's identifier", r => r.Id),
            CaseField.Of<Child>("date_of_birth", CaseFieldType.Date, false, "the child's date of birth", r => r.DateOfBirth),
            CaseField.Computed<Child>("age", "the child's age on the check date", (r, asOf) => r.AgeOn(asOf)),
            CaseField.Of<Child>("disabled", CaseFieldType.Flag, true, "the child has a recorded disability", r => Boxed.Flag(r.Disabled)),
            CaseField.Of<Child>("team", CaseFieldType.Text, false, "the team holding the case", r => r.Team),
            CaseField.Of<Child>("service_area", CaseFieldType.Text, false, "the service area holding the case, e.g. DCSS", r => r.ServiceArea),
            CaseField.Of<Child>("parental_mental_health", CaseFieldType.Flag, false, "a parent has known or suspected mental health issues; null when not recorded", r => r.ParentalMentalHealth is { } flag ? Boxed.Flag(flag) : null),
            CaseField.Of<Child>("interpreter_needed", CaseFieldType.Flag, false, "the child's or parents' first language is not English and an interpreter is needed; null when not recorded", r => r.InterpreterNeeded is { } flag ? Boxed.Flag(flag) : null),
            CaseField.Of<Child>("higher_education", CaseFieldType.Flag, false, "the young person is in higher education (a care leaver up to 25); null when not recorded", r => r.HigherEducation is { } flag ? Boxed.Flag(flag) : null),
            CaseField.Computed<Child>("open_for", "how long the current episode has been open on the check date", (r, asOf) => r.OpenFor(asOf)),
        ]);

    /// <summary>The child's identifier.</summary>
    public required string Id { get; init; }

    /// <summary>The date of birth, or null when not recorded (an unborn child, for instance).</summary>
    public LocalDate? DateOfBirth { get; init; }

    /// <summary>The child has a recorded disability.</summary>
    public bool Disabled { get; init; }

    /// <summary>The id of the team holding the case.</summary>
    public string? Team { get; init; }

    /// <summary>The service area holding the case, e.g. DCSS.</summary>
    public string? ServiceArea { get; init; }

    /// <summary>A parent has known or suspected mental health issues; null when not recorded.</summary>
    public bool? ParentalMentalHealth { get; init; }

    /// <summary>The child's or parents' first language is not English and an interpreter is needed; null when not recorded.</summary>
    public bool? InterpreterNeeded { get; init; }

    /// <summary>The young person is in higher education (a care leaver up to 25); null when not recorded.</summary>
    public bool? HigherEducation { get; init; }

    /// <summary>Contacts and referrals.</summary>
    public ImmutableArray<Referral> Referrals { get; init; } = [];

    /// <summary>Episodes of involvement as a child in need.</summary>
    public ImmutableArray<CinEpisode> CinEpisodes { get; init; } = [];

    /// <summary>Assessments.</summary>
    public ImmutableArray<Assessment> Assessments { get; init; } = [];

    /// <summary>Child in need plans.</summary>
    public ImmutableArray<CinPlan> CinPlans { get; init; } = [];

    /// <summary>Section 47 enquiries.</summary>
    public ImmutableArray<S47Enquiry> S47Enquiries { get; init; } = [];

    /// <summary>Child protection plans.</summary>
    public ImmutableArray<CpPlan> CpPlans { get; init; } = [];

    /// <summary>Episodes of being looked after.</summary>
    public ImmutableArray<ClaEpisode> ClaEpisodes { get; init; } = [];

    /// <summary>Visits.</summary>
    public ImmutableArray<Visit> Visits { get; init; } = [];

    /// <summary>Meetings, reviews and conferences.</summary>
    public ImmutableArray<Meeting> Meetings { get; init; } = [];

    /// <summary>Case notes (kind, topic and dates only).</summary>
    public ImmutableArray<CaseNote> CaseNotes { get; init; } = [];

    /// <summary>Documents (kind and dates only).</summary>
    public ImmutableArray<Document> Documents { get; init; } = [];

    /// <summary>Allocations of workers.</summary>
    public ImmutableArray<Allocation> Allocations { get; init; } = [];

    /// <summary>Placements of a looked-after child.</summary>
    public ImmutableArray<Placement> Placements { get; init; } = [];

    /// <summary>Periods under a legal status, order or proceedings.</summary>
    public ImmutableArray<LegalStatus> LegalStatuses { get; init; } = [];

    /// <summary>Episodes of going missing.</summary>
    public ImmutableArray<MissingEpisode> MissingEpisodes { get; init; } = [];

    /// <summary>Consents sought.</summary>
    public ImmutableArray<Consent> Consents { get; init; } = [];

    /// <summary>Private fostering arrangements.</summary>
    public ImmutableArray<PrivateFosteringArrangement> PrivateFostering { get; init; } = [];

    /// <summary>Transfers of the case, steps up and down.</summary>
    public ImmutableArray<Transfer> Transfers { get; init; } = [];

    /// <summary>Entries in the child's chronology.</summary>
    public ImmutableArray<ChronologyEntry> ChronologyEntries { get; init; } = [];

    /// <summary>Requests to, sharing with and referrals to other agencies.</summary>
    public ImmutableArray<AgencyContact> AgencyContacts { get; init; } = [];

    /// <summary>Members of the child's household.</summary>
    public ImmutableArray<HouseholdMember> HouseholdMembers { get; init; } = [];

    /// <summary>Payments made for the child.</summary>
    public ImmutableArray<Payment> Payments { get; init; } = [];

    CaseTable ICaseRecord.Table => Table;

    /// <summary>
    /// The child's age on a date, in years, months and days; null when the date of birth is not
    /// recorded or is after the date.
    /// </summary>
    public Period? AgeOn(LocalDate date) =>
        DateOfBirth is { } born && born <= date ? Period.Between(born, date, PeriodUnits.YearMonthDay) : null;

    /// <summary>
    /// The CIN episode open on a date (started on or before it, not ended before it); the earliest
    /// started when several are; null when none is.
    /// </summary>
    public CinEpisode? EpisodeOpenOn(LocalDate date)
    {
        CinEpisode? open = null;
        foreach (var episode in CinEpisodes)
        {
            if (episode.Start <= date && (episode.End is null || episode.End >= date) && (open is null || episode.Start < open.Start))
                open = episode;
        }

        return open;
    }

    /// <summary>
    /// How long the CIN episode open on a date has been open, in years, months and days (0 on the
    /// day it started); null when no episode is open on the date.
    /// </summary>
    public Period? OpenFor(LocalDate date) =>
        EpisodeOpenOn(date) is { } episode ? Period.Between(episode.Start, date, PeriodUnits.YearMonthDay) : null;

    /// <summary>
    /// Reads one of the child's own fields by schema name. The computed fields <c>age</c> and
    /// <c>open_for</c> need a date: use <see cref="GetField(string, LocalDate)"/>.
    /// </summary>
    public object? GetField(string name) => Table.Read(this, name);

    /// <summary>Reads one of the child's own fields by schema name, working out <c>age</c> and <c>open_for</c> as of <paramref name="asOf"/>.</summary>
    public object? GetField(string name, LocalDate asOf) =>
        Table.FindField(name) is { } field ? field.Read(this, asOf) : throw new ArgumentException($"The table 'children' has no field '{name}'.", nameof(name));

    /// <summary>The child's rows of a table by its schema name (e.g. <c>visits</c>); throws <see cref="ArgumentException"/> for an unknown name.</summary>
    public IReadOnlyList<ICaseRecord> Rows(string table) =>
        CaseDataModel.FindTable(table) is { } found ? found.RowsOf(this) : throw new ArgumentException($"There is no table '{table}' of a child's records.", nameof(table));

    /// <summary>True when the fields and every row of every table are equal.</summary>
    public bool Equals(Child? other) =>
        other is not null &&
        (ReferenceEquals(this, other) ||
         Id == other.Id && DateOfBirth == other.DateOfBirth && Disabled == other.Disabled && Team == other.Team && ServiceArea == other.ServiceArea &&
         Referrals.SequenceEqual(other.Referrals) && CinEpisodes.SequenceEqual(other.CinEpisodes) && Assessments.SequenceEqual(other.Assessments) &&
         CinPlans.SequenceEqual(other.CinPlans) && S47Enquiries.SequenceEqual(other.S47Enquiries) && CpPlans.SequenceEqual(other.CpPlans) &&
         ClaEpisodes.SequenceEqual(other.ClaEpisodes) && Visits.SequenceEqual(other.Visits) && Meetings.SequenceEqual(other.Meetings) &&
         CaseNotes.SequenceEqual(other.CaseNotes) && Documents.SequenceEqual(other.Documents) && Allocations.SequenceEqual(other.Allocations) &&
         Placements.SequenceEqual(other.Placements) && LegalStatuses.SequenceEqual(other.LegalStatuses) && MissingEpisodes.SequenceEqual(other.MissingEpisodes) &&
         Consents.SequenceEqual(other.Consents) && PrivateFostering.SequenceEqual(other.PrivateFostering) && Transfers.SequenceEqual(other.Transfers) &&
         ChronologyEntries.SequenceEqual(other.ChronologyEntries) && AgencyContacts.SequenceEqual(other.AgencyContacts) &&
         HouseholdMembers.SequenceEqual(other.HouseholdMembers) && Payments.SequenceEqual(other.Payments) &&
         ParentalMentalHealth == other.ParentalMentalHealth && InterpreterNeeded == other.InterpreterNeeded &&
         HigherEducation == other.HigherEducation);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, DateOfBirth, Disabled, Team, ServiceArea);
}
