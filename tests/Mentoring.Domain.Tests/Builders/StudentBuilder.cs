using Mentoring.Domain.People;

namespace Mentoring.Domain.Tests.Builders;

/// <summary>A valid student by default: «Петров Иван Сергеевич», born 2010-03-01, grade 7.</summary>
public sealed class StudentBuilder
{
    private PersonId _id = SampleIds.Person("s-1");
    private readonly PersonName _name = PersonName.Create("Петров", "Иван", "Сергеевич").Value;
    private DateOnly? _birthDate = new(2010, 3, 1);
    private int? _grade = 7;

    public StudentBuilder WithId(string id)
    {
        _id = SampleIds.Person(id);
        return this;
    }

    public StudentBuilder BornOn(DateOnly? date)
    {
        _birthDate = date;
        return this;
    }

    public StudentBuilder InGrade(int? grade)
    {
        _grade = grade;
        return this;
    }

    public Result<Student> BuildResult() => Student.Create(_id, _name, SampleIds.Organization(), _birthDate, _grade);

    public Student Build() => BuildResult().Value;
}
