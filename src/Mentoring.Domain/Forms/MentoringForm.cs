namespace Mentoring.Domain.Forms;

/// <summary>A form of mentoring (форма наставничества): who mentors whom.</summary>
/// <remarks>002 §1 (формы наставничества); 003 §III–IV, which also has «ученик – ученик».</remarks>
public enum MentoringForm
{
    /// <summary>«педагог – педагог» (003: «учитель – учитель»).</summary>
    TeacherTeacher = 1,

    /// <summary>«руководитель образовательной организации – педагог».</summary>
    HeadTeacher = 2,

    /// <summary>«работодатель – студент».</summary>
    EmployerStudent = 3,

    /// <summary>«педагог вуза (колледжа) – молодой педагог».</summary>
    UniversityTeacherYoungTeacher = 4,

    /// <summary>«ученик – ученик» (003 only).</summary>
    StudentStudent = 5,
}

/// <summary>The vocabulary of <see cref="MentoringForm"/> and the form's properties the regulation relies on.</summary>
public static class MentoringForms
{
    /// <summary>The terms: codes, Russian and English names, sources.</summary>
    public static Vocabulary<MentoringForm> Vocabulary { get; } = Vocabulary<MentoringForm>.For("form")
        .Add(MentoringForm.TeacherTeacher, "teacher-teacher", "педагог – педагог", "teacher – teacher", "002 §1; 003 §4.4", "учитель – учитель")
        .Add(MentoringForm.HeadTeacher, "head-teacher", "руководитель образовательной организации – педагог", "head of the organization – teacher", "002 §1; 003 §4.5", "руководитель образовательной организации – учитель", "руководитель – педагог")
        .Add(MentoringForm.EmployerStudent, "employer-student", "работодатель – студент", "employer – student", "002 §1")
        .Add(MentoringForm.UniversityTeacherYoungTeacher, "university-teacher-young-teacher", "педагог вуза (колледжа) – молодой педагог", "university (college) teacher – young teacher", "002 §1", "педагог вуза/колледжа – молодой педагог", "педагог вуза – молодой педагог", "педагог колледжа – молодой педагог")
        .Add(MentoringForm.StudentStudent, "student-student", "ученик – ученик", "student – student", "003 §4.2")
        .Build();

    /// <summary>The term of a form.</summary>
    /// <param name="form">The form.</param>
    /// <returns>Its code and names.</returns>
    public static Term<MentoringForm> Term(this MentoringForm form) => Vocabulary[form];

    /// <summary>True for the forms in which the mentor is a pedagogical worker mentoring a teacher.</summary>
    /// <param name="form">The form.</param>
    /// <returns>True for «педагог – педагог», «руководитель – педагог» and «педагог вуза – молодой педагог».</returns>
    /// <remarks>002 §1 (понятия): the mentor is a pedagogical worker.</remarks>
    public static bool IsTeacherForm(this MentoringForm form) =>
        form is MentoringForm.TeacherTeacher or MentoringForm.HeadTeacher or MentoringForm.UniversityTeacherYoungTeacher;
}
