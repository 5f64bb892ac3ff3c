using Mentoring.Domain.People;
using Mentoring.Domain.Tests.Builders;

namespace Mentoring.Domain.Tests.People;

public sealed class ExternalPersonTests
{
    private static readonly PersonName Name = PersonName.Parse("Сидоров Пётр Ильич").Value;

    [Fact]
    public void Create_AllFacts_KeepsThem()
    {
        var person = ExternalPerson.Create(SampleIds.Person("ext-1"), Name, " СГУ  им. Н. Г. Чернышевского ", "доцент", new DateOnly(1975, 6, 1)).Value;

        Assert.Equal("СГУ им. Н. Г. Чернышевского", person.Organization);
        Assert.Equal("доцент", person.Position);
        Assert.Equal(48, person.AgeOn(new DateOnly(2023, 6, 1)));
    }

    [Fact]
    public void Create_UnknownFacts_AreNull()
    {
        var person = ExternalPerson.Create(SampleIds.Person("ext-1"), Name, "", null).Value;

        Assert.Null(person.Organization);
        Assert.Null(person.Position);
        Assert.Null(person.AgeOn(new DateOnly(2023, 6, 1)));
    }

    [Fact]
    public void AsIPerson_AllKinds_ExposeIdNameAndAge()
    {
        IPerson[] people =
        [
            new TeacherBuilder().WithId("p-1").BornOn(new DateOnly(2000, 1, 1)).HiredOn(null).CareerStartedOn(null).Build(),
            new StudentBuilder().WithId("p-2").BornOn(new DateOnly(2000, 1, 1)).Build(),
            ExternalPerson.Create(SampleIds.Person("p-3"), Name, birthDate: new DateOnly(2000, 1, 1)).Value,
        ];

        Assert.Equal(["p-1", "p-2", "p-3"], people.Select(p => p.Id.Value));
        Assert.All(people, p => Assert.Equal(23, p.AgeOn(new DateOnly(2023, 1, 1))));
    }
}
