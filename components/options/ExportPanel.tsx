import { useState } from 'preact/hooks';

export interface ExportPanelProps {
  topics: { id: string; name: string }[];
  /** Build the pack for one topic (by id), or the whole corpus when it is empty; resolves with its JSON. */
  onExport: (topic: string) => Promise<string>;
}

/** Export the whole corpus or one topic as a pack, downloaded as a JSON file. */
export function ExportPanel({ topics, onExport }: ExportPanelProps) {
  const [topic, setTopic] = useState('');
  const [status, setStatus] = useState('');

  async function download() {
    setStatus('Building the pack…');
    try {
      const json = await onExport(topic);
      // A blob URL keeps it local: nothing leaves the machine.
      const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = `tally-${topic ? slug(topic) : 'corpus'}-${new Date().toISOString().slice(0, 10)}.json`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      setStatus(`Exported ${Math.ceil(json.length / 1024).toLocaleString('en')} kB.`);
    } catch (error) {
      setStatus(`Export failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  return (
    <section class="panel" aria-labelledby="export-heading">
      <h2 id="export-heading">Export</h2>
      <div class="row">
        <label>
          What
          <select value={topic} onChange={(e) => setTopic((e.currentTarget as HTMLSelectElement).value)}>
            <option value="">The whole corpus</option>
            {topics.map((t) => (
              <option key={t.id} value={t.id}>
                Topic: {t.name}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={download}>
          Download pack
        </button>
      </div>
      <p role="status" class="muted">
        {status}
      </p>
    </section>
  );
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'topic';
}
