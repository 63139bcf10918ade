import { useState } from 'preact/hooks';
import type { Topic } from '../../utils/model/topic';

export interface TopicsPanelProps {
  topics: Topic[];
  /** Store one entity's spellings (name first); resolves with the topic as stored, rejects with why. */
  onSave: (topic: string, entity: string, name: string, aliases: string[]) => Promise<Topic>;
}

/**
 * The corpus's topics, each with its entities and their spellings (proposed from the reports or
 * written in a topic file); a spelling edited here is what pages are matched by from then on.
 */
export function TopicsPanel({ topics, onSave }: TopicsPanelProps) {
  const shown = topics.filter((t) => t.entities.length);
  return (
    <section class="panel topics" aria-labelledby="topics-heading">
      <h2 id="topics-heading">Topics</h2>
      {shown.length === 0 ? (
        <p class="muted">No topic yet: import a pack, or add two pages of a story.</p>
      ) : (
        shown.map((topic) => (
          <details key={topic.id} data-topic={topic.id}>
            <summary>
              {topic.name} <span class="muted">({topic.entities.length} names)</span>
            </summary>
            <ul class="entities">
              {topic.entities.map((entity) => (
                <EntityRow key={entity.id} topic={topic.id} entity={entity} onSave={onSave} />
              ))}
            </ul>
          </details>
        ))
      )}
    </section>
  );
}

function EntityRow({ topic, entity, onSave }: { topic: string; entity: Topic['entities'][number]; onSave: TopicsPanelProps['onSave'] }) {
  const [spellings, setSpellings] = useState([entity.name, ...entity.aliases].join(', '));
  const [status, setStatus] = useState('');
  const id = `spellings-${topic}-${entity.id}`;

  async function save(event: Event) {
    event.preventDefault();
    const [name = '', ...aliases] = spellings.split(',').map((s) => s.trim()).filter(Boolean);
    try {
      await onSave(topic, entity.id, name, aliases);
      setStatus('Saved.');
    } catch (error) {
      setStatus(`Not saved: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  return (
    <li data-entity={entity.id}>
      <form onSubmit={save}>
        <label for={id}>
          {entity.name} <span class="muted">{entity.kind}</span>
        </label>
        <input id={id} value={spellings} onInput={(e) => setSpellings((e.currentTarget as HTMLInputElement).value)} aria-describedby={`${id}-hint`} />
        <span id={`${id}-hint`} class="muted">
          Spellings, name first, separated by commas
        </span>
        <button type="submit">Save</button>
        <span role="status">{status}</span>
      </form>
    </li>
  );
}
