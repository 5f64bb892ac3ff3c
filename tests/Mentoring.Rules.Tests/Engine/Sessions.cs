using Mentoring.Rules.Runtime;

namespace Mentoring.Rules.Tests.Engine;

internal static class Sessions
{
    public static ISession For(params Type[] ruleTypes) => new RuleRepository().Load(ruleTypes).Compile().CreateSession();

    public static ISession For(SessionOptions options, params Type[] ruleTypes) => new RuleRepository().Load(ruleTypes).Compile().CreateSession(options);

    public static List<string> Alerts(this ISession session) => session.Outputs.Select(o => o.Value is Alert a ? a.Text : o.Value.ToString()!).ToList();
}
