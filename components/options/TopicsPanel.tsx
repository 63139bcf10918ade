import { useEffect, useState } from 'preact/hooks';
import type { Entity, Topic, TopicEdit, TopicEdits } from '../../utils/model/topic';

export interface TopicsPanelProps {
  topics: Topic[];
  /** The person's edits of each topic: where the removed and merged entities are listed from. */
  edits: Record<string, TopicEdits>;
  /** Make one edit; resolves when it is stored, rejects with why (nothing changed). */
  onEdit: (topic: string, edit: TopicEdit) => Promise<void>;
}

/**
 * The corpus's topics, each with its entities and their spellings (proposed from the reports or
 * written in a topic file). A person renames a topic, edits, merges, splits and removes its
 * entities here; pages are matched by what they leave, and an import or a reset keeps it.
 */
export function TopicsPanel({ topics, edits, onEdit }: TopicsPanelProps) {
  // A topic with no names is the catch-all for pages of no story, unless the person removed them all (it keeps its Restore list).
  const shown = topics.filter((t) => t.entities.length || Object.keys(edits[t.id]?.entities ?? {}).length);
  return (
    <section class="panel topics" aria-labelledby="topics-heading">
      <h2 id="topics-heading">Topics</h2>
      {shown.length === 0 ? (
        <p class="muted">No topic yet: import a pack, or add two pages of a story.</p>
      ) : (
        <>
          <p class="muted">Pages are found to be on a topic by these names. Your edits are kept when you import a pack or reset the corpus.</p>
          {shown.map((topic) => (
            <TopicView key={topic.id} topic={topic} edits={edits[topic.id]} onEdit={(edit) => onEdit(topic.id, edit)} />
          ))}
        </>
      )}
    </section>
  );
}

type Edit = (edit: TopicEdit) => Promise<void>;

/** Runs an edit and says how it went, in a status line a screen reader announces. */
function useEditStatus(onEdit: Edit) {
  const [status, setStatus] = useState('');
  async function run(edit: TopicEdit, done: string) {
    try {
      await onEdit(edit);
      setStatus(done);
    } catch (error) {
      setStatus(`Not saved: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return { status, run, clear: () => setStatus('') };
}

function TopicView({ topic, edits, onEdit }: { topic: Topic; edits: TopicEdits | undefined; onEdit: Edit }) {
  const [name, setName] = useState(topic.name);
  const { status, run } = useEditStatus(onEdit);
  const gone = Object.entries(edits?.entities ?? {}).filter(([, e]) => e.state !== 'kept');
  const nameId = `topic-name-${topic.id}`;
  return (
    <details data-topic={topic.id}>
      <summary>
        {topic.name} <span class="muted">({topic.entities.length} names)</span>
      </summary>
      <form
        class="topic-name"
        onSubmit={(e) => {
          e.preventDefault();
          void run({ kind: 'rename', name }, 'Renamed.');
        }}
      >
        <label for={nameId}>Topic name</label>
        <input id={nameId} value={name} onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)} />
        <button type="submit">Rename</button>
      </form>
      <p role="status" class="topic-status">
        {status}
      </p>
      <ul class="entities">
        {topic.entities.map((entity) => (
          <EntityRow key={entity.id} topic={topic} entity={entity} onEdit={onEdit} runInTopic={run} topicStatus={status} />
        ))}
      </ul>
      {gone.length > 0 && (
        <>
          <h3>Removed or merged</h3>
          <ul class="entities gone">
            {gone.map(([id, e]) => (
              <li key={id} data-entity={id}>
                {e.name}{' '}
                <span class="muted">{e.state === 'merged' ? `merged into ${topic.entities.find((x) => x.id === e.into)?.name ?? e.into}` : 'removed'}</span>{' '}
                <button type="button" onClick={() => void run({ kind: 'restore', entity: id }, `${e.name} restored.`)}>
                  Restore {e.name}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </details>
  );
}

/** One entity: its spellings (saved here, said here), and merge, split and remove (said for the topic: the row may go). */
function EntityRow({
  topic,
  entity,
  onEdit,
  runInTopic,
  topicStatus,
}: {
  topic: Topic;
  entity: Entity;
  onEdit: Edit;
  runInTopic: (edit: TopicEdit, done: string) => Promise<void>;
  topicStatus: string;
}) {
  const spellingsOf = [entity.name, ...entity.aliases];
  const [spellings, setSpellings] = useState(spellingsOf.join(', '));
  const others = topic.entities.filter((e) => e.id !== entity.id);
  const [into, setInto] = useState(others[0]?.id ?? '');
  const [splitOff, setSplitOff] = useState(entity.aliases[0] ?? '');
  const { status, run, clear } = useEditStatus(onEdit);
  // The spellings as stored after an edit (trimmed, duplicates gone, one split off); what was said of the last ones is stale.
  const stored = spellingsOf.join(', ');
  useEffect(() => {
    setSpellings(stored);
    setSplitOff(entity.aliases[0] ?? '');
  }, [stored]);
  useEffect(() => {
    if (!others.some((o) => o.id === into)) setInto(others[0]?.id ?? '');
  }, [others.map((o) => o.id).join(' ')]);
  // What this row said is stale once the topic was edited from another row or its name.
  useEffect(clear, [topicStatus]);
  const id = `spellings-${topic.id}-${entity.id}`;

  function save(event: Event) {
    event.preventDefault();
    const [name = '', ...aliases] = spellings.split(',').map((s) => s.trim()).filter(Boolean);
    void run({ kind: 'spellings', entity: entity.id, name, aliases }, 'Saved.');
  }

  return (
    <li data-entity={entity.id}>
      <form onSubmit={save}>
        <label for={id}>
          {entity.name} <span class="muted">{entity.kind}</span>
        </label>
        <input id={id} value={spellings} onInput={(e) => setSpellings((e.currentTarget as HTMLInputElement).value)} aria-describedby={`${id}-hint`} />
        <button type="submit">Save</button>
        <span id={`${id}-hint`} class="muted">
          Spellings, name first, separated by commas
        </span>
      </form>
      <div class="entity-actions" role="group" aria-label={`More for ${entity.name}`}>
        {others.length > 0 && (
          <span>
            <select aria-label={`Entity to merge ${entity.name} into`} value={into} onChange={(e) => setInto((e.currentTarget as HTMLSelectElement).value)}>
              {others.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
            <button type="button" onClick={() => void runInTopic({ kind: 'merge', entity: entity.id, into }, `${entity.name} merged into ${others.find((o) => o.id === into)?.name ?? into}.`)}>
              Merge into<span class="visually-hidden"> (merge {entity.name} into the name chosen)</span>
            </button>
          </span>
        )}
        {spellingsOf.length > 1 && (
          <span>
            <select aria-label={`Spelling of ${entity.name} to split off`} value={splitOff} onChange={(e) => setSplitOff((e.currentTarget as HTMLSelectElement).value)}>
              {spellingsOf.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </select>
            <button type="button" onClick={() => void runInTopic({ kind: 'split', entity: entity.id, spelling: splitOff }, `${splitOff} split off from ${entity.name}.`)}>
              Split off<span class="visually-hidden"> (from {entity.name})</span>
            </button>
          </span>
        )}
        <button type="button" onClick={() => void runInTopic({ kind: 'remove', entity: entity.id }, `${entity.name} removed.`)}>
          Not a name of this story<span class="visually-hidden">: remove {entity.name}</span>
        </button>
      </div>
      <span role="status">{status}</span>
    </li>
  );
}
