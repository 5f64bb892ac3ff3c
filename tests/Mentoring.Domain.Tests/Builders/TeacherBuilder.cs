using Mentoring.Domain.People;

namespace Mentoring.Domain.Tests.Builders;

/// <summary>A valid teacher by default: «Иванова Мария Петровна», born 1990-05-15, all facts known.</summary>
public sealed class TeacherBuilder
{
    private PersonId _id = SampleIds.Person("t-1");
    private PersonName _name = PersonName.Create("Иванова", "Мария", "Петровна").Value;
    private readonly OrganizationId _organization = SampleIds.Organization();
    private string? _position = "учитель математики";
    private DateOnly? _birthDate = new(1990, 5, 15);
    private DateOnly? _hireDate = new(2015, 9, 1);
    private DateOnly? _careerStart = new(2012, 9, 1);
    private bool _isHead;
    private bool _isDeputyHead;
    private bool _isPedagogicalWorker = true;
    private string[] _competences = ["математика"];
    private TeacherPost[]? _posts;

    public TeacherBuilder WithId(string id)
    {
        _id = SampleIds.Person(id);
        return this;
    }

    public TeacherBuilder WithName(string surname, string given, string? patronymic = null)
    {
        _name = PersonName.Create(surname, given, patronymic).Value;
        return this;
    }

    public TeacherBuilder WithPosition(string? position)
    {
        _position = position;
        return this;
    }

    public TeacherBuilder BornOn(DateOnly? date)
    {
        _birthDate = date;
        return this;
    }

    public TeacherBuilder HiredOn(DateOnly? date)
    {
        _hireDate = date;
        return this;
    }

    public TeacherBuilder CareerStartedOn(DateOnly? date)
    {
        _careerStart = date;
        return this;
    }

    public TeacherBuilder AsHead()
    {
        _isHead = true;
        return this;
    }

    public TeacherBuilder AsDeputyHead()
    {
        _isDeputyHead = true;
        return this;
    }

    public TeacherBuilder NotPedagogical()
    {
        _isPedagogicalWorker = false;
        return this;
    }

    public TeacherBuilder WithCompetences(params string[] competences)
    {
        _competences = competences;
        return this;
    }

    public TeacherBuilder WithPosts(params TeacherPost[] posts)
    {
        _posts = posts;
        return this;
    }

    public Result<Teacher> BuildResult() => Teacher.Create(
        _id, _name, _organization, _position, _birthDate, _hireDate, _careerStart, _isHead, _isDeputyHead, _isPedagogicalWorker, _competences, _posts);

    public Teacher Build() => BuildResult().Value;
}
