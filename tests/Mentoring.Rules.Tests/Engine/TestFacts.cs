namespace Mentoring.Rules.Tests.Engine;

public sealed class Person
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    public bool IsMentor { get; set; }

    public int Age { get; set; }

    public override string ToString() => $"Person({Id},{Name})";
}

public sealed class Consent
{
    public int PersonId { get; set; }

    public override string ToString() => $"Consent({PersonId})";
}

public sealed class Order
{
    public int CustomerId { get; set; }

    public decimal Amount { get; set; }

    public string Category { get; set; } = "";

    public override string ToString() => $"Order({CustomerId},{Category},{Amount})";
}

public sealed record Alert(string Text);

public sealed record Counter(int Value);

public static class A
{
    private static int _next = 1000;

    public static Person Person(int? id = null, bool mentor = false, int age = 30, string? name = null)
    {
        var i = id ?? Interlocked.Increment(ref _next);
        return new Person { Id = i, IsMentor = mentor, Age = age, Name = name ?? "p" + i };
    }

    public static Person Mentor(int? id = null) => Person(id, mentor: true);

    public static Consent Consent(int personId) => new() { PersonId = personId };

    public static Order Order(int customerId, decimal amount = 10m, string category = "a") => new() { CustomerId = customerId, Amount = amount, Category = category };
}
