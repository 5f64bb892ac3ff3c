namespace Mentoring.Domain.Orders;

/// <summary>The kinds of the head's orders (приказы) that mentoring rests on.</summary>
/// <remarks>002 §1 (last ¶), §2; 003 §2.1–2.6, order п.4.2–4.4.</remarks>
public enum OrderKind
{
    /// <summary>The order approving the Положение о системе наставничества.</summary>
    Regulation = 1,

    /// <summary>The order appointing the curator.</summary>
    Curator = 2,

    /// <summary>The order fixing mentoring pairs and groups.</summary>
    Pairing = 3,

    /// <summary>The order approving the roadmap (plan of activities).</summary>
    Roadmap = 4,

    /// <summary>The order releasing a mentor or mentee from duties for program activities.</summary>
    Release = 5,
}

/// <summary>The vocabulary of <see cref="OrderKind"/>.</summary>
public static class OrderKinds
{
    /// <summary>The terms: codes, Russian and English names, sources.</summary>
    public static Vocabulary<OrderKind> Vocabulary { get; } = Vocabulary<OrderKind>.For("orderKind")
        .Add(OrderKind.Regulation, "regulation", "приказ об утверждении положения о системе наставничества", "order approving the regulation on mentoring", "002 §2; 003 §2.1", "приказ о внедрении целевой модели наставничества")
        .Add(OrderKind.Curator, "curator", "приказ о назначении куратора", "order appointing the curator", "002 §2; 003 order п.4.2", "приказ о назначении куратора реализации программ наставничества")
        .Add(OrderKind.Pairing, "pairing", "приказ о закреплении наставнических пар/групп", "order fixing mentoring pairs and groups", "002 §2; 003 §2.6", "приказ о закреплении наставнических пар", "приказ о закреплении наставнических групп")
        .Add(OrderKind.Roadmap, "roadmap", "приказ об утверждении дорожной карты", "order approving the roadmap", "002 §2; 003 order п.4.4; 004 order п.3.2", "приказ об утверждении плана мероприятий")
        .Add(OrderKind.Release, "release", "приказ об освобождении от выполнения должностных обязанностей", "order releasing from duties", "002 §1")
        .Build();

    /// <summary>The term of a kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>Its code and names.</returns>
    public static Term<OrderKind> Term(this OrderKind kind) => Vocabulary[kind];
}
