using Mentoring.Domain;
using Mentoring.Domain.Cases;
using Mentoring.Domain.Consents;
using Mentoring.Domain.Forms;
using Mentoring.Domain.Kinds;
using Mentoring.Domain.Organizations;
using Mentoring.Domain.Pairs;
using Mentoring.Domain.People;
using Mentoring.Domain.Programs;

namespace Mentoring.Rules.Tests.Policies.Support;

/// <summary>
/// Builds test cases of one school, valid by default, in a few lines. Identifiers are plain texts; names are
/// generated from them unless given. Anything without a shortcut is added through <see cref="With"/>.
/// </summary>
public sealed class CaseBuilder
{
    public const string OrganizationId = "school-1";

    private readonly List<Action<MentoringCaseBuilder>> _parts = [];
    private Organization _organization = Org(null, true);

    public static CaseBuilder School() => new();

    public static DateOnly D(int year, int month, int day) => new(year, month, day);

    public static T Ok<T>(Result<T> result) =>
        result.IsSuccess ? result.Value : throw new InvalidOperationException($"Test data is invalid: {string.Join("; ", result.ValidationErrors)}");

    public static PersonId P(string id) => Ok(PersonId.Create(id));

    public static DocumentId Doc(string id) => Ok(DocumentId.Create(id));

    public static PairId Pr(string id) => Ok(PairId.Create(id));

    public static OrganizationId Org() => Ok(Domain.OrganizationId.Create(OrganizationId));

    public CaseBuilder Organization(string? headId = null, bool? websiteSection = true)
    {
        _organization = Org(headId, websiteSection);
        return this;
    }

    public CaseBuilder Teacher(
        string id,
        DateOnly? birthDate = null,
        DateOnly? careerStart = null,
        DateOnly? hireDate = null,
        bool head = false,
        bool deputy = false,
        bool pedagogical = true,
        string? name = null,
        params string[] competences)
    {
        var teacher = Ok(Domain.People.Teacher.Create(
            P(id), NameOf(id, name), Org(), "учитель", birthDate, hireDate, careerStart, head, deputy, pedagogical, competences));
        return With(b => b.AddTeachers(teacher));
    }

    public CaseBuilder Student(string id, DateOnly? birthDate = null, int? grade = null, string? name = null)
    {
        var student = Ok(Domain.People.Student.Create(P(id), NameOf(id, name), Org(), birthDate, grade));
        return With(b => b.AddStudents(student));
    }

    public CaseBuilder Pair(
        string id,
        string[] mentors,
        string[] mentees,
        MentoringForm form = MentoringForm.TeacherTeacher,
        RoleModel? roleModel = null,
        MentoringKind[]? kinds = null,
        string? order = null,
        DateOnly? formedOn = null,
        bool? curatorInvolved = true)
    {
        var pair = Ok(MentoringPair.Create(
            Pr(id), Org(), mentors.Select(P), mentees.Select(P), form, roleModel, kinds,
            order is null ? null : Doc(order), formedOn, curatorInvolved));
        return With(b => b.AddPairs(pair));
    }

    public CaseBuilder Program(string id, string pairId, DateOnly start, DateOnly end, Action<PersonalizedProgram>? configure = null)
    {
        var program = Ok(PersonalizedProgram.Create(
            Ok(ProgramId.Create(id)), Pr(pairId), Ok(ProgramTerm.Create(start, end)),
            direction: "адаптация молодого специалиста", menteeDifficulties: ["дисциплина на уроке"], menteeStrengths: ["ИКТ"]));
        configure?.Invoke(program);
        return With(b => b.AddPrograms(program));
    }

    public CaseBuilder Consent(
        string id,
        ConsentKind kind,
        string givenBy,
        DateOnly givenOn,
        ConsentForm form = ConsentForm.Written,
        string? onBehalfOf = null,
        string? pairId = null,
        DateOnly? withdrawnOn = null)
    {
        var consent = Ok(Domain.Consents.Consent.Create(
            Doc(id), kind, P(givenBy), givenOn, form, onBehalfOf is null ? null : P(onBehalfOf), pairId is null ? null : Pr(pairId), withdrawnOn));
        return With(b => b.AddConsents(consent));
    }

    public CaseBuilder PairingOrder(string id, DateOnly date, params string[] pairs) =>
        With(b => b.AddOrders(Ok(Domain.Orders.PairingOrder.Create(Doc(id), id, date, Org(), pairs.Select(Pr)))));

    public CaseBuilder RegulationOrder(string id, DateOnly date) =>
        With(b => b.AddOrders(Ok(Domain.Orders.RegulationOrder.Create(Doc(id), id, date, Org()))));

    public CaseBuilder CuratorOrder(string id, DateOnly date, string curatorId) =>
        With(b => b.AddOrders(Ok(Domain.Orders.CuratorOrder.Create(Doc(id), id, date, Org(), P(curatorId)))));

    public CaseBuilder With(Action<MentoringCaseBuilder> part)
    {
        _parts.Add(part);
        return this;
    }

    public MentoringCase Build()
    {
        var builder = new MentoringCaseBuilder(_organization);
        foreach (var part in _parts)
        {
            part(builder);
        }

        return Ok(builder.Build());
    }

    private static PersonName NameOf(string id, string? name) =>
        Ok(name is null ? PersonName.Create("Фамилия" + Suffix(id), "Имя", "Отчество") : PersonName.Parse(name));

    // Surnames must be letters: map the identifier's characters onto Russian letters.
    private static string Suffix(string id) =>
        new([.. id.Select(c => char.IsLetter(c) ? char.ToLowerInvariant(c) is var l && l is >= 'a' and <= 'z' ? (char)('а' + (l - 'a')) : l : char.IsDigit(c) ? (char)('а' + (c - '0')) : 'х')]);

    private static Organization Org(string? headId, bool? websiteSection) =>
        Ok(Domain.Organizations.Organization.Create(
            Org(), "МБОУ «Средняя школа № 1»", OrganizationKind.School, null, headId is null ? null : P(headId), websiteSection));
}
