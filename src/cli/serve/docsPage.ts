/**
 * `/docs`: a small, self-contained HTML page listing every route of the OpenAPI document with its parameters. The
 * usual viewers (Swagger UI, Scalar) load their code from a CDN, and the server makes no outgoing request nor asks
 * its users' browsers to, so the page is written here, from the document, with no script.
 *
 * @module
 */

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);
}

interface Parameter {
  readonly name: string;
  readonly in: string;
  readonly required?: boolean;
  readonly description?: string;
  readonly schema?: { readonly example?: unknown; readonly enum?: readonly unknown[] };
}

interface Operation {
  readonly summary?: string;
  readonly description?: string;
  readonly parameters?: readonly Parameter[];
}

/** The page for an OpenAPI document. */
export function docsPage(document: Record<string, unknown>): string {
  const info = document['info'] as { title: string; version: string; description?: string };
  const paths = document['paths'] as Record<string, Record<string, Operation>>;
  const sections: string[] = [];
  for (const [path, operations] of Object.entries(paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      const rows = (operation.parameters ?? []).map((parameter) => {
        const example = parameter.schema?.example;
        return (
          `<tr><td><code>${escapeHtml(parameter.name)}</code></td><td>${escapeHtml(parameter.in)}${parameter.required ? ', required' : ''}</td>` +
          `<td>${escapeHtml(parameter.description ?? '')}${example === undefined ? '' : ` <span class="ex">e.g. <code>${escapeHtml(String(example))}</code></span>`}</td></tr>`
        );
      });
      sections.push(
        `<section><h2><span class="method">${escapeHtml(method.toUpperCase())}</span> <code>${escapeHtml(path)}</code></h2>` +
          `<p>${escapeHtml(operation.summary ?? '')}</p>${operation.description ? `<p class="d">${escapeHtml(operation.description)}</p>` : ''}` +
          (rows.length ? `<table><tr><th>Parameter</th><th>In</th><th>Meaning</th></tr>${rows.join('')}</table>` : '') +
          '</section>',
      );
    }
  }
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(info.title)} ${escapeHtml(info.version)} — HTTP API</title>
<style>body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
h2{font-size:1.05rem;margin:2rem 0 .3rem}.method{background:#234;color:#fff;padding:.1rem .4rem;border-radius:3px;font-size:.85rem}
table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:.3rem .5rem;text-align:left;vertical-align:top}
.d,.ex{color:#555}code{font-size:.92em}</style></head>
<body><h1>${escapeHtml(info.title)} ${escapeHtml(info.version)}</h1><p>${escapeHtml(info.description ?? '')}</p>
<p>The machine-readable description: <a href="/openapi.json">/openapi.json</a> (OpenAPI 3.1).</p>
${sections.join('\n')}
</body></html>
`;
}
