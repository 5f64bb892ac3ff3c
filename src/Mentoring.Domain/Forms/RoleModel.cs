namespace Mentoring.Domain.Forms;

/// <summary>A role model (ролевая модель) inside a form of mentoring.</summary>
/// <remarks>003 §4.4 (inside «учитель – учитель») and §4.2.4 (inside «ученик – ученик»).</remarks>
public enum RoleModel
{
    /// <summary>«опытный педагог – молодой специалист».</summary>
    ExperiencedTeacherYoungSpecialist = 1,

    /// <summary>«лидер педагогического сообщества – педагог, испытывающий профессиональные затруднения в сфере коммуникации».</summary>
    CommunityLeaderStrugglingTeacher = 2,

    /// <summary>«педагог-новатор – консервативный педагог».</summary>
    InnovatorConservative = 3,

    /// <summary>«опытный предметник – неопытный предметник».</summary>
    ExperiencedSubjectTeacherInexperienced = 4,

    /// <summary>«успевающий – неуспевающий».</summary>
    HighAchieverLowAchiever = 5,

    /// <summary>«лидер – пассивный».</summary>
    LeaderPassive = 6,

    /// <summary>«равный – равному».</summary>
    PeerToPeer = 7,
}

/// <summary>The vocabulary of <see cref="RoleModel"/> and the form each role model belongs to.</summary>
public static class RoleModels
{
    /// <summary>The terms: codes, Russian and English names, sources.</summary>
    public static Vocabulary<RoleModel> Vocabulary { get; } = Vocabulary<RoleModel>.For("roleModel")
        .Add(RoleModel.ExperiencedTeacherYoungSpecialist, "experienced-young-specialist", "опытный педагог – молодой специалист", "experienced teacher – young specialist", "003 §4.4")
        .Add(RoleModel.CommunityLeaderStrugglingTeacher, "leader-struggling-teacher", "лидер педагогического сообщества – педагог, испытывающий профессиональные затруднения в сфере коммуникации", "leader of the teaching community – teacher with difficulties in communication", "003 §4.4")
        .Add(RoleModel.InnovatorConservative, "innovator-conservative", "педагог-новатор – консервативный педагог", "innovative teacher – conservative teacher", "003 §4.4")
        .Add(RoleModel.ExperiencedSubjectTeacherInexperienced, "experienced-inexperienced-subject-teacher", "опытный предметник – неопытный предметник", "experienced subject teacher – inexperienced subject teacher", "003 §4.4")
        .Add(RoleModel.HighAchieverLowAchiever, "achiever-underachiever", "успевающий – неуспевающий", "high achiever – low achiever", "003 §4.2.4")
        .Add(RoleModel.LeaderPassive, "leader-passive", "лидер – пассивный", "leader – passive", "003 §4.2.4")
        .Add(RoleModel.PeerToPeer, "peer-to-peer", "равный – равному", "peer – peer", "003 §4.2.4")
        .Build();

    /// <summary>The term of a role model.</summary>
    /// <param name="roleModel">The role model.</param>
    /// <returns>Its code and names.</returns>
    public static Term<RoleModel> Term(this RoleModel roleModel) => Vocabulary[roleModel];

    /// <summary>The form a role model belongs to.</summary>
    /// <param name="roleModel">The role model.</param>
    /// <returns>«учитель – учитель» for the teachers' role models, «ученик – ученик» for the students'.</returns>
    /// <remarks>003 §4.2.4, §4.4: a role model is used only inside its own form.</remarks>
    public static MentoringForm Form(this RoleModel roleModel) => roleModel switch
    {
        RoleModel.HighAchieverLowAchiever or RoleModel.LeaderPassive or RoleModel.PeerToPeer => MentoringForm.StudentStudent,
        _ => MentoringForm.TeacherTeacher,
    };
}
