using Mentoring.Rules.Network;
using Mentoring.Rules.RuleModel;

namespace Mentoring.Rules.Runtime;

internal sealed class SessionFactory(ReteNetwork network, SessionOptions options) : ISessionFactory
{
    public ReteNetwork Network { get; } = network;

    public IReadOnlyList<RuleDefinition> Rules { get; } = [.. network.Rules.Select(r => r.Definition)];

    public ISession CreateSession() => new Session(Network, options);

    public ISession CreateSession(SessionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new Session(Network, options);
    }
}
