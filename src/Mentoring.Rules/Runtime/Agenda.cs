using Mentoring.Rules.Network;

namespace Mentoring.Rules.Runtime;

/// <summary>
/// The agenda: an indexed binary min-heap of activations (each knows its slot, <see cref="Activation.HeapIndex"/>),
/// so that a withdrawn activation is removed at once and a modified one is re-positioned — no dead entries.
/// </summary>
internal sealed class Agenda
{
    private Activation[] _heap = new Activation[16];
    private int _count;

    public int Count => _count;

    public void Enqueue(Activation activation)
    {
        if (_count == _heap.Length)
        {
            Array.Resize(ref _heap, _count * 2);
        }

        _heap[_count] = activation;
        activation.HeapIndex = _count;
        _count++;
        SiftUp(activation.HeapIndex);
    }

    public bool TryDequeue(out Activation activation)
    {
        if (_count == 0)
        {
            activation = null!;
            return false;
        }

        activation = _heap[0];
        RemoveAt(0);
        return true;
    }

    public void Remove(Activation activation)
    {
        if (activation.HeapIndex >= 0)
        {
            RemoveAt(activation.HeapIndex);
        }
    }

    /// <summary>Re-positions a queued activation whose sort key changed.</summary>
    public void Update(Activation activation)
    {
        var i = SiftUp(activation.HeapIndex);
        SiftDown(i);
    }

    private void RemoveAt(int index)
    {
        var removed = _heap[index];
        removed.HeapIndex = -1;
        _count--;
        if (index == _count)
        {
            _heap[_count] = null!;
            return;
        }

        var last = _heap[_count];
        _heap[_count] = null!;
        _heap[index] = last;
        last.HeapIndex = index;
        SiftDown(SiftUp(index));
    }

    private int SiftUp(int index)
    {
        var item = _heap[index];
        while (index > 0)
        {
            var parent = (index - 1) >> 1;
            var p = _heap[parent];
            if (Compare(item, p) >= 0)
            {
                break;
            }

            _heap[index] = p;
            p.HeapIndex = index;
            index = parent;
        }

        _heap[index] = item;
        item.HeapIndex = index;
        return index;
    }

    private void SiftDown(int index)
    {
        var item = _heap[index];
        var count = _count;
        while (true)
        {
            var child = (index << 1) + 1;
            if (child >= count)
            {
                break;
            }

            var c = _heap[child];
            if (child + 1 < count && Compare(_heap[child + 1], c) < 0)
            {
                child++;
                c = _heap[child];
            }

            if (Compare(c, item) >= 0)
            {
                break;
            }

            _heap[index] = c;
            c.HeapIndex = index;
            index = child;
        }

        _heap[index] = item;
        item.HeapIndex = index;
    }

    /// <summary>Agenda order: higher priority first, then rule registration order, then the matched facts' insertion order (level by level), then creation order.</summary>
    /// <remarks>A static method rather than an <see cref="IComparer{T}"/>: no interface dispatch in the heap's inner loops.</remarks>
    private static int Compare(Activation x, Activation y)
    {
        // Priority, rule index and branch index are packed into one key per terminal node.
        if (x.AgendaKey != y.AgendaKey)
        {
            return x.AgendaKey < y.AgendaKey ? -1 : 1;
        }

        // Same terminal, so both chains have the same depth: the shallowest level that differs decides.
        var c = 0;
        for (Token? a = x.Parent, b = y.Parent; a is not null && b is not null && a.Level > 0; a = a.Parent, b = b.Parent)
        {
            if (a.Order != b.Order)
            {
                c = a.Order < b.Order ? -1 : 1;
            }
        }

        return c != 0 ? c : x.Sequence.CompareTo(y.Sequence);
    }
}
