using System.Reflection;
using Directions.Compiler.Symbols;
using Directions.Runtime.CaseData;
using Directions.Runtime.Loading;
using NodaTime;

namespace Directions.Tests.Runtime.CaseData;

public sealed class CaseDataModelTests
{
    private static readonly CaseDataSchema Schema = CaseDataSchema.Default;

    private static CaseFieldType RuntimeType(FieldType type) => type switch
    {
        FieldType.Date => CaseFieldType.Date,
        FieldType.DateTime => CaseFieldType.DateTime,
        FieldType.Text => CaseFieldType.Text,
        FieldType.Flag => CaseFieldType.Flag,
        FieldType.Number => CaseFieldType.Number,
        FieldType.Duration => CaseFieldType.Duration,
        FieldType.Worker => CaseFieldType.Worker,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    private static Type ExpectedClrType(FieldType type) => type switch
    {
        FieldType.Date => typeof(LocalDate),
        FieldType.DateTime => typeof(RecordedAt),
        FieldType.Flag => typeof(bool),
        FieldType.Text or FieldType.Worker => typeof(string),
        FieldType.Number => typeof(decimal),
        FieldType.Duration => typeof(Period),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    private static string PascalCase(string snake) =>
        string.Concat(snake.Split('_').Select(part => char.ToUpperInvariant(part[0]) + part[1..]));

    public static TheoryData<string> SchemaTables() => [.. CaseDataSchema.Default.Tables.Select(t => t.Name)];

    [Fact]
    public void The_runtime_has_exactly_the_schema_tables_in_the_same_order()
    {
        Assert.Equal(Schema.Tables.Select(t => t.Name), CaseDataModel.Tables.Select(t => t.Name));
        Assert.All(CaseDataModel.Tables, t => Assert.True(t.IsChildTable));
    }

    [Theory]
    [MemberData(nameof(SchemaTables))]
    public void Each_table_has_the_schema_fields_with_compatible_types(string name)
    {
        var expected = Schema.FindTable(name)!;
        var actual = CaseDataModel.FindTable(name)!;

        Assert.Equal(expected.Fields.Select(f => (f.Name, RuntimeType(f.Type))), actual.Fields.Select(f => (f.Name, f.Type)));
        Assert.Equal(expected.DateField, actual.DateField);
        Assert.Equal(expected.StartField, actual.StartField);
        Assert.Equal(expected.EndField, actual.EndField);
        AssertRecordProperties(actual.RecordType, expected.Fields);
    }

    [Fact]
    public void Children_and_workers_have_the_schema_fields_with_compatible_types()
    {
        Assert.Equal(Schema.ChildFields.Select(f => (f.Name, RuntimeType(f.Type))), CaseDataModel.Children.Fields.Select(f => (f.Name, f.Type)));
        Assert.Equal(Schema.WorkerFields.Select(f => (f.Name, RuntimeType(f.Type))), CaseDataModel.Workers.Fields.Select(f => (f.Name, f.Type)));
        AssertRecordProperties(typeof(Worker), Schema.WorkerFields);

        // The child's recorded fields are properties; its durations are worked out as of a date.
        AssertRecordProperties(typeof(Child), [.. Schema.ChildFields.Where(f => f.Type != FieldType.Duration)]);
        Assert.Equal(typeof(Period), typeof(Child).GetMethod(nameof(Child.AgeOn))!.ReturnType.UnwrapNullable());
        Assert.Equal(typeof(Period), typeof(Child).GetMethod(nameof(Child.OpenFor))!.ReturnType.UnwrapNullable());
        Assert.Equal(["age", "open_for"], CaseDataModel.Children.Fields.Where(f => f.IsComputed).Select(f => f.Name));
    }

    private static void AssertRecordProperties(Type recordType, IReadOnlyList<FieldSymbol> fields)
    {
        // Fields worked out as of a date (ages) are methods taking the date, not properties.
        foreach (var field in fields.Where(f => f.Type != FieldType.Duration))
        {
            var property = recordType.GetProperty(PascalCase(field.Name), BindingFlags.Public | BindingFlags.Instance);
            Assert.True(property is not null, $"{recordType.Name} has no property for '{field.Name}'.");
            Assert.True(ExpectedClrType(field.Type) == property.PropertyType.UnwrapNullable(),
                $"{recordType.Name}.{property.Name} is {property.PropertyType.Name}, but '{field.Name}' is {field.Type}.");
        }
    }

    [Fact]
    public void Every_field_reads_a_value_of_its_type_from_loaded_data()
    {
        var caseload = JsonCaseDataSource.FromText(CaseDataFiles.Small, "cases.json").Load().Caseload;
        var asOf = new LocalDate(2025, 10, 1);
        var read = new HashSet<string>();
        foreach (var child in caseload.Children)
        {
            foreach (var table in CaseDataModel.Tables)
            {
                foreach (var row in table.RowsOf(child))
                {
                    Assert.Same(table, row.Table);
                    foreach (var field in table.Fields)
                    {
                        if (field.IsComputed)
                        {
                            Assert.Throws<InvalidOperationException>(() => row.GetField(field.Name));
                            Assert.IsType<Period>(field.Read(row, asOf));
                            read.Add(table.Name + "." + field.Name);
                            continue;
                        }

                        var value = row.GetField(field.Name);
                        Assert.Equal(value, field.Read(row));
                        if (value is null)
                            continue;
                        Assert.IsType(field.ValueType, value);
                        Assert.IsType(ExpectedClrType(Schema.FindTable(table.Name)!.FindField(field.Name)!.Type), value);
                        read.Add(table.Name + "." + field.Name);
                    }
                }
            }

            foreach (var field in CaseDataModel.Children.Fields)
            {
                var value = child.GetField(field.Name, asOf);
                if (value is not null)
                    Assert.IsType(field.ValueType, value);
            }
        }

        // The small caseload gives a value to every field of every table.
        Assert.Equal(Schema.Tables.Sum(t => t.Fields.Length), read.Count);
        foreach (var worker in caseload.Workers)
        {
            Assert.All(Worker.Table.Fields.Where(f => f.IsRequired), f => Assert.IsType(f.ValueType, worker.GetField(f.Name)));
        }
    }

    [Fact]
    public void Fields_read_by_name_as_an_evaluator_selects_rows()
    {
        var child = JsonCaseDataSource.FromText(CaseDataFiles.Small, "cases.json").Load().Caseload.Children[0];
        var kind = CaseDataModel.FindTable("visits")!.FindField("kind")!;
        var seen = CaseDataModel.FindTable("visits")!.FindField("child_seen")!;

        // "CIN visit" means visits where kind is "CIN" and child_seen
        var cinVisits = child.Rows("visits").Where(v => (string?)kind.Read(v) == "CIN" && (bool)seen.Read(v)!).Select(v => v.Id);

        Assert.Equal(["V1", "V2"], cinVisits);
        Assert.Equal(new RecordedAt(new LocalDate(2025, 2, 4), new LocalTime(14, 15)), child.Visits[1].GetField("date"));
        Assert.Equal(true, child.Visits[1].GetField("child_seen_alone"));
        Assert.Equal("W1", child.Visits[1].GetField("worker"));
        Assert.Null(child.CinPlans[0].GetField("end"));
        Assert.Equal("Area Social Work Units", child.GetField("service_area"));
    }

    [Fact]
    public void Reading_an_unknown_field_or_table_throws()
    {
        var visit = new Visit("V1", new LocalDate(2025, 1, 1), "CIN", true, false, null);
        Assert.Throws<ArgumentException>(() => visit.GetField("Kind"));
        Assert.Throws<ArgumentException>(() => visit.GetField("name"));
        Assert.Null(Visit.Table.FindField("address"));
        Assert.Null(CaseDataModel.FindTable("pets"));
        Assert.Throws<ArgumentException>(() => new Child { Id = "C1" }.Rows("pets"));
        Assert.Throws<InvalidOperationException>(() => Worker.Table.RowsOf(new Child { Id = "C1" }));
    }

    [Fact]
    public void Age_and_open_for_are_worked_out_as_of_a_date()
    {
        var child = new Child
        {
            Id = "C1",
            DateOfBirth = new LocalDate(2009, 2, 28),
            CinEpisodes =
            [
                new CinEpisode("E1", new LocalDate(2020, 1, 1), new LocalDate(2020, 6, 30), null, null, null),
                new CinEpisode("E2", new LocalDate(2024, 10, 1), null, null, "DCSS", null),
            ],
        };

        Assert.Equal(new PeriodBuilder { Years = 16, Months = 7, Days = 3 }.Build(), child.AgeOn(new LocalDate(2025, 10, 1)));
        Assert.Equal(Period.FromYears(16), child.GetField("age", new LocalDate(2025, 2, 28)));
        Assert.Null(child.AgeOn(new LocalDate(2009, 2, 27)));
        Assert.Null(new Child { Id = "C2" }.AgeOn(new LocalDate(2025, 1, 1)));

        Assert.Equal(new PeriodBuilder { Years = 1 }.Build(), child.OpenFor(new LocalDate(2025, 10, 1)));
        Assert.Equal(Period.Zero, child.OpenFor(new LocalDate(2024, 10, 1)));
        Assert.Equal(Period.FromMonths(5) + Period.FromDays(29), child.GetField("open_for", new LocalDate(2020, 6, 30)));
        Assert.Null(child.OpenFor(new LocalDate(2022, 1, 1)));
        Assert.Equal("E2", child.EpisodeOpenOn(new LocalDate(2025, 1, 1))!.Id);

        var error = Assert.Throws<InvalidOperationException>(() => child.GetField("age"));
        Assert.Equal("'age' is worked out as of a date: use Read(record, asOf).", error.Message);
    }

    [Fact]
    public void Records_with_equal_rows_are_equal()
    {
        static Child Make() => new()
        {
            Id = "C1",
            Visits = [new Visit("V1", new LocalDate(2025, 1, 1), "CIN", true, false, null)],
        };

        Assert.Equal(Make(), Make());
        Assert.Equal(Make().GetHashCode(), Make().GetHashCode());
        Assert.NotEqual(Make(), Make() with { Visits = [] });
        Assert.Equal(new Caseload { Children = [Make()] }, new Caseload { Children = [Make()] });
    }

    [Fact]
    public void A_caseload_copied_with_new_workers_finds_the_new_workers()
    {
        var caseload = new Caseload { Workers = [new Worker("W1", "social worker", true, true, null)] };
        Assert.NotNull(caseload.FindWorker("W1"));

        var changed = caseload with { Workers = [new Worker("W2", "IRO", true, true, null)] };

        Assert.Null(changed.FindWorker("W1"));
        Assert.Equal("IRO", changed.FindWorker("W2")!.Role);
    }

    [Theory]
    [InlineData("2025-02-28", "2025-02-28")]
    [InlineData("2024-02-29", "2024-02-29")]
    [InlineData("2025-02-28T09:05", "2025-02-28T09:05")]
    [InlineData("2025-02-28T09:05:00", "2025-02-28T09:05")]
    [InlineData("2025-02-28T23:59:59", "2025-02-28T23:59:59")]
    public void Recorded_times_read_and_write_the_canonical_forms(string text, string canonical)
    {
        Assert.True(RecordedAt.TryParse(text, out var value));
        Assert.Equal(canonical, value.ToString());
    }

    [Theory]
    [InlineData("2025-02-29")]
    [InlineData("2025-04-31")]
    [InlineData("0000-01-01")]
    [InlineData("2025-1-01")]
    [InlineData("2025-01-01T24:00")]
    [InlineData("2025-01-01T10:60")]
    [InlineData("2025-01-01T10")]
    [InlineData("2025-01-01T10:00Z")]
    [InlineData("2025-01-01T10:00+01:00")]
    [InlineData("2025-01-01 10:00")]
    [InlineData("２０２５-01-01")]
    public void Recorded_times_refuse_other_forms(string text) => Assert.False(RecordedAt.TryParse(text, out _));

    [Fact]
    public void A_date_with_no_time_comes_before_the_same_date_with_a_time()
    {
        var day = new LocalDate(2025, 3, 3);
        Assert.True(new RecordedAt(day) < new RecordedAt(day, new LocalTime(0, 0)));
        Assert.True(new RecordedAt(day, new LocalTime(9, 0)) < new RecordedAt(day, new LocalTime(10, 0)));
        Assert.True(new RecordedAt(day, new LocalTime(23, 0)) < new RecordedAt(day.PlusDays(1)));
        Assert.Equal(0, new RecordedAt(day).CompareTo(day));
    }
}

internal static class TypeExtensions
{
    public static Type UnwrapNullable(this Type type) => Nullable.GetUnderlyingType(type) ?? type;
}
