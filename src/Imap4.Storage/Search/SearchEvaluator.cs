using Imap4.Protocol.Primitives;
using Imap4.Protocol.Search;

namespace Imap4.Storage.Search;

/// <summary>
/// Evaluates a search key against messages, the reference semantics every store shares (a store may answer parts
/// of a key from an index but must agree with this). Evaluation is in two steps so content is read only when needed:
/// <see cref="MatchMetadata"/> answers from metadata alone or says it cannot; <see cref="Match"/> also reads content.
/// </summary>
public sealed partial class SearchEvaluator
{
    private readonly SearchKey _key;
    private readonly SearchContext _context;
    private readonly uint _highestUid;
    private readonly long _now;

    /// <summary>Prepares a search.</summary>
    /// <param name="criteria">The key.</param>
    /// <param name="context">The session's view.</param>
    /// <param name="highestUid">The mailbox's highest UID, what <c>*</c> means in a UID key when the session gave no
    /// sequence mapping.</param>
    /// <exception cref="MailStoreException"><see cref="MailStoreError.Cannot"/> for the Gmail keys, or a sequence-number
    /// key without <see cref="SearchContext.SequenceUids"/>.</exception>
    public SearchEvaluator(SearchKey criteria, SearchContext context, uint highestUid)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        ArgumentNullException.ThrowIfNull(context);
        _key = criteria;
        _context = context;
        _highestUid = context.SequenceUids is { Count: > 0 } view ? view[^1] : highestUid;
        _now = context.TimeProvider.GetUtcNow().ToUnixTimeSeconds();
        NeedsContent = Validate(criteria);
    }

    /// <summary>True when some message may need its content to be decided.</summary>
    public bool NeedsContent { get; }

    /// <summary>Decides from metadata alone; null when the content is needed.</summary>
    /// <param name="message">The message.</param>
    public bool? MatchMetadata(MessageInfo message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return Eval(_key, message, null);
    }

    /// <summary>Decides with metadata and content.</summary>
    /// <param name="message">The message.</param>
    /// <param name="content">Its content.</param>
    public bool Match(MessageInfo message, SearchableContent content)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(content);
        return Eval(_key, message, content) ?? false;
    }

    // Returns whether content keys occur; throws for keys that cannot be evaluated.
    private bool Validate(SearchKey key) => key switch
    {
        AndSearchKey and => and.Keys.Aggregate(false, (needs, k) => Validate(k) | needs),
        OrSearchKey or => Validate(or.Left) | Validate(or.Right),
        NotSearchKey not => Validate(not.Key),
        TextSearchKey { Field: TextSearchField.GmailRaw or TextSearchField.GmailLabels } => throw Unsupported(key),
        NumberSearchKey { Field: NumberSearchField.GmailMessageId or NumberSearchField.GmailThreadId } => throw Unsupported(key),
        SequenceSetSearchKey { Set.IsSavedResult: false } when _context.SequenceUids is null =>
            throw new MailStoreException(MailStoreError.Cannot, "Searching by sequence number needs the session's sequence mapping."),
        TextSearchKey or HeaderSearchKey => true,
        _ => false,
    };

    private static MailStoreException Unsupported(SearchKey key) =>
        new(MailStoreError.Cannot, $"The search key {key} is not supported by this store.");

    // Three-valued: null means "needs content" when content is null.
    private bool? Eval(SearchKey key, MessageInfo m, SearchableContent? c) => key switch
    {
        AndSearchKey and => EvalAnd(and, m, c),
        OrSearchKey or => EvalOr(or, m, c),
        NotSearchKey not => !Eval(not.Key, m, c),
        SimpleSearchKey simple => EvalSimple(simple.Kind, m),
        KeywordSearchKey kw => m.HasFlag(kw.Keyword) != kw.Negated,
        DateSearchKey date => EvalDate(date, m),
        NumberSearchKey number => EvalNumber(number, m),
        ModSeqSearchKey modseq => m.ModSeq >= modseq.ModSeq,
        ObjectIdSearchKey id => string.Equals(id.Field == ObjectIdField.EmailId ? m.EmailId : m.Summary.ThreadId, id.Id, StringComparison.Ordinal),
        UidSearchKey uid => EvalUid(uid.Set, m.Uid),
        SequenceSetSearchKey seq => EvalSequence(seq.Set, m.Uid),
        TextSearchKey text => c is null ? null : EvalText(text, c),
        HeaderSearchKey header => c is null ? null : HeaderContains(c, header.FieldName, header.Value),
        _ => throw Unsupported(key),
    };

    private bool? EvalAnd(AndSearchKey and, MessageInfo m, SearchableContent? c)
    {
        bool unknown = false;
        foreach (SearchKey k in and.Keys)
        {
            bool? r = Eval(k, m, c);
            if (r == false) return false;
            unknown |= r is null;
        }
        return unknown ? null : true;
    }

    private bool? EvalOr(OrSearchKey or, MessageInfo m, SearchableContent? c)
    {
        bool? left = Eval(or.Left, m, c);
        if (left == true) return true;
        bool? right = Eval(or.Right, m, c);
        if (right == true) return true;
        return left is null || right is null ? null : false;
    }

    private bool EvalSimple(SimpleSearchKind kind, MessageInfo m)
    {
        bool recent = _context.RecentUids?.Contains(m.Uid) == true;
        return kind switch
        {
            SimpleSearchKind.All or SimpleSearchKind.SaveDateSupported => true,
            SimpleSearchKind.Answered => m.HasFlag(Flag.Answered),
            SimpleSearchKind.Deleted => m.HasFlag(Flag.Deleted),
            SimpleSearchKind.Draft => m.HasFlag(Flag.Draft),
            SimpleSearchKind.Flagged => m.HasFlag(Flag.Flagged),
            SimpleSearchKind.Seen => m.HasFlag(Flag.Seen),
            SimpleSearchKind.Unanswered => !m.HasFlag(Flag.Answered),
            SimpleSearchKind.Undeleted => !m.HasFlag(Flag.Deleted),
            SimpleSearchKind.Undraft => !m.HasFlag(Flag.Draft),
            SimpleSearchKind.Unflagged => !m.HasFlag(Flag.Flagged),
            SimpleSearchKind.Unseen => !m.HasFlag(Flag.Seen),
            SimpleSearchKind.Recent => recent,
            SimpleSearchKind.New => recent && !m.HasFlag(Flag.Seen),
            SimpleSearchKind.Old => !recent,
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
    }
}
