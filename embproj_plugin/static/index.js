var xf=Object.defineProperty;var yf=(i,e,t)=>e in i?xf(i,e,{enumerable:!0,configurable:!0,writable:!0,value:t}):i[e]=t;var X=(i,e,t)=>yf(i,typeof e!="symbol"?e+"":e,t);var lr=class extends Error{constructor(t,n,s){super(n.error+(n.file?` (${n.file})`:""));X(this,"status",t);X(this,"body",n);X(this,"url",s)}},Ai=class extends lr{constructor(e,t,n){super(409,{error:`the download ended after ${t}${n===null?"":` of ${n}`} bytes: the file changed or failed its checksum while it was being read`,file:null,hint:"It is probably being written (a trainer saving); reload once it is complete."},e)}};async function cr(i,e){let t,n=await i.text().catch(()=>"");try{let s=JSON.parse(n);t=typeof s?.error=="string"?s:{error:n||i.statusText}}catch{t={error:n.trim()||`HTTP ${i.status} ${i.statusText}`}}return new lr(i.status,t,e)}async function hs(i,e,t){let n=await fetch(i,{signal:t});if(!n.ok)throw await cr(n,i);let s=n.headers.get("Content-Length"),r=(n.headers.get("Content-Encoding")??"identity").toLowerCase(),o=s!==null&&s!==""&&r==="identity"?Number(s):null;if(!n.body){let d=await n.arrayBuffer();return e?.(d.byteLength,o??d.byteLength),{buffer:d,headers:n.headers}}let a=n.body.getReader(),c=o!==null&&o>0?new Uint8Array(o):null,l=[],u=0;for(e?.(0,o);;){let d;try{d=await a.read()}catch(y){throw t?.aborted?y:new Ai(i,u,o)}let{done:f,value:g}=d;if(f)break;c&&u+g.length<=c.length?c.set(g,u):(c&&(l.push(c.subarray(0,u)),c=null),l.push(g)),u+=g.length,e?.(u,o)}if(o!==null&&u!==o)throw new Ai(i,u,o);e?.(u,u);let h;if(c)h=u===c.length?c.buffer:c.slice(0,u).buffer;else{let d=new Uint8Array(u),f=0;for(let g of l)d.set(g,f),f+=g.length;h=d.buffer}return{buffer:h,headers:n.headers}}function ds(i){let e=i.shape??i.tensorShape;return e&&e.length===2?[Number(e[0]),Number(e[1])]:null}function Ei(i,e){let t=`run=${encodeURIComponent(i)}`;return e!==void 0&&(t+=`&name=${encodeURIComponent(e)}`),t}async function Ca(i){let e=await fetch(i,{cache:"no-store"});if(!e.ok)throw await cr(e,i);return e.json()}function vf(i){let e=/charset=([^;\s]+)/i.exec(i??"")?.[1]?.replace(/"/g,"")??"utf-8";try{return new TextDecoder(e).encoding}catch{return"utf-8"}}var At={runs:()=>Ca("./runs"),info:i=>Ca(`./info?${Ei(i)}`),tensorUrl:(i,e,t=null)=>`./tensor?${Ei(i,e)}${t===null?"":`&step=${t}`}`,metadataUrl:(i,e)=>`./metadata?${Ei(i,e)}`,spriteUrl:(i,e)=>`./sprite_image?${Ei(i,e)}`,async tensor(i,e,t,n,s,r=null){let o=At.tensorUrl(i,e,r),{buffer:a,headers:c}=await hs(o,n,s).catch(f=>{if(f instanceof Ai)return hs(o,n,s);throw f}),l=t?.[0]??0,u=t?.[1]??0,h=c.get("X-Embproj-Shape");if(h){let f=h.split(",").map(g=>Number(g.trim()));f.length===2&&f.every(Number.isFinite)&&([l,u]=f)}if(a.byteLength%4!==0)throw new Error(`tensor ${e}: ${a.byteLength} bytes is not float32 data`);let d=new Float32Array(a);if(u||(u=l?d.length/l:1),l||(l=d.length/u),l*u!==d.length)throw new Error(`tensor ${e}: got ${d.length} values, expected ${l} x ${u}`);return{data:d,n:l,d:u,etag:c.get("ETag")}},async tensorEtag(i,e){let t=await fetch(At.tensorUrl(i,e),{method:"HEAD",cache:"no-store"});return t.ok?t.headers.get("ETag"):null},bookmarks:(i,e)=>Ca(`./bookmarks?${Ei(i,e)}`),async saveBookmarks(i,e,t){let n=`./bookmarks?${Ei(i,e)}`,s=await fetch(n,{method:"POST",headers:{"Content-Type":"application/json"},body:JSON.stringify(t)});if(!s.ok)throw await cr(s,n);return(await s.json()).saved},async metadata(i,e,t,n){let{buffer:s,headers:r}=await hs(At.metadataUrl(i,e),t,n);return new TextDecoder(vf(r.get("Content-Type"))).decode(s)},async sprite(i,e,t,n){let{buffer:s,headers:r}=await hs(At.spriteUrl(i,e),t,n);return new Blob([s],{type:r.get("Content-Type")||"image/png"})}};function Nc(i,e=3e4){let t=null;try{if(window.parent&&window.parent!==window){let s=new MessageChannel;t=s.port1,t.onmessage=r=>{let o=null;try{o=JSON.parse(String(r.data))}catch{return}!o||o.isReply||(o.type==="experimental.DataReloaded"&&i(),t.postMessage(JSON.stringify({type:o.type,id:o.id,payload:null,error:null,isReply:!0})))},t.start(),window.parent.postMessage("experimental.bootstrap","*",[s.port2])}}catch{t=null}let n=window.setInterval(()=>{document.hidden||i()},e);return()=>{window.clearInterval(n),t?.close()}}var ur=class{constructor(e){X(this,"canvas");X(this,"ctx");this.canvas=document.createElement("canvas"),this.canvas.className="ep-labels",this.canvas.setAttribute("aria-hidden","true"),e.appendChild(this.canvas),this.ctx=this.canvas.getContext("2d")}draw(e,t,n,s){let r=this.ctx;if(!r)return;let o=window.devicePixelRatio||1;(this.canvas.width!==Math.round(t*o)||this.canvas.height!==Math.round(n*o))&&(this.canvas.width=Math.round(t*o),this.canvas.height=Math.round(n*o),this.canvas.style.width=`${t}px`,this.canvas.style.height=`${n}px`),r.setTransform(o,0,0,o,0,0),r.clearRect(0,0,t,n);let a=[];for(let c of e){r.font=`${c.strong?"600 ":""}12px Roboto, system-ui, sans-serif`;let l=c.text.length>40?`${c.text.slice(0,39)}…`:c.text,u=r.measureText(l).width,h={x0:c.x+7,y0:c.y-14,x1:c.x+9+u,y1:c.y+2};a.some(d=>d.x0<h.x1&&h.x0<d.x1&&d.y0<h.y1&&h.y0<d.y1)||(a.push(h),r.lineWidth=3,r.lineJoin="round",r.strokeStyle=s?"rgba(27,28,30,.9)":"rgba(255,255,255,.9)",r.fillStyle=s?c.strong?"#ffffff":"#d0d3d8":c.strong?"#000000":"#3c4043",r.strokeText(l,c.x+8,c.y-4),r.fillText(l,c.x+8,c.y-4))}}};var _f=["#4e79a7","#f28e2b","#e15759","#76b7b2","#59a14f","#edc948","#b07aa1","#ff9da7","#9c755f","#17becf"],Ra="#bab0ac",Dc="#6f6f6f",bf="#3f6fb5",Sf="#7fb2ff",Pa="other",Ia="(missing)",hr=[[68,1,84],[72,36,117],[65,68,135],[53,95,141],[42,120,142],[33,145,140],[34,168,132],[68,191,112],[122,209,81],[189,223,38],[253,231,37]];function fs(i){let e=parseInt(i.slice(1),16);return[(e>>16&255)/255,(e>>8&255)/255,(e&255)/255]}function Fc(i){let e=Math.min(1,Math.max(0,i))*(hr.length-1),t=Math.min(hr.length-2,Math.floor(e)),n=e-t,s=hr[t],r=hr[t+1];return[0,1,2].map(o=>(s[o]+(r[o]-s[o])*n)/255)}function Uc(i){let[e,t,n]=Fc(i);return`rgb(${Math.round(e*255)},${Math.round(t*255)},${Math.round(n*255)})`}function Mf(i,e=_f){let t=new Map,n=0;for(let c of i)c===""?n++:t.set(c,(t.get(c)??0)+1);let s=[...t.entries()].sort((c,l)=>l[1]-c[1]||(c[0]<l[0]?-1:c[0]>l[0]?1:0)),r=new Map,o=[],a=0;return s.forEach(([c,l],u)=>{u<e.length?(r.set(c,e[u]),o.push({label:c,count:l,color:e[u]})):(r.set(c,Ra),a+=l)}),a>0&&o.push({label:Pa,count:a,color:Ra}),n>0&&o.push({label:Ia,count:n,color:Dc}),{entries:o,colorOf:r}}function Oc(i,e,t,n){let s=fs(n?Sf:bf),r=fs(Dc);if(!i){for(let l=0;l<e;l++)t.set(s,l*3);return{kind:"none"}}if(i.kind==="numeric"&&i.numbers){let{min:l=0,max:u=1}=i,h=u>l?u-l:1;for(let d=0;d<e;d++){let f=d<i.numbers.length?i.numbers[d]:NaN;t.set(Number.isNaN(f)?r:Fc((f-l)/h),d*3)}return{kind:"numeric",column:i.name,min:l,max:u,missing:i.missing}}let{entries:o,colorOf:a}=Mf(i.values),c=new Map;for(let l=0;l<e;l++){let u=i.values[l]??"",h;u===""?h=r:(h=c.get(u)??fs(a.get(u)??Ra),c.set(u,h)),t.set(h,l*3)}return{kind:"categorical",column:i.name,entries:o}}function Bc(i,e,t,n,s,r=.82){let o=new Set(e.filter(l=>l.label!==Pa&&l.label!==Ia).map(l=>l.label)),a=0,c=n.length/3;for(let l=0;l<c;l++){let u=i[l]??"";if((u===""?Ia:o.has(u)?u:Pa)===t){a++;continue}for(let d=0;d<3;d++)n[l*3+d]+=(s[d]-n[l*3+d])*r}return a}function ps(i,e,t,n=.82){let s=new Uint8Array(e.length/3);for(let r of i)s[r]=1;for(let r=0;r<s.length;r++)if(!s[r])for(let o=0;o<3;o++)e[r*3+o]+=(t[o]-e[r*3+o])*n}function kc(i,e){let t=new Float32Array(e*3),n=i.columns[i.colorColumn]??null,s=Oc(n,e,t,i.dark),r=fs(i.dark?"#1b1c1e":"#ffffff");return n&&s.kind==="categorical"&&i.focusCategory!==null&&Bc(n.values,s.entries,i.focusCategory,t,r),i.searchMatches&&ps(i.searchMatches,t,r),i.movedPoints&&ps(i.movedPoints,t,r),i.selection.length>1&&ps(i.selection,t,r,.75),i.neighbors&&i.selected>=0&&ps(Int32Array.from([i.selected,...i.neighbors.map(o=>o.index)]),t,r,.65),{rgb:t,legend:s}}function La(i,e,t,n){let s=new Float32Array(e*3),r=[1/0,1/0,1/0],o=[-1/0,-1/0,-1/0],a=h=>{if(n)for(let d of n)h(d);else for(let d=0;d<e;d++)h(d)};a(h=>{for(let d=0;d<t;d++){let f=i[h*t+d];Number.isFinite(f)&&(f<r[d]&&(r[d]=f),f>o[d]&&(o[d]=f))}});let c=0,l=[0,0,0];for(let h=0;h<t;h++)r[h]>o[h]&&(r[h]=0,o[h]=0),l[h]=(r[h]+o[h])/2,c=Math.max(c,(o[h]-r[h])/2);let u=c>0?1/c:1;if(n)for(let h=0;h<e;h++)s[h*3+2]=dr;return a(h=>{s[h*3+2]=0;for(let d=0;d<t&&d<3;d++){let f=i[h*t+d];s[h*3+d]=Number.isFinite(f)?(f-l[d])*u:0}}),s}var dr=1e7;var ms=new Int32Array(0);function wf(i,e){let t=new Int32Array(i.length+e.length),n=0,s=0,r=0;for(;n<i.length||s<e.length;){let o=s>=e.length||n<i.length&&i[n]<=e[s]?i[n++]:e[s++];(r===0||t[r-1]!==o)&&(t[r++]=o)}return t.slice(0,r)}function Af(i,e){let t=new Int32Array(i.length),n=0,s=0;for(let r=0;r<i.length;r++){for(;n<e.length&&e[n]<i[r];)n++;n<e.length&&e[n]===i[r]||(t[s++]=i[r])}return t.slice(0,s)}function Ti(i,e){let t=0,n=i.length-1;for(;t<=n;){let s=t+n>>1;if(i[s]===e)return!0;i[s]<e?t=s+1:n=s-1}return!1}function gs(i,e,t){return t==="add"?wf(i,e):t==="remove"?Af(i,e):e}function Ef(i,e,t){let n=!1,s=t.length>>1;for(let r=0,o=s-1;r<s;o=r++){let a=t[2*r],c=t[2*r+1],l=t[2*o],u=t[2*o+1];c>e!=u>e&&i<(l-a)*(e-c)/(u-c)+a&&(n=!n)}return n}function zc(i,e,t,n,s,r,o){let a=Math.min(t,s),c=Math.max(t,s),l=Math.min(n,r),u=Math.max(n,r),h=[];for(let d=0;d<i.length;d++){let f=i[d],g=e[d];f>=a&&f<=c&&g>=l&&g<=u&&(!o||o(d))&&h.push(d)}return Int32Array.from(h)}function Vc(i,e,t,n){if(t.length<6)return ms;let s=1/0,r=-1/0,o=1/0,a=-1/0;for(let l=0;l<t.length;l+=2)s=Math.min(s,t[l]),r=Math.max(r,t[l]),o=Math.min(o,t[l+1]),a=Math.max(a,t[l+1]);let c=[];for(let l=0;l<i.length;l++){let u=i[l],h=e[l];u>=s&&u<=r&&h>=o&&h<=a&&(n&&!n(l)||Ef(u,h,t)&&c.push(l))}return Int32Array.from(c)}var Et=class extends Error{constructor(e="superseded by a newer request"){super(e),this.name="CancelledError"}},Wn=class{constructor(e,t={}){X(this,"port",e);X(this,"nextId",1);X(this,"pending",new Map);X(this,"listeners",new Map);X(this,"errorClasses");X(this,"failure",null);this.errorClasses={CancelledError:Et,...t},e.addEventListener("message",n=>this.receive(n.data)),e.start?.()}call(e,t,n={}){return this.request(e,t,n).result}request(e,t,n={}){let s=this.nextId++,{signal:r}=n,o=new Promise((a,c)=>{if(this.failure)return c(this.failure);if(r?.aborted)return c(r.reason);let l=()=>{this.settle(s)&&(c(r.reason),this.port.postMessage({cancel:s}))};r?.addEventListener("abort",l);let u=()=>r?.removeEventListener("abort",l);this.pending.set(s,{resolve:a,reject:c,onProgress:n.onProgress,release:u});try{this.port.postMessage({id:s,method:e,args:t},n.transfer??[])}catch(h){this.settle(s),c(h)}});return{id:s,result:o}}on(e,t){let n=this.listeners.get(e);return n||this.listeners.set(e,n=new Set),n.add(t),()=>n.delete(t)}abandon(e,t=new Et){this.settle(e)?.reject(t)}fail(e){this.failure??(this.failure=e);for(let[t,n]of this.pending)this.settle(t),n.reject(this.failure)}close(e){this.fail(e),this.listeners.clear()}settle(e){let t=this.pending.get(e);return this.pending.delete(e),t?.release(),t}receive(e){if("event"in e){for(let n of this.listeners.get(e.event)??[])n(e.data);return}if("progress"in e){this.pending.get(e.id)?.onProgress?.(e.progress);return}let t=this.settle(e.id);t&&("error"in e?t.reject(new(this.errorClasses[e.name]??Error)(e.error)):t.resolve(e.result))}};function fr(i,e=!1){let t=i.byteOffset===0&&i.byteLength===i.buffer.byteLength;if(t&&!e)return{array:i,transfer:[]};let n=t?i:i.slice();return{array:n,transfer:[n.buffer]}}var Ci=class{constructor(){X(this,"controller",new AbortController)}cancel(e=new Et){this.controller.abort(e),this.controller=new AbortController}next(){return this.cancel(),this.controller.signal}run(e){let t=this.next(),n=e(t);return new Promise((s,r)=>{let o=()=>r(t.reason);t.addEventListener("abort",o),n.then(s,r).finally(()=>t.removeEventListener("abort",o))})}};function Ri(i,e,t,n){i.addEventListener("error",s=>{s.preventDefault();let r=s.message;n(new Error(`${e} worker failed: ${r||`could not start ${t}`}`))}),i.addEventListener("messageerror",()=>n(new Error(`${e} worker failed: a message from it could not be read`)))}function pr(i,e,t,n=!1){if(i.length<e*t)throw new RangeError(`load: ${i.length} values for ${e} x ${t}`);let{array:s,transfer:r}=fr(i.subarray(0,e*t),n);return{rows:{data:s,n:e,d:t},transfer:r}}var Na=class{constructor(e,t=()=>{}){X(this,"onDispose",t);X(this,"rpc");X(this,"pendingLoad",0);X(this,"currentRun",0);X(this,"failureListeners",new Set);this.rpc=new Wn(e)}load(e,t,n,s={}){let{rows:r,transfer:o}=pr(e,t,n,s.transfer);this.supersedeRun(),this.rpc.abandon(this.pendingLoad);let a=this.rpc.request("load",r,{transfer:o});return this.pendingLoad=a.id,a.result}start(e,t={}){this.supersedeRun();let n=this.rpc.request("start",{options:e},{onProgress:t.onProgress});return this.currentRun=n.id,n.result}pause(){return this.rpc.call("pause",{})}resume(){return this.rpc.call("resume",{})}perturb(e){return this.rpc.call("perturb",{amount:e})}stop(){return this.rpc.call("stop",{})}setMaxIterations(e){return this.rpc.call("setMaxIterations",{maxIterations:e})}setSupervision(e){return this.rpc.call("setSupervision",{supervise:e})}onFrame(e){return this.rpc.on("frame",t=>{t.run===this.currentRun&&e(t.coordinates,t.iteration,t.converged,t)})}onState(e){return this.rpc.on("state",({run:t,status:n})=>{t===this.currentRun&&e(n)})}fail(e){this.rpc.fail(e);for(let t of this.failureListeners)t(e)}onFailure(e){return this.failureListeners.add(e),()=>this.failureListeners.delete(e)}dispose(){this.rpc.close(new Et("t-SNE client disposed")),this.onDispose()}supersedeRun(){this.rpc.abandon(this.currentRun),this.currentRun=0}};function Hc(i=new URL("./tsne.worker.js",import.meta.url)){let e=new Worker(i,{type:"module"}),t=new Na(e,()=>e.terminate());return Ri(e,"t-SNE",i,n=>t.fail(n)),t}function C(i,e={},...t){let n=document.createElement(i);for(let[s,r]of Object.entries(e))r==null||r===!1||(s.startsWith("on")&&typeof r=="function"?n.addEventListener(s.slice(2),r):s==="className"?n.className=String(r):r===!0?n.setAttribute(s,""):n.setAttribute(s,String(r)));for(let s of t)s!=null&&s!==!1&&n.append(s);return n}function Tt(i,e,t){i.options.length===e.length&&e.every((s,r)=>i.options[r].value===s.value&&i.options[r].text===s.label)||i.replaceChildren(...e.map(s=>C("option",{value:s.value},s.label))),i.value=t}function Da(i){return i<1024?`${i} B`:i<1024*1024?`${(i/1024).toFixed(1)} KiB`:i<1024**3?`${(i/1024/1024).toFixed(1)} MiB`:`${(i/1024**3).toFixed(2)} GiB`}function Fa(i){if(!Number.isFinite(i))return String(i);if(Number.isInteger(i))return i.toLocaleString("en-US");let e=Math.abs(i);return e!==0&&(e<.001||e>=1e6)?i.toExponential(3):String(Number(i.toPrecision(4)))}var Gc="http://www.w3.org/2000/svg";function Wc(i,e){return i.altKey||e&&(i.ctrlKey||i.metaKey)?"remove":i.shiftKey?"add":"replace"}function Xc(i){let{store:e,plot:t}=i,n=document.createElementNS(Gc,"svg");n.setAttribute("class","ep-sel-svg");let s=document.createElementNS(Gc,"path");s.setAttribute("class","ep-sel-shape"),n.appendChild(s);let r=C("div",{className:"ep-sel-overlay","data-testid":"selection-overlay"});r.appendChild(n),t.appendChild(r);let o=["pan","box","lasso"].map(y=>{let p=C("button",{"data-testid":`select-mode-${y}`,title:{pan:"Pan / rotate (Ctrl+drag: box select)",box:"Box select (Shift adds, Alt removes)",lasso:"Lasso select (Shift adds, Alt removes)"}[y]},{pan:"Pan",box:"Box",lasso:"Lasso"}[y]);return p.addEventListener("click",()=>e.set({selectMode:y})),p}),a=C("span",{className:"ep-seg","data-testid":"select-modes"},...o),c=()=>{let y=e.state.selectMode;o.forEach((p,m)=>p.classList.toggle("ep-on",["pan","box","lasso"][m]===y)),r.classList.toggle("ep-active",y!=="pan"),r.dataset.mode=y};e.subscribe((y,p)=>{p.has("selectMode")&&c()}),c();let l=null,u=y=>{let p=t.getBoundingClientRect();return[y.clientX-p.left,y.clientY-p.top]},h=()=>{if(!l){s.setAttribute("d","");return}let y=l.pts;if(l.kind==="box"){let[p,m,v,S]=[y[0],y[1],y[y.length-2],y[y.length-1]];s.setAttribute("d",`M${p},${m}H${v}V${S}H${p}Z`)}else{let p="";for(let m=0;m<y.length;m+=2)p+=`${m?"L":"M"}${y[m]},${y[m+1]}`;s.setAttribute("d",p+"Z")}},d=(y,p,m,v=!1)=>{l={kind:p,how:m,pts:u(y),id:y.pointerId,ctrlClick:v},r.classList.add("ep-dragging"),h()},f=y=>{if(!l||y.pointerId!==l.id)return;let[p,m]=u(y);if(l.kind==="box")l.pts=[l.pts[0],l.pts[1],p,m];else{let v=l.pts.length;Math.hypot(p-l.pts[v-2],m-l.pts[v-1])>=2&&l.pts.push(p,m)}h()},g=y=>{if(!l||y.pointerId!==l.id)return;f(y);let p=l;l=null,r.classList.remove("ep-dragging"),h();let m=p.pts,v=!0;for(let A=2;A<m.length&&v;A+=2)v=Math.abs(m[A]-m[0])<3&&Math.abs(m[A+1]-m[1])<3;if(v&&p.ctrlClick){let A=i.screenPositions(),w=-1,x=36;for(let E=0;E<A.x.length;E++){let U=(A.x[E]-m[0])**2+(A.y[E]-m[1])**2;U<x&&i.visible(E)&&(w=E,x=U)}w>=0&&i.onSelect(gs(e.state.selection,Int32Array.of(w),"remove"));return}if(v){p.how==="replace"&&i.onSelect(new Int32Array(0));return}let S=i.screenPositions(),_=p.kind==="box"?zc(S.x,S.y,m[0],m[1],m[2],m[3],i.visible):Vc(S.x,S.y,m,i.visible);i.onSelect(gs(e.state.selection,_,p.how))};return r.addEventListener("pointerdown",y=>{if(y.button===0){y.preventDefault();try{r.setPointerCapture(y.pointerId)}catch{}d(y,e.state.selectMode==="lasso"?"lasso":"box",Wc(y,!0))}}),r.addEventListener("pointermove",f),r.addEventListener("pointerup",g),r.addEventListener("pointercancel",()=>{l=null,r.classList.remove("ep-dragging"),h()}),t.addEventListener("pointerdown",y=>{if(e.state.selectMode!=="pan"||y.button!==0||!(y.ctrlKey||y.metaKey)||y.target===r)return;y.stopPropagation(),y.preventDefault(),d(y,"box",Wc({ctrlKey:!1,metaKey:!1,shiftKey:y.shiftKey,altKey:y.altKey},!1),!0);let p=v=>f(v),m=v=>{g(v),window.removeEventListener("pointermove",p,!0),window.removeEventListener("pointerup",m,!0)};window.addEventListener("pointermove",p,!0),window.addEventListener("pointerup",m,!0)},{capture:!0}),{toolbar:a,overlay:r}}var ui=class extends Error{constructor(e="UMAP stopped before the first epoch"){super(e),this.name="UmapStoppedError"}};var Ua=class{constructor(e,t=()=>{}){X(this,"onDispose",t);X(this,"rpc");X(this,"currentRun",0);X(this,"frameListeners",new Set);X(this,"progressListeners",new Set);X(this,"passOn",e=>{if("frame"in e)this.emit(e.frame);else for(let t of this.progressListeners)t(e.init)});this.rpc=new Wn(e,{UmapStoppedError:ui})}load(e,t,n,s={}){let{rows:r,transfer:o}=pr(e,t,n,s.transfer);return this.supersedeRun(),this.rpc.call("load",r,{transfer:o})}start(e={}){return this.supersedeRun(),this.run(this.rpc.request("start",e,{onProgress:this.passOn}))}resume(){return this.supersedeRun(),this.run(this.rpc.request("resume",{},{onProgress:this.passOn}))}stop(){return this.rpc.call("stop",{})}onFrame(e){return this.frameListeners.add(e),()=>this.frameListeners.delete(e)}onProgress(e){return this.progressListeners.add(e),()=>this.progressListeners.delete(e)}fail(e){this.rpc.fail(e)}dispose(){this.rpc.close(new Et("UMAP client disposed")),this.onDispose()}supersedeRun(){this.rpc.abandon(this.currentRun),this.currentRun=0}async run(e){this.currentRun=e.id;let t=await e.result;return this.emit(t),t}emit(e){for(let t of this.frameListeners)t(e.coordinates,e.epoch,e.nEpochs,e.done,e)}};function qc(i=new URL("./umap.worker.js",import.meta.url)){let e=new Worker(i,{type:"module"}),t=new Ua(e,()=>e.terminate());return Ri(e,"UMAP",i,n=>t.fail(n)),t}function Ut(i){let e=[];do{let t=i&127;i>>>=7,i!==0&&(t|=128),e.push(t)}while(i!==0);return e}function $c(i){let e=[];for(;;){let t=i&127;i>>=7;let n=i===0&&(t&64)===0||i===-1&&(t&64)!==0;if(e.push(n?t:t|128),n)return e}}var En=2,Tn=4,Ba=4;function Zc(i,e){if(i%Ba!==0||e%2!==0)return null;let t=Tf();if(!t)return null;let n=i*e*8,s=i*i*8,r=Math.ceil((n+s)/65536)+1,o,a;try{o=new WebAssembly.Memory({initial:r}),a=new WebAssembly.Instance(t,{env:{memory:o}})}catch{return null}let c=a.exports.accumulate,l=new Float64Array(o.buffer,0,i*e),u=new Float64Array(o.buffer,n,i*i);return{block:l,upper:u,accumulate(h){h<=0||c(0,e*8,Math.ceil(h/2)*16,i,n)}}}var Pi;function Tf(){if(Pi!==void 0||(Pi=null,typeof WebAssembly>"u"))return Pi;let i=Rf();try{WebAssembly.validate(i)&&(Pi=new WebAssembly.Module(i))}catch{}return Pi}var Ii=127,Cf=123,Oe={end:11,loop:3,brIf:13,voidType:64,localGet:32,localSet:33,localTee:34,i32Const:65,i32Add:106,i32Mul:108,i32And:113,i32Shl:116,i32LtU:73,f64Load:43,f64Store:57,f64Add:160,simd:253},Li={v128Load:0,v128Const:12,f64x2ExtractLane:33,f64x2Add:240,f64x2Mul:242};function Xn(i){return[...Ut(i.length),...i.flat()]}function xs(i,e){return[i,...Ut(e.length),...e]}function Oa(i){let e=Array.from(new TextEncoder().encode(i));return[...Ut(e.length),...e]}var nt=i=>[Oe.localGet,...Ut(i)],Cn=i=>[Oe.localSet,...Ut(i)],Rn=i=>[Oe.i32Const,...$c(i)],Ni=i=>[Oe.simd,...Ut(i)],Yc=i=>[...i,...Ni(Li.v128Load),4,0];function Rf(){let l=8+En,u=l+Tn,h=u+1,d=h+En,f=d+1,g=(w,x)=>f+w*Tn+x,y=[],p=(...w)=>w.forEach(x=>y.push(...x)),m=(w,x,E)=>{p(nt(0),nt(x),nt(1),[Oe.i32Mul,Oe.i32Add],Cn(w));for(let U=1;U<E;U++)p(nt(w+U-1),nt(1),[Oe.i32Add],Cn(w+U))};p(Rn(0),Cn(5)),p([Oe.loop,Oe.voidType]),m(8,5,En),p(nt(5),Rn(-Tn),[Oe.i32And],Cn(6)),p([Oe.loop,Oe.voidType]),m(l,6,Tn);let v=[...Ni(Li.v128Const),...new Array(16).fill(0)];for(let w=0;w<En*Tn;w++)p(v,Cn(f+w));p(Rn(0),Cn(7)),p([Oe.loop,Oe.voidType]);for(let w=0;w<En;w++)p(Yc([...nt(8+w),...nt(7),Oe.i32Add]),Cn(h+w));for(let w=0;w<Tn;w++){p(Yc([...nt(l+w),...nt(7),Oe.i32Add]),Cn(d));for(let x=0;x<En;x++)p(nt(g(x,w)),nt(h+x),nt(d),Ni(Li.f64x2Mul),Ni(Li.f64x2Add),Cn(g(x,w)))}p(nt(7),Rn(16),[Oe.i32Add,Oe.localTee,...Ut(7)],nt(2),[Oe.i32LtU,Oe.brIf,0]),p([Oe.end]);for(let w=0;w<En;w++)for(let x=0;x<Tn;x++)p(nt(4),nt(5),Rn(w),[Oe.i32Add],nt(3),[Oe.i32Mul],nt(6),Rn(x),[Oe.i32Add,Oe.i32Add],Rn(3),[Oe.i32Shl,Oe.i32Add,Oe.localTee,...Ut(u)],nt(u),[Oe.f64Load,3,0],nt(g(w,x)),Ni(Li.f64x2ExtractLane),[0],nt(g(w,x)),Ni(Li.f64x2ExtractLane),[1],[Oe.f64Add,Oe.f64Add,Oe.f64Store,3,0]);p(nt(6),Rn(Tn),[Oe.i32Add,Oe.localTee,...Ut(6)],nt(3),[Oe.i32LtU,Oe.brIf,0]),p([Oe.end]),p(nt(5),Rn(En),[Oe.i32Add,Oe.localTee,...Ut(5)],nt(3),[Oe.i32LtU,Oe.brIf,0]),p([Oe.end]),p([Oe.end]);let _=[...Xn([[...Ut(u-5+1),Ii],[...Ut(f+En*Tn-h),Cf]]),...y],A=[96,...Xn([[Ii],[Ii],[Ii],[Ii],[Ii]]),...Xn([])];return new Uint8Array([0,97,115,109,1,0,0,0,...xs(1,Xn([A])),...xs(2,Xn([[...Oa("env"),...Oa("memory"),2,0,...Ut(1)]])),...xs(3,Xn([[0]])),...xs(7,Xn([[...Oa("accumulate"),0,0]])),...xs(10,Xn([[...Ut(_.length),..._]]))])}function Pf(i,e,t){let n=new Float64Array(t);for(let s=0;s<e;s++){let r=s*t;for(let o=0;o<t;o++)n[o]+=i[r+o]}return n}function ka(i,e,t){let n=Pf(i,e,t);if(e>0)for(let s=0;s<t;s++)n[s]/=e;return n}var ys=3;function If(i){let e=Math.floor(524288/(8*Math.max(i,1)));return Math.max(32,Math.min(256,e))&-8}function*Lf(i,e,t,n,s={}){let r=s.wasm!==!1&&e>0,o=r?Ba:ys,a=Math.ceil(t/o)*o,c=If(a),l=r?Zc(a,c):null;l||(a=Math.ceil(t/ys)*ys);let u=l?l.block:new Float64Array(a*c),h=l?l.upper:new Float64Array(a*a);for(let f=0;f<e;f+=c){let g=Math.min(c,e-f);g<c&&u.fill(0);let y=s.scaling;for(let p=0;p<g;p++){let m=(f+p)*t;if(y){let{centre:v}=y,S=y.scale[f+p];for(let _=0;_<t;_++)u[_*c+p]=(i[m+_]-v[_])*S-n[_]}else for(let v=0;v<t;v++)u[v*c+p]=i[m+v]-n[v]}l?l.accumulate(g):Nf(u,c,g,a,h),yield Math.min(1,(f+g)/e)}let d=new Float64Array(t*t);for(let f=0;f<t;f++)for(let g=f;g<t;g++){let y=h[f*a+g];d[f*t+g]=y,d[g*t+f]=y}return d}function za(i,e){let t=e>1?1/(e-1):1;for(let n=0;n<i.length;n++)i[n]*=t;return i}function*Jc(i,e,t,n,s={}){return za(yield*Lf(i,e,t,n,s),e)}function Nf(i,e,t,n,s){for(let r=0;r<n;r+=ys){let o=r*e,a=o+e,c=a+e;for(let l=r;l<n;l+=ys){let u=l*e,h=u+e,d=h+e,f=0,g=0,y=0,p=0,m=0,v=0,S=0,_=0,A=0;for(let U=0;U<t;U++){let D=i[o+U],R=i[a+U],L=i[c+U],O=i[u+U],P=i[h+U],G=i[d+U];f+=D*O,g+=D*P,y+=D*G,p+=R*O,m+=R*P,v+=R*G,S+=L*O,_+=L*P,A+=L*G}let w=r*n+l,x=w+n,E=x+n;s[w]+=f,s[w+1]+=g,s[w+2]+=y,s[x]+=p,s[x+1]+=m,s[x+2]+=v,s[E]+=S,s[E+1]+=_,s[E+2]+=A}}}function Kc(i,e,t,n){let s=new Float64Array(e);for(let r=0;r<e;r++){let o=r*t,a=0;for(let c=0;c<t;c++){let l=i[o+c]-n[c];a+=l*l}s[r]=a>0?1/Math.sqrt(a):0}return{centre:n,scale:s}}function Qc(i,e,t=e){let n=Math.max(0,Math.min(t,e)),s=Df(Float64Array.from(i),e),r=Float64Array.from(s.diagonal);Ff(r,Float64Array.from(s.offDiagonal),e),r.sort().reverse();let o=Uf(s,r.subarray(0,n),e);for(let a=0;a<n;a++)s.applyQ(o.subarray(a*e,a*e+e));return{values:r,vectors:o}}function Df(i,e){let t=new Float64Array(e),n=new Float64Array(e),s=[],r=new Float64Array(e);for(let a=0;a+2<e;a++){let c=a+1,l=e-c,u=i.slice(a*e+c,a*e+e),h=0;for(let S=0;S<l;S++)h+=u[S]*u[S];t[a]=i[a*e+a];let d=u[0],f=Math.sqrt(h),g=d>0?-f:f,y=2*(h-g*d);if(f===0||y<=Number.MIN_VALUE){n[a]=d;continue}u[0]=d-g;let p=2/y;n[a]=g,s.push({first:c,beta:p,v:u}),r.fill(0,0,l);for(let S=0;S<l;S++){let _=(c+S)*e+c,A=u[S],w=i[_+S]*A;for(let x=S+1;x<l;x++){let E=i[_+x];w+=E*u[x],r[x]+=E*A}r[S]+=w}let m=0;for(let S=0;S<l;S++)r[S]*=p,m+=u[S]*r[S];let v=.5*p*m;for(let S=0;S<l;S++)r[S]-=v*u[S];for(let S=0;S<l;S++){let _=(c+S)*e+c,A=u[S],w=r[S];for(let x=S;x<l;x++)i[_+x]-=A*r[x]+w*u[x]}}return e>=2&&(t[e-2]=i[(e-2)*e+e-2],n[e-2]=i[(e-2)*e+e-1]),e>=1&&(t[e-1]=i[(e-1)*e+e-1]),{diagonal:t,offDiagonal:n,applyQ:a=>{for(let c=s.length-1;c>=0;c--){let{first:l,beta:u,v:h}=s[c],d=0;for(let g=0;g<h.length;g++)d+=h[g]*a[l+g];let f=u*d;for(let g=0;g<h.length;g++)a[l+g]-=f*h[g]}}}}function Ff(i,e,t){for(let n=0;n<t;n++)for(let s=0;;s++){let r=n;for(;r<t-1;){let d=Math.abs(i[r])+Math.abs(i[r+1]);if(Math.abs(e[r])<=Number.EPSILON*d)break;r++}if(r===n)break;if(s>=64)throw new Error("symmetricEigen: QL did not converge");let o=(i[n+1]-i[n])/(2*e[n]),a=Math.hypot(o,1);o=i[r]-i[n]+e[n]/(o+(o>=0?a:-a));let c=1,l=1,u=0,h=!1;for(let d=r-1;d>=n;d--){let f=c*e[d],g=l*e[d];if(a=Math.hypot(f,o),e[d+1]=a,a===0){i[d+1]-=u,e[r]=0,h=!0;break}c=f/a,l=o/a,o=i[d+1]-u,a=(i[d]-o)*c+2*l*g,u=c*a,i[d+1]=o+u,o=l*a-g}h||(i[n]-=u,e[n]=o,e[r]=0)}}function Uf(i,e,t){let{diagonal:n,offDiagonal:s}=i,r=0;for(let h=0;h<t;h++)r=Math.max(r,Math.abs(n[h])+Math.abs(s[h])+(h>0?Math.abs(s[h-1]):0));let o=Math.max(r,Number.MIN_VALUE)*Number.EPSILON,a=new Float64Array(e.length*t),c=new Va(n,s,t,o),l=Of(625341585),u=0;for(let h=0;h<e.length;h++){h>0&&e[h-1]-e[h]>.001*r&&(u=h),c.factor(e[h]);let d=a.subarray(h*t,h*t+t);for(let f=0;f<t;f++)d[f]=l()-.5;for(let f=0;f<4;f++){jc(d),c.solve(d);for(let g=u;g<h;g++){let y=a.subarray(g*t,g*t+t),p=0;for(let m=0;m<t;m++)p+=d[m]*y[m];for(let m=0;m<t;m++)d[m]-=p*y[m]}if(!jc(d))for(let g=0;g<t;g++)d[g]=l()-.5}}return a}var Va=class{constructor(e,t,n,s){X(this,"diagonal",e);X(this,"off",t);X(this,"d",n);X(this,"tinyPivot",s);X(this,"u0");X(this,"u1");X(this,"u2");X(this,"multiplier");X(this,"swapped");this.u0=new Float64Array(n),this.u1=new Float64Array(n),this.u2=new Float64Array(n),this.multiplier=new Float64Array(n),this.swapped=new Uint8Array(n)}factor(e){let{diagonal:t,off:n,d:s}=this,r=t[0]-e,o=s>1?n[0]:0,a=0;for(let c=0;c+1<s;c++){let l=n[c],u=t[c+1]-e,h=c+2<s?n[c+1]:0;if(Math.abs(r)>=Math.abs(l)){let d=r===0?this.tinyPivot:r,f=l/d;this.setRow(c,d,o,a,f,0),r=u-f*o,o=h-f*a}else{let d=r/l;this.setRow(c,l,u,h,d,1),r=o-d*u,o=a-d*h}a=0}this.setRow(s-1,r===0?this.tinyPivot:r,0,0,0,0)}solve(e){let{d:t,u0:n,u1:s,u2:r,multiplier:o,swapped:a}=this;for(let c=0;c+1<t;c++){if(a[c]){let l=e[c];e[c]=e[c+1],e[c+1]=l}e[c+1]-=o[c]*e[c]}for(let c=t-1;c>=0;c--){let l=e[c];c+1<t&&(l-=s[c]*e[c+1]),c+2<t&&(l-=r[c]*e[c+2]),e[c]=l/n[c]}}setRow(e,t,n,s,r,o){this.u0[e]=t,this.u1[e]=n,this.u2[e]=s,this.multiplier[e]=r,this.swapped[e]=o}};function jc(i){let e=0;for(let s=0;s<i.length;s++)e=Math.max(e,Math.abs(i[s]));if(!(e>0)||!Number.isFinite(e))return!1;let t=0;for(let s=0;s<i.length;s++)t+=(i[s]/e)**2;let n=1/(e*Math.sqrt(t));for(let s=0;s<i.length;s++)i[s]*=n;return!0}function Of(i){let e=i>>>0;return()=>(e=Math.imul(e,1664525)+1013904223>>>0,e/4294967296)}var eu=10;function Ga(i,e,t,n=ka(i,e,t)){let{scale:s}=Kc(i,e,t,n),r=new Float32Array(e*t);for(let o=0;o<e;o++){let a=o*t,c=s[o];for(let l=0;l<t;l++)r[a+l]=(i[a+l]-n[l])*c}return r}function*Bf(i,e,t,n=eu){Wa(i,e,t);let s=ka(i,e,t);Xa(s);let r=yield*Vf(Jc(i,e,t,s),.95),o=kf(r,t,n,s);return yield 1,o}function kf(i,e,t,n){let s=Math.max(0,Math.min(t,e)),r=Qc(i,e,s),o=0;for(let u=0;u<e;u++)o+=i[u*e+u];let a=new Float32Array(s*e),c=new Float64Array(s),l=new Float64Array(s);for(let u=0;u<s;u++){let h=r.vectors.subarray(u*e,u*e+e),d=zf(h);for(let f=0;f<e;f++)a[u*e+f]=d*h[f];c[u]=Math.max(0,r.values[u]),l[u]=o>0?c[u]/o:0}return{components:a,variance:c,varianceFraction:l,totalVariance:o,mean:Float32Array.from(n)}}function tu(i,e,t,n=eu,s){let r=Bf(i,e,t,n);for(;;){let o=r.next();if(o.done)return o.value;s?.(o.value)}}function nu(i,e,t,n,s,r,o){Wa(i,e,t);let a=Math.floor(s.length/t);for(let d of r)if(!Number.isInteger(d)||d<0||d>=a)throw new RangeError(`project: component ${d} is not in 0..${a-1}`);let c=r.length,l=r.map(d=>Ha(n,0,s,d*t,t)),u=r.map(d=>o?Ha(o.centre,0,s,d*t,t):0),h=new Float32Array(e*c);for(let d=0;d<e;d++){let f=d*t,g=o?o.scale[d]:1;for(let y=0;y<c;y++)h[d*c+y]=g*(Ha(i,f,s,r[y]*t,t)-u[y])-l[y]}return h}function iu(i,e,t){Wa(i,e,t);let n=new Float32Array(e*3),s=Math.min(t,3);for(let r=0;r<e;r++)for(let o=0;o<s;o++)n[r*3+o]=i[r*t+o];return n}function Ha(i,e,t,n,s){let r=0;for(let o=0;o<s;o++)r+=i[e+o]*t[n+o];return r}function zf(i){let e=0;for(let t=0;t<i.length;t++)Math.abs(i[t])>Math.abs(e)&&(e=i[t]);return e<0?-1:1}function*Vf(i,e){for(;;){let t=i.next();if(t.done)return t.value;yield t.value*e}}function Wa(i,e,t){if(!Number.isInteger(e)||!Number.isInteger(t)||e<0||t<1||i.length<e*t)throw new RangeError(`expected an n x d = ${e} x ${t} Float32Array, got length ${i.length}`)}function Xa(i){let e=i.findIndex(t=>!Number.isFinite(t));if(e>=0)throw new Error(`the data has NaN or infinite values (column ${e})`)}var Hf=2048,qa=class{constructor(e,t=()=>{}){X(this,"onDispose",t);X(this,"workers");X(this,"loads",new Ci);X(this,"pcas",new Ci);X(this,"projects",new Ci);X(this,"pendingPca",null);X(this,"shape",{n:0,d:0});X(this,"shardRows",[]);X(this,"rawMean",null);X(this,"last",null);let n=Array.isArray(e)?e:[e];if(n.length===0)throw new Error("ComputeClient needs at least one worker port");this.workers=n.map(s=>new Wn(s))}get workerCount(){return this.workers.length}load(e,t,n,s={}){if(!Number.isInteger(t)||!Number.isInteger(n)||t<0||n<1||e.length<t*n)throw new RangeError(`load: ${e.length} values for ${t} x ${n}`);this.pcas.cancel(),this.projects.cancel(),this.shape={n:t,d:n},this.rawMean=null,this.last=null;let r=Math.max(1,Math.min(this.workers.length,Math.floor(t/Hf)));return this.shardRows=Gf(t,r),this.loads.run(async o=>{let a=0,c=this.shardRows.map((l,u)=>{let h=fr(e.subarray(a*n,(a+l)*n),r===1?s.transfer:!0);return a+=l,this.request(o,u,"load",{rows:h.array,n:l,d:n},{transfer:h.transfer})});return await Promise.all(c),{n:t,d:n}})}pca(e=10,t={}){return this.projects.cancel(),this.pcas.run(n=>{let s=this.computePca(n,e,t);this.pendingPca=s;let r=()=>{this.pendingPca===s&&(this.pendingPca=null)};return s.then(r,r),s})}project(e,t={}){return this.projects.run(async n=>{let s=null;for(;this.pendingPca;)s=await this.pendingPca.then(()=>null,h=>h),n.throwIfAborted();let r=this.last;if(!r)throw s instanceof Error&&!(s instanceof Et)?s:new Error("project: call pca first");let{mean:o,components:a}=r.result,c=await Promise.all(this.shardRows.map((h,d)=>this.request(n,d,"project",{mean:o,components:a,dims:e})));if(t.onProgress?.(1),c.length===1)return c[0];let l=new Float32Array(this.shape.n*e.length),u=0;for(let h of c)l.set(h,u),u+=h.length;return l})}fail(e){for(let t of this.workers)t.fail(e)}dispose(){let e=new Et("compute client disposed");for(let t of[this.loads,this.pcas,this.projects])t.cancel(e);for(let t of this.workers)t.close(e);this.onDispose()}async computePca(e,t,n){let s=n.spherize??!1,{n:r,d:o}=this.shape;if(this.shardRows.length===0)throw new Error("no data: call load first");let a=this.last;if(a&&a.k===t&&a.spherize===s)return ru(a.result,s,o);this.last=null;let c=s&&this.rawMean?this.rawMean:await this.sumRows(e,null);Xa(c),e.aborted||(this.rawMean=c);let l=s?await this.sumRows(e,c):c,u=new Float64Array(this.shardRows.length),h=await Promise.all(this.shardRows.map((y,p)=>this.request(e,p,"scatter",{mean:l},{onProgress:m=>{u[p]=m,n.onProgress?.(.95*u.reduce((v,S)=>v+S,0)/u.length)}}))),d=za(su(h),r),f={covariance:d,d:o,k:t,mean:l},g=await this.request(e,0,"principalAxes",f,{transfer:[d.buffer]});return n.onProgress?.(1),e.aborted||(this.last={k:t,spherize:s,result:g}),ru(g,s,o)}async sumRows(e,t){let n=await Promise.all(this.shardRows.map((o,a)=>this.request(e,a,"selectRows",{spherizeAround:t}))),s=su(n),r=this.shape.n;if(r>0)for(let o=0;o<s.length;o++)s[o]/=r;return s}request(e,t,n,s,r={}){return this.workers[t].call(n,s,{...r,signal:e})}};function Gf(i,e){return Array.from({length:e},(t,n)=>Math.floor(i*(n+1)/e)-Math.floor(i*n/e))}function su(i){let e=new Float64Array(i[0].length);for(let t of i)for(let n=0;n<e.length;n++)e[n]+=t[n];return e}function ru(i,e,t){return{components:i.components.slice(),variance:i.variance.slice(),varianceFraction:i.varianceFraction.slice(),totalVariance:i.totalVariance,mean:i.mean.slice(),spherized:e,k:i.variance.length,d:t}}function Wf(){let i=typeof navigator<"u"?navigator.hardwareConcurrency:0;return Math.max(1,Math.min(4,i||2))}function mr(i=new URL("./compute.worker.js",import.meta.url),e=Wf()){let t=Array.from({length:Math.max(1,e)},()=>new Worker(i,{type:"module"})),n=new qa(t,()=>t.forEach(s=>s.terminate()));for(let s of t)Ri(s,"compute",i,r=>n.fail(r));return n}function hi(i){return i instanceof Et||i?.name==="CancelledError"||i?.name==="AbortError"}var Di=class{constructor(){X(this,"data",new Float32Array(0));X(this,"n",0);X(this,"d",0);X(this,"last",null)}async load(e,t,n){this.data=e,this.n=t,this.d=n,this.last=null}async pca(e,t){let n=t.spherize?Ga(this.data,this.n,this.d):this.data,s=tu(n,this.n,this.d,e);return this.last={data:n,mean:s.mean,components:s.components},{varianceFraction:Array.from(s.varianceFraction)}}async project(e){if(!this.last)throw new Error("project() before pca()");return nu(this.last.data,this.n,this.d,this.last.mean,this.last.components,e)}async identity(e){let t=e?Ga(this.data,this.n,this.d):this.data;return iu(t,this.n,this.d)}dispose(){this.data=new Float32Array(0),this.last=null}},$a=class{constructor(e=3e4){X(this,"startTimeoutMs",e);X(this,"client",mr());X(this,"local",new Di);X(this,"fallback",!1);X(this,"onFallback",null)}async load(e,t,n){if(await this.local.load(e,t,n),this.fallback)return;let s=0,r=new Promise(a=>{s=self.setTimeout(()=>a("timeout"),this.startTimeoutMs)});await Promise.race([this.client.load(e,t,n).then(()=>"ok",a=>{if(hi(a))throw a;return"failed"}),r]).finally(()=>self.clearTimeout(s))!=="ok"&&(this.fallback=!0,this.client.dispose(),this.onFallback?.("The compute worker (compute.worker.js) did not start; computing on the page instead."))}async pca(e,t){if(this.fallback)return this.local.pca(e,t);let n=await this.client.pca(e,{spherize:t.spherize,onProgress:t.onProgress});return{varianceFraction:Array.from(n.varianceFraction)}}project(e){return this.fallback?this.local.project(e):this.client.project(e)}identity(e){return this.local.identity(e)}dispose(){this.fallback||this.client.dispose(),this.local.dispose()}};function ou(){return typeof Worker=="function"?new $a:new Di}function gr(i,e){let t=e.trim();if(!t)return null;let n,s=/^\/(.+)\/([a-z]*)$/.exec(t);if(s)try{let o=(s[2].includes("c")?"":"i")+(s[2].includes("s")?"s":""),a;try{a=new RegExp(s[1],o+"u")}catch{a=new RegExp(s[1],o)}n=c=>a.test(c)}catch{return new Int32Array(0)}else{let o=t.toLowerCase();n=a=>a.toLowerCase().includes(o)}let r=[];for(let o=0;o<i.length;o++)n(i[o]??"")&&r.push(o);return Int32Array.from(r)}function au(i,e){let t=C("input",{type:"search",placeholder:"Search… (text or /regex/)","data-testid":"search-input","aria-label":"Search metadata",className:"ep-search"}),n=C("select",{"data-testid":"search-column","aria-label":"Search column"}),s=C("div",{className:"ep-meta","data-testid":"search-count"}),r=C("ul",{className:"ep-results","data-testid":"search-results"}),o=0,a=0,c=()=>{let h=i.state,d=h.columns[a],f=h.searchMatches,g=d?gr(d.values,t.value):null,y=g??(f&&h.selection===f?new Int32Array(0):h.selection);i.set({searchMatches:g,selection:g??y})};t.addEventListener("input",()=>{window.clearTimeout(o),o=window.setTimeout(c,120)}),n.addEventListener("change",()=>{a=Number(n.value),c()});let l=()=>{let h=i.state;Tt(n,h.columns.map((f,g)=>({value:String(g),label:f.name})),String(a));let d=h.searchMatches;s.textContent=d?`${d.length.toLocaleString("en-US")} match${d.length===1?"":"es"}`:"",r.replaceChildren(...(d?Array.from(d.subarray(0,12)):[]).map(f=>C("li",{"data-testid":"search-result","data-index":f,onclick:()=>i.set({selected:f})},e(f))))};i.subscribe((h,d)=>{d.has("columns")&&(t.value="",a=Math.max(0,h.labelColumn),h.searchMatches&&i.set({searchMatches:null})),(d.has("columns")||d.has("searchMatches")||d.has("labelColumn"))&&l()}),l();let u=C("section",{},C("h2",{},"Search"),C("div",{className:"ep-row"},t),C("div",{className:"ep-row"},C("label",{},"in"),n),s,r);return i.subscribe((h,d)=>{d.has("columns")&&(u.style.display=h.columns.length?"":"none")}),u.style.display="none",u}function lu(i,e,t){let n=new Float64Array(e);for(let s of t){let r=s*e;for(let o=0;o<e;o++)n[o]+=i[r+o]}if(t.length)for(let s=0;s<e;s++)n[s]/=t.length;return n}function cu(i,e){let t=new Uint8Array(e);for(let s of i)t[s]=1;let n=[];for(let s=0;s<e;s++)t[s]||n.push(s);return Int32Array.from(n)}function uu(i,e,t,n,s,r,o,a){let c=gr(n,s.negative),l=gr(n,s.positive),u=c?.length??0,h=l?.length??0,d=S=>{for(let _=0;_<e;_++)r[_*o+a]=0;return{negativeCount:u,positiveCount:h,problem:S}};if(!c&&!l)return d("no queries");if(c||(c=cu(l,e)),l||(l=cu(c,e)),!c.length||!l.length)return d("a side matches no rows");let f=lu(i,t,c),g=lu(i,t,l),y=new Float64Array(t),p=new Float64Array(t),m=0;for(let S=0;S<t;S++)y[S]=g[S]-f[S],p[S]=(g[S]+f[S])/2,m+=y[S]*y[S];if(m=Math.sqrt(m),!(m>0))return d("both sides have the same centroid");let v=0;for(let S=0;S<t;S++)y[S]/=m,v+=p[S]*y[S];for(let S=0;S<e;S++){let _=S*t,A=0;for(let w=0;w<t;w++)A+=i[_+w]*y[w];r[S*o+a]=A-v}return{negativeCount:u,positiveCount:h,problem:null}}function hu(i,e,t,n,s,r){let o=new Float32Array(e*2),a=uu(i,e,t,n,s,o,2,0),c=uu(i,e,t,n,r,o,2,1);return{coords:o,x:a,y:c}}var Fi=i=>i==="tsne"||i==="umap"||i==="custom",xr=i=>({method:i,state:"idle",iteration:0,total:0,progress:0,converged:!1,error:null,points:0});function Ya(i,e,t){if(!t)return i;let n=new Float32Array(t.length*e);return t.forEach((s,r)=>n.set(i.subarray(s*e,s*e+e),r*e)),n}function du(i,e,t,n){let s=Ya(i,e,t);if(!n)return s;let r=s===i?s.slice():s,o=r.length/e,a=new Float64Array(e);for(let c=0;c<o;c++)for(let l=0;l<e;l++)a[l]+=r[c*e+l];for(let c=0;c<e;c++)a[c]/=Math.max(1,o);for(let c=0;c<o;c++){let l=0;for(let h=0;h<e;h++){let d=r[c*e+h]-a[h];r[c*e+h]=d,l+=d*d}let u=l>0?1/Math.sqrt(l):0;for(let h=0;h<e;h++)r[c*e+h]*=u}return r}function yr(i,e,t,n){if(!n)return i;let s=new Float32Array(e*t).fill(NaN);return n.forEach((r,o)=>{for(let a=0;a<t;a++)s[r*t+a]=i[o*t+a]}),s}var vr=class{constructor(e){X(this,"host",e);X(this,"tsne",{perplexity:30,learningRate:"auto",maxIterations:1e3,seed:1,superviseColumn:-1,ignoredLabel:"",superviseWeight:.5});X(this,"umap",{nNeighbors:15,minDist:.1,spread:1,nEpochs:0,seed:1,metric:"euclidean"});X(this,"custom",{column:0,x:{negative:"",positive:""},y:{negative:"",positive:""}});X(this,"status",{tsne:xr("tsne"),umap:xr("umap")});X(this,"customResult",null);X(this,"last",{});X(this,"tsneClient",null);X(this,"umapClient",null);X(this,"loaded",{tsne:"",umap:""});X(this,"dataId",0);X(this,"dataRef",null);X(this,"listeners",new Set);X(this,"settingsVersion",0);X(this,"runRows",{tsne:null,umap:null});X(this,"pausedByLeaving",!1)}onChange(e){return this.listeners.add(e),()=>this.listeners.delete(e)}emit(){for(let e of this.listeners)e()}setStatus(e,t){this.status[e]={...this.status[e],...t},this.emit()}key(e=""){let t=this.host.getData();t&&t.data!==this.dataRef&&(this.dataRef=t.data,this.dataId++);let n=this.host.store.state.isolated,s=this.host.store.state.spherize?"spherized":"raw";return`${this.dataId}|${s}|${n?`${n.length}:${n[0]}:${n[n.length-1]}`:"all"}|${e}`}project(){let e=this.host.store.state;if(!Fi(e.method)||!this.host.getData())return;let t=e.is3d&&e.method!=="custom"?3:2,n=this.last[e.method];if(e.method==="custom"){this.runCustom();return}if(n&&n.k===t&&n.key===this.key()){this.draw(e.method,n.coords,t),e.method==="tsne"&&this.pausedByLeaving&&(this.pausedByLeaving=!1,this.resumeTsne());return}e.method==="umap"?this.runUmap():this.runTsne()}draw(e,t,n){if(this.last[e]={coords:t,k:n,key:this.key()},this.host.store.state.method!==e)return;let s=e==="tsne"?"t-SNE":e==="umap"?"UMAP":"custom";this.host.place(t,n,e==="custom"?["custom-x","custom-y"]:Array.from({length:n},(r,o)=>`${s}-${o}`))}applySettings(e){e.tsne&&Object.assign(this.tsne,e.tsne),e.umap&&Object.assign(this.umap,e.umap),e.custom&&Object.assign(this.custom,e.custom),this.settingsVersion++,this.emit(),e.custom&&this.host.store.state.method==="custom"&&this.runCustom()}setLayout(e,t,n){this.draw(e,t,n)}lastLayout(e){return this.last[e]??null}runCustom(){let e=this.host.getData(),n=this.host.store.state.columns[this.custom.column];if(!e)return;let s=hu(e.data,e.n,e.d,n?n.values:[],this.custom.x,this.custom.y);this.customResult=s,this.emit(),this.draw("custom",s.coords,2)}async runUmap(){let e=this.host.getData();if(!e)return;let t=this.host.store.state,n=t.isolated,s=t.is3d?3:2,r=this.key();try{this.umapClient||(this.umapClient=qc(),this.umapClient.onProgress(l=>this.setStatus("umap",{progress:l.fraction})),this.umapClient.onFrame((l,u,h,d,f)=>{this.setStatus("umap",{iteration:u,total:h,state:d?"done":"running"}),this.draw("umap",yr(l,this.host.getData()?.n??0,f.dim,this.runRows.umap),f.dim)})),this.setStatus("umap",{state:"initializing",iteration:0,total:0,progress:0,error:null,points:n?n.length:e.n}),this.loaded.umap!==r&&(this.loaded.umap="",await this.umapClient.load(du(e.data,e.d,n,t.spherize),n?n.length:e.n,e.d),this.loaded.umap=r),this.runRows.umap=n;let o=this.umap,a={nNeighbors:o.nNeighbors,minDist:o.minDist,spread:o.spread,seed:o.seed,metric:o.metric,dim:s};o.nEpochs>0&&(a.nEpochs=o.nEpochs);let c=await this.umapClient.start(a);this.setStatus("umap",{state:c.done?"done":"stopped"})}catch(o){if(hi(o))return;if(o instanceof ui){this.setStatus("umap",{state:"stopped",error:null,iteration:0});return}this.setStatus("umap",{state:"error",error:o instanceof Error?o.message:String(o)})}}stopUmap(){this.umapClient?.stop()}async runTsne(){this.pausedByLeaving=!1;let e=this.host.getData();if(!e)return;let t=this.host.store.state,n=t.isolated,s=n?n.length:e.n,r=t.is3d?3:2,o=this.key();try{if(!this.tsneClient){if(!this.host.createTsneClient)throw new Error("the t-SNE worker is not part of this build");this.tsneClient=this.host.createTsneClient(),this.tsneClient.onFrame((u,h,d,f)=>{this.setStatus("tsne",{iteration:h,converged:d,state:f.done?"done":this.status.tsne.state==="paused"?"paused":"running"}),this.draw("tsne",yr(u,this.host.getData()?.n??0,f.dim,this.runRows.tsne),f.dim)}),this.tsneClient.onState(u=>this.setStatus("tsne",{state:u.state,iteration:u.iteration,converged:u.converged})),this.tsneClient.onFailure(u=>this.tsneFailed(u))}this.setStatus("tsne",{state:"initializing",iteration:0,total:this.tsne.maxIterations,progress:0,error:null,converged:!1,points:s}),this.loaded.tsne!==o&&(this.loaded.tsne="",await this.tsneClient.load(du(e.data,e.d,n,t.spherize),s,e.d),this.loaded.tsne=o),this.runRows.tsne=n;let a=this.tsne,c={dim:r,perplexity:a.perplexity,learningRate:a.learningRate,seed:a.seed,maxIterations:a.maxIterations,frameMilliseconds:Math.round(Math.max(80,Math.min(1e3,s/100)))},l=this.supervision(n);l&&(c.supervise=l),await this.tsneClient.start(c,{onProgress:u=>this.setStatus("tsne",{progress:u})})}catch(a){if(hi(a))return;this.setStatus("tsne",{state:"error",error:a instanceof Error?a.message:String(a)})}}supervision(e){let t=this.host.store.state.columns[this.tsne.superviseColumn];if(!t||this.tsne.superviseWeight<=0)return;let n=new Map,s=e?e.length:t.values.length,r=new Int32Array(s),o=this.tsne.ignoredLabel.trim();for(let a=0;a<s;a++){let c=t.values[e?e[a]:a]??"";if(c===""||o!==""&&c===o){r[a]=-1;continue}let l=n.get(c);l===void 0&&(l=n.size,n.set(c,l)),r[a]=l}return{labels:r,weight:this.tsne.superviseWeight}}leaving(e){e==="tsne"&&this.status.tsne.state==="running"&&(this.pausedByLeaving=!0,this.pauseTsne())}pauseTsne(){this.controlTsne(this.tsneClient?.pause(),!0)}resumeTsne(){this.controlTsne(this.tsneClient?.resume(),!0)}perturbTsne(){this.controlTsne(this.tsneClient?.perturb(),!1)}setTsneMaxIterations(e){this.tsne.maxIterations=e,this.setStatus("tsne",{total:e}),this.controlTsne(this.tsneClient?.setMaxIterations(e),!1)}controlTsne(e,t){e?.then(n=>{t&&this.setStatus("tsne",{state:n.state,iteration:n.iteration})},n=>{hi(n)||this.setStatus("tsne",{state:"error",error:n instanceof Error?n.message:String(n)})})}tsneFailed(e){this.tsneClient?.dispose(),this.tsneClient=null,this.loaded.tsne="",this.setStatus("tsne",{state:"error",error:e.message})}reset(){this.last={},this.loaded={tsne:"",umap:""},(this.status.tsne.state==="running"||this.status.tsne.state==="paused"||this.status.tsne.state==="initializing")&&this.tsneClient?.stop(),(this.status.umap.state==="running"||this.status.umap.state==="initializing")&&this.umapClient?.stop(),this.status={tsne:xr("tsne"),umap:xr("umap")},this.customResult=null,this.emit()}};var _r=class{constructor(){X(this,"client",null);X(this,"local",null);X(this,"key","");X(this,"pending",null);X(this,"variance",null)}async project(e,t,n,s,r,o){let a=`${o}|${s}|${n.length}:${n[0]}:${n[n.length-1]}:${n[n.length>>1]}`;if(a!==this.key||!this.pending){this.key=a;let u=Ya(e,t,n),h=Math.min(10,t);this.pending=(async()=>{if(!this.local&&typeof Worker=="function")try{this.client??(this.client=mr(void 0,1)),await this.client.load(u,n.length,t),this.variance=Array.from((await this.client.pca(h,{spherize:s})).varianceFraction);return}catch(d){if(d?.name==="CancelledError")throw d;this.client?.dispose(),this.client=null}this.local??(this.local=new Di),await this.local.load(u,n.length,t),this.variance=Array.from((await this.local.pca(h,{spherize:s})).varianceFraction)})()}await this.pending;let c=Math.min(10,t)-1,l=r.map(u=>Math.min(u,c));return this.client&&!this.local?this.client.project(l):this.local.project(l)}dispose(){this.client?.dispose(),this.client=null,this.local=null,this.key="",this.pending=null,this.variance=null}};var fu=`
.ep-sel-overlay { position: absolute; inset: 0; pointer-events: none; z-index: 2; }
.ep-sel-overlay.ep-active { pointer-events: auto; cursor: crosshair; }
.ep-sel-svg { position: absolute; inset: 0; width: 100%; height: 100%; overflow: visible; pointer-events: none; }
.ep-sel-shape { fill: rgba(245,124,0,.12); stroke: var(--ep-accent); stroke-width: 1.5; stroke-dasharray: 5 3; }
.ep-method-panel { margin-top: 6px; }
.ep-num-in { flex: 1; min-width: 0; background: var(--ep-input); color: var(--ep-fg); border: 1px solid var(--ep-border);
  border-radius: 4px; padding: 3px 6px; font: inherit; }
.ep-counter { font-variant-numeric: tabular-nums; font-weight: 600; }
.ep-count { white-space: nowrap; min-width: 70px; text-align: right; }
.ep-wrap { flex-wrap: wrap; }
.ep-nb-all { max-height: 220px; overflow-y: auto; }
button:disabled { opacity: .5; cursor: default; }
`;function pu(i,e){let t=e.custom,n=C("select",{"data-testid":"custom-column","aria-label":"Search by column"});n.addEventListener("change",()=>{t.column=Number(n.value),r()});let s=0,r=()=>{window.clearTimeout(s),i.state.method==="custom"&&e.runCustom()},o=(m,v,S)=>{let _=C("input",{type:"search",className:"ep-search","data-testid":`custom-${m}-${v==="negative"?m==="x"?"left":"down":m==="x"?"right":"up"}`,placeholder:`${S}: text or /regex/`,"aria-label":S}),A=C("span",{className:"ep-meta ep-count","data-testid":`${_.dataset.testid}-count`});return _.addEventListener("input",()=>{t[m][v]=_.value,window.clearTimeout(s),s=window.setTimeout(r,200)}),{row:C("div",{className:"ep-row"},C("label",{},S),_,A),input:_,count:A}},a=o("x","negative","X left"),c=o("x","positive","X right"),l=o("y","negative","Y down"),u=o("y","positive","Y up"),h=C("div",{className:"ep-meta","data-testid":"custom-note"}),d=0,f=()=>{d!==e.settingsVersion&&(d=e.settingsVersion,a.input.value=t.x.negative,c.input.value=t.x.positive,l.input.value=t.y.negative,u.input.value=t.y.positive,n.value=String(t.column));let m=e.customResult,v=(_,A,w)=>{_.textContent=w.trim()?`${A??0} match${A===1?"":"es"}`:"",_.dataset.count=String(A??0)};v(a.count,m?.x.negativeCount,t.x.negative),v(c.count,m?.x.positiveCount,t.x.positive),v(l.count,m?.y.negativeCount,t.y.negative),v(u.count,m?.y.positiveCount,t.y.positive);let S=m?[m.x.problem&&`X: ${m.x.problem}`,m.y.problem&&`Y: ${m.y.problem}`].filter(Boolean):[];h.textContent=S.length?`${S.join("; ")} (axis flat).`:"An empty side means every row the other side does not match."};e.onChange(f);let g=()=>{let m=i.state;t.column>=m.columns.length&&(t.column=Math.max(0,m.labelColumn)),Tt(n,m.columns.map((v,S)=>({value:String(S),label:v.name})),String(t.column))},y=C("div",{"data-testid":"custom-panel",className:"ep-method-panel"},C("div",{className:"ep-row"},C("label",{},"Search by"),n),a.row,c.row,l.row,u.row,h),p=()=>{y.style.display=i.state.method==="custom"?"":"none"};return i.subscribe((m,v)=>{v.has("method")&&p(),v.has("columns")&&g()}),p(),g(),f(),y}function mu(i){if(i==="")return NaN;let e=Number(i);return Number.isFinite(e)?e:NaN}function br(i,e){let t=new Set,n=0,s=!0,r=!0,o=0;for(let u of e){if(u===""){n++;continue}if(o++,t.add(u),s){let h=mu(u);Number.isNaN(h)?s=!1:Number.isInteger(h)||(r=!1)}}let a=t.size,c=o>0&&s&&!(r&&a<=20),l={name:i,kind:c?"numeric":"categorical",values:e,distinct:a,missing:n};if(c){let u=new Float64Array(e.length),h=1/0,d=-1/0;for(let f=0;f<e.length;f++){let g=mu(e[f]);u[f]=g,Number.isNaN(g)||(g<h&&(h=g),g>d&&(d=g))}l.numbers=u,l.min=h,l.max=d}return l}function gu(i){return/[",\r\n]|^\s|\s$/.test(i)?`"${i.replace(/"/g,'""')}"`:i}function Xf(i){return Number.isFinite(i)?String(i):""}function yu(i,e,t){if(e)for(let n of e)t(n);else for(let n=0;n<i;n++)t(n)}function qf(i){let e=new Set(["index",...i.axisNames,"selected"]),t=i.columns.map(n=>{let s=n.name,r=2;for(;e.has(s);)s=`${n.name}_${r++}`;return e.add(s),s});return{axes:i.axisNames,cols:t}}function vu(i){let{axes:e,cols:t}=qf(i),n=[["index",...e,...t,"selected"].map(gu).join(",")];return yu(i.n,i.rows,s=>{let r=[String(s)];for(let o=0;o<i.k;o++)r.push(Xf(i.coords[s*i.k+o]));for(let o of i.columns)r.push(gu(o.values[s]??""));r.push(Ti(i.selection,s)?"1":"0"),n.push(r.join(","))}),n.join(`\r
`)+`\r
`}function _u(i,e={}){let t=[];return yu(i.n,i.rows,n=>{let s=[];for(let o=0;o<i.k;o++){let a=i.coords[n*i.k+o];s.push(Number.isFinite(a)?a:null)}let r={};for(let o of i.columns)r[o.name]=o.values[n]??"";t.push({index:n,coordinates:s,metadata:r,selected:Ti(i.selection,n)})}),JSON.stringify({...e,axes:i.axisNames,columns:i.columns.map(n=>n.name),points:t})}function xu(i){return i.replace(/[\t\r\n]/g," ")}function bu(i,e){let t=[];i.length>=2&&t.push(i.map(n=>xu(n.name)).join("	"));for(let n=0;n<e;n++)t.push(i.map(s=>xu(s.values[n]??"")).join("	"));return t.join(`
`)+`
`}function Su(i,e,t,n,s){let r=i.find(a=>a.name===t),o=r?r.values.slice():new Array(e).fill("");for(let a of s)a>=0&&a<e&&(o[a]=n);return o}function Vt(i,e,t,n,s){let r=C("input",{type:"number","data-testid":e,"aria-label":i,value:String(t),min:n.min,max:n.max,step:n.step??"any",className:"ep-num-in"});return r.addEventListener("change",()=>{let o=Number(r.value);if(!Number.isFinite(o)){r.value=String(t);return}n.min!==void 0&&(o=Math.max(n.min,o)),n.max!==void 0&&(o=Math.min(n.max,o)),r.value=String(o),t=o,s(o)}),{row:C("div",{className:"ep-row"},C("label",{},i),r),input:r}}function ht(i,e,t,n){let s=C("button",{"data-testid":e,title:n});return s.textContent=i,s.addEventListener("click",t),s}function vs(i,e){let t=C("a",{href:URL.createObjectURL(i),download:e.replace(/[^\w.-]+/g,"_")});t.style.display="none",document.body.appendChild(t),t.click(),t.remove(),setTimeout(()=>URL.revokeObjectURL(t.href),3e4)}function Za(i){let e=i.state;return`${e.run??"run"}_${e.tensorName??"tensor"}_${e.method}`}function Mu(i,e){return new Blob([bu(i,e)],{type:"text/tab-separated-values"})}function wu(i){let{store:e}=i,t=l=>{let u=i.layout(),h=e.state;return u?{coords:u.coords,n:h.n,k:u.k,axisNames:u.axes,columns:h.columns,selection:h.selection,rows:l?h.selection:h.isolated}:null},n=l=>()=>{let u=t(l);u&&vs(new Blob([vu(u)],{type:"text/csv"}),`${Za(e)}${l?"_selected":""}.csv`)},s=l=>()=>{let u=t(l),h=e.state;u&&vs(new Blob([_u(u,{run:h.run,tensor:h.tensorName,method:h.method})],{type:"application/json"}),`${Za(e)}${l?"_selected":""}.json`)},r=ht("PNG","export-png",()=>{i.png().then(l=>{l&&vs(l,`${Za(e)}.png`)})},"The plot as a PNG image"),o=ht("Selected CSV","export-selected-csv",n(!0)),a=ht("Selected JSON","export-selected-json",s(!0)),c=()=>{let l=e.state.selection.length===0;o.disabled=l,a.disabled=l};return e.subscribe((l,u)=>{u.has("selection")&&c()}),c(),C("section",{"data-testid":"export-panel"},C("h2",{},"Export"),C("div",{className:"ep-row ep-wrap"},ht("CSV","export-all-csv",n(!1),"Coordinates, metadata and a selected flag (shown points)"),ht("JSON","export-all-json",s(!1)),o,a,r))}var _s="__new__";function Au(i){let e=C("select",{"data-testid":"edit-column","aria-label":"Column to edit"}),t=C("input",{type:"text",className:"ep-search","data-testid":"edit-new-column",placeholder:"new column name",value:"tag"}),n=C("input",{type:"text",className:"ep-search","data-testid":"edit-label",placeholder:"label for the selection"}),s=C("div",{className:"ep-meta","data-testid":"edit-message"}),r=0,o=ht("Tag selection","edit-apply",()=>{let l=i.state,u=e.value===_s?t.value.trim():l.columns[Number(e.value)]?.name;if(!u){s.textContent="Name the new column first.";return}if(!l.selection.length){s.textContent="Select points first.";return}let h=Su(l.columns,l.n,u,n.value,l.selection),d=l.columns.findIndex(y=>y.name===u),f=br(u,h),g=d>=0?l.columns.map((y,p)=>p===d?f:y):[...l.columns,f];i.set({columns:g}),e.value=String(d>=0?d:g.length-1),r++,s.textContent=`"${n.value}" set on ${l.selection.length.toLocaleString("en-US")} points in "${u}".`}),a=ht("Download metadata","edit-download",()=>{let l=i.state;vs(Mu(l.columns,l.n),`${l.run??"run"}_${l.tensorName??"tensor"}_metadata${r?"_edited":""}.tsv`)},"The metadata with your edits, as a TSV TensorBoard reads"),c=()=>{let l=i.state,u=e.value;Tt(e,[...l.columns.map((h,d)=>({value:String(d),label:h.name})),{value:_s,label:"New column…"}],u&&(u===_s||Number(u)<l.columns.length)?u:_s),t.style.display=e.value===_s?"":"none",o.disabled=l.selection.length===0,a.disabled=l.n===0};return e.addEventListener("change",c),i.subscribe((l,u)=>{(u.has("columns")||u.has("selection")||u.has("n"))&&c()}),c(),C("section",{"data-testid":"edit-panel"},C("h2",{},"Edit by"),C("div",{className:"ep-row"},C("label",{},"Column"),e),C("div",{className:"ep-row"},t),C("div",{className:"ep-row"},n),C("div",{className:"ep-row"},o,a),s)}function Eu(i,e,t){let n=i.k==="auto"?Math.min(100,Math.max(10,Math.round(t/20))):Math.min(1e3,Math.max(1,i.k)),s=i.metric==="auto"?e?"cosine":"euclidean":i.metric,r=i.space==="auto"?e:i.space==="spherized";return{k:Math.min(n,Math.max(0,t-1)),metric:s,spherized:r}}function Tu(i,e,t,n){let s=Vt("k","nn-k",100,{min:1,max:1e3,step:1},u=>{e.k=u,t()});s.input.placeholder="auto",s.input.value="";let r=C("select",{"data-testid":"nn-metric","aria-label":"Distance"},C("option",{value:"auto"},"auto"),C("option",{value:"cosine"},"cosine"),C("option",{value:"euclidean"},"Euclidean")),o=C("select",{"data-testid":"nn-space","aria-label":"Space"},C("option",{value:"auto"},"auto"),C("option",{value:"original"},"original"),C("option",{value:"spherized"},"spherized"));r.addEventListener("change",()=>{e.metric=r.value,t()}),o.addEventListener("change",()=>{e.space=o.value,t()});let a=C("div",{className:"ep-meta","data-testid":"nn-title"}),c=C("ol",{className:"ep-nb ep-nb-all","data-testid":"nn-list"}),l=()=>{let u=i.state,h=u.selected>=0?u.neighbors??[]:[];a.textContent=u.selected>=0?`${h.length} nearest to ${n(u.selected)} (${u.neighborMetric})`:"Click a point.",c.replaceChildren(...h.map(d=>C("li",{"data-testid":"nn-item","data-index":d.index,"data-distance":d.distance,onclick:()=>i.set({selected:d.index})},C("span",{className:"ep-lab"},n(d.index)),C("span",{className:"ep-cnt"},d.distance.toPrecision(4)))))};return i.subscribe((u,h)=>{(h.has("neighbors")||h.has("selected")||h.has("labelColumn"))&&l()}),l(),C("section",{"data-testid":"neighbors-panel"},C("h2",{},"Nearest neighbours"),s.row,C("div",{className:"ep-row"},C("label",{},"Distance"),r),C("div",{className:"ep-row"},C("label",{},"Space"),o),a,c)}function Cu(i,e){let t=C("div",{className:"ep-meta","data-testid":"selection-count"}),n=ht("Isolate","isolate",()=>{let u=i.state.selection;u.length&&i.set({isolated:u})},"Draw and fit only the selected points"),s=ht("Show all","show-all",()=>i.set({isolated:null})),r=ht("Clear","clear-selection",()=>i.set({selection:new Int32Array(0),selected:-1})),o=C("ul",{className:"ep-results","data-testid":"selection-list"}),a=C("div",{className:"ep-meta"}),c=50,l=()=>{let u=i.state,h=u.selection;t.textContent=`${h.length.toLocaleString("en-US")} selected`+(u.isolated?` · ${u.isolated.length.toLocaleString("en-US")} of ${u.n.toLocaleString("en-US")} shown`:""),t.dataset.count=String(h.length),n.disabled=h.length===0,s.disabled=!u.isolated,r.disabled=h.length===0,o.replaceChildren(...Array.from(h.subarray(0,c)).map(d=>C("li",{"data-testid":"selection-item","data-index":d,onclick:()=>i.set({selected:d})},e(d)))),a.replaceChildren(),h.length>c&&a.append(`… and ${(h.length-c).toLocaleString("en-US")} more `,ht("show more","selection-more",()=>{c+=500,l()}))};return i.subscribe((u,h)=>{h.has("selection")&&(c=50),(h.has("selection")||h.has("isolated")||h.has("labelColumn")||h.has("columns")||h.has("n"))&&l()}),l(),C("section",{"data-testid":"selection-panel"},C("h2",{},"Selection"),t,C("div",{className:"ep-row"},n,s,r),C("div",{className:"ep-meta"},"Click, Shift+click adds, Alt+click removes; Box / Lasso (or Ctrl+drag) in the toolbar."),o,a)}function Ru(i,e){let t=e.tsne,n=Vt("Perplexity","tsne-perplexity",t.perplexity,{min:2,max:100,step:1},_=>{t.perplexity=_}),s=C("input",{type:"text","data-testid":"tsne-learning-rate","aria-label":"Learning rate",value:"auto",className:"ep-num-in"});s.addEventListener("change",()=>{let _=Number(s.value);t.learningRate=s.value.trim()===""||s.value.trim()==="auto"||!(_>0)?"auto":_,s.value=String(t.learningRate)});let r=Vt("Max iter.","tsne-max-iterations",t.maxIterations,{min:1,max:1e5,step:50},_=>e.setTsneMaxIterations(_)),o=Vt("Seed","tsne-seed",t.seed,{min:0,step:1},_=>{t.seed=_}),a=C("select",{"data-testid":"tsne-supervise","aria-label":"Supervise with"});a.addEventListener("change",()=>{t.superviseColumn=Number(a.value)});let c=C("input",{type:"text","data-testid":"tsne-ignored-label","aria-label":"Ignored label",placeholder:"e.g. unknown",className:"ep-num-in"});c.addEventListener("change",()=>{t.ignoredLabel=c.value});let l=Vt("Weight","tsne-supervise-weight",t.superviseWeight,{min:0,max:1,step:.05},_=>{t.superviseWeight=_}),u=C("span",{"data-testid":"tsne-iteration",className:"ep-counter"},"0"),h=C("div",{className:"ep-meta","data-testid":"tsne-status"}),d=ht("Re-run","tsne-rerun",()=>{e.runTsne()},"Start again from the seed"),f=ht("Pause","tsne-pause",()=>{e.status.tsne.state==="paused"?e.resumeTsne():e.pauseTsne()}),g=ht("Perturb","tsne-perturb",()=>e.perturbTsne(),"Shake the layout a little and keep going"),y=0,p=()=>{y!==e.settingsVersion&&(y=e.settingsVersion,n.input.value=String(t.perplexity),s.value=String(t.learningRate),r.input.value=String(t.maxIterations),o.input.value=String(t.seed),l.input.value=String(t.superviseWeight),c.value=t.ignoredLabel,a.value=String(t.superviseColumn));let _=e.status.tsne;u.textContent=String(_.iteration),u.dataset.iteration=String(_.iteration),h.dataset.state=_.state,h.textContent=_.state==="idle"?"Not run yet.":_.state==="initializing"?`Neighbours and affinities… ${Math.round(100*_.progress)}%`:_.state==="error"?`Failed: ${_.error}`:`${_.points.toLocaleString("en-US")} points · ${_.state}${_.converged?" (converged)":""}`,f.textContent=_.state==="paused"?"Resume":"Pause",f.disabled=!(_.state==="running"||_.state==="paused"),g.disabled=!(_.state==="running"||_.state==="paused")};e.onChange(p),p();let m=()=>{let _=i.state;t.superviseColumn>=_.columns.length&&(t.superviseColumn=-1),Tt(a,[{value:"-1",label:"none"},..._.columns.map((A,w)=>({value:String(w),label:A.name}))],String(t.superviseColumn))},v=C("div",{"data-testid":"tsne-panel",className:"ep-method-panel"},n.row,C("div",{className:"ep-row"},C("label",{},"Learn. rate"),s),r.row,o.row,C("div",{className:"ep-row"},C("label",{},"Supervise"),a),C("div",{className:"ep-row"},C("label",{},"Ignore"),c),l.row,C("div",{className:"ep-row"},C("label",{},"Iteration"),u),C("div",{className:"ep-row"},f,g,d),h),S=()=>{v.style.display=i.state.method==="tsne"?"":"none"};return i.subscribe((_,A)=>{A.has("method")&&S(),A.has("columns")&&m()}),S(),m(),v}function Pu(i,e){let t=e.umap,n=Vt("Neighbours","umap-neighbors",t.nNeighbors,{min:2,max:200,step:1},p=>{t.nNeighbors=p}),s=Vt("Min dist","umap-min-dist",t.minDist,{min:0,max:10,step:.01},p=>{t.minDist=p}),r=Vt("Spread","umap-spread",t.spread,{min:.01,max:20,step:.1},p=>{t.spread=p}),o=Vt("Epochs","umap-epochs",t.nEpochs,{min:0,max:5e3,step:10},p=>{t.nEpochs=p}),a=Vt("Seed","umap-seed",t.seed,{min:0,step:1},p=>{t.seed=p}),c=C("select",{"data-testid":"umap-metric","aria-label":"Metric"},C("option",{value:"euclidean"},"Euclidean"),C("option",{value:"cosine"},"Cosine"));c.addEventListener("change",()=>{t.metric=c.value});let l=C("div",{className:"ep-meta","data-testid":"umap-status"}),u=ht("Run","umap-run",()=>{e.runUmap()},"Run UMAP on all (or the isolated) points"),h=ht("Stop","umap-stop",()=>e.stopUmap()),d=0,f=()=>{d!==e.settingsVersion&&(d=e.settingsVersion,n.input.value=String(t.nNeighbors),s.input.value=String(t.minDist),r.input.value=String(t.spread),o.input.value=String(t.nEpochs),a.input.value=String(t.seed),c.value=t.metric);let p=e.status.umap;l.dataset.state=p.state,l.dataset.epoch=String(p.iteration),l.textContent=p.state==="idle"?"Not run yet.":p.state==="initializing"?`Neighbours and initial layout… ${Math.round(100*p.progress)}%`:p.state==="error"?`Failed: ${p.error}`:p.state==="stopped"&&p.total===0?"Stopped before the first epoch · ready to run again.":`Epoch ${p.iteration} / ${p.total} · ${p.points.toLocaleString("en-US")} points${p.state==="done"?" · done":p.state==="stopped"?" · stopped":""}`,h.disabled=!(p.state==="running"||p.state==="initializing")};e.onChange(f),f();let g=C("div",{"data-testid":"umap-panel",className:"ep-method-panel"},n.row,s.row,r.row,o.row,a.row,C("div",{className:"ep-row"},C("label",{},"Metric"),c),C("div",{className:"ep-meta"},"Epochs 0 = automatic (500 up to 10,000 points, else 200)."),C("div",{className:"ep-row"},u,h),l),y=()=>{g.style.display=i.state.method==="umap"?"":"none"};return i.subscribe((p,m)=>{m.has("method")&&y()}),y(),g}function Iu(i){let{store:e,scatter:t}=i;document.head.appendChild(C("style",{},fu));let n=new vr({store:e,getData:i.getData,place:i.place,createTsneClient:()=>Hc()});i.projectionPanel.append(Ru(e,n),Pu(e,n),pu(e,n));let s={k:"auto",metric:"auto",space:"auto"};i.side.append(Cu(e,i.labelOf),Tu(e,s,i.recomputeNeighbors,i.labelOf),Au(e),wu({store:e,layout:i.lastLayout,png:()=>t.toPngBlob()}));let r=f=>{let g=e.state.isolated;return!g||Ti(g,f)},{toolbar:o}=Xc({store:e,plot:i.plot,screenPositions:()=>t.screenPositions(),visible:r,onSelect:f=>e.set({selection:f,selected:f.length===1?f[0]:f.length&&Ti(f,e.state.selected)?e.state.selected:-1})});i.toolbar.append(o);let a=e.state.method;e.subscribe((f,g)=>{g.has("method")&&(n.leaving(a),a=f.method)});let c=null,l=0,u=new _r,h=0,d=async()=>{let f=e.state,g=i.getData(),y=f.isolated;if(!g||!y||!y.length)return;let p=++h,m=f.is3d?3:2,v=f.dims.slice(0,m);e.set({computing:`PCA on the ${y.length.toLocaleString("en-US")} isolated points…`});try{let S=await u.project(g.data,g.d,y,f.spherize,v,String(l));if(p!==h||e.state.isolated!==y)return;e.set({isolatedVariance:u.variance}),i.place(yr(S,g.n,m,y),m,v.map(_=>`PC${_+1}`))}catch(S){S?.name!=="CancelledError"&&console.warn("embproj: PCA of the isolated points",S)}finally{p===h&&e.set({computing:null})}};return e.subscribe((f,g)=>{let y=i.getData();if((g.has("n")||g.has("d")||g.has("tensorName")||g.has("run"))&&y?.data!==c&&(c=y?.data??null,n.reset(),u.dispose(),l++,(f.selection.length||f.isolated)&&e.set({selection:ms,isolated:null})),g.has("isolated"))if(f.isolatedVariance&&e.set({isolatedVariance:null}),Fi(f.method)&&f.method!=="custom")n.project();else if(f.method==="custom"){let p=i.lastLayout();p&&i.place(p.coords,p.k,p.axes)}else i.reproject()}),window.addEventListener("keydown",f=>{f.key==="Escape"&&!(f.target instanceof HTMLInputElement)&&e.set({selection:ms,selectMode:"pan"})}),{layouts:n,neighborSettings:s,project:()=>{Fi(e.state.method)?n.project():d()},owns:f=>Fi(f.method)||f.method==="pca"&&!!f.isolated,isLayoutMethod:Fi,click(f,g){let y=e.state,p=g.altKey||g.ctrlKey||g.metaKey?"remove":g.shiftKey?"add":"replace";if(p==="replace"){e.set({selected:f,selection:f>=0?Int32Array.of(f):ms});return}if(f<0)return;let m=gs(y.selection,Int32Array.of(f),p);e.set({selection:m,selected:p==="add"?f:y.selected===f?-1:y.selected})},hiddenZ:dr,hook:{layouts:n,get tsne(){return n.status.tsne},get umap(){return n.status.umap},layout:f=>{let g=n.lastLayout(f);return g?{coords:Array.from(g.coords),k:g.k}:null},current:()=>{let f=i.lastLayout();return f?{coords:Array.from(f.coords),k:f.k,axes:f.axes}:null},screenPositions:()=>{let f=t.screenPositions();return{x:Array.from(f.x),y:Array.from(f.y)}}}}}var th=0,wl=1,nh=2;var Ws=1,ih=2,ss=3,si=0,Bt=1,bn=2,vi=0,rs=1,Al=2,El=3,Tl=4,sh=5;var _i=100,rh=101,oh=102,ah=103,lh=104,ch=200,uh=201,hh=202,dh=203,Cl=204,Rl=205,fh=206,ph=207,mh=208,gh=209,xh=210,yh=211,vh=212,_h=213,bh=214,qr=0,$r=1,Yr=2,Ji=3,Zr=4,Jr=5,Kr=6,jr=7,Pl=0,Sh=1,Mh=2,Sn=0,Il=1,Ll=2,Nl=3,Dl=4,Fl=5,Ul=6,Ol=7;var Bl=300,bi=301,os=302,Ao=303,Eo=304,Qr=1e3,xn=1001,eo=1002,pt=1003,wh=1004;var Xs=1005;var Ct=1006,To=1007;var Bn=1008;var Yt=1009,kl=1010,zl=1011,as=1012,Co=1013,hn=1014,dn=1015,fn=1016,Ro=1017,Po=1018,Si=1020,Vl=35902,Hl=35899,Gl=1021,Wl=1022,pn=1023,Un=1026,kn=1027,Xl=1028,Io=1029,ri=1030,Lo=1031;var No=1033,qs=33776,$s=33777,Ys=33778,Zs=33779,Do=35840,Fo=35841,Uo=35842,Oo=35843,Bo=36196,ko=37492,zo=37496,Vo=37488,Ho=37489,Js=37490,Go=37491,Wo=37808,Xo=37809,qo=37810,$o=37811,Yo=37812,Zo=37813,Jo=37814,Ko=37815,jo=37816,Qo=37817,ea=37818,ta=37819,na=37820,ia=37821,sa=36492,ra=36494,oa=36495,aa=36283,la=36284,Ks=36285,ca=36286;var Es=2300,to=2301,Wr=2302,xl=2303,yl=2400,vl=2401,_l=2402;var Ah=3200;var ql=0,Eh=1,zn="",Wt="srgb",Ts="srgb-linear",Cs="linear",Je="srgb";var Xr=7680;var Th=519,Ch=512,Rh=513,Ph=514,$l=515,Ih=516,Lh=517,Yl=518,Zl=519,Nh=35044;var js="300 es",en=2e3,Rs=2001;function $f(i){for(let e=i.length-1;e>=0;--e)if(i[e]>=65535)return!0;return!1}function Yf(i){return ArrayBuffer.isView(i)&&!(i instanceof DataView)}function Ps(i){return document.createElementNS("http://www.w3.org/1999/xhtml",i)}function Dh(){let i=Ps("canvas");return i.style.display="block",i}var Lu={},Ki=null;function Jl(...i){let e="THREE."+i.shift();Ki?Ki("log",e,...i):console.log(e,...i)}function Fh(i){let e=i[0];if(typeof e=="string"&&e.startsWith("TSL:")){let t=i[1];t&&t.isStackTrace?i[0]+=" "+t.getLocation():i[1]='Stack trace not available. Enable "THREE.Node.captureStackTrace" to capture stack traces.'}return i}function Le(...i){i=Fh(i);let e="THREE."+i.shift();if(Ki)Ki("warn",e,...i);else{let t=i[0];t&&t.isStackTrace?console.warn(t.getError(e)):console.warn(e,...i)}}function Ne(...i){i=Fh(i);let e="THREE."+i.shift();if(Ki)Ki("error",e,...i);else{let t=i[0];t&&t.isStackTrace?console.error(t.getError(e)):console.error(e,...i)}}function As(...i){let e=i.join(" ");e in Lu||(Lu[e]=!0,Le(...i))}function Uh(i,e,t){return new Promise(function(n,s){function r(){switch(i.clientWaitSync(e,i.SYNC_FLUSH_COMMANDS_BIT,0)){case i.WAIT_FAILED:s();break;case i.TIMEOUT_EXPIRED:setTimeout(r,t);break;default:n()}}setTimeout(r,t)})}var Oh={[qr]:qr,[Yr]:Kr,[Zr]:Zr,[Ji]:Jr,[$r]:$r,[Kr]:Yr,[jr]:jr,[Jr]:Ji},yn=class{addEventListener(e,t){this._listeners===void 0&&(this._listeners={});let n=this._listeners;n[e]===void 0&&(n[e]=[]),n[e].indexOf(t)===-1&&n[e].push(t)}hasEventListener(e,t){let n=this._listeners;return n===void 0?!1:n[e]!==void 0&&n[e].indexOf(t)!==-1}removeEventListener(e,t){let n=this._listeners;if(n===void 0)return;let s=n[e];if(s!==void 0){let r=s.indexOf(t);r!==-1&&s.splice(r,1)}}dispatchEvent(e){let t=this._listeners;if(t===void 0)return;let n=t[e.type];if(n!==void 0){e.target=this;let s=n.slice(0);for(let r=0,o=s.length;r<o;r++)s[r].call(this,e);e.target=null}}},It=["00","01","02","03","04","05","06","07","08","09","0a","0b","0c","0d","0e","0f","10","11","12","13","14","15","16","17","18","19","1a","1b","1c","1d","1e","1f","20","21","22","23","24","25","26","27","28","29","2a","2b","2c","2d","2e","2f","30","31","32","33","34","35","36","37","38","39","3a","3b","3c","3d","3e","3f","40","41","42","43","44","45","46","47","48","49","4a","4b","4c","4d","4e","4f","50","51","52","53","54","55","56","57","58","59","5a","5b","5c","5d","5e","5f","60","61","62","63","64","65","66","67","68","69","6a","6b","6c","6d","6e","6f","70","71","72","73","74","75","76","77","78","79","7a","7b","7c","7d","7e","7f","80","81","82","83","84","85","86","87","88","89","8a","8b","8c","8d","8e","8f","90","91","92","93","94","95","96","97","98","99","9a","9b","9c","9d","9e","9f","a0","a1","a2","a3","a4","a5","a6","a7","a8","a9","aa","ab","ac","ad","ae","af","b0","b1","b2","b3","b4","b5","b6","b7","b8","b9","ba","bb","bc","bd","be","bf","c0","c1","c2","c3","c4","c5","c6","c7","c8","c9","ca","cb","cc","cd","ce","cf","d0","d1","d2","d3","d4","d5","d6","d7","d8","d9","da","db","dc","dd","de","df","e0","e1","e2","e3","e4","e5","e6","e7","e8","e9","ea","eb","ec","ed","ee","ef","f0","f1","f2","f3","f4","f5","f6","f7","f8","f9","fa","fb","fc","fd","fe","ff"];var Ja=Math.PI/180,no=180/Math.PI;function Qs(){let i=Math.random()*4294967295|0,e=Math.random()*4294967295|0,t=Math.random()*4294967295|0,n=Math.random()*4294967295|0;return(It[i&255]+It[i>>8&255]+It[i>>16&255]+It[i>>24&255]+"-"+It[e&255]+It[e>>8&255]+"-"+It[e>>16&15|64]+It[e>>24&255]+"-"+It[t&63|128]+It[t>>8&255]+"-"+It[t>>16&255]+It[t>>24&255]+It[n&255]+It[n>>8&255]+It[n>>16&255]+It[n>>24&255]).toLowerCase()}function qe(i,e,t){return Math.max(e,Math.min(t,i))}function Zf(i,e){return(i%e+e)%e}function Ka(i,e,t){return(1-t)*i+t*e}function Bh(i){return Math.pow(2,Math.floor(Math.log(i)/Math.LN2))}function Kl(i){switch(i.constructor){case Uint32Array:return 4294967295;case Uint16Array:return 65535;case Uint8Array:case Uint8ClampedArray:return 255;case Int32Array:return 2147483647;case Int16Array:return 32767;case Int8Array:return 127;default:return}}function Jf(i,e){if(e.constructor===Float32Array)return i;let t=Kl(e);if(t===void 0)throw new Error("THREE.MathUtils: Invalid component type.");return Math.max(i/t,-1)}function Kf(i,e){if(e.constructor===Float32Array)return i;let t=Kl(e);if(t===void 0)throw new Error("THREE.MathUtils: Invalid component type.");return Math.round(i*t)}var nc=class nc{constructor(e=0,t=0){this.x=e,this.y=t}get width(){return this.x}set width(e){this.x=e}get height(){return this.y}set height(e){this.y=e}set(e,t){return this.x=e,this.y=t,this}setScalar(e){return this.x=e,this.y=e,this}setX(e){return this.x=e,this}setY(e){return this.y=e,this}setComponent(e,t){switch(e){case 0:this.x=t;break;case 1:this.y=t;break;default:throw new Error("THREE.Vector2: index is out of range: "+e)}return this}getComponent(e){switch(e){case 0:return this.x;case 1:return this.y;default:throw new Error("THREE.Vector2: index is out of range: "+e)}}clone(){return new this.constructor(this.x,this.y)}copy(e){return this.x=e.x,this.y=e.y,this}add(e){return this.x+=e.x,this.y+=e.y,this}addScalar(e){return this.x+=e,this.y+=e,this}addVectors(e,t){return this.x=e.x+t.x,this.y=e.y+t.y,this}addScaledVector(e,t){return this.x+=e.x*t,this.y+=e.y*t,this}sub(e){return this.x-=e.x,this.y-=e.y,this}subScalar(e){return this.x-=e,this.y-=e,this}subVectors(e,t){return this.x=e.x-t.x,this.y=e.y-t.y,this}multiply(e){return this.x*=e.x,this.y*=e.y,this}multiplyScalar(e){return this.x*=e,this.y*=e,this}divide(e){return this.x/=e.x,this.y/=e.y,this}divideScalar(e){return this.multiplyScalar(1/e)}applyMatrix3(e){let t=this.x,n=this.y,s=e.elements;return this.x=s[0]*t+s[3]*n+s[6],this.y=s[1]*t+s[4]*n+s[7],this}min(e){return this.x=Math.min(this.x,e.x),this.y=Math.min(this.y,e.y),this}max(e){return this.x=Math.max(this.x,e.x),this.y=Math.max(this.y,e.y),this}clamp(e,t){return this.x=qe(this.x,e.x,t.x),this.y=qe(this.y,e.y,t.y),this}clampScalar(e,t){return this.x=qe(this.x,e,t),this.y=qe(this.y,e,t),this}clampLength(e,t){let n=this.length();return this.divideScalar(n||1).multiplyScalar(qe(n,e,t))}floor(){return this.x=Math.floor(this.x),this.y=Math.floor(this.y),this}ceil(){return this.x=Math.ceil(this.x),this.y=Math.ceil(this.y),this}round(){return this.x=Math.round(this.x),this.y=Math.round(this.y),this}roundToZero(){return this.x=Math.trunc(this.x),this.y=Math.trunc(this.y),this}negate(){return this.x=-this.x,this.y=-this.y,this}dot(e){return this.x*e.x+this.y*e.y}cross(e){return this.x*e.y-this.y*e.x}lengthSq(){return this.x*this.x+this.y*this.y}length(){return Math.sqrt(this.x*this.x+this.y*this.y)}manhattanLength(){return Math.abs(this.x)+Math.abs(this.y)}normalize(){return this.divideScalar(this.length()||1)}angle(){return Math.atan2(-this.y,-this.x)+Math.PI}angleTo(e){let t=Math.sqrt(this.lengthSq()*e.lengthSq());if(t===0)return Math.PI/2;let n=this.dot(e)/t;return Math.acos(qe(n,-1,1))}distanceTo(e){return Math.sqrt(this.distanceToSquared(e))}distanceToSquared(e){let t=this.x-e.x,n=this.y-e.y;return t*t+n*n}manhattanDistanceTo(e){return Math.abs(this.x-e.x)+Math.abs(this.y-e.y)}setLength(e){return this.normalize().multiplyScalar(e)}lerp(e,t){return this.x+=(e.x-this.x)*t,this.y+=(e.y-this.y)*t,this}lerpVectors(e,t,n){return this.x=e.x+(t.x-e.x)*n,this.y=e.y+(t.y-e.y)*n,this}equals(e){return e.x===this.x&&e.y===this.y}fromArray(e,t=0){return this.x=e[t],this.y=e[t+1],this}toArray(e=[],t=0){return e[t]=this.x,e[t+1]=this.y,e}fromBufferAttribute(e,t){return this.x=e.getX(t),this.y=e.getY(t),this}rotateAround(e,t){let n=Math.cos(t),s=Math.sin(t),r=this.x-e.x,o=this.y-e.y;return this.x=r*n-o*s+e.x,this.y=r*s+o*n+e.y,this}random(){return this.x=Math.random(),this.y=Math.random(),this}*[Symbol.iterator](){yield this.x,yield this.y}};nc.prototype.isVector2=!0;var $e=nc,vn=class{constructor(e=0,t=0,n=0,s=1){this.isQuaternion=!0,this._x=e,this._y=t,this._z=n,this._w=s}static slerpFlat(e,t,n,s,r,o,a){let c=n[s+0],l=n[s+1],u=n[s+2],h=n[s+3],d=r[o+0],f=r[o+1],g=r[o+2],y=r[o+3];if(h!==y||c!==d||l!==f||u!==g){let p=c*d+l*f+u*g+h*y;p<0&&(d=-d,f=-f,g=-g,y=-y,p=-p);let m=1-a;if(p<.9995){let v=Math.acos(p),S=Math.sin(v);m=Math.sin(m*v)/S,a=Math.sin(a*v)/S,c=c*m+d*a,l=l*m+f*a,u=u*m+g*a,h=h*m+y*a}else{c=c*m+d*a,l=l*m+f*a,u=u*m+g*a,h=h*m+y*a;let v=1/Math.sqrt(c*c+l*l+u*u+h*h);c*=v,l*=v,u*=v,h*=v}}e[t]=c,e[t+1]=l,e[t+2]=u,e[t+3]=h}static multiplyQuaternionsFlat(e,t,n,s,r,o){let a=n[s],c=n[s+1],l=n[s+2],u=n[s+3],h=r[o],d=r[o+1],f=r[o+2],g=r[o+3];return e[t]=a*g+u*h+c*f-l*d,e[t+1]=c*g+u*d+l*h-a*f,e[t+2]=l*g+u*f+a*d-c*h,e[t+3]=u*g-a*h-c*d-l*f,e}get x(){return this._x}set x(e){this._x=e,this._onChangeCallback()}get y(){return this._y}set y(e){this._y=e,this._onChangeCallback()}get z(){return this._z}set z(e){this._z=e,this._onChangeCallback()}get w(){return this._w}set w(e){this._w=e,this._onChangeCallback()}set(e,t,n,s){return this._x=e,this._y=t,this._z=n,this._w=s,this._onChangeCallback(),this}clone(){return new this.constructor(this._x,this._y,this._z,this._w)}copy(e){return this._x=e.x,this._y=e.y,this._z=e.z,this._w=e.w,this._onChangeCallback(),this}setFromEuler(e,t=!0){let n=e._x,s=e._y,r=e._z,o=e._order,a=Math.cos,c=Math.sin,l=a(n/2),u=a(s/2),h=a(r/2),d=c(n/2),f=c(s/2),g=c(r/2);switch(o){case"XYZ":this._x=d*u*h+l*f*g,this._y=l*f*h-d*u*g,this._z=l*u*g+d*f*h,this._w=l*u*h-d*f*g;break;case"YXZ":this._x=d*u*h+l*f*g,this._y=l*f*h-d*u*g,this._z=l*u*g-d*f*h,this._w=l*u*h+d*f*g;break;case"ZXY":this._x=d*u*h-l*f*g,this._y=l*f*h+d*u*g,this._z=l*u*g+d*f*h,this._w=l*u*h-d*f*g;break;case"ZYX":this._x=d*u*h-l*f*g,this._y=l*f*h+d*u*g,this._z=l*u*g-d*f*h,this._w=l*u*h+d*f*g;break;case"YZX":this._x=d*u*h+l*f*g,this._y=l*f*h+d*u*g,this._z=l*u*g-d*f*h,this._w=l*u*h-d*f*g;break;case"XZY":this._x=d*u*h-l*f*g,this._y=l*f*h-d*u*g,this._z=l*u*g+d*f*h,this._w=l*u*h+d*f*g;break;default:Le("Quaternion: .setFromEuler() encountered an unknown order: "+o)}return t===!0&&this._onChangeCallback(),this}setFromAxisAngle(e,t){let n=t/2,s=Math.sin(n);return this._x=e.x*s,this._y=e.y*s,this._z=e.z*s,this._w=Math.cos(n),this._onChangeCallback(),this}setFromRotationMatrix(e){let t=e.elements,n=t[0],s=t[4],r=t[8],o=t[1],a=t[5],c=t[9],l=t[2],u=t[6],h=t[10],d=n+a+h;if(d>0){let f=.5/Math.sqrt(d+1);this._w=.25/f,this._x=(u-c)*f,this._y=(r-l)*f,this._z=(o-s)*f}else if(n>a&&n>h){let f=2*Math.sqrt(1+n-a-h);this._w=(u-c)/f,this._x=.25*f,this._y=(s+o)/f,this._z=(r+l)/f}else if(a>h){let f=2*Math.sqrt(1+a-n-h);this._w=(r-l)/f,this._x=(s+o)/f,this._y=.25*f,this._z=(c+u)/f}else{let f=2*Math.sqrt(1+h-n-a);this._w=(o-s)/f,this._x=(r+l)/f,this._y=(c+u)/f,this._z=.25*f}return this._onChangeCallback(),this}setFromUnitVectors(e,t){let n=e.dot(t)+1;return n<1e-8?(n=0,Math.abs(e.x)>Math.abs(e.z)?(this._x=-e.y,this._y=e.x,this._z=0,this._w=n):(this._x=0,this._y=-e.z,this._z=e.y,this._w=n)):(this._x=e.y*t.z-e.z*t.y,this._y=e.z*t.x-e.x*t.z,this._z=e.x*t.y-e.y*t.x,this._w=n),this.normalize()}angleTo(e){return 2*Math.acos(Math.abs(qe(this.dot(e),-1,1)))}rotateTowards(e,t){let n=this.angleTo(e);if(n===0)return this;let s=Math.min(1,t/n);return this.slerp(e,s),this}identity(){return this.set(0,0,0,1)}invert(){return this.conjugate()}conjugate(){return this._x*=-1,this._y*=-1,this._z*=-1,this._onChangeCallback(),this}dot(e){return this._x*e._x+this._y*e._y+this._z*e._z+this._w*e._w}lengthSq(){return this._x*this._x+this._y*this._y+this._z*this._z+this._w*this._w}length(){return Math.sqrt(this._x*this._x+this._y*this._y+this._z*this._z+this._w*this._w)}normalize(){let e=this.length();return e===0?(this._x=0,this._y=0,this._z=0,this._w=1):(e=1/e,this._x=this._x*e,this._y=this._y*e,this._z=this._z*e,this._w=this._w*e),this._onChangeCallback(),this}multiply(e){return this.multiplyQuaternions(this,e)}premultiply(e){return this.multiplyQuaternions(e,this)}multiplyQuaternions(e,t){let n=e._x,s=e._y,r=e._z,o=e._w,a=t._x,c=t._y,l=t._z,u=t._w;return this._x=n*u+o*a+s*l-r*c,this._y=s*u+o*c+r*a-n*l,this._z=r*u+o*l+n*c-s*a,this._w=o*u-n*a-s*c-r*l,this._onChangeCallback(),this}slerp(e,t){let n=e._x,s=e._y,r=e._z,o=e._w,a=this.dot(e);a<0&&(n=-n,s=-s,r=-r,o=-o,a=-a);let c=1-t;if(a<.9995){let l=Math.acos(a),u=Math.sin(l);c=Math.sin(c*l)/u,t=Math.sin(t*l)/u,this._x=this._x*c+n*t,this._y=this._y*c+s*t,this._z=this._z*c+r*t,this._w=this._w*c+o*t,this._onChangeCallback()}else this._x=this._x*c+n*t,this._y=this._y*c+s*t,this._z=this._z*c+r*t,this._w=this._w*c+o*t,this.normalize();return this}slerpQuaternions(e,t,n){return this.copy(e).slerp(t,n)}random(){let e=2*Math.PI*Math.random(),t=2*Math.PI*Math.random(),n=Math.random(),s=Math.sqrt(1-n),r=Math.sqrt(n);return this.set(s*Math.sin(e),s*Math.cos(e),r*Math.sin(t),r*Math.cos(t))}equals(e){return e._x===this._x&&e._y===this._y&&e._z===this._z&&e._w===this._w}fromArray(e,t=0){return this._x=e[t],this._y=e[t+1],this._z=e[t+2],this._w=e[t+3],this._onChangeCallback(),this}toArray(e=[],t=0){return e[t]=this._x,e[t+1]=this._y,e[t+2]=this._z,e[t+3]=this._w,e}fromBufferAttribute(e,t){return this._x=e.getX(t),this._y=e.getY(t),this._z=e.getZ(t),this._w=e.getW(t),this._onChangeCallback(),this}toJSON(){return this.toArray()}_onChange(e){return this._onChangeCallback=e,this}_onChangeCallback(){}*[Symbol.iterator](){yield this._x,yield this._y,yield this._z,yield this._w}},ic=class ic{constructor(e=0,t=0,n=0){this.x=e,this.y=t,this.z=n}set(e,t,n){return n===void 0&&(n=this.z),this.x=e,this.y=t,this.z=n,this}setScalar(e){return this.x=e,this.y=e,this.z=e,this}setX(e){return this.x=e,this}setY(e){return this.y=e,this}setZ(e){return this.z=e,this}setComponent(e,t){switch(e){case 0:this.x=t;break;case 1:this.y=t;break;case 2:this.z=t;break;default:throw new Error("THREE.Vector3: index is out of range: "+e)}return this}getComponent(e){switch(e){case 0:return this.x;case 1:return this.y;case 2:return this.z;default:throw new Error("THREE.Vector3: index is out of range: "+e)}}clone(){return new this.constructor(this.x,this.y,this.z)}copy(e){return this.x=e.x,this.y=e.y,this.z=e.z,this}add(e){return this.x+=e.x,this.y+=e.y,this.z+=e.z,this}addScalar(e){return this.x+=e,this.y+=e,this.z+=e,this}addVectors(e,t){return this.x=e.x+t.x,this.y=e.y+t.y,this.z=e.z+t.z,this}addScaledVector(e,t){return this.x+=e.x*t,this.y+=e.y*t,this.z+=e.z*t,this}sub(e){return this.x-=e.x,this.y-=e.y,this.z-=e.z,this}subScalar(e){return this.x-=e,this.y-=e,this.z-=e,this}subVectors(e,t){return this.x=e.x-t.x,this.y=e.y-t.y,this.z=e.z-t.z,this}multiply(e){return this.x*=e.x,this.y*=e.y,this.z*=e.z,this}multiplyScalar(e){return this.x*=e,this.y*=e,this.z*=e,this}multiplyVectors(e,t){return this.x=e.x*t.x,this.y=e.y*t.y,this.z=e.z*t.z,this}applyEuler(e){return this.applyQuaternion(Nu.setFromEuler(e))}applyAxisAngle(e,t){return this.applyQuaternion(Nu.setFromAxisAngle(e,t))}applyMatrix3(e){let t=this.x,n=this.y,s=this.z,r=e.elements;return this.x=r[0]*t+r[3]*n+r[6]*s,this.y=r[1]*t+r[4]*n+r[7]*s,this.z=r[2]*t+r[5]*n+r[8]*s,this}applyNormalMatrix(e){return this.applyMatrix3(e).normalize()}applyMatrix4(e){let t=this.x,n=this.y,s=this.z,r=e.elements,o=1/(r[3]*t+r[7]*n+r[11]*s+r[15]);return this.x=(r[0]*t+r[4]*n+r[8]*s+r[12])*o,this.y=(r[1]*t+r[5]*n+r[9]*s+r[13])*o,this.z=(r[2]*t+r[6]*n+r[10]*s+r[14])*o,this}applyQuaternion(e){let t=this.x,n=this.y,s=this.z,r=e.x,o=e.y,a=e.z,c=e.w,l=2*(o*s-a*n),u=2*(a*t-r*s),h=2*(r*n-o*t);return this.x=t+c*l+o*h-a*u,this.y=n+c*u+a*l-r*h,this.z=s+c*h+r*u-o*l,this}project(e){return this.applyMatrix4(e.matrixWorldInverse).applyMatrix4(e.projectionMatrix)}unproject(e){return this.applyMatrix4(e.projectionMatrixInverse).applyMatrix4(e.matrixWorld)}transformDirection(e){let t=this.x,n=this.y,s=this.z,r=e.elements;return this.x=r[0]*t+r[4]*n+r[8]*s,this.y=r[1]*t+r[5]*n+r[9]*s,this.z=r[2]*t+r[6]*n+r[10]*s,this.normalize()}divide(e){return this.x/=e.x,this.y/=e.y,this.z/=e.z,this}divideScalar(e){return this.multiplyScalar(1/e)}min(e){return this.x=Math.min(this.x,e.x),this.y=Math.min(this.y,e.y),this.z=Math.min(this.z,e.z),this}max(e){return this.x=Math.max(this.x,e.x),this.y=Math.max(this.y,e.y),this.z=Math.max(this.z,e.z),this}clamp(e,t){return this.x=qe(this.x,e.x,t.x),this.y=qe(this.y,e.y,t.y),this.z=qe(this.z,e.z,t.z),this}clampScalar(e,t){return this.x=qe(this.x,e,t),this.y=qe(this.y,e,t),this.z=qe(this.z,e,t),this}clampLength(e,t){let n=this.length();return this.divideScalar(n||1).multiplyScalar(qe(n,e,t))}floor(){return this.x=Math.floor(this.x),this.y=Math.floor(this.y),this.z=Math.floor(this.z),this}ceil(){return this.x=Math.ceil(this.x),this.y=Math.ceil(this.y),this.z=Math.ceil(this.z),this}round(){return this.x=Math.round(this.x),this.y=Math.round(this.y),this.z=Math.round(this.z),this}roundToZero(){return this.x=Math.trunc(this.x),this.y=Math.trunc(this.y),this.z=Math.trunc(this.z),this}negate(){return this.x=-this.x,this.y=-this.y,this.z=-this.z,this}dot(e){return this.x*e.x+this.y*e.y+this.z*e.z}lengthSq(){return this.x*this.x+this.y*this.y+this.z*this.z}length(){return Math.sqrt(this.x*this.x+this.y*this.y+this.z*this.z)}manhattanLength(){return Math.abs(this.x)+Math.abs(this.y)+Math.abs(this.z)}normalize(){return this.divideScalar(this.length()||1)}setLength(e){return this.normalize().multiplyScalar(e)}lerp(e,t){return this.x+=(e.x-this.x)*t,this.y+=(e.y-this.y)*t,this.z+=(e.z-this.z)*t,this}lerpVectors(e,t,n){return this.x=e.x+(t.x-e.x)*n,this.y=e.y+(t.y-e.y)*n,this.z=e.z+(t.z-e.z)*n,this}cross(e){return this.crossVectors(this,e)}crossVectors(e,t){let n=e.x,s=e.y,r=e.z,o=t.x,a=t.y,c=t.z;return this.x=s*c-r*a,this.y=r*o-n*c,this.z=n*a-s*o,this}projectOnVector(e){let t=e.lengthSq();if(t===0)return this.set(0,0,0);let n=e.dot(this)/t;return this.copy(e).multiplyScalar(n)}projectOnPlane(e){return ja.copy(this).projectOnVector(e),this.sub(ja)}reflect(e){return this.sub(ja.copy(e).multiplyScalar(2*this.dot(e)))}angleTo(e){let t=Math.sqrt(this.lengthSq()*e.lengthSq());if(t===0)return Math.PI/2;let n=this.dot(e)/t;return Math.acos(qe(n,-1,1))}distanceTo(e){return Math.sqrt(this.distanceToSquared(e))}distanceToSquared(e){let t=this.x-e.x,n=this.y-e.y,s=this.z-e.z;return t*t+n*n+s*s}manhattanDistanceTo(e){return Math.abs(this.x-e.x)+Math.abs(this.y-e.y)+Math.abs(this.z-e.z)}setFromSpherical(e){return this.setFromSphericalCoords(e.radius,e.phi,e.theta)}setFromSphericalCoords(e,t,n){let s=Math.sin(t)*e;return this.x=s*Math.sin(n),this.y=Math.cos(t)*e,this.z=s*Math.cos(n),this}setFromCylindrical(e){return this.setFromCylindricalCoords(e.radius,e.theta,e.y)}setFromCylindricalCoords(e,t,n){return this.x=e*Math.sin(t),this.y=n,this.z=e*Math.cos(t),this}setFromMatrixPosition(e){let t=e.elements;return this.x=t[12],this.y=t[13],this.z=t[14],this}setFromMatrixScale(e){let t=this.setFromMatrixColumn(e,0).length(),n=this.setFromMatrixColumn(e,1).length(),s=this.setFromMatrixColumn(e,2).length();return this.x=t,this.y=n,this.z=s,this}setFromMatrixColumn(e,t){return this.fromArray(e.elements,t*4)}setFromMatrix3Column(e,t){return this.fromArray(e.elements,t*3)}setFromEuler(e){return this.x=e._x,this.y=e._y,this.z=e._z,this}setFromColor(e){return this.x=e.r,this.y=e.g,this.z=e.b,this}equals(e){return e.x===this.x&&e.y===this.y&&e.z===this.z}fromArray(e,t=0){return this.x=e[t],this.y=e[t+1],this.z=e[t+2],this}toArray(e=[],t=0){return e[t]=this.x,e[t+1]=this.y,e[t+2]=this.z,e}fromBufferAttribute(e,t){return this.x=e.getX(t),this.y=e.getY(t),this.z=e.getZ(t),this}random(){return this.x=Math.random(),this.y=Math.random(),this.z=Math.random(),this}randomDirection(){let e=Math.random()*Math.PI*2,t=Math.random()*2-1,n=Math.sqrt(1-t*t);return this.x=n*Math.cos(e),this.y=t,this.z=n*Math.sin(e),this}*[Symbol.iterator](){yield this.x,yield this.y,yield this.z}};ic.prototype.isVector3=!0;var q=ic,ja=new q,Nu=new vn,sc=class sc{constructor(e,t,n,s,r,o,a,c,l){this.elements=[1,0,0,0,1,0,0,0,1],e!==void 0&&this.set(e,t,n,s,r,o,a,c,l)}set(e,t,n,s,r,o,a,c,l){let u=this.elements;return u[0]=e,u[1]=s,u[2]=a,u[3]=t,u[4]=r,u[5]=c,u[6]=n,u[7]=o,u[8]=l,this}identity(){return this.set(1,0,0,0,1,0,0,0,1),this}copy(e){let t=this.elements,n=e.elements;return t[0]=n[0],t[1]=n[1],t[2]=n[2],t[3]=n[3],t[4]=n[4],t[5]=n[5],t[6]=n[6],t[7]=n[7],t[8]=n[8],this}extractBasis(e,t,n){return e.setFromMatrix3Column(this,0),t.setFromMatrix3Column(this,1),n.setFromMatrix3Column(this,2),this}setFromMatrix4(e){let t=e.elements;return this.set(t[0],t[4],t[8],t[1],t[5],t[9],t[2],t[6],t[10]),this}multiply(e){return this.multiplyMatrices(this,e)}premultiply(e){return this.multiplyMatrices(e,this)}multiplyMatrices(e,t){let n=e.elements,s=t.elements,r=this.elements,o=n[0],a=n[3],c=n[6],l=n[1],u=n[4],h=n[7],d=n[2],f=n[5],g=n[8],y=s[0],p=s[3],m=s[6],v=s[1],S=s[4],_=s[7],A=s[2],w=s[5],x=s[8];return r[0]=o*y+a*v+c*A,r[3]=o*p+a*S+c*w,r[6]=o*m+a*_+c*x,r[1]=l*y+u*v+h*A,r[4]=l*p+u*S+h*w,r[7]=l*m+u*_+h*x,r[2]=d*y+f*v+g*A,r[5]=d*p+f*S+g*w,r[8]=d*m+f*_+g*x,this}multiplyScalar(e){let t=this.elements;return t[0]*=e,t[3]*=e,t[6]*=e,t[1]*=e,t[4]*=e,t[7]*=e,t[2]*=e,t[5]*=e,t[8]*=e,this}determinant(){let e=this.elements,t=e[0],n=e[1],s=e[2],r=e[3],o=e[4],a=e[5],c=e[6],l=e[7],u=e[8];return t*o*u-t*a*l-n*r*u+n*a*c+s*r*l-s*o*c}invert(){let e=this.elements,t=e[0],n=e[1],s=e[2],r=e[3],o=e[4],a=e[5],c=e[6],l=e[7],u=e[8],h=u*o-a*l,d=a*c-u*r,f=l*r-o*c,g=t*h+n*d+s*f;if(g===0)return this.set(0,0,0,0,0,0,0,0,0);let y=1/g;return e[0]=h*y,e[1]=(s*l-u*n)*y,e[2]=(a*n-s*o)*y,e[3]=d*y,e[4]=(u*t-s*c)*y,e[5]=(s*r-a*t)*y,e[6]=f*y,e[7]=(n*c-l*t)*y,e[8]=(o*t-n*r)*y,this}transpose(){let e,t=this.elements;return e=t[1],t[1]=t[3],t[3]=e,e=t[2],t[2]=t[6],t[6]=e,e=t[5],t[5]=t[7],t[7]=e,this}getNormalMatrix(e){return this.setFromMatrix4(e).invert().transpose()}transposeIntoArray(e){let t=this.elements;return e[0]=t[0],e[1]=t[3],e[2]=t[6],e[3]=t[1],e[4]=t[4],e[5]=t[7],e[6]=t[2],e[7]=t[5],e[8]=t[8],this}setUvTransform(e,t,n,s,r,o,a){let c=Math.cos(r),l=Math.sin(r);return this.set(n*c,n*l,-n*(c*o+l*a)+o+e,-s*l,s*c,-s*(-l*o+c*a)+a+t,0,0,1),this}scale(e,t){return As("Matrix3: .scale() is deprecated. Use .makeScale() instead."),this.premultiply(Qa.makeScale(e,t)),this}rotate(e){return As("Matrix3: .rotate() is deprecated. Use .makeRotation() instead."),this.premultiply(Qa.makeRotation(-e)),this}translate(e,t){return As("Matrix3: .translate() is deprecated. Use .makeTranslation() instead."),this.premultiply(Qa.makeTranslation(e,t)),this}makeTranslation(e,t){return e.isVector2?this.set(1,0,e.x,0,1,e.y,0,0,1):this.set(1,0,e,0,1,t,0,0,1),this}makeRotation(e){let t=Math.cos(e),n=Math.sin(e);return this.set(t,-n,0,n,t,0,0,0,1),this}makeScale(e,t){return this.set(e,0,0,0,t,0,0,0,1),this}equals(e){let t=this.elements,n=e.elements;for(let s=0;s<9;s++)if(t[s]!==n[s])return!1;return!0}fromArray(e,t=0){for(let n=0;n<9;n++)this.elements[n]=e[n+t];return this}toArray(e=[],t=0){let n=this.elements;return e[t]=n[0],e[t+1]=n[1],e[t+2]=n[2],e[t+3]=n[3],e[t+4]=n[4],e[t+5]=n[5],e[t+6]=n[6],e[t+7]=n[7],e[t+8]=n[8],e}clone(){return new this.constructor().fromArray(this.elements)}};sc.prototype.isMatrix3=!0;var De=sc,Qa=new De,Du=new De().set(.4123908,.3575843,.1804808,.212639,.7151687,.0721923,.0193308,.1191948,.9505322),Fu=new De().set(3.2409699,-1.5373832,-.4986108,-.9692436,1.8759675,.0415551,.0556301,-.203977,1.0569715);function jf(){let i={enabled:!0,workingColorSpace:Ts,spaces:{},convert:function(s,r,o){return this.enabled===!1||r===o||!r||!o||(this.spaces[r].transfer===Je&&(s.r=Fn(s.r),s.g=Fn(s.g),s.b=Fn(s.b)),this.spaces[r].primaries!==this.spaces[o].primaries&&(s.applyMatrix3(this.spaces[r].toXYZ),s.applyMatrix3(this.spaces[o].fromXYZ)),this.spaces[o].transfer===Je&&(s.r=Zi(s.r),s.g=Zi(s.g),s.b=Zi(s.b))),s},workingToColorSpace:function(s,r){return this.convert(s,this.workingColorSpace,r)},colorSpaceToWorking:function(s,r){return this.convert(s,r,this.workingColorSpace)},getPrimaries:function(s){return this.spaces[s].primaries},getTransfer:function(s){return s===zn?Cs:this.spaces[s].transfer},getToneMappingMode:function(s){return this.spaces[s].outputColorSpaceConfig.toneMappingMode||"standard"},getLuminanceCoefficients:function(s,r=this.workingColorSpace){return s.fromArray(this.spaces[r].luminanceCoefficients)},define:function(s){Object.assign(this.spaces,s)},_getMatrix:function(s,r,o){return s.copy(this.spaces[o].fromXYZ).multiply(this.spaces[r].toXYZ)},_getDrawingBufferColorSpace:function(s){return this.spaces[s].outputColorSpaceConfig.drawingBufferColorSpace},_getUnpackColorSpace:function(s=this.workingColorSpace){return this.spaces[s].workingColorSpaceConfig.unpackColorSpace}},e=[.64,.33,.3,.6,.15,.06],t=[.2126,.7152,.0722],n=[.3127,.329];return i.define({[Ts]:{primaries:e,whitePoint:n,transfer:Cs,toXYZ:Du,fromXYZ:Fu,luminanceCoefficients:t,workingColorSpaceConfig:{unpackColorSpace:Wt},outputColorSpaceConfig:{drawingBufferColorSpace:Wt}},[Wt]:{primaries:e,whitePoint:n,transfer:Je,toXYZ:Du,fromXYZ:Fu,luminanceCoefficients:t,outputColorSpaceConfig:{drawingBufferColorSpace:Wt}}}),i}var Xe=jf();function Fn(i){return i<.04045?i*.0773993808:Math.pow(i*.9478672986+.0521327014,2.4)}function Zi(i){return i<.0031308?i*12.92:1.055*Math.pow(i,.41666)-.055}var Ui,io=class{static getDataURL(e,t="image/png"){if(/^data:/i.test(e.src)||typeof HTMLCanvasElement>"u")return e.src;let n;if(e instanceof HTMLCanvasElement)n=e;else{Ui===void 0&&(Ui=Ps("canvas")),Ui.width=e.width,Ui.height=e.height;let s=Ui.getContext("2d");e instanceof ImageData?s.putImageData(e,0,0):s.drawImage(e,0,0,e.width,e.height),n=Ui}return n.toDataURL(t)}static sRGBToLinear(e){if(typeof HTMLImageElement<"u"&&e instanceof HTMLImageElement||typeof HTMLCanvasElement<"u"&&e instanceof HTMLCanvasElement||typeof ImageBitmap<"u"&&e instanceof ImageBitmap){let t=Ps("canvas");t.width=e.width,t.height=e.height;let n=t.getContext("2d");n.drawImage(e,0,0,e.width,e.height);let s=n.getImageData(0,0,e.width,e.height),r=s.data;for(let o=0;o<r.length;o++)r[o]=Fn(r[o]/255)*255;return n.putImageData(s,0,0),t}else if(e.data){let t=e.data.slice(0);for(let n=0;n<t.length;n++)t instanceof Uint8Array||t instanceof Uint8ClampedArray?t[n]=Math.floor(Fn(t[n]/255)*255):t[n]=Fn(t[n]);return{data:t,width:e.width,height:e.height}}else return Le("ImageUtils.sRGBToLinear(): Unsupported image type. No color space conversion applied."),e}},Qf=0,ji=class{constructor(e=null){this.isTextureSource=!0,Object.defineProperty(this,"id",{value:Qf++}),this.uuid=Qs(),this.data=e,this.dataReady=!0,this.version=0}getSize(e){let t=this.data;return typeof HTMLVideoElement<"u"&&t instanceof HTMLVideoElement?e.set(t.videoWidth,t.videoHeight,0):typeof VideoFrame<"u"&&t instanceof VideoFrame?e.set(t.displayWidth,t.displayHeight,0):t!==null?e.set(t.width||0,t.height||0,t.depth||0):e.set(0,0,0),e}set needsUpdate(e){e===!0&&this.version++}toJSON(e){let t=e===void 0||typeof e=="string";if(!t&&e.images[this.uuid]!==void 0)return e.images[this.uuid];let n={uuid:this.uuid,url:""},s=this.data;if(s!==null){let r;if(Array.isArray(s)){r=[];for(let o=0,a=s.length;o<a;o++)s[o].isDataTexture?r.push(el(s[o].image)):r.push(el(s[o]))}else r=el(s);n.url=r}return t||(e.images[this.uuid]=n),n}};function el(i){return typeof HTMLImageElement<"u"&&i instanceof HTMLImageElement||typeof HTMLCanvasElement<"u"&&i instanceof HTMLCanvasElement||typeof ImageBitmap<"u"&&i instanceof ImageBitmap?io.getDataURL(i):i.data?{data:Array.from(i.data),width:i.width,height:i.height,type:i.data.constructor.name}:(Le("Texture: Unable to serialize Texture."),{})}var ep=0,tl=new q,Nt=class i extends yn{constructor(e=i.DEFAULT_IMAGE,t=i.DEFAULT_MAPPING,n=xn,s=xn,r=Ct,o=Bn,a=pn,c=Yt,l=i.DEFAULT_ANISOTROPY,u=zn){super(),this.isTexture=!0,Object.defineProperty(this,"id",{value:ep++}),this.uuid=Qs(),this.name="",this.source=new ji(e),this.mipmaps=[],this.mapping=t,this.channel=0,this.wrapS=n,this.wrapT=s,this.magFilter=r,this.minFilter=o,this.anisotropy=l,this.format=a,this.internalFormat=null,this.type=c,this.offset=new $e(0,0),this.repeat=new $e(1,1),this.center=new $e(0,0),this.rotation=0,this.matrixAutoUpdate=!0,this.matrix=new De,this.generateMipmaps=!0,this.mipmapsAutoUpdate=!0,this.premultiplyAlpha=!1,this.flipY=!0,this.unpackAlignment=4,this.colorSpace=u,this.userData={},this.updateRanges=[],this.version=0,this.onUpdate=null,this.renderTarget=null,this.isRenderTargetTexture=!1,this.isArrayTexture=!!(e&&e.depth&&e.depth>1),this.pmremVersion=0,this.isPMREMTexture=!1,this.normalized=!1}get width(){return this.source.getSize(tl).x}get height(){return this.source.getSize(tl).y}get depth(){return this.source.getSize(tl).z}get image(){return this.source.data}set image(e){this.source.data=e}updateMatrix(){this.matrix.setUvTransform(this.offset.x,this.offset.y,this.repeat.x,this.repeat.y,this.rotation,this.center.x,this.center.y)}addUpdateRange(e,t){this.updateRanges.push({start:e,count:t})}clearUpdateRanges(){this.updateRanges.length=0}clone(){return new this.constructor().copy(this)}copy(e){return this.name=e.name,this.source=e.source,this.mipmaps=e.mipmaps.slice(0),this.mapping=e.mapping,this.channel=e.channel,this.wrapS=e.wrapS,this.wrapT=e.wrapT,this.magFilter=e.magFilter,this.minFilter=e.minFilter,this.anisotropy=e.anisotropy,this.format=e.format,this.internalFormat=e.internalFormat,this.type=e.type,this.normalized=e.normalized,this.offset.copy(e.offset),this.repeat.copy(e.repeat),this.center.copy(e.center),this.rotation=e.rotation,this.matrixAutoUpdate=e.matrixAutoUpdate,this.matrix.copy(e.matrix),this.generateMipmaps=e.generateMipmaps,this.mipmapsAutoUpdate=e.mipmapsAutoUpdate,this.premultiplyAlpha=e.premultiplyAlpha,this.flipY=e.flipY,this.unpackAlignment=e.unpackAlignment,this.colorSpace=e.colorSpace,this.renderTarget=e.renderTarget,this.isRenderTargetTexture=e.isRenderTargetTexture,this.isPMREMTexture=e.isPMREMTexture,this.isArrayTexture=e.isArrayTexture,this.userData=JSON.parse(JSON.stringify(e.userData)),this.needsUpdate=!0,this}setValues(e){for(let t in e){let n=e[t];if(n===void 0){Le(`Texture.setValues(): parameter '${t}' has value of undefined.`);continue}let s=this[t];if(s===void 0){Le(`Texture.setValues(): property '${t}' does not exist.`);continue}s&&n&&s.isVector2&&n.isVector2||s&&n&&s.isVector3&&n.isVector3||s&&n&&s.isMatrix3&&n.isMatrix3?s.copy(n):this[t]=n}}toJSON(e){let t=e===void 0||typeof e=="string";if(!t&&e.textures[this.uuid]!==void 0)return e.textures[this.uuid];let n={metadata:{version:4.7,type:"Texture",generator:"Texture.toJSON"},uuid:this.uuid,name:this.name,image:this.source.toJSON(e).uuid,mapping:this.mapping,channel:this.channel,repeat:[this.repeat.x,this.repeat.y],offset:[this.offset.x,this.offset.y],center:[this.center.x,this.center.y],rotation:this.rotation,wrap:[this.wrapS,this.wrapT],format:this.format,internalFormat:this.internalFormat,type:this.type,normalized:this.normalized,colorSpace:this.colorSpace,minFilter:this.minFilter,magFilter:this.magFilter,anisotropy:this.anisotropy,flipY:this.flipY,generateMipmaps:this.generateMipmaps,mipmapsAutoUpdate:this.mipmapsAutoUpdate,premultiplyAlpha:this.premultiplyAlpha,unpackAlignment:this.unpackAlignment};return Object.keys(this.userData).length>0&&(n.userData=this.userData),t||(e.textures[this.uuid]=n),n}dispose(){this.dispatchEvent({type:"dispose"})}transformUv(e){if(this.mapping!==Bl)return e;if(e.applyMatrix3(this.matrix),e.x<0||e.x>1)switch(this.wrapS){case Qr:e.x=e.x-Math.floor(e.x);break;case xn:e.x=e.x<0?0:1;break;case eo:Math.abs(Math.floor(e.x)%2)===1?e.x=Math.ceil(e.x)-e.x:e.x=e.x-Math.floor(e.x);break}if(e.y<0||e.y>1)switch(this.wrapT){case Qr:e.y=e.y-Math.floor(e.y);break;case xn:e.y=e.y<0?0:1;break;case eo:Math.abs(Math.floor(e.y)%2)===1?e.y=Math.ceil(e.y)-e.y:e.y=e.y-Math.floor(e.y);break}return this.flipY&&(e.y=1-e.y),e}set needsUpdate(e){e===!0&&(this.version++,this.source.needsUpdate=!0)}set needsPMREMUpdate(e){e===!0&&this.pmremVersion++}};Nt.DEFAULT_IMAGE=null;Nt.DEFAULT_MAPPING=Bl;Nt.DEFAULT_ANISOTROPY=1;var rc=class rc{constructor(e=0,t=0,n=0,s=1){this.x=e,this.y=t,this.z=n,this.w=s}get width(){return this.z}set width(e){this.z=e}get height(){return this.w}set height(e){this.w=e}set(e,t,n,s){return this.x=e,this.y=t,this.z=n,this.w=s,this}setScalar(e){return this.x=e,this.y=e,this.z=e,this.w=e,this}setX(e){return this.x=e,this}setY(e){return this.y=e,this}setZ(e){return this.z=e,this}setW(e){return this.w=e,this}setComponent(e,t){switch(e){case 0:this.x=t;break;case 1:this.y=t;break;case 2:this.z=t;break;case 3:this.w=t;break;default:throw new Error("THREE.Vector4: index is out of range: "+e)}return this}getComponent(e){switch(e){case 0:return this.x;case 1:return this.y;case 2:return this.z;case 3:return this.w;default:throw new Error("THREE.Vector4: index is out of range: "+e)}}clone(){return new this.constructor(this.x,this.y,this.z,this.w)}copy(e){return this.x=e.x,this.y=e.y,this.z=e.z,this.w=e.w!==void 0?e.w:1,this}add(e){return this.x+=e.x,this.y+=e.y,this.z+=e.z,this.w+=e.w,this}addScalar(e){return this.x+=e,this.y+=e,this.z+=e,this.w+=e,this}addVectors(e,t){return this.x=e.x+t.x,this.y=e.y+t.y,this.z=e.z+t.z,this.w=e.w+t.w,this}addScaledVector(e,t){return this.x+=e.x*t,this.y+=e.y*t,this.z+=e.z*t,this.w+=e.w*t,this}sub(e){return this.x-=e.x,this.y-=e.y,this.z-=e.z,this.w-=e.w,this}subScalar(e){return this.x-=e,this.y-=e,this.z-=e,this.w-=e,this}subVectors(e,t){return this.x=e.x-t.x,this.y=e.y-t.y,this.z=e.z-t.z,this.w=e.w-t.w,this}multiply(e){return this.x*=e.x,this.y*=e.y,this.z*=e.z,this.w*=e.w,this}multiplyScalar(e){return this.x*=e,this.y*=e,this.z*=e,this.w*=e,this}applyMatrix4(e){let t=this.x,n=this.y,s=this.z,r=this.w,o=e.elements;return this.x=o[0]*t+o[4]*n+o[8]*s+o[12]*r,this.y=o[1]*t+o[5]*n+o[9]*s+o[13]*r,this.z=o[2]*t+o[6]*n+o[10]*s+o[14]*r,this.w=o[3]*t+o[7]*n+o[11]*s+o[15]*r,this}divide(e){return this.x/=e.x,this.y/=e.y,this.z/=e.z,this.w/=e.w,this}divideScalar(e){return this.multiplyScalar(1/e)}setAxisAngleFromQuaternion(e){this.w=2*Math.acos(e.w);let t=Math.sqrt(1-e.w*e.w);return t<1e-4?(this.x=1,this.y=0,this.z=0):(this.x=e.x/t,this.y=e.y/t,this.z=e.z/t),this}setAxisAngleFromRotationMatrix(e){let t,n,s,r,c=e.elements,l=c[0],u=c[4],h=c[8],d=c[1],f=c[5],g=c[9],y=c[2],p=c[6],m=c[10];if(Math.abs(u-d)<.01&&Math.abs(h-y)<.01&&Math.abs(g-p)<.01){if(Math.abs(u+d)<.1&&Math.abs(h+y)<.1&&Math.abs(g+p)<.1&&Math.abs(l+f+m-3)<.1)return this.set(1,0,0,0),this;t=Math.PI;let S=(l+1)/2,_=(f+1)/2,A=(m+1)/2,w=(u+d)/4,x=(h+y)/4,E=(g+p)/4;return S>_&&S>A?S<.01?(n=0,s=.707106781,r=.707106781):(n=Math.sqrt(S),s=w/n,r=x/n):_>A?_<.01?(n=.707106781,s=0,r=.707106781):(s=Math.sqrt(_),n=w/s,r=E/s):A<.01?(n=.707106781,s=.707106781,r=0):(r=Math.sqrt(A),n=x/r,s=E/r),this.set(n,s,r,t),this}let v=Math.sqrt((p-g)*(p-g)+(h-y)*(h-y)+(d-u)*(d-u));return Math.abs(v)<.001&&(v=1),this.x=(p-g)/v,this.y=(h-y)/v,this.z=(d-u)/v,this.w=Math.acos((l+f+m-1)/2),this}setFromMatrixPosition(e){let t=e.elements;return this.x=t[12],this.y=t[13],this.z=t[14],this.w=t[15],this}min(e){return this.x=Math.min(this.x,e.x),this.y=Math.min(this.y,e.y),this.z=Math.min(this.z,e.z),this.w=Math.min(this.w,e.w),this}max(e){return this.x=Math.max(this.x,e.x),this.y=Math.max(this.y,e.y),this.z=Math.max(this.z,e.z),this.w=Math.max(this.w,e.w),this}clamp(e,t){return this.x=qe(this.x,e.x,t.x),this.y=qe(this.y,e.y,t.y),this.z=qe(this.z,e.z,t.z),this.w=qe(this.w,e.w,t.w),this}clampScalar(e,t){return this.x=qe(this.x,e,t),this.y=qe(this.y,e,t),this.z=qe(this.z,e,t),this.w=qe(this.w,e,t),this}clampLength(e,t){let n=this.length();return this.divideScalar(n||1).multiplyScalar(qe(n,e,t))}floor(){return this.x=Math.floor(this.x),this.y=Math.floor(this.y),this.z=Math.floor(this.z),this.w=Math.floor(this.w),this}ceil(){return this.x=Math.ceil(this.x),this.y=Math.ceil(this.y),this.z=Math.ceil(this.z),this.w=Math.ceil(this.w),this}round(){return this.x=Math.round(this.x),this.y=Math.round(this.y),this.z=Math.round(this.z),this.w=Math.round(this.w),this}roundToZero(){return this.x=Math.trunc(this.x),this.y=Math.trunc(this.y),this.z=Math.trunc(this.z),this.w=Math.trunc(this.w),this}negate(){return this.x=-this.x,this.y=-this.y,this.z=-this.z,this.w=-this.w,this}dot(e){return this.x*e.x+this.y*e.y+this.z*e.z+this.w*e.w}lengthSq(){return this.x*this.x+this.y*this.y+this.z*this.z+this.w*this.w}length(){return Math.sqrt(this.x*this.x+this.y*this.y+this.z*this.z+this.w*this.w)}manhattanLength(){return Math.abs(this.x)+Math.abs(this.y)+Math.abs(this.z)+Math.abs(this.w)}normalize(){return this.divideScalar(this.length()||1)}setLength(e){return this.normalize().multiplyScalar(e)}lerp(e,t){return this.x+=(e.x-this.x)*t,this.y+=(e.y-this.y)*t,this.z+=(e.z-this.z)*t,this.w+=(e.w-this.w)*t,this}lerpVectors(e,t,n){return this.x=e.x+(t.x-e.x)*n,this.y=e.y+(t.y-e.y)*n,this.z=e.z+(t.z-e.z)*n,this.w=e.w+(t.w-e.w)*n,this}equals(e){return e.x===this.x&&e.y===this.y&&e.z===this.z&&e.w===this.w}fromArray(e,t=0){return this.x=e[t],this.y=e[t+1],this.z=e[t+2],this.w=e[t+3],this}toArray(e=[],t=0){return e[t]=this.x,e[t+1]=this.y,e[t+2]=this.z,e[t+3]=this.w,e}fromBufferAttribute(e,t){return this.x=e.getX(t),this.y=e.getY(t),this.z=e.getZ(t),this.w=e.getW(t),this}random(){return this.x=Math.random(),this.y=Math.random(),this.z=Math.random(),this.w=Math.random(),this}*[Symbol.iterator](){yield this.x,yield this.y,yield this.z,yield this.w}};rc.prototype.isVector4=!0;var ut=rc,so=class extends yn{constructor(e=1,t=1,n={}){super(),n=Object.assign({generateMipmaps:!1,internalFormat:null,minFilter:Ct,depthBuffer:!0,stencilBuffer:!1,resolveColorBuffer:!0,resolveDepthBuffer:!0,resolveStencilBuffer:!0,storeMultisampledColorBuffer:!0,storeMultisampledDepthBuffer:!0,storeMultisampledStencilBuffer:!0,depthTexture:null,samples:0,count:1,depth:1,multiview:!1,useArrayDepthTexture:!1},n),this.isRenderTarget=!0,this.width=e,this.height=t,this.depth=n.depth,this.scissor=new ut(0,0,e,t),this.scissorTest=!1,this.viewport=new ut(0,0,e,t),this.textures=[];let s=n.count;for(let r=0;r<s;r++)this.textures[r]=new Nt({width:e,height:t,depth:n.depth}),this.textures[r].isRenderTargetTexture=!0,this.textures[r].renderTarget=this;this._setTextureOptions(n),this.depthBuffer=n.depthBuffer,this.stencilBuffer=n.stencilBuffer,this.resolveColorBuffer=n.resolveColorBuffer,this.resolveDepthBuffer=n.resolveDepthBuffer,this.resolveStencilBuffer=n.resolveStencilBuffer,this.storeMultisampledColorBuffer=n.storeMultisampledColorBuffer,this.storeMultisampledDepthBuffer=n.storeMultisampledDepthBuffer,this.storeMultisampledStencilBuffer=n.storeMultisampledStencilBuffer,this._depthTexture=null,this.depthTexture=n.depthTexture,this.samples=n.samples,this.multiview=n.multiview,this.useArrayDepthTexture=n.useArrayDepthTexture}_setTextureOptions(e={}){let t={minFilter:Ct,generateMipmaps:!1,flipY:!1,internalFormat:null};e.mapping!==void 0&&(t.mapping=e.mapping),e.wrapS!==void 0&&(t.wrapS=e.wrapS),e.wrapT!==void 0&&(t.wrapT=e.wrapT),e.wrapR!==void 0&&(t.wrapR=e.wrapR),e.magFilter!==void 0&&(t.magFilter=e.magFilter),e.minFilter!==void 0&&(t.minFilter=e.minFilter),e.format!==void 0&&(t.format=e.format),e.type!==void 0&&(t.type=e.type),e.anisotropy!==void 0&&(t.anisotropy=e.anisotropy),e.colorSpace!==void 0&&(t.colorSpace=e.colorSpace),e.flipY!==void 0&&(t.flipY=e.flipY),e.generateMipmaps!==void 0&&(t.generateMipmaps=e.generateMipmaps),e.mipmapsAutoUpdate!==void 0&&(t.mipmapsAutoUpdate=e.mipmapsAutoUpdate),e.internalFormat!==void 0&&(t.internalFormat=e.internalFormat);for(let n=0;n<this.textures.length;n++)this.textures[n].setValues(t)}get texture(){return this.textures[0]}set texture(e){this.textures[0]=e}set depthTexture(e){this._depthTexture!==null&&this._depthTexture.renderTarget===this&&(this._depthTexture.renderTarget=null),e!==null&&e.renderTarget===null&&(e.renderTarget=this),this._depthTexture=e}get depthTexture(){return this._depthTexture}setSize(e,t,n=1){if(this.width!==e||this.height!==t||this.depth!==n){this.width=e,this.height=t,this.depth=n;for(let s=0,r=this.textures.length;s<r;s++)this.textures[s].image.width=e,this.textures[s].image.height=t,this.textures[s].image.depth=n,this.textures[s].isData3DTexture!==!0&&(this.textures[s].isArrayTexture=this.textures[s].image.depth>1);this.dispose()}this.viewport.set(0,0,e,t),this.scissor.set(0,0,e,t)}clone(){return new this.constructor().copy(this)}copy(e){this.width=e.width,this.height=e.height,this.depth=e.depth,this.scissor.copy(e.scissor),this.scissorTest=e.scissorTest,this.viewport.copy(e.viewport),this.textures.length=0;for(let t=0,n=e.textures.length;t<n;t++){this.textures[t]=e.textures[t].clone(),this.textures[t].isRenderTargetTexture=!0,this.textures[t].renderTarget=this;let s=Object.assign({},e.textures[t].image);this.textures[t].source=new ji(s)}if(this.depthBuffer=e.depthBuffer,this.stencilBuffer=e.stencilBuffer,this.resolveColorBuffer=e.resolveColorBuffer,this.resolveDepthBuffer=e.resolveDepthBuffer,this.resolveStencilBuffer=e.resolveStencilBuffer,this.storeMultisampledColorBuffer=e.storeMultisampledColorBuffer,this.storeMultisampledDepthBuffer=e.storeMultisampledDepthBuffer,this.storeMultisampledStencilBuffer=e.storeMultisampledStencilBuffer,e.depthTexture!==null)if(e.depthTexture.renderTarget===e){let t=e.depthTexture.clone();t.renderTarget=null,this.depthTexture=t}else this.depthTexture=e.depthTexture;else this.depthTexture=null;return this.samples=e.samples,this.multiview=e.multiview,this.useArrayDepthTexture=e.useArrayDepthTexture,this}dispose(){this.dispatchEvent({type:"dispose"})}},Xt=class extends so{constructor(e=1,t=1,n={}){super(e,t,n),this.isWebGLRenderTarget=!0}},Is=class extends Nt{constructor(e=null,t=1,n=1,s=1){super(null),this.isDataArrayTexture=!0,this.image={data:e,width:t,height:n,depth:s},this.magFilter=pt,this.minFilter=pt,this.wrapR=xn,this.generateMipmaps=!1,this.flipY=!1,this.unpackAlignment=1,this.layerUpdates=new Set}copy(e){return super.copy(e),this.wrapR=e.wrapR,this}addLayerUpdate(e){this.layerUpdates.add(e)}clearLayerUpdates(){this.layerUpdates.clear()}};var ro=class extends Nt{constructor(e=null,t=1,n=1,s=1){super(null),this.isData3DTexture=!0,this.image={data:e,width:t,height:n,depth:s},this.magFilter=pt,this.minFilter=pt,this.wrapR=xn,this.generateMipmaps=!1,this.flipY=!1,this.unpackAlignment=1}copy(e){return super.copy(e),this.wrapR=e.wrapR,this}};var wo=class wo{constructor(e,t,n,s,r,o,a,c,l,u,h,d,f,g,y,p){this.elements=[1,0,0,0,0,1,0,0,0,0,1,0,0,0,0,1],e!==void 0&&this.set(e,t,n,s,r,o,a,c,l,u,h,d,f,g,y,p)}set(e,t,n,s,r,o,a,c,l,u,h,d,f,g,y,p){let m=this.elements;return m[0]=e,m[4]=t,m[8]=n,m[12]=s,m[1]=r,m[5]=o,m[9]=a,m[13]=c,m[2]=l,m[6]=u,m[10]=h,m[14]=d,m[3]=f,m[7]=g,m[11]=y,m[15]=p,this}identity(){return this.set(1,0,0,0,0,1,0,0,0,0,1,0,0,0,0,1),this}clone(){return new wo().fromArray(this.elements)}copy(e){let t=this.elements,n=e.elements;return t[0]=n[0],t[1]=n[1],t[2]=n[2],t[3]=n[3],t[4]=n[4],t[5]=n[5],t[6]=n[6],t[7]=n[7],t[8]=n[8],t[9]=n[9],t[10]=n[10],t[11]=n[11],t[12]=n[12],t[13]=n[13],t[14]=n[14],t[15]=n[15],this}copyPosition(e){let t=this.elements,n=e.elements;return t[12]=n[12],t[13]=n[13],t[14]=n[14],this}setFromMatrix3(e){let t=e.elements;return this.set(t[0],t[3],t[6],0,t[1],t[4],t[7],0,t[2],t[5],t[8],0,0,0,0,1),this}extractBasis(e,t,n){return this.determinantAffine()===0?(e.set(1,0,0),t.set(0,1,0),n.set(0,0,1),this):(e.setFromMatrixColumn(this,0),t.setFromMatrixColumn(this,1),n.setFromMatrixColumn(this,2),this)}makeBasis(e,t,n){return this.set(e.x,t.x,n.x,0,e.y,t.y,n.y,0,e.z,t.z,n.z,0,0,0,0,1),this}extractRotation(e){if(e.determinantAffine()===0)return this.identity();let t=this.elements,n=e.elements,s=1/Oi.setFromMatrixColumn(e,0).length(),r=1/Oi.setFromMatrixColumn(e,1).length(),o=1/Oi.setFromMatrixColumn(e,2).length();return t[0]=n[0]*s,t[1]=n[1]*s,t[2]=n[2]*s,t[3]=0,t[4]=n[4]*r,t[5]=n[5]*r,t[6]=n[6]*r,t[7]=0,t[8]=n[8]*o,t[9]=n[9]*o,t[10]=n[10]*o,t[11]=0,t[12]=0,t[13]=0,t[14]=0,t[15]=1,this}makeRotationFromEuler(e){let t=this.elements,n=e.x,s=e.y,r=e.z,o=Math.cos(n),a=Math.sin(n),c=Math.cos(s),l=Math.sin(s),u=Math.cos(r),h=Math.sin(r);if(e.order==="XYZ"){let d=o*u,f=o*h,g=a*u,y=a*h;t[0]=c*u,t[4]=-c*h,t[8]=l,t[1]=f+g*l,t[5]=d-y*l,t[9]=-a*c,t[2]=y-d*l,t[6]=g+f*l,t[10]=o*c}else if(e.order==="YXZ"){let d=c*u,f=c*h,g=l*u,y=l*h;t[0]=d+y*a,t[4]=g*a-f,t[8]=o*l,t[1]=o*h,t[5]=o*u,t[9]=-a,t[2]=f*a-g,t[6]=y+d*a,t[10]=o*c}else if(e.order==="ZXY"){let d=c*u,f=c*h,g=l*u,y=l*h;t[0]=d-y*a,t[4]=-o*h,t[8]=g+f*a,t[1]=f+g*a,t[5]=o*u,t[9]=y-d*a,t[2]=-o*l,t[6]=a,t[10]=o*c}else if(e.order==="ZYX"){let d=o*u,f=o*h,g=a*u,y=a*h;t[0]=c*u,t[4]=g*l-f,t[8]=d*l+y,t[1]=c*h,t[5]=y*l+d,t[9]=f*l-g,t[2]=-l,t[6]=a*c,t[10]=o*c}else if(e.order==="YZX"){let d=o*c,f=o*l,g=a*c,y=a*l;t[0]=c*u,t[4]=y-d*h,t[8]=g*h+f,t[1]=h,t[5]=o*u,t[9]=-a*u,t[2]=-l*u,t[6]=f*h+g,t[10]=d-y*h}else if(e.order==="XZY"){let d=o*c,f=o*l,g=a*c,y=a*l;t[0]=c*u,t[4]=-h,t[8]=l*u,t[1]=d*h+y,t[5]=o*u,t[9]=f*h-g,t[2]=g*h-f,t[6]=a*u,t[10]=y*h+d}return t[3]=0,t[7]=0,t[11]=0,t[12]=0,t[13]=0,t[14]=0,t[15]=1,this}makeRotationFromQuaternion(e){return this.compose(tp,e,np)}lookAt(e,t,n){let s=this.elements;return Ht.subVectors(e,t),Ht.lengthSq()===0&&(Ht.z=1),Ht.normalize(),qn.crossVectors(n,Ht),qn.lengthSq()===0&&(Math.abs(n.z)===1?Ht.x+=1e-4:Ht.z+=1e-4,Ht.normalize(),qn.crossVectors(n,Ht)),qn.normalize(),Sr.crossVectors(Ht,qn),s[0]=qn.x,s[4]=Sr.x,s[8]=Ht.x,s[1]=qn.y,s[5]=Sr.y,s[9]=Ht.y,s[2]=qn.z,s[6]=Sr.z,s[10]=Ht.z,this}multiply(e){return this.multiplyMatrices(this,e)}premultiply(e){return this.multiplyMatrices(e,this)}multiplyMatrices(e,t){let n=e.elements,s=t.elements,r=this.elements,o=n[0],a=n[4],c=n[8],l=n[12],u=n[1],h=n[5],d=n[9],f=n[13],g=n[2],y=n[6],p=n[10],m=n[14],v=n[3],S=n[7],_=n[11],A=n[15],w=s[0],x=s[4],E=s[8],U=s[12],D=s[1],R=s[5],L=s[9],O=s[13],P=s[2],G=s[6],Z=s[10],W=s[14],re=s[3],Y=s[7],ee=s[11],ie=s[15];return r[0]=o*w+a*D+c*P+l*re,r[4]=o*x+a*R+c*G+l*Y,r[8]=o*E+a*L+c*Z+l*ee,r[12]=o*U+a*O+c*W+l*ie,r[1]=u*w+h*D+d*P+f*re,r[5]=u*x+h*R+d*G+f*Y,r[9]=u*E+h*L+d*Z+f*ee,r[13]=u*U+h*O+d*W+f*ie,r[2]=g*w+y*D+p*P+m*re,r[6]=g*x+y*R+p*G+m*Y,r[10]=g*E+y*L+p*Z+m*ee,r[14]=g*U+y*O+p*W+m*ie,r[3]=v*w+S*D+_*P+A*re,r[7]=v*x+S*R+_*G+A*Y,r[11]=v*E+S*L+_*Z+A*ee,r[15]=v*U+S*O+_*W+A*ie,this}multiplyScalar(e){let t=this.elements;return t[0]*=e,t[4]*=e,t[8]*=e,t[12]*=e,t[1]*=e,t[5]*=e,t[9]*=e,t[13]*=e,t[2]*=e,t[6]*=e,t[10]*=e,t[14]*=e,t[3]*=e,t[7]*=e,t[11]*=e,t[15]*=e,this}determinant(){let e=this.elements,t=e[0],n=e[4],s=e[8],r=e[12],o=e[1],a=e[5],c=e[9],l=e[13],u=e[2],h=e[6],d=e[10],f=e[14],g=e[3],y=e[7],p=e[11],m=e[15],v=c*f-l*d,S=a*f-l*h,_=a*d-c*h,A=o*f-l*u,w=o*d-c*u,x=o*h-a*u;return t*(y*v-p*S+m*_)-n*(g*v-p*A+m*w)+s*(g*S-y*A+m*x)-r*(g*_-y*w+p*x)}determinantAffine(){let e=this.elements,t=e[0],n=e[4],s=e[8],r=e[1],o=e[5],a=e[9],c=e[2],l=e[6],u=e[10];return t*(o*u-a*l)-n*(r*u-a*c)+s*(r*l-o*c)}transpose(){let e=this.elements,t;return t=e[1],e[1]=e[4],e[4]=t,t=e[2],e[2]=e[8],e[8]=t,t=e[6],e[6]=e[9],e[9]=t,t=e[3],e[3]=e[12],e[12]=t,t=e[7],e[7]=e[13],e[13]=t,t=e[11],e[11]=e[14],e[14]=t,this}setPosition(e,t,n){let s=this.elements;return e.isVector3?(s[12]=e.x,s[13]=e.y,s[14]=e.z):(s[12]=e,s[13]=t,s[14]=n),this}invert(){let e=this.elements,t=e[0],n=e[1],s=e[2],r=e[3],o=e[4],a=e[5],c=e[6],l=e[7],u=e[8],h=e[9],d=e[10],f=e[11],g=e[12],y=e[13],p=e[14],m=e[15],v=t*a-n*o,S=t*c-s*o,_=t*l-r*o,A=n*c-s*a,w=n*l-r*a,x=s*l-r*c,E=u*y-h*g,U=u*p-d*g,D=u*m-f*g,R=h*p-d*y,L=h*m-f*y,O=d*m-f*p,P=v*O-S*L+_*R+A*D-w*U+x*E;if(P===0)return this.set(0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0);let G=1/P;return e[0]=(a*O-c*L+l*R)*G,e[1]=(s*L-n*O-r*R)*G,e[2]=(y*x-p*w+m*A)*G,e[3]=(d*w-h*x-f*A)*G,e[4]=(c*D-o*O-l*U)*G,e[5]=(t*O-s*D+r*U)*G,e[6]=(p*_-g*x-m*S)*G,e[7]=(u*x-d*_+f*S)*G,e[8]=(o*L-a*D+l*E)*G,e[9]=(n*D-t*L-r*E)*G,e[10]=(g*w-y*_+m*v)*G,e[11]=(h*_-u*w-f*v)*G,e[12]=(a*U-o*R-c*E)*G,e[13]=(t*R-n*U+s*E)*G,e[14]=(y*S-g*A-p*v)*G,e[15]=(u*A-h*S+d*v)*G,this}scale(e){let t=this.elements,n=e.x,s=e.y,r=e.z;return t[0]*=n,t[4]*=s,t[8]*=r,t[1]*=n,t[5]*=s,t[9]*=r,t[2]*=n,t[6]*=s,t[10]*=r,t[3]*=n,t[7]*=s,t[11]*=r,this}getMaxScaleOnAxis(){let e=this.elements,t=e[0]*e[0]+e[1]*e[1]+e[2]*e[2],n=e[4]*e[4]+e[5]*e[5]+e[6]*e[6],s=e[8]*e[8]+e[9]*e[9]+e[10]*e[10];return Math.sqrt(Math.max(t,n,s))}makeTranslation(e,t,n){return e.isVector3?this.set(1,0,0,e.x,0,1,0,e.y,0,0,1,e.z,0,0,0,1):this.set(1,0,0,e,0,1,0,t,0,0,1,n,0,0,0,1),this}makeRotationX(e){let t=Math.cos(e),n=Math.sin(e);return this.set(1,0,0,0,0,t,-n,0,0,n,t,0,0,0,0,1),this}makeRotationY(e){let t=Math.cos(e),n=Math.sin(e);return this.set(t,0,n,0,0,1,0,0,-n,0,t,0,0,0,0,1),this}makeRotationZ(e){let t=Math.cos(e),n=Math.sin(e);return this.set(t,-n,0,0,n,t,0,0,0,0,1,0,0,0,0,1),this}makeRotationAxis(e,t){let n=Math.cos(t),s=Math.sin(t),r=1-n,o=e.x,a=e.y,c=e.z,l=r*o,u=r*a;return this.set(l*o+n,l*a-s*c,l*c+s*a,0,l*a+s*c,u*a+n,u*c-s*o,0,l*c-s*a,u*c+s*o,r*c*c+n,0,0,0,0,1),this}makeScale(e,t,n){return this.set(e,0,0,0,0,t,0,0,0,0,n,0,0,0,0,1),this}makeShear(e,t,n,s,r,o){return this.set(1,n,r,0,e,1,o,0,t,s,1,0,0,0,0,1),this}compose(e,t,n){let s=this.elements,r=t._x,o=t._y,a=t._z,c=t._w,l=r+r,u=o+o,h=a+a,d=r*l,f=r*u,g=r*h,y=o*u,p=o*h,m=a*h,v=c*l,S=c*u,_=c*h,A=n.x,w=n.y,x=n.z;return s[0]=(1-(y+m))*A,s[1]=(f+_)*A,s[2]=(g-S)*A,s[3]=0,s[4]=(f-_)*w,s[5]=(1-(d+m))*w,s[6]=(p+v)*w,s[7]=0,s[8]=(g+S)*x,s[9]=(p-v)*x,s[10]=(1-(d+y))*x,s[11]=0,s[12]=e.x,s[13]=e.y,s[14]=e.z,s[15]=1,this}decompose(e,t,n){let s=this.elements;e.x=s[12],e.y=s[13],e.z=s[14];let r=this.determinantAffine();if(r===0)return n.set(1,1,1),t.identity(),this;let o=Oi.set(s[0],s[1],s[2]).length(),a=Oi.set(s[4],s[5],s[6]).length(),c=Oi.set(s[8],s[9],s[10]).length();r<0&&(o=-o),an.copy(this);let l=1/o,u=1/a,h=1/c;return an.elements[0]*=l,an.elements[1]*=l,an.elements[2]*=l,an.elements[4]*=u,an.elements[5]*=u,an.elements[6]*=u,an.elements[8]*=h,an.elements[9]*=h,an.elements[10]*=h,t.setFromRotationMatrix(an),n.x=o,n.y=a,n.z=c,this}makePerspective(e,t,n,s,r,o,a=en,c=!1){let l=this.elements,u=2*r/(t-e),h=2*r/(n-s),d=(t+e)/(t-e),f=(n+s)/(n-s),g,y;if(c)g=r/(o-r),y=o*r/(o-r);else if(a===en)g=-(o+r)/(o-r),y=-2*o*r/(o-r);else if(a===Rs)g=-o/(o-r),y=-o*r/(o-r);else throw new Error("THREE.Matrix4.makePerspective(): Invalid coordinate system: "+a);return l[0]=u,l[4]=0,l[8]=d,l[12]=0,l[1]=0,l[5]=h,l[9]=f,l[13]=0,l[2]=0,l[6]=0,l[10]=g,l[14]=y,l[3]=0,l[7]=0,l[11]=-1,l[15]=0,this}makeOrthographic(e,t,n,s,r,o,a=en,c=!1){let l=this.elements,u=2/(t-e),h=2/(n-s),d=-(t+e)/(t-e),f=-(n+s)/(n-s),g,y;if(c)g=1/(o-r),y=o/(o-r);else if(a===en)g=-2/(o-r),y=-(o+r)/(o-r);else if(a===Rs)g=-1/(o-r),y=-r/(o-r);else throw new Error("THREE.Matrix4.makeOrthographic(): Invalid coordinate system: "+a);return l[0]=u,l[4]=0,l[8]=0,l[12]=d,l[1]=0,l[5]=h,l[9]=0,l[13]=f,l[2]=0,l[6]=0,l[10]=g,l[14]=y,l[3]=0,l[7]=0,l[11]=0,l[15]=1,this}equals(e){let t=this.elements,n=e.elements;for(let s=0;s<16;s++)if(t[s]!==n[s])return!1;return!0}fromArray(e,t=0){for(let n=0;n<16;n++)this.elements[n]=e[n+t];return this}toArray(e=[],t=0){let n=this.elements;return e[t]=n[0],e[t+1]=n[1],e[t+2]=n[2],e[t+3]=n[3],e[t+4]=n[4],e[t+5]=n[5],e[t+6]=n[6],e[t+7]=n[7],e[t+8]=n[8],e[t+9]=n[9],e[t+10]=n[10],e[t+11]=n[11],e[t+12]=n[12],e[t+13]=n[13],e[t+14]=n[14],e[t+15]=n[15],e}};wo.prototype.isMatrix4=!0;var rt=wo,Oi=new q,an=new rt,tp=new q(0,0,0),np=new q(1,1,1),qn=new q,Sr=new q,Ht=new q,Uu=new rt,Ou=new vn,jn=class i{constructor(e=0,t=0,n=0,s=i.DEFAULT_ORDER){this.isEuler=!0,this._x=e,this._y=t,this._z=n,this._order=s}get x(){return this._x}set x(e){this._x=e,this._onChangeCallback()}get y(){return this._y}set y(e){this._y=e,this._onChangeCallback()}get z(){return this._z}set z(e){this._z=e,this._onChangeCallback()}get order(){return this._order}set order(e){this._order=e,this._onChangeCallback()}set(e,t,n,s=this._order){return this._x=e,this._y=t,this._z=n,this._order=s,this._onChangeCallback(),this}clone(){return new this.constructor(this._x,this._y,this._z,this._order)}copy(e){return this._x=e._x,this._y=e._y,this._z=e._z,this._order=e._order,this._onChangeCallback(),this}setFromRotationMatrix(e,t=this._order,n=!0){let s=e.elements,r=s[0],o=s[4],a=s[8],c=s[1],l=s[5],u=s[9],h=s[2],d=s[6],f=s[10];switch(t){case"XYZ":this._y=Math.asin(qe(a,-1,1)),Math.abs(a)<.9999999?(this._x=Math.atan2(-u,f),this._z=Math.atan2(-o,r)):(this._x=Math.atan2(d,l),this._z=0);break;case"YXZ":this._x=Math.asin(-qe(u,-1,1)),Math.abs(u)<.9999999?(this._y=Math.atan2(a,f),this._z=Math.atan2(c,l)):(this._y=Math.atan2(-h,r),this._z=0);break;case"ZXY":this._x=Math.asin(qe(d,-1,1)),Math.abs(d)<.9999999?(this._y=Math.atan2(-h,f),this._z=Math.atan2(-o,l)):(this._y=0,this._z=Math.atan2(c,r));break;case"ZYX":this._y=Math.asin(-qe(h,-1,1)),Math.abs(h)<.9999999?(this._x=Math.atan2(d,f),this._z=Math.atan2(c,r)):(this._x=0,this._z=Math.atan2(-o,l));break;case"YZX":this._z=Math.asin(qe(c,-1,1)),Math.abs(c)<.9999999?(this._x=Math.atan2(-u,l),this._y=Math.atan2(-h,r)):(this._x=0,this._y=Math.atan2(a,f));break;case"XZY":this._z=Math.asin(-qe(o,-1,1)),Math.abs(o)<.9999999?(this._x=Math.atan2(d,l),this._y=Math.atan2(a,r)):(this._x=Math.atan2(-u,f),this._y=0);break;default:Le("Euler: .setFromRotationMatrix() encountered an unknown order: "+t)}return this._order=t,n===!0&&this._onChangeCallback(),this}setFromQuaternion(e,t,n){return Uu.makeRotationFromQuaternion(e),this.setFromRotationMatrix(Uu,t,n)}setFromVector3(e,t=this._order){return this.set(e.x,e.y,e.z,t)}reorder(e){return Ou.setFromEuler(this),this.setFromQuaternion(Ou,e)}equals(e){return e._x===this._x&&e._y===this._y&&e._z===this._z&&e._order===this._order}fromArray(e){return this._x=e[0],this._y=e[1],this._z=e[2],e[3]!==void 0&&(this._order=e[3]),this._onChangeCallback(),this}toArray(e=[],t=0){return e[t]=this._x,e[t+1]=this._y,e[t+2]=this._z,e[t+3]=this._order,e}_onChange(e){return this._onChangeCallback=e,this}_onChangeCallback(){}*[Symbol.iterator](){yield this._x,yield this._y,yield this._z,yield this._order}};jn.DEFAULT_ORDER="XYZ";var Ls=class{constructor(){this.mask=1}set(e){this.mask=(1<<e|0)>>>0}enable(e){this.mask|=1<<e|0}enableAll(){this.mask=-1}toggle(e){this.mask^=1<<e|0}disable(e){this.mask&=~(1<<e|0)}disableAll(){this.mask=0}test(e){return(this.mask&e.mask)!==0}isEnabled(e){return(this.mask&(1<<e|0))!==0}},ip=0,Bu=new q,Bi=new vn,Pn=new rt,Mr=new q,bs=new q,sp=new q,rp=new vn,ku=new q(1,0,0),zu=new q(0,1,0),Vu=new q(0,0,1),Hu={type:"added"},op={type:"removed"},ki={type:"childadded",child:null},nl={type:"childremoved",child:null},qt=class i extends yn{constructor(){super(),this.isObject3D=!0,Object.defineProperty(this,"id",{value:ip++}),this.uuid=Qs(),this.name="",this.type="Object3D",this.parent=null,this.children=[],this.up=i.DEFAULT_UP.clone();let e=new q,t=new jn,n=new vn,s=new q(1,1,1);function r(){n.setFromEuler(t,!1)}function o(){t.setFromQuaternion(n,void 0,!1)}t._onChange(r),n._onChange(o),Object.defineProperties(this,{position:{configurable:!0,enumerable:!0,value:e},rotation:{configurable:!0,enumerable:!0,value:t},quaternion:{configurable:!0,enumerable:!0,value:n},scale:{configurable:!0,enumerable:!0,value:s},modelViewMatrix:{value:new rt},normalMatrix:{value:new De}}),this.matrix=new rt,this.matrixWorld=new rt,this.matrixAutoUpdate=i.DEFAULT_MATRIX_AUTO_UPDATE,this.matrixWorldAutoUpdate=i.DEFAULT_MATRIX_WORLD_AUTO_UPDATE,this.matrixWorldNeedsUpdate=!1,this.layers=new Ls,this.visible=!0,this.castShadow=!1,this.receiveShadow=!1,this.frustumCulled=!0,this.renderOrder=0,this.animations=[],this.customDepthMaterial=void 0,this.customDistanceMaterial=void 0,this.static=!1,this.userData={},this.pivot=null}onBeforeShadow(){}onAfterShadow(){}onBeforeRender(){}onAfterRender(){}applyMatrix4(e){this.matrixAutoUpdate&&this.updateMatrix(),this.matrix.premultiply(e),this.matrix.decompose(this.position,this.quaternion,this.scale),this.pivot!==null&&this.position.copy(this.pivot).applyMatrix4(this.matrix).sub(this.pivot)}applyQuaternion(e){return this.quaternion.premultiply(e),this}setRotationFromAxisAngle(e,t){this.quaternion.setFromAxisAngle(e,t)}setRotationFromEuler(e){this.quaternion.setFromEuler(e,!0)}setRotationFromMatrix(e){this.quaternion.setFromRotationMatrix(e)}setRotationFromQuaternion(e){this.quaternion.copy(e)}rotateOnAxis(e,t){return Bi.setFromAxisAngle(e,t),this.quaternion.multiply(Bi),this}rotateOnWorldAxis(e,t){return Bi.setFromAxisAngle(e,t),this.quaternion.premultiply(Bi),this}rotateX(e){return this.rotateOnAxis(ku,e)}rotateY(e){return this.rotateOnAxis(zu,e)}rotateZ(e){return this.rotateOnAxis(Vu,e)}translateOnAxis(e,t){return Bu.copy(e).applyQuaternion(this.quaternion),this.position.add(Bu.multiplyScalar(t)),this}translateX(e){return this.translateOnAxis(ku,e)}translateY(e){return this.translateOnAxis(zu,e)}translateZ(e){return this.translateOnAxis(Vu,e)}localToWorld(e){return this.updateWorldMatrix(!0,!1),e.applyMatrix4(this.matrixWorld)}worldToLocal(e){return this.updateWorldMatrix(!0,!1),e.applyMatrix4(Pn.copy(this.matrixWorld).invert())}lookAt(e,t,n){e.isVector3?Mr.copy(e):Mr.set(e,t,n);let s=this.parent;this.updateWorldMatrix(!0,!1),bs.setFromMatrixPosition(this.matrixWorld),this.isCamera||this.isLight?Pn.lookAt(bs,Mr,this.up):Pn.lookAt(Mr,bs,this.up),this.quaternion.setFromRotationMatrix(Pn),s&&(Pn.extractRotation(s.matrixWorld),Bi.setFromRotationMatrix(Pn),this.quaternion.premultiply(Bi.invert()))}add(e){if(arguments.length>1){for(let t=0;t<arguments.length;t++)this.add(arguments[t]);return this}return e===this?(Ne("Object3D.add: object can't be added as a child of itself.",e),this):(e&&e.isObject3D?(e.removeFromParent(),e.parent=this,this.children.push(e),e.dispatchEvent(Hu),ki.child=e,this.dispatchEvent(ki),ki.child=null):Ne("Object3D.add: object not an instance of THREE.Object3D.",e),this)}remove(e){if(arguments.length>1){for(let n=0;n<arguments.length;n++)this.remove(arguments[n]);return this}let t=this.children.indexOf(e);return t!==-1&&(e.parent=null,this.children.splice(t,1),e.dispatchEvent(op),nl.child=e,this.dispatchEvent(nl),nl.child=null),this}removeFromParent(){let e=this.parent;return e!==null&&e.remove(this),this}clear(){return this.remove(...this.children)}attach(e){return this.updateWorldMatrix(!0,!1),Pn.copy(this.matrixWorld).invert(),e.parent!==null&&(e.parent.updateWorldMatrix(!0,!1),Pn.multiply(e.parent.matrixWorld)),e.applyMatrix4(Pn),e.removeFromParent(),e.parent=this,this.children.push(e),e.updateWorldMatrix(!1,!0),e.dispatchEvent(Hu),ki.child=e,this.dispatchEvent(ki),ki.child=null,this}getObjectById(e){return this.getObjectByProperty("id",e)}getObjectByName(e){return this.getObjectByProperty("name",e)}getObjectByProperty(e,t){if(this[e]===t)return this;for(let n=0,s=this.children.length;n<s;n++){let o=this.children[n].getObjectByProperty(e,t);if(o!==void 0)return o}}getObjectsByProperty(e,t,n=[]){this[e]===t&&n.push(this);let s=this.children;for(let r=0,o=s.length;r<o;r++)s[r].getObjectsByProperty(e,t,n);return n}getWorldPosition(e){return this.updateWorldMatrix(!0,!1),e.setFromMatrixPosition(this.matrixWorld)}getWorldQuaternion(e){return this.updateWorldMatrix(!0,!1),this.matrixWorld.decompose(bs,e,sp),e}getWorldScale(e){return this.updateWorldMatrix(!0,!1),this.matrixWorld.decompose(bs,rp,e),e}getWorldDirection(e){this.updateWorldMatrix(!0,!1);let t=this.matrixWorld.elements;return e.set(t[8],t[9],t[10]).normalize()}raycast(){}intersectsFrustum(){return!0}traverse(e){e(this);let t=this.children;for(let n=0,s=t.length;n<s;n++)t[n].traverse(e)}traverseVisible(e){if(this.visible===!1)return;e(this);let t=this.children;for(let n=0,s=t.length;n<s;n++)t[n].traverseVisible(e)}traverseAncestors(e){let t=this.parent;t!==null&&(e(t),t.traverseAncestors(e))}updateMatrix(){this.matrix.compose(this.position,this.quaternion,this.scale);let e=this.pivot;if(e!==null){let t=e.x,n=e.y,s=e.z,r=this.matrix.elements;r[12]+=t-r[0]*t-r[4]*n-r[8]*s,r[13]+=n-r[1]*t-r[5]*n-r[9]*s,r[14]+=s-r[2]*t-r[6]*n-r[10]*s}this.matrixWorldNeedsUpdate=!0}updateMatrixWorld(e){this.matrixAutoUpdate&&this.updateMatrix(),(this.matrixWorldNeedsUpdate||e)&&(this.matrixWorldAutoUpdate===!0&&(this.parent===null?this.matrixWorld.copy(this.matrix):this.matrixWorld.multiplyMatrices(this.parent.matrixWorld,this.matrix)),this.matrixWorldNeedsUpdate=!1,e=!0);let t=this.children;for(let n=0,s=t.length;n<s;n++)t[n].updateMatrixWorld(e)}updateWorldMatrix(e,t,n=!1){let s=this.parent;if(e===!0&&s!==null&&s.updateWorldMatrix(!0,!1),this.matrixAutoUpdate&&this.updateMatrix(),(this.matrixWorldNeedsUpdate||n)&&(this.matrixWorldAutoUpdate===!0&&(this.parent===null?this.matrixWorld.copy(this.matrix):this.matrixWorld.multiplyMatrices(this.parent.matrixWorld,this.matrix)),this.matrixWorldNeedsUpdate=!1,n=!0),t===!0){let r=this.children;for(let o=0,a=r.length;o<a;o++)r[o].updateWorldMatrix(!1,!0,n)}}toJSON(e){let t=e===void 0||typeof e=="string",n={};t&&(e={geometries:{},materials:{},textures:{},images:{},shapes:{},skeletons:{},animations:{},nodes:{}},n.metadata={version:4.7,type:"Object",generator:"Object3D.toJSON"});let s={};s.uuid=this.uuid,s.type=this.type,s.name=this.name,s.castShadow=this.castShadow,s.receiveShadow=this.receiveShadow,s.visible=this.visible,s.frustumCulled=this.frustumCulled,s.renderOrder=this.renderOrder,s.static=this.static,s.matrixAutoUpdate=this.matrixAutoUpdate,Object.keys(this.userData).length>0&&(s.userData=this.userData),s.layers=this.layers.mask,s.matrix=this.matrix.toArray(),s.up=this.up.toArray(),this.pivot!==null&&(s.pivot=this.pivot.toArray()),this.morphTargetDictionary!==void 0&&(s.morphTargetDictionary=Object.assign({},this.morphTargetDictionary)),this.morphTargetInfluences!==void 0&&(s.morphTargetInfluences=this.morphTargetInfluences.slice()),this.isInstancedMesh&&(s.type="InstancedMesh",s.count=this.count,s.instanceMatrix=this.instanceMatrix.toJSON(),this.instanceColor!==null&&(s.instanceColor=this.instanceColor.toJSON())),this.isBatchedMesh&&(s.type="BatchedMesh",s.perObjectFrustumCulled=this.perObjectFrustumCulled,s.sortObjects=this.sortObjects,s.drawRanges=this._drawRanges,s.reservedRanges=this._reservedRanges,s.geometryInfo=this._geometryInfo.map(a=>({...a,boundingBox:a.boundingBox?a.boundingBox.toJSON():void 0,boundingSphere:a.boundingSphere?a.boundingSphere.toJSON():void 0})),s.instanceInfo=this._instanceInfo.map(a=>({...a})),s.availableInstanceIds=this._availableInstanceIds.slice(),s.availableGeometryIds=this._availableGeometryIds.slice(),s.nextIndexStart=this._nextIndexStart,s.nextVertexStart=this._nextVertexStart,s.geometryCount=this._geometryCount,s.maxInstanceCount=this._maxInstanceCount,s.maxVertexCount=this._maxVertexCount,s.maxIndexCount=this._maxIndexCount,s.geometryInitialized=this._geometryInitialized,s.matricesTexture=this._matricesTexture.toJSON(e),s.indirectTexture=this._indirectTexture.toJSON(e),this._colorsTexture!==null&&(s.colorsTexture=this._colorsTexture.toJSON(e)),this.boundingSphere!==null&&(s.boundingSphere=this.boundingSphere.toJSON()),this.boundingBox!==null&&(s.boundingBox=this.boundingBox.toJSON()));function r(a,c){return a[c.uuid]===void 0&&(a[c.uuid]=c.toJSON(e)),c.uuid}if(this.isScene)this.background&&(this.background.isColor?s.background=this.background.toJSON():this.background.isTexture&&(s.background=this.background.toJSON(e).uuid)),this.environment&&this.environment.isTexture&&this.environment.isRenderTargetTexture!==!0&&(s.environment=this.environment.toJSON(e).uuid);else if(this.isMesh||this.isLine||this.isPoints){s.geometry=r(e.geometries,this.geometry);let a=this.geometry.parameters;if(a!==void 0&&a.shapes!==void 0){let c=a.shapes;if(Array.isArray(c))for(let l=0,u=c.length;l<u;l++){let h=c[l];r(e.shapes,h)}else r(e.shapes,c)}}if(this.isSkinnedMesh&&(s.bindMode=this.bindMode,s.bindMatrix=this.bindMatrix.toArray(),this.skeleton!==void 0&&(r(e.skeletons,this.skeleton),s.skeleton=this.skeleton.uuid)),this.material!==void 0)if(Array.isArray(this.material)){let a=[];for(let c=0,l=this.material.length;c<l;c++)a.push(r(e.materials,this.material[c]));s.material=a}else s.material=r(e.materials,this.material);if(this.children.length>0){s.children=[];for(let a=0;a<this.children.length;a++)s.children.push(this.children[a].toJSON(e).object)}if(this.animations.length>0){s.animations=[];for(let a=0;a<this.animations.length;a++){let c=this.animations[a];s.animations.push(r(e.animations,c))}}if(t){let a=o(e.geometries),c=o(e.materials),l=o(e.textures),u=o(e.images),h=o(e.shapes),d=o(e.skeletons),f=o(e.animations),g=o(e.nodes);a.length>0&&(n.geometries=a),c.length>0&&(n.materials=c),l.length>0&&(n.textures=l),u.length>0&&(n.images=u),h.length>0&&(n.shapes=h),d.length>0&&(n.skeletons=d),f.length>0&&(n.animations=f),g.length>0&&(n.nodes=g)}return n.object=s,n;function o(a){let c=[];for(let l in a){let u=a[l];delete u.metadata,c.push(u)}return c}}clone(e){return new this.constructor().copy(this,e)}copy(e,t=!0){if(this.name=e.name,this.up.copy(e.up),this.position.copy(e.position),this.rotation.order=e.rotation.order,this.quaternion.copy(e.quaternion),this.scale.copy(e.scale),this.pivot=e.pivot!==null?e.pivot.clone():null,this.matrix.copy(e.matrix),this.matrixWorld.copy(e.matrixWorld),this.matrixAutoUpdate=e.matrixAutoUpdate,this.matrixWorldAutoUpdate=e.matrixWorldAutoUpdate,this.matrixWorldNeedsUpdate=e.matrixWorldNeedsUpdate,this.layers.mask=e.layers.mask,this.visible=e.visible,this.castShadow=e.castShadow,this.receiveShadow=e.receiveShadow,this.frustumCulled=e.frustumCulled,this.renderOrder=e.renderOrder,this.static=e.static,this.animations=e.animations.slice(),this.userData=JSON.parse(JSON.stringify(e.userData)),t===!0)for(let n=0;n<e.children.length;n++){let s=e.children[n];this.add(s.clone())}return this}dispose(){this.dispatchEvent({type:"dispose"})}};qt.DEFAULT_UP=new q(0,1,0);qt.DEFAULT_MATRIX_AUTO_UPDATE=!0;qt.DEFAULT_MATRIX_WORLD_AUTO_UPDATE=!0;var gi=class extends qt{constructor(){super(),this.isGroup=!0,this.type="Group"}},ap={type:"move"},Qi=class{constructor(){this._targetRay=null,this._grip=null,this._hand=null}getHandSpace(){return this._hand===null&&(this._hand=new gi,this._hand.matrixAutoUpdate=!1,this._hand.visible=!1,this._hand.joints={},this._hand.inputState={pinching:!1}),this._hand}getTargetRaySpace(){return this._targetRay===null&&(this._targetRay=new gi,this._targetRay.matrixAutoUpdate=!1,this._targetRay.visible=!1,this._targetRay.hasLinearVelocity=!1,this._targetRay.linearVelocity=new q,this._targetRay.hasAngularVelocity=!1,this._targetRay.angularVelocity=new q),this._targetRay}getGripSpace(){return this._grip===null&&(this._grip=new gi,this._grip.matrixAutoUpdate=!1,this._grip.visible=!1,this._grip.hasLinearVelocity=!1,this._grip.linearVelocity=new q,this._grip.hasAngularVelocity=!1,this._grip.angularVelocity=new q,this._grip.eventsEnabled=!1),this._grip}dispatchEvent(e){return this._targetRay!==null&&this._targetRay.dispatchEvent(e),this._grip!==null&&this._grip.dispatchEvent(e),this._hand!==null&&this._hand.dispatchEvent(e),this}connect(e){if(e&&e.hand){let t=this._hand;if(t)for(let n of e.hand.values())this._getHandJoint(t,n)}return this.dispatchEvent({type:"connected",data:e}),this}disconnect(e){return this.dispatchEvent({type:"disconnected",data:e}),this._targetRay!==null&&(this._targetRay.visible=!1),this._grip!==null&&(this._grip.visible=!1),this._hand!==null&&(this._hand.visible=!1),this}update(e,t,n){let s=null,r=null,o=null,a=this._targetRay,c=this._grip,l=this._hand;if(e&&t.session.visibilityState!=="visible-blurred"){if(l&&e.hand){o=!0;for(let y of e.hand.values()){let p=t.getJointPose(y,n),m=this._getHandJoint(l,y);p!==null&&(m.matrix.fromArray(p.transform.matrix),m.matrix.decompose(m.position,m.quaternion,m.scale),m.matrixWorldNeedsUpdate=!0,m.jointRadius=p.radius),m.visible=p!==null}let u=l.joints["index-finger-tip"],h=l.joints["thumb-tip"],d=u.position.distanceTo(h.position),f=.02,g=.005;l.inputState.pinching&&d>f+g?(l.inputState.pinching=!1,this.dispatchEvent({type:"pinchend",handedness:e.handedness,target:this})):!l.inputState.pinching&&d<=f-g&&(l.inputState.pinching=!0,this.dispatchEvent({type:"pinchstart",handedness:e.handedness,target:this}))}else c!==null&&e.gripSpace&&(r=t.getPose(e.gripSpace,n),r!==null&&(c.matrix.fromArray(r.transform.matrix),c.matrix.decompose(c.position,c.quaternion,c.scale),c.matrixWorldNeedsUpdate=!0,r.linearVelocity?(c.hasLinearVelocity=!0,c.linearVelocity.copy(r.linearVelocity)):c.hasLinearVelocity=!1,r.angularVelocity?(c.hasAngularVelocity=!0,c.angularVelocity.copy(r.angularVelocity)):c.hasAngularVelocity=!1,c.eventsEnabled&&c.dispatchEvent({type:"gripUpdated",data:e,target:this})));a!==null&&(s=t.getPose(e.targetRaySpace,n),s===null&&r!==null&&(s=r),s!==null&&(a.matrix.fromArray(s.transform.matrix),a.matrix.decompose(a.position,a.quaternion,a.scale),a.matrixWorldNeedsUpdate=!0,s.linearVelocity?(a.hasLinearVelocity=!0,a.linearVelocity.copy(s.linearVelocity)):a.hasLinearVelocity=!1,s.angularVelocity?(a.hasAngularVelocity=!0,a.angularVelocity.copy(s.angularVelocity)):a.hasAngularVelocity=!1,this.dispatchEvent(ap)))}return a!==null&&(a.visible=s!==null),c!==null&&(c.visible=r!==null),l!==null&&(l.visible=o!==null),this}_getHandJoint(e,t){if(e.joints[t.jointName]===void 0){let n=new gi;n.matrixAutoUpdate=!1,n.visible=!1,e.joints[t.jointName]=n,e.add(n)}return e.joints[t.jointName]}},kh={aliceblue:15792383,antiquewhite:16444375,aqua:65535,aquamarine:8388564,azure:15794175,beige:16119260,bisque:16770244,black:0,blanchedalmond:16772045,blue:255,blueviolet:9055202,brown:10824234,burlywood:14596231,cadetblue:6266528,chartreuse:8388352,chocolate:13789470,coral:16744272,cornflowerblue:6591981,cornsilk:16775388,crimson:14423100,cyan:65535,darkblue:139,darkcyan:35723,darkgoldenrod:12092939,darkgray:11119017,darkgreen:25600,darkgrey:11119017,darkkhaki:12433259,darkmagenta:9109643,darkolivegreen:5597999,darkorange:16747520,darkorchid:10040012,darkred:9109504,darksalmon:15308410,darkseagreen:9419919,darkslateblue:4734347,darkslategray:3100495,darkslategrey:3100495,darkturquoise:52945,darkviolet:9699539,deeppink:16716947,deepskyblue:49151,dimgray:6908265,dimgrey:6908265,dodgerblue:2003199,firebrick:11674146,floralwhite:16775920,forestgreen:2263842,fuchsia:16711935,gainsboro:14474460,ghostwhite:16316671,gold:16766720,goldenrod:14329120,gray:8421504,green:32768,greenyellow:11403055,grey:8421504,honeydew:15794160,hotpink:16738740,indianred:13458524,indigo:4915330,ivory:16777200,khaki:15787660,lavender:15132410,lavenderblush:16773365,lawngreen:8190976,lemonchiffon:16775885,lightblue:11393254,lightcoral:15761536,lightcyan:14745599,lightgoldenrodyellow:16448210,lightgray:13882323,lightgreen:9498256,lightgrey:13882323,lightpink:16758465,lightsalmon:16752762,lightseagreen:2142890,lightskyblue:8900346,lightslategray:7833753,lightslategrey:7833753,lightsteelblue:11584734,lightyellow:16777184,lime:65280,limegreen:3329330,linen:16445670,magenta:16711935,maroon:8388608,mediumaquamarine:6737322,mediumblue:205,mediumorchid:12211667,mediumpurple:9662683,mediumseagreen:3978097,mediumslateblue:8087790,mediumspringgreen:64154,mediumturquoise:4772300,mediumvioletred:13047173,midnightblue:1644912,mintcream:16121850,mistyrose:16770273,moccasin:16770229,navajowhite:16768685,navy:128,oldlace:16643558,olive:8421376,olivedrab:7048739,orange:16753920,orangered:16729344,orchid:14315734,palegoldenrod:15657130,palegreen:10025880,paleturquoise:11529966,palevioletred:14381203,papayawhip:16773077,peachpuff:16767673,peru:13468991,pink:16761035,plum:14524637,powderblue:11591910,purple:8388736,rebeccapurple:6697881,red:16711680,rosybrown:12357519,royalblue:4286945,saddlebrown:9127187,salmon:16416882,sandybrown:16032864,seagreen:3050327,seashell:16774638,sienna:10506797,silver:12632256,skyblue:8900331,slateblue:6970061,slategray:7372944,slategrey:7372944,snow:16775930,springgreen:65407,steelblue:4620980,tan:13808780,teal:32896,thistle:14204888,tomato:16737095,turquoise:4251856,violet:15631086,wheat:16113331,white:16777215,whitesmoke:16119285,yellow:16776960,yellowgreen:10145074},$n={h:0,s:0,l:0},wr={h:0,s:0,l:0};function il(i,e,t){return t<0&&(t+=1),t>1&&(t-=1),t<1/6?i+(e-i)*6*t:t<1/2?e:t<2/3?i+(e-i)*6*(2/3-t):i}var Ve=class{constructor(e,t,n){return this.isColor=!0,this.r=1,this.g=1,this.b=1,this.set(e,t,n)}set(e,t,n){if(t===void 0&&n===void 0){let s=e;s&&s.isColor?this.copy(s):typeof s=="number"?this.setHex(s):typeof s=="string"&&this.setStyle(s)}else this.setRGB(e,t,n);return this}setScalar(e){return this.r=e,this.g=e,this.b=e,this}setHex(e,t=Wt){return e=Math.floor(e),this.r=(e>>16&255)/255,this.g=(e>>8&255)/255,this.b=(e&255)/255,Xe.colorSpaceToWorking(this,t),this}setRGB(e,t,n,s=Xe.workingColorSpace){return this.r=e,this.g=t,this.b=n,Xe.colorSpaceToWorking(this,s),this}setHSL(e,t,n,s=Xe.workingColorSpace){if(e=Zf(e,1),t=qe(t,0,1),n=qe(n,0,1),t===0)this.r=this.g=this.b=n;else{let r=n<=.5?n*(1+t):n+t-n*t,o=2*n-r;this.r=il(o,r,e+1/3),this.g=il(o,r,e),this.b=il(o,r,e-1/3)}return Xe.colorSpaceToWorking(this,s),this}setStyle(e,t=Wt){function n(r){r!==void 0&&parseFloat(r)<1&&Le("Color: Alpha component of "+e+" will be ignored.")}let s;if(s=/^(\w+)\(([^\)]*)\)/.exec(e)){let r,o=s[1],a=s[2];switch(o){case"rgb":case"rgba":if(r=/^\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*(?:,\s*(\d+(?:\.\d+)?|\.\d+)\s*)?$/.exec(a))return n(r[4]),this.setRGB(Math.min(255,parseInt(r[1],10))/255,Math.min(255,parseInt(r[2],10))/255,Math.min(255,parseInt(r[3],10))/255,t);if(r=/^\s*(\d+(?:\.\d+)?|\.\d+)\%\s*,\s*(\d+(?:\.\d+)?|\.\d+)\%\s*,\s*(\d+(?:\.\d+)?|\.\d+)\%\s*(?:,\s*(\d+(?:\.\d+)?|\.\d+)\s*)?$/.exec(a))return n(r[4]),this.setRGB(Math.min(100,parseFloat(r[1]))/100,Math.min(100,parseFloat(r[2]))/100,Math.min(100,parseFloat(r[3]))/100,t);break;case"hsl":case"hsla":if(r=/^\s*([+-]?(?:\d+(?:\.\d+)?|\.\d+))\s*,\s*(\d+(?:\.\d+)?|\.\d+)\%\s*,\s*(\d+(?:\.\d+)?|\.\d+)\%\s*(?:,\s*(\d+(?:\.\d+)?|\.\d+)\s*)?$/.exec(a))return n(r[4]),this.setHSL(parseFloat(r[1])/360,parseFloat(r[2])/100,parseFloat(r[3])/100,t);break;default:Le("Color: Unknown color model "+e)}}else if(s=/^\#([A-Fa-f\d]+)$/.exec(e)){let r=s[1],o=r.length;if(o===3)return this.setRGB(parseInt(r.charAt(0),16)/15,parseInt(r.charAt(1),16)/15,parseInt(r.charAt(2),16)/15,t);if(o===6)return this.setHex(parseInt(r,16),t);Le("Color: Invalid hex color "+e)}else if(e&&e.length>0)return this.setColorName(e,t);return this}setColorName(e,t=Wt){let n=kh[e.toLowerCase()];return n!==void 0?this.setHex(n,t):Le("Color: Unknown color "+e),this}clone(){return new this.constructor(this.r,this.g,this.b)}copy(e){return this.r=e.r,this.g=e.g,this.b=e.b,this}copySRGBToLinear(e){return this.r=Fn(e.r),this.g=Fn(e.g),this.b=Fn(e.b),this}copyLinearToSRGB(e){return this.r=Zi(e.r),this.g=Zi(e.g),this.b=Zi(e.b),this}convertSRGBToLinear(){return this.copySRGBToLinear(this),this}convertLinearToSRGB(){return this.copyLinearToSRGB(this),this}getHex(e=Wt){return Xe.workingToColorSpace(Lt.copy(this),e),Math.round(qe(Lt.r*255,0,255))*65536+Math.round(qe(Lt.g*255,0,255))*256+Math.round(qe(Lt.b*255,0,255))}getHexString(e=Wt){return("000000"+this.getHex(e).toString(16)).slice(-6)}getHSL(e,t=Xe.workingColorSpace){Xe.workingToColorSpace(Lt.copy(this),t);let n=Lt.r,s=Lt.g,r=Lt.b,o=Math.max(n,s,r),a=Math.min(n,s,r),c,l,u=(a+o)/2;if(a===o)c=0,l=0;else{let h=o-a;switch(l=u<=.5?h/(o+a):h/(2-o-a),o){case n:c=(s-r)/h+(s<r?6:0);break;case s:c=(r-n)/h+2;break;case r:c=(n-s)/h+4;break}c/=6}return e.h=c,e.s=l,e.l=u,e}getRGB(e,t=Xe.workingColorSpace){return Xe.workingToColorSpace(Lt.copy(this),t),e.r=Lt.r,e.g=Lt.g,e.b=Lt.b,e}getStyle(e=Wt){Xe.workingToColorSpace(Lt.copy(this),e);let t=Lt.r,n=Lt.g,s=Lt.b;return e!==Wt?`color(${e} ${t.toFixed(3)} ${n.toFixed(3)} ${s.toFixed(3)})`:`rgb(${Math.round(t*255)},${Math.round(n*255)},${Math.round(s*255)})`}offsetHSL(e,t,n){return this.getHSL($n),this.setHSL($n.h+e,$n.s+t,$n.l+n)}add(e){return this.r+=e.r,this.g+=e.g,this.b+=e.b,this}addColors(e,t){return this.r=e.r+t.r,this.g=e.g+t.g,this.b=e.b+t.b,this}addScalar(e){return this.r+=e,this.g+=e,this.b+=e,this}sub(e){return this.r=Math.max(0,this.r-e.r),this.g=Math.max(0,this.g-e.g),this.b=Math.max(0,this.b-e.b),this}multiply(e){return this.r*=e.r,this.g*=e.g,this.b*=e.b,this}multiplyScalar(e){return this.r*=e,this.g*=e,this.b*=e,this}lerp(e,t){return this.r+=(e.r-this.r)*t,this.g+=(e.g-this.g)*t,this.b+=(e.b-this.b)*t,this}lerpColors(e,t,n){return this.r=e.r+(t.r-e.r)*n,this.g=e.g+(t.g-e.g)*n,this.b=e.b+(t.b-e.b)*n,this}lerpHSL(e,t){this.getHSL($n),e.getHSL(wr);let n=Ka($n.h,wr.h,t),s=Ka($n.s,wr.s,t),r=Ka($n.l,wr.l,t);return this.setHSL(n,s,r),this}setFromVector3(e){return this.r=e.x,this.g=e.y,this.b=e.z,this}applyMatrix3(e){let t=this.r,n=this.g,s=this.b,r=e.elements;return this.r=r[0]*t+r[3]*n+r[6]*s,this.g=r[1]*t+r[4]*n+r[7]*s,this.b=r[2]*t+r[5]*n+r[8]*s,this}equals(e){return e.r===this.r&&e.g===this.g&&e.b===this.b}fromArray(e,t=0){return this.r=e[t],this.g=e[t+1],this.b=e[t+2],this}toArray(e=[],t=0){return e[t]=this.r,e[t+1]=this.g,e[t+2]=this.b,e}fromBufferAttribute(e,t){return this.r=e.getX(t),this.g=e.getY(t),this.b=e.getZ(t),this}toJSON(){return this.getHex()}*[Symbol.iterator](){yield this.r,yield this.g,yield this.b}},Lt=new Ve;Ve.NAMES=kh;var Ns=class extends qt{constructor(){super(),this.isScene=!0,this.type="Scene",this.background=null,this.environment=null,this.fog=null,this.backgroundBlurriness=0,this.backgroundIntensity=1,this.backgroundRotation=new jn,this.environmentIntensity=1,this.environmentRotation=new jn,this.overrideMaterial=null,typeof __THREE_DEVTOOLS__<"u"&&__THREE_DEVTOOLS__.dispatchEvent(new CustomEvent("observe",{detail:this}))}copy(e,t){return super.copy(e,t),this.background=e.background!==null?e.background.clone():null,this.environment=e.environment!==null?e.environment.clone():null,this.fog=e.fog!==null?e.fog.clone():null,this.backgroundBlurriness=e.backgroundBlurriness,this.backgroundIntensity=e.backgroundIntensity,this.backgroundRotation.copy(e.backgroundRotation),this.environmentIntensity=e.environmentIntensity,this.environmentRotation.copy(e.environmentRotation),this.overrideMaterial=e.overrideMaterial!==null?e.overrideMaterial.clone():null,this.matrixAutoUpdate=e.matrixAutoUpdate,this}toJSON(e){let t=super.toJSON(e);return this.fog!==null&&(t.object.fog=this.fog.toJSON()),t.object.backgroundBlurriness=this.backgroundBlurriness,t.object.backgroundIntensity=this.backgroundIntensity,t.object.backgroundRotation=this.backgroundRotation.toArray(),t.object.environmentIntensity=this.environmentIntensity,t.object.environmentRotation=this.environmentRotation.toArray(),t}},ln=new q,In=new q,sl=new q,Ln=new q,zi=new q,Vi=new q,Gu=new q,rl=new q,ol=new q,al=new q,ll=new ut,cl=new ut,ul=new ut,Kn=class i{constructor(e=new q,t=new q,n=new q){this.a=e,this.b=t,this.c=n}static getNormal(e,t,n,s){s.subVectors(n,t),ln.subVectors(e,t),s.cross(ln);let r=s.lengthSq();return r>0?s.multiplyScalar(1/Math.sqrt(r)):s.set(0,0,0)}static getBarycoord(e,t,n,s,r){ln.subVectors(s,t),In.subVectors(n,t),sl.subVectors(e,t);let o=ln.dot(ln),a=ln.dot(In),c=ln.dot(sl),l=In.dot(In),u=In.dot(sl),h=o*l-a*a;if(h===0)return r.set(0,0,0),null;let d=1/h,f=(l*c-a*u)*d,g=(o*u-a*c)*d;return r.set(1-f-g,g,f)}static containsPoint(e,t,n,s){return this.getBarycoord(e,t,n,s,Ln)===null?!1:Ln.x>=0&&Ln.y>=0&&Ln.x+Ln.y<=1}static getInterpolation(e,t,n,s,r,o,a,c){return this.getBarycoord(e,t,n,s,Ln)===null?(c.x=0,c.y=0,"z"in c&&(c.z=0),"w"in c&&(c.w=0),null):(c.setScalar(0),c.addScaledVector(r,Ln.x),c.addScaledVector(o,Ln.y),c.addScaledVector(a,Ln.z),c)}static getInterpolatedAttribute(e,t,n,s,r,o){return ll.setScalar(0),cl.setScalar(0),ul.setScalar(0),ll.fromBufferAttribute(e,t),cl.fromBufferAttribute(e,n),ul.fromBufferAttribute(e,s),o.setScalar(0),o.addScaledVector(ll,r.x),o.addScaledVector(cl,r.y),o.addScaledVector(ul,r.z),o}static isFrontFacing(e,t,n,s){return ln.subVectors(n,t),In.subVectors(e,t),ln.cross(In).dot(s)<0}set(e,t,n){return this.a.copy(e),this.b.copy(t),this.c.copy(n),this}setFromPointsAndIndices(e,t,n,s){return this.a.copy(e[t]),this.b.copy(e[n]),this.c.copy(e[s]),this}setFromAttributeAndIndices(e,t,n,s){return this.a.fromBufferAttribute(e,t),this.b.fromBufferAttribute(e,n),this.c.fromBufferAttribute(e,s),this}clone(){return new this.constructor().copy(this)}copy(e){return this.a.copy(e.a),this.b.copy(e.b),this.c.copy(e.c),this}getArea(){return ln.subVectors(this.c,this.b),In.subVectors(this.a,this.b),ln.cross(In).length()*.5}getMidpoint(e){return e.addVectors(this.a,this.b).add(this.c).multiplyScalar(1/3)}getNormal(e){return i.getNormal(this.a,this.b,this.c,e)}getPlane(e){return e.setFromCoplanarPoints(this.a,this.b,this.c)}getBarycoord(e,t){return i.getBarycoord(e,this.a,this.b,this.c,t)}getInterpolation(e,t,n,s,r){return i.getInterpolation(e,this.a,this.b,this.c,t,n,s,r)}containsPoint(e){return i.containsPoint(e,this.a,this.b,this.c)}isFrontFacing(e){return i.isFrontFacing(this.a,this.b,this.c,e)}intersectsBox(e){return e.intersectsTriangle(this)}closestPointToPoint(e,t){let n=this.a,s=this.b,r=this.c,o,a;zi.subVectors(s,n),Vi.subVectors(r,n),rl.subVectors(e,n);let c=zi.dot(rl),l=Vi.dot(rl);if(c<=0&&l<=0)return t.copy(n);ol.subVectors(e,s);let u=zi.dot(ol),h=Vi.dot(ol);if(u>=0&&h<=u)return t.copy(s);let d=c*h-u*l;if(d<=0&&c>=0&&u<=0&&c-u>0)return o=c/(c-u),t.copy(n).addScaledVector(zi,o);al.subVectors(e,r);let f=zi.dot(al),g=Vi.dot(al);if(g>=0&&f<=g)return t.copy(r);let y=f*l-c*g;if(y<=0&&l>=0&&g<=0)return a=l/(l-g),t.copy(n).addScaledVector(Vi,a);let p=u*g-f*h;if(p<=0&&h-u>=0&&f-g>=0)return Gu.subVectors(r,s),a=(h-u)/(h-u+(f-g)),t.copy(s).addScaledVector(Gu,a);let m=1/(p+y+d);return o=y*m,a=d*m,t.copy(n).addScaledVector(zi,o).addScaledVector(Vi,a)}equals(e){return e.a.equals(this.a)&&e.b.equals(this.b)&&e.c.equals(this.c)}},Qn=class{constructor(e=new q(1/0,1/0,1/0),t=new q(-1/0,-1/0,-1/0)){this.isBox3=!0,this.min=e,this.max=t}set(e,t){return this.min.copy(e),this.max.copy(t),this}setFromArray(e){this.makeEmpty();for(let t=0,n=e.length;t<n;t+=3)this.expandByPoint(cn.fromArray(e,t));return this}setFromBufferAttribute(e){this.makeEmpty();for(let t=0,n=e.count;t<n;t++)this.expandByPoint(cn.fromBufferAttribute(e,t));return this}setFromPoints(e){this.makeEmpty();for(let t=0,n=e.length;t<n;t++)this.expandByPoint(e[t]);return this}setFromCenterAndSize(e,t){let n=cn.copy(t).multiplyScalar(.5);return this.min.copy(e).sub(n),this.max.copy(e).add(n),this}setFromObject(e,t=!1){return this.makeEmpty(),this.expandByObject(e,t)}clone(){return new this.constructor().copy(this)}copy(e){return this.min.copy(e.min),this.max.copy(e.max),this}makeEmpty(){return this.min.x=this.min.y=this.min.z=1/0,this.max.x=this.max.y=this.max.z=-1/0,this}isEmpty(){return this.max.x<this.min.x||this.max.y<this.min.y||this.max.z<this.min.z}getCenter(e){return this.isEmpty()?e.set(0,0,0):e.addVectors(this.min,this.max).multiplyScalar(.5)}getSize(e){return this.isEmpty()?e.set(0,0,0):e.subVectors(this.max,this.min)}expandByPoint(e){return this.min.min(e),this.max.max(e),this}expandByVector(e){return this.min.sub(e),this.max.add(e),this}expandByScalar(e){return this.min.addScalar(-e),this.max.addScalar(e),this}expandByObject(e,t=!1){e.updateWorldMatrix(!1,!1);let n=e.geometry;if(n!==void 0){let r=n.getAttribute("position");if(t===!0&&r!==void 0&&e.isInstancedMesh!==!0&&e.isBatchedMesh!==!0)for(let o=0,a=r.count;o<a;o++)e.isMesh===!0?e.getVertexPosition(o,cn):cn.fromBufferAttribute(r,o),cn.applyMatrix4(e.matrixWorld),this.expandByPoint(cn);else e.boundingBox!==void 0?(e.boundingBox===null&&e.computeBoundingBox(),Ar.copy(e.boundingBox)):(n.boundingBox===null&&n.computeBoundingBox(),Ar.copy(n.boundingBox)),Ar.applyMatrix4(e.matrixWorld),this.union(Ar)}let s=e.children;for(let r=0,o=s.length;r<o;r++)this.expandByObject(s[r],t);return this}containsPoint(e){return e.x>=this.min.x&&e.x<=this.max.x&&e.y>=this.min.y&&e.y<=this.max.y&&e.z>=this.min.z&&e.z<=this.max.z}containsBox(e){return this.min.x<=e.min.x&&e.max.x<=this.max.x&&this.min.y<=e.min.y&&e.max.y<=this.max.y&&this.min.z<=e.min.z&&e.max.z<=this.max.z}getParameter(e,t){return t.set((e.x-this.min.x)/(this.max.x-this.min.x),(e.y-this.min.y)/(this.max.y-this.min.y),(e.z-this.min.z)/(this.max.z-this.min.z))}intersectsBox(e){return e.max.x>=this.min.x&&e.min.x<=this.max.x&&e.max.y>=this.min.y&&e.min.y<=this.max.y&&e.max.z>=this.min.z&&e.min.z<=this.max.z}intersectsSphere(e){return this.clampPoint(e.center,cn),cn.distanceToSquared(e.center)<=e.radius*e.radius}intersectsPlane(e){let t,n;return e.normal.x>0?(t=e.normal.x*this.min.x,n=e.normal.x*this.max.x):(t=e.normal.x*this.max.x,n=e.normal.x*this.min.x),e.normal.y>0?(t+=e.normal.y*this.min.y,n+=e.normal.y*this.max.y):(t+=e.normal.y*this.max.y,n+=e.normal.y*this.min.y),e.normal.z>0?(t+=e.normal.z*this.min.z,n+=e.normal.z*this.max.z):(t+=e.normal.z*this.max.z,n+=e.normal.z*this.min.z),t<=-e.constant&&n>=-e.constant}intersectsTriangle(e){if(this.isEmpty())return!1;this.getCenter(Ss),Er.subVectors(this.max,Ss),Hi.subVectors(e.a,Ss),Gi.subVectors(e.b,Ss),Wi.subVectors(e.c,Ss),Yn.subVectors(Gi,Hi),Zn.subVectors(Wi,Gi),di.subVectors(Hi,Wi);let t=[0,-Yn.z,Yn.y,0,-Zn.z,Zn.y,0,-di.z,di.y,Yn.z,0,-Yn.x,Zn.z,0,-Zn.x,di.z,0,-di.x,-Yn.y,Yn.x,0,-Zn.y,Zn.x,0,-di.y,di.x,0];return!hl(t,Hi,Gi,Wi,Er)||(t=[1,0,0,0,1,0,0,0,1],!hl(t,Hi,Gi,Wi,Er))?!1:(Tr.crossVectors(Yn,Zn),t=[Tr.x,Tr.y,Tr.z],hl(t,Hi,Gi,Wi,Er))}clampPoint(e,t){return t.copy(e).clamp(this.min,this.max)}distanceToPoint(e){return this.clampPoint(e,cn).distanceTo(e)}getBoundingSphere(e){return this.isEmpty()?e.makeEmpty():(this.getCenter(e.center),e.radius=this.getSize(cn).length()*.5),e}intersect(e){return this.min.max(e.min),this.max.min(e.max),this.isEmpty()&&this.makeEmpty(),this}union(e){return this.min.min(e.min),this.max.max(e.max),this}applyMatrix4(e){return this.isEmpty()?this:(Nn[0].set(this.min.x,this.min.y,this.min.z).applyMatrix4(e),Nn[1].set(this.min.x,this.min.y,this.max.z).applyMatrix4(e),Nn[2].set(this.min.x,this.max.y,this.min.z).applyMatrix4(e),Nn[3].set(this.min.x,this.max.y,this.max.z).applyMatrix4(e),Nn[4].set(this.max.x,this.min.y,this.min.z).applyMatrix4(e),Nn[5].set(this.max.x,this.min.y,this.max.z).applyMatrix4(e),Nn[6].set(this.max.x,this.max.y,this.min.z).applyMatrix4(e),Nn[7].set(this.max.x,this.max.y,this.max.z).applyMatrix4(e),this.setFromPoints(Nn),this)}translate(e){return this.min.add(e),this.max.add(e),this}equals(e){return e.min.equals(this.min)&&e.max.equals(this.max)}toJSON(){return{min:this.min.toArray(),max:this.max.toArray()}}fromJSON(e){return this.min.fromArray(e.min),this.max.fromArray(e.max),this}},Nn=[new q,new q,new q,new q,new q,new q,new q,new q],cn=new q,Ar=new Qn,Hi=new q,Gi=new q,Wi=new q,Yn=new q,Zn=new q,di=new q,Ss=new q,Er=new q,Tr=new q,fi=new q;function hl(i,e,t,n,s){for(let r=0,o=i.length-3;r<=o;r+=3){fi.fromArray(i,r);let a=s.x*Math.abs(fi.x)+s.y*Math.abs(fi.y)+s.z*Math.abs(fi.z),c=e.dot(fi),l=t.dot(fi),u=n.dot(fi);if(Math.max(-Math.max(c,l,u),Math.min(c,l,u))>a)return!1}return!0}var ft=new q,Cr=new $e,lp=0,zt=class extends yn{constructor(e,t,n=!1){if(super(),Array.isArray(e))throw new TypeError("THREE.BufferAttribute: array should be a Typed Array.");this.isBufferAttribute=!0,Object.defineProperty(this,"id",{value:lp++}),this.name="",this.array=e,this.itemSize=t,this.count=e!==void 0?e.length/t:0,this.normalized=n,this.usage=Nh,this.updateRanges=[],this.gpuType=dn,this.version=0,this._normalizationScale=e!==void 0?Kl(e):void 0}onUploadCallback(){}set needsUpdate(e){e===!0&&this.version++}setUsage(e){return this.usage=e,this}addUpdateRange(e,t){this.updateRanges.push({start:e,count:t})}clearUpdateRanges(){this.updateRanges.length=0}copy(e){return this.name=e.name,this.array=new e.array.constructor(e.array),this.itemSize=e.itemSize,this.count=e.count,this.normalized=e.normalized,this.usage=e.usage,this.gpuType=e.gpuType,this._normalizationScale=e._normalizationScale,this}copyAt(e,t,n){e*=this.itemSize,n*=t.itemSize;for(let s=0,r=this.itemSize;s<r;s++)this.array[e+s]=t.array[n+s];return this}copyArray(e){return this.array.set(e),this}applyMatrix3(e){if(this.itemSize===2)for(let t=0,n=this.count;t<n;t++)Cr.fromBufferAttribute(this,t),Cr.applyMatrix3(e),this.setXY(t,Cr.x,Cr.y);else if(this.itemSize===3)for(let t=0,n=this.count;t<n;t++)ft.fromBufferAttribute(this,t),ft.applyMatrix3(e),this.setXYZ(t,ft.x,ft.y,ft.z);return this}applyMatrix4(e){for(let t=0,n=this.count;t<n;t++)ft.fromBufferAttribute(this,t),ft.applyMatrix4(e),this.setXYZ(t,ft.x,ft.y,ft.z);return this}applyNormalMatrix(e){for(let t=0,n=this.count;t<n;t++)ft.fromBufferAttribute(this,t),ft.applyNormalMatrix(e),this.setXYZ(t,ft.x,ft.y,ft.z);return this}transformDirection(e){for(let t=0,n=this.count;t<n;t++)ft.fromBufferAttribute(this,t),ft.transformDirection(e),this.setXYZ(t,ft.x,ft.y,ft.z);return this}set(e,t=0){return this.array.set(e,t),this}getComponent(e,t){let n=this.array[e*this.itemSize+t];return this.normalized&&(n=this._denormalize(n)),n}setComponent(e,t,n){return this.normalized&&(n=this._normalize(n)),this.array[e*this.itemSize+t]=n,this}getX(e){let t=this.array[e*this.itemSize];return this.normalized&&(t=this._denormalize(t)),t}setX(e,t){return this.normalized&&(t=this._normalize(t)),this.array[e*this.itemSize]=t,this}getY(e){let t=this.array[e*this.itemSize+1];return this.normalized&&(t=this._denormalize(t)),t}setY(e,t){return this.normalized&&(t=this._normalize(t)),this.array[e*this.itemSize+1]=t,this}getZ(e){let t=this.array[e*this.itemSize+2];return this.normalized&&(t=this._denormalize(t)),t}setZ(e,t){return this.normalized&&(t=this._normalize(t)),this.array[e*this.itemSize+2]=t,this}getW(e){let t=this.array[e*this.itemSize+3];return this.normalized&&(t=this._denormalize(t)),t}setW(e,t){return this.normalized&&(t=this._normalize(t)),this.array[e*this.itemSize+3]=t,this}setXY(e,t,n){return e*=this.itemSize,this.normalized&&(t=this._normalize(t),n=this._normalize(n)),this.array[e+0]=t,this.array[e+1]=n,this}setXYZ(e,t,n,s){return e*=this.itemSize,this.normalized&&(t=this._normalize(t),n=this._normalize(n),s=this._normalize(s)),this.array[e+0]=t,this.array[e+1]=n,this.array[e+2]=s,this}setXYZW(e,t,n,s,r){return e*=this.itemSize,this.normalized&&(t=this._normalize(t),n=this._normalize(n),s=this._normalize(s),r=this._normalize(r)),this.array[e+0]=t,this.array[e+1]=n,this.array[e+2]=s,this.array[e+3]=r,this}onUpload(e){return this.onUploadCallback=e,this}clone(){return new this.constructor(this.array,this.itemSize).copy(this)}toJSON(){let e={itemSize:this.itemSize,type:this.array.constructor.name,array:Array.from(this.array),normalized:this.normalized};return e.name=this.name,e.usage=this.usage,e.gpuType=this.gpuType,e}dispose(){this.dispatchEvent({type:"dispose"})}_denormalize(e){let t=this._normalizationScale;return t!==void 0?Math.max(e/t,-1):Jf(e,this.array)}_normalize(e){let t=this._normalizationScale;return t!==void 0?Math.round(e*t):Kf(e,this.array)}};var Ds=class extends zt{constructor(e,t,n){super(new Uint16Array(e),t,n)}};var Fs=class extends zt{constructor(e,t,n){super(new Uint32Array(e),t,n)}};var tn=class extends zt{constructor(e,t,n){super(new Float32Array(e),t,n)}},cp=new Qn,Ms=new q,dl=new q,xi=class{constructor(e=new q,t=-1){this.isSphere=!0,this.center=e,this.radius=t}set(e,t){return this.center.copy(e),this.radius=t,this}setFromPoints(e,t){let n=this.center;t!==void 0?n.copy(t):cp.setFromPoints(e).getCenter(n);let s=0;for(let r=0,o=e.length;r<o;r++)s=Math.max(s,n.distanceToSquared(e[r]));return this.radius=Math.sqrt(s),this}copy(e){return this.center.copy(e.center),this.radius=e.radius,this}isEmpty(){return this.radius<0}makeEmpty(){return this.center.set(0,0,0),this.radius=-1,this}containsPoint(e){return e.distanceToSquared(this.center)<=this.radius*this.radius}distanceToPoint(e){return e.distanceTo(this.center)-this.radius}intersectsSphere(e){let t=this.radius+e.radius;return e.center.distanceToSquared(this.center)<=t*t}intersectsBox(e){return e.intersectsSphere(this)}intersectsPlane(e){return Math.abs(e.distanceToPoint(this.center))<=this.radius}clampPoint(e,t){let n=this.center.distanceToSquared(e);return t.copy(e),n>this.radius*this.radius&&(t.sub(this.center).normalize(),t.multiplyScalar(this.radius).add(this.center)),t}getBoundingBox(e){return this.isEmpty()?(e.makeEmpty(),e):(e.set(this.center,this.center),e.expandByScalar(this.radius),e)}applyMatrix4(e){return this.center.applyMatrix4(e),this.radius=this.radius*e.getMaxScaleOnAxis(),this}translate(e){return this.center.add(e),this}expandByPoint(e){if(this.isEmpty())return this.center.copy(e),this.radius=0,this;Ms.subVectors(e,this.center);let t=Ms.lengthSq();if(t>this.radius*this.radius){let n=Math.sqrt(t),s=(n-this.radius)*.5;this.center.addScaledVector(Ms,s/n),this.radius+=s}return this}union(e){return e.isEmpty()?this:this.isEmpty()?(this.copy(e),this):(this.center.equals(e.center)===!0?this.radius=Math.max(this.radius,e.radius):(dl.subVectors(e.center,this.center).setLength(e.radius),this.expandByPoint(Ms.copy(e.center).add(dl)),this.expandByPoint(Ms.copy(e.center).sub(dl))),this)}equals(e){return e.center.equals(this.center)&&e.radius===this.radius}clone(){return new this.constructor().copy(this)}toJSON(){return{radius:this.radius,center:this.center.toArray()}}fromJSON(e){return this.radius=e.radius,this.center.fromArray(e.center),this}},up=0,Qt=new rt,fl=new qt,Xi=new q,Gt=new Qn,ws=new Qn,St=new q,nn=class i extends yn{constructor(){super(),this.isBufferGeometry=!0,Object.defineProperty(this,"id",{value:up++}),this.uuid=Qs(),this.name="",this.type="BufferGeometry",this.index=null,this.indirect=null,this.indirectOffset=0,this.attributes={},this.morphAttributes={},this.morphTargetsRelative=!1,this.groups=[],this.boundingBox=null,this.boundingSphere=null,this.drawRange={start:0,count:1/0},this.userData={},this._transformed=!1}getIndex(){return this.index}setIndex(e){return Array.isArray(e)?this.index=new($f(e)?Fs:Ds)(e,1):this.index=e,this}setIndirect(e,t=0){return this.indirect=e,this.indirectOffset=t,this}getIndirect(){return this.indirect}getAttribute(e){return this.attributes[e]}setAttribute(e,t){return this.attributes[e]=t,this}deleteAttribute(e){return delete this.attributes[e],this}hasAttribute(e){return this.attributes[e]!==void 0}addGroup(e,t,n=0){this.groups.push({start:e,count:t,materialIndex:n})}clearGroups(){this.groups=[]}setDrawRange(e,t){this.drawRange.start=e,this.drawRange.count=t}applyMatrix4(e){let t=this.attributes.position;t!==void 0&&(t.applyMatrix4(e),t.needsUpdate=!0);let n=this.attributes.normal;if(n!==void 0){let r=new De().getNormalMatrix(e);n.applyNormalMatrix(r),n.needsUpdate=!0}let s=this.attributes.tangent;return s!==void 0&&(s.transformDirection(e),s.needsUpdate=!0),this.boundingBox!==null&&this.computeBoundingBox(),this.boundingSphere!==null&&this.computeBoundingSphere(),this._transformed=!0,this}applyQuaternion(e){return Qt.makeRotationFromQuaternion(e),this.applyMatrix4(Qt),this}rotateX(e){return Qt.makeRotationX(e),this.applyMatrix4(Qt),this}rotateY(e){return Qt.makeRotationY(e),this.applyMatrix4(Qt),this}rotateZ(e){return Qt.makeRotationZ(e),this.applyMatrix4(Qt),this}translate(e,t,n){return Qt.makeTranslation(e,t,n),this.applyMatrix4(Qt),this}scale(e,t,n){return Qt.makeScale(e,t,n),this.applyMatrix4(Qt),this}lookAt(e){return fl.lookAt(e),fl.updateMatrix(),this.applyMatrix4(fl.matrix),this}center(){return this.computeBoundingBox(),this.boundingBox.getCenter(Xi).negate(),this.translate(Xi.x,Xi.y,Xi.z),this}setFromPoints(e){let t=this.getAttribute("position");if(t===void 0){let n=[];for(let s=0,r=e.length;s<r;s++){let o=e[s];n.push(o.x,o.y,o.z||0)}this.setAttribute("position",new tn(n,3))}else{let n=Math.min(e.length,t.count);for(let s=0;s<n;s++){let r=e[s];t.setXYZ(s,r.x,r.y,r.z||0)}e.length>t.count&&Le("BufferGeometry: Buffer size too small for points data. Use .dispose() and create a new geometry."),t.needsUpdate=!0}return this}computeBoundingBox(){this.boundingBox===null&&(this.boundingBox=new Qn);let e=this.attributes.position,t=this.morphAttributes.position;if(e&&e.isGLBufferAttribute){Ne("BufferGeometry.computeBoundingBox(): GLBufferAttribute requires a manual bounding box.",this),this.boundingBox.set(new q(-1/0,-1/0,-1/0),new q(1/0,1/0,1/0));return}if(e!==void 0){if(this.boundingBox.setFromBufferAttribute(e),t)for(let n=0,s=t.length;n<s;n++){let r=t[n];Gt.setFromBufferAttribute(r),this.morphTargetsRelative?(St.addVectors(this.boundingBox.min,Gt.min),this.boundingBox.expandByPoint(St),St.addVectors(this.boundingBox.max,Gt.max),this.boundingBox.expandByPoint(St)):(this.boundingBox.expandByPoint(Gt.min),this.boundingBox.expandByPoint(Gt.max))}}else this.boundingBox.makeEmpty();(isNaN(this.boundingBox.min.x)||isNaN(this.boundingBox.min.y)||isNaN(this.boundingBox.min.z))&&Ne('BufferGeometry.computeBoundingBox(): Computed min/max have NaN values. The "position" attribute is likely to have NaN values.',this)}computeBoundingSphere(){this.boundingSphere===null&&(this.boundingSphere=new xi);let e=this.attributes.position,t=this.morphAttributes.position;if(e&&e.isGLBufferAttribute){Ne("BufferGeometry.computeBoundingSphere(): GLBufferAttribute requires a manual bounding sphere.",this),this.boundingSphere.set(new q,1/0);return}if(e){let n=this.boundingSphere.center;if(Gt.setFromBufferAttribute(e),t)for(let r=0,o=t.length;r<o;r++){let a=t[r];ws.setFromBufferAttribute(a),this.morphTargetsRelative?(St.addVectors(Gt.min,ws.min),Gt.expandByPoint(St),St.addVectors(Gt.max,ws.max),Gt.expandByPoint(St)):(Gt.expandByPoint(ws.min),Gt.expandByPoint(ws.max))}Gt.getCenter(n);let s=0;for(let r=0,o=e.count;r<o;r++)St.fromBufferAttribute(e,r),s=Math.max(s,n.distanceToSquared(St));if(t)for(let r=0,o=t.length;r<o;r++){let a=t[r],c=this.morphTargetsRelative;for(let l=0,u=a.count;l<u;l++)St.fromBufferAttribute(a,l),c&&(Xi.fromBufferAttribute(e,l),St.add(Xi)),s=Math.max(s,n.distanceToSquared(St))}this.boundingSphere.radius=Math.sqrt(s),isNaN(this.boundingSphere.radius)&&Ne('BufferGeometry.computeBoundingSphere(): Computed radius is NaN. The "position" attribute is likely to have NaN values.',this)}}computeTangents(){let e=this.index,t=this.attributes;if(e===null||t.position===void 0||t.normal===void 0||t.uv===void 0){Ne("BufferGeometry: .computeTangents() failed. Missing required attributes (index, position, normal or uv)");return}let n=t.position,s=t.normal,r=t.uv,o=this.getAttribute("tangent");(o===void 0||o.count!==n.count)&&(o=new zt(new Float32Array(4*n.count),4),this.setAttribute("tangent",o));let a=[],c=[],l=new Uint8Array(n.count);for(let U=0;U<n.count;U++)a[U]=new q,c[U]=new q;let u=new q,h=new q,d=new q,f=new $e,g=new $e,y=new $e,p=new q,m=new q;function v(U,D,R){l[U]=l[D]=l[R]=1,u.fromBufferAttribute(n,U),h.fromBufferAttribute(n,D),d.fromBufferAttribute(n,R),f.fromBufferAttribute(r,U),g.fromBufferAttribute(r,D),y.fromBufferAttribute(r,R),h.sub(u),d.sub(u),g.sub(f),y.sub(f);let L=1/(g.x*y.y-y.x*g.y);isFinite(L)&&(p.copy(h).multiplyScalar(y.y).addScaledVector(d,-g.y).multiplyScalar(L),m.copy(d).multiplyScalar(g.x).addScaledVector(h,-y.x).multiplyScalar(L),a[U].add(p),a[D].add(p),a[R].add(p),c[U].add(m),c[D].add(m),c[R].add(m))}let S=this.groups;S.length===0&&(S=[{start:0,count:e.count}]);for(let U=0,D=S.length;U<D;++U){let R=S[U],L=R.start,O=R.count;for(let P=L,G=L+O;P<G;P+=3)v(e.getX(P+0),e.getX(P+1),e.getX(P+2))}let _=new q,A=new q,w=new q,x=new q;function E(U){w.fromBufferAttribute(s,U),x.copy(w);let D=a[U];_.copy(D),_.sub(w.multiplyScalar(w.dot(D))).normalize(),A.crossVectors(x,D);let L=A.dot(c[U])<0?-1:1;o.setXYZW(U,_.x,_.y,_.z,L)}for(let U=0,D=n.count;U<D;++U)l[U]&&E(U);this._transformed=!0}computeVertexNormals(){let e=this.index,t=this.getAttribute("position");if(t!==void 0){let n=this.getAttribute("normal");if(n===void 0||n.count!==t.count)n=new zt(new Float32Array(t.count*3),3),this.setAttribute("normal",n);else for(let d=0,f=n.count;d<f;d++)n.setXYZ(d,0,0,0);let s=new q,r=new q,o=new q,a=new q,c=new q,l=new q,u=new q,h=new q;if(e)for(let d=0,f=e.count;d<f;d+=3){let g=e.getX(d+0),y=e.getX(d+1),p=e.getX(d+2);s.fromBufferAttribute(t,g),r.fromBufferAttribute(t,y),o.fromBufferAttribute(t,p),u.subVectors(o,r),h.subVectors(s,r),u.cross(h),a.fromBufferAttribute(n,g),c.fromBufferAttribute(n,y),l.fromBufferAttribute(n,p),a.add(u),c.add(u),l.add(u),n.setXYZ(g,a.x,a.y,a.z),n.setXYZ(y,c.x,c.y,c.z),n.setXYZ(p,l.x,l.y,l.z)}else for(let d=0,f=t.count;d<f;d+=3)s.fromBufferAttribute(t,d+0),r.fromBufferAttribute(t,d+1),o.fromBufferAttribute(t,d+2),u.subVectors(o,r),h.subVectors(s,r),u.cross(h),n.setXYZ(d+0,u.x,u.y,u.z),n.setXYZ(d+1,u.x,u.y,u.z),n.setXYZ(d+2,u.x,u.y,u.z);this.normalizeNormals(),n.needsUpdate=!0}}normalizeNormals(){let e=this.attributes.normal;for(let t=0,n=e.count;t<n;t++)St.fromBufferAttribute(e,t),St.normalize(),e.setXYZ(t,St.x,St.y,St.z)}toNonIndexed(){function e(a,c){let l=a.array,u=a.itemSize,h=a.normalized,d=new l.constructor(c.length*u),f=0,g=0;for(let y=0,p=c.length;y<p;y++){a.isInterleavedBufferAttribute?f=c[y]*a.data.stride+a.offset:f=c[y]*u;for(let m=0;m<u;m++)d[g++]=l[f++]}return new zt(d,u,h)}if(this.index===null)return Le("BufferGeometry.toNonIndexed(): BufferGeometry is already non-indexed."),this;let t=new i,n=this.index.array,s=this.attributes;for(let a in s){let c=s[a],l=e(c,n);t.setAttribute(a,l)}let r=this.morphAttributes;for(let a in r){let c=[],l=r[a];for(let u=0,h=l.length;u<h;u++){let d=l[u],f=e(d,n);c.push(f)}t.morphAttributes[a]=c}t.morphTargetsRelative=this.morphTargetsRelative;let o=this.groups;for(let a=0,c=o.length;a<c;a++){let l=o[a];t.addGroup(l.start,l.count,l.materialIndex)}return t}toJSON(){let e={metadata:{version:4.7,type:"BufferGeometry",generator:"BufferGeometry.toJSON"}};if(e.uuid=this.uuid,e.type=this.parameters!==void 0&&this._transformed===!0?"BufferGeometry":this.type,e.name=this.name,Object.keys(this.userData).length>0&&(e.userData=this.userData),this.parameters!==void 0&&this._transformed!==!0){let c=this.parameters;for(let l in c)c[l]!==void 0&&(e[l]=c[l]);return e}e.data={attributes:{}};let t=this.index;t!==null&&(e.data.index={type:t.array.constructor.name,array:Array.prototype.slice.call(t.array)});let n=this.attributes;for(let c in n){let l=n[c];e.data.attributes[c]=l.toJSON(e.data)}let s={},r=!1;for(let c in this.morphAttributes){let l=this.morphAttributes[c],u=[];for(let h=0,d=l.length;h<d;h++){let f=l[h];u.push(f.toJSON(e.data))}u.length>0&&(s[c]=u,r=!0)}r&&(e.data.morphAttributes=s,e.data.morphTargetsRelative=this.morphTargetsRelative);let o=this.groups;o.length>0&&(e.data.groups=JSON.parse(JSON.stringify(o)));let a=this.boundingSphere;return a!==null&&(e.data.boundingSphere=a.toJSON()),e}clone(){return new this.constructor().copy(this)}copy(e){this.index=null,this.attributes={},this.morphAttributes={},this.groups=[],this.boundingBox=null,this.boundingSphere=null;let t={};this.name=e.name;let n=e.index;n!==null&&this.setIndex(n.clone());let s=e.attributes;for(let l in s){let u=s[l];this.setAttribute(l,u.clone(t))}let r=e.morphAttributes;for(let l in r){let u=[],h=r[l];for(let d=0,f=h.length;d<f;d++)u.push(h[d].clone(t));this.morphAttributes[l]=u}this.morphTargetsRelative=e.morphTargetsRelative;let o=e.groups;for(let l=0,u=o.length;l<u;l++){let h=o[l];this.addGroup(h.start,h.count,h.materialIndex)}let a=e.boundingBox;a!==null&&(this.boundingBox=a.clone());let c=e.boundingSphere;return c!==null&&(this.boundingSphere=c.clone()),this.drawRange.start=e.drawRange.start,this.drawRange.count=e.drawRange.count,this.userData=e.userData,this._transformed=e._transformed,this}dispose(){this.dispatchEvent({type:"dispose"})}};var pl=new q,hp=new q,dp=new De,un=class{constructor(e=new q(1,0,0),t=0){this.isPlane=!0,this.normal=e,this.constant=t}set(e,t){return this.normal.copy(e),this.constant=t,this}setComponents(e,t,n,s){return this.normal.set(e,t,n),this.constant=s,this}setFromNormalAndCoplanarPoint(e,t){return this.normal.copy(e),this.constant=-t.dot(this.normal),this}setFromCoplanarPoints(e,t,n){let s=pl.subVectors(n,t).cross(hp.subVectors(e,t)).normalize();return this.setFromNormalAndCoplanarPoint(s,e),this}copy(e){return this.normal.copy(e.normal),this.constant=e.constant,this}normalize(){let e=1/this.normal.length();return this.normal.multiplyScalar(e),this.constant*=e,this}negate(){return this.constant*=-1,this.normal.negate(),this}distanceToPoint(e){return this.normal.dot(e)+this.constant}distanceToSphere(e){return this.distanceToPoint(e.center)-e.radius}projectPoint(e,t){return t.copy(e).addScaledVector(this.normal,-this.distanceToPoint(e))}intersectLine(e,t,n=!0){let s=e.delta(pl),r=this.normal.dot(s);if(r===0)return this.distanceToPoint(e.start)===0?t.copy(e.start):null;let o=-(e.start.dot(this.normal)+this.constant)/r;return n===!0&&(o<0||o>1)?null:t.copy(e.start).addScaledVector(s,o)}intersectsLine(e){let t=this.distanceToPoint(e.start),n=this.distanceToPoint(e.end);return t<0&&n>0||n<0&&t>0}intersectsBox(e){return e.intersectsPlane(this)}intersectsSphere(e){return e.intersectsPlane(this)}coplanarPoint(e){return e.copy(this.normal).multiplyScalar(-this.constant)}applyMatrix4(e,t){let n=t||dp.getNormalMatrix(e),s=this.coplanarPoint(pl).applyMatrix4(e),r=this.normal.applyMatrix3(n).normalize();return this.constant=-s.dot(r),this}translate(e){return this.constant-=e.dot(this.normal),this}equals(e){return e.normal.equals(this.normal)&&e.constant===this.constant}clone(){return new this.constructor().copy(this)}toJSON(){return{normal:this.normal.toArray(),constant:this.constant}}fromJSON(e){return this.normal.fromArray(e.normal),this.constant=e.constant,this}},fp=0,ei=class extends yn{constructor(){super(),this.isMaterial=!0,Object.defineProperty(this,"id",{value:fp++}),this.uuid=Qs(),this.name="",this.type="Material",this.blending=rs,this.side=si,this.vertexColors=!1,this.opacity=1,this.transparent=!1,this.alphaHash=!1,this.blendSrc=Cl,this.blendDst=Rl,this.blendEquation=_i,this.blendSrcAlpha=null,this.blendDstAlpha=null,this.blendEquationAlpha=null,this.blendColor=new Ve(0,0,0),this.blendAlpha=0,this.depthFunc=Ji,this.depthTest=!0,this.depthWrite=!0,this.stencilWriteMask=255,this.stencilFunc=Th,this.stencilRef=0,this.stencilFuncMask=255,this.stencilFail=Xr,this.stencilZFail=Xr,this.stencilZPass=Xr,this.stencilWrite=!1,this.clippingPlanes=null,this.clipIntersection=!1,this.clipShadows=!1,this.shadowSide=null,this.colorWrite=!0,this.precision=null,this.polygonOffset=!1,this.polygonOffsetFactor=0,this.polygonOffsetUnits=0,this.dithering=!1,this.alphaToCoverage=!1,this.premultipliedAlpha=!1,this.forceSinglePass=!1,this.allowOverride=!0,this.visible=!0,this.toneMapped=!0,this.userData={},this.version=0,this._alphaTest=0}get alphaTest(){return this._alphaTest}set alphaTest(e){this._alphaTest>0!=e>0&&this.version++,this._alphaTest=e}onBeforeRender(){}onBeforeCompile(){}customProgramCacheKey(){return this.onBeforeCompile.toString()}setValues(e){if(e!==void 0)for(let t in e){let n=e[t];if(n===void 0){Le(`Material: parameter '${t}' has value of undefined.`);continue}let s=this[t];if(s===void 0){Le(`Material: '${t}' is not a property of THREE.${this.type}.`);continue}s&&s.isColor?s.set(n):s&&s.isVector2&&n&&n.isVector2||s&&s.isEuler&&n&&n.isEuler||s&&s.isVector3&&n&&n.isVector3?s.copy(n):this[t]=n}}toJSON(e){let t=e===void 0||typeof e=="string";t&&(e={textures:{},images:{}});let n={metadata:{version:4.7,type:"Material",generator:"Material.toJSON"}};n.uuid=this.uuid,n.type=this.type,n.blending=this.blending,n.side=this.side,n.shadowSide=this.shadowSide,n.vertexColors=this.vertexColors,n.opacity=this.opacity,n.transparent=this.transparent,n.blendSrc=this.blendSrc,n.blendDst=this.blendDst,n.blendEquation=this.blendEquation,n.blendSrcAlpha=this.blendSrcAlpha,n.blendDstAlpha=this.blendDstAlpha,n.blendEquationAlpha=this.blendEquationAlpha,n.blendColor=this.blendColor.getHex(),n.blendAlpha=this.blendAlpha,n.depthFunc=this.depthFunc,n.depthTest=this.depthTest,n.depthWrite=this.depthWrite,n.colorWrite=this.colorWrite,n.clipIntersection=this.clipIntersection,n.clipShadows=this.clipShadows,n.stencilWriteMask=this.stencilWriteMask,n.stencilFunc=this.stencilFunc,n.stencilRef=this.stencilRef,n.stencilFuncMask=this.stencilFuncMask,n.stencilFail=this.stencilFail,n.stencilZFail=this.stencilZFail,n.stencilZPass=this.stencilZPass,n.stencilWrite=this.stencilWrite,n.polygonOffset=this.polygonOffset,n.polygonOffsetFactor=this.polygonOffsetFactor,n.polygonOffsetUnits=this.polygonOffsetUnits,n.dithering=this.dithering,n.alphaTest=this.alphaTest,n.alphaHash=this.alphaHash,n.alphaToCoverage=this.alphaToCoverage,n.premultipliedAlpha=this.premultipliedAlpha,n.forceSinglePass=this.forceSinglePass,n.allowOverride=this.allowOverride,n.visible=this.visible,n.toneMapped=this.toneMapped,n.name=this.name,this.color&&this.color.isColor&&(n.color=this.color.getHex()),this.roughness!==void 0&&(n.roughness=this.roughness),this.metalness!==void 0&&(n.metalness=this.metalness),this.sheen!==void 0&&(n.sheen=this.sheen),this.sheenColor&&this.sheenColor.isColor&&(n.sheenColor=this.sheenColor.getHex()),this.sheenRoughness!==void 0&&(n.sheenRoughness=this.sheenRoughness),this.emissive&&this.emissive.isColor&&(n.emissive=this.emissive.getHex()),this.emissiveIntensity!==void 0&&(n.emissiveIntensity=this.emissiveIntensity),this.specular&&this.specular.isColor&&(n.specular=this.specular.getHex()),this.specularIntensity!==void 0&&(n.specularIntensity=this.specularIntensity),this.specularColor&&this.specularColor.isColor&&(n.specularColor=this.specularColor.getHex()),this.shininess!==void 0&&(n.shininess=this.shininess),this.clearcoat!==void 0&&(n.clearcoat=this.clearcoat),this.clearcoatRoughness!==void 0&&(n.clearcoatRoughness=this.clearcoatRoughness),this.diffuseRoughness!==void 0&&(n.diffuseRoughness=this.diffuseRoughness),this.diffuseRoughnessMap&&this.diffuseRoughnessMap.isTexture&&(n.diffuseRoughnessMap=this.diffuseRoughnessMap.toJSON(e).uuid),this.clearcoatMap&&this.clearcoatMap.isTexture&&(n.clearcoatMap=this.clearcoatMap.toJSON(e).uuid),this.clearcoatRoughnessMap&&this.clearcoatRoughnessMap.isTexture&&(n.clearcoatRoughnessMap=this.clearcoatRoughnessMap.toJSON(e).uuid),this.clearcoatNormalMap&&this.clearcoatNormalMap.isTexture&&(n.clearcoatNormalMap=this.clearcoatNormalMap.toJSON(e).uuid,n.clearcoatNormalScale=this.clearcoatNormalScale.toArray()),this.sheenColorMap&&this.sheenColorMap.isTexture&&(n.sheenColorMap=this.sheenColorMap.toJSON(e).uuid),this.sheenRoughnessMap&&this.sheenRoughnessMap.isTexture&&(n.sheenRoughnessMap=this.sheenRoughnessMap.toJSON(e).uuid),this.dispersion!==void 0&&(n.dispersion=this.dispersion),this.retroreflectivity!==void 0&&(n.retroreflectivity=this.retroreflectivity),this.iridescence!==void 0&&(n.iridescence=this.iridescence),this.iridescenceIOR!==void 0&&(n.iridescenceIOR=this.iridescenceIOR),this.iridescenceThicknessMinimum!==void 0&&(n.iridescenceThicknessMinimum=this.iridescenceThicknessMinimum),this.iridescenceThicknessMaximum!==void 0&&(n.iridescenceThicknessMaximum=this.iridescenceThicknessMaximum),this.iridescenceMap&&this.iridescenceMap.isTexture&&(n.iridescenceMap=this.iridescenceMap.toJSON(e).uuid),this.iridescenceThicknessMap&&this.iridescenceThicknessMap.isTexture&&(n.iridescenceThicknessMap=this.iridescenceThicknessMap.toJSON(e).uuid),this.anisotropy!==void 0&&(n.anisotropy=this.anisotropy),this.anisotropyRotation!==void 0&&(n.anisotropyRotation=this.anisotropyRotation),this.anisotropyMap&&this.anisotropyMap.isTexture&&(n.anisotropyMap=this.anisotropyMap.toJSON(e).uuid),this.map&&this.map.isTexture&&(n.map=this.map.toJSON(e).uuid),this.matcap&&this.matcap.isTexture&&(n.matcap=this.matcap.toJSON(e).uuid),this.alphaMap&&this.alphaMap.isTexture&&(n.alphaMap=this.alphaMap.toJSON(e).uuid),this.lightMap&&this.lightMap.isTexture&&(n.lightMap=this.lightMap.toJSON(e).uuid,n.lightMapIntensity=this.lightMapIntensity),this.aoMap&&this.aoMap.isTexture&&(n.aoMap=this.aoMap.toJSON(e).uuid,n.aoMapIntensity=this.aoMapIntensity),this.bumpMap&&this.bumpMap.isTexture&&(n.bumpMap=this.bumpMap.toJSON(e).uuid,n.bumpScale=this.bumpScale),this.normalMap&&this.normalMap.isTexture&&(n.normalMap=this.normalMap.toJSON(e).uuid,n.normalMapType=this.normalMapType,n.normalScale=this.normalScale.toArray()),this.displacementMap&&this.displacementMap.isTexture&&(n.displacementMap=this.displacementMap.toJSON(e).uuid,n.displacementScale=this.displacementScale,n.displacementBias=this.displacementBias),this.roughnessMap&&this.roughnessMap.isTexture&&(n.roughnessMap=this.roughnessMap.toJSON(e).uuid),this.metalnessMap&&this.metalnessMap.isTexture&&(n.metalnessMap=this.metalnessMap.toJSON(e).uuid),this.emissiveMap&&this.emissiveMap.isTexture&&(n.emissiveMap=this.emissiveMap.toJSON(e).uuid),this.specularMap&&this.specularMap.isTexture&&(n.specularMap=this.specularMap.toJSON(e).uuid),this.specularIntensityMap&&this.specularIntensityMap.isTexture&&(n.specularIntensityMap=this.specularIntensityMap.toJSON(e).uuid),this.specularColorMap&&this.specularColorMap.isTexture&&(n.specularColorMap=this.specularColorMap.toJSON(e).uuid),this.envMap&&this.envMap.isTexture&&(n.envMap=this.envMap.toJSON(e).uuid,this.combine!==void 0&&(n.combine=this.combine)),this.envMapRotation!==void 0&&(n.envMapRotation=this.envMapRotation.toArray()),this.envMapIntensity!==void 0&&(n.envMapIntensity=this.envMapIntensity),this.reflectivity!==void 0&&(n.reflectivity=this.reflectivity),this.refractionRatio!==void 0&&(n.refractionRatio=this.refractionRatio),this.gradientMap&&this.gradientMap.isTexture&&(n.gradientMap=this.gradientMap.toJSON(e).uuid),this.transmission!==void 0&&(n.transmission=this.transmission),this.transmissionMap&&this.transmissionMap.isTexture&&(n.transmissionMap=this.transmissionMap.toJSON(e).uuid),this.thickness!==void 0&&(n.thickness=this.thickness),this.thicknessMap&&this.thicknessMap.isTexture&&(n.thicknessMap=this.thicknessMap.toJSON(e).uuid),this.attenuationDistance!==void 0&&(n.attenuationDistance=this.attenuationDistance),this.attenuationColor!==void 0&&(n.attenuationColor=this.attenuationColor.getHex()),this.size!==void 0&&(n.size=this.size),this.sizeAttenuation!==void 0&&(n.sizeAttenuation=this.sizeAttenuation),Array.isArray(this.clippingPlanes)&&this.clippingPlanes.length>0&&(n.clippingPlanes=this.clippingPlanes.map(r=>r.toJSON())),this.rotation!==void 0&&(n.rotation=this.rotation),this.depthPacking!==void 0&&(n.depthPacking=this.depthPacking),this.linewidth!==void 0&&(n.linewidth=this.linewidth),this.linecap!==void 0&&(n.linecap=this.linecap),this.linejoin!==void 0&&(n.linejoin=this.linejoin),this.dashSize!==void 0&&(n.dashSize=this.dashSize),this.gapSize!==void 0&&(n.gapSize=this.gapSize),this.scale!==void 0&&(n.scale=this.scale),this.wireframe!==void 0&&(n.wireframe=this.wireframe),this.wireframeLinewidth!==void 0&&(n.wireframeLinewidth=this.wireframeLinewidth),this.wireframeLinecap!==void 0&&(n.wireframeLinecap=this.wireframeLinecap),this.wireframeLinejoin!==void 0&&(n.wireframeLinejoin=this.wireframeLinejoin),this.flatShading!==void 0&&(n.flatShading=this.flatShading),this.fog!==void 0&&(n.fog=this.fog),Object.keys(this.userData).length>0&&(n.userData=this.userData);function s(r){let o=[];for(let a in r){let c=r[a];delete c.metadata,o.push(c)}return o}if(t){let r=s(e.textures),o=s(e.images);r.length>0&&(n.textures=r),o.length>0&&(n.images=o)}return n}fromJSON(e,t){if(e.uuid!==void 0&&(this.uuid=e.uuid),e.name!==void 0&&(this.name=e.name),e.color!==void 0&&this.color!==void 0&&this.color.setHex(e.color),e.roughness!==void 0&&(this.roughness=e.roughness),e.metalness!==void 0&&(this.metalness=e.metalness),e.sheen!==void 0&&(this.sheen=e.sheen),e.sheenColor!==void 0&&(this.sheenColor=new Ve().setHex(e.sheenColor)),e.sheenRoughness!==void 0&&(this.sheenRoughness=e.sheenRoughness),e.emissive!==void 0&&this.emissive!==void 0&&this.emissive.setHex(e.emissive),e.specular!==void 0&&this.specular!==void 0&&this.specular.setHex(e.specular),e.specularIntensity!==void 0&&(this.specularIntensity=e.specularIntensity),e.specularColor!==void 0&&this.specularColor!==void 0&&this.specularColor.setHex(e.specularColor),e.shininess!==void 0&&(this.shininess=e.shininess),e.clearcoat!==void 0&&(this.clearcoat=e.clearcoat),e.clearcoatRoughness!==void 0&&(this.clearcoatRoughness=e.clearcoatRoughness),e.diffuseRoughness!==void 0&&(this.diffuseRoughness=e.diffuseRoughness),e.dispersion!==void 0&&(this.dispersion=e.dispersion),e.retroreflectivity!==void 0&&(this.retroreflectivity=e.retroreflectivity),e.iridescence!==void 0&&(this.iridescence=e.iridescence),e.iridescenceIOR!==void 0&&(this.iridescenceIOR=e.iridescenceIOR),e.iridescenceThicknessMinimum!==void 0&&(this.iridescenceThicknessMinimum=e.iridescenceThicknessMinimum),e.iridescenceThicknessMaximum!==void 0&&(this.iridescenceThicknessMaximum=e.iridescenceThicknessMaximum),e.iridescenceThicknessRange!==void 0&&(this.iridescenceThicknessMinimum=e.iridescenceThicknessRange[0],this.iridescenceThicknessMaximum=e.iridescenceThicknessRange[1]),e.transmission!==void 0&&(this.transmission=e.transmission),e.thickness!==void 0&&(this.thickness=e.thickness),e.attenuationDistance!==void 0&&(this.attenuationDistance=e.attenuationDistance),e.attenuationColor!==void 0&&this.attenuationColor!==void 0&&this.attenuationColor.setHex(e.attenuationColor),e.anisotropy!==void 0&&(this.anisotropy=e.anisotropy),e.anisotropyRotation!==void 0&&(this.anisotropyRotation=e.anisotropyRotation),e.fog!==void 0&&(this.fog=e.fog),e.flatShading!==void 0&&(this.flatShading=e.flatShading),e.blending!==void 0&&(this.blending=e.blending),e.combine!==void 0&&(this.combine=e.combine),e.side!==void 0&&(this.side=e.side),e.shadowSide!==void 0&&(this.shadowSide=e.shadowSide),e.opacity!==void 0&&(this.opacity=e.opacity),e.transparent!==void 0&&(this.transparent=e.transparent),e.alphaTest!==void 0&&(this.alphaTest=e.alphaTest),e.alphaHash!==void 0&&(this.alphaHash=e.alphaHash),e.depthFunc!==void 0&&(this.depthFunc=e.depthFunc),e.depthTest!==void 0&&(this.depthTest=e.depthTest),e.depthWrite!==void 0&&(this.depthWrite=e.depthWrite),e.colorWrite!==void 0&&(this.colorWrite=e.colorWrite),e.clippingPlanes!==void 0&&(this.clippingPlanes=e.clippingPlanes.map(n=>new un().fromJSON(n))),e.clipIntersection!==void 0&&(this.clipIntersection=e.clipIntersection),e.clipShadows!==void 0&&(this.clipShadows=e.clipShadows),e.depthPacking!==void 0&&(this.depthPacking=e.depthPacking),e.blendSrc!==void 0&&(this.blendSrc=e.blendSrc),e.blendDst!==void 0&&(this.blendDst=e.blendDst),e.blendEquation!==void 0&&(this.blendEquation=e.blendEquation),e.blendSrcAlpha!==void 0&&(this.blendSrcAlpha=e.blendSrcAlpha),e.blendDstAlpha!==void 0&&(this.blendDstAlpha=e.blendDstAlpha),e.blendEquationAlpha!==void 0&&(this.blendEquationAlpha=e.blendEquationAlpha),e.blendColor!==void 0&&this.blendColor!==void 0&&this.blendColor.setHex(e.blendColor),e.blendAlpha!==void 0&&(this.blendAlpha=e.blendAlpha),e.stencilWriteMask!==void 0&&(this.stencilWriteMask=e.stencilWriteMask),e.stencilFunc!==void 0&&(this.stencilFunc=e.stencilFunc),e.stencilRef!==void 0&&(this.stencilRef=e.stencilRef),e.stencilFuncMask!==void 0&&(this.stencilFuncMask=e.stencilFuncMask),e.stencilFail!==void 0&&(this.stencilFail=e.stencilFail),e.stencilZFail!==void 0&&(this.stencilZFail=e.stencilZFail),e.stencilZPass!==void 0&&(this.stencilZPass=e.stencilZPass),e.stencilWrite!==void 0&&(this.stencilWrite=e.stencilWrite),e.wireframe!==void 0&&(this.wireframe=e.wireframe),e.wireframeLinewidth!==void 0&&(this.wireframeLinewidth=e.wireframeLinewidth),e.wireframeLinecap!==void 0&&(this.wireframeLinecap=e.wireframeLinecap),e.wireframeLinejoin!==void 0&&(this.wireframeLinejoin=e.wireframeLinejoin),e.rotation!==void 0&&(this.rotation=e.rotation),e.linewidth!==void 0&&(this.linewidth=e.linewidth),e.linecap!==void 0&&(this.linecap=e.linecap),e.linejoin!==void 0&&(this.linejoin=e.linejoin),e.dashSize!==void 0&&(this.dashSize=e.dashSize),e.gapSize!==void 0&&(this.gapSize=e.gapSize),e.scale!==void 0&&(this.scale=e.scale),e.polygonOffset!==void 0&&(this.polygonOffset=e.polygonOffset),e.polygonOffsetFactor!==void 0&&(this.polygonOffsetFactor=e.polygonOffsetFactor),e.polygonOffsetUnits!==void 0&&(this.polygonOffsetUnits=e.polygonOffsetUnits),e.dithering!==void 0&&(this.dithering=e.dithering),e.alphaToCoverage!==void 0&&(this.alphaToCoverage=e.alphaToCoverage),e.premultipliedAlpha!==void 0&&(this.premultipliedAlpha=e.premultipliedAlpha),e.forceSinglePass!==void 0&&(this.forceSinglePass=e.forceSinglePass),e.allowOverride!==void 0&&(this.allowOverride=e.allowOverride),e.visible!==void 0&&(this.visible=e.visible),e.toneMapped!==void 0&&(this.toneMapped=e.toneMapped),e.userData!==void 0&&(this.userData=e.userData),e.vertexColors!==void 0&&(typeof e.vertexColors=="number"?this.vertexColors=e.vertexColors>0:this.vertexColors=e.vertexColors),e.size!==void 0&&(this.size=e.size),e.sizeAttenuation!==void 0&&(this.sizeAttenuation=e.sizeAttenuation),e.map!==void 0&&(this.map=t[e.map]||null),e.matcap!==void 0&&(this.matcap=t[e.matcap]||null),e.alphaMap!==void 0&&(this.alphaMap=t[e.alphaMap]||null),e.bumpMap!==void 0&&(this.bumpMap=t[e.bumpMap]||null),e.bumpScale!==void 0&&(this.bumpScale=e.bumpScale),e.normalMap!==void 0&&(this.normalMap=t[e.normalMap]||null),e.normalMapType!==void 0&&(this.normalMapType=e.normalMapType),e.normalScale!==void 0){let n=e.normalScale;Array.isArray(n)===!1&&(n=[n,n]),this.normalScale=new $e().fromArray(n)}return e.displacementMap!==void 0&&(this.displacementMap=t[e.displacementMap]||null),e.displacementScale!==void 0&&(this.displacementScale=e.displacementScale),e.displacementBias!==void 0&&(this.displacementBias=e.displacementBias),e.roughnessMap!==void 0&&(this.roughnessMap=t[e.roughnessMap]||null),e.metalnessMap!==void 0&&(this.metalnessMap=t[e.metalnessMap]||null),e.emissiveMap!==void 0&&(this.emissiveMap=t[e.emissiveMap]||null),e.emissiveIntensity!==void 0&&(this.emissiveIntensity=e.emissiveIntensity),e.specularMap!==void 0&&(this.specularMap=t[e.specularMap]||null),e.specularIntensityMap!==void 0&&(this.specularIntensityMap=t[e.specularIntensityMap]||null),e.specularColorMap!==void 0&&(this.specularColorMap=t[e.specularColorMap]||null),e.envMap!==void 0&&(this.envMap=t[e.envMap]||null),e.envMapRotation!==void 0&&this.envMapRotation.fromArray(e.envMapRotation),e.envMapIntensity!==void 0&&(this.envMapIntensity=e.envMapIntensity),e.reflectivity!==void 0&&(this.reflectivity=e.reflectivity),e.refractionRatio!==void 0&&(this.refractionRatio=e.refractionRatio),e.lightMap!==void 0&&(this.lightMap=t[e.lightMap]||null),e.lightMapIntensity!==void 0&&(this.lightMapIntensity=e.lightMapIntensity),e.aoMap!==void 0&&(this.aoMap=t[e.aoMap]||null),e.aoMapIntensity!==void 0&&(this.aoMapIntensity=e.aoMapIntensity),e.gradientMap!==void 0&&(this.gradientMap=t[e.gradientMap]||null),e.clearcoatMap!==void 0&&(this.clearcoatMap=t[e.clearcoatMap]||null),e.clearcoatRoughnessMap!==void 0&&(this.clearcoatRoughnessMap=t[e.clearcoatRoughnessMap]||null),e.clearcoatNormalMap!==void 0&&(this.clearcoatNormalMap=t[e.clearcoatNormalMap]||null),e.clearcoatNormalScale!==void 0&&(this.clearcoatNormalScale=new $e().fromArray(e.clearcoatNormalScale)),e.diffuseRoughnessMap!==void 0&&(this.diffuseRoughnessMap=t[e.diffuseRoughnessMap]||null),e.iridescenceMap!==void 0&&(this.iridescenceMap=t[e.iridescenceMap]||null),e.iridescenceThicknessMap!==void 0&&(this.iridescenceThicknessMap=t[e.iridescenceThicknessMap]||null),e.transmissionMap!==void 0&&(this.transmissionMap=t[e.transmissionMap]||null),e.thicknessMap!==void 0&&(this.thicknessMap=t[e.thicknessMap]||null),e.anisotropyMap!==void 0&&(this.anisotropyMap=t[e.anisotropyMap]||null),e.sheenColorMap!==void 0&&(this.sheenColorMap=t[e.sheenColorMap]||null),e.sheenRoughnessMap!==void 0&&(this.sheenRoughnessMap=t[e.sheenRoughnessMap]||null),this}clone(){return new this.constructor().copy(this)}copy(e){this.name=e.name,this.blending=e.blending,this.side=e.side,this.vertexColors=e.vertexColors,this.opacity=e.opacity,this.transparent=e.transparent,this.blendSrc=e.blendSrc,this.blendDst=e.blendDst,this.blendEquation=e.blendEquation,this.blendSrcAlpha=e.blendSrcAlpha,this.blendDstAlpha=e.blendDstAlpha,this.blendEquationAlpha=e.blendEquationAlpha,this.blendColor.copy(e.blendColor),this.blendAlpha=e.blendAlpha,this.depthFunc=e.depthFunc,this.depthTest=e.depthTest,this.depthWrite=e.depthWrite,this.stencilWriteMask=e.stencilWriteMask,this.stencilFunc=e.stencilFunc,this.stencilRef=e.stencilRef,this.stencilFuncMask=e.stencilFuncMask,this.stencilFail=e.stencilFail,this.stencilZFail=e.stencilZFail,this.stencilZPass=e.stencilZPass,this.stencilWrite=e.stencilWrite;let t=e.clippingPlanes,n=null;if(t!==null){let s=t.length;n=new Array(s);for(let r=0;r!==s;++r)n[r]=t[r].clone()}return this.clippingPlanes=n,this.clipIntersection=e.clipIntersection,this.clipShadows=e.clipShadows,this.shadowSide=e.shadowSide,this.colorWrite=e.colorWrite,this.precision=e.precision,this.polygonOffset=e.polygonOffset,this.polygonOffsetFactor=e.polygonOffsetFactor,this.polygonOffsetUnits=e.polygonOffsetUnits,this.dithering=e.dithering,this.alphaTest=e.alphaTest,this.alphaHash=e.alphaHash,this.alphaToCoverage=e.alphaToCoverage,this.premultipliedAlpha=e.premultipliedAlpha,this.forceSinglePass=e.forceSinglePass,this.allowOverride=e.allowOverride,this.visible=e.visible,this.toneMapped=e.toneMapped,this.userData=JSON.parse(JSON.stringify(e.userData)),this}dispose(){this.dispatchEvent({type:"dispose"})}set needsUpdate(e){e===!0&&this.version++}};var Dn=new q,ml=new q,Rr=new q,Pr=new q,Us=class{constructor(e=new q,t=new q(0,0,-1)){this.origin=e,this.direction=t}set(e,t){return this.origin.copy(e),this.direction.copy(t),this}copy(e){return this.origin.copy(e.origin),this.direction.copy(e.direction),this}at(e,t){return t.copy(this.origin).addScaledVector(this.direction,e)}lookAt(e){return this.direction.copy(e).sub(this.origin).normalize(),this}recast(e){return this.origin.copy(this.at(e,Dn)),this}closestPointToPoint(e,t){t.subVectors(e,this.origin);let n=t.dot(this.direction);return n<0?t.copy(this.origin):t.copy(this.origin).addScaledVector(this.direction,n)}distanceToPoint(e){return Math.sqrt(this.distanceSqToPoint(e))}distanceSqToPoint(e){let t=Dn.subVectors(e,this.origin).dot(this.direction);return t<0?this.origin.distanceToSquared(e):(Dn.copy(this.origin).addScaledVector(this.direction,t),Dn.distanceToSquared(e))}distanceSqToSegment(e,t,n,s){ml.copy(e).add(t).multiplyScalar(.5),Rr.copy(t).sub(e).normalize(),Pr.copy(this.origin).sub(ml);let r=e.distanceTo(t)*.5,o=-this.direction.dot(Rr),a=Pr.dot(this.direction),c=-Pr.dot(Rr),l=Pr.lengthSq(),u=Math.abs(1-o*o),h,d,f,g;if(u>0)if(h=o*c-a,d=o*a-c,g=r*u,h>=0)if(d>=-g)if(d<=g){let y=1/u;h*=y,d*=y,f=h*(h+o*d+2*a)+d*(o*h+d+2*c)+l}else d=r,h=Math.max(0,-(o*d+a)),f=-h*h+d*(d+2*c)+l;else d=-r,h=Math.max(0,-(o*d+a)),f=-h*h+d*(d+2*c)+l;else d<=-g?(h=Math.max(0,-(-o*r+a)),d=h>0?-r:Math.min(Math.max(-r,-c),r),f=-h*h+d*(d+2*c)+l):d<=g?(h=0,d=Math.min(Math.max(-r,-c),r),f=d*(d+2*c)+l):(h=Math.max(0,-(o*r+a)),d=h>0?r:Math.min(Math.max(-r,-c),r),f=-h*h+d*(d+2*c)+l);else d=o>0?-r:r,h=Math.max(0,-(o*d+a)),f=-h*h+d*(d+2*c)+l;return n&&n.copy(this.origin).addScaledVector(this.direction,h),s&&s.copy(ml).addScaledVector(Rr,d),f}intersectSphere(e,t){if(e.radius<0)return null;Dn.subVectors(e.center,this.origin);let n=Dn.dot(this.direction),s=Dn.dot(Dn)-n*n,r=e.radius*e.radius;if(s>r)return null;let o=Math.sqrt(r-s),a=n-o,c=n+o;return c<0?null:a<0?this.at(c,t):this.at(a,t)}intersectsSphere(e){return e.radius<0?!1:this.distanceSqToPoint(e.center)<=e.radius*e.radius}distanceToPlane(e){let t=e.normal.dot(this.direction);if(t===0)return e.distanceToPoint(this.origin)===0?0:null;let n=-(this.origin.dot(e.normal)+e.constant)/t;return n>=0?n:null}intersectPlane(e,t){let n=this.distanceToPlane(e);return n===null?null:this.at(n,t)}intersectsPlane(e){let t=e.distanceToPoint(this.origin);return t===0||e.normal.dot(this.direction)*t<0}intersectBox(e,t){let n,s,r,o,a,c,l=1/this.direction.x,u=1/this.direction.y,h=1/this.direction.z,d=this.origin;return l>=0?(n=(e.min.x-d.x)*l,s=(e.max.x-d.x)*l):(n=(e.max.x-d.x)*l,s=(e.min.x-d.x)*l),u>=0?(r=(e.min.y-d.y)*u,o=(e.max.y-d.y)*u):(r=(e.max.y-d.y)*u,o=(e.min.y-d.y)*u),n>o||r>s||((r>n||isNaN(n))&&(n=r),(o<s||isNaN(s))&&(s=o),h>=0?(a=(e.min.z-d.z)*h,c=(e.max.z-d.z)*h):(a=(e.max.z-d.z)*h,c=(e.min.z-d.z)*h),n>c||a>s)||((a>n||n!==n)&&(n=a),(c<s||s!==s)&&(s=c),s<0)?null:this.at(n>=0?n:s,t)}intersectsBox(e){return this.intersectBox(e,Dn)!==null}intersectTriangle(e,t,n,s,r){let o=this.origin,a=this.direction,c=a.x,l=a.y,u=a.z,h=e.x-o.x,d=e.y-o.y,f=e.z-o.z,g=t.x-o.x,y=t.y-o.y,p=t.z-o.z,m=n.x-o.x,v=n.y-o.y,S=n.z-o.z,_=Math.abs(c),A=Math.abs(l),w=Math.abs(u),x,E,U,D,R,L,O,P,G,Z,W,re;if(_>=A&&_>=w?(U=c,L=h,G=g,re=m,c>=0?(x=l,E=u,D=d,R=f,O=y,P=p,Z=v,W=S):(x=u,E=l,D=f,R=d,O=p,P=y,Z=S,W=v)):A>=w?(U=l,L=d,G=y,re=v,l>=0?(x=u,E=c,D=f,R=h,O=p,P=g,Z=S,W=m):(x=c,E=u,D=h,R=f,O=g,P=p,Z=m,W=S)):(U=u,L=f,G=p,re=S,u>=0?(x=c,E=l,D=h,R=d,O=g,P=y,Z=m,W=v):(x=l,E=c,D=d,R=h,O=y,P=g,Z=v,W=m)),U===0)return null;let Y=x/U,ee=E/U,ie=1/U,B=D-Y*L,ne=R-ee*L,V=O-Y*G,se=P-ee*G,me=Z-Y*re,ye=W-ee*re,ce=me*se-ye*V,Se=B*ye-ne*me,it=V*ne-se*B;if(s){if(ce<0||Se<0||it<0)return null}else if((ce<0||Se<0||it<0)&&(ce>0||Se>0||it>0))return null;let Ie=ce+Se+it;if(Ie===0)return null;let Ke=ie*(ce*L+Se*G+it*re);return(Ie>0?Ke<0:Ke>0)?null:this.at(Ke/Ie,r)}applyMatrix4(e){return this.origin.applyMatrix4(e),this.direction.transformDirection(e),this}equals(e){return e.origin.equals(this.origin)&&e.direction.equals(this.direction)}clone(){return new this.constructor().copy(this)}},oo=class extends ei{constructor(e){super(),this.isMeshBasicMaterial=!0,this.type="MeshBasicMaterial",this.color=new Ve(16777215),this.map=null,this.lightMap=null,this.lightMapIntensity=1,this.aoMap=null,this.aoMapIntensity=1,this.specularMap=null,this.alphaMap=null,this.envMap=null,this.envMapRotation=new jn,this.combine=Pl,this.reflectivity=1,this.refractionRatio=.98,this.wireframe=!1,this.wireframeLinewidth=1,this.wireframeLinecap="round",this.wireframeLinejoin="round",this.fog=!0,this.setValues(e)}copy(e){return super.copy(e),this.color.copy(e.color),this.map=e.map,this.lightMap=e.lightMap,this.lightMapIntensity=e.lightMapIntensity,this.aoMap=e.aoMap,this.aoMapIntensity=e.aoMapIntensity,this.specularMap=e.specularMap,this.alphaMap=e.alphaMap,this.envMap=e.envMap,this.envMapRotation.copy(e.envMapRotation),this.combine=e.combine,this.reflectivity=e.reflectivity,this.refractionRatio=e.refractionRatio,this.wireframe=e.wireframe,this.wireframeLinewidth=e.wireframeLinewidth,this.wireframeLinecap=e.wireframeLinecap,this.wireframeLinejoin=e.wireframeLinejoin,this.fog=e.fog,this}},Wu=new rt,pi=new Us,Ir=new xi,Xu=new q,Lr=new q,Nr=new q,Dr=new q,gl=new q,Fr=new q,qu=new q,Ur=new q,_n=class extends qt{constructor(e=new nn,t=new oo){super(),this.isMesh=!0,this.type="Mesh",this.geometry=e,this.material=t,this.morphTargetDictionary=void 0,this.morphTargetInfluences=void 0,this.count=1,this.updateMorphTargets()}copy(e,t){return super.copy(e,t),e.morphTargetInfluences!==void 0?this.morphTargetInfluences=e.morphTargetInfluences.slice():this.morphTargetInfluences=void 0,e.morphTargetDictionary!==void 0?this.morphTargetDictionary=Object.assign({},e.morphTargetDictionary):this.morphTargetDictionary=void 0,this.material=Array.isArray(e.material)?e.material.slice():e.material,this.geometry=e.geometry,this}updateMorphTargets(){let t=this.geometry.morphAttributes,n=Object.keys(t);if(n.length>0){let s=t[n[0]];if(s!==void 0){this.morphTargetInfluences=[],this.morphTargetDictionary={};for(let r=0,o=s.length;r<o;r++){let a=s[r].name||String(r);this.morphTargetInfluences.push(0),this.morphTargetDictionary[a]=r}}}}getVertexPosition(e,t){let n=this.geometry,s=n.attributes.position,r=n.morphAttributes.position,o=n.morphTargetsRelative;t.fromBufferAttribute(s,e);let a=this.morphTargetInfluences;if(r&&a){Fr.set(0,0,0);for(let c=0,l=r.length;c<l;c++){let u=a[c],h=r[c];u!==0&&(gl.fromBufferAttribute(h,e),o?Fr.addScaledVector(gl,u):Fr.addScaledVector(gl.sub(t),u))}t.add(Fr)}return t}intersectsFrustum(e){return e.intersectsObject(this)}raycast(e,t){let n=this.geometry,s=this.material,r=this.matrixWorld;s!==void 0&&(n.boundingSphere===null&&n.computeBoundingSphere(),Ir.copy(n.boundingSphere),Ir.applyMatrix4(r),pi.copy(e.ray).recast(e.near),!(Ir.containsPoint(pi.origin)===!1&&(pi.intersectSphere(Ir,Xu)===null||pi.origin.distanceToSquared(Xu)>(e.far-e.near)**2))&&(Wu.copy(r).invert(),pi.copy(e.ray).applyMatrix4(Wu),!(n.boundingBox!==null&&pi.intersectsBox(n.boundingBox)===!1)&&this._computeIntersections(e,t,pi)))}_computeIntersections(e,t,n){let s,r=this.geometry,o=this.material,a=r.index,c=r.attributes.position,l=r.attributes.uv,u=r.attributes.uv1,h=r.attributes.normal,d=r.groups,f=r.drawRange;if(a!==null)if(Array.isArray(o))for(let g=0,y=d.length;g<y;g++){let p=d[g],m=o[p.materialIndex],v=Math.max(p.start,f.start),S=Math.min(a.count,Math.min(p.start+p.count,f.start+f.count));for(let _=v,A=S;_<A;_+=3){let w=a.getX(_),x=a.getX(_+1),E=a.getX(_+2);s=Or(this,m,e,n,l,u,h,w,x,E),s&&(s.faceIndex=Math.floor(_/3),s.face.materialIndex=p.materialIndex,t.push(s))}}else{let g=Math.max(0,f.start),y=Math.min(a.count,f.start+f.count);for(let p=g,m=y;p<m;p+=3){let v=a.getX(p),S=a.getX(p+1),_=a.getX(p+2);s=Or(this,o,e,n,l,u,h,v,S,_),s&&(s.faceIndex=Math.floor(p/3),t.push(s))}}else if(c!==void 0)if(Array.isArray(o))for(let g=0,y=d.length;g<y;g++){let p=d[g],m=o[p.materialIndex],v=Math.max(p.start,f.start),S=Math.min(c.count,Math.min(p.start+p.count,f.start+f.count));for(let _=v,A=S;_<A;_+=3){let w=_,x=_+1,E=_+2;s=Or(this,m,e,n,l,u,h,w,x,E),s&&(s.faceIndex=Math.floor(_/3),s.face.materialIndex=p.materialIndex,t.push(s))}}else{let g=Math.max(0,f.start),y=Math.min(c.count,f.start+f.count);for(let p=g,m=y;p<m;p+=3){let v=p,S=p+1,_=p+2;s=Or(this,o,e,n,l,u,h,v,S,_),s&&(s.faceIndex=Math.floor(p/3),t.push(s))}}}};function pp(i,e,t,n,s,r,o,a){let c;if(e.side===Bt?c=n.intersectTriangle(o,r,s,!0,a):c=n.intersectTriangle(s,r,o,e.side===si,a),c===null)return null;Ur.copy(a),Ur.applyMatrix4(i.matrixWorld);let l=t.ray.origin.distanceTo(Ur);return l<t.near||l>t.far?null:{distance:l,point:Ur.clone(),object:i}}function Or(i,e,t,n,s,r,o,a,c,l){i.getVertexPosition(a,Lr),i.getVertexPosition(c,Nr),i.getVertexPosition(l,Dr);let u=pp(i,e,t,n,Lr,Nr,Dr,qu);if(u){let h=new q;Kn.getBarycoord(qu,Lr,Nr,Dr,h),s&&(u.uv=Kn.getInterpolatedAttribute(s,a,c,l,h,new $e)),r&&(u.uv1=Kn.getInterpolatedAttribute(r,a,c,l,h,new $e)),o&&(u.normal=Kn.getInterpolatedAttribute(o,a,c,l,h,new q),u.normal.dot(n.direction)>0&&u.normal.multiplyScalar(-1));let d={a,b:c,c:l,normal:new q,materialIndex:0};Kn.getNormal(Lr,Nr,Dr,d.normal),u.face=d,u.barycoord=h}return u}var es=class extends Nt{constructor(e=null,t=1,n=1,s,r,o,a,c,l=pt,u=pt,h,d){super(null,o,a,c,l,u,s,r,h,d),this.isDataTexture=!0,this.image={data:e,width:t,height:n},this.generateMipmaps=!1,this.flipY=!1,this.unpackAlignment=1}};var mi=new xi,mp=new $e(.5,.5),Br=new q,yi=class{constructor(e=new un,t=new un,n=new un,s=new un,r=new un,o=new un){this.planes=[e,t,n,s,r,o]}set(e,t,n,s,r,o){let a=this.planes;return a[0].copy(e),a[1].copy(t),a[2].copy(n),a[3].copy(s),a[4].copy(r),a[5].copy(o),this}copy(e){let t=this.planes;for(let n=0;n<6;n++)t[n].copy(e.planes[n]);return this}setFromProjectionMatrix(e,t=en,n=!1){let s=this.planes,r=e.elements,o=r[0],a=r[1],c=r[2],l=r[3],u=r[4],h=r[5],d=r[6],f=r[7],g=r[8],y=r[9],p=r[10],m=r[11],v=r[12],S=r[13],_=r[14],A=r[15];if(s[0].setComponents(l-o,f-u,m-g,A-v).normalize(),s[1].setComponents(l+o,f+u,m+g,A+v).normalize(),s[2].setComponents(l+a,f+h,m+y,A+S).normalize(),s[3].setComponents(l-a,f-h,m-y,A-S).normalize(),n)s[4].setComponents(c,d,p,_).normalize(),s[5].setComponents(l-c,f-d,m-p,A-_).normalize();else if(s[4].setComponents(l-c,f-d,m-p,A-_).normalize(),t===en)s[5].setComponents(l+c,f+d,m+p,A+_).normalize();else if(t===Rs)s[5].setComponents(c,d,p,_).normalize();else throw new Error("THREE.Frustum.setFromProjectionMatrix(): Invalid coordinate system: "+t);return this}intersectsObject(e){if(e.boundingSphere!==void 0)e.boundingSphere===null&&e.computeBoundingSphere(),mi.copy(e.boundingSphere).applyMatrix4(e.matrixWorld);else{let t=e.geometry;t.boundingSphere===null&&t.computeBoundingSphere(),mi.copy(t.boundingSphere).applyMatrix4(e.matrixWorld)}return this.intersectsSphere(mi)}intersectsSprite(e){mi.center.set(0,0,0);let t=mp.distanceTo(e.center);return mi.radius=.7071067811865476+t,mi.applyMatrix4(e.matrixWorld),this.intersectsSphere(mi)}intersectsSphere(e){let t=this.planes,n=e.center,s=-e.radius;for(let r=0;r<6;r++)if(t[r].distanceToPoint(n)<s)return!1;return!0}intersectsBox(e){let t=this.planes;for(let n=0;n<6;n++){let s=t[n];if(Br.x=s.normal.x>0?e.max.x:e.min.x,Br.y=s.normal.y>0?e.max.y:e.min.y,Br.z=s.normal.z>0?e.max.z:e.min.z,s.distanceToPoint(Br)<0)return!1}return!0}containsPoint(e){let t=this.planes;for(let n=0;n<6;n++)if(t[n].distanceToPoint(e)<0)return!1;return!0}clone(){return new this.constructor().copy(this)}},$u=new rt,ao=class i{constructor(){this.coordinateSystem=en,this._frustums=[],this._count=0}setFromArrayCamera(e){let t=e.cameras,n=this._frustums;for(let s=0;s<t.length;s++){let r=t[s];$u.multiplyMatrices(r.projectionMatrix,r.matrixWorldInverse),n[s]===void 0&&(n[s]=new yi),n[s].setFromProjectionMatrix($u,r.coordinateSystem,r.reversedDepth)}return this._count=t.length,this}getFrustum(e){return this._frustums[e]}intersectsObject(e){let t=this._frustums;for(let n=0;n<this._count;n++)if(t[n].intersectsObject(e))return!0;return!1}intersectsSprite(e){let t=this._frustums;for(let n=0;n<this._count;n++)if(t[n].intersectsSprite(e))return!0;return!1}intersectsSphere(e){let t=this._frustums;for(let n=0;n<this._count;n++)if(t[n].intersectsSphere(e))return!0;return!1}intersectsBox(e){let t=this._frustums;for(let n=0;n<this._count;n++)if(t[n].intersectsBox(e))return!0;return!1}containsPoint(e){let t=this._frustums;for(let n=0;n<this._count;n++)if(t[n].containsPoint(e))return!0;return!1}copy(e){this.coordinateSystem=e.coordinateSystem;let t=this._frustums,n=e._frustums;for(let s=0;s<e._count;s++)t[s]===void 0&&(t[s]=new yi),t[s].copy(n[s]);return this._count=e._count,this}clone(){return new i().copy(this)}};var lo=class extends ei{constructor(e){super(),this.isPointsMaterial=!0,this.type="PointsMaterial",this.color=new Ve(16777215),this.map=null,this.alphaMap=null,this.size=1,this.sizeAttenuation=!0,this.fog=!0,this.setValues(e)}copy(e){return super.copy(e),this.color.copy(e.color),this.map=e.map,this.alphaMap=e.alphaMap,this.size=e.size,this.sizeAttenuation=e.sizeAttenuation,this.fog=e.fog,this}},Yu=new rt,bl=new Us,kr=new xi,zr=new q,Os=class extends qt{constructor(e=new nn,t=new lo){super(),this.isPoints=!0,this.type="Points",this.geometry=e,this.material=t,this.morphTargetDictionary=void 0,this.morphTargetInfluences=void 0,this.updateMorphTargets()}copy(e,t){return super.copy(e,t),e.morphTargetInfluences!==void 0?this.morphTargetInfluences=e.morphTargetInfluences.slice():this.morphTargetInfluences=void 0,e.morphTargetDictionary!==void 0?this.morphTargetDictionary=Object.assign({},e.morphTargetDictionary):this.morphTargetDictionary=void 0,this.material=Array.isArray(e.material)?e.material.slice():e.material,this.geometry=e.geometry,this}intersectsFrustum(e){return e.intersectsObject(this)}raycast(e,t){let n=this.geometry,s=this.matrixWorld,r=e.params.Points.threshold,o=n.drawRange;if(n.boundingSphere===null&&n.computeBoundingSphere(),kr.copy(n.boundingSphere),kr.applyMatrix4(s),kr.radius+=r,e.ray.intersectsSphere(kr)===!1)return;Yu.copy(s).invert(),bl.copy(e.ray).applyMatrix4(Yu);let a=r/((this.scale.x+this.scale.y+this.scale.z)/3),c=a*a,l=n.index,h=n.attributes.position;if(l!==null){let d=Math.max(0,o.start),f=Math.min(l.count,o.start+o.count);for(let g=d,y=f;g<y;g++){let p=l.getX(g);zr.fromBufferAttribute(h,p),Zu(zr,p,c,s,e,t,this)}}else{let d=Math.max(0,o.start),f=Math.min(h.count,o.start+o.count);for(let g=d,y=f;g<y;g++)zr.fromBufferAttribute(h,g),Zu(zr,g,c,s,e,t,this)}}updateMorphTargets(){let t=this.geometry.morphAttributes,n=Object.keys(t);if(n.length>0){let s=t[n[0]];if(s!==void 0){this.morphTargetInfluences=[],this.morphTargetDictionary={};for(let r=0,o=s.length;r<o;r++){let a=s[r].name||String(r);this.morphTargetInfluences.push(0),this.morphTargetDictionary[a]=r}}}}};function Zu(i,e,t,n,s,r,o){let a=bl.distanceSqToPoint(i);if(a<t){let c=new q;bl.closestPointToPoint(i,c),c.applyMatrix4(n);let l=s.ray.origin.distanceTo(c);if(l<s.near||l>s.far)return;r.push({distance:l,distanceToRay:Math.sqrt(a),point:c,index:e,face:null,faceIndex:null,barycoord:null,object:o})}}var Bs=class extends Nt{constructor(e=[],t=bi,n,s,r,o,a,c,l,u){super(e,t,n,s,r,o,a,c,l,u),this.isCubeTexture=!0,this.flipY=!1}get images(){return this.image}set images(e){this.image=e}};var On=class extends Nt{constructor(e,t,n=hn,s,r,o,a=pt,c=pt,l,u=Un,h=1){if(u!==Un&&u!==kn)throw new Error("THREE.DepthTexture: format must be either THREE.DepthFormat or THREE.DepthStencilFormat");let d={width:e,height:t,depth:h};super(d,s,r,o,a,c,u,n,l),this.isDepthTexture=!0,this.flipY=!1,this.generateMipmaps=!1,this.compareFunction=null}copy(e){return super.copy(e),this.source=new ji(Object.assign({},e.image)),this.compareFunction=e.compareFunction,this}toJSON(e){let t=super.toJSON(e);return t.compareFunction=this.compareFunction,t}},ks=class extends On{constructor(e,t=hn,n=bi,s,r,o=pt,a=pt,c,l=Un){let u={width:e,height:e,depth:1},h=[u,u,u,u,u,u];super(e,e,t,n,s,r,o,a,c,l),this.image=h,this.isCubeDepthTexture=!0,this.isCubeTexture=!0}get images(){return this.image}set images(e){this.image=e}},zs=class extends Nt{constructor(e=null){super(),this.sourceTexture=e,this.isExternalTexture=!0}copy(e){return super.copy(e),this.sourceTexture=e.sourceTexture,this}},ts=class i extends nn{constructor(e=1,t=1,n=1,s=1,r=1,o=1){super(),this.type="BoxGeometry",this.parameters={width:e,height:t,depth:n,widthSegments:s,heightSegments:r,depthSegments:o};let a=this;s=Math.floor(s),r=Math.floor(r),o=Math.floor(o);let c=[],l=[],u=[],h=[],d=0,f=0;g("z","y","x",-1,-1,n,t,e,o,r,0),g("z","y","x",1,-1,n,t,-e,o,r,1),g("x","z","y",1,1,e,n,t,s,o,2),g("x","z","y",1,-1,e,n,-t,s,o,3),g("x","y","z",1,-1,e,t,n,s,r,4),g("x","y","z",-1,-1,e,t,-n,s,r,5),this.setIndex(c),this.setAttribute("position",new tn(l,3)),this.setAttribute("normal",new tn(u,3)),this.setAttribute("uv",new tn(h,2));function g(y,p,m,v,S,_,A,w,x,E,U){let D=_/x,R=A/E,L=_/2,O=A/2,P=w/2,G=x+1,Z=E+1,W=0,re=0,Y=new q;for(let ee=0;ee<Z;ee++){let ie=ee*R-O;for(let B=0;B<G;B++){let ne=B*D-L;Y[y]=ne*v,Y[p]=ie*S,Y[m]=P,l.push(Y.x,Y.y,Y.z),Y[y]=0,Y[p]=0,Y[m]=w>0?1:-1,u.push(Y.x,Y.y,Y.z),h.push(B/x),h.push(1-ee/E),W+=1}}for(let ee=0;ee<E;ee++)for(let ie=0;ie<x;ie++){let B=d+ie+G*ee,ne=d+ie+G*(ee+1),V=d+(ie+1)+G*(ee+1),se=d+(ie+1)+G*ee;c.push(B,ne,se),c.push(ne,V,se),re+=6}a.addGroup(f,re,U),f+=re,d+=W}}copy(e){return super.copy(e),this.parameters=Object.assign({},e.parameters),this}static fromJSON(e){return new i(e.width,e.height,e.depth,e.widthSegments,e.heightSegments,e.depthSegments)}};var Vs=class i extends nn{constructor(e=1,t=1,n=1,s=1){super(),this.type="PlaneGeometry",this.parameters={width:e,height:t,widthSegments:n,heightSegments:s};let r=e/2,o=t/2,a=Math.floor(n),c=Math.floor(s),l=a+1,u=c+1,h=e/a,d=t/c,f=[],g=[],y=[],p=[];for(let m=0;m<u;m++){let v=m*d-o;for(let S=0;S<l;S++){let _=S*h-r;g.push(_,-v,0),y.push(0,0,1),p.push(S/a),p.push(1-m/c)}}for(let m=0;m<c;m++)for(let v=0;v<a;v++){let S=v+l*m,_=v+l*(m+1),A=v+1+l*(m+1),w=v+1+l*m;f.push(S,_,w),f.push(_,A,w)}this.setIndex(f),this.setAttribute("position",new tn(g,3)),this.setAttribute("normal",new tn(y,3)),this.setAttribute("uv",new tn(p,2))}copy(e){return super.copy(e),this.parameters=Object.assign({},e.parameters),this}static fromJSON(e){return new i(e.width,e.height,e.widthSegments,e.heightSegments)}};function Mi(i){let e={};for(let t in i){e[t]={};for(let n in i[t]){let s=i[t][n];if(Ju(s))s.isRenderTargetTexture?(Le("UniformsUtils: Textures of render targets cannot be cloned via cloneUniforms() or mergeUniforms()."),e[t][n]=null):e[t][n]=s.clone();else if(Array.isArray(s))if(Ju(s[0])){let r=[];for(let o=0,a=s.length;o<a;o++)r[o]=s[o].clone();e[t][n]=r}else e[t][n]=s.slice();else e[t][n]=s}}return e}function Dt(i){let e={};for(let t=0;t<i.length;t++){let n=Mi(i[t]);for(let s in n)e[s]=n[s]}return e}function Ju(i){return i&&(i.isColor||i.isMatrix3||i.isMatrix4||i.isVector2||i.isVector3||i.isVector4||i.isTexture||i.isQuaternion)}function gp(i){let e=[];for(let t=0;t<i.length;t++)e.push(i[t].clone());return e}function jl(i){let e=i.getRenderTarget();return e===null?i.outputColorSpace:e.isXRRenderTarget===!0?e.texture.colorSpace:Xe.workingColorSpace}var zh={clone:Mi,merge:Dt},xp=`void main() {
	gl_Position = projectionMatrix * modelViewMatrix * vec4( position, 1.0 );
}`,yp=`void main() {
	gl_FragColor = vec4( 1.0, 0.0, 0.0, 1.0 );
}`,sn=class extends ei{constructor(e){super(),this.isShaderMaterial=!0,this.type="ShaderMaterial",this.defines={},this.uniforms={},this.uniformsGroups=[],this.vertexShader=xp,this.fragmentShader=yp,this.linewidth=1,this.wireframe=!1,this.wireframeLinewidth=1,this.fog=!1,this.lights=!1,this.clipping=!1,this.forceSinglePass=!0,this.extensions={clipCullDistance:!1,multiDraw:!1},this.defaultAttributeValues={color:[1,1,1],uv:[0,0],uv1:[0,0]},this.index0AttributeName=void 0,this.uniformsNeedUpdate=!1,this.glslVersion=null,e!==void 0&&this.setValues(e)}copy(e){return super.copy(e),this.fragmentShader=e.fragmentShader,this.vertexShader=e.vertexShader,this.uniforms=Mi(e.uniforms),this.uniformsGroups=gp(e.uniformsGroups),this.defines=Object.assign({},e.defines),this.wireframe=e.wireframe,this.wireframeLinewidth=e.wireframeLinewidth,this.fog=e.fog,this.lights=e.lights,this.clipping=e.clipping,this.extensions=Object.assign({},e.extensions),this.glslVersion=e.glslVersion,this.defaultAttributeValues=Object.assign({},e.defaultAttributeValues),this.index0AttributeName=e.index0AttributeName,this.uniformsNeedUpdate=e.uniformsNeedUpdate,this}toJSON(e){let t=super.toJSON(e);t.glslVersion=this.glslVersion,t.uniforms={};for(let s in this.uniforms){let o=this.uniforms[s].value;o&&o.isTexture?t.uniforms[s]={type:"t",value:o.toJSON(e).uuid}:o&&o.isColor?t.uniforms[s]={type:"c",value:o.getHex()}:o&&o.isVector2?t.uniforms[s]={type:"v2",value:o.toArray()}:o&&o.isVector3?t.uniforms[s]={type:"v3",value:o.toArray()}:o&&o.isVector4?t.uniforms[s]={type:"v4",value:o.toArray()}:o&&o.isMatrix3?t.uniforms[s]={type:"m3",value:o.toArray()}:o&&o.isMatrix4?t.uniforms[s]={type:"m4",value:o.toArray()}:t.uniforms[s]={value:o}}Object.keys(this.defines).length>0&&(t.defines=this.defines),t.vertexShader=this.vertexShader,t.fragmentShader=this.fragmentShader,t.lights=this.lights,t.clipping=this.clipping;let n={};for(let s in this.extensions)this.extensions[s]===!0&&(n[s]=!0);return Object.keys(n).length>0&&(t.extensions=n),t}fromJSON(e,t){if(super.fromJSON(e,t),e.uniforms!==void 0)for(let n in e.uniforms){let s=e.uniforms[n];switch(this.uniforms[n]={},s.type){case"t":this.uniforms[n].value=t[s.value]||null;break;case"c":this.uniforms[n].value=new Ve().setHex(s.value);break;case"v2":this.uniforms[n].value=new $e().fromArray(s.value);break;case"v3":this.uniforms[n].value=new q().fromArray(s.value);break;case"v4":this.uniforms[n].value=new ut().fromArray(s.value);break;case"m3":this.uniforms[n].value=new De().fromArray(s.value);break;case"m4":this.uniforms[n].value=new rt().fromArray(s.value);break;default:this.uniforms[n].value=s.value}}if(e.defines!==void 0&&(this.defines=e.defines),e.vertexShader!==void 0&&(this.vertexShader=e.vertexShader),e.fragmentShader!==void 0&&(this.fragmentShader=e.fragmentShader),e.glslVersion!==void 0&&(this.glslVersion=e.glslVersion),e.extensions!==void 0)for(let n in e.extensions)this.extensions[n]=e.extensions[n];return e.lights!==void 0&&(this.lights=e.lights),e.clipping!==void 0&&(this.clipping=e.clipping),this}},co=class extends sn{constructor(e){super(e),this.isRawShaderMaterial=!0,this.type="RawShaderMaterial"}};var uo=class extends ei{constructor(e){super(),this.isMeshDepthMaterial=!0,this.type="MeshDepthMaterial",this.depthPacking=Ah,this.map=null,this.alphaMap=null,this.displacementMap=null,this.displacementScale=1,this.displacementBias=0,this.wireframe=!1,this.wireframeLinewidth=1,this.setValues(e)}copy(e){return super.copy(e),this.depthPacking=e.depthPacking,this.map=e.map,this.alphaMap=e.alphaMap,this.displacementMap=e.displacementMap,this.displacementScale=e.displacementScale,this.displacementBias=e.displacementBias,this.wireframe=e.wireframe,this.wireframeLinewidth=e.wireframeLinewidth,this}},ho=class extends ei{constructor(e){super(),this.isMeshDistanceMaterial=!0,this.type="MeshDistanceMaterial",this.map=null,this.alphaMap=null,this.displacementMap=null,this.displacementScale=1,this.displacementBias=0,this.setValues(e)}copy(e){return super.copy(e),this.map=e.map,this.alphaMap=e.alphaMap,this.displacementMap=e.displacementMap,this.displacementScale=e.displacementScale,this.displacementBias=e.displacementBias,this}};function qi(i,e){return!i||i.constructor===e?i:typeof e.BYTES_PER_ELEMENT=="number"?new e(i):Array.prototype.slice.call(i)}function Vr(i){return i!==void 0&&i.inTangents!==void 0&&i.outTangents!==void 0}var ti=class{constructor(e,t,n,s){this.parameterPositions=e,this._cachedIndex=0,this.resultBuffer=s!==void 0?s:new t.constructor(n),this.sampleValues=t,this.valueSize=n,this.settings=null,this.DefaultSettings_={}}evaluate(e){let t=this.parameterPositions,n=this._cachedIndex,s=t[n],r=t[n-1];n:{e:{let o;t:{i:if(!(e<s)){for(let a=n+2;;){if(s===void 0){if(e<r)break i;return n=t.length,this._cachedIndex=n,this.copySampleValue_(n-1)}if(n===a)break;if(r=s,s=t[++n],e<s)break e}o=t.length;break t}if(!(e>=r)){let a=t[1];e<a&&(n=2,r=a);for(let c=n-2;;){if(r===void 0)return this._cachedIndex=0,this.copySampleValue_(0);if(n===c)break;if(s=r,r=t[--n-1],e>=r)break e}o=n,n=0;break t}break n}for(;n<o;){let a=n+o>>>1;e<t[a]?o=a:n=a+1}if(s=t[n],r=t[n-1],r===void 0)return this._cachedIndex=0,this.copySampleValue_(0);if(s===void 0)return n=t.length,this._cachedIndex=n,this.copySampleValue_(n-1)}this._cachedIndex=n,this.intervalChanged_(n,r,s)}return this.interpolate_(n,r,e,s)}getSettings_(){return this.settings||this.DefaultSettings_}copySampleValue_(e){let t=this.resultBuffer,n=this.sampleValues,s=this.valueSize,r=e*s;for(let o=0;o!==s;++o)t[o]=n[r+o];return t}interpolate_(){throw new Error("THREE.Interpolant: Call to abstract method.")}intervalChanged_(){}},fo=class extends ti{constructor(e,t,n,s){super(e,t,n,s),this._weightPrev=-0,this._offsetPrev=-0,this._weightNext=-0,this._offsetNext=-0,this.DefaultSettings_={endingStart:yl,endingEnd:yl}}intervalChanged_(e,t,n){let s=this.parameterPositions,r=e-2,o=e+1,a=s[r],c=s[o];if(a===void 0)switch(this.getSettings_().endingStart){case vl:r=e,a=2*t-n;break;case _l:r=s.length-2,a=t+s[r]-s[r+1];break;default:r=e,a=n}if(c===void 0)switch(this.getSettings_().endingEnd){case vl:o=e,c=2*n-t;break;case _l:o=1,c=n+s[1]-s[0];break;default:o=e-1,c=t}let l=(n-t)*.5,u=this.valueSize;this._weightPrev=l/(t-a),this._weightNext=l/(c-n),this._offsetPrev=r*u,this._offsetNext=o*u}interpolate_(e,t,n,s){let r=this.resultBuffer,o=this.sampleValues,a=this.valueSize,c=e*a,l=c-a,u=this._offsetPrev,h=this._offsetNext,d=this._weightPrev,f=this._weightNext,g=(n-t)/(s-t),y=g*g,p=y*g,m=-d*p+2*d*y-d*g,v=(1+d)*p+(-1.5-2*d)*y+(-.5+d)*g+1,S=(-1-f)*p+(1.5+f)*y+.5*g,_=f*p-f*y;for(let A=0;A!==a;++A)r[A]=m*o[u+A]+v*o[l+A]+S*o[c+A]+_*o[h+A];return r}},po=class extends ti{constructor(e,t,n,s){super(e,t,n,s)}interpolate_(e,t,n,s){let r=this.resultBuffer,o=this.sampleValues,a=this.valueSize,c=e*a,l=c-a,u=(n-t)/(s-t),h=1-u;for(let d=0;d!==a;++d)r[d]=o[l+d]*h+o[c+d]*u;return r}},mo=class extends ti{constructor(e,t,n,s){super(e,t,n,s)}interpolate_(e){return this.copySampleValue_(e-1)}},go=class extends ti{interpolate_(e,t,n,s){let r=this.resultBuffer,o=this.sampleValues,a=this.valueSize,c=e*a,l=c-a,u=this.inTangents,h=this.outTangents;if(!u||!h){let g=(n-t)/(s-t),y=1-g;for(let p=0;p!==a;++p)r[p]=o[l+p]*y+o[c+p]*g;return r}let d=a*2,f=e-1;for(let g=0;g!==a;++g){let y=o[l+g],p=o[c+g],m=f*d+g*2,v=h[m],S=h[m+1],_=e*d+g*2,A=u[_],w=u[_+1],x=_p(n,t,v,A,s);r[g]=Vh(x,y,S,w,p)}return r}};function Vh(i,e,t,n,s){let r=1-i;return r*r*r*e+3*r*r*i*t+3*r*i*i*n+i*i*i*s}function vp(i,e,t,n,s){let r=1-i;return 3*r*r*(t-e)+6*r*i*(n-t)+3*i*i*(s-n)}function _p(i,e,t,n,s){let r=(i-e)/(s-e);for(let o=0;o<8;o++){let a=Vh(r,e,t,n,s)-i;if(Math.abs(a)<1e-10)break;let c=vp(r,e,t,n,s);if(Math.abs(c)<1e-10)break;r=Math.max(0,Math.min(1,r-a/c))}return r}var $t=class{constructor(e,t,n,s){if(e===void 0)throw new Error("THREE.KeyframeTrack: track name is undefined");if(t===void 0||t.length===0)throw new Error("THREE.KeyframeTrack: no keyframes in track named "+e);this.name=e,this.times=qi(t,this.TimeBufferType),this.values=qi(n,this.ValueBufferType),this.setInterpolation(s||this.DefaultInterpolation)}static toJSON(e){let t=e.constructor,n;if(t.toJSON!==this.toJSON)n=t.toJSON(e);else{n={name:e.name,times:qi(e.times,Array),values:qi(e.values,Array)};let s=e.getInterpolation();s!==e.DefaultInterpolation&&(n.interpolation=s),Vr(e.settings)&&(n.settings={inTangents:qi(e.settings.inTangents,Array),outTangents:qi(e.settings.outTangents,Array)})}return n.type=e.ValueTypeName,n}InterpolantFactoryMethodDiscrete(e){return new mo(this.times,this.values,this.getValueSize(),e)}InterpolantFactoryMethodLinear(e){return new po(this.times,this.values,this.getValueSize(),e)}InterpolantFactoryMethodSmooth(e){return new fo(this.times,this.values,this.getValueSize(),e)}InterpolantFactoryMethodBezier(e){let t=new go(this.times,this.values,this.getValueSize(),e);return this.settings&&(t.inTangents=this.settings.inTangents,t.outTangents=this.settings.outTangents),t}setInterpolation(e){let t;switch(e){case Es:t=this.InterpolantFactoryMethodDiscrete;break;case to:t=this.InterpolantFactoryMethodLinear;break;case Wr:t=this.InterpolantFactoryMethodSmooth;break;case xl:t=this.InterpolantFactoryMethodBezier;break}if(t===void 0){let n="unsupported interpolation for "+this.ValueTypeName+" keyframe track named "+this.name;if(this.createInterpolant===void 0)if(e!==this.DefaultInterpolation)this.setInterpolation(this.DefaultInterpolation);else throw new Error(n);return Le("KeyframeTrack:",n),this}return this.createInterpolant=t,this}getInterpolation(){switch(this.createInterpolant){case this.InterpolantFactoryMethodDiscrete:return Es;case this.InterpolantFactoryMethodLinear:return to;case this.InterpolantFactoryMethodSmooth:return Wr;case this.InterpolantFactoryMethodBezier:return xl}}getValueSize(){return this.values.length/this.times.length}shift(e){if(e!==0){let t=this.times;for(let n=0,s=t.length;n!==s;++n)t[n]+=e;Vr(this.settings)&&(Ku(this.settings.inTangents,e),Ku(this.settings.outTangents,e))}return this}scale(e){if(e!==1){let t=this.times;for(let n=0,s=t.length;n!==s;++n)t[n]*=e;Vr(this.settings)&&(ju(this.settings.inTangents,e),ju(this.settings.outTangents,e))}return this}trim(e,t){let n=this.times,s=n.length,r=0,o=s-1;for(;r!==s&&n[r]<e;)++r;for(;o!==-1&&n[o]>t;)--o;if(++o,r!==0||o!==s){r>=o&&(o=Math.max(o,1),r=o-1);let a=this.getValueSize();this.times=n.slice(r,o),this.values=this.values.slice(r*a,o*a)}return this}validate(){let e=!0,t=this.getValueSize();t-Math.floor(t)!==0&&(Ne("KeyframeTrack: Invalid value size in track.",this),e=!1);let n=this.times,s=this.values,r=n.length;r===0&&(Ne("KeyframeTrack: Track is empty.",this),e=!1);let o=null;for(let a=0;a!==r;a++){let c=n[a];if(typeof c=="number"&&isNaN(c)){Ne("KeyframeTrack: Time is not a valid number.",this,a,c),e=!1;break}if(o!==null&&o>c){Ne("KeyframeTrack: Out of order keys.",this,a,c,o),e=!1;break}o=c}if(s!==void 0&&Yf(s))for(let a=0,c=s.length;a!==c;++a){let l=s[a];if(isNaN(l)){Ne("KeyframeTrack: Value is not a valid number.",this,a,l),e=!1;break}}return e}optimize(){let e=this.times.slice(),t=this.values.slice(),n=this.getValueSize(),s=this.getInterpolation()===Wr,r=e.length-1,o=1;for(let a=1;a<r;++a){let c=!1,l=e[a],u=e[a+1];if(l!==u&&(a!==1||l!==e[0]))if(s)c=!0;else{let h=a*n,d=h-n,f=h+n;for(let g=0;g!==n;++g){let y=t[h+g];if(y!==t[d+g]||y!==t[f+g]){c=!0;break}}}if(c){if(a!==o){e[o]=e[a];let h=a*n,d=o*n;for(let f=0;f!==n;++f)t[d+f]=t[h+f]}++o}}if(r>0){e[o]=e[r];for(let a=r*n,c=o*n,l=0;l!==n;++l)t[c+l]=t[a+l];++o}return o!==e.length?(this.times=e.slice(0,o),this.values=t.slice(0,o*n)):(this.times=e,this.values=t),this}clone(){let e=this.times.slice(),t=this.values.slice(),n=this.constructor,s=new n(this.name,e,t);return s.createInterpolant=this.createInterpolant,Vr(this.settings)&&(s.settings={inTangents:this.settings.inTangents.slice(),outTangents:this.settings.outTangents.slice()}),s}};function Ku(i,e){for(let t=0,n=i.length;t!==n;t+=2)i[t]+=e}function ju(i,e){for(let t=0,n=i.length;t!==n;t+=2)i[t]*=e}$t.prototype.ValueTypeName="";$t.prototype.TimeBufferType=Float32Array;$t.prototype.ValueBufferType=Float32Array;$t.prototype.DefaultInterpolation=to;var ni=class extends $t{constructor(e,t,n){super(e,t,n)}};ni.prototype.ValueTypeName="bool";ni.prototype.ValueBufferType=Array;ni.prototype.DefaultInterpolation=Es;ni.prototype.InterpolantFactoryMethodLinear=void 0;ni.prototype.InterpolantFactoryMethodSmooth=void 0;var xo=class extends $t{constructor(e,t,n,s){super(e,t,n,s)}};xo.prototype.ValueTypeName="color";var yo=class extends $t{constructor(e,t,n,s){super(e,t,n,s)}};yo.prototype.ValueTypeName="number";var vo=class extends ti{constructor(e,t,n,s){super(e,t,n,s)}interpolate_(e,t,n,s){let r=this.resultBuffer,o=this.sampleValues,a=this.valueSize,c=(n-t)/(s-t),l=e*a;for(let u=l+a;l!==u;l+=4)vn.slerpFlat(r,0,o,l-a,o,l,c);return r}},Hs=class extends $t{constructor(e,t,n,s){super(e,t,n,s)}InterpolantFactoryMethodLinear(e){return new vo(this.times,this.values,this.getValueSize(),e)}};Hs.prototype.ValueTypeName="quaternion";Hs.prototype.InterpolantFactoryMethodSmooth=void 0;var ii=class extends $t{constructor(e,t,n){super(e,t,n)}};ii.prototype.ValueTypeName="string";ii.prototype.ValueBufferType=Array;ii.prototype.DefaultInterpolation=Es;ii.prototype.InterpolantFactoryMethodLinear=void 0;ii.prototype.InterpolantFactoryMethodSmooth=void 0;var _o=class extends $t{constructor(e,t,n,s){super(e,t,n,s)}};_o.prototype.ValueTypeName="vector";var bo=class{constructor(e,t,n){let s=this,r=!1,o=0,a=0,c,l=[];this.onStart=void 0,this.onLoad=e,this.onProgress=t,this.onError=n,this._abortController=null,this.itemStart=function(u){a++,r===!1&&s.onStart!==void 0&&s.onStart(u,o,a),r=!0},this.itemEnd=function(u){o++,s.onProgress!==void 0&&s.onProgress(u,o,a),o===a&&(r=!1,s.onLoad!==void 0&&s.onLoad())},this.itemError=function(u){s.onError!==void 0&&s.onError(u)},this.resolveURL=function(u){return u=u.normalize("NFC"),c?c(u):u},this.setURLModifier=function(u){return c=u,this},this.addHandler=function(u,h){return l.push(u,h),this},this.removeHandler=function(u){let h=l.indexOf(u);return h!==-1&&l.splice(h,2),this},this.getHandler=function(u){for(let h=0,d=l.length;h<d;h+=2){let f=l[h],g=l[h+1];if(f.global&&(f.lastIndex=0),f.test(u))return g}return null},this.abort=function(){return this.abortController.abort(),this._abortController=null,this}}get abortController(){return this._abortController||(this._abortController=new AbortController),this._abortController}},Hh=new bo,So=class{constructor(e){this.manager=e!==void 0?e:Hh,this.crossOrigin="anonymous",this.withCredentials=!1,this.path="",this.resourcePath="",this.requestHeader={},this.priority="auto",this.cache="default",typeof __THREE_DEVTOOLS__<"u"&&__THREE_DEVTOOLS__.dispatchEvent(new CustomEvent("observe",{detail:this}))}load(){}loadAsync(e,t){let n=this;return new Promise(function(s,r){n.load(e,s,t,r)})}parse(){}setCrossOrigin(e){return this.crossOrigin=e,this}setWithCredentials(e){return this.withCredentials=e,this}setPath(e){return this.path=e,this}setResourcePath(e){return this.resourcePath=e,this}setRequestHeader(e){return this.requestHeader=e,this}setPriority(e){return this.priority=e,this}setCache(e){return this.cache=e,this}abort(){return this}};So.DEFAULT_MATERIAL_NAME="__DEFAULT";var Hr=new q,Gr=new vn,gn=new q,Gs=class extends qt{constructor(){super(),this.isCamera=!0,this.type="Camera",this.matrixWorldInverse=new rt,this.projectionMatrix=new rt,this.projectionMatrixInverse=new rt,this.coordinateSystem=en,this._reversedDepth=!1}get reversedDepth(){return this._reversedDepth}copy(e,t){return super.copy(e,t),this.matrixWorldInverse.copy(e.matrixWorldInverse),this.projectionMatrix.copy(e.projectionMatrix),this.projectionMatrixInverse.copy(e.projectionMatrixInverse),this.coordinateSystem=e.coordinateSystem,this}getWorldDirection(e){return super.getWorldDirection(e).negate()}updateMatrixWorld(e){super.updateMatrixWorld(e),this.matrixWorld.decompose(Hr,Gr,gn),gn.x===1&&gn.y===1&&gn.z===1?this.matrixWorldInverse.copy(this.matrixWorld).invert():this.matrixWorldInverse.compose(Hr,Gr,gn.set(1,1,1)).invert()}updateWorldMatrix(e,t,n=!1){super.updateWorldMatrix(e,t,n),this.matrixWorld.decompose(Hr,Gr,gn),gn.x===1&&gn.y===1&&gn.z===1?this.matrixWorldInverse.copy(this.matrixWorld).invert():this.matrixWorldInverse.compose(Hr,Gr,gn.set(1,1,1)).invert()}clone(){return new this.constructor().copy(this)}},Jn=new q,Qu=new $e,eh=new $e,Ot=class extends Gs{constructor(e=50,t=1,n=.1,s=2e3){super(),this.isPerspectiveCamera=!0,this.type="PerspectiveCamera",this.fov=e,this.zoom=1,this.near=n,this.far=s,this.focus=10,this.aspect=t,this.view=null,this.filmGauge=35,this.filmOffset=0,this.updateProjectionMatrix()}copy(e,t){return super.copy(e,t),this.fov=e.fov,this.zoom=e.zoom,this.near=e.near,this.far=e.far,this.focus=e.focus,this.aspect=e.aspect,this.view=e.view===null?null:Object.assign({},e.view),this.filmGauge=e.filmGauge,this.filmOffset=e.filmOffset,this}setFocalLength(e){let t=.5*this.getFilmHeight()/e;this.fov=no*2*Math.atan(t),this.updateProjectionMatrix()}getFocalLength(){let e=Math.tan(Ja*.5*this.fov);return .5*this.getFilmHeight()/e}getEffectiveFOV(){return no*2*Math.atan(Math.tan(Ja*.5*this.fov)/this.zoom)}getFilmWidth(){return this.filmGauge*Math.min(this.aspect,1)}getFilmHeight(){return this.filmGauge/Math.max(this.aspect,1)}getViewBounds(e,t,n){Jn.set(-1,-1,.5).applyMatrix4(this.projectionMatrixInverse),t.set(Jn.x,Jn.y).multiplyScalar(-e/Jn.z),Jn.set(1,1,.5).applyMatrix4(this.projectionMatrixInverse),n.set(Jn.x,Jn.y).multiplyScalar(-e/Jn.z)}getViewSize(e,t){return this.getViewBounds(e,Qu,eh),t.subVectors(eh,Qu)}setViewOffset(e,t,n,s,r,o){this.aspect=e/t,this.view===null&&(this.view={enabled:!0,fullWidth:1,fullHeight:1,offsetX:0,offsetY:0,width:1,height:1}),this.view.enabled=!0,this.view.fullWidth=e,this.view.fullHeight=t,this.view.offsetX=n,this.view.offsetY=s,this.view.width=r,this.view.height=o,this.updateProjectionMatrix()}clearViewOffset(){this.view!==null&&(this.view.enabled=!1),this.updateProjectionMatrix()}updateProjectionMatrix(){let e=this.near,t=e*Math.tan(Ja*.5*this.fov)/this.zoom,n=2*t,s=this.aspect*n,r=-.5*s,o=this.view;if(this.view!==null&&this.view.enabled){let c=o.fullWidth,l=o.fullHeight;r+=o.offsetX*s/c,t-=o.offsetY*n/l,s*=o.width/c,n*=o.height/l}let a=this.filmOffset;a!==0&&(r+=e*a/this.getFilmWidth()),this.projectionMatrix.makePerspective(r,r+s,t,t-n,e,this.far,this.coordinateSystem,this.reversedDepth),this.projectionMatrixInverse.copy(this.projectionMatrix).invert()}toJSON(e){let t=super.toJSON(e);return t.object.fov=this.fov,t.object.zoom=this.zoom,t.object.near=this.near,t.object.far=this.far,t.object.focus=this.focus,t.object.aspect=this.aspect,this.view!==null&&(t.object.view=Object.assign({},this.view)),t.object.filmGauge=this.filmGauge,t.object.filmOffset=this.filmOffset,t}};var ns=class extends Gs{constructor(e=-1,t=1,n=1,s=-1,r=.1,o=2e3){super(),this.isOrthographicCamera=!0,this.type="OrthographicCamera",this.zoom=1,this.view=null,this.left=e,this.right=t,this.top=n,this.bottom=s,this.near=r,this.far=o,this.updateProjectionMatrix()}copy(e,t){return super.copy(e,t),this.left=e.left,this.right=e.right,this.top=e.top,this.bottom=e.bottom,this.near=e.near,this.far=e.far,this.zoom=e.zoom,this.view=e.view===null?null:Object.assign({},e.view),this}setViewOffset(e,t,n,s,r,o){this.view===null&&(this.view={enabled:!0,fullWidth:1,fullHeight:1,offsetX:0,offsetY:0,width:1,height:1}),this.view.enabled=!0,this.view.fullWidth=e,this.view.fullHeight=t,this.view.offsetX=n,this.view.offsetY=s,this.view.width=r,this.view.height=o,this.updateProjectionMatrix()}clearViewOffset(){this.view!==null&&(this.view.enabled=!1),this.updateProjectionMatrix()}updateProjectionMatrix(){let e=(this.right-this.left)/(2*this.zoom),t=(this.top-this.bottom)/(2*this.zoom),n=(this.right+this.left)/2,s=(this.top+this.bottom)/2,r=n-e,o=n+e,a=s+t,c=s-t;if(this.view!==null&&this.view.enabled){let l=(this.right-this.left)/this.view.fullWidth/this.zoom,u=(this.top-this.bottom)/this.view.fullHeight/this.zoom;r+=l*this.view.offsetX,o=r+l*this.view.width,a-=u*this.view.offsetY,c=a-u*this.view.height}this.projectionMatrix.makeOrthographic(r,o,a,c,this.near,this.far,this.coordinateSystem,this.reversedDepth),this.projectionMatrixInverse.copy(this.projectionMatrix).invert()}toJSON(e){let t=super.toJSON(e);return t.object.zoom=this.zoom,t.object.left=this.left,t.object.right=this.right,t.object.top=this.top,t.object.bottom=this.bottom,t.object.near=this.near,t.object.far=this.far,this.view!==null&&(t.object.view=Object.assign({},this.view)),t}};var $i=-90,Yi=1,is=class extends qt{constructor(e,t,n){super(),this.type="CubeCamera",this.renderTarget=n,this.coordinateSystem=null,this.activeMipmapLevel=0;let s=new Ot($i,Yi,e,t);s.layers=this.layers,this.add(s);let r=new Ot($i,Yi,e,t);r.layers=this.layers,this.add(r);let o=new Ot($i,Yi,e,t);o.layers=this.layers,this.add(o);let a=new Ot($i,Yi,e,t);a.layers=this.layers,this.add(a);let c=new Ot($i,Yi,e,t);c.layers=this.layers,this.add(c);let l=new Ot($i,Yi,e,t);l.layers=this.layers,this.add(l)}updateCoordinateSystem(){let e=this.coordinateSystem,t=this.children.concat(),[n,s,r,o,a,c]=t;for(let l of t)this.remove(l);if(e===en)n.up.set(0,1,0),n.lookAt(1,0,0),s.up.set(0,1,0),s.lookAt(-1,0,0),r.up.set(0,0,-1),r.lookAt(0,1,0),o.up.set(0,0,1),o.lookAt(0,-1,0),a.up.set(0,1,0),a.lookAt(0,0,1),c.up.set(0,1,0),c.lookAt(0,0,-1);else if(e===Rs)n.up.set(0,-1,0),n.lookAt(-1,0,0),s.up.set(0,-1,0),s.lookAt(1,0,0),r.up.set(0,0,1),r.lookAt(0,1,0),o.up.set(0,0,-1),o.lookAt(0,-1,0),a.up.set(0,-1,0),a.lookAt(0,0,1),c.up.set(0,-1,0),c.lookAt(0,0,-1);else throw new Error("THREE.CubeCamera.updateCoordinateSystem(): Invalid coordinate system: "+e);for(let l of t)this.add(l),l.updateMatrixWorld()}update(e,t){this.parent===null&&this.updateMatrixWorld();let{renderTarget:n,activeMipmapLevel:s}=this;this.coordinateSystem!==e.coordinateSystem&&(this.coordinateSystem=e.coordinateSystem,this.updateCoordinateSystem());let[r,o,a,c,l,u]=this.children,h=e.getRenderTarget(),d=e.getActiveCubeFace(),f=e.getActiveMipmapLevel(),g=e.xr.enabled;e.xr.enabled=!1;let y=n.texture.mipmapsAutoUpdate;n.texture.mipmapsAutoUpdate=!1;let p=!1;e.isWebGLRenderer===!0?p=e.state.buffers.depth.getReversed():p=e.reversedDepthBuffer,e.setRenderTarget(n,0,s),p&&e.autoClear===!1&&e.clearDepth(),e.render(t,r),e.setRenderTarget(n,1,s),p&&e.autoClear===!1&&e.clearDepth(),e.render(t,o),e.setRenderTarget(n,2,s),p&&e.autoClear===!1&&e.clearDepth(),e.render(t,a),e.setRenderTarget(n,3,s),p&&e.autoClear===!1&&e.clearDepth(),e.render(t,c),e.setRenderTarget(n,4,s),p&&e.autoClear===!1&&e.clearDepth(),e.render(t,l),n.texture.mipmapsAutoUpdate=y,e.setRenderTarget(n,5,s),p&&e.autoClear===!1&&e.clearDepth(),e.render(t,u),e.setRenderTarget(h,d,f),e.xr.enabled=g,n.texture.needsPMREMUpdate=!0}},Mo=class extends Ot{constructor(e=[]){super(),this.isArrayCamera=!0,this.isMultiViewCamera=!1,this.cameras=e,this.perCameraFrustumCulled=!1}};var Ql="\\[\\]\\.:\\/",bp=new RegExp("["+Ql+"]","g"),ec="[^"+Ql+"]",Sp="[^"+Ql.replace("\\.","")+"]",Mp=/((?:WC+[\/:])*)/.source.replace("WC",ec),wp=/(WCOD+)?/.source.replace("WCOD",Sp),Ap=/(?:\.(WC+)(?:\[(.+)\])?)?/.source.replace("WC",ec),Ep=/\.(WC+)(?:\[(.+)\])?/.source.replace("WC",ec),Tp=new RegExp("^"+Mp+wp+Ap+Ep+"$"),Cp=["material","materials","bones","map"],Sl=class{constructor(e,t,n){let s=n||st.parseTrackName(t);this._targetGroup=e,this._bindings=e.subscribe_(t,s)}getValue(e,t){this.bind();let n=this._targetGroup.nCachedObjects_,s=this._bindings[n];s!==void 0&&s.getValue(e,t)}setValue(e,t){let n=this._bindings;for(let s=this._targetGroup.nCachedObjects_,r=n.length;s!==r;++s)n[s].setValue(e,t)}bind(){let e=this._bindings;for(let t=this._targetGroup.nCachedObjects_,n=e.length;t!==n;++t)e[t].bind()}unbind(){let e=this._bindings;for(let t=this._targetGroup.nCachedObjects_,n=e.length;t!==n;++t)e[t].unbind()}},st=class i{constructor(e,t,n){this.path=t,this.parsedPath=n||i.parseTrackName(t),this.node=i.findNode(e,this.parsedPath.nodeName),this.rootNode=e,this.getValue=this._getValue_unbound,this.setValue=this._setValue_unbound}static create(e,t,n){return e&&e.isAnimationObjectGroup?new i.Composite(e,t,n):new i(e,t,n)}static sanitizeNodeName(e){return e.replace(/\s/g,"_").replace(bp,"")}static parseTrackName(e){let t=Tp.exec(e);if(t===null)throw new Error("THREE.PropertyBinding: Cannot parse trackName: "+e);let n={nodeName:t[2],objectName:t[3],objectIndex:t[4],propertyName:t[5],propertyIndex:t[6]},s=n.nodeName&&n.nodeName.lastIndexOf(".");if(s!==void 0&&s!==-1){let r=n.nodeName.substring(s+1);Cp.indexOf(r)!==-1&&(n.nodeName=n.nodeName.substring(0,s),n.objectName=r)}if(n.propertyName===null||n.propertyName.length===0)throw new Error("THREE.PropertyBinding: can not parse propertyName from trackName: "+e);return n}static findNode(e,t){if(t===void 0||t===""||t==="."||t===-1||t===e.name||t===e.uuid)return e;if(e.skeleton){let n=e.skeleton.getBoneByName(t);if(n!==void 0)return n}if(e.children){let n=function(r){for(let o=0;o<r.length;o++){let a=r[o];if(a.name===t||a.uuid===t)return a;let c=n(a.children);if(c)return c}return null},s=n(e.children);if(s)return s}return null}_getValue_unavailable(){}_setValue_unavailable(){}_getValue_direct(e,t){e[t]=this.targetObject[this.propertyName]}_getValue_array(e,t){let n=this.resolvedProperty;for(let s=0,r=n.length;s!==r;++s)e[t++]=n[s]}_getValue_arrayElement(e,t){e[t]=this.resolvedProperty[this.propertyIndex]}_getValue_toArray(e,t){this.resolvedProperty.toArray(e,t)}_setValue_direct(e,t){this.targetObject[this.propertyName]=e[t]}_setValue_direct_setNeedsUpdate(e,t){this.targetObject[this.propertyName]=e[t],this.targetObject.needsUpdate=!0}_setValue_direct_setMatrixWorldNeedsUpdate(e,t){this.targetObject[this.propertyName]=e[t],this.targetObject.matrixWorldNeedsUpdate=!0}_setValue_array(e,t){let n=this.resolvedProperty;for(let s=0,r=n.length;s!==r;++s)n[s]=e[t++]}_setValue_array_setNeedsUpdate(e,t){let n=this.resolvedProperty;for(let s=0,r=n.length;s!==r;++s)n[s]=e[t++];this.targetObject.needsUpdate=!0}_setValue_array_setMatrixWorldNeedsUpdate(e,t){let n=this.resolvedProperty;for(let s=0,r=n.length;s!==r;++s)n[s]=e[t++];this.targetObject.matrixWorldNeedsUpdate=!0}_setValue_arrayElement(e,t){this.resolvedProperty[this.propertyIndex]=e[t]}_setValue_arrayElement_setNeedsUpdate(e,t){this.resolvedProperty[this.propertyIndex]=e[t],this.targetObject.needsUpdate=!0}_setValue_arrayElement_setMatrixWorldNeedsUpdate(e,t){this.resolvedProperty[this.propertyIndex]=e[t],this.targetObject.matrixWorldNeedsUpdate=!0}_setValue_fromArray(e,t){this.resolvedProperty.fromArray(e,t)}_setValue_fromArray_setNeedsUpdate(e,t){this.resolvedProperty.fromArray(e,t),this.targetObject.needsUpdate=!0}_setValue_fromArray_setMatrixWorldNeedsUpdate(e,t){this.resolvedProperty.fromArray(e,t),this.targetObject.matrixWorldNeedsUpdate=!0}_getValue_unbound(e,t){this.bind(),this.getValue(e,t)}_setValue_unbound(e,t){this.bind(),this.setValue(e,t)}bind(){let e=this.node,t=this.parsedPath,n=t.objectName,s=t.propertyName,r=t.propertyIndex;if(e||(e=i.findNode(this.rootNode,t.nodeName),this.node=e),this.getValue=this._getValue_unavailable,this.setValue=this._setValue_unavailable,!e){Le("PropertyBinding: No target node found for track: "+this.path+".");return}if(n){let l=t.objectIndex;switch(n){case"materials":if(!e.material){Ne("PropertyBinding: Can not bind to material as node does not have a material.",this);return}if(!e.material.materials){Ne("PropertyBinding: Can not bind to material.materials as node.material does not have a materials array.",this);return}e=e.material.materials;break;case"bones":if(!e.skeleton){Ne("PropertyBinding: Can not bind to bones as node does not have a skeleton.",this);return}e=e.skeleton.bones;for(let u=0;u<e.length;u++)if(e[u].name===l){l=u;break}break;case"map":if("map"in e){e=e.map;break}if(!e.material){Ne("PropertyBinding: Can not bind to material as node does not have a material.",this);return}if(!e.material.map){Ne("PropertyBinding: Can not bind to material.map as node.material does not have a map.",this);return}e=e.material.map;break;default:if(e[n]===void 0){Ne("PropertyBinding: Can not bind to objectName of node undefined.",this);return}e=e[n]}if(l!==void 0){if(e[l]===void 0){Ne("PropertyBinding: Trying to bind to objectIndex of objectName, but is undefined.",this,e);return}e=e[l]}}let o=e[s];if(o===void 0){let l=t.nodeName;Ne("PropertyBinding: Trying to update property for track: "+l+"."+s+" but it wasn't found.",e);return}let a=this.Versioning.None;this.targetObject=e,e.isMaterial===!0?a=this.Versioning.NeedsUpdate:e.isObject3D===!0&&(a=this.Versioning.MatrixWorldNeedsUpdate);let c=this.BindingType.Direct;if(r!==void 0){if(s==="morphTargetInfluences"){if(!e.geometry){Ne("PropertyBinding: Can not bind to morphTargetInfluences because node does not have a geometry.",this);return}if(!e.geometry.morphAttributes){Ne("PropertyBinding: Can not bind to morphTargetInfluences because node does not have a geometry.morphAttributes.",this);return}e.morphTargetDictionary[r]!==void 0&&(r=e.morphTargetDictionary[r])}c=this.BindingType.ArrayElement,this.resolvedProperty=o,this.propertyIndex=r}else o.fromArray!==void 0&&o.toArray!==void 0?(c=this.BindingType.HasFromToArray,this.resolvedProperty=o):Array.isArray(o)?(c=this.BindingType.EntireArray,this.resolvedProperty=o):this.propertyName=s;this.getValue=this.GetterByBindingType[c],this.setValue=this.SetterByBindingTypeAndVersioning[c][a]}unbind(){this.node=null,this.getValue=this._getValue_unbound,this.setValue=this._setValue_unbound}};st.Composite=Sl;st.prototype.BindingType={Direct:0,EntireArray:1,ArrayElement:2,HasFromToArray:3};st.prototype.Versioning={None:0,NeedsUpdate:1,MatrixWorldNeedsUpdate:2};st.prototype.GetterByBindingType=[st.prototype._getValue_direct,st.prototype._getValue_array,st.prototype._getValue_arrayElement,st.prototype._getValue_toArray];st.prototype.SetterByBindingTypeAndVersioning=[[st.prototype._setValue_direct,st.prototype._setValue_direct_setNeedsUpdate,st.prototype._setValue_direct_setMatrixWorldNeedsUpdate],[st.prototype._setValue_array,st.prototype._setValue_array_setNeedsUpdate,st.prototype._setValue_array_setMatrixWorldNeedsUpdate],[st.prototype._setValue_arrayElement,st.prototype._setValue_arrayElement_setNeedsUpdate,st.prototype._setValue_arrayElement_setMatrixWorldNeedsUpdate],[st.prototype._setValue_fromArray,st.prototype._setValue_fromArray_setNeedsUpdate,st.prototype._setValue_fromArray_setMatrixWorldNeedsUpdate]];var sb=new Float32Array(1);var oc=class oc{constructor(e,t,n,s){this.elements=[1,0,0,1],e!==void 0&&this.set(e,t,n,s)}identity(){return this.set(1,0,0,1),this}fromArray(e,t=0){for(let n=0;n<4;n++)this.elements[n]=e[n+t];return this}set(e,t,n,s){let r=this.elements;return r[0]=e,r[2]=t,r[1]=n,r[3]=s,this}};oc.prototype.isMatrix2=!0;var Ml=oc;function tc(i,e,t,n){let s=Rp(n);switch(t){case Gl:return i*e;case Xl:return i*e/s.components*s.byteLength;case Io:return i*e/s.components*s.byteLength;case ri:return i*e*2/s.components*s.byteLength;case Lo:return i*e*2/s.components*s.byteLength;case Wl:return i*e*3/s.components*s.byteLength;case pn:return i*e*4/s.components*s.byteLength;case No:return i*e*4/s.components*s.byteLength;case qs:case $s:return Math.floor((i+3)/4)*Math.floor((e+3)/4)*8;case Ys:case Zs:return Math.floor((i+3)/4)*Math.floor((e+3)/4)*16;case Fo:case Oo:return Math.max(i,16)*Math.max(e,8)/4;case Do:case Uo:return Math.max(i,8)*Math.max(e,8)/2;case Bo:case ko:case Vo:case Ho:return Math.floor((i+3)/4)*Math.floor((e+3)/4)*8;case zo:case Js:case Go:return Math.floor((i+3)/4)*Math.floor((e+3)/4)*16;case Wo:return Math.floor((i+3)/4)*Math.floor((e+3)/4)*16;case Xo:return Math.floor((i+4)/5)*Math.floor((e+3)/4)*16;case qo:return Math.floor((i+4)/5)*Math.floor((e+4)/5)*16;case $o:return Math.floor((i+5)/6)*Math.floor((e+4)/5)*16;case Yo:return Math.floor((i+5)/6)*Math.floor((e+5)/6)*16;case Zo:return Math.floor((i+7)/8)*Math.floor((e+4)/5)*16;case Jo:return Math.floor((i+7)/8)*Math.floor((e+5)/6)*16;case Ko:return Math.floor((i+7)/8)*Math.floor((e+7)/8)*16;case jo:return Math.floor((i+9)/10)*Math.floor((e+4)/5)*16;case Qo:return Math.floor((i+9)/10)*Math.floor((e+5)/6)*16;case ea:return Math.floor((i+9)/10)*Math.floor((e+7)/8)*16;case ta:return Math.floor((i+9)/10)*Math.floor((e+9)/10)*16;case na:return Math.floor((i+11)/12)*Math.floor((e+9)/10)*16;case ia:return Math.floor((i+11)/12)*Math.floor((e+11)/12)*16;case sa:case ra:case oa:return Math.ceil(i/4)*Math.ceil(e/4)*16;case aa:case la:return Math.ceil(i/4)*Math.ceil(e/4)*8;case Ks:case ca:return Math.ceil(i/4)*Math.ceil(e/4)*16}throw new Error(`Unable to determine texture byte length for ${t} format.`)}function Rp(i){switch(i){case Yt:case kl:return{byteLength:1,components:1};case as:case zl:case fn:return{byteLength:2,components:1};case Ro:case Po:return{byteLength:2,components:4};case hn:case Co:case dn:return{byteLength:4,components:1};case Vl:case Hl:return{byteLength:4,components:3}}throw new Error(`THREE.TextureUtils: Unknown texture type ${i}.`)}typeof __THREE_DEVTOOLS__<"u"&&__THREE_DEVTOOLS__.dispatchEvent(new CustomEvent("register",{detail:{revision:"187"}}));typeof window<"u"&&(window.__THREE__?Le("WARNING: Multiple instances of Three.js being imported."):window.__THREE__="187");function ud(){let i=null,e=!1,t=null,n=null;function s(r,o){n=i.requestAnimationFrame(s),t(r,o)}return{start:function(){e!==!0&&t!==null&&i!==null&&(n=i.requestAnimationFrame(s),e=!0)},stop:function(){i!==null&&i.cancelAnimationFrame(n),e=!1},setAnimationLoop:function(r){t=r},setContext:function(r){i=r}}}function Ip(i){let e=new WeakMap;function t(a,c){let l=a.array,u=a.usage,h=l.byteLength,d=i.createBuffer();i.bindBuffer(c,d),i.bufferData(c,l,u),a.onUploadCallback();let f;if(l instanceof Float32Array)f=i.FLOAT;else if(typeof Float16Array<"u"&&l instanceof Float16Array)f=i.HALF_FLOAT;else if(l instanceof Uint16Array)a.isFloat16BufferAttribute?f=i.HALF_FLOAT:f=i.UNSIGNED_SHORT;else if(l instanceof Int16Array)f=i.SHORT;else if(l instanceof Uint32Array)f=i.UNSIGNED_INT;else if(l instanceof Int32Array)f=i.INT;else if(l instanceof Int8Array)f=i.BYTE;else if(l instanceof Uint8Array)f=i.UNSIGNED_BYTE;else if(l instanceof Uint8ClampedArray)f=i.UNSIGNED_BYTE;else throw new Error("THREE.WebGLAttributes: Unsupported buffer data format: "+l);return{buffer:d,type:f,bytesPerElement:l.BYTES_PER_ELEMENT,version:a.version,size:h}}function n(a,c,l){let u=c.array,h=c.updateRanges;if(i.bindBuffer(l,a),h.length===0)i.bufferSubData(l,0,u);else{h.sort((f,g)=>f.start-g.start);let d=0;for(let f=1;f<h.length;f++){let g=h[d],y=h[f];y.start<=g.start+g.count+1?g.count=Math.max(g.count,y.start+y.count-g.start):(++d,h[d]=y)}h.length=d+1;for(let f=0,g=h.length;f<g;f++){let y=h[f];i.bufferSubData(l,y.start*u.BYTES_PER_ELEMENT,u,y.start,y.count)}c.clearUpdateRanges()}c.onUploadCallback()}function s(a){return a.isInterleavedBufferAttribute&&(a=a.data),e.get(a)}function r(a){a.isInterleavedBufferAttribute&&(a=a.data);let c=e.get(a);c&&(i.deleteBuffer(c.buffer),e.delete(a))}function o(a,c){if(a.isInterleavedBufferAttribute&&(a=a.data),a.isGLBufferAttribute){let u=e.get(a);(!u||u.version<a.version)&&e.set(a,{buffer:a.buffer,type:a.type,bytesPerElement:a.elementSize,version:a.version});return}let l=e.get(a);if(l===void 0)e.set(a,t(a,c));else if(l.version<a.version){if(l.size!==a.array.byteLength)throw new Error("THREE.WebGLAttributes: The size of the buffer attribute's array buffer does not match the original size. Resizing buffer attributes is not supported.");n(l.buffer,a,c),l.version=a.version}}return{get:s,remove:r,update:o}}var Lp=`#ifdef USE_ALPHAHASH
	if ( diffuseColor.a < getAlphaHashThreshold( vPosition ) ) discard;
#endif`,Np=`#ifdef USE_ALPHAHASH
	const float ALPHA_HASH_SCALE = 0.05;
	float hash2D( vec2 value ) {
		return fract( 1.0e4 * sin( 17.0 * value.x + 0.1 * value.y ) * ( 0.1 + abs( sin( 13.0 * value.y + value.x ) ) ) );
	}
	float hash3D( vec3 value ) {
		return hash2D( vec2( hash2D( value.xy ), value.z ) );
	}
	float getAlphaHashThreshold( vec3 position ) {
		float maxDeriv = max(
			length( dFdx( position.xyz ) ),
			length( dFdy( position.xyz ) )
		);
		float pixScale = 1.0 / ( ALPHA_HASH_SCALE * maxDeriv );
		vec2 pixScales = vec2(
			exp2( floor( log2( pixScale ) ) ),
			exp2( ceil( log2( pixScale ) ) )
		);
		vec2 alpha = vec2(
			hash3D( floor( pixScales.x * position.xyz ) ),
			hash3D( floor( pixScales.y * position.xyz ) )
		);
		float lerpFactor = fract( log2( pixScale ) );
		float x = ( 1.0 - lerpFactor ) * alpha.x + lerpFactor * alpha.y;
		float a = min( lerpFactor, 1.0 - lerpFactor );
		vec3 cases = vec3(
			x * x / ( 2.0 * a * ( 1.0 - a ) ),
			( x - 0.5 * a ) / ( 1.0 - a ),
			1.0 - ( ( 1.0 - x ) * ( 1.0 - x ) / ( 2.0 * a * ( 1.0 - a ) ) )
		);
		float threshold = ( x < ( 1.0 - a ) )
			? ( ( x < a ) ? cases.x : cases.y )
			: cases.z;
		return clamp( threshold , 1.0e-6, 1.0 );
	}
#endif`,Dp=`#ifdef USE_ALPHAMAP
	diffuseColor.a *= texture2D( alphaMap, vAlphaMapUv ).g;
#endif`,Fp=`#ifdef USE_ALPHAMAP
	uniform sampler2D alphaMap;
#endif`,Up=`#ifdef USE_ALPHATEST
	#ifdef ALPHA_TO_COVERAGE
	diffuseColor.a = smoothstep( alphaTest, alphaTest + fwidth( diffuseColor.a ), diffuseColor.a );
	if ( diffuseColor.a == 0.0 ) discard;
	#else
	if ( diffuseColor.a < alphaTest ) discard;
	#endif
#endif`,Op=`#ifdef USE_ALPHATEST
	uniform float alphaTest;
#endif`,Bp=`#ifdef USE_AOMAP
	float ambientOcclusion = ( texture2D( aoMap, vAoMapUv ).r - 1.0 ) * aoMapIntensity + 1.0;
	reflectedLight.indirectDiffuse *= ambientOcclusion;
	#if defined( USE_CLEARCOAT ) 
		clearcoatSpecularIndirect *= ambientOcclusion;
	#endif
	#if defined( USE_SHEEN ) 
		sheenSpecularIndirect *= ambientOcclusion;
	#endif
	#if defined( USE_ENVMAP ) && defined( STANDARD )
		float dotNV = saturate( dot( geometryNormal, geometryViewDir ) );
		reflectedLight.indirectSpecular *= computeSpecularOcclusion( dotNV, ambientOcclusion, material.roughness );
	#endif
#endif`,kp=`#ifdef USE_AOMAP
	uniform sampler2D aoMap;
	uniform float aoMapIntensity;
#endif`,zp=`#ifdef USE_BATCHING
	#if ! defined( GL_ANGLE_multi_draw )
	#define gl_DrawID _gl_DrawID
	uniform int _gl_DrawID;
	#endif
	uniform highp sampler2D batchingTexture;
	uniform highp usampler2D batchingIdTexture;
	mat4 getBatchingMatrix( const in float i ) {
		int size = textureSize( batchingTexture, 0 ).x;
		int j = int( i ) * 4;
		int x = j % size;
		int y = j / size;
		vec4 v1 = texelFetch( batchingTexture, ivec2( x, y ), 0 );
		vec4 v2 = texelFetch( batchingTexture, ivec2( x + 1, y ), 0 );
		vec4 v3 = texelFetch( batchingTexture, ivec2( x + 2, y ), 0 );
		vec4 v4 = texelFetch( batchingTexture, ivec2( x + 3, y ), 0 );
		return mat4( v1, v2, v3, v4 );
	}
	float getIndirectIndex( const in int i ) {
		int size = textureSize( batchingIdTexture, 0 ).x;
		int x = i % size;
		int y = i / size;
		return float( texelFetch( batchingIdTexture, ivec2( x, y ), 0 ).r );
	}
#endif
#ifdef USE_BATCHING_COLOR
	uniform sampler2D batchingColorTexture;
	vec4 getBatchingColor( const in float i ) {
		int size = textureSize( batchingColorTexture, 0 ).x;
		int j = int( i );
		int x = j % size;
		int y = j / size;
		return texelFetch( batchingColorTexture, ivec2( x, y ), 0 );
	}
#endif`,Vp=`#ifdef USE_BATCHING
	mat4 batchingMatrix = getBatchingMatrix( getIndirectIndex( gl_DrawID ) );
#endif`,Hp=`vec3 transformed = vec3( position );
#ifdef USE_ALPHAHASH
	vPosition = vec3( position );
#endif`,Gp=`vec3 objectNormal = vec3( normal );
#ifdef USE_TANGENT
	vec3 objectTangent = vec3( tangent.xyz );
#endif`,Wp=`float G_BlinnPhong_Implicit( ) {
	return 0.25;
}
float D_BlinnPhong( const in float shininess, const in float dotNH ) {
	return RECIPROCAL_PI * ( shininess * 0.5 + 1.0 ) * pow( dotNH, shininess );
}
vec3 BRDF_BlinnPhong( const in vec3 lightDir, const in vec3 viewDir, const in vec3 normal, const in vec3 specularColor, const in float shininess ) {
	vec3 halfDir = normalize( lightDir + viewDir );
	float dotNH = saturate( dot( normal, halfDir ) );
	float dotVH = saturate( dot( viewDir, halfDir ) );
	vec3 F = F_Schlick( specularColor, 1.0, dotVH );
	float G = G_BlinnPhong_Implicit( );
	float D = D_BlinnPhong( shininess, dotNH );
	return F * ( G * D );
} // validated`,Xp=`#ifdef USE_IRIDESCENCE
	const mat3 XYZ_TO_REC709 = mat3(
		 3.2404542, -0.9692660,  0.0556434,
		-1.5371385,  1.8760108, -0.2040259,
		-0.4985314,  0.0415560,  1.0572252
	);
	vec3 Fresnel0ToIor( vec3 fresnel0 ) {
		vec3 sqrtF0 = sqrt( fresnel0 );
		return ( vec3( 1.0 ) + sqrtF0 ) / ( vec3( 1.0 ) - sqrtF0 );
	}
	vec3 IorToFresnel0( vec3 transmittedIor, float incidentIor ) {
		return pow2( ( transmittedIor - vec3( incidentIor ) ) / ( transmittedIor + vec3( incidentIor ) ) );
	}
	float IorToFresnel0( float transmittedIor, float incidentIor ) {
		return pow2( ( transmittedIor - incidentIor ) / ( transmittedIor + incidentIor ));
	}
	vec3 evalSensitivity( float OPD, vec3 shift ) {
		float phase = 2.0 * PI * OPD * 1.0e-9;
		vec3 val = vec3( 5.4856e-13, 4.4201e-13, 5.2481e-13 );
		vec3 pos = vec3( 1.6810e+06, 1.7953e+06, 2.2084e+06 );
		vec3 var = vec3( 4.3278e+09, 9.3046e+09, 6.6121e+09 );
		vec3 xyz = val * sqrt( 2.0 * PI * var ) * cos( pos * phase + shift ) * exp( - pow2( phase ) * var );
		xyz.x += 9.7470e-14 * sqrt( 2.0 * PI * 4.5282e+09 ) * cos( 2.2399e+06 * phase + shift[ 0 ] ) * exp( - 4.5282e+09 * pow2( phase ) );
		xyz /= 1.0685e-7;
		vec3 rgb = XYZ_TO_REC709 * xyz;
		return rgb;
	}
	vec3 evalIridescence( float outsideIOR, float eta2, float cosTheta1, float thinFilmThickness, vec3 baseF0 ) {
		vec3 I;
		float iridescenceIOR = mix( outsideIOR, eta2, smoothstep( 0.0, 0.03, thinFilmThickness ) );
		float sinTheta2Sq = pow2( outsideIOR / iridescenceIOR ) * ( 1.0 - pow2( cosTheta1 ) );
		float cosTheta2Sq = 1.0 - sinTheta2Sq;
		if ( cosTheta2Sq < 0.0 ) {
			return vec3( 1.0 );
		}
		float cosTheta2 = sqrt( cosTheta2Sq );
		float R0 = IorToFresnel0( iridescenceIOR, outsideIOR );
		float R12 = F_Schlick( R0, 1.0, cosTheta1 );
		float T121 = 1.0 - R12;
		float phi12 = 0.0;
		if ( iridescenceIOR < outsideIOR ) phi12 = PI;
		float phi21 = PI - phi12;
		vec3 baseIOR = Fresnel0ToIor( clamp( baseF0, 0.0, 0.9999 ) );		vec3 R1 = IorToFresnel0( baseIOR, iridescenceIOR );
		vec3 R23 = F_Schlick( R1, 1.0, cosTheta2 );
		vec3 phi23 = vec3( 0.0 );
		if ( baseIOR[ 0 ] < iridescenceIOR ) phi23[ 0 ] = PI;
		if ( baseIOR[ 1 ] < iridescenceIOR ) phi23[ 1 ] = PI;
		if ( baseIOR[ 2 ] < iridescenceIOR ) phi23[ 2 ] = PI;
		float OPD = 2.0 * iridescenceIOR * thinFilmThickness * cosTheta2;
		vec3 phi = vec3( phi21 ) + phi23;
		vec3 R123 = clamp( R12 * R23, 1e-5, 0.9999 );
		vec3 r123 = sqrt( R123 );
		vec3 Rs = pow2( T121 ) * R23 / ( vec3( 1.0 ) - R123 );
		vec3 C0 = R12 + Rs;
		I = C0;
		vec3 Cm = Rs - T121;
		for ( int m = 1; m <= 2; ++ m ) {
			Cm *= r123;
			vec3 Sm = 2.0 * evalSensitivity( float( m ) * OPD, float( m ) * phi );
			I += Cm * Sm;
		}
		return max( I, vec3( 0.0 ) );
	}
#endif`,qp=`#ifdef USE_BUMPMAP
	uniform sampler2D bumpMap;
	uniform float bumpScale;
	vec2 dHdxy_fwd() {
		vec2 dSTdx = dFdx( vBumpMapUv );
		vec2 dSTdy = dFdy( vBumpMapUv );
		float Hll = bumpScale * texture2D( bumpMap, vBumpMapUv ).x;
		float dBx = bumpScale * texture2D( bumpMap, vBumpMapUv + dSTdx ).x - Hll;
		float dBy = bumpScale * texture2D( bumpMap, vBumpMapUv + dSTdy ).x - Hll;
		return vec2( dBx, dBy );
	}
	vec3 perturbNormalArb( vec3 surf_pos, vec3 surf_norm, vec2 dHdxy, float faceDirection ) {
		vec3 vSigmaX = normalize( dFdx( surf_pos.xyz ) );
		vec3 vSigmaY = normalize( dFdy( surf_pos.xyz ) );
		vec3 vN = surf_norm;
		vec3 R1 = cross( vSigmaY, vN );
		vec3 R2 = cross( vN, vSigmaX );
		float fDet = dot( vSigmaX, R1 ) * faceDirection;
		vec3 vGrad = sign( fDet ) * ( dHdxy.x * R1 + dHdxy.y * R2 );
		return normalize( abs( fDet ) * surf_norm - vGrad );
	}
#endif`,$p=`#if NUM_CLIPPING_PLANES > 0
	vec4 plane;
	#ifdef ALPHA_TO_COVERAGE
		float distanceToPlane, distanceGradient;
		float clipOpacity = 1.0;
		#pragma unroll_loop_start
		for ( int i = 0; i < UNION_CLIPPING_PLANES; i ++ ) {
			plane = clippingPlanes[ i ];
			distanceToPlane = - dot( vClipPosition, plane.xyz ) + plane.w;
			distanceGradient = fwidth( distanceToPlane ) / 2.0;
			clipOpacity *= smoothstep( - distanceGradient, distanceGradient, distanceToPlane );
			if ( clipOpacity == 0.0 ) discard;
		}
		#pragma unroll_loop_end
		#if UNION_CLIPPING_PLANES < NUM_CLIPPING_PLANES
			float unionClipOpacity = 1.0;
			#pragma unroll_loop_start
			for ( int i = UNION_CLIPPING_PLANES; i < NUM_CLIPPING_PLANES; i ++ ) {
				plane = clippingPlanes[ i ];
				distanceToPlane = - dot( vClipPosition, plane.xyz ) + plane.w;
				distanceGradient = fwidth( distanceToPlane ) / 2.0;
				unionClipOpacity *= 1.0 - smoothstep( - distanceGradient, distanceGradient, distanceToPlane );
			}
			#pragma unroll_loop_end
			clipOpacity *= 1.0 - unionClipOpacity;
		#endif
		diffuseColor.a *= clipOpacity;
		if ( diffuseColor.a == 0.0 ) discard;
	#else
		#pragma unroll_loop_start
		for ( int i = 0; i < UNION_CLIPPING_PLANES; i ++ ) {
			plane = clippingPlanes[ i ];
			if ( dot( vClipPosition, plane.xyz ) > plane.w ) discard;
		}
		#pragma unroll_loop_end
		#if UNION_CLIPPING_PLANES < NUM_CLIPPING_PLANES
			bool clipped = true;
			#pragma unroll_loop_start
			for ( int i = UNION_CLIPPING_PLANES; i < NUM_CLIPPING_PLANES; i ++ ) {
				plane = clippingPlanes[ i ];
				clipped = ( dot( vClipPosition, plane.xyz ) > plane.w ) && clipped;
			}
			#pragma unroll_loop_end
			if ( clipped ) discard;
		#endif
	#endif
#endif`,Yp=`#if NUM_CLIPPING_PLANES > 0
	varying vec3 vClipPosition;
	uniform vec4 clippingPlanes[ NUM_CLIPPING_PLANES ];
#endif`,Zp=`#if NUM_CLIPPING_PLANES > 0
	varying vec3 vClipPosition;
#endif`,Jp=`#if NUM_CLIPPING_PLANES > 0
	vClipPosition = - mvPosition.xyz;
#endif`,Kp=`#if defined( USE_COLOR ) || defined( USE_COLOR_ALPHA )
	diffuseColor *= vColor;
#endif`,jp=`#if defined( USE_COLOR ) || defined( USE_COLOR_ALPHA )
	varying vec4 vColor;
#endif`,Qp=`#if defined( USE_COLOR ) || defined( USE_COLOR_ALPHA ) || defined( USE_INSTANCING_COLOR ) || defined( USE_BATCHING_COLOR )
	varying vec4 vColor;
#endif`,em=`#if defined( USE_COLOR ) || defined( USE_COLOR_ALPHA ) || defined( USE_INSTANCING_COLOR ) || defined( USE_BATCHING_COLOR )
	vColor = vec4( 1.0 );
#endif
#ifdef USE_COLOR_ALPHA
	vColor *= color;
#elif defined( USE_COLOR )
	vColor.rgb *= color;
#endif
#ifdef USE_INSTANCING_COLOR
	vColor.rgb *= instanceColor.rgb;
#endif
#ifdef USE_BATCHING_COLOR
	vColor *= getBatchingColor( getIndirectIndex( gl_DrawID ) );
#endif`,tm=`#define PI 3.141592653589793
#define PI2 6.283185307179586
#define PI_HALF 1.5707963267948966
#define RECIPROCAL_PI 0.3183098861837907
#define RECIPROCAL_PI2 0.15915494309189535
#define EPSILON 1e-6
#ifndef saturate
#define saturate( a ) clamp( a, 0.0, 1.0 )
#endif
#define whiteComplement( a ) ( 1.0 - saturate( a ) )
float pow2( const in float x ) { return x*x; }
vec3 pow2( const in vec3 x ) { return x*x; }
float pow3( const in float x ) { return x*x*x; }
float pow4( const in float x ) { float x2 = x*x; return x2*x2; }
float max3( const in vec3 v ) { return max( max( v.x, v.y ), v.z ); }
float average( const in vec3 v ) { return dot( v, vec3( 0.3333333 ) ); }
highp float rand( const in vec2 uv ) {
	const highp float a = 12.9898, b = 78.233, c = 43758.5453;
	highp float dt = dot( uv.xy, vec2( a,b ) ), sn = mod( dt, PI );
	return fract( sin( sn ) * c );
}
#ifdef HIGH_PRECISION
	float precisionSafeLength( vec3 v ) { return length( v ); }
#else
	float precisionSafeLength( vec3 v ) {
		float maxComponent = max3( abs( v ) );
		return length( v / maxComponent ) * maxComponent;
	}
#endif
struct IncidentLight {
	vec3 color;
	vec3 direction;
	bool visible;
};
struct ReflectedLight {
	vec3 directDiffuse;
	vec3 directSpecular;
	vec3 indirectDiffuse;
	vec3 indirectSpecular;
};
#ifdef USE_ALPHAHASH
	varying vec3 vPosition;
#endif
vec3 transformDirection( in vec3 dir, in mat4 matrix ) {
	return normalize( ( matrix * vec4( dir, 0.0 ) ).xyz );
}
#define inverseTransformDirection transformDirectionByInverseViewMatrix
vec3 transformNormalByInverseViewMatrix( in vec3 normal, in mat4 viewMatrix ) {
	return normalize( ( vec4( normal, 0.0 ) * viewMatrix ).xyz );
}
vec3 transformDirectionByInverseViewMatrix( in vec3 dir, in mat4 viewMatrix ) {
	return normalize( ( vec4( dir, 0.0 ) * viewMatrix ).xyz );
}
bool isPerspectiveMatrix( mat4 m ) {
	return m[ 2 ][ 3 ] == - 1.0;
}
vec2 equirectUv( in vec3 dir ) {
	float u = atan( dir.z, dir.x ) * RECIPROCAL_PI2 + 0.5;
	float v = asin( clamp( dir.y, - 1.0, 1.0 ) ) * RECIPROCAL_PI + 0.5;
	return vec2( u, v );
}
vec3 BRDF_Lambert( const in vec3 diffuseColor ) {
	return RECIPROCAL_PI * diffuseColor;
}
vec3 F_Schlick( const in vec3 f0, const in float f90, const in float dotVH ) {
	float fresnel = exp2( ( - 5.55473 * dotVH - 6.98316 ) * dotVH );
	return f0 * ( 1.0 - fresnel ) + ( f90 * fresnel );
}
float F_Schlick( const in float f0, const in float f90, const in float dotVH ) {
	float fresnel = exp2( ( - 5.55473 * dotVH - 6.98316 ) * dotVH );
	return f0 * ( 1.0 - fresnel ) + ( f90 * fresnel );
} // validated`,nm=`vec3 transformedNormal = objectNormal;
#ifdef USE_TANGENT
	vec3 transformedTangent = objectTangent;
#endif
#ifdef USE_BATCHING
	mat3 bm = mat3( batchingMatrix );
	transformedNormal /= vec3( dot( bm[ 0 ], bm[ 0 ] ), dot( bm[ 1 ], bm[ 1 ] ), dot( bm[ 2 ], bm[ 2 ] ) );
	transformedNormal = bm * transformedNormal;
	#ifdef USE_TANGENT
		transformedTangent = bm * transformedTangent;
	#endif
#endif
#ifdef USE_INSTANCING
	mat3 im = mat3( instanceMatrix );
	transformedNormal /= vec3( dot( im[ 0 ], im[ 0 ] ), dot( im[ 1 ], im[ 1 ] ), dot( im[ 2 ], im[ 2 ] ) );
	transformedNormal = im * transformedNormal;
	#ifdef USE_TANGENT
		transformedTangent = im * transformedTangent;
	#endif
#endif
transformedNormal = normalMatrix * transformedNormal;
#ifdef FLIP_SIDED
	transformedNormal = - transformedNormal;
#endif
#ifdef USE_TANGENT
	transformedTangent = ( modelViewMatrix * vec4( transformedTangent, 0.0 ) ).xyz;
#endif`,im=`#ifdef USE_DISPLACEMENTMAP
	uniform sampler2D displacementMap;
	uniform float displacementScale;
	uniform float displacementBias;
#endif`,sm=`#ifdef USE_DISPLACEMENTMAP
	transformed += normalize( objectNormal ) * ( texture2D( displacementMap, vDisplacementMapUv ).x * displacementScale + displacementBias );
#endif`,rm=`#ifdef USE_EMISSIVEMAP
	vec4 emissiveColor = texture2D( emissiveMap, vEmissiveMapUv );
	#ifdef DECODE_VIDEO_TEXTURE_EMISSIVE
		emissiveColor = sRGBTransferEOTF( emissiveColor );
	#endif
	totalEmissiveRadiance *= emissiveColor.rgb;
#endif`,om=`#ifdef USE_EMISSIVEMAP
	uniform sampler2D emissiveMap;
#endif`,am="gl_FragColor = linearToOutputTexel( gl_FragColor );",lm=`vec4 LinearTransferOETF( in vec4 value ) {
	return value;
}
vec4 sRGBTransferEOTF( in vec4 value ) {
	return vec4( mix( pow( value.rgb * 0.9478672986 + vec3( 0.0521327014 ), vec3( 2.4 ) ), value.rgb * 0.0773993808, vec3( lessThanEqual( value.rgb, vec3( 0.04045 ) ) ) ), value.a );
}
vec4 sRGBTransferOETF( in vec4 value ) {
	return vec4( mix( pow( value.rgb, vec3( 0.41666 ) ) * 1.055 - vec3( 0.055 ), value.rgb * 12.92, vec3( lessThanEqual( value.rgb, vec3( 0.0031308 ) ) ) ), value.a );
}`,cm=`#ifdef USE_ENVMAP
	#ifdef ENV_WORLDPOS
		vec3 cameraToFrag;
		if ( isOrthographic ) {
			cameraToFrag = normalize( vec3( - viewMatrix[ 0 ][ 2 ], - viewMatrix[ 1 ][ 2 ], - viewMatrix[ 2 ][ 2 ] ) );
		} else {
			cameraToFrag = normalize( vWorldPosition - cameraPosition );
		}
		vec3 worldNormal = transformNormalByInverseViewMatrix( normal, viewMatrix );
		#ifdef ENVMAP_MODE_REFLECTION
			vec3 reflectVec = reflect( cameraToFrag, worldNormal );
		#else
			vec3 reflectVec = refract( cameraToFrag, worldNormal, refractionRatio );
		#endif
	#else
		vec3 reflectVec = vReflect;
	#endif
	#ifdef ENVMAP_TYPE_CUBE
		vec4 envColor = textureCube( envMap, envMapRotation * reflectVec );
		#ifdef ENVMAP_BLENDING_MULTIPLY
			outgoingLight = mix( outgoingLight, outgoingLight * envColor.xyz, specularStrength * reflectivity );
		#elif defined( ENVMAP_BLENDING_MIX )
			outgoingLight = mix( outgoingLight, envColor.xyz, specularStrength * reflectivity );
		#elif defined( ENVMAP_BLENDING_ADD )
			outgoingLight += envColor.xyz * specularStrength * reflectivity;
		#endif
	#endif
#endif`,um=`#ifdef USE_ENVMAP
	uniform float envMapIntensity;
	uniform mat3 envMapRotation;
	uniform samplerCube envMap;
	#ifdef ENVMAP_TYPE_PMREM
		float roughnessToMip( const in float roughness ) {
			float r = clamp( roughness, 0.0, 1.0 );
			return ENVMAP_MAX_LOD * r * ( 2.0 - r );
		}
	#endif
#endif`,hm=`#ifdef USE_ENVMAP
	uniform float reflectivity;
	#if defined( USE_BUMPMAP ) || defined( USE_NORMALMAP ) || defined( PHONG ) || defined( LAMBERT )
		#define ENV_WORLDPOS
	#endif
	#ifdef ENV_WORLDPOS
		varying vec3 vWorldPosition;
		uniform float refractionRatio;
	#else
		varying vec3 vReflect;
	#endif
#endif`,dm=`#ifdef USE_ENVMAP
	#if defined( USE_BUMPMAP ) || defined( USE_NORMALMAP ) || defined( PHONG ) || defined( LAMBERT )
		#define ENV_WORLDPOS
	#endif
	#ifdef ENV_WORLDPOS
		
		varying vec3 vWorldPosition;
	#else
		varying vec3 vReflect;
		uniform float refractionRatio;
	#endif
#endif`,fm=`#ifdef USE_ENVMAP
	#ifdef ENV_WORLDPOS
		vWorldPosition = worldPosition.xyz;
	#else
		vec3 cameraToVertex;
		if ( isOrthographic ) {
			cameraToVertex = normalize( vec3( - viewMatrix[ 0 ][ 2 ], - viewMatrix[ 1 ][ 2 ], - viewMatrix[ 2 ][ 2 ] ) );
		} else {
			cameraToVertex = normalize( worldPosition.xyz - cameraPosition );
		}
		vec3 worldNormal = transformNormalByInverseViewMatrix( transformedNormal, viewMatrix );
		#ifdef ENVMAP_MODE_REFLECTION
			vReflect = reflect( cameraToVertex, worldNormal );
		#else
			vReflect = refract( cameraToVertex, worldNormal, refractionRatio );
		#endif
	#endif
#endif`,pm=`#ifdef USE_FOG
	vFogDepth = - mvPosition.z;
#endif`,mm=`#ifdef USE_FOG
	varying float vFogDepth;
#endif`,gm=`#ifdef USE_FOG
	#ifdef FOG_EXP2
		float fogFactor = 1.0 - exp( - fogDensity * fogDensity * vFogDepth * vFogDepth );
	#else
		float fogFactor = smoothstep( fogNear, fogFar, vFogDepth );
	#endif
	gl_FragColor.rgb = mix( gl_FragColor.rgb, fogColor, fogFactor );
#endif`,xm=`#ifdef USE_FOG
	uniform vec3 fogColor;
	varying float vFogDepth;
	#ifdef FOG_EXP2
		uniform float fogDensity;
	#else
		uniform float fogNear;
		uniform float fogFar;
	#endif
#endif`,ym=`#ifdef USE_GRADIENTMAP
	uniform sampler2D gradientMap;
#endif
vec3 getGradientIrradiance( vec3 normal, vec3 lightDirection ) {
	float dotNL = dot( normal, lightDirection );
	vec2 coord = vec2( dotNL * 0.5 + 0.5, 0.0 );
	#ifdef USE_GRADIENTMAP
		return vec3( texture2D( gradientMap, coord ).r );
	#else
		vec2 fw = fwidth( coord ) * 0.5;
		return mix( vec3( 0.7 ), vec3( 1.0 ), smoothstep( 0.7 - fw.x, 0.7 + fw.x, coord.x ) );
	#endif
}`,vm=`#ifdef USE_LIGHTMAP
	uniform sampler2D lightMap;
	uniform float lightMapIntensity;
#endif`,_m=`LambertMaterial material;
material.diffuseColor = diffuseColor.rgb;
material.specularStrength = specularStrength;`,bm=`varying vec3 vViewPosition;
struct LambertMaterial {
	vec3 diffuseColor;
	float specularStrength;
};
void RE_Direct_Lambert( const in IncidentLight directLight, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in LambertMaterial material, inout ReflectedLight reflectedLight ) {
	float dotNL = saturate( dot( geometryNormal, directLight.direction ) );
	vec3 irradiance = dotNL * directLight.color;
	reflectedLight.directDiffuse += irradiance * BRDF_Lambert( material.diffuseColor );
}
void RE_IndirectDiffuse_Lambert( const in vec3 irradiance, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in LambertMaterial material, inout ReflectedLight reflectedLight ) {
	reflectedLight.indirectDiffuse += irradiance * BRDF_Lambert( material.diffuseColor );
}
#define RE_Direct				RE_Direct_Lambert
#define RE_IndirectDiffuse		RE_IndirectDiffuse_Lambert`,Sm=`uniform bool receiveShadow;
uniform vec3 ambientLightColor;
#if defined( USE_LIGHT_PROBES )
	uniform vec3 lightProbe[ 9 ];
#endif
vec3 shGetIrradianceAt( in vec3 normal, in vec3 shCoefficients[ 9 ] ) {
	float x = normal.x, y = normal.y, z = normal.z;
	vec3 result = shCoefficients[ 0 ] * 0.886227;
	result += shCoefficients[ 1 ] * 2.0 * 0.511664 * y;
	result += shCoefficients[ 2 ] * 2.0 * 0.511664 * z;
	result += shCoefficients[ 3 ] * 2.0 * 0.511664 * x;
	result += shCoefficients[ 4 ] * 2.0 * 0.429043 * x * y;
	result += shCoefficients[ 5 ] * 2.0 * 0.429043 * y * z;
	result += shCoefficients[ 6 ] * ( 0.743125 * z * z - 0.247708 );
	result += shCoefficients[ 7 ] * 2.0 * 0.429043 * x * z;
	result += shCoefficients[ 8 ] * 0.429043 * ( x * x - y * y );
	return result;
}
vec3 getLightProbeIrradiance( const in vec3 lightProbe[ 9 ], const in vec3 normal ) {
	vec3 worldNormal = transformNormalByInverseViewMatrix( normal, viewMatrix );
	vec3 irradiance = shGetIrradianceAt( worldNormal, lightProbe );
	return irradiance;
}
vec3 getAmbientLightIrradiance( const in vec3 ambientLightColor ) {
	vec3 irradiance = ambientLightColor;
	return irradiance;
}
float getDistanceAttenuation( const in float lightDistance, const in float cutoffDistance, const in float decayExponent ) {
	float distanceFalloff = 1.0 / max( pow( lightDistance, decayExponent ), 0.01 );
	if ( cutoffDistance > 0.0 ) {
		distanceFalloff *= pow2( saturate( 1.0 - pow4( lightDistance / cutoffDistance ) ) );
	}
	return distanceFalloff;
}
float getSpotAttenuation( const in float coneCosine, const in float penumbraCosine, const in float angleCosine ) {
	return smoothstep( coneCosine, penumbraCosine, angleCosine );
}
#if NUM_SUN_LIGHTS > 0
	struct SunLight {
		vec3 direction;
		vec3 color;
	};
	uniform SunLight sunLights[ NUM_SUN_LIGHTS ];
	void getSunLightInfo( const in SunLight sunLight, out IncidentLight light ) {
		light.color = sunLight.color;
		light.direction = sunLight.direction;
		light.visible = true;
	}
#endif
#if NUM_DIR_LIGHTS > 0
	struct DirectionalLight {
		vec3 direction;
		vec3 color;
	};
	uniform DirectionalLight directionalLights[ NUM_DIR_LIGHTS ];
	void getDirectionalLightInfo( const in DirectionalLight directionalLight, out IncidentLight light ) {
		light.color = directionalLight.color;
		light.direction = directionalLight.direction;
		light.visible = true;
	}
#endif
#if NUM_POINT_LIGHTS > 0
	struct PointLight {
		vec3 position;
		vec3 color;
		float distance;
		float decay;
	};
	uniform PointLight pointLights[ NUM_POINT_LIGHTS ];
	void getPointLightInfo( const in PointLight pointLight, const in vec3 geometryPosition, out IncidentLight light ) {
		vec3 lVector = pointLight.position - geometryPosition;
		light.direction = normalize( lVector );
		float lightDistance = length( lVector );
		light.color = pointLight.color;
		light.color *= getDistanceAttenuation( lightDistance, pointLight.distance, pointLight.decay );
		light.visible = ( light.color != vec3( 0.0 ) );
	}
#endif
#if NUM_SPOT_LIGHTS > 0
	struct SpotLight {
		vec3 position;
		vec3 direction;
		vec3 color;
		float distance;
		float decay;
		float coneCos;
		float penumbraCos;
	};
	uniform SpotLight spotLights[ NUM_SPOT_LIGHTS ];
	void getSpotLightInfo( const in SpotLight spotLight, const in vec3 geometryPosition, out IncidentLight light ) {
		vec3 lVector = spotLight.position - geometryPosition;
		light.direction = normalize( lVector );
		float angleCos = dot( light.direction, spotLight.direction );
		float spotAttenuation = getSpotAttenuation( spotLight.coneCos, spotLight.penumbraCos, angleCos );
		if ( spotAttenuation > 0.0 ) {
			float lightDistance = length( lVector );
			light.color = spotLight.color * spotAttenuation;
			light.color *= getDistanceAttenuation( lightDistance, spotLight.distance, spotLight.decay );
			light.visible = ( light.color != vec3( 0.0 ) );
		} else {
			light.color = vec3( 0.0 );
			light.visible = false;
		}
	}
#endif
#if NUM_RECT_AREA_LIGHTS > 0
	struct RectAreaLight {
		vec3 color;
		vec3 position;
		vec3 halfWidth;
		vec3 halfHeight;
	};
	uniform sampler2D ltc_1;	uniform sampler2D ltc_2;
	uniform RectAreaLight rectAreaLights[ NUM_RECT_AREA_LIGHTS ];
#endif
#if NUM_HEMI_LIGHTS > 0
	struct HemisphereLight {
		vec3 direction;
		vec3 skyColor;
		vec3 groundColor;
	};
	uniform HemisphereLight hemisphereLights[ NUM_HEMI_LIGHTS ];
	vec3 getHemisphereLightIrradiance( const in HemisphereLight hemiLight, const in vec3 normal ) {
		float dotNL = dot( normal, hemiLight.direction );
		float hemiDiffuseWeight = 0.5 * dotNL + 0.5;
		vec3 irradiance = mix( hemiLight.groundColor, hemiLight.skyColor, hemiDiffuseWeight );
		return irradiance;
	}
#endif
#include <lightprobes_pars_fragment>`,Mm=`#ifdef USE_ENVMAP
	vec3 getIBLIrradiance( const in vec3 normal ) {
		#ifdef ENVMAP_TYPE_PMREM
			vec3 worldNormal = transformNormalByInverseViewMatrix( normal, viewMatrix );
			vec4 envMapColor = textureLod( envMap, envMapRotation * worldNormal, ENVMAP_MAX_LOD );
			return PI * envMapColor.rgb * envMapIntensity;
		#else
			return vec3( 0.0 );
		#endif
	}
	vec3 getIBLRadiance( const in vec3 viewDir, const in vec3 normal, const in float roughness ) {
		#ifdef ENVMAP_TYPE_PMREM
			vec3 reflectVec = reflect( - viewDir, normal );
			reflectVec = normalize( mix( reflectVec, normal, pow4( roughness ) ) );
			reflectVec = transformDirectionByInverseViewMatrix( reflectVec, viewMatrix );
			vec4 envMapColor = textureLod( envMap, envMapRotation * reflectVec, roughnessToMip( roughness ) );
			return envMapColor.rgb * envMapIntensity;
		#else
			return vec3( 0.0 );
		#endif
	}
	#ifdef USE_RETROREFLECTION
		vec3 getIBLRetroRadiance( const in vec3 viewDir, const in vec3 normal, const in float roughness ) {
			#ifdef ENVMAP_TYPE_PMREM
				vec3 retroVec = normalize( mix( viewDir, normal, pow4( roughness ) ) );
				retroVec = transformDirectionByInverseViewMatrix( retroVec, viewMatrix );
				vec4 envMapColor = textureLod( envMap, envMapRotation * retroVec, roughnessToMip( roughness ) );
				return envMapColor.rgb * envMapIntensity;
			#else
				return vec3( 0.0 );
			#endif
		}
	#endif
	#ifdef USE_ANISOTROPY
		vec3 getIBLAnisotropyRadiance( const in vec3 viewDir, const in vec3 normal, const in float roughness, const in vec3 bitangent, const in float anisotropy ) {
			#ifdef ENVMAP_TYPE_PMREM
				vec3 bentNormal = cross( bitangent, viewDir );
				bentNormal = normalize( cross( bentNormal, bitangent ) );
				bentNormal = normalize( mix( bentNormal, normal, pow2( pow2( 1.0 - anisotropy * ( 1.0 - roughness ) ) ) ) );
				return getIBLRadiance( viewDir, bentNormal, roughness );
			#else
				return vec3( 0.0 );
			#endif
		}
		#ifdef USE_RETROREFLECTION
			vec3 getIBLAnisotropyRetroRadiance( const in vec3 viewDir, const in vec3 normal, const in float roughness, const in vec3 bitangent, const in float anisotropy ) {
				#ifdef ENVMAP_TYPE_PMREM
					vec3 bentNormal = cross( bitangent, viewDir );
					bentNormal = normalize( cross( bentNormal, bitangent ) );
					bentNormal = normalize( mix( bentNormal, normal, pow2( pow2( 1.0 - anisotropy * ( 1.0 - roughness ) ) ) ) );
					return getIBLRetroRadiance( viewDir, bentNormal, roughness );
				#else
					return vec3( 0.0 );
				#endif
			}
		#endif
	#endif
#endif`,wm=`ToonMaterial material;
material.diffuseColor = diffuseColor.rgb;`,Am=`varying vec3 vViewPosition;
struct ToonMaterial {
	vec3 diffuseColor;
};
void RE_Direct_Toon( const in IncidentLight directLight, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in ToonMaterial material, inout ReflectedLight reflectedLight ) {
	vec3 irradiance = getGradientIrradiance( geometryNormal, directLight.direction ) * directLight.color;
	reflectedLight.directDiffuse += irradiance * BRDF_Lambert( material.diffuseColor );
}
void RE_IndirectDiffuse_Toon( const in vec3 irradiance, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in ToonMaterial material, inout ReflectedLight reflectedLight ) {
	reflectedLight.indirectDiffuse += irradiance * BRDF_Lambert( material.diffuseColor );
}
#define RE_Direct				RE_Direct_Toon
#define RE_IndirectDiffuse		RE_IndirectDiffuse_Toon`,Em=`BlinnPhongMaterial material;
material.diffuseColor = diffuseColor.rgb;
material.specularColor = specular;
material.specularShininess = shininess;
material.specularStrength = specularStrength;`,Tm=`varying vec3 vViewPosition;
struct BlinnPhongMaterial {
	vec3 diffuseColor;
	vec3 specularColor;
	float specularShininess;
	float specularStrength;
};
void RE_Direct_BlinnPhong( const in IncidentLight directLight, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in BlinnPhongMaterial material, inout ReflectedLight reflectedLight ) {
	float dotNL = saturate( dot( geometryNormal, directLight.direction ) );
	vec3 irradiance = dotNL * directLight.color;
	reflectedLight.directDiffuse += irradiance * BRDF_Lambert( material.diffuseColor );
	reflectedLight.directSpecular += irradiance * BRDF_BlinnPhong( directLight.direction, geometryViewDir, geometryNormal, material.specularColor, material.specularShininess ) * material.specularStrength;
}
void RE_IndirectDiffuse_BlinnPhong( const in vec3 irradiance, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in BlinnPhongMaterial material, inout ReflectedLight reflectedLight ) {
	reflectedLight.indirectDiffuse += irradiance * BRDF_Lambert( material.diffuseColor );
}
#define RE_Direct				RE_Direct_BlinnPhong
#define RE_IndirectDiffuse		RE_IndirectDiffuse_BlinnPhong`,Cm=`PhysicalMaterial material;
material.diffuseColor = diffuseColor.rgb;
material.diffuseContribution = diffuseColor.rgb * ( 1.0 - metalnessFactor );
material.metalness = metalnessFactor;
vec3 dxy = max( abs( dFdx( nonPerturbedNormal ) ), abs( dFdy( nonPerturbedNormal ) ) );
float geometryRoughness = max( max( dxy.x, dxy.y ), dxy.z );
material.roughness = max( roughnessFactor, 0.045 );
material.roughness += geometryRoughness;
material.roughness = min( material.roughness, 1.0 );
#ifdef USE_DIFFUSE_ROUGHNESS
	float diffuseRoughnessFactor = diffuseRoughness;
	#ifdef USE_DIFFUSE_ROUGHNESSMAP
		diffuseRoughnessFactor *= texture2D( diffuseRoughnessMap, vDiffuseRoughnessMapUv ).r;
	#endif
	material.diffuseRoughness = saturate( diffuseRoughnessFactor );
#endif
#ifdef IOR
	material.ior = ior;
	#ifdef USE_SPECULAR
		float specularIntensityFactor = specularIntensity;
		vec3 specularColorFactor = specularColor;
		#ifdef USE_SPECULAR_COLORMAP
			specularColorFactor *= texture2D( specularColorMap, vSpecularColorMapUv ).rgb;
		#endif
		#ifdef USE_SPECULAR_INTENSITYMAP
			specularIntensityFactor *= texture2D( specularIntensityMap, vSpecularIntensityMapUv ).a;
		#endif
		material.specularF90 = mix( specularIntensityFactor, 1.0, metalnessFactor );
	#else
		float specularIntensityFactor = 1.0;
		vec3 specularColorFactor = vec3( 1.0 );
		material.specularF90 = 1.0;
	#endif
	material.specularColor = min( pow2( ( material.ior - 1.0 ) / ( material.ior + 1.0 ) ) * specularColorFactor, vec3( 1.0 ) ) * specularIntensityFactor;
	material.specularColorBlended = mix( material.specularColor, diffuseColor.rgb, metalnessFactor );
#else
	material.specularColor = vec3( 0.04 );
	material.specularColorBlended = mix( material.specularColor, diffuseColor.rgb, metalnessFactor );
	material.specularF90 = 1.0;
#endif
#ifdef USE_CLEARCOAT
	material.clearcoat = clearcoat;
	material.clearcoatRoughness = clearcoatRoughness;
	material.clearcoatF0 = vec3( 0.04 );
	material.clearcoatF90 = 1.0;
	#ifdef USE_CLEARCOATMAP
		material.clearcoat *= texture2D( clearcoatMap, vClearcoatMapUv ).x;
	#endif
	#ifdef USE_CLEARCOAT_ROUGHNESSMAP
		material.clearcoatRoughness *= texture2D( clearcoatRoughnessMap, vClearcoatRoughnessMapUv ).y;
	#endif
	material.clearcoat = saturate( material.clearcoat );	material.clearcoatRoughness = max( material.clearcoatRoughness, 0.045 );
	material.clearcoatRoughness += geometryRoughness;
	material.clearcoatRoughness = min( material.clearcoatRoughness, 1.0 );
#endif
#ifdef USE_DISPERSION
	material.dispersion = dispersion;
#endif
#ifdef USE_RETROREFLECTION
	material.retroreflectivity = retroreflectivity;
#endif
#ifdef USE_IRIDESCENCE
	material.iridescence = iridescence;
	material.iridescenceIOR = iridescenceIOR;
	#ifdef USE_IRIDESCENCEMAP
		material.iridescence *= texture2D( iridescenceMap, vIridescenceMapUv ).r;
	#endif
	#ifdef USE_IRIDESCENCE_THICKNESSMAP
		material.iridescenceThickness = (iridescenceThicknessMaximum - iridescenceThicknessMinimum) * texture2D( iridescenceThicknessMap, vIridescenceThicknessMapUv ).g + iridescenceThicknessMinimum;
	#else
		material.iridescenceThickness = iridescenceThicknessMaximum;
	#endif
#endif
#ifdef USE_SHEEN
	material.sheenColor = sheenColor;
	#ifdef USE_SHEEN_COLORMAP
		material.sheenColor *= texture2D( sheenColorMap, vSheenColorMapUv ).rgb;
	#endif
	material.sheenRoughness = clamp( sheenRoughness, 0.0001, 1.0 );
	#ifdef USE_SHEEN_ROUGHNESSMAP
		material.sheenRoughness *= texture2D( sheenRoughnessMap, vSheenRoughnessMapUv ).a;
	#endif
#endif
#ifdef USE_ANISOTROPY
	#ifdef USE_ANISOTROPYMAP
		mat2 anisotropyMat = mat2( anisotropyVector.x, anisotropyVector.y, - anisotropyVector.y, anisotropyVector.x );
		vec3 anisotropyPolar = texture2D( anisotropyMap, vAnisotropyMapUv ).rgb;
		vec2 anisotropyV = anisotropyMat * normalize( 2.0 * anisotropyPolar.rg - vec2( 1.0 ) ) * anisotropyPolar.b;
	#else
		vec2 anisotropyV = anisotropyVector;
	#endif
	material.anisotropy = length( anisotropyV );
	if( material.anisotropy == 0.0 ) {
		anisotropyV = vec2( 1.0, 0.0 );
	} else {
		anisotropyV /= material.anisotropy;
		material.anisotropy = saturate( material.anisotropy );
	}
	material.alphaT = mix( pow2( material.roughness ), 1.0, pow2( material.anisotropy ) );
	material.anisotropyT = tbn[ 0 ] * anisotropyV.x + tbn[ 1 ] * anisotropyV.y;
	material.anisotropyB = tbn[ 1 ] * anisotropyV.x - tbn[ 0 ] * anisotropyV.y;
#endif`,Rm=`uniform sampler2D dfgLUT;
struct PhysicalMaterial {
	vec3 diffuseColor;
	vec3 diffuseContribution;
	vec3 specularColor;
	vec3 specularColorBlended;
	float roughness;
	float metalness;
	float specularF90;
	float dispersion;
	vec2 dfg;
	vec3 multiScatteringCompensation;
	#ifdef USE_DIFFUSE_ROUGHNESS
		float diffuseRoughness;
	#endif
	#ifdef USE_RETROREFLECTION
		float retroreflectivity;
	#endif
	#ifdef USE_CLEARCOAT
		float clearcoat;
		float clearcoatRoughness;
		vec3 clearcoatF0;
		float clearcoatF90;
	#endif
	#ifdef USE_IRIDESCENCE
		float iridescence;
		float iridescenceIOR;
		float iridescenceThickness;
		vec3 iridescenceFresnel;
		vec3 iridescenceF0Dielectric;
		vec3 iridescenceF0Metallic;
	#endif
	#ifdef USE_SHEEN
		vec3 sheenColor;
		float sheenRoughness;
	#endif
	#ifdef IOR
		float ior;
	#endif
	#ifdef USE_TRANSMISSION
		float transmission;
		float transmissionAlpha;
		float thickness;
		float attenuationDistance;
		vec3 attenuationColor;
	#endif
	#ifdef USE_ANISOTROPY
		float anisotropy;
		float alphaT;
		vec3 anisotropyT;
		vec3 anisotropyB;
	#endif
};
vec3 clearcoatSpecularDirect = vec3( 0.0 );
vec3 clearcoatSpecularIndirect = vec3( 0.0 );
vec3 sheenSpecularDirect = vec3( 0.0 );
vec3 sheenSpecularIndirect = vec3(0.0 );
vec3 Schlick_to_F0( const in vec3 f, const in float f90, const in float dotVH ) {
    float x = clamp( 1.0 - dotVH, 0.0, 1.0 );
    float x2 = x * x;
    float x5 = clamp( x * x2 * x2, 0.0, 0.9999 );
    return ( f - vec3( f90 ) * x5 ) / ( 1.0 - x5 );
}
#ifdef USE_DIFFUSE_ROUGHNESS
	const float EON_EPSILON = 1e-7;
	float FON_DirectionalAlbedo( const in float mu, const in float roughness, const in float A ) {
		float muComp = 1.0 - mu;
		float gOverPi = muComp * ( 0.0571085289 + muComp * ( 0.491881867 + muComp * ( - 0.332181442 + muComp * 0.0714429953 ) ) );
		return A * ( 1.0 + roughness * gOverPi );
	}
	vec3 BRDF_EON( const in vec3 lightDir, const in vec3 viewDir, const in vec3 normal, const in vec3 diffuseColor, const in float roughness ) {
		vec3 rho = saturate( diffuseColor );
		if ( roughness <= EON_EPSILON ) return BRDF_Lambert( rho );
		float dotNL = saturate( dot( normal, lightDir ) );
		float dotNV = saturate( dot( normal, viewDir ) );
		float s = dot( lightDir, viewDir ) - dotNL * dotNV;
		float sOverT = ( s > 0.0 ) ? s / max( max( dotNL, dotNV ), EON_EPSILON ) : s;
		float A = 1.0 / ( 1.0 + ( 0.5 - 2.0 / ( 3.0 * PI ) ) * roughness );
		vec3 singleScatter = rho * RECIPROCAL_PI * A * ( 1.0 + roughness * sOverT );
		float averageAlbedo = A * ( 1.0 + ( 2.0 / 3.0 - 28.0 / ( 15.0 * PI ) ) * roughness );
		float albedoV = FON_DirectionalAlbedo( dotNV, roughness, A );
		float albedoL = FON_DirectionalAlbedo( dotNL, roughness, A );
		vec3 rhoMultiScatter = rho * rho * averageAlbedo / max( vec3( EON_EPSILON ), vec3( 1.0 ) - rho * ( 1.0 - averageAlbedo ) );
		vec3 multiScatter = rhoMultiScatter * RECIPROCAL_PI
			* max( EON_EPSILON, 1.0 - albedoV )
			* max( EON_EPSILON, 1.0 - albedoL )
			/ max( EON_EPSILON, 1.0 - averageAlbedo );
		return singleScatter + multiScatter;
	}
	vec3 EON_DirectionalAlbedo( const in vec3 diffuseColor, const in float roughness, const in float dotNV ) {
		vec3 rho = saturate( diffuseColor );
		if ( roughness <= EON_EPSILON ) return rho;
		float A = 1.0 / ( 1.0 + ( 0.5 - 2.0 / ( 3.0 * PI ) ) * roughness );
		float directionalAlbedo = FON_DirectionalAlbedo( dotNV, roughness, A );
		float averageAlbedo = A * ( 1.0 + ( 2.0 / 3.0 - 28.0 / ( 15.0 * PI ) ) * roughness );
		vec3 rhoMultiScatter = rho * rho * averageAlbedo / max( vec3( EON_EPSILON ), vec3( 1.0 ) - rho * ( 1.0 - averageAlbedo ) );
		return rho * directionalAlbedo + rhoMultiScatter * ( 1.0 - directionalAlbedo );
	}
#endif
float V_GGX_SmithCorrelated( const in float alpha, const in float dotNL, const in float dotNV ) {
	float a2 = pow2( alpha );
	float gv = dotNL * sqrt( a2 + ( 1.0 - a2 ) * pow2( dotNV ) );
	float gl = dotNV * sqrt( a2 + ( 1.0 - a2 ) * pow2( dotNL ) );
	return 0.5 / max( gv + gl, EPSILON );
}
float D_GGX( const in float alpha, const in float dotNH ) {
	float a2 = pow2( alpha );
	float denom = pow2( dotNH ) * ( a2 - 1.0 ) + 1.0;
	return RECIPROCAL_PI * a2 / pow2( denom );
}
#ifdef USE_ANISOTROPY
	float V_GGX_SmithCorrelated_Anisotropic( const in float alphaT, const in float alphaB, const in float dotTV, const in float dotBV, const in float dotTL, const in float dotBL, const in float dotNV, const in float dotNL ) {
		float gv = dotNL * length( vec3( alphaT * dotTV, alphaB * dotBV, dotNV ) );
		float gl = dotNV * length( vec3( alphaT * dotTL, alphaB * dotBL, dotNL ) );
		return 0.5 / max( gv + gl, EPSILON );
	}
	float D_GGX_Anisotropic( const in float alphaT, const in float alphaB, const in float dotNH, const in float dotTH, const in float dotBH ) {
		float a2 = alphaT * alphaB;
		highp vec3 v = vec3( alphaB * dotTH, alphaT * dotBH, a2 * dotNH );
		highp float v2 = dot( v, v );
		float w2 = a2 / v2;
		return RECIPROCAL_PI * a2 * pow2 ( w2 );
	}
#endif
#ifdef USE_CLEARCOAT
	vec3 BRDF_GGX_Clearcoat( const in vec3 lightDir, const in vec3 viewDir, const in vec3 normal, const in PhysicalMaterial material) {
		vec3 f0 = material.clearcoatF0;
		float f90 = material.clearcoatF90;
		float roughness = max( material.clearcoatRoughness, 0.045 );
		float alpha = pow2( roughness );
		vec3 halfDir = normalize( lightDir + viewDir );
		float dotNL = saturate( dot( normal, lightDir ) );
		float dotNV = saturate( dot( normal, viewDir ) );
		float dotNH = saturate( dot( normal, halfDir ) );
		float dotVH = saturate( dot( viewDir, halfDir ) );
		vec3 F = F_Schlick( f0, f90, dotVH );
		float V = V_GGX_SmithCorrelated( alpha, dotNL, dotNV );
		float D = D_GGX( alpha, dotNH );
		return F * ( V * D );
	}
#endif
vec3 BRDF_GGX( const in vec3 lightDir, const in vec3 viewDir, const in vec3 normal, const in PhysicalMaterial material ) {
	vec3 f0 = material.specularColorBlended;
	float f90 = material.specularF90;
	float roughness = max( material.roughness, 0.045 );
	float alpha = pow2( roughness );
	vec3 halfDir = normalize( lightDir + viewDir );
	float dotNL = saturate( dot( normal, lightDir ) );
	float dotNV = saturate( dot( normal, viewDir ) );
	float dotNH = saturate( dot( normal, halfDir ) );
	float dotVH = saturate( dot( viewDir, halfDir ) );
	vec3 F = F_Schlick( f0, f90, dotVH );
	#ifdef USE_IRIDESCENCE
		F = mix( F, material.iridescenceFresnel, material.iridescence );
	#endif
	#ifdef USE_ANISOTROPY
		float dotTL = dot( material.anisotropyT, lightDir );
		float dotTV = dot( material.anisotropyT, viewDir );
		float dotTH = dot( material.anisotropyT, halfDir );
		float dotBL = dot( material.anisotropyB, lightDir );
		float dotBV = dot( material.anisotropyB, viewDir );
		float dotBH = dot( material.anisotropyB, halfDir );
		float alphaT = max( material.alphaT, alpha );
		float V = V_GGX_SmithCorrelated_Anisotropic( alphaT, alpha, dotTV, dotBV, dotTL, dotBL, dotNV, dotNL );
		float D = D_GGX_Anisotropic( alphaT, alpha, dotNH, dotTH, dotBH );
	#else
		float V = V_GGX_SmithCorrelated( alpha, dotNL, dotNV );
		float D = D_GGX( alpha, dotNH );
	#endif
	return F * ( V * D );
}
vec2 LTC_Uv( const in vec3 N, const in vec3 V, const in float roughness ) {
	const float LUT_SIZE = 64.0;
	const float LUT_SCALE = ( LUT_SIZE - 1.0 ) / LUT_SIZE;
	const float LUT_BIAS = 0.5 / LUT_SIZE;
	float dotNV = saturate( dot( N, V ) );
	vec2 uv = vec2( roughness, sqrt( 1.0 - dotNV ) );
	uv = uv * LUT_SCALE + LUT_BIAS;
	return uv;
}
float LTC_ClippedSphereFormFactor( const in vec3 f ) {
	float l = length( f );
	return max( ( l * l + f.z ) / ( l + 1.0 ), 0.0 );
}
vec3 LTC_EdgeVectorFormFactor( const in vec3 v1, const in vec3 v2 ) {
	float x = dot( v1, v2 );
	float y = abs( x );
	float a = 0.8543985 + ( 0.4965155 + 0.0145206 * y ) * y;
	float b = 3.4175940 + ( 4.1616724 + y ) * y;
	float v = a / b;
	float theta_sintheta = ( x > 0.0 ) ? v : 0.5 * inversesqrt( max( 1.0 - x * x, 1e-7 ) ) - v;
	return cross( v1, v2 ) * theta_sintheta;
}
vec3 LTC_Evaluate( const in vec3 N, const in vec3 V, const in vec3 P, const in mat3 mInv, const in vec3 rectCoords[ 4 ] ) {
	vec3 v1 = rectCoords[ 1 ] - rectCoords[ 0 ];
	vec3 v2 = rectCoords[ 3 ] - rectCoords[ 0 ];
	vec3 lightNormal = cross( v1, v2 );
	if( dot( lightNormal, P - rectCoords[ 0 ] ) < 0.0 ) return vec3( 0.0 );
	vec3 T1, T2;
	T1 = normalize( V - N * dot( V, N ) );
	T2 = - cross( N, T1 );
	mat3 mat = mInv * transpose( mat3( T1, T2, N ) );
	vec3 coords[ 4 ];
	coords[ 0 ] = mat * ( rectCoords[ 0 ] - P );
	coords[ 1 ] = mat * ( rectCoords[ 1 ] - P );
	coords[ 2 ] = mat * ( rectCoords[ 2 ] - P );
	coords[ 3 ] = mat * ( rectCoords[ 3 ] - P );
	coords[ 0 ] = normalize( coords[ 0 ] );
	coords[ 1 ] = normalize( coords[ 1 ] );
	coords[ 2 ] = normalize( coords[ 2 ] );
	coords[ 3 ] = normalize( coords[ 3 ] );
	vec3 vectorFormFactor = vec3( 0.0 );
	vectorFormFactor += LTC_EdgeVectorFormFactor( coords[ 0 ], coords[ 1 ] );
	vectorFormFactor += LTC_EdgeVectorFormFactor( coords[ 1 ], coords[ 2 ] );
	vectorFormFactor += LTC_EdgeVectorFormFactor( coords[ 2 ], coords[ 3 ] );
	vectorFormFactor += LTC_EdgeVectorFormFactor( coords[ 3 ], coords[ 0 ] );
	float result = LTC_ClippedSphereFormFactor( vectorFormFactor );
	return vec3( result );
}
#if defined( USE_SHEEN )
float D_Charlie( float roughness, float dotNH ) {
	float alpha = pow2( roughness );
	float invAlpha = 1.0 / alpha;
	float cos2h = dotNH * dotNH;
	float sin2h = max( 1.0 - cos2h, 0.0078125 );
	return ( 2.0 + invAlpha ) * pow( sin2h, invAlpha * 0.5 ) / ( 2.0 * PI );
}
float V_Neubelt( float dotNV, float dotNL ) {
	return saturate( 1.0 / ( 4.0 * ( dotNL + dotNV - dotNL * dotNV ) ) );
}
vec3 BRDF_Sheen( const in vec3 lightDir, const in vec3 viewDir, const in vec3 normal, vec3 sheenColor, const in float sheenRoughness ) {
	vec3 halfDir = normalize( lightDir + viewDir );
	float dotNL = saturate( dot( normal, lightDir ) );
	float dotNV = saturate( dot( normal, viewDir ) );
	float dotNH = saturate( dot( normal, halfDir ) );
	float D = D_Charlie( sheenRoughness, dotNH );
	float V = V_Neubelt( dotNV, dotNL );
	return sheenColor * ( D * V );
}
#endif
float IBLSheenBRDF( const in vec3 normal, const in vec3 viewDir, const in float roughness ) {
	float dotNV = saturate( dot( normal, viewDir ) );
	float r2 = roughness * roughness;
	float rInv = 1.0 / ( roughness + 0.1 );
	float a = -1.9362 + 1.0678 * roughness + 0.4573 * r2 - 0.8469 * rInv;
	float b = -0.6014 + 0.5538 * roughness - 0.4670 * r2 - 0.1255 * rInv;
	float DG = exp( a * dotNV + b );
	return saturate( DG );
}
vec3 EnvironmentBRDF( const in vec3 normal, const in vec3 viewDir, const in vec3 specularColor, const in float specularF90, const in float roughness ) {
	float dotNV = saturate( dot( normal, viewDir ) );
	vec2 fab = texture2D( dfgLUT, vec2( roughness, dotNV ) ).rg;
	return specularColor * fab.x + specularF90 * fab.y;
}
#ifdef USE_IRIDESCENCE
void computeMultiscatteringIridescence( const in vec2 fab, const in vec3 specularColor, const in float specularF90, const in float iridescence, const in vec3 iridescenceF0, inout vec3 singleScatter, inout vec3 multiScatter ) {
#else
void computeMultiscattering( const in vec2 fab, const in vec3 specularColor, const in float specularF90, inout vec3 singleScatter, inout vec3 multiScatter ) {
#endif
	#ifdef USE_IRIDESCENCE
		vec3 Fr = mix( specularColor, iridescenceF0, iridescence );
	#else
		vec3 Fr = specularColor;
	#endif
	vec3 FssEss = Fr * fab.x + specularF90 * fab.y;
	float Ess = fab.x + fab.y;
	float Ems = 1.0 - Ess;
	vec3 Favg = Fr + ( 1.0 - Fr ) * 0.047619;	vec3 Fms = FssEss * Favg / ( 1.0 - Ems * Favg );
	singleScatter += FssEss;
	multiScatter += Fms * Ems;
}
#if NUM_RECT_AREA_LIGHTS > 0
	void RE_Direct_RectArea_Physical( const in RectAreaLight rectAreaLight, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in PhysicalMaterial material, inout ReflectedLight reflectedLight ) {
		vec3 normal = geometryNormal;
		vec3 viewDir = geometryViewDir;
		vec3 position = geometryPosition;
		vec3 lightPos = rectAreaLight.position;
		vec3 halfWidth = rectAreaLight.halfWidth;
		vec3 halfHeight = rectAreaLight.halfHeight;
		vec3 lightColor = rectAreaLight.color;
		float roughness = material.roughness;
		vec3 rectCoords[ 4 ];
		rectCoords[ 0 ] = lightPos + halfWidth - halfHeight;		rectCoords[ 1 ] = lightPos - halfWidth - halfHeight;
		rectCoords[ 2 ] = lightPos - halfWidth + halfHeight;
		rectCoords[ 3 ] = lightPos + halfWidth + halfHeight;
		vec2 uv = LTC_Uv( normal, viewDir, roughness );
		vec4 t1 = texture2D( ltc_1, uv );
		vec4 t2 = texture2D( ltc_2, uv );
		mat3 mInv = mat3(
			vec3( t1.x, 0, t1.y ),
			vec3(    0, 1,    0 ),
			vec3( t1.z, 0, t1.w )
		);
		vec3 fresnel = ( material.specularColorBlended * t2.x + ( material.specularF90 - material.specularColorBlended ) * t2.y );
		reflectedLight.directSpecular += lightColor * fresnel * LTC_Evaluate( normal, viewDir, position, mInv, rectCoords );
		reflectedLight.directDiffuse += lightColor * material.diffuseContribution * LTC_Evaluate( normal, viewDir, position, mat3( 1.0 ), rectCoords );
		#ifdef USE_CLEARCOAT
			vec3 Ncc = geometryClearcoatNormal;
			vec2 uvClearcoat = LTC_Uv( Ncc, viewDir, material.clearcoatRoughness );
			vec4 t1Clearcoat = texture2D( ltc_1, uvClearcoat );
			vec4 t2Clearcoat = texture2D( ltc_2, uvClearcoat );
			mat3 mInvClearcoat = mat3(
				vec3( t1Clearcoat.x, 0, t1Clearcoat.y ),
				vec3(             0, 1,             0 ),
				vec3( t1Clearcoat.z, 0, t1Clearcoat.w )
			);
			vec3 fresnelClearcoat = material.clearcoatF0 * t2Clearcoat.x + ( material.clearcoatF90 - material.clearcoatF0 ) * t2Clearcoat.y;
			clearcoatSpecularDirect += lightColor * fresnelClearcoat * LTC_Evaluate( Ncc, viewDir, position, mInvClearcoat, rectCoords );
		#endif
	}
#endif
void RE_Direct_Physical( const in IncidentLight directLight, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in PhysicalMaterial material, inout ReflectedLight reflectedLight ) {
	float dotNL = saturate( dot( geometryNormal, directLight.direction ) );
	vec3 irradiance = dotNL * directLight.color;
	#ifdef USE_CLEARCOAT
		float dotNLcc = saturate( dot( geometryClearcoatNormal, directLight.direction ) );
		vec3 ccIrradiance = dotNLcc * directLight.color;
		clearcoatSpecularDirect += ccIrradiance * BRDF_GGX_Clearcoat( directLight.direction, geometryViewDir, geometryClearcoatNormal, material );
	#endif
	#ifdef USE_SHEEN
 
 		sheenSpecularDirect += irradiance * BRDF_Sheen( directLight.direction, geometryViewDir, geometryNormal, material.sheenColor, material.sheenRoughness );
 
 		float sheenAlbedoV = IBLSheenBRDF( geometryNormal, geometryViewDir, material.sheenRoughness );
 		float sheenAlbedoL = IBLSheenBRDF( geometryNormal, directLight.direction, material.sheenRoughness );
 
 		float sheenEnergyComp = 1.0 - max3( material.sheenColor ) * max( sheenAlbedoV, sheenAlbedoL );
 
 		irradiance *= sheenEnergyComp;
 
 	#endif
	vec3 specularBRDF = BRDF_GGX( directLight.direction, geometryViewDir, geometryNormal, material );
	#ifdef USE_RETROREFLECTION
		vec3 retroViewDir = reflect( - geometryViewDir, geometryNormal );
		vec3 retroSpecularBRDF = BRDF_GGX( directLight.direction, retroViewDir, geometryNormal, material );
		specularBRDF = mix( specularBRDF, retroSpecularBRDF, saturate( material.retroreflectivity ) );
	#endif
	reflectedLight.directSpecular += irradiance * specularBRDF * material.multiScatteringCompensation;
	vec3 halfDir = normalize( directLight.direction + geometryViewDir );
	float dotVH = saturate( dot( geometryViewDir, halfDir ) );
	vec3 F = F_Schlick( material.specularColor, material.specularF90, dotVH );
	#ifdef USE_RETROREFLECTION
		vec3 retroHalfDir = normalize( directLight.direction + retroViewDir );
		float dotRetroVH = saturate( dot( retroViewDir, retroHalfDir ) );
		vec3 retroF = F_Schlick( material.specularColor, material.specularF90, dotRetroVH );
		F = mix( F, retroF, saturate( material.retroreflectivity ) );
	#endif
	#ifdef USE_DIFFUSE_ROUGHNESS
		vec3 diffuseBRDF = BRDF_EON( directLight.direction, geometryViewDir, geometryNormal, material.diffuseColor, material.diffuseRoughness ) * ( 1.0 - material.metalness );
	#else
		vec3 diffuseBRDF = BRDF_Lambert( material.diffuseContribution );
	#endif
	reflectedLight.directDiffuse += irradiance * diffuseBRDF * ( 1.0 - F );
}
void RE_IndirectDiffuse_Physical( const in vec3 irradiance, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in PhysicalMaterial material, inout ReflectedLight reflectedLight ) {
	vec3 singleScattering = vec3( 0.0 );
	vec3 multiScattering = vec3( 0.0 );
	#ifdef USE_IRIDESCENCE
		computeMultiscatteringIridescence( material.dfg, material.specularColor, material.specularF90, material.iridescence, material.iridescenceF0Dielectric, singleScattering, multiScattering );
	#else
		computeMultiscattering( material.dfg, material.specularColor, material.specularF90, singleScattering, multiScattering );
	#endif
	#ifdef USE_DIFFUSE_ROUGHNESS
		float dotNV = saturate( dot( geometryNormal, geometryViewDir ) );
		vec3 diffuseAlbedo = EON_DirectionalAlbedo( material.diffuseColor, material.diffuseRoughness, dotNV ) * ( 1.0 - material.metalness );
		vec3 diffuse = irradiance * RECIPROCAL_PI * diffuseAlbedo * ( 1.0 - singleScattering - multiScattering );
	#else
		vec3 diffuse = irradiance * BRDF_Lambert( material.diffuseContribution ) * ( 1.0 - singleScattering - multiScattering );
	#endif
	#ifdef USE_SHEEN
		float sheenAlbedo = IBLSheenBRDF( geometryNormal, geometryViewDir, material.sheenRoughness );
		sheenSpecularIndirect += irradiance * material.sheenColor * sheenAlbedo * RECIPROCAL_PI;
		float sheenEnergyComp = 1.0 - max3( material.sheenColor ) * sheenAlbedo;
		diffuse *= sheenEnergyComp;
	#endif
	reflectedLight.indirectDiffuse += diffuse;
}
void RE_IndirectSpecular_Physical( const in vec3 radiance, const in vec3 irradiance, const in vec3 clearcoatRadiance, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in PhysicalMaterial material, inout ReflectedLight reflectedLight) {
	#ifdef USE_CLEARCOAT
		clearcoatSpecularIndirect += clearcoatRadiance * EnvironmentBRDF( geometryClearcoatNormal, geometryViewDir, material.clearcoatF0, material.clearcoatF90, material.clearcoatRoughness );
	#endif
	#ifdef USE_SHEEN
		sheenSpecularIndirect += irradiance * material.sheenColor * IBLSheenBRDF( geometryNormal, geometryViewDir, material.sheenRoughness ) * RECIPROCAL_PI;
 	#endif
	vec3 singleScatteringDielectric = vec3( 0.0 );
	vec3 multiScatteringDielectric = vec3( 0.0 );
	vec3 singleScatteringMetallic = vec3( 0.0 );
	vec3 multiScatteringMetallic = vec3( 0.0 );
	#ifdef USE_IRIDESCENCE
		computeMultiscatteringIridescence( material.dfg, material.specularColor, material.specularF90, material.iridescence, material.iridescenceF0Dielectric, singleScatteringDielectric, multiScatteringDielectric );
		computeMultiscatteringIridescence( material.dfg, material.diffuseColor, material.specularF90, material.iridescence, material.iridescenceF0Metallic, singleScatteringMetallic, multiScatteringMetallic );
	#else
		computeMultiscattering( material.dfg, material.specularColor, material.specularF90, singleScatteringDielectric, multiScatteringDielectric );
		computeMultiscattering( material.dfg, material.diffuseColor, material.specularF90, singleScatteringMetallic, multiScatteringMetallic );
	#endif
	vec3 singleScattering = mix( singleScatteringDielectric, singleScatteringMetallic, material.metalness );
	vec3 multiScattering = mix( multiScatteringDielectric, multiScatteringMetallic, material.metalness );
	vec3 totalScatteringDielectric = singleScatteringDielectric + multiScatteringDielectric;
	#ifdef USE_DIFFUSE_ROUGHNESS
		float dotNV = saturate( dot( geometryNormal, geometryViewDir ) );
		vec3 diffuse = EON_DirectionalAlbedo( material.diffuseColor, material.diffuseRoughness, dotNV ) * ( 1.0 - material.metalness ) * ( 1.0 - totalScatteringDielectric );
	#else
		vec3 diffuse = material.diffuseContribution * ( 1.0 - totalScatteringDielectric );
	#endif
	vec3 cosineWeightedIrradiance = irradiance * RECIPROCAL_PI;
	vec3 indirectSpecular = radiance * singleScattering;
	indirectSpecular += multiScattering * cosineWeightedIrradiance;
	vec3 indirectDiffuse = diffuse * cosineWeightedIrradiance;
	#ifdef USE_SHEEN
		float sheenAlbedo = IBLSheenBRDF( geometryNormal, geometryViewDir, material.sheenRoughness );
		float sheenEnergyComp = 1.0 - max3( material.sheenColor ) * sheenAlbedo;
		indirectSpecular *= sheenEnergyComp;
		indirectDiffuse *= sheenEnergyComp;
	#endif
	reflectedLight.indirectSpecular += indirectSpecular;
	reflectedLight.indirectDiffuse += indirectDiffuse;
}
#define RE_Direct				RE_Direct_Physical
#define RE_Direct_RectArea		RE_Direct_RectArea_Physical
#define RE_IndirectDiffuse		RE_IndirectDiffuse_Physical
#define RE_IndirectSpecular		RE_IndirectSpecular_Physical
float computeSpecularOcclusion( const in float dotNV, const in float ambientOcclusion, const in float roughness ) {
	return saturate( pow( dotNV + ambientOcclusion, exp2( - 16.0 * roughness - 1.0 ) ) - 1.0 + ambientOcclusion );
}`,Pm=`
vec3 geometryPosition = - vViewPosition;
vec3 geometryNormal = normal;
vec3 geometryViewDir = ( isOrthographic ) ? vec3( 0, 0, 1 ) : normalize( vViewPosition );
vec3 geometryClearcoatNormal = vec3( 0.0 );
#ifdef USE_CLEARCOAT
	geometryClearcoatNormal = clearcoatNormal;
#endif
#ifdef USE_IRIDESCENCE
	float dotNVi = saturate( dot( normal, geometryViewDir ) );
	if ( material.iridescenceThickness == 0.0 ) {
		material.iridescence = 0.0;
	} else {
		material.iridescence = saturate( material.iridescence );
	}
	if ( material.iridescence > 0.0 ) {
		vec3 iridescenceFresnelDielectric = evalIridescence( 1.0, material.iridescenceIOR, dotNVi, material.iridescenceThickness, material.specularColor );
		vec3 iridescenceFresnelMetallic = evalIridescence( 1.0, material.iridescenceIOR, dotNVi, material.iridescenceThickness, material.diffuseColor );
		material.iridescenceFresnel = mix( iridescenceFresnelDielectric, iridescenceFresnelMetallic, material.metalness );
		material.iridescenceF0Dielectric = Schlick_to_F0( iridescenceFresnelDielectric, 1.0, dotNVi );
		material.iridescenceF0Metallic = Schlick_to_F0( iridescenceFresnelMetallic, 1.0, dotNVi );
	}
#endif
#ifdef STANDARD
	float dotNVms = saturate( dot( geometryNormal, geometryViewDir ) );
	material.dfg = texture2D( dfgLUT, vec2( material.roughness, dotNVms ) ).rg;
	#if ( NUM_SUN_LIGHTS > 0 || NUM_DIR_LIGHTS > 0 || NUM_POINT_LIGHTS > 0 || NUM_SPOT_LIGHTS > 0 )
		float EssMs = material.dfg.x + material.dfg.y;
		material.multiScatteringCompensation = 1.0 + material.specularColorBlended * ( 1.0 / EssMs - 1.0 );
	#endif
#endif
IncidentLight directLight;
#if ( NUM_POINT_LIGHTS > 0 ) && defined( RE_Direct )
	PointLight pointLight;
	#if defined( USE_SHADOWMAP ) && NUM_POINT_LIGHT_SHADOWS > 0
	PointLightShadow pointLightShadow;
	#endif
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_POINT_LIGHTS; i ++ ) {
		pointLight = pointLights[ i ];
		getPointLightInfo( pointLight, geometryPosition, directLight );
		#if defined( USE_SHADOWMAP ) && ( UNROLLED_LOOP_INDEX < NUM_POINT_LIGHT_SHADOWS ) && ( defined( SHADOWMAP_TYPE_PCF ) || defined( SHADOWMAP_TYPE_BASIC ) )
		pointLightShadow = pointLightShadows[ i ];
		directLight.color *= ( directLight.visible && receiveShadow ) ? getPointShadow( pointShadowMap[ i ], pointLightShadow.shadowMapSize, pointLightShadow.shadowIntensity, pointLightShadow.shadowBias, pointLightShadow.shadowRadius, vPointShadowCoord[ i ], pointLightShadow.shadowCameraNear, pointLightShadow.shadowCameraFar ) : 1.0;
		#endif
		RE_Direct( directLight, geometryPosition, geometryNormal, geometryViewDir, geometryClearcoatNormal, material, reflectedLight );
	}
	#pragma unroll_loop_end
#endif
#if ( NUM_SPOT_LIGHTS > 0 ) && defined( RE_Direct )
	SpotLight spotLight;
	vec4 spotColor;
	vec3 spotLightCoord;
	bool inSpotLightMap;
	#if defined( USE_SHADOWMAP ) && NUM_SPOT_LIGHT_SHADOWS > 0
	SpotLightShadow spotLightShadow;
	#endif
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_SPOT_LIGHTS; i ++ ) {
		spotLight = spotLights[ i ];
		getSpotLightInfo( spotLight, geometryPosition, directLight );
		#if ( UNROLLED_LOOP_INDEX < NUM_SPOT_LIGHT_SHADOWS_WITH_MAPS )
		#define SPOT_LIGHT_MAP_INDEX UNROLLED_LOOP_INDEX
		#elif ( UNROLLED_LOOP_INDEX < NUM_SPOT_LIGHT_SHADOWS )
		#define SPOT_LIGHT_MAP_INDEX NUM_SPOT_LIGHT_MAPS
		#else
		#define SPOT_LIGHT_MAP_INDEX ( UNROLLED_LOOP_INDEX - NUM_SPOT_LIGHT_SHADOWS + NUM_SPOT_LIGHT_SHADOWS_WITH_MAPS )
		#endif
		#if ( SPOT_LIGHT_MAP_INDEX < NUM_SPOT_LIGHT_MAPS )
			spotLightCoord = vSpotLightCoord[ i ].xyz / vSpotLightCoord[ i ].w;
			inSpotLightMap = all( lessThan( abs( spotLightCoord * 2. - 1. ), vec3( 1.0 ) ) );
			spotColor = texture2D( spotLightMap[ SPOT_LIGHT_MAP_INDEX ], spotLightCoord.xy );
			directLight.color = inSpotLightMap ? directLight.color * spotColor.rgb : directLight.color;
		#endif
		#undef SPOT_LIGHT_MAP_INDEX
		#if defined( USE_SHADOWMAP ) && ( UNROLLED_LOOP_INDEX < NUM_SPOT_LIGHT_SHADOWS )
		spotLightShadow = spotLightShadows[ i ];
		directLight.color *= ( directLight.visible && receiveShadow ) ? getShadow( spotShadowMap[ i ], spotLightShadow.shadowMapSize, spotLightShadow.shadowIntensity, spotLightShadow.shadowBias, spotLightShadow.shadowRadius, vSpotLightCoord[ i ] ) : 1.0;
		#endif
		RE_Direct( directLight, geometryPosition, geometryNormal, geometryViewDir, geometryClearcoatNormal, material, reflectedLight );
	}
	#pragma unroll_loop_end
#endif
#if ( NUM_SUN_LIGHTS > 0 ) && defined( RE_Direct )
	SunLight sunLight;
	#if defined( USE_SHADOWMAP ) && NUM_SUN_LIGHT_SHADOWS > 0
	SunLightShadow sunLightShadow;
	#endif
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_SUN_LIGHTS; i ++ ) {
		sunLight = sunLights[ i ];
		getSunLightInfo( sunLight, directLight );
		#if defined( USE_SHADOWMAP ) && ( UNROLLED_LOOP_INDEX < NUM_SUN_LIGHT_SHADOWS )
		sunLightShadow = sunLightShadows[ i ];
		directLight.color *= ( directLight.visible && receiveShadow ) ? getSunShadow( sunShadowMap[ i ], sunLightShadow, UNROLLED_LOOP_INDEX ) : 1.0;
		#endif
		RE_Direct( directLight, geometryPosition, geometryNormal, geometryViewDir, geometryClearcoatNormal, material, reflectedLight );
	}
	#pragma unroll_loop_end
#endif
#if ( NUM_DIR_LIGHTS > 0 ) && defined( RE_Direct )
	DirectionalLight directionalLight;
	#if defined( USE_SHADOWMAP ) && NUM_DIR_LIGHT_SHADOWS > 0
	DirectionalLightShadow directionalLightShadow;
	#endif
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_DIR_LIGHTS; i ++ ) {
		directionalLight = directionalLights[ i ];
		getDirectionalLightInfo( directionalLight, directLight );
		#if defined( USE_SHADOWMAP ) && ( UNROLLED_LOOP_INDEX < NUM_DIR_LIGHT_SHADOWS )
		directionalLightShadow = directionalLightShadows[ i ];
		directLight.color *= ( directLight.visible && receiveShadow ) ? getShadow( directionalShadowMap[ i ], directionalLightShadow.shadowMapSize, directionalLightShadow.shadowIntensity, directionalLightShadow.shadowBias, directionalLightShadow.shadowRadius, vDirectionalShadowCoord[ i ] ) : 1.0;
		#endif
		RE_Direct( directLight, geometryPosition, geometryNormal, geometryViewDir, geometryClearcoatNormal, material, reflectedLight );
	}
	#pragma unroll_loop_end
#endif
#if ( NUM_RECT_AREA_LIGHTS > 0 ) && defined( RE_Direct_RectArea )
	RectAreaLight rectAreaLight;
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_RECT_AREA_LIGHTS; i ++ ) {
		rectAreaLight = rectAreaLights[ i ];
		RE_Direct_RectArea( rectAreaLight, geometryPosition, geometryNormal, geometryViewDir, geometryClearcoatNormal, material, reflectedLight );
	}
	#pragma unroll_loop_end
#endif
#if defined( RE_IndirectDiffuse )
	vec3 iblIrradiance = vec3( 0.0 );
	vec3 irradiance = getAmbientLightIrradiance( ambientLightColor );
	#if defined( USE_LIGHT_PROBES )
		irradiance += getLightProbeIrradiance( lightProbe, geometryNormal );
	#endif
	#if ( NUM_HEMI_LIGHTS > 0 )
		#pragma unroll_loop_start
		for ( int i = 0; i < NUM_HEMI_LIGHTS; i ++ ) {
			irradiance += getHemisphereLightIrradiance( hemisphereLights[ i ], geometryNormal );
		}
		#pragma unroll_loop_end
	#endif
	#if NUM_LIGHT_PROBE_GRIDS > 0
		vec3 probeWorldPos = ( ( vec4( geometryPosition, 1.0 ) - viewMatrix[ 3 ] ) * viewMatrix ).xyz;
		vec3 probeWorldNormal = transformNormalByInverseViewMatrix( geometryNormal, viewMatrix );
		int probeGrid = - 1;
		#pragma unroll_loop_start
		for ( int i = 0; i < NUM_LIGHT_PROBE_GRIDS; i ++ ) {
			if ( isInsideLightProbeGrid( probeWorldPos, probeWorldNormal, probesMin[ i ], probesMax[ i ], probesResolution[ i ] ) ) probeGrid = UNROLLED_LOOP_INDEX;
		}
		#pragma unroll_loop_end
		#pragma unroll_loop_start
		for ( int i = 0; i < NUM_LIGHT_PROBE_GRIDS; i ++ ) {
			if ( probeGrid == UNROLLED_LOOP_INDEX ) irradiance += getLightProbeGridIrradiance( probesSH[ i ], probesMin[ i ], probesMax[ i ], probesResolution[ i ], probeWorldPos, probeWorldNormal );
		}
		#pragma unroll_loop_end
	#endif
#endif
#if defined( RE_IndirectSpecular )
	vec3 radiance = vec3( 0.0 );
	vec3 clearcoatRadiance = vec3( 0.0 );
#endif`,Im=`#if defined( RE_IndirectDiffuse )
	#ifdef USE_LIGHTMAP
		vec4 lightMapTexel = texture2D( lightMap, vLightMapUv );
		vec3 lightMapIrradiance = lightMapTexel.rgb * lightMapIntensity;
		irradiance += lightMapIrradiance;
	#endif
	#if defined( USE_ENVMAP ) && defined( ENVMAP_TYPE_PMREM )
		#if defined( STANDARD ) || defined( LAMBERT ) || defined( PHONG )
			iblIrradiance += getIBLIrradiance( geometryNormal );
		#endif
	#endif
#endif
#if defined( USE_ENVMAP ) && defined( RE_IndirectSpecular )
	#ifdef USE_ANISOTROPY
		vec3 iblRadiance = getIBLAnisotropyRadiance( geometryViewDir, geometryNormal, material.roughness, material.anisotropyB, material.anisotropy );
	#else
		vec3 iblRadiance = getIBLRadiance( geometryViewDir, geometryNormal, material.roughness );
	#endif
	#ifdef USE_RETROREFLECTION
		#ifdef USE_ANISOTROPY
			vec3 retroIBLRadiance = getIBLAnisotropyRetroRadiance( geometryViewDir, geometryNormal, material.roughness, material.anisotropyB, material.anisotropy );
		#else
			vec3 retroIBLRadiance = getIBLRetroRadiance( geometryViewDir, geometryNormal, material.roughness );
		#endif
		iblRadiance = mix( iblRadiance, retroIBLRadiance, saturate( material.retroreflectivity ) );
	#endif
	radiance += iblRadiance;
	#ifdef USE_CLEARCOAT
		clearcoatRadiance += getIBLRadiance( geometryViewDir, geometryClearcoatNormal, material.clearcoatRoughness );
	#endif
#endif`,Lm=`#if defined( RE_IndirectDiffuse )
	#if defined( LAMBERT ) || defined( PHONG )
		irradiance += iblIrradiance;
	#endif
	RE_IndirectDiffuse( irradiance, geometryPosition, geometryNormal, geometryViewDir, geometryClearcoatNormal, material, reflectedLight );
#endif
#if defined( RE_IndirectSpecular )
	RE_IndirectSpecular( radiance, iblIrradiance, clearcoatRadiance, geometryPosition, geometryNormal, geometryViewDir, geometryClearcoatNormal, material, reflectedLight );
#endif`,Nm=`#if NUM_LIGHT_PROBE_GRIDS > 0
uniform highp sampler3D probesSH[ NUM_LIGHT_PROBE_GRIDS ];
uniform vec3 probesMin[ NUM_LIGHT_PROBE_GRIDS ];
uniform vec3 probesMax[ NUM_LIGHT_PROBE_GRIDS ];
uniform vec3 probesResolution[ NUM_LIGHT_PROBE_GRIDS ];
bool isInsideLightProbeGrid( vec3 worldPos, vec3 worldNormal, vec3 probesMin, vec3 probesMax, vec3 probesResolution ) {
	vec3 spacing = ( probesMax - probesMin ) / probesResolution;
	vec3 samplePos = worldPos + worldNormal * spacing * 0.5;
	vec3 margin = spacing * 0.01;
	return all( greaterThanEqual( samplePos, probesMin - margin ) ) && all( lessThanEqual( samplePos, probesMax + margin ) );
}
vec3 getLightProbeGridIrradiance( highp sampler3D probesSH, vec3 probesMin, vec3 probesMax, vec3 probesResolution, vec3 worldPos, vec3 worldNormal ) {
	vec3 res = probesResolution;
	vec3 gridRange = probesMax - probesMin;
	vec3 probeSpacing = gridRange / res;
	vec3 samplePos = worldPos + worldNormal * probeSpacing * 0.5;
	vec3 uvw = clamp( ( samplePos - probesMin ) / gridRange, 0.5 / res, 1.0 - 0.5 / res );
	float nz          = res.z;
	float paddedSlices = nz + 2.0;
	float atlasDepth  = 7.0 * paddedSlices;
	float uvZBase     = uvw.z * nz + 1.0;
	vec4 s0 = texture( probesSH, vec3( uvw.xy, ( uvZBase                       ) / atlasDepth ) );
	vec4 s1 = texture( probesSH, vec3( uvw.xy, ( uvZBase +       paddedSlices   ) / atlasDepth ) );
	vec4 s2 = texture( probesSH, vec3( uvw.xy, ( uvZBase + 2.0 * paddedSlices   ) / atlasDepth ) );
	vec4 s3 = texture( probesSH, vec3( uvw.xy, ( uvZBase + 3.0 * paddedSlices   ) / atlasDepth ) );
	vec4 s4 = texture( probesSH, vec3( uvw.xy, ( uvZBase + 4.0 * paddedSlices   ) / atlasDepth ) );
	vec4 s5 = texture( probesSH, vec3( uvw.xy, ( uvZBase + 5.0 * paddedSlices   ) / atlasDepth ) );
	vec4 s6 = texture( probesSH, vec3( uvw.xy, ( uvZBase + 6.0 * paddedSlices   ) / atlasDepth ) );
	vec3 c0 = s0.xyz;
	vec3 c1 = vec3( s0.w, s1.xy );
	vec3 c2 = vec3( s1.zw, s2.x );
	vec3 c3 = s2.yzw;
	vec3 c4 = s3.xyz;
	vec3 c5 = vec3( s3.w, s4.xy );
	vec3 c6 = vec3( s4.zw, s5.x );
	vec3 c7 = s5.yzw;
	vec3 c8 = s6.xyz;
	float x = worldNormal.x, y = worldNormal.y, z = worldNormal.z;
	vec3 result = c0 * 0.886227;
	result += c1 * 2.0 * 0.511664 * y;
	result += c2 * 2.0 * 0.511664 * z;
	result += c3 * 2.0 * 0.511664 * x;
	result += c4 * 2.0 * 0.429043 * x * y;
	result += c5 * 2.0 * 0.429043 * y * z;
	result += c6 * ( 0.743125 * z * z - 0.247708 );
	result += c7 * 2.0 * 0.429043 * x * z;
	result += c8 * 0.429043 * ( x * x - y * y );
	return max( result, vec3( 0.0 ) );
}
#endif`,Dm=`#if defined( USE_LOGARITHMIC_DEPTH_BUFFER )
	gl_FragDepth = vIsPerspective == 0.0 ? gl_FragCoord.z : log2( vFragDepth ) * logDepthBufFC * 0.5;
#endif`,Fm=`#if defined( USE_LOGARITHMIC_DEPTH_BUFFER )
	uniform float logDepthBufFC;
	varying float vFragDepth;
	varying float vIsPerspective;
#endif`,Um=`#ifdef USE_LOGARITHMIC_DEPTH_BUFFER
	varying float vFragDepth;
	varying float vIsPerspective;
#endif`,Om=`#ifdef USE_LOGARITHMIC_DEPTH_BUFFER
	vFragDepth = 1.0 + gl_Position.w;
	vIsPerspective = float( isPerspectiveMatrix( projectionMatrix ) );
#endif`,Bm=`#ifdef USE_MAP
	vec4 sampledDiffuseColor = texture2D( map, vMapUv );
	#ifdef DECODE_VIDEO_TEXTURE
		sampledDiffuseColor = sRGBTransferEOTF( sampledDiffuseColor );
	#endif
	diffuseColor *= sampledDiffuseColor;
#endif`,km=`#ifdef USE_MAP
	uniform sampler2D map;
#endif`,zm=`#if defined( USE_MAP ) || defined( USE_ALPHAMAP )
	#if defined( USE_POINTS_UV )
		vec2 uv = vUv;
	#else
		vec2 uv = ( uvTransform * vec3( gl_PointCoord.x, 1.0 - gl_PointCoord.y, 1 ) ).xy;
	#endif
#endif
#ifdef USE_MAP
	diffuseColor *= texture2D( map, uv );
#endif
#ifdef USE_ALPHAMAP
	diffuseColor.a *= texture2D( alphaMap, uv ).g;
#endif`,Vm=`#if defined( USE_POINTS_UV )
	varying vec2 vUv;
#else
	#if defined( USE_MAP ) || defined( USE_ALPHAMAP )
		uniform mat3 uvTransform;
	#endif
#endif
#ifdef USE_MAP
	uniform sampler2D map;
#endif
#ifdef USE_ALPHAMAP
	uniform sampler2D alphaMap;
#endif`,Hm=`float metalnessFactor = metalness;
#ifdef USE_METALNESSMAP
	vec4 texelMetalness = texture2D( metalnessMap, vMetalnessMapUv );
	metalnessFactor *= texelMetalness.b;
#endif`,Gm=`#ifdef USE_METALNESSMAP
	uniform sampler2D metalnessMap;
#endif`,Wm=`#ifdef USE_INSTANCING_MORPH
	float morphTargetInfluences[ MORPHTARGETS_COUNT ];
	float morphTargetBaseInfluence = texelFetch( morphTexture, ivec2( 0, gl_InstanceID ), 0 ).r;
	for ( int i = 0; i < MORPHTARGETS_COUNT; i ++ ) {
		morphTargetInfluences[i] =  texelFetch( morphTexture, ivec2( i + 1, gl_InstanceID ), 0 ).r;
	}
#endif`,Xm=`#if defined( USE_MORPHCOLORS )
	#if defined( USE_COLOR_ALPHA )
		vColor *= morphTargetBaseInfluence;
	#elif defined( USE_COLOR )
		vColor.rgb *= morphTargetBaseInfluence;
	#endif
	for ( int i = 0; i < MORPHTARGETS_COUNT; i ++ ) {
		#if defined( USE_COLOR_ALPHA )
			if ( morphTargetInfluences[ i ] != 0.0 ) vColor += getMorph( gl_VertexID, i, 2 ) * morphTargetInfluences[ i ];
		#elif defined( USE_COLOR )
			if ( morphTargetInfluences[ i ] != 0.0 ) vColor.rgb += getMorph( gl_VertexID, i, 2 ).rgb * morphTargetInfluences[ i ];
		#endif
	}
#endif`,qm=`#ifdef USE_MORPHNORMALS
	objectNormal *= morphTargetBaseInfluence;
	for ( int i = 0; i < MORPHTARGETS_COUNT; i ++ ) {
		if ( morphTargetInfluences[ i ] != 0.0 ) objectNormal += getMorph( gl_VertexID, i, 1 ).xyz * morphTargetInfluences[ i ];
	}
#endif`,$m=`#ifdef USE_MORPHTARGETS
	#ifndef USE_INSTANCING_MORPH
		uniform float morphTargetBaseInfluence;
		uniform float morphTargetInfluences[ MORPHTARGETS_COUNT ];
	#endif
	uniform sampler2DArray morphTargetsTexture;
	uniform ivec2 morphTargetsTextureSize;
	vec4 getMorph( const in int vertexIndex, const in int morphTargetIndex, const in int offset ) {
		int texelIndex = vertexIndex * MORPHTARGETS_TEXTURE_STRIDE + offset;
		int y = texelIndex / morphTargetsTextureSize.x;
		int x = texelIndex - y * morphTargetsTextureSize.x;
		ivec3 morphUV = ivec3( x, y, morphTargetIndex );
		return texelFetch( morphTargetsTexture, morphUV, 0 );
	}
#endif`,Ym=`#ifdef USE_MORPHTARGETS
	transformed *= morphTargetBaseInfluence;
	for ( int i = 0; i < MORPHTARGETS_COUNT; i ++ ) {
		if ( morphTargetInfluences[ i ] != 0.0 ) transformed += getMorph( gl_VertexID, i, 0 ).xyz * morphTargetInfluences[ i ];
	}
#endif`,Zm=`float faceDirection = gl_FrontFacing ? 1.0 : - 1.0;
#ifdef FLAT_SHADED
	vec3 fdx = dFdx( vViewPosition );
	vec3 fdy = dFdy( vViewPosition );
	vec3 normal = normalize( cross( fdx, fdy ) );
#else
	vec3 normal = normalize( vNormal );
	#ifdef DOUBLE_SIDED
		normal *= faceDirection;
	#endif
#endif
#if defined( USE_NORMALMAP_TANGENTSPACE ) || defined( USE_CLEARCOAT_NORMALMAP ) || defined( USE_ANISOTROPY )
	#ifdef USE_TANGENT
		mat3 tbn = mat3( normalize( vTangent ), normalize( vBitangent ), normal );
	#else
		mat3 tbn = getTangentFrame( - vViewPosition, normal,
		#if defined( USE_NORMALMAP )
			vNormalMapUv
		#elif defined( USE_CLEARCOAT_NORMALMAP )
			vClearcoatNormalMapUv
		#else
			vUv
		#endif
		);
	#endif
	#ifdef DOUBLE_SIDED
		tbn[0] *= faceDirection;
		tbn[1] *= faceDirection;
	#endif
#endif
#ifdef USE_CLEARCOAT_NORMALMAP
	#ifdef USE_TANGENT
		mat3 tbn2 = mat3( normalize( vTangent ), normalize( vBitangent ), normal );
	#else
		mat3 tbn2 = getTangentFrame( - vViewPosition, normal, vClearcoatNormalMapUv );
	#endif
	#ifdef DOUBLE_SIDED
		tbn2[0] *= faceDirection;
		tbn2[1] *= faceDirection;
	#endif
#endif
vec3 nonPerturbedNormal = normal;`,Jm=`#ifdef USE_NORMALMAP_OBJECTSPACE
	normal = texture2D( normalMap, vNormalMapUv ).xyz * 2.0 - 1.0;
	#ifdef FLIP_SIDED
		normal = - normal;
	#endif
	#ifdef DOUBLE_SIDED
		normal = normal * faceDirection;
	#endif
	normal = normalize( normalMatrix * normal );
#elif defined( USE_NORMALMAP_TANGENTSPACE )
	vec3 mapN = texture2D( normalMap, vNormalMapUv ).xyz * 2.0 - 1.0;
	#if defined( USE_PACKED_NORMALMAP )
		mapN = vec3( mapN.xy, sqrt( saturate( 1.0 - dot( mapN.xy, mapN.xy ) ) ) );
	#endif
	mapN.xy *= normalScale;
	normal = normalize( tbn * mapN );
#elif defined( USE_BUMPMAP )
	normal = perturbNormalArb( - vViewPosition, normal, dHdxy_fwd(), faceDirection );
#endif`,Km=`#ifndef FLAT_SHADED
	varying vec3 vNormal;
	#ifdef USE_TANGENT
		varying vec3 vTangent;
		varying vec3 vBitangent;
	#endif
#endif`,jm=`#ifndef FLAT_SHADED
	varying vec3 vNormal;
	#ifdef USE_TANGENT
		varying vec3 vTangent;
		varying vec3 vBitangent;
	#endif
#endif`,Qm=`#ifndef FLAT_SHADED
	vNormal = normalize( transformedNormal );
	#ifdef USE_TANGENT
		vTangent = normalize( transformedTangent );
		vBitangent = normalize( cross( vNormal, vTangent ) * tangent.w );
		#ifdef FLIP_SIDED
			vBitangent = - vBitangent;
		#endif
	#endif
#endif`,eg=`#ifdef USE_NORMALMAP
	uniform sampler2D normalMap;
	uniform vec2 normalScale;
#endif
#ifdef USE_NORMALMAP_OBJECTSPACE
	uniform mat3 normalMatrix;
#endif
#if ! defined ( USE_TANGENT ) && ( defined ( USE_NORMALMAP_TANGENTSPACE ) || defined ( USE_CLEARCOAT_NORMALMAP ) || defined( USE_ANISOTROPY ) )
	mat3 getTangentFrame( vec3 eye_pos, vec3 surf_norm, vec2 uv ) {
		vec3 q0 = dFdx( eye_pos.xyz );
		vec3 q1 = dFdy( eye_pos.xyz );
		vec2 st0 = dFdx( uv.st );
		vec2 st1 = dFdy( uv.st );
		vec3 N = surf_norm;
		vec3 q1perp = cross( q1, N );
		vec3 q0perp = cross( N, q0 );
		vec3 T = q1perp * st0.x + q0perp * st1.x;
		vec3 B = q1perp * st0.y + q0perp * st1.y;
		float det = max( dot( T, T ), dot( B, B ) );
		float scale = ( det == 0.0 ) ? 0.0 : inversesqrt( det );
		return mat3( T * scale, B * scale, N );
	}
#endif`,tg=`#ifdef USE_CLEARCOAT
	vec3 clearcoatNormal = nonPerturbedNormal;
#endif`,ng=`#ifdef USE_CLEARCOAT_NORMALMAP
	vec3 clearcoatMapN = texture2D( clearcoatNormalMap, vClearcoatNormalMapUv ).xyz * 2.0 - 1.0;
	clearcoatMapN.xy *= clearcoatNormalScale;
	clearcoatNormal = normalize( tbn2 * clearcoatMapN );
#endif`,ig=`#ifdef USE_CLEARCOATMAP
	uniform sampler2D clearcoatMap;
#endif
#ifdef USE_CLEARCOAT_NORMALMAP
	uniform sampler2D clearcoatNormalMap;
	uniform vec2 clearcoatNormalScale;
#endif
#ifdef USE_CLEARCOAT_ROUGHNESSMAP
	uniform sampler2D clearcoatRoughnessMap;
#endif`,sg=`#ifdef USE_IRIDESCENCEMAP
	uniform sampler2D iridescenceMap;
#endif
#ifdef USE_IRIDESCENCE_THICKNESSMAP
	uniform sampler2D iridescenceThicknessMap;
#endif`,rg=`#ifdef OPAQUE
diffuseColor.a = 1.0;
#endif
#ifdef USE_TRANSMISSION
diffuseColor.a *= material.transmissionAlpha;
#endif
gl_FragColor = vec4( outgoingLight, diffuseColor.a );`,og=`vec3 packNormalToRGB( const in vec3 normal ) {
	return normalize( normal ) * 0.5 + 0.5;
}
vec3 unpackRGBToNormal( const in vec3 rgb ) {
	return 2.0 * rgb.xyz - 1.0;
}
const float PackUpscale = 256. / 255.;const float UnpackDownscale = 255. / 256.;const float ShiftRight8 = 1. / 256.;
const float Inv255 = 1. / 255.;
const vec4 PackFactors = vec4( 1.0, 256.0, 256.0 * 256.0, 256.0 * 256.0 * 256.0 );
const vec2 UnpackFactors2 = vec2( UnpackDownscale, 1.0 / PackFactors.g );
const vec3 UnpackFactors3 = vec3( UnpackDownscale / PackFactors.rg, 1.0 / PackFactors.b );
const vec4 UnpackFactors4 = vec4( UnpackDownscale / PackFactors.rgb, 1.0 / PackFactors.a );
vec4 packDepthToRGBA( const in float v ) {
	if( v <= 0.0 )
		return vec4( 0., 0., 0., 0. );
	if( v >= 1.0 )
		return vec4( 1., 1., 1., 1. );
	float vuf;
	float af = modf( v * PackFactors.a, vuf );
	float bf = modf( vuf * ShiftRight8, vuf );
	float gf = modf( vuf * ShiftRight8, vuf );
	return vec4( vuf * Inv255, gf * PackUpscale, bf * PackUpscale, af );
}
vec3 packDepthToRGB( const in float v ) {
	if( v <= 0.0 )
		return vec3( 0., 0., 0. );
	if( v >= 1.0 )
		return vec3( 1., 1., 1. );
	float vuf;
	float bf = modf( v * PackFactors.b, vuf );
	float gf = modf( vuf * ShiftRight8, vuf );
	return vec3( vuf * Inv255, gf * PackUpscale, bf );
}
vec2 packDepthToRG( const in float v ) {
	if( v <= 0.0 )
		return vec2( 0., 0. );
	if( v >= 1.0 )
		return vec2( 1., 1. );
	float vuf;
	float gf = modf( v * 256., vuf );
	return vec2( vuf * Inv255, gf );
}
float unpackRGBAToDepth( const in vec4 v ) {
	return dot( v, UnpackFactors4 );
}
float unpackRGBToDepth( const in vec3 v ) {
	return dot( v, UnpackFactors3 );
}
float unpackRGToDepth( const in vec2 v ) {
	return v.r * UnpackFactors2.r + v.g * UnpackFactors2.g;
}
vec4 pack2HalfToRGBA( const in vec2 v ) {
	vec4 r = vec4( v.x, fract( v.x * 255.0 ), v.y, fract( v.y * 255.0 ) );
	return vec4( r.x - r.y / 255.0, r.y, r.z - r.w / 255.0, r.w );
}
vec2 unpackRGBATo2Half( const in vec4 v ) {
	return vec2( v.x + ( v.y / 255.0 ), v.z + ( v.w / 255.0 ) );
}
float viewZToOrthographicDepth( const in float viewZ, const in float near, const in float far ) {
	return ( viewZ + near ) / ( near - far );
}
float orthographicDepthToViewZ( const in float depth, const in float near, const in float far ) {
	#ifdef USE_REVERSED_DEPTH_BUFFER
	
		return depth * ( far - near ) - far;
	#else
		return depth * ( near - far ) - near;
	#endif
}
float viewZToPerspectiveDepth( const in float viewZ, const in float near, const in float far ) {
	return ( ( near + viewZ ) * far ) / ( ( far - near ) * viewZ );
}
float perspectiveDepthToViewZ( const in float depth, const in float near, const in float far ) {
	
	#ifdef USE_REVERSED_DEPTH_BUFFER
		return ( near * far ) / ( ( near - far ) * depth - near );
	#else
		return ( near * far ) / ( ( far - near ) * depth - far );
	#endif
}`,ag=`#ifdef PREMULTIPLIED_ALPHA
	gl_FragColor.rgb *= gl_FragColor.a;
#endif`,lg=`vec4 mvPosition = vec4( transformed, 1.0 );
#ifdef USE_BATCHING
	mvPosition = batchingMatrix * mvPosition;
#endif
#ifdef USE_INSTANCING
	mvPosition = instanceMatrix * mvPosition;
#endif
mvPosition = modelViewMatrix * mvPosition;
gl_Position = projectionMatrix * mvPosition;`,cg=`#ifdef DITHERING
	gl_FragColor.rgb = dithering( gl_FragColor.rgb );
#endif`,ug=`#ifdef DITHERING
	vec3 dithering( vec3 color ) {
		float grid_position = rand( gl_FragCoord.xy );
		vec3 dither_shift_RGB = vec3( 0.25 / 255.0, -0.25 / 255.0, 0.25 / 255.0 );
		dither_shift_RGB = mix( 2.0 * dither_shift_RGB, -2.0 * dither_shift_RGB, grid_position );
		return color + dither_shift_RGB;
	}
#endif`,hg=`float roughnessFactor = roughness;
#ifdef USE_ROUGHNESSMAP
	vec4 texelRoughness = texture2D( roughnessMap, vRoughnessMapUv );
	roughnessFactor *= texelRoughness.g;
#endif`,dg=`#ifdef USE_ROUGHNESSMAP
	uniform sampler2D roughnessMap;
#endif`,fg=`#if NUM_SPOT_LIGHT_COORDS > 0
	varying vec4 vSpotLightCoord[ NUM_SPOT_LIGHT_COORDS ];
#endif
#if NUM_SPOT_LIGHT_MAPS > 0
	uniform sampler2D spotLightMap[ NUM_SPOT_LIGHT_MAPS ];
#endif
#ifdef USE_SHADOWMAP
	#if NUM_SUN_LIGHT_SHADOWS > 0
		#define SUN_LIGHT_CASCADES 2
		#if defined( SHADOWMAP_TYPE_PCF )
			uniform sampler2DShadow sunShadowMap[ NUM_SUN_LIGHT_SHADOWS ];
		#else
			uniform sampler2D sunShadowMap[ NUM_SUN_LIGHT_SHADOWS ];
		#endif
		uniform mat4 sunShadowMatrix[ NUM_SUN_LIGHT_SHADOWS * SUN_LIGHT_CASCADES ];
		uniform vec4 sunShadowCascade[ NUM_SUN_LIGHT_SHADOWS * SUN_LIGHT_CASCADES ];
		varying vec4 vSunShadowWorldPosition;
		varying vec3 vSunShadowWorldNormal;
		struct SunLightShadow {
			float shadowIntensity;
			float shadowBias;
			float shadowNormalBias;
			float shadowRadius;
			vec2 shadowMapSize;
		};
		uniform SunLightShadow sunLightShadows[ NUM_SUN_LIGHT_SHADOWS ];
	#endif
	#if NUM_DIR_LIGHT_SHADOWS > 0
		#if defined( SHADOWMAP_TYPE_PCF )
			uniform sampler2DShadow directionalShadowMap[ NUM_DIR_LIGHT_SHADOWS ];
		#else
			uniform sampler2D directionalShadowMap[ NUM_DIR_LIGHT_SHADOWS ];
		#endif
		varying vec4 vDirectionalShadowCoord[ NUM_DIR_LIGHT_SHADOWS ];
		struct DirectionalLightShadow {
			float shadowIntensity;
			float shadowBias;
			float shadowNormalBias;
			float shadowRadius;
			vec2 shadowMapSize;
		};
		uniform DirectionalLightShadow directionalLightShadows[ NUM_DIR_LIGHT_SHADOWS ];
	#endif
	#if NUM_SPOT_LIGHT_SHADOWS > 0
		#if defined( SHADOWMAP_TYPE_PCF )
			uniform sampler2DShadow spotShadowMap[ NUM_SPOT_LIGHT_SHADOWS ];
		#else
			uniform sampler2D spotShadowMap[ NUM_SPOT_LIGHT_SHADOWS ];
		#endif
		struct SpotLightShadow {
			float shadowIntensity;
			float shadowBias;
			float shadowNormalBias;
			float shadowRadius;
			vec2 shadowMapSize;
		};
		uniform SpotLightShadow spotLightShadows[ NUM_SPOT_LIGHT_SHADOWS ];
	#endif
	#if NUM_POINT_LIGHT_SHADOWS > 0
		#if defined( SHADOWMAP_TYPE_PCF )
			uniform samplerCubeShadow pointShadowMap[ NUM_POINT_LIGHT_SHADOWS ];
		#elif defined( SHADOWMAP_TYPE_BASIC )
			uniform samplerCube pointShadowMap[ NUM_POINT_LIGHT_SHADOWS ];
		#endif
		varying vec4 vPointShadowCoord[ NUM_POINT_LIGHT_SHADOWS ];
		struct PointLightShadow {
			float shadowIntensity;
			float shadowBias;
			float shadowNormalBias;
			float shadowRadius;
			vec2 shadowMapSize;
			float shadowCameraNear;
			float shadowCameraFar;
		};
		uniform PointLightShadow pointLightShadows[ NUM_POINT_LIGHT_SHADOWS ];
	#endif
	#if defined( SHADOWMAP_TYPE_PCF )
		float interleavedGradientNoise( vec2 position ) {
			return fract( 52.9829189 * fract( dot( position, vec2( 0.06711056, 0.00583715 ) ) ) );
		}
		vec2 vogelDiskSample( int sampleIndex, int samplesCount, float phi ) {
			const float goldenAngle = 2.399963229728653;
			float r = sqrt( ( float( sampleIndex ) + 0.5 ) / float( samplesCount ) );
			float theta = float( sampleIndex ) * goldenAngle + phi;
			return vec2( cos( theta ), sin( theta ) ) * r;
		}
	#endif
	#if defined( SHADOWMAP_TYPE_PCF )
		float getShadow( sampler2DShadow shadowMap, vec2 shadowMapSize, float shadowIntensity, float shadowBias, float shadowRadius, vec4 shadowCoord ) {
			float shadow = 1.0;
			shadowCoord.xyz /= shadowCoord.w;
			#ifdef USE_REVERSED_DEPTH_BUFFER
				shadowCoord.z -= shadowBias;
			#else
				shadowCoord.z += shadowBias;
			#endif
			bool inFrustum = shadowCoord.x >= 0.0 && shadowCoord.x <= 1.0 && shadowCoord.y >= 0.0 && shadowCoord.y <= 1.0;
			bool frustumTest = inFrustum && shadowCoord.z <= 1.0;
			if ( frustumTest ) {
				vec2 texelSize = vec2( 1.0 ) / shadowMapSize;
				vec2 radius = shadowRadius * texelSize;
				float phi = interleavedGradientNoise( gl_FragCoord.xy ) * PI2;
				shadow = (
					texture( shadowMap, vec3( shadowCoord.xy + vogelDiskSample( 0, 5, phi ) * radius, shadowCoord.z ) ) +
					texture( shadowMap, vec3( shadowCoord.xy + vogelDiskSample( 1, 5, phi ) * radius, shadowCoord.z ) ) +
					texture( shadowMap, vec3( shadowCoord.xy + vogelDiskSample( 2, 5, phi ) * radius, shadowCoord.z ) ) +
					texture( shadowMap, vec3( shadowCoord.xy + vogelDiskSample( 3, 5, phi ) * radius, shadowCoord.z ) ) +
					texture( shadowMap, vec3( shadowCoord.xy + vogelDiskSample( 4, 5, phi ) * radius, shadowCoord.z ) )
				) * 0.2;
			}
			return mix( 1.0, shadow, shadowIntensity );
		}
	#elif defined( SHADOWMAP_TYPE_VSM )
		float getShadow( sampler2D shadowMap, vec2 shadowMapSize, float shadowIntensity, float shadowBias, float shadowRadius, vec4 shadowCoord ) {
			float shadow = 1.0;
			shadowCoord.xyz /= shadowCoord.w;
			#ifdef USE_REVERSED_DEPTH_BUFFER
				shadowCoord.z -= shadowBias;
			#else
				shadowCoord.z += shadowBias;
			#endif
			bool inFrustum = shadowCoord.x >= 0.0 && shadowCoord.x <= 1.0 && shadowCoord.y >= 0.0 && shadowCoord.y <= 1.0;
			bool frustumTest = inFrustum && shadowCoord.z <= 1.0;
			if ( frustumTest ) {
				vec2 distribution = texture2D( shadowMap, shadowCoord.xy ).rg;
				float mean = distribution.x;
				float variance = distribution.y * distribution.y;
				#ifdef USE_REVERSED_DEPTH_BUFFER
					float hard_shadow = step( mean, shadowCoord.z );
				#else
					float hard_shadow = step( shadowCoord.z, mean );
				#endif
				
				if ( hard_shadow == 1.0 ) {
					shadow = 1.0;
				} else {
					variance = max( variance, 0.0000001 );
					float d = shadowCoord.z - mean;
					float p_max = variance / ( variance + d * d );
					p_max = clamp( ( p_max - 0.3 ) / 0.65, 0.0, 1.0 );
					shadow = max( hard_shadow, p_max );
				}
			}
			return mix( 1.0, shadow, shadowIntensity );
		}
	#else
		float getShadow( sampler2D shadowMap, vec2 shadowMapSize, float shadowIntensity, float shadowBias, float shadowRadius, vec4 shadowCoord ) {
			float shadow = 1.0;
			shadowCoord.xyz /= shadowCoord.w;
			#ifdef USE_REVERSED_DEPTH_BUFFER
				shadowCoord.z -= shadowBias;
			#else
				shadowCoord.z += shadowBias;
			#endif
			bool inFrustum = shadowCoord.x >= 0.0 && shadowCoord.x <= 1.0 && shadowCoord.y >= 0.0 && shadowCoord.y <= 1.0;
			bool frustumTest = inFrustum && shadowCoord.z <= 1.0;
			if ( frustumTest ) {
				float depth = texture2D( shadowMap, shadowCoord.xy ).r;
				#ifdef USE_REVERSED_DEPTH_BUFFER
					shadow = step( depth, shadowCoord.z );
				#else
					shadow = step( shadowCoord.z, depth );
				#endif
			}
			return mix( 1.0, shadow, shadowIntensity );
		}
	#endif
	#if NUM_SUN_LIGHT_SHADOWS > 0
		float getSunShadow(
			#if defined( SHADOWMAP_TYPE_PCF )
				sampler2DShadow shadowMap,
			#else
				sampler2D shadowMap,
			#endif
			SunLightShadow sunLightShadow,
			int shadowIndex
		) {
			vec4 shadowWorldPosition = vec4( vSunShadowWorldPosition.xyz + vSunShadowWorldNormal * sunLightShadow.shadowNormalBias, 1.0 );
			float viewDepth = vSunShadowWorldPosition.w;
			int cascadeOffset = shadowIndex * SUN_LIGHT_CASCADES;
			float shadow = 1.0;
			for ( int i = SUN_LIGHT_CASCADES - 1; i >= 0; i -- ) {
				vec4 cascade = sunShadowCascade[ cascadeOffset + i ];
				if ( viewDepth >= cascade.x && viewDepth < cascade.y ) {
					float cascadeShadow = getShadow(
						shadowMap,
						sunLightShadow.shadowMapSize,
						sunLightShadow.shadowIntensity,
						sunLightShadow.shadowBias,
						sunLightShadow.shadowRadius,
						sunShadowMatrix[ cascadeOffset + i ] * shadowWorldPosition
					);
					shadow = mix( cascadeShadow, shadow, smoothstep( cascade.z, cascade.y, viewDepth ) );
				}
			}
			return shadow;
		}
	#endif
	#if NUM_POINT_LIGHT_SHADOWS > 0
	#if defined( SHADOWMAP_TYPE_PCF )
	float getPointShadow( samplerCubeShadow shadowMap, vec2 shadowMapSize, float shadowIntensity, float shadowBias, float shadowRadius, vec4 shadowCoord, float shadowCameraNear, float shadowCameraFar ) {
		float shadow = 1.0;
		vec3 lightToPosition = shadowCoord.xyz;
		vec3 bd3D = normalize( lightToPosition );
		vec3 absVec = abs( lightToPosition );
		float viewSpaceZ = max( max( absVec.x, absVec.y ), absVec.z );
		if ( viewSpaceZ - shadowCameraFar <= 0.0 && viewSpaceZ - shadowCameraNear >= 0.0 ) {
			float lightDistance = length( lightToPosition );
			float depthRange = shadowCameraFar - shadowCameraNear;
			#ifdef USE_REVERSED_DEPTH_BUFFER
				float depthA = - shadowCameraNear / depthRange - shadowBias;
				float depthB = shadowCameraNear * shadowCameraFar / ( depthRange * lightDistance );
			#else
				float depthA = shadowCameraFar / depthRange + shadowBias;
				float depthB = - shadowCameraNear * shadowCameraFar / ( depthRange * lightDistance );
			#endif
			float texelSize = shadowRadius / shadowMapSize.x;
			vec3 absDir = abs( bd3D );
			vec3 tangent = absDir.x > absDir.z ? vec3( 0.0, 1.0, 0.0 ) : vec3( 1.0, 0.0, 0.0 );
			tangent = normalize( cross( bd3D, tangent ) );
			vec3 bitangent = cross( bd3D, tangent );
			float phi = interleavedGradientNoise( gl_FragCoord.xy ) * PI2;
			shadow = 0.0;
			for ( int i = 0; i < 5; i ++ ) {
				vec2 offset = vogelDiskSample( i, 5, phi );
				vec3 direction = bd3D + ( tangent * offset.x + bitangent * offset.y ) * texelSize;
				vec3 absDirection = abs( direction );
				float dp = depthA + depthB / max( max( absDirection.x, absDirection.y ), absDirection.z );
				shadow += texture( shadowMap, vec4( direction, dp ) );
			}
			shadow *= 0.2;
		}
		return mix( 1.0, shadow, shadowIntensity );
	}
	#elif defined( SHADOWMAP_TYPE_BASIC )
	float getPointShadow( samplerCube shadowMap, vec2 shadowMapSize, float shadowIntensity, float shadowBias, float shadowRadius, vec4 shadowCoord, float shadowCameraNear, float shadowCameraFar ) {
		float shadow = 1.0;
		vec3 lightToPosition = shadowCoord.xyz;
		vec3 absVec = abs( lightToPosition );
		float viewSpaceZ = max( max( absVec.x, absVec.y ), absVec.z );
		if ( viewSpaceZ - shadowCameraFar <= 0.0 && viewSpaceZ - shadowCameraNear >= 0.0 ) {
			float dp = ( shadowCameraFar * ( viewSpaceZ - shadowCameraNear ) ) / ( viewSpaceZ * ( shadowCameraFar - shadowCameraNear ) );
			dp += shadowBias;
			vec3 bd3D = normalize( lightToPosition );
			float depth = textureCube( shadowMap, bd3D ).r;
			#ifdef USE_REVERSED_DEPTH_BUFFER
				depth = 1.0 - depth;
			#endif
			shadow = step( dp, depth );
		}
		return mix( 1.0, shadow, shadowIntensity );
	}
	#endif
	#endif
#endif`,pg=`#if NUM_SPOT_LIGHT_COORDS > 0
	uniform mat4 spotLightMatrix[ NUM_SPOT_LIGHT_COORDS ];
	varying vec4 vSpotLightCoord[ NUM_SPOT_LIGHT_COORDS ];
#endif
#ifdef USE_SHADOWMAP
	#if NUM_SUN_LIGHT_SHADOWS > 0
		varying vec4 vSunShadowWorldPosition;
		varying vec3 vSunShadowWorldNormal;
	#endif
	#if NUM_DIR_LIGHT_SHADOWS > 0
		uniform mat4 directionalShadowMatrix[ NUM_DIR_LIGHT_SHADOWS ];
		varying vec4 vDirectionalShadowCoord[ NUM_DIR_LIGHT_SHADOWS ];
		struct DirectionalLightShadow {
			float shadowIntensity;
			float shadowBias;
			float shadowNormalBias;
			float shadowRadius;
			vec2 shadowMapSize;
		};
		uniform DirectionalLightShadow directionalLightShadows[ NUM_DIR_LIGHT_SHADOWS ];
	#endif
	#if NUM_SPOT_LIGHT_SHADOWS > 0
		struct SpotLightShadow {
			float shadowIntensity;
			float shadowBias;
			float shadowNormalBias;
			float shadowRadius;
			vec2 shadowMapSize;
		};
		uniform SpotLightShadow spotLightShadows[ NUM_SPOT_LIGHT_SHADOWS ];
	#endif
	#if NUM_POINT_LIGHT_SHADOWS > 0
		uniform mat4 pointShadowMatrix[ NUM_POINT_LIGHT_SHADOWS ];
		varying vec4 vPointShadowCoord[ NUM_POINT_LIGHT_SHADOWS ];
		struct PointLightShadow {
			float shadowIntensity;
			float shadowBias;
			float shadowNormalBias;
			float shadowRadius;
			vec2 shadowMapSize;
			float shadowCameraNear;
			float shadowCameraFar;
		};
		uniform PointLightShadow pointLightShadows[ NUM_POINT_LIGHT_SHADOWS ];
	#endif
#endif`,mg=`#if ( defined( USE_SHADOWMAP ) && ( NUM_DIR_LIGHT_SHADOWS > 0 || NUM_SUN_LIGHT_SHADOWS > 0 || NUM_POINT_LIGHT_SHADOWS > 0 ) ) || ( NUM_SPOT_LIGHT_COORDS > 0 )
	#ifdef HAS_NORMAL
		vec3 shadowWorldNormal = transformNormalByInverseViewMatrix( transformedNormal, viewMatrix );
	#else
		vec3 shadowWorldNormal = vec3( 0.0 );
	#endif
	vec4 shadowWorldPosition;
#endif
#if defined( USE_SHADOWMAP )
	#if NUM_SUN_LIGHT_SHADOWS > 0
		vSunShadowWorldPosition = vec4( worldPosition.xyz, - mvPosition.z );
		vSunShadowWorldNormal = shadowWorldNormal;
	#endif
	#if NUM_DIR_LIGHT_SHADOWS > 0
		#pragma unroll_loop_start
		for ( int i = 0; i < NUM_DIR_LIGHT_SHADOWS; i ++ ) {
			shadowWorldPosition = worldPosition + vec4( shadowWorldNormal * directionalLightShadows[ i ].shadowNormalBias, 0 );
			vDirectionalShadowCoord[ i ] = directionalShadowMatrix[ i ] * shadowWorldPosition;
		}
		#pragma unroll_loop_end
	#endif
	#if NUM_POINT_LIGHT_SHADOWS > 0
		#pragma unroll_loop_start
		for ( int i = 0; i < NUM_POINT_LIGHT_SHADOWS; i ++ ) {
			shadowWorldPosition = worldPosition + vec4( shadowWorldNormal * pointLightShadows[ i ].shadowNormalBias, 0 );
			vPointShadowCoord[ i ] = pointShadowMatrix[ i ] * shadowWorldPosition;
		}
		#pragma unroll_loop_end
	#endif
#endif
#if NUM_SPOT_LIGHT_COORDS > 0
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_SPOT_LIGHT_COORDS; i ++ ) {
		shadowWorldPosition = worldPosition;
		#if ( defined( USE_SHADOWMAP ) && UNROLLED_LOOP_INDEX < NUM_SPOT_LIGHT_SHADOWS )
			shadowWorldPosition.xyz += shadowWorldNormal * spotLightShadows[ i ].shadowNormalBias;
		#endif
		vSpotLightCoord[ i ] = spotLightMatrix[ i ] * shadowWorldPosition;
	}
	#pragma unroll_loop_end
#endif`,gg=`float getShadowMask() {
	float shadow = 1.0;
	#ifdef USE_SHADOWMAP
	#if NUM_SUN_LIGHT_SHADOWS > 0
	SunLightShadow sunLight;
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_SUN_LIGHT_SHADOWS; i ++ ) {
		sunLight = sunLightShadows[ i ];
		shadow *= receiveShadow ? getSunShadow( sunShadowMap[ i ], sunLight, UNROLLED_LOOP_INDEX ) : 1.0;
	}
	#pragma unroll_loop_end
	#endif
	#if NUM_DIR_LIGHT_SHADOWS > 0
	DirectionalLightShadow directionalLight;
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_DIR_LIGHT_SHADOWS; i ++ ) {
		directionalLight = directionalLightShadows[ i ];
		shadow *= receiveShadow ? getShadow( directionalShadowMap[ i ], directionalLight.shadowMapSize, directionalLight.shadowIntensity, directionalLight.shadowBias, directionalLight.shadowRadius, vDirectionalShadowCoord[ i ] ) : 1.0;
	}
	#pragma unroll_loop_end
	#endif
	#if NUM_SPOT_LIGHT_SHADOWS > 0
	SpotLightShadow spotLight;
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_SPOT_LIGHT_SHADOWS; i ++ ) {
		spotLight = spotLightShadows[ i ];
		shadow *= receiveShadow ? getShadow( spotShadowMap[ i ], spotLight.shadowMapSize, spotLight.shadowIntensity, spotLight.shadowBias, spotLight.shadowRadius, vSpotLightCoord[ i ] ) : 1.0;
	}
	#pragma unroll_loop_end
	#endif
	#if NUM_POINT_LIGHT_SHADOWS > 0 && ( defined( SHADOWMAP_TYPE_PCF ) || defined( SHADOWMAP_TYPE_BASIC ) )
	PointLightShadow pointLight;
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_POINT_LIGHT_SHADOWS; i ++ ) {
		pointLight = pointLightShadows[ i ];
		shadow *= receiveShadow ? getPointShadow( pointShadowMap[ i ], pointLight.shadowMapSize, pointLight.shadowIntensity, pointLight.shadowBias, pointLight.shadowRadius, vPointShadowCoord[ i ], pointLight.shadowCameraNear, pointLight.shadowCameraFar ) : 1.0;
	}
	#pragma unroll_loop_end
	#endif
	#endif
	return shadow;
}`,xg=`#ifdef USE_SKINNING
	mat4 boneMatX = getBoneMatrix( skinIndex.x );
	mat4 boneMatY = getBoneMatrix( skinIndex.y );
	mat4 boneMatZ = getBoneMatrix( skinIndex.z );
	mat4 boneMatW = getBoneMatrix( skinIndex.w );
#endif`,yg=`#ifdef USE_SKINNING
	uniform mat4 bindMatrix;
	uniform mat4 bindMatrixInverse;
	uniform highp sampler2D boneTexture;
	mat4 getBoneMatrix( const in float i ) {
		int size = textureSize( boneTexture, 0 ).x;
		int j = int( i ) * 4;
		int x = j % size;
		int y = j / size;
		vec4 v1 = texelFetch( boneTexture, ivec2( x, y ), 0 );
		vec4 v2 = texelFetch( boneTexture, ivec2( x + 1, y ), 0 );
		vec4 v3 = texelFetch( boneTexture, ivec2( x + 2, y ), 0 );
		vec4 v4 = texelFetch( boneTexture, ivec2( x + 3, y ), 0 );
		return mat4( v1, v2, v3, v4 );
	}
#endif`,vg=`#ifdef USE_SKINNING
	vec4 skinVertex = bindMatrix * vec4( transformed, 1.0 );
	vec4 skinned = vec4( 0.0 );
	skinned += boneMatX * skinVertex * skinWeight.x;
	skinned += boneMatY * skinVertex * skinWeight.y;
	skinned += boneMatZ * skinVertex * skinWeight.z;
	skinned += boneMatW * skinVertex * skinWeight.w;
	transformed = ( bindMatrixInverse * skinned ).xyz;
#endif`,_g=`#ifdef USE_SKINNING
	mat4 skinMatrix = mat4( 0.0 );
	skinMatrix += skinWeight.x * boneMatX;
	skinMatrix += skinWeight.y * boneMatY;
	skinMatrix += skinWeight.z * boneMatZ;
	skinMatrix += skinWeight.w * boneMatW;
	skinMatrix = bindMatrixInverse * skinMatrix * bindMatrix;
	objectNormal = vec4( skinMatrix * vec4( objectNormal, 0.0 ) ).xyz;
	#ifdef USE_TANGENT
		objectTangent = vec4( skinMatrix * vec4( objectTangent, 0.0 ) ).xyz;
	#endif
#endif`,bg=`float specularStrength;
#ifdef USE_SPECULARMAP
	vec4 texelSpecular = texture2D( specularMap, vSpecularMapUv );
	specularStrength = texelSpecular.r;
#else
	specularStrength = 1.0;
#endif`,Sg=`#ifdef USE_SPECULARMAP
	uniform sampler2D specularMap;
#endif`,Mg=`#if defined( TONE_MAPPING )
	gl_FragColor.rgb = toneMapping( gl_FragColor.rgb );
#endif`,wg=`#ifndef saturate
#define saturate( a ) clamp( a, 0.0, 1.0 )
#endif
uniform float toneMappingExposure;
vec3 LinearToneMapping( vec3 color ) {
	return saturate( toneMappingExposure * color );
}
vec3 ReinhardToneMapping( vec3 color ) {
	color *= toneMappingExposure;
	return saturate( color / ( vec3( 1.0 ) + color ) );
}
vec3 CineonToneMapping( vec3 color ) {
	color *= toneMappingExposure;
	color = max( vec3( 0.0 ), color - 0.004 );
	return pow( ( color * ( 6.2 * color + 0.5 ) ) / ( color * ( 6.2 * color + 1.7 ) + 0.06 ), vec3( 2.2 ) );
}
vec3 RRTAndODTFit( vec3 v ) {
	vec3 a = v * ( v + 0.0245786 ) - 0.000090537;
	vec3 b = v * ( 0.983729 * v + 0.4329510 ) + 0.238081;
	return a / b;
}
vec3 ACESFilmicToneMapping( vec3 color ) {
	const mat3 ACESInputMat = mat3(
		vec3( 0.59719, 0.07600, 0.02840 ),		vec3( 0.35458, 0.90834, 0.13383 ),
		vec3( 0.04823, 0.01566, 0.83777 )
	);
	const mat3 ACESOutputMat = mat3(
		vec3(  1.60475, -0.10208, -0.00327 ),		vec3( -0.53108,  1.10813, -0.07276 ),
		vec3( -0.07367, -0.00605,  1.07602 )
	);
	color *= toneMappingExposure / 0.6;
	color = ACESInputMat * color;
	color = RRTAndODTFit( color );
	color = ACESOutputMat * color;
	return saturate( color );
}
const mat3 LINEAR_REC2020_TO_LINEAR_SRGB = mat3(
	vec3( 1.6605, - 0.1246, - 0.0182 ),
	vec3( - 0.5876, 1.1329, - 0.1006 ),
	vec3( - 0.0728, - 0.0083, 1.1187 )
);
const mat3 LINEAR_SRGB_TO_LINEAR_REC2020 = mat3(
	vec3( 0.6274, 0.0691, 0.0164 ),
	vec3( 0.3293, 0.9195, 0.0880 ),
	vec3( 0.0433, 0.0113, 0.8956 )
);
vec3 agxDefaultContrastApprox( vec3 x ) {
	vec3 x2 = x * x;
	vec3 x4 = x2 * x2;
	return + 15.5 * x4 * x2
		- 40.14 * x4 * x
		+ 31.96 * x4
		- 6.868 * x2 * x
		+ 0.4298 * x2
		+ 0.1191 * x
		- 0.00232;
}
vec3 AgXToneMapping( vec3 color ) {
	const mat3 AgXInsetMatrix = mat3(
		vec3( 0.856627153315983, 0.137318972929847, 0.11189821299995 ),
		vec3( 0.0951212405381588, 0.761241990602591, 0.0767994186031903 ),
		vec3( 0.0482516061458583, 0.101439036467562, 0.811302368396859 )
	);
	const mat3 AgXOutsetMatrix = mat3(
		vec3( 1.1271005818144368, - 0.1413297634984383, - 0.14132976349843826 ),
		vec3( - 0.11060664309660323, 1.157823702216272, - 0.11060664309660294 ),
		vec3( - 0.016493938717834573, - 0.016493938717834257, 1.2519364065950405 )
	);
	const float AgxMinEv = - 12.47393;	const float AgxMaxEv = 4.026069;
	color *= toneMappingExposure;
	color = LINEAR_SRGB_TO_LINEAR_REC2020 * color;
	color = AgXInsetMatrix * color;
	color = max( color, 1e-10 );	color = log2( color );
	color = ( color - AgxMinEv ) / ( AgxMaxEv - AgxMinEv );
	color = clamp( color, 0.0, 1.0 );
	color = agxDefaultContrastApprox( color );
	color = AgXOutsetMatrix * color;
	color = pow( max( vec3( 0.0 ), color ), vec3( 2.2 ) );
	color = LINEAR_REC2020_TO_LINEAR_SRGB * color;
	color = clamp( color, 0.0, 1.0 );
	return color;
}
vec3 NeutralToneMapping( vec3 color ) {
	const float StartCompression = 0.8 - 0.04;
	const float Desaturation = 0.15;
	color *= toneMappingExposure;
	float x = min( color.r, min( color.g, color.b ) );
	float offset = x < 0.08 ? x - 6.25 * x * x : 0.04;
	color -= offset;
	float peak = max( color.r, max( color.g, color.b ) );
	if ( peak < StartCompression ) return color;
	float d = 1. - StartCompression;
	float newPeak = 1. - d * d / ( peak + d - StartCompression );
	color *= newPeak / peak;
	float g = 1. - 1. / ( Desaturation * ( peak - newPeak ) + 1. );
	return mix( color, vec3( newPeak ), g );
}
vec3 CustomToneMapping( vec3 color ) { return color; }`,Ag=`#ifdef USE_TRANSMISSION
	material.transmission = transmission;
	material.transmissionAlpha = 1.0;
	material.thickness = thickness;
	material.attenuationDistance = attenuationDistance;
	material.attenuationColor = attenuationColor;
	#ifdef USE_TRANSMISSIONMAP
		material.transmission *= texture2D( transmissionMap, vTransmissionMapUv ).r;
	#endif
	#ifdef USE_THICKNESSMAP
		material.thickness *= texture2D( thicknessMap, vThicknessMapUv ).g;
	#endif
	vec3 pos = vWorldPosition;
	vec3 v = normalize( cameraPosition - pos );
	vec3 n = transformNormalByInverseViewMatrix( normal, viewMatrix );
	vec4 transmitted = getIBLVolumeRefraction(
		n, v, material.roughness, material.diffuseContribution, material.specularColorBlended, material.specularF90,
		pos, modelMatrix, viewMatrix, projectionMatrix, material.dispersion, material.ior, material.thickness,
		material.attenuationColor, material.attenuationDistance );
	material.transmissionAlpha = mix( material.transmissionAlpha, transmitted.a, material.transmission );
	totalDiffuse = mix( totalDiffuse, transmitted.rgb, material.transmission );
#endif`,Eg=`#ifdef USE_TRANSMISSION
	uniform float transmission;
	uniform float thickness;
	uniform float attenuationDistance;
	uniform vec3 attenuationColor;
	#ifdef USE_TRANSMISSIONMAP
		uniform sampler2D transmissionMap;
	#endif
	#ifdef USE_THICKNESSMAP
		uniform sampler2D thicknessMap;
	#endif
	uniform vec2 transmissionSamplerSize;
	uniform sampler2D transmissionSamplerMap;
	uniform mat4 modelMatrix;
	uniform mat4 projectionMatrix;
	varying vec3 vWorldPosition;
	float w0( float a ) {
		return ( 1.0 / 6.0 ) * ( a * ( a * ( - a + 3.0 ) - 3.0 ) + 1.0 );
	}
	float w1( float a ) {
		return ( 1.0 / 6.0 ) * ( a *  a * ( 3.0 * a - 6.0 ) + 4.0 );
	}
	float w2( float a ){
		return ( 1.0 / 6.0 ) * ( a * ( a * ( - 3.0 * a + 3.0 ) + 3.0 ) + 1.0 );
	}
	float w3( float a ) {
		return ( 1.0 / 6.0 ) * ( a * a * a );
	}
	float g0( float a ) {
		return w0( a ) + w1( a );
	}
	float g1( float a ) {
		return w2( a ) + w3( a );
	}
	float h0( float a ) {
		return - 1.0 + w1( a ) / ( w0( a ) + w1( a ) );
	}
	float h1( float a ) {
		return 1.0 + w3( a ) / ( w2( a ) + w3( a ) );
	}
	vec4 bicubic( sampler2D tex, vec2 uv, vec4 texelSize, float lod ) {
		uv = uv * texelSize.zw + 0.5;
		vec2 iuv = floor( uv );
		vec2 fuv = fract( uv );
		float g0x = g0( fuv.x );
		float g1x = g1( fuv.x );
		float h0x = h0( fuv.x );
		float h1x = h1( fuv.x );
		float h0y = h0( fuv.y );
		float h1y = h1( fuv.y );
		vec2 p0 = ( vec2( iuv.x + h0x, iuv.y + h0y ) - 0.5 ) * texelSize.xy;
		vec2 p1 = ( vec2( iuv.x + h1x, iuv.y + h0y ) - 0.5 ) * texelSize.xy;
		vec2 p2 = ( vec2( iuv.x + h0x, iuv.y + h1y ) - 0.5 ) * texelSize.xy;
		vec2 p3 = ( vec2( iuv.x + h1x, iuv.y + h1y ) - 0.5 ) * texelSize.xy;
		return g0( fuv.y ) * ( g0x * textureLod( tex, p0, lod ) + g1x * textureLod( tex, p1, lod ) ) +
			g1( fuv.y ) * ( g0x * textureLod( tex, p2, lod ) + g1x * textureLod( tex, p3, lod ) );
	}
	vec4 textureBicubic( sampler2D sampler, vec2 uv, float lod ) {
		vec2 fLodSize = vec2( textureSize( sampler, int( lod ) ) );
		vec2 cLodSize = vec2( textureSize( sampler, int( lod + 1.0 ) ) );
		vec2 fLodSizeInv = 1.0 / fLodSize;
		vec2 cLodSizeInv = 1.0 / cLodSize;
		vec4 fSample = bicubic( sampler, uv, vec4( fLodSizeInv, fLodSize ), floor( lod ) );
		vec4 cSample = bicubic( sampler, uv, vec4( cLodSizeInv, cLodSize ), ceil( lod ) );
		return mix( fSample, cSample, fract( lod ) );
	}
	vec3 getVolumeTransmissionRay( const in vec3 n, const in vec3 v, const in float thickness, const in float ior, const in mat4 modelMatrix ) {
		vec3 refractionVector = refract( - v, normalize( n ), 1.0 / ior );
		vec3 modelScale;
		modelScale.x = length( vec3( modelMatrix[ 0 ].xyz ) );
		modelScale.y = length( vec3( modelMatrix[ 1 ].xyz ) );
		modelScale.z = length( vec3( modelMatrix[ 2 ].xyz ) );
		return normalize( refractionVector ) * thickness * modelScale;
	}
	float applyIorToRoughness( const in float roughness, const in float ior ) {
		return roughness * clamp( ior * 2.0 - 2.0, 0.0, 1.0 );
	}
	vec4 getTransmissionSample( const in vec2 fragCoord, const in float roughness, const in float ior ) {
		float lod = log2( transmissionSamplerSize.x ) * applyIorToRoughness( roughness, ior );
		return textureBicubic( transmissionSamplerMap, fragCoord.xy, lod );
	}
	vec3 volumeAttenuation( const in float transmissionDistance, const in vec3 attenuationColor, const in float attenuationDistance ) {
		if ( isinf( attenuationDistance ) ) {
			return vec3( 1.0 );
		} else {
			vec3 attenuationCoefficient = -log( attenuationColor ) / attenuationDistance;
			vec3 transmittance = exp( - attenuationCoefficient * transmissionDistance );			return transmittance;
		}
	}
	vec4 getIBLVolumeRefraction( const in vec3 n, const in vec3 v, const in float roughness, const in vec3 diffuseColor,
		const in vec3 specularColor, const in float specularF90, const in vec3 position, const in mat4 modelMatrix,
		const in mat4 viewMatrix, const in mat4 projMatrix, const in float dispersion, const in float ior, const in float thickness,
		const in vec3 attenuationColor, const in float attenuationDistance ) {
		vec4 transmittedLight;
		vec3 transmittance;
		#ifdef USE_DISPERSION
			float halfSpread = ( ior - 1.0 ) * 0.025 * dispersion;
			vec3 iors = vec3( ior - halfSpread, ior, ior + halfSpread );
			for ( int i = 0; i < 3; i ++ ) {
				vec3 transmissionRay = getVolumeTransmissionRay( n, v, thickness, iors[ i ], modelMatrix );
				vec3 refractedRayExit = position + transmissionRay;
				vec4 ndcPos = projMatrix * viewMatrix * vec4( refractedRayExit, 1.0 );
				vec2 refractionCoords = ndcPos.xy / ndcPos.w;
				refractionCoords += 1.0;
				refractionCoords /= 2.0;
				vec4 transmissionSample = getTransmissionSample( refractionCoords, roughness, iors[ i ] );
				transmittedLight[ i ] = transmissionSample[ i ];
				transmittedLight.a += transmissionSample.a;
				transmittance[ i ] = diffuseColor[ i ] * volumeAttenuation( length( transmissionRay ), attenuationColor, attenuationDistance )[ i ];
			}
			transmittedLight.a /= 3.0;
		#else
			vec3 transmissionRay = getVolumeTransmissionRay( n, v, thickness, ior, modelMatrix );
			vec3 refractedRayExit = position + transmissionRay;
			vec4 ndcPos = projMatrix * viewMatrix * vec4( refractedRayExit, 1.0 );
			vec2 refractionCoords = ndcPos.xy / ndcPos.w;
			refractionCoords += 1.0;
			refractionCoords /= 2.0;
			transmittedLight = getTransmissionSample( refractionCoords, roughness, ior );
			transmittance = diffuseColor * volumeAttenuation( length( transmissionRay ), attenuationColor, attenuationDistance );
		#endif
		vec3 attenuatedColor = transmittance * transmittedLight.rgb;
		vec3 F = EnvironmentBRDF( n, v, specularColor, specularF90, roughness );
		float transmittanceFactor = ( transmittance.r + transmittance.g + transmittance.b ) / 3.0;
		return vec4( ( 1.0 - F ) * attenuatedColor, 1.0 - ( 1.0 - transmittedLight.a ) * transmittanceFactor );
	}
#endif`,Tg=`#if defined( USE_UV ) || defined( USE_ANISOTROPY )
	varying vec2 vUv;
#endif
#ifdef USE_MAP
	varying vec2 vMapUv;
#endif
#ifdef USE_ALPHAMAP
	varying vec2 vAlphaMapUv;
#endif
#ifdef USE_LIGHTMAP
	varying vec2 vLightMapUv;
#endif
#ifdef USE_AOMAP
	varying vec2 vAoMapUv;
#endif
#ifdef USE_BUMPMAP
	varying vec2 vBumpMapUv;
#endif
#ifdef USE_NORMALMAP
	varying vec2 vNormalMapUv;
#endif
#ifdef USE_EMISSIVEMAP
	varying vec2 vEmissiveMapUv;
#endif
#ifdef USE_METALNESSMAP
	varying vec2 vMetalnessMapUv;
#endif
#ifdef USE_ROUGHNESSMAP
	varying vec2 vRoughnessMapUv;
#endif
#ifdef USE_DIFFUSE_ROUGHNESSMAP
	varying vec2 vDiffuseRoughnessMapUv;
#endif
#ifdef USE_ANISOTROPYMAP
	varying vec2 vAnisotropyMapUv;
#endif
#ifdef USE_CLEARCOATMAP
	varying vec2 vClearcoatMapUv;
#endif
#ifdef USE_CLEARCOAT_NORMALMAP
	varying vec2 vClearcoatNormalMapUv;
#endif
#ifdef USE_CLEARCOAT_ROUGHNESSMAP
	varying vec2 vClearcoatRoughnessMapUv;
#endif
#ifdef USE_IRIDESCENCEMAP
	varying vec2 vIridescenceMapUv;
#endif
#ifdef USE_IRIDESCENCE_THICKNESSMAP
	varying vec2 vIridescenceThicknessMapUv;
#endif
#ifdef USE_SHEEN_COLORMAP
	varying vec2 vSheenColorMapUv;
#endif
#ifdef USE_SHEEN_ROUGHNESSMAP
	varying vec2 vSheenRoughnessMapUv;
#endif
#ifdef USE_SPECULARMAP
	varying vec2 vSpecularMapUv;
#endif
#ifdef USE_SPECULAR_COLORMAP
	varying vec2 vSpecularColorMapUv;
#endif
#ifdef USE_SPECULAR_INTENSITYMAP
	varying vec2 vSpecularIntensityMapUv;
#endif
#ifdef USE_TRANSMISSIONMAP
	uniform mat3 transmissionMapTransform;
	varying vec2 vTransmissionMapUv;
#endif
#ifdef USE_THICKNESSMAP
	uniform mat3 thicknessMapTransform;
	varying vec2 vThicknessMapUv;
#endif`,Cg=`#if defined( USE_UV ) || defined( USE_ANISOTROPY )
	varying vec2 vUv;
#endif
#ifdef USE_MAP
	uniform mat3 mapTransform;
	varying vec2 vMapUv;
#endif
#ifdef USE_ALPHAMAP
	uniform mat3 alphaMapTransform;
	varying vec2 vAlphaMapUv;
#endif
#ifdef USE_LIGHTMAP
	uniform mat3 lightMapTransform;
	varying vec2 vLightMapUv;
#endif
#ifdef USE_AOMAP
	uniform mat3 aoMapTransform;
	varying vec2 vAoMapUv;
#endif
#ifdef USE_BUMPMAP
	uniform mat3 bumpMapTransform;
	varying vec2 vBumpMapUv;
#endif
#ifdef USE_NORMALMAP
	uniform mat3 normalMapTransform;
	varying vec2 vNormalMapUv;
#endif
#ifdef USE_DISPLACEMENTMAP
	uniform mat3 displacementMapTransform;
	varying vec2 vDisplacementMapUv;
#endif
#ifdef USE_EMISSIVEMAP
	uniform mat3 emissiveMapTransform;
	varying vec2 vEmissiveMapUv;
#endif
#ifdef USE_METALNESSMAP
	uniform mat3 metalnessMapTransform;
	varying vec2 vMetalnessMapUv;
#endif
#ifdef USE_ROUGHNESSMAP
	uniform mat3 roughnessMapTransform;
	varying vec2 vRoughnessMapUv;
#endif
#ifdef USE_DIFFUSE_ROUGHNESSMAP
	uniform mat3 diffuseRoughnessMapTransform;
	varying vec2 vDiffuseRoughnessMapUv;
#endif
#ifdef USE_ANISOTROPYMAP
	uniform mat3 anisotropyMapTransform;
	varying vec2 vAnisotropyMapUv;
#endif
#ifdef USE_CLEARCOATMAP
	uniform mat3 clearcoatMapTransform;
	varying vec2 vClearcoatMapUv;
#endif
#ifdef USE_CLEARCOAT_NORMALMAP
	uniform mat3 clearcoatNormalMapTransform;
	varying vec2 vClearcoatNormalMapUv;
#endif
#ifdef USE_CLEARCOAT_ROUGHNESSMAP
	uniform mat3 clearcoatRoughnessMapTransform;
	varying vec2 vClearcoatRoughnessMapUv;
#endif
#ifdef USE_SHEEN_COLORMAP
	uniform mat3 sheenColorMapTransform;
	varying vec2 vSheenColorMapUv;
#endif
#ifdef USE_SHEEN_ROUGHNESSMAP
	uniform mat3 sheenRoughnessMapTransform;
	varying vec2 vSheenRoughnessMapUv;
#endif
#ifdef USE_IRIDESCENCEMAP
	uniform mat3 iridescenceMapTransform;
	varying vec2 vIridescenceMapUv;
#endif
#ifdef USE_IRIDESCENCE_THICKNESSMAP
	uniform mat3 iridescenceThicknessMapTransform;
	varying vec2 vIridescenceThicknessMapUv;
#endif
#ifdef USE_SPECULARMAP
	uniform mat3 specularMapTransform;
	varying vec2 vSpecularMapUv;
#endif
#ifdef USE_SPECULAR_COLORMAP
	uniform mat3 specularColorMapTransform;
	varying vec2 vSpecularColorMapUv;
#endif
#ifdef USE_SPECULAR_INTENSITYMAP
	uniform mat3 specularIntensityMapTransform;
	varying vec2 vSpecularIntensityMapUv;
#endif
#ifdef USE_TRANSMISSIONMAP
	uniform mat3 transmissionMapTransform;
	varying vec2 vTransmissionMapUv;
#endif
#ifdef USE_THICKNESSMAP
	uniform mat3 thicknessMapTransform;
	varying vec2 vThicknessMapUv;
#endif`,Rg=`#if defined( USE_UV ) || defined( USE_ANISOTROPY )
	vUv = vec3( uv, 1 ).xy;
#endif
#ifdef USE_MAP
	vMapUv = ( mapTransform * vec3( MAP_UV, 1 ) ).xy;
#endif
#ifdef USE_ALPHAMAP
	vAlphaMapUv = ( alphaMapTransform * vec3( ALPHAMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_LIGHTMAP
	vLightMapUv = ( lightMapTransform * vec3( LIGHTMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_AOMAP
	vAoMapUv = ( aoMapTransform * vec3( AOMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_BUMPMAP
	vBumpMapUv = ( bumpMapTransform * vec3( BUMPMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_NORMALMAP
	vNormalMapUv = ( normalMapTransform * vec3( NORMALMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_DISPLACEMENTMAP
	vDisplacementMapUv = ( displacementMapTransform * vec3( DISPLACEMENTMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_EMISSIVEMAP
	vEmissiveMapUv = ( emissiveMapTransform * vec3( EMISSIVEMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_METALNESSMAP
	vMetalnessMapUv = ( metalnessMapTransform * vec3( METALNESSMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_ROUGHNESSMAP
	vRoughnessMapUv = ( roughnessMapTransform * vec3( ROUGHNESSMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_DIFFUSE_ROUGHNESSMAP
	vDiffuseRoughnessMapUv = ( diffuseRoughnessMapTransform * vec3( DIFFUSE_ROUGHNESSMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_ANISOTROPYMAP
	vAnisotropyMapUv = ( anisotropyMapTransform * vec3( ANISOTROPYMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_CLEARCOATMAP
	vClearcoatMapUv = ( clearcoatMapTransform * vec3( CLEARCOATMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_CLEARCOAT_NORMALMAP
	vClearcoatNormalMapUv = ( clearcoatNormalMapTransform * vec3( CLEARCOAT_NORMALMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_CLEARCOAT_ROUGHNESSMAP
	vClearcoatRoughnessMapUv = ( clearcoatRoughnessMapTransform * vec3( CLEARCOAT_ROUGHNESSMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_IRIDESCENCEMAP
	vIridescenceMapUv = ( iridescenceMapTransform * vec3( IRIDESCENCEMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_IRIDESCENCE_THICKNESSMAP
	vIridescenceThicknessMapUv = ( iridescenceThicknessMapTransform * vec3( IRIDESCENCE_THICKNESSMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_SHEEN_COLORMAP
	vSheenColorMapUv = ( sheenColorMapTransform * vec3( SHEEN_COLORMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_SHEEN_ROUGHNESSMAP
	vSheenRoughnessMapUv = ( sheenRoughnessMapTransform * vec3( SHEEN_ROUGHNESSMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_SPECULARMAP
	vSpecularMapUv = ( specularMapTransform * vec3( SPECULARMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_SPECULAR_COLORMAP
	vSpecularColorMapUv = ( specularColorMapTransform * vec3( SPECULAR_COLORMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_SPECULAR_INTENSITYMAP
	vSpecularIntensityMapUv = ( specularIntensityMapTransform * vec3( SPECULAR_INTENSITYMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_TRANSMISSIONMAP
	vTransmissionMapUv = ( transmissionMapTransform * vec3( TRANSMISSIONMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_THICKNESSMAP
	vThicknessMapUv = ( thicknessMapTransform * vec3( THICKNESSMAP_UV, 1 ) ).xy;
#endif`,Pg=`#if defined( USE_ENVMAP ) || defined( DISTANCE ) || defined ( USE_SHADOWMAP ) || defined ( USE_TRANSMISSION ) || NUM_SPOT_LIGHT_COORDS > 0
	vec4 worldPosition = vec4( transformed, 1.0 );
	#ifdef USE_BATCHING
		worldPosition = batchingMatrix * worldPosition;
	#endif
	#ifdef USE_INSTANCING
		worldPosition = instanceMatrix * worldPosition;
	#endif
	worldPosition = modelMatrix * worldPosition;
#endif`,Ig=`varying vec2 vUv;
uniform mat3 uvTransform;
void main() {
	vUv = ( uvTransform * vec3( uv, 1 ) ).xy;
	gl_Position = vec4( position.xy, 1.0, 1.0 );
}`,Lg=`uniform sampler2D t2D;
uniform float backgroundIntensity;
varying vec2 vUv;
void main() {
	vec4 texColor = texture2D( t2D, vUv );
	#ifdef DECODE_VIDEO_TEXTURE
		texColor = vec4( mix( pow( texColor.rgb * 0.9478672986 + vec3( 0.0521327014 ), vec3( 2.4 ) ), texColor.rgb * 0.0773993808, vec3( lessThanEqual( texColor.rgb, vec3( 0.04045 ) ) ) ), texColor.w );
	#endif
	texColor.rgb *= backgroundIntensity;
	gl_FragColor = texColor;
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
}`,Ng=`varying vec3 vWorldDirection;
#include <common>
void main() {
	vWorldDirection = transformDirection( position, modelMatrix );
	#include <begin_vertex>
	#include <project_vertex>
	gl_Position.z = gl_Position.w;
}`,Dg=`uniform float backgroundBlurriness;
uniform float backgroundIntensity;
uniform mat3 backgroundRotation;
varying vec3 vWorldDirection;
#include <envmap_common_pars_fragment>
void main() {
	#ifdef ENVMAP_TYPE_PMREM
		vec4 texColor = textureLod( envMap, backgroundRotation * vWorldDirection, roughnessToMip( backgroundBlurriness ) );
	#else
		vec4 texColor = textureCube( envMap, backgroundRotation * vWorldDirection );
	#endif
	texColor.rgb *= backgroundIntensity;
	gl_FragColor = texColor;
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
}`,Fg=`varying vec3 vWorldDirection;
#include <common>
void main() {
	vWorldDirection = transformDirection( position, modelMatrix );
	#include <begin_vertex>
	#include <project_vertex>
	gl_Position.z = gl_Position.w;
}`,Ug=`uniform samplerCube tCube;
uniform float tFlip;
uniform float opacity;
varying vec3 vWorldDirection;
void main() {
	vec4 texColor = textureCube( tCube, vec3( tFlip * vWorldDirection.x, vWorldDirection.yz ) );
	gl_FragColor = texColor;
	gl_FragColor.a *= opacity;
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
}`,Og=`#include <common>
#include <batching_pars_vertex>
#include <uv_pars_vertex>
#include <displacementmap_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
varying vec2 vHighPrecisionZW;
void main() {
	#include <uv_vertex>
	#include <batching_vertex>
	#include <skinbase_vertex>
	#include <morphinstance_vertex>
	#ifdef USE_DISPLACEMENTMAP
		#include <beginnormal_vertex>
		#include <morphnormal_vertex>
		#include <skinnormal_vertex>
	#endif
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <displacementmap_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	vHighPrecisionZW = gl_Position.zw;
}`,Bg=`#if DEPTH_PACKING == 3200
	uniform float opacity;
#endif
#include <common>
#include <packing>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphamap_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
varying vec2 vHighPrecisionZW;
void main() {
	vec4 diffuseColor = vec4( 1.0 );
	#include <clipping_planes_fragment>
	#if DEPTH_PACKING == 3200
		diffuseColor.a = opacity;
	#endif
	#include <map_fragment>
	#include <alphamap_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	#include <logdepthbuf_fragment>
	#ifdef USE_REVERSED_DEPTH_BUFFER
		float fragCoordZ = vHighPrecisionZW[ 0 ] / vHighPrecisionZW[ 1 ];
	#else
		float fragCoordZ = 0.5 * vHighPrecisionZW[ 0 ] / vHighPrecisionZW[ 1 ] + 0.5;
	#endif
	#if DEPTH_PACKING == 3200
		gl_FragColor = vec4( vec3( 1.0 - fragCoordZ ), opacity );
	#elif DEPTH_PACKING == 3201
		gl_FragColor = packDepthToRGBA( fragCoordZ );
	#elif DEPTH_PACKING == 3202
		gl_FragColor = vec4( packDepthToRGB( fragCoordZ ), 1.0 );
	#elif DEPTH_PACKING == 3203
		gl_FragColor = vec4( packDepthToRG( fragCoordZ ), 0.0, 1.0 );
	#endif
}`,kg=`#define DISTANCE
varying vec3 vWorldPosition;
#include <common>
#include <batching_pars_vertex>
#include <uv_pars_vertex>
#include <displacementmap_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	#include <uv_vertex>
	#include <batching_vertex>
	#include <skinbase_vertex>
	#include <morphinstance_vertex>
	#ifdef USE_DISPLACEMENTMAP
		#include <beginnormal_vertex>
		#include <morphnormal_vertex>
		#include <skinnormal_vertex>
	#endif
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <displacementmap_vertex>
	#include <project_vertex>
	#include <worldpos_vertex>
	#include <clipping_planes_vertex>
	vWorldPosition = worldPosition.xyz;
}`,zg=`#define DISTANCE
uniform vec3 referencePosition;
uniform float nearDistance;
uniform float farDistance;
varying vec3 vWorldPosition;
#include <common>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphamap_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( 1.0 );
	#include <clipping_planes_fragment>
	#include <map_fragment>
	#include <alphamap_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	float dist = length( vWorldPosition - referencePosition );
	dist = ( dist - nearDistance ) / ( farDistance - nearDistance );
	dist = saturate( dist );
	gl_FragColor = vec4( dist, 0.0, 0.0, 1.0 );
}`,Vg=`varying vec3 vWorldDirection;
#include <common>
void main() {
	vWorldDirection = transformDirection( position, modelMatrix );
	#include <begin_vertex>
	#include <project_vertex>
}`,Hg=`uniform sampler2D tEquirect;
varying vec3 vWorldDirection;
#include <common>
void main() {
	vec3 direction = normalize( vWorldDirection );
	vec2 sampleUV = equirectUv( direction );
	gl_FragColor = texture2D( tEquirect, sampleUV );
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
}`,Gg=`uniform float scale;
attribute float lineDistance;
varying float vLineDistance;
#include <common>
#include <uv_pars_vertex>
#include <color_pars_vertex>
#include <fog_pars_vertex>
#include <morphtarget_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	vLineDistance = scale * lineDistance;
	#include <uv_vertex>
	#include <color_vertex>
	#include <morphinstance_vertex>
	#include <morphcolor_vertex>
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	#include <fog_vertex>
}`,Wg=`uniform vec3 diffuse;
uniform float opacity;
uniform float dashSize;
uniform float totalSize;
varying float vLineDistance;
#include <common>
#include <color_pars_fragment>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <fog_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( diffuse, opacity );
	#include <clipping_planes_fragment>
	if ( mod( vLineDistance, totalSize ) > dashSize ) {
		discard;
	}
	vec3 outgoingLight = vec3( 0.0 );
	#include <logdepthbuf_fragment>
	#include <map_fragment>
	#include <color_fragment>
	outgoingLight = diffuseColor.rgb;
	#include <opaque_fragment>
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
	#include <premultiplied_alpha_fragment>
}`,Xg=`#include <common>
#include <batching_pars_vertex>
#include <uv_pars_vertex>
#include <envmap_pars_vertex>
#include <color_pars_vertex>
#include <fog_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	#include <uv_vertex>
	#include <color_vertex>
	#include <morphinstance_vertex>
	#include <morphcolor_vertex>
	#include <batching_vertex>
	#if defined ( USE_ENVMAP ) || defined ( USE_SKINNING )
		#include <beginnormal_vertex>
		#include <morphnormal_vertex>
		#include <skinbase_vertex>
		#include <skinnormal_vertex>
		#include <defaultnormal_vertex>
	#endif
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	#include <worldpos_vertex>
	#include <envmap_vertex>
	#include <fog_vertex>
}`,qg=`uniform vec3 diffuse;
uniform float opacity;
#ifndef FLAT_SHADED
	varying vec3 vNormal;
#endif
#include <common>
#include <dithering_pars_fragment>
#include <color_pars_fragment>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphamap_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <aomap_pars_fragment>
#include <lightmap_pars_fragment>
#include <envmap_common_pars_fragment>
#include <envmap_pars_fragment>
#include <fog_pars_fragment>
#include <specularmap_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( diffuse, opacity );
	#include <clipping_planes_fragment>
	#include <logdepthbuf_fragment>
	#include <map_fragment>
	#include <color_fragment>
	#include <alphamap_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	#include <specularmap_fragment>
	ReflectedLight reflectedLight = ReflectedLight( vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ) );
	#ifdef USE_LIGHTMAP
		vec4 lightMapTexel = texture2D( lightMap, vLightMapUv );
		reflectedLight.indirectDiffuse += lightMapTexel.rgb * lightMapIntensity * RECIPROCAL_PI;
	#else
		reflectedLight.indirectDiffuse += vec3( 1.0 );
	#endif
	#include <aomap_fragment>
	reflectedLight.indirectDiffuse *= diffuseColor.rgb;
	vec3 outgoingLight = reflectedLight.indirectDiffuse;
	#include <envmap_fragment>
	#include <opaque_fragment>
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
	#include <premultiplied_alpha_fragment>
	#include <dithering_fragment>
}`,$g=`#define LAMBERT
varying vec3 vViewPosition;
#include <common>
#include <batching_pars_vertex>
#include <uv_pars_vertex>
#include <displacementmap_pars_vertex>
#include <envmap_pars_vertex>
#include <color_pars_vertex>
#include <fog_pars_vertex>
#include <normal_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <shadowmap_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	#include <uv_vertex>
	#include <color_vertex>
	#include <morphinstance_vertex>
	#include <morphcolor_vertex>
	#include <batching_vertex>
	#include <beginnormal_vertex>
	#include <morphnormal_vertex>
	#include <skinbase_vertex>
	#include <skinnormal_vertex>
	#include <defaultnormal_vertex>
	#include <normal_vertex>
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <displacementmap_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	vViewPosition = - mvPosition.xyz;
	#include <worldpos_vertex>
	#include <envmap_vertex>
	#include <shadowmap_vertex>
	#include <fog_vertex>
}`,Yg=`#define LAMBERT
uniform vec3 diffuse;
uniform vec3 emissive;
uniform float opacity;
#include <common>
#include <dithering_pars_fragment>
#include <color_pars_fragment>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphamap_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <aomap_pars_fragment>
#include <lightmap_pars_fragment>
#include <emissivemap_pars_fragment>
#include <envmap_common_pars_fragment>
#include <envmap_pars_fragment>
#include <envmap_physical_pars_fragment>
#include <fog_pars_fragment>
#include <bsdfs>
#include <lights_pars_begin>
#include <normal_pars_fragment>
#include <lights_lambert_pars_fragment>
#include <shadowmap_pars_fragment>
#include <bumpmap_pars_fragment>
#include <normalmap_pars_fragment>
#include <specularmap_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( diffuse, opacity );
	#include <clipping_planes_fragment>
	ReflectedLight reflectedLight = ReflectedLight( vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ) );
	vec3 totalEmissiveRadiance = emissive;
	#include <logdepthbuf_fragment>
	#include <map_fragment>
	#include <color_fragment>
	#include <alphamap_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	#include <specularmap_fragment>
	#include <normal_fragment_begin>
	#include <normal_fragment_maps>
	#include <emissivemap_fragment>
	#include <lights_lambert_fragment>
	#include <lights_fragment_begin>
	#include <lights_fragment_maps>
	#include <lights_fragment_end>
	#include <aomap_fragment>
	vec3 outgoingLight = reflectedLight.directDiffuse + reflectedLight.indirectDiffuse + totalEmissiveRadiance;
	#include <envmap_fragment>
	#include <opaque_fragment>
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
	#include <premultiplied_alpha_fragment>
	#include <dithering_fragment>
}`,Zg=`#define MATCAP
varying vec3 vViewPosition;
#include <common>
#include <batching_pars_vertex>
#include <uv_pars_vertex>
#include <color_pars_vertex>
#include <displacementmap_pars_vertex>
#include <fog_pars_vertex>
#include <normal_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	#include <uv_vertex>
	#include <color_vertex>
	#include <morphinstance_vertex>
	#include <morphcolor_vertex>
	#include <batching_vertex>
	#include <beginnormal_vertex>
	#include <morphnormal_vertex>
	#include <skinbase_vertex>
	#include <skinnormal_vertex>
	#include <defaultnormal_vertex>
	#include <normal_vertex>
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <displacementmap_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	#include <fog_vertex>
	vViewPosition = - mvPosition.xyz;
}`,Jg=`#define MATCAP
uniform vec3 diffuse;
uniform float opacity;
uniform sampler2D matcap;
varying vec3 vViewPosition;
#include <common>
#include <dithering_pars_fragment>
#include <color_pars_fragment>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphamap_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <fog_pars_fragment>
#include <normal_pars_fragment>
#include <bumpmap_pars_fragment>
#include <normalmap_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( diffuse, opacity );
	#include <clipping_planes_fragment>
	#include <logdepthbuf_fragment>
	#include <map_fragment>
	#include <color_fragment>
	#include <alphamap_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	#include <normal_fragment_begin>
	#include <normal_fragment_maps>
	vec3 viewDir = normalize( vViewPosition );
	vec3 x = normalize( vec3( viewDir.z, 0.0, - viewDir.x ) );
	vec3 y = cross( viewDir, x );
	vec2 uv = vec2( dot( x, normal ), dot( y, normal ) ) * 0.495 + 0.5;
	#ifdef USE_MATCAP
		vec4 matcapColor = texture2D( matcap, uv );
	#else
		vec4 matcapColor = vec4( vec3( mix( 0.2, 0.8, uv.y ) ), 1.0 );
	#endif
	vec3 outgoingLight = diffuseColor.rgb * matcapColor.rgb;
	#include <opaque_fragment>
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
	#include <premultiplied_alpha_fragment>
	#include <dithering_fragment>
}`,Kg=`#define NORMAL
#if defined( FLAT_SHADED ) || defined( USE_BUMPMAP ) || defined( USE_NORMALMAP_TANGENTSPACE )
	varying vec3 vViewPosition;
#endif
#include <common>
#include <batching_pars_vertex>
#include <uv_pars_vertex>
#include <displacementmap_pars_vertex>
#include <normal_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	#include <uv_vertex>
	#include <batching_vertex>
	#include <beginnormal_vertex>
	#include <morphinstance_vertex>
	#include <morphnormal_vertex>
	#include <skinbase_vertex>
	#include <skinnormal_vertex>
	#include <defaultnormal_vertex>
	#include <normal_vertex>
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <displacementmap_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
#if defined( FLAT_SHADED ) || defined( USE_BUMPMAP ) || defined( USE_NORMALMAP_TANGENTSPACE )
	vViewPosition = - mvPosition.xyz;
#endif
}`,jg=`#define NORMAL
uniform float opacity;
#if defined( FLAT_SHADED ) || defined( USE_BUMPMAP ) || defined( USE_NORMALMAP_TANGENTSPACE )
	varying vec3 vViewPosition;
#endif
#include <uv_pars_fragment>
#include <normal_pars_fragment>
#include <bumpmap_pars_fragment>
#include <normalmap_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( 0.0, 0.0, 0.0, opacity );
	#include <clipping_planes_fragment>
	#include <logdepthbuf_fragment>
	#include <normal_fragment_begin>
	#include <normal_fragment_maps>
	gl_FragColor = vec4( normalize( normal ) * 0.5 + 0.5, diffuseColor.a );
	#ifdef OPAQUE
		gl_FragColor.a = 1.0;
	#endif
}`,Qg=`#define PHONG
varying vec3 vViewPosition;
#include <common>
#include <batching_pars_vertex>
#include <uv_pars_vertex>
#include <displacementmap_pars_vertex>
#include <envmap_pars_vertex>
#include <color_pars_vertex>
#include <fog_pars_vertex>
#include <normal_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <shadowmap_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	#include <uv_vertex>
	#include <color_vertex>
	#include <morphcolor_vertex>
	#include <batching_vertex>
	#include <beginnormal_vertex>
	#include <morphinstance_vertex>
	#include <morphnormal_vertex>
	#include <skinbase_vertex>
	#include <skinnormal_vertex>
	#include <defaultnormal_vertex>
	#include <normal_vertex>
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <displacementmap_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	vViewPosition = - mvPosition.xyz;
	#include <worldpos_vertex>
	#include <envmap_vertex>
	#include <shadowmap_vertex>
	#include <fog_vertex>
}`,e0=`#define PHONG
uniform vec3 diffuse;
uniform vec3 emissive;
uniform vec3 specular;
uniform float shininess;
uniform float opacity;
#include <common>
#include <dithering_pars_fragment>
#include <color_pars_fragment>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphamap_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <aomap_pars_fragment>
#include <lightmap_pars_fragment>
#include <emissivemap_pars_fragment>
#include <envmap_common_pars_fragment>
#include <envmap_pars_fragment>
#include <envmap_physical_pars_fragment>
#include <fog_pars_fragment>
#include <bsdfs>
#include <lights_pars_begin>
#include <normal_pars_fragment>
#include <lights_phong_pars_fragment>
#include <shadowmap_pars_fragment>
#include <bumpmap_pars_fragment>
#include <normalmap_pars_fragment>
#include <specularmap_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( diffuse, opacity );
	#include <clipping_planes_fragment>
	ReflectedLight reflectedLight = ReflectedLight( vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ) );
	vec3 totalEmissiveRadiance = emissive;
	#include <logdepthbuf_fragment>
	#include <map_fragment>
	#include <color_fragment>
	#include <alphamap_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	#include <specularmap_fragment>
	#include <normal_fragment_begin>
	#include <normal_fragment_maps>
	#include <emissivemap_fragment>
	#include <lights_phong_fragment>
	#include <lights_fragment_begin>
	#include <lights_fragment_maps>
	#include <lights_fragment_end>
	#include <aomap_fragment>
	vec3 outgoingLight = reflectedLight.directDiffuse + reflectedLight.indirectDiffuse + reflectedLight.directSpecular + reflectedLight.indirectSpecular + totalEmissiveRadiance;
	#include <envmap_fragment>
	#include <opaque_fragment>
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
	#include <premultiplied_alpha_fragment>
	#include <dithering_fragment>
}`,t0=`#define STANDARD
varying vec3 vViewPosition;
#ifdef USE_TRANSMISSION
	varying vec3 vWorldPosition;
#endif
#include <common>
#include <batching_pars_vertex>
#include <uv_pars_vertex>
#include <displacementmap_pars_vertex>
#include <color_pars_vertex>
#include <fog_pars_vertex>
#include <normal_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <shadowmap_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	#include <uv_vertex>
	#include <color_vertex>
	#include <morphinstance_vertex>
	#include <morphcolor_vertex>
	#include <batching_vertex>
	#include <beginnormal_vertex>
	#include <morphnormal_vertex>
	#include <skinbase_vertex>
	#include <skinnormal_vertex>
	#include <defaultnormal_vertex>
	#include <normal_vertex>
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <displacementmap_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	vViewPosition = - mvPosition.xyz;
	#include <worldpos_vertex>
	#include <shadowmap_vertex>
	#include <fog_vertex>
#ifdef USE_TRANSMISSION
	vWorldPosition = worldPosition.xyz;
#endif
}`,n0=`#define STANDARD
#ifdef PHYSICAL
	#define IOR
	#define USE_SPECULAR
#endif
uniform vec3 diffuse;
uniform vec3 emissive;
uniform float roughness;
uniform float metalness;
uniform float opacity;
#ifdef IOR
	uniform float ior;
#endif
#ifdef USE_SPECULAR
	uniform float specularIntensity;
	uniform vec3 specularColor;
	#ifdef USE_SPECULAR_COLORMAP
		uniform sampler2D specularColorMap;
	#endif
	#ifdef USE_SPECULAR_INTENSITYMAP
		uniform sampler2D specularIntensityMap;
	#endif
#endif
#ifdef USE_CLEARCOAT
	uniform float clearcoat;
	uniform float clearcoatRoughness;
#endif
#ifdef USE_DIFFUSE_ROUGHNESS
	uniform float diffuseRoughness;
	#ifdef USE_DIFFUSE_ROUGHNESSMAP
		uniform sampler2D diffuseRoughnessMap;
	#endif
#endif
#ifdef USE_DISPERSION
	uniform float dispersion;
#endif
#ifdef USE_RETROREFLECTION
	uniform float retroreflectivity;
#endif
#ifdef USE_IRIDESCENCE
	uniform float iridescence;
	uniform float iridescenceIOR;
	uniform float iridescenceThicknessMinimum;
	uniform float iridescenceThicknessMaximum;
#endif
#ifdef USE_SHEEN
	uniform vec3 sheenColor;
	uniform float sheenRoughness;
	#ifdef USE_SHEEN_COLORMAP
		uniform sampler2D sheenColorMap;
	#endif
	#ifdef USE_SHEEN_ROUGHNESSMAP
		uniform sampler2D sheenRoughnessMap;
	#endif
#endif
#ifdef USE_ANISOTROPY
	uniform vec2 anisotropyVector;
	#ifdef USE_ANISOTROPYMAP
		uniform sampler2D anisotropyMap;
	#endif
#endif
varying vec3 vViewPosition;
#include <common>
#include <dithering_pars_fragment>
#include <color_pars_fragment>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphamap_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <aomap_pars_fragment>
#include <lightmap_pars_fragment>
#include <emissivemap_pars_fragment>
#include <iridescence_fragment>
#include <envmap_common_pars_fragment>
#include <envmap_physical_pars_fragment>
#include <fog_pars_fragment>
#include <lights_pars_begin>
#include <normal_pars_fragment>
#include <lights_physical_pars_fragment>
#include <transmission_pars_fragment>
#include <shadowmap_pars_fragment>
#include <bumpmap_pars_fragment>
#include <normalmap_pars_fragment>
#include <clearcoat_pars_fragment>
#include <iridescence_pars_fragment>
#include <roughnessmap_pars_fragment>
#include <metalnessmap_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( diffuse, opacity );
	#include <clipping_planes_fragment>
	ReflectedLight reflectedLight = ReflectedLight( vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ) );
	vec3 totalEmissiveRadiance = emissive;
	#include <logdepthbuf_fragment>
	#include <map_fragment>
	#include <color_fragment>
	#include <alphamap_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	#include <roughnessmap_fragment>
	#include <metalnessmap_fragment>
	#include <normal_fragment_begin>
	#include <normal_fragment_maps>
	#include <clearcoat_normal_fragment_begin>
	#include <clearcoat_normal_fragment_maps>
	#include <emissivemap_fragment>
	#include <lights_physical_fragment>
	#include <lights_fragment_begin>
	#include <lights_fragment_maps>
	#include <lights_fragment_end>
	#include <aomap_fragment>
	vec3 totalDiffuse = reflectedLight.directDiffuse + reflectedLight.indirectDiffuse;
	vec3 totalSpecular = reflectedLight.directSpecular + reflectedLight.indirectSpecular;
	#include <transmission_fragment>
	vec3 outgoingLight = totalDiffuse + totalSpecular + totalEmissiveRadiance;
	#ifdef USE_SHEEN
 
		outgoingLight = outgoingLight + sheenSpecularDirect + sheenSpecularIndirect;
 
 	#endif
	#ifdef USE_CLEARCOAT
		float dotNVcc = saturate( dot( geometryClearcoatNormal, geometryViewDir ) );
		vec3 Fcc = F_Schlick( material.clearcoatF0, material.clearcoatF90, dotNVcc );
		outgoingLight = outgoingLight * ( 1.0 - material.clearcoat * Fcc ) + ( clearcoatSpecularDirect + clearcoatSpecularIndirect ) * material.clearcoat;
	#endif
	#include <opaque_fragment>
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
	#include <premultiplied_alpha_fragment>
	#include <dithering_fragment>
}`,i0=`#define TOON
varying vec3 vViewPosition;
#include <common>
#include <batching_pars_vertex>
#include <uv_pars_vertex>
#include <displacementmap_pars_vertex>
#include <color_pars_vertex>
#include <fog_pars_vertex>
#include <normal_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <shadowmap_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	#include <uv_vertex>
	#include <color_vertex>
	#include <morphinstance_vertex>
	#include <morphcolor_vertex>
	#include <batching_vertex>
	#include <beginnormal_vertex>
	#include <morphnormal_vertex>
	#include <skinbase_vertex>
	#include <skinnormal_vertex>
	#include <defaultnormal_vertex>
	#include <normal_vertex>
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <displacementmap_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	vViewPosition = - mvPosition.xyz;
	#include <worldpos_vertex>
	#include <shadowmap_vertex>
	#include <fog_vertex>
}`,s0=`#define TOON
uniform vec3 diffuse;
uniform vec3 emissive;
uniform float opacity;
#include <common>
#include <dithering_pars_fragment>
#include <color_pars_fragment>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphamap_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <aomap_pars_fragment>
#include <lightmap_pars_fragment>
#include <emissivemap_pars_fragment>
#include <gradientmap_pars_fragment>
#include <fog_pars_fragment>
#include <bsdfs>
#include <lights_pars_begin>
#include <normal_pars_fragment>
#include <lights_toon_pars_fragment>
#include <shadowmap_pars_fragment>
#include <bumpmap_pars_fragment>
#include <normalmap_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( diffuse, opacity );
	#include <clipping_planes_fragment>
	ReflectedLight reflectedLight = ReflectedLight( vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ) );
	vec3 totalEmissiveRadiance = emissive;
	#include <logdepthbuf_fragment>
	#include <map_fragment>
	#include <color_fragment>
	#include <alphamap_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	#include <normal_fragment_begin>
	#include <normal_fragment_maps>
	#include <emissivemap_fragment>
	#include <lights_toon_fragment>
	#include <lights_fragment_begin>
	#include <lights_fragment_maps>
	#include <lights_fragment_end>
	#include <aomap_fragment>
	vec3 outgoingLight = reflectedLight.directDiffuse + reflectedLight.indirectDiffuse + totalEmissiveRadiance;
	#include <opaque_fragment>
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
	#include <premultiplied_alpha_fragment>
	#include <dithering_fragment>
}`,r0=`uniform float size;
uniform float scale;
#include <common>
#include <color_pars_vertex>
#include <fog_pars_vertex>
#include <morphtarget_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
#ifdef USE_POINTS_UV
	varying vec2 vUv;
	uniform mat3 uvTransform;
#endif
void main() {
	#ifdef USE_POINTS_UV
		vUv = ( uvTransform * vec3( uv, 1 ) ).xy;
	#endif
	#include <color_vertex>
	#include <morphinstance_vertex>
	#include <morphcolor_vertex>
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <project_vertex>
	gl_PointSize = size;
	#ifdef USE_SIZEATTENUATION
		bool isPerspective = isPerspectiveMatrix( projectionMatrix );
		if ( isPerspective ) gl_PointSize *= ( scale / - mvPosition.z );
	#endif
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	#include <worldpos_vertex>
	#include <fog_vertex>
}`,o0=`uniform vec3 diffuse;
uniform float opacity;
#include <common>
#include <color_pars_fragment>
#include <map_particle_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <fog_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( diffuse, opacity );
	#include <clipping_planes_fragment>
	vec3 outgoingLight = vec3( 0.0 );
	#include <logdepthbuf_fragment>
	#include <map_particle_fragment>
	#include <color_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	outgoingLight = diffuseColor.rgb;
	#include <opaque_fragment>
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
	#include <premultiplied_alpha_fragment>
}`,a0=`#include <common>
#include <batching_pars_vertex>
#include <fog_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <shadowmap_pars_vertex>
void main() {
	#include <batching_vertex>
	#include <beginnormal_vertex>
	#include <morphinstance_vertex>
	#include <morphnormal_vertex>
	#include <skinbase_vertex>
	#include <skinnormal_vertex>
	#include <defaultnormal_vertex>
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <worldpos_vertex>
	#include <shadowmap_vertex>
	#include <fog_vertex>
}`,l0=`uniform vec3 color;
uniform float opacity;
#include <common>
#include <fog_pars_fragment>
#include <bsdfs>
#include <lights_pars_begin>
#include <logdepthbuf_pars_fragment>
#include <shadowmap_pars_fragment>
#include <shadowmask_pars_fragment>
void main() {
	#include <logdepthbuf_fragment>
	gl_FragColor = vec4( color, opacity * ( 1.0 - getShadowMask() ) );
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
	#include <premultiplied_alpha_fragment>
}`,c0=`uniform float rotation;
uniform vec2 center;
#include <common>
#include <uv_pars_vertex>
#include <fog_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	#include <uv_vertex>
	vec4 mvPosition = modelViewMatrix[ 3 ];
	vec2 scale = vec2( length( modelMatrix[ 0 ].xyz ), length( modelMatrix[ 1 ].xyz ) );
	#ifndef USE_SIZEATTENUATION
		bool isPerspective = isPerspectiveMatrix( projectionMatrix );
		if ( isPerspective ) scale *= - mvPosition.z;
	#endif
	vec2 alignedPosition = ( position.xy - ( center - vec2( 0.5 ) ) ) * scale;
	vec2 rotatedPosition;
	rotatedPosition.x = cos( rotation ) * alignedPosition.x - sin( rotation ) * alignedPosition.y;
	rotatedPosition.y = sin( rotation ) * alignedPosition.x + cos( rotation ) * alignedPosition.y;
	mvPosition.xy += rotatedPosition;
	gl_Position = projectionMatrix * mvPosition;
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	#include <fog_vertex>
}`,u0=`uniform vec3 diffuse;
uniform float opacity;
#include <common>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphamap_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <fog_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( diffuse, opacity );
	#include <clipping_planes_fragment>
	vec3 outgoingLight = vec3( 0.0 );
	#include <logdepthbuf_fragment>
	#include <map_fragment>
	#include <alphamap_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	outgoingLight = diffuseColor.rgb;
	#include <opaque_fragment>
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
}`,ze={alphahash_fragment:Lp,alphahash_pars_fragment:Np,alphamap_fragment:Dp,alphamap_pars_fragment:Fp,alphatest_fragment:Up,alphatest_pars_fragment:Op,aomap_fragment:Bp,aomap_pars_fragment:kp,batching_pars_vertex:zp,batching_vertex:Vp,begin_vertex:Hp,beginnormal_vertex:Gp,bsdfs:Wp,iridescence_fragment:Xp,bumpmap_pars_fragment:qp,clipping_planes_fragment:$p,clipping_planes_pars_fragment:Yp,clipping_planes_pars_vertex:Zp,clipping_planes_vertex:Jp,color_fragment:Kp,color_pars_fragment:jp,color_pars_vertex:Qp,color_vertex:em,common:tm,defaultnormal_vertex:nm,displacementmap_pars_vertex:im,displacementmap_vertex:sm,emissivemap_fragment:rm,emissivemap_pars_fragment:om,colorspace_fragment:am,colorspace_pars_fragment:lm,envmap_fragment:cm,envmap_common_pars_fragment:um,envmap_pars_fragment:hm,envmap_pars_vertex:dm,envmap_physical_pars_fragment:Mm,envmap_vertex:fm,fog_vertex:pm,fog_pars_vertex:mm,fog_fragment:gm,fog_pars_fragment:xm,gradientmap_pars_fragment:ym,lightmap_pars_fragment:vm,lights_lambert_fragment:_m,lights_lambert_pars_fragment:bm,lights_pars_begin:Sm,lights_toon_fragment:wm,lights_toon_pars_fragment:Am,lights_phong_fragment:Em,lights_phong_pars_fragment:Tm,lights_physical_fragment:Cm,lights_physical_pars_fragment:Rm,lights_fragment_begin:Pm,lights_fragment_maps:Im,lights_fragment_end:Lm,lightprobes_pars_fragment:Nm,logdepthbuf_fragment:Dm,logdepthbuf_pars_fragment:Fm,logdepthbuf_pars_vertex:Um,logdepthbuf_vertex:Om,map_fragment:Bm,map_pars_fragment:km,map_particle_fragment:zm,map_particle_pars_fragment:Vm,metalnessmap_fragment:Hm,metalnessmap_pars_fragment:Gm,morphinstance_vertex:Wm,morphcolor_vertex:Xm,morphnormal_vertex:qm,morphtarget_pars_vertex:$m,morphtarget_vertex:Ym,normal_fragment_begin:Zm,normal_fragment_maps:Jm,normal_pars_fragment:Km,normal_pars_vertex:jm,normal_vertex:Qm,normalmap_pars_fragment:eg,clearcoat_normal_fragment_begin:tg,clearcoat_normal_fragment_maps:ng,clearcoat_pars_fragment:ig,iridescence_pars_fragment:sg,opaque_fragment:rg,packing:og,premultiplied_alpha_fragment:ag,project_vertex:lg,dithering_fragment:cg,dithering_pars_fragment:ug,roughnessmap_fragment:hg,roughnessmap_pars_fragment:dg,shadowmap_pars_fragment:fg,shadowmap_pars_vertex:pg,shadowmap_vertex:mg,shadowmask_pars_fragment:gg,skinbase_vertex:xg,skinning_pars_vertex:yg,skinning_vertex:vg,skinnormal_vertex:_g,specularmap_fragment:bg,specularmap_pars_fragment:Sg,tonemapping_fragment:Mg,tonemapping_pars_fragment:wg,transmission_fragment:Ag,transmission_pars_fragment:Eg,uv_pars_fragment:Tg,uv_pars_vertex:Cg,uv_vertex:Rg,worldpos_vertex:Pg,background_vert:Ig,background_frag:Lg,backgroundCube_vert:Ng,backgroundCube_frag:Dg,cube_vert:Fg,cube_frag:Ug,depth_vert:Og,depth_frag:Bg,distance_vert:kg,distance_frag:zg,equirect_vert:Vg,equirect_frag:Hg,linedashed_vert:Gg,linedashed_frag:Wg,meshbasic_vert:Xg,meshbasic_frag:qg,meshlambert_vert:$g,meshlambert_frag:Yg,meshmatcap_vert:Zg,meshmatcap_frag:Jg,meshnormal_vert:Kg,meshnormal_frag:jg,meshphong_vert:Qg,meshphong_frag:e0,meshphysical_vert:t0,meshphysical_frag:n0,meshtoon_vert:i0,meshtoon_frag:s0,points_vert:r0,points_frag:o0,shadow_vert:a0,shadow_frag:l0,sprite_vert:c0,sprite_frag:u0},be={common:{diffuse:{value:new Ve(16777215)},opacity:{value:1},map:{value:null},mapTransform:{value:new De},alphaMap:{value:null},alphaMapTransform:{value:new De},alphaTest:{value:0}},specularmap:{specularMap:{value:null},specularMapTransform:{value:new De}},envmap:{envMap:{value:null},envMapRotation:{value:new De},reflectivity:{value:1},ior:{value:1.5},refractionRatio:{value:.98},dfgLUT:{value:null}},aomap:{aoMap:{value:null},aoMapIntensity:{value:1},aoMapTransform:{value:new De}},lightmap:{lightMap:{value:null},lightMapIntensity:{value:1},lightMapTransform:{value:new De}},bumpmap:{bumpMap:{value:null},bumpMapTransform:{value:new De},bumpScale:{value:1}},normalmap:{normalMap:{value:null},normalMapTransform:{value:new De},normalScale:{value:new $e(1,1)}},displacementmap:{displacementMap:{value:null},displacementMapTransform:{value:new De},displacementScale:{value:1},displacementBias:{value:0}},emissivemap:{emissiveMap:{value:null},emissiveMapTransform:{value:new De}},metalnessmap:{metalnessMap:{value:null},metalnessMapTransform:{value:new De}},roughnessmap:{roughnessMap:{value:null},roughnessMapTransform:{value:new De}},gradientmap:{gradientMap:{value:null}},fog:{fogDensity:{value:25e-5},fogNear:{value:1},fogFar:{value:2e3},fogColor:{value:new Ve(16777215)}},lights:{ambientLightColor:{value:[]},lightProbe:{value:[]},sunLights:{value:[],properties:{direction:{},color:{}}},sunLightShadows:{value:[],properties:{shadowIntensity:1,shadowBias:{},shadowNormalBias:{},shadowRadius:{},shadowMapSize:{}}},sunShadowMatrix:{value:[]},sunShadowCascade:{value:[]},directionalLights:{value:[],properties:{direction:{},color:{}}},directionalLightShadows:{value:[],properties:{shadowIntensity:1,shadowBias:{},shadowNormalBias:{},shadowRadius:{},shadowMapSize:{}}},directionalShadowMatrix:{value:[]},spotLights:{value:[],properties:{color:{},position:{},direction:{},distance:{},coneCos:{},penumbraCos:{},decay:{}}},spotLightShadows:{value:[],properties:{shadowIntensity:1,shadowBias:{},shadowNormalBias:{},shadowRadius:{},shadowMapSize:{}}},spotLightMap:{value:[]},spotLightMatrix:{value:[]},pointLights:{value:[],properties:{color:{},position:{},decay:{},distance:{}}},pointLightShadows:{value:[],properties:{shadowIntensity:1,shadowBias:{},shadowNormalBias:{},shadowRadius:{},shadowMapSize:{},shadowCameraNear:{},shadowCameraFar:{}}},pointShadowMatrix:{value:[]},hemisphereLights:{value:[],properties:{direction:{},skyColor:{},groundColor:{}}},rectAreaLights:{value:[],properties:{color:{},position:{},width:{},height:{}}},ltc_1:{value:null},ltc_2:{value:null},probesSH:{value:[]},probesMin:{value:[]},probesMax:{value:[]},probesResolution:{value:[]}},points:{diffuse:{value:new Ve(16777215)},opacity:{value:1},size:{value:1},scale:{value:1},map:{value:null},alphaMap:{value:null},alphaMapTransform:{value:new De},alphaTest:{value:0},uvTransform:{value:new De}},sprite:{diffuse:{value:new Ve(16777215)},opacity:{value:1},center:{value:new $e(.5,.5)},rotation:{value:0},map:{value:null},mapTransform:{value:new De},alphaMap:{value:null},alphaMapTransform:{value:new De},alphaTest:{value:0}}},wn={basic:{uniforms:Dt([be.common,be.specularmap,be.envmap,be.aomap,be.lightmap,be.fog]),vertexShader:ze.meshbasic_vert,fragmentShader:ze.meshbasic_frag},lambert:{uniforms:Dt([be.common,be.specularmap,be.envmap,be.aomap,be.lightmap,be.emissivemap,be.bumpmap,be.normalmap,be.displacementmap,be.fog,be.lights,{emissive:{value:new Ve(0)},envMapIntensity:{value:1}}]),vertexShader:ze.meshlambert_vert,fragmentShader:ze.meshlambert_frag},phong:{uniforms:Dt([be.common,be.specularmap,be.envmap,be.aomap,be.lightmap,be.emissivemap,be.bumpmap,be.normalmap,be.displacementmap,be.fog,be.lights,{emissive:{value:new Ve(0)},specular:{value:new Ve(1118481)},shininess:{value:30},envMapIntensity:{value:1}}]),vertexShader:ze.meshphong_vert,fragmentShader:ze.meshphong_frag},standard:{uniforms:Dt([be.common,be.envmap,be.aomap,be.lightmap,be.emissivemap,be.bumpmap,be.normalmap,be.displacementmap,be.roughnessmap,be.metalnessmap,be.fog,be.lights,{emissive:{value:new Ve(0)},roughness:{value:1},metalness:{value:0},envMapIntensity:{value:1}}]),vertexShader:ze.meshphysical_vert,fragmentShader:ze.meshphysical_frag},toon:{uniforms:Dt([be.common,be.aomap,be.lightmap,be.emissivemap,be.bumpmap,be.normalmap,be.displacementmap,be.gradientmap,be.fog,be.lights,{emissive:{value:new Ve(0)}}]),vertexShader:ze.meshtoon_vert,fragmentShader:ze.meshtoon_frag},matcap:{uniforms:Dt([be.common,be.bumpmap,be.normalmap,be.displacementmap,be.fog,{matcap:{value:null}}]),vertexShader:ze.meshmatcap_vert,fragmentShader:ze.meshmatcap_frag},points:{uniforms:Dt([be.points,be.fog]),vertexShader:ze.points_vert,fragmentShader:ze.points_frag},dashed:{uniforms:Dt([be.common,be.fog,{scale:{value:1},dashSize:{value:1},totalSize:{value:2}}]),vertexShader:ze.linedashed_vert,fragmentShader:ze.linedashed_frag},depth:{uniforms:Dt([be.common,be.displacementmap]),vertexShader:ze.depth_vert,fragmentShader:ze.depth_frag},normal:{uniforms:Dt([be.common,be.bumpmap,be.normalmap,be.displacementmap,{opacity:{value:1}}]),vertexShader:ze.meshnormal_vert,fragmentShader:ze.meshnormal_frag},sprite:{uniforms:Dt([be.sprite,be.fog]),vertexShader:ze.sprite_vert,fragmentShader:ze.sprite_frag},background:{uniforms:{uvTransform:{value:new De},t2D:{value:null},backgroundIntensity:{value:1}},vertexShader:ze.background_vert,fragmentShader:ze.background_frag},backgroundCube:{uniforms:{envMap:{value:null},backgroundBlurriness:{value:0},backgroundIntensity:{value:1},backgroundRotation:{value:new De}},vertexShader:ze.backgroundCube_vert,fragmentShader:ze.backgroundCube_frag},cube:{uniforms:{tCube:{value:null},tFlip:{value:-1},opacity:{value:1}},vertexShader:ze.cube_vert,fragmentShader:ze.cube_frag},equirect:{uniforms:{tEquirect:{value:null}},vertexShader:ze.equirect_vert,fragmentShader:ze.equirect_frag},distance:{uniforms:Dt([be.common,be.displacementmap,{referencePosition:{value:new q},nearDistance:{value:1},farDistance:{value:1e3}}]),vertexShader:ze.distance_vert,fragmentShader:ze.distance_frag},shadow:{uniforms:Dt([be.lights,be.fog,{color:{value:new Ve(0)},opacity:{value:1}}]),vertexShader:ze.shadow_vert,fragmentShader:ze.shadow_frag}};wn.physical={uniforms:Dt([wn.standard.uniforms,{clearcoat:{value:0},clearcoatMap:{value:null},clearcoatMapTransform:{value:new De},clearcoatNormalMap:{value:null},clearcoatNormalMapTransform:{value:new De},clearcoatNormalScale:{value:new $e(1,1)},clearcoatRoughness:{value:0},clearcoatRoughnessMap:{value:null},clearcoatRoughnessMapTransform:{value:new De},diffuseRoughness:{value:0},diffuseRoughnessMap:{value:null},diffuseRoughnessMapTransform:{value:new De},dispersion:{value:0},retroreflectivity:{value:0},iridescence:{value:0},iridescenceMap:{value:null},iridescenceMapTransform:{value:new De},iridescenceIOR:{value:1.3},iridescenceThicknessMinimum:{value:100},iridescenceThicknessMaximum:{value:400},iridescenceThicknessMap:{value:null},iridescenceThicknessMapTransform:{value:new De},sheen:{value:0},sheenColor:{value:new Ve(0)},sheenColorMap:{value:null},sheenColorMapTransform:{value:new De},sheenRoughness:{value:1},sheenRoughnessMap:{value:null},sheenRoughnessMapTransform:{value:new De},transmission:{value:0},transmissionMap:{value:null},transmissionMapTransform:{value:new De},transmissionSamplerSize:{value:new $e},transmissionSamplerMap:{value:null},thickness:{value:0},thicknessMap:{value:null},thicknessMapTransform:{value:new De},attenuationDistance:{value:0},attenuationColor:{value:new Ve(0)},specularColor:{value:new Ve(1,1,1)},specularColorMap:{value:null},specularColorMapTransform:{value:new De},specularIntensity:{value:1},specularIntensityMap:{value:null},specularIntensityMapTransform:{value:new De},anisotropyVector:{value:new $e},anisotropyMap:{value:null},anisotropyMapTransform:{value:new De}}]),vertexShader:ze.meshphysical_vert,fragmentShader:ze.meshphysical_frag};var ua={r:0,b:0,g:0},h0=new rt,hd=new De;hd.set(-1,0,0,0,1,0,0,0,1);function d0(i,e,t,n,s,r){let o=new Ve(0),a=s===!0?0:1,c,l,u=null,h=0,d=null;function f(v){let S=v.isScene===!0?v.background:null;if(S&&S.isTexture){let _=v.backgroundBlurriness>0;S=e.get(S,_)}return S}function g(v){let S=!1,_=f(v);_===null?p(o,a):_&&_.isColor&&(p(_,1),S=!0);let A=i.xr.getEnvironmentBlendMode();A==="additive"?t.buffers.color.setClear(0,0,0,1,r):A==="alpha-blend"&&t.buffers.color.setClear(0,0,0,0,r),(i.autoClear||S)&&(t.buffers.depth.setTest(!0),t.buffers.depth.setMask(!0),t.buffers.color.setMask(!0),i.clear(i.autoClearColor,i.autoClearDepth,i.autoClearStencil))}function y(v,S){let _=f(S);_&&_.isCubeTexture?(l===void 0&&(l=new _n(new ts(1,1,1),new sn({name:"BackgroundCubeMaterial",uniforms:Mi(wn.backgroundCube.uniforms),vertexShader:wn.backgroundCube.vertexShader,fragmentShader:wn.backgroundCube.fragmentShader,side:Bt,depthTest:!1,depthWrite:!1,fog:!1,allowOverride:!1})),l.geometry.deleteAttribute("normal"),l.geometry.deleteAttribute("uv"),l.onBeforeRender=function(A,w,x){this.matrixWorld.copyPosition(x.matrixWorld)},Object.defineProperty(l.material,"envMap",{get:function(){return this.uniforms.envMap.value}}),n.update(l)),l.material.uniforms.envMap.value=_,l.material.uniforms.backgroundBlurriness.value=S.backgroundBlurriness,l.material.uniforms.backgroundIntensity.value=S.backgroundIntensity,l.material.uniforms.backgroundRotation.value.setFromMatrix4(h0.makeRotationFromEuler(S.backgroundRotation)).transpose(),_.isRenderTargetTexture===!1&&l.material.uniforms.backgroundRotation.value.premultiply(hd),l.material.toneMapped=Xe.getTransfer(_.colorSpace)!==Je,(u!==_||h!==_.version||d!==i.toneMapping)&&(l.material.needsUpdate=!0,u=_,h=_.version,d=i.toneMapping),l.layers.enableAll(),v.unshift(l,l.geometry,l.material,0,0,null)):_&&_.isTexture&&(c===void 0&&(c=new _n(new Vs(2,2),new sn({name:"BackgroundMaterial",uniforms:Mi(wn.background.uniforms),vertexShader:wn.background.vertexShader,fragmentShader:wn.background.fragmentShader,side:si,depthTest:!1,depthWrite:!1,fog:!1,allowOverride:!1})),c.geometry.deleteAttribute("normal"),Object.defineProperty(c.material,"map",{get:function(){return this.uniforms.t2D.value}}),n.update(c)),c.material.uniforms.t2D.value=_,c.material.uniforms.backgroundIntensity.value=S.backgroundIntensity,c.material.toneMapped=Xe.getTransfer(_.colorSpace)!==Je,_.matrixAutoUpdate===!0&&_.updateMatrix(),c.material.uniforms.uvTransform.value.copy(_.matrix),(u!==_||h!==_.version||d!==i.toneMapping)&&(c.material.needsUpdate=!0,u=_,h=_.version,d=i.toneMapping),c.layers.enableAll(),v.unshift(c,c.geometry,c.material,0,0,null))}function p(v,S){v.getRGB(ua,jl(i)),t.buffers.color.setClear(ua.r,ua.g,ua.b,S,r)}function m(){l!==void 0&&(l.geometry.dispose(),l.material.dispose(),l=void 0),c!==void 0&&(c.geometry.dispose(),c.material.dispose(),c=void 0)}return{getClearColor:function(){return o},setClearColor:function(v,S=1){o.set(v),a=S,p(o,a)},getClearAlpha:function(){return a},setClearAlpha:function(v){a=v,p(o,a)},render:g,addToRenderList:y,dispose:m}}function f0(i,e){let t=i.getParameter(i.MAX_VERTEX_ATTRIBS),n={},s=d(null),r=s,o=!1;function a(R,L,O,P,G){let Z=!1,W=h(R,P,O,L);r!==W&&(r=W,l(r.object)),Z=f(R,P,O,G),Z&&g(R,P,O,G),G!==null&&e.update(G,i.ELEMENT_ARRAY_BUFFER),(Z||o)&&(o=!1,_(R,L,O,P),G!==null&&i.bindBuffer(i.ELEMENT_ARRAY_BUFFER,e.get(G).buffer))}function c(){return i.createVertexArray()}function l(R){return i.bindVertexArray(R)}function u(R){return i.deleteVertexArray(R)}function h(R,L,O,P){let G=P.wireframe===!0,Z=n[L.id];Z===void 0&&(Z={},n[L.id]=Z);let W=R.isInstancedMesh===!0?R.id:0,re=Z[W];re===void 0&&(re={},Z[W]=re);let Y=re[O.id];Y===void 0&&(Y={},re[O.id]=Y);let ee=Y[G];return ee===void 0&&(ee=d(c()),Y[G]=ee),ee}function d(R){let L=[],O=[],P=[];for(let G=0;G<t;G++)L[G]=0,O[G]=0,P[G]=0;return{geometry:null,program:null,wireframe:!1,newAttributes:L,enabledAttributes:O,attributeDivisors:P,object:R,attributes:{},index:null}}function f(R,L,O,P){let G=r.attributes,Z=L.attributes,W=0,re=O.getAttributes();for(let Y in re)if(re[Y].location>=0){let ie=G[Y],B=Z[Y];if(B===void 0&&(Y==="instanceMatrix"&&R.instanceMatrix&&(B=R.instanceMatrix),Y==="instanceColor"&&R.instanceColor&&(B=R.instanceColor)),ie===void 0||ie.attribute!==B||B&&ie.data!==B.data)return!0;W++}return r.attributesNum!==W||r.index!==P}function g(R,L,O,P){let G={},Z=L.attributes,W=0,re=O.getAttributes();for(let Y in re)if(re[Y].location>=0){let ie=Z[Y];ie===void 0&&(Y==="instanceMatrix"&&R.instanceMatrix&&(ie=R.instanceMatrix),Y==="instanceColor"&&R.instanceColor&&(ie=R.instanceColor));let B={};B.attribute=ie,ie&&ie.data&&(B.data=ie.data),G[Y]=B,W++}r.attributes=G,r.attributesNum=W,r.index=P}function y(){let R=r.newAttributes;for(let L=0,O=R.length;L<O;L++)R[L]=0}function p(R){m(R,0)}function m(R,L){let O=r.newAttributes,P=r.enabledAttributes,G=r.attributeDivisors;O[R]=1,P[R]===0&&(i.enableVertexAttribArray(R),P[R]=1),G[R]!==L&&(i.vertexAttribDivisor(R,L),G[R]=L)}function v(){let R=r.newAttributes,L=r.enabledAttributes;for(let O=0,P=L.length;O<P;O++)L[O]!==R[O]&&(i.disableVertexAttribArray(O),L[O]=0)}function S(R,L,O,P,G,Z,W){W===!0?i.vertexAttribIPointer(R,L,O,G,Z):i.vertexAttribPointer(R,L,O,P,G,Z)}function _(R,L,O,P){y();let G=P.attributes,Z=O.getAttributes(),W=L.defaultAttributeValues;for(let re in Z){let Y=Z[re];if(Y.location>=0){let ee=G[re];if(ee===void 0&&(re==="instanceMatrix"&&R.instanceMatrix&&(ee=R.instanceMatrix),re==="instanceColor"&&R.instanceColor&&(ee=R.instanceColor)),ee!==void 0){let ie=ee.normalized,B=ee.itemSize,ne=e.get(ee);if(ne===void 0)continue;let V=ne.buffer,se=ne.type,me=ne.bytesPerElement,ye=se===i.INT||se===i.UNSIGNED_INT||ee.gpuType===Co;if(ee.isInterleavedBufferAttribute){let ce=ee.data,Se=ce.isInterleavedBuffer===!0?ce.stride:ce.itemSize,it=ee.offset;if(ce.isInstancedInterleavedBuffer||ce.isInstancedBufferAttribute){for(let Ie=0;Ie<Y.locationSize;Ie++)m(Y.location+Ie,ce.meshPerAttribute);R.isInstancedMesh!==!0&&P._maxInstanceCount===void 0&&(P._maxInstanceCount=ce.meshPerAttribute*ce.count)}else for(let Ie=0;Ie<Y.locationSize;Ie++)p(Y.location+Ie);i.bindBuffer(i.ARRAY_BUFFER,V);for(let Ie=0;Ie<Y.locationSize;Ie++)S(Y.location+Ie,B/Y.locationSize,se,ie,Se*me,(it+B/Y.locationSize*Ie)*me,ye)}else{if(ee.isInstancedBufferAttribute){for(let ce=0;ce<Y.locationSize;ce++)m(Y.location+ce,ee.meshPerAttribute);R.isInstancedMesh!==!0&&P._maxInstanceCount===void 0&&(P._maxInstanceCount=ee.meshPerAttribute*ee.count)}else for(let ce=0;ce<Y.locationSize;ce++)p(Y.location+ce);i.bindBuffer(i.ARRAY_BUFFER,V);for(let ce=0;ce<Y.locationSize;ce++)S(Y.location+ce,B/Y.locationSize,se,ie,B*me,B/Y.locationSize*ce*me,ye)}}else if(W!==void 0){let ie=W[re];if(ie!==void 0)switch(ie.length){case 2:i.vertexAttrib2fv(Y.location,ie);break;case 3:i.vertexAttrib3fv(Y.location,ie);break;case 4:i.vertexAttrib4fv(Y.location,ie);break;default:i.vertexAttrib1fv(Y.location,ie)}}}}v()}function A(){U();for(let R in n){let L=n[R];for(let O in L){let P=L[O];for(let G in P){let Z=P[G];for(let W in Z)u(Z[W].object),delete Z[W];delete P[G]}}delete n[R]}}function w(R){if(n[R.id]===void 0)return;let L=n[R.id];for(let O in L){let P=L[O];for(let G in P){let Z=P[G];for(let W in Z)u(Z[W].object),delete Z[W];delete P[G]}}delete n[R.id]}function x(R){for(let L in n){let O=n[L];for(let P in O){let G=O[P];if(G[R.id]===void 0)continue;let Z=G[R.id];for(let W in Z)u(Z[W].object),delete Z[W];delete G[R.id]}}}function E(R){for(let L in n){let O=n[L],P=R.isInstancedMesh===!0?R.id:0,G=O[P];if(G!==void 0){for(let Z in G){let W=G[Z];for(let re in W)u(W[re].object),delete W[re];delete G[Z]}delete O[P],Object.keys(O).length===0&&delete n[L]}}}function U(){D(),o=!0,r!==s&&(r=s,l(r.object))}function D(){s.geometry=null,s.program=null,s.wireframe=!1}return{setup:a,reset:U,resetDefaultState:D,dispose:A,releaseStatesOfGeometry:w,releaseStatesOfObject:E,releaseStatesOfProgram:x,initAttributes:y,enableAttribute:p,disableUnusedAttributes:v}}function p0(i,e,t){let n;function s(c){n=c}function r(c,l){i.drawArrays(n,c,l),t.update(l,n,1)}function o(c,l,u){u!==0&&(i.drawArraysInstanced(n,c,l,u),t.update(l,n,u))}function a(c,l,u){if(u===0)return;e.get("WEBGL_multi_draw").multiDrawArraysWEBGL(n,c,0,l,0,u);let d=0;for(let f=0;f<u;f++)d+=l[f];t.update(d,n,1)}this.setMode=s,this.render=r,this.renderInstances=o,this.renderMultiDraw=a}function m0(i,e,t,n){let s;function r(){if(s!==void 0)return s;if(e.has("EXT_texture_filter_anisotropic")===!0){let x=e.get("EXT_texture_filter_anisotropic");s=i.getParameter(x.MAX_TEXTURE_MAX_ANISOTROPY_EXT)}else s=0;return s}function o(x){return!(x!==pn&&n.convert(x)!==i.getParameter(i.IMPLEMENTATION_COLOR_READ_FORMAT))}function a(x){let E=x===fn&&(e.has("EXT_color_buffer_half_float")||e.has("EXT_color_buffer_float"));return!(x!==Yt&&x!==dn&&!E&&n.convert(x)!==i.getParameter(i.IMPLEMENTATION_COLOR_READ_TYPE))}function c(x){if(x==="highp"){if(i.getShaderPrecisionFormat(i.VERTEX_SHADER,i.HIGH_FLOAT).precision>0&&i.getShaderPrecisionFormat(i.FRAGMENT_SHADER,i.HIGH_FLOAT).precision>0)return"highp";x="mediump"}return x==="mediump"&&i.getShaderPrecisionFormat(i.VERTEX_SHADER,i.MEDIUM_FLOAT).precision>0&&i.getShaderPrecisionFormat(i.FRAGMENT_SHADER,i.MEDIUM_FLOAT).precision>0?"mediump":"lowp"}let l=t.precision!==void 0?t.precision:"highp",u=c(l);u!==l&&(Le("WebGLRenderer:",l,"not supported, using",u,"instead."),l=u);let h=t.reversedDepthBuffer===!0&&e.has("EXT_clip_control"),d=t.logarithmicDepthBuffer===!0&&h===!1;t.reversedDepthBuffer===!0&&h===!1&&Le("WebGLRenderer: Unable to use reversed depth buffer due to missing EXT_clip_control extension. Fallback to default depth buffer."),t.logarithmicDepthBuffer===!0&&h===!0&&Le("WebGLRenderer: Logarithmic depth buffer is ignored when reversed depth buffer is enabled.");let f=i.getParameter(i.MAX_TEXTURE_IMAGE_UNITS),g=i.getParameter(i.MAX_VERTEX_TEXTURE_IMAGE_UNITS),y=i.getParameter(i.MAX_TEXTURE_SIZE),p=i.getParameter(i.MAX_CUBE_MAP_TEXTURE_SIZE),m=i.getParameter(i.MAX_VERTEX_ATTRIBS),v=i.getParameter(i.MAX_VERTEX_UNIFORM_VECTORS),S=i.getParameter(i.MAX_VARYING_VECTORS),_=i.getParameter(i.MAX_FRAGMENT_UNIFORM_VECTORS),A=i.getParameter(i.MAX_SAMPLES),w=i.getParameter(i.SAMPLES);return{isWebGL2:!0,getMaxAnisotropy:r,getMaxPrecision:c,textureFormatReadable:o,textureTypeReadable:a,precision:l,logarithmicDepthBuffer:d,reversedDepthBuffer:h,maxTextures:f,maxVertexTextures:g,maxTextureSize:y,maxCubemapSize:p,maxAttributes:m,maxVertexUniforms:v,maxVaryings:S,maxFragmentUniforms:_,maxSamples:A,samples:w}}function g0(i){let e=this,t=null,n=0,s=!1,r=!1,o=new un,a=new De,c={value:null,needsUpdate:!1};this.uniform=c,this.numPlanes=0,this.numIntersection=0,this.init=function(h,d){let f=h.length!==0||d||n!==0||s;return s=d,n=h.length,f},this.beginShadows=function(){r=!0,u(null)},this.endShadows=function(){r=!1},this.setGlobalState=function(h,d){t=u(h,d,0)},this.setState=function(h,d,f){let g=h.clippingPlanes,y=h.clipIntersection,p=h.clipShadows,m=i.get(h);if(!s||g===null||g.length===0||r&&!p)r?u(null):l();else{let v=r?0:n,S=v*4,_=m.clippingState||null;c.value=_,_=u(g,d,S,f);for(let A=0;A!==S;++A)_[A]=t[A];m.clippingState=_,this.numIntersection=y?this.numPlanes:0,this.numPlanes+=v}};function l(){c.value!==t&&(c.value=t,c.needsUpdate=n>0),e.numPlanes=n,e.numIntersection=0}function u(h,d,f,g){let y=h!==null?h.length:0,p=null;if(y!==0){if(p=c.value,g!==!0||p===null){let m=f+y*4,v=d.matrixWorldInverse;a.getNormalMatrix(v),(p===null||p.length<m)&&(p=new Float32Array(m));for(let S=0,_=f;S!==y;++S,_+=4)o.copy(h[S]).applyMatrix4(v,a),o.normal.toArray(p,_),p[_+3]=o.constant}c.value=p,c.needsUpdate=!0}return e.numPlanes=y,e.numIntersection=0,p}}var nr=class extends Xt{constructor(e=1,t={}){super(e,e,t),this.isWebGLCubeRenderTarget=!0;let n={width:e,height:e,depth:1},s=[n,n,n,n,n,n];this.texture=new Bs(s),this._setTextureOptions(t),this.texture.isRenderTargetTexture=!0}fromEquirectangularTexture(e,t){this.texture.type=t.type,this.texture.colorSpace=t.colorSpace,this.texture.generateMipmaps=t.generateMipmaps,this.texture.minFilter=t.minFilter,this.texture.magFilter=t.magFilter;let n={uniforms:{tEquirect:{value:null}},vertexShader:`

				varying vec3 vWorldDirection;

				vec3 transformDirection( in vec3 dir, in mat4 matrix ) {

					return normalize( ( matrix * vec4( dir, 0.0 ) ).xyz );

				}

				void main() {

					vWorldDirection = transformDirection( position, modelMatrix );

					#include <begin_vertex>
					#include <project_vertex>

				}
			`,fragmentShader:`

				uniform sampler2D tEquirect;

				varying vec3 vWorldDirection;

				#include <common>

				void main() {

					vec3 direction = normalize( vWorldDirection );

					vec2 sampleUV = equirectUv( direction );

					gl_FragColor = texture2D( tEquirect, sampleUV );

				}
			`},s=new ts(5,5,5),r=new sn({name:"CubemapFromEquirect",uniforms:Mi(n.uniforms),vertexShader:n.vertexShader,fragmentShader:n.fragmentShader,side:Bt,blending:vi});r.uniforms.tEquirect.value=t;let o=new _n(s,r),a=t.minFilter;return t.minFilter===Bn&&(t.minFilter=Ct),new is(1,10,this).update(e,o),t.minFilter=a,o.geometry.dispose(),o.material.dispose(),this}clear(e,t=!0,n=!0,s=!0){let r=e.getRenderTarget();for(let o=0;o<6;o++)e.setRenderTarget(this,o),e.clear(t,n,s);e.setRenderTarget(r)}},Gh=256,x0=3,y0=20,dd=256,fd=16,v0=3,_0=new q,b0=new Ve,da=class i{constructor(e){this._renderer=e,this._cubeSize=0,this._sourceTarget=null,this._cubeCamera=new is(1,10,null),this._boxMesh=new _n(new ts(5,5,5),null),this._cubemapMaterial=null,this._equirectMaterial=null,this._blurMaterial=null,this._ggxMaterial=null,this._integrationMaterial=null}fromScene(e,t=0,n=.1,s=100,r={}){let{size:o=256,position:a=_0}=r,c=this._renderer;this._setSize(o);let l=this._allocateTarget(),u=this._getSourceTarget(!0);t>0&&(u.texture.mipmapsAutoUpdate=!1);let h=c.autoClear,d=c.autoClearColor,f=c.autoClearDepth,g=c.autoClearStencil,y=e.background;c.autoClear=!0,c.autoClearColor=!0,c.autoClearDepth=!0,c.autoClearStencil=!0,y===null&&(e.background=c.getClearColor(b0));let p=new is(n,s,u);return p.position.copy(a),p.update(c,e),c.autoClear=h,c.autoClearColor=d,c.autoClearDepth=f,c.autoClearStencil=g,e.background=y,t>0&&(u.texture.mipmapsAutoUpdate=!0,this._blur(l,t)),this._applyPMREM(l),l}fromEquirectangular(e,t=null){return this._fromTexture(e,t)}fromCubemap(e,t=null){return this._fromTexture(e,t)}compileCubemapShader(){this._cubemapMaterial===null&&(this._cubemapMaterial=qh(),this._compileMaterial(this._cubemapMaterial))}compileEquirectangularShader(){this._equirectMaterial===null&&(this._equirectMaterial=Xh(),this._compileMaterial(this._equirectMaterial))}dispose(){this._sourceTarget!==null&&this._sourceTarget.dispose(),this._cubemapMaterial!==null&&this._cubemapMaterial.dispose(),this._equirectMaterial!==null&&this._equirectMaterial.dispose(),this._blurMaterial!==null&&this._blurMaterial.dispose(),this._ggxMaterial!==null&&this._ggxMaterial.dispose(),this._integrationMaterial!==null&&this._integrationMaterial.dispose(),this._boxMesh.geometry.dispose()}static lodToRoughness(e,t){return t>0?1-Math.sqrt(1-e/t):0}_setSize(e){this._cubeSize=Math.max(Gh,Bh(e))}_fromTexture(e,t){e.mapping===bi||e.mapping===os?this._setSize(e.image.length===0?Gh:e.image[0].width||e.image[0].image.width):this._setSize(e.image.width/4);let n=t||this._allocateTarget();return this._textureToCubemap(e),this._applyPMREM(n),n}_allocateTarget(){let e=this._cubeSize,t=Wh(e,!1,!1),n=Math.log2(e)-x0;for(let s=0;s<=n;s++)t.texture.mipmaps.push({width:e>>s,height:e>>s});return t.texture.name="PMREM",t.texture.isPMREMTexture=!0,t}_getSourceTarget(e=!1){let t=this._cubeSize,n=this._sourceTarget;return(n===null||n.width!==t||e&&n.depthBuffer===!1)&&(n!==null&&n.dispose(),this._sourceTarget=Wh(t,!0,e)),this._sourceTarget}_compileMaterial(e){this._boxMesh.material=e,this._renderer.compile(this._boxMesh,this._cubeCamera.children[0])}_renderCube(e,t,n){let s=this._boxMesh,r=this._cubeCamera;s.material=n,r.renderTarget=e,r.activeMipmapLevel=t;let o=e.width>>t;e.viewport.set(0,0,o,o),r.update(this._renderer,s),e.viewport.set(0,0,e.width,e.height)}_textureToCubemap(e){let t;e.mapping===bi||e.mapping===os?(this._cubemapMaterial===null&&(this._cubemapMaterial=qh()),t=this._cubemapMaterial,t.uniforms.flipEnvMap.value=e.isRenderTargetTexture===!1?-1:1):(this._equirectMaterial===null&&(this._equirectMaterial=Xh()),t=this._equirectMaterial),t.uniforms.envMap.value=e,this._renderCube(this._getSourceTarget(),0,t)}_applyPMREM(e){this._ggxMaterial===null&&(this._ggxMaterial=S0(),this._integrationMaterial=M0());let t=this._cubeSize,n=e.texture.mipmaps.length-1,s=this._ggxMaterial.uniforms;s.envMap.value=this._sourceTarget.texture;let r=this._integrationMaterial.uniforms;r.envMap.value=this._sourceTarget.texture,r.sourceLod.value=Math.log2(t/fd);for(let o=0;o<=n;o++){let a=i.lodToRoughness(o,n);if(o>n-v0)r.roughness.value=a,this._renderCube(e,o,this._integrationMaterial);else{let c=a>0?Math.log2(t)+.5*Math.log2(6/(dd*Math.pow(a,4)))+.5:0;s.roughness.value=a,s.lodBias.value=c,this._renderCube(e,o,this._ggxMaterial)}}}_blur(e,t){this._blurMaterial===null&&(this._blurMaterial=w0());let n=this._blurMaterial,s=n.uniforms,r=this._sourceTarget;s.sigma.value=Math.min(t,Math.PI)/Math.SQRT2,s.envMap.value=r.texture,this._renderCube(e,0,n),s.envMap.value=e.texture,this._renderCube(r,0,n)}};function Wh(i,e,t){return new nr(i,{minFilter:Bn,generateMipmaps:e,type:fn,colorSpace:Ts,depthBuffer:t})}function ir(i,e,t){return new sn({name:i,uniforms:e,vertexShader:ze.cube_vert,fragmentShader:t,side:Bt,blending:vi,depthTest:!1,depthWrite:!1})}function S0(){return ir("PMREMGGXConvolution",{envMap:{value:null},roughness:{value:0},lodBias:{value:0}},`

		#define GGX_SAMPLES ${dd}u

		varying vec3 vWorldDirection;

		uniform samplerCube envMap;
		uniform float roughness;
		uniform float lodBias;

		#include <common>

		// Van der Corput radical inverse
		float radicalInverse_VdC( uint bits ) {

			bits = ( bits << 16u ) | ( bits >> 16u );
			bits = ( ( bits & 0x55555555u ) << 1u ) | ( ( bits & 0xAAAAAAAAu ) >> 1u );
			bits = ( ( bits & 0x33333333u ) << 2u ) | ( ( bits & 0xCCCCCCCCu ) >> 2u );
			bits = ( ( bits & 0x0F0F0F0Fu ) << 4u ) | ( ( bits & 0xF0F0F0F0u ) >> 4u );
			bits = ( ( bits & 0x00FF00FFu ) << 8u ) | ( ( bits & 0xFF00FF00u ) >> 8u );
			return float( bits ) * 2.3283064365386963e-10; // / 0x100000000

		}

		// Hammersley sequence
		vec2 hammersley( uint i, uint N ) {

			return vec2( float( i ) / float( N ), radicalInverse_VdC( i ) );

		}

		void main() {

			vec3 N = normalize( vWorldDirection );

			// For very low roughness, just sample the environment directly
			if ( roughness < 0.001 ) {

				gl_FragColor = vec4( textureLod( envMap, N, 0.0 ).rgb, 1.0 );
				return;

			}

			float alpha = roughness * roughness;
			float alpha2 = alpha * alpha;

			// Tangent space basis for VNDF sampling
			vec3 up = abs( N.z ) < 0.999 ? vec3( 0.0, 0.0, 1.0 ) : vec3( 1.0, 0.0, 0.0 );
			vec3 tangent = normalize( cross( up, N ) );
			vec3 bitangent = cross( N, tangent );

			vec3 prefilteredColor = vec3( 0.0 );
			float totalWeight = 0.0;

			for ( uint i = 0u; i < GGX_SAMPLES; i ++ ) {

				vec2 Xi = hammersley( i, GGX_SAMPLES );

				// With V = N, sample the reflected direction directly.
				float invQ = 1.0 / ( 1.0 - Xi.x + alpha2 * Xi.x );
				float NdotL = ( 1.0 - Xi.x - alpha2 * Xi.x ) * invQ;

				if ( NdotL > 0.0 ) {

					float phi = 2.0 * PI * Xi.y;
					float sinTheta = 2.0 * alpha * sqrt( Xi.x * ( 1.0 - Xi.x ) ) * invQ;
					vec3 L = N * NdotL + ( tangent * cos( phi ) + bitangent * sin( phi ) ) * sinTheta;

					// Match the source mip to the sample's solid angle. The terms
					// independent of the sample are precomputed in lodBias.
					float d = alpha2 * invQ;
					float lod = max( log2( d ) + lodBias, 0.0 );

					// Weight by NdotL for the split-sum approximation
					prefilteredColor += textureLod( envMap, L, lod ).rgb * NdotL;
					totalWeight += NdotL;

				}

			}

			gl_FragColor = vec4( prefilteredColor / totalWeight, 1.0 );

		}
	`)}function M0(){return ir("PMREMGGXIntegration",{envMap:{value:null},roughness:{value:0},sourceLod:{value:0},sourceSize:{value:fd}},`

		varying vec3 vWorldDirection;

		uniform samplerCube envMap;
		uniform float roughness;
		uniform float sourceLod;
		uniform int sourceSize;

		void main() {

			vec3 N = normalize( vWorldDirection );

			float alpha = roughness * roughness;
			float alpha2 = alpha * alpha;

			float texelSize = 2.0 / float( sourceSize );

			vec3 prefilteredColor = vec3( 0.0 );
			float totalWeight = 0.0;

			// Pair opposite texels: only the one in N's hemisphere contributes.
			for ( int face = 0; face < 3; face ++ ) {

				for ( int y = 0; y < sourceSize; y ++ ) {

					for ( int x = 0; x < sourceSize; x ++ ) {

						vec2 uv = ( vec2( x, y ) + 0.5 ) * texelSize - 1.0;
						vec3 texelDirection = face == 0 ? vec3( 1.0, uv ) : ( face == 1 ? vec3( uv.x, 1.0, uv.y ) : vec3( uv, 1.0 ) );

						float invDistance = inversesqrt( 1.0 + dot( uv, uv ) );
						float NdotL = dot( N, texelDirection );
						texelDirection *= NdotL < 0.0 ? - 1.0 : 1.0;
						NdotL = abs( NdotL ) * invDistance;

						// With V = N, NdotH squared is ( 1 + NdotL ) / 2. Common factors
						// in the GGX distribution and texel solid angle cancel when normalized.
						float d = 1.0 + alpha2 + ( alpha2 - 1.0 ) * NdotL;
						float weight = NdotL * invDistance * invDistance * invDistance / ( d * d );

						prefilteredColor += textureLod( envMap, texelDirection, sourceLod ).rgb * weight;
						totalWeight += weight;

					}

				}

			}

			gl_FragColor = vec4( prefilteredColor / totalWeight, 1.0 );

		}
	`)}function w0(){return ir("PMREMSphericalGaussianBlur",{envMap:{value:null},sigma:{value:0}},`

		#define SAMPLES ${y0}
		#define GOLDEN_ANGLE 2.39996322973

		varying vec3 vWorldDirection;

		uniform samplerCube envMap;
		uniform float sigma;

		#include <common>

		void main() {

			vec3 outputDirection = normalize( vWorldDirection );

			vec3 up = abs( outputDirection.z ) < 0.999 ? vec3( 0.0, 0.0, 1.0 ) : vec3( 1.0, 0.0, 0.0 );
			vec3 tangent = normalize( cross( up, outputDirection ) );
			vec3 bitangent = cross( outputDirection, tangent );

			// Truncate the kernel at three standard deviations or at the antipode.
			float thetaMax = min( 3.0 * sigma, PI );
			float truncation = 1.0 - exp( - 0.5 * thetaMax * thetaMax / ( sigma * sigma ) );

			vec3 accumColor = vec3( 0.0 );
			float accumWeight = 0.0;

			for ( int i = 0; i < SAMPLES; i ++ ) {

				// Stratified inverse-CDF sampling of the Gaussian, placed on a golden-angle spiral.
				float stratum = ( float( i ) + 0.5 ) / float( SAMPLES );
				float theta = sigma * sqrt( - 2.0 * log( 1.0 - stratum * truncation ) );
				float phi = float( i ) * GOLDEN_ANGLE;

				vec3 offset = cos( phi ) * tangent + sin( phi ) * bitangent;
				vec3 sampleDirection = cos( theta ) * outputDirection + sin( theta ) * offset;

				// Correct the planar sample density to solid angle.
				float weight = sin( theta ) / theta;

				accumColor += weight * textureLod( envMap, sampleDirection, 0.0 ).rgb;
				accumWeight += weight;

			}

			gl_FragColor = vec4( accumColor / accumWeight, 1.0 );

		}
	`)}function Xh(){return ir("PMREMEquirectangularToCubemap",{envMap:{value:null}},`

		varying vec3 vWorldDirection;

		uniform sampler2D envMap;

		#include <common>

		void main() {

			// Average four subpixel samples to preserve small, bright features.
			vec3 direction = normalize( vWorldDirection );
			vec3 dx = dFdx( direction ) * 0.25;
			vec3 dy = dFdy( direction ) * 0.25;

			vec3 color = textureLod( envMap, equirectUv( normalize( direction - dx - dy ) ), 0.0 ).rgb;
			color += textureLod( envMap, equirectUv( normalize( direction + dx - dy ) ), 0.0 ).rgb;
			color += textureLod( envMap, equirectUv( normalize( direction - dx + dy ) ), 0.0 ).rgb;
			color += textureLod( envMap, equirectUv( normalize( direction + dx + dy ) ), 0.0 ).rgb;
			gl_FragColor = vec4( color * 0.25, 1.0 );

		}
	`)}function qh(){return ir("PMREMCubemapToCubemap",{envMap:{value:null},flipEnvMap:{value:-1}},`

		varying vec3 vWorldDirection;

		uniform samplerCube envMap;
		uniform float flipEnvMap;

		void main() {

			gl_FragColor = vec4( textureCube( envMap, vec3( flipEnvMap * vWorldDirection.x, vWorldDirection.yz ) ).rgb, 1.0 );

		}
	`)}function A0(i){let e=new WeakMap,t=new WeakMap,n=null;function s(d,f=!1){return d==null?null:f?o(d):r(d)}function r(d){if(d&&d.isTexture){let f=d.mapping;if(f===Ao||f===Eo)if(e.has(d)){let g=e.get(d).texture;return a(g,d.mapping)}else{let g=d.image;if(g&&g.height>0){let y=new nr(g.height);return y.fromEquirectangularTexture(i,d),e.set(d,y),d.addEventListener("dispose",l),a(y.texture,d.mapping)}else return null}}return d}function o(d){if(d&&d.isTexture&&d.isPMREMTexture!==!0){let f=d.mapping,g=f===Ao||f===Eo,y=f===bi||f===os;if(g||y){let p=t.get(d),m=p!==void 0?p.texture.pmremVersion:0;if(d.isRenderTargetTexture&&d.pmremVersion!==m)return n===null&&(n=new da(i)),p=g?n.fromEquirectangular(d,p):n.fromCubemap(d,p),p.texture.pmremVersion=d.pmremVersion,t.set(d,p),p.texture;if(p!==void 0)return p.texture;{let v=d.image;return g&&v&&v.height>0||y&&v&&c(v)?(n===null&&(n=new da(i)),p=g?n.fromEquirectangular(d):n.fromCubemap(d),p.texture.pmremVersion=d.pmremVersion,t.set(d,p),d.addEventListener("dispose",u),p.texture):null}}}return d}function a(d,f){return f===Ao?d.mapping=bi:f===Eo&&(d.mapping=os),d}function c(d){let f=0,g=6;for(let y=0;y<g;y++)d[y]!==void 0&&f++;return f===g}function l(d){let f=d.target;f.removeEventListener("dispose",l);let g=e.get(f);g!==void 0&&(e.delete(f),g.dispose())}function u(d){let f=d.target;f.removeEventListener("dispose",u);let g=t.get(f);g!==void 0&&(t.delete(f),g.dispose())}function h(){e=new WeakMap,t=new WeakMap,n!==null&&(n.dispose(),n=null)}return{get:s,dispose:h}}function E0(i){let e={};function t(n){if(e[n]!==void 0)return e[n];let s=i.getExtension(n);return e[n]=s,s}return{has:function(n){return t(n)!==null},init:function(){t("EXT_color_buffer_float"),t("WEBGL_clip_cull_distance"),t("OES_texture_float_linear"),t("EXT_color_buffer_half_float"),t("WEBGL_multisampled_render_to_texture"),t("WEBGL_render_shared_exponent")},get:function(n){let s=t(n);return s===null&&As("WebGLRenderer: "+n+" extension not supported."),s}}}function T0(i,e,t,n){let s={},r=new WeakMap,o=new FinalizationRegistry(g=>delete s[g]);function a(g){c(g.target)}function c(g){g.index!==null&&e.remove(g.index);for(let p in g.attributes)e.remove(g.attributes[p]);g.removeEventListener("dispose",a),delete s[g.id],o.unregister(g);let y=r.get(g);y&&(e.remove(y),r.delete(g)),n.releaseStatesOfGeometry(g),g.isInstancedBufferGeometry===!0&&delete g._maxInstanceCount,t.memory.geometries--}function l(g,y){return s[y.id]!==void 0||(y.addEventListener("dispose",a),s[y.id]=new WeakRef(y),o.register(y,y.id,y),t.memory.geometries++),y}function u(g){let y=g.attributes;for(let p in y)e.update(y[p],i.ARRAY_BUFFER)}function h(g){let y=g.index,p=g.attributes.position,m=0;if(p===void 0)return;let v=y!==null?y.array.length:p.array.length/3-1,S=p.count>=65535?Fs:Ds,_=new S(Math.ceil(v/3)*6,1),A=_.array;if(y!==null){let x=y.array;m=y.version;for(let E=0,U=0;E<v;E+=3){let D=x[E+0],R=x[E+1],L=x[E+2];A[U++]=D,A[U++]=R,A[U++]=R,A[U++]=L,A[U++]=L,A[U++]=D}}else{m=p.version;for(let x=0,E=0;x<v;x+=3){let U=x+0,D=x+1,R=x+2;A[E++]=U,A[E++]=D,A[E++]=D,A[E++]=R,A[E++]=R,A[E++]=U}}_.version=m;let w=r.get(g);w&&e.remove(w),r.set(g,_)}function d(g){let y=r.get(g);if(y){let p=g.index;p!==null&&y.version<p.version&&h(g)}else h(g);return r.get(g)}function f(){for(let g in s){let y=s[g].deref();y!==void 0&&c(y)}}return{get:l,update:u,getWireframeAttribute:d,dispose:f}}function C0(i,e,t){let n;function s(h){n=h}let r,o;function a(h){r=h.type,o=h.bytesPerElement}function c(h,d){i.drawElements(n,d,r,h*o),t.update(d,n,1)}function l(h,d,f){f!==0&&(i.drawElementsInstanced(n,d,r,h*o,f),t.update(d,n,f))}function u(h,d,f){if(f===0)return;e.get("WEBGL_multi_draw").multiDrawElementsWEBGL(n,d,0,r,h,0,f);let y=0;for(let p=0;p<f;p++)y+=d[p];t.update(y,n,1)}this.setMode=s,this.setIndex=a,this.render=c,this.renderInstances=l,this.renderMultiDraw=u}function R0(i){let e={geometries:0,textures:0},t={frame:0,calls:0,triangles:0,points:0,lines:0};function n(r,o,a){switch(t.calls++,o){case i.TRIANGLES:t.triangles+=a*(r/3);break;case i.LINES:t.lines+=a*(r/2);break;case i.LINE_STRIP:t.lines+=a*(r-1);break;case i.LINE_LOOP:t.lines+=a*r;break;case i.POINTS:t.points+=a*r;break;default:Ne("WebGLInfo: Unknown draw mode:",o);break}}function s(){t.calls=0,t.triangles=0,t.points=0,t.lines=0}return{memory:e,render:t,programs:null,autoReset:!0,reset:s,update:n}}function P0(i,e,t){let n=new WeakMap,s=new ut;function r(o,a,c){let l=o.morphTargetInfluences,u=a.morphAttributes.position||a.morphAttributes.normal||a.morphAttributes.color,h=u!==void 0?u.length:0,d=n.get(a);if(d===void 0||d.count!==h){let U=function(){x.dispose(),n.delete(a),a.removeEventListener("dispose",U)};d!==void 0&&d.texture.dispose();let f=a.morphAttributes.position!==void 0,g=a.morphAttributes.normal!==void 0,y=a.morphAttributes.color!==void 0,p=a.morphAttributes.position||[],m=a.morphAttributes.normal||[],v=a.morphAttributes.color||[],S=0;f===!0&&(S=1),g===!0&&(S=2),y===!0&&(S=3);let _=a.attributes.position.count*S,A=1;_>e.maxTextureSize&&(A=Math.ceil(_/e.maxTextureSize),_=e.maxTextureSize);let w=new Float32Array(_*A*4*h),x=new Is(w,_,A,h);x.type=dn,x.needsUpdate=!0;let E=S*4;for(let D=0;D<h;D++){let R=p[D],L=m[D],O=v[D],P=_*A*4*D;for(let G=0;G<R.count;G++){let Z=G*E;f===!0&&(s.fromBufferAttribute(R,G),w[P+Z+0]=s.x,w[P+Z+1]=s.y,w[P+Z+2]=s.z,w[P+Z+3]=0),g===!0&&(s.fromBufferAttribute(L,G),w[P+Z+4]=s.x,w[P+Z+5]=s.y,w[P+Z+6]=s.z,w[P+Z+7]=0),y===!0&&(s.fromBufferAttribute(O,G),w[P+Z+8]=s.x,w[P+Z+9]=s.y,w[P+Z+10]=s.z,w[P+Z+11]=O.itemSize===4?s.w:1)}}d={count:h,texture:x,size:new $e(_,A)},n.set(a,d),a.addEventListener("dispose",U)}if(o.isInstancedMesh===!0&&o.morphTexture!==null)c.getUniforms().setValue(i,"morphTexture",o.morphTexture,t);else{let f=0;for(let y=0;y<l.length;y++)f+=l[y];let g=a.morphTargetsRelative?1:1-f;c.getUniforms().setValue(i,"morphTargetBaseInfluence",g),c.getUniforms().setValue(i,"morphTargetInfluences",l)}c.getUniforms().setValue(i,"morphTargetsTexture",d.texture,t),c.getUniforms().setValue(i,"morphTargetsTextureSize",d.size)}return{update:r}}function I0(i,e,t,n,s){let r=new WeakMap;function o(l){let u=s.render.frame,h=l.geometry,d=e.get(l,h);if(r.get(d)!==u&&(e.update(d),r.set(d,u)),l.isInstancedMesh&&(l.hasEventListener("dispose",c)===!1&&l.addEventListener("dispose",c),r.get(l)!==u&&(t.update(l.instanceMatrix,i.ARRAY_BUFFER),l.instanceColor!==null&&t.update(l.instanceColor,i.ARRAY_BUFFER),r.set(l,u))),l.isSkinnedMesh){let f=l.skeleton;r.get(f)!==u&&(f.update(),r.set(f,u))}return d}function a(){r=new WeakMap}function c(l){let u=l.target;u.removeEventListener("dispose",c),n.releaseStatesOfObject(u),t.remove(u.instanceMatrix),u.instanceColor!==null&&t.remove(u.instanceColor)}return{update:o,dispose:a}}var L0={[Il]:"LINEAR_TONE_MAPPING",[Ll]:"REINHARD_TONE_MAPPING",[Nl]:"CINEON_TONE_MAPPING",[Dl]:"ACES_FILMIC_TONE_MAPPING",[Ul]:"AGX_TONE_MAPPING",[Ol]:"NEUTRAL_TONE_MAPPING",[Fl]:"CUSTOM_TONE_MAPPING"};function N0(i,e,t,n,s,r){let o=new Xt(e,t,{type:i,depthBuffer:s,stencilBuffer:r,samples:n?4:0,storeMultisampledDepthBuffer:!1,storeMultisampledStencilBuffer:!1,resolveDepthBuffer:!1,resolveStencilBuffer:!1}),a=null,c=null,l=null,u=new nn;u.setAttribute("position",new tn([-1,3,0,-1,-1,0,3,-1,0],3)),u.setAttribute("uv",new tn([0,2,0,0,2,0],2));let h=new co({uniforms:{tDiffuse:{value:null}},vertexShader:`
			precision highp float;

			uniform mat4 modelViewMatrix;
			uniform mat4 projectionMatrix;

			attribute vec3 position;
			attribute vec2 uv;

			varying vec2 vUv;

			void main() {
				vUv = uv;
				gl_Position = projectionMatrix * modelViewMatrix * vec4( position, 1.0 );
			}`,fragmentShader:`
			precision highp float;

			uniform sampler2D tDiffuse;

			varying vec2 vUv;

			#include <tonemapping_pars_fragment>
			#include <colorspace_pars_fragment>

			void main() {
				gl_FragColor = texture2D( tDiffuse, vUv );

				#ifdef LINEAR_TONE_MAPPING
					gl_FragColor.rgb = LinearToneMapping( gl_FragColor.rgb );
				#elif defined( REINHARD_TONE_MAPPING )
					gl_FragColor.rgb = ReinhardToneMapping( gl_FragColor.rgb );
				#elif defined( CINEON_TONE_MAPPING )
					gl_FragColor.rgb = CineonToneMapping( gl_FragColor.rgb );
				#elif defined( ACES_FILMIC_TONE_MAPPING )
					gl_FragColor.rgb = ACESFilmicToneMapping( gl_FragColor.rgb );
				#elif defined( AGX_TONE_MAPPING )
					gl_FragColor.rgb = AgXToneMapping( gl_FragColor.rgb );
				#elif defined( NEUTRAL_TONE_MAPPING )
					gl_FragColor.rgb = NeutralToneMapping( gl_FragColor.rgb );
				#elif defined( CUSTOM_TONE_MAPPING )
					gl_FragColor.rgb = CustomToneMapping( gl_FragColor.rgb );
				#endif

				#ifdef SRGB_TRANSFER
					gl_FragColor = sRGBTransferOETF( gl_FragColor );
				#endif
			}`,depthTest:!1,depthWrite:!1}),d=new _n(u,h),f=new ns(-1,1,1,-1,0,1),g=null,y=null,p=!1,m,v=null,S=[],_=!1;this.setSize=function(A,w){o.setSize(A,w),a!==null&&a.setSize(A,w),c!==null&&c.setSize(A,w);for(let x=0;x<S.length;x++){let E=S[x];E.setSize&&E.setSize(A,w)}},this.setEffects=function(A){S=A,_=S.length>0&&S[0].isRenderPass===!0;let w=o.width,x=o.height;S.length>0&&a===null&&(a=new Xt(w,x,{type:fn,depthBuffer:!1,stencilBuffer:!1}),c=new Xt(w,x,{type:fn,depthBuffer:!1,stencilBuffer:!1}));let E=s===!0&&S.some(U=>U.needsDepthTexture===!0);E!==(o.depthTexture!==null)&&(E===!0&&l===null&&(l=new On(w,x),r===!0&&(l.format=kn,l.type=Si)),o.dispose(),o.depthTexture=E?l:null,o.resolveDepthBuffer=E,o.storeMultisampledDepthBuffer=E);for(let U=0;U<S.length;U++){let D=S[U];D.setSize&&D.setSize(w,x),E&&D.needsDepthTexture===!0&&D.setDepthTexture&&D.setDepthTexture(l)}},this.begin=function(A,w){if(p||A.toneMapping===Sn&&S.length===0)return!1;if(v=w,w!==null){let x=w.width,E=w.height;(o.width!==x||o.height!==E)&&this.setSize(x,E)}return _===!1&&A.setRenderTarget(o),m=A.toneMapping,A.toneMapping=Sn,!0},this.hasRenderPass=function(){return _},this.end=function(A,w){A.toneMapping=m,p=!0;let x=o,E=a;for(let U=0;U<S.length;U++){let D=S[U];D.enabled!==!1&&(D.render(A,E,x,w),D.needsSwap!==!1&&(x=E,E=E===a?c:a))}if(g!==A.outputColorSpace||y!==A.toneMapping){g=A.outputColorSpace,y=A.toneMapping,h.defines={},Xe.getTransfer(g)===Je&&(h.defines.SRGB_TRANSFER="");let U=L0[y];U&&(h.defines[U]=""),h.needsUpdate=!0}h.uniforms.tDiffuse.value=x.texture,A.setRenderTarget(v),A.render(d,f),v=null,p=!1},this.isCompositing=function(){return p},this.dispose=function(){o.dispose(),a!==null&&a.dispose(),c!==null&&c.dispose(),u.dispose(),h.dispose()}}var pd=new Nt,md=new On(1,1),gd=new ks(1),xd=new Is,yd=new ro,vd=new Bs,$h=[],Yh=[],Zh=new Float32Array(16),Jh=new Float32Array(9),Kh=new Float32Array(4);function cs(i,e,t){let n=i[0];if(n<=0||n>0)return i;let s=e*t,r=$h[s];if(r===void 0&&(r=new Float32Array(s),$h[s]=r),e!==0){n.toArray(r,0);for(let o=1,a=0;o!==e;++o)a+=t,i[o].toArray(r,a)}return r}function xt(i,e){if(i.length!==e.length)return!1;for(let t=0,n=i.length;t<n;t++)if(i[t]!==e[t])return!1;return!0}function yt(i,e){for(let t=0,n=e.length;t<n;t++)i[t]=e[t]}function pa(i,e){let t=Yh[e];t===void 0&&(t=new Int32Array(e),Yh[e]=t);for(let n=0;n!==e;++n)t[n]=i.allocateTextureUnit();return t}function D0(i,e){let t=this.cache;t[0]!==e&&(i.uniform1f(this.addr,e),t[0]=e)}function F0(i,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y)&&(i.uniform2f(this.addr,e.x,e.y),t[0]=e.x,t[1]=e.y);else{if(xt(t,e))return;i.uniform2fv(this.addr,e),yt(t,e)}}function U0(i,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y||t[2]!==e.z)&&(i.uniform3f(this.addr,e.x,e.y,e.z),t[0]=e.x,t[1]=e.y,t[2]=e.z);else if(e.r!==void 0)(t[0]!==e.r||t[1]!==e.g||t[2]!==e.b)&&(i.uniform3f(this.addr,e.r,e.g,e.b),t[0]=e.r,t[1]=e.g,t[2]=e.b);else{if(xt(t,e))return;i.uniform3fv(this.addr,e),yt(t,e)}}function O0(i,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y||t[2]!==e.z||t[3]!==e.w)&&(i.uniform4f(this.addr,e.x,e.y,e.z,e.w),t[0]=e.x,t[1]=e.y,t[2]=e.z,t[3]=e.w);else{if(xt(t,e))return;i.uniform4fv(this.addr,e),yt(t,e)}}function B0(i,e){let t=this.cache,n=e.elements;if(n===void 0){if(xt(t,e))return;i.uniformMatrix2fv(this.addr,!1,e),yt(t,e)}else{if(xt(t,n))return;Kh.set(n),i.uniformMatrix2fv(this.addr,!1,Kh),yt(t,n)}}function k0(i,e){let t=this.cache,n=e.elements;if(n===void 0){if(xt(t,e))return;i.uniformMatrix3fv(this.addr,!1,e),yt(t,e)}else{if(xt(t,n))return;Jh.set(n),i.uniformMatrix3fv(this.addr,!1,Jh),yt(t,n)}}function z0(i,e){let t=this.cache,n=e.elements;if(n===void 0){if(xt(t,e))return;i.uniformMatrix4fv(this.addr,!1,e),yt(t,e)}else{if(xt(t,n))return;Zh.set(n),i.uniformMatrix4fv(this.addr,!1,Zh),yt(t,n)}}function V0(i,e){let t=this.cache;t[0]!==e&&(i.uniform1i(this.addr,e),t[0]=e)}function H0(i,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y)&&(i.uniform2i(this.addr,e.x,e.y),t[0]=e.x,t[1]=e.y);else{if(xt(t,e))return;i.uniform2iv(this.addr,e),yt(t,e)}}function G0(i,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y||t[2]!==e.z)&&(i.uniform3i(this.addr,e.x,e.y,e.z),t[0]=e.x,t[1]=e.y,t[2]=e.z);else{if(xt(t,e))return;i.uniform3iv(this.addr,e),yt(t,e)}}function W0(i,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y||t[2]!==e.z||t[3]!==e.w)&&(i.uniform4i(this.addr,e.x,e.y,e.z,e.w),t[0]=e.x,t[1]=e.y,t[2]=e.z,t[3]=e.w);else{if(xt(t,e))return;i.uniform4iv(this.addr,e),yt(t,e)}}function X0(i,e){let t=this.cache;t[0]!==e&&(i.uniform1ui(this.addr,e),t[0]=e)}function q0(i,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y)&&(i.uniform2ui(this.addr,e.x,e.y),t[0]=e.x,t[1]=e.y);else{if(xt(t,e))return;i.uniform2uiv(this.addr,e),yt(t,e)}}function $0(i,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y||t[2]!==e.z)&&(i.uniform3ui(this.addr,e.x,e.y,e.z),t[0]=e.x,t[1]=e.y,t[2]=e.z);else{if(xt(t,e))return;i.uniform3uiv(this.addr,e),yt(t,e)}}function Y0(i,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y||t[2]!==e.z||t[3]!==e.w)&&(i.uniform4ui(this.addr,e.x,e.y,e.z,e.w),t[0]=e.x,t[1]=e.y,t[2]=e.z,t[3]=e.w);else{if(xt(t,e))return;i.uniform4uiv(this.addr,e),yt(t,e)}}function ma(i){return i.version===0&&(i.compareFunction=Zl,i.needsUpdate=!0),i}function Z0(i,e,t){let n=this.cache,s=t.allocateTextureUnit();n[0]!==s&&(i.uniform1i(this.addr,s),n[0]=s);let r;this.type===i.SAMPLER_2D_SHADOW?r=ma(md):r=pd,t.setTexture2D(e||r,s)}function J0(i,e,t){let n=this.cache,s=t.allocateTextureUnit();n[0]!==s&&(i.uniform1i(this.addr,s),n[0]=s),t.setTexture3D(e||yd,s)}function K0(i,e,t){let n=this.cache,s=t.allocateTextureUnit();n[0]!==s&&(i.uniform1i(this.addr,s),n[0]=s);let r;this.type===i.SAMPLER_CUBE_SHADOW?r=ma(gd):r=vd,t.setTextureCube(e||r,s)}function j0(i,e,t){let n=this.cache,s=t.allocateTextureUnit();n[0]!==s&&(i.uniform1i(this.addr,s),n[0]=s),t.setTexture2DArray(e||xd,s)}function Q0(i){switch(i){case 5126:return D0;case 35664:return F0;case 35665:return U0;case 35666:return O0;case 35674:return B0;case 35675:return k0;case 35676:return z0;case 5124:case 35670:return V0;case 35667:case 35671:return H0;case 35668:case 35672:return G0;case 35669:case 35673:return W0;case 5125:return X0;case 36294:return q0;case 36295:return $0;case 36296:return Y0;case 35678:case 36198:case 36298:case 36306:case 35682:return Z0;case 35679:case 36299:case 36307:return J0;case 35680:case 36300:case 36308:case 36293:return K0;case 36289:case 36303:case 36311:case 36292:return j0}}function ex(i,e){i.uniform1fv(this.addr,e)}function tx(i,e){let t=cs(e,this.size,2);i.uniform2fv(this.addr,t)}function nx(i,e){let t=cs(e,this.size,3);i.uniform3fv(this.addr,t)}function ix(i,e){let t=cs(e,this.size,4);i.uniform4fv(this.addr,t)}function sx(i,e){let t=cs(e,this.size,4);i.uniformMatrix2fv(this.addr,!1,t)}function rx(i,e){let t=cs(e,this.size,9);i.uniformMatrix3fv(this.addr,!1,t)}function ox(i,e){let t=cs(e,this.size,16);i.uniformMatrix4fv(this.addr,!1,t)}function ax(i,e){i.uniform1iv(this.addr,e)}function lx(i,e){i.uniform2iv(this.addr,e)}function cx(i,e){i.uniform3iv(this.addr,e)}function ux(i,e){i.uniform4iv(this.addr,e)}function hx(i,e){i.uniform1uiv(this.addr,e)}function dx(i,e){i.uniform2uiv(this.addr,e)}function fx(i,e){i.uniform3uiv(this.addr,e)}function px(i,e){i.uniform4uiv(this.addr,e)}function mx(i,e,t){let n=this.cache,s=e.length,r=pa(t,s);xt(n,r)||(i.uniform1iv(this.addr,r),yt(n,r));let o;this.type===i.SAMPLER_2D_SHADOW?o=ma(md):o=pd;for(let a=0;a!==s;++a)t.setTexture2D(e[a]||o,r[a])}function gx(i,e,t){let n=this.cache,s=e.length,r=pa(t,s);xt(n,r)||(i.uniform1iv(this.addr,r),yt(n,r));for(let o=0;o!==s;++o)t.setTexture3D(e[o]||yd,r[o])}function xx(i,e,t){let n=this.cache,s=e.length,r=pa(t,s);xt(n,r)||(i.uniform1iv(this.addr,r),yt(n,r));let o;this.type===i.SAMPLER_CUBE_SHADOW?o=ma(gd):o=vd;for(let a=0;a!==s;++a)t.setTextureCube(e[a]||o,r[a])}function yx(i,e,t){let n=this.cache,s=e.length,r=pa(t,s);xt(n,r)||(i.uniform1iv(this.addr,r),yt(n,r));for(let o=0;o!==s;++o)t.setTexture2DArray(e[o]||xd,r[o])}function vx(i){switch(i){case 5126:return ex;case 35664:return tx;case 35665:return nx;case 35666:return ix;case 35674:return sx;case 35675:return rx;case 35676:return ox;case 5124:case 35670:return ax;case 35667:case 35671:return lx;case 35668:case 35672:return cx;case 35669:case 35673:return ux;case 5125:return hx;case 36294:return dx;case 36295:return fx;case 36296:return px;case 35678:case 36198:case 36298:case 36306:case 35682:return mx;case 35679:case 36299:case 36307:return gx;case 35680:case 36300:case 36308:case 36293:return xx;case 36289:case 36303:case 36311:case 36292:return yx}}var cc=class{constructor(e,t,n){this.id=e,this.addr=n,this.cache=[],this.type=t.type,this.setValue=Q0(t.type)}},uc=class{constructor(e,t,n){this.id=e,this.addr=n,this.cache=[],this.type=t.type,this.size=t.size,this.setValue=vx(t.type)}},hc=class{constructor(e){this.id=e,this.seq=[],this.map={}}setValue(e,t,n){let s=this.seq;for(let r=0,o=s.length;r!==o;++r){let a=s[r];a.setValue(e,t[a.id],n)}}},ac=/(\w+)(\])?(\[|\.)?/g;function jh(i,e){i.seq.push(e),i.map[e.id]=e}function _x(i,e,t){let n=i.name,s=n.length;for(ac.lastIndex=0;;){let r=ac.exec(n),o=ac.lastIndex,a=r[1],c=r[2]==="]",l=r[3];if(c&&(a=a|0),l===void 0||l==="["&&o+2===s){jh(t,l===void 0?new cc(a,i,e):new uc(a,i,e));break}else{let h=t.map[a];h===void 0&&(h=new hc(a),jh(t,h)),t=h}}}var ls=class{constructor(e,t){this.seq=[],this.map={};let n=e.getProgramParameter(t,e.ACTIVE_UNIFORMS);for(let o=0;o<n;++o){let a=e.getActiveUniform(t,o),c=e.getUniformLocation(t,a.name);_x(a,c,this)}let s=[],r=[];for(let o of this.seq)o.type===e.SAMPLER_2D_SHADOW||o.type===e.SAMPLER_CUBE_SHADOW||o.type===e.SAMPLER_2D_ARRAY_SHADOW?s.push(o):r.push(o);s.length>0&&(this.seq=s.concat(r))}setValue(e,t,n,s){let r=this.map[t];r!==void 0&&r.setValue(e,n,s)}setOptional(e,t,n){let s=t[n];s!==void 0&&this.setValue(e,n,s)}static upload(e,t,n,s){for(let r=0,o=t.length;r!==o;++r){let a=t[r],c=n[a.id];c.needsUpdate!==!1&&a.setValue(e,c.value,s)}}static seqWithValue(e,t){let n=[];for(let s=0,r=e.length;s!==r;++s){let o=e[s];o.id in t&&n.push(o)}return n}};function Qh(i,e,t){let n=i.createShader(e);return i.shaderSource(n,t),i.compileShader(n),n}var bx=37297,Sx=0;function Mx(i,e){let t=i.split(`
`),n=[],s=Math.max(e-6,0),r=Math.min(e+6,t.length);for(let o=s;o<r;o++){let a=o+1;n.push(`${a===e?">":" "} ${a}: ${t[o]}`)}return n.join(`
`)}var ed=new De;function wx(i){Xe._getMatrix(ed,Xe.workingColorSpace,i);let e=`mat3( ${ed.elements.map(t=>t.toFixed(4))} )`;switch(Xe.getTransfer(i)){case Cs:return[e,"LinearTransferOETF"];case Je:return[e,"sRGBTransferOETF"];default:return Le("WebGLProgram: Unsupported color space: ",i),[e,"LinearTransferOETF"]}}function td(i,e,t){let n=i.getShaderParameter(e,i.COMPILE_STATUS),r=(i.getShaderInfoLog(e)||"").trim();if(n&&r==="")return"";let o=/ERROR: 0:(\d+)/.exec(r);if(o){let a=parseInt(o[1]);return t.toUpperCase()+`

`+r+`

`+Mx(i.getShaderSource(e),a)}else return r}function Ax(i,e){let t=wx(e);return[`vec4 ${i}( vec4 value ) {`,`	return ${t[1]}( vec4( ${t[0]} * value.rgb, value.a ) );`,"}"].join(`
`)}var Ex={[Il]:"Linear",[Ll]:"Reinhard",[Nl]:"Cineon",[Dl]:"ACESFilmic",[Ul]:"AgX",[Ol]:"Neutral",[Fl]:"Custom"};function Tx(i,e){let t=Ex[e];return t===void 0?(Le("WebGLProgram: Unsupported toneMapping:",e),"vec3 "+i+"( vec3 color ) { return LinearToneMapping( color ); }"):"vec3 "+i+"( vec3 color ) { return "+t+"ToneMapping( color ); }"}var ha=new q;function Cx(){Xe.getLuminanceCoefficients(ha);let i=ha.x.toFixed(4),e=ha.y.toFixed(4),t=ha.z.toFixed(4);return["float luminance( const in vec3 rgb ) {",`	const vec3 weights = vec3( ${i}, ${e}, ${t} );`,"	return dot( weights, rgb );","}"].join(`
`)}function Rx(i){return[i.extensionClipCullDistance?"#extension GL_ANGLE_clip_cull_distance : require":"",i.extensionMultiDraw?"#extension GL_ANGLE_multi_draw : require":""].filter(tr).join(`
`)}function Px(i){let e=[];for(let t in i){let n=i[t];n!==!1&&e.push("#define "+t+" "+n)}return e.join(`
`)}function Ix(i,e){let t={},n=i.getProgramParameter(e,i.ACTIVE_ATTRIBUTES);for(let s=0;s<n;s++){let r=i.getActiveAttrib(e,s),o=r.name,a=1;r.type===i.FLOAT_MAT2&&(a=2),r.type===i.FLOAT_MAT3&&(a=3),r.type===i.FLOAT_MAT4&&(a=4),t[o]={type:r.type,location:i.getAttribLocation(e,o),locationSize:a}}return t}function tr(i){return i!==""}function nd(i,e){let t=e.numSpotLightShadows+e.numSpotLightMaps-e.numSpotLightShadowsWithMaps;return i.replace(/NUM_SUN_LIGHTS/g,e.numSunLights).replace(/NUM_DIR_LIGHTS/g,e.numDirLights).replace(/NUM_SPOT_LIGHTS/g,e.numSpotLights).replace(/NUM_SPOT_LIGHT_MAPS/g,e.numSpotLightMaps).replace(/NUM_SPOT_LIGHT_COORDS/g,t).replace(/NUM_RECT_AREA_LIGHTS/g,e.numRectAreaLights).replace(/NUM_POINT_LIGHTS/g,e.numPointLights).replace(/NUM_HEMI_LIGHTS/g,e.numHemiLights).replace(/NUM_SUN_LIGHT_SHADOWS/g,e.numSunLightShadows).replace(/NUM_DIR_LIGHT_SHADOWS/g,e.numDirLightShadows).replace(/NUM_SPOT_LIGHT_SHADOWS_WITH_MAPS/g,e.numSpotLightShadowsWithMaps).replace(/NUM_SPOT_LIGHT_SHADOWS/g,e.numSpotLightShadows).replace(/NUM_POINT_LIGHT_SHADOWS/g,e.numPointLightShadows).replace(/NUM_LIGHT_PROBE_GRIDS/g,e.numLightProbeGrids)}function id(i,e){return i.replace(/NUM_CLIPPING_PLANES/g,e.numClippingPlanes).replace(/UNION_CLIPPING_PLANES/g,e.numClippingPlanes-e.numClipIntersection)}var Lx=/^[ \t]*#include +<([\w\d./]+)>/gm;function dc(i){return i.replace(Lx,Nx)}function Nx(i,e){let t=ze[e];if(t===void 0)throw new Error("THREE.WebGLProgram: Can not resolve #include <"+e+">");return dc(t)}var Dx=/#pragma unroll_loop_start\s+for\s*\(\s*int\s+i\s*=\s*(\d+)\s*;\s*i\s*<\s*(\d+)\s*;\s*i\s*\+\+\s*\)\s*{([\s\S]+?)}\s+#pragma unroll_loop_end/g;function sd(i){return i.replace(Dx,Fx)}function Fx(i,e,t,n){let s="";for(let r=parseInt(e);r<parseInt(t);r++)s+=n.replace(/\[\s*i\s*\]/g,"[ "+r+" ]").replace(/UNROLLED_LOOP_INDEX/g,r);return s}function rd(i){let e=`precision ${i.precision} float;
	precision ${i.precision} int;
	precision ${i.precision} sampler2D;
	precision ${i.precision} samplerCube;
	precision ${i.precision} sampler3D;
	precision ${i.precision} sampler2DArray;
	precision ${i.precision} sampler2DShadow;
	precision ${i.precision} samplerCubeShadow;
	precision ${i.precision} sampler2DArrayShadow;
	precision ${i.precision} isampler2D;
	precision ${i.precision} isampler3D;
	precision ${i.precision} isamplerCube;
	precision ${i.precision} isampler2DArray;
	precision ${i.precision} usampler2D;
	precision ${i.precision} usampler3D;
	precision ${i.precision} usamplerCube;
	precision ${i.precision} usampler2DArray;
	`;return i.precision==="highp"?e+=`
#define HIGH_PRECISION`:i.precision==="mediump"?e+=`
#define MEDIUM_PRECISION`:i.precision==="lowp"&&(e+=`
#define LOW_PRECISION`),e}var Ux={[Ws]:"SHADOWMAP_TYPE_PCF",[ss]:"SHADOWMAP_TYPE_VSM"};function Ox(i){return Ux[i.shadowMapType]||"SHADOWMAP_TYPE_BASIC"}var Bx={[os]:"ENVMAP_MODE_REFRACTION"};function kx(i){return i.envMap===!1?"ENVMAP_MODE_REFLECTION":Bx[i.envMapMode]||"ENVMAP_MODE_REFLECTION"}var zx={[Pl]:"ENVMAP_BLENDING_MULTIPLY",[Sh]:"ENVMAP_BLENDING_MIX",[Mh]:"ENVMAP_BLENDING_ADD"};function Vx(i){return i.envMap===!1?"ENVMAP_BLENDING_NONE":zx[i.combine]||"ENVMAP_BLENDING_NONE"}function Hx(i,e,t,n){let s=i.getContext(),r=t.defines,o=t.vertexShader,a=t.fragmentShader,c=Ox(t),l=t.envMapPMREM===!0?"ENVMAP_TYPE_PMREM":"ENVMAP_TYPE_CUBE",u=kx(t),h=Vx(t),d=Rx(t),f=Px(r),g=s.createProgram(),y,p,m=t.glslVersion?"#version "+t.glslVersion+`
`:"";t.isRawShaderMaterial?(y=["#define SHADER_TYPE "+t.shaderType,"#define SHADER_NAME "+t.shaderName,f].filter(tr).join(`
`),y.length>0&&(y+=`
`),p=["#define SHADER_TYPE "+t.shaderType,"#define SHADER_NAME "+t.shaderName,f].filter(tr).join(`
`),p.length>0&&(p+=`
`)):(y=[rd(t),"#define SHADER_TYPE "+t.shaderType,"#define SHADER_NAME "+t.shaderName,f,t.extensionClipCullDistance?"#define USE_CLIP_DISTANCE":"",t.batching?"#define USE_BATCHING":"",t.batchingColor?"#define USE_BATCHING_COLOR":"",t.instancing?"#define USE_INSTANCING":"",t.instancingColor?"#define USE_INSTANCING_COLOR":"",t.instancingMorph?"#define USE_INSTANCING_MORPH":"",t.useFog&&t.fog?"#define USE_FOG":"",t.useFog&&t.fogExp2?"#define FOG_EXP2":"",t.map?"#define USE_MAP":"",t.envMap?"#define USE_ENVMAP":"",t.envMap?"#define "+u:"",t.lightMap?"#define USE_LIGHTMAP":"",t.aoMap?"#define USE_AOMAP":"",t.bumpMap?"#define USE_BUMPMAP":"",t.normalMap?"#define USE_NORMALMAP":"",t.normalMapObjectSpace?"#define USE_NORMALMAP_OBJECTSPACE":"",t.normalMapTangentSpace?"#define USE_NORMALMAP_TANGENTSPACE":"",t.displacementMap?"#define USE_DISPLACEMENTMAP":"",t.emissiveMap?"#define USE_EMISSIVEMAP":"",t.anisotropy?"#define USE_ANISOTROPY":"",t.anisotropyMap?"#define USE_ANISOTROPYMAP":"",t.clearcoatMap?"#define USE_CLEARCOATMAP":"",t.clearcoatRoughnessMap?"#define USE_CLEARCOAT_ROUGHNESSMAP":"",t.clearcoatNormalMap?"#define USE_CLEARCOAT_NORMALMAP":"",t.diffuseRoughnessMap?"#define USE_DIFFUSE_ROUGHNESSMAP":"",t.iridescenceMap?"#define USE_IRIDESCENCEMAP":"",t.iridescenceThicknessMap?"#define USE_IRIDESCENCE_THICKNESSMAP":"",t.specularMap?"#define USE_SPECULARMAP":"",t.specularColorMap?"#define USE_SPECULAR_COLORMAP":"",t.specularIntensityMap?"#define USE_SPECULAR_INTENSITYMAP":"",t.roughnessMap?"#define USE_ROUGHNESSMAP":"",t.metalnessMap?"#define USE_METALNESSMAP":"",t.alphaMap?"#define USE_ALPHAMAP":"",t.alphaHash?"#define USE_ALPHAHASH":"",t.transmission?"#define USE_TRANSMISSION":"",t.transmissionMap?"#define USE_TRANSMISSIONMAP":"",t.thicknessMap?"#define USE_THICKNESSMAP":"",t.sheenColorMap?"#define USE_SHEEN_COLORMAP":"",t.sheenRoughnessMap?"#define USE_SHEEN_ROUGHNESSMAP":"",t.mapUv?"#define MAP_UV "+t.mapUv:"",t.alphaMapUv?"#define ALPHAMAP_UV "+t.alphaMapUv:"",t.lightMapUv?"#define LIGHTMAP_UV "+t.lightMapUv:"",t.aoMapUv?"#define AOMAP_UV "+t.aoMapUv:"",t.emissiveMapUv?"#define EMISSIVEMAP_UV "+t.emissiveMapUv:"",t.bumpMapUv?"#define BUMPMAP_UV "+t.bumpMapUv:"",t.normalMapUv?"#define NORMALMAP_UV "+t.normalMapUv:"",t.displacementMapUv?"#define DISPLACEMENTMAP_UV "+t.displacementMapUv:"",t.metalnessMapUv?"#define METALNESSMAP_UV "+t.metalnessMapUv:"",t.roughnessMapUv?"#define ROUGHNESSMAP_UV "+t.roughnessMapUv:"",t.anisotropyMapUv?"#define ANISOTROPYMAP_UV "+t.anisotropyMapUv:"",t.clearcoatMapUv?"#define CLEARCOATMAP_UV "+t.clearcoatMapUv:"",t.clearcoatNormalMapUv?"#define CLEARCOAT_NORMALMAP_UV "+t.clearcoatNormalMapUv:"",t.clearcoatRoughnessMapUv?"#define CLEARCOAT_ROUGHNESSMAP_UV "+t.clearcoatRoughnessMapUv:"",t.diffuseRoughnessMapUv?"#define DIFFUSE_ROUGHNESSMAP_UV "+t.diffuseRoughnessMapUv:"",t.iridescenceMapUv?"#define IRIDESCENCEMAP_UV "+t.iridescenceMapUv:"",t.iridescenceThicknessMapUv?"#define IRIDESCENCE_THICKNESSMAP_UV "+t.iridescenceThicknessMapUv:"",t.sheenColorMapUv?"#define SHEEN_COLORMAP_UV "+t.sheenColorMapUv:"",t.sheenRoughnessMapUv?"#define SHEEN_ROUGHNESSMAP_UV "+t.sheenRoughnessMapUv:"",t.specularMapUv?"#define SPECULARMAP_UV "+t.specularMapUv:"",t.specularColorMapUv?"#define SPECULAR_COLORMAP_UV "+t.specularColorMapUv:"",t.specularIntensityMapUv?"#define SPECULAR_INTENSITYMAP_UV "+t.specularIntensityMapUv:"",t.transmissionMapUv?"#define TRANSMISSIONMAP_UV "+t.transmissionMapUv:"",t.thicknessMapUv?"#define THICKNESSMAP_UV "+t.thicknessMapUv:"",t.vertexTangents&&t.flatShading===!1?"#define USE_TANGENT":"",t.vertexNormals?"#define HAS_NORMAL":"",t.vertexColors?"#define USE_COLOR":"",t.vertexAlphas?"#define USE_COLOR_ALPHA":"",t.vertexUv1s?"#define USE_UV1":"",t.vertexUv2s?"#define USE_UV2":"",t.vertexUv3s?"#define USE_UV3":"",t.pointsUvs?"#define USE_POINTS_UV":"",t.flatShading?"#define FLAT_SHADED":"",t.skinning?"#define USE_SKINNING":"",t.morphTargets?"#define USE_MORPHTARGETS":"",t.morphNormals&&t.flatShading===!1?"#define USE_MORPHNORMALS":"",t.morphColors?"#define USE_MORPHCOLORS":"",t.morphTargetsCount>0?"#define MORPHTARGETS_TEXTURE_STRIDE "+t.morphTextureStride:"",t.morphTargetsCount>0?"#define MORPHTARGETS_COUNT "+t.morphTargetsCount:"",t.doubleSided?"#define DOUBLE_SIDED":"",t.flipSided?"#define FLIP_SIDED":"",t.shadowMapEnabled?"#define USE_SHADOWMAP":"",t.shadowMapEnabled?"#define "+c:"",t.sizeAttenuation?"#define USE_SIZEATTENUATION":"",t.numLightProbes>0?"#define USE_LIGHT_PROBES":"",t.logarithmicDepthBuffer?"#define USE_LOGARITHMIC_DEPTH_BUFFER":"",t.reversedDepthBuffer?"#define USE_REVERSED_DEPTH_BUFFER":"","uniform mat4 modelMatrix;","uniform mat4 modelViewMatrix;","uniform mat4 projectionMatrix;","uniform mat4 viewMatrix;","uniform mat3 normalMatrix;","uniform vec3 cameraPosition;","uniform bool isOrthographic;","#ifdef USE_INSTANCING","	attribute mat4 instanceMatrix;","#endif","#ifdef USE_INSTANCING_COLOR","	attribute vec3 instanceColor;","#endif","#ifdef USE_INSTANCING_MORPH","	uniform sampler2D morphTexture;","#endif","attribute vec3 position;","attribute vec3 normal;","attribute vec2 uv;","#ifdef USE_UV1","	attribute vec2 uv1;","#endif","#ifdef USE_UV2","	attribute vec2 uv2;","#endif","#ifdef USE_UV3","	attribute vec2 uv3;","#endif","#ifdef USE_TANGENT","	attribute vec4 tangent;","#endif","#if defined( USE_COLOR_ALPHA )","	attribute vec4 color;","#elif defined( USE_COLOR )","	attribute vec3 color;","#endif","#ifdef USE_SKINNING","	attribute vec4 skinIndex;","	attribute vec4 skinWeight;","#endif",`
`].filter(tr).join(`
`),p=[rd(t),"#define SHADER_TYPE "+t.shaderType,"#define SHADER_NAME "+t.shaderName,f,t.useFog&&t.fog?"#define USE_FOG":"",t.useFog&&t.fogExp2?"#define FOG_EXP2":"",t.alphaToCoverage?"#define ALPHA_TO_COVERAGE":"",t.map?"#define USE_MAP":"",t.matcap?"#define USE_MATCAP":"",t.envMap?"#define USE_ENVMAP":"",t.envMap?"#define "+l:"",t.envMap?"#define "+u:"",t.envMap?"#define "+h:"",t.envMapPMREM?"#define ENVMAP_MAX_LOD "+t.envMapMaxLod+".0":"",t.envMapPMREM?"#define ENVMAP_SIZE "+t.envMapSize+".0":"",t.lightMap?"#define USE_LIGHTMAP":"",t.aoMap?"#define USE_AOMAP":"",t.bumpMap?"#define USE_BUMPMAP":"",t.normalMap?"#define USE_NORMALMAP":"",t.normalMapObjectSpace?"#define USE_NORMALMAP_OBJECTSPACE":"",t.normalMapTangentSpace?"#define USE_NORMALMAP_TANGENTSPACE":"",t.packedNormalMap?"#define USE_PACKED_NORMALMAP":"",t.emissiveMap?"#define USE_EMISSIVEMAP":"",t.anisotropy?"#define USE_ANISOTROPY":"",t.anisotropyMap?"#define USE_ANISOTROPYMAP":"",t.clearcoat?"#define USE_CLEARCOAT":"",t.clearcoatMap?"#define USE_CLEARCOATMAP":"",t.clearcoatRoughnessMap?"#define USE_CLEARCOAT_ROUGHNESSMAP":"",t.clearcoatNormalMap?"#define USE_CLEARCOAT_NORMALMAP":"",t.diffuseRoughness?"#define USE_DIFFUSE_ROUGHNESS":"",t.diffuseRoughnessMap?"#define USE_DIFFUSE_ROUGHNESSMAP":"",t.dispersion?"#define USE_DISPERSION":"",t.retroreflection?"#define USE_RETROREFLECTION":"",t.iridescence?"#define USE_IRIDESCENCE":"",t.iridescenceMap?"#define USE_IRIDESCENCEMAP":"",t.iridescenceThicknessMap?"#define USE_IRIDESCENCE_THICKNESSMAP":"",t.specularMap?"#define USE_SPECULARMAP":"",t.specularColorMap?"#define USE_SPECULAR_COLORMAP":"",t.specularIntensityMap?"#define USE_SPECULAR_INTENSITYMAP":"",t.roughnessMap?"#define USE_ROUGHNESSMAP":"",t.metalnessMap?"#define USE_METALNESSMAP":"",t.alphaMap?"#define USE_ALPHAMAP":"",t.alphaTest?"#define USE_ALPHATEST":"",t.alphaHash?"#define USE_ALPHAHASH":"",t.sheen?"#define USE_SHEEN":"",t.sheenColorMap?"#define USE_SHEEN_COLORMAP":"",t.sheenRoughnessMap?"#define USE_SHEEN_ROUGHNESSMAP":"",t.transmission?"#define USE_TRANSMISSION":"",t.transmissionMap?"#define USE_TRANSMISSIONMAP":"",t.thicknessMap?"#define USE_THICKNESSMAP":"",t.vertexTangents&&t.flatShading===!1?"#define USE_TANGENT":"",t.vertexColors||t.instancingColor?"#define USE_COLOR":"",t.vertexAlphas||t.batchingColor?"#define USE_COLOR_ALPHA":"",t.vertexUv1s?"#define USE_UV1":"",t.vertexUv2s?"#define USE_UV2":"",t.vertexUv3s?"#define USE_UV3":"",t.pointsUvs?"#define USE_POINTS_UV":"",t.gradientMap?"#define USE_GRADIENTMAP":"",t.flatShading?"#define FLAT_SHADED":"",t.doubleSided?"#define DOUBLE_SIDED":"",t.flipSided?"#define FLIP_SIDED":"",t.shadowMapEnabled?"#define USE_SHADOWMAP":"",t.shadowMapEnabled?"#define "+c:"",t.premultipliedAlpha?"#define PREMULTIPLIED_ALPHA":"",t.numLightProbes>0?"#define USE_LIGHT_PROBES":"",t.decodeVideoTexture?"#define DECODE_VIDEO_TEXTURE":"",t.decodeVideoTextureEmissive?"#define DECODE_VIDEO_TEXTURE_EMISSIVE":"",t.logarithmicDepthBuffer?"#define USE_LOGARITHMIC_DEPTH_BUFFER":"",t.reversedDepthBuffer?"#define USE_REVERSED_DEPTH_BUFFER":"","uniform mat4 viewMatrix;","uniform vec3 cameraPosition;","uniform bool isOrthographic;",t.toneMapping!==Sn?"#define TONE_MAPPING":"",t.toneMapping!==Sn?ze.tonemapping_pars_fragment:"",t.toneMapping!==Sn?Tx("toneMapping",t.toneMapping):"",t.dithering?"#define DITHERING":"",t.opaque?"#define OPAQUE":"",ze.colorspace_pars_fragment,Ax("linearToOutputTexel",t.outputColorSpace),Cx(),t.useDepthPacking?"#define DEPTH_PACKING "+t.depthPacking:"",`
`].filter(tr).join(`
`)),o=dc(o),o=nd(o,t),o=id(o,t),a=dc(a),a=nd(a,t),a=id(a,t),o=sd(o),a=sd(a),t.isRawShaderMaterial!==!0&&(m=`#version 300 es
`,y=[d,"#define attribute in","#define varying out","#define texture2D texture"].join(`
`)+`
`+y,p=["#define varying in",t.glslVersion===js?"":"layout(location = 0) out highp vec4 pc_fragColor;",t.glslVersion===js?"":"#define gl_FragColor pc_fragColor","#define gl_FragDepthEXT gl_FragDepth","#define texture2D texture","#define textureCube texture","#define texture2DProj textureProj","#define texture2DLodEXT textureLod","#define texture2DProjLodEXT textureProjLod","#define textureCubeLodEXT textureLod","#define texture2DGradEXT textureGrad","#define texture2DProjGradEXT textureProjGrad","#define textureCubeGradEXT textureGrad"].join(`
`)+`
`+p);let v=m+y+o,S=m+p+a,_=Qh(s,s.VERTEX_SHADER,v),A=Qh(s,s.FRAGMENT_SHADER,S);s.attachShader(g,_),s.attachShader(g,A),t.index0AttributeName!==void 0?s.bindAttribLocation(g,0,t.index0AttributeName):t.hasPositionAttribute===!0&&s.bindAttribLocation(g,0,"position"),s.linkProgram(g);function w(D){if(i.debug.checkShaderErrors){let R=s.getProgramInfoLog(g)||"",L=s.getShaderInfoLog(_)||"",O=s.getShaderInfoLog(A)||"",P=R.trim(),G=L.trim(),Z=O.trim(),W=!0,re=!0;if(s.getProgramParameter(g,s.LINK_STATUS)===!1)if(W=!1,typeof i.debug.onShaderError=="function")i.debug.onShaderError(s,g,_,A);else{let Y=td(s,_,"vertex"),ee=td(s,A,"fragment");Ne("WebGLProgram: Shader Error "+s.getError()+" - VALIDATE_STATUS "+s.getProgramParameter(g,s.VALIDATE_STATUS)+`

Material Name: `+D.name+`
Material Type: `+D.type+`

Program Info Log: `+P+`
`+Y+`
`+ee)}else P!==""?Le("WebGLProgram: Program Info Log:",P):(G===""||Z==="")&&(re=!1);re&&(D.diagnostics={runnable:W,programLog:P,vertexShader:{log:G,prefix:y},fragmentShader:{log:Z,prefix:p}})}s.deleteShader(_),s.deleteShader(A),x=new ls(s,g),E=Ix(s,g)}let x;this.getUniforms=function(){return x===void 0&&w(this),x};let E;this.getAttributes=function(){return E===void 0&&w(this),E};let U=t.rendererExtensionParallelShaderCompile===!1;return this.isReady=function(){return U===!1&&(U=s.getProgramParameter(g,bx)),U},this.destroy=function(){n.releaseStatesOfProgram(this),s.deleteProgram(g),this.program=void 0},this.type=t.shaderType,this.name=t.shaderName,this.id=Sx++,this.cacheKey=e,this.usedTimes=1,this.program=g,this.vertexShader=_,this.fragmentShader=A,this}var Gx=0,fc=class{constructor(){this.shaderCache=new Map,this.materialCache=new Map}update(e,t,n){let s=this._getShaderCacheForMaterial(e);return s.has(t)===!1&&(s.add(t),t.usedTimes++),s.has(n)===!1&&(s.add(n),n.usedTimes++),this}remove(e){let t=this.materialCache.get(e);for(let n of t)n.usedTimes--,n.usedTimes===0&&this.shaderCache.delete(n.code);return this.materialCache.delete(e),this}getVertexShaderStage(e){return this._getShaderStage(e.vertexShader)}getFragmentShaderStage(e){return this._getShaderStage(e.fragmentShader)}dispose(){this.shaderCache.clear(),this.materialCache.clear()}_getShaderCacheForMaterial(e){let t=this.materialCache,n=t.get(e);return n===void 0&&(n=new Set,t.set(e,n)),n}_getShaderStage(e){let t=this.shaderCache,n=t.get(e);return n===void 0&&(n=new pc(e),t.set(e,n)),n}},pc=class{constructor(e){this.id=Gx++,this.code=e,this.usedTimes=0}};function Wx(i){return i===ri||i===Js||i===Ks}function Xx(i,e,t,n,s,r){let o=new Ls,a=new fc,c=new Set,l=[],u=new Map,h=n.logarithmicDepthBuffer,d={MeshDepthMaterial:"depth",MeshDistanceMaterial:"distance",MeshNormalMaterial:"normal",MeshBasicMaterial:"basic",MeshLambertMaterial:"lambert",MeshPhongMaterial:"phong",MeshToonMaterial:"toon",MeshStandardMaterial:"physical",MeshPhysicalMaterial:"physical",MeshMatcapMaterial:"matcap",LineBasicMaterial:"basic",LineDashedMaterial:"dashed",PointsMaterial:"points",ShadowMaterial:"shadow",SpriteMaterial:"sprite"};function f(x){return c.add(x),x===0?"uv":`uv${x}`}function g(x,E,U,D,R,L){let O=D.fog,P=R.geometry,G=x.isMeshStandardMaterial||x.isMeshLambertMaterial||x.isMeshPhongMaterial?D.environment:null,Z=x.isMeshStandardMaterial||x.isMeshLambertMaterial&&!x.envMap||x.isMeshPhongMaterial&&!x.envMap,W=e.get(x.envMap||G,Z),re=d[x.type],Y=n.precision;x.precision!==null&&(Y=n.getMaxPrecision(x.precision),Y!==x.precision&&Le("WebGLProgram.getParameters:",x.precision,"not supported, using",Y,"instead."));let ee=P.morphAttributes.position||P.morphAttributes.normal||P.morphAttributes.color,ie=ee!==void 0?ee.length:0,B=0;P.morphAttributes.position!==void 0&&(B=1),P.morphAttributes.normal!==void 0&&(B=2),P.morphAttributes.color!==void 0&&(B=3);let ne,V,se,me;if(re){let _e=wn[re];ne=_e.vertexShader,V=_e.fragmentShader}else{ne=x.vertexShader,V=x.fragmentShader;let _e=a.getVertexShaderStage(x),je=a.getFragmentShaderStage(x);a.update(x,_e,je),se=_e.id,me=je.id}let ye=i.getRenderTarget(),ce=i.state.buffers.depth.getReversed(),Se=R.isInstancedMesh===!0,it=R.isBatchedMesh===!0,Ie=!!x.map,Ke=!!x.matcap,Qe=!!W,He=Qe&&W.isPMREMTexture===!0,Mt=!!x.aoMap,mt=!!x.lightMap,kt=!!x.bumpMap&&x.wireframe===!1,lt=!!x.normalMap,mn=!!x.displacementMap,vt=!!x.emissiveMap,Zt=!!x.metalnessMap,Jt=!!x.roughnessMap,Kt=x.anisotropy>0,F=x.clearcoat>0,jt=x.diffuseRoughness>0,ot=x.dispersion>0,at=x.retroreflectivity>0,ve=x.iridescence>0,gt=x.sheen>0,Pe=x.transmission>0,Fe=Kt&&!!x.anisotropyMap,T=F&&!!x.clearcoatMap,b=F&&!!x.clearcoatNormalMap,z=F&&!!x.clearcoatRoughnessMap,oe=jt&&!!x.diffuseRoughnessMap,te=ve&&!!x.iridescenceMap,ue=ve&&!!x.iridescenceThicknessMap,ge=gt&&!!x.sheenColorMap,K=gt&&!!x.sheenRoughnessMap,j=!!x.specularMap,de=!!x.specularColorMap,I=!!x.specularIntensityMap,Q=Pe&&!!x.transmissionMap,J=Pe&&!!x.thicknessMap,fe=!!x.gradientMap,le=!!x.alphaMap,he=x.alphaTest>0,Ce=!!x.alphaHash,ke=!!x.extensions,ae=Sn;x.toneMapped&&(ye===null||ye.isXRRenderTarget===!0)&&(ae=i.toneMapping);let Re=He?W.isCompressedCubeTexture?W.image[0].mipmaps:W.mipmaps:null,Be={shaderID:re,shaderType:x.type,shaderName:x.name,vertexShader:ne,fragmentShader:V,defines:x.defines,customVertexShaderID:se,customFragmentShaderID:me,isRawShaderMaterial:x.isRawShaderMaterial===!0,glslVersion:x.glslVersion,precision:Y,batching:it,batchingColor:it&&R._colorsTexture!==null,instancing:Se,instancingColor:Se&&R.instanceColor!==null,instancingMorph:Se&&R.morphTexture!==null,outputColorSpace:ye===null?i.outputColorSpace:ye.isXRRenderTarget===!0?ye.texture.colorSpace:Xe.workingColorSpace,alphaToCoverage:!!x.alphaToCoverage,map:Ie,matcap:Ke,envMap:Qe,envMapMode:Qe&&W.mapping,envMapPMREM:He,envMapMaxLod:He?Re.length-1:null,envMapSize:He?Re[0].width:null,aoMap:Mt,lightMap:mt,bumpMap:kt,normalMap:lt,displacementMap:mn,emissiveMap:vt,normalMapObjectSpace:lt&&x.normalMapType===Eh,normalMapTangentSpace:lt&&x.normalMapType===ql,packedNormalMap:lt&&x.normalMapType===ql&&Wx(x.normalMap.format),metalnessMap:Zt,roughnessMap:Jt,anisotropy:Kt,anisotropyMap:Fe,clearcoat:F,clearcoatMap:T,clearcoatNormalMap:b,clearcoatRoughnessMap:z,diffuseRoughness:jt,diffuseRoughnessMap:oe,dispersion:ot,retroreflection:at,iridescence:ve,iridescenceMap:te,iridescenceThicknessMap:ue,sheen:gt,sheenColorMap:ge,sheenRoughnessMap:K,specularMap:j,specularColorMap:de,specularIntensityMap:I,transmission:Pe,transmissionMap:Q,thicknessMap:J,gradientMap:fe,opaque:x.transparent===!1&&x.blending===rs&&x.alphaToCoverage===!1,alphaMap:le,alphaTest:he,alphaHash:Ce,combine:x.combine,mapUv:Ie&&f(x.map.channel),aoMapUv:Mt&&f(x.aoMap.channel),lightMapUv:mt&&f(x.lightMap.channel),bumpMapUv:kt&&f(x.bumpMap.channel),normalMapUv:lt&&f(x.normalMap.channel),displacementMapUv:mn&&f(x.displacementMap.channel),emissiveMapUv:vt&&f(x.emissiveMap.channel),metalnessMapUv:Zt&&f(x.metalnessMap.channel),roughnessMapUv:Jt&&f(x.roughnessMap.channel),anisotropyMapUv:Fe&&f(x.anisotropyMap.channel),clearcoatMapUv:T&&f(x.clearcoatMap.channel),clearcoatNormalMapUv:b&&f(x.clearcoatNormalMap.channel),clearcoatRoughnessMapUv:z&&f(x.clearcoatRoughnessMap.channel),diffuseRoughnessMapUv:oe&&f(x.diffuseRoughnessMap.channel),iridescenceMapUv:te&&f(x.iridescenceMap.channel),iridescenceThicknessMapUv:ue&&f(x.iridescenceThicknessMap.channel),sheenColorMapUv:ge&&f(x.sheenColorMap.channel),sheenRoughnessMapUv:K&&f(x.sheenRoughnessMap.channel),specularMapUv:j&&f(x.specularMap.channel),specularColorMapUv:de&&f(x.specularColorMap.channel),specularIntensityMapUv:I&&f(x.specularIntensityMap.channel),transmissionMapUv:Q&&f(x.transmissionMap.channel),thicknessMapUv:J&&f(x.thicknessMap.channel),alphaMapUv:le&&f(x.alphaMap.channel),vertexTangents:!!P.attributes.tangent&&(lt||Kt),vertexNormals:!!P.attributes.normal,vertexColors:x.vertexColors,vertexAlphas:x.vertexColors===!0&&!!P.attributes.color&&P.attributes.color.itemSize===4,pointsUvs:R.isPoints===!0&&!!P.attributes.uv&&(Ie||le),fog:!!O,useFog:x.fog===!0,fogExp2:!!O&&O.isFogExp2,flatShading:x.wireframe===!1&&(x.flatShading===!0||P.attributes.normal===void 0&&lt===!1&&(x.isMeshLambertMaterial||x.isMeshPhongMaterial||x.isMeshStandardMaterial||x.isMeshPhysicalMaterial)),sizeAttenuation:x.sizeAttenuation===!0,logarithmicDepthBuffer:h,reversedDepthBuffer:ce,skinning:R.isSkinnedMesh===!0,hasPositionAttribute:P.attributes.position!==void 0,morphTargets:P.morphAttributes.position!==void 0,morphNormals:P.morphAttributes.normal!==void 0,morphColors:P.morphAttributes.color!==void 0,morphTargetsCount:ie,morphTextureStride:B,numSunLights:E.sun.length,numDirLights:E.directional.length,numPointLights:E.point.length,numSpotLights:E.spot.length,numSpotLightMaps:E.spotLightMap.length,numRectAreaLights:E.rectArea.length,numHemiLights:E.hemi.length,numSunLightShadows:E.sunShadowMap.length,numDirLightShadows:E.directionalShadowMap.length,numPointLightShadows:E.pointShadowMap.length,numSpotLightShadows:E.spotShadowMap.length,numSpotLightShadowsWithMaps:E.numSpotLightShadowsWithMaps,numLightProbes:E.numLightProbes,numLightProbeGrids:L.filter(_e=>_e.texture!==null).length,numClippingPlanes:r.numPlanes,numClipIntersection:r.numIntersection,dithering:x.dithering,shadowMapEnabled:i.shadowMap.enabled&&U.length>0,shadowMapType:i.shadowMap.type,toneMapping:ae,decodeVideoTexture:Ie&&x.map.isVideoTexture===!0&&Xe.getTransfer(x.map.colorSpace)===Je,decodeVideoTextureEmissive:vt&&x.emissiveMap.isVideoTexture===!0&&Xe.getTransfer(x.emissiveMap.colorSpace)===Je,premultipliedAlpha:x.premultipliedAlpha,doubleSided:x.side===bn,flipSided:x.side===Bt,useDepthPacking:x.depthPacking>=0,depthPacking:x.depthPacking||0,index0AttributeName:x.index0AttributeName,extensionClipCullDistance:ke&&x.extensions.clipCullDistance===!0&&t.has("WEBGL_clip_cull_distance"),extensionMultiDraw:(ke&&x.extensions.multiDraw===!0||it)&&t.has("WEBGL_multi_draw"),rendererExtensionParallelShaderCompile:t.has("KHR_parallel_shader_compile"),customProgramCacheKey:x.customProgramCacheKey()};return Be.vertexUv1s=c.has(1),Be.vertexUv2s=c.has(2),Be.vertexUv3s=c.has(3),c.clear(),Be}function y(x){let E=[];if(x.shaderID?E.push(x.shaderID):(E.push(x.customVertexShaderID),E.push(x.customFragmentShaderID)),x.defines!==void 0)for(let U in x.defines)E.push(U),E.push(x.defines[U]);return x.isRawShaderMaterial===!1&&(p(E,x),m(E,x),E.push(i.outputColorSpace)),E.push(x.customProgramCacheKey),E.join()}function p(x,E){x.push(E.precision),x.push(E.outputColorSpace),x.push(E.envMapMode),x.push(E.envMapPMREM),x.push(E.envMapMaxLod),x.push(E.envMapSize),x.push(E.mapUv),x.push(E.alphaMapUv),x.push(E.lightMapUv),x.push(E.aoMapUv),x.push(E.bumpMapUv),x.push(E.normalMapUv),x.push(E.displacementMapUv),x.push(E.emissiveMapUv),x.push(E.metalnessMapUv),x.push(E.roughnessMapUv),x.push(E.anisotropyMapUv),x.push(E.clearcoatMapUv),x.push(E.clearcoatNormalMapUv),x.push(E.clearcoatRoughnessMapUv),x.push(E.diffuseRoughnessMapUv),x.push(E.iridescenceMapUv),x.push(E.iridescenceThicknessMapUv),x.push(E.sheenColorMapUv),x.push(E.sheenRoughnessMapUv),x.push(E.specularMapUv),x.push(E.specularColorMapUv),x.push(E.specularIntensityMapUv),x.push(E.transmissionMapUv),x.push(E.thicknessMapUv),x.push(E.combine),x.push(E.fogExp2),x.push(E.sizeAttenuation),x.push(E.morphTargetsCount),x.push(E.numSunLights),x.push(E.numDirLights),x.push(E.numPointLights),x.push(E.numSpotLights),x.push(E.numSpotLightMaps),x.push(E.numHemiLights),x.push(E.numRectAreaLights),x.push(E.numSunLightShadows),x.push(E.numDirLightShadows),x.push(E.numPointLightShadows),x.push(E.numSpotLightShadows),x.push(E.numSpotLightShadowsWithMaps),x.push(E.numLightProbes),x.push(E.numLightProbeGrids),x.push(E.shadowMapType),x.push(E.toneMapping),x.push(E.numClippingPlanes),x.push(E.numClipIntersection),x.push(E.depthPacking)}function m(x,E){o.disableAll(),E.instancing&&o.enable(0),E.instancingColor&&o.enable(1),E.instancingMorph&&o.enable(2),E.matcap&&o.enable(3),E.envMap&&o.enable(4),E.normalMapObjectSpace&&o.enable(5),E.normalMapTangentSpace&&o.enable(6),E.clearcoat&&o.enable(7),E.iridescence&&o.enable(8),E.alphaTest&&o.enable(9),E.vertexColors&&o.enable(10),E.vertexAlphas&&o.enable(11),E.vertexUv1s&&o.enable(12),E.vertexUv2s&&o.enable(13),E.vertexUv3s&&o.enable(14),E.vertexTangents&&o.enable(15),E.anisotropy&&o.enable(16),E.alphaHash&&o.enable(17),E.batching&&o.enable(18),E.dispersion&&o.enable(19),E.retroreflection&&o.enable(24),E.diffuseRoughness&&o.enable(25),E.batchingColor&&o.enable(20),E.gradientMap&&o.enable(21),E.packedNormalMap&&o.enable(22),E.vertexNormals&&o.enable(23),x.push(o.mask),o.disableAll(),E.fog&&o.enable(0),E.useFog&&o.enable(1),E.flatShading&&o.enable(2),E.logarithmicDepthBuffer&&o.enable(3),E.reversedDepthBuffer&&o.enable(4),E.skinning&&o.enable(5),E.morphTargets&&o.enable(6),E.morphNormals&&o.enable(7),E.morphColors&&o.enable(8),E.premultipliedAlpha&&o.enable(9),E.shadowMapEnabled&&o.enable(10),E.doubleSided&&o.enable(11),E.flipSided&&o.enable(12),E.useDepthPacking&&o.enable(13),E.dithering&&o.enable(14),E.transmission&&o.enable(15),E.sheen&&o.enable(16),E.opaque&&o.enable(17),E.pointsUvs&&o.enable(18),E.decodeVideoTexture&&o.enable(19),E.decodeVideoTextureEmissive&&o.enable(20),E.alphaToCoverage&&o.enable(21),E.numLightProbeGrids>0&&o.enable(22),E.hasPositionAttribute&&o.enable(23),x.push(o.mask)}function v(x){let E=d[x.type],U;if(E){let D=wn[E];U=zh.clone(D.uniforms)}else U=x.uniforms;return U}function S(x,E){let U=u.get(E);return U!==void 0?++U.usedTimes:(U=new Hx(i,E,x,s),l.push(U),u.set(E,U)),U}function _(x){if(--x.usedTimes===0){let E=l.indexOf(x);l[E]=l[l.length-1],l.pop(),u.delete(x.cacheKey),x.destroy()}}function A(x){a.remove(x)}function w(){a.dispose()}return{getParameters:g,getProgramCacheKey:y,getUniforms:v,acquireProgram:S,releaseProgram:_,releaseShaderCache:A,programs:l,dispose:w}}function qx(){let i=new WeakMap;function e(o){return i.has(o)}function t(o){let a=i.get(o);return a===void 0&&(a={},i.set(o,a)),a}function n(o){i.delete(o)}function s(o,a,c){i.get(o)[a]=c}function r(){i=new WeakMap}return{has:e,get:t,remove:n,update:s,dispose:r}}function $x(i,e){return i.groupOrder!==e.groupOrder?i.groupOrder-e.groupOrder:i.renderOrder!==e.renderOrder?i.renderOrder-e.renderOrder:i.material.id!==e.material.id?i.material.id-e.material.id:i.materialVariant!==e.materialVariant?i.materialVariant-e.materialVariant:i.z!==e.z?i.z-e.z:i.id-e.id}function od(i,e){return i.groupOrder!==e.groupOrder?i.groupOrder-e.groupOrder:i.renderOrder!==e.renderOrder?i.renderOrder-e.renderOrder:i.z!==e.z?e.z-i.z:i.id-e.id}function ad(){let i=[],e=0,t=[],n=[],s=[];function r(){e=0,t.length=0,n.length=0,s.length=0}function o(d){let f=0;return d.isInstancedMesh&&(f+=2),d.isSkinnedMesh&&(f+=1),f}function a(d,f,g,y,p,m){let v=i[e];return v===void 0?(v={id:d.id,object:d,geometry:f,material:g,materialVariant:o(d),groupOrder:y,renderOrder:d.renderOrder,z:p,group:m},i[e]=v):(v.id=d.id,v.object=d,v.geometry=f,v.material=g,v.materialVariant=o(d),v.groupOrder=y,v.renderOrder=d.renderOrder,v.z=p,v.group=m),e++,v}function c(d,f,g,y,p,m,v){v.reversedDepth===!0&&(p=-p);let S=a(d,f,g,y,p,m);g.transmission>0?n.push(S):g.transparent===!0?s.push(S):t.push(S)}function l(d,f,g,y,p,m){let v=a(d,f,g,y,p,m);g.transmission>0?n.unshift(v):g.transparent===!0?s.unshift(v):t.unshift(v)}function u(d,f){t.length>1&&t.sort(d||$x),n.length>1&&n.sort(f||od),s.length>1&&s.sort(f||od)}function h(){for(let d=e,f=i.length;d<f;d++){let g=i[d];if(g.id===null)break;g.id=null,g.object=null,g.geometry=null,g.material=null,g.group=null}}return{opaque:t,transmissive:n,transparent:s,init:r,push:c,unshift:l,finish:h,sort:u}}function Yx(){let i=new WeakMap;function e(n,s){let r=i.get(n),o;return r===void 0?(o=new ad,i.set(n,[o])):s>=r.length?(o=new ad,r.push(o)):o=r[s],o}function t(){i=new WeakMap}return{get:e,dispose:t}}function Zx(){let i={};return{get:function(e){if(i[e.id]!==void 0)return i[e.id];let t;switch(e.type){case"SunLight":case"DirectionalLight":t={direction:new q,color:new Ve};break;case"SpotLight":t={position:new q,direction:new q,color:new Ve,distance:0,coneCos:0,penumbraCos:0,decay:0};break;case"PointLight":t={position:new q,color:new Ve,distance:0,decay:0};break;case"HemisphereLight":t={direction:new q,skyColor:new Ve,groundColor:new Ve};break;case"RectAreaLight":t={color:new Ve,position:new q,halfWidth:new q,halfHeight:new q};break}return i[e.id]=t,t}}}function Jx(){let i={};return{get:function(e){if(i[e.id]!==void 0)return i[e.id];let t;switch(e.type){case"SunLight":case"DirectionalLight":t={shadowIntensity:1,shadowBias:0,shadowNormalBias:0,shadowRadius:1,shadowMapSize:new $e};break;case"SpotLight":t={shadowIntensity:1,shadowBias:0,shadowNormalBias:0,shadowRadius:1,shadowMapSize:new $e};break;case"PointLight":t={shadowIntensity:1,shadowBias:0,shadowNormalBias:0,shadowRadius:1,shadowMapSize:new $e,shadowCameraNear:1,shadowCameraFar:1e3};break}return i[e.id]=t,t}}}var Kx=0;function jx(i,e){return(e.castShadow?2:0)-(i.castShadow?2:0)+(e.map?1:0)-(i.map?1:0)}function Qx(i){let e=new Zx,t=Jx(),n={version:0,hash:{sunLength:-1,directionalLength:-1,pointLength:-1,spotLength:-1,rectAreaLength:-1,hemiLength:-1,numSunShadows:-1,numDirectionalShadows:-1,numPointShadows:-1,numSpotShadows:-1,numSpotMaps:-1,numLightProbes:-1},ambient:[0,0,0],probe:[],sun:[],sunShadow:[],sunShadowMap:[],sunShadowMatrix:[],sunShadowCascade:[],directional:[],directionalShadow:[],directionalShadowMap:[],directionalShadowMatrix:[],spot:[],spotLightMap:[],spotShadow:[],spotShadowMap:[],spotLightMatrix:[],rectArea:[],rectAreaLTC1:null,rectAreaLTC2:null,point:[],pointShadow:[],pointShadowMap:[],pointShadowMatrix:[],hemi:[],numSpotLightShadowsWithMaps:0,numLightProbes:0};for(let l=0;l<9;l++)n.probe.push(new q);let s=new q,r=new rt,o=new rt;function a(l){let u=0,h=0,d=0;for(let L=0;L<9;L++)n.probe[L].set(0,0,0);let f=0,g=0,y=0,p=0,m=0,v=0,S=0,_=0,A=0,w=0,x=0,E=0,U=0,D=0;l.sort(jx);for(let L=0,O=l.length;L<O;L++){let P=l[L],G=P.color,Z=P.intensity,W=P.distance,re=null;if(P.shadow&&P.shadow.map&&(P.shadow.map.texture.format===ri?re=P.shadow.map.texture:re=P.shadow.map.depthTexture||P.shadow.map.texture),P.isAmbientLight)u+=G.r*Z,h+=G.g*Z,d+=G.b*Z;else if(P.isLightProbe){for(let Y=0;Y<9;Y++)n.probe[Y].addScaledVector(P.sh.coefficients[Y],Z);D++}else if(P.isSunLight){let Y=e.get(P);if(Y.color.copy(P.color).multiplyScalar(P.intensity),P.castShadow){let ee=P.shadow,ie=t.get(P);ie.shadowIntensity=ee.intensity,ie.shadowBias=ee.bias,ie.shadowNormalBias=ee.normalBias,ie.shadowRadius=ee.radius,ie.shadowMapSize.copy(ee.mapSize).multiply(ee.getFrameExtents()),n.sunShadow[g]=ie,n.sunShadowMap[g]=re;let B=ee.getViewportCount();for(let ne=0;ne<B;ne++)n.sunShadowMatrix[y+ne]=ee.getMatrix(ne),n.sunShadowCascade[y+ne]=ee._cascadeData[ne];y+=B,g++}n.sun[f]=Y,f++}else if(P.isDirectionalLight){let Y=e.get(P);if(Y.color.copy(P.color).multiplyScalar(P.intensity),P.castShadow){let ee=P.shadow,ie=t.get(P);ie.shadowIntensity=ee.intensity,ie.shadowBias=ee.bias,ie.shadowNormalBias=ee.normalBias,ie.shadowRadius=ee.radius,ie.shadowMapSize=ee.mapSize,n.directionalShadow[p]=ie,n.directionalShadowMap[p]=re,n.directionalShadowMatrix[p]=P.shadow.matrix,A++}n.directional[p]=Y,p++}else if(P.isSpotLight){let Y=e.get(P);Y.position.setFromMatrixPosition(P.matrixWorld),Y.color.copy(G).multiplyScalar(Z),Y.distance=W,Y.coneCos=Math.cos(P.angle),Y.penumbraCos=Math.cos(P.angle*(1-P.penumbra)),Y.decay=P.decay,n.spot[v]=Y;let ee=P.shadow;if(P.map&&(n.spotLightMap[E]=P.map,E++,ee.updateMatrices(P),P.castShadow&&U++),n.spotLightMatrix[v]=ee.matrix,P.castShadow){let ie=t.get(P);ie.shadowIntensity=ee.intensity,ie.shadowBias=ee.bias,ie.shadowNormalBias=ee.normalBias,ie.shadowRadius=ee.radius,ie.shadowMapSize=ee.mapSize,n.spotShadow[v]=ie,n.spotShadowMap[v]=re,x++}v++}else if(P.isRectAreaLight){let Y=e.get(P);Y.color.copy(G).multiplyScalar(Z),Y.halfWidth.set(P.width*.5,0,0),Y.halfHeight.set(0,P.height*.5,0),n.rectArea[S]=Y,S++}else if(P.isPointLight){let Y=e.get(P);if(Y.color.copy(P.color).multiplyScalar(P.intensity),Y.distance=P.distance,Y.decay=P.decay,P.castShadow){let ee=P.shadow,ie=t.get(P);ie.shadowIntensity=ee.intensity,ie.shadowBias=ee.bias,ie.shadowNormalBias=ee.normalBias,ie.shadowRadius=ee.radius,ie.shadowMapSize=ee.mapSize,ie.shadowCameraNear=ee.camera.near,ie.shadowCameraFar=ee.camera.far,n.pointShadow[m]=ie,n.pointShadowMap[m]=re,n.pointShadowMatrix[m]=P.shadow.matrix,w++}n.point[m]=Y,m++}else if(P.isHemisphereLight){let Y=e.get(P);Y.skyColor.copy(P.color).multiplyScalar(Z),Y.groundColor.copy(P.groundColor).multiplyScalar(Z),n.hemi[_]=Y,_++}}S>0&&(i.has("OES_texture_float_linear")===!0?(n.rectAreaLTC1=be.LTC_FLOAT_1,n.rectAreaLTC2=be.LTC_FLOAT_2):(n.rectAreaLTC1=be.LTC_HALF_1,n.rectAreaLTC2=be.LTC_HALF_2)),n.ambient[0]=u,n.ambient[1]=h,n.ambient[2]=d;let R=n.hash;(R.sunLength!==f||R.directionalLength!==p||R.pointLength!==m||R.spotLength!==v||R.rectAreaLength!==S||R.hemiLength!==_||R.numSunShadows!==g||R.numDirectionalShadows!==A||R.numPointShadows!==w||R.numSpotShadows!==x||R.numSpotMaps!==E||R.numLightProbes!==D)&&(n.sun.length=f,n.directional.length=p,n.spot.length=v,n.rectArea.length=S,n.point.length=m,n.hemi.length=_,n.sunShadow.length=g,n.sunShadowMap.length=g,n.sunShadowMatrix.length=y,n.sunShadowCascade.length=y,n.directionalShadow.length=A,n.directionalShadowMap.length=A,n.directionalShadowMatrix.length=A,n.pointShadow.length=w,n.pointShadowMap.length=w,n.pointShadowMatrix.length=w,n.spotShadow.length=x,n.spotShadowMap.length=x,n.spotLightMatrix.length=x+E-U,n.spotLightMap.length=E,n.numSpotLightShadowsWithMaps=U,n.numLightProbes=D,R.sunLength=f,R.directionalLength=p,R.pointLength=m,R.spotLength=v,R.rectAreaLength=S,R.hemiLength=_,R.numSunShadows=g,R.numDirectionalShadows=A,R.numPointShadows=w,R.numSpotShadows=x,R.numSpotMaps=E,R.numLightProbes=D,n.version=Kx++)}function c(l,u){let h=0,d=0,f=0,g=0,y=0,p=0,m=u.matrixWorldInverse;for(let v=0,S=l.length;v<S;v++){let _=l[v];if(_.isSunLight){let A=n.sun[h];A.direction.setFromMatrixPosition(_.matrixWorld),A.direction.transformDirection(m),h++}else if(_.isDirectionalLight){let A=n.directional[d];A.direction.setFromMatrixPosition(_.matrixWorld),s.setFromMatrixPosition(_.target.matrixWorld),A.direction.sub(s),A.direction.transformDirection(m),d++}else if(_.isSpotLight){let A=n.spot[g];A.position.setFromMatrixPosition(_.matrixWorld),A.position.applyMatrix4(m),A.direction.setFromMatrixPosition(_.matrixWorld),s.setFromMatrixPosition(_.target.matrixWorld),A.direction.sub(s),A.direction.transformDirection(m),g++}else if(_.isRectAreaLight){let A=n.rectArea[y];A.position.setFromMatrixPosition(_.matrixWorld),A.position.applyMatrix4(m),o.identity(),r.copy(_.matrixWorld),r.premultiply(m),o.extractRotation(r),A.halfWidth.set(_.width*.5,0,0),A.halfHeight.set(0,_.height*.5,0),A.halfWidth.applyMatrix4(o),A.halfHeight.applyMatrix4(o),y++}else if(_.isPointLight){let A=n.point[f];A.position.setFromMatrixPosition(_.matrixWorld),A.position.applyMatrix4(m),f++}else if(_.isHemisphereLight){let A=n.hemi[p];A.direction.setFromMatrixPosition(_.matrixWorld),A.direction.transformDirection(m),p++}}}return{setup:a,setupView:c,state:n}}function ld(i){let e=new Qx(i),t=[],n=[],s=[];function r(h){u.camera=h,t.length=0,n.length=0,s.length=0}function o(h){h.isLightProbeGrid?s.push(h):t.push(h)}function a(h){n.push(h)}function c(){e.setup(t),s.sort((h,d)=>h.priority-d.priority||h.id-d.id)}function l(h){e.setupView(t,h)}let u={lightsArray:t,shadowsArray:n,lightProbeGridArray:s,camera:null,lights:e,transmissionRenderTarget:{},textureUnits:0};return{init:r,state:u,setupLights:c,setupLightsView:l,pushLight:o,pushShadow:a}}function ey(i){let e=new WeakMap;function t(s,r=0){let o=e.get(s),a;return o===void 0?(a=new ld(i),e.set(s,[a])):r>=o.length?(a=new ld(i),o.push(a)):a=o[r],a}function n(){e=new WeakMap}return{get:t,dispose:n}}var ty=`void main() {
	gl_Position = vec4( position, 1.0 );
}`,ny=`uniform sampler2D shadow_pass;
uniform vec2 resolution;
uniform float radius;
void main() {
	const float samples = float( VSM_SAMPLES );
	float mean = 0.0;
	float squared_mean = 0.0;
	float uvStride = samples <= 1.0 ? 0.0 : 2.0 / ( samples - 1.0 );
	float uvStart = samples <= 1.0 ? 0.0 : - 1.0;
	for ( float i = 0.0; i < samples; i ++ ) {
		float uvOffset = uvStart + i * uvStride;
		#ifdef HORIZONTAL_PASS
			vec2 distribution = texture2D( shadow_pass, ( gl_FragCoord.xy + vec2( uvOffset, 0.0 ) * radius ) / resolution ).rg;
			mean += distribution.x;
			squared_mean += distribution.y * distribution.y + distribution.x * distribution.x;
		#else
			float depth = texture2D( shadow_pass, ( gl_FragCoord.xy + vec2( 0.0, uvOffset ) * radius ) / resolution ).r;
			mean += depth;
			squared_mean += depth * depth;
		#endif
	}
	mean = mean / samples;
	squared_mean = squared_mean / samples;
	float std_dev = sqrt( max( 0.0, squared_mean - mean * mean ) );
	gl_FragColor = vec4( mean, std_dev, 0.0, 1.0 );
}`,iy=[new q(1,0,0),new q(-1,0,0),new q(0,1,0),new q(0,-1,0),new q(0,0,1),new q(0,0,-1)],sy=[new q(0,-1,0),new q(0,-1,0),new q(0,0,1),new q(0,0,-1),new q(0,-1,0),new q(0,-1,0)],cd=new rt,er=new q,lc=new q;function ry(i,e,t){let n=new yi,s=new $e,r=new $e,o=new ut,a=new uo,c=new ho,l={},u=t.maxTextureSize,h={[si]:Bt,[Bt]:si,[bn]:bn},d=new sn({defines:{VSM_SAMPLES:8},uniforms:{shadow_pass:{value:null},resolution:{value:new $e},radius:{value:4}},vertexShader:ty,fragmentShader:ny}),f=d.clone();f.defines.HORIZONTAL_PASS=1;let g=new nn;g.setAttribute("position",new zt(new Float32Array([-1,-1,.5,3,-1,.5,-1,3,.5]),3));let y=new _n(g,d),p=this;this.enabled=!1,this.autoUpdate=!0,this.needsUpdate=!1,this.type=Ws;let m=this.type;this.render=function(w,x,E){if(p.enabled===!1||p.autoUpdate===!1&&p.needsUpdate===!1||w.length===0)return;this.type===ih&&(Le("WebGLShadowMap: PCFSoftShadowMap has been removed. Using PCFShadowMap instead."),this.type=Ws);let U=i.getRenderTarget(),D=i.getActiveCubeFace(),R=i.getActiveMipmapLevel(),L=i.state;L.setBlending(vi),L.buffers.depth.getReversed()===!0?L.buffers.color.setClear(0,0,0,0):L.buffers.color.setClear(1,1,1,1),L.buffers.depth.setTest(!0),L.setScissorTest(!1);let O=m!==this.type;O&&x.traverse(function(P){P.material&&(Array.isArray(P.material)?P.material.forEach(G=>G.needsUpdate=!0):P.material.needsUpdate=!0)});for(let P=0,G=w.length;P<G;P++){let Z=w[P],W=Z.shadow;if(W===void 0){Le("WebGLShadowMap:",Z,"has no shadow.");continue}if(W.autoUpdate===!1&&W.needsUpdate===!1)continue;s.copy(W.mapSize);let re=W.getFrameExtents();s.multiply(re),r.copy(W.mapSize),(s.x>u||s.y>u)&&(s.x>u&&(r.x=Math.floor(u/re.x),s.x=r.x*re.x,W.mapSize.x=r.x),s.y>u&&(r.y=Math.floor(u/re.y),s.y=r.y*re.y,W.mapSize.y=r.y));let Y=i.state.buffers.depth.getReversed();if(W.camera._reversedDepth=Y,W.map===null||O===!0){if(W.map!==null&&(W.map.depthTexture!==null&&(W.map.depthTexture.dispose(),W.map.depthTexture=null),W.map.dispose()),this.type===ss){if(Z.isPointLight){Le("WebGLShadowMap: VSM shadow maps are not supported for PointLights. Use PCF or BasicShadowMap instead.");continue}W.map=new Xt(s.x,s.y,{format:ri,type:fn,minFilter:Ct,magFilter:Ct,generateMipmaps:!1}),W.map.texture.name=Z.name+".shadowMap",W.map.depthTexture=new On(s.x,s.y,dn),W.map.depthTexture.name=Z.name+".shadowMapDepth",W.map.depthTexture.format=Un,W.map.depthTexture.compareFunction=null,W.map.depthTexture.minFilter=pt,W.map.depthTexture.magFilter=pt}else Z.isPointLight?(W.map=new nr(s.x),W.map.depthTexture=new ks(s.x,hn)):(W.map=new Xt(s.x,s.y),W.map.depthTexture=new On(s.x,s.y,hn)),W.map.depthTexture.name=Z.name+".shadowMap",W.map.depthTexture.format=Un,this.type===Ws?(W.map.depthTexture.compareFunction=Y?Yl:$l,W.map.depthTexture.minFilter=Ct,W.map.depthTexture.magFilter=Ct):(W.map.depthTexture.compareFunction=null,W.map.depthTexture.minFilter=pt,W.map.depthTexture.magFilter=pt);W.camera.updateProjectionMatrix()}W.map.isWebGLCubeRenderTarget!==!0&&(W.map.width!==s.x||W.map.height!==s.y)&&W.map.setSize(s.x,s.y);let ee=W.map.isWebGLCubeRenderTarget?6:W.getViewportCount();Z.isPointLight!==!0&&W.updateMatrices(Z,E);let ie=(W.camera.layers.mask&4294967294)!==0?W.camera.layers:E.layers;for(let B=0;B<ee;B++){let ne=W.getCamera(B);if(Z.isPointLight){let V=W.camera,se=W.matrix,me=Z.distance||V.far;me!==V.far&&(V.far=me,V.updateProjectionMatrix()),er.setFromMatrixPosition(Z.matrixWorld),V.position.copy(er),lc.copy(V.position),lc.add(iy[B]),V.up.copy(sy[B]),V.lookAt(lc),V.updateMatrixWorld(),se.makeTranslation(-er.x,-er.y,-er.z),cd.multiplyMatrices(V.projectionMatrix,V.matrixWorldInverse),W._frustum.setFromProjectionMatrix(cd,V.coordinateSystem,V.reversedDepth)}if(W.map.isWebGLCubeRenderTarget)i.setRenderTarget(W.map,B),i.clear();else{B===0&&(i.setRenderTarget(W.map),i.clear());let V=W.getViewport(B);o.set(r.x*V.x,r.y*V.y,r.x*V.z,r.y*V.w),L.viewport(o)}n=W.getFrustum(B),_(x,E,ne,Z,ie,this.type)}W.isPointLightShadow!==!0&&this.type===ss&&v(W,E),W.needsUpdate=!1}m=this.type,p.needsUpdate=!1,i.setRenderTarget(U,D,R)};function v(w,x){let E=e.update(y);d.defines.VSM_SAMPLES!==w.blurSamples&&(d.defines.VSM_SAMPLES=w.blurSamples,f.defines.VSM_SAMPLES=w.blurSamples,d.needsUpdate=!0,f.needsUpdate=!0),w.mapPass===null?w.mapPass=new Xt(s.x,s.y,{format:ri,type:fn}):(w.mapPass.width!==w.map.width||w.mapPass.height!==w.map.height)&&w.mapPass.setSize(w.map.width,w.map.height),d.uniforms.shadow_pass.value=w.map.depthTexture,d.uniforms.resolution.value.set(w.map.width,w.map.height),d.uniforms.radius.value=w.radius,i.setRenderTarget(w.mapPass),i.clear(),i.renderBufferDirect(x,null,E,d,y,null),f.uniforms.shadow_pass.value=w.mapPass.texture,f.uniforms.resolution.value.set(w.map.width,w.map.height),f.uniforms.radius.value=w.radius,i.setRenderTarget(w.map),i.clear(),i.renderBufferDirect(x,null,E,f,y,null)}function S(w,x,E,U){let D=null,R=E.isPointLight===!0?w.customDistanceMaterial:w.customDepthMaterial;if(R!==void 0)D=R;else if(D=E.isPointLight===!0?c:a,i.localClippingEnabled&&x.clipShadows===!0&&Array.isArray(x.clippingPlanes)&&x.clippingPlanes.length!==0||x.displacementMap&&x.displacementScale!==0||x.alphaMap&&x.alphaTest>0||x.map&&x.alphaTest>0||x.alphaToCoverage===!0){let L=D.uuid,O=x.uuid,P=l[L];P===void 0&&(P={},l[L]=P);let G=P[O];G===void 0&&(G=D.clone(),P[O]=G,x.addEventListener("dispose",A)),D=G}if(D.visible=x.visible,D.wireframe=x.wireframe,U===ss?D.side=x.shadowSide!==null?x.shadowSide:x.side:D.side=x.shadowSide!==null?x.shadowSide:h[x.side],D.alphaMap=x.alphaMap,D.alphaTest=x.alphaToCoverage===!0?.5:x.alphaTest,D.map=x.map,D.clipShadows=x.clipShadows,D.clippingPlanes=x.clippingPlanes,D.clipIntersection=x.clipIntersection,D.displacementMap=x.displacementMap,D.displacementScale=x.displacementScale,D.displacementBias=x.displacementBias,D.wireframeLinewidth=x.wireframeLinewidth,D.linewidth=x.linewidth,E.isPointLight===!0&&D.isMeshDistanceMaterial===!0){let L=i.properties.get(D);L.light=E}return D}function _(w,x,E,U,D,R){if(w.visible===!1)return;if(w.layers.test(D)&&(w.isMesh||w.isLine||w.isPoints)&&(w.castShadow||w.receiveShadow&&R===ss)&&(!w.frustumCulled||w.intersectsFrustum(n))){w.modelViewMatrix.multiplyMatrices(E.matrixWorldInverse,w.matrixWorld);let P=e.update(w),G=w.material;if(Array.isArray(G)){let Z=P.groups;for(let W=0,re=Z.length;W<re;W++){let Y=Z[W],ee=G[Y.materialIndex];if(ee&&ee.visible){let ie=S(w,ee,U,R);w.onBeforeShadow(i,w,x,E,P,ie,Y),i.renderBufferDirect(E,null,P,ie,w,Y),w.onAfterShadow(i,w,x,E,P,ie,Y)}}}else if(G.visible){let Z=S(w,G,U,R);w.onBeforeShadow(i,w,x,E,P,Z,null),i.renderBufferDirect(E,null,P,Z,w,null),w.onAfterShadow(i,w,x,E,P,Z,null)}}let O=w.children;for(let P=0,G=O.length;P<G;P++)_(O[P],x,E,U,D,R)}function A(w){w.target.removeEventListener("dispose",A);for(let E in l){let U=l[E],D=w.target.uuid;D in U&&(U[D].dispose(),delete U[D])}}}function oy(i,e){function t(){let I=!1,Q=new ut,J=null,fe=new ut(0,0,0,0);return{setMask:function(le){J!==le&&!I&&(i.colorMask(le,le,le,le),J=le)},setLocked:function(le){I=le},setClear:function(le,he,Ce,ke,ae){ae===!0&&(le*=ke,he*=ke,Ce*=ke),Q.set(le,he,Ce,ke),fe.equals(Q)===!1&&(i.clearColor(le,he,Ce,ke),fe.copy(Q))},reset:function(){I=!1,J=null,fe.set(-1,0,0,0)}}}function n(){let I=!1,Q=!1,J=null,fe=null,le=null;return{setReversed:function(he){if(Q!==he){let Ce=e.get("EXT_clip_control");he?Ce.clipControlEXT(Ce.LOWER_LEFT_EXT,Ce.ZERO_TO_ONE_EXT):Ce.clipControlEXT(Ce.LOWER_LEFT_EXT,Ce.NEGATIVE_ONE_TO_ONE_EXT),Q=he;let ke=le;le=null,this.setClear(ke)}},getReversed:function(){return Q},setTest:function(he){he?ce(i.DEPTH_TEST):Se(i.DEPTH_TEST)},setMask:function(he){J!==he&&!I&&(i.depthMask(he),J=he)},setFunc:function(he){if(Q&&(he=Oh[he]),fe!==he){switch(he){case qr:i.depthFunc(i.NEVER);break;case $r:i.depthFunc(i.ALWAYS);break;case Yr:i.depthFunc(i.LESS);break;case Ji:i.depthFunc(i.LEQUAL);break;case Zr:i.depthFunc(i.EQUAL);break;case Jr:i.depthFunc(i.GEQUAL);break;case Kr:i.depthFunc(i.GREATER);break;case jr:i.depthFunc(i.NOTEQUAL);break;default:i.depthFunc(i.LEQUAL)}fe=he}},setLocked:function(he){I=he},setClear:function(he){le!==he&&(le=he,Q&&(he=1-he),i.clearDepth(he))},reset:function(){I=!1,J=null,fe=null,le=null,Q=!1}}}function s(){let I=!1,Q=null,J=null,fe=null,le=null,he=null,Ce=null,ke=null,ae=null;return{setTest:function(Re){I||(Re?ce(i.STENCIL_TEST):Se(i.STENCIL_TEST))},setMask:function(Re){Q!==Re&&!I&&(i.stencilMask(Re),Q=Re)},setFunc:function(Re,Be,_e){(J!==Re||fe!==Be||le!==_e)&&(i.stencilFunc(Re,Be,_e),J=Re,fe=Be,le=_e)},setOp:function(Re,Be,_e){(he!==Re||Ce!==Be||ke!==_e)&&(i.stencilOp(Re,Be,_e),he=Re,Ce=Be,ke=_e)},setLocked:function(Re){I=Re},setClear:function(Re){ae!==Re&&(i.clearStencil(Re),ae=Re)},reset:function(){I=!1,Q=null,J=null,fe=null,le=null,he=null,Ce=null,ke=null,ae=null}}}let r=new t,o=new n,a=new s,c={},l=new WeakMap,u={},h={},d={},f=new WeakMap,g=[],y=null,p=!1,m=null,v=null,S=null,_=null,A=null,w=null,x=null,E=new Ve(0,0,0),U=0,D=!1,R=null,L=null,O=null,P=null,G=null,Z=i.getParameter(i.MAX_COMBINED_TEXTURE_IMAGE_UNITS),W=!1,re=0,Y=i.getParameter(i.VERSION);Y.indexOf("WebGL")!==-1?(re=parseFloat(/^WebGL (\d)/.exec(Y)[1]),W=re>=1):Y.indexOf("OpenGL ES")!==-1&&(re=parseFloat(/^OpenGL ES (\d)/.exec(Y)[1]),W=re>=2);let ee=null,ie={},B=i.getParameter(i.SCISSOR_BOX),ne=i.getParameter(i.VIEWPORT),V=new ut().fromArray(B),se=new ut().fromArray(ne);function me(I,Q,J,fe){let le=new Uint8Array(4),he=i.createTexture();i.bindTexture(I,he),i.texParameteri(I,i.TEXTURE_MIN_FILTER,i.NEAREST),i.texParameteri(I,i.TEXTURE_MAG_FILTER,i.NEAREST);for(let Ce=0;Ce<J;Ce++)I===i.TEXTURE_3D||I===i.TEXTURE_2D_ARRAY?i.texImage3D(Q,0,i.RGBA,1,1,fe,0,i.RGBA,i.UNSIGNED_BYTE,le):i.texImage2D(Q+Ce,0,i.RGBA,1,1,0,i.RGBA,i.UNSIGNED_BYTE,le);return he}let ye={};ye[i.TEXTURE_2D]=me(i.TEXTURE_2D,i.TEXTURE_2D,1),ye[i.TEXTURE_CUBE_MAP]=me(i.TEXTURE_CUBE_MAP,i.TEXTURE_CUBE_MAP_POSITIVE_X,6),ye[i.TEXTURE_2D_ARRAY]=me(i.TEXTURE_2D_ARRAY,i.TEXTURE_2D_ARRAY,1,1),ye[i.TEXTURE_3D]=me(i.TEXTURE_3D,i.TEXTURE_3D,1,1),r.setClear(0,0,0,1),o.setClear(1),a.setClear(0),ce(i.DEPTH_TEST),o.setFunc(Ji),kt(!1),lt(wl),ce(i.CULL_FACE),Mt(vi);function ce(I){u[I]!==!0&&(i.enable(I),u[I]=!0)}function Se(I){u[I]!==!1&&(i.disable(I),u[I]=!1)}function it(I,Q){return d[I]!==Q?(i.bindFramebuffer(I,Q),d[I]=Q,I===i.DRAW_FRAMEBUFFER&&(d[i.FRAMEBUFFER]=Q),I===i.FRAMEBUFFER&&(d[i.DRAW_FRAMEBUFFER]=Q),!0):!1}function Ie(I,Q){let J=g,fe=!1;if(I){J=f.get(Q),J===void 0&&(J=[],f.set(Q,J));let le=I.textures;if(J.length!==le.length||J[0]!==i.COLOR_ATTACHMENT0){for(let he=0,Ce=le.length;he<Ce;he++)J[he]=i.COLOR_ATTACHMENT0+he;J.length=le.length,fe=!0}}else J[0]!==i.BACK&&(J[0]=i.BACK,fe=!0);fe&&i.drawBuffers(J)}function Ke(I){return y!==I?(i.useProgram(I),y=I,!0):!1}let Qe={[_i]:i.FUNC_ADD,[rh]:i.FUNC_SUBTRACT,[oh]:i.FUNC_REVERSE_SUBTRACT};Qe[ah]=i.MIN,Qe[lh]=i.MAX;let He={[ch]:i.ZERO,[uh]:i.ONE,[hh]:i.SRC_COLOR,[Cl]:i.SRC_ALPHA,[xh]:i.SRC_ALPHA_SATURATE,[mh]:i.DST_COLOR,[fh]:i.DST_ALPHA,[dh]:i.ONE_MINUS_SRC_COLOR,[Rl]:i.ONE_MINUS_SRC_ALPHA,[gh]:i.ONE_MINUS_DST_COLOR,[ph]:i.ONE_MINUS_DST_ALPHA,[yh]:i.CONSTANT_COLOR,[vh]:i.ONE_MINUS_CONSTANT_COLOR,[_h]:i.CONSTANT_ALPHA,[bh]:i.ONE_MINUS_CONSTANT_ALPHA};function Mt(I,Q,J,fe,le,he,Ce,ke,ae,Re){if(I===vi){p===!0&&(Se(i.BLEND),p=!1);return}if(p===!1&&(ce(i.BLEND),p=!0),I!==sh){if(I!==m||Re!==D){if((v!==_i||A!==_i)&&(i.blendEquation(i.FUNC_ADD),v=_i,A=_i),Re)switch(I){case rs:i.blendFuncSeparate(i.ONE,i.ONE_MINUS_SRC_ALPHA,i.ONE,i.ONE_MINUS_SRC_ALPHA);break;case Al:i.blendFunc(i.ONE,i.ONE);break;case El:i.blendFuncSeparate(i.ZERO,i.ONE_MINUS_SRC_COLOR,i.ZERO,i.ONE);break;case Tl:i.blendFuncSeparate(i.DST_COLOR,i.ONE_MINUS_SRC_ALPHA,i.ZERO,i.ONE);break;default:Ne("WebGLState: Invalid blending: ",I);break}else switch(I){case rs:i.blendFuncSeparate(i.SRC_ALPHA,i.ONE_MINUS_SRC_ALPHA,i.ONE,i.ONE_MINUS_SRC_ALPHA);break;case Al:i.blendFuncSeparate(i.SRC_ALPHA,i.ONE,i.ONE,i.ONE);break;case El:Ne("WebGLState: SubtractiveBlending requires material.premultipliedAlpha = true");break;case Tl:Ne("WebGLState: MultiplyBlending requires material.premultipliedAlpha = true");break;default:Ne("WebGLState: Invalid blending: ",I);break}S=null,_=null,w=null,x=null,E.set(0,0,0),U=0,m=I,D=Re}return}le=le||Q,he=he||J,Ce=Ce||fe,(Q!==v||le!==A)&&(i.blendEquationSeparate(Qe[Q],Qe[le]),v=Q,A=le),(J!==S||fe!==_||he!==w||Ce!==x)&&(i.blendFuncSeparate(He[J],He[fe],He[he],He[Ce]),S=J,_=fe,w=he,x=Ce),(ke.equals(E)===!1||ae!==U)&&(i.blendColor(ke.r,ke.g,ke.b,ae),E.copy(ke),U=ae),m=I,D=!1}function mt(I,Q){I.side===bn?Se(i.CULL_FACE):ce(i.CULL_FACE);let J=I.side===Bt;Q&&(J=!J),kt(J),I.blending===rs&&I.transparent===!1?Mt(vi):Mt(I.blending,I.blendEquation,I.blendSrc,I.blendDst,I.blendEquationAlpha,I.blendSrcAlpha,I.blendDstAlpha,I.blendColor,I.blendAlpha,I.premultipliedAlpha),o.setFunc(I.depthFunc),o.setTest(I.depthTest),o.setMask(I.depthWrite),r.setMask(I.colorWrite);let fe=I.stencilWrite;a.setTest(fe),fe&&(a.setMask(I.stencilWriteMask),a.setFunc(I.stencilFunc,I.stencilRef,I.stencilFuncMask),a.setOp(I.stencilFail,I.stencilZFail,I.stencilZPass)),vt(I.polygonOffset,I.polygonOffsetFactor,I.polygonOffsetUnits),I.alphaToCoverage===!0?ce(i.SAMPLE_ALPHA_TO_COVERAGE):Se(i.SAMPLE_ALPHA_TO_COVERAGE)}function kt(I){R!==I&&(I?i.frontFace(i.CW):i.frontFace(i.CCW),R=I)}function lt(I){I!==th?(ce(i.CULL_FACE),I!==L&&(I===wl?i.cullFace(i.BACK):I===nh?i.cullFace(i.FRONT):i.cullFace(i.FRONT_AND_BACK))):Se(i.CULL_FACE),L=I}function mn(I){I!==O&&(W&&i.lineWidth(I),O=I)}function vt(I,Q,J){I?(ce(i.POLYGON_OFFSET_FILL),(P!==Q||G!==J)&&(P=Q,G=J,o.getReversed()&&(Q=-Q,J=-J),i.polygonOffset(Q,J))):Se(i.POLYGON_OFFSET_FILL)}function Zt(I){I?ce(i.SCISSOR_TEST):Se(i.SCISSOR_TEST)}function Jt(I){I===void 0&&(I=i.TEXTURE0+Z-1),ee!==I&&(i.activeTexture(I),ee=I)}function Kt(I,Q,J){J===void 0&&(ee===null?J=i.TEXTURE0+Z-1:J=ee);let fe=ie[J];fe===void 0&&(fe={type:void 0,texture:void 0},ie[J]=fe),(fe.type!==I||fe.texture!==Q)&&(ee!==J&&(i.activeTexture(J),ee=J),i.bindTexture(I,Q||ye[I]),fe.type=I,fe.texture=Q)}function F(){let I=ie[ee];I!==void 0&&I.type!==void 0&&(i.bindTexture(I.type,null),I.type=void 0,I.texture=void 0)}function jt(){try{i.compressedTexImage2D(...arguments)}catch(I){Ne("WebGLState:",I)}}function ot(){try{i.compressedTexImage3D(...arguments)}catch(I){Ne("WebGLState:",I)}}function at(){try{i.texSubImage2D(...arguments)}catch(I){Ne("WebGLState:",I)}}function ve(){try{i.texSubImage3D(...arguments)}catch(I){Ne("WebGLState:",I)}}function gt(){try{i.compressedTexSubImage2D(...arguments)}catch(I){Ne("WebGLState:",I)}}function Pe(){try{i.compressedTexSubImage3D(...arguments)}catch(I){Ne("WebGLState:",I)}}function Fe(){try{i.texStorage2D(...arguments)}catch(I){Ne("WebGLState:",I)}}function T(){try{i.texStorage3D(...arguments)}catch(I){Ne("WebGLState:",I)}}function b(){try{i.texImage2D(...arguments)}catch(I){Ne("WebGLState:",I)}}function z(){try{i.texImage3D(...arguments)}catch(I){Ne("WebGLState:",I)}}function oe(I){return h[I]!==void 0?h[I]:i.getParameter(I)}function te(I,Q){h[I]!==Q&&(i.pixelStorei(I,Q),h[I]=Q)}function ue(I){V.equals(I)===!1&&(i.scissor(I.x,I.y,I.z,I.w),V.copy(I))}function ge(I){se.equals(I)===!1&&(i.viewport(I.x,I.y,I.z,I.w),se.copy(I))}function K(I,Q){let J=l.get(Q);J===void 0&&(J=new WeakMap,l.set(Q,J));let fe=J.get(I);fe===void 0&&(fe=i.getUniformBlockIndex(Q,I.name),i.uniformBlockBinding(Q,fe,fe),J.set(I,fe))}function j(I,Q,J){let le=l.get(Q).get(I);c[le]!==J&&(i.bindBufferBase(i.UNIFORM_BUFFER,le,J),c[le]=J)}function de(){i.disable(i.BLEND),i.disable(i.CULL_FACE),i.disable(i.DEPTH_TEST),i.disable(i.POLYGON_OFFSET_FILL),i.disable(i.SCISSOR_TEST),i.disable(i.STENCIL_TEST),i.disable(i.SAMPLE_ALPHA_TO_COVERAGE),i.blendEquation(i.FUNC_ADD),i.blendFunc(i.ONE,i.ZERO),i.blendFuncSeparate(i.ONE,i.ZERO,i.ONE,i.ZERO),i.blendColor(0,0,0,0),i.colorMask(!0,!0,!0,!0),i.clearColor(0,0,0,0),i.depthMask(!0),i.depthFunc(i.LESS),o.setReversed(!1),i.clearDepth(1),i.stencilMask(4294967295),i.stencilFunc(i.ALWAYS,0,4294967295),i.stencilOp(i.KEEP,i.KEEP,i.KEEP),i.clearStencil(0),i.cullFace(i.BACK),i.frontFace(i.CCW),i.polygonOffset(0,0),i.activeTexture(i.TEXTURE0),i.bindFramebuffer(i.FRAMEBUFFER,null),i.bindFramebuffer(i.DRAW_FRAMEBUFFER,null),i.bindFramebuffer(i.READ_FRAMEBUFFER,null),i.useProgram(null),i.lineWidth(1),i.scissor(0,0,i.canvas.width,i.canvas.height),i.viewport(0,0,i.canvas.width,i.canvas.height),i.pixelStorei(i.PACK_ALIGNMENT,4),i.pixelStorei(i.UNPACK_ALIGNMENT,4),i.pixelStorei(i.UNPACK_FLIP_Y_WEBGL,!1),i.pixelStorei(i.UNPACK_PREMULTIPLY_ALPHA_WEBGL,!1),i.pixelStorei(i.UNPACK_COLORSPACE_CONVERSION_WEBGL,i.BROWSER_DEFAULT_WEBGL),i.pixelStorei(i.PACK_ROW_LENGTH,0),i.pixelStorei(i.PACK_SKIP_PIXELS,0),i.pixelStorei(i.PACK_SKIP_ROWS,0),i.pixelStorei(i.UNPACK_ROW_LENGTH,0),i.pixelStorei(i.UNPACK_IMAGE_HEIGHT,0),i.pixelStorei(i.UNPACK_SKIP_PIXELS,0),i.pixelStorei(i.UNPACK_SKIP_ROWS,0),i.pixelStorei(i.UNPACK_SKIP_IMAGES,0),u={},h={},ee=null,ie={},d={},c={},f=new WeakMap,g=[],y=null,p=!1,m=null,v=null,S=null,_=null,A=null,w=null,x=null,E=new Ve(0,0,0),U=0,D=!1,R=null,L=null,O=null,P=null,G=null,V.set(0,0,i.canvas.width,i.canvas.height),se.set(0,0,i.canvas.width,i.canvas.height),r.reset(),o.reset(),a.reset()}return{buffers:{color:r,depth:o,stencil:a},enable:ce,disable:Se,bindFramebuffer:it,drawBuffers:Ie,useProgram:Ke,setBlending:Mt,setMaterial:mt,setFlipSided:kt,setCullFace:lt,setLineWidth:mn,setPolygonOffset:vt,setScissorTest:Zt,activeTexture:Jt,bindTexture:Kt,unbindTexture:F,compressedTexImage2D:jt,compressedTexImage3D:ot,texImage2D:b,texImage3D:z,pixelStorei:te,getParameter:oe,updateUBOMapping:K,uniformBlockBinding:j,texStorage2D:Fe,texStorage3D:T,texSubImage2D:at,texSubImage3D:ve,compressedTexSubImage2D:gt,compressedTexSubImage3D:Pe,scissor:ue,viewport:ge,reset:de}}function ay(i,e,t,n,s,r,o){let a=e.has("WEBGL_multisampled_render_to_texture")?e.get("WEBGL_multisampled_render_to_texture"):null,c=typeof navigator>"u"?!1:/OculusBrowser/g.test(navigator.userAgent),l=new $e,u=new WeakMap,h=new Set,d,f=new WeakMap,g=new Set,y=new FinalizationRegistry(T=>g.delete(T)),p=!1;try{p=typeof OffscreenCanvas<"u"&&new OffscreenCanvas(1,1).getContext("2d")!==null}catch{}function m(T,b){return p?new OffscreenCanvas(T,b):Ps("canvas")}function v(T,b,z){let oe=1,te=Fe(T);if((te.width>z||te.height>z)&&(oe=z/Math.max(te.width,te.height)),oe<1)if(typeof HTMLImageElement<"u"&&T instanceof HTMLImageElement||typeof HTMLCanvasElement<"u"&&T instanceof HTMLCanvasElement||typeof ImageBitmap<"u"&&T instanceof ImageBitmap||typeof VideoFrame<"u"&&T instanceof VideoFrame){let ue=Math.floor(oe*te.width),ge=Math.floor(oe*te.height);d===void 0&&(d=m(ue,ge));let K=b?m(ue,ge):d;return K.width=ue,K.height=ge,K.getContext("2d").drawImage(T,0,0,ue,ge),Le("WebGLRenderer: Texture has been resized from ("+te.width+"x"+te.height+") to ("+ue+"x"+ge+")."),K}else return"data"in T&&Le("WebGLRenderer: Image in DataTexture is too big ("+te.width+"x"+te.height+")."),T;return T}function S(T){return T.generateMipmaps}function _(T){i.generateMipmap(T)}function A(T){return T.isWebGLCubeRenderTarget?i.TEXTURE_CUBE_MAP:T.isWebGL3DRenderTarget?i.TEXTURE_3D:T.isWebGLArrayRenderTarget||T.isCompressedArrayTexture?i.TEXTURE_2D_ARRAY:i.TEXTURE_2D}function w(T,b,z,oe,te,ue=!1){if(T!==null){if(i[T]!==void 0)return i[T];Le("WebGLRenderer: Attempt to use non-existing WebGL internal format '"+T+"'")}let ge;oe&&(ge=e.get("EXT_texture_norm16"),ge||Le("WebGLRenderer: Unable to use normalized textures without EXT_texture_norm16 extension"));let K=b;if(b===i.RED&&(z===i.FLOAT&&(K=i.R32F),z===i.HALF_FLOAT&&(K=i.R16F),z===i.UNSIGNED_BYTE&&(K=i.R8),z===i.UNSIGNED_SHORT&&ge&&(K=ge.R16_EXT),z===i.SHORT&&ge&&(K=ge.R16_SNORM_EXT)),b===i.RED_INTEGER&&(z===i.UNSIGNED_BYTE&&(K=i.R8UI),z===i.UNSIGNED_SHORT&&(K=i.R16UI),z===i.UNSIGNED_INT&&(K=i.R32UI),z===i.BYTE&&(K=i.R8I),z===i.SHORT&&(K=i.R16I),z===i.INT&&(K=i.R32I)),b===i.RG&&(z===i.FLOAT&&(K=i.RG32F),z===i.HALF_FLOAT&&(K=i.RG16F),z===i.UNSIGNED_BYTE&&(K=i.RG8),z===i.UNSIGNED_SHORT&&ge&&(K=ge.RG16_EXT),z===i.SHORT&&ge&&(K=ge.RG16_SNORM_EXT)),b===i.RG_INTEGER&&(z===i.UNSIGNED_BYTE&&(K=i.RG8UI),z===i.UNSIGNED_SHORT&&(K=i.RG16UI),z===i.UNSIGNED_INT&&(K=i.RG32UI),z===i.BYTE&&(K=i.RG8I),z===i.SHORT&&(K=i.RG16I),z===i.INT&&(K=i.RG32I)),b===i.RGB_INTEGER&&(z===i.UNSIGNED_BYTE&&(K=i.RGB8UI),z===i.UNSIGNED_SHORT&&(K=i.RGB16UI),z===i.UNSIGNED_INT&&(K=i.RGB32UI),z===i.BYTE&&(K=i.RGB8I),z===i.SHORT&&(K=i.RGB16I),z===i.INT&&(K=i.RGB32I)),b===i.RGBA_INTEGER&&(z===i.UNSIGNED_BYTE&&(K=i.RGBA8UI),z===i.UNSIGNED_SHORT&&(K=i.RGBA16UI),z===i.UNSIGNED_INT&&(K=i.RGBA32UI),z===i.BYTE&&(K=i.RGBA8I),z===i.SHORT&&(K=i.RGBA16I),z===i.INT&&(K=i.RGBA32I)),b===i.RGB&&(z===i.UNSIGNED_SHORT&&ge&&(K=ge.RGB16_EXT),z===i.SHORT&&ge&&(K=ge.RGB16_SNORM_EXT),z===i.UNSIGNED_INT_5_9_9_9_REV&&(K=i.RGB9_E5),z===i.UNSIGNED_INT_10F_11F_11F_REV&&(K=i.R11F_G11F_B10F)),b===i.RGBA){let j=ue?Cs:Xe.getTransfer(te);z===i.FLOAT&&(K=i.RGBA32F),z===i.HALF_FLOAT&&(K=i.RGBA16F),z===i.UNSIGNED_BYTE&&(K=j===Je?i.SRGB8_ALPHA8:i.RGBA8),z===i.UNSIGNED_SHORT&&ge&&(K=ge.RGBA16_EXT),z===i.SHORT&&ge&&(K=ge.RGBA16_SNORM_EXT),z===i.UNSIGNED_SHORT_4_4_4_4&&(K=i.RGBA4),z===i.UNSIGNED_SHORT_5_5_5_1&&(K=i.RGB5_A1)}return(K===i.R16F||K===i.R32F||K===i.RG16F||K===i.RG32F||K===i.RGBA16F||K===i.RGBA32F)&&e.get("EXT_color_buffer_float"),K}function x(T,b){let z;return T?b===null||b===hn||b===Si?z=i.DEPTH24_STENCIL8:b===dn?z=i.DEPTH32F_STENCIL8:b===as&&(z=i.DEPTH24_STENCIL8,Le("DepthTexture: 16 bit depth attachment is not supported with stencil. Using 24-bit attachment.")):b===null||b===hn||b===Si?z=i.DEPTH_COMPONENT24:b===dn?z=i.DEPTH_COMPONENT32F:b===as&&(z=i.DEPTH_COMPONENT16),z}function E(T,b){return S(T)===!0||T.isFramebufferTexture&&T.minFilter!==pt&&T.minFilter!==Ct?Math.log2(Math.max(b.width,b.height))+1:T.mipmaps.length>0?T.mipmaps.length:T.isCompressedTexture&&Array.isArray(T.image)?b.mipmaps.length:1}function U(T){let b=new WeakRef(T);n.get(T).__ref=b,g.add(b),y.register(T,b,b)}function D(T){let b=n.get(T).__ref;b!==void 0&&(g.delete(b),y.unregister(b))}function R(T){O(T.target)}function L(T){P(T.target)}function O(T){T.removeEventListener("dispose",R),D(T),Z(T),T.isVideoTexture&&u.delete(T),T.isHTMLTexture&&h.delete(T)}function P(T){T.removeEventListener("dispose",L),D(T),re(T)}function G(){for(let T of g){let b=T.deref();b!==void 0&&(b.isRenderTarget===!0?P(b):O(b))}g.clear(),h.clear()}function Z(T){let b=n.get(T);if(b.__webglInit===void 0)return;let z=T.source,oe=f.get(z);if(oe){let te=oe[b.__cacheKey];te.usedTimes--,te.usedTimes===0&&W(T),Object.keys(oe).length===0&&f.delete(z)}n.remove(T)}function W(T){let b=n.get(T);i.deleteTexture(b.__webglTexture);let z=T.source,oe=f.get(z);delete oe[b.__cacheKey],o.memory.textures--}function re(T){let b=n.get(T);b.__depthDisposeCallback&&b.__depthDisposeCallback();let z=T.depthTexture;if(z&&z.renderTarget===T&&O(z),T.isWebGLCubeRenderTarget)for(let te=0;te<6;te++){if(Array.isArray(b.__webglFramebuffer[te]))for(let ue=0;ue<b.__webglFramebuffer[te].length;ue++)i.deleteFramebuffer(b.__webglFramebuffer[te][ue]);else i.deleteFramebuffer(b.__webglFramebuffer[te]);b.__webglDepthbuffer&&i.deleteRenderbuffer(b.__webglDepthbuffer[te])}else{if(Array.isArray(b.__webglFramebuffer))for(let te=0;te<b.__webglFramebuffer.length;te++)i.deleteFramebuffer(b.__webglFramebuffer[te]);else i.deleteFramebuffer(b.__webglFramebuffer);if(b.__webglDepthbuffer&&i.deleteRenderbuffer(b.__webglDepthbuffer),b.__webglMultisampledFramebuffer&&i.deleteFramebuffer(b.__webglMultisampledFramebuffer),b.__webglColorRenderbuffer)for(let te=0;te<b.__webglColorRenderbuffer.length;te++)b.__webglColorRenderbuffer[te]&&i.deleteRenderbuffer(b.__webglColorRenderbuffer[te]);b.__webglDepthRenderbuffer&&i.deleteRenderbuffer(b.__webglDepthRenderbuffer)}let oe=T.textures;for(let te=0,ue=oe.length;te<ue;te++){let ge=n.get(oe[te]);ge.__webglTexture&&(i.deleteTexture(ge.__webglTexture),o.memory.textures--),n.remove(oe[te])}n.remove(T)}let Y=0;function ee(){Y=0}function ie(){return Y}function B(T){Y=T}function ne(){let T=Y;return T>=s.maxTextures&&Le("WebGLTextures: Trying to use "+(T+1)+" texture units while this GPU supports only "+s.maxTextures),Y+=1,T}function V(T){let b=[];return b.push(T.wrapS),b.push(T.wrapT),b.push(T.wrapR||0),b.push(T.magFilter),b.push(T.minFilter),b.push(T.anisotropy),b.push(T.internalFormat),b.push(T.format),b.push(T.type),b.push(T.generateMipmaps),b.push(T.mipmapsAutoUpdate),b.push(T.premultiplyAlpha),b.push(T.flipY),b.push(T.unpackAlignment),b.push(T.colorSpace),b.join()}function se(T,b){let z=n.get(T);if(T.isVideoTexture&&gt(T),T.isRenderTargetTexture===!1&&T.isExternalTexture!==!0&&T.version>0&&z.__version!==T.version){let oe=T.image;if(oe===null)Le("WebGLRenderer: Texture marked for update but no image data found.");else if(oe.complete===!1)Le("WebGLRenderer: Texture marked for update but image is incomplete");else{mt(z,T,b);return}}else T.isExternalTexture&&(z.__webglTexture=T.sourceTexture?T.sourceTexture:null);t.bindTexture(i.TEXTURE_2D,z.__webglTexture,i.TEXTURE0+b)}function me(T,b){let z=n.get(T);if(T.isRenderTargetTexture===!1&&T.version>0&&z.__version!==T.version){mt(z,T,b);return}else T.isExternalTexture&&(z.__webglTexture=T.sourceTexture?T.sourceTexture:null);t.bindTexture(i.TEXTURE_2D_ARRAY,z.__webglTexture,i.TEXTURE0+b)}function ye(T,b){let z=n.get(T);if(T.isRenderTargetTexture===!1&&T.version>0&&z.__version!==T.version){mt(z,T,b);return}t.bindTexture(i.TEXTURE_3D,z.__webglTexture,i.TEXTURE0+b)}function ce(T,b){let z=n.get(T);if(T.version>0&&z.__version!==T.version){kt(z,T,b);return}t.bindTexture(i.TEXTURE_CUBE_MAP,z.__webglTexture,i.TEXTURE0+b)}let Se={[Qr]:i.REPEAT,[xn]:i.CLAMP_TO_EDGE,[eo]:i.MIRRORED_REPEAT},it={[pt]:i.NEAREST,[wh]:i.NEAREST_MIPMAP_NEAREST,[Xs]:i.NEAREST_MIPMAP_LINEAR,[Ct]:i.LINEAR,[To]:i.LINEAR_MIPMAP_NEAREST,[Bn]:i.LINEAR_MIPMAP_LINEAR},Ie={[Ch]:i.NEVER,[Zl]:i.ALWAYS,[Rh]:i.LESS,[$l]:i.LEQUAL,[Ph]:i.EQUAL,[Yl]:i.GEQUAL,[Ih]:i.GREATER,[Lh]:i.NOTEQUAL};function Ke(T,b){if(b.type===dn&&e.has("OES_texture_float_linear")===!1&&(b.magFilter===Ct||b.magFilter===To||b.magFilter===Xs||b.magFilter===Bn||b.minFilter===Ct||b.minFilter===To||b.minFilter===Xs||b.minFilter===Bn)&&Le("WebGLRenderer: Unable to use linear filtering with floating point textures. OES_texture_float_linear not supported on this device."),i.texParameteri(T,i.TEXTURE_WRAP_S,Se[b.wrapS]),i.texParameteri(T,i.TEXTURE_WRAP_T,Se[b.wrapT]),(T===i.TEXTURE_3D||T===i.TEXTURE_2D_ARRAY)&&i.texParameteri(T,i.TEXTURE_WRAP_R,Se[b.wrapR]),i.texParameteri(T,i.TEXTURE_MAG_FILTER,it[b.magFilter]),i.texParameteri(T,i.TEXTURE_MIN_FILTER,it[b.minFilter]),b.compareFunction&&(i.texParameteri(T,i.TEXTURE_COMPARE_MODE,i.COMPARE_REF_TO_TEXTURE),i.texParameteri(T,i.TEXTURE_COMPARE_FUNC,Ie[b.compareFunction])),e.has("EXT_texture_filter_anisotropic")===!0){if(b.magFilter===pt||b.minFilter!==Xs&&b.minFilter!==Bn||b.type===dn&&e.has("OES_texture_float_linear")===!1)return;if(b.anisotropy>1||n.get(b).__currentAnisotropy){let z=e.get("EXT_texture_filter_anisotropic");i.texParameterf(T,z.TEXTURE_MAX_ANISOTROPY_EXT,Math.min(b.anisotropy,s.getMaxAnisotropy())),n.get(b).__currentAnisotropy=b.anisotropy}}}function Qe(T,b){let z=!1;T.__webglInit===void 0&&(T.__webglInit=!0,b.addEventListener("dispose",R),U(b));let oe=b.source,te=f.get(oe);te===void 0&&(te={},f.set(oe,te));let ue=V(b);if(ue!==T.__cacheKey){te[ue]===void 0&&(te[ue]={texture:i.createTexture(),usedTimes:0},o.memory.textures++,z=!0),te[ue].usedTimes++;let ge=te[T.__cacheKey];ge!==void 0&&(te[T.__cacheKey].usedTimes--,ge.usedTimes===0&&W(b)),T.__cacheKey=ue,T.__webglTexture=te[ue].texture}return z}function He(T,b,z){return Math.floor(Math.floor(T/z)/b)}function Mt(T,b,z,oe){let ue=T.updateRanges;if(ue.length===0)t.texSubImage2D(i.TEXTURE_2D,0,0,0,b.width,b.height,z,oe,b.data);else{ue.sort((I,Q)=>I.start-Q.start);let ge=0;for(let I=1;I<ue.length;I++){let Q=ue[ge],J=ue[I],fe=Q.start+Q.count,le=He(J.start,b.width,4),he=He(Q.start,b.width,4);J.start<=fe+1&&le===he&&He(J.start+J.count-1,b.width,4)===le?Q.count=Math.max(Q.count,J.start+J.count-Q.start):(++ge,ue[ge]=J)}ue.length=ge+1;let K=t.getParameter(i.UNPACK_ROW_LENGTH),j=t.getParameter(i.UNPACK_SKIP_PIXELS),de=t.getParameter(i.UNPACK_SKIP_ROWS);t.pixelStorei(i.UNPACK_ROW_LENGTH,b.width);for(let I=0,Q=ue.length;I<Q;I++){let J=ue[I],fe=Math.floor(J.start/4),le=Math.ceil(J.count/4),he=fe%b.width,Ce=Math.floor(fe/b.width),ke=le,ae=1;t.pixelStorei(i.UNPACK_SKIP_PIXELS,he),t.pixelStorei(i.UNPACK_SKIP_ROWS,Ce),t.texSubImage2D(i.TEXTURE_2D,0,he,Ce,ke,ae,z,oe,b.data)}T.clearUpdateRanges(),t.pixelStorei(i.UNPACK_ROW_LENGTH,K),t.pixelStorei(i.UNPACK_SKIP_PIXELS,j),t.pixelStorei(i.UNPACK_SKIP_ROWS,de)}}function mt(T,b,z){let oe=i.TEXTURE_2D;(b.isDataArrayTexture||b.isCompressedArrayTexture)&&(oe=i.TEXTURE_2D_ARRAY),b.isData3DTexture&&(oe=i.TEXTURE_3D);let te=Qe(T,b),ue=b.source;t.bindTexture(oe,T.__webglTexture,i.TEXTURE0+z);let ge=n.get(ue);if(ue.version!==ge.__version||te===!0){if(t.activeTexture(i.TEXTURE0+z),(typeof ImageBitmap<"u"&&b.image instanceof ImageBitmap)===!1){let ae=Xe.getPrimaries(Xe.workingColorSpace),Re=b.colorSpace===zn?null:Xe.getPrimaries(b.colorSpace),Be=b.colorSpace===zn||ae===Re?i.NONE:i.BROWSER_DEFAULT_WEBGL;t.pixelStorei(i.UNPACK_FLIP_Y_WEBGL,b.flipY),t.pixelStorei(i.UNPACK_PREMULTIPLY_ALPHA_WEBGL,b.premultiplyAlpha),t.pixelStorei(i.UNPACK_COLORSPACE_CONVERSION_WEBGL,Be)}t.pixelStorei(i.UNPACK_ALIGNMENT,b.unpackAlignment);let j=v(b.image,!1,s.maxTextureSize);j=Pe(b,j);let de=r.convert(b.format,b.colorSpace),I=r.convert(b.type),Q=w(b.internalFormat,de,I,b.normalized,b.colorSpace,b.isVideoTexture);Ke(oe,b);let J,fe=b.mipmaps,le=b.isVideoTexture!==!0,he=ge.__version===void 0||te===!0,Ce=ue.dataReady,ke=E(b,j);if(b.isDepthTexture)Q=x(b.format===kn,b.type),he&&(le?t.texStorage2D(i.TEXTURE_2D,1,Q,j.width,j.height):t.texImage2D(i.TEXTURE_2D,0,Q,j.width,j.height,0,de,I,null));else if(b.isDataTexture)if(fe.length>0){le&&he&&t.texStorage2D(i.TEXTURE_2D,ke,Q,fe[0].width,fe[0].height);for(let ae=0,Re=fe.length;ae<Re;ae++)J=fe[ae],le?Ce&&t.texSubImage2D(i.TEXTURE_2D,ae,0,0,J.width,J.height,de,I,J.data):t.texImage2D(i.TEXTURE_2D,ae,Q,J.width,J.height,0,de,I,J.data);b.generateMipmaps=!1}else le?(he&&t.texStorage2D(i.TEXTURE_2D,ke,Q,j.width,j.height),Ce&&Mt(b,j,de,I)):t.texImage2D(i.TEXTURE_2D,0,Q,j.width,j.height,0,de,I,j.data);else if(b.isCompressedTexture)if(b.isCompressedArrayTexture){le&&he&&t.texStorage3D(i.TEXTURE_2D_ARRAY,ke,Q,fe[0].width,fe[0].height,j.depth);for(let ae=0,Re=fe.length;ae<Re;ae++)if(J=fe[ae],b.format!==pn)if(de!==null)if(le){if(Ce)if(b.layerUpdates.size>0){let Be=tc(J.width,J.height,b.format,b.type);for(let _e of b.layerUpdates){let je=J.data.subarray(_e*Be/J.data.BYTES_PER_ELEMENT,(_e+1)*Be/J.data.BYTES_PER_ELEMENT);t.compressedTexSubImage3D(i.TEXTURE_2D_ARRAY,ae,0,0,_e,J.width,J.height,1,de,je)}}else t.compressedTexSubImage3D(i.TEXTURE_2D_ARRAY,ae,0,0,0,J.width,J.height,j.depth,de,J.data)}else t.compressedTexImage3D(i.TEXTURE_2D_ARRAY,ae,Q,J.width,J.height,j.depth,0,J.data,0,0);else Le("WebGLRenderer: Attempt to load unsupported compressed texture format in .uploadTexture()");else le?Ce&&t.texSubImage3D(i.TEXTURE_2D_ARRAY,ae,0,0,0,J.width,J.height,j.depth,de,I,J.data):t.texImage3D(i.TEXTURE_2D_ARRAY,ae,Q,J.width,J.height,j.depth,0,de,I,J.data);b.layerUpdates.size>0&&b.clearLayerUpdates()}else{le&&he&&t.texStorage2D(i.TEXTURE_2D,ke,Q,fe[0].width,fe[0].height);for(let ae=0,Re=fe.length;ae<Re;ae++)J=fe[ae],b.format!==pn?de!==null?le?Ce&&t.compressedTexSubImage2D(i.TEXTURE_2D,ae,0,0,J.width,J.height,de,J.data):t.compressedTexImage2D(i.TEXTURE_2D,ae,Q,J.width,J.height,0,J.data):Le("WebGLRenderer: Attempt to load unsupported compressed texture format in .uploadTexture()"):le?Ce&&t.texSubImage2D(i.TEXTURE_2D,ae,0,0,J.width,J.height,de,I,J.data):t.texImage2D(i.TEXTURE_2D,ae,Q,J.width,J.height,0,de,I,J.data)}else if(b.isDataArrayTexture)if(le){if(he&&t.texStorage3D(i.TEXTURE_2D_ARRAY,ke,Q,j.width,j.height,j.depth),Ce)if(b.layerUpdates.size>0){let ae=tc(j.width,j.height,b.format,b.type);for(let Re of b.layerUpdates){let Be=j.data.subarray(Re*ae/j.data.BYTES_PER_ELEMENT,(Re+1)*ae/j.data.BYTES_PER_ELEMENT);t.texSubImage3D(i.TEXTURE_2D_ARRAY,0,0,0,Re,j.width,j.height,1,de,I,Be)}b.clearLayerUpdates()}else t.texSubImage3D(i.TEXTURE_2D_ARRAY,0,0,0,0,j.width,j.height,j.depth,de,I,j.data)}else t.texImage3D(i.TEXTURE_2D_ARRAY,0,Q,j.width,j.height,j.depth,0,de,I,j.data);else if(b.isData3DTexture)le?(he&&t.texStorage3D(i.TEXTURE_3D,ke,Q,j.width,j.height,j.depth),Ce&&t.texSubImage3D(i.TEXTURE_3D,0,0,0,0,j.width,j.height,j.depth,de,I,j.data)):t.texImage3D(i.TEXTURE_3D,0,Q,j.width,j.height,j.depth,0,de,I,j.data);else if(b.isFramebufferTexture){if(he)if(le)t.texStorage2D(i.TEXTURE_2D,ke,Q,j.width,j.height);else{let ae=j.width,Re=j.height;for(let Be=0;Be<ke;Be++)t.texImage2D(i.TEXTURE_2D,Be,Q,ae,Re,0,de,I,null),ae>>=1,Re>>=1}}else if(b.isHTMLTexture){if("texElementImage2D"in i){let ae=i.canvas;if(ae.hasAttribute("layoutsubtree")||ae.setAttribute("layoutsubtree","true"),j.parentNode!==ae){ae.appendChild(j),h.add(b),ae.onpaint=Re=>{let Be=Re.changedElements;for(let _e of h)Be.includes(_e.image)&&(_e.needsUpdate=!0)},ae.requestPaint();return}if(i.texElementImage2D.length===3)i.texElementImage2D(i.TEXTURE_2D,i.RGBA8,j);else{let Be=i.RGBA,_e=i.RGBA,je=i.UNSIGNED_BYTE;i.texElementImage2D(i.TEXTURE_2D,0,Be,_e,je,j)}i.texParameteri(i.TEXTURE_2D,i.TEXTURE_MIN_FILTER,i.LINEAR),i.texParameteri(i.TEXTURE_2D,i.TEXTURE_WRAP_S,i.CLAMP_TO_EDGE),i.texParameteri(i.TEXTURE_2D,i.TEXTURE_WRAP_T,i.CLAMP_TO_EDGE)}}else if(fe.length>0){if(le&&he){let ae=Fe(fe[0]);t.texStorage2D(i.TEXTURE_2D,ke,Q,ae.width,ae.height)}for(let ae=0,Re=fe.length;ae<Re;ae++)J=fe[ae],le?Ce&&t.texSubImage2D(i.TEXTURE_2D,ae,0,0,de,I,J):t.texImage2D(i.TEXTURE_2D,ae,Q,de,I,J);b.generateMipmaps=!1}else if(le){if(he){let ae=Fe(j);t.texStorage2D(i.TEXTURE_2D,ke,Q,ae.width,ae.height)}Ce&&t.texSubImage2D(i.TEXTURE_2D,0,0,0,de,I,j)}else t.texImage2D(i.TEXTURE_2D,0,Q,de,I,j);S(b)&&b.mipmapsAutoUpdate===!0&&_(oe),ge.__version=ue.version,b.onUpdate&&b.onUpdate(b)}T.__version=b.version}function kt(T,b,z){if(b.image.length!==6)return;let oe=Qe(T,b),te=b.source;t.bindTexture(i.TEXTURE_CUBE_MAP,T.__webglTexture,i.TEXTURE0+z);let ue=n.get(te);if(te.version!==ue.__version||oe===!0){t.activeTexture(i.TEXTURE0+z);let ge=Xe.getPrimaries(Xe.workingColorSpace),K=b.colorSpace===zn?null:Xe.getPrimaries(b.colorSpace),j=b.colorSpace===zn||ge===K?i.NONE:i.BROWSER_DEFAULT_WEBGL;t.pixelStorei(i.UNPACK_FLIP_Y_WEBGL,b.flipY),t.pixelStorei(i.UNPACK_PREMULTIPLY_ALPHA_WEBGL,b.premultiplyAlpha),t.pixelStorei(i.UNPACK_ALIGNMENT,b.unpackAlignment),t.pixelStorei(i.UNPACK_COLORSPACE_CONVERSION_WEBGL,j);let de=b.isCompressedTexture||b.image[0].isCompressedTexture,I=b.image[0]&&b.image[0].isDataTexture,Q=[];for(let _e=0;_e<6;_e++)!de&&!I?Q[_e]=v(b.image[_e],!0,s.maxCubemapSize):Q[_e]=I?b.image[_e].image:b.image[_e],Q[_e]=Pe(b,Q[_e]);let J=Q[0],fe=r.convert(b.format,b.colorSpace),le=r.convert(b.type),he=w(b.internalFormat,fe,le,b.normalized,b.colorSpace),Ce=b.isVideoTexture!==!0,ke=ue.__version===void 0||oe===!0,ae=te.dataReady,Re=E(b,J);Ke(i.TEXTURE_CUBE_MAP,b);let Be;if(b.isDepthTexture){if(he=x(b.format===kn,b.type),ke)if(Ce)t.texStorage2D(i.TEXTURE_CUBE_MAP,1,he,J.width,J.height);else for(let _e=0;_e<6;_e++)t.texImage2D(i.TEXTURE_CUBE_MAP_POSITIVE_X+_e,0,he,J.width,J.height,0,fe,le,null)}else if(de){Ce&&ke&&t.texStorage2D(i.TEXTURE_CUBE_MAP,Re,he,J.width,J.height);for(let _e=0;_e<6;_e++){Be=Q[_e].mipmaps;for(let je=0;je<Be.length;je++){let _t=Be[je];b.format!==pn?fe!==null?Ce?ae&&t.compressedTexSubImage2D(i.TEXTURE_CUBE_MAP_POSITIVE_X+_e,je,0,0,_t.width,_t.height,fe,_t.data):t.compressedTexImage2D(i.TEXTURE_CUBE_MAP_POSITIVE_X+_e,je,he,_t.width,_t.height,0,_t.data):Le("WebGLRenderer: Attempt to load unsupported compressed texture format in .setTextureCube()"):Ce?ae&&t.texSubImage2D(i.TEXTURE_CUBE_MAP_POSITIVE_X+_e,je,0,0,_t.width,_t.height,fe,le,_t.data):t.texImage2D(i.TEXTURE_CUBE_MAP_POSITIVE_X+_e,je,he,_t.width,_t.height,0,fe,le,_t.data)}}}else{if(Be=b.mipmaps,Ce&&ke){Be.length>0&&Re++;let _e=Fe(Q[0]);t.texStorage2D(i.TEXTURE_CUBE_MAP,Re,he,_e.width,_e.height)}for(let _e=0;_e<6;_e++)if(I){Ce?ae&&t.texSubImage2D(i.TEXTURE_CUBE_MAP_POSITIVE_X+_e,0,0,0,Q[_e].width,Q[_e].height,fe,le,Q[_e].data):t.texImage2D(i.TEXTURE_CUBE_MAP_POSITIVE_X+_e,0,he,Q[_e].width,Q[_e].height,0,fe,le,Q[_e].data);for(let je=0;je<Be.length;je++){let Hn=Be[je].image[_e].image;Ce?ae&&t.texSubImage2D(i.TEXTURE_CUBE_MAP_POSITIVE_X+_e,je+1,0,0,Hn.width,Hn.height,fe,le,Hn.data):t.texImage2D(i.TEXTURE_CUBE_MAP_POSITIVE_X+_e,je+1,he,Hn.width,Hn.height,0,fe,le,Hn.data)}}else{Ce?ae&&t.texSubImage2D(i.TEXTURE_CUBE_MAP_POSITIVE_X+_e,0,0,0,fe,le,Q[_e]):t.texImage2D(i.TEXTURE_CUBE_MAP_POSITIVE_X+_e,0,he,fe,le,Q[_e]);for(let je=0;je<Be.length;je++){let _t=Be[je];Ce?ae&&t.texSubImage2D(i.TEXTURE_CUBE_MAP_POSITIVE_X+_e,je+1,0,0,fe,le,_t.image[_e]):t.texImage2D(i.TEXTURE_CUBE_MAP_POSITIVE_X+_e,je+1,he,fe,le,_t.image[_e])}}}S(b)&&b.mipmapsAutoUpdate===!0&&_(i.TEXTURE_CUBE_MAP),ue.__version=te.version,b.onUpdate&&b.onUpdate(b)}T.__version=b.version}function lt(T,b,z,oe,te,ue){let ge=r.convert(z.format,z.colorSpace),K=r.convert(z.type),j=w(z.internalFormat,ge,K,z.normalized,z.colorSpace),de=n.get(b),I=n.get(z);if(I.__renderTarget=b,!de.__hasExternalTextures){let Q=Math.max(1,b.width>>ue),J=Math.max(1,b.height>>ue);te===i.TEXTURE_3D||te===i.TEXTURE_2D_ARRAY?t.texImage3D(te,ue,j,Q,J,b.depth,0,ge,K,null):t.texImage2D(te,ue,j,Q,J,0,ge,K,null)}t.bindFramebuffer(i.FRAMEBUFFER,T),ve(b)?a.framebufferTexture2DMultisampleEXT(i.FRAMEBUFFER,oe,te,I.__webglTexture,0,at(b)):(te===i.TEXTURE_2D||te>=i.TEXTURE_CUBE_MAP_POSITIVE_X&&te<=i.TEXTURE_CUBE_MAP_NEGATIVE_Z)&&i.framebufferTexture2D(i.FRAMEBUFFER,oe,te,I.__webglTexture,ue),t.bindFramebuffer(i.FRAMEBUFFER,null)}function mn(T,b,z){if(i.bindRenderbuffer(i.RENDERBUFFER,T),b.depthBuffer){let oe=b.depthTexture,te=oe&&oe.isDepthTexture?oe.type:null,ue=x(b.stencilBuffer,te),ge=b.stencilBuffer?i.DEPTH_STENCIL_ATTACHMENT:i.DEPTH_ATTACHMENT;ve(b)?a.renderbufferStorageMultisampleEXT(i.RENDERBUFFER,at(b),ue,b.width,b.height):z?i.renderbufferStorageMultisample(i.RENDERBUFFER,at(b),ue,b.width,b.height):i.renderbufferStorage(i.RENDERBUFFER,ue,b.width,b.height),i.framebufferRenderbuffer(i.FRAMEBUFFER,ge,i.RENDERBUFFER,T)}else{let oe=b.textures;for(let te=0;te<oe.length;te++){let ue=oe[te],ge=r.convert(ue.format,ue.colorSpace),K=r.convert(ue.type),j=w(ue.internalFormat,ge,K,ue.normalized,ue.colorSpace);ve(b)?a.renderbufferStorageMultisampleEXT(i.RENDERBUFFER,at(b),j,b.width,b.height):z?i.renderbufferStorageMultisample(i.RENDERBUFFER,at(b),j,b.width,b.height):i.renderbufferStorage(i.RENDERBUFFER,j,b.width,b.height)}}i.bindRenderbuffer(i.RENDERBUFFER,null)}function vt(T,b,z){let oe=b.isWebGLCubeRenderTarget===!0;if(t.bindFramebuffer(i.FRAMEBUFFER,T),!(b.depthTexture&&b.depthTexture.isDepthTexture))throw new Error("THREE.WebGLTextures: renderTarget.depthTexture must be an instance of THREE.DepthTexture.");let te=n.get(b.depthTexture);te.__renderTarget=b;let ue=oe?b.depthTexture.image[0]:b.depthTexture.image;(!te.__webglTexture||ue.width!==b.width||ue.height!==b.height)&&(ue.width=b.width,ue.height=b.height,b.depthTexture.needsUpdate=!0),oe?ce(b.depthTexture,0):se(b.depthTexture,0);let ge=te.__webglTexture,K=at(b),j=oe?i.TEXTURE_CUBE_MAP_POSITIVE_X+z:i.TEXTURE_2D,de=b.depthTexture.format===kn?i.DEPTH_STENCIL_ATTACHMENT:i.DEPTH_ATTACHMENT;if(b.depthTexture.format===Un)ve(b)?a.framebufferTexture2DMultisampleEXT(i.FRAMEBUFFER,de,j,ge,0,K):i.framebufferTexture2D(i.FRAMEBUFFER,de,j,ge,0);else if(b.depthTexture.format===kn)ve(b)?a.framebufferTexture2DMultisampleEXT(i.FRAMEBUFFER,de,j,ge,0,K):i.framebufferTexture2D(i.FRAMEBUFFER,de,j,ge,0);else throw new Error("THREE.WebGLTextures: Unknown depthTexture format.")}function Zt(T){let b=n.get(T),z=T.isWebGLCubeRenderTarget===!0;if(b.__boundDepthTexture!==T.depthTexture){let oe=T.depthTexture;if(b.__depthDisposeCallback&&b.__depthDisposeCallback(),oe){let te=()=>{delete b.__boundDepthTexture,delete b.__depthDisposeCallback,oe.removeEventListener("dispose",te)};oe.addEventListener("dispose",te),b.__depthDisposeCallback=te}b.__boundDepthTexture=oe}if(T.depthTexture&&!b.__autoAllocateDepthBuffer)if(z)for(let oe=0;oe<6;oe++)vt(b.__webglFramebuffer[oe],T,oe);else T.texture.mipmaps.length>0?vt(b.__webglFramebuffer[0],T,0):vt(b.__webglFramebuffer,T,0);else if(z){b.__webglDepthbuffer=[];for(let oe=0;oe<6;oe++)if(t.bindFramebuffer(i.FRAMEBUFFER,b.__webglFramebuffer[oe]),b.__webglDepthbuffer[oe]===void 0)b.__webglDepthbuffer[oe]=i.createRenderbuffer(),mn(b.__webglDepthbuffer[oe],T,!1);else{let te=T.stencilBuffer?i.DEPTH_STENCIL_ATTACHMENT:i.DEPTH_ATTACHMENT,ue=b.__webglDepthbuffer[oe];i.bindRenderbuffer(i.RENDERBUFFER,ue),i.framebufferRenderbuffer(i.FRAMEBUFFER,te,i.RENDERBUFFER,ue)}}else if(T.texture.mipmaps.length>0?t.bindFramebuffer(i.FRAMEBUFFER,b.__webglFramebuffer[0]):t.bindFramebuffer(i.FRAMEBUFFER,b.__webglFramebuffer),b.__webglDepthbuffer===void 0)b.__webglDepthbuffer=i.createRenderbuffer(),mn(b.__webglDepthbuffer,T,!1);else{let te=T.stencilBuffer?i.DEPTH_STENCIL_ATTACHMENT:i.DEPTH_ATTACHMENT,ue=b.__webglDepthbuffer;i.bindRenderbuffer(i.RENDERBUFFER,ue),i.framebufferRenderbuffer(i.FRAMEBUFFER,te,i.RENDERBUFFER,ue)}t.bindFramebuffer(i.FRAMEBUFFER,null)}function Jt(T,b,z){let oe=n.get(T);b!==void 0&&lt(oe.__webglFramebuffer,T,T.texture,i.COLOR_ATTACHMENT0,i.TEXTURE_2D,0),z!==void 0&&Zt(T)}function Kt(T){let b=T.texture,z=n.get(T),oe=n.get(b);T.addEventListener("dispose",L),U(T);let te=T.textures,ue=T.isWebGLCubeRenderTarget===!0,ge=te.length>1;if(ge||(oe.__webglTexture===void 0&&(oe.__webglTexture=i.createTexture()),oe.__version=b.version,o.memory.textures++),ue){z.__webglFramebuffer=[];for(let K=0;K<6;K++)if(b.mipmaps.length>0){z.__webglFramebuffer[K]=[];for(let j=0;j<b.mipmaps.length;j++)z.__webglFramebuffer[K][j]=i.createFramebuffer()}else z.__webglFramebuffer[K]=i.createFramebuffer()}else{if(b.mipmaps.length>0){z.__webglFramebuffer=[];for(let K=0;K<b.mipmaps.length;K++)z.__webglFramebuffer[K]=i.createFramebuffer()}else z.__webglFramebuffer=i.createFramebuffer();if(ge)for(let K=0,j=te.length;K<j;K++){let de=n.get(te[K]);de.__webglTexture===void 0&&(de.__webglTexture=i.createTexture(),o.memory.textures++)}if(T.samples>0&&ve(T)===!1){z.__webglMultisampledFramebuffer=i.createFramebuffer(),z.__webglColorRenderbuffer=[],t.bindFramebuffer(i.FRAMEBUFFER,z.__webglMultisampledFramebuffer);for(let K=0;K<te.length;K++){let j=te[K];z.__webglColorRenderbuffer[K]=i.createRenderbuffer(),i.bindRenderbuffer(i.RENDERBUFFER,z.__webglColorRenderbuffer[K]);let de=r.convert(j.format,j.colorSpace),I=r.convert(j.type),Q=w(j.internalFormat,de,I,j.normalized,j.colorSpace,T.isXRRenderTarget===!0),J=at(T);i.renderbufferStorageMultisample(i.RENDERBUFFER,J,Q,T.width,T.height),i.framebufferRenderbuffer(i.FRAMEBUFFER,i.COLOR_ATTACHMENT0+K,i.RENDERBUFFER,z.__webglColorRenderbuffer[K])}i.bindRenderbuffer(i.RENDERBUFFER,null),T.depthBuffer&&(z.__webglDepthRenderbuffer=i.createRenderbuffer(),mn(z.__webglDepthRenderbuffer,T,!0)),t.bindFramebuffer(i.FRAMEBUFFER,null)}}if(ue){t.bindTexture(i.TEXTURE_CUBE_MAP,oe.__webglTexture),Ke(i.TEXTURE_CUBE_MAP,b);for(let K=0;K<6;K++)if(b.mipmaps.length>0)for(let j=0;j<b.mipmaps.length;j++)lt(z.__webglFramebuffer[K][j],T,b,i.COLOR_ATTACHMENT0,i.TEXTURE_CUBE_MAP_POSITIVE_X+K,j);else lt(z.__webglFramebuffer[K],T,b,i.COLOR_ATTACHMENT0,i.TEXTURE_CUBE_MAP_POSITIVE_X+K,0);S(b)?_(i.TEXTURE_CUBE_MAP):b.mipmaps.length>0&&i.texParameteri(i.TEXTURE_CUBE_MAP,i.TEXTURE_MAX_LEVEL,b.mipmaps.length-1),t.unbindTexture()}else if(ge){for(let K=0,j=te.length;K<j;K++){let de=te[K],I=n.get(de),Q=i.TEXTURE_2D;(T.isWebGL3DRenderTarget||T.isWebGLArrayRenderTarget)&&(Q=T.isWebGL3DRenderTarget?i.TEXTURE_3D:i.TEXTURE_2D_ARRAY),t.bindTexture(Q,I.__webglTexture),Ke(Q,de),lt(z.__webglFramebuffer,T,de,i.COLOR_ATTACHMENT0+K,Q,0),S(de)&&_(Q)}t.unbindTexture()}else{let K=i.TEXTURE_2D;if((T.isWebGL3DRenderTarget||T.isWebGLArrayRenderTarget)&&(K=T.isWebGL3DRenderTarget?i.TEXTURE_3D:i.TEXTURE_2D_ARRAY),t.bindTexture(K,oe.__webglTexture),Ke(K,b),b.mipmaps.length>0)for(let j=0;j<b.mipmaps.length;j++)lt(z.__webglFramebuffer[j],T,b,i.COLOR_ATTACHMENT0,K,j);else lt(z.__webglFramebuffer,T,b,i.COLOR_ATTACHMENT0,K,0);S(b)?_(K):b.mipmaps.length>0&&i.texParameteri(K,i.TEXTURE_MAX_LEVEL,b.mipmaps.length-1),t.unbindTexture()}T.depthBuffer&&Zt(T)}function F(T){let b=T.textures;for(let z=0,oe=b.length;z<oe;z++){let te=b[z];if(S(te)&&te.mipmapsAutoUpdate===!0){let ue=A(T),ge=n.get(te).__webglTexture;t.bindTexture(ue,ge),_(ue),t.unbindTexture()}}}let jt=[];function ot(T){if(T.samples>0){if(ve(T)===!1){let b=T.textures,z=T.width,oe=T.height,te=i.COLOR_BUFFER_BIT,ue=T.stencilBuffer?i.DEPTH_STENCIL_ATTACHMENT:i.DEPTH_ATTACHMENT,ge=n.get(T),K=b.length>1;if(K)for(let de=0;de<b.length;de++)t.bindFramebuffer(i.FRAMEBUFFER,ge.__webglMultisampledFramebuffer),i.framebufferRenderbuffer(i.FRAMEBUFFER,i.COLOR_ATTACHMENT0+de,i.RENDERBUFFER,null),t.bindFramebuffer(i.FRAMEBUFFER,ge.__webglFramebuffer),i.framebufferTexture2D(i.DRAW_FRAMEBUFFER,i.COLOR_ATTACHMENT0+de,i.TEXTURE_2D,null,0);t.bindFramebuffer(i.READ_FRAMEBUFFER,ge.__webglMultisampledFramebuffer),T.texture.mipmaps.length>0?t.bindFramebuffer(i.DRAW_FRAMEBUFFER,ge.__webglFramebuffer[0]):t.bindFramebuffer(i.DRAW_FRAMEBUFFER,ge.__webglFramebuffer);for(let de=0;de<b.length;de++){if(T.resolveDepthBuffer&&(T.depthBuffer&&(te|=i.DEPTH_BUFFER_BIT),T.stencilBuffer&&T.resolveStencilBuffer&&(te|=i.STENCIL_BUFFER_BIT)),K){i.framebufferRenderbuffer(i.READ_FRAMEBUFFER,i.COLOR_ATTACHMENT0,i.RENDERBUFFER,ge.__webglColorRenderbuffer[de]);let I=n.get(b[de]).__webglTexture;i.framebufferTexture2D(i.DRAW_FRAMEBUFFER,i.COLOR_ATTACHMENT0,i.TEXTURE_2D,I,0)}i.blitFramebuffer(0,0,z,oe,0,0,z,oe,te,i.NEAREST),c===!0&&(jt.length=0,jt.push(i.COLOR_ATTACHMENT0+de),T.depthBuffer&&T.storeMultisampledDepthBuffer===!1&&jt.push(ue),i.invalidateFramebuffer(i.READ_FRAMEBUFFER,jt))}if(t.bindFramebuffer(i.READ_FRAMEBUFFER,null),t.bindFramebuffer(i.DRAW_FRAMEBUFFER,null),K)for(let de=0;de<b.length;de++){t.bindFramebuffer(i.FRAMEBUFFER,ge.__webglMultisampledFramebuffer),i.framebufferRenderbuffer(i.FRAMEBUFFER,i.COLOR_ATTACHMENT0+de,i.RENDERBUFFER,ge.__webglColorRenderbuffer[de]);let I=n.get(b[de]).__webglTexture;t.bindFramebuffer(i.FRAMEBUFFER,ge.__webglFramebuffer),i.framebufferTexture2D(i.DRAW_FRAMEBUFFER,i.COLOR_ATTACHMENT0+de,i.TEXTURE_2D,I,0)}t.bindFramebuffer(i.DRAW_FRAMEBUFFER,ge.__webglMultisampledFramebuffer)}else if(T.depthBuffer&&T.storeMultisampledDepthBuffer===!1&&c){let b=T.stencilBuffer?i.DEPTH_STENCIL_ATTACHMENT:i.DEPTH_ATTACHMENT;i.invalidateFramebuffer(i.DRAW_FRAMEBUFFER,[b])}}}function at(T){return Math.min(s.maxSamples,T.samples)}function ve(T){let b=n.get(T);return T.samples>0&&e.has("WEBGL_multisampled_render_to_texture")===!0&&b.__useRenderToTexture!==!1}function gt(T){let b=o.render.frame;u.get(T)!==b&&(u.set(T,b),T.update())}function Pe(T,b){let z=T.colorSpace,oe=T.format,te=T.type;return T.isCompressedTexture===!0||T.isVideoTexture===!0||z!==Ts&&z!==zn&&(Xe.getTransfer(z)===Je?(oe!==pn||te!==Yt)&&Le("WebGLTextures: sRGB encoded textures have to use RGBAFormat and UnsignedByteType."):Ne("WebGLTextures: Unsupported texture color space:",z)),b}function Fe(T){return typeof HTMLImageElement<"u"&&T instanceof HTMLImageElement?(l.width=T.naturalWidth||T.width,l.height=T.naturalHeight||T.height):typeof VideoFrame<"u"&&T instanceof VideoFrame?(l.width=T.displayWidth,l.height=T.displayHeight):(l.width=T.width,l.height=T.height),l}this.allocateTextureUnit=ne,this.resetTextureUnits=ee,this.getTextureUnits=ie,this.setTextureUnits=B,this.setTexture2D=se,this.setTexture2DArray=me,this.setTexture3D=ye,this.setTextureCube=ce,this.rebindTextures=Jt,this.setupRenderTarget=Kt,this.updateRenderTargetMipmap=F,this.updateMultisampleRenderTarget=ot,this.setupDepthRenderbuffer=Zt,this.setupFrameBufferTexture=lt,this.useMultisampledRTT=ve,this.dispose=G}function ly(i,e){function t(n,s=zn){let r,o=Xe.getTransfer(s);if(n===Yt)return i.UNSIGNED_BYTE;if(n===Ro)return i.UNSIGNED_SHORT_4_4_4_4;if(n===Po)return i.UNSIGNED_SHORT_5_5_5_1;if(n===Vl)return i.UNSIGNED_INT_5_9_9_9_REV;if(n===Hl)return i.UNSIGNED_INT_10F_11F_11F_REV;if(n===kl)return i.BYTE;if(n===zl)return i.SHORT;if(n===as)return i.UNSIGNED_SHORT;if(n===Co)return i.INT;if(n===hn)return i.UNSIGNED_INT;if(n===dn)return i.FLOAT;if(n===fn)return i.HALF_FLOAT;if(n===Gl)return i.ALPHA;if(n===Wl)return i.RGB;if(n===pn)return i.RGBA;if(n===Un)return i.DEPTH_COMPONENT;if(n===kn)return i.DEPTH_STENCIL;if(n===Xl)return i.RED;if(n===Io)return i.RED_INTEGER;if(n===ri)return i.RG;if(n===Lo)return i.RG_INTEGER;if(n===No)return i.RGBA_INTEGER;if(n===qs||n===$s||n===Ys||n===Zs)if(o===Je)if(r=e.get("WEBGL_compressed_texture_s3tc_srgb"),r!==null){if(n===qs)return r.COMPRESSED_SRGB_S3TC_DXT1_EXT;if(n===$s)return r.COMPRESSED_SRGB_ALPHA_S3TC_DXT1_EXT;if(n===Ys)return r.COMPRESSED_SRGB_ALPHA_S3TC_DXT3_EXT;if(n===Zs)return r.COMPRESSED_SRGB_ALPHA_S3TC_DXT5_EXT}else return null;else if(r=e.get("WEBGL_compressed_texture_s3tc"),r!==null){if(n===qs)return r.COMPRESSED_RGB_S3TC_DXT1_EXT;if(n===$s)return r.COMPRESSED_RGBA_S3TC_DXT1_EXT;if(n===Ys)return r.COMPRESSED_RGBA_S3TC_DXT3_EXT;if(n===Zs)return r.COMPRESSED_RGBA_S3TC_DXT5_EXT}else return null;if(n===Do||n===Fo||n===Uo||n===Oo)if(r=e.get("WEBGL_compressed_texture_pvrtc"),r!==null){if(n===Do)return r.COMPRESSED_RGB_PVRTC_4BPPV1_IMG;if(n===Fo)return r.COMPRESSED_RGB_PVRTC_2BPPV1_IMG;if(n===Uo)return r.COMPRESSED_RGBA_PVRTC_4BPPV1_IMG;if(n===Oo)return r.COMPRESSED_RGBA_PVRTC_2BPPV1_IMG}else return null;if(n===Bo||n===ko||n===zo||n===Vo||n===Ho||n===Js||n===Go)if(r=e.get("WEBGL_compressed_texture_etc"),r!==null){if(n===Bo||n===ko)return o===Je?r.COMPRESSED_SRGB8_ETC2:r.COMPRESSED_RGB8_ETC2;if(n===zo)return o===Je?r.COMPRESSED_SRGB8_ALPHA8_ETC2_EAC:r.COMPRESSED_RGBA8_ETC2_EAC;if(n===Vo)return r.COMPRESSED_R11_EAC;if(n===Ho)return r.COMPRESSED_SIGNED_R11_EAC;if(n===Js)return r.COMPRESSED_RG11_EAC;if(n===Go)return r.COMPRESSED_SIGNED_RG11_EAC}else return null;if(n===Wo||n===Xo||n===qo||n===$o||n===Yo||n===Zo||n===Jo||n===Ko||n===jo||n===Qo||n===ea||n===ta||n===na||n===ia)if(r=e.get("WEBGL_compressed_texture_astc"),r!==null){if(n===Wo)return o===Je?r.COMPRESSED_SRGB8_ALPHA8_ASTC_4x4_KHR:r.COMPRESSED_RGBA_ASTC_4x4_KHR;if(n===Xo)return o===Je?r.COMPRESSED_SRGB8_ALPHA8_ASTC_5x4_KHR:r.COMPRESSED_RGBA_ASTC_5x4_KHR;if(n===qo)return o===Je?r.COMPRESSED_SRGB8_ALPHA8_ASTC_5x5_KHR:r.COMPRESSED_RGBA_ASTC_5x5_KHR;if(n===$o)return o===Je?r.COMPRESSED_SRGB8_ALPHA8_ASTC_6x5_KHR:r.COMPRESSED_RGBA_ASTC_6x5_KHR;if(n===Yo)return o===Je?r.COMPRESSED_SRGB8_ALPHA8_ASTC_6x6_KHR:r.COMPRESSED_RGBA_ASTC_6x6_KHR;if(n===Zo)return o===Je?r.COMPRESSED_SRGB8_ALPHA8_ASTC_8x5_KHR:r.COMPRESSED_RGBA_ASTC_8x5_KHR;if(n===Jo)return o===Je?r.COMPRESSED_SRGB8_ALPHA8_ASTC_8x6_KHR:r.COMPRESSED_RGBA_ASTC_8x6_KHR;if(n===Ko)return o===Je?r.COMPRESSED_SRGB8_ALPHA8_ASTC_8x8_KHR:r.COMPRESSED_RGBA_ASTC_8x8_KHR;if(n===jo)return o===Je?r.COMPRESSED_SRGB8_ALPHA8_ASTC_10x5_KHR:r.COMPRESSED_RGBA_ASTC_10x5_KHR;if(n===Qo)return o===Je?r.COMPRESSED_SRGB8_ALPHA8_ASTC_10x6_KHR:r.COMPRESSED_RGBA_ASTC_10x6_KHR;if(n===ea)return o===Je?r.COMPRESSED_SRGB8_ALPHA8_ASTC_10x8_KHR:r.COMPRESSED_RGBA_ASTC_10x8_KHR;if(n===ta)return o===Je?r.COMPRESSED_SRGB8_ALPHA8_ASTC_10x10_KHR:r.COMPRESSED_RGBA_ASTC_10x10_KHR;if(n===na)return o===Je?r.COMPRESSED_SRGB8_ALPHA8_ASTC_12x10_KHR:r.COMPRESSED_RGBA_ASTC_12x10_KHR;if(n===ia)return o===Je?r.COMPRESSED_SRGB8_ALPHA8_ASTC_12x12_KHR:r.COMPRESSED_RGBA_ASTC_12x12_KHR}else return null;if(n===sa||n===ra||n===oa)if(r=e.get("EXT_texture_compression_bptc"),r!==null){if(n===sa)return o===Je?r.COMPRESSED_SRGB_ALPHA_BPTC_UNORM_EXT:r.COMPRESSED_RGBA_BPTC_UNORM_EXT;if(n===ra)return r.COMPRESSED_RGB_BPTC_SIGNED_FLOAT_EXT;if(n===oa)return r.COMPRESSED_RGB_BPTC_UNSIGNED_FLOAT_EXT}else return null;if(n===aa||n===la||n===Ks||n===ca)if(r=e.get("EXT_texture_compression_rgtc"),r!==null){if(n===aa)return r.COMPRESSED_RED_RGTC1_EXT;if(n===la)return r.COMPRESSED_SIGNED_RED_RGTC1_EXT;if(n===Ks)return r.COMPRESSED_RED_GREEN_RGTC2_EXT;if(n===ca)return r.COMPRESSED_SIGNED_RED_GREEN_RGTC2_EXT}else return null;return n===Si?i.UNSIGNED_INT_24_8:i[n]!==void 0?i[n]:null}return{convert:t}}var cy=`
void main() {

	gl_Position = vec4( position, 1.0 );

}`,uy=`
uniform sampler2DArray depthColor;
uniform float depthWidth;
uniform float depthHeight;

void main() {

	vec2 coord = vec2( gl_FragCoord.x / depthWidth, gl_FragCoord.y / depthHeight );

	if ( coord.x >= 1.0 ) {

		gl_FragDepth = texture( depthColor, vec3( coord.x - 1.0, coord.y, 1 ) ).r;

	} else {

		gl_FragDepth = texture( depthColor, vec3( coord.x, coord.y, 0 ) ).r;

	}

}`,mc=class{constructor(){this.texture=null,this.mesh=null,this.depthNear=0,this.depthFar=0}init(e,t){if(this.texture===null){let n=new zs(e.texture);(e.depthNear!==t.depthNear||e.depthFar!==t.depthFar)&&(this.depthNear=e.depthNear,this.depthFar=e.depthFar),this.texture=n}}getMesh(e){if(this.texture!==null&&this.mesh===null){let t=e.cameras[0].viewport,n=new sn({vertexShader:cy,fragmentShader:uy,uniforms:{depthColor:{value:this.texture},depthWidth:{value:t.z},depthHeight:{value:t.w}}});this.mesh=new _n(new Vs(20,20),n)}return this.mesh}reset(){this.texture=null,this.mesh=null}getDepthTexture(){return this.texture}},gc=class extends yn{constructor(e,t){super();let n=this,s=null,r=1,o=null,a="local-floor",c=1,l=null,u=null,h=null,d=null,f=null,g=null,y=typeof XRWebGLBinding<"u",p=new mc,m={},v=t.getContextAttributes(),S=null,_=null,A=[],w=[],x=new $e,E=null,U=null,D=new Ot;D.viewport=new ut;let R=new Ot;R.viewport=new ut;let L=[D,R],O=new Mo,P=null,G=null;this.cameraAutoUpdate=!0,this.enabled=!1,this.isPresenting=!1,this.getController=function(V){let se=A[V];return se===void 0&&(se=new Qi,A[V]=se),se.getTargetRaySpace()},this.getControllerGrip=function(V){let se=A[V];return se===void 0&&(se=new Qi,A[V]=se),se.getGripSpace()},this.getHand=function(V){let se=A[V];return se===void 0&&(se=new Qi,A[V]=se),se.getHandSpace()};function Z(V){let se=w.indexOf(V.inputSource);if(se===-1)return;let me=A[se];me!==void 0&&(me.update(V.inputSource,V.frame,l||o),me.dispatchEvent({type:V.type,data:V.inputSource}))}function W(){s.removeEventListener("select",Z),s.removeEventListener("selectstart",Z),s.removeEventListener("selectend",Z),s.removeEventListener("squeeze",Z),s.removeEventListener("squeezestart",Z),s.removeEventListener("squeezeend",Z),s.removeEventListener("end",W),s.removeEventListener("inputsourceschange",re);for(let V=0;V<A.length;V++){let se=w[V];se!==null&&(w[V]=null,A[V].disconnect(se))}P=null,G=null,p.reset();for(let V in m)delete m[V];if(e.setRenderTarget(S),f=null,d=null,h=null,s=null,_=null,ne.stop(),n.isPresenting=!1,e.setPixelRatio(E),e.setSize(x.width,x.height,!1),U!==null){let V=U.camera;V.fov=U.fov,V.zoom=U.zoom,V.updateProjectionMatrix(),U=null}n.dispatchEvent({type:"sessionend"})}this.setFramebufferScaleFactor=function(V){r=V,n.isPresenting===!0&&Le("WebXRManager: Cannot change framebuffer scale while presenting.")},this.setReferenceSpaceType=function(V){a=V,n.isPresenting===!0&&Le("WebXRManager: Cannot change reference space type while presenting.")},this.getReferenceSpace=function(){return l||o},this.setReferenceSpace=function(V){l=V},this.getBaseLayer=function(){return d!==null?d:f},this.getBinding=function(){return h===null&&y&&(h=new XRWebGLBinding(s,t)),h},this.getFrame=function(){return g},this.getSession=function(){return s},this.setSession=async function(V){if(s=V,s!==null){if(S=e.getRenderTarget(),s.addEventListener("select",Z),s.addEventListener("selectstart",Z),s.addEventListener("selectend",Z),s.addEventListener("squeeze",Z),s.addEventListener("squeezestart",Z),s.addEventListener("squeezeend",Z),s.addEventListener("end",W),s.addEventListener("inputsourceschange",re),v.xrCompatible!==!0&&await t.makeXRCompatible(),E=e.getPixelRatio(),e.getSize(x),y&&"createProjectionLayer"in XRWebGLBinding.prototype){let me=null,ye=null,ce=null;v.depth&&(ce=v.stencil?t.DEPTH24_STENCIL8:t.DEPTH_COMPONENT24,me=v.stencil?kn:Un,ye=v.stencil?Si:hn);let Se={colorFormat:t.RGBA8,depthFormat:ce,scaleFactor:r};h=this.getBinding(),d=h.createProjectionLayer(Se),s.updateRenderState({layers:[d]}),e.setPixelRatio(1),e.setSize(d.textureWidth,d.textureHeight,!1),_=new Xt(d.textureWidth,d.textureHeight,{format:pn,type:Yt,depthTexture:new On(d.textureWidth,d.textureHeight,ye,void 0,void 0,void 0,void 0,void 0,void 0,me),stencilBuffer:v.stencil,colorSpace:e.outputColorSpace,samples:v.antialias?4:0,resolveDepthBuffer:d.ignoreDepthValues===!1,resolveStencilBuffer:d.ignoreDepthValues===!1,storeMultisampledDepthBuffer:d.ignoreDepthValues===!1,storeMultisampledStencilBuffer:d.ignoreDepthValues===!1})}else{let me={antialias:v.antialias,alpha:!0,depth:v.depth,stencil:v.stencil,framebufferScaleFactor:r};f=new XRWebGLLayer(s,t,me),s.updateRenderState({baseLayer:f}),e.setPixelRatio(1),e.setSize(f.framebufferWidth,f.framebufferHeight,!1),_=new Xt(f.framebufferWidth,f.framebufferHeight,{format:pn,type:Yt,colorSpace:e.outputColorSpace,stencilBuffer:v.stencil,resolveDepthBuffer:f.ignoreDepthValues===!1,resolveStencilBuffer:f.ignoreDepthValues===!1,storeMultisampledDepthBuffer:f.ignoreDepthValues===!1,storeMultisampledStencilBuffer:f.ignoreDepthValues===!1})}_.isXRRenderTarget=!0,this.setFoveation(c),l=null,o=await s.requestReferenceSpace(a),ne.setContext(s),ne.start(),n.isPresenting=!0,n.dispatchEvent({type:"sessionstart"})}},this.getEnvironmentBlendMode=function(){if(s!==null)return s.environmentBlendMode},this.getDepthTexture=function(){return p.getDepthTexture()};function re(V){for(let se=0;se<V.removed.length;se++){let me=V.removed[se],ye=w.indexOf(me);ye>=0&&(w[ye]=null,A[ye].disconnect(me))}for(let se=0;se<V.added.length;se++){let me=V.added[se],ye=w.indexOf(me);if(ye===-1){for(let Se=0;Se<A.length;Se++)if(Se>=w.length){w.push(me),ye=Se;break}else if(w[Se]===null){w[Se]=me,ye=Se;break}if(ye===-1)break}let ce=A[ye];ce&&ce.connect(me)}}function Y(V,se){se===null?V.matrixWorld.copy(V.matrix):V.matrixWorld.multiplyMatrices(se.matrixWorld,V.matrix),V.matrixWorldInverse.copy(V.matrixWorld).invert()}this.updateCamera=function(V){if(s===null)return;let se=V.near,me=V.far;p.texture!==null&&(p.depthNear>0&&(se=p.depthNear),p.depthFar>0&&(me=p.depthFar)),O.near=R.near=D.near=se,O.far=R.far=D.far=me,(P!==O.near||G!==O.far)&&(s.updateRenderState({depthNear:O.near,depthFar:O.far}),P=O.near,G=O.far),O.layers.mask=V.layers.mask|6,D.layers.mask=O.layers.mask&-5,R.layers.mask=O.layers.mask&-3;let ye=V.parent,ce=O.cameras;Y(O,ye);for(let Se=0;Se<ce.length;Se++)Y(ce[Se],ye);O.projectionMatrix.copy(D.projectionMatrix),O.projectionMatrixInverse.copy(D.projectionMatrixInverse),U===null&&V.isPerspectiveCamera&&(U={camera:V,fov:V.fov,zoom:V.zoom}),ee(V,O,ye)};function ee(V,se,me){me===null?V.matrix.copy(se.matrixWorld):(V.matrix.copy(me.matrixWorld),V.matrix.invert(),V.matrix.multiply(se.matrixWorld)),V.matrix.decompose(V.position,V.quaternion,V.scale),V.updateMatrixWorld(!0),V.projectionMatrix.copy(se.projectionMatrix),V.projectionMatrixInverse.copy(se.projectionMatrixInverse),V.isPerspectiveCamera&&(V.fov=no*2*Math.atan(1/V.projectionMatrix.elements[5]),V.zoom=1)}this.getCamera=function(){return O},this.getFoveation=function(){if(!(d===null&&f===null))return c},this.setFoveation=function(V){c=V,d!==null&&(d.fixedFoveation=V),f!==null&&f.fixedFoveation!==void 0&&(f.fixedFoveation=V)},this.hasDepthSensing=function(){return p.texture!==null},this.getDepthSensingMesh=function(){return p.getMesh(O)},this.getCameraTexture=function(V){return m[V]};let ie=null;function B(V,se){if(u=se.getViewerPose(l||o),g=se,u!==null){let me=u.views;f!==null&&(e.setRenderTargetFramebuffer(_,f.framebuffer),e.setRenderTarget(_));let ye=!1;me.length!==O.cameras.length&&(O.cameras.length=0,ye=!0);for(let Ie=0;Ie<me.length;Ie++){let Ke=me[Ie],Qe=null;if(f!==null)Qe=f.getViewport(Ke);else{let Mt=h.getViewSubImage(d,Ke);Qe=Mt.viewport,Ie===0&&(e.setRenderTargetTextures(_,Mt.colorTexture,Mt.depthStencilTexture),e.setRenderTarget(_))}let He=L[Ie];He===void 0&&(He=new Ot,He.layers.enable(Ie),He.viewport=new ut,L[Ie]=He),He.matrix.fromArray(Ke.transform.matrix),He.matrix.decompose(He.position,He.quaternion,He.scale),He.projectionMatrix.fromArray(Ke.projectionMatrix),He.projectionMatrixInverse.copy(He.projectionMatrix).invert(),He.viewport.set(Qe.x,Qe.y,Qe.width,Qe.height),Ie===0&&(O.matrix.copy(He.matrix),O.matrix.decompose(O.position,O.quaternion,O.scale)),ye===!0&&O.cameras.push(He)}let ce=s.enabledFeatures;if(ce&&ce.includes("depth-sensing")&&s.depthUsage=="gpu-optimized"&&y){h=n.getBinding();let Ie=h.getDepthInformation(me[0]);Ie&&Ie.isValid&&Ie.texture&&p.init(Ie,s.renderState)}if(ce&&ce.includes("camera-access")&&y){e.state.unbindTexture(),h=n.getBinding();for(let Ie=0;Ie<me.length;Ie++){let Ke=me[Ie].camera;if(Ke){let Qe=m[Ke];Qe||(Qe=new zs,m[Ke]=Qe);let He=h.getCameraImage(Ke);Qe.sourceTexture=He}}}}for(let me=0;me<A.length;me++){let ye=w[me],ce=A[me];ye!==null&&ce!==void 0&&ce.update(ye,se,l||o)}ie&&ie(V,se),se.detectedPlanes&&n.dispatchEvent({type:"planesdetected",data:se}),g=null}let ne=new ud;ne.setAnimationLoop(B),this.setAnimationLoop=function(V){ie=V},this.dispose=function(){}}},hy=new rt,_d=new De;_d.set(-1,0,0,0,1,0,0,0,1);function dy(i,e){function t(p,m){p.matrixAutoUpdate===!0&&p.updateMatrix(),m.value.copy(p.matrix)}function n(p,m){m.color.getRGB(p.fogColor.value,jl(i)),m.isFog?(p.fogNear.value=m.near,p.fogFar.value=m.far):m.isFogExp2&&(p.fogDensity.value=m.density)}function s(p,m,v,S,_){m.isNodeMaterial?m.uniformsNeedUpdate=!1:m.isMeshBasicMaterial?r(p,m):m.isMeshLambertMaterial?(r(p,m),m.envMap&&(p.envMapIntensity.value=m.envMapIntensity)):m.isMeshToonMaterial?(r(p,m),h(p,m)):m.isMeshPhongMaterial?(r(p,m),u(p,m),m.envMap&&(p.envMapIntensity.value=m.envMapIntensity)):m.isMeshStandardMaterial?(r(p,m),d(p,m),m.isMeshPhysicalMaterial&&f(p,m,_)):m.isMeshMatcapMaterial?(r(p,m),g(p,m)):m.isMeshDepthMaterial?r(p,m):m.isMeshDistanceMaterial?(r(p,m),y(p,m)):m.isMeshNormalMaterial?r(p,m):m.isLineBasicMaterial?(o(p,m),m.isLineDashedMaterial&&a(p,m)):m.isPointsMaterial?c(p,m,v,S):m.isSpriteMaterial?l(p,m):m.isShadowMaterial?(p.color.value.copy(m.color),p.opacity.value=m.opacity):m.isShaderMaterial&&(m.uniformsNeedUpdate=!1)}function r(p,m){p.opacity.value=m.opacity,m.color&&p.diffuse.value.copy(m.color),m.emissive&&p.emissive.value.copy(m.emissive).multiplyScalar(m.emissiveIntensity),m.map&&(p.map.value=m.map,t(m.map,p.mapTransform)),m.alphaMap&&(p.alphaMap.value=m.alphaMap,t(m.alphaMap,p.alphaMapTransform)),m.bumpMap&&(p.bumpMap.value=m.bumpMap,t(m.bumpMap,p.bumpMapTransform),p.bumpScale.value=m.bumpScale,m.side===Bt&&(p.bumpScale.value*=-1)),m.normalMap&&(p.normalMap.value=m.normalMap,t(m.normalMap,p.normalMapTransform),p.normalScale.value.copy(m.normalScale),m.side===Bt&&p.normalScale.value.negate()),m.displacementMap&&(p.displacementMap.value=m.displacementMap,t(m.displacementMap,p.displacementMapTransform),p.displacementScale.value=m.displacementScale,p.displacementBias.value=m.displacementBias),m.emissiveMap&&(p.emissiveMap.value=m.emissiveMap,t(m.emissiveMap,p.emissiveMapTransform)),m.specularMap&&(p.specularMap.value=m.specularMap,t(m.specularMap,p.specularMapTransform)),m.alphaTest>0&&(p.alphaTest.value=m.alphaTest);let v=e.get(m),S=v.envMap,_=v.envMapRotation;S&&(p.envMap.value=S,p.envMapRotation.value.setFromMatrix4(hy.makeRotationFromEuler(_)).transpose(),S.isCubeTexture&&S.isRenderTargetTexture===!1&&p.envMapRotation.value.premultiply(_d),p.reflectivity.value=m.reflectivity,p.ior.value=m.ior,p.refractionRatio.value=m.refractionRatio),m.lightMap&&(p.lightMap.value=m.lightMap,p.lightMapIntensity.value=m.lightMapIntensity,t(m.lightMap,p.lightMapTransform)),m.aoMap&&(p.aoMap.value=m.aoMap,p.aoMapIntensity.value=m.aoMapIntensity,t(m.aoMap,p.aoMapTransform))}function o(p,m){p.diffuse.value.copy(m.color),p.opacity.value=m.opacity,m.map&&(p.map.value=m.map,t(m.map,p.mapTransform))}function a(p,m){p.dashSize.value=m.dashSize,p.totalSize.value=m.dashSize+m.gapSize,p.scale.value=m.scale}function c(p,m,v,S){p.diffuse.value.copy(m.color),p.opacity.value=m.opacity,p.size.value=m.size*v,p.scale.value=S*.5,m.map&&(p.map.value=m.map,t(m.map,p.uvTransform)),m.alphaMap&&(p.alphaMap.value=m.alphaMap,t(m.alphaMap,p.alphaMapTransform)),m.alphaTest>0&&(p.alphaTest.value=m.alphaTest)}function l(p,m){p.diffuse.value.copy(m.color),p.opacity.value=m.opacity,p.rotation.value=m.rotation,m.map&&(p.map.value=m.map,t(m.map,p.mapTransform)),m.alphaMap&&(p.alphaMap.value=m.alphaMap,t(m.alphaMap,p.alphaMapTransform)),m.alphaTest>0&&(p.alphaTest.value=m.alphaTest)}function u(p,m){p.specular.value.copy(m.specular),p.shininess.value=Math.max(m.shininess,1e-4)}function h(p,m){m.gradientMap&&(p.gradientMap.value=m.gradientMap)}function d(p,m){p.metalness.value=m.metalness,m.metalnessMap&&(p.metalnessMap.value=m.metalnessMap,t(m.metalnessMap,p.metalnessMapTransform)),p.roughness.value=m.roughness,m.roughnessMap&&(p.roughnessMap.value=m.roughnessMap,t(m.roughnessMap,p.roughnessMapTransform)),m.envMap&&(p.envMapIntensity.value=m.envMapIntensity)}function f(p,m,v){p.ior.value=m.ior,m.diffuseRoughness>0&&(p.diffuseRoughness.value=m.diffuseRoughness,m.diffuseRoughnessMap&&(p.diffuseRoughnessMap.value=m.diffuseRoughnessMap,t(m.diffuseRoughnessMap,p.diffuseRoughnessMapTransform))),m.sheen>0&&(p.sheenColor.value.copy(m.sheenColor).multiplyScalar(m.sheen),p.sheenRoughness.value=m.sheenRoughness,m.sheenColorMap&&(p.sheenColorMap.value=m.sheenColorMap,t(m.sheenColorMap,p.sheenColorMapTransform)),m.sheenRoughnessMap&&(p.sheenRoughnessMap.value=m.sheenRoughnessMap,t(m.sheenRoughnessMap,p.sheenRoughnessMapTransform))),m.clearcoat>0&&(p.clearcoat.value=m.clearcoat,p.clearcoatRoughness.value=m.clearcoatRoughness,m.clearcoatMap&&(p.clearcoatMap.value=m.clearcoatMap,t(m.clearcoatMap,p.clearcoatMapTransform)),m.clearcoatRoughnessMap&&(p.clearcoatRoughnessMap.value=m.clearcoatRoughnessMap,t(m.clearcoatRoughnessMap,p.clearcoatRoughnessMapTransform)),m.clearcoatNormalMap&&(p.clearcoatNormalMap.value=m.clearcoatNormalMap,t(m.clearcoatNormalMap,p.clearcoatNormalMapTransform),p.clearcoatNormalScale.value.copy(m.clearcoatNormalScale),m.side===Bt&&p.clearcoatNormalScale.value.negate())),m.dispersion>0&&(p.dispersion.value=m.dispersion),m.retroreflectivity>0&&(p.retroreflectivity.value=m.retroreflectivity),m.iridescence>0&&(p.iridescence.value=m.iridescence,p.iridescenceIOR.value=m.iridescenceIOR,p.iridescenceThicknessMinimum.value=m.iridescenceThicknessMinimum,p.iridescenceThicknessMaximum.value=m.iridescenceThicknessMaximum,m.iridescenceMap&&(p.iridescenceMap.value=m.iridescenceMap,t(m.iridescenceMap,p.iridescenceMapTransform)),m.iridescenceThicknessMap&&(p.iridescenceThicknessMap.value=m.iridescenceThicknessMap,t(m.iridescenceThicknessMap,p.iridescenceThicknessMapTransform))),m.transmission>0&&(p.transmission.value=m.transmission,p.transmissionSamplerMap.value=v.texture,p.transmissionSamplerSize.value.set(v.width,v.height),m.transmissionMap&&(p.transmissionMap.value=m.transmissionMap,t(m.transmissionMap,p.transmissionMapTransform)),p.thickness.value=m.thickness,m.thicknessMap&&(p.thicknessMap.value=m.thicknessMap,t(m.thicknessMap,p.thicknessMapTransform)),p.attenuationDistance.value=m.attenuationDistance,p.attenuationColor.value.copy(m.attenuationColor)),m.anisotropy>0&&(p.anisotropyVector.value.set(m.anisotropy*Math.cos(m.anisotropyRotation),m.anisotropy*Math.sin(m.anisotropyRotation)),m.anisotropyMap&&(p.anisotropyMap.value=m.anisotropyMap,t(m.anisotropyMap,p.anisotropyMapTransform))),p.specularIntensity.value=m.specularIntensity,p.specularColor.value.copy(m.specularColor),m.specularColorMap&&(p.specularColorMap.value=m.specularColorMap,t(m.specularColorMap,p.specularColorMapTransform)),m.specularIntensityMap&&(p.specularIntensityMap.value=m.specularIntensityMap,t(m.specularIntensityMap,p.specularIntensityMapTransform))}function g(p,m){m.matcap&&(p.matcap.value=m.matcap)}function y(p,m){let v=e.get(m).light;p.referencePosition.value.setFromMatrixPosition(v.matrixWorld),p.nearDistance.value=v.shadow.camera.near,p.farDistance.value=v.shadow.camera.far}return{refreshFogUniforms:n,refreshMaterialUniforms:s}}function fy(i,e,t,n){let s={},r={};function o(v,S){let _=S.program;n.uniformBlockBinding(v,_,s[v.id])}function a(v,S){let _=s[v.id];_===void 0&&(g(v),_=c(v),s[v.id]=_,v.addEventListener("dispose",p));let A=S.program;n.updateUBOMapping(v,A);let w=e.render.frame;r[v.id]!==w&&(l(v),r[v.id]=w)}function c(v){let S=i.createBuffer(),_=v.__size,A=v.usage;return i.bindBuffer(i.UNIFORM_BUFFER,S),i.bufferData(i.UNIFORM_BUFFER,_,A),i.bindBuffer(i.UNIFORM_BUFFER,null),S}function l(v){let S=s[v.id],_=v.uniforms,A=v.__cache;i.bindBuffer(i.UNIFORM_BUFFER,S);for(let w=0,x=_.length;w<x;w++){let E=_[w];if(Array.isArray(E))for(let U=0,D=E.length;U<D;U++)u(E[U],w,U,A);else u(E,w,0,A)}i.bindBuffer(i.UNIFORM_BUFFER,null)}function u(v,S,_,A){if(d(v,S,_,A)===!0){let w=v.__offset,x=v.value;if(Array.isArray(x)){let E=0;for(let U=0;U<x.length;U++){let D=x[U],R=y(D,!0);h(D,v.__data,E),E+=R.storage/Float32Array.BYTES_PER_ELEMENT}}else h(x,v.__data,0);i.bufferSubData(i.UNIFORM_BUFFER,w,v.__data)}}function h(v,S,_){typeof v=="number"||typeof v=="boolean"?S[_]=v:v.isMatrix3?(S[_]=v.elements[0],S[_+1]=v.elements[1],S[_+2]=v.elements[2],S[_+3]=0,S[_+4]=v.elements[3],S[_+5]=v.elements[4],S[_+6]=v.elements[5],S[_+7]=0,S[_+8]=v.elements[6],S[_+9]=v.elements[7],S[_+10]=v.elements[8],S[_+11]=0):ArrayBuffer.isView(v)?S.set(v.subarray(0,S.length-_),_):v.toArray(S,_)}function d(v,S,_,A){let w=v.value,x=S+"_"+_;if(Array.isArray(w)){A[x]===void 0&&(A[x]=[]);let E=A[x],U=!1;for(let D=0;D<w.length;D++)f(w[D],E,D)===!0&&(U=!0);return U}return f(w,A,x)}function f(v,S,_){if(S[_]===void 0)return typeof v=="number"||typeof v=="boolean"?S[_]=v:ArrayBuffer.isView(v)?S[_]=v.slice():S[_]=v.clone(),!0;{let A=S[_];if(typeof v=="number"||typeof v=="boolean"){if(A!==v)return S[_]=v,!0}else{if(ArrayBuffer.isView(v))return!0;if(A.equals(v)===!1)return A.copy(v),!0}}return!1}function g(v){let S=v.uniforms,_=0,A=16;for(let x=0,E=S.length;x<E;x++){let U=Array.isArray(S[x])?S[x]:[S[x]];for(let D=0,R=U.length;D<R;D++){let L=U[D],O=Array.isArray(L.value)?L.value:[L.value],P=Array.isArray(S[x])||Array.isArray(L.value),G=_;for(let W=0,re=O.length;W<re;W++){let Y=O[W],ee=y(Y,P),ie=_%A,B=ie%ee.boundary,ne=ie+B;_+=B,ne!==0&&A-ne<ee.storage&&(_+=A-ne),W===0&&(G=_),_+=ee.storage}let Z=L.type==="int"?Int32Array:L.type==="uint"?Uint32Array:Float32Array;L.__data=new Z((_-G)/Float32Array.BYTES_PER_ELEMENT),L.__offset=G}}let w=_%A;return w>0&&(_+=A-w),v.__size=_,v.__cache={},this}function y(v,S){let _={boundary:0,storage:0};return typeof v=="number"||typeof v=="boolean"?(_.boundary=4,_.storage=4):v.isVector2?(_.boundary=8,_.storage=8):v.isVector3||v.isColor?(_.boundary=16,_.storage=12):v.isVector4?(_.boundary=16,_.storage=16):v.isMatrix3?(_.boundary=16,_.storage=48):v.isMatrix4?(_.boundary=16,_.storage=64):v.isTexture?Le("WebGLRenderer: Texture samplers can not be part of an uniforms group."):ArrayBuffer.isView(v)?(_.boundary=16,_.storage=v.byteLength):Le("WebGLRenderer: Unsupported uniform value type.",v),S===!0&&(_.boundary=16,_.storage=Math.ceil(_.storage/16)*16),_}function p(v){let S=v.target;S.removeEventListener("dispose",p),i.deleteBuffer(s[S.id]),delete s[S.id],delete r[S.id]}function m(){for(let v in s)i.deleteBuffer(s[v]);s={},r={}}return{bind:o,update:a,dispose:m}}var py=new Uint16Array([12469,15057,12620,14925,13266,14620,13807,14376,14323,13990,14545,13625,14713,13328,14840,12882,14931,12528,14996,12233,15039,11829,15066,11525,15080,11295,15085,10976,15082,10705,15073,10495,13880,14564,13898,14542,13977,14430,14158,14124,14393,13732,14556,13410,14702,12996,14814,12596,14891,12291,14937,11834,14957,11489,14958,11194,14943,10803,14921,10506,14893,10278,14858,9960,14484,14039,14487,14025,14499,13941,14524,13740,14574,13468,14654,13106,14743,12678,14818,12344,14867,11893,14889,11509,14893,11180,14881,10751,14852,10428,14812,10128,14765,9754,14712,9466,14764,13480,14764,13475,14766,13440,14766,13347,14769,13070,14786,12713,14816,12387,14844,11957,14860,11549,14868,11215,14855,10751,14825,10403,14782,10044,14729,9651,14666,9352,14599,9029,14967,12835,14966,12831,14963,12804,14954,12723,14936,12564,14917,12347,14900,11958,14886,11569,14878,11247,14859,10765,14828,10401,14784,10011,14727,9600,14660,9289,14586,8893,14508,8533,15111,12234,15110,12234,15104,12216,15092,12156,15067,12010,15028,11776,14981,11500,14942,11205,14902,10752,14861,10393,14812,9991,14752,9570,14682,9252,14603,8808,14519,8445,14431,8145,15209,11449,15208,11451,15202,11451,15190,11438,15163,11384,15117,11274,15055,10979,14994,10648,14932,10343,14871,9936,14803,9532,14729,9218,14645,8742,14556,8381,14461,8020,14365,7603,15273,10603,15272,10607,15267,10619,15256,10631,15231,10614,15182,10535,15118,10389,15042,10167,14963,9787,14883,9447,14800,9115,14710,8665,14615,8318,14514,7911,14411,7507,14279,7198,15314,9675,15313,9683,15309,9712,15298,9759,15277,9797,15229,9773,15166,9668,15084,9487,14995,9274,14898,8910,14800,8539,14697,8234,14590,7790,14479,7409,14367,7067,14178,6621,15337,8619,15337,8631,15333,8677,15325,8769,15305,8871,15264,8940,15202,8909,15119,8775,15022,8565,14916,8328,14804,8009,14688,7614,14569,7287,14448,6888,14321,6483,14088,6171,15350,7402,15350,7419,15347,7480,15340,7613,15322,7804,15287,7973,15229,8057,15148,8012,15046,7846,14933,7611,14810,7357,14682,7069,14552,6656,14421,6316,14251,5948,14007,5528,15356,5942,15356,5977,15353,6119,15348,6294,15332,6551,15302,6824,15249,7044,15171,7122,15070,7050,14949,6861,14818,6611,14679,6349,14538,6067,14398,5651,14189,5311,13935,4958,15359,4123,15359,4153,15356,4296,15353,4646,15338,5160,15311,5508,15263,5829,15188,6042,15088,6094,14966,6001,14826,5796,14678,5543,14527,5287,14377,4985,14133,4586,13869,4257,15360,1563,15360,1642,15358,2076,15354,2636,15341,3350,15317,4019,15273,4429,15203,4732,15105,4911,14981,4932,14836,4818,14679,4621,14517,4386,14359,4156,14083,3795,13808,3437,15360,122,15360,137,15358,285,15355,636,15344,1274,15322,2177,15281,2765,15215,3223,15120,3451,14995,3569,14846,3567,14681,3466,14511,3305,14344,3121,14037,2800,13753,2467,15360,0,15360,1,15359,21,15355,89,15346,253,15325,479,15287,796,15225,1148,15133,1492,15008,1749,14856,1882,14685,1886,14506,1783,14324,1608,13996,1398,13702,1183]),Mn=null;function my(){return Mn===null&&(Mn=new es(py,16,16,ri,fn),Mn.name="DFG_LUT",Mn.minFilter=Ct,Mn.magFilter=Ct,Mn.wrapS=xn,Mn.wrapT=xn,Mn.generateMipmaps=!1,Mn.needsUpdate=!0),Mn}var fa=class{constructor(e={}){let{canvas:t=Dh(),context:n=null,depth:s=!0,stencil:r=!1,alpha:o=!1,antialias:a=!1,premultipliedAlpha:c=!0,preserveDrawingBuffer:l=!1,powerPreference:u="default",failIfMajorPerformanceCaveat:h=!1,reversedDepthBuffer:d=!1,outputBufferType:f=Yt}=e;this.isWebGLRenderer=!0;let g;if(n!==null){if(typeof WebGLRenderingContext<"u"&&n instanceof WebGLRenderingContext)throw new Error("THREE.WebGLRenderer: WebGL 1 is not supported since r163.");g=n.getContextAttributes().alpha}else g=o;let y=f,p=new Set([No,Lo,Io]),m=new Set([Yt,hn,as,Si,Ro,Po]),v=new Uint32Array(4),S=new Int32Array(4),_={textures:[],min:[],max:[],resolution:[]},A=null,w=null,x=[],E=[],U=null;this.domElement=t,this.debug={checkShaderErrors:!0,diagnostics:{keywords:!1},onShaderError:null},this.autoClear=!0,this.autoClearColor=!0,this.autoClearDepth=!0,this.autoClearStencil=!0,this.sortObjects=!0,this.clippingPlanes=[],this.localClippingEnabled=!1,this.toneMapping=Sn,this.toneMappingExposure=1,this.transmissionResolutionScale=1;let D=this,R=!1,L=null,O=null,P=null,G=null;this._outputColorSpace=Wt;let Z=0,W=0,re=null,Y=-1,ee=null,ie=new ut,B=new ut,ne=null,V=new Ve(0),se=0,me=t.width,ye=t.height,ce=1,Se=null,it=null,Ie=new ut(0,0,me,ye),Ke=new ut(0,0,me,ye),Qe=!1,He=new yi,Mt=new ao,mt=!1,kt=!1,lt=new rt,mn=new q,vt=new ut,Zt={background:null,fog:null,environment:null,overrideMaterial:null,isScene:!0},Jt=!1;function Kt(){return re===null?ce:1}let F=n;function jt(M,N){return t.getContext(M,N)}let ot,at,ve,gt,Pe,Fe,T,b,z,oe,te,ue,ge,K,j,de,I,Q,J,fe,le,he,Ce;try{let M={alpha:!0,depth:s,stencil:r,antialias:a,premultipliedAlpha:c,preserveDrawingBuffer:l,powerPreference:u,failIfMajorPerformanceCaveat:h};if("setAttribute"in t&&t.setAttribute("data-engine",`three.js r${"187"}`),t.addEventListener("webglcontextlost",Re,!1),t.addEventListener("webglcontextrestored",Be,!1),t.addEventListener("webglcontextcreationerror",_e,!1),F===null){let N="webgl2";if(F=jt(N,M),F===null)throw jt(N)?new Error("THREE.WebGLRenderer: Error creating WebGL context with your selected attributes."):new Error("THREE.WebGLRenderer: Error creating WebGL context.")}ke()}catch(M){throw t.removeEventListener("webglcontextlost",Re,!1),t.removeEventListener("webglcontextrestored",Be,!1),t.removeEventListener("webglcontextcreationerror",_e,!1),Ne("WebGLRenderer: "+M.message),M}function ke(){ot=new E0(F),ot.init(),le=new ly(F,ot),at=new m0(F,ot,e,le),ve=new oy(F,ot),at.reversedDepthBuffer&&d&&ve.buffers.depth.setReversed(!0),O=F.createFramebuffer(),P=F.createFramebuffer(),G=F.createFramebuffer(),gt=new R0(F),Pe=new qx,Fe=new ay(F,ot,ve,Pe,at,le,gt),T=new A0(D),b=new Ip(F),he=new f0(F,b),z=new T0(F,b,gt,he),oe=new I0(F,z,b,he,gt),Q=new P0(F,at,Fe),j=new g0(Pe),te=new Xx(D,T,ot,at,he,j),ue=new dy(D,Pe),ge=new Yx,K=new ey(ot),I=new d0(D,T,ve,oe,g,c),de=new ry(D,oe,at),Ce=new fy(F,gt,at,ve),J=new p0(F,ot,gt),fe=new C0(F,ot,gt),gt.programs=te.programs,D.capabilities=at,D.extensions=ot,D.properties=Pe,D.renderLists=ge,D.shadowMap=de,D.state=ve,D.info=gt}y!==Yt&&(U=new N0(y,t.width,t.height,a,s,r));let ae=new gc(D,F);this.xr=ae,this.getContext=function(){return F},this.getContextAttributes=function(){return F.getContextAttributes()},this.forceContextLoss=function(){let M=ot.get("WEBGL_lose_context");M&&M.loseContext()},this.forceContextRestore=function(){let M=ot.get("WEBGL_lose_context");M&&M.restoreContext()},this.getPixelRatio=function(){return ce},this.setPixelRatio=function(M){M!==void 0&&(ce=M,this.setSize(me,ye,!1))},this.getSize=function(M){return M.set(me,ye)},this.setSize=function(M,N,$=!0){if(ae.isPresenting){Le("WebGLRenderer: Can't change size while VR device is presenting.");return}me=M,ye=N,t.width=Math.floor(M*ce),t.height=Math.floor(N*ce),$===!0&&(t.style.width=M+"px",t.style.height=N+"px"),U!==null&&U.setSize(t.width,t.height),this.setViewport(0,0,M,N)},this.getDrawingBufferSize=function(M){return M.set(me*ce,ye*ce).floor()},this.setDrawingBufferSize=function(M,N,$){me=M,ye=N,ce=$,t.width=Math.floor(M*$),t.height=Math.floor(N*$),this.setViewport(0,0,M,N)},this.setEffects=function(M){if(y===Yt){Ne("WebGLRenderer: setEffects() requires outputBufferType set to HalfFloatType or FloatType.");return}if(M){for(let N=0;N<M.length;N++)if(M[N].isOutputPass===!0){Le("WebGLRenderer: OutputPass is not needed in setEffects(). Tone mapping and color space conversion are applied automatically.");break}}U.setEffects(M||[])},this.getCurrentViewport=function(M){return M.copy(ie)},this.getViewport=function(M){return M.copy(Ie)},this.setViewport=function(M,N,$,k){M.isVector4?Ie.set(M.x,M.y,M.z,M.w):Ie.set(M,N,$,k),ve.viewport(ie.copy(Ie).multiplyScalar(Kt()).round())},this.getScissor=function(M){return M.copy(Ke)},this.setScissor=function(M,N,$,k){M.isVector4?Ke.set(M.x,M.y,M.z,M.w):Ke.set(M,N,$,k),ve.scissor(B.copy(Ke).multiplyScalar(Kt()).round())},this.getScissorTest=function(){return Qe},this.setScissorTest=function(M){ve.setScissorTest(Qe=M)},this.setOpaqueSort=function(M){Se=M},this.setTransparentSort=function(M){it=M},this.getClearColor=function(M){return M.copy(I.getClearColor())},this.setClearColor=function(){I.setClearColor(...arguments)},this.getClearAlpha=function(){return I.getClearAlpha()},this.setClearAlpha=function(){I.setClearAlpha(...arguments)},this.clear=function(M=!0,N=!0,$=!0){let k=0;if(M){let H=!1;if(re!==null){let xe=re.texture.format;H=p.has(xe)}if(H){let xe=re.texture.type,we=m.has(xe),pe=I.getClearColor(),Me=I.getClearAlpha(),Te=pe.r,Ue=pe.g,Ge=pe.b;we?(v[0]=Te,v[1]=Ue,v[2]=Ge,v[3]=Me,F.clearBufferuiv(F.COLOR,0,v)):(S[0]=Te,S[1]=Ue,S[2]=Ge,S[3]=Me,F.clearBufferiv(F.COLOR,0,S))}else k|=F.COLOR_BUFFER_BIT}N&&(k|=F.DEPTH_BUFFER_BIT,this.state.buffers.depth.setMask(!0)),$&&(k|=F.STENCIL_BUFFER_BIT,this.state.buffers.stencil.setMask(4294967295)),k!==0&&F.clear(k)},this.clearColor=function(){this.clear(!0,!1,!1)},this.clearDepth=function(){this.clear(!1,!0,!1)},this.clearStencil=function(){this.clear(!1,!1,!0)},this.setNodesHandler=function(M){M.setRenderer(this),L=M},this.dispose=function(){t.removeEventListener("webglcontextlost",Re,!1),t.removeEventListener("webglcontextrestored",Be,!1),t.removeEventListener("webglcontextcreationerror",_e,!1),I.dispose(),ge.dispose(),K.dispose(),Fe.dispose(),Pe.dispose(),T.dispose(),oe.dispose(),z.dispose(),he.dispose(),Ce.dispose(),te.dispose(),ae.dispose(),ae.removeEventListener("sessionstart",Mc),ae.removeEventListener("sessionend",wc),ai.stop()};function Re(M){M.preventDefault(),Jl("WebGLRenderer: Context Lost."),R=!0}function Be(){Jl("WebGLRenderer: Context Restored."),R=!1;let M=gt.autoReset,N=de.enabled,$=de.autoUpdate,k=de.needsUpdate,H=de.type;ke(),gt.autoReset=M,de.enabled=N,de.autoUpdate=$,de.needsUpdate=k,de.type=H}function _e(M){Ne("WebGLRenderer: A WebGL context could not be created. Reason: ",M.statusMessage)}function je(M){let N=M.target;N.removeEventListener("dispose",je),_t(N)}function _t(M){Hn(M),Pe.remove(M)}function Hn(M){let N=Pe.get(M).programs;N!==void 0&&(N.forEach(function($){te.releaseProgram($)}),M.isShaderMaterial&&te.releaseShaderCache(M))}this.renderBufferDirect=function(M,N,$,k,H,xe){N===null&&(N=Zt);let we=H.isMesh&&H.matrixWorld.determinantAffine()<0,pe=pf(M,N,$,k,H);ve.setMaterial(k,we);let Me=$.index,Te=1;if(k.wireframe===!0){if(Me=z.getWireframeAttribute($),Me===void 0)return;Te=2}let Ue=$.drawRange,Ge=$.attributes.position,Ae=Ue.start*Te,We=(Ue.start+Ue.count)*Te;xe!==null&&(Ae=Math.max(Ae,xe.start*Te),We=Math.min(We,(xe.start+xe.count)*Te)),Me!==null?(Ae=Math.max(Ae,0),We=Math.min(We,Me.count)):Ge!=null&&(Ae=Math.max(Ae,0),We=Math.min(We,Ge.count));let dt=We-Ae;if(dt<0||dt===1/0)return;he.setup(H,k,pe,$,Me);let tt,et=J;if(Me!==null&&(tt=b.get(Me),et=fe,et.setIndex(tt)),H.isMesh)k.wireframe===!0?(ve.setLineWidth(k.wireframeLinewidth*Kt()),et.setMode(F.LINES)):et.setMode(F.TRIANGLES);else if(H.isLine){let Rt=k.linewidth;Rt===void 0&&(Rt=1),ve.setLineWidth(Rt*Kt()),H.isLineSegments?et.setMode(F.LINES):H.isLineLoop?et.setMode(F.LINE_LOOP):et.setMode(F.LINE_STRIP)}else H.isPoints?et.setMode(F.POINTS):H.isSprite&&et.setMode(F.TRIANGLES);if(H.isBatchedMesh)if(ot.get("WEBGL_multi_draw"))et.renderMultiDraw(H._multiDrawStarts,H._multiDrawCounts,H._multiDrawCount);else{let Rt=H._multiDrawStarts,Ee=H._multiDrawCounts,Ft=H._multiDrawCount,Ze=Me?b.get(Me).bytesPerElement:1,li=Pe.get(k).currentProgram.getUniforms();for(let Pt=0;Pt<Ft;Pt++)li.setValue(F,"_gl_DrawID",Pt),et.render(Rt[Pt]/Ze,Ee[Pt])}else if(H.isInstancedMesh)et.renderInstances(Ae,dt,H.count);else if($.isInstancedBufferGeometry){let Rt=$._maxInstanceCount!==void 0?$._maxInstanceCount:1/0,Ee=Math.min($.instanceCount,Rt);et.renderInstances(Ae,dt,Ee)}else et.render(Ae,dt)};function Sc(M,N,$,k){L!==null&&M.isNodeMaterial&&L.setObject(k,M),mt===!0&&j.setState(M,$,!1),M.transparent===!0&&M.side===bn&&M.forceSinglePass===!1?(M.side=Bt,M.needsUpdate=!0,us(M,N,k),M.side=si,M.needsUpdate=!0,us(M,N,k),M.side=bn):us(M,N,k)}this.compile=function(M,N,$=null){$===null&&($=M),L!==null&&L.renderStart(M,N,$),w=K.get($),w.init(N),E.push(w),$.traverseVisible(function(H){H.isLight&&H.layers.test(N.layers)&&(w.pushLight(H),H.castShadow&&w.pushShadow(H))}),M!==$&&M.traverseVisible(function(H){H.isLight&&H.layers.test(N.layers)&&(w.pushLight(H),H.castShadow&&w.pushShadow(H))}),w.setupLights(),L!==null&&L.updateLights(w.state.lightsArray),kt=this.localClippingEnabled,mt=j.init(this.clippingPlanes,kt),mt===!0&&j.setGlobalState(this.clippingPlanes,N),L!==null&&de.render(w.state.shadowsArray,$,N);let k=new Set;return M.traverse(function(H){if(!(H.isMesh||H.isPoints||H.isLine||H.isSprite))return;let xe=H.material;if(xe)if(Array.isArray(xe))for(let we=0;we<xe.length;we++){let pe=xe[we];Sc(pe,$,N,H),k.add(pe)}else Sc(xe,$,N,H),k.add(xe)}),w=E.pop(),L!==null&&L.renderEnd(),k},this.compileAsync=function(M,N,$=null){let k=this.compile(M,N,$);return new Promise(H=>{function xe(){if(k.forEach(function(we){let Me=Pe.get(we).currentProgram;(Me===void 0||Me.isReady())&&k.delete(we)}),k.size===0){H(M);return}setTimeout(xe,10)}ot.get("KHR_parallel_shader_compile")!==null?xe():setTimeout(xe,10)})};let Ea=null;function df(M){Ea&&Ea(M)}function Mc(){ai.stop()}function wc(){ai.start()}let ai=new ud;ai.setAnimationLoop(df),typeof self<"u"&&ai.setContext(self),this.setAnimationLoop=function(M){Ea=M,ae.setAnimationLoop(M),M===null?ai.stop():ai.start()},ae.addEventListener("sessionstart",Mc),ae.addEventListener("sessionend",wc),this.render=function(M,N){if(N!==void 0&&N.isCamera!==!0){Ne("WebGLRenderer.render: camera is not an instance of THREE.Camera.");return}if(R===!0)return;L!==null&&L.renderStart(M,N);let $=ae.enabled===!0&&ae.isPresenting===!0,k=U!==null&&(re===null||$)&&U.begin(D,re);if(M.matrixWorldAutoUpdate===!0&&M.updateMatrixWorld(),N.parent===null&&N.matrixWorldAutoUpdate===!0&&N.updateMatrixWorld(),ae.enabled===!0&&ae.isPresenting===!0&&(U===null||U.isCompositing()===!1)&&(ae.cameraAutoUpdate===!0&&ae.updateCamera(N),N=ae.getCamera()),M.isScene===!0&&M.onBeforeRender(D,M,N,re),w=K.get(M,E.length),w.init(N),w.state.textureUnits=Fe.getTextureUnits(),E.push(w),lt.multiplyMatrices(N.projectionMatrix,N.matrixWorldInverse),N.isArrayCamera?Mt.setFromArrayCamera(N):He.setFromProjectionMatrix(lt,en,N.reversedDepth),kt=this.localClippingEnabled,mt=j.init(this.clippingPlanes,kt),A=ge.get(M,x.length),A.init(),x.push(A),this.info.render.frame++,ae.enabled===!0&&ae.isPresenting===!0){let we=D.xr.getDepthSensingMesh();we!==null&&Ta(we,N,-1/0,D.sortObjects)}Ta(M,N,0,D.sortObjects),A.finish(),L!==null&&L.updateLights(w.state.lightsArray),D.sortObjects===!0&&A.sort(Se,it),Jt=ae.enabled===!1||ae.isPresenting===!1||ae.hasDepthSensing()===!1,Jt&&I.addToRenderList(A,M),this.info.autoReset===!0&&this.info.reset(),mt===!0&&j.beginShadows();let H=w.state.shadowsArray;if(de.render(H,M,N),mt===!0&&j.endShadows(),(k&&U.hasRenderPass())===!1){let we=A.opaque,pe=A.transmissive;if(w.setupLights(),N.isArrayCamera){let Me=N.cameras;if(pe.length>0)for(let Te=0,Ue=Me.length;Te<Ue;Te++){let Ge=Me[Te];Ec(we,pe,M,Ge)}Jt&&I.render(M);for(let Te=0,Ue=Me.length;Te<Ue;Te++){let Ge=Me[Te];Ac(A,M,Ge,Ge.viewport)}}else pe.length>0&&Ec(we,pe,M,N),Jt&&I.render(M),Ac(A,M,N)}re!==null&&W===0&&(Fe.updateMultisampleRenderTarget(re),Fe.updateRenderTargetMipmap(re)),k&&U.end(D),M.isScene===!0&&M.onAfterRender(D,M,N),he.resetDefaultState(),Y=-1,ee=null,E.pop(),E.length>0?(w=E[E.length-1],Fe.setTextureUnits(w.state.textureUnits),mt===!0&&j.setGlobalState(D.clippingPlanes,w.state.camera)):w=null,x.pop(),x.length>0?A=x[x.length-1]:A=null,L!==null&&L.renderEnd()};function Ta(M,N,$,k){if(M.visible===!1)return;if(M.layers.test(N.layers)){if(M.isGroup)$=M.renderOrder;else if(M.isLOD)M.autoUpdate===!0&&M.update(N);else if(M.isLight)w.pushLight(M),M.castShadow&&w.pushShadow(M);else if(M.isSprite){let we=N.isArrayCamera?Mt:He;if(!M.frustumCulled||M.intersectsFrustum(we)){k&&vt.setFromMatrixPosition(M.matrixWorld).applyMatrix4(lt);let pe=oe.update(M),Me=M.material;Me.visible&&A.push(M,pe,Me,$,vt.z,null,N)}}else if(M.isMesh||M.isLine||M.isPoints){let we=N.isArrayCamera?Mt:He;if(!M.frustumCulled||M.intersectsFrustum(we)){let pe=oe.update(M),Me=M.material;if(k&&(M.boundingSphere!==void 0?(M.boundingSphere===null&&M.computeBoundingSphere(),vt.copy(M.boundingSphere.center)):(pe.boundingSphere===null&&pe.computeBoundingSphere(),vt.copy(pe.boundingSphere.center)),vt.applyMatrix4(M.matrixWorld).applyMatrix4(lt)),Array.isArray(Me)){let Te=pe.groups;for(let Ue=0,Ge=Te.length;Ue<Ge;Ue++){let Ae=Te[Ue],We=Me[Ae.materialIndex];We&&We.visible&&A.push(M,pe,We,$,vt.z,Ae,N)}}else Me.visible&&A.push(M,pe,Me,$,vt.z,null,N)}}}let xe=M.children;for(let we=0,pe=xe.length;we<pe;we++)Ta(xe[we],N,$,k)}function Ac(M,N,$,k){let{opaque:H,transmissive:xe,transparent:we}=M;w.setupLightsView($),mt===!0&&j.setGlobalState(D.clippingPlanes,$),k&&ve.viewport(ie.copy(k)),H.length>0&&or(H,N,$),xe.length>0&&or(xe,N,$),we.length>0&&or(we,N,$),ve.buffers.depth.setTest(!0),ve.buffers.depth.setMask(!0),ve.buffers.color.setMask(!0),ve.setPolygonOffset(!1)}function Ec(M,N,$,k){if(($.isScene===!0?$.overrideMaterial:null)!==null)return;if(w.state.transmissionRenderTarget[k.id]===void 0){let Ae=ot.has("EXT_color_buffer_half_float")||ot.has("EXT_color_buffer_float");w.state.transmissionRenderTarget[k.id]=new Xt(1,1,{generateMipmaps:!0,type:Ae?fn:Yt,minFilter:Bn,samples:Math.max(4,at.samples),stencilBuffer:r,resolveDepthBuffer:!1,resolveStencilBuffer:!1,storeMultisampledDepthBuffer:!1,storeMultisampledStencilBuffer:!1,colorSpace:Xe.workingColorSpace})}let xe=w.state.transmissionRenderTarget[k.id],we=k.viewport||ie;xe.setSize(we.z*D.transmissionResolutionScale,we.w*D.transmissionResolutionScale);let pe=D.getRenderTarget(),Me=D.getActiveCubeFace(),Te=D.getActiveMipmapLevel();D.setRenderTarget(xe),D.getClearColor(V),se=D.getClearAlpha(),se<1&&D.setClearColor(16777215,.5),D.clear(),Jt&&I.render($);let Ue=D.toneMapping;D.toneMapping=Sn;let Ge=k.viewport;if(k.viewport!==void 0&&(k.viewport=void 0),w.setupLightsView(k),mt===!0&&j.setGlobalState(D.clippingPlanes,k),or(M,$,k),Fe.updateMultisampleRenderTarget(xe),Fe.updateRenderTargetMipmap(xe),ot.has("WEBGL_multisampled_render_to_texture")===!1){let Ae=!1;for(let We=0,dt=N.length;We<dt;We++){let tt=N[We],{object:et,geometry:Rt,material:Ee,group:Ft}=tt;if(Ee.side===bn&&et.layers.test(k.layers)){let Ze=Ee.side;Ee.side=Bt,Ee.needsUpdate=!0,Tc(et,$,k,Rt,Ee,Ft),Ee.side=Ze,Ee.needsUpdate=!0,Ae=!0}}Ae===!0&&(Fe.updateMultisampleRenderTarget(xe),Fe.updateRenderTargetMipmap(xe))}D.setRenderTarget(pe,Me,Te),D.setClearColor(V,se),Ge!==void 0&&(k.viewport=Ge),D.toneMapping=Ue}function or(M,N,$){let k=N.isScene===!0?N.overrideMaterial:null;for(let H=0,xe=M.length;H<xe;H++){let we=M[H],{object:pe,geometry:Me,group:Te}=we,Ue=we.material;Ue.allowOverride===!0&&k!==null&&(Ue=k),pe.layers.test($.layers)&&Tc(pe,N,$,Me,Ue,Te)}}function Tc(M,N,$,k,H,xe){L!==null&&H.isNodeMaterial&&L.setObject(M,H),M.onBeforeRender(D,N,$,k,H,xe),M.modelViewMatrix.multiplyMatrices($.matrixWorldInverse,M.matrixWorld),M.normalMatrix.getNormalMatrix(M.modelViewMatrix),H.onBeforeRender(D,N,$,k,M,xe),H.transparent===!0&&H.side===bn&&H.forceSinglePass===!1?(H.side=Bt,H.needsUpdate=!0,D.renderBufferDirect($,N,k,H,M,xe),H.side=si,H.needsUpdate=!0,D.renderBufferDirect($,N,k,H,M,xe),H.side=bn):D.renderBufferDirect($,N,k,H,M,xe),M.onAfterRender(D,N,$,k,H,xe)}function Cc(M){let N=0;for(let $ of M)$.texture!==null&&N++;return N}function us(M,N,$){N.isScene!==!0&&(N=Zt);let k=Pe.get(M),H=w.state.lights,xe=w.state.shadowsArray,we=H.state.version,pe=te.getParameters(M,H.state,xe,N,$,w.state.lightProbeGridArray),Me=te.getProgramCacheKey(pe),Te=k.programs;k.environment=M.isMeshStandardMaterial||M.isMeshLambertMaterial||M.isMeshPhongMaterial?N.environment:null,k.fog=N.fog;let Ue=M.isMeshStandardMaterial||M.isMeshLambertMaterial&&!M.envMap||M.isMeshPhongMaterial&&!M.envMap;k.envMap=T.get(M.envMap||k.environment,Ue),k.envMapRotation=k.environment!==null&&M.envMap===null?N.environmentRotation:M.envMapRotation,Te===void 0&&(M.addEventListener("dispose",je),Te=new Map,k.programs=Te,k.programVariants=new Map);let Ge=Te.get(Me);if(Ge!==void 0){if(k.currentProgram===Ge&&k.lightsStateVersion===we)return Pc(M,pe),Ge}else pe.uniforms=te.getUniforms(M),L!==null&&M.isNodeMaterial&&L.build(M,$,pe),M.onBeforeCompile(pe,D),Ge=te.acquireProgram(pe,Me),Te.set(Me,Ge),k.uniforms=pe.uniforms;let Ae=k.uniforms;return(!M.isShaderMaterial&&!M.isRawShaderMaterial||M.clipping===!0)&&(Ae.clippingPlanes=j.uniform),Pc(M,pe),k.needsLights=gf(M),k.lightsStateVersion=we,k.needsLights&&(Ae.ambientLightColor.value=H.state.ambient,Ae.lightProbe.value=H.state.probe,Ae.sunLights.value=H.state.sun,Ae.sunLightShadows.value=H.state.sunShadow,Ae.directionalLights.value=H.state.directional,Ae.directionalLightShadows.value=H.state.directionalShadow,Ae.spotLights.value=H.state.spot,Ae.spotLightShadows.value=H.state.spotShadow,Ae.rectAreaLights.value=H.state.rectArea,Ae.ltc_1.value=H.state.rectAreaLTC1,Ae.ltc_2.value=H.state.rectAreaLTC2,Ae.pointLights.value=H.state.point,Ae.pointLightShadows.value=H.state.pointShadow,Ae.hemisphereLights.value=H.state.hemi,Ae.sunShadowMatrix.value=H.state.sunShadowMatrix,Ae.sunShadowCascade.value=H.state.sunShadowCascade,Ae.directionalShadowMatrix.value=H.state.directionalShadowMatrix,Ae.spotLightMatrix.value=H.state.spotLightMatrix,Ae.spotLightMap.value=H.state.spotLightMap,Ae.pointShadowMatrix.value=H.state.pointShadowMatrix),k.numLightProbeGrids=Cc(w.state.lightProbeGridArray),k.currentProgram=Ge,k.uniformsList=null,Ge}function ff(M,N,$,k,H){let xe=Pe.get(M),we=xe.currentProgram.id+","+k+","+H,pe=xe.programVariants.get(we);return pe===void 0?(pe=us(M,N,$),xe.programVariants.set(we,pe)):(xe.currentProgram=pe,xe.uniformsList=null,xe.outputColorSpace=k,xe.toneMapping=H),pe}function Rc(M){if(M.uniformsList===null){let N=M.currentProgram.getUniforms();M.uniformsList=ls.seqWithValue(N.seq,M.uniforms)}return M.uniformsList}function Pc(M,N){let $=Pe.get(M);$.outputColorSpace=N.outputColorSpace,$.batching=N.batching,$.batchingColor=N.batchingColor,$.instancing=N.instancing,$.instancingColor=N.instancingColor,$.instancingMorph=N.instancingMorph,$.skinning=N.skinning,$.morphTargets=N.morphTargets,$.morphNormals=N.morphNormals,$.morphColors=N.morphColors,$.morphTargetsCount=N.morphTargetsCount,$.numClippingPlanes=N.numClippingPlanes,$.numIntersection=N.numClipIntersection,$.vertexAlphas=N.vertexAlphas,$.vertexTangents=N.vertexTangents,$.toneMapping=N.toneMapping}function pf(M,N,$,k,H){N.isScene!==!0&&(N=Zt),Fe.resetTextureUnits();let xe=N.fog,we=k.isMeshStandardMaterial||k.isMeshLambertMaterial||k.isMeshPhongMaterial?N.environment:null,pe=re===null?D.outputColorSpace:re.isXRRenderTarget===!0?re.texture.colorSpace:Xe.workingColorSpace,Me=k.isMeshStandardMaterial||k.isMeshLambertMaterial&&!k.envMap||k.isMeshPhongMaterial&&!k.envMap,Te=T.get(k.envMap||we,Me),Ue=k.vertexColors===!0&&!!$.attributes.color&&$.attributes.color.itemSize===4,Ge=!!$.attributes.tangent&&(!!k.normalMap||k.anisotropy>0),Ae=!!$.morphAttributes.position,We=!!$.morphAttributes.normal,dt=!!$.morphAttributes.color,tt=Sn;k.toneMapped&&(re===null||re.isXRRenderTarget===!0)&&(tt=D.toneMapping);let et=$.morphAttributes.position||$.morphAttributes.normal||$.morphAttributes.color,Rt=et!==void 0?et.length:0,Ee=Pe.get(k),Ft=w.state.lights;if(mt===!0&&(kt===!0||M!==ee)){let ct=M===ee&&k.id===Y;j.setState(k,M,ct)}let Ze=!1,li=!1;k.version===Ee.__version?Ee.needsLights&&Ee.lightsStateVersion!==Ft.state.version||H.isBatchedMesh&&Ee.batching===!1||!H.isBatchedMesh&&Ee.batching===!0||H.isBatchedMesh&&Ee.batchingColor===!0&&H._colorsTexture===null||H.isBatchedMesh&&Ee.batchingColor===!1&&H._colorsTexture!==null||H.isInstancedMesh&&Ee.instancing===!1||!H.isInstancedMesh&&Ee.instancing===!0||H.isSkinnedMesh&&Ee.skinning===!1||!H.isSkinnedMesh&&Ee.skinning===!0||H.isInstancedMesh&&Ee.instancingColor===!0&&H.instanceColor===null||H.isInstancedMesh&&Ee.instancingColor===!1&&H.instanceColor!==null||H.isInstancedMesh&&Ee.instancingMorph===!0&&H.morphTexture===null||H.isInstancedMesh&&Ee.instancingMorph===!1&&H.morphTexture!==null||Ee.envMap!==Te||k.fog===!0&&Ee.fog!==xe||Ee.numClippingPlanes!==void 0&&(Ee.numClippingPlanes!==j.numPlanes||Ee.numIntersection!==j.numIntersection)||Ee.vertexAlphas!==Ue||Ee.vertexTangents!==Ge||Ee.morphTargets!==Ae||Ee.morphNormals!==We||Ee.morphColors!==dt||Ee.morphTargetsCount!==Rt||Ee.numLightProbeGrids!==Cc(w.state.lightProbeGridArray)?Ze=!0:(Ee.outputColorSpace!==pe||Ee.toneMapping!==tt)&&(li=!0):(Ze=!0,Ee.__version=k.version);let Pt=Ee.currentProgram;(Ze===!0||li===!0)&&(Pt=li===!0?ff(k,N,H,pe,tt):us(k,N,H),L&&k.isNodeMaterial&&L.onUpdateProgram(k,Pt,Ee));let ar=!1,Gn=!1,ci=!1,Ye=Pt.getUniforms(),wt=Ee.uniforms;if(ve.useProgram(Pt.program)&&(ar=!0,Gn=!0,ci=!0),k.id!==Y&&(Y=k.id,Gn=!0),ar||ee!==M){ve.buffers.depth.getReversed()&&M.reversedDepth!==!0&&(M._reversedDepth=!0,M.updateProjectionMatrix()),Ye.setValue(F,"projectionMatrix",M.projectionMatrix),Ye.setValue(F,"viewMatrix",M.matrixWorldInverse);let bt=Ye.map.cameraPosition;bt!==void 0&&bt.setValue(F,mn.setFromMatrixPosition(M.matrixWorld)),at.logarithmicDepthBuffer&&Ye.setValue(F,"logDepthBufFC",2/(Math.log(M.far+1)/Math.LN2)),(k.isMeshPhongMaterial||k.isMeshToonMaterial||k.isMeshLambertMaterial||k.isMeshBasicMaterial||k.isMeshStandardMaterial||k.isShaderMaterial)&&Ye.setValue(F,"isOrthographic",M.isOrthographicCamera===!0),ee!==M&&(ee=M,Gn=!0,ci=!0)}if(Ee.needsLights&&(Ft.state.sunShadowMap.length>0&&Ye.setValue(F,"sunShadowMap",Ft.state.sunShadowMap,Fe),Ft.state.directionalShadowMap.length>0&&Ye.setValue(F,"directionalShadowMap",Ft.state.directionalShadowMap,Fe),Ft.state.spotShadowMap.length>0&&Ye.setValue(F,"spotShadowMap",Ft.state.spotShadowMap,Fe),Ft.state.pointShadowMap.length>0&&Ye.setValue(F,"pointShadowMap",Ft.state.pointShadowMap,Fe)),H.isSkinnedMesh){Ye.setOptional(F,H,"bindMatrix"),Ye.setOptional(F,H,"bindMatrixInverse");let ct=H.skeleton;ct&&(ct.boneTexture===null&&ct.computeBoneTexture(),Ye.setValue(F,"boneTexture",ct.boneTexture,Fe))}H.isBatchedMesh&&(Ye.setOptional(F,H,"batchingTexture"),Ye.setValue(F,"batchingTexture",H._matricesTexture,Fe),Ye.setOptional(F,H,"batchingIdTexture"),Ye.setValue(F,"batchingIdTexture",H._indirectTexture,Fe),Ye.setOptional(F,H,"batchingColorTexture"),H._colorsTexture!==null&&Ye.setValue(F,"batchingColorTexture",H._colorsTexture,Fe));let on=$.morphAttributes;if((on.position!==void 0||on.normal!==void 0||on.color!==void 0)&&Q.update(H,$,Pt),(Gn||Ee.receiveShadow!==H.receiveShadow)&&(Ee.receiveShadow=H.receiveShadow,Ye.setValue(F,"receiveShadow",H.receiveShadow)),(k.isMeshStandardMaterial||k.isMeshLambertMaterial||k.isMeshPhongMaterial)&&k.envMap===null&&N.environment!==null&&(wt.envMapIntensity.value=N.environmentIntensity),wt.dfgLUT!==void 0&&(wt.dfgLUT.value=my()),Gn){if(Ye.setValue(F,"toneMappingExposure",D.toneMappingExposure),Ee.needsLights&&mf(wt,ci),xe&&k.fog===!0&&ue.refreshFogUniforms(wt,xe),ue.refreshMaterialUniforms(wt,k,ce,ye,w.state.transmissionRenderTarget[M.id]),Ee.needsLights&&Ee.numLightProbeGrids>0){let ct=_,bt=0;for(let An of w.state.lightProbeGridArray)An.texture!==null&&(ct.textures[bt]=An.texture,ct.min[bt]=An.boundingBox.min,ct.max[bt]=An.boundingBox.max,ct.resolution[bt]=An.resolution,bt++);for(let An in ct)ct[An].length=bt;wt.probesSH.value=ct.textures,wt.probesMin.value=ct.min,wt.probesMax.value=ct.max,wt.probesResolution.value=ct.resolution}ls.upload(F,Rc(Ee),wt,Fe)}if(k.isShaderMaterial&&k.uniformsNeedUpdate===!0&&(ls.upload(F,Rc(Ee),wt,Fe),k.uniformsNeedUpdate=!1),k.isSpriteMaterial&&Ye.setValue(F,"center",H.center),Ye.setValue(F,"modelViewMatrix",H.modelViewMatrix),Ye.setValue(F,"normalMatrix",H.normalMatrix),Ye.setValue(F,"modelMatrix",H.matrixWorld),k.uniformsGroups!==void 0){let ct=k.uniformsGroups;for(let bt=0,An=ct.length;bt<An;bt++){let Lc=ct[bt];Ce.update(Lc,Pt),Ce.bind(Lc,Pt)}}return Pt}function mf(M,N){M.ambientLightColor.needsUpdate=N,M.lightProbe.needsUpdate=N,M.sunLights.needsUpdate=N,M.sunLightShadows.needsUpdate=N,M.directionalLights.needsUpdate=N,M.directionalLightShadows.needsUpdate=N,M.pointLights.needsUpdate=N,M.pointLightShadows.needsUpdate=N,M.spotLights.needsUpdate=N,M.spotLightShadows.needsUpdate=N,M.rectAreaLights.needsUpdate=N,M.hemisphereLights.needsUpdate=N}function gf(M){return M.isMeshLambertMaterial||M.isMeshToonMaterial||M.isMeshPhongMaterial||M.isMeshStandardMaterial||M.isShadowMaterial||M.isShaderMaterial&&M.lights===!0}this.getActiveCubeFace=function(){return Z},this.getActiveMipmapLevel=function(){return W},this.getRenderTarget=function(){return re},this.setRenderTargetTextures=function(M,N,$){let k=Pe.get(M);k.__autoAllocateDepthBuffer=M.resolveDepthBuffer===!1,k.__autoAllocateDepthBuffer===!1&&(k.__useRenderToTexture=!1),Pe.get(M.texture).__webglTexture=N,Pe.get(M.depthTexture).__webglTexture=k.__autoAllocateDepthBuffer?void 0:$,k.__hasExternalTextures=!0},this.setRenderTargetFramebuffer=function(M,N){let $=Pe.get(M);$.__webglFramebuffer=N,$.__useDefaultFramebuffer=N===void 0},this.setRenderTarget=function(M,N=0,$=0){re=M,Z=N,W=$;let k=null,H=!1,xe=!1;if(M){let pe=Pe.get(M);if(pe.__useDefaultFramebuffer!==void 0){ve.bindFramebuffer(F.FRAMEBUFFER,pe.__webglFramebuffer),ie.copy(M.viewport),B.copy(M.scissor),ne=M.scissorTest,ve.viewport(ie),ve.scissor(B),ve.setScissorTest(ne),Y=-1;return}else if(pe.__webglFramebuffer===void 0)Fe.setupRenderTarget(M);else if(pe.__hasExternalTextures)Fe.rebindTextures(M,Pe.get(M.texture).__webglTexture,Pe.get(M.depthTexture).__webglTexture);else if(M.depthBuffer){let Ue=M.depthTexture;if(pe.__boundDepthTexture!==Ue){if(Ue!==null&&Pe.has(Ue)&&(M.width!==Ue.image.width||M.height!==Ue.image.height))throw new Error("THREE.WebGLRenderer: Attached DepthTexture is initialized to the incorrect size.");Fe.setupDepthRenderbuffer(M)}}let Me=M.texture;(Me.isData3DTexture||Me.isDataArrayTexture||Me.isCompressedArrayTexture)&&(xe=!0);let Te=Pe.get(M).__webglFramebuffer;M.isWebGLCubeRenderTarget?(Array.isArray(Te[N])?k=Te[N][$]:k=Te[N],H=!0):M.samples>0&&Fe.useMultisampledRTT(M)===!1?k=Pe.get(M).__webglMultisampledFramebuffer:Array.isArray(Te)?k=Te[$]:k=Te,ie.copy(M.viewport),B.copy(M.scissor),ne=M.scissorTest}else ie.copy(Ie).multiplyScalar(ce).floor(),B.copy(Ke).multiplyScalar(ce).floor(),ne=Qe;if($!==0&&(k=O),ve.bindFramebuffer(F.FRAMEBUFFER,k)&&ve.drawBuffers(M,k),ve.viewport(ie),ve.scissor(B),ve.setScissorTest(ne),H){let pe=Pe.get(M.texture);F.framebufferTexture2D(F.FRAMEBUFFER,F.COLOR_ATTACHMENT0,F.TEXTURE_CUBE_MAP_POSITIVE_X+N,pe.__webglTexture,$)}else if(xe){let pe=N;for(let Me=0;Me<M.textures.length;Me++){let Te=Pe.get(M.textures[Me]);F.framebufferTextureLayer(F.FRAMEBUFFER,F.COLOR_ATTACHMENT0+Me,Te.__webglTexture,$,pe)}}else if(M!==null&&$!==0){let pe=Pe.get(M.texture);F.framebufferTexture2D(F.FRAMEBUFFER,F.COLOR_ATTACHMENT0,F.TEXTURE_2D,pe.__webglTexture,$)}Y=-1};function Ic(M){let N=Pe.get(M);return(N.__readFormat!==M.format||N.__readType!==M.type)&&(N.__readFormat=M.format,N.__readType=M.type,N.__formatReadable=at.textureFormatReadable(M.format),N.__typeReadable=at.textureTypeReadable(M.type)),N}this.readRenderTargetPixels=function(M,N,$,k,H,xe,we,pe=0){if(!(M&&M.isWebGLRenderTarget)){Ne("WebGLRenderer.readRenderTargetPixels: renderTarget is not THREE.WebGLRenderTarget.");return}let Me=Pe.get(M).__webglFramebuffer;if(M.isWebGLCubeRenderTarget&&we!==void 0&&(Me=Me[we],Array.isArray(Me)&&(Me=Me[0])),Me){ve.bindFramebuffer(F.FRAMEBUFFER,Me);try{let Te=M.textures[pe],Ue=Te.format,Ge=Te.type;M.textures.length>1&&F.readBuffer(F.COLOR_ATTACHMENT0+pe);let Ae=Ic(Te);if(Ae.__formatReadable===!1){Ne("WebGLRenderer.readRenderTargetPixels: renderTarget is not in RGBA or implementation defined format.");return}if(Ae.__typeReadable===!1){Ne("WebGLRenderer.readRenderTargetPixels: renderTarget is not in UnsignedByteType or implementation defined type.");return}N>=0&&N<=M.width-k&&$>=0&&$<=M.height-H&&F.readPixels(N,$,k,H,le.convert(Ue),le.convert(Ge),xe)}finally{let Te=re!==null?Pe.get(re).__webglFramebuffer:null;ve.bindFramebuffer(F.FRAMEBUFFER,Te)}}},this.readRenderTargetPixelsAsync=async function(M,N,$,k,H,xe,we,pe=0){if(!(M&&M.isWebGLRenderTarget))throw new Error("THREE.WebGLRenderer.readRenderTargetPixels: renderTarget is not THREE.WebGLRenderTarget.");let Me=Pe.get(M).__webglFramebuffer;if(M.isWebGLCubeRenderTarget&&we!==void 0&&(Me=Me[we],Array.isArray(Me)&&(Me=Me[0])),Me)if(N>=0&&N<=M.width-k&&$>=0&&$<=M.height-H){ve.bindFramebuffer(F.FRAMEBUFFER,Me);let Te=M.textures[pe],Ue=Te.format,Ge=Te.type;M.textures.length>1&&F.readBuffer(F.COLOR_ATTACHMENT0+pe);let Ae=Ic(Te);if(Ae.__formatReadable===!1)throw new Error("THREE.WebGLRenderer.readRenderTargetPixelsAsync: renderTarget is not in RGBA or implementation defined format.");if(Ae.__typeReadable===!1)throw new Error("THREE.WebGLRenderer.readRenderTargetPixelsAsync: renderTarget is not in UnsignedByteType or implementation defined type.");let We=F.createBuffer();F.bindBuffer(F.PIXEL_PACK_BUFFER,We),F.bufferData(F.PIXEL_PACK_BUFFER,xe.byteLength,F.STREAM_READ),F.readPixels(N,$,k,H,le.convert(Ue),le.convert(Ge),0),F.bindBuffer(F.PIXEL_PACK_BUFFER,null);let dt=re!==null?Pe.get(re).__webglFramebuffer:null;ve.bindFramebuffer(F.FRAMEBUFFER,dt);let tt=F.fenceSync(F.SYNC_GPU_COMMANDS_COMPLETE,0);return F.flush(),await Uh(F,tt,4),F.bindBuffer(F.PIXEL_PACK_BUFFER,We),F.getBufferSubData(F.PIXEL_PACK_BUFFER,0,xe),F.bindBuffer(F.PIXEL_PACK_BUFFER,null),F.deleteBuffer(We),F.deleteSync(tt),xe}else throw new Error("THREE.WebGLRenderer.readRenderTargetPixelsAsync: requested read bounds are out of range.")},this.copyFramebufferToTexture=function(M,N=null,$=0){let k=Math.pow(2,-$),H=Math.floor(M.image.width*k),xe=Math.floor(M.image.height*k),we=N!==null?N.x:0,pe=N!==null?N.y:0;Fe.setTexture2D(M,0),F.copyTexSubImage2D(F.TEXTURE_2D,$,0,0,we,pe,H,xe),ve.unbindTexture()},this.copyTextureToTexture=function(M,N,$=null,k=null,H=0,xe=0){let we,pe,Me,Te,Ue,Ge,Ae,We,dt,tt=M.isCompressedTexture?M.mipmaps[xe]:M.image;if($!==null)we=$.max.x-$.min.x,pe=$.max.y-$.min.y,Me=$.isBox3?$.max.z-$.min.z:1,Te=$.min.x,Ue=$.min.y,Ge=$.isBox3?$.min.z:0;else{let Ye=Math.pow(2,-H);we=Math.floor(tt.width*Ye),pe=Math.floor(tt.height*Ye),M.isDataArrayTexture?Me=tt.depth:M.isData3DTexture?Me=Math.floor(tt.depth*Ye):Me=1,Te=0,Ue=0,Ge=0}k!==null?(Ae=k.x,We=k.y,dt=k.z):(Ae=0,We=0,dt=0);let et=le.convert(N.format),Rt=le.convert(N.type),Ee;N.isData3DTexture?(Fe.setTexture3D(N,0),Ee=F.TEXTURE_3D):N.isDataArrayTexture||N.isCompressedArrayTexture?(Fe.setTexture2DArray(N,0),Ee=F.TEXTURE_2D_ARRAY):(Fe.setTexture2D(N,0),Ee=F.TEXTURE_2D),ve.activeTexture(F.TEXTURE0),ve.pixelStorei(F.UNPACK_FLIP_Y_WEBGL,N.flipY),ve.pixelStorei(F.UNPACK_PREMULTIPLY_ALPHA_WEBGL,N.premultiplyAlpha),ve.pixelStorei(F.UNPACK_ALIGNMENT,N.unpackAlignment);let Ft=ve.getParameter(F.UNPACK_ROW_LENGTH),Ze=ve.getParameter(F.UNPACK_IMAGE_HEIGHT),li=ve.getParameter(F.UNPACK_SKIP_PIXELS),Pt=ve.getParameter(F.UNPACK_SKIP_ROWS),ar=ve.getParameter(F.UNPACK_SKIP_IMAGES);ve.pixelStorei(F.UNPACK_ROW_LENGTH,tt.width),ve.pixelStorei(F.UNPACK_IMAGE_HEIGHT,tt.height),ve.pixelStorei(F.UNPACK_SKIP_PIXELS,Te),ve.pixelStorei(F.UNPACK_SKIP_ROWS,Ue),ve.pixelStorei(F.UNPACK_SKIP_IMAGES,Ge);let Gn=M.isDataArrayTexture||M.isData3DTexture,ci=N.isDataArrayTexture||N.isData3DTexture;if(M.isDepthTexture){let Ye=Pe.get(M),wt=Pe.get(N),on=Pe.get(Ye.__renderTarget),ct=Pe.get(wt.__renderTarget);ve.bindFramebuffer(F.READ_FRAMEBUFFER,on.__webglFramebuffer),ve.bindFramebuffer(F.DRAW_FRAMEBUFFER,ct.__webglFramebuffer);for(let bt=0;bt<Me;bt++)Gn&&(F.framebufferTextureLayer(F.READ_FRAMEBUFFER,F.COLOR_ATTACHMENT0,Pe.get(M).__webglTexture,H,Ge+bt),F.framebufferTextureLayer(F.DRAW_FRAMEBUFFER,F.COLOR_ATTACHMENT0,Pe.get(N).__webglTexture,xe,dt+bt)),F.blitFramebuffer(Te,Ue,Te+we,Ue+pe,Ae,We,Ae+we,We+pe,F.DEPTH_BUFFER_BIT,F.NEAREST);ve.bindFramebuffer(F.READ_FRAMEBUFFER,null),ve.bindFramebuffer(F.DRAW_FRAMEBUFFER,null)}else if(H!==0||M.isRenderTargetTexture||Pe.has(M)){let Ye=Pe.get(M),wt=Pe.get(N);ve.bindFramebuffer(F.READ_FRAMEBUFFER,P),ve.bindFramebuffer(F.DRAW_FRAMEBUFFER,G);for(let on=0;on<Me;on++)Gn?F.framebufferTextureLayer(F.READ_FRAMEBUFFER,F.COLOR_ATTACHMENT0,Ye.__webglTexture,H,Ge+on):F.framebufferTexture2D(F.READ_FRAMEBUFFER,F.COLOR_ATTACHMENT0,F.TEXTURE_2D,Ye.__webglTexture,H),ci?F.framebufferTextureLayer(F.DRAW_FRAMEBUFFER,F.COLOR_ATTACHMENT0,wt.__webglTexture,xe,dt+on):F.framebufferTexture2D(F.DRAW_FRAMEBUFFER,F.COLOR_ATTACHMENT0,F.TEXTURE_2D,wt.__webglTexture,xe),H!==0?F.blitFramebuffer(Te,Ue,Te+we,Ue+pe,Ae,We,Ae+we,We+pe,F.COLOR_BUFFER_BIT,F.NEAREST):ci?F.copyTexSubImage3D(Ee,xe,Ae,We,dt+on,Te,Ue,we,pe):F.copyTexSubImage2D(Ee,xe,Ae,We,Te,Ue,we,pe);ve.bindFramebuffer(F.READ_FRAMEBUFFER,null),ve.bindFramebuffer(F.DRAW_FRAMEBUFFER,null)}else ci?M.isDataTexture||M.isData3DTexture?F.texSubImage3D(Ee,xe,Ae,We,dt,we,pe,Me,et,Rt,tt.data):N.isCompressedArrayTexture?F.compressedTexSubImage3D(Ee,xe,Ae,We,dt,we,pe,Me,et,tt.data):F.texSubImage3D(Ee,xe,Ae,We,dt,we,pe,Me,et,Rt,tt):M.isDataTexture?F.texSubImage2D(F.TEXTURE_2D,xe,Ae,We,we,pe,et,Rt,tt.data):M.isCompressedTexture?F.compressedTexSubImage2D(F.TEXTURE_2D,xe,Ae,We,tt.width,tt.height,et,tt.data):F.texSubImage2D(F.TEXTURE_2D,xe,Ae,We,we,pe,et,Rt,tt);ve.pixelStorei(F.UNPACK_ROW_LENGTH,Ft),ve.pixelStorei(F.UNPACK_IMAGE_HEIGHT,Ze),ve.pixelStorei(F.UNPACK_SKIP_PIXELS,li),ve.pixelStorei(F.UNPACK_SKIP_ROWS,Pt),ve.pixelStorei(F.UNPACK_SKIP_IMAGES,ar),xe===0&&N.generateMipmaps===!0&&N.mipmapsAutoUpdate===!0&&F.generateMipmap(Ee),ve.unbindTexture()},this.initRenderTarget=function(M){Pe.get(M).__webglFramebuffer===void 0&&Fe.setupRenderTarget(M)},this.initTexture=function(M){M.isCubeTexture?Fe.setTextureCube(M,0):M.isData3DTexture?Fe.setTexture3D(M,0):M.isDataArrayTexture||M.isCompressedArrayTexture?Fe.setTexture2DArray(M,0):Fe.setTexture2D(M,0),ve.unbindTexture()},this.resetState=function(){Z=0,W=0,re=null,ve.reset(),he.reset()},typeof __THREE_DEVTOOLS__<"u"&&__THREE_DEVTOOLS__.dispatchEvent(new CustomEvent("observe",{detail:this}))}get coordinateSystem(){return en}get outputColorSpace(){return this._outputColorSpace}set outputColorSpace(e){this._outputColorSpace=e;let t=this.getContext();t.drawingBufferColorSpace=Xe._getDrawingBufferColorSpace(e),t.unpackColorSpace=Xe._getUnpackColorSpace()}};var bd={cx:0,cy:0,zoom:1},Sd=()=>({theta:.6,phi:1.1,distance:3,target:new q}),xa=class{constructor(e,t){X(this,"el",e);X(this,"onChange",t);X(this,"ortho",new ns(-1,1,1,-1,-100,100));X(this,"persp",new Ot(45,1,.01,100));X(this,"is3d",!1);X(this,"v2",{...bd});X(this,"v3",Sd());X(this,"width",1);X(this,"height",1);X(this,"drag",null);X(this,"touches",new Map);X(this,"pinch",null);X(this,"moved",!1);X(this,"onDown",e=>{if(e.pointerType==="touch"&&(this.touches.set(e.pointerId,{x:e.clientX,y:e.clientY}),this.touches.size===2)){this.drag=null,this.moved=!0,this.pinch=this.pinchState();return}if(this.drag)return;let t=this.is3d&&e.button===0&&!e.shiftKey;this.drag={x:e.clientX,y:e.clientY,mode:t?"rotate":"pan",id:e.pointerId},this.moved=!1;try{this.el.setPointerCapture?.(e.pointerId)}catch{}});X(this,"onMove",e=>{if(this.touches.has(e.pointerId)&&this.touches.set(e.pointerId,{x:e.clientX,y:e.clientY}),this.pinch&&this.touches.size===2){let s=this.pinchState(),r=this.el.getBoundingClientRect();this.pan(s.mx-this.pinch.mx,this.is3d?0:s.my-this.pinch.my),this.pinch.dist>0&&s.dist>0&&this.zoom(s.dist/this.pinch.dist,s.mx-r.left,s.my-r.top),this.pinch=s;return}if(!this.drag||e.pointerId!==this.drag.id)return;let t=e.clientX-this.drag.x,n=e.clientY-this.drag.y;!this.moved&&Math.hypot(t,n)<3||(this.moved=!0,this.drag.x=e.clientX,this.drag.y=e.clientY,this.drag.mode==="rotate"?this.rotate(t,n):this.pan(t,n))});X(this,"onUp",e=>{this.touches.delete(e.pointerId),this.touches.size<2&&(this.pinch=null),this.drag&&e.pointerId===this.drag.id&&(this.drag=null)});X(this,"onKey",e=>{let t=e.shiftKey?120:40,n=(s,r)=>this.is3d?this.rotate(s,r):this.pan(s,r);switch(e.key){case"ArrowLeft":n(t,0);break;case"ArrowRight":n(-t,0);break;case"ArrowUp":n(0,t);break;case"ArrowDown":n(0,-t);break;case"+":case"=":this.zoom(1.25);break;case"-":case"_":this.zoom(.8);break;default:return}e.preventDefault()});X(this,"onWheel",e=>{e.preventDefault();let t=e.deltaMode===1?16:e.deltaMode===2?this.height:1,n=e.deltaX*t,s=e.deltaY*t,r=this.el.getBoundingClientRect(),o=e.clientX-r.left,a=e.clientY-r.top;if(e.ctrlKey){this.zoom(Math.exp(-s*.01),o,a);return}if(Math.abs(n)>Math.abs(s)){this.is3d?this.rotate(-n,0):this.pan(-n,0);return}this.zoom(Math.exp(-s*.0015),o,a)});e.addEventListener("pointerdown",this.onDown),e.addEventListener("pointermove",this.onMove),e.addEventListener("pointerup",this.onUp),e.addEventListener("pointercancel",this.onUp),e.addEventListener("wheel",this.onWheel,{passive:!1}),e.addEventListener("dblclick",()=>this.reset()),e.addEventListener("contextmenu",n=>n.preventDefault()),e.addEventListener("keydown",this.onKey),e.tabIndex<0&&(e.tabIndex=0),this.update()}get camera(){return this.is3d?this.persp:this.ortho}get halfHeight(){return 1.12/this.v2.zoom}get zoomScale(){let e=this.is3d?3.6/this.v3.distance:this.v2.zoom;return Math.min(6,Math.max(.5,Math.sqrt(e)))}setSize(e,t){this.width=Math.max(1,e),this.height=Math.max(1,t),this.update()}set3d(e){this.is3d=e,this.update()}reset(){this.v2={...bd},this.v3=Sd(),this.update()}update(){let e=this.width/this.height,t=this.halfHeight,n=e<1?1/e:1,s=this.ortho;s.left=this.v2.cx-t*e*n,s.right=this.v2.cx+t*e*n,s.top=this.v2.cy+t*n,s.bottom=this.v2.cy-t*n,s.position.set(0,0,10),s.lookAt(0,0,0),s.updateProjectionMatrix(),s.updateMatrixWorld();let r=this.persp;r.aspect=e;let{theta:o,phi:a,distance:c,target:l}=this.v3;r.position.set(l.x+c*Math.sin(a)*Math.sin(o),l.y+c*Math.cos(a),l.z+c*Math.sin(a)*Math.cos(o)),r.up.set(0,1,0),r.lookAt(l),r.updateProjectionMatrix(),r.updateMatrixWorld(),this.onChange()}get worldPerPx(){return(this.ortho.top-this.ortho.bottom)/this.height}pan(e,t){if(this.is3d){let n=2*this.v3.distance*Math.tan(this.persp.fov*Math.PI/360)/this.height,s=new q().setFromMatrixColumn(this.persp.matrixWorld,0),r=new q().setFromMatrixColumn(this.persp.matrixWorld,1);this.v3.target.addScaledVector(s,-e*n).addScaledVector(r,t*n)}else{let n=this.worldPerPx;this.v2.cx-=e*n,this.v2.cy+=t*n}this.update()}rotate(e,t){this.v3.theta-=e*.008,this.v3.phi=Math.min(Math.PI-.05,Math.max(.05,this.v3.phi-t*.008)),this.update()}zoom(e,t=this.width/2,n=this.height/2){if(this.is3d)this.v3.distance=Math.min(50,Math.max(.02,this.v3.distance/e));else{let s=this.ortho,r=s.left+t/this.width*(s.right-s.left),o=s.top-n/this.height*(s.top-s.bottom),a=Math.min(5e3,Math.max(.05,this.v2.zoom*e)),c=this.v2.zoom/a;this.v2.cx=r+(this.v2.cx-r)*c,this.v2.cy=o+(this.v2.cy-o)*c,this.v2.zoom=a}this.update()}pinchState(){let[e,t]=[...this.touches.values()];return{dist:Math.hypot(e.x-t.x,e.y-t.y),mx:(e.x+t.x)/2,my:(e.y+t.y)/2}}};var Md=`
in vec3 aColor;
in float aSize;
uniform float uSize;
uniform float uPixelRatio;
uniform float uZoomScale;
uniform int uHover;
uniform int uSelected;
uniform float uSpriteMode;
uniform float uDepthCue;
uniform vec2 uDepthRange;
uniform vec3 uBackground;
out vec3 vColor;
flat out int vIndex;
flat out float vHighlight;
void main() {
  vec4 mv = modelViewMatrix * vec4(position, 1.0);
  gl_Position = projectionMatrix * mv;
  float s = uSize * aSize * uZoomScale;
  if (uSpriteMode > 0.5) s *= 3.0;
  float h = 0.0;
  if (gl_VertexID == uSelected) { s = max(s * 1.8, s + 6.0); h = 2.0; }
  else if (gl_VertexID == uHover) { s = max(s * 1.6, s + 5.0); h = 1.0; }
  if (h > 0.0) gl_Position.z = -0.999 * gl_Position.w;
  gl_PointSize = s * uPixelRatio;
  // 3D depth cue: far points fade towards the background.
  float far = clamp((-mv.z - uDepthRange.x) / max(1e-6, uDepthRange.y - uDepthRange.x), 0.0, 1.0);
  vColor = mix(aColor, uBackground, 0.5 * far * uDepthCue * (h > 0.0 ? 0.0 : 1.0));
  vIndex = gl_VertexID;
  vHighlight = h;
}
`,wd=`
precision highp float;
uniform sampler2D uAtlas;
uniform vec2 uThumbUV;
uniform int uPerRow;
uniform int uSpriteCount;
uniform float uSpriteMode;
uniform vec3 uRing;
in vec3 vColor;
flat in int vIndex;
flat in float vHighlight;
out vec4 fragColor;
void main() {
  vec2 pc = gl_PointCoord;
  if (uSpriteMode > 0.5 && vIndex < uSpriteCount) {
    float edge = max(abs(pc.x - 0.5), abs(pc.y - 0.5));
    float border = vHighlight > 0.0 ? 0.38 : 0.42;
    if (edge > border) { fragColor = vec4(vHighlight > 0.0 ? uRing : vColor, 1.0); return; }
    vec2 cell = vec2(float(vIndex % uPerRow), float(vIndex / uPerRow));
    vec2 inner = (pc - 0.5) / (2.0 * border) + 0.5;
    fragColor = vec4(texture(uAtlas, (cell + inner) * uThumbUV).rgb, 1.0);
    return;
  }
  float r = length(pc - 0.5);
  if (r > 0.5) discard;
  if (vHighlight > 0.0 && r > 0.36) { fragColor = vec4(uRing, 1.0); return; }
  fragColor = vec4(vColor, 1.0);
}
`;function va(i,e,t,n,s,r){let o=r?.x??new Float32Array(e),a=r?.y??new Float32Array(e),c=r?.z??new Float32Array(e);for(let l=0;l<e;l++){let u=i[l*3],h=i[l*3+1],d=i[l*3+2],f=t[0]*u+t[4]*h+t[8]*d+t[12],g=t[1]*u+t[5]*h+t[9]*d+t[13],y=t[2]*u+t[6]*h+t[10]*d+t[14],p=t[3]*u+t[7]*h+t[11]*d+t[15];if(p<=0){o[l]=NaN,a[l]=NaN,c[l]=1/0;continue}let m=f/p,v=g/p,S=y/p;if(S<-1||S>1){o[l]=NaN,a[l]=NaN,c[l]=1/0;continue}o[l]=(m*.5+.5)*n,a[l]=(1-(v*.5+.5))*s,c[l]=S}return{x:o,y:a,z:c}}var ya=class{constructor(e,t,n,s,r,o=16){X(this,"sx",e);X(this,"sy",t);X(this,"sz",n);X(this,"cell",o);X(this,"cellStart");X(this,"items");X(this,"cols");X(this,"rows");this.cols=Math.max(1,Math.ceil(s/o)),this.rows=Math.max(1,Math.ceil(r/o));let a=this.cols*this.rows,c=new Int32Array(a+1),l=e.length,u=new Int32Array(l);for(let d=0;d<l;d++){let f=this.cellIndex(e[d],t[d]);u[d]=f,f>=0&&c[f+1]++}for(let d=0;d<a;d++)c[d+1]+=c[d];this.cellStart=c,this.items=new Int32Array(c[a]);let h=c.slice(0,a);for(let d=0;d<l;d++)u[d]>=0&&(this.items[h[u[d]]++]=d)}cellIndex(e,t){if(!(e>=0&&t>=0))return-1;let n=Math.floor(e/this.cell),s=Math.floor(t/this.cell);return n>=this.cols||s>=this.rows?-1:s*this.cols+n}nearest(e,t,n,s){let r=Math.ceil(n/this.cell),o=Math.floor(e/this.cell),a=Math.floor(t/this.cell),c=-1,l=n*n,u=1/0;for(let h=Math.max(0,a-r);h<=Math.min(this.rows-1,a+r);h++)for(let d=Math.max(0,o-r);d<=Math.min(this.cols-1,o+r);d++){let f=h*this.cols+d;for(let g=this.cellStart[f];g<this.cellStart[f+1];g++){let y=this.items[g],p=this.sx[y]-e,m=this.sy[y]-t,v=p*p+m*m;if(v>n*n||s&&!s(y))continue;let S=v<l-.25,_=Math.abs(v-l)<=.25&&this.sz[y]<u;(c<0||S||_)&&(c=y,l=v,u=this.sz[y])}}return c}};function gy(i,e,t,n){let s=Math.max(1,Math.floor(i/t)),r=Math.max(0,Math.floor(e/n));return{perRow:s,rows:r,count:s*r}}function xy(i,e,t,n){return{x:i%e*t,y:Math.floor(i/e)*n,w:t,h:n}}async function yy(i){if(typeof createImageBitmap=="function")try{return await createImageBitmap(i)}catch{}let e=URL.createObjectURL(i);try{let t=new Image;return t.src=e,await t.decode(),t}finally{URL.revokeObjectURL(e)}}async function Ad(i,e){let t=await yy(i),n=t.width,s=t.height,r=Math.max(1,Number(e?.[0])||n),o=Math.max(1,Number(e?.[1]??e?.[0])||s),{perRow:a,count:c}=gy(n,s,r,o),l=new Nt(t);return l.flipY=!1,l.generateMipmaps=!1,l.minFilter=Ct,l.magFilter=pt,l.needsUpdate=!0,{image:t,width:n,height:s,thumbW:r,thumbH:o,perRow:a,count:c,texture:l}}function xc(i,e,t){if(e<0||e>=i.count)return!1;let n=t.getContext("2d");if(!n)return!1;let s=xy(e,i.perRow,i.thumbW,i.thumbH);return n.imageSmoothingEnabled=!1,n.clearRect(0,0,t.width,t.height),n.drawImage(i.image,s.x,s.y,s.w,s.h,0,0,t.width,t.height),!0}function Ed(i,e){let t=Math.max(i.width,i.height);if(t<=e)return;let n=e/t,s=document.createElement("canvas");s.width=Math.max(1,Math.floor(i.width*n)),s.height=Math.max(1,Math.floor(i.height*n));let r=s.getContext("2d");r&&(r.drawImage(i.image,0,0,s.width,s.height),i.texture.image=s,i.texture.needsUpdate=!0)}var _a=class{constructor(e){X(this,"container",e);X(this,"canvas");X(this,"controls");X(this,"renderer");X(this,"scene",new Ns);X(this,"geometry",new nn);X(this,"material");X(this,"points");X(this,"positions",new Float32Array(0));X(this,"n",0);X(this,"colors",new Float32Array(0));X(this,"width",1);X(this,"height",1);X(this,"frame",0);X(this,"grid",null);X(this,"atlas",null);X(this,"emptyTex",new es(new Uint8Array([0,0,0,255]),1,1));X(this,"frameTimes",[]);X(this,"onCameraChange",null);X(this,"onFrame",null);X(this,"drawCalls",0);this.canvas=document.createElement("canvas"),this.canvas.className="ep-canvas",e.appendChild(this.canvas),this.renderer=new fa({canvas:this.canvas,antialias:!1,preserveDrawingBuffer:!1,powerPreference:"high-performance"}),this.renderer.setPixelRatio(Math.min(2,window.devicePixelRatio||1)),this.emptyTex.needsUpdate=!0,this.material=new sn({glslVersion:js,vertexShader:Md,fragmentShader:wd,uniforms:{uSize:{value:5},uPixelRatio:{value:this.renderer.getPixelRatio()},uZoomScale:{value:1},uHover:{value:-1},uSelected:{value:-1},uSpriteMode:{value:0},uAtlas:{value:this.emptyTex},uThumbUV:{value:new $e(1,1)},uDepthCue:{value:0},uDepthRange:{value:new $e(0,1)},uBackground:{value:new Ve("#ffffff")},uPerRow:{value:1},uSpriteCount:{value:0},uRing:{value:new Ve("#000000")}},depthTest:!0,depthWrite:!0}),this.points=new Os(this.geometry,this.material),this.points.frustumCulled=!1,this.scene.add(this.points),this.controls=new xa(this.canvas,()=>{this.grid=null;let t=this.material.uniforms;if(t.uZoomScale.value=this.controls?.zoomScale??1,this.controls){let n=this.controls.v3.distance;t.uDepthCue.value=this.controls.is3d?1:0,t.uDepthRange.value.set(Math.max(0,n-1),n+1)}this.onCameraChange?.(),this.requestRender()}),new ResizeObserver(()=>this.resize()).observe(e),this.resize()}resize(){let e=this.container.getBoundingClientRect();this.width=Math.max(1,Math.floor(e.width)),this.height=Math.max(1,Math.floor(e.height)),this.renderer.setSize(this.width,this.height,!0),this.controls.setSize(this.width,this.height)}setTheme(e,t){this.renderer.setClearColor(new Ve(e),1),this.material.uniforms.uBackground.value.set(e),this.material.uniforms.uRing.value.set(t),this.requestRender()}setPositions(e,t){if(this.positions=e,t!==this.n){this.n=t,this.geometry.dispose(),this.geometry=new nn;let n=this.colors.length===t*3?this.colors.slice():new Float32Array(t*3).fill(.5);this.geometry.setAttribute("aColor",new zt(n,3)),this.geometry.setAttribute("aSize",new zt(new Float32Array(t).fill(1),1)),this.points.geometry=this.geometry}this.geometry.setAttribute("position",new zt(e,3)),this.grid=null,this.requestRender()}setColors(e){this.colors=e;let t=this.geometry.getAttribute("aColor");!t||e.length!==t.array.length||(t.array.set(e),t.needsUpdate=!0,this.requestRender())}colorAt(e){return Array.from(this.colors.subarray(e*3,e*3+3))}setPointSize(e){this.material.uniforms.uSize.value=e,this.requestRender()}setAtlas(e){this.atlas=e,e&&Ed(e,this.renderer.capabilities.maxTextureSize);let t=this.material.uniforms;t.uAtlas.value=e?e.texture:this.emptyTex,t.uPerRow.value=e?e.perRow:1,t.uSpriteCount.value=e?e.count:0,t.uThumbUV.value.set(e?e.thumbW/e.width:1,e?e.thumbH/e.height:1),this.requestRender()}setSpriteMode(e){this.material.uniforms.uSpriteMode.value=e&&this.atlas?1:0,this.requestRender()}setHighlight(e,t){this.material.uniforms.uHover.value=e,this.material.uniforms.uSelected.value=t,this.requestRender()}set3d(e){this.controls.set3d(e)}get pointRadiusPx(){let e=this.material.uniforms;return e.uSize.value*e.uZoomScale.value*(e.uSpriteMode.value>.5?3:1)/2}requestRender(){this.frame||(this.frame=requestAnimationFrame(()=>{this.frame=0;let e=performance.now();this.renderer.render(this.scene,this.controls.camera),this.drawCalls=this.renderer.info.render.calls,this.frameTimes.push(performance.now()-e),this.frameTimes.length>240&&this.frameTimes.shift(),this.onFrame?.()}))}renderNow(){this.renderer.render(this.scene,this.controls.camera)}viewProjection(){let e=this.controls.camera;return e.updateMatrixWorld(),new rt().multiplyMatrices(e.projectionMatrix,e.matrixWorldInverse)}pick(e,t){if(!this.n)return-1;if(!this.grid){let n=va(this.positions,this.n,this.viewProjection().elements,this.width,this.height);this.grid=new ya(n.x,n.y,n.z,this.width,this.height)}return this.grid.nearest(e,t,Math.max(5,this.pointRadiusPx+2))}screenPositions(){let e=va(this.positions,this.n,this.viewProjection().elements,this.width,this.height);return{x:e.x,y:e.y}}toPngBlob(){return this.renderNow(),new Promise(e=>this.canvas.toBlob(e,"image/png"))}screenPositionOf(e){if(e<0||e>=this.n)return null;let t=va(this.positions.subarray(e*3,e*3+3),1,this.viewProjection().elements,this.width,this.height);return Number.isNaN(t.x[0])?null:{x:t.x[0],y:t.y[0]}}get size(){return{width:this.width,height:this.height}}};function vy(i){i.charCodeAt(0)===65279&&(i=i.slice(1));let e=i.split(/\r?\n/);return e.length>0&&e[e.length-1]===""&&e.pop(),e}function Td(i,e){let t=vy(i),n=1;for(let l of t.slice(0,1))n=l.split("	").length;let s,r;n<=1?(s=["label"],r=t):(s=t[0].split("	").map((l,u)=>l.trim()||`column ${u+1}`),r=t.slice(1));let o=e??r.length,a=s.map(()=>new Array(o).fill("")),c=Math.min(o,r.length);for(let l=0;l<c;l++){let u=n<=1?[r[l]]:r[l].split("	");for(let h=0;h<s.length;h++)a[h][l]=(u[h]??"").trim()}return{names:s,columns:a,rowCount:r.length}}var _y={runs:[],run:null,info:null,tensorName:null,loading:null,notices:[],n:0,d:0,columns:[],labelColumn:-1,colorColumn:-1,focusCategory:null,searchMatches:null,neighbors:null,neighborMetric:"euclidean",legend:{kind:"none"},spherize:!1,method:"pca",is3d:!1,dims:[0,1,2],variance:null,isolatedVariance:null,computing:null,showSprites:!1,hasSprite:!1,pointSize:1,hovered:-1,selected:-1,dark:!1,selection:new Int32Array(0),isolated:null,selectMode:"pan",step:null,movedPoints:null},ba=class{constructor(e=_y){X(this,"state");X(this,"listeners",[]);this.state={...e}}set(e){let t=new Set;for(let n of Object.keys(e))this.state[n]!==e[n]&&t.add(n);if(t.size!==0){this.state={...this.state,...e};for(let n of this.listeners)n(this.state,t)}}subscribe(e){return this.listeners.push(e),()=>{this.listeners=this.listeners.filter(t=>t!==e)}}};function rn(i,e){if(e&&typeof e=="object"&&"body"in e&&e.body?.error){let t=e.body;return{level:i,message:t.error,file:t.file,hint:t.hint}}if(e&&typeof e=="object"&&"error"in e&&typeof e.error=="string"){let t=e;return{level:i,message:t.error,file:t.file,hint:t.hint}}return{level:i,message:e instanceof Error?e.message:String(e)}}function yc(i){return(i.state.info?.errors??[]).map(e=>rn("error",e))}function Cd(i){let e=i.state;return e.info?.embeddings.find(t=>t.tensorName===e.tensorName)??null}function Sy(i){return i.findIndex(t=>t.kind==="categorical"&&t.distinct>=2&&t.distinct<=20)}function My(i){let e=0;for(let t=0;t<i.length;t++){let n=i[t];n-n!==0&&(i[t]=0,e++)}return e}async function Rd(i,e,t){let n=i.state.run,s=ds(e),r={tensor:{loaded:0,total:s?s[0]*s[1]*4:null},metadata:{loaded:0,total:null},sprite:{loaded:0,total:null}},o=new Set(["tensor"]);e.hasMetadata!==!1&&(e.hasMetadata||e.metadataPath)&&o.add("metadata"),e.hasSprite!==!1&&(e.hasSprite||e.sprite?.imagePath)&&o.add("sprite");let a=0,c=(_=!1)=>{if(t.aborted)return;let A=performance.now();if(!_&&A-a<40)return;a=A;let w=0,x=0;for(let U of o)w+=r[U].loaded,x=x!==null&&r[U].total!==null?x+r[U].total:null;let E=`Loading ${[...o].join(", ")}`;i.set({loading:{label:E,loaded:w,total:x}})},l=_=>(A,w)=>{r[_].loaded=A,w!==null&&(r[_].total=w),c(w!==null&&A===w)};c(!0);let u=[],h=i.state.step!==null&&(e.checkpointSteps??[]).includes(i.state.step)?i.state.step:null,d=At.tensor(n,e.tensorName,s,l("tensor"),t,h),f=o.has("metadata")?At.metadata(n,e.tensorName,l("metadata"),t).catch(_=>{if(t.aborted)throw _;return u.push(rn("warning",_)),o.delete("metadata"),null}):Promise.resolve(null),g=o.has("sprite")?At.sprite(n,e.tensorName,l("sprite"),t).then(_=>Ad(_,e.sprite?.singleImageDim??[])).catch(_=>{if(t.aborted)throw _;return u.push(rn("warning",_)),o.delete("sprite"),null}):Promise.resolve(null),[y,p,m]=await Promise.all([d,f,g]),v=My(y.data);v>0&&u.push({level:"warning",message:`${v.toLocaleString("en-US")} NaN or infinite values were drawn as 0.`,file:e.tensorPath??null,hint:"Projections treat them as 0; fix the source tensor to remove this warning."});let S=[];if(p!==null){let _=Td(p,y.n);_.names.forEach((w,x)=>S.push(br(w,_.columns[x])));let A=(e.warnings??[]).length>0;_.rowCount!==y.n&&!A&&u.push({level:"warning",message:`Metadata has ${_.rowCount} rows but the tensor has ${y.n}.`,file:e.metadataPath??null,hint:"Row i of the metadata (after the header) must describe tensor row i."})}return{data:y.data,n:y.n,d:y.d,etag:y.etag,columns:S,atlas:m,notices:u}}function Pd(i,e,t){let n=e.columns.length;return{labelColumn:t&&i.labelColumn<n?i.labelColumn:n?0:-1,colorColumn:t&&i.colorColumn<n?i.colorColumn:Sy(e.columns),showSprites:t?i.showSprites:!!e.atlas,spherize:t?i.spherize:e.d>=50,method:t?i.method:e.d<=3?"identity":"pca",dims:t?i.dims:[0,1,2],is3d:t?i.is3d:!1}}function wy(i,e,t){let n=new Float64Array(t);for(let s=0;s<e;s++)for(let r=0;r<t;r++)n[r]+=i[s*t+r];for(let s=0;s<t;s++)n[s]/=Math.max(1,e);return n}function Ay(i,e,t,n,s,r,o){if(n<0||n>=e||s<=0)return[];let a=o??new Float64Array(t),c=new Float64Array(t);for(let y=0;y<t;y++)c[y]=i[n*t+y]-a[y];let l=0;for(let y=0;y<t;y++)l+=c[y]*c[y];l=Math.sqrt(l);let u=new Int32Array(s),h=new Float64Array(s),d=0,f=(y,p)=>{if(d<s){let m=d++;for(u[m]=y,h[m]=p;m>0;){let v=m-1>>1;if(h[v]>=h[m])break;[u[v],u[m]]=[u[m],u[v]],[h[v],h[m]]=[h[m],h[v]],m=v}}else if(p<h[0]){u[0]=y,h[0]=p;let m=0;for(;;){let v=2*m+1,S=v+1,_=m;if(v<d&&h[v]>h[_]&&(_=v),S<d&&h[S]>h[_]&&(_=S),_===m)break;[u[_],u[m]]=[u[m],u[_]],[h[_],h[m]]=[h[m],h[_]],m=_}}};for(let y=0;y<e;y++){if(y===n)continue;let p=y*t,m;if(r){let v=0,S=0;for(let A=0;A<t;A++){let w=i[p+A]-a[A];v+=w*c[A],S+=w*w}let _=Math.sqrt(S)*l;m=_>0?1-v/_:1}else{let v=0;for(let S=0;S<t;S++){let _=i[p+S]-a[S]-c[S];v+=_*_}m=Math.sqrt(v)}f(y,m)}let g=[];for(let y=0;y<d;y++)g.push({index:u[y],distance:h[y]});return g.sort((y,p)=>y.distance-p.distance||y.index-p.index)}function Id(i,e,t){let n=t.spherized?i.mean??(i.mean=wy(i.data,i.n,i.d)):void 0,s=Ay(i.data,i.n,i.d,e,t.k,t.metric==="cosine"||t.spherized,n);return!t.spherized||t.metric!=="euclidean"?s:s.map(r=>({index:r.index,distance:Math.sqrt(Math.max(0,2*r.distance))}))}function Ld(i){let e=C("select",{"data-testid":"run-select","aria-label":"Run"}),t=C("select",{"data-testid":"tensor-select","aria-label":"Tensor"}),n=C("div",{className:"ep-meta","data-testid":"tensor-meta"});e.addEventListener("change",()=>i.set({run:e.value,info:null,tensorName:null})),t.addEventListener("change",()=>i.set({tensorName:t.value}));let s=()=>{let r=i.state;Tt(e,r.runs.map(c=>({value:c,label:c})),r.run??""),e.disabled=r.runs.length<=1;let o=r.info?.embeddings??[];Tt(t,o.map(c=>{let l=ds(c),u=`${c.tensorName} (${l?`${l[0]} x ${l[1]}`:"?"})${c.error?" – error":""}`;return{value:c.tensorName,label:u}}),r.tensorName??""),t.disabled=o.length<=1;let a=o.find(c=>c.tensorName===r.tensorName);if(a){let c=ds(a),l=[c?`${c[0].toLocaleString("en-US")} points x ${c[1]} dims`:"",a.dtype?`dtype ${a.dtype}`:"",a.source??"",a.hasMetadata?`${a.metadataColumns??"?"} metadata column${a.metadataColumns===1?"":"s"}`:"no metadata",a.hasSprite?"sprite":""];n.textContent=l.filter(Boolean).join(" · ")}else n.textContent=r.runs.length?"":"No runs with embeddings found."};return i.subscribe((r,o)=>{(o.has("runs")||o.has("run")||o.has("info")||o.has("tensorName"))&&s()}),s(),C("section",{},C("h2",{},"Data"),C("div",{className:"ep-row"},C("label",{},"Run"),e),C("div",{className:"ep-row"},C("label",{},"Tensor"),t),n)}function Ey(i){let e=C("div",{"data-testid":"legend"}),t=s=>{let r=i.state.focusCategory;return r===null?"":r===s?"ep-focus":"ep-faded"},n=()=>{let s=i.state.legend;if(s.kind==="categorical")e.dataset.kind="categorical",e.replaceChildren(C("ul",{className:"ep-legend"},...s.entries.map(r=>C("li",{"data-testid":"legend-entry","data-label":r.label,"data-count":r.count,title:`${r.label} — click to highlight`,className:t(r.label),onclick:()=>i.set({focusCategory:i.state.focusCategory===r.label?null:r.label})},C("span",{className:"ep-sw",style:`background:${r.color}`}),C("span",{className:"ep-lab"},r.label),C("span",{className:"ep-cnt"},r.count.toLocaleString("en-US"))))));else if(s.kind==="numeric"){e.dataset.kind="numeric";let r=Array.from({length:11},(o,a)=>`${Uc(a/10)} ${a*10}%`).join(",");e.replaceChildren(C("div",{className:"ep-gradient",style:`background:linear-gradient(to right,${r})`}),C("div",{className:"ep-gradient-labels"},C("span",{"data-testid":"legend-min"},Fa(s.min)),C("span",{"data-testid":"legend-max"},Fa(s.max))),s.missing?C("ul",{className:"ep-legend"},C("li",{},C("span",{className:"ep-sw",style:"background:#6f6f6f"}),C("span",{className:"ep-lab"},"(missing)"),C("span",{className:"ep-cnt"},String(s.missing)))):"")}else e.dataset.kind="none",e.replaceChildren()};return i.subscribe((s,r)=>{(r.has("legend")||r.has("focusCategory"))&&n()}),n(),e}function Nd(i){let e=C("select",{"data-testid":"label-select","aria-label":"Label by"}),t=C("select",{"data-testid":"color-select","aria-label":"Colour by"}),n=C("input",{type:"checkbox","data-testid":"sprites"}),s=C("div",{className:"ep-row"},C("label",{},"Images"),n,C("span",{className:"ep-meta"},"draw points as their thumbnails")),r=C("input",{type:"range",min:"0.3",max:"4",step:"0.1",value:"1","data-testid":"point-size"});e.addEventListener("change",()=>i.set({labelColumn:Number(e.value)})),t.addEventListener("change",()=>i.set({colorColumn:Number(t.value)})),n.addEventListener("change",()=>i.set({showSprites:n.checked})),r.addEventListener("input",()=>i.set({pointSize:Number(r.value)}));let o=()=>{let a=i.state,c=a.columns.map((l,u)=>({value:String(u),label:l.name}));Tt(e,[{value:"-1",label:"(point index)"},...c],String(a.labelColumn)),Tt(t,[{value:"-1",label:"(none)"},...a.columns.map((l,u)=>({value:String(u),label:`${l.name} (${l.kind==="numeric"?"numeric":`${l.distinct} categories`})`}))],String(a.colorColumn)),e.disabled=t.disabled=a.columns.length===0,n.checked=a.showSprites,s.style.display=a.hasSprite?"":"none",r.value=String(a.pointSize)};return i.subscribe((a,c)=>{["columns","labelColumn","colorColumn","showSprites","hasSprite","pointSize"].some(l=>c.has(l))&&o()}),o(),C("section",{},C("h2",{},"Display"),C("div",{className:"ep-row"},C("label",{},"Label by"),e),C("div",{className:"ep-row"},C("label",{},"Colour by"),t),s,C("div",{className:"ep-row"},C("label",{},"Point size"),r),Ey(i))}function oi(i,e){let t=i.state,n=t.columns[t.labelColumn];if(!n)return`#${e}`;let s=n.values[e]??"";return s===""?`#${e} (missing)`:s}function Dd(i,e){let t=C("div",{className:"ep-inspector","data-testid":"inspector"}),n=()=>{let s=i.state,r=s.selected;if(r<0||r>=s.n){t.style.display="none",t.replaceChildren();return}t.style.display="block",t.dataset.index=String(r);let o=C("button",{"aria-label":"Clear selection","data-testid":"inspector-close"},"×");o.addEventListener("click",()=>i.set({selected:-1}));let a=e(),c=null;a&&r<a.count&&(c=C("canvas",{width:96,height:Math.round(96*a.thumbH/a.thumbW)}),xc(a,r,c));let l=s.columns.map(d=>{let f=d.values[r]??"";return C("tr",{"data-testid":"inspector-row","data-column":d.name},C("th",{},d.name),f===""?C("td",{className:"ep-missing"},"(missing)"):C("td",{},f))}),u=s.neighbors??[],h=C("ol",{className:"ep-nb","data-testid":"neighbors"},...u.slice(0,10).map(d=>C("li",{"data-testid":"neighbor","data-index":d.index,onclick:()=>i.set({selected:d.index})},C("span",{className:"ep-lab"},oi(i,d.index)),C("span",{className:"ep-cnt"},d.distance.toFixed(3)))));t.replaceChildren(C("h3",{},C("span",{"data-testid":"inspector-title"},oi(i,r)),o),c??"",C("table",{},C("tr",{},C("th",{},"index"),C("td",{},String(r))),...l),u.length?C("h4",{},`Nearest neighbours (${s.neighborMetric}, all ${s.d} dims)`):"",h,u.length>10?C("div",{className:"ep-meta"},`The ${u.length} nearest stay bright in the plot.`):"")};return i.subscribe((s,r)=>{(r.has("selected")||r.has("columns")||r.has("labelColumn")||r.has("neighbors"))&&n()}),n(),t}function Fd(){let i=C("div",{"data-testid":"tooltip-label"}),e=C("canvas",{width:64,height:64,"data-testid":"tooltip-thumb"}),t=C("div",{className:"ep-tooltip","data-testid":"tooltip"},i,e);return{el:t,show(n,s,r,o,a){i.textContent=r,t.dataset.index=String(a),o&&a<o.count?(e.height=Math.round(64*o.thumbH/o.thumbW),xc(o,a,e),e.style.display=""):e.style.display="none",t.style.display="block";let c=t.parentElement?.getBoundingClientRect(),l=t.offsetWidth,u=t.offsetHeight,h=c&&n+14+l>c.width?n-14-l:n+14,d=c&&s+14+u>c.height?s-14-u:s+14;t.style.left=`${Math.max(0,h)}px`,t.style.top=`${Math.max(0,d)}px`},hide(){t.style.display="none",delete t.dataset.index}}}var Ty=4;function Ud({store:i,scatter:e,tooltip:t,positionsReady:n,atlas:s,click:r}){let o=e.canvas,a=u=>{let h=o.getBoundingClientRect();return{x:u.clientX-h.left,y:u.clientY-h.top}},c=()=>{i.set({hovered:-1}),t.hide()},l=null;o.addEventListener("pointerdown",u=>{l={x:u.clientX,y:u.clientY},t.hide()}),o.addEventListener("pointermove",u=>{if(u.buttons||!n())return;let{x:h,y:d}=a(u),f=e.pick(h,d);i.set({hovered:f}),f>=0?t.show(h,d,oi(i,f),s(),f):t.hide()}),window.addEventListener("keydown",u=>{u.key==="Escape"?i.set({selected:-1}):(u.key==="r"||u.key==="R")&&!(u.target instanceof HTMLInputElement||u.target instanceof HTMLSelectElement)&&e.controls.reset()}),o.addEventListener("pointerleave",c),o.addEventListener("pointerup",u=>{if(!l||!n())return;let h=Math.hypot(u.clientX-l.x,u.clientY-l.y)>Ty;if(l=null,h)return;let{x:d,y:f}=a(u);r(e.pick(d,f),u)}),e.onCameraChange=()=>{i.state.hovered>=0&&c()}}function Od(i){let e=C("select",{"data-testid":"method-select","aria-label":"Projection"}),t=C("input",{type:"checkbox","data-testid":"spherize"}),n=C("button",{"data-testid":"mode-2d"},"2D"),s=C("button",{"data-testid":"mode-3d"},"3D"),r=["X","Y","Z"].map(u=>C("select",{"data-testid":`axis-${u.toLowerCase()}`,"aria-label":u})),o=C("table",{className:"ep-var","data-testid":"variance-table"}),a=C("div",{className:"ep-meta","data-testid":"variance-total"});e.addEventListener("change",()=>i.set({method:e.value,dims:[0,1,2]})),t.addEventListener("change",()=>i.set({spherize:t.checked})),n.addEventListener("click",()=>i.set({is3d:!1})),s.addEventListener("click",()=>{i.state.method!=="custom"&&i.set({is3d:!0})}),r.forEach((u,h)=>u.addEventListener("change",()=>{let d=[...i.state.dims];d[h]=Number(u.value),i.set({dims:d})}));let c=r.map((u,h)=>C("div",{className:"ep-row"},C("label",{},["X","Y","Z"][h]),u)),l=()=>{let u=i.state,h=[{value:"pca",label:"PCA"}];u.d>0&&u.d<=3&&h.push({value:"identity",label:"Identity (raw dimensions)"}),h.push({value:"tsne",label:"t-SNE"},{value:"umap",label:"UMAP"},{value:"custom",label:"Custom axes"});let d=u.method==="tsne"||u.method==="umap"||u.method==="custom";Tt(e,h,u.method),t.checked=u.spherize;let f=u.method==="custom";n.classList.toggle("ep-on",!u.is3d||f),s.classList.toggle("ep-on",u.is3d&&!f),s.disabled=f,s.title=f?"Custom axes are 2D":"";let g=u.method==="pca"?u.variance?.length??0:u.d,y=Array.from({length:g},(v,S)=>({value:String(S),label:u.method==="pca"?`PC ${S+1}`+(u.variance?` (${(100*u.variance[S]).toFixed(1)}%)`:""):`dim ${S}`}));r.forEach((v,S)=>{Tt(v,y,String(u.dims[S])),v.disabled=g===0}),c.forEach((v,S)=>{v.style.display=d||S===2&&!u.is3d?"none":""});let p=u.isolated&&u.isolatedVariance?u.isolatedVariance:null,m=p??u.variance;if(u.method==="pca"&&m){let v=new Set(u.dims.slice(0,u.is3d?3:2)),S=Math.max(...m,1e-12);o.replaceChildren(...m.map((w,x)=>C("tr",{className:v.has(x)?"ep-used":""},C("td",{},`PC ${x+1}`),C("td",{className:"ep-num","data-testid":"variance-pct"},`${(100*w).toFixed(2)}%`),C("td",{style:"width:45%"},C("div",{className:"ep-vbar",style:`width:${100*w/S}%`})))));let _=u.dims.slice(0,u.is3d?3:2).reduce((w,x)=>w+(m[x]??0),0),A=m.reduce((w,x)=>w+x,0);a.textContent=`Shown axes: ${(100*_).toFixed(2)}% of variance · top ${m.length}: ${(100*A).toFixed(2)}%`+(p?` · of ${u.isolated.length.toLocaleString("en-US")} isolated points`:""),a.dataset.shown=String(_),a.dataset.top=String(A)}else o.replaceChildren(),a.textContent=u.method==="identity"?"Points at their raw coordinates.":""};return i.subscribe((u,h)=>{["method","spherize","is3d","dims","variance","isolatedVariance","isolated","d"].some(d=>h.has(d))&&l()}),l(),C("section",{},C("h2",{},"Projection"),C("div",{className:"ep-row"},C("label",{},"Method"),e),C("div",{className:"ep-row"},C("label",{},"View"),C("span",{className:"ep-seg"},n,s)),C("div",{className:"ep-row"},C("label",{},"Spherize"),t,C("span",{className:"ep-meta"},"centre + unit length")),...c,o,a)}function Cy(i){return C("div",{className:`ep-notice ep-${i.level}`,role:i.level==="error"?"alert":"status","data-testid":`notice-${i.level}`},C("div",{},i.message),i.file?C("div",{className:"ep-file"},i.file):null,i.hint?C("div",{className:"ep-hint"},i.hint):null)}function Bd(i){let e=C("div",{className:"ep-meta","data-testid":"progress-label"}),t=C("div",{className:"ep-fill"}),n=C("div",{className:"ep-progress","data-testid":"progress"},e,C("div",{className:"ep-bar"},t)),s=C("div",{"data-testid":"notices"}),r=C("section",{},n,s),o=a=>{let c=i.state;if(!a||a.has("loading")||a.has("computing")){let l=c.loading;if(n.style.display=l||c.computing?"":"none",l){let u=l.total?Math.min(100,100*l.loaded/l.total):null;e.textContent=`${l.label}: ${Da(l.loaded)}${l.total?` of ${Da(l.total)}`:""}`,t.classList.toggle("ep-indet",u===null),t.style.width=u===null?"":`${u}%`}else c.computing&&(e.textContent=c.computing,t.classList.add("ep-indet"))}(!a||a.has("notices"))&&s.replaceChildren(...c.notices.map(Cy))};return i.subscribe((a,c)=>o(c)),o(),r}var kd=`
:root, .ep-root {
  --ep-bg: #ffffff; --ep-panel: #f6f7f9; --ep-fg: #202124; --ep-muted: #5f6368; --ep-border: #dadce0;
  --ep-accent: #f57c00; --ep-plot: #ffffff; --ep-error-bg: #fdecea; --ep-error-fg: #a50e0e;
  --ep-warn-bg: #fff4e5; --ep-warn-fg: #7a4100; --ep-input: #ffffff; --ep-shadow: rgba(0,0,0,.18);
}
.ep-root.ep-dark {
  --ep-bg: #202124; --ep-panel: #2a2b2e; --ep-fg: #e8eaed; --ep-muted: #9aa0a6; --ep-border: #3c4043;
  --ep-accent: #ef6c00; --ep-plot: #1b1c1e; --ep-error-bg: #3b1a1a; --ep-error-fg: #f6aea9;
  --ep-warn-bg: #3a2b12; --ep-warn-fg: #fdd79b; --ep-input: #303134; --ep-shadow: rgba(0,0,0,.5);
}
html, body { margin: 0; height: 100%; overflow: hidden; }
.ep-root { position: absolute; inset: 0; display: flex; background: var(--ep-bg); color: var(--ep-fg);
  font: 13px/1.4 Roboto, system-ui, -apple-system, 'Segoe UI', sans-serif; }
.ep-side { width: 300px; flex: none; overflow-y: auto; background: var(--ep-panel);
  border-right: 1px solid var(--ep-border); padding: 10px 12px; box-sizing: border-box; }
.ep-side h2 { font-size: 11px; text-transform: uppercase; letter-spacing: .06em; color: var(--ep-muted);
  margin: 14px 0 6px; font-weight: 600; }
.ep-side h2:first-child { margin-top: 2px; }
.ep-row { display: flex; align-items: center; gap: 6px; margin: 4px 0; }
.ep-row > label { min-width: 64px; color: var(--ep-muted); }
.ep-row select, .ep-row input[type=range] { flex: 1; min-width: 0; }
select, button { background: var(--ep-input); color: var(--ep-fg); border: 1px solid var(--ep-border);
  border-radius: 4px; padding: 3px 6px; font: inherit; }
button { cursor: pointer; }
button:hover { border-color: var(--ep-accent); }
button.ep-on { background: var(--ep-accent); color: #fff; border-color: var(--ep-accent); }
.ep-seg { display: inline-flex; }
.ep-seg button { border-radius: 0; }
.ep-seg button:first-child { border-radius: 4px 0 0 4px; }
.ep-seg button:last-child { border-radius: 0 4px 4px 0; }
.ep-search { flex: 1; min-width: 0; background: var(--ep-input); color: var(--ep-fg);
  border: 1px solid var(--ep-border); border-radius: 4px; padding: 4px 6px; font: inherit; }
.ep-results { list-style: none; margin: 4px 0 0; padding: 0; font-size: 12px; }
.ep-results li { padding: 1px 4px; cursor: pointer; border-radius: 3px; overflow: hidden; text-overflow: ellipsis;
  white-space: nowrap; }
.ep-results li:hover { background: var(--ep-border); }
.ep-meta { color: var(--ep-muted); font-size: 12px; }
.ep-progress { margin: 6px 0; }
.ep-progress .ep-bar { height: 6px; background: var(--ep-border); border-radius: 3px; overflow: hidden; }
.ep-progress .ep-fill { height: 100%; background: var(--ep-accent); width: 0; transition: width .1s; }
.ep-progress .ep-fill.ep-indet { width: 30% !important; animation: ep-slide 1s linear infinite; }
@keyframes ep-slide { from { margin-left: -30%; } to { margin-left: 100%; } }
.ep-notice { border-radius: 4px; padding: 6px 8px; margin: 6px 0; font-size: 12px; word-break: break-word; }
.ep-notice.ep-error { background: var(--ep-error-bg); color: var(--ep-error-fg); }
.ep-notice.ep-warning, .ep-notice.ep-info { background: var(--ep-warn-bg); color: var(--ep-warn-fg); }
.ep-notice .ep-file { font-family: ui-monospace, monospace; font-size: 11px; }
.ep-notice .ep-hint { opacity: .85; margin-top: 2px; }
.ep-var { width: 100%; border-collapse: collapse; font-size: 12px; }
.ep-var td { padding: 1px 4px; }
.ep-var td.ep-num { text-align: right; font-variant-numeric: tabular-nums; }
.ep-var .ep-vbar { height: 6px; background: var(--ep-accent); border-radius: 2px; }
.ep-var tr.ep-used td:first-child { font-weight: 600; color: var(--ep-accent); }
.ep-legend { list-style: none; padding: 0; margin: 0; font-size: 12px; max-height: 260px; overflow-y: auto; }
.ep-legend li { display: flex; align-items: center; gap: 6px; padding: 1px 0; }
.ep-legend li[data-label] { cursor: pointer; border-radius: 3px; padding: 1px 3px; }
.ep-legend li[data-label]:hover { background: var(--ep-border); }
.ep-legend li.ep-focus { font-weight: 600; }
.ep-legend li.ep-faded { opacity: .45; }
.ep-legend .ep-sw { width: 11px; height: 11px; border-radius: 50%; flex: none; }
.ep-legend .ep-lab { flex: 1; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.ep-legend .ep-cnt { color: var(--ep-muted); font-variant-numeric: tabular-nums; }
.ep-gradient { height: 10px; border-radius: 3px; }
.ep-gradient-labels { display: flex; justify-content: space-between; font-size: 11px; color: var(--ep-muted); }
.ep-main { position: relative; flex: 1; min-width: 0; background: var(--ep-plot); }
.ep-plot { position: absolute; inset: 0; }
.ep-canvas { display: block; width: 100%; height: 100%; touch-action: none; cursor: grab; }
.ep-canvas:active { cursor: grabbing; }
.ep-labels { position: absolute; left: 0; top: 0; pointer-events: none; }
.ep-toolbar { position: absolute; top: 8px; left: 8px; display: flex; gap: 6px; z-index: 2; }
.ep-status { position: absolute; bottom: 6px; left: 8px; font-size: 11px; color: var(--ep-muted); z-index: 2;
  pointer-events: none; }
.ep-empty { position: absolute; inset: 0; display: flex; align-items: center; justify-content: center;
  color: var(--ep-muted); font-size: 14px; pointer-events: none; padding: 24px; text-align: center; }
.ep-tooltip { position: absolute; z-index: 5; pointer-events: none; background: var(--ep-panel);
  color: var(--ep-fg); border: 1px solid var(--ep-border); border-radius: 4px; padding: 4px 6px;
  box-shadow: 0 2px 6px var(--ep-shadow); font-size: 12px; max-width: 260px; display: none; }
.ep-tooltip canvas { display: block; margin-top: 4px; image-rendering: pixelated; border: 1px solid var(--ep-border); }
.ep-inspector { position: absolute; top: 8px; right: 8px; width: 260px; max-height: calc(100% - 16px);
  overflow: auto; background: var(--ep-panel); border: 1px solid var(--ep-border); border-radius: 6px;
  box-shadow: 0 2px 8px var(--ep-shadow); padding: 8px 10px; z-index: 3; display: none; box-sizing: border-box; }
.ep-inspector h3 { margin: 0 0 6px; font-size: 13px; display: flex; justify-content: space-between; }
.ep-inspector table { width: 100%; border-collapse: collapse; font-size: 12px; }
.ep-inspector th { text-align: left; color: var(--ep-muted); font-weight: normal; padding: 1px 6px 1px 0;
  vertical-align: top; white-space: nowrap; }
.ep-inspector td { word-break: break-word; }
.ep-inspector td.ep-missing { color: var(--ep-muted); font-style: italic; }
.ep-inspector h4 { margin: 10px 0 4px; font-size: 11px; font-weight: 600; color: var(--ep-muted);
  text-transform: uppercase; letter-spacing: .04em; }
.ep-nb { margin: 0; padding-left: 20px; font-size: 12px; }
.ep-nb li { cursor: pointer; padding: 1px 2px; border-radius: 3px; }
.ep-nb li:hover { background: var(--ep-border); }
.ep-nb li > span { display: inline-block; }
.ep-nb .ep-lab { width: 150px; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; vertical-align: bottom; }
.ep-nb .ep-cnt { color: var(--ep-muted); font-variant-numeric: tabular-nums; float: right; }
.ep-inspector canvas { image-rendering: pixelated; border: 1px solid var(--ep-border); margin-bottom: 6px; }
`;function zd(){return{firstPcaFrameEpoch:0,lastFrameEpoch:0,pcaDoneEpoch:0,dataLoadedEpoch:0,workerLoadedEpoch:0,projectionGeneration:0,drawnGeneration:-1,ready:!1,lastProgress:null}}function Vd({hook:i,store:e,scatter:t,positionsReady:n,analysis:s}){let r=t.canvas,o={hook:i,get state(){return e.state},set:a=>e.set(a),screenPositionOf(a){let c=t.screenPositionOf(a);if(!c)return null;let l=r.getBoundingClientRect();return{x:l.left+c.x,y:l.top+c.y}},pick:(a,c)=>t.pick(a,c),colorOf:a=>t.colorAt(a),isReady:()=>n()&&i.drawnGeneration===i.projectionGeneration&&!e.state.loading&&!e.state.computing,countPointPixels(){t.renderNow();let a=document.createElement("canvas");a.width=r.width,a.height=r.height;let c=a.getContext("2d");c.drawImage(r,0,0);let l=c.getImageData(0,0,a.width,a.height).data,u=[l[0],l[1],l[2]],h=0;for(let d=0;d<l.length;d+=4)Math.abs(l[d]-u[0])+Math.abs(l[d+1]-u[1])+Math.abs(l[d+2]-u[2])>30&&h++;return h},get drawCalls(){return t.drawCalls},get frameTimes(){return t.frameTimes},controls:t.controls,analysis:s,renderNow:()=>t.renderNow()};return window.__embproj=o,o}function Hd(i){let e=null;try{e=window.parent&&window.parent!==window?window.parent.document.body:null}catch{e=null}let t=window.matchMedia?.("(prefers-color-scheme: dark)"),n=()=>e?e.classList.contains("dark-mode"):!!t?.matches,s=n();i(s);let r=()=>{let o=n();o!==s&&(s=o,i(o))};e?new MutationObserver(r).observe(e,{attributes:!0,attributeFilter:["class"]}):t?.addEventListener?.("change",r)}function Ry(i,e){let t=Float64Array.from(i),n=new Float64Array(e*e);for(let a=0;a<e;a++)n[a*e+a]=1;for(let a=0;a<60;a++){let c=0;for(let l=0;l<e-1;l++)for(let u=l+1;u<e;u++){let h=0,d=0,f=0;for(let v=0;v<e;v++){let S=t[v*e+l],_=t[v*e+u];h+=S*S,d+=_*_,f+=S*_}if(Math.abs(f)<=1e-300||Math.abs(f)<=1e-15*Math.sqrt(h*d))continue;c=Math.max(c,Math.abs(f)/Math.sqrt(h*d));let g=(d-h)/(2*f),y=Math.sign(g||1)/(Math.abs(g)+Math.sqrt(1+g*g)),p=1/Math.sqrt(1+y*y),m=p*y;for(let v=0;v<e;v++){let S=t[v*e+l],_=t[v*e+u];t[v*e+l]=p*S-m*_,t[v*e+u]=m*S+p*_;let A=n[v*e+l],w=n[v*e+u];n[v*e+l]=p*A-m*w,n[v*e+u]=m*A+p*w}}if(c<1e-15)break}let s=new Float64Array(e),r=new Float64Array(e*e);for(let a=0;a<e;a++){let c=0;for(let l=0;l<e;l++)c+=t[l*e+a]**2;if(s[a]=Math.sqrt(c),s[a]>1e-300)for(let l=0;l<e;l++)r[l*e+a]=t[l*e+a]/s[a]}let o=Math.max(...s,0);for(let a=0;a<e;a++)if(!(s[a]>1e-12*o&&s[a]>1e-300)){s[a]=0;for(let c=0;c<e;c++){let l=new Float64Array(e);l[c]=1;for(let h=0;h<e;h++){if(h===a||s[h]===0&&h>a)continue;let d=0;for(let f=0;f<e;f++)d+=l[f]*r[f*e+h];for(let f=0;f<e;f++)l[f]-=d*r[f*e+h]}let u=Math.hypot(...l);if(u>1e-6){for(let h=0;h<e;h++)r[h*e+a]=l[h]/u;break}}}return{u:r,s,v:n}}function Py(i,e,t,n,s){let r=s?s.length:t,o=v=>s?s[v]:v,a=new Float64Array(n),c=new Float64Array(n);for(let v=0;v<r;v++){let S=o(v);for(let _=0;_<n;_++)a[_]+=i[S*n+_],c[_]+=e[S*n+_]}for(let v=0;v<n;v++)a[v]/=r||1,c[v]/=r||1;let l=new Float64Array(n*n),u=0;for(let v=0;v<r;v++){let S=o(v);for(let _=0;_<n;_++){let A=i[S*n+_]-a[_];u+=A*A;for(let w=0;w<n;w++)l[_*n+w]+=A*(e[S*n+w]-c[w])}}let{u:h,s:d,v:f}=Ry(l,n),g=new Float64Array(n*n);for(let v=0;v<n;v++)for(let S=0;S<n;S++){let _=0;for(let A=0;A<n;A++)_+=h[v*n+A]*f[S*n+A];g[v*n+S]=_}let y=d.reduce((v,S)=>v+S,0),p=u>0?y/u:1,m=new Float64Array(n);for(let v=0;v<n;v++){let S=0;for(let _=0;_<n;_++)S+=a[_]*g[_*n+v];m[v]=c[v]-p*S}return{k:n,scale:p,rotation:g,translation:m}}function Iy(i,e,t){let n=t.k,s=new Float32Array(e*n);for(let r=0;r<e;r++)for(let o=0;o<n;o++){let a=0;for(let c=0;c<n;c++)a+=i[r*n+c]*t.rotation[c*n+o];s[r*n+o]=t.scale*a+t.translation[o]}return s}function Gd(i,e,t,n,s){return Iy(i,t,Py(i,e,t,n,s))}function Wd(i,e,t,n){let s=new Float32Array(t);for(let r=0;r<t;r++){let o=0;for(let a=0;a<n;a++)o+=(i[r*n+a]-e[r*n+a])**2;s[r]=Math.sqrt(o)}return s}function Xd(i,e){let t=Math.max(0,Math.min(i.length,Math.round(i.length*e)));if(t===0)return new Int32Array(0);let n=Array.from({length:i.length},(s,r)=>r).sort((s,r)=>i[r]-i[s]);return Int32Array.from(n.slice(0,t)).sort()}var Sa=class{constructor(e){X(this,"scatter",e);X(this,"alignNext",!1);X(this,"keepNextView",!1);X(this,"align",!0);X(this,"animate",!0);X(this,"animationMs",400);X(this,"animating",!1);X(this,"displacement",null);X(this,"onDisplacement",null);X(this,"last",null);X(this,"positions",null);X(this,"stepping",!1);X(this,"raf",0)}beforePlace(e,t,n){let s=this.last;this.stepping=this.alignNext&&s!==null&&s.n===n&&s.k===t,this.alignNext=!1;let r=e;if(this.stepping){this.align&&(r=Gd(e,s.coords,n,t));let o=Wd(r,s.coords,n,t),a=Ly(s.coords,n,t);if(a>0)for(let c=0;c<n;c++)o[c]/=a;this.displacement=o,this.onDisplacement?.(o)}else this.displacement&&(this.displacement=null,this.onDisplacement?.(null));return this.last={coords:r,k:t,n},r}present(e,t){let n=this.positions;this.positions=e,this.stop(),this.stepping&&this.animate&&this.animationMs>0&&n&&n.length===e.length?this.tween(n,e,t):this.scatter.setPositions(e,t),this.stepping=!1}topMoved(e){return this.displacement?Xd(this.displacement,e):null}stop(){this.raf&&cancelAnimationFrame(this.raf),this.raf=0,this.animating=!1}tween(e,t,n){let s=performance.now(),r=new Float32Array(t.length);this.animating=!0;let o=()=>{let a=Math.min(1,(performance.now()-s)/this.animationMs);if(a>=1){this.raf=0,this.animating=!1,this.scatter.setPositions(t,n);return}let c=a<.5?2*a*a:1-(-2*a+2)**2/2;for(let l=0;l<r.length;l++)r[l]=e[l]+(t[l]-e[l])*c;this.scatter.setPositions(r,n),this.raf=requestAnimationFrame(o)};this.scatter.setPositions(e,n),this.raf=requestAnimationFrame(o)}};function Ly(i,e,t){let n=0;for(let s=0;s<t;s++){let r=1/0,o=-1/0;for(let a=0;a<e;a++){let c=i[a*t+s];c<r&&(r=c),c>o&&(o=c)}o>=r&&(n=Math.max(n,(o-r)/2))}return n}var Ma="embproj";function Ny(i){let e=new URLSearchParams;i.run!=null&&e.set("run",i.run),i.tensor!=null&&e.set("tensor",i.tensor),i.step!=null&&e.set("step",String(i.step)),i.method&&e.set("proj",i.method),i.dims&&e.set("dims",i.dims.join(",")),i.is3d!=null&&e.set("3d",i.is3d?"1":"0"),i.spherize!=null&&e.set("sph",i.spherize?"1":"0");for(let t of["perplexity","learningRate","neighbors","minDist"])i[t]!=null&&e.set(t,String(i[t]));return e.toString()}function Dy(i){let e=new URLSearchParams(i),t={},n=o=>{let a=e.get(o);return a!==null&&a!==""&&Number.isFinite(Number(a))?Number(a):void 0};e.has("run")&&(t.run=e.get("run")),e.has("tensor")&&(t.tensor=e.get("tensor"));let s=n("step");s!==void 0&&(t.step=s),e.get("proj")&&(t.method=e.get("proj"));let r=e.get("dims")?.split(",").map(Number).filter(o=>Number.isInteger(o)&&o>=0);r&&r.length>=2&&(t.dims=r),e.has("3d")&&(t.is3d=e.get("3d")==="1"),e.has("sph")&&(t.spherize=e.get("sph")==="1");for(let o of["perplexity","learningRate","neighbors","minDist"]){let a=n(o);a!==void 0&&(t[o]=a)}return t}function Fy(i){let e=i.replace(/^#/,"");for(let t of e.split("&"))if(t.startsWith(`${Ma}=`))return Dy(decodeURIComponent(t.slice(Ma.length+1)));return null}function Uy(i,e){let t=i.replace(/^#/,"").split("&").filter(n=>n&&!n.startsWith(`${Ma}=`));return t.length||t.push("embproj"),t.push(`${Ma}=${encodeURIComponent(Ny(e))}`),"#"+t.join("&")}function vc(){try{if(window.parent&&window.parent!==window&&window.parent.location.href)return window.parent}catch{}return window}function qd(){try{return vc().location.hash.replace(/^#/,"").split("&")[0]}catch{return""}}function $d(){try{return Fy(vc().location.hash)}catch{return null}}function _c(i){let e=vc(),t=Uy(e.location.hash,i);try{e.history.replaceState(e.history.state,"",t)}catch{}return e.location.href.split("#")[0]+t}function Yd(i){let e=i.info?.embeddings.find(t=>t.tensorName===i.tensorName);return i.step!==null&&(e?.checkpointSteps??[]).includes(i.step)?i.step:e?.step??null}function Zd(i,e=null){let t={run:i.run??void 0,tensor:i.tensorName??void 0,step:Yd(i),method:i.method,dims:i.dims.slice(0,i.is3d?3:2),is3d:i.is3d,spherize:i.spherize};return e&&i.method==="tsne"&&(t.perplexity=e.perplexity,e.learningRate!=="auto"&&(t.learningRate=e.learningRate)),e&&i.method==="umap"&&(t.neighbors=e.neighbors,t.minDist=e.minDist),t}function Jd(i,e=null){return _c(Zd(i.state,e?.params()??null))}var Oy=["run","tensorName","method","dims","is3d","spherize","info","step","perplexity","learningRate","neighbors","minDist"];function Kd(i,e,t){let n=$d(),s=n,r=!1;return n?.run&&i.set({run:n.run,...n.tensor?{tensorName:n.tensor}:{},step:n.step??null}),i.subscribe((o,a)=>{if(s&&o.info&&!o.loading){let c=o.info.embeddings.find(l=>l.tensorName===o.tensorName);(!c||c.error)&&(s=null)}if(s&&o.n>0&&!o.loading&&o.tensorName!==null){let c=s;if(c.tensor&&o.tensorName!==c.tensor&&o.info?.embeddings.some(h=>h.tensorName===c.tensor)){i.set({tensorName:c.tensor});return}let l=o.info?.embeddings.find(h=>h.tensorName===o.tensorName);if(c.step!=null&&l?.checkpointSteps?.includes(c.step)&&Yd(o)!==c.step){s={...c,step:null},e(c.step);return}s=null;let u={};c.spherize!=null&&(u.spherize=c.spherize),(c.method==="pca"||c.method==="identity"&&o.d<=3||(c.method==="tsne"||c.method==="umap"||c.method==="custom")&&t.supportsMethod(c.method))&&(u.method=c.method),c.is3d!=null&&(u.is3d=c.is3d),c.dims&&(u.dims=[c.dims[0]??0,c.dims[1]??1,c.dims[2]??2]),t.setParams({perplexity:c.perplexity,learningRate:c.learningRate,neighbors:c.neighbors,minDist:c.minDist}),i.set(u);return}if(!(s||r||!o.run||!["","embproj"].includes(qd()))&&Oy.some(c=>a.has(c))){r=!0;try{_c(Zd(o,t.params()))}finally{r=!1}}}),n}var By=new Set(["pca","identity","tsne","umap","custom"]);function ky(i,e){return i===null||e===null?i===e:i.length===e.length&&i.every((t,n)=>t===e[n])}function sr(i,e=12e4,t=()=>!0){let n=performance.now();return new Promise((s,r)=>{let o=()=>{i.isReady()&&t()?s():performance.now()-n>e?r(new Error("the view did not finish loading")):setTimeout(o,50)};setTimeout(o,50)})}function zy(i){if(!i.is3d)return{orthographic:!0,position:[i.v2.cx,i.v2.cy,10],target:[i.v2.cx,i.v2.cy,0],zoom:i.v2.zoom};let e=i.persp.position,t=i.v3.target;return{orthographic:!1,position:[e.x,e.y,e.z],target:[t.x,t.y,t.z],zoom:1}}function Vy(i,e,t){let n=e.target.map(s=>Number.isFinite(s)?s:0);if(!t)i.v2={cx:n[0]??0,cy:n[1]??0,zoom:Math.min(5e3,Math.max(.05,e.zoom||1))};else{let s=(e.position[0]??0)-(n[0]??0),r=(e.position[1]??0)-(n[1]??0),o=(e.position[2]??0)-(n[2]??0),a=Math.hypot(s,r,o)||3;i.v3={theta:Math.atan2(s,o),phi:Math.min(Math.PI-.05,Math.max(.05,Math.acos(Math.max(-1,Math.min(1,r/a))))),distance:Math.min(50,Math.max(.02,a)),target:new q(n[0]??0,n[1]??0,n[2]??0)}}i.update()}function jd(i,e){let t=i.store.state,n=i.lastLayout(),s=i.params(),r=t.selection.length?Array.from(t.selection):t.selected>=0?[t.selected]:[],o=t.isolated;return{label:e,method:By.has(t.method)?t.method:"pca",n:t.n,d:t.d,is3d:t.is3d,dims:[...t.dims],spherize:t.spherize,coords:n?Float64Array.from(n.coords):null,k:n?.k??(t.is3d?3:2),camera:zy(i.controls),selected:r,filtered:o&&o.length?Array.from(o):null,colorBy:t.columns[t.colorColumn]?.name??null,labelBy:t.columns[t.labelColumn]?.name??null,tsne:{perplexity:s.perplexity,learningRate:s.learningRate==="auto"?1:Math.log10(s.learningRate),auto:s.learningRate==="auto",iteration:s.iteration,is3d:t.is3d},umap:{neighbors:s.neighbors,minDist:s.minDist,is3d:t.is3d},step:Hy(i),source:null}}function Hy(i){let e=i.store.state,t=e.info?.embeddings.find(n=>n.tensorName===e.tensorName);return e.step!==null&&(t?.checkpointSteps??[]).includes(e.step)?e.step:t?.step??null}function Gy(i,e){return i.n&&e.n&&i.n!==e.n?`This bookmark is for ${i.n.toLocaleString("en-US")} points; the tensor has ${e.n.toLocaleString("en-US")}.`:i.coords&&i.coords.length!==i.k*e.n?`This bookmark holds coordinates for ${i.coords.length/i.k} points; the tensor has ${e.n}.`:null}async function Qd(i,e){let t=i.store.state,n=Gy(e,t);if(n)throw new Error(n);let s=f=>f===null?-1:t.columns.findIndex(g=>g.name===f),r={},o=e.coords?e.k===3:e.is3d;(e.method==="identity"?t.d<=3:i.supportsMethod(e.method))&&(r.method=e.method),r.is3d=o,(e.method==="pca"||e.method==="identity")&&(r.dims=[e.dims[0]??0,e.dims[1]??1,e.dims[2]??2]),e.spherize!==null&&(r.spherize=e.spherize);let c=s(e.colorBy),l=s(e.labelBy);(e.colorBy===null||e.colorBy==="No color map"||c>=0)&&(r.colorColumn=c),l>=0&&(r.labelColumn=l);let u=f=>Int32Array.from(new Set(f.filter(g=>g<t.n))).sort();r.selection=u(e.selected),r.selected=e.selected.length===1?e.selected[0]:e.selected.length&&e.selected.includes(t.selected)?t.selected:-1,i.setParams({perplexity:e.tsne.perplexity,learningRate:e.tsne.auto?"auto":10**e.tsne.learningRate,neighbors:e.umap.neighbors,minDist:e.umap.minDist});let h=e.method==="pca"&&(r.spherize!==void 0&&r.spherize!==t.spherize||!t.variance||t.method!=="pca")||e.method==="identity"&&t.method!=="identity",d=e.filtered&&e.filtered.length?u(e.filtered):null;if(ky(d,t.isolated)||(t.method!=="pca"&&t.method!=="identity"&&i.setQuiet({method:"pca"}),i.store.set({isolated:d}),await sr(i)),i.setQuiet(r),i.controls.set3d(o),(!e.coords||h)&&await i.recompute(),e.coords){let f=e.k===3?3:2,g=e.method==="pca"?null:e.method==="tsne"?"t-SNE":e.method==="umap"?"UMAP":e.method,y=Array.from({length:f},(p,m)=>g?`${g}-${m}`:`PC${(e.dims[m]??m)+1}`);i.steps.alignNext=!1,i.placeMethod(e.method,Float32Array.from(e.coords),f,y)}e.camera&&Vy(i.controls,e.camera,o)}var wi={tSNEIteration:0,tSNEPerplexity:30,tSNELearningRate:1,tSNEis3d:!0,umapIs3d:!0,umapNeighbors:15,umapMinDist:.1},Vn=(i,e)=>typeof i=="number"&&Number.isFinite(i)?i:e,ef=(i,e)=>typeof i=="boolean"?i:e,tf=i=>typeof i=="string"&&i!==""?i:null,wa=i=>Array.isArray(i)?i.filter(e=>Number.isInteger(e)&&e>=0):[];function nf(i,e,t){return i==="pca"?e.slice(0,t).map(n=>`pca-${n}`):i==="tsne"?Array.from({length:t},(n,s)=>`tsne-${s}`):i==="umap"?Array.from({length:t},(n,s)=>`umap-${s}`):i==="identity"?Array.from({length:t},(n,s)=>`embproj-identity-${s}`):["linear-x","linear-y","linear-z"].slice(0,t)}function Wy(i){if(!i||typeof i!="object"||Array.isArray(i))throw new Error("a bookmark must be a JSON object");let e=i,t=e.selectedProjection,n=t==="tsne"||t==="umap"||t==="custom"?t:"pca";e.embprojMethod==="identity"&&(n="identity");let s=wa(e.pcaComponentDimensions),r=ef(e.tSNEis3d,wi.tSNEis3d),o=ef(e.umapIs3d,wi.umapIs3d),a=wa(e.embprojDims),c,l;for(n==="pca"?(l=s.length>=2?s:[0,1,2],c=s.length>=3||s.length<2&&!!e.projections?.[0]?.["pca-2"]):n==="tsne"?(l=[0,1,2],c=r):n==="umap"?(l=[0,1,2],c=o):(l=a.length>=2?a:[0,1,2],c=typeof e.embprojIs3d=="boolean"?e.embprojIs3d:!1),typeof e.embprojIs3d=="boolean"&&(c=e.embprojIs3d),a.length>=2&&n==="pca"&&(l=a);l.length<3;)l.push(l.length);let u=Array.isArray(e.dataSetDimensions)?e.dataSetDimensions:[],h=Array.isArray(e.projections)?e.projections:[],d=c?3:2,f=nf(n,l,d);d===3&&h.length&&typeof h[0]?.[f[2]]!="number"&&(d=2,c=!1,f=f.slice(0,2));let g=null;h.length&&f.every(v=>typeof h[0]?.[v]=="number")&&(g=new Float64Array(h.length*d),h.forEach((v,S)=>f.forEach((_,A)=>{g[S*d+A]=Vn(v?.[_],NaN)})));let y=e.cameraDef,p=y&&Array.isArray(y.position)&&Array.isArray(y.target)?{orthographic:!!y.orthographic,position:y.position.map(Number),target:y.target.map(Number),zoom:Vn(y.zoom,1)}:null,m=wa(e.filteredPoints);return{label:typeof e.label=="string"?e.label:"",method:n,n:Vn(u[0],h.length),d:Vn(u[1],0),is3d:c,dims:l.slice(0,3),spherize:typeof e.embprojSpherize=="boolean"?e.embprojSpherize:null,coords:g,k:d,camera:p,selected:wa(e.selectedPoints),filtered:m.length?m:null,colorBy:tf(e.selectedColorOptionName),labelBy:tf(e.selectedLabelOption),tsne:{perplexity:Vn(e.tSNEPerplexity,wi.tSNEPerplexity),learningRate:Vn(e.tSNELearningRate,wi.tSNELearningRate),iteration:Vn(e.tSNEIteration,wi.tSNEIteration),is3d:r,auto:e.embprojTsneAutoRate===!0},umap:{neighbors:Vn(e.umapNeighbors,wi.umapNeighbors),minDist:Vn(e.umapMinDist,wi.umapMinDist),is3d:o},step:typeof e.embprojStep=="number"?e.embprojStep:null,source:e}}function Aa(i){let e=i.source??{},t=i.coords?i.k:0,n=nf(i.method,i.dims,t),s=[];if(i.coords&&t){let a=i.coords.length/t;for(let c=0;c<a;c++){let l={};n.forEach((u,h)=>{l[u]=i.coords[c*t+h]}),s.push(l)}}let r=i.method==="identity"?"custom":i.method,o={...Xy,...e,label:i.label,isSelected:!1,selectedProjection:r,dataSetDimensions:[i.n,i.d],tSNEIteration:i.tsne.iteration,tSNEPerplexity:i.tsne.perplexity,tSNELearningRate:i.tsne.learningRate,tSNEis3d:i.method==="tsne"?i.is3d:i.tsne.is3d,umapIs3d:i.method==="umap"?i.is3d:i.umap.is3d,umapNeighbors:i.umap.neighbors,umapMinDist:i.umap.minDist,pcaComponentDimensions:i.method==="pca"?i.dims.slice(0,i.is3d?3:2):e.pcaComponentDimensions??[0,1,2],projections:s,filteredPoints:i.filtered?[...i.filtered]:[],selectedPoints:[...i.selected],shuffledDataIndices:Array.isArray(e.shuffledDataIndices)?e.shuffledDataIndices:[],cameraDef:i.camera??{orthographic:!i.is3d,position:i.is3d?[1.5,1.5,1.5]:[0,0,4],target:[0,0,0],zoom:1},selectedColorOptionName:i.colorBy??"No color map",forceCategoricalColoring:typeof e.forceCategoricalColoring=="boolean"?e.forceCategoricalColoring:!1,selectedLabelOption:i.labelBy??"",embprojMethod:i.method,embprojIs3d:i.is3d,embprojDims:i.dims.slice(0,3)};return i.spherize!==null&&(o.embprojSpherize=i.spherize),i.tsne.auto?o.embprojTsneAutoRate=!0:delete o.embprojTsneAutoRate,i.step!==null?o.embprojStep=i.step:delete o.embprojStep,o}var Xy={customSelectedSearchByMetadataOption:"",customXLeftText:"",customXLeftRegex:!0,customXRightText:"",customXRightRegex:!0,customYUpText:"",customYUpRegex:!0,customYDownText:"",customYDownRegex:!0};function bc(i){let e=typeof i=="string"?JSON.parse(i):i;return(Array.isArray(e)?e:[e]).map((n,s)=>{try{return Wy(n)}catch(r){throw new Error(`bookmark ${s+1}: ${r.message}`)}})}function sf(i){return JSON.stringify(i.map(Aa))}function rr(i,e){let t=i.find(a=>a.tensorName===e);if(!t)return null;let n=(t.checkpointSteps??[]).filter(a=>Number.isInteger(a));if(n.length>=2)return{tag:t.tag??t.tensorName,kind:"checkpoints",entries:[...new Set(n)].sort((a,c)=>a-c).map(a=>({step:a,tensorName:t.tensorName,fetchStep:a}))};if(t.tag==null||t.step==null)return null;let s=i.filter(a=>a.tag===t.tag&&typeof a.step=="number"&&!a.error);if(s.length<2)return null;let r=new Map;for(let a of s)r.has(a.step)||r.set(a.step,a);let o=[...r.entries()].sort((a,c)=>a[0]-c[0]).map(([a,c])=>({step:a,tensorName:c.tensorName,fetchStep:null}));return o.length>=2?{tag:t.tag,kind:"tags",entries:o}:null}function rf(i,e,t,n){if(i.kind==="checkpoints"){let s=t??n,r=i.entries.findIndex(o=>o.step===s);return r>=0?r:i.entries.length-1}return Math.max(0,i.entries.findIndex(s=>s.tensorName===e))}var qy=`
.ep-bm-list { list-style: none; margin: 4px 0; padding: 0; max-height: 220px; overflow-y: auto; font-size: 12px; }
.ep-bm-list li { display: flex; align-items: center; gap: 2px; padding: 1px 2px; border-radius: 3px; }
.ep-bm-list li.ep-bm-active { background: var(--ep-border); font-weight: 600; }
.ep-bm-list .ep-bm-name { flex: 1; min-width: 0; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; cursor: pointer; }
.ep-bm-list .ep-bm-name:hover { color: var(--ep-accent); }
.ep-bm-list input { flex: 1; min-width: 0; font: inherit; }
.ep-bm-list button, .ep-bm-bar button { padding: 1px 5px; font-size: 12px; }
.ep-bm-bar { display: flex; flex-wrap: wrap; gap: 4px; margin: 4px 0; }
.ep-bm-msg { font-size: 11px; color: var(--ep-muted); word-break: break-all; }
.ep-bm-msg.ep-bm-err { color: var(--ep-error-fg); }
.ep-bm-link { width: 100%; box-sizing: border-box; font-size: 11px; margin-top: 2px; }
`;function of(i){let e=i.store;document.head.appendChild(C("style",{},qy));let t=new Map,n=new Set,s=-1,r=()=>{let R=e.state,L=R.info?rr(R.info.embeddings,R.tensorName):null;return`${R.run}\0${L?.kind==="tags"?`tag:${L.tag}`:R.tensorName}`},o=()=>{let R=r();return t.has(R)||t.set(R,[]),t.get(R)},a=C("ul",{className:"ep-bm-list","data-testid":"bookmark-list"}),c=C("div",{className:"ep-bm-msg","data-testid":"bookmark-message",role:"status"}),l=(R,L,O)=>C("button",{"data-testid":R,title:O},L),u=l("bookmark-add","+ Add","Bookmark the current view (projection, coordinates, camera, selection, colours)"),h=l("bookmark-prev","◀","Previous bookmark"),d=l("bookmark-next","▶","Next bookmark"),f=l("bookmark-download","Download","Download as JSON (TensorBoard's bookmark format)"),g=l("bookmark-upload","Upload","Add bookmarks from a JSON file (ours or TensorBoard's)"),y=l("bookmark-save","Save to logdir","Write the bookmarks beside the projector config"),p=l("copy-link","Copy link","Copy a link that reopens this run, tensor and projection"),m=C("input",{className:"ep-bm-link","data-testid":"link-url",readonly:!0,"aria-label":"Link"});m.style.display="none";let v=C("input",{type:"file",accept:".json,application/json","data-testid":"bookmark-file",style:"display:none"}),S=C("div",{className:"ep-bm-msg","data-testid":"bookmark-save-hint"}),_=(R,L=!1)=>{c.textContent=R,c.classList.toggle("ep-bm-err",L)},A=async R=>{let L=o();if(!(R<0||R>=L.length)){s=R,x();try{await w(L[R].view.step),await Qd(i,L[R].view),_(`Loaded “${L[R].view.label}”.`)}catch(O){_(O.message,!0)}}},w=async R=>{let L=e.state,O=R===null||!L.info?null:rr(L.info.embeddings,L.tensorName),P=O?.entries.find(W=>W.step===R);if(!O||!P)return;let G=L.info.embeddings.find(W=>W.tensorName===L.tensorName);(O.kind==="checkpoints"&&L.step!==null&&(G?.checkpointSteps??[]).includes(L.step)?L.step:G?.step)!==R&&(i.steps.alignNext=!1,i.steps.keepNextView=!0,P.fetchStep!==null?e.set({step:P.fetchStep}):e.set({tensorName:P.tensorName,step:null}),await sr(i,12e4,()=>e.state.tensorName===P.tensorName))},x=()=>{let R=o();a.replaceChildren(...R.map((G,Z)=>{let W=C("span",{className:"ep-bm-name","data-testid":"bookmark-name",title:"Load this view"},G.view.label||`Bookmark ${Z+1}`);W.addEventListener("click",()=>{A(Z)});let re=C("button",{"data-testid":"bookmark-rename",title:"Rename"},"✎"),Y=C("li",{"data-testid":"bookmark-item",className:Z===s?"ep-bm-active":""},W,re,C("button",{"data-testid":"bookmark-up",title:"Move up",disabled:Z===0,onclick:()=>E(Z,-1)},"↑"),C("button",{"data-testid":"bookmark-down",title:"Move down",disabled:Z===R.length-1,onclick:()=>E(Z,1)},"↓"),C("button",{"data-testid":"bookmark-delete",title:"Delete",onclick:()=>U(Z)},"×"));return re.addEventListener("click",()=>{let ee=C("input",{value:G.view.label,"data-testid":"bookmark-rename-input","aria-label":"Bookmark name"}),ie=B=>{B&&ee.value.trim()&&(G.view.label=ee.value.trim()),x()};ee.addEventListener("keydown",B=>{B.key==="Enter"?ie(!0):B.key==="Escape"&&ie(!1)}),ee.addEventListener("blur",()=>ie(!0)),W.replaceWith(ee),ee.focus(),ee.select()}),Y}));let L=e.state,O=L.n>0&&!!i.lastLayout()&&!L.loading;u.disabled=!O,h.disabled=d.disabled=R.length===0,f.disabled=R.length===0;let P=!!L.info?.writable;y.disabled=!P||R.length===0||!L.tensorName,S.textContent=P?"":"Saving to the logdir is off: start TensorBoard with --embproj_allow_writes.",y.title=P?"Write the bookmarks beside the projector config":S.textContent},E=(R,L)=>{let O=o(),P=R+L;P<0||P>=O.length||([O[R],O[P]]=[O[P],O[R]],s===R?s=P:s===P&&(s=R),x())},U=R=>{o().splice(R,1),s===R?s=-1:s>R&&s--,x()};u.addEventListener("click",()=>{let R=o(),L=jd(i,""),O={pca:"PCA",tsne:"t-SNE",umap:"UMAP",custom:"Custom",identity:"Raw dims"};L.label=`${R.length+1}. ${O[L.method]??L.method} ${L.is3d?"3D":"2D"}${L.step!==null?` · step ${L.step}`:""}${L.selected.length?` · ${L.selected.length} selected`:""}`,R.push({view:L}),s=R.length-1,_(`Added “${L.label}”.`),x()}),h.addEventListener("click",()=>{let R=o();R.length&&A(s<=0?R.length-1:s-1)}),d.addEventListener("click",()=>{let R=o();R.length&&A(s<0||s>=R.length-1?0:s+1)}),f.addEventListener("click",()=>{let R=e.state,L=new Blob([sf(o().map(P=>P.view))],{type:"application/json"}),O=C("a",{href:URL.createObjectURL(L),download:`bookmarks_${(R.tensorName??"embedding").replace(/[^\w.-]+/g,"_")}.json`});document.body.appendChild(O),O.click(),O.remove(),setTimeout(()=>URL.revokeObjectURL(O.href),1e4)}),g.addEventListener("click",()=>v.click()),v.addEventListener("change",async()=>{let R=v.files?.[0];if(v.value="",!!R){try{let L=bc(await R.text());o().push(...L.map(O=>({view:O}))),_(`Added ${L.length} bookmark${L.length===1?"":"s"} from ${R.name}.`)}catch(L){_(`${R.name}: ${L.message}`,!0)}x()}}),y.addEventListener("click",async()=>{let R=e.state;if(!(!R.run||!R.tensorName))try{let L=await At.saveBookmarks(R.run,R.tensorName,o().map(O=>Aa(O.view)));_(`Saved to ${L}`)}catch(L){let O=rn("error",L);_([O.message,O.file,O.hint].filter(Boolean).join(" — "),!0)}}),p.addEventListener("click",async()=>{let R=Jd(e,i);m.value=R,m.style.display="",m.select();try{await navigator.clipboard.writeText(R),_("Link copied.")}catch{try{document.execCommand("copy"),_("Link copied.")}catch{_("Copy the link above.")}}});let D=async()=>{let R=e.state,L=r(),O=R.info?.embeddings.find(P=>P.tensorName===R.tensorName);if(!(!R.run||!O||!O.hasBookmarks||n.has(L))){n.add(L);try{let P=bc(await At.bookmarks(R.run,O.tensorName));if(r()!==L)return;o().length||(o().push(...P.map(G=>({view:G}))),s=-1),_(`${P.length} bookmark${P.length===1?"":"s"} from ${O.bookmarksPath??"the config"}.`),x()}catch(P){_(`Bookmarks file: ${rn("error",P).message}`,!0)}}};return e.subscribe((R,L)=>{(L.has("run")||L.has("tensorName"))&&(s=-1,c.textContent=""),(L.has("info")||L.has("tensorName")||L.has("run"))&&D(),["info","tensorName","run","n","loading","computing"].some(O=>L.has(O))&&x()}),x(),window.__embprojBookmarks={list:()=>o().map(R=>Aa(R.view)),load:R=>A(R)},C("section",{"data-testid":"bookmarks-panel"},C("h2",{},"Bookmarks"),C("div",{className:"ep-bm-bar"},u,h,d),a,C("div",{className:"ep-bm-bar"},f,g,y,v),S,c,C("div",{className:"ep-bm-bar"},p),m)}function af(i){let e=i.store,t=C("input",{type:"range",min:"0",max:"0",step:"1","data-testid":"step-slider","aria-label":"Step"}),n=C("span",{className:"ep-meta","data-testid":"step-label"}),s=C("button",{"data-testid":"step-prev",title:"Previous step"},"◀"),r=C("button",{"data-testid":"step-next",title:"Next step"},"▶"),o=C("button",{"data-testid":"step-play",title:"Play through the steps"},"Play"),a=C("input",{type:"checkbox","data-testid":"step-align",checked:!0}),c=C("input",{type:"checkbox","data-testid":"step-animate",checked:!0}),l=C("input",{type:"checkbox","data-testid":"step-highlight"}),u=C("input",{type:"number",min:"1",max:"100",value:"10","data-testid":"step-highlight-pct","aria-label":"Percent of points",style:"width:4em"}),h=C("div",{className:"ep-meta","data-testid":"step-moved"}),d=C("section",{"data-testid":"steps-panel"},C("h2",{},"Training steps"),C("div",{className:"ep-row"},s,t,r),C("div",{className:"ep-row"},n,o),C("div",{className:"ep-row"},C("label",{},"Align"),a,C("span",{className:"ep-meta"},"Procrustes onto the previous step")),C("div",{className:"ep-row"},C("label",{},"Animate"),c),C("div",{className:"ep-row"},C("label",{},"Moved"),l,C("span",{className:"ep-meta"},"top"),u,C("span",{className:"ep-meta"},"%")),h);d.style.display="none";let f=null,g=0,y=()=>e.state.step,p=()=>{if(!f)return-1;let A=e.state.info?.embeddings.find(w=>w.tensorName===e.state.tensorName);return rf(f,e.state.tensorName,y(),A?.step??null)},m=A=>{!f||A<0||A>=f.entries.length||A===p()||(i.steps.align=a.checked,i.steps.animate=c.checked,i.stepTo(f.entries[A]),S())},v=()=>{let A=Math.min(100,Math.max(1,Number(u.value)||10))/100,w=l.checked?i.steps.topMoved(A):null;e.set({movedPoints:w});let x=i.steps.displacement;if(!x){h.textContent="";return}let E=0,U=0;for(let D of x)E+=D,D>U&&(U=D);E/=x.length||1,h.textContent=`Since the previous step: mean move ${(E*100).toFixed(1)}%, max ${(U*100).toFixed(1)}% of the view${w?` · ${w.length} highlighted`:""}`},S=()=>{let A=e.state;if(f=A.info?rr(A.info.embeddings,A.tensorName):null,d.style.display=f?"":"none",!f){_();return}let w=p();t.max=String(f.entries.length-1),t.value=String(w),n.textContent=`Step ${f.entries[w]?.step??"?"} (${w+1} of ${f.entries.length}) · ${f.kind==="checkpoints"?"checkpoints":`tag ${f.tag}`}`,n.dataset.step=String(f.entries[w]?.step??""),s.disabled=w<=0,r.disabled=w>=f.entries.length-1},_=()=>{g&&clearInterval(g),g=0,o.textContent="Play"};return t.addEventListener("input",()=>m(Number(t.value))),s.addEventListener("click",()=>m(p()-1)),r.addEventListener("click",()=>m(p()+1)),o.addEventListener("click",()=>{if(g){_();return}o.textContent="Stop",f&&p()>=f.entries.length-1&&m(0),g=window.setInterval(()=>{let A=e.state;if(!(A.loading||A.computing||i.steps.animating)){if(!f||p()>=f.entries.length-1){_();return}m(p()+1)}},600)}),a.addEventListener("change",()=>{i.steps.align=a.checked}),c.addEventListener("change",()=>{i.steps.animate=c.checked}),l.addEventListener("change",v),u.addEventListener("change",v),i.steps.onDisplacement=()=>v(),e.subscribe((A,w)=>{(w.has("info")||w.has("tensorName")||w.has("step"))&&S()}),S(),d}function lf(i){let{store:e,steps:t}=i,n=()=>document.querySelector("[data-testid=method-select]"),s={store:e,steps:t,controls:i.scatter.controls,place:i.place,lastLayout:i.lastLayout,setQuiet:i.setQuiet,recompute:i.recompute,isReady:i.isReady,placeMethod:(o,a,c,l)=>{let u=i.layouts;(o==="tsne"||o==="umap"||o==="custom")&&u?.setLayout&&e.state.method===o?u.setLayout(o,a,c):i.place(a,c,l)},stepTo(o){t.alignNext=!0,t.keepNextView=!0;let{selection:a,selected:c,n:l}=e.state;(a.length||c>=0)&&sr(s,12e4,()=>e.state.tensorName===o.tensorName&&(o.fetchStep===null||e.state.step===o.fetchStep)).then(()=>{e.state.n===l&&e.set({selection:a,selected:c})}).catch(()=>{}),o.fetchStep!==null?e.set({step:o.fetchStep}):e.set({tensorName:o.tensorName,step:null})},supportsMethod:o=>o==="pca"||[...n()?.options??[]].some(a=>a.value===o),params:()=>{let o=i.layouts;return{perplexity:o?.tsne.perplexity??30,learningRate:o?.tsne.learningRate??"auto",iteration:o?.status.tsne.iteration??0,neighbors:o?.umap.nNeighbors??15,minDist:o?.umap.minDist??.1}},setParams:o=>{let a=i.layouts;if(!a)return;let c={},l={};o.perplexity!==void 0&&o.perplexity>0&&(c.perplexity=o.perplexity),o.learningRate!==void 0&&(o.learningRate==="auto"||o.learningRate>0)&&(c.learningRate=o.learningRate),o.neighbors!==void 0&&o.neighbors>=2&&(l.nNeighbors=Math.round(o.neighbors)),o.minDist!==void 0&&o.minDist>=0&&(l.minDist=o.minDist),a.applySettings({tsne:c,umap:l})}};return i.stepsAfter.after(af(s)),i.side.append(of(s)),{hook:{layout:()=>{let o=i.lastLayout();return o?{coords:Array.from(o.coords),k:o.k,axes:o.axes}:null},camera:()=>{let o=i.scatter.controls;return{is3d:o.is3d,v2:{...o.v2},v3:{theta:o.v3.theta,phi:o.v3.phi,distance:o.v3.distance,target:o.v3.target.toArray()}}},get animating(){return t.animating},get displacement(){return t.displacement?Array.from(t.displacement):null},bookmarks:()=>window.__embprojBookmarks},start(){Kd(e,o=>{t.keepNextView=!0,e.set({step:o})},s)}}}function cf(i){return i<=2e3?7:i<=1e4?5:i<=5e4?3.5:2.5}function uf(i){document.head.appendChild(C("style",{},kd));let e=new ba,t=C("div",{className:"ep-root"}),n=C("aside",{className:"ep-side"}),s=C("main",{className:"ep-main"}),r=C("div",{className:"ep-plot"}),o=C("div",{className:"ep-empty","data-testid":"empty"},"Loading…"),a=C("button",{"data-testid":"reset-view",title:"Reset view (or double-click)"},"Reset view"),c=C("div",{className:"ep-status","data-testid":"status-line"}),l=Fd();s.append(r,o,C("div",{className:"ep-toolbar"},a),c,l.el),t.append(n,s),i.appendChild(t);let u=new _a(r),h=new Sa(u),d=new ur(r),f=null,g=null,y=ou();y.onFallback=B=>e.set({notices:[...e.state.notices,{level:"warning",message:B}]});let p=null,m=0,v=!1,S=null,_=!1,A=zd(),w=Od(e);n.append(Ld(e),Bd(e),w,Nd(e),au(e,B=>oi(e,B))),s.append(Dd(e,()=>f)),a.addEventListener("click",()=>u.controls.reset());let x=(B,ne="error")=>{hi(B)||(console.warn("embproj:",B),e.set({notices:[...e.state.notices,rn(ne,B)],loading:null,computing:null}))},E=B=>{o.textContent=B??"",o.style.display=B?"":"none"},U=()=>{if(!g)return;let{rgb:B,legend:ne}=kc(e.state,g.n);u.setColors(B),e.set({legend:ne})},D=(B,ne,V)=>{g&&(B=h.beforePlace(B,ne,g.n),S={coords:B,k:ne,axes:V},u.set3d(ne===3),h.present(La(B,g.n,ne,e.state.isolated),g.n),v=!0,A.projectionGeneration++,E(null))},R=Iu({store:e,scatter:u,plot:r,toolbar:a.parentElement,side:n,projectionPanel:w,getData:()=>g,place:D,lastLayout:()=>S,labelOf:B=>oi(e,B),reproject:()=>{L().catch(B=>x(B))},recomputeNeighbors:()=>{let B=e.state.selected;B>=0&&(e.set({selected:-1}),e.set({selected:B}))}}),L=async()=>{let B=e.state;if(!g||B.method==="pca"&&!B.variance)return;if(R.owns(B)){R.project();return}let ne=m,V=B.is3d?3:2,se=B.dims.slice(0,V),me;if(B.method==="identity"){let ye=await y.identity(B.spherize);me=new Float32Array(g.n*V);for(let ce=0;ce<g.n;ce++)for(let Se=0;Se<V;Se++)me[ce*V+Se]=ye[ce*3+se[Se]]??0}else me=await y.project(se);ne===m&&D(me,V,se.map(ye=>B.method==="pca"?`PC${ye+1}`:`dim${ye}`))},O=async()=>{let B=e.state;if(!g)return;let ne=m;try{if(B.method==="pca"){let V=Math.min(10,g.d);e.set({computing:`PCA on all ${g.n.toLocaleString("en-US")} points…`});let se=`PCA on all ${g.n.toLocaleString("en-US")} points`,me=await y.pca(V,{spherize:B.spherize,onProgress:Se=>{ne===m&&e.set({computing:`${se}: ${Math.round(100*Se)}%`})}});if(ne!==m)return;A.pcaDoneEpoch=Date.now();let ye=me.varianceFraction.length-1,ce=B.dims.map((Se,it)=>Math.min(Se,Math.max(0,ye),it<=ye?ye:0));_=!0,e.set({variance:me.varianceFraction,dims:ce,computing:null}),_=!1}else _=!0,e.set({variance:null,computing:null}),_=!1;await L()}catch(V){ne===m&&x(V)}},P=async(B=!1)=>{p?.abort();let ne=new AbortController;p=ne;let V=++m,se=Cd(e),me={n:e.state.n,d:e.state.d};v=!1,g=null,f=null,u.setAtlas(null),B||u.setPositions(new Float32Array(0),0),l.hide();let ye=yc(e);if(e.set({selected:-1,hovered:-1,variance:null,focusCategory:null,columns:[],legend:{kind:"none"},notices:ye,n:0,d:0,computing:null,loading:null}),!se){E(e.state.runs.length?"No embeddings in this run.":"No runs with embeddings found.");return}let ce=(se.warnings??[]).map(Se=>rn("warning",Se));if(se.error){e.set({notices:[...ye,rn("error",se.error),...ce]}),E(`Cannot show ${se.tensorName}.`);return}E(`Loading ${se.tensorName}…`),e.set({notices:[...ye,...ce]});try{let Se=await Rd(e,se,ne.signal);if(V!==m||(A.dataLoadedEpoch=Date.now(),g={data:Se.data,n:Se.n,d:Se.d,etag:Se.etag},f=Se.atlas,await y.load(Se.data,Se.n,Se.d),V!==m))return;A.workerLoadedEpoch=Date.now(),u.setAtlas(f),u.setPointSize(cf(Se.n)*e.state.pointSize);let it=B&&me.n===Se.n&&me.d===Se.d;_=!0,e.set({loading:null,n:Se.n,d:Se.d,columns:Se.columns,hasSprite:!!f,notices:[...e.state.notices,...Se.notices],...Pd(e.state,Se,it)}),_=!1,it||u.controls.reset(),u.setSpriteMode(e.state.showSprites),U(),await O()}catch(Se){if(V!==m)return;E(`Cannot show ${se.tensorName}.`),x(Se)}},G=async(B=!1)=>{let ne=e.state.run;if(ne!==null)try{let V=await At.info(ne);if(e.state.run!==ne)return;let se=e.state.tensorName,me=V.embeddings.map(ce=>ce.tensorName),ye=se&&me.includes(se)?se:(V.embeddings.find(ce=>!ce.error)??V.embeddings[0])?.tensorName??null;e.set({info:V,tensorName:ye}),(ye===se||ye===null)&&await P(B)}catch(V){e.set({info:null,tensorName:null,notices:[]}),E("Cannot read this run."),x(V)}},Z=async()=>{try{let B=await At.runs(),ne=e.state.run!==null&&B.includes(e.state.run)?e.state.run:B[0]??null;e.set({runs:B,run:ne}),B.length||E("No runs with embeddings found in the log directory.")}catch(B){E("Cannot list runs."),x(B)}},W=async()=>{let B={run:e.state.run,etag:g?.etag??null,tensor:e.state.tensorName};if(await Z(),!(e.state.run!==B.run||B.run===null))try{if(!B.tensor){let ye=await At.info(B.run);JSON.stringify(ye)!==JSON.stringify(e.state.info)&&await G();return}let ne=await At.info(B.run),V=ne.embeddings.find(ye=>ye.tensorName===B.tensor),se=V&&!V.error?await At.tensorEtag(B.run,V.tensorName):null;(JSON.stringify(ne)!==JSON.stringify(e.state.info)||se&&se!==B.etag)&&(e.set({info:ne,tensorName:V?B.tensor:e.state.tensorName}),V&&se!==B.etag?await P(!0):V?e.set({notices:[...yc(e),...(V.warnings??[]).map(ye=>rn("warning",ye))]}):await G())}catch(ne){x(ne,"warning")}};e.subscribe((B,ne)=>{if(ne.has("run")?(v=!1,G()):(ne.has("tensorName")&&B.tensorName!==null&&B.info||ne.has("step")&&B.tensorName!==null&&B.info)&&P(ee()),ne.has("movedPoints")&&U(),_||(ne.has("spherize")||ne.has("method")?O():(ne.has("dims")||ne.has("is3d"))&&L().catch(V=>x(V))),ne.has("colorColumn")&&B.focusCategory!==null?e.set({focusCategory:null}):(ne.has("colorColumn")||ne.has("dark")||ne.has("focusCategory")||ne.has("searchMatches")||ne.has("selection")||ne.has("columns"))&&U(),ne.has("showSprites")&&u.setSpriteMode(B.showSprites),ne.has("pointSize")&&u.setPointSize(cf(B.n)*B.pointSize),(ne.has("hovered")||ne.has("selected"))&&u.setHighlight(B.hovered,B.selected),ne.has("selected")||ne.has("spherize")&&B.selected>=0){let V=Eu(R.neighborSettings,B.spherize,g?.n??0),se=g&&B.selected>=0?Id(g,B.selected,V):null;e.set({neighbors:se,neighborMetric:V.metric})}ne.has("neighbors")&&U(),ne.has("labelColumn")&&u.requestRender(),ne.has("loading")&&B.loading&&(A.lastProgress={...B.loading}),ne.has("dark")&&(t.classList.toggle("ep-dark",B.dark),u.setTheme(B.dark?"#1b1c1e":"#ffffff",B.dark?"#ffffff":"#000000")),(ne.has("n")||ne.has("d")||ne.has("labelColumn"))&&(c.textContent=B.n?`${B.n.toLocaleString("en-US")} points · ${B.d} dimensions`:"")}),Ud({store:e,scatter:u,tooltip:l,positionsReady:()=>v,atlas:()=>f,click:(B,ne)=>R.click(B,ne)});let re=()=>{let B=e.state,ne=[];if(v&&B.selected>=0)for(let me of[B.selected,...(B.neighbors??[]).slice(0,10).map(ye=>ye.index)]){let ye=u.screenPositionOf(me);ye&&ne.push({x:ye.x,y:ye.y,text:oi(e,me),strong:me===B.selected})}let{width:V,height:se}=u.size;d.draw(ne,V,se,B.dark)};u.onFrame=()=>{re(),A.lastFrameEpoch=Date.now(),v&&e.state.method==="pca"&&e.state.variance&&!A.firstPcaFrameEpoch&&(A.firstPcaFrameEpoch=Date.now()),v&&(A.drawnGeneration=A.projectionGeneration),A.ready=v};let Y=Vd({hook:A,store:e,scatter:u,positionsReady:()=>v,analysis:R.hook}),ee=()=>{let B=h.keepNextView;return h.keepNextView=!1,B},ie=lf({store:e,scatter:u,steps:h,side:n,stepsAfter:n.firstElementChild,place:D,lastLayout:()=>S,setQuiet:B=>{_=!0;try{e.set(B)}finally{_=!1}},recompute:()=>O(),layouts:R.layouts,isReady:()=>v&&!e.state.loading&&!e.state.computing});Y.views=ie.hook,Hd(B=>e.set({dark:B})),e.state.dark||u.setTheme("#ffffff","#000000"),Nc(()=>{W()}),ie.start(),Z()}var hf=!1;function IE(){if(!hf){hf=!0;try{uf(document.body)}catch(i){console.warn("embproj:",i);let e=document.createElement("div");e.setAttribute("role","alert"),e.style.cssText="margin:24px;padding:12px;border-radius:4px;background:#fdecea;color:#a50e0e;font:14px system-ui,sans-serif";let t=/webgl/i.test(String(i));e.textContent=t?"The Embeddings tab needs WebGL2, which this browser does not provide: "+String(i):"The Embeddings tab failed to start: "+String(i),document.body.appendChild(e)}}}export{IE as render};
