/**
 * A readable API reference rendered in the browser from /api/openapi.json, with no CDN: a small page of our own.
 */
export const apiDocsPage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Maillage API</title>
<style>
body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#1d2733;background:#f6f7f9}
header{background:#1f4e5f;color:#fff;padding:16px 24px}header h1{margin:0;font-size:20px}
main{max-width:980px;margin:0 auto;padding:16px 24px}
section{background:#fff;border:1px solid #dde2e8;border-radius:8px;margin:12px 0;padding:12px 16px}
h2{font-size:17px;margin:24px 0 8px}.op{display:flex;gap:10px;align-items:baseline}
.m{font:600 12px monospace;padding:2px 6px;border-radius:4px;color:#fff;min-width:52px;text-align:center}
.get{background:#2f7d4f}.post{background:#1f5fa8}.patch{background:#9a6a00}.delete{background:#a33}.put{background:#6a3fa0}
code{font-size:13px}details{margin-top:6px}pre{background:#f1f3f5;padding:8px;overflow:auto;font-size:12px}
</style></head><body><header><h1>Maillage API</h1><div>JSON under /api · OpenAPI 3.1: <a style="color:#cde" href="/api/openapi.json">/api/openapi.json</a> · Authenticate with <code>Authorization: Bearer &lt;token&gt;</code> (create one with <code>maillage token create</code>)</div></header>
<main id="root">Loading…</main>
<script>
fetch('/api/openapi.json').then(r=>r.json()).then(doc=>{
  const root=document.getElementById('root');root.textContent='';
  const byTag={};
  for(const [path,ops] of Object.entries(doc.paths||{}))for(const [method,op] of Object.entries(ops)){
    const tag=(op.tags&&op.tags[0])||'Other';(byTag[tag]=byTag[tag]||[]).push({path,method,op});}
  for(const [tag,list] of Object.entries(byTag)){
    const h=document.createElement('h2');h.textContent=tag;root.appendChild(h);
    for(const {path,method,op} of list){
      const s=document.createElement('section');
      const d=document.createElement('div');d.className='op';
      const m=document.createElement('span');m.className='m '+method;m.textContent=method.toUpperCase();
      const p=document.createElement('code');p.textContent=path;
      const t=document.createElement('span');t.textContent=op.summary||'';
      d.append(m,p,t);s.appendChild(d);
      const det=document.createElement('details');const sum=document.createElement('summary');sum.textContent='Schema';
      const pre=document.createElement('pre');pre.textContent=JSON.stringify({parameters:op.parameters,requestBody:op.requestBody,responses:op.responses},null,2);
      det.append(sum,pre);s.appendChild(det);root.appendChild(s);}
  }
}).catch(e=>{document.getElementById('root').textContent='Could not load the API description: '+e});
</script></body></html>`;
