var _m=Object.defineProperty;var Sm=(i,e,t)=>e in i?_m(i,e,{enumerable:!0,configurable:!0,writable:!0,value:t}):i[e]=t;var P=(i,e,t)=>Sm(i,typeof e!="symbol"?e+"":e,t);var Us=class extends Error{constructor(t,n,r){super(n.error+(n.file?` (${n.file})`:""));P(this,"status",t);P(this,"body",n);P(this,"url",r)}},Gi=class extends Us{constructor(e,t,n){super(409,{error:`the download ended after ${t}${n===null?"":` of ${n}`} bytes: the file changed or failed its checksum while it was being read`,file:null,hint:"It is probably being written (a trainer saving); reload once it is complete."},e)}};async function Os(i,e){let t,n=await i.text().catch(()=>"");try{let r=JSON.parse(n);t=typeof r?.error=="string"?r:{error:n||i.statusText}}catch{t={error:n.trim()||`HTTP ${i.status} ${i.statusText}`}}return new Us(i.status,t,e)}async function Pr(i,e,t){let n=await fetch(i,{signal:t});if(!n.ok)throw await Os(n,i);let r=n.headers.get("Content-Length"),s=(n.headers.get("Content-Encoding")??"identity").toLowerCase(),o=r!==null&&r!==""&&s==="identity"?Number(r):null;if(!n.body){let d=await n.arrayBuffer();return e?.(d.byteLength,o??d.byteLength),{buffer:d,headers:n.headers}}let a=n.body.getReader(),c=o!==null&&o>0?new Uint8Array(o):null,l=[],u=0;for(e?.(0,o);;){let d;try{d=await a.read()}catch(y){throw t?.aborted?y:new Gi(i,u,o)}let{done:f,value:m}=d;if(f)break;c&&u+m.length<=c.length?c.set(m,u):(c&&(l.push(c.subarray(0,u)),c=null),l.push(m)),u+=m.length,e?.(u,o)}if(o!==null&&u!==o)throw new Gi(i,u,o);e?.(u,u);let h;if(c)h=u===c.length?c.buffer:c.slice(0,u).buffer;else{let d=new Uint8Array(u),f=0;for(let m of l)d.set(m,f),f+=m.length;h=d.buffer}return{buffer:h,headers:n.headers}}var Bs=null;function Mm(i){let e=i&32768?-1:1,t=i>>10&31,n=i&1023;return t===0?e*n*2**-24:t===31?n?NaN:e*(1/0):e*(1+n/1024)*2**(t-15)}function wm(){if(!Bs){Bs=new Float32Array(65536);for(let i=0;i<65536;i++)Bs[i]=Mm(i)}return Bs}function zu(i){if(i.byteLength%2!==0)throw new Error(`float16 data: ${i.byteLength} bytes is not a whole number of values`);let e=new Uint16Array(i),t=wm(),n=new Float32Array(e.length);for(let r=0;r<e.length;r++)n[r]=t[e[r]];return n}function Ir(i){let e=i.shape??i.tensorShape;return e&&e.length===2?[Number(e[0]),Number(e[1])]:null}function Vi(i,e){let t=`run=${encodeURIComponent(i)}`;return e!==void 0&&(t+=`&name=${encodeURIComponent(e)}`),t}async function gl(i){let e=await fetch(i,{cache:"no-store"});if(!e.ok)throw await Os(e,i);return e.json()}function Am(i){let e=/charset=([^;\s]+)/i.exec(i??"")?.[1]?.replace(/"/g,"")??"utf-8";try{return new TextDecoder(e).encoding}catch{return"utf-8"}}var Pt={runs:()=>gl("./runs"),info:i=>gl(`./info?${Vi(i)}`),tensorUrl:(i,e,t=null,n="float32")=>`./tensor?${Vi(i,e)}${t===null?"":`&step=${t}`}${n==="float32"?"":`&encoding=${n}`}`,metadataUrl:(i,e)=>`./metadata?${Vi(i,e)}`,spriteUrl:(i,e)=>`./sprite_image?${Vi(i,e)}`,async tensor(i,e,t,n,r,s=null,o="float32"){let a=Pt.tensorUrl(i,e,s,o),{buffer:c,headers:l}=await Pr(a,n,r).catch(y=>{if(y instanceof Gi)return Pr(a,n,r);throw y}),u=t?.[0]??0,h=t?.[1]??0,d=l.get("X-Embproj-Shape");if(d){let y=d.split(",").map(p=>Number(p.trim()));y.length===2&&y.every(Number.isFinite)&&([u,h]=y)}let f=l.get("X-Embproj-Encoding")==="float16";if(!f&&c.byteLength%4!==0)throw new Error(`tensor ${e}: ${c.byteLength} bytes is not float32 data`);let m=f?zu(c):new Float32Array(c);if(h||(h=u?m.length/u:1),u||(u=m.length/h),u*h!==m.length)throw new Error(`tensor ${e}: got ${m.length} values, expected ${u} x ${h}`);return{data:m,n:u,d:h,etag:l.get("ETag")}},async tensorEtag(i,e){let t=await fetch(Pt.tensorUrl(i,e),{method:"HEAD",cache:"no-store"});return t.ok?t.headers.get("ETag"):null},bookmarks:(i,e)=>gl(`./bookmarks?${Vi(i,e)}`),async saveBookmarks(i,e,t){let n=`./bookmarks?${Vi(i,e)}`,r=await fetch(n,{method:"POST",headers:{"Content-Type":"application/json"},body:JSON.stringify(t)});if(!r.ok)throw await Os(r,n);return(await r.json()).saved},async metadata(i,e,t,n){let{buffer:r,headers:s}=await Pr(Pt.metadataUrl(i,e),t,n);return new TextDecoder(Am(s.get("Content-Type"))).decode(r)},async sprite(i,e,t,n){let{buffer:r,headers:s}=await Pr(Pt.spriteUrl(i,e),t,n);return new Blob([r],{type:s.get("Content-Type")||"image/png"})}};function Gu(i,e=3e4){let t=null;try{if(window.parent&&window.parent!==window){let r=new MessageChannel;t=r.port1,t.onmessage=s=>{let o=null;try{o=JSON.parse(String(s.data))}catch{return}!o||o.isReply||(o.type==="experimental.DataReloaded"&&i(),t.postMessage(JSON.stringify({type:o.type,id:o.id,payload:null,error:null,isReply:!0})))},t.start(),window.parent.postMessage("experimental.bootstrap","*",[r.port2])}}catch{t=null}let n=window.setInterval(()=>{document.hidden||i()},e);return()=>{window.clearInterval(n),t?.close()}}var ks=class{constructor(e){P(this,"canvas");P(this,"ctx");this.canvas=document.createElement("canvas"),this.canvas.className="ep-labels",this.canvas.setAttribute("aria-hidden","true"),e.appendChild(this.canvas),this.ctx=this.canvas.getContext("2d")}draw(e,t,n,r){let s=this.ctx;if(!s)return;let o=window.devicePixelRatio||1;(this.canvas.width!==Math.round(t*o)||this.canvas.height!==Math.round(n*o))&&(this.canvas.width=Math.round(t*o),this.canvas.height=Math.round(n*o),this.canvas.style.width=`${t}px`,this.canvas.style.height=`${n}px`),s.setTransform(o,0,0,o,0,0),s.clearRect(0,0,t,n);let a=[];for(let c of e){s.font=`${c.strong?"600 ":""}12px Roboto, system-ui, sans-serif`;let l=c.text.length>40?`${c.text.slice(0,39)}…`:c.text,u=s.measureText(l).width,h={x0:c.x+7,y0:c.y-14,x1:c.x+9+u,y1:c.y+2};a.some(d=>d.x0<h.x1&&h.x0<d.x1&&d.y0<h.y1&&h.y0<d.y1)||(a.push(h),s.lineWidth=3,s.lineJoin="round",s.strokeStyle=r?"rgba(27,28,30,.9)":"rgba(255,255,255,.9)",s.fillStyle=r?c.strong?"#ffffff":"#d0d3d8":c.strong?"#000000":"#3c4043",s.strokeText(l,c.x+8,c.y-4),s.fillText(l,c.x+8,c.y-4))}}};var Em=["#4e79a7","#f28e2b","#e15759","#76b7b2","#59a14f","#edc948","#b07aa1","#ff9da7","#9c755f","#17becf"],yl="#bab0ac",Vu="#6f6f6f",Tm="#3f6fb5",Rm="#7fb2ff",xl="other",vl="(missing)",zs=[[68,1,84],[72,36,117],[65,68,135],[53,95,141],[42,120,142],[33,145,140],[34,168,132],[68,191,112],[122,209,81],[189,223,38],[253,231,37]];function Lr(i){let e=parseInt(i.slice(1),16);return[(e>>16&255)/255,(e>>8&255)/255,(e&255)/255]}function Hu(i){let e=Math.min(1,Math.max(0,i))*(zs.length-1),t=Math.min(zs.length-2,Math.floor(e)),n=e-t,r=zs[t],s=zs[t+1];return[0,1,2].map(o=>(r[o]+(s[o]-r[o])*n)/255)}function Wu(i){let[e,t,n]=Hu(i);return`rgb(${Math.round(e*255)},${Math.round(t*255)},${Math.round(n*255)})`}function Cm(i,e=Em){let t=new Map,n=0;for(let c of i)c===""?n++:t.set(c,(t.get(c)??0)+1);let r=[...t.entries()].sort((c,l)=>l[1]-c[1]||(c[0]<l[0]?-1:c[0]>l[0]?1:0)),s=new Map,o=[],a=0;return r.forEach(([c,l],u)=>{u<e.length?(s.set(c,e[u]),o.push({label:c,count:l,color:e[u]})):(s.set(c,yl),a+=l)}),a>0&&o.push({label:xl,count:a,color:yl}),n>0&&o.push({label:vl,count:n,color:Vu}),{entries:o,colorOf:s}}function Xu(i,e,t,n){let r=Lr(n?Rm:Tm),s=Lr(Vu);if(!i){for(let l=0;l<e;l++)t.set(r,l*3);return{kind:"none"}}if(i.kind==="numeric"&&i.numbers){let{min:l=0,max:u=1}=i,h=u>l?u-l:1;for(let d=0;d<e;d++){let f=d<i.numbers.length?i.numbers[d]:NaN;t.set(Number.isNaN(f)?s:Hu((f-l)/h),d*3)}return{kind:"numeric",column:i.name,min:l,max:u,missing:i.missing}}let{entries:o,colorOf:a}=Cm(i.values),c=new Map;for(let l=0;l<e;l++){let u=i.values[l]??"",h;u===""?h=s:(h=c.get(u)??Lr(a.get(u)??yl),c.set(u,h)),t.set(h,l*3)}return{kind:"categorical",column:i.name,entries:o}}function qu(i,e,t,n,r,s=.82){let o=new Set(e.filter(l=>l.label!==xl&&l.label!==vl).map(l=>l.label)),a=0,c=n.length/3;for(let l=0;l<c;l++){let u=i[l]??"";if((u===""?vl:o.has(u)?u:xl)===t){a++;continue}for(let d=0;d<3;d++)n[l*3+d]+=(r[d]-n[l*3+d])*s}return a}function Nr(i,e,t,n=.82){let r=new Uint8Array(e.length/3);for(let s of i)r[s]=1;for(let s=0;s<r.length;s++)if(!r[s])for(let o=0;o<3;o++)e[s*3+o]+=(t[o]-e[s*3+o])*n}function Gs(i,e){let t=new Float32Array(e*3),n=i.columns[i.colorColumn]??null,r=Xu(n,e,t,i.dark),s=Lr(i.dark?"#1b1c1e":"#ffffff");return n&&r.kind==="categorical"&&i.focusCategory!==null&&qu(n.values,r.entries,i.focusCategory,t,s),i.searchMatches&&Nr(i.searchMatches,t,s),i.movedPoints&&Nr(i.movedPoints,t,s),i.selection.length>1&&Nr(i.selection,t,s,.75),i.neighbors&&i.selected>=0&&Nr(Int32Array.from([i.selected,...i.neighbors.map(o=>o.index)]),t,s,.65),{rgb:t,legend:r}}function bl(i,e,t,n){let r=new Float32Array(e*3),s=[1/0,1/0,1/0],o=[-1/0,-1/0,-1/0],a=h=>{if(n)for(let d of n)h(d);else for(let d=0;d<e;d++)h(d)};a(h=>{for(let d=0;d<t;d++){let f=i[h*t+d];Number.isFinite(f)&&(f<s[d]&&(s[d]=f),f>o[d]&&(o[d]=f))}});let c=0,l=[0,0,0];for(let h=0;h<t;h++)s[h]>o[h]&&(s[h]=0,o[h]=0),l[h]=(s[h]+o[h])/2,c=Math.max(c,(o[h]-s[h])/2);let u=c>0?1/c:1;if(n)for(let h=0;h<e;h++)r[h*3+2]=Dn;return a(h=>{r[h*3+2]=0;for(let d=0;d<t&&d<3;d++){let f=i[h*t+d];r[h*3+d]=Number.isFinite(f)?(f-l[d])*u:0}}),r}var Dn=1e7;var Dr=new Int32Array(0);function Pm(i,e){let t=new Int32Array(i.length+e.length),n=0,r=0,s=0;for(;n<i.length||r<e.length;){let o=r>=e.length||n<i.length&&i[n]<=e[r]?i[n++]:e[r++];(s===0||t[s-1]!==o)&&(t[s++]=o)}return t.slice(0,s)}function Im(i,e){let t=new Int32Array(i.length),n=0,r=0;for(let s=0;s<i.length;s++){for(;n<e.length&&e[n]<i[s];)n++;n<e.length&&e[n]===i[s]||(t[r++]=i[s])}return t.slice(0,r)}function Hi(i,e){let t=0,n=i.length-1;for(;t<=n;){let r=t+n>>1;if(i[r]===e)return!0;i[r]<e?t=r+1:n=r-1}return!1}function Fr(i,e,t){return t==="add"?Pm(i,e):t==="remove"?Im(i,e):e}function Lm(i,e,t){let n=!1,r=t.length>>1;for(let s=0,o=r-1;s<r;o=s++){let a=t[2*s],c=t[2*s+1],l=t[2*o],u=t[2*o+1];c>e!=u>e&&i<(l-a)*(e-c)/(u-c)+a&&(n=!n)}return n}function $u(i,e,t,n,r,s,o){let a=Math.min(t,r),c=Math.max(t,r),l=Math.min(n,s),u=Math.max(n,s),h=[];for(let d=0;d<i.length;d++){let f=i[d],m=e[d];f>=a&&f<=c&&m>=l&&m<=u&&(!o||o(d))&&h.push(d)}return Int32Array.from(h)}function Yu(i,e,t,n){if(t.length<6)return Dr;let r=1/0,s=-1/0,o=1/0,a=-1/0;for(let l=0;l<t.length;l+=2)r=Math.min(r,t[l]),s=Math.max(s,t[l]),o=Math.min(o,t[l+1]),a=Math.max(a,t[l+1]);let c=[];for(let l=0;l<i.length;l++){let u=i[l],h=e[l];u>=r&&u<=s&&h>=o&&h<=a&&(n&&!n(l)||Lm(u,h,t)&&c.push(l))}return Int32Array.from(c)}function Vs(i){return[...i.parts.flatMap(e=>[e.rows.buffer,e.indices.buffer,e.distances.buffer]),...i.hints.map(e=>e.coordinates.buffer)]}var ft=class extends Error{constructor(e="superseded by a newer request"){super(e),this.name="CancelledError"}},_n=class{constructor(e,t={}){P(this,"port",e);P(this,"nextId",1);P(this,"pending",new Map);P(this,"listeners",new Map);P(this,"errorClasses");P(this,"failure",null);this.errorClasses={CancelledError:ft,...t},e.addEventListener("message",n=>this.receive(n.data)),e.start?.()}call(e,t,n={}){return this.request(e,t,n).result}request(e,t,n={}){let r=this.nextId++,{signal:s}=n,o=new Promise((a,c)=>{if(this.failure)return c(this.failure);if(s?.aborted)return c(s.reason);let l=()=>{this.settle(r)&&(c(s.reason),this.port.postMessage({cancel:r}))};s?.addEventListener("abort",l);let u=()=>s?.removeEventListener("abort",l);this.pending.set(r,{resolve:a,reject:c,onProgress:n.onProgress,release:u});try{this.port.postMessage({id:r,method:e,args:t},n.transfer??[])}catch(h){this.settle(r),c(h)}});return{id:r,result:o}}on(e,t){let n=this.listeners.get(e);return n||this.listeners.set(e,n=new Set),n.add(t),()=>n.delete(t)}abandon(e,t=new ft){this.settle(e)?.reject(t)}fail(e){this.failure??(this.failure=e);for(let[t,n]of this.pending)this.settle(t),n.reject(this.failure)}close(e){this.fail(e),this.listeners.clear()}settle(e){let t=this.pending.get(e);return this.pending.delete(e),t?.release(),t}receive(e){if("event"in e){for(let n of this.listeners.get(e.event)??[])n(e.data);return}if("progress"in e){this.pending.get(e.id)?.onProgress?.(e.progress);return}let t=this.settle(e.id);t&&("error"in e?t.reject(new(this.errorClasses[e.name]??Error)(e.error)):t.resolve(e.result))}};function Hs(i,e=!1){let t=i.byteOffset===0&&i.byteLength===i.buffer.byteLength;if(t&&!e)return{array:i,transfer:[]};let n=t?i:i.slice();return{array:n,transfer:[n.buffer]}}var Fn=class{constructor(){P(this,"controller",new AbortController)}cancel(e=new ft){this.controller.abort(e),this.controller=new AbortController}next(){return this.cancel(),this.controller.signal}run(e){let t=this.next(),n=e(t);return new Promise((r,s)=>{let o=()=>s(t.reason);t.addEventListener("abort",o),n.then(r,s).finally(()=>t.removeEventListener("abort",o))})}};function ni(i,e,t,n){i.addEventListener("error",r=>{r.preventDefault();let s=r.message;n(new Error(`${e} worker failed: ${s||`could not start ${t}`}`))}),i.addEventListener("messageerror",()=>n(new Error(`${e} worker failed: a message from it could not be read`)))}function Ws(i,e,t,n=!1){if(i.length<e*t)throw new RangeError(`load: ${i.length} values for ${e} x ${t}`);let{array:r,transfer:s}=Hs(i.subarray(0,e*t),n);return{rows:{data:r,n:e,d:t},transfer:s}}var _l=class{constructor(e,t=()=>{}){P(this,"onDispose",t);P(this,"rpc");P(this,"pendingLoad",0);P(this,"currentRun",0);P(this,"failureListeners",new Set);this.rpc=new _n(e)}load(e,t,n,r={}){let{rows:s,transfer:o}=Ws(e,t,n,r.transfer);this.supersedeRun(),this.rpc.abandon(this.pendingLoad);let a=this.rpc.request("load",s,{transfer:o});return this.pendingLoad=a.id,a.result}loadGraph(e){this.supersedeRun(),this.rpc.abandon(this.pendingLoad);let t=this.rpc.request("loadGraph",e,{transfer:Vs(e)});return this.pendingLoad=t.id,t.result}start(e,t={}){this.supersedeRun();let n=this.rpc.request("start",{options:e},{onProgress:t.onProgress});return this.currentRun=n.id,n.result}pause(){return this.rpc.call("pause",{})}resume(){return this.rpc.call("resume",{})}perturb(e){return this.rpc.call("perturb",{amount:e})}stop(){return this.rpc.call("stop",{})}setMaxIterations(e){return this.rpc.call("setMaxIterations",{maxIterations:e})}setSupervision(e){return this.rpc.call("setSupervision",{supervise:e})}onFrame(e){return this.rpc.on("frame",t=>{t.run===this.currentRun&&e(t.coordinates,t.iteration,t.converged,t)})}onState(e){return this.rpc.on("state",({run:t,status:n})=>{t===this.currentRun&&e(n)})}fail(e){this.rpc.fail(e);for(let t of this.failureListeners)t(e)}onFailure(e){return this.failureListeners.add(e),()=>this.failureListeners.delete(e)}dispose(){this.rpc.close(new ft("t-SNE client disposed")),this.onDispose()}supersedeRun(){this.rpc.abandon(this.currentRun),this.currentRun=0}};function Ku(i=new URL("./tsne.worker.js",import.meta.url)){let e=new Worker(i,{type:"module"}),t=new _l(e,()=>e.terminate());return ni(e,"t-SNE",i,n=>t.fail(n)),t}function C(i,e={},...t){let n=document.createElement(i);for(let[r,s]of Object.entries(e))s==null||s===!1||(r.startsWith("on")&&typeof s=="function"?n.addEventListener(r.slice(2),s):r==="className"?n.className=String(s):s===!0?n.setAttribute(r,""):n.setAttribute(r,String(s)));for(let r of t)r!=null&&r!==!1&&n.append(r);return n}function Et(i,e,t){i.options.length===e.length&&e.every((r,s)=>i.options[s].value===r.value&&i.options[s].text===r.label)||i.replaceChildren(...e.map(r=>C("option",{value:r.value},r.label))),i.value=t}function Sl(i){return i<1024?`${i} B`:i<1024*1024?`${(i/1024).toFixed(1)} KiB`:i<1024**3?`${(i/1024/1024).toFixed(1)} MiB`:`${(i/1024**3).toFixed(2)} GiB`}function Wi(i){if(!Number.isFinite(i))return String(i);if(Number.isInteger(i))return i.toLocaleString("en-US");let e=Math.abs(i);return e!==0&&(e<.001||e>=1e6)?i.toExponential(3):String(Number(i.toPrecision(4)))}var Ju="http://www.w3.org/2000/svg";function Zu(i,e){return i.altKey||e&&(i.ctrlKey||i.metaKey)?"remove":i.shiftKey?"add":"replace"}function ju(i){let{store:e,plot:t}=i,n=document.createElementNS(Ju,"svg");n.setAttribute("class","ep-sel-svg");let r=document.createElementNS(Ju,"path");r.setAttribute("class","ep-sel-shape"),n.appendChild(r);let s=C("div",{className:"ep-sel-overlay","data-testid":"selection-overlay"});s.appendChild(n),t.appendChild(s);let o=["pan","box","lasso"].map(y=>{let p=C("button",{"data-testid":`select-mode-${y}`,title:{pan:"Pan / rotate (Ctrl+drag: box select)",box:"Box select (Shift adds, Alt removes)",lasso:"Lasso select (Shift adds, Alt removes)"}[y]},{pan:"Pan",box:"Box",lasso:"Lasso"}[y]);return p.addEventListener("click",()=>e.set({selectMode:y})),p}),a=C("span",{className:"ep-seg","data-testid":"select-modes"},...o),c=()=>{let y=e.state.selectMode;o.forEach((p,g)=>p.classList.toggle("ep-on",["pan","box","lasso"][g]===y)),s.classList.toggle("ep-active",y!=="pan"),s.dataset.mode=y};e.subscribe((y,p)=>{p.has("selectMode")&&c()}),c();let l=null,u=y=>{let p=t.getBoundingClientRect();return[y.clientX-p.left,y.clientY-p.top]},h=()=>{if(!l){r.setAttribute("d","");return}let y=l.pts;if(l.kind==="box"){let[p,g,v,_]=[y[0],y[1],y[y.length-2],y[y.length-1]];r.setAttribute("d",`M${p},${g}H${v}V${_}H${p}Z`)}else{let p="";for(let g=0;g<y.length;g+=2)p+=`${g?"L":"M"}${y[g]},${y[g+1]}`;r.setAttribute("d",p+"Z")}},d=(y,p,g,v=!1)=>{l={kind:p,how:g,pts:u(y),id:y.pointerId,ctrlClick:v},s.classList.add("ep-dragging"),h()},f=y=>{if(!l||y.pointerId!==l.id)return;let[p,g]=u(y);if(l.kind==="box")l.pts=[l.pts[0],l.pts[1],p,g];else{let v=l.pts.length;Math.hypot(p-l.pts[v-2],g-l.pts[v-1])>=2&&l.pts.push(p,g)}h()},m=y=>{if(!l||y.pointerId!==l.id)return;f(y);let p=l;l=null,s.classList.remove("ep-dragging"),h();let g=p.pts,v=!0;for(let A=2;A<g.length&&v;A+=2)v=Math.abs(g[A]-g[0])<3&&Math.abs(g[A+1]-g[1])<3;if(v&&p.ctrlClick){let A=i.screenPositions(),w=-1,x=36;for(let E=0;E<A.x.length;E++){let U=(A.x[E]-g[0])**2+(A.y[E]-g[1])**2;U<x&&i.visible(E)&&(w=E,x=U)}w>=0&&i.onSelect(Fr(e.state.selection,Int32Array.of(w),"remove"));return}if(v){p.how==="replace"&&i.onSelect(new Int32Array(0));return}let _=i.screenPositions(),b=p.kind==="box"?$u(_.x,_.y,g[0],g[1],g[2],g[3],i.visible):Yu(_.x,_.y,g,i.visible);i.onSelect(Fr(e.state.selection,b,p.how))};return s.addEventListener("pointerdown",y=>{if(y.button===0){y.preventDefault();try{s.setPointerCapture(y.pointerId)}catch{}d(y,e.state.selectMode==="lasso"?"lasso":"box",Zu(y,!0))}}),s.addEventListener("pointermove",f),s.addEventListener("pointerup",m),s.addEventListener("pointercancel",()=>{l=null,s.classList.remove("ep-dragging"),h()}),t.addEventListener("pointerdown",y=>{if(e.state.selectMode!=="pan"||y.button!==0||!(y.ctrlKey||y.metaKey)||y.target===s)return;y.stopPropagation(),y.preventDefault(),d(y,"box",Zu({ctrlKey:!1,metaKey:!1,shiftKey:y.shiftKey,altKey:y.altKey},!1),!0);let p=v=>f(v),g=v=>{m(v),window.removeEventListener("pointermove",p,!0),window.removeEventListener("pointerup",g,!0)};window.addEventListener("pointermove",p,!0),window.addEventListener("pointerup",g,!0)},{capture:!0}),{toolbar:a,overlay:s}}var Mi=class extends Error{constructor(e="UMAP stopped before the first epoch"){super(e),this.name="UmapStoppedError"}};var Ml=class{constructor(e,t=()=>{}){P(this,"onDispose",t);P(this,"rpc");P(this,"currentRun",0);P(this,"frameListeners",new Set);P(this,"progressListeners",new Set);P(this,"passOn",e=>{if("frame"in e)this.emit(e.frame);else for(let t of this.progressListeners)t(e.init)});this.rpc=new _n(e,{UmapStoppedError:Mi})}load(e,t,n,r={}){let{rows:s,transfer:o}=Ws(e,t,n,r.transfer);return this.supersedeRun(),this.rpc.call("load",s,{transfer:o})}loadGraph(e){return this.supersedeRun(),this.rpc.call("loadGraph",e,{transfer:Vs(e)})}start(e={}){return this.supersedeRun(),this.run(this.rpc.request("start",e,{onProgress:this.passOn}))}resume(){return this.supersedeRun(),this.run(this.rpc.request("resume",{},{onProgress:this.passOn}))}stop(){return this.rpc.call("stop",{})}onFrame(e){return this.frameListeners.add(e),()=>this.frameListeners.delete(e)}onProgress(e){return this.progressListeners.add(e),()=>this.progressListeners.delete(e)}fail(e){this.rpc.fail(e)}dispose(){this.rpc.close(new ft("UMAP client disposed")),this.onDispose()}supersedeRun(){this.rpc.abandon(this.currentRun),this.currentRun=0}async run(e){this.currentRun=e.id;let t=await e.result;return this.emit(t),t}emit(e){for(let t of this.frameListeners)t(e.coordinates,e.epoch,e.nEpochs,e.done,e)}};function Qu(i=new URL("./umap.worker.js",import.meta.url)){let e=new Worker(i,{type:"module"}),t=new Ml(e,()=>e.terminate());return ni(e,"UMAP",i,n=>t.fail(n)),t}function eh(i,e){return Math.max(1,Math.min(i-1,Math.floor(3*e)))}function pt(i){let e=[];do{let t=i&127;i>>>=7,i!==0&&(t|=128),e.push(t)}while(i!==0);return e}function Xs(i){let e=[];for(;;){let t=i&127;i>>=7;let n=i===0&&(t&64)===0||i===-1&&(t&64)!==0;if(e.push(n?t:t|128),n)return e}}var Un=2,On=4,Al=4;function nh(i,e){if(i%Al!==0||e%2!==0)return null;let t=Nm();if(!t)return null;let n=i*e*8,r=i*i*8,s=Math.ceil((n+r)/65536)+1,o,a;try{o=new WebAssembly.Memory({initial:s}),a=new WebAssembly.Instance(t,{env:{memory:o}})}catch{return null}let c=a.exports.accumulate,l=new Float64Array(o.buffer,0,i*e),u=new Float64Array(o.buffer,n,i*i);return{block:l,upper:u,accumulate(h){h<=0||c(0,e*8,Math.ceil(h/2)*16,i,n)}}}var Xi;function Nm(){if(Xi!==void 0||(Xi=null,typeof WebAssembly>"u"))return Xi;let i=Fm();try{WebAssembly.validate(i)&&(Xi=new WebAssembly.Module(i))}catch{}return Xi}var qi=127,Dm=123,Be={end:11,loop:3,brIf:13,voidType:64,localGet:32,localSet:33,localTee:34,i32Const:65,i32Add:106,i32Mul:108,i32And:113,i32Shl:116,i32LtU:73,f64Load:43,f64Store:57,f64Add:160,simd:253},$i={v128Load:0,v128Const:12,f64x2ExtractLane:33,f64x2Add:240,f64x2Mul:242};function ii(i){return[...pt(i.length),...i.flat()]}function Ur(i,e){return[i,...pt(e.length),...e]}function wl(i){let e=Array.from(new TextEncoder().encode(i));return[...pt(e.length),...e]}var rt=i=>[Be.localGet,...pt(i)],Bn=i=>[Be.localSet,...pt(i)],kn=i=>[Be.i32Const,...Xs(i)],Yi=i=>[Be.simd,...pt(i)],th=i=>[...i,...Yi($i.v128Load),4,0];function Fm(){let l=8+Un,u=l+On,h=u+1,d=h+Un,f=d+1,m=(w,x)=>f+w*On+x,y=[],p=(...w)=>w.forEach(x=>y.push(...x)),g=(w,x,E)=>{p(rt(0),rt(x),rt(1),[Be.i32Mul,Be.i32Add],Bn(w));for(let U=1;U<E;U++)p(rt(w+U-1),rt(1),[Be.i32Add],Bn(w+U))};p(kn(0),Bn(5)),p([Be.loop,Be.voidType]),g(8,5,Un),p(rt(5),kn(-On),[Be.i32And],Bn(6)),p([Be.loop,Be.voidType]),g(l,6,On);let v=[...Yi($i.v128Const),...new Array(16).fill(0)];for(let w=0;w<Un*On;w++)p(v,Bn(f+w));p(kn(0),Bn(7)),p([Be.loop,Be.voidType]);for(let w=0;w<Un;w++)p(th([...rt(8+w),...rt(7),Be.i32Add]),Bn(h+w));for(let w=0;w<On;w++){p(th([...rt(l+w),...rt(7),Be.i32Add]),Bn(d));for(let x=0;x<Un;x++)p(rt(m(x,w)),rt(h+x),rt(d),Yi($i.f64x2Mul),Yi($i.f64x2Add),Bn(m(x,w)))}p(rt(7),kn(16),[Be.i32Add,Be.localTee,...pt(7)],rt(2),[Be.i32LtU,Be.brIf,0]),p([Be.end]);for(let w=0;w<Un;w++)for(let x=0;x<On;x++)p(rt(4),rt(5),kn(w),[Be.i32Add],rt(3),[Be.i32Mul],rt(6),kn(x),[Be.i32Add,Be.i32Add],kn(3),[Be.i32Shl,Be.i32Add,Be.localTee,...pt(u)],rt(u),[Be.f64Load,3,0],rt(m(w,x)),Yi($i.f64x2ExtractLane),[0],rt(m(w,x)),Yi($i.f64x2ExtractLane),[1],[Be.f64Add,Be.f64Add,Be.f64Store,3,0]);p(rt(6),kn(On),[Be.i32Add,Be.localTee,...pt(6)],rt(3),[Be.i32LtU,Be.brIf,0]),p([Be.end]),p(rt(5),kn(Un),[Be.i32Add,Be.localTee,...pt(5)],rt(3),[Be.i32LtU,Be.brIf,0]),p([Be.end]),p([Be.end]);let b=[...ii([[...pt(u-5+1),qi],[...pt(f+Un*On-h),Dm]]),...y],A=[96,...ii([[qi],[qi],[qi],[qi],[qi]]),...ii([])];return new Uint8Array([0,97,115,109,1,0,0,0,...Ur(1,ii([A])),...Ur(2,ii([[...wl("env"),...wl("memory"),2,0,...pt(1)]])),...Ur(3,ii([[0]])),...Ur(7,ii([[...wl("accumulate"),0,0]])),...Ur(10,ii([[...pt(b.length),...b]]))])}function Um(i,e,t){let n=new Float64Array(t);for(let r=0;r<e;r++){let s=r*t;for(let o=0;o<t;o++)n[o]+=i[s+o]}return n}function Br(i,e,t){let n=Um(i,e,t);if(e>0)for(let r=0;r<t;r++)n[r]/=e;return n}var Or=3;function Om(i){let e=Math.floor(524288/(8*Math.max(i,1)));return Math.max(32,Math.min(256,e))&-8}function*Bm(i,e,t,n,r={}){let s=r.wasm!==!1&&e>0,o=s?Al:Or,a=Math.ceil(t/o)*o,c=Om(a),l=s?nh(a,c):null;l||(a=Math.ceil(t/Or)*Or);let u=l?l.block:new Float64Array(a*c),h=l?l.upper:new Float64Array(a*a);for(let f=0;f<e;f+=c){let m=Math.min(c,e-f);m<c&&u.fill(0);let y=r.scaling;for(let p=0;p<m;p++){let g=(f+p)*t;if(y){let{centre:v}=y,_=y.scale[f+p];for(let b=0;b<t;b++)u[b*c+p]=(i[g+b]-v[b])*_-n[b]}else for(let v=0;v<t;v++)u[v*c+p]=i[g+v]-n[v]}l?l.accumulate(m):km(u,c,m,a,h),yield Math.min(1,(f+m)/e)}let d=new Float64Array(t*t);for(let f=0;f<t;f++)for(let m=f;m<t;m++){let y=h[f*a+m];d[f*t+m]=y,d[m*t+f]=y}return d}function kr(i,e){let t=e>1?1/(e-1):1;for(let n=0;n<i.length;n++)i[n]*=t;return i}function*ih(i,e,t,n,r={}){return kr(yield*Bm(i,e,t,n,r),e)}function km(i,e,t,n,r){for(let s=0;s<n;s+=Or){let o=s*e,a=o+e,c=a+e;for(let l=s;l<n;l+=Or){let u=l*e,h=u+e,d=h+e,f=0,m=0,y=0,p=0,g=0,v=0,_=0,b=0,A=0;for(let U=0;U<t;U++){let N=i[o+U],R=i[a+U],L=i[c+U],k=i[u+U],I=i[h+U],W=i[d+U];f+=N*k,m+=N*I,y+=N*W,p+=R*k,g+=R*I,v+=R*W,_+=L*k,b+=L*I,A+=L*W}let w=s*n+l,x=w+n,E=x+n;r[w]+=f,r[w+1]+=m,r[w+2]+=y,r[x]+=p,r[x+1]+=g,r[x+2]+=v,r[E]+=_,r[E+1]+=b,r[E+2]+=A}}}function ri(i){let e=new Float64Array(i[0].length);for(let t of i)for(let n=0;n<e.length;n++)e[n]+=t[n];return e}function rh(i,e,t,n){let r=new Float64Array(e);for(let s=0;s<e;s++){let o=s*t,a=0;for(let c=0;c<t;c++){let l=i[o+c]-n[c];a+=l*l}r[s]=a>0?1/Math.sqrt(a):0}return{centre:n,scale:r}}function oh(i,e,t=e){let n=Math.max(0,Math.min(t,e)),r=zm(Float64Array.from(i),e),s=Float64Array.from(r.diagonal);Gm(s,Float64Array.from(r.offDiagonal),e),s.sort().reverse();let o=Vm(r,s.subarray(0,n),e);for(let a=0;a<n;a++)r.applyQ(o.subarray(a*e,a*e+e));return{values:s,vectors:o}}function zm(i,e){let t=new Float64Array(e),n=new Float64Array(e),r=[],s=new Float64Array(e);for(let a=0;a+2<e;a++){let c=a+1,l=e-c,u=i.slice(a*e+c,a*e+e),h=0;for(let _=0;_<l;_++)h+=u[_]*u[_];t[a]=i[a*e+a];let d=u[0],f=Math.sqrt(h),m=d>0?-f:f,y=2*(h-m*d);if(f===0||y<=Number.MIN_VALUE){n[a]=d;continue}u[0]=d-m;let p=2/y;n[a]=m,r.push({first:c,beta:p,v:u}),s.fill(0,0,l);for(let _=0;_<l;_++){let b=(c+_)*e+c,A=u[_],w=i[b+_]*A;for(let x=_+1;x<l;x++){let E=i[b+x];w+=E*u[x],s[x]+=E*A}s[_]+=w}let g=0;for(let _=0;_<l;_++)s[_]*=p,g+=u[_]*s[_];let v=.5*p*g;for(let _=0;_<l;_++)s[_]-=v*u[_];for(let _=0;_<l;_++){let b=(c+_)*e+c,A=u[_],w=s[_];for(let x=_;x<l;x++)i[b+x]-=A*s[x]+w*u[x]}}return e>=2&&(t[e-2]=i[(e-2)*e+e-2],n[e-2]=i[(e-2)*e+e-1]),e>=1&&(t[e-1]=i[(e-1)*e+e-1]),{diagonal:t,offDiagonal:n,applyQ:a=>{for(let c=r.length-1;c>=0;c--){let{first:l,beta:u,v:h}=r[c],d=0;for(let m=0;m<h.length;m++)d+=h[m]*a[l+m];let f=u*d;for(let m=0;m<h.length;m++)a[l+m]-=f*h[m]}}}}function Gm(i,e,t){for(let n=0;n<t;n++)for(let r=0;;r++){let s=n;for(;s<t-1;){let d=Math.abs(i[s])+Math.abs(i[s+1]);if(Math.abs(e[s])<=Number.EPSILON*d)break;s++}if(s===n)break;if(r>=64)throw new Error("symmetricEigen: QL did not converge");let o=(i[n+1]-i[n])/(2*e[n]),a=Math.hypot(o,1);o=i[s]-i[n]+e[n]/(o+(o>=0?a:-a));let c=1,l=1,u=0,h=!1;for(let d=s-1;d>=n;d--){let f=c*e[d],m=l*e[d];if(a=Math.hypot(f,o),e[d+1]=a,a===0){i[d+1]-=u,e[s]=0,h=!0;break}c=f/a,l=o/a,o=i[d+1]-u,a=(i[d]-o)*c+2*l*m,u=c*a,i[d+1]=o+u,o=l*a-m}h||(i[n]-=u,e[n]=o,e[s]=0)}}function Vm(i,e,t){let{diagonal:n,offDiagonal:r}=i,s=0;for(let h=0;h<t;h++)s=Math.max(s,Math.abs(n[h])+Math.abs(r[h])+(h>0?Math.abs(r[h-1]):0));let o=Math.max(s,Number.MIN_VALUE)*Number.EPSILON,a=new Float64Array(e.length*t),c=new El(n,r,t,o),l=Hm(625341585),u=0;for(let h=0;h<e.length;h++){h>0&&e[h-1]-e[h]>.001*s&&(u=h),c.factor(e[h]);let d=a.subarray(h*t,h*t+t);for(let f=0;f<t;f++)d[f]=l()-.5;for(let f=0;f<4;f++){sh(d),c.solve(d);for(let m=u;m<h;m++){let y=a.subarray(m*t,m*t+t),p=0;for(let g=0;g<t;g++)p+=d[g]*y[g];for(let g=0;g<t;g++)d[g]-=p*y[g]}if(!sh(d))for(let m=0;m<t;m++)d[m]=l()-.5}}return a}var El=class{constructor(e,t,n,r){P(this,"diagonal",e);P(this,"off",t);P(this,"d",n);P(this,"tinyPivot",r);P(this,"u0");P(this,"u1");P(this,"u2");P(this,"multiplier");P(this,"swapped");this.u0=new Float64Array(n),this.u1=new Float64Array(n),this.u2=new Float64Array(n),this.multiplier=new Float64Array(n),this.swapped=new Uint8Array(n)}factor(e){let{diagonal:t,off:n,d:r}=this,s=t[0]-e,o=r>1?n[0]:0,a=0;for(let c=0;c+1<r;c++){let l=n[c],u=t[c+1]-e,h=c+2<r?n[c+1]:0;if(Math.abs(s)>=Math.abs(l)){let d=s===0?this.tinyPivot:s,f=l/d;this.setRow(c,d,o,a,f,0),s=u-f*o,o=h-f*a}else{let d=s/l;this.setRow(c,l,u,h,d,1),s=o-d*u,o=a-d*h}a=0}this.setRow(r-1,s===0?this.tinyPivot:s,0,0,0,0)}solve(e){let{d:t,u0:n,u1:r,u2:s,multiplier:o,swapped:a}=this;for(let c=0;c+1<t;c++){if(a[c]){let l=e[c];e[c]=e[c+1],e[c+1]=l}e[c+1]-=o[c]*e[c]}for(let c=t-1;c>=0;c--){let l=e[c];c+1<t&&(l-=r[c]*e[c+1]),c+2<t&&(l-=s[c]*e[c+2]),e[c]=l/n[c]}}setRow(e,t,n,r,s,o){this.u0[e]=t,this.u1[e]=n,this.u2[e]=r,this.multiplier[e]=s,this.swapped[e]=o}};function sh(i){let e=0;for(let r=0;r<i.length;r++)e=Math.max(e,Math.abs(i[r]));if(!(e>0)||!Number.isFinite(e))return!1;let t=0;for(let r=0;r<i.length;r++)t+=(i[r]/e)**2;let n=1/(e*Math.sqrt(t));for(let r=0;r<i.length;r++)i[r]*=n;return!0}function Hm(i){let e=i>>>0;return()=>(e=Math.imul(e,1664525)+1013904223>>>0,e/4294967296)}var ah=10;function Rl(i,e,t,n=Br(i,e,t)){let{scale:r}=rh(i,e,t,n),s=new Float32Array(e*t);for(let o=0;o<e;o++){let a=o*t,c=r[o];for(let l=0;l<t;l++)s[a+l]=(i[a+l]-n[l])*c}return s}function*Wm(i,e,t,n=ah){Cl(i,e,t);let r=Br(i,e,t);Pl(r);let s=yield*$m(ih(i,e,t,r),.95),o=Xm(s,t,n,r);return yield 1,o}function Xm(i,e,t,n){let r=Math.max(0,Math.min(t,e)),s=oh(i,e,r),o=0;for(let u=0;u<e;u++)o+=i[u*e+u];let a=new Float32Array(r*e),c=new Float64Array(r),l=new Float64Array(r);for(let u=0;u<r;u++){let h=s.vectors.subarray(u*e,u*e+e),d=qm(h);for(let f=0;f<e;f++)a[u*e+f]=d*h[f];c[u]=Math.max(0,s.values[u]),l[u]=o>0?c[u]/o:0}return{components:a,variance:c,varianceFraction:l,totalVariance:o,mean:Float32Array.from(n)}}function lh(i,e,t,n=ah,r){let s=Wm(i,e,t,n);for(;;){let o=s.next();if(o.done)return o.value;r?.(o.value)}}function ch(i,e,t,n,r,s,o){Cl(i,e,t);let a=Math.floor(r.length/t);for(let d of s)if(!Number.isInteger(d)||d<0||d>=a)throw new RangeError(`project: component ${d} is not in 0..${a-1}`);let c=s.length,l=s.map(d=>Tl(n,0,r,d*t,t)),u=s.map(d=>o?Tl(o.centre,0,r,d*t,t):0),h=new Float32Array(e*c);for(let d=0;d<e;d++){let f=d*t,m=o?o.scale[d]:1;for(let y=0;y<c;y++)h[d*c+y]=m*(Tl(i,f,r,s[y]*t,t)-u[y])-l[y]}return h}function uh(i,e,t){Cl(i,e,t);let n=new Float32Array(e*3),r=Math.min(t,3);for(let s=0;s<e;s++)for(let o=0;o<r;o++)n[s*3+o]=i[s*t+o];return n}function Tl(i,e,t,n,r){let s=0;for(let o=0;o<r;o++)s+=i[e+o]*t[n+o];return s}function qm(i){let e=0;for(let t=0;t<i.length;t++)Math.abs(i[t])>Math.abs(e)&&(e=i[t]);return e<0?-1:1}function*$m(i,e){for(;;){let t=i.next();if(t.done)return t.value;yield t.value*e}}function Cl(i,e,t){if(!Number.isInteger(e)||!Number.isInteger(t)||e<0||t<1||i.length<e*t)throw new RangeError(`expected an n x d = ${e} x ${t} Float32Array, got length ${i.length}`)}function Pl(i){let e=i.findIndex(t=>!Number.isFinite(t));if(e>=0)throw new Error(`the data has NaN or infinite values (column ${e})`)}var zr=class{constructor(e){P(this,"size",e);P(this,"keys");P(this,"ids");P(this,"count",0);this.keys=new Float64Array(e),this.ids=new Int32Array(e)}offer(e,t){let{keys:n,ids:r,size:s}=this;if(this.count<s){let o=this.count++;for(;o>0;){let a=o-1>>1;if(!qs(t,e,n[a],r[a]))break;n[o]=n[a],r[o]=r[a],o=a}n[o]=t,r[o]=e;return}s===0||!qs(n[0],r[0],t,e)||this.siftDown(t,e,s)}indices(){return Array.from(this.ids.subarray(0,this.count))}drainSorted(e,t,n){let r=this.count;for(let s=r-1;s>=0;s--)e[n+s]=this.keys[0],t[n+s]=this.ids[0],this.count--,this.count>0&&this.siftDown(this.keys[this.count],this.ids[this.count],this.count);return r}siftDown(e,t,n){let{keys:r,ids:s}=this,o=0;for(;;){let a=2*o+1;if(a>=n)break;let c=a;if(a+1<n&&qs(r[a+1],s[a+1],r[a],s[a])&&(c=a+1),!qs(r[c],s[c],e,t))break;r[o]=r[c],s[o]=s[c],o=c}r[o]=e,s[o]=t}};function qs(i,e,t,n){return i>t||i===t&&e>n}var Gr;function Ym(){if(Gr!==void 0)return Gr;try{Gr=typeof WebAssembly=="object"?new WebAssembly.Module(hg()):null}catch{Gr=null}return Gr}function Ul(i){let e=Ym();if(!e)return null;let{exports:t}=new WebAssembly.Instance(e,{env:{memory:i}});return{distances:t.distances,dots:t.dots,pairsBelow:t.pairsBelow}}function Ol(i){try{return new WebAssembly.Memory({initial:Math.ceil(i/65536)+1})}catch{return null}}var Wt=127,hh=125,Km=123,Mh=2,wh=3,Ah=12,Eh=13,Ai=11,Xr=64,Jm=32,Zm=33,dh=34,jm=65,Qm=40,Th=42,eg=54,Rh=56,Ch=79,Gn=106,tg=107,fh=113,ph=114,Ks=116,ng=118,mh=93,ig=4,$s=146,rg=147,gh=148,sg=253,og=0,ag=12,lg=31,Ys=228,cg=229,yh=230,Ue=i=>[Jm,i],bt=i=>[Zm,i],Ht=i=>[jm,...Xs(i)],Sn=i=>[sg,...pt(i)];function Vr(i,e){return[i,...pt(e.length),...e]}function Hr(i){return[i.length,...Array.from(i,e=>e.charCodeAt(0))]}var[Mn,Ji,Zi,Ph,Ih,wi,xh,vh,bh,Wr,Ki,_h]=[5,6,7,8,9,10,11,16,17,18,19,20],Lh=4096*4,zn=[12,13,14,15],[Nh,Dh,Fh,Uh,Nl]=[0,1,2,3,4];function Il(i,e,t){return[Mh,Xr,wh,Xr,...Ue(Zi),...i,Ch,Eh,1,...e,...Ue(Zi),...Ht(t),Gn,...bt(Zi),Ah,0,Ai,Ai]}function Dl(i,e,t){return[Mh,Xr,wh,Xr,...Ue(i),...e,Ch,Eh,1,...t,...Ue(i),...Ht(1),Gn,...bt(i),Ah,0,Ai,Ai]}function Oh(i,e){let t=(l,u)=>[...Ue(l),...Ue(Zi),Gn,...Sn(og),4,...pt(16*u)],n=l=>e?[...t(i,l),...t(Ji,l),...Sn(cg),dh,vh,...Ue(vh),...Sn(yh)]:[...t(i,l),...t(Ji,l),...Sn(yh)],r=(l,u)=>[...n(l),...Ue(u),...Sn(Ys),...bt(u)],s=l=>[...Ue(l),...Ue(Zi),Gn,Th,2,0],o=e?[...s(i),...s(Ji),rg,dh,xh,...Ue(xh),gh]:[...s(i),...s(Ji),gh],a=[...Sn(ag),...new Array(16).fill(0)],c=l=>[...Ue(zn[0]),...Sn(lg),l];return[...zn.flatMap(l=>[...a,...bt(l)]),...Ht(0),...bt(Zi),...Il(Ue(Ph),zn.flatMap((l,u)=>r(u,l)),64),...Il(Ue(Ih),r(0,zn[0]),16),...Ue(zn[0]),...Ue(zn[1]),...Sn(Ys),...Ue(zn[2]),...Ue(zn[3]),...Sn(Ys),...Sn(Ys),...bt(zn[0]),...c(0),...c(1),$s,...c(2),$s,...c(3),$s,...bt(wi),...Il(Ue(Nl),[...Ue(wi),...o,$s,...bt(wi)],4)]}var Bh=[...Ue(Nl),...Ht(-64),fh,...bt(Ph),...Ue(Nl),...Ht(-16),fh,...bt(Ih)],Fl=(i,e)=>[...Ue(i),...Ue(e),...Ht(2),Ks,Gn,Qm,2,0];function Sh(i){let[e,t,n,r]=[Nh,Dh,Fh,Uh];return[...Bh,...Ht(0),...bt(Mn),...Dl(Mn,Ue(n),[...Fl(t,Mn),...bt(Ji),...Oh(e,i),...Ue(r),...Ue(Mn),...Ht(2),Ks,Gn,...Ue(wi),Rh,2,0]),Ai]}function ug(){let[i,e,t,n]=[Nh,Dh,Fh,Uh],r=s=>[...Ue(i),...Ue(s),...Ht(2),Ks,Gn,Th,2,...pt(Lh)];return[...Bh,...Ue(n),...bt(Ki),...Ht(0),...bt(Mn),...Dl(Mn,Ue(t),[...Fl(i,Mn),...bt(bh),...r(Mn),...bt(_h),...Ue(Mn),...Ht(1),Gn,...bt(Wr),...Dl(Wr,Ue(e),[...Fl(i,Wr),...bt(Ji),...Oh(bh,!0),...Ue(wi),...Ue(_h),mh,...Ue(wi),...r(Wr),mh,ph,ig,Xr,...Ue(Ki),...Ue(Mn),...Ue(Wr),...Ht(16),Ks,ph,eg,2,0,...Ue(Ki),...Ue(wi),Rh,2,4,...Ue(Ki),...Ht(8),Gn,...bt(Ki),Ai])]),...Ue(Ki),...Ue(n),tg,...Ht(3),ng,Ai]}function Ll(i){let e=[5,5,Wt,2,hh,5,Km,3,Wt,1,hh];return[...pt(e.length+i.length),...e,...i]}function hg(){let i=[Ll(Sh(!0)),Ll(Sh(!1)),Ll(ug())];return new Uint8Array([0,97,115,109,1,0,0,0,...Vr(1,[2,96,5,Wt,Wt,Wt,Wt,Wt,0,96,5,Wt,Wt,Wt,Wt,Wt,1,Wt]),...Vr(2,[1,...Hr("env"),...Hr("memory"),2,0,1]),...Vr(3,[3,0,0,1]),...Vr(7,[3,...Hr("distances"),0,0,...Hr("dots"),0,1,...Hr("pairsBelow"),0,2]),...Vr(10,[3,...i.flat()])])}var Xt=4096;var kh=64,zh=512,Js=class i{constructor(e,t,n,r){P(this,"rows",e);P(this,"n",t);P(this,"d",n);P(this,"wasm",r);P(this,"norms",null);P(this,"centred",null)}static store(e,t,n){let s=t*n*4,o=s+Math.ceil(n/4)*16,a=o+Xt*4,c=a+Xt*4,l=Ol(c+kh*n*4),u=l&&Ul(l);if(!l||!u)return new i(e,t,n,null);let h=new Float32Array(l.buffer,0,t*n);return h.set(e.subarray(0,t*n)),new i(h,t,n,{functions:u,memory:l,queryOffset:s,listOffset:o,outOffset:a,axesOffset:c})}dotsWith(e,t,n,r){let{rows:s,d:o}=this,a=new Float32Array((r-n)*t),c=this.wasm;if(!c||t>kh){for(let p=n;p<r;p++)for(let g=0;g<t;g++){let v=0;for(let _=0,b=p*o,A=g*o;_<o;_++)v+=s[b+_]*e[A+_];a[(p-n)*t+g]=v}return a}let{functions:l,memory:u,listOffset:h,outOffset:d,axesOffset:f}=c;new Float32Array(u.buffer,f,t*o).set(e.subarray(0,t*o));let m=new Int32Array(u.buffer,h,Xt),y=new Float32Array(u.buffer,d,Xt);for(let p=n;p<r;p+=zh){let g=Math.min(zh,r-p);for(let v=0;v<g;v++)m[v]=(p+v)*o*4;for(let v=0;v<t;v++){l.dots(f+v*o*4,h,g,d,o*4);for(let _=0;_<g;_++)a[(p-n+_)*t+v]=y[_]}}return a}static over(e,t,n){return new i(e,t,n,null)}row(e){if(!(e>=0&&e<this.n))throw new RangeError(`row ${e} of ${this.n}`);return this.rows.slice(e*this.d,e*this.d+this.d)}nearest(e){let{n:t,d:n}=this;if(e.vector.length!==n)throw new RangeError(`query of ${e.vector.length} values for rows of ${n}`);let r=e.exclude>=0&&e.exclude<t?1:0,s=Math.max(0,Math.min(e.k,t-r));if(s===0)return{indices:new Int32Array(0),distances:new Float64Array(0)};let o=this.exactDistance(e),a=this.wasm?Math.min(t-r,s+Math.max(16,Math.ceil(s/8))):s,c=new zr(a);if(this.wasm)this.scanWasm(e,this.wasm,c);else for(let h=0;h<t;h++)h!==e.exclude&&c.offer(h,o(h));let l=c.indices().map(h=>({r:h,distance:o(h)}));l.sort((h,d)=>h.distance-d.distance||h.r-d.r);let u=l.slice(0,s);return{indices:Int32Array.from(u,h=>h.r),distances:Float64Array.from(u,h=>h.distance)}}scanWasm(e,t,n){let{n:r,d:s}=this,{functions:o,memory:a,queryOffset:c,listOffset:l,outOffset:u}=t,h=new Float32Array(a.buffer,c,s),d=new Int32Array(a.buffer,l,Xt),f=new Float32Array(a.buffer,u,Xt),m=s*4,y=0,p=null;if(e.metric==="euclidean")h.set(e.vector);else if(e.centre){for(let v=0;v<s;v++)h[v]=e.vector[v]-e.centre[v];for(let v=0;v<s;v++)y+=e.centre[v]*h[v];p=this.centredNorms(e.centre)}else h.set(e.vector),p=this.rowNorms();let g=e.metric==="euclidean"?o.distances:o.dots;for(let v=0;v<r;v+=Xt){let _=Math.min(Xt,r-v);for(let b=0;b<_;b++)d[b]=(v+b)*m;g(c,l,_,u,m);for(let b=0;b<_;b++){let A=v+b;if(A===e.exclude)continue;let w=p?p[A]>0?-(f[b]-y)/p[A]:0:f[b];n.offer(A,w)}}}exactDistance(e){let{rows:t,d:n}=this,r=Float64Array.from(e.vector);if(e.metric==="euclidean")return a=>{let c=0;for(let l=0,u=a*n;l<n;l++,u++)c+=(t[u]-r[l])**2;return Math.sqrt(c)};let s=e.centre??new Float64Array(n);for(let a=0;a<n;a++)r[a]-=s[a];let o=0;for(let a=0;a<n;a++)o+=r[a]*r[a];return o=Math.sqrt(o),a=>{let c=0,l=0;for(let h=0,d=a*n;h<n;h++,d++){let f=t[d]-s[h];c+=f*r[h],l+=f*f}let u=Math.sqrt(l)*o;return u>0?1-c/u:1}}prepare(e){e?this.centredNorms(e):this.rowNorms()}rowNorms(){return this.norms??(this.norms=this.normsAround(null))}centredNorms(e){let t=this.centred;if(t&&t.centre.length===e.length&&t.centre.every((r,s)=>r===e[s]))return t.norms;let n=this.normsAround(e);return this.centred={centre:e.slice(),norms:n},n}normsAround(e){let{rows:t,n,d:r}=this,s=new Float64Array(n);for(let o=0;o<n;o++){let a=0;for(let c=0,l=o*r;c<r;c++,l++){let u=e?t[l]-e[c]:t[l];a+=u*u}s[o]=Math.sqrt(a)}return s}};function Gh(i,e,t){let n=[];i.forEach((s,o)=>s.indices.forEach((a,c)=>n.push({index:e[o]+a,distance:s.distances[c]}))),n.sort((s,o)=>s.distance-o.distance||s.index-o.index);let r=n.slice(0,t);return{indices:Int32Array.from(r,s=>s.index),distances:Float64Array.from(r,s=>s.distance)}}var vM=2**21;function Bl(i,e){return{trees:e>32?8:Math.min(12,3+Math.round(Math.pow(i,.2))),leafSize:Math.max(24,Math.ceil(1.5*e)),maxCandidates:e<=32?30:16,maxIterations:12,delta:e<=32?.005:.02}}function Vh(i,e,t,n){return i<=n.delta*e*t}var mg=1e9;function kl(i,e,t=!1){return t||i*i*e<=mg}var Wh=50,Hl=30,Wl=10,gg=1;function Xl(i){return`${i.metric}|${i.spherize?"spherized":"as loaded"}`}function Xh(i,e,t){let n=Math.min(t,Wh),r=kl(e,n)?i:Math.max(i,Hl);return Math.max(1,Math.min(r,e-1))}function yg(i){let e=Math.min(Hl,i-1);return{...Bl(i,e),trees:3,maxCandidates:64}}async function qh(i,e,t){let{shardRows:n,n:r,d:s,job:o}=i,a=n.length,c=(E,U,N)=>Promise.all(n.map((R,L)=>zl(i,L,E,U(L),N?.(L)))),l=new Vl(a,i.onProgress),u=e.spherize?Hh(ri(await c("graphColumnSums",()=>({unitAround:null}))),r):e.metric==="cosine"?new Float64Array(s):null,h=Hh(ri(await c("graphColumnSums",()=>({unitAround:u}))),r);l.phase(0,.04);let d=ri(await c("graphScatter",()=>({unitAround:u,mean:h}),E=>({onProgress:U=>l.report(E,U)}))),f=Math.min(s,Wh),m=kr(d,r),y=await zl(i,0,"principalAxes",{covariance:m,d:s,k:f,mean:h},{transfer:[m.buffer]});l.phase(.04,.08);let p=n.map((E,U)=>n.slice(0,U).reduce((N,R)=>N+R,0)),g=await c("graphProject",E=>({job:o,n:r,start:p[E],unitAround:u,mean:y.mean,components:y.components,dims:f,hintDims:Wl,share:a>1}),E=>({onProgress:U=>l.report(E,U)}));await Promise.all(g.flatMap(({rows:E,zero:U},N)=>{let R=n.map((L,k)=>k).filter(L=>L!==N);return R.map((L,k)=>zl(i,L,"graphRowsIn",{job:o,start:p[N],rows:E,zero:U},k===R.length-1?{transfer:[E.buffer,...U?[U.buffer]:[]]}:{}))}));let v=kl(r,f),_=yg(r),b=v?t:Math.min(t,Hl),A=b<t,w=A?.85:.98;l.phase(.1,v?.98:.3);let x=await c("graphForest",E=>({job:o,k:b,parts:a,part:E,seed:gg,exact:v,descent:_}),E=>({onProgress:U=>l.report(E,U)}));if(!v){let E=await c("graphAccept",U=>({job:o,offers:Zs(x.map(N=>N.offers),U)}),Gl(x.map(U=>U.offers)));for(let U=0;U<_.maxIterations;U++){let N=(w-.3)/_.maxIterations;l.phase(.3+U*N,.3+(U+1)*N);let L=(await c("graphSample",()=>({job:o}))).map(z=>z.reverse),k=E.map((z,ne)=>({part:ne,keys:z.worst})),I=await c("graphJoin",z=>({job:o,reverse:Zs(L,z),worst:k.filter(ne=>ne.part!==z)}),z=>({...Gl(L)(z),onProgress:ne=>l.report(z,ne)})),W=I.map(z=>z.offers);E=await c("graphAccept",z=>({job:o,offers:Zs(W,z)}),Gl(W));let q=I.reduce((z,ne)=>z+ne.updates,0)+E.reduce((z,ne)=>z+ne.updates,0);if(i.onRound?.(U+1,q),Vh(q,r,b,_))break}}if(A){l.phase(w,.99);let E=await c("graphLists",()=>({job:o}));await c("graphExtend",U=>({job:o,k:t,others:E.flatMap((N,R)=>R===U?[]:[{part:R,indices:N}])}),U=>({onProgress:N=>l.report(U,N),...a===2?{transfer:[E[1-U].buffer]}:{}}))}await c("graphFinish",()=>({job:o,key:Xl(e),metric:e.metric})),i.onProgress?.(1)}function zl(i,e,t,n,r={}){return i.workers[e].call(t,n,{...r,signal:i.signal})}function Zs(i,e){return i.flatMap((t,n)=>n!==e&&t[e]?[t[e]]:[])}function Gl(i){return e=>({transfer:Zs(i,e).flatMap(t=>[t.rows.buffer,t.others.buffer,t.values.buffer,t.flags.buffer])})}var Vl=class{constructor(e,t){P(this,"onProgress",t);P(this,"from",0);P(this,"to",0);P(this,"fractions");this.fractions=new Float64Array(e)}phase(e,t){this.from=e,this.to=t,this.fractions.fill(0),this.onProgress?.(e)}report(e,t){this.fractions[e]=t;let n=this.fractions.reduce((r,s)=>r+s,0)/this.fractions.length;this.onProgress?.(this.from+(this.to-this.from)*n)}};function Hh(i,e){if(e>0)for(let t=0;t<i.length;t++)i[t]/=e;return i}var xg=2048,ql=class{constructor(e,t=()=>{}){P(this,"onDispose",t);P(this,"workers");P(this,"loads",new Fn);P(this,"pcas",new Fn);P(this,"projects",new Fn);P(this,"graphs",new Fn);P(this,"graph",null);P(this,"nextGraphJob",1);P(this,"means",null);P(this,"pendingPca",null);P(this,"shape",{n:0,d:0});P(this,"shardRows",[]);P(this,"rawMean",null);P(this,"last",null);let n=Array.isArray(e)?e:[e];if(n.length===0)throw new Error("ComputeClient needs at least one worker port");this.workers=n.map(r=>new _n(r))}get workerCount(){return this.workers.length}load(e,t,n,r={}){if(!Number.isInteger(t)||!Number.isInteger(n)||t<0||n<1||e.length<t*n)throw new RangeError(`load: ${e.length} values for ${t} x ${n}`);this.pcas.cancel(),this.projects.cancel(),this.graphs.cancel(),this.graph=null,this.means=null,this.shape={n:t,d:n},this.rawMean=null,this.last=null;let s=Math.max(1,Math.min(this.workers.length,Math.floor(t/xg)));return this.shardRows=vg(t,s),this.loads.run(async o=>{let a=0,c=this.shardRows.map((l,u)=>{let h=Hs(e.subarray(a*n,(a+l)*n),s===1?r.transfer:!0);return a+=l,this.request(o,u,"load",{rows:h.array,n:l,d:n},{transfer:h.transfer})});return await Promise.all(c),{n:t,d:n}})}pca(e=10,t={}){return this.projects.cancel(),this.pcas.run(n=>{let r=this.computePca(n,e,t);this.pendingPca=r;let s=()=>{this.pendingPca===r&&(this.pendingPca=null)};return r.then(s,s),r})}project(e,t={}){return this.projects.run(async n=>{let r=null;for(;this.pendingPca;)r=await this.pendingPca.then(()=>null,h=>h),n.throwIfAborted();let s=this.last;if(!s)throw r instanceof Error&&!(r instanceof ft)?r:new Error("project: call pca first");let{mean:o,components:a}=s.result,c=await Promise.all(this.shardRows.map((h,d)=>this.request(n,d,"project",{mean:o,components:a,dims:e})));if(t.onProgress?.(1),c.length===1)return c[0];let l=new Float32Array(this.shape.n*e.length),u=0;for(let h of c)l.set(h,u),u+=h.length;return l})}neighborGraph(e,t={}){let{n,d:r}=this.shape;if(this.shardRows.length===0)return Promise.reject(new Error("no data: call load first"));let s=Xl(e),o=Math.max(1,Math.min(e.k,n-1)),a=this.graph&&this.graph.key===s&&this.graph.k>=o?this.graph:null,c=async(l,u)=>{await u,l.throwIfAborted();let h=await Promise.all(this.shardRows.map((d,f)=>this.request(l,f,"graphExport",{key:s,k:o,hintDims:Wl}))).catch(d=>{throw this.graph?.key===s?d:new ft});return t.onProgress?.(1),{n,k:o,parts:h.map(d=>d.part),hints:h.map(d=>d.hint)}};return a?c(new AbortController().signal,a.ready):this.graphs.run(l=>{let u=Xh(o,n,r),h={workers:this.workers,shardRows:this.shardRows,n,d:r,job:this.nextGraphJob++,signal:l,onProgress:t.onProgress,onRound:t.onRound},d=qh(h,e,u),f={key:s,k:u,ready:d};return this.graph=f,d.catch(()=>{this.graph===f&&(this.graph=null)}),c(l,d)})}async nearestRows(e,t,n,r,s){let{n:o}=this.shape;if(!(e>=0&&e<o))throw new RangeError(`row ${e} of ${o}`);let a=this.shardStarts(),c=a.length-1;for(;a[c]>e;)c--;let l=s??await this.workers[c].call("rowVector",{row:e-a[c]}),u=r?await this.columnMeans():null,h=await Promise.all(this.shardRows.map((d,f)=>this.workers[f].call("nearestRows",{vector:l,k:t,metric:r?"cosine":n,centre:u,exclude:f===c?e-a[c]:-1})));return Gh(h,a,t)}async prepareNearestRows(){try{let e=await this.columnMeans();await Promise.all(this.shardRows.map((t,n)=>this.workers[n].call("prepareNearestRows",{centres:[null,e]})))}catch{}}columnMeans(){let e=this.shape.n;this.means??(this.means=Promise.all(this.shardRows.map((n,r)=>this.workers[r].call("graphColumnSums",{unitAround:null}))).then(n=>{let r=ri(n);for(let s=0;s<r.length;s++)r[s]/=e;return r}));let t=this.means;return t.catch(()=>{this.means===t&&(this.means=null)}),t}shardStarts(){return this.shardRows.map((e,t)=>this.shardRows.slice(0,t).reduce((n,r)=>n+r,0))}fail(e){for(let t of this.workers)t.fail(e)}dispose(){let e=new ft("compute client disposed");for(let t of[this.loads,this.pcas,this.projects,this.graphs])t.cancel(e);for(let t of this.workers)t.close(e);this.onDispose()}async computePca(e,t,n){let r=n.spherize??!1,{n:s,d:o}=this.shape;if(this.shardRows.length===0)throw new Error("no data: call load first");let a=this.last;if(a&&a.k===t&&a.spherize===r)return $h(a.result,r,o);this.last=null;let c=r&&this.rawMean?this.rawMean:await this.sumRows(e,null);Pl(c),e.aborted||(this.rawMean=c);let l=r?await this.sumRows(e,c):c,u=new Float64Array(this.shardRows.length),h=await Promise.all(this.shardRows.map((y,p)=>this.request(e,p,"scatter",{mean:l},{onProgress:g=>{u[p]=g,n.onProgress?.(.95*u.reduce((v,_)=>v+_,0)/u.length)}}))),d=kr(ri(h),s),f={covariance:d,d:o,k:t,mean:l},m=await this.request(e,0,"principalAxes",f,{transfer:[d.buffer]});return n.onProgress?.(1),e.aborted||(this.last={k:t,spherize:r,result:m}),$h(m,r,o)}async sumRows(e,t){let n=await Promise.all(this.shardRows.map((o,a)=>this.request(e,a,"selectRows",{spherizeAround:t}))),r=ri(n),s=this.shape.n;if(s>0)for(let o=0;o<r.length;o++)r[o]/=s;return r}request(e,t,n,r,s={}){return this.workers[t].call(n,r,{...s,signal:e})}};function vg(i,e){return Array.from({length:e},(t,n)=>Math.floor(i*(n+1)/e)-Math.floor(i*n/e))}function $h(i,e,t){return{components:i.components.slice(),variance:i.variance.slice(),varianceFraction:i.varianceFraction.slice(),totalVariance:i.totalVariance,mean:i.mean.slice(),spherized:e,k:i.variance.length,d:t}}function bg(){let i=typeof navigator<"u"?navigator.hardwareConcurrency:0;return Math.max(1,Math.min(4,i||2))}function js(i=new URL("./compute.worker.js",import.meta.url),e=bg()){let t=Array.from({length:Math.max(1,e)},()=>new Worker(i,{type:"module"})),n=new ql(t,()=>t.forEach(r=>r.terminate()));for(let r of t)ni(r,"compute",i,s=>n.fail(s));return n}function Ei(i){return i instanceof ft||i?.name==="CancelledError"||i?.name==="AbortError"}var ji=class{constructor(){P(this,"data",new Float32Array(0));P(this,"n",0);P(this,"d",0);P(this,"last",null);P(this,"scanner",null);P(this,"means",null)}async load(e,t,n){this.data=e,this.n=t,this.d=n,this.last=null,this.scanner=null,this.means=null}async pca(e,t){let n=t.spherize?Rl(this.data,this.n,this.d):this.data,r=lh(n,this.n,this.d,e);return this.last={data:n,mean:r.mean,components:r.components},{varianceFraction:Array.from(r.varianceFraction)}}async project(e){if(!this.last)throw new Error("project() before pca()");return ch(this.last.data,this.n,this.d,this.last.mean,this.last.components,e)}async identity(e){let t=e?Rl(this.data,this.n,this.d):this.data;return uh(t,this.n,this.d)}async nearestRows(e,t,n,r){let s=this.scanner??(this.scanner=Js.over(this.data,this.n,this.d)),o=r?this.means??(this.means=Br(this.data,this.n,this.d)):null;return s.nearest({vector:s.row(e),k:t,metric:r?"cosine":n,centre:o,exclude:e})}row(e){return e>=0&&e<this.n&&this.data.length>=this.n*this.d?this.data.slice(e*this.d,(e+1)*this.d):null}neighborGraph(){return null}dispose(){this.data=new Float32Array(0),this.last=null}},$l=class{constructor(e=3e4){P(this,"startTimeoutMs",e);P(this,"client",js());P(this,"local",new ji);P(this,"fallback",!1);P(this,"onFallback",null);P(this,"loads",0);P(this,"queriesPrepared",0)}async load(e,t,n){if(this.loads++,await this.local.load(e,t,n),this.fallback)return;let r=0,s=new Promise(a=>{r=self.setTimeout(()=>a("timeout"),this.startTimeoutMs)});await Promise.race([this.client.load(e,t,n).then(()=>"ok",a=>{if(Ei(a))throw a;return"failed"}),s]).finally(()=>self.clearTimeout(r))!=="ok"&&(this.fallback=!0,this.client.dispose(),this.onFallback?.("The compute worker (compute.worker.js) did not start; computing on the page instead."))}async pca(e,t){if(this.fallback)return this.local.pca(e,t);let n=await this.client.pca(e,{spherize:t.spherize,onProgress:t.onProgress});return this.queriesPrepared!==this.loads&&(this.queriesPrepared=this.loads,this.client.prepareNearestRows()),{varianceFraction:Array.from(n.varianceFraction)}}project(e){return this.fallback?this.local.project(e):this.client.project(e)}identity(e){return this.local.identity(e)}nearestRows(e,t,n,r){return this.fallback?this.local.nearestRows(e,t,n,r):this.client.nearestRows(e,t,n,r,this.local.row(e)??void 0)}neighborGraph(e,t){return this.fallback?null:this.client.neighborGraph(e,{onProgress:t})}dispose(){this.fallback||this.client.dispose(),this.local.dispose()}};function Yh(){return typeof Worker=="function"?new $l:new ji}function Qs(i,e){let t=e.trim();if(!t)return null;let n,r=/^\/(.+)\/([a-z]*)$/.exec(t);if(r)try{let o=(r[2].includes("c")?"":"i")+(r[2].includes("s")?"s":""),a;try{a=new RegExp(r[1],o+"u")}catch{a=new RegExp(r[1],o)}n=c=>a.test(c)}catch{return new Int32Array(0)}else{let o=t.toLowerCase();n=a=>a.toLowerCase().includes(o)}let s=[];for(let o=0;o<i.length;o++)n(i[o]??"")&&s.push(o);return Int32Array.from(s)}function Kh(i,e){let t=C("input",{type:"search",placeholder:"Search… (text or /regex/)","data-testid":"search-input","aria-label":"Search metadata",className:"ep-search"}),n=C("select",{"data-testid":"search-column","aria-label":"Search column"}),r=C("div",{className:"ep-meta","data-testid":"search-count"}),s=C("ul",{className:"ep-results","data-testid":"search-results"}),o=0,a=0,c=()=>{let h=i.state,d=h.columns[a],f=h.searchMatches,m=d?Qs(d.values,t.value):null,y=m??(f&&h.selection===f?new Int32Array(0):h.selection);i.set({searchMatches:m,selection:m??y})};t.addEventListener("input",()=>{window.clearTimeout(o),o=window.setTimeout(c,120)}),n.addEventListener("change",()=>{a=Number(n.value),c()});let l=()=>{let h=i.state;Et(n,h.columns.map((f,m)=>({value:String(m),label:f.name})),String(a));let d=h.searchMatches;r.textContent=d?`${d.length.toLocaleString("en-US")} match${d.length===1?"":"es"}`:"",s.replaceChildren(...(d?Array.from(d.subarray(0,12)):[]).map(f=>C("li",{"data-testid":"search-result","data-index":f,onclick:()=>i.set({selected:f})},e(f))))};i.subscribe((h,d)=>{d.has("columns")&&(t.value="",a=Math.max(0,h.labelColumn),h.searchMatches&&i.set({searchMatches:null})),(d.has("columns")||d.has("searchMatches")||d.has("labelColumn"))&&l()}),l();let u=C("section",{},C("h2",{},"Search"),C("div",{className:"ep-row"},t),C("div",{className:"ep-row"},C("label",{},"in"),n),r,s);return i.subscribe((h,d)=>{d.has("columns")&&(u.style.display=h.columns.length?"":"none")}),u.style.display="none",u}function Jh(i,e,t){let n=new Float64Array(e);for(let r of t){let s=r*e;for(let o=0;o<e;o++)n[o]+=i[s+o]}if(t.length)for(let r=0;r<e;r++)n[r]/=t.length;return n}function Zh(i,e){let t=new Uint8Array(e);for(let r of i)t[r]=1;let n=[];for(let r=0;r<e;r++)t[r]||n.push(r);return Int32Array.from(n)}function jh(i,e,t,n,r,s,o,a){let c=Qs(n,r.negative),l=Qs(n,r.positive),u=c?.length??0,h=l?.length??0,d=_=>{for(let b=0;b<e;b++)s[b*o+a]=0;return{negativeCount:u,positiveCount:h,problem:_}};if(!c&&!l)return d("no queries");if(c||(c=Zh(l,e)),l||(l=Zh(c,e)),!c.length||!l.length)return d("a side matches no rows");let f=Jh(i,t,c),m=Jh(i,t,l),y=new Float64Array(t),p=new Float64Array(t),g=0;for(let _=0;_<t;_++)y[_]=m[_]-f[_],p[_]=(m[_]+f[_])/2,g+=y[_]*y[_];if(g=Math.sqrt(g),!(g>0))return d("both sides have the same centroid");let v=0;for(let _=0;_<t;_++)y[_]/=g,v+=p[_]*y[_];for(let _=0;_<e;_++){let b=_*t,A=0;for(let w=0;w<t;w++)A+=i[b+w]*y[w];s[_*o+a]=A-v}return{negativeCount:u,positiveCount:h,problem:null}}function Qh(i,e,t,n,r,s){let o=new Float32Array(e*2),a=jh(i,e,t,n,r,o,2,0),c=jh(i,e,t,n,s,o,2,1);return{coords:o,x:a,y:c}}var Qi=i=>i==="tsne"||i==="umap"||i==="custom",ed={tsne:.85,umap:.7},eo=i=>({method:i,state:"idle",iteration:0,total:0,progress:0,converged:!1,error:null,points:0});function Yl(i,e,t){if(!t)return i;let n=new Float32Array(t.length*e);return t.forEach((r,s)=>n.set(i.subarray(r*e,r*e+e),s*e)),n}function _g(i,e,t,n){let r=Yl(i,e,t);if(!n)return r;let s=r===i?r.slice():r,o=s.length/e,a=new Float64Array(e);for(let c=0;c<o;c++)for(let l=0;l<e;l++)a[l]+=s[c*e+l];for(let c=0;c<e;c++)a[c]/=Math.max(1,o);for(let c=0;c<o;c++){let l=0;for(let h=0;h<e;h++){let d=s[c*e+h]-a[h];s[c*e+h]=d,l+=d*d}let u=l>0?1/Math.sqrt(l):0;for(let h=0;h<e;h++)s[c*e+h]*=u}return s}function to(i,e,t,n){if(!n)return i;let r=new Float32Array(e*t).fill(NaN);return n.forEach((s,o)=>{for(let a=0;a<t;a++)r[s*t+a]=i[o*t+a]}),r}var no=class{constructor(e){P(this,"host",e);P(this,"tsne",{perplexity:30,learningRate:"auto",maxIterations:1e3,seed:1,superviseColumn:-1,ignoredLabel:"",superviseWeight:.5});P(this,"umap",{nNeighbors:15,minDist:.1,spread:1,nEpochs:0,seed:1,metric:"euclidean"});P(this,"custom",{column:0,x:{negative:"",positive:""},y:{negative:"",positive:""}});P(this,"status",{tsne:eo("tsne"),umap:eo("umap")});P(this,"customResult",null);P(this,"last",{});P(this,"tsneClient",null);P(this,"umapClient",null);P(this,"loaded",{tsne:"",umap:""});P(this,"dataId",0);P(this,"dataRef",null);P(this,"listeners",new Set);P(this,"settingsVersion",0);P(this,"runRows",{tsne:null,umap:null});P(this,"runs",{tsne:0,umap:0});P(this,"fromGraph",{tsne:!1,umap:!1});P(this,"waitingForGraph",{tsne:0,umap:0});P(this,"pausedByLeaving",!1)}onChange(e){return this.listeners.add(e),()=>this.listeners.delete(e)}emit(){for(let e of this.listeners)e()}setStatus(e,t){this.status[e]={...this.status[e],...t},this.emit()}key(e=""){let t=this.host.getData();t&&t.data!==this.dataRef&&(this.dataRef=t.data,this.dataId++);let n=this.host.store.state.isolated,r=this.host.store.state.spherize?"spherized":"raw";return`${this.dataId}|${r}|${n?`${n.length}:${n[0]}:${n[n.length-1]}`:"all"}|${e}`}project(){let e=this.host.store.state;if(!Qi(e.method)||!this.host.getData())return;let t=e.is3d&&e.method!=="custom"?3:2,n=this.last[e.method];if(e.method==="custom"){this.runCustom();return}if(n&&n.k===t&&n.key===this.key()){this.draw(e.method,n.coords,t),e.method==="tsne"&&this.pausedByLeaving&&(this.pausedByLeaving=!1,this.resumeTsne());return}e.method==="umap"?this.runUmap():this.runTsne()}draw(e,t,n){if(this.last[e]={coords:t,k:n,key:this.key()},this.host.store.state.method!==e)return;let r=e==="tsne"?"t-SNE":e==="umap"?"UMAP":"custom";this.host.place(t,n,e==="custom"?["custom-x","custom-y"]:Array.from({length:n},(s,o)=>`${r}-${o}`))}applySettings(e){e.tsne&&Object.assign(this.tsne,e.tsne),e.umap&&Object.assign(this.umap,e.umap),e.custom&&Object.assign(this.custom,e.custom),this.settingsVersion++,this.emit(),e.custom&&this.host.store.state.method==="custom"&&this.runCustom()}setLayout(e,t,n){this.draw(e,t,n)}lastLayout(e){return this.last[e]??null}runCustom(){let e=this.host.getData(),n=this.host.store.state.columns[this.custom.column];if(!e)return;let r=Qh(e.data,e.n,e.d,n?n.values:[],this.custom.x,this.custom.y);this.customResult=r,this.emit(),this.draw("custom",r.coords,2)}async runUmap(){let e=this.host.getData();if(!e)return;let t=this.host.store.state,n=t.isolated,r=t.is3d?3:2,s=this.key(),o=++this.runs.umap;try{this.umapClient||(this.umapClient=Qu(),this.umapClient.onProgress(h=>this.setStatus("umap",{progress:this.workerProgress("umap",h.fraction)})),this.umapClient.onFrame((h,d,f,m,y)=>{this.setStatus("umap",{iteration:d,total:f,state:m?"done":"running"}),this.draw("umap",to(h,this.host.getData()?.n??0,y.dim,this.runRows.umap),y.dim)})),this.setStatus("umap",{state:"initializing",iteration:0,total:0,progress:0,error:null,points:n?n.length:e.n});let a=this.umap,c=this.umapClient;if(!await this.sendInput("umap",c,{k:a.nNeighbors-1,metric:a.metric,spherize:t.spherize},s,o))return;this.runRows.umap=n;let l={nNeighbors:a.nNeighbors,minDist:a.minDist,spread:a.spread,seed:a.seed,metric:a.metric,dim:r};a.nEpochs>0&&(l.nEpochs=a.nEpochs);let u=await c.start(l);this.setStatus("umap",{state:u.done?"done":"stopped"})}catch(a){if(Ei(a))return;if(a instanceof Mi){this.setStatus("umap",{state:"stopped",error:null,iteration:0});return}this.setStatus("umap",{state:"error",error:a instanceof Error?a.message:String(a)})}}stopUmap(){if(this.waitingForGraph.umap===this.runs.umap&&this.runs.umap>0){this.runs.umap++,this.setStatus("umap",{state:"stopped",error:null,iteration:0});return}this.umapClient?.stop()}workerProgress(e,t){let n=this.fromGraph[e]?ed[e]:0;return n+(1-n)*t}async sendInput(e,t,n,r,s){let o=this.host.getData(),a=this.host.store.state,c=a.isolated,l=c?null:this.host.neighborGraph?.(n,u=>{this.runs[e]===s&&this.setStatus(e,{progress:ed[e]*u})})??null;if(this.fromGraph[e]=!!l,l){this.waitingForGraph[e]=s;let u;try{u=await l}finally{this.waitingForGraph[e]===s&&(this.waitingForGraph[e]=0)}return this.runs[e]!==s?!1:(this.loaded[e]="",await t.loadGraph(u),this.runs[e]===s)}return this.loaded[e]!==r&&(this.loaded[e]="",await t.load(_g(o.data,o.d,c,a.spherize),c?c.length:o.n,o.d),this.loaded[e]=r),this.runs[e]===s}async runTsne(){this.pausedByLeaving=!1;let e=this.host.getData();if(!e)return;let t=this.host.store.state,n=t.isolated,r=n?n.length:e.n,s=t.is3d?3:2,o=this.key(),a=++this.runs.tsne;try{if(!this.tsneClient){if(!this.host.createTsneClient)throw new Error("the t-SNE worker is not part of this build");this.tsneClient=this.host.createTsneClient(),this.tsneClient.onFrame((d,f,m,y)=>{this.setStatus("tsne",{iteration:f,converged:m,state:y.done?"done":this.status.tsne.state==="paused"?"paused":"running"}),this.draw("tsne",to(d,this.host.getData()?.n??0,y.dim,this.runRows.tsne),y.dim)}),this.tsneClient.onState(d=>this.setStatus("tsne",{state:d.state,iteration:d.iteration,converged:d.converged})),this.tsneClient.onFailure(d=>this.tsneFailed(d))}this.setStatus("tsne",{state:"initializing",iteration:0,total:this.tsne.maxIterations,progress:0,error:null,converged:!1,points:r});let c=this.tsne,l=this.tsneClient;if(!await this.sendInput("tsne",l,{k:eh(r,c.perplexity),metric:"euclidean",spherize:t.spherize},o,a))return;this.runRows.tsne=n;let u={dim:s,perplexity:c.perplexity,learningRate:c.learningRate,seed:c.seed,maxIterations:c.maxIterations,frameMilliseconds:Math.round(Math.max(80,Math.min(1e3,r/100)))},h=this.supervision(n);h&&(u.supervise=h),await l.start(u,{onProgress:d=>this.setStatus("tsne",{progress:this.workerProgress("tsne",d)})})}catch(c){if(Ei(c))return;this.setStatus("tsne",{state:"error",error:c instanceof Error?c.message:String(c)})}}supervision(e){let t=this.host.store.state.columns[this.tsne.superviseColumn];if(!t||this.tsne.superviseWeight<=0)return;let n=new Map,r=e?e.length:t.values.length,s=new Int32Array(r),o=this.tsne.ignoredLabel.trim();for(let a=0;a<r;a++){let c=t.values[e?e[a]:a]??"";if(c===""||o!==""&&c===o){s[a]=-1;continue}let l=n.get(c);l===void 0&&(l=n.size,n.set(c,l)),s[a]=l}return{labels:s,weight:this.tsne.superviseWeight}}leaving(e){e==="tsne"&&this.status.tsne.state==="running"&&(this.pausedByLeaving=!0,this.pauseTsne())}pauseTsne(){this.controlTsne(this.tsneClient?.pause(),!0)}resumeTsne(){this.controlTsne(this.tsneClient?.resume(),!0)}perturbTsne(){this.controlTsne(this.tsneClient?.perturb(),!1)}setTsneMaxIterations(e){this.tsne.maxIterations=e,this.setStatus("tsne",{total:e}),this.controlTsne(this.tsneClient?.setMaxIterations(e),!1)}controlTsne(e,t){e?.then(n=>{t&&this.setStatus("tsne",{state:n.state,iteration:n.iteration})},n=>{Ei(n)||this.setStatus("tsne",{state:"error",error:n instanceof Error?n.message:String(n)})})}tsneFailed(e){this.tsneClient?.dispose(),this.tsneClient=null,this.loaded.tsne="",this.setStatus("tsne",{state:"error",error:e.message})}reset(){this.last={},this.loaded={tsne:"",umap:""},this.runs.tsne++,this.runs.umap++,(this.status.tsne.state==="running"||this.status.tsne.state==="paused"||this.status.tsne.state==="initializing")&&this.tsneClient?.stop(),(this.status.umap.state==="running"||this.status.umap.state==="initializing")&&this.umapClient?.stop(),this.status={tsne:eo("tsne"),umap:eo("umap")},this.customResult=null,this.emit()}};var io=class{constructor(){P(this,"client",null);P(this,"local",null);P(this,"key","");P(this,"pending",null);P(this,"variance",null)}async project(e,t,n,r,s,o){let a=`${o}|${r}|${n.length}:${n[0]}:${n[n.length-1]}:${n[n.length>>1]}`;if(a!==this.key||!this.pending){this.key=a;let u=Yl(e,t,n),h=Math.min(10,t);this.pending=(async()=>{if(!this.local&&typeof Worker=="function")try{this.client??(this.client=js(void 0,1)),await this.client.load(u,n.length,t),this.variance=Array.from((await this.client.pca(h,{spherize:r})).varianceFraction);return}catch(d){if(d?.name==="CancelledError")throw d;this.client?.dispose(),this.client=null}this.local??(this.local=new ji),await this.local.load(u,n.length,t),this.variance=Array.from((await this.local.pca(h,{spherize:r})).varianceFraction)})()}await this.pending;let c=Math.min(10,t)-1,l=s.map(u=>Math.min(u,c));return this.client&&!this.local?this.client.project(l):this.local.project(l)}dispose(){this.client?.dispose(),this.client=null,this.local=null,this.key="",this.pending=null,this.variance=null}};var td=`
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
`;function nd(i,e){let t=e.custom,n=C("select",{"data-testid":"custom-column","aria-label":"Search by column"});n.addEventListener("change",()=>{t.column=Number(n.value),s()});let r=0,s=()=>{window.clearTimeout(r),i.state.method==="custom"&&e.runCustom()},o=(g,v,_)=>{let b=C("input",{type:"search",className:"ep-search","data-testid":`custom-${g}-${v==="negative"?g==="x"?"left":"down":g==="x"?"right":"up"}`,placeholder:`${_}: text or /regex/`,"aria-label":_}),A=C("span",{className:"ep-meta ep-count","data-testid":`${b.dataset.testid}-count`});return b.addEventListener("input",()=>{t[g][v]=b.value,window.clearTimeout(r),r=window.setTimeout(s,200)}),{row:C("div",{className:"ep-row"},C("label",{},_),b,A),input:b,count:A}},a=o("x","negative","X left"),c=o("x","positive","X right"),l=o("y","negative","Y down"),u=o("y","positive","Y up"),h=C("div",{className:"ep-meta","data-testid":"custom-note"}),d=0,f=()=>{d!==e.settingsVersion&&(d=e.settingsVersion,a.input.value=t.x.negative,c.input.value=t.x.positive,l.input.value=t.y.negative,u.input.value=t.y.positive,n.value=String(t.column));let g=e.customResult,v=(b,A,w)=>{b.textContent=w.trim()?`${A??0} match${A===1?"":"es"}`:"",b.dataset.count=String(A??0)};v(a.count,g?.x.negativeCount,t.x.negative),v(c.count,g?.x.positiveCount,t.x.positive),v(l.count,g?.y.negativeCount,t.y.negative),v(u.count,g?.y.positiveCount,t.y.positive);let _=g?[g.x.problem&&`X: ${g.x.problem}`,g.y.problem&&`Y: ${g.y.problem}`].filter(Boolean):[];h.textContent=_.length?`${_.join("; ")} (axis flat).`:"An empty side means every row the other side does not match."};e.onChange(f);let m=()=>{let g=i.state;t.column>=g.columns.length&&(t.column=Math.max(0,g.labelColumn)),Et(n,g.columns.map((v,_)=>({value:String(_),label:v.name})),String(t.column))},y=C("div",{"data-testid":"custom-panel",className:"ep-method-panel"},C("div",{className:"ep-row"},C("label",{},"Search by"),n),a.row,c.row,l.row,u.row,h),p=()=>{y.style.display=i.state.method==="custom"?"":"none"};return i.subscribe((g,v)=>{v.has("method")&&p(),v.has("columns")&&m()}),p(),m(),f(),y}function id(i){if(i==="")return NaN;let e=Number(i);return Number.isFinite(e)?e:NaN}function ro(i,e){let t=new Set,n=0,r=!0,s=!0,o=0;for(let u of e){if(u===""){n++;continue}if(o++,t.add(u),r){let h=id(u);Number.isNaN(h)?r=!1:Number.isInteger(h)||(s=!1)}}let a=t.size,c=o>0&&r&&!(s&&a<=20),l={name:i,kind:c?"numeric":"categorical",values:e,distinct:a,missing:n};if(c){let u=new Float64Array(e.length),h=1/0,d=-1/0;for(let f=0;f<e.length;f++){let m=id(e[f]);u[f]=m,Number.isNaN(m)||(m<h&&(h=m),m>d&&(d=m))}l.numbers=u,l.min=h,l.max=d}return l}function rd(i){return/[",\r\n]|^\s|\s$/.test(i)?`"${i.replace(/"/g,'""')}"`:i}function Sg(i){return Number.isFinite(i)?String(i):""}function Kl(i,e,t){if(e)for(let n of e)t(n);else for(let n=0;n<i;n++)t(n)}function Mg(i){let e=new Set(["index",...i.axisNames,"selected"]),t=i.columns.map(n=>{let r=n.name,s=2;for(;e.has(r);)r=`${n.name}_${s++}`;return e.add(r),r});return{axes:i.axisNames,cols:t}}function od(i){let{axes:e,cols:t}=Mg(i),n=[["index",...e,...t,"selected"].map(rd).join(",")];return Kl(i.n,i.rows,r=>{let s=[String(r)];for(let o=0;o<i.k;o++)s.push(Sg(i.coords[r*i.k+o]));for(let o of i.columns)s.push(rd(o.values[r]??""));s.push(Hi(i.selection,r)?"1":"0"),n.push(s.join(","))}),n.join(`\r
`)+`\r
`}function ad(i,e={}){let t=[];return Kl(i.n,i.rows,n=>{let r=[];for(let o=0;o<i.k;o++){let a=i.coords[n*i.k+o];r.push(Number.isFinite(a)?a:null)}let s={};for(let o of i.columns)s[o.name]=o.values[n]??"";t.push({index:n,coordinates:r,metadata:s,selected:Hi(i.selection,n)})}),JSON.stringify({...e,axes:i.axisNames,columns:i.columns.map(n=>n.name),points:t})}function sd(i){return i.replace(/[\t\r\n]/g," ")}function ld(i,e,t=null){let n=[];return i.length>=2&&n.push(i.map(r=>sd(r.name)).join("	")),Kl(e,t,r=>n.push(i.map(s=>sd(s.values[r]??"")).join("	"))),n.join(`
`)+`
`}function cd(i,e,t,n,r){let s=i.find(a=>a.name===t),o=s?s.values.slice():new Array(e).fill("");for(let a of r)a>=0&&a<e&&(o[a]=n);return o}function hd(i,e,t,n,r=null){let s=[],o=u=>{for(let h=0;h<t;h++)if(!Number.isFinite(i[u*t+h]))return;s.push(u)};if(r)r.forEach(o);else for(let u=0;u<e;u++)o(u);let a=Int32Array.from(s),c=new Float32Array(a.length*3),l=new Uint8Array(a.length*3);return a.forEach((u,h)=>{for(let d=0;d<t&&d<3;d++)c[h*3+d]=i[u*t+d];for(let d=0;d<3;d++)l[h*3+d]=Math.round(255*Math.min(1,Math.max(0,n[u*3+d]??0)))}),{rows:a,positions:c,colors:l}}var dd=new TextEncoder;function fd(i,e="embproj"){let t=i.rows.length,n=dd.encode(["ply","format binary_little_endian 1.0",`comment ${e.replace(/[\r\n]/g," ")}`,`element vertex ${t}`,"property float x","property float y","property float z","property uchar red","property uchar green","property uchar blue","end_header",""].join(`
`)),r=new ArrayBuffer(n.length+t*15);new Uint8Array(r).set(n);let s=new DataView(r,n.length);for(let o=0;o<t;o++){for(let a=0;a<3;a++)s.setFloat32(o*15+a*4,i.positions[o*3+a],!0);for(let a=0;a<3;a++)s.setUint8(o*15+12+a,i.colors[o*3+a])}return r}var wg=1179937895,Ag=1313821514,Eg=5130562,Tg=5126,Rg=5121,ud=34962,Cg=0;function Pg(i){let e=i/255;return Math.round(255*(e<=.04045?e/12.92:((e+.055)/1.055)**2.4))}function Ig(i,e){let t=new Uint8Array(Math.ceil(i.length/4)*4).fill(e);return t.set(i),t}function pd(i,e="embproj"){let t=i.rows.length,n=[1/0,1/0,1/0],r=[-1/0,-1/0,-1/0];for(let f=0;f<t;f++)for(let m=0;m<3;m++){let y=i.positions[f*3+m];y<n[m]&&(n[m]=y),y>r[m]&&(r[m]=y)}let s=new Uint8Array(t*4);for(let f=0;f<t;f++){for(let m=0;m<3;m++)s[f*4+m]=Pg(i.colors[f*3+m]);s[f*4+3]=255}let o=t*12,a={asset:{version:"2.0",generator:"embproj"},scene:0,scenes:[{nodes:[0]}],nodes:[{mesh:0,name:e}],meshes:[{name:e,primitives:[{attributes:{POSITION:0,COLOR_0:1},mode:Cg}]}],accessors:[{bufferView:0,componentType:Tg,count:t,type:"VEC3",...t?{min:n,max:r}:{}},{bufferView:1,componentType:Rg,normalized:!0,count:t,type:"VEC4"}],bufferViews:[{buffer:0,byteOffset:0,byteLength:o,target:ud},{buffer:0,byteOffset:o,byteLength:t*4,target:ud}],buffers:[{byteLength:o+t*4}]},c=Ig(dd.encode(JSON.stringify(a)),32),l=new Uint8Array(o+t*4);new Float32Array(l.buffer,0,t*3).set(i.positions),l.set(s,o);let u=20+c.length+8+l.length,h=new ArrayBuffer(u),d=new DataView(h);return d.setUint32(0,wg,!0),d.setUint32(4,2,!0),d.setUint32(8,u,!0),d.setUint32(12,c.length,!0),d.setUint32(16,Ag,!0),new Uint8Array(h,20,c.length).set(c),d.setUint32(20+c.length,l.length,!0),d.setUint32(24+c.length,Eg,!0),new Uint8Array(h,28+c.length,l.length).set(l),h}function qt(i,e,t,n,r){let s=C("input",{type:"number","data-testid":e,"aria-label":i,value:String(t),min:n.min,max:n.max,step:n.step??"any",className:"ep-num-in"});return s.addEventListener("change",()=>{let o=Number(s.value);if(!Number.isFinite(o)){s.value=String(t);return}n.min!==void 0&&(o=Math.max(n.min,o)),n.max!==void 0&&(o=Math.min(n.max,o)),s.value=String(o),t=o,r(o)}),{row:C("div",{className:"ep-row"},C("label",{},i),s),input:s}}function ct(i,e,t,n){let r=C("button",{"data-testid":e,title:n});return r.textContent=i,r.addEventListener("click",t),r}function Ti(i,e){let t=C("a",{href:URL.createObjectURL(i),download:e.replace(/[^\w.-]+/g,"_")});t.style.display="none",document.body.appendChild(t),t.click(),t.remove(),setTimeout(()=>URL.revokeObjectURL(t.href),3e4)}function so(i){let e=i.state;return`${e.run??"run"}_${e.tensorName??"tensor"}_${e.method}`}function Jl(i,e,t=null){return new Blob([ld(i,e,t)],{type:"text/tab-separated-values"})}function md(i){let{store:e}=i,t=h=>{let d=i.layout(),f=e.state;return d?{coords:d.coords,n:f.n,k:d.k,axisNames:d.axes,columns:f.columns,selection:f.selection,rows:h?f.selection:f.isolated}:null},n=h=>()=>{let d=t(h);d&&Ti(new Blob([od(d)],{type:"text/csv"}),`${so(e)}${h?"_selected":""}.csv`)},r=h=>()=>{let d=t(h),f=e.state;d&&Ti(new Blob([ad(d,{run:f.run,tensor:f.tensorName,method:f.method})],{type:"application/json"}),`${so(e)}${h?"_selected":""}.json`)},s=ct("PNG","export-png",()=>{i.png().then(h=>{h&&Ti(h,`${so(e)}.png`)})},"The plot as a PNG image"),o=h=>()=>{let d=i.layout(),f=e.state;if(!d)return;let m=hd(d.coords,f.n,d.k,Gs(f,f.n).rgb,f.isolated),y=`${f.run??""} ${f.tensorName??""} ${d.axes.join(" ")}`,p=h==="ply"?fd(m,`embproj ${y}`):pd(m,f.tensorName??"embproj");Ti(new Blob([p],{type:h==="ply"?"application/octet-stream":"model/gltf-binary"}),`${so(e)}.${h}`)},a=ct("Selected CSV","export-selected-csv",n(!0)),c=ct("Selected JSON","export-selected-json",r(!0)),l=ct("Selected metadata","export-selected-tsv",()=>{let h=e.state;Ti(Jl(h.columns,h.n,h.selection),`${h.run??"run"}_${h.tensorName??"tensor"}_selected_metadata.tsv`)},"The selected rows' metadata as TSV (TensorBoard's header rule)"),u=()=>{let h=e.state.selection.length===0;a.disabled=h,c.disabled=h,l.disabled=h||e.state.columns.length===0};return e.subscribe((h,d)=>{(d.has("selection")||d.has("columns"))&&u()}),u(),C("section",{"data-testid":"export-panel"},C("h2",{},"Export"),C("div",{className:"ep-row ep-wrap"},ct("CSV","export-all-csv",n(!1),"Coordinates, metadata and a selected flag (shown points)"),ct("JSON","export-all-json",r(!1)),a,c,l,s,ct("PLY","export-ply",o("ply"),"The drawn points with their colours as a PLY point cloud (MeshLab, Blender, CloudCompare)"),ct("glTF","export-glb",o("glb"),"The drawn points with their colours as a binary glTF 2.0 model (.glb)")))}var qr="__new__";function gd(i){let e=C("select",{"data-testid":"edit-column","aria-label":"Column to edit"}),t=C("input",{type:"text",className:"ep-search","data-testid":"edit-new-column",placeholder:"new column name",value:"tag"}),n=C("input",{type:"text",className:"ep-search","data-testid":"edit-label",placeholder:"label for the selection"}),r=C("div",{className:"ep-meta","data-testid":"edit-message"}),s=0,o=ct("Tag selection","edit-apply",()=>{let l=i.state,u=e.value===qr?t.value.trim():l.columns[Number(e.value)]?.name;if(!u){r.textContent="Name the new column first.";return}if(!l.selection.length){r.textContent="Select points first.";return}let h=cd(l.columns,l.n,u,n.value,l.selection),d=l.columns.findIndex(y=>y.name===u),f=ro(u,h),m=d>=0?l.columns.map((y,p)=>p===d?f:y):[...l.columns,f];i.set({columns:m}),e.value=String(d>=0?d:m.length-1),s++,r.textContent=`"${n.value}" set on ${l.selection.length.toLocaleString("en-US")} points in "${u}".`}),a=ct("Download metadata","edit-download",()=>{let l=i.state;Ti(Jl(l.columns,l.n),`${l.run??"run"}_${l.tensorName??"tensor"}_metadata${s?"_edited":""}.tsv`)},"The metadata with your edits, as a TSV TensorBoard reads"),c=()=>{let l=i.state,u=e.value;Et(e,[...l.columns.map((h,d)=>({value:String(d),label:h.name})),{value:qr,label:"New column…"}],u&&(u===qr||Number(u)<l.columns.length)?u:qr),t.style.display=e.value===qr?"":"none",o.disabled=l.selection.length===0,a.disabled=l.n===0};return e.addEventListener("change",c),i.subscribe((l,u)=>{(u.has("columns")||u.has("selection")||u.has("n"))&&c()}),c(),C("section",{"data-testid":"edit-panel"},C("h2",{},"Edit by"),C("div",{className:"ep-row"},C("label",{},"Column"),e),C("div",{className:"ep-row"},t),C("div",{className:"ep-row"},n),C("div",{className:"ep-row"},o,a),r)}function yd(i,e,t){let n=i.k==="auto"?Math.min(100,Math.max(10,Math.round(t/20))):Math.min(1e3,Math.max(1,i.k)),r=i.metric==="auto"?e?"cosine":"euclidean":i.metric,s=i.space==="auto"?e:i.space==="spherized";return{k:Math.min(n,Math.max(0,t-1)),metric:r,spherized:s}}function xd(i,e,t,n){let r=qt("k","nn-k",100,{min:1,max:1e3,step:1},u=>{e.k=u,t()});r.input.placeholder="auto",r.input.value="";let s=C("select",{"data-testid":"nn-metric","aria-label":"Distance"},C("option",{value:"auto"},"auto"),C("option",{value:"cosine"},"cosine"),C("option",{value:"euclidean"},"Euclidean")),o=C("select",{"data-testid":"nn-space","aria-label":"Space"},C("option",{value:"auto"},"auto"),C("option",{value:"original"},"original"),C("option",{value:"spherized"},"spherized"));s.addEventListener("change",()=>{e.metric=s.value,t()}),o.addEventListener("change",()=>{e.space=o.value,t()});let a=C("div",{className:"ep-meta","data-testid":"nn-title"}),c=C("ol",{className:"ep-nb ep-nb-all","data-testid":"nn-list"}),l=()=>{let u=i.state,h=u.selected>=0?u.neighbors??[]:[];a.textContent=u.selected>=0?`${h.length} nearest to ${n(u.selected)} (${u.neighborMetric})`:"Click a point.",c.replaceChildren(...h.map(d=>C("li",{"data-testid":"nn-item","data-index":d.index,"data-distance":d.distance,onclick:()=>i.set({selected:d.index})},C("span",{className:"ep-lab"},n(d.index)),C("span",{className:"ep-cnt"},d.distance.toPrecision(4)))))};return i.subscribe((u,h)=>{(h.has("neighbors")||h.has("selected")||h.has("labelColumn"))&&l()}),l(),C("section",{"data-testid":"neighbors-panel"},C("h2",{},"Nearest neighbours"),r.row,C("div",{className:"ep-row"},C("label",{},"Distance"),s),C("div",{className:"ep-row"},C("label",{},"Space"),o),a,c)}function vd(i,e){let t=C("div",{className:"ep-meta","data-testid":"selection-count"}),n=ct("Isolate","isolate",()=>{let u=i.state.selection;u.length&&i.set({isolated:u})},"Draw and fit only the selected points"),r=ct("Show all","show-all",()=>i.set({isolated:null})),s=ct("Clear","clear-selection",()=>i.set({selection:new Int32Array(0),selected:-1})),o=C("ul",{className:"ep-results","data-testid":"selection-list"}),a=C("div",{className:"ep-meta"}),c=50,l=()=>{let u=i.state,h=u.selection;t.textContent=`${h.length.toLocaleString("en-US")} selected`+(u.isolated?` · ${u.isolated.length.toLocaleString("en-US")} of ${u.n.toLocaleString("en-US")} shown`:""),t.dataset.count=String(h.length),n.disabled=h.length===0,r.disabled=!u.isolated,s.disabled=h.length===0,o.replaceChildren(...Array.from(h.subarray(0,c)).map(d=>C("li",{"data-testid":"selection-item","data-index":d,onclick:()=>i.set({selected:d})},e(d)))),a.replaceChildren(),h.length>c&&a.append(`… and ${(h.length-c).toLocaleString("en-US")} more `,ct("show more","selection-more",()=>{c+=500,l()}))};return i.subscribe((u,h)=>{h.has("selection")&&(c=50),(h.has("selection")||h.has("isolated")||h.has("labelColumn")||h.has("columns")||h.has("n"))&&l()}),l(),C("section",{"data-testid":"selection-panel"},C("h2",{},"Selection"),t,C("div",{className:"ep-row"},n,r,s),C("div",{className:"ep-meta"},"Click, Shift+click adds, Alt+click removes; Box / Lasso (or Ctrl+drag) in the toolbar."),o,a)}function bd(i,e){let t=e.tsne,n=qt("Perplexity","tsne-perplexity",t.perplexity,{min:2,max:100,step:1},b=>{t.perplexity=b}),r=C("input",{type:"text","data-testid":"tsne-learning-rate","aria-label":"Learning rate",value:"auto",className:"ep-num-in"});r.addEventListener("change",()=>{let b=Number(r.value);t.learningRate=r.value.trim()===""||r.value.trim()==="auto"||!(b>0)?"auto":b,r.value=String(t.learningRate)});let s=qt("Max iter.","tsne-max-iterations",t.maxIterations,{min:1,max:1e5,step:50},b=>e.setTsneMaxIterations(b)),o=qt("Seed","tsne-seed",t.seed,{min:0,step:1},b=>{t.seed=b}),a=C("select",{"data-testid":"tsne-supervise","aria-label":"Supervise with"});a.addEventListener("change",()=>{t.superviseColumn=Number(a.value)});let c=C("input",{type:"text","data-testid":"tsne-ignored-label","aria-label":"Ignored label",placeholder:"e.g. unknown",className:"ep-num-in"});c.addEventListener("change",()=>{t.ignoredLabel=c.value});let l=qt("Weight","tsne-supervise-weight",t.superviseWeight,{min:0,max:1,step:.05},b=>{t.superviseWeight=b}),u=C("span",{"data-testid":"tsne-iteration",className:"ep-counter"},"0"),h=C("div",{className:"ep-meta","data-testid":"tsne-status"}),d=ct("Re-run","tsne-rerun",()=>{e.runTsne()},"Start again from the seed"),f=ct("Pause","tsne-pause",()=>{e.status.tsne.state==="paused"?e.resumeTsne():e.pauseTsne()}),m=ct("Perturb","tsne-perturb",()=>e.perturbTsne(),"Shake the layout a little and keep going"),y=0,p=()=>{y!==e.settingsVersion&&(y=e.settingsVersion,n.input.value=String(t.perplexity),r.value=String(t.learningRate),s.input.value=String(t.maxIterations),o.input.value=String(t.seed),l.input.value=String(t.superviseWeight),c.value=t.ignoredLabel,a.value=String(t.superviseColumn));let b=e.status.tsne;u.textContent=String(b.iteration),u.dataset.iteration=String(b.iteration),h.dataset.state=b.state,h.textContent=b.state==="idle"?"Not run yet.":b.state==="initializing"?`Neighbours and affinities… ${Math.round(100*b.progress)}%`:b.state==="error"?`Failed: ${b.error}`:`${b.points.toLocaleString("en-US")} points · ${b.state}${b.converged?" (converged)":""}`,f.textContent=b.state==="paused"?"Resume":"Pause",f.disabled=!(b.state==="running"||b.state==="paused"),m.disabled=!(b.state==="running"||b.state==="paused")};e.onChange(p),p();let g=()=>{let b=i.state;t.superviseColumn>=b.columns.length&&(t.superviseColumn=-1),Et(a,[{value:"-1",label:"none"},...b.columns.map((A,w)=>({value:String(w),label:A.name}))],String(t.superviseColumn))},v=C("div",{"data-testid":"tsne-panel",className:"ep-method-panel"},n.row,C("div",{className:"ep-row"},C("label",{},"Learn. rate"),r),s.row,o.row,C("div",{className:"ep-row"},C("label",{},"Supervise"),a),C("div",{className:"ep-row"},C("label",{},"Ignore"),c),l.row,C("div",{className:"ep-row"},C("label",{},"Iteration"),u),C("div",{className:"ep-row"},f,m,d),h),_=()=>{v.style.display=i.state.method==="tsne"?"":"none"};return i.subscribe((b,A)=>{A.has("method")&&_(),A.has("columns")&&g()}),_(),g(),v}function _d(i,e){let t=e.umap,n=qt("Neighbours","umap-neighbors",t.nNeighbors,{min:2,max:200,step:1},p=>{t.nNeighbors=p}),r=qt("Min dist","umap-min-dist",t.minDist,{min:0,max:10,step:.01},p=>{t.minDist=p}),s=qt("Spread","umap-spread",t.spread,{min:.01,max:20,step:.1},p=>{t.spread=p}),o=qt("Epochs","umap-epochs",t.nEpochs,{min:0,max:5e3,step:10},p=>{t.nEpochs=p}),a=qt("Seed","umap-seed",t.seed,{min:0,step:1},p=>{t.seed=p}),c=C("select",{"data-testid":"umap-metric","aria-label":"Metric"},C("option",{value:"euclidean"},"Euclidean"),C("option",{value:"cosine"},"Cosine"));c.addEventListener("change",()=>{t.metric=c.value});let l=C("div",{className:"ep-meta","data-testid":"umap-status"}),u=ct("Run","umap-run",()=>{e.runUmap()},"Run UMAP on all (or the isolated) points"),h=ct("Stop","umap-stop",()=>e.stopUmap()),d=0,f=()=>{d!==e.settingsVersion&&(d=e.settingsVersion,n.input.value=String(t.nNeighbors),r.input.value=String(t.minDist),s.input.value=String(t.spread),o.input.value=String(t.nEpochs),a.input.value=String(t.seed),c.value=t.metric);let p=e.status.umap;l.dataset.state=p.state,l.dataset.epoch=String(p.iteration),l.textContent=p.state==="idle"?"Not run yet.":p.state==="initializing"?`Neighbours and initial layout… ${Math.round(100*p.progress)}%`:p.state==="error"?`Failed: ${p.error}`:p.state==="stopped"&&p.total===0?"Stopped before the first epoch · ready to run again.":`Epoch ${p.iteration} / ${p.total} · ${p.points.toLocaleString("en-US")} points${p.state==="done"?" · done":p.state==="stopped"?" · stopped":""}`,h.disabled=!(p.state==="running"||p.state==="initializing")};e.onChange(f),f();let m=C("div",{"data-testid":"umap-panel",className:"ep-method-panel"},n.row,r.row,s.row,o.row,a.row,C("div",{className:"ep-row"},C("label",{},"Metric"),c),C("div",{className:"ep-meta"},"Epochs 0 = automatic (500 up to 10,000 points, else 200)."),C("div",{className:"ep-row"},u,h),l),y=()=>{m.style.display=i.state.method==="umap"?"":"none"};return i.subscribe((p,g)=>{g.has("method")&&y()}),y(),m}function Sd(i){let{store:e,scatter:t}=i;document.head.appendChild(C("style",{},td));let n=new no({store:e,getData:i.getData,place:i.place,createTsneClient:()=>Ku(),neighborGraph:i.neighborGraph});i.projectionPanel.append(bd(e,n),_d(e,n),nd(e,n));let r={k:"auto",metric:"auto",space:"auto"};i.side.append(vd(e,i.labelOf),xd(e,r,i.recomputeNeighbors,i.labelOf),gd(e),md({store:e,layout:i.lastLayout,png:()=>t.toPngBlob()}));let s=f=>{let m=e.state.isolated;return!m||Hi(m,f)},{toolbar:o}=ju({store:e,plot:i.plot,screenPositions:()=>t.screenPositions(),visible:s,onSelect:f=>e.set({selection:f,selected:f.length===1?f[0]:f.length&&Hi(f,e.state.selected)?e.state.selected:-1})});i.toolbar.append(o);let a=e.state.method;e.subscribe((f,m)=>{m.has("method")&&(n.leaving(a),a=f.method)});let c=null,l=0,u=new io,h=0,d=async()=>{let f=e.state,m=i.getData(),y=f.isolated;if(!m||!y||!y.length)return;let p=++h,g=f.is3d?3:2,v=f.dims.slice(0,g);e.set({computing:`PCA on the ${y.length.toLocaleString("en-US")} isolated points…`});try{let _=await u.project(m.data,m.d,y,f.spherize,v,String(l));if(p!==h||e.state.isolated!==y)return;e.set({isolatedVariance:u.variance}),i.place(to(_,m.n,g,y),g,v.map(b=>`PC${b+1}`))}catch(_){_?.name!=="CancelledError"&&console.warn("embproj: PCA of the isolated points",_)}finally{p===h&&e.set({computing:null})}};return e.subscribe((f,m)=>{let y=i.getData();if((m.has("n")||m.has("d")||m.has("tensorName")||m.has("run"))&&y?.data!==c&&(c=y?.data??null,n.reset(),u.dispose(),l++,(f.selection.length||f.isolated)&&e.set({selection:Dr,isolated:null})),m.has("isolated"))if(f.isolatedVariance&&e.set({isolatedVariance:null}),Qi(f.method)&&f.method!=="custom")n.project();else if(f.method==="custom"){let p=i.lastLayout();p&&i.place(p.coords,p.k,p.axes)}else i.reproject()}),window.addEventListener("keydown",f=>{f.key==="Escape"&&!(f.target instanceof HTMLInputElement)&&e.set({selection:Dr,selectMode:"pan"})}),{layouts:n,neighborSettings:r,project:()=>{Qi(e.state.method)?n.project():d()},owns:f=>Qi(f.method)||f.method==="pca"&&!!f.isolated,isLayoutMethod:Qi,click(f,m){let y=e.state,p=m.altKey||m.ctrlKey||m.metaKey?"remove":m.shiftKey?"add":"replace";if(p==="replace"){e.set({selected:f,selection:f>=0?Int32Array.of(f):Dr});return}if(f<0)return;let g=Fr(y.selection,Int32Array.of(f),p);e.set({selection:g,selected:p==="add"?f:y.selected===f?-1:y.selected})},hiddenZ:Dn,hook:{layouts:n,get tsne(){return n.status.tsne},get umap(){return n.status.umap},layout:f=>{let m=n.lastLayout(f);return m?{coords:Array.from(m.coords),k:m.k}:null},current:()=>{let f=i.lastLayout();return f?{coords:Array.from(f.coords),k:f.k,axes:f.axes}:null},screenPositions:()=>{let f=t.screenPositions();return{x:Array.from(f.x),y:Array.from(f.y)}}}}}var qd=0,Ac=1,$d=2;var ms=1,Yd=2,Mr=3,yi=0,Gt=1,Cn=2,Fi=0,wr=1,Ec=2,Tc=3,Rc=4,Kd=5;var Ui=100,Jd=101,Zd=102,jd=103,Qd=104,ef=200,tf=201,nf=202,rf=203,Cc=204,Pc=205,sf=206,of=207,af=208,lf=209,cf=210,uf=211,hf=212,df=213,ff=214,Io=0,Lo=1,No=2,pr=3,Do=4,Fo=5,Uo=6,Oo=7,Ic=0,pf=1,mf=2,Pn=0,Lc=1,Nc=2,Dc=3,Fc=4,Uc=5,Oc=6,Bc=7;var kc=300,Oi=301,Ar=302,ca=303,ua=304,Bo=1e3,An=1001,ko=1002,yt=1003,gf=1004;var gs=1005;var It=1006,ha=1007;var Jn=1008;var en=1009,zc=1010,Gc=1011,Er=1012,da=1013,gn=1014,yn=1015,xn=1016,fa=1017,pa=1018,Bi=1020,Vc=35902,Hc=35899,Wc=1021,Xc=1022,vn=1023,Yn=1026,Zn=1027,qc=1028,ma=1029,xi=1030,ga=1031;var ya=1033,ys=33776,xs=33777,vs=33778,bs=33779,xa=35840,va=35841,ba=35842,_a=35843,Sa=36196,Ma=37492,wa=37496,Aa=37488,Ea=37489,_s=37490,Ta=37491,Ra=37808,Ca=37809,Pa=37810,Ia=37811,La=37812,Na=37813,Da=37814,Fa=37815,Ua=37816,Oa=37817,Ba=37818,ka=37819,za=37820,Ga=37821,Va=36492,Ha=36494,Wa=36495,Xa=36283,qa=36284,Ss=36285,$a=36286;var jr=2300,zo=2301,Co=2302,xc=2303,vc=2400,bc=2401,_c=2402;var yf=3200;var $c=0,xf=1,jn="",Kt="srgb",Qr="srgb-linear",es="linear",Qe="srgb";var Po=7680;var vf=519,bf=512,_f=513,Sf=514,Yc=515,Mf=516,wf=517,Kc=518,Jc=519,Af=35044;var Ms="300 es",an=2e3,ts=2001;function Lg(i){for(let e=i.length-1;e>=0;--e)if(i[e]>=65535)return!0;return!1}function Ng(i){return ArrayBuffer.isView(i)&&!(i instanceof DataView)}function ns(i){return document.createElementNS("http://www.w3.org/1999/xhtml",i)}function Ef(){let i=ns("canvas");return i.style.display="block",i}var Md={},mr=null;function Zc(...i){let e="THREE."+i.shift();mr?mr("log",e,...i):console.log(e,...i)}function Tf(i){let e=i[0];if(typeof e=="string"&&e.startsWith("TSL:")){let t=i[1];t&&t.isStackTrace?i[0]+=" "+t.getLocation():i[1]='Stack trace not available. Enable "THREE.Node.captureStackTrace" to capture stack traces.'}return i}function Ie(...i){i=Tf(i);let e="THREE."+i.shift();if(mr)mr("warn",e,...i);else{let t=i[0];t&&t.isStackTrace?console.warn(t.getError(e)):console.warn(e,...i)}}function Ne(...i){i=Tf(i);let e="THREE."+i.shift();if(mr)mr("error",e,...i);else{let t=i[0];t&&t.isStackTrace?console.error(t.getError(e)):console.error(e,...i)}}function Zr(...i){let e=i.join(" ");e in Md||(Md[e]=!0,Ie(...i))}function Rf(i,e,t){return new Promise(function(n,r){function s(){switch(i.clientWaitSync(e,i.SYNC_FLUSH_COMMANDS_BIT,0)){case i.WAIT_FAILED:r();break;case i.TIMEOUT_EXPIRED:setTimeout(s,t);break;default:n()}}setTimeout(s,t)})}var Cf={[Io]:Io,[No]:Uo,[Do]:Do,[pr]:Fo,[Lo]:Lo,[Uo]:No,[Oo]:Oo,[Fo]:pr},En=class{addEventListener(e,t){this._listeners===void 0&&(this._listeners={});let n=this._listeners;n[e]===void 0&&(n[e]=[]),n[e].indexOf(t)===-1&&n[e].push(t)}hasEventListener(e,t){let n=this._listeners;return n===void 0?!1:n[e]!==void 0&&n[e].indexOf(t)!==-1}removeEventListener(e,t){let n=this._listeners;if(n===void 0)return;let r=n[e];if(r!==void 0){let s=r.indexOf(t);s!==-1&&r.splice(s,1)}}dispatchEvent(e){let t=this._listeners;if(t===void 0)return;let n=t[e.type];if(n!==void 0){e.target=this;let r=n.slice(0);for(let s=0,o=r.length;s<o;s++)r[s].call(this,e);e.target=null}}},Dt=["00","01","02","03","04","05","06","07","08","09","0a","0b","0c","0d","0e","0f","10","11","12","13","14","15","16","17","18","19","1a","1b","1c","1d","1e","1f","20","21","22","23","24","25","26","27","28","29","2a","2b","2c","2d","2e","2f","30","31","32","33","34","35","36","37","38","39","3a","3b","3c","3d","3e","3f","40","41","42","43","44","45","46","47","48","49","4a","4b","4c","4d","4e","4f","50","51","52","53","54","55","56","57","58","59","5a","5b","5c","5d","5e","5f","60","61","62","63","64","65","66","67","68","69","6a","6b","6c","6d","6e","6f","70","71","72","73","74","75","76","77","78","79","7a","7b","7c","7d","7e","7f","80","81","82","83","84","85","86","87","88","89","8a","8b","8c","8d","8e","8f","90","91","92","93","94","95","96","97","98","99","9a","9b","9c","9d","9e","9f","a0","a1","a2","a3","a4","a5","a6","a7","a8","a9","aa","ab","ac","ad","ae","af","b0","b1","b2","b3","b4","b5","b6","b7","b8","b9","ba","bb","bc","bd","be","bf","c0","c1","c2","c3","c4","c5","c6","c7","c8","c9","ca","cb","cc","cd","ce","cf","d0","d1","d2","d3","d4","d5","d6","d7","d8","d9","da","db","dc","dd","de","df","e0","e1","e2","e3","e4","e5","e6","e7","e8","e9","ea","eb","ec","ed","ee","ef","f0","f1","f2","f3","f4","f5","f6","f7","f8","f9","fa","fb","fc","fd","fe","ff"];var Zl=Math.PI/180,Go=180/Math.PI;function ws(){let i=Math.random()*4294967295|0,e=Math.random()*4294967295|0,t=Math.random()*4294967295|0,n=Math.random()*4294967295|0;return(Dt[i&255]+Dt[i>>8&255]+Dt[i>>16&255]+Dt[i>>24&255]+"-"+Dt[e&255]+Dt[e>>8&255]+"-"+Dt[e>>16&15|64]+Dt[e>>24&255]+"-"+Dt[t&63|128]+Dt[t>>8&255]+"-"+Dt[t>>16&255]+Dt[t>>24&255]+Dt[n&255]+Dt[n>>8&255]+Dt[n>>16&255]+Dt[n>>24&255]).toLowerCase()}function Ye(i,e,t){return Math.max(e,Math.min(t,i))}function Dg(i,e){return(i%e+e)%e}function jl(i,e,t){return(1-t)*i+t*e}function Pf(i){return Math.pow(2,Math.floor(Math.log(i)/Math.LN2))}function jc(i){switch(i.constructor){case Uint32Array:return 4294967295;case Uint16Array:return 65535;case Uint8Array:case Uint8ClampedArray:return 255;case Int32Array:return 2147483647;case Int16Array:return 32767;case Int8Array:return 127;default:return}}function Fg(i,e){if(e.constructor===Float32Array)return i;let t=jc(e);if(t===void 0)throw new Error("THREE.MathUtils: Invalid component type.");return Math.max(i/t,-1)}function Ug(i,e){if(e.constructor===Float32Array)return i;let t=jc(e);if(t===void 0)throw new Error("THREE.MathUtils: Invalid component type.");return Math.round(i*t)}var iu=class iu{constructor(e=0,t=0){this.x=e,this.y=t}get width(){return this.x}set width(e){this.x=e}get height(){return this.y}set height(e){this.y=e}set(e,t){return this.x=e,this.y=t,this}setScalar(e){return this.x=e,this.y=e,this}setX(e){return this.x=e,this}setY(e){return this.y=e,this}setComponent(e,t){switch(e){case 0:this.x=t;break;case 1:this.y=t;break;default:throw new Error("THREE.Vector2: index is out of range: "+e)}return this}getComponent(e){switch(e){case 0:return this.x;case 1:return this.y;default:throw new Error("THREE.Vector2: index is out of range: "+e)}}clone(){return new this.constructor(this.x,this.y)}copy(e){return this.x=e.x,this.y=e.y,this}add(e){return this.x+=e.x,this.y+=e.y,this}addScalar(e){return this.x+=e,this.y+=e,this}addVectors(e,t){return this.x=e.x+t.x,this.y=e.y+t.y,this}addScaledVector(e,t){return this.x+=e.x*t,this.y+=e.y*t,this}sub(e){return this.x-=e.x,this.y-=e.y,this}subScalar(e){return this.x-=e,this.y-=e,this}subVectors(e,t){return this.x=e.x-t.x,this.y=e.y-t.y,this}multiply(e){return this.x*=e.x,this.y*=e.y,this}multiplyScalar(e){return this.x*=e,this.y*=e,this}divide(e){return this.x/=e.x,this.y/=e.y,this}divideScalar(e){return this.multiplyScalar(1/e)}applyMatrix3(e){let t=this.x,n=this.y,r=e.elements;return this.x=r[0]*t+r[3]*n+r[6],this.y=r[1]*t+r[4]*n+r[7],this}min(e){return this.x=Math.min(this.x,e.x),this.y=Math.min(this.y,e.y),this}max(e){return this.x=Math.max(this.x,e.x),this.y=Math.max(this.y,e.y),this}clamp(e,t){return this.x=Ye(this.x,e.x,t.x),this.y=Ye(this.y,e.y,t.y),this}clampScalar(e,t){return this.x=Ye(this.x,e,t),this.y=Ye(this.y,e,t),this}clampLength(e,t){let n=this.length();return this.divideScalar(n||1).multiplyScalar(Ye(n,e,t))}floor(){return this.x=Math.floor(this.x),this.y=Math.floor(this.y),this}ceil(){return this.x=Math.ceil(this.x),this.y=Math.ceil(this.y),this}round(){return this.x=Math.round(this.x),this.y=Math.round(this.y),this}roundToZero(){return this.x=Math.trunc(this.x),this.y=Math.trunc(this.y),this}negate(){return this.x=-this.x,this.y=-this.y,this}dot(e){return this.x*e.x+this.y*e.y}cross(e){return this.x*e.y-this.y*e.x}lengthSq(){return this.x*this.x+this.y*this.y}length(){return Math.sqrt(this.x*this.x+this.y*this.y)}manhattanLength(){return Math.abs(this.x)+Math.abs(this.y)}normalize(){return this.divideScalar(this.length()||1)}angle(){return Math.atan2(-this.y,-this.x)+Math.PI}angleTo(e){let t=Math.sqrt(this.lengthSq()*e.lengthSq());if(t===0)return Math.PI/2;let n=this.dot(e)/t;return Math.acos(Ye(n,-1,1))}distanceTo(e){return Math.sqrt(this.distanceToSquared(e))}distanceToSquared(e){let t=this.x-e.x,n=this.y-e.y;return t*t+n*n}manhattanDistanceTo(e){return Math.abs(this.x-e.x)+Math.abs(this.y-e.y)}setLength(e){return this.normalize().multiplyScalar(e)}lerp(e,t){return this.x+=(e.x-this.x)*t,this.y+=(e.y-this.y)*t,this}lerpVectors(e,t,n){return this.x=e.x+(t.x-e.x)*n,this.y=e.y+(t.y-e.y)*n,this}equals(e){return e.x===this.x&&e.y===this.y}fromArray(e,t=0){return this.x=e[t],this.y=e[t+1],this}toArray(e=[],t=0){return e[t]=this.x,e[t+1]=this.y,e}fromBufferAttribute(e,t){return this.x=e.getX(t),this.y=e.getY(t),this}rotateAround(e,t){let n=Math.cos(t),r=Math.sin(t),s=this.x-e.x,o=this.y-e.y;return this.x=s*n-o*r+e.x,this.y=s*r+o*n+e.y,this}random(){return this.x=Math.random(),this.y=Math.random(),this}*[Symbol.iterator](){yield this.x,yield this.y}};iu.prototype.isVector2=!0;var Ke=iu,Tn=class{constructor(e=0,t=0,n=0,r=1){this.isQuaternion=!0,this._x=e,this._y=t,this._z=n,this._w=r}static slerpFlat(e,t,n,r,s,o,a){let c=n[r+0],l=n[r+1],u=n[r+2],h=n[r+3],d=s[o+0],f=s[o+1],m=s[o+2],y=s[o+3];if(h!==y||c!==d||l!==f||u!==m){let p=c*d+l*f+u*m+h*y;p<0&&(d=-d,f=-f,m=-m,y=-y,p=-p);let g=1-a;if(p<.9995){let v=Math.acos(p),_=Math.sin(v);g=Math.sin(g*v)/_,a=Math.sin(a*v)/_,c=c*g+d*a,l=l*g+f*a,u=u*g+m*a,h=h*g+y*a}else{c=c*g+d*a,l=l*g+f*a,u=u*g+m*a,h=h*g+y*a;let v=1/Math.sqrt(c*c+l*l+u*u+h*h);c*=v,l*=v,u*=v,h*=v}}e[t]=c,e[t+1]=l,e[t+2]=u,e[t+3]=h}static multiplyQuaternionsFlat(e,t,n,r,s,o){let a=n[r],c=n[r+1],l=n[r+2],u=n[r+3],h=s[o],d=s[o+1],f=s[o+2],m=s[o+3];return e[t]=a*m+u*h+c*f-l*d,e[t+1]=c*m+u*d+l*h-a*f,e[t+2]=l*m+u*f+a*d-c*h,e[t+3]=u*m-a*h-c*d-l*f,e}get x(){return this._x}set x(e){this._x=e,this._onChangeCallback()}get y(){return this._y}set y(e){this._y=e,this._onChangeCallback()}get z(){return this._z}set z(e){this._z=e,this._onChangeCallback()}get w(){return this._w}set w(e){this._w=e,this._onChangeCallback()}set(e,t,n,r){return this._x=e,this._y=t,this._z=n,this._w=r,this._onChangeCallback(),this}clone(){return new this.constructor(this._x,this._y,this._z,this._w)}copy(e){return this._x=e.x,this._y=e.y,this._z=e.z,this._w=e.w,this._onChangeCallback(),this}setFromEuler(e,t=!0){let n=e._x,r=e._y,s=e._z,o=e._order,a=Math.cos,c=Math.sin,l=a(n/2),u=a(r/2),h=a(s/2),d=c(n/2),f=c(r/2),m=c(s/2);switch(o){case"XYZ":this._x=d*u*h+l*f*m,this._y=l*f*h-d*u*m,this._z=l*u*m+d*f*h,this._w=l*u*h-d*f*m;break;case"YXZ":this._x=d*u*h+l*f*m,this._y=l*f*h-d*u*m,this._z=l*u*m-d*f*h,this._w=l*u*h+d*f*m;break;case"ZXY":this._x=d*u*h-l*f*m,this._y=l*f*h+d*u*m,this._z=l*u*m+d*f*h,this._w=l*u*h-d*f*m;break;case"ZYX":this._x=d*u*h-l*f*m,this._y=l*f*h+d*u*m,this._z=l*u*m-d*f*h,this._w=l*u*h+d*f*m;break;case"YZX":this._x=d*u*h+l*f*m,this._y=l*f*h+d*u*m,this._z=l*u*m-d*f*h,this._w=l*u*h-d*f*m;break;case"XZY":this._x=d*u*h-l*f*m,this._y=l*f*h-d*u*m,this._z=l*u*m+d*f*h,this._w=l*u*h+d*f*m;break;default:Ie("Quaternion: .setFromEuler() encountered an unknown order: "+o)}return t===!0&&this._onChangeCallback(),this}setFromAxisAngle(e,t){let n=t/2,r=Math.sin(n);return this._x=e.x*r,this._y=e.y*r,this._z=e.z*r,this._w=Math.cos(n),this._onChangeCallback(),this}setFromRotationMatrix(e){let t=e.elements,n=t[0],r=t[4],s=t[8],o=t[1],a=t[5],c=t[9],l=t[2],u=t[6],h=t[10],d=n+a+h;if(d>0){let f=.5/Math.sqrt(d+1);this._w=.25/f,this._x=(u-c)*f,this._y=(s-l)*f,this._z=(o-r)*f}else if(n>a&&n>h){let f=2*Math.sqrt(1+n-a-h);this._w=(u-c)/f,this._x=.25*f,this._y=(r+o)/f,this._z=(s+l)/f}else if(a>h){let f=2*Math.sqrt(1+a-n-h);this._w=(s-l)/f,this._x=(r+o)/f,this._y=.25*f,this._z=(c+u)/f}else{let f=2*Math.sqrt(1+h-n-a);this._w=(o-r)/f,this._x=(s+l)/f,this._y=(c+u)/f,this._z=.25*f}return this._onChangeCallback(),this}setFromUnitVectors(e,t){let n=e.dot(t)+1;return n<1e-8?(n=0,Math.abs(e.x)>Math.abs(e.z)?(this._x=-e.y,this._y=e.x,this._z=0,this._w=n):(this._x=0,this._y=-e.z,this._z=e.y,this._w=n)):(this._x=e.y*t.z-e.z*t.y,this._y=e.z*t.x-e.x*t.z,this._z=e.x*t.y-e.y*t.x,this._w=n),this.normalize()}angleTo(e){return 2*Math.acos(Math.abs(Ye(this.dot(e),-1,1)))}rotateTowards(e,t){let n=this.angleTo(e);if(n===0)return this;let r=Math.min(1,t/n);return this.slerp(e,r),this}identity(){return this.set(0,0,0,1)}invert(){return this.conjugate()}conjugate(){return this._x*=-1,this._y*=-1,this._z*=-1,this._onChangeCallback(),this}dot(e){return this._x*e._x+this._y*e._y+this._z*e._z+this._w*e._w}lengthSq(){return this._x*this._x+this._y*this._y+this._z*this._z+this._w*this._w}length(){return Math.sqrt(this._x*this._x+this._y*this._y+this._z*this._z+this._w*this._w)}normalize(){let e=this.length();return e===0?(this._x=0,this._y=0,this._z=0,this._w=1):(e=1/e,this._x=this._x*e,this._y=this._y*e,this._z=this._z*e,this._w=this._w*e),this._onChangeCallback(),this}multiply(e){return this.multiplyQuaternions(this,e)}premultiply(e){return this.multiplyQuaternions(e,this)}multiplyQuaternions(e,t){let n=e._x,r=e._y,s=e._z,o=e._w,a=t._x,c=t._y,l=t._z,u=t._w;return this._x=n*u+o*a+r*l-s*c,this._y=r*u+o*c+s*a-n*l,this._z=s*u+o*l+n*c-r*a,this._w=o*u-n*a-r*c-s*l,this._onChangeCallback(),this}slerp(e,t){let n=e._x,r=e._y,s=e._z,o=e._w,a=this.dot(e);a<0&&(n=-n,r=-r,s=-s,o=-o,a=-a);let c=1-t;if(a<.9995){let l=Math.acos(a),u=Math.sin(l);c=Math.sin(c*l)/u,t=Math.sin(t*l)/u,this._x=this._x*c+n*t,this._y=this._y*c+r*t,this._z=this._z*c+s*t,this._w=this._w*c+o*t,this._onChangeCallback()}else this._x=this._x*c+n*t,this._y=this._y*c+r*t,this._z=this._z*c+s*t,this._w=this._w*c+o*t,this.normalize();return this}slerpQuaternions(e,t,n){return this.copy(e).slerp(t,n)}random(){let e=2*Math.PI*Math.random(),t=2*Math.PI*Math.random(),n=Math.random(),r=Math.sqrt(1-n),s=Math.sqrt(n);return this.set(r*Math.sin(e),r*Math.cos(e),s*Math.sin(t),s*Math.cos(t))}equals(e){return e._x===this._x&&e._y===this._y&&e._z===this._z&&e._w===this._w}fromArray(e,t=0){return this._x=e[t],this._y=e[t+1],this._z=e[t+2],this._w=e[t+3],this._onChangeCallback(),this}toArray(e=[],t=0){return e[t]=this._x,e[t+1]=this._y,e[t+2]=this._z,e[t+3]=this._w,e}fromBufferAttribute(e,t){return this._x=e.getX(t),this._y=e.getY(t),this._z=e.getZ(t),this._w=e.getW(t),this._onChangeCallback(),this}toJSON(){return this.toArray()}_onChange(e){return this._onChangeCallback=e,this}_onChangeCallback(){}*[Symbol.iterator](){yield this._x,yield this._y,yield this._z,yield this._w}},ru=class ru{constructor(e=0,t=0,n=0){this.x=e,this.y=t,this.z=n}set(e,t,n){return n===void 0&&(n=this.z),this.x=e,this.y=t,this.z=n,this}setScalar(e){return this.x=e,this.y=e,this.z=e,this}setX(e){return this.x=e,this}setY(e){return this.y=e,this}setZ(e){return this.z=e,this}setComponent(e,t){switch(e){case 0:this.x=t;break;case 1:this.y=t;break;case 2:this.z=t;break;default:throw new Error("THREE.Vector3: index is out of range: "+e)}return this}getComponent(e){switch(e){case 0:return this.x;case 1:return this.y;case 2:return this.z;default:throw new Error("THREE.Vector3: index is out of range: "+e)}}clone(){return new this.constructor(this.x,this.y,this.z)}copy(e){return this.x=e.x,this.y=e.y,this.z=e.z,this}add(e){return this.x+=e.x,this.y+=e.y,this.z+=e.z,this}addScalar(e){return this.x+=e,this.y+=e,this.z+=e,this}addVectors(e,t){return this.x=e.x+t.x,this.y=e.y+t.y,this.z=e.z+t.z,this}addScaledVector(e,t){return this.x+=e.x*t,this.y+=e.y*t,this.z+=e.z*t,this}sub(e){return this.x-=e.x,this.y-=e.y,this.z-=e.z,this}subScalar(e){return this.x-=e,this.y-=e,this.z-=e,this}subVectors(e,t){return this.x=e.x-t.x,this.y=e.y-t.y,this.z=e.z-t.z,this}multiply(e){return this.x*=e.x,this.y*=e.y,this.z*=e.z,this}multiplyScalar(e){return this.x*=e,this.y*=e,this.z*=e,this}multiplyVectors(e,t){return this.x=e.x*t.x,this.y=e.y*t.y,this.z=e.z*t.z,this}applyEuler(e){return this.applyQuaternion(wd.setFromEuler(e))}applyAxisAngle(e,t){return this.applyQuaternion(wd.setFromAxisAngle(e,t))}applyMatrix3(e){let t=this.x,n=this.y,r=this.z,s=e.elements;return this.x=s[0]*t+s[3]*n+s[6]*r,this.y=s[1]*t+s[4]*n+s[7]*r,this.z=s[2]*t+s[5]*n+s[8]*r,this}applyNormalMatrix(e){return this.applyMatrix3(e).normalize()}applyMatrix4(e){let t=this.x,n=this.y,r=this.z,s=e.elements,o=1/(s[3]*t+s[7]*n+s[11]*r+s[15]);return this.x=(s[0]*t+s[4]*n+s[8]*r+s[12])*o,this.y=(s[1]*t+s[5]*n+s[9]*r+s[13])*o,this.z=(s[2]*t+s[6]*n+s[10]*r+s[14])*o,this}applyQuaternion(e){let t=this.x,n=this.y,r=this.z,s=e.x,o=e.y,a=e.z,c=e.w,l=2*(o*r-a*n),u=2*(a*t-s*r),h=2*(s*n-o*t);return this.x=t+c*l+o*h-a*u,this.y=n+c*u+a*l-s*h,this.z=r+c*h+s*u-o*l,this}project(e){return this.applyMatrix4(e.matrixWorldInverse).applyMatrix4(e.projectionMatrix)}unproject(e){return this.applyMatrix4(e.projectionMatrixInverse).applyMatrix4(e.matrixWorld)}transformDirection(e){let t=this.x,n=this.y,r=this.z,s=e.elements;return this.x=s[0]*t+s[4]*n+s[8]*r,this.y=s[1]*t+s[5]*n+s[9]*r,this.z=s[2]*t+s[6]*n+s[10]*r,this.normalize()}divide(e){return this.x/=e.x,this.y/=e.y,this.z/=e.z,this}divideScalar(e){return this.multiplyScalar(1/e)}min(e){return this.x=Math.min(this.x,e.x),this.y=Math.min(this.y,e.y),this.z=Math.min(this.z,e.z),this}max(e){return this.x=Math.max(this.x,e.x),this.y=Math.max(this.y,e.y),this.z=Math.max(this.z,e.z),this}clamp(e,t){return this.x=Ye(this.x,e.x,t.x),this.y=Ye(this.y,e.y,t.y),this.z=Ye(this.z,e.z,t.z),this}clampScalar(e,t){return this.x=Ye(this.x,e,t),this.y=Ye(this.y,e,t),this.z=Ye(this.z,e,t),this}clampLength(e,t){let n=this.length();return this.divideScalar(n||1).multiplyScalar(Ye(n,e,t))}floor(){return this.x=Math.floor(this.x),this.y=Math.floor(this.y),this.z=Math.floor(this.z),this}ceil(){return this.x=Math.ceil(this.x),this.y=Math.ceil(this.y),this.z=Math.ceil(this.z),this}round(){return this.x=Math.round(this.x),this.y=Math.round(this.y),this.z=Math.round(this.z),this}roundToZero(){return this.x=Math.trunc(this.x),this.y=Math.trunc(this.y),this.z=Math.trunc(this.z),this}negate(){return this.x=-this.x,this.y=-this.y,this.z=-this.z,this}dot(e){return this.x*e.x+this.y*e.y+this.z*e.z}lengthSq(){return this.x*this.x+this.y*this.y+this.z*this.z}length(){return Math.sqrt(this.x*this.x+this.y*this.y+this.z*this.z)}manhattanLength(){return Math.abs(this.x)+Math.abs(this.y)+Math.abs(this.z)}normalize(){return this.divideScalar(this.length()||1)}setLength(e){return this.normalize().multiplyScalar(e)}lerp(e,t){return this.x+=(e.x-this.x)*t,this.y+=(e.y-this.y)*t,this.z+=(e.z-this.z)*t,this}lerpVectors(e,t,n){return this.x=e.x+(t.x-e.x)*n,this.y=e.y+(t.y-e.y)*n,this.z=e.z+(t.z-e.z)*n,this}cross(e){return this.crossVectors(this,e)}crossVectors(e,t){let n=e.x,r=e.y,s=e.z,o=t.x,a=t.y,c=t.z;return this.x=r*c-s*a,this.y=s*o-n*c,this.z=n*a-r*o,this}projectOnVector(e){let t=e.lengthSq();if(t===0)return this.set(0,0,0);let n=e.dot(this)/t;return this.copy(e).multiplyScalar(n)}projectOnPlane(e){return Ql.copy(this).projectOnVector(e),this.sub(Ql)}reflect(e){return this.sub(Ql.copy(e).multiplyScalar(2*this.dot(e)))}angleTo(e){let t=Math.sqrt(this.lengthSq()*e.lengthSq());if(t===0)return Math.PI/2;let n=this.dot(e)/t;return Math.acos(Ye(n,-1,1))}distanceTo(e){return Math.sqrt(this.distanceToSquared(e))}distanceToSquared(e){let t=this.x-e.x,n=this.y-e.y,r=this.z-e.z;return t*t+n*n+r*r}manhattanDistanceTo(e){return Math.abs(this.x-e.x)+Math.abs(this.y-e.y)+Math.abs(this.z-e.z)}setFromSpherical(e){return this.setFromSphericalCoords(e.radius,e.phi,e.theta)}setFromSphericalCoords(e,t,n){let r=Math.sin(t)*e;return this.x=r*Math.sin(n),this.y=Math.cos(t)*e,this.z=r*Math.cos(n),this}setFromCylindrical(e){return this.setFromCylindricalCoords(e.radius,e.theta,e.y)}setFromCylindricalCoords(e,t,n){return this.x=e*Math.sin(t),this.y=n,this.z=e*Math.cos(t),this}setFromMatrixPosition(e){let t=e.elements;return this.x=t[12],this.y=t[13],this.z=t[14],this}setFromMatrixScale(e){let t=this.setFromMatrixColumn(e,0).length(),n=this.setFromMatrixColumn(e,1).length(),r=this.setFromMatrixColumn(e,2).length();return this.x=t,this.y=n,this.z=r,this}setFromMatrixColumn(e,t){return this.fromArray(e.elements,t*4)}setFromMatrix3Column(e,t){return this.fromArray(e.elements,t*3)}setFromEuler(e){return this.x=e._x,this.y=e._y,this.z=e._z,this}setFromColor(e){return this.x=e.r,this.y=e.g,this.z=e.b,this}equals(e){return e.x===this.x&&e.y===this.y&&e.z===this.z}fromArray(e,t=0){return this.x=e[t],this.y=e[t+1],this.z=e[t+2],this}toArray(e=[],t=0){return e[t]=this.x,e[t+1]=this.y,e[t+2]=this.z,e}fromBufferAttribute(e,t){return this.x=e.getX(t),this.y=e.getY(t),this.z=e.getZ(t),this}random(){return this.x=Math.random(),this.y=Math.random(),this.z=Math.random(),this}randomDirection(){let e=Math.random()*Math.PI*2,t=Math.random()*2-1,n=Math.sqrt(1-t*t);return this.x=n*Math.cos(e),this.y=t,this.z=n*Math.sin(e),this}*[Symbol.iterator](){yield this.x,yield this.y,yield this.z}};ru.prototype.isVector3=!0;var X=ru,Ql=new X,wd=new Tn,su=class su{constructor(e,t,n,r,s,o,a,c,l){this.elements=[1,0,0,0,1,0,0,0,1],e!==void 0&&this.set(e,t,n,r,s,o,a,c,l)}set(e,t,n,r,s,o,a,c,l){let u=this.elements;return u[0]=e,u[1]=r,u[2]=a,u[3]=t,u[4]=s,u[5]=c,u[6]=n,u[7]=o,u[8]=l,this}identity(){return this.set(1,0,0,0,1,0,0,0,1),this}copy(e){let t=this.elements,n=e.elements;return t[0]=n[0],t[1]=n[1],t[2]=n[2],t[3]=n[3],t[4]=n[4],t[5]=n[5],t[6]=n[6],t[7]=n[7],t[8]=n[8],this}extractBasis(e,t,n){return e.setFromMatrix3Column(this,0),t.setFromMatrix3Column(this,1),n.setFromMatrix3Column(this,2),this}setFromMatrix4(e){let t=e.elements;return this.set(t[0],t[4],t[8],t[1],t[5],t[9],t[2],t[6],t[10]),this}multiply(e){return this.multiplyMatrices(this,e)}premultiply(e){return this.multiplyMatrices(e,this)}multiplyMatrices(e,t){let n=e.elements,r=t.elements,s=this.elements,o=n[0],a=n[3],c=n[6],l=n[1],u=n[4],h=n[7],d=n[2],f=n[5],m=n[8],y=r[0],p=r[3],g=r[6],v=r[1],_=r[4],b=r[7],A=r[2],w=r[5],x=r[8];return s[0]=o*y+a*v+c*A,s[3]=o*p+a*_+c*w,s[6]=o*g+a*b+c*x,s[1]=l*y+u*v+h*A,s[4]=l*p+u*_+h*w,s[7]=l*g+u*b+h*x,s[2]=d*y+f*v+m*A,s[5]=d*p+f*_+m*w,s[8]=d*g+f*b+m*x,this}multiplyScalar(e){let t=this.elements;return t[0]*=e,t[3]*=e,t[6]*=e,t[1]*=e,t[4]*=e,t[7]*=e,t[2]*=e,t[5]*=e,t[8]*=e,this}determinant(){let e=this.elements,t=e[0],n=e[1],r=e[2],s=e[3],o=e[4],a=e[5],c=e[6],l=e[7],u=e[8];return t*o*u-t*a*l-n*s*u+n*a*c+r*s*l-r*o*c}invert(){let e=this.elements,t=e[0],n=e[1],r=e[2],s=e[3],o=e[4],a=e[5],c=e[6],l=e[7],u=e[8],h=u*o-a*l,d=a*c-u*s,f=l*s-o*c,m=t*h+n*d+r*f;if(m===0)return this.set(0,0,0,0,0,0,0,0,0);let y=1/m;return e[0]=h*y,e[1]=(r*l-u*n)*y,e[2]=(a*n-r*o)*y,e[3]=d*y,e[4]=(u*t-r*c)*y,e[5]=(r*s-a*t)*y,e[6]=f*y,e[7]=(n*c-l*t)*y,e[8]=(o*t-n*s)*y,this}transpose(){let e,t=this.elements;return e=t[1],t[1]=t[3],t[3]=e,e=t[2],t[2]=t[6],t[6]=e,e=t[5],t[5]=t[7],t[7]=e,this}getNormalMatrix(e){return this.setFromMatrix4(e).invert().transpose()}transposeIntoArray(e){let t=this.elements;return e[0]=t[0],e[1]=t[3],e[2]=t[6],e[3]=t[1],e[4]=t[4],e[5]=t[7],e[6]=t[2],e[7]=t[5],e[8]=t[8],this}setUvTransform(e,t,n,r,s,o,a){let c=Math.cos(s),l=Math.sin(s);return this.set(n*c,n*l,-n*(c*o+l*a)+o+e,-r*l,r*c,-r*(-l*o+c*a)+a+t,0,0,1),this}scale(e,t){return Zr("Matrix3: .scale() is deprecated. Use .makeScale() instead."),this.premultiply(ec.makeScale(e,t)),this}rotate(e){return Zr("Matrix3: .rotate() is deprecated. Use .makeRotation() instead."),this.premultiply(ec.makeRotation(-e)),this}translate(e,t){return Zr("Matrix3: .translate() is deprecated. Use .makeTranslation() instead."),this.premultiply(ec.makeTranslation(e,t)),this}makeTranslation(e,t){return e.isVector2?this.set(1,0,e.x,0,1,e.y,0,0,1):this.set(1,0,e,0,1,t,0,0,1),this}makeRotation(e){let t=Math.cos(e),n=Math.sin(e);return this.set(t,-n,0,n,t,0,0,0,1),this}makeScale(e,t){return this.set(e,0,0,0,t,0,0,0,1),this}equals(e){let t=this.elements,n=e.elements;for(let r=0;r<9;r++)if(t[r]!==n[r])return!1;return!0}fromArray(e,t=0){for(let n=0;n<9;n++)this.elements[n]=e[n+t];return this}toArray(e=[],t=0){let n=this.elements;return e[t]=n[0],e[t+1]=n[1],e[t+2]=n[2],e[t+3]=n[3],e[t+4]=n[4],e[t+5]=n[5],e[t+6]=n[6],e[t+7]=n[7],e[t+8]=n[8],e}clone(){return new this.constructor().fromArray(this.elements)}};su.prototype.isMatrix3=!0;var De=su,ec=new De,Ad=new De().set(.4123908,.3575843,.1804808,.212639,.7151687,.0721923,.0193308,.1191948,.9505322),Ed=new De().set(3.2409699,-1.5373832,-.4986108,-.9692436,1.8759675,.0415551,.0556301,-.203977,1.0569715);function Og(){let i={enabled:!0,workingColorSpace:Qr,spaces:{},convert:function(r,s,o){return this.enabled===!1||s===o||!s||!o||(this.spaces[s].transfer===Qe&&(r.r=$n(r.r),r.g=$n(r.g),r.b=$n(r.b)),this.spaces[s].primaries!==this.spaces[o].primaries&&(r.applyMatrix3(this.spaces[s].toXYZ),r.applyMatrix3(this.spaces[o].fromXYZ)),this.spaces[o].transfer===Qe&&(r.r=fr(r.r),r.g=fr(r.g),r.b=fr(r.b))),r},workingToColorSpace:function(r,s){return this.convert(r,this.workingColorSpace,s)},colorSpaceToWorking:function(r,s){return this.convert(r,s,this.workingColorSpace)},getPrimaries:function(r){return this.spaces[r].primaries},getTransfer:function(r){return r===jn?es:this.spaces[r].transfer},getToneMappingMode:function(r){return this.spaces[r].outputColorSpaceConfig.toneMappingMode||"standard"},getLuminanceCoefficients:function(r,s=this.workingColorSpace){return r.fromArray(this.spaces[s].luminanceCoefficients)},define:function(r){Object.assign(this.spaces,r)},_getMatrix:function(r,s,o){return r.copy(this.spaces[o].fromXYZ).multiply(this.spaces[s].toXYZ)},_getDrawingBufferColorSpace:function(r){return this.spaces[r].outputColorSpaceConfig.drawingBufferColorSpace},_getUnpackColorSpace:function(r=this.workingColorSpace){return this.spaces[r].workingColorSpaceConfig.unpackColorSpace}},e=[.64,.33,.3,.6,.15,.06],t=[.2126,.7152,.0722],n=[.3127,.329];return i.define({[Qr]:{primaries:e,whitePoint:n,transfer:es,toXYZ:Ad,fromXYZ:Ed,luminanceCoefficients:t,workingColorSpaceConfig:{unpackColorSpace:Kt},outputColorSpaceConfig:{drawingBufferColorSpace:Kt}},[Kt]:{primaries:e,whitePoint:n,transfer:Qe,toXYZ:Ad,fromXYZ:Ed,luminanceCoefficients:t,outputColorSpaceConfig:{drawingBufferColorSpace:Kt}}}),i}var $e=Og();function $n(i){return i<.04045?i*.0773993808:Math.pow(i*.9478672986+.0521327014,2.4)}function fr(i){return i<.0031308?i*12.92:1.055*Math.pow(i,.41666)-.055}var er,Vo=class{static getDataURL(e,t="image/png"){if(/^data:/i.test(e.src)||typeof HTMLCanvasElement>"u")return e.src;let n;if(e instanceof HTMLCanvasElement)n=e;else{er===void 0&&(er=ns("canvas")),er.width=e.width,er.height=e.height;let r=er.getContext("2d");e instanceof ImageData?r.putImageData(e,0,0):r.drawImage(e,0,0,e.width,e.height),n=er}return n.toDataURL(t)}static sRGBToLinear(e){if(typeof HTMLImageElement<"u"&&e instanceof HTMLImageElement||typeof HTMLCanvasElement<"u"&&e instanceof HTMLCanvasElement||typeof ImageBitmap<"u"&&e instanceof ImageBitmap){let t=ns("canvas");t.width=e.width,t.height=e.height;let n=t.getContext("2d");n.drawImage(e,0,0,e.width,e.height);let r=n.getImageData(0,0,e.width,e.height),s=r.data;for(let o=0;o<s.length;o++)s[o]=$n(s[o]/255)*255;return n.putImageData(r,0,0),t}else if(e.data){let t=e.data.slice(0);for(let n=0;n<t.length;n++)t instanceof Uint8Array||t instanceof Uint8ClampedArray?t[n]=Math.floor($n(t[n]/255)*255):t[n]=$n(t[n]);return{data:t,width:e.width,height:e.height}}else return Ie("ImageUtils.sRGBToLinear(): Unsupported image type. No color space conversion applied."),e}},Bg=0,gr=class{constructor(e=null){this.isTextureSource=!0,Object.defineProperty(this,"id",{value:Bg++}),this.uuid=ws(),this.data=e,this.dataReady=!0,this.version=0}getSize(e){let t=this.data;return typeof HTMLVideoElement<"u"&&t instanceof HTMLVideoElement?e.set(t.videoWidth,t.videoHeight,0):typeof VideoFrame<"u"&&t instanceof VideoFrame?e.set(t.displayWidth,t.displayHeight,0):t!==null?e.set(t.width||0,t.height||0,t.depth||0):e.set(0,0,0),e}set needsUpdate(e){e===!0&&this.version++}toJSON(e){let t=e===void 0||typeof e=="string";if(!t&&e.images[this.uuid]!==void 0)return e.images[this.uuid];let n={uuid:this.uuid,url:""},r=this.data;if(r!==null){let s;if(Array.isArray(r)){s=[];for(let o=0,a=r.length;o<a;o++)r[o].isDataTexture?s.push(tc(r[o].image)):s.push(tc(r[o]))}else s=tc(r);n.url=s}return t||(e.images[this.uuid]=n),n}};function tc(i){return typeof HTMLImageElement<"u"&&i instanceof HTMLImageElement||typeof HTMLCanvasElement<"u"&&i instanceof HTMLCanvasElement||typeof ImageBitmap<"u"&&i instanceof ImageBitmap?Vo.getDataURL(i):i.data?{data:Array.from(i.data),width:i.width,height:i.height,type:i.data.constructor.name}:(Ie("Texture: Unable to serialize Texture."),{})}var kg=0,nc=new X,Ut=class i extends En{constructor(e=i.DEFAULT_IMAGE,t=i.DEFAULT_MAPPING,n=An,r=An,s=It,o=Jn,a=vn,c=en,l=i.DEFAULT_ANISOTROPY,u=jn){super(),this.isTexture=!0,Object.defineProperty(this,"id",{value:kg++}),this.uuid=ws(),this.name="",this.source=new gr(e),this.mipmaps=[],this.mapping=t,this.channel=0,this.wrapS=n,this.wrapT=r,this.magFilter=s,this.minFilter=o,this.anisotropy=l,this.format=a,this.internalFormat=null,this.type=c,this.offset=new Ke(0,0),this.repeat=new Ke(1,1),this.center=new Ke(0,0),this.rotation=0,this.matrixAutoUpdate=!0,this.matrix=new De,this.generateMipmaps=!0,this.mipmapsAutoUpdate=!0,this.premultiplyAlpha=!1,this.flipY=!0,this.unpackAlignment=4,this.colorSpace=u,this.userData={},this.updateRanges=[],this.version=0,this.onUpdate=null,this.renderTarget=null,this.isRenderTargetTexture=!1,this.isArrayTexture=!!(e&&e.depth&&e.depth>1),this.pmremVersion=0,this.isPMREMTexture=!1,this.normalized=!1}get width(){return this.source.getSize(nc).x}get height(){return this.source.getSize(nc).y}get depth(){return this.source.getSize(nc).z}get image(){return this.source.data}set image(e){this.source.data=e}updateMatrix(){this.matrix.setUvTransform(this.offset.x,this.offset.y,this.repeat.x,this.repeat.y,this.rotation,this.center.x,this.center.y)}addUpdateRange(e,t){this.updateRanges.push({start:e,count:t})}clearUpdateRanges(){this.updateRanges.length=0}clone(){return new this.constructor().copy(this)}copy(e){return this.name=e.name,this.source=e.source,this.mipmaps=e.mipmaps.slice(0),this.mapping=e.mapping,this.channel=e.channel,this.wrapS=e.wrapS,this.wrapT=e.wrapT,this.magFilter=e.magFilter,this.minFilter=e.minFilter,this.anisotropy=e.anisotropy,this.format=e.format,this.internalFormat=e.internalFormat,this.type=e.type,this.normalized=e.normalized,this.offset.copy(e.offset),this.repeat.copy(e.repeat),this.center.copy(e.center),this.rotation=e.rotation,this.matrixAutoUpdate=e.matrixAutoUpdate,this.matrix.copy(e.matrix),this.generateMipmaps=e.generateMipmaps,this.mipmapsAutoUpdate=e.mipmapsAutoUpdate,this.premultiplyAlpha=e.premultiplyAlpha,this.flipY=e.flipY,this.unpackAlignment=e.unpackAlignment,this.colorSpace=e.colorSpace,this.renderTarget=e.renderTarget,this.isRenderTargetTexture=e.isRenderTargetTexture,this.isPMREMTexture=e.isPMREMTexture,this.isArrayTexture=e.isArrayTexture,this.userData=JSON.parse(JSON.stringify(e.userData)),this.needsUpdate=!0,this}setValues(e){for(let t in e){let n=e[t];if(n===void 0){Ie(`Texture.setValues(): parameter '${t}' has value of undefined.`);continue}let r=this[t];if(r===void 0){Ie(`Texture.setValues(): property '${t}' does not exist.`);continue}r&&n&&r.isVector2&&n.isVector2||r&&n&&r.isVector3&&n.isVector3||r&&n&&r.isMatrix3&&n.isMatrix3?r.copy(n):this[t]=n}}toJSON(e){let t=e===void 0||typeof e=="string";if(!t&&e.textures[this.uuid]!==void 0)return e.textures[this.uuid];let n={metadata:{version:4.7,type:"Texture",generator:"Texture.toJSON"},uuid:this.uuid,name:this.name,image:this.source.toJSON(e).uuid,mapping:this.mapping,channel:this.channel,repeat:[this.repeat.x,this.repeat.y],offset:[this.offset.x,this.offset.y],center:[this.center.x,this.center.y],rotation:this.rotation,wrap:[this.wrapS,this.wrapT],format:this.format,internalFormat:this.internalFormat,type:this.type,normalized:this.normalized,colorSpace:this.colorSpace,minFilter:this.minFilter,magFilter:this.magFilter,anisotropy:this.anisotropy,flipY:this.flipY,generateMipmaps:this.generateMipmaps,mipmapsAutoUpdate:this.mipmapsAutoUpdate,premultiplyAlpha:this.premultiplyAlpha,unpackAlignment:this.unpackAlignment};return Object.keys(this.userData).length>0&&(n.userData=this.userData),t||(e.textures[this.uuid]=n),n}dispose(){this.dispatchEvent({type:"dispose"})}transformUv(e){if(this.mapping!==kc)return e;if(e.applyMatrix3(this.matrix),e.x<0||e.x>1)switch(this.wrapS){case Bo:e.x=e.x-Math.floor(e.x);break;case An:e.x=e.x<0?0:1;break;case ko:Math.abs(Math.floor(e.x)%2)===1?e.x=Math.ceil(e.x)-e.x:e.x=e.x-Math.floor(e.x);break}if(e.y<0||e.y>1)switch(this.wrapT){case Bo:e.y=e.y-Math.floor(e.y);break;case An:e.y=e.y<0?0:1;break;case ko:Math.abs(Math.floor(e.y)%2)===1?e.y=Math.ceil(e.y)-e.y:e.y=e.y-Math.floor(e.y);break}return this.flipY&&(e.y=1-e.y),e}set needsUpdate(e){e===!0&&(this.version++,this.source.needsUpdate=!0)}set needsPMREMUpdate(e){e===!0&&this.pmremVersion++}};Ut.DEFAULT_IMAGE=null;Ut.DEFAULT_MAPPING=kc;Ut.DEFAULT_ANISOTROPY=1;var ou=class ou{constructor(e=0,t=0,n=0,r=1){this.x=e,this.y=t,this.z=n,this.w=r}get width(){return this.z}set width(e){this.z=e}get height(){return this.w}set height(e){this.w=e}set(e,t,n,r){return this.x=e,this.y=t,this.z=n,this.w=r,this}setScalar(e){return this.x=e,this.y=e,this.z=e,this.w=e,this}setX(e){return this.x=e,this}setY(e){return this.y=e,this}setZ(e){return this.z=e,this}setW(e){return this.w=e,this}setComponent(e,t){switch(e){case 0:this.x=t;break;case 1:this.y=t;break;case 2:this.z=t;break;case 3:this.w=t;break;default:throw new Error("THREE.Vector4: index is out of range: "+e)}return this}getComponent(e){switch(e){case 0:return this.x;case 1:return this.y;case 2:return this.z;case 3:return this.w;default:throw new Error("THREE.Vector4: index is out of range: "+e)}}clone(){return new this.constructor(this.x,this.y,this.z,this.w)}copy(e){return this.x=e.x,this.y=e.y,this.z=e.z,this.w=e.w!==void 0?e.w:1,this}add(e){return this.x+=e.x,this.y+=e.y,this.z+=e.z,this.w+=e.w,this}addScalar(e){return this.x+=e,this.y+=e,this.z+=e,this.w+=e,this}addVectors(e,t){return this.x=e.x+t.x,this.y=e.y+t.y,this.z=e.z+t.z,this.w=e.w+t.w,this}addScaledVector(e,t){return this.x+=e.x*t,this.y+=e.y*t,this.z+=e.z*t,this.w+=e.w*t,this}sub(e){return this.x-=e.x,this.y-=e.y,this.z-=e.z,this.w-=e.w,this}subScalar(e){return this.x-=e,this.y-=e,this.z-=e,this.w-=e,this}subVectors(e,t){return this.x=e.x-t.x,this.y=e.y-t.y,this.z=e.z-t.z,this.w=e.w-t.w,this}multiply(e){return this.x*=e.x,this.y*=e.y,this.z*=e.z,this.w*=e.w,this}multiplyScalar(e){return this.x*=e,this.y*=e,this.z*=e,this.w*=e,this}applyMatrix4(e){let t=this.x,n=this.y,r=this.z,s=this.w,o=e.elements;return this.x=o[0]*t+o[4]*n+o[8]*r+o[12]*s,this.y=o[1]*t+o[5]*n+o[9]*r+o[13]*s,this.z=o[2]*t+o[6]*n+o[10]*r+o[14]*s,this.w=o[3]*t+o[7]*n+o[11]*r+o[15]*s,this}divide(e){return this.x/=e.x,this.y/=e.y,this.z/=e.z,this.w/=e.w,this}divideScalar(e){return this.multiplyScalar(1/e)}setAxisAngleFromQuaternion(e){this.w=2*Math.acos(e.w);let t=Math.sqrt(1-e.w*e.w);return t<1e-4?(this.x=1,this.y=0,this.z=0):(this.x=e.x/t,this.y=e.y/t,this.z=e.z/t),this}setAxisAngleFromRotationMatrix(e){let t,n,r,s,c=e.elements,l=c[0],u=c[4],h=c[8],d=c[1],f=c[5],m=c[9],y=c[2],p=c[6],g=c[10];if(Math.abs(u-d)<.01&&Math.abs(h-y)<.01&&Math.abs(m-p)<.01){if(Math.abs(u+d)<.1&&Math.abs(h+y)<.1&&Math.abs(m+p)<.1&&Math.abs(l+f+g-3)<.1)return this.set(1,0,0,0),this;t=Math.PI;let _=(l+1)/2,b=(f+1)/2,A=(g+1)/2,w=(u+d)/4,x=(h+y)/4,E=(m+p)/4;return _>b&&_>A?_<.01?(n=0,r=.707106781,s=.707106781):(n=Math.sqrt(_),r=w/n,s=x/n):b>A?b<.01?(n=.707106781,r=0,s=.707106781):(r=Math.sqrt(b),n=w/r,s=E/r):A<.01?(n=.707106781,r=.707106781,s=0):(s=Math.sqrt(A),n=x/s,r=E/s),this.set(n,r,s,t),this}let v=Math.sqrt((p-m)*(p-m)+(h-y)*(h-y)+(d-u)*(d-u));return Math.abs(v)<.001&&(v=1),this.x=(p-m)/v,this.y=(h-y)/v,this.z=(d-u)/v,this.w=Math.acos((l+f+g-1)/2),this}setFromMatrixPosition(e){let t=e.elements;return this.x=t[12],this.y=t[13],this.z=t[14],this.w=t[15],this}min(e){return this.x=Math.min(this.x,e.x),this.y=Math.min(this.y,e.y),this.z=Math.min(this.z,e.z),this.w=Math.min(this.w,e.w),this}max(e){return this.x=Math.max(this.x,e.x),this.y=Math.max(this.y,e.y),this.z=Math.max(this.z,e.z),this.w=Math.max(this.w,e.w),this}clamp(e,t){return this.x=Ye(this.x,e.x,t.x),this.y=Ye(this.y,e.y,t.y),this.z=Ye(this.z,e.z,t.z),this.w=Ye(this.w,e.w,t.w),this}clampScalar(e,t){return this.x=Ye(this.x,e,t),this.y=Ye(this.y,e,t),this.z=Ye(this.z,e,t),this.w=Ye(this.w,e,t),this}clampLength(e,t){let n=this.length();return this.divideScalar(n||1).multiplyScalar(Ye(n,e,t))}floor(){return this.x=Math.floor(this.x),this.y=Math.floor(this.y),this.z=Math.floor(this.z),this.w=Math.floor(this.w),this}ceil(){return this.x=Math.ceil(this.x),this.y=Math.ceil(this.y),this.z=Math.ceil(this.z),this.w=Math.ceil(this.w),this}round(){return this.x=Math.round(this.x),this.y=Math.round(this.y),this.z=Math.round(this.z),this.w=Math.round(this.w),this}roundToZero(){return this.x=Math.trunc(this.x),this.y=Math.trunc(this.y),this.z=Math.trunc(this.z),this.w=Math.trunc(this.w),this}negate(){return this.x=-this.x,this.y=-this.y,this.z=-this.z,this.w=-this.w,this}dot(e){return this.x*e.x+this.y*e.y+this.z*e.z+this.w*e.w}lengthSq(){return this.x*this.x+this.y*this.y+this.z*this.z+this.w*this.w}length(){return Math.sqrt(this.x*this.x+this.y*this.y+this.z*this.z+this.w*this.w)}manhattanLength(){return Math.abs(this.x)+Math.abs(this.y)+Math.abs(this.z)+Math.abs(this.w)}normalize(){return this.divideScalar(this.length()||1)}setLength(e){return this.normalize().multiplyScalar(e)}lerp(e,t){return this.x+=(e.x-this.x)*t,this.y+=(e.y-this.y)*t,this.z+=(e.z-this.z)*t,this.w+=(e.w-this.w)*t,this}lerpVectors(e,t,n){return this.x=e.x+(t.x-e.x)*n,this.y=e.y+(t.y-e.y)*n,this.z=e.z+(t.z-e.z)*n,this.w=e.w+(t.w-e.w)*n,this}equals(e){return e.x===this.x&&e.y===this.y&&e.z===this.z&&e.w===this.w}fromArray(e,t=0){return this.x=e[t],this.y=e[t+1],this.z=e[t+2],this.w=e[t+3],this}toArray(e=[],t=0){return e[t]=this.x,e[t+1]=this.y,e[t+2]=this.z,e[t+3]=this.w,e}fromBufferAttribute(e,t){return this.x=e.getX(t),this.y=e.getY(t),this.z=e.getZ(t),this.w=e.getW(t),this}random(){return this.x=Math.random(),this.y=Math.random(),this.z=Math.random(),this.w=Math.random(),this}*[Symbol.iterator](){yield this.x,yield this.y,yield this.z,yield this.w}};ou.prototype.isVector4=!0;var dt=ou,Ho=class extends En{constructor(e=1,t=1,n={}){super(),n=Object.assign({generateMipmaps:!1,internalFormat:null,minFilter:It,depthBuffer:!0,stencilBuffer:!1,resolveColorBuffer:!0,resolveDepthBuffer:!0,resolveStencilBuffer:!0,storeMultisampledColorBuffer:!0,storeMultisampledDepthBuffer:!0,storeMultisampledStencilBuffer:!0,depthTexture:null,samples:0,count:1,depth:1,multiview:!1,useArrayDepthTexture:!1},n),this.isRenderTarget=!0,this.width=e,this.height=t,this.depth=n.depth,this.scissor=new dt(0,0,e,t),this.scissorTest=!1,this.viewport=new dt(0,0,e,t),this.textures=[];let r=n.count;for(let s=0;s<r;s++)this.textures[s]=new Ut({width:e,height:t,depth:n.depth}),this.textures[s].isRenderTargetTexture=!0,this.textures[s].renderTarget=this;this._setTextureOptions(n),this.depthBuffer=n.depthBuffer,this.stencilBuffer=n.stencilBuffer,this.resolveColorBuffer=n.resolveColorBuffer,this.resolveDepthBuffer=n.resolveDepthBuffer,this.resolveStencilBuffer=n.resolveStencilBuffer,this.storeMultisampledColorBuffer=n.storeMultisampledColorBuffer,this.storeMultisampledDepthBuffer=n.storeMultisampledDepthBuffer,this.storeMultisampledStencilBuffer=n.storeMultisampledStencilBuffer,this._depthTexture=null,this.depthTexture=n.depthTexture,this.samples=n.samples,this.multiview=n.multiview,this.useArrayDepthTexture=n.useArrayDepthTexture}_setTextureOptions(e={}){let t={minFilter:It,generateMipmaps:!1,flipY:!1,internalFormat:null};e.mapping!==void 0&&(t.mapping=e.mapping),e.wrapS!==void 0&&(t.wrapS=e.wrapS),e.wrapT!==void 0&&(t.wrapT=e.wrapT),e.wrapR!==void 0&&(t.wrapR=e.wrapR),e.magFilter!==void 0&&(t.magFilter=e.magFilter),e.minFilter!==void 0&&(t.minFilter=e.minFilter),e.format!==void 0&&(t.format=e.format),e.type!==void 0&&(t.type=e.type),e.anisotropy!==void 0&&(t.anisotropy=e.anisotropy),e.colorSpace!==void 0&&(t.colorSpace=e.colorSpace),e.flipY!==void 0&&(t.flipY=e.flipY),e.generateMipmaps!==void 0&&(t.generateMipmaps=e.generateMipmaps),e.mipmapsAutoUpdate!==void 0&&(t.mipmapsAutoUpdate=e.mipmapsAutoUpdate),e.internalFormat!==void 0&&(t.internalFormat=e.internalFormat);for(let n=0;n<this.textures.length;n++)this.textures[n].setValues(t)}get texture(){return this.textures[0]}set texture(e){this.textures[0]=e}set depthTexture(e){this._depthTexture!==null&&this._depthTexture.renderTarget===this&&(this._depthTexture.renderTarget=null),e!==null&&e.renderTarget===null&&(e.renderTarget=this),this._depthTexture=e}get depthTexture(){return this._depthTexture}setSize(e,t,n=1){if(this.width!==e||this.height!==t||this.depth!==n){this.width=e,this.height=t,this.depth=n;for(let r=0,s=this.textures.length;r<s;r++)this.textures[r].image.width=e,this.textures[r].image.height=t,this.textures[r].image.depth=n,this.textures[r].isData3DTexture!==!0&&(this.textures[r].isArrayTexture=this.textures[r].image.depth>1);this.dispose()}this.viewport.set(0,0,e,t),this.scissor.set(0,0,e,t)}clone(){return new this.constructor().copy(this)}copy(e){this.width=e.width,this.height=e.height,this.depth=e.depth,this.scissor.copy(e.scissor),this.scissorTest=e.scissorTest,this.viewport.copy(e.viewport),this.textures.length=0;for(let t=0,n=e.textures.length;t<n;t++){this.textures[t]=e.textures[t].clone(),this.textures[t].isRenderTargetTexture=!0,this.textures[t].renderTarget=this;let r=Object.assign({},e.textures[t].image);this.textures[t].source=new gr(r)}if(this.depthBuffer=e.depthBuffer,this.stencilBuffer=e.stencilBuffer,this.resolveColorBuffer=e.resolveColorBuffer,this.resolveDepthBuffer=e.resolveDepthBuffer,this.resolveStencilBuffer=e.resolveStencilBuffer,this.storeMultisampledColorBuffer=e.storeMultisampledColorBuffer,this.storeMultisampledDepthBuffer=e.storeMultisampledDepthBuffer,this.storeMultisampledStencilBuffer=e.storeMultisampledStencilBuffer,e.depthTexture!==null)if(e.depthTexture.renderTarget===e){let t=e.depthTexture.clone();t.renderTarget=null,this.depthTexture=t}else this.depthTexture=e.depthTexture;else this.depthTexture=null;return this.samples=e.samples,this.multiview=e.multiview,this.useArrayDepthTexture=e.useArrayDepthTexture,this}dispose(){this.dispatchEvent({type:"dispose"})}},Jt=class extends Ho{constructor(e=1,t=1,n={}){super(e,t,n),this.isWebGLRenderTarget=!0}},is=class extends Ut{constructor(e=null,t=1,n=1,r=1){super(null),this.isDataArrayTexture=!0,this.image={data:e,width:t,height:n,depth:r},this.magFilter=yt,this.minFilter=yt,this.wrapR=An,this.generateMipmaps=!1,this.flipY=!1,this.unpackAlignment=1,this.layerUpdates=new Set}copy(e){return super.copy(e),this.wrapR=e.wrapR,this}addLayerUpdate(e){this.layerUpdates.add(e)}clearLayerUpdates(){this.layerUpdates.clear()}};var Wo=class extends Ut{constructor(e=null,t=1,n=1,r=1){super(null),this.isData3DTexture=!0,this.image={data:e,width:t,height:n,depth:r},this.magFilter=yt,this.minFilter=yt,this.wrapR=An,this.generateMipmaps=!1,this.flipY=!1,this.unpackAlignment=1}copy(e){return super.copy(e),this.wrapR=e.wrapR,this}};var la=class la{constructor(e,t,n,r,s,o,a,c,l,u,h,d,f,m,y,p){this.elements=[1,0,0,0,0,1,0,0,0,0,1,0,0,0,0,1],e!==void 0&&this.set(e,t,n,r,s,o,a,c,l,u,h,d,f,m,y,p)}set(e,t,n,r,s,o,a,c,l,u,h,d,f,m,y,p){let g=this.elements;return g[0]=e,g[4]=t,g[8]=n,g[12]=r,g[1]=s,g[5]=o,g[9]=a,g[13]=c,g[2]=l,g[6]=u,g[10]=h,g[14]=d,g[3]=f,g[7]=m,g[11]=y,g[15]=p,this}identity(){return this.set(1,0,0,0,0,1,0,0,0,0,1,0,0,0,0,1),this}clone(){return new la().fromArray(this.elements)}copy(e){let t=this.elements,n=e.elements;return t[0]=n[0],t[1]=n[1],t[2]=n[2],t[3]=n[3],t[4]=n[4],t[5]=n[5],t[6]=n[6],t[7]=n[7],t[8]=n[8],t[9]=n[9],t[10]=n[10],t[11]=n[11],t[12]=n[12],t[13]=n[13],t[14]=n[14],t[15]=n[15],this}copyPosition(e){let t=this.elements,n=e.elements;return t[12]=n[12],t[13]=n[13],t[14]=n[14],this}setFromMatrix3(e){let t=e.elements;return this.set(t[0],t[3],t[6],0,t[1],t[4],t[7],0,t[2],t[5],t[8],0,0,0,0,1),this}extractBasis(e,t,n){return this.determinantAffine()===0?(e.set(1,0,0),t.set(0,1,0),n.set(0,0,1),this):(e.setFromMatrixColumn(this,0),t.setFromMatrixColumn(this,1),n.setFromMatrixColumn(this,2),this)}makeBasis(e,t,n){return this.set(e.x,t.x,n.x,0,e.y,t.y,n.y,0,e.z,t.z,n.z,0,0,0,0,1),this}extractRotation(e){if(e.determinantAffine()===0)return this.identity();let t=this.elements,n=e.elements,r=1/tr.setFromMatrixColumn(e,0).length(),s=1/tr.setFromMatrixColumn(e,1).length(),o=1/tr.setFromMatrixColumn(e,2).length();return t[0]=n[0]*r,t[1]=n[1]*r,t[2]=n[2]*r,t[3]=0,t[4]=n[4]*s,t[5]=n[5]*s,t[6]=n[6]*s,t[7]=0,t[8]=n[8]*o,t[9]=n[9]*o,t[10]=n[10]*o,t[11]=0,t[12]=0,t[13]=0,t[14]=0,t[15]=1,this}makeRotationFromEuler(e){let t=this.elements,n=e.x,r=e.y,s=e.z,o=Math.cos(n),a=Math.sin(n),c=Math.cos(r),l=Math.sin(r),u=Math.cos(s),h=Math.sin(s);if(e.order==="XYZ"){let d=o*u,f=o*h,m=a*u,y=a*h;t[0]=c*u,t[4]=-c*h,t[8]=l,t[1]=f+m*l,t[5]=d-y*l,t[9]=-a*c,t[2]=y-d*l,t[6]=m+f*l,t[10]=o*c}else if(e.order==="YXZ"){let d=c*u,f=c*h,m=l*u,y=l*h;t[0]=d+y*a,t[4]=m*a-f,t[8]=o*l,t[1]=o*h,t[5]=o*u,t[9]=-a,t[2]=f*a-m,t[6]=y+d*a,t[10]=o*c}else if(e.order==="ZXY"){let d=c*u,f=c*h,m=l*u,y=l*h;t[0]=d-y*a,t[4]=-o*h,t[8]=m+f*a,t[1]=f+m*a,t[5]=o*u,t[9]=y-d*a,t[2]=-o*l,t[6]=a,t[10]=o*c}else if(e.order==="ZYX"){let d=o*u,f=o*h,m=a*u,y=a*h;t[0]=c*u,t[4]=m*l-f,t[8]=d*l+y,t[1]=c*h,t[5]=y*l+d,t[9]=f*l-m,t[2]=-l,t[6]=a*c,t[10]=o*c}else if(e.order==="YZX"){let d=o*c,f=o*l,m=a*c,y=a*l;t[0]=c*u,t[4]=y-d*h,t[8]=m*h+f,t[1]=h,t[5]=o*u,t[9]=-a*u,t[2]=-l*u,t[6]=f*h+m,t[10]=d-y*h}else if(e.order==="XZY"){let d=o*c,f=o*l,m=a*c,y=a*l;t[0]=c*u,t[4]=-h,t[8]=l*u,t[1]=d*h+y,t[5]=o*u,t[9]=f*h-m,t[2]=m*h-f,t[6]=a*u,t[10]=y*h+d}return t[3]=0,t[7]=0,t[11]=0,t[12]=0,t[13]=0,t[14]=0,t[15]=1,this}makeRotationFromQuaternion(e){return this.compose(zg,e,Gg)}lookAt(e,t,n){let r=this.elements;return $t.subVectors(e,t),$t.lengthSq()===0&&($t.z=1),$t.normalize(),si.crossVectors(n,$t),si.lengthSq()===0&&(Math.abs(n.z)===1?$t.x+=1e-4:$t.z+=1e-4,$t.normalize(),si.crossVectors(n,$t)),si.normalize(),oo.crossVectors($t,si),r[0]=si.x,r[4]=oo.x,r[8]=$t.x,r[1]=si.y,r[5]=oo.y,r[9]=$t.y,r[2]=si.z,r[6]=oo.z,r[10]=$t.z,this}multiply(e){return this.multiplyMatrices(this,e)}premultiply(e){return this.multiplyMatrices(e,this)}multiplyMatrices(e,t){let n=e.elements,r=t.elements,s=this.elements,o=n[0],a=n[4],c=n[8],l=n[12],u=n[1],h=n[5],d=n[9],f=n[13],m=n[2],y=n[6],p=n[10],g=n[14],v=n[3],_=n[7],b=n[11],A=n[15],w=r[0],x=r[4],E=r[8],U=r[12],N=r[1],R=r[5],L=r[9],k=r[13],I=r[2],W=r[6],q=r[10],z=r[14],ne=r[3],K=r[7],ee=r[11],ie=r[15];return s[0]=o*w+a*N+c*I+l*ne,s[4]=o*x+a*R+c*W+l*K,s[8]=o*E+a*L+c*q+l*ee,s[12]=o*U+a*k+c*z+l*ie,s[1]=u*w+h*N+d*I+f*ne,s[5]=u*x+h*R+d*W+f*K,s[9]=u*E+h*L+d*q+f*ee,s[13]=u*U+h*k+d*z+f*ie,s[2]=m*w+y*N+p*I+g*ne,s[6]=m*x+y*R+p*W+g*K,s[10]=m*E+y*L+p*q+g*ee,s[14]=m*U+y*k+p*z+g*ie,s[3]=v*w+_*N+b*I+A*ne,s[7]=v*x+_*R+b*W+A*K,s[11]=v*E+_*L+b*q+A*ee,s[15]=v*U+_*k+b*z+A*ie,this}multiplyScalar(e){let t=this.elements;return t[0]*=e,t[4]*=e,t[8]*=e,t[12]*=e,t[1]*=e,t[5]*=e,t[9]*=e,t[13]*=e,t[2]*=e,t[6]*=e,t[10]*=e,t[14]*=e,t[3]*=e,t[7]*=e,t[11]*=e,t[15]*=e,this}determinant(){let e=this.elements,t=e[0],n=e[4],r=e[8],s=e[12],o=e[1],a=e[5],c=e[9],l=e[13],u=e[2],h=e[6],d=e[10],f=e[14],m=e[3],y=e[7],p=e[11],g=e[15],v=c*f-l*d,_=a*f-l*h,b=a*d-c*h,A=o*f-l*u,w=o*d-c*u,x=o*h-a*u;return t*(y*v-p*_+g*b)-n*(m*v-p*A+g*w)+r*(m*_-y*A+g*x)-s*(m*b-y*w+p*x)}determinantAffine(){let e=this.elements,t=e[0],n=e[4],r=e[8],s=e[1],o=e[5],a=e[9],c=e[2],l=e[6],u=e[10];return t*(o*u-a*l)-n*(s*u-a*c)+r*(s*l-o*c)}transpose(){let e=this.elements,t;return t=e[1],e[1]=e[4],e[4]=t,t=e[2],e[2]=e[8],e[8]=t,t=e[6],e[6]=e[9],e[9]=t,t=e[3],e[3]=e[12],e[12]=t,t=e[7],e[7]=e[13],e[13]=t,t=e[11],e[11]=e[14],e[14]=t,this}setPosition(e,t,n){let r=this.elements;return e.isVector3?(r[12]=e.x,r[13]=e.y,r[14]=e.z):(r[12]=e,r[13]=t,r[14]=n),this}invert(){let e=this.elements,t=e[0],n=e[1],r=e[2],s=e[3],o=e[4],a=e[5],c=e[6],l=e[7],u=e[8],h=e[9],d=e[10],f=e[11],m=e[12],y=e[13],p=e[14],g=e[15],v=t*a-n*o,_=t*c-r*o,b=t*l-s*o,A=n*c-r*a,w=n*l-s*a,x=r*l-s*c,E=u*y-h*m,U=u*p-d*m,N=u*g-f*m,R=h*p-d*y,L=h*g-f*y,k=d*g-f*p,I=v*k-_*L+b*R+A*N-w*U+x*E;if(I===0)return this.set(0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0);let W=1/I;return e[0]=(a*k-c*L+l*R)*W,e[1]=(r*L-n*k-s*R)*W,e[2]=(y*x-p*w+g*A)*W,e[3]=(d*w-h*x-f*A)*W,e[4]=(c*N-o*k-l*U)*W,e[5]=(t*k-r*N+s*U)*W,e[6]=(p*b-m*x-g*_)*W,e[7]=(u*x-d*b+f*_)*W,e[8]=(o*L-a*N+l*E)*W,e[9]=(n*N-t*L-s*E)*W,e[10]=(m*w-y*b+g*v)*W,e[11]=(h*b-u*w-f*v)*W,e[12]=(a*U-o*R-c*E)*W,e[13]=(t*R-n*U+r*E)*W,e[14]=(y*_-m*A-p*v)*W,e[15]=(u*A-h*_+d*v)*W,this}scale(e){let t=this.elements,n=e.x,r=e.y,s=e.z;return t[0]*=n,t[4]*=r,t[8]*=s,t[1]*=n,t[5]*=r,t[9]*=s,t[2]*=n,t[6]*=r,t[10]*=s,t[3]*=n,t[7]*=r,t[11]*=s,this}getMaxScaleOnAxis(){let e=this.elements,t=e[0]*e[0]+e[1]*e[1]+e[2]*e[2],n=e[4]*e[4]+e[5]*e[5]+e[6]*e[6],r=e[8]*e[8]+e[9]*e[9]+e[10]*e[10];return Math.sqrt(Math.max(t,n,r))}makeTranslation(e,t,n){return e.isVector3?this.set(1,0,0,e.x,0,1,0,e.y,0,0,1,e.z,0,0,0,1):this.set(1,0,0,e,0,1,0,t,0,0,1,n,0,0,0,1),this}makeRotationX(e){let t=Math.cos(e),n=Math.sin(e);return this.set(1,0,0,0,0,t,-n,0,0,n,t,0,0,0,0,1),this}makeRotationY(e){let t=Math.cos(e),n=Math.sin(e);return this.set(t,0,n,0,0,1,0,0,-n,0,t,0,0,0,0,1),this}makeRotationZ(e){let t=Math.cos(e),n=Math.sin(e);return this.set(t,-n,0,0,n,t,0,0,0,0,1,0,0,0,0,1),this}makeRotationAxis(e,t){let n=Math.cos(t),r=Math.sin(t),s=1-n,o=e.x,a=e.y,c=e.z,l=s*o,u=s*a;return this.set(l*o+n,l*a-r*c,l*c+r*a,0,l*a+r*c,u*a+n,u*c-r*o,0,l*c-r*a,u*c+r*o,s*c*c+n,0,0,0,0,1),this}makeScale(e,t,n){return this.set(e,0,0,0,0,t,0,0,0,0,n,0,0,0,0,1),this}makeShear(e,t,n,r,s,o){return this.set(1,n,s,0,e,1,o,0,t,r,1,0,0,0,0,1),this}compose(e,t,n){let r=this.elements,s=t._x,o=t._y,a=t._z,c=t._w,l=s+s,u=o+o,h=a+a,d=s*l,f=s*u,m=s*h,y=o*u,p=o*h,g=a*h,v=c*l,_=c*u,b=c*h,A=n.x,w=n.y,x=n.z;return r[0]=(1-(y+g))*A,r[1]=(f+b)*A,r[2]=(m-_)*A,r[3]=0,r[4]=(f-b)*w,r[5]=(1-(d+g))*w,r[6]=(p+v)*w,r[7]=0,r[8]=(m+_)*x,r[9]=(p-v)*x,r[10]=(1-(d+y))*x,r[11]=0,r[12]=e.x,r[13]=e.y,r[14]=e.z,r[15]=1,this}decompose(e,t,n){let r=this.elements;e.x=r[12],e.y=r[13],e.z=r[14];let s=this.determinantAffine();if(s===0)return n.set(1,1,1),t.identity(),this;let o=tr.set(r[0],r[1],r[2]).length(),a=tr.set(r[4],r[5],r[6]).length(),c=tr.set(r[8],r[9],r[10]).length();s<0&&(o=-o),dn.copy(this);let l=1/o,u=1/a,h=1/c;return dn.elements[0]*=l,dn.elements[1]*=l,dn.elements[2]*=l,dn.elements[4]*=u,dn.elements[5]*=u,dn.elements[6]*=u,dn.elements[8]*=h,dn.elements[9]*=h,dn.elements[10]*=h,t.setFromRotationMatrix(dn),n.x=o,n.y=a,n.z=c,this}makePerspective(e,t,n,r,s,o,a=an,c=!1){let l=this.elements,u=2*s/(t-e),h=2*s/(n-r),d=(t+e)/(t-e),f=(n+r)/(n-r),m,y;if(c)m=s/(o-s),y=o*s/(o-s);else if(a===an)m=-(o+s)/(o-s),y=-2*o*s/(o-s);else if(a===ts)m=-o/(o-s),y=-o*s/(o-s);else throw new Error("THREE.Matrix4.makePerspective(): Invalid coordinate system: "+a);return l[0]=u,l[4]=0,l[8]=d,l[12]=0,l[1]=0,l[5]=h,l[9]=f,l[13]=0,l[2]=0,l[6]=0,l[10]=m,l[14]=y,l[3]=0,l[7]=0,l[11]=-1,l[15]=0,this}makeOrthographic(e,t,n,r,s,o,a=an,c=!1){let l=this.elements,u=2/(t-e),h=2/(n-r),d=-(t+e)/(t-e),f=-(n+r)/(n-r),m,y;if(c)m=1/(o-s),y=o/(o-s);else if(a===an)m=-2/(o-s),y=-(o+s)/(o-s);else if(a===ts)m=-1/(o-s),y=-s/(o-s);else throw new Error("THREE.Matrix4.makeOrthographic(): Invalid coordinate system: "+a);return l[0]=u,l[4]=0,l[8]=0,l[12]=d,l[1]=0,l[5]=h,l[9]=0,l[13]=f,l[2]=0,l[6]=0,l[10]=m,l[14]=y,l[3]=0,l[7]=0,l[11]=0,l[15]=1,this}equals(e){let t=this.elements,n=e.elements;for(let r=0;r<16;r++)if(t[r]!==n[r])return!1;return!0}fromArray(e,t=0){for(let n=0;n<16;n++)this.elements[n]=e[n+t];return this}toArray(e=[],t=0){let n=this.elements;return e[t]=n[0],e[t+1]=n[1],e[t+2]=n[2],e[t+3]=n[3],e[t+4]=n[4],e[t+5]=n[5],e[t+6]=n[6],e[t+7]=n[7],e[t+8]=n[8],e[t+9]=n[9],e[t+10]=n[10],e[t+11]=n[11],e[t+12]=n[12],e[t+13]=n[13],e[t+14]=n[14],e[t+15]=n[15],e}};la.prototype.isMatrix4=!0;var ot=la,tr=new X,dn=new ot,zg=new X(0,0,0),Gg=new X(1,1,1),si=new X,oo=new X,$t=new X,Td=new ot,Rd=new Tn,hi=class i{constructor(e=0,t=0,n=0,r=i.DEFAULT_ORDER){this.isEuler=!0,this._x=e,this._y=t,this._z=n,this._order=r}get x(){return this._x}set x(e){this._x=e,this._onChangeCallback()}get y(){return this._y}set y(e){this._y=e,this._onChangeCallback()}get z(){return this._z}set z(e){this._z=e,this._onChangeCallback()}get order(){return this._order}set order(e){this._order=e,this._onChangeCallback()}set(e,t,n,r=this._order){return this._x=e,this._y=t,this._z=n,this._order=r,this._onChangeCallback(),this}clone(){return new this.constructor(this._x,this._y,this._z,this._order)}copy(e){return this._x=e._x,this._y=e._y,this._z=e._z,this._order=e._order,this._onChangeCallback(),this}setFromRotationMatrix(e,t=this._order,n=!0){let r=e.elements,s=r[0],o=r[4],a=r[8],c=r[1],l=r[5],u=r[9],h=r[2],d=r[6],f=r[10];switch(t){case"XYZ":this._y=Math.asin(Ye(a,-1,1)),Math.abs(a)<.9999999?(this._x=Math.atan2(-u,f),this._z=Math.atan2(-o,s)):(this._x=Math.atan2(d,l),this._z=0);break;case"YXZ":this._x=Math.asin(-Ye(u,-1,1)),Math.abs(u)<.9999999?(this._y=Math.atan2(a,f),this._z=Math.atan2(c,l)):(this._y=Math.atan2(-h,s),this._z=0);break;case"ZXY":this._x=Math.asin(Ye(d,-1,1)),Math.abs(d)<.9999999?(this._y=Math.atan2(-h,f),this._z=Math.atan2(-o,l)):(this._y=0,this._z=Math.atan2(c,s));break;case"ZYX":this._y=Math.asin(-Ye(h,-1,1)),Math.abs(h)<.9999999?(this._x=Math.atan2(d,f),this._z=Math.atan2(c,s)):(this._x=0,this._z=Math.atan2(-o,l));break;case"YZX":this._z=Math.asin(Ye(c,-1,1)),Math.abs(c)<.9999999?(this._x=Math.atan2(-u,l),this._y=Math.atan2(-h,s)):(this._x=0,this._y=Math.atan2(a,f));break;case"XZY":this._z=Math.asin(-Ye(o,-1,1)),Math.abs(o)<.9999999?(this._x=Math.atan2(d,l),this._y=Math.atan2(a,s)):(this._x=Math.atan2(-u,f),this._y=0);break;default:Ie("Euler: .setFromRotationMatrix() encountered an unknown order: "+t)}return this._order=t,n===!0&&this._onChangeCallback(),this}setFromQuaternion(e,t,n){return Td.makeRotationFromQuaternion(e),this.setFromRotationMatrix(Td,t,n)}setFromVector3(e,t=this._order){return this.set(e.x,e.y,e.z,t)}reorder(e){return Rd.setFromEuler(this),this.setFromQuaternion(Rd,e)}equals(e){return e._x===this._x&&e._y===this._y&&e._z===this._z&&e._order===this._order}fromArray(e){return this._x=e[0],this._y=e[1],this._z=e[2],e[3]!==void 0&&(this._order=e[3]),this._onChangeCallback(),this}toArray(e=[],t=0){return e[t]=this._x,e[t+1]=this._y,e[t+2]=this._z,e[t+3]=this._order,e}_onChange(e){return this._onChangeCallback=e,this}_onChangeCallback(){}*[Symbol.iterator](){yield this._x,yield this._y,yield this._z,yield this._order}};hi.DEFAULT_ORDER="XYZ";var rs=class{constructor(){this.mask=1}set(e){this.mask=(1<<e|0)>>>0}enable(e){this.mask|=1<<e|0}enableAll(){this.mask=-1}toggle(e){this.mask^=1<<e|0}disable(e){this.mask&=~(1<<e|0)}disableAll(){this.mask=0}test(e){return(this.mask&e.mask)!==0}isEnabled(e){return(this.mask&(1<<e|0))!==0}},Vg=0,Cd=new X,nr=new Tn,Vn=new ot,ao=new X,$r=new X,Hg=new X,Wg=new Tn,Pd=new X(1,0,0),Id=new X(0,1,0),Ld=new X(0,0,1),Nd={type:"added"},Xg={type:"removed"},ir={type:"childadded",child:null},ic={type:"childremoved",child:null},Zt=class i extends En{constructor(){super(),this.isObject3D=!0,Object.defineProperty(this,"id",{value:Vg++}),this.uuid=ws(),this.name="",this.type="Object3D",this.parent=null,this.children=[],this.up=i.DEFAULT_UP.clone();let e=new X,t=new hi,n=new Tn,r=new X(1,1,1);function s(){n.setFromEuler(t,!1)}function o(){t.setFromQuaternion(n,void 0,!1)}t._onChange(s),n._onChange(o),Object.defineProperties(this,{position:{configurable:!0,enumerable:!0,value:e},rotation:{configurable:!0,enumerable:!0,value:t},quaternion:{configurable:!0,enumerable:!0,value:n},scale:{configurable:!0,enumerable:!0,value:r},modelViewMatrix:{value:new ot},normalMatrix:{value:new De}}),this.matrix=new ot,this.matrixWorld=new ot,this.matrixAutoUpdate=i.DEFAULT_MATRIX_AUTO_UPDATE,this.matrixWorldAutoUpdate=i.DEFAULT_MATRIX_WORLD_AUTO_UPDATE,this.matrixWorldNeedsUpdate=!1,this.layers=new rs,this.visible=!0,this.castShadow=!1,this.receiveShadow=!1,this.frustumCulled=!0,this.renderOrder=0,this.animations=[],this.customDepthMaterial=void 0,this.customDistanceMaterial=void 0,this.static=!1,this.userData={},this.pivot=null}onBeforeShadow(){}onAfterShadow(){}onBeforeRender(){}onAfterRender(){}applyMatrix4(e){this.matrixAutoUpdate&&this.updateMatrix(),this.matrix.premultiply(e),this.matrix.decompose(this.position,this.quaternion,this.scale),this.pivot!==null&&this.position.copy(this.pivot).applyMatrix4(this.matrix).sub(this.pivot)}applyQuaternion(e){return this.quaternion.premultiply(e),this}setRotationFromAxisAngle(e,t){this.quaternion.setFromAxisAngle(e,t)}setRotationFromEuler(e){this.quaternion.setFromEuler(e,!0)}setRotationFromMatrix(e){this.quaternion.setFromRotationMatrix(e)}setRotationFromQuaternion(e){this.quaternion.copy(e)}rotateOnAxis(e,t){return nr.setFromAxisAngle(e,t),this.quaternion.multiply(nr),this}rotateOnWorldAxis(e,t){return nr.setFromAxisAngle(e,t),this.quaternion.premultiply(nr),this}rotateX(e){return this.rotateOnAxis(Pd,e)}rotateY(e){return this.rotateOnAxis(Id,e)}rotateZ(e){return this.rotateOnAxis(Ld,e)}translateOnAxis(e,t){return Cd.copy(e).applyQuaternion(this.quaternion),this.position.add(Cd.multiplyScalar(t)),this}translateX(e){return this.translateOnAxis(Pd,e)}translateY(e){return this.translateOnAxis(Id,e)}translateZ(e){return this.translateOnAxis(Ld,e)}localToWorld(e){return this.updateWorldMatrix(!0,!1),e.applyMatrix4(this.matrixWorld)}worldToLocal(e){return this.updateWorldMatrix(!0,!1),e.applyMatrix4(Vn.copy(this.matrixWorld).invert())}lookAt(e,t,n){e.isVector3?ao.copy(e):ao.set(e,t,n);let r=this.parent;this.updateWorldMatrix(!0,!1),$r.setFromMatrixPosition(this.matrixWorld),this.isCamera||this.isLight?Vn.lookAt($r,ao,this.up):Vn.lookAt(ao,$r,this.up),this.quaternion.setFromRotationMatrix(Vn),r&&(Vn.extractRotation(r.matrixWorld),nr.setFromRotationMatrix(Vn),this.quaternion.premultiply(nr.invert()))}add(e){if(arguments.length>1){for(let t=0;t<arguments.length;t++)this.add(arguments[t]);return this}return e===this?(Ne("Object3D.add: object can't be added as a child of itself.",e),this):(e&&e.isObject3D?(e.removeFromParent(),e.parent=this,this.children.push(e),e.dispatchEvent(Nd),ir.child=e,this.dispatchEvent(ir),ir.child=null):Ne("Object3D.add: object not an instance of THREE.Object3D.",e),this)}remove(e){if(arguments.length>1){for(let n=0;n<arguments.length;n++)this.remove(arguments[n]);return this}let t=this.children.indexOf(e);return t!==-1&&(e.parent=null,this.children.splice(t,1),e.dispatchEvent(Xg),ic.child=e,this.dispatchEvent(ic),ic.child=null),this}removeFromParent(){let e=this.parent;return e!==null&&e.remove(this),this}clear(){return this.remove(...this.children)}attach(e){return this.updateWorldMatrix(!0,!1),Vn.copy(this.matrixWorld).invert(),e.parent!==null&&(e.parent.updateWorldMatrix(!0,!1),Vn.multiply(e.parent.matrixWorld)),e.applyMatrix4(Vn),e.removeFromParent(),e.parent=this,this.children.push(e),e.updateWorldMatrix(!1,!0),e.dispatchEvent(Nd),ir.child=e,this.dispatchEvent(ir),ir.child=null,this}getObjectById(e){return this.getObjectByProperty("id",e)}getObjectByName(e){return this.getObjectByProperty("name",e)}getObjectByProperty(e,t){if(this[e]===t)return this;for(let n=0,r=this.children.length;n<r;n++){let o=this.children[n].getObjectByProperty(e,t);if(o!==void 0)return o}}getObjectsByProperty(e,t,n=[]){this[e]===t&&n.push(this);let r=this.children;for(let s=0,o=r.length;s<o;s++)r[s].getObjectsByProperty(e,t,n);return n}getWorldPosition(e){return this.updateWorldMatrix(!0,!1),e.setFromMatrixPosition(this.matrixWorld)}getWorldQuaternion(e){return this.updateWorldMatrix(!0,!1),this.matrixWorld.decompose($r,e,Hg),e}getWorldScale(e){return this.updateWorldMatrix(!0,!1),this.matrixWorld.decompose($r,Wg,e),e}getWorldDirection(e){this.updateWorldMatrix(!0,!1);let t=this.matrixWorld.elements;return e.set(t[8],t[9],t[10]).normalize()}raycast(){}intersectsFrustum(){return!0}traverse(e){e(this);let t=this.children;for(let n=0,r=t.length;n<r;n++)t[n].traverse(e)}traverseVisible(e){if(this.visible===!1)return;e(this);let t=this.children;for(let n=0,r=t.length;n<r;n++)t[n].traverseVisible(e)}traverseAncestors(e){let t=this.parent;t!==null&&(e(t),t.traverseAncestors(e))}updateMatrix(){this.matrix.compose(this.position,this.quaternion,this.scale);let e=this.pivot;if(e!==null){let t=e.x,n=e.y,r=e.z,s=this.matrix.elements;s[12]+=t-s[0]*t-s[4]*n-s[8]*r,s[13]+=n-s[1]*t-s[5]*n-s[9]*r,s[14]+=r-s[2]*t-s[6]*n-s[10]*r}this.matrixWorldNeedsUpdate=!0}updateMatrixWorld(e){this.matrixAutoUpdate&&this.updateMatrix(),(this.matrixWorldNeedsUpdate||e)&&(this.matrixWorldAutoUpdate===!0&&(this.parent===null?this.matrixWorld.copy(this.matrix):this.matrixWorld.multiplyMatrices(this.parent.matrixWorld,this.matrix)),this.matrixWorldNeedsUpdate=!1,e=!0);let t=this.children;for(let n=0,r=t.length;n<r;n++)t[n].updateMatrixWorld(e)}updateWorldMatrix(e,t,n=!1){let r=this.parent;if(e===!0&&r!==null&&r.updateWorldMatrix(!0,!1),this.matrixAutoUpdate&&this.updateMatrix(),(this.matrixWorldNeedsUpdate||n)&&(this.matrixWorldAutoUpdate===!0&&(this.parent===null?this.matrixWorld.copy(this.matrix):this.matrixWorld.multiplyMatrices(this.parent.matrixWorld,this.matrix)),this.matrixWorldNeedsUpdate=!1,n=!0),t===!0){let s=this.children;for(let o=0,a=s.length;o<a;o++)s[o].updateWorldMatrix(!1,!0,n)}}toJSON(e){let t=e===void 0||typeof e=="string",n={};t&&(e={geometries:{},materials:{},textures:{},images:{},shapes:{},skeletons:{},animations:{},nodes:{}},n.metadata={version:4.7,type:"Object",generator:"Object3D.toJSON"});let r={};r.uuid=this.uuid,r.type=this.type,r.name=this.name,r.castShadow=this.castShadow,r.receiveShadow=this.receiveShadow,r.visible=this.visible,r.frustumCulled=this.frustumCulled,r.renderOrder=this.renderOrder,r.static=this.static,r.matrixAutoUpdate=this.matrixAutoUpdate,Object.keys(this.userData).length>0&&(r.userData=this.userData),r.layers=this.layers.mask,r.matrix=this.matrix.toArray(),r.up=this.up.toArray(),this.pivot!==null&&(r.pivot=this.pivot.toArray()),this.morphTargetDictionary!==void 0&&(r.morphTargetDictionary=Object.assign({},this.morphTargetDictionary)),this.morphTargetInfluences!==void 0&&(r.morphTargetInfluences=this.morphTargetInfluences.slice()),this.isInstancedMesh&&(r.type="InstancedMesh",r.count=this.count,r.instanceMatrix=this.instanceMatrix.toJSON(),this.instanceColor!==null&&(r.instanceColor=this.instanceColor.toJSON())),this.isBatchedMesh&&(r.type="BatchedMesh",r.perObjectFrustumCulled=this.perObjectFrustumCulled,r.sortObjects=this.sortObjects,r.drawRanges=this._drawRanges,r.reservedRanges=this._reservedRanges,r.geometryInfo=this._geometryInfo.map(a=>({...a,boundingBox:a.boundingBox?a.boundingBox.toJSON():void 0,boundingSphere:a.boundingSphere?a.boundingSphere.toJSON():void 0})),r.instanceInfo=this._instanceInfo.map(a=>({...a})),r.availableInstanceIds=this._availableInstanceIds.slice(),r.availableGeometryIds=this._availableGeometryIds.slice(),r.nextIndexStart=this._nextIndexStart,r.nextVertexStart=this._nextVertexStart,r.geometryCount=this._geometryCount,r.maxInstanceCount=this._maxInstanceCount,r.maxVertexCount=this._maxVertexCount,r.maxIndexCount=this._maxIndexCount,r.geometryInitialized=this._geometryInitialized,r.matricesTexture=this._matricesTexture.toJSON(e),r.indirectTexture=this._indirectTexture.toJSON(e),this._colorsTexture!==null&&(r.colorsTexture=this._colorsTexture.toJSON(e)),this.boundingSphere!==null&&(r.boundingSphere=this.boundingSphere.toJSON()),this.boundingBox!==null&&(r.boundingBox=this.boundingBox.toJSON()));function s(a,c){return a[c.uuid]===void 0&&(a[c.uuid]=c.toJSON(e)),c.uuid}if(this.isScene)this.background&&(this.background.isColor?r.background=this.background.toJSON():this.background.isTexture&&(r.background=this.background.toJSON(e).uuid)),this.environment&&this.environment.isTexture&&this.environment.isRenderTargetTexture!==!0&&(r.environment=this.environment.toJSON(e).uuid);else if(this.isMesh||this.isLine||this.isPoints){r.geometry=s(e.geometries,this.geometry);let a=this.geometry.parameters;if(a!==void 0&&a.shapes!==void 0){let c=a.shapes;if(Array.isArray(c))for(let l=0,u=c.length;l<u;l++){let h=c[l];s(e.shapes,h)}else s(e.shapes,c)}}if(this.isSkinnedMesh&&(r.bindMode=this.bindMode,r.bindMatrix=this.bindMatrix.toArray(),this.skeleton!==void 0&&(s(e.skeletons,this.skeleton),r.skeleton=this.skeleton.uuid)),this.material!==void 0)if(Array.isArray(this.material)){let a=[];for(let c=0,l=this.material.length;c<l;c++)a.push(s(e.materials,this.material[c]));r.material=a}else r.material=s(e.materials,this.material);if(this.children.length>0){r.children=[];for(let a=0;a<this.children.length;a++)r.children.push(this.children[a].toJSON(e).object)}if(this.animations.length>0){r.animations=[];for(let a=0;a<this.animations.length;a++){let c=this.animations[a];r.animations.push(s(e.animations,c))}}if(t){let a=o(e.geometries),c=o(e.materials),l=o(e.textures),u=o(e.images),h=o(e.shapes),d=o(e.skeletons),f=o(e.animations),m=o(e.nodes);a.length>0&&(n.geometries=a),c.length>0&&(n.materials=c),l.length>0&&(n.textures=l),u.length>0&&(n.images=u),h.length>0&&(n.shapes=h),d.length>0&&(n.skeletons=d),f.length>0&&(n.animations=f),m.length>0&&(n.nodes=m)}return n.object=r,n;function o(a){let c=[];for(let l in a){let u=a[l];delete u.metadata,c.push(u)}return c}}clone(e){return new this.constructor().copy(this,e)}copy(e,t=!0){if(this.name=e.name,this.up.copy(e.up),this.position.copy(e.position),this.rotation.order=e.rotation.order,this.quaternion.copy(e.quaternion),this.scale.copy(e.scale),this.pivot=e.pivot!==null?e.pivot.clone():null,this.matrix.copy(e.matrix),this.matrixWorld.copy(e.matrixWorld),this.matrixAutoUpdate=e.matrixAutoUpdate,this.matrixWorldAutoUpdate=e.matrixWorldAutoUpdate,this.matrixWorldNeedsUpdate=e.matrixWorldNeedsUpdate,this.layers.mask=e.layers.mask,this.visible=e.visible,this.castShadow=e.castShadow,this.receiveShadow=e.receiveShadow,this.frustumCulled=e.frustumCulled,this.renderOrder=e.renderOrder,this.static=e.static,this.animations=e.animations.slice(),this.userData=JSON.parse(JSON.stringify(e.userData)),t===!0)for(let n=0;n<e.children.length;n++){let r=e.children[n];this.add(r.clone())}return this}dispose(){this.dispatchEvent({type:"dispose"})}};Zt.DEFAULT_UP=new X(0,1,0);Zt.DEFAULT_MATRIX_AUTO_UPDATE=!0;Zt.DEFAULT_MATRIX_WORLD_AUTO_UPDATE=!0;var Li=class extends Zt{constructor(){super(),this.isGroup=!0,this.type="Group"}},qg={type:"move"},yr=class{constructor(){this._targetRay=null,this._grip=null,this._hand=null}getHandSpace(){return this._hand===null&&(this._hand=new Li,this._hand.matrixAutoUpdate=!1,this._hand.visible=!1,this._hand.joints={},this._hand.inputState={pinching:!1}),this._hand}getTargetRaySpace(){return this._targetRay===null&&(this._targetRay=new Li,this._targetRay.matrixAutoUpdate=!1,this._targetRay.visible=!1,this._targetRay.hasLinearVelocity=!1,this._targetRay.linearVelocity=new X,this._targetRay.hasAngularVelocity=!1,this._targetRay.angularVelocity=new X),this._targetRay}getGripSpace(){return this._grip===null&&(this._grip=new Li,this._grip.matrixAutoUpdate=!1,this._grip.visible=!1,this._grip.hasLinearVelocity=!1,this._grip.linearVelocity=new X,this._grip.hasAngularVelocity=!1,this._grip.angularVelocity=new X,this._grip.eventsEnabled=!1),this._grip}dispatchEvent(e){return this._targetRay!==null&&this._targetRay.dispatchEvent(e),this._grip!==null&&this._grip.dispatchEvent(e),this._hand!==null&&this._hand.dispatchEvent(e),this}connect(e){if(e&&e.hand){let t=this._hand;if(t)for(let n of e.hand.values())this._getHandJoint(t,n)}return this.dispatchEvent({type:"connected",data:e}),this}disconnect(e){return this.dispatchEvent({type:"disconnected",data:e}),this._targetRay!==null&&(this._targetRay.visible=!1),this._grip!==null&&(this._grip.visible=!1),this._hand!==null&&(this._hand.visible=!1),this}update(e,t,n){let r=null,s=null,o=null,a=this._targetRay,c=this._grip,l=this._hand;if(e&&t.session.visibilityState!=="visible-blurred"){if(l&&e.hand){o=!0;for(let y of e.hand.values()){let p=t.getJointPose(y,n),g=this._getHandJoint(l,y);p!==null&&(g.matrix.fromArray(p.transform.matrix),g.matrix.decompose(g.position,g.quaternion,g.scale),g.matrixWorldNeedsUpdate=!0,g.jointRadius=p.radius),g.visible=p!==null}let u=l.joints["index-finger-tip"],h=l.joints["thumb-tip"],d=u.position.distanceTo(h.position),f=.02,m=.005;l.inputState.pinching&&d>f+m?(l.inputState.pinching=!1,this.dispatchEvent({type:"pinchend",handedness:e.handedness,target:this})):!l.inputState.pinching&&d<=f-m&&(l.inputState.pinching=!0,this.dispatchEvent({type:"pinchstart",handedness:e.handedness,target:this}))}else c!==null&&e.gripSpace&&(s=t.getPose(e.gripSpace,n),s!==null&&(c.matrix.fromArray(s.transform.matrix),c.matrix.decompose(c.position,c.quaternion,c.scale),c.matrixWorldNeedsUpdate=!0,s.linearVelocity?(c.hasLinearVelocity=!0,c.linearVelocity.copy(s.linearVelocity)):c.hasLinearVelocity=!1,s.angularVelocity?(c.hasAngularVelocity=!0,c.angularVelocity.copy(s.angularVelocity)):c.hasAngularVelocity=!1,c.eventsEnabled&&c.dispatchEvent({type:"gripUpdated",data:e,target:this})));a!==null&&(r=t.getPose(e.targetRaySpace,n),r===null&&s!==null&&(r=s),r!==null&&(a.matrix.fromArray(r.transform.matrix),a.matrix.decompose(a.position,a.quaternion,a.scale),a.matrixWorldNeedsUpdate=!0,r.linearVelocity?(a.hasLinearVelocity=!0,a.linearVelocity.copy(r.linearVelocity)):a.hasLinearVelocity=!1,r.angularVelocity?(a.hasAngularVelocity=!0,a.angularVelocity.copy(r.angularVelocity)):a.hasAngularVelocity=!1,this.dispatchEvent(qg)))}return a!==null&&(a.visible=r!==null),c!==null&&(c.visible=s!==null),l!==null&&(l.visible=o!==null),this}_getHandJoint(e,t){if(e.joints[t.jointName]===void 0){let n=new Li;n.matrixAutoUpdate=!1,n.visible=!1,e.joints[t.jointName]=n,e.add(n)}return e.joints[t.jointName]}},If={aliceblue:15792383,antiquewhite:16444375,aqua:65535,aquamarine:8388564,azure:15794175,beige:16119260,bisque:16770244,black:0,blanchedalmond:16772045,blue:255,blueviolet:9055202,brown:10824234,burlywood:14596231,cadetblue:6266528,chartreuse:8388352,chocolate:13789470,coral:16744272,cornflowerblue:6591981,cornsilk:16775388,crimson:14423100,cyan:65535,darkblue:139,darkcyan:35723,darkgoldenrod:12092939,darkgray:11119017,darkgreen:25600,darkgrey:11119017,darkkhaki:12433259,darkmagenta:9109643,darkolivegreen:5597999,darkorange:16747520,darkorchid:10040012,darkred:9109504,darksalmon:15308410,darkseagreen:9419919,darkslateblue:4734347,darkslategray:3100495,darkslategrey:3100495,darkturquoise:52945,darkviolet:9699539,deeppink:16716947,deepskyblue:49151,dimgray:6908265,dimgrey:6908265,dodgerblue:2003199,firebrick:11674146,floralwhite:16775920,forestgreen:2263842,fuchsia:16711935,gainsboro:14474460,ghostwhite:16316671,gold:16766720,goldenrod:14329120,gray:8421504,green:32768,greenyellow:11403055,grey:8421504,honeydew:15794160,hotpink:16738740,indianred:13458524,indigo:4915330,ivory:16777200,khaki:15787660,lavender:15132410,lavenderblush:16773365,lawngreen:8190976,lemonchiffon:16775885,lightblue:11393254,lightcoral:15761536,lightcyan:14745599,lightgoldenrodyellow:16448210,lightgray:13882323,lightgreen:9498256,lightgrey:13882323,lightpink:16758465,lightsalmon:16752762,lightseagreen:2142890,lightskyblue:8900346,lightslategray:7833753,lightslategrey:7833753,lightsteelblue:11584734,lightyellow:16777184,lime:65280,limegreen:3329330,linen:16445670,magenta:16711935,maroon:8388608,mediumaquamarine:6737322,mediumblue:205,mediumorchid:12211667,mediumpurple:9662683,mediumseagreen:3978097,mediumslateblue:8087790,mediumspringgreen:64154,mediumturquoise:4772300,mediumvioletred:13047173,midnightblue:1644912,mintcream:16121850,mistyrose:16770273,moccasin:16770229,navajowhite:16768685,navy:128,oldlace:16643558,olive:8421376,olivedrab:7048739,orange:16753920,orangered:16729344,orchid:14315734,palegoldenrod:15657130,palegreen:10025880,paleturquoise:11529966,palevioletred:14381203,papayawhip:16773077,peachpuff:16767673,peru:13468991,pink:16761035,plum:14524637,powderblue:11591910,purple:8388736,rebeccapurple:6697881,red:16711680,rosybrown:12357519,royalblue:4286945,saddlebrown:9127187,salmon:16416882,sandybrown:16032864,seagreen:3050327,seashell:16774638,sienna:10506797,silver:12632256,skyblue:8900331,slateblue:6970061,slategray:7372944,slategrey:7372944,snow:16775930,springgreen:65407,steelblue:4620980,tan:13808780,teal:32896,thistle:14204888,tomato:16737095,turquoise:4251856,violet:15631086,wheat:16113331,white:16777215,whitesmoke:16119285,yellow:16776960,yellowgreen:10145074},oi={h:0,s:0,l:0},lo={h:0,s:0,l:0};function rc(i,e,t){return t<0&&(t+=1),t>1&&(t-=1),t<1/6?i+(e-i)*6*t:t<1/2?e:t<2/3?i+(e-i)*6*(2/3-t):i}var He=class{constructor(e,t,n){return this.isColor=!0,this.r=1,this.g=1,this.b=1,this.set(e,t,n)}set(e,t,n){if(t===void 0&&n===void 0){let r=e;r&&r.isColor?this.copy(r):typeof r=="number"?this.setHex(r):typeof r=="string"&&this.setStyle(r)}else this.setRGB(e,t,n);return this}setScalar(e){return this.r=e,this.g=e,this.b=e,this}setHex(e,t=Kt){return e=Math.floor(e),this.r=(e>>16&255)/255,this.g=(e>>8&255)/255,this.b=(e&255)/255,$e.colorSpaceToWorking(this,t),this}setRGB(e,t,n,r=$e.workingColorSpace){return this.r=e,this.g=t,this.b=n,$e.colorSpaceToWorking(this,r),this}setHSL(e,t,n,r=$e.workingColorSpace){if(e=Dg(e,1),t=Ye(t,0,1),n=Ye(n,0,1),t===0)this.r=this.g=this.b=n;else{let s=n<=.5?n*(1+t):n+t-n*t,o=2*n-s;this.r=rc(o,s,e+1/3),this.g=rc(o,s,e),this.b=rc(o,s,e-1/3)}return $e.colorSpaceToWorking(this,r),this}setStyle(e,t=Kt){function n(s){s!==void 0&&parseFloat(s)<1&&Ie("Color: Alpha component of "+e+" will be ignored.")}let r;if(r=/^(\w+)\(([^\)]*)\)/.exec(e)){let s,o=r[1],a=r[2];switch(o){case"rgb":case"rgba":if(s=/^\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*(?:,\s*(\d+(?:\.\d+)?|\.\d+)\s*)?$/.exec(a))return n(s[4]),this.setRGB(Math.min(255,parseInt(s[1],10))/255,Math.min(255,parseInt(s[2],10))/255,Math.min(255,parseInt(s[3],10))/255,t);if(s=/^\s*(\d+(?:\.\d+)?|\.\d+)\%\s*,\s*(\d+(?:\.\d+)?|\.\d+)\%\s*,\s*(\d+(?:\.\d+)?|\.\d+)\%\s*(?:,\s*(\d+(?:\.\d+)?|\.\d+)\s*)?$/.exec(a))return n(s[4]),this.setRGB(Math.min(100,parseFloat(s[1]))/100,Math.min(100,parseFloat(s[2]))/100,Math.min(100,parseFloat(s[3]))/100,t);break;case"hsl":case"hsla":if(s=/^\s*([+-]?(?:\d+(?:\.\d+)?|\.\d+))\s*,\s*(\d+(?:\.\d+)?|\.\d+)\%\s*,\s*(\d+(?:\.\d+)?|\.\d+)\%\s*(?:,\s*(\d+(?:\.\d+)?|\.\d+)\s*)?$/.exec(a))return n(s[4]),this.setHSL(parseFloat(s[1])/360,parseFloat(s[2])/100,parseFloat(s[3])/100,t);break;default:Ie("Color: Unknown color model "+e)}}else if(r=/^\#([A-Fa-f\d]+)$/.exec(e)){let s=r[1],o=s.length;if(o===3)return this.setRGB(parseInt(s.charAt(0),16)/15,parseInt(s.charAt(1),16)/15,parseInt(s.charAt(2),16)/15,t);if(o===6)return this.setHex(parseInt(s,16),t);Ie("Color: Invalid hex color "+e)}else if(e&&e.length>0)return this.setColorName(e,t);return this}setColorName(e,t=Kt){let n=If[e.toLowerCase()];return n!==void 0?this.setHex(n,t):Ie("Color: Unknown color "+e),this}clone(){return new this.constructor(this.r,this.g,this.b)}copy(e){return this.r=e.r,this.g=e.g,this.b=e.b,this}copySRGBToLinear(e){return this.r=$n(e.r),this.g=$n(e.g),this.b=$n(e.b),this}copyLinearToSRGB(e){return this.r=fr(e.r),this.g=fr(e.g),this.b=fr(e.b),this}convertSRGBToLinear(){return this.copySRGBToLinear(this),this}convertLinearToSRGB(){return this.copyLinearToSRGB(this),this}getHex(e=Kt){return $e.workingToColorSpace(Ft.copy(this),e),Math.round(Ye(Ft.r*255,0,255))*65536+Math.round(Ye(Ft.g*255,0,255))*256+Math.round(Ye(Ft.b*255,0,255))}getHexString(e=Kt){return("000000"+this.getHex(e).toString(16)).slice(-6)}getHSL(e,t=$e.workingColorSpace){$e.workingToColorSpace(Ft.copy(this),t);let n=Ft.r,r=Ft.g,s=Ft.b,o=Math.max(n,r,s),a=Math.min(n,r,s),c,l,u=(a+o)/2;if(a===o)c=0,l=0;else{let h=o-a;switch(l=u<=.5?h/(o+a):h/(2-o-a),o){case n:c=(r-s)/h+(r<s?6:0);break;case r:c=(s-n)/h+2;break;case s:c=(n-r)/h+4;break}c/=6}return e.h=c,e.s=l,e.l=u,e}getRGB(e,t=$e.workingColorSpace){return $e.workingToColorSpace(Ft.copy(this),t),e.r=Ft.r,e.g=Ft.g,e.b=Ft.b,e}getStyle(e=Kt){$e.workingToColorSpace(Ft.copy(this),e);let t=Ft.r,n=Ft.g,r=Ft.b;return e!==Kt?`color(${e} ${t.toFixed(3)} ${n.toFixed(3)} ${r.toFixed(3)})`:`rgb(${Math.round(t*255)},${Math.round(n*255)},${Math.round(r*255)})`}offsetHSL(e,t,n){return this.getHSL(oi),this.setHSL(oi.h+e,oi.s+t,oi.l+n)}add(e){return this.r+=e.r,this.g+=e.g,this.b+=e.b,this}addColors(e,t){return this.r=e.r+t.r,this.g=e.g+t.g,this.b=e.b+t.b,this}addScalar(e){return this.r+=e,this.g+=e,this.b+=e,this}sub(e){return this.r=Math.max(0,this.r-e.r),this.g=Math.max(0,this.g-e.g),this.b=Math.max(0,this.b-e.b),this}multiply(e){return this.r*=e.r,this.g*=e.g,this.b*=e.b,this}multiplyScalar(e){return this.r*=e,this.g*=e,this.b*=e,this}lerp(e,t){return this.r+=(e.r-this.r)*t,this.g+=(e.g-this.g)*t,this.b+=(e.b-this.b)*t,this}lerpColors(e,t,n){return this.r=e.r+(t.r-e.r)*n,this.g=e.g+(t.g-e.g)*n,this.b=e.b+(t.b-e.b)*n,this}lerpHSL(e,t){this.getHSL(oi),e.getHSL(lo);let n=jl(oi.h,lo.h,t),r=jl(oi.s,lo.s,t),s=jl(oi.l,lo.l,t);return this.setHSL(n,r,s),this}setFromVector3(e){return this.r=e.x,this.g=e.y,this.b=e.z,this}applyMatrix3(e){let t=this.r,n=this.g,r=this.b,s=e.elements;return this.r=s[0]*t+s[3]*n+s[6]*r,this.g=s[1]*t+s[4]*n+s[7]*r,this.b=s[2]*t+s[5]*n+s[8]*r,this}equals(e){return e.r===this.r&&e.g===this.g&&e.b===this.b}fromArray(e,t=0){return this.r=e[t],this.g=e[t+1],this.b=e[t+2],this}toArray(e=[],t=0){return e[t]=this.r,e[t+1]=this.g,e[t+2]=this.b,e}fromBufferAttribute(e,t){return this.r=e.getX(t),this.g=e.getY(t),this.b=e.getZ(t),this}toJSON(){return this.getHex()}*[Symbol.iterator](){yield this.r,yield this.g,yield this.b}},Ft=new He;He.NAMES=If;var ss=class extends Zt{constructor(){super(),this.isScene=!0,this.type="Scene",this.background=null,this.environment=null,this.fog=null,this.backgroundBlurriness=0,this.backgroundIntensity=1,this.backgroundRotation=new hi,this.environmentIntensity=1,this.environmentRotation=new hi,this.overrideMaterial=null,typeof __THREE_DEVTOOLS__<"u"&&__THREE_DEVTOOLS__.dispatchEvent(new CustomEvent("observe",{detail:this}))}copy(e,t){return super.copy(e,t),this.background=e.background!==null?e.background.clone():null,this.environment=e.environment!==null?e.environment.clone():null,this.fog=e.fog!==null?e.fog.clone():null,this.backgroundBlurriness=e.backgroundBlurriness,this.backgroundIntensity=e.backgroundIntensity,this.backgroundRotation.copy(e.backgroundRotation),this.environmentIntensity=e.environmentIntensity,this.environmentRotation.copy(e.environmentRotation),this.overrideMaterial=e.overrideMaterial!==null?e.overrideMaterial.clone():null,this.matrixAutoUpdate=e.matrixAutoUpdate,this}toJSON(e){let t=super.toJSON(e);return this.fog!==null&&(t.object.fog=this.fog.toJSON()),t.object.backgroundBlurriness=this.backgroundBlurriness,t.object.backgroundIntensity=this.backgroundIntensity,t.object.backgroundRotation=this.backgroundRotation.toArray(),t.object.environmentIntensity=this.environmentIntensity,t.object.environmentRotation=this.environmentRotation.toArray(),t}},fn=new X,Hn=new X,sc=new X,Wn=new X,rr=new X,sr=new X,Dd=new X,oc=new X,ac=new X,lc=new X,cc=new dt,uc=new dt,hc=new dt,ui=class i{constructor(e=new X,t=new X,n=new X){this.a=e,this.b=t,this.c=n}static getNormal(e,t,n,r){r.subVectors(n,t),fn.subVectors(e,t),r.cross(fn);let s=r.lengthSq();return s>0?r.multiplyScalar(1/Math.sqrt(s)):r.set(0,0,0)}static getBarycoord(e,t,n,r,s){fn.subVectors(r,t),Hn.subVectors(n,t),sc.subVectors(e,t);let o=fn.dot(fn),a=fn.dot(Hn),c=fn.dot(sc),l=Hn.dot(Hn),u=Hn.dot(sc),h=o*l-a*a;if(h===0)return s.set(0,0,0),null;let d=1/h,f=(l*c-a*u)*d,m=(o*u-a*c)*d;return s.set(1-f-m,m,f)}static containsPoint(e,t,n,r){return this.getBarycoord(e,t,n,r,Wn)===null?!1:Wn.x>=0&&Wn.y>=0&&Wn.x+Wn.y<=1}static getInterpolation(e,t,n,r,s,o,a,c){return this.getBarycoord(e,t,n,r,Wn)===null?(c.x=0,c.y=0,"z"in c&&(c.z=0),"w"in c&&(c.w=0),null):(c.setScalar(0),c.addScaledVector(s,Wn.x),c.addScaledVector(o,Wn.y),c.addScaledVector(a,Wn.z),c)}static getInterpolatedAttribute(e,t,n,r,s,o){return cc.setScalar(0),uc.setScalar(0),hc.setScalar(0),cc.fromBufferAttribute(e,t),uc.fromBufferAttribute(e,n),hc.fromBufferAttribute(e,r),o.setScalar(0),o.addScaledVector(cc,s.x),o.addScaledVector(uc,s.y),o.addScaledVector(hc,s.z),o}static isFrontFacing(e,t,n,r){return fn.subVectors(n,t),Hn.subVectors(e,t),fn.cross(Hn).dot(r)<0}set(e,t,n){return this.a.copy(e),this.b.copy(t),this.c.copy(n),this}setFromPointsAndIndices(e,t,n,r){return this.a.copy(e[t]),this.b.copy(e[n]),this.c.copy(e[r]),this}setFromAttributeAndIndices(e,t,n,r){return this.a.fromBufferAttribute(e,t),this.b.fromBufferAttribute(e,n),this.c.fromBufferAttribute(e,r),this}clone(){return new this.constructor().copy(this)}copy(e){return this.a.copy(e.a),this.b.copy(e.b),this.c.copy(e.c),this}getArea(){return fn.subVectors(this.c,this.b),Hn.subVectors(this.a,this.b),fn.cross(Hn).length()*.5}getMidpoint(e){return e.addVectors(this.a,this.b).add(this.c).multiplyScalar(1/3)}getNormal(e){return i.getNormal(this.a,this.b,this.c,e)}getPlane(e){return e.setFromCoplanarPoints(this.a,this.b,this.c)}getBarycoord(e,t){return i.getBarycoord(e,this.a,this.b,this.c,t)}getInterpolation(e,t,n,r,s){return i.getInterpolation(e,this.a,this.b,this.c,t,n,r,s)}containsPoint(e){return i.containsPoint(e,this.a,this.b,this.c)}isFrontFacing(e){return i.isFrontFacing(this.a,this.b,this.c,e)}intersectsBox(e){return e.intersectsTriangle(this)}closestPointToPoint(e,t){let n=this.a,r=this.b,s=this.c,o,a;rr.subVectors(r,n),sr.subVectors(s,n),oc.subVectors(e,n);let c=rr.dot(oc),l=sr.dot(oc);if(c<=0&&l<=0)return t.copy(n);ac.subVectors(e,r);let u=rr.dot(ac),h=sr.dot(ac);if(u>=0&&h<=u)return t.copy(r);let d=c*h-u*l;if(d<=0&&c>=0&&u<=0&&c-u>0)return o=c/(c-u),t.copy(n).addScaledVector(rr,o);lc.subVectors(e,s);let f=rr.dot(lc),m=sr.dot(lc);if(m>=0&&f<=m)return t.copy(s);let y=f*l-c*m;if(y<=0&&l>=0&&m<=0)return a=l/(l-m),t.copy(n).addScaledVector(sr,a);let p=u*m-f*h;if(p<=0&&h-u>=0&&f-m>=0)return Dd.subVectors(s,r),a=(h-u)/(h-u+(f-m)),t.copy(r).addScaledVector(Dd,a);let g=1/(p+y+d);return o=y*g,a=d*g,t.copy(n).addScaledVector(rr,o).addScaledVector(sr,a)}equals(e){return e.a.equals(this.a)&&e.b.equals(this.b)&&e.c.equals(this.c)}},di=class{constructor(e=new X(1/0,1/0,1/0),t=new X(-1/0,-1/0,-1/0)){this.isBox3=!0,this.min=e,this.max=t}set(e,t){return this.min.copy(e),this.max.copy(t),this}setFromArray(e){this.makeEmpty();for(let t=0,n=e.length;t<n;t+=3)this.expandByPoint(pn.fromArray(e,t));return this}setFromBufferAttribute(e){this.makeEmpty();for(let t=0,n=e.count;t<n;t++)this.expandByPoint(pn.fromBufferAttribute(e,t));return this}setFromPoints(e){this.makeEmpty();for(let t=0,n=e.length;t<n;t++)this.expandByPoint(e[t]);return this}setFromCenterAndSize(e,t){let n=pn.copy(t).multiplyScalar(.5);return this.min.copy(e).sub(n),this.max.copy(e).add(n),this}setFromObject(e,t=!1){return this.makeEmpty(),this.expandByObject(e,t)}clone(){return new this.constructor().copy(this)}copy(e){return this.min.copy(e.min),this.max.copy(e.max),this}makeEmpty(){return this.min.x=this.min.y=this.min.z=1/0,this.max.x=this.max.y=this.max.z=-1/0,this}isEmpty(){return this.max.x<this.min.x||this.max.y<this.min.y||this.max.z<this.min.z}getCenter(e){return this.isEmpty()?e.set(0,0,0):e.addVectors(this.min,this.max).multiplyScalar(.5)}getSize(e){return this.isEmpty()?e.set(0,0,0):e.subVectors(this.max,this.min)}expandByPoint(e){return this.min.min(e),this.max.max(e),this}expandByVector(e){return this.min.sub(e),this.max.add(e),this}expandByScalar(e){return this.min.addScalar(-e),this.max.addScalar(e),this}expandByObject(e,t=!1){e.updateWorldMatrix(!1,!1);let n=e.geometry;if(n!==void 0){let s=n.getAttribute("position");if(t===!0&&s!==void 0&&e.isInstancedMesh!==!0&&e.isBatchedMesh!==!0)for(let o=0,a=s.count;o<a;o++)e.isMesh===!0?e.getVertexPosition(o,pn):pn.fromBufferAttribute(s,o),pn.applyMatrix4(e.matrixWorld),this.expandByPoint(pn);else e.boundingBox!==void 0?(e.boundingBox===null&&e.computeBoundingBox(),co.copy(e.boundingBox)):(n.boundingBox===null&&n.computeBoundingBox(),co.copy(n.boundingBox)),co.applyMatrix4(e.matrixWorld),this.union(co)}let r=e.children;for(let s=0,o=r.length;s<o;s++)this.expandByObject(r[s],t);return this}containsPoint(e){return e.x>=this.min.x&&e.x<=this.max.x&&e.y>=this.min.y&&e.y<=this.max.y&&e.z>=this.min.z&&e.z<=this.max.z}containsBox(e){return this.min.x<=e.min.x&&e.max.x<=this.max.x&&this.min.y<=e.min.y&&e.max.y<=this.max.y&&this.min.z<=e.min.z&&e.max.z<=this.max.z}getParameter(e,t){return t.set((e.x-this.min.x)/(this.max.x-this.min.x),(e.y-this.min.y)/(this.max.y-this.min.y),(e.z-this.min.z)/(this.max.z-this.min.z))}intersectsBox(e){return e.max.x>=this.min.x&&e.min.x<=this.max.x&&e.max.y>=this.min.y&&e.min.y<=this.max.y&&e.max.z>=this.min.z&&e.min.z<=this.max.z}intersectsSphere(e){return this.clampPoint(e.center,pn),pn.distanceToSquared(e.center)<=e.radius*e.radius}intersectsPlane(e){let t,n;return e.normal.x>0?(t=e.normal.x*this.min.x,n=e.normal.x*this.max.x):(t=e.normal.x*this.max.x,n=e.normal.x*this.min.x),e.normal.y>0?(t+=e.normal.y*this.min.y,n+=e.normal.y*this.max.y):(t+=e.normal.y*this.max.y,n+=e.normal.y*this.min.y),e.normal.z>0?(t+=e.normal.z*this.min.z,n+=e.normal.z*this.max.z):(t+=e.normal.z*this.max.z,n+=e.normal.z*this.min.z),t<=-e.constant&&n>=-e.constant}intersectsTriangle(e){if(this.isEmpty())return!1;this.getCenter(Yr),uo.subVectors(this.max,Yr),or.subVectors(e.a,Yr),ar.subVectors(e.b,Yr),lr.subVectors(e.c,Yr),ai.subVectors(ar,or),li.subVectors(lr,ar),Ri.subVectors(or,lr);let t=[0,-ai.z,ai.y,0,-li.z,li.y,0,-Ri.z,Ri.y,ai.z,0,-ai.x,li.z,0,-li.x,Ri.z,0,-Ri.x,-ai.y,ai.x,0,-li.y,li.x,0,-Ri.y,Ri.x,0];return!dc(t,or,ar,lr,uo)||(t=[1,0,0,0,1,0,0,0,1],!dc(t,or,ar,lr,uo))?!1:(ho.crossVectors(ai,li),t=[ho.x,ho.y,ho.z],dc(t,or,ar,lr,uo))}clampPoint(e,t){return t.copy(e).clamp(this.min,this.max)}distanceToPoint(e){return this.clampPoint(e,pn).distanceTo(e)}getBoundingSphere(e){return this.isEmpty()?e.makeEmpty():(this.getCenter(e.center),e.radius=this.getSize(pn).length()*.5),e}intersect(e){return this.min.max(e.min),this.max.min(e.max),this.isEmpty()&&this.makeEmpty(),this}union(e){return this.min.min(e.min),this.max.max(e.max),this}applyMatrix4(e){return this.isEmpty()?this:(Xn[0].set(this.min.x,this.min.y,this.min.z).applyMatrix4(e),Xn[1].set(this.min.x,this.min.y,this.max.z).applyMatrix4(e),Xn[2].set(this.min.x,this.max.y,this.min.z).applyMatrix4(e),Xn[3].set(this.min.x,this.max.y,this.max.z).applyMatrix4(e),Xn[4].set(this.max.x,this.min.y,this.min.z).applyMatrix4(e),Xn[5].set(this.max.x,this.min.y,this.max.z).applyMatrix4(e),Xn[6].set(this.max.x,this.max.y,this.min.z).applyMatrix4(e),Xn[7].set(this.max.x,this.max.y,this.max.z).applyMatrix4(e),this.setFromPoints(Xn),this)}translate(e){return this.min.add(e),this.max.add(e),this}equals(e){return e.min.equals(this.min)&&e.max.equals(this.max)}toJSON(){return{min:this.min.toArray(),max:this.max.toArray()}}fromJSON(e){return this.min.fromArray(e.min),this.max.fromArray(e.max),this}},Xn=[new X,new X,new X,new X,new X,new X,new X,new X],pn=new X,co=new di,or=new X,ar=new X,lr=new X,ai=new X,li=new X,Ri=new X,Yr=new X,uo=new X,ho=new X,Ci=new X;function dc(i,e,t,n,r){for(let s=0,o=i.length-3;s<=o;s+=3){Ci.fromArray(i,s);let a=r.x*Math.abs(Ci.x)+r.y*Math.abs(Ci.y)+r.z*Math.abs(Ci.z),c=e.dot(Ci),l=t.dot(Ci),u=n.dot(Ci);if(Math.max(-Math.max(c,l,u),Math.min(c,l,u))>a)return!1}return!0}var gt=new X,fo=new Ke,$g=0,zt=class extends En{constructor(e,t,n=!1){if(super(),Array.isArray(e))throw new TypeError("THREE.BufferAttribute: array should be a Typed Array.");this.isBufferAttribute=!0,Object.defineProperty(this,"id",{value:$g++}),this.name="",this.array=e,this.itemSize=t,this.count=e!==void 0?e.length/t:0,this.normalized=n,this.usage=Af,this.updateRanges=[],this.gpuType=yn,this.version=0,this._normalizationScale=e!==void 0?jc(e):void 0}onUploadCallback(){}set needsUpdate(e){e===!0&&this.version++}setUsage(e){return this.usage=e,this}addUpdateRange(e,t){this.updateRanges.push({start:e,count:t})}clearUpdateRanges(){this.updateRanges.length=0}copy(e){return this.name=e.name,this.array=new e.array.constructor(e.array),this.itemSize=e.itemSize,this.count=e.count,this.normalized=e.normalized,this.usage=e.usage,this.gpuType=e.gpuType,this._normalizationScale=e._normalizationScale,this}copyAt(e,t,n){e*=this.itemSize,n*=t.itemSize;for(let r=0,s=this.itemSize;r<s;r++)this.array[e+r]=t.array[n+r];return this}copyArray(e){return this.array.set(e),this}applyMatrix3(e){if(this.itemSize===2)for(let t=0,n=this.count;t<n;t++)fo.fromBufferAttribute(this,t),fo.applyMatrix3(e),this.setXY(t,fo.x,fo.y);else if(this.itemSize===3)for(let t=0,n=this.count;t<n;t++)gt.fromBufferAttribute(this,t),gt.applyMatrix3(e),this.setXYZ(t,gt.x,gt.y,gt.z);return this}applyMatrix4(e){for(let t=0,n=this.count;t<n;t++)gt.fromBufferAttribute(this,t),gt.applyMatrix4(e),this.setXYZ(t,gt.x,gt.y,gt.z);return this}applyNormalMatrix(e){for(let t=0,n=this.count;t<n;t++)gt.fromBufferAttribute(this,t),gt.applyNormalMatrix(e),this.setXYZ(t,gt.x,gt.y,gt.z);return this}transformDirection(e){for(let t=0,n=this.count;t<n;t++)gt.fromBufferAttribute(this,t),gt.transformDirection(e),this.setXYZ(t,gt.x,gt.y,gt.z);return this}set(e,t=0){return this.array.set(e,t),this}getComponent(e,t){let n=this.array[e*this.itemSize+t];return this.normalized&&(n=this._denormalize(n)),n}setComponent(e,t,n){return this.normalized&&(n=this._normalize(n)),this.array[e*this.itemSize+t]=n,this}getX(e){let t=this.array[e*this.itemSize];return this.normalized&&(t=this._denormalize(t)),t}setX(e,t){return this.normalized&&(t=this._normalize(t)),this.array[e*this.itemSize]=t,this}getY(e){let t=this.array[e*this.itemSize+1];return this.normalized&&(t=this._denormalize(t)),t}setY(e,t){return this.normalized&&(t=this._normalize(t)),this.array[e*this.itemSize+1]=t,this}getZ(e){let t=this.array[e*this.itemSize+2];return this.normalized&&(t=this._denormalize(t)),t}setZ(e,t){return this.normalized&&(t=this._normalize(t)),this.array[e*this.itemSize+2]=t,this}getW(e){let t=this.array[e*this.itemSize+3];return this.normalized&&(t=this._denormalize(t)),t}setW(e,t){return this.normalized&&(t=this._normalize(t)),this.array[e*this.itemSize+3]=t,this}setXY(e,t,n){return e*=this.itemSize,this.normalized&&(t=this._normalize(t),n=this._normalize(n)),this.array[e+0]=t,this.array[e+1]=n,this}setXYZ(e,t,n,r){return e*=this.itemSize,this.normalized&&(t=this._normalize(t),n=this._normalize(n),r=this._normalize(r)),this.array[e+0]=t,this.array[e+1]=n,this.array[e+2]=r,this}setXYZW(e,t,n,r,s){return e*=this.itemSize,this.normalized&&(t=this._normalize(t),n=this._normalize(n),r=this._normalize(r),s=this._normalize(s)),this.array[e+0]=t,this.array[e+1]=n,this.array[e+2]=r,this.array[e+3]=s,this}onUpload(e){return this.onUploadCallback=e,this}clone(){return new this.constructor(this.array,this.itemSize).copy(this)}toJSON(){let e={itemSize:this.itemSize,type:this.array.constructor.name,array:Array.from(this.array),normalized:this.normalized};return e.name=this.name,e.usage=this.usage,e.gpuType=this.gpuType,e}dispose(){this.dispatchEvent({type:"dispose"})}_denormalize(e){let t=this._normalizationScale;return t!==void 0?Math.max(e/t,-1):Fg(e,this.array)}_normalize(e){let t=this._normalizationScale;return t!==void 0?Math.round(e*t):Ug(e,this.array)}};var os=class extends zt{constructor(e,t,n){super(new Uint16Array(e),t,n)}};var as=class extends zt{constructor(e,t,n){super(new Uint32Array(e),t,n)}};var ln=class extends zt{constructor(e,t,n){super(new Float32Array(e),t,n)}},Yg=new di,Kr=new X,fc=new X,Ni=class{constructor(e=new X,t=-1){this.isSphere=!0,this.center=e,this.radius=t}set(e,t){return this.center.copy(e),this.radius=t,this}setFromPoints(e,t){let n=this.center;t!==void 0?n.copy(t):Yg.setFromPoints(e).getCenter(n);let r=0;for(let s=0,o=e.length;s<o;s++)r=Math.max(r,n.distanceToSquared(e[s]));return this.radius=Math.sqrt(r),this}copy(e){return this.center.copy(e.center),this.radius=e.radius,this}isEmpty(){return this.radius<0}makeEmpty(){return this.center.set(0,0,0),this.radius=-1,this}containsPoint(e){return e.distanceToSquared(this.center)<=this.radius*this.radius}distanceToPoint(e){return e.distanceTo(this.center)-this.radius}intersectsSphere(e){let t=this.radius+e.radius;return e.center.distanceToSquared(this.center)<=t*t}intersectsBox(e){return e.intersectsSphere(this)}intersectsPlane(e){return Math.abs(e.distanceToPoint(this.center))<=this.radius}clampPoint(e,t){let n=this.center.distanceToSquared(e);return t.copy(e),n>this.radius*this.radius&&(t.sub(this.center).normalize(),t.multiplyScalar(this.radius).add(this.center)),t}getBoundingBox(e){return this.isEmpty()?(e.makeEmpty(),e):(e.set(this.center,this.center),e.expandByScalar(this.radius),e)}applyMatrix4(e){return this.center.applyMatrix4(e),this.radius=this.radius*e.getMaxScaleOnAxis(),this}translate(e){return this.center.add(e),this}expandByPoint(e){if(this.isEmpty())return this.center.copy(e),this.radius=0,this;Kr.subVectors(e,this.center);let t=Kr.lengthSq();if(t>this.radius*this.radius){let n=Math.sqrt(t),r=(n-this.radius)*.5;this.center.addScaledVector(Kr,r/n),this.radius+=r}return this}union(e){return e.isEmpty()?this:this.isEmpty()?(this.copy(e),this):(this.center.equals(e.center)===!0?this.radius=Math.max(this.radius,e.radius):(fc.subVectors(e.center,this.center).setLength(e.radius),this.expandByPoint(Kr.copy(e.center).add(fc)),this.expandByPoint(Kr.copy(e.center).sub(fc))),this)}equals(e){return e.center.equals(this.center)&&e.radius===this.radius}clone(){return new this.constructor().copy(this)}toJSON(){return{radius:this.radius,center:this.center.toArray()}}fromJSON(e){return this.radius=e.radius,this.center.fromArray(e.center),this}},Kg=0,on=new ot,pc=new Zt,cr=new X,Yt=new di,Jr=new di,Tt=new X,jt=class i extends En{constructor(){super(),this.isBufferGeometry=!0,Object.defineProperty(this,"id",{value:Kg++}),this.uuid=ws(),this.name="",this.type="BufferGeometry",this.index=null,this.indirect=null,this.indirectOffset=0,this.attributes={},this.morphAttributes={},this.morphTargetsRelative=!1,this.groups=[],this.boundingBox=null,this.boundingSphere=null,this.drawRange={start:0,count:1/0},this.userData={},this._transformed=!1}getIndex(){return this.index}setIndex(e){return Array.isArray(e)?this.index=new(Lg(e)?as:os)(e,1):this.index=e,this}setIndirect(e,t=0){return this.indirect=e,this.indirectOffset=t,this}getIndirect(){return this.indirect}getAttribute(e){return this.attributes[e]}setAttribute(e,t){return this.attributes[e]=t,this}deleteAttribute(e){return delete this.attributes[e],this}hasAttribute(e){return this.attributes[e]!==void 0}addGroup(e,t,n=0){this.groups.push({start:e,count:t,materialIndex:n})}clearGroups(){this.groups=[]}setDrawRange(e,t){this.drawRange.start=e,this.drawRange.count=t}applyMatrix4(e){let t=this.attributes.position;t!==void 0&&(t.applyMatrix4(e),t.needsUpdate=!0);let n=this.attributes.normal;if(n!==void 0){let s=new De().getNormalMatrix(e);n.applyNormalMatrix(s),n.needsUpdate=!0}let r=this.attributes.tangent;return r!==void 0&&(r.transformDirection(e),r.needsUpdate=!0),this.boundingBox!==null&&this.computeBoundingBox(),this.boundingSphere!==null&&this.computeBoundingSphere(),this._transformed=!0,this}applyQuaternion(e){return on.makeRotationFromQuaternion(e),this.applyMatrix4(on),this}rotateX(e){return on.makeRotationX(e),this.applyMatrix4(on),this}rotateY(e){return on.makeRotationY(e),this.applyMatrix4(on),this}rotateZ(e){return on.makeRotationZ(e),this.applyMatrix4(on),this}translate(e,t,n){return on.makeTranslation(e,t,n),this.applyMatrix4(on),this}scale(e,t,n){return on.makeScale(e,t,n),this.applyMatrix4(on),this}lookAt(e){return pc.lookAt(e),pc.updateMatrix(),this.applyMatrix4(pc.matrix),this}center(){return this.computeBoundingBox(),this.boundingBox.getCenter(cr).negate(),this.translate(cr.x,cr.y,cr.z),this}setFromPoints(e){let t=this.getAttribute("position");if(t===void 0){let n=[];for(let r=0,s=e.length;r<s;r++){let o=e[r];n.push(o.x,o.y,o.z||0)}this.setAttribute("position",new ln(n,3))}else{let n=Math.min(e.length,t.count);for(let r=0;r<n;r++){let s=e[r];t.setXYZ(r,s.x,s.y,s.z||0)}e.length>t.count&&Ie("BufferGeometry: Buffer size too small for points data. Use .dispose() and create a new geometry."),t.needsUpdate=!0}return this}computeBoundingBox(){this.boundingBox===null&&(this.boundingBox=new di);let e=this.attributes.position,t=this.morphAttributes.position;if(e&&e.isGLBufferAttribute){Ne("BufferGeometry.computeBoundingBox(): GLBufferAttribute requires a manual bounding box.",this),this.boundingBox.set(new X(-1/0,-1/0,-1/0),new X(1/0,1/0,1/0));return}if(e!==void 0){if(this.boundingBox.setFromBufferAttribute(e),t)for(let n=0,r=t.length;n<r;n++){let s=t[n];Yt.setFromBufferAttribute(s),this.morphTargetsRelative?(Tt.addVectors(this.boundingBox.min,Yt.min),this.boundingBox.expandByPoint(Tt),Tt.addVectors(this.boundingBox.max,Yt.max),this.boundingBox.expandByPoint(Tt)):(this.boundingBox.expandByPoint(Yt.min),this.boundingBox.expandByPoint(Yt.max))}}else this.boundingBox.makeEmpty();(isNaN(this.boundingBox.min.x)||isNaN(this.boundingBox.min.y)||isNaN(this.boundingBox.min.z))&&Ne('BufferGeometry.computeBoundingBox(): Computed min/max have NaN values. The "position" attribute is likely to have NaN values.',this)}computeBoundingSphere(){this.boundingSphere===null&&(this.boundingSphere=new Ni);let e=this.attributes.position,t=this.morphAttributes.position;if(e&&e.isGLBufferAttribute){Ne("BufferGeometry.computeBoundingSphere(): GLBufferAttribute requires a manual bounding sphere.",this),this.boundingSphere.set(new X,1/0);return}if(e){let n=this.boundingSphere.center;if(Yt.setFromBufferAttribute(e),t)for(let s=0,o=t.length;s<o;s++){let a=t[s];Jr.setFromBufferAttribute(a),this.morphTargetsRelative?(Tt.addVectors(Yt.min,Jr.min),Yt.expandByPoint(Tt),Tt.addVectors(Yt.max,Jr.max),Yt.expandByPoint(Tt)):(Yt.expandByPoint(Jr.min),Yt.expandByPoint(Jr.max))}Yt.getCenter(n);let r=0;for(let s=0,o=e.count;s<o;s++)Tt.fromBufferAttribute(e,s),r=Math.max(r,n.distanceToSquared(Tt));if(t)for(let s=0,o=t.length;s<o;s++){let a=t[s],c=this.morphTargetsRelative;for(let l=0,u=a.count;l<u;l++)Tt.fromBufferAttribute(a,l),c&&(cr.fromBufferAttribute(e,l),Tt.add(cr)),r=Math.max(r,n.distanceToSquared(Tt))}this.boundingSphere.radius=Math.sqrt(r),isNaN(this.boundingSphere.radius)&&Ne('BufferGeometry.computeBoundingSphere(): Computed radius is NaN. The "position" attribute is likely to have NaN values.',this)}}computeTangents(){let e=this.index,t=this.attributes;if(e===null||t.position===void 0||t.normal===void 0||t.uv===void 0){Ne("BufferGeometry: .computeTangents() failed. Missing required attributes (index, position, normal or uv)");return}let n=t.position,r=t.normal,s=t.uv,o=this.getAttribute("tangent");(o===void 0||o.count!==n.count)&&(o=new zt(new Float32Array(4*n.count),4),this.setAttribute("tangent",o));let a=[],c=[],l=new Uint8Array(n.count);for(let U=0;U<n.count;U++)a[U]=new X,c[U]=new X;let u=new X,h=new X,d=new X,f=new Ke,m=new Ke,y=new Ke,p=new X,g=new X;function v(U,N,R){l[U]=l[N]=l[R]=1,u.fromBufferAttribute(n,U),h.fromBufferAttribute(n,N),d.fromBufferAttribute(n,R),f.fromBufferAttribute(s,U),m.fromBufferAttribute(s,N),y.fromBufferAttribute(s,R),h.sub(u),d.sub(u),m.sub(f),y.sub(f);let L=1/(m.x*y.y-y.x*m.y);isFinite(L)&&(p.copy(h).multiplyScalar(y.y).addScaledVector(d,-m.y).multiplyScalar(L),g.copy(d).multiplyScalar(m.x).addScaledVector(h,-y.x).multiplyScalar(L),a[U].add(p),a[N].add(p),a[R].add(p),c[U].add(g),c[N].add(g),c[R].add(g))}let _=this.groups;_.length===0&&(_=[{start:0,count:e.count}]);for(let U=0,N=_.length;U<N;++U){let R=_[U],L=R.start,k=R.count;for(let I=L,W=L+k;I<W;I+=3)v(e.getX(I+0),e.getX(I+1),e.getX(I+2))}let b=new X,A=new X,w=new X,x=new X;function E(U){w.fromBufferAttribute(r,U),x.copy(w);let N=a[U];b.copy(N),b.sub(w.multiplyScalar(w.dot(N))).normalize(),A.crossVectors(x,N);let L=A.dot(c[U])<0?-1:1;o.setXYZW(U,b.x,b.y,b.z,L)}for(let U=0,N=n.count;U<N;++U)l[U]&&E(U);this._transformed=!0}computeVertexNormals(){let e=this.index,t=this.getAttribute("position");if(t!==void 0){let n=this.getAttribute("normal");if(n===void 0||n.count!==t.count)n=new zt(new Float32Array(t.count*3),3),this.setAttribute("normal",n);else for(let d=0,f=n.count;d<f;d++)n.setXYZ(d,0,0,0);let r=new X,s=new X,o=new X,a=new X,c=new X,l=new X,u=new X,h=new X;if(e)for(let d=0,f=e.count;d<f;d+=3){let m=e.getX(d+0),y=e.getX(d+1),p=e.getX(d+2);r.fromBufferAttribute(t,m),s.fromBufferAttribute(t,y),o.fromBufferAttribute(t,p),u.subVectors(o,s),h.subVectors(r,s),u.cross(h),a.fromBufferAttribute(n,m),c.fromBufferAttribute(n,y),l.fromBufferAttribute(n,p),a.add(u),c.add(u),l.add(u),n.setXYZ(m,a.x,a.y,a.z),n.setXYZ(y,c.x,c.y,c.z),n.setXYZ(p,l.x,l.y,l.z)}else for(let d=0,f=t.count;d<f;d+=3)r.fromBufferAttribute(t,d+0),s.fromBufferAttribute(t,d+1),o.fromBufferAttribute(t,d+2),u.subVectors(o,s),h.subVectors(r,s),u.cross(h),n.setXYZ(d+0,u.x,u.y,u.z),n.setXYZ(d+1,u.x,u.y,u.z),n.setXYZ(d+2,u.x,u.y,u.z);this.normalizeNormals(),n.needsUpdate=!0}}normalizeNormals(){let e=this.attributes.normal;for(let t=0,n=e.count;t<n;t++)Tt.fromBufferAttribute(e,t),Tt.normalize(),e.setXYZ(t,Tt.x,Tt.y,Tt.z)}toNonIndexed(){function e(a,c){let l=a.array,u=a.itemSize,h=a.normalized,d=new l.constructor(c.length*u),f=0,m=0;for(let y=0,p=c.length;y<p;y++){a.isInterleavedBufferAttribute?f=c[y]*a.data.stride+a.offset:f=c[y]*u;for(let g=0;g<u;g++)d[m++]=l[f++]}return new zt(d,u,h)}if(this.index===null)return Ie("BufferGeometry.toNonIndexed(): BufferGeometry is already non-indexed."),this;let t=new i,n=this.index.array,r=this.attributes;for(let a in r){let c=r[a],l=e(c,n);t.setAttribute(a,l)}let s=this.morphAttributes;for(let a in s){let c=[],l=s[a];for(let u=0,h=l.length;u<h;u++){let d=l[u],f=e(d,n);c.push(f)}t.morphAttributes[a]=c}t.morphTargetsRelative=this.morphTargetsRelative;let o=this.groups;for(let a=0,c=o.length;a<c;a++){let l=o[a];t.addGroup(l.start,l.count,l.materialIndex)}return t}toJSON(){let e={metadata:{version:4.7,type:"BufferGeometry",generator:"BufferGeometry.toJSON"}};if(e.uuid=this.uuid,e.type=this.parameters!==void 0&&this._transformed===!0?"BufferGeometry":this.type,e.name=this.name,Object.keys(this.userData).length>0&&(e.userData=this.userData),this.parameters!==void 0&&this._transformed!==!0){let c=this.parameters;for(let l in c)c[l]!==void 0&&(e[l]=c[l]);return e}e.data={attributes:{}};let t=this.index;t!==null&&(e.data.index={type:t.array.constructor.name,array:Array.prototype.slice.call(t.array)});let n=this.attributes;for(let c in n){let l=n[c];e.data.attributes[c]=l.toJSON(e.data)}let r={},s=!1;for(let c in this.morphAttributes){let l=this.morphAttributes[c],u=[];for(let h=0,d=l.length;h<d;h++){let f=l[h];u.push(f.toJSON(e.data))}u.length>0&&(r[c]=u,s=!0)}s&&(e.data.morphAttributes=r,e.data.morphTargetsRelative=this.morphTargetsRelative);let o=this.groups;o.length>0&&(e.data.groups=JSON.parse(JSON.stringify(o)));let a=this.boundingSphere;return a!==null&&(e.data.boundingSphere=a.toJSON()),e}clone(){return new this.constructor().copy(this)}copy(e){this.index=null,this.attributes={},this.morphAttributes={},this.groups=[],this.boundingBox=null,this.boundingSphere=null;let t={};this.name=e.name;let n=e.index;n!==null&&this.setIndex(n.clone());let r=e.attributes;for(let l in r){let u=r[l];this.setAttribute(l,u.clone(t))}let s=e.morphAttributes;for(let l in s){let u=[],h=s[l];for(let d=0,f=h.length;d<f;d++)u.push(h[d].clone(t));this.morphAttributes[l]=u}this.morphTargetsRelative=e.morphTargetsRelative;let o=e.groups;for(let l=0,u=o.length;l<u;l++){let h=o[l];this.addGroup(h.start,h.count,h.materialIndex)}let a=e.boundingBox;a!==null&&(this.boundingBox=a.clone());let c=e.boundingSphere;return c!==null&&(this.boundingSphere=c.clone()),this.drawRange.start=e.drawRange.start,this.drawRange.count=e.drawRange.count,this.userData=e.userData,this._transformed=e._transformed,this}dispose(){this.dispatchEvent({type:"dispose"})}};var mc=new X,Jg=new X,Zg=new De,mn=class{constructor(e=new X(1,0,0),t=0){this.isPlane=!0,this.normal=e,this.constant=t}set(e,t){return this.normal.copy(e),this.constant=t,this}setComponents(e,t,n,r){return this.normal.set(e,t,n),this.constant=r,this}setFromNormalAndCoplanarPoint(e,t){return this.normal.copy(e),this.constant=-t.dot(this.normal),this}setFromCoplanarPoints(e,t,n){let r=mc.subVectors(n,t).cross(Jg.subVectors(e,t)).normalize();return this.setFromNormalAndCoplanarPoint(r,e),this}copy(e){return this.normal.copy(e.normal),this.constant=e.constant,this}normalize(){let e=1/this.normal.length();return this.normal.multiplyScalar(e),this.constant*=e,this}negate(){return this.constant*=-1,this.normal.negate(),this}distanceToPoint(e){return this.normal.dot(e)+this.constant}distanceToSphere(e){return this.distanceToPoint(e.center)-e.radius}projectPoint(e,t){return t.copy(e).addScaledVector(this.normal,-this.distanceToPoint(e))}intersectLine(e,t,n=!0){let r=e.delta(mc),s=this.normal.dot(r);if(s===0)return this.distanceToPoint(e.start)===0?t.copy(e.start):null;let o=-(e.start.dot(this.normal)+this.constant)/s;return n===!0&&(o<0||o>1)?null:t.copy(e.start).addScaledVector(r,o)}intersectsLine(e){let t=this.distanceToPoint(e.start),n=this.distanceToPoint(e.end);return t<0&&n>0||n<0&&t>0}intersectsBox(e){return e.intersectsPlane(this)}intersectsSphere(e){return e.intersectsPlane(this)}coplanarPoint(e){return e.copy(this.normal).multiplyScalar(-this.constant)}applyMatrix4(e,t){let n=t||Zg.getNormalMatrix(e),r=this.coplanarPoint(mc).applyMatrix4(e),s=this.normal.applyMatrix3(n).normalize();return this.constant=-r.dot(s),this}translate(e){return this.constant-=e.dot(this.normal),this}equals(e){return e.normal.equals(this.normal)&&e.constant===this.constant}clone(){return new this.constructor().copy(this)}toJSON(){return{normal:this.normal.toArray(),constant:this.constant}}fromJSON(e){return this.normal.fromArray(e.normal),this.constant=e.constant,this}},jg=0,fi=class extends En{constructor(){super(),this.isMaterial=!0,Object.defineProperty(this,"id",{value:jg++}),this.uuid=ws(),this.name="",this.type="Material",this.blending=wr,this.side=yi,this.vertexColors=!1,this.opacity=1,this.transparent=!1,this.alphaHash=!1,this.blendSrc=Cc,this.blendDst=Pc,this.blendEquation=Ui,this.blendSrcAlpha=null,this.blendDstAlpha=null,this.blendEquationAlpha=null,this.blendColor=new He(0,0,0),this.blendAlpha=0,this.depthFunc=pr,this.depthTest=!0,this.depthWrite=!0,this.stencilWriteMask=255,this.stencilFunc=vf,this.stencilRef=0,this.stencilFuncMask=255,this.stencilFail=Po,this.stencilZFail=Po,this.stencilZPass=Po,this.stencilWrite=!1,this.clippingPlanes=null,this.clipIntersection=!1,this.clipShadows=!1,this.shadowSide=null,this.colorWrite=!0,this.precision=null,this.polygonOffset=!1,this.polygonOffsetFactor=0,this.polygonOffsetUnits=0,this.dithering=!1,this.alphaToCoverage=!1,this.premultipliedAlpha=!1,this.forceSinglePass=!1,this.allowOverride=!0,this.visible=!0,this.toneMapped=!0,this.userData={},this.version=0,this._alphaTest=0}get alphaTest(){return this._alphaTest}set alphaTest(e){this._alphaTest>0!=e>0&&this.version++,this._alphaTest=e}onBeforeRender(){}onBeforeCompile(){}customProgramCacheKey(){return this.onBeforeCompile.toString()}setValues(e){if(e!==void 0)for(let t in e){let n=e[t];if(n===void 0){Ie(`Material: parameter '${t}' has value of undefined.`);continue}let r=this[t];if(r===void 0){Ie(`Material: '${t}' is not a property of THREE.${this.type}.`);continue}r&&r.isColor?r.set(n):r&&r.isVector2&&n&&n.isVector2||r&&r.isEuler&&n&&n.isEuler||r&&r.isVector3&&n&&n.isVector3?r.copy(n):this[t]=n}}toJSON(e){let t=e===void 0||typeof e=="string";t&&(e={textures:{},images:{}});let n={metadata:{version:4.7,type:"Material",generator:"Material.toJSON"}};n.uuid=this.uuid,n.type=this.type,n.blending=this.blending,n.side=this.side,n.shadowSide=this.shadowSide,n.vertexColors=this.vertexColors,n.opacity=this.opacity,n.transparent=this.transparent,n.blendSrc=this.blendSrc,n.blendDst=this.blendDst,n.blendEquation=this.blendEquation,n.blendSrcAlpha=this.blendSrcAlpha,n.blendDstAlpha=this.blendDstAlpha,n.blendEquationAlpha=this.blendEquationAlpha,n.blendColor=this.blendColor.getHex(),n.blendAlpha=this.blendAlpha,n.depthFunc=this.depthFunc,n.depthTest=this.depthTest,n.depthWrite=this.depthWrite,n.colorWrite=this.colorWrite,n.clipIntersection=this.clipIntersection,n.clipShadows=this.clipShadows,n.stencilWriteMask=this.stencilWriteMask,n.stencilFunc=this.stencilFunc,n.stencilRef=this.stencilRef,n.stencilFuncMask=this.stencilFuncMask,n.stencilFail=this.stencilFail,n.stencilZFail=this.stencilZFail,n.stencilZPass=this.stencilZPass,n.stencilWrite=this.stencilWrite,n.polygonOffset=this.polygonOffset,n.polygonOffsetFactor=this.polygonOffsetFactor,n.polygonOffsetUnits=this.polygonOffsetUnits,n.dithering=this.dithering,n.alphaTest=this.alphaTest,n.alphaHash=this.alphaHash,n.alphaToCoverage=this.alphaToCoverage,n.premultipliedAlpha=this.premultipliedAlpha,n.forceSinglePass=this.forceSinglePass,n.allowOverride=this.allowOverride,n.visible=this.visible,n.toneMapped=this.toneMapped,n.name=this.name,this.color&&this.color.isColor&&(n.color=this.color.getHex()),this.roughness!==void 0&&(n.roughness=this.roughness),this.metalness!==void 0&&(n.metalness=this.metalness),this.sheen!==void 0&&(n.sheen=this.sheen),this.sheenColor&&this.sheenColor.isColor&&(n.sheenColor=this.sheenColor.getHex()),this.sheenRoughness!==void 0&&(n.sheenRoughness=this.sheenRoughness),this.emissive&&this.emissive.isColor&&(n.emissive=this.emissive.getHex()),this.emissiveIntensity!==void 0&&(n.emissiveIntensity=this.emissiveIntensity),this.specular&&this.specular.isColor&&(n.specular=this.specular.getHex()),this.specularIntensity!==void 0&&(n.specularIntensity=this.specularIntensity),this.specularColor&&this.specularColor.isColor&&(n.specularColor=this.specularColor.getHex()),this.shininess!==void 0&&(n.shininess=this.shininess),this.clearcoat!==void 0&&(n.clearcoat=this.clearcoat),this.clearcoatRoughness!==void 0&&(n.clearcoatRoughness=this.clearcoatRoughness),this.diffuseRoughness!==void 0&&(n.diffuseRoughness=this.diffuseRoughness),this.diffuseRoughnessMap&&this.diffuseRoughnessMap.isTexture&&(n.diffuseRoughnessMap=this.diffuseRoughnessMap.toJSON(e).uuid),this.clearcoatMap&&this.clearcoatMap.isTexture&&(n.clearcoatMap=this.clearcoatMap.toJSON(e).uuid),this.clearcoatRoughnessMap&&this.clearcoatRoughnessMap.isTexture&&(n.clearcoatRoughnessMap=this.clearcoatRoughnessMap.toJSON(e).uuid),this.clearcoatNormalMap&&this.clearcoatNormalMap.isTexture&&(n.clearcoatNormalMap=this.clearcoatNormalMap.toJSON(e).uuid,n.clearcoatNormalScale=this.clearcoatNormalScale.toArray()),this.sheenColorMap&&this.sheenColorMap.isTexture&&(n.sheenColorMap=this.sheenColorMap.toJSON(e).uuid),this.sheenRoughnessMap&&this.sheenRoughnessMap.isTexture&&(n.sheenRoughnessMap=this.sheenRoughnessMap.toJSON(e).uuid),this.dispersion!==void 0&&(n.dispersion=this.dispersion),this.retroreflectivity!==void 0&&(n.retroreflectivity=this.retroreflectivity),this.iridescence!==void 0&&(n.iridescence=this.iridescence),this.iridescenceIOR!==void 0&&(n.iridescenceIOR=this.iridescenceIOR),this.iridescenceThicknessMinimum!==void 0&&(n.iridescenceThicknessMinimum=this.iridescenceThicknessMinimum),this.iridescenceThicknessMaximum!==void 0&&(n.iridescenceThicknessMaximum=this.iridescenceThicknessMaximum),this.iridescenceMap&&this.iridescenceMap.isTexture&&(n.iridescenceMap=this.iridescenceMap.toJSON(e).uuid),this.iridescenceThicknessMap&&this.iridescenceThicknessMap.isTexture&&(n.iridescenceThicknessMap=this.iridescenceThicknessMap.toJSON(e).uuid),this.anisotropy!==void 0&&(n.anisotropy=this.anisotropy),this.anisotropyRotation!==void 0&&(n.anisotropyRotation=this.anisotropyRotation),this.anisotropyMap&&this.anisotropyMap.isTexture&&(n.anisotropyMap=this.anisotropyMap.toJSON(e).uuid),this.map&&this.map.isTexture&&(n.map=this.map.toJSON(e).uuid),this.matcap&&this.matcap.isTexture&&(n.matcap=this.matcap.toJSON(e).uuid),this.alphaMap&&this.alphaMap.isTexture&&(n.alphaMap=this.alphaMap.toJSON(e).uuid),this.lightMap&&this.lightMap.isTexture&&(n.lightMap=this.lightMap.toJSON(e).uuid,n.lightMapIntensity=this.lightMapIntensity),this.aoMap&&this.aoMap.isTexture&&(n.aoMap=this.aoMap.toJSON(e).uuid,n.aoMapIntensity=this.aoMapIntensity),this.bumpMap&&this.bumpMap.isTexture&&(n.bumpMap=this.bumpMap.toJSON(e).uuid,n.bumpScale=this.bumpScale),this.normalMap&&this.normalMap.isTexture&&(n.normalMap=this.normalMap.toJSON(e).uuid,n.normalMapType=this.normalMapType,n.normalScale=this.normalScale.toArray()),this.displacementMap&&this.displacementMap.isTexture&&(n.displacementMap=this.displacementMap.toJSON(e).uuid,n.displacementScale=this.displacementScale,n.displacementBias=this.displacementBias),this.roughnessMap&&this.roughnessMap.isTexture&&(n.roughnessMap=this.roughnessMap.toJSON(e).uuid),this.metalnessMap&&this.metalnessMap.isTexture&&(n.metalnessMap=this.metalnessMap.toJSON(e).uuid),this.emissiveMap&&this.emissiveMap.isTexture&&(n.emissiveMap=this.emissiveMap.toJSON(e).uuid),this.specularMap&&this.specularMap.isTexture&&(n.specularMap=this.specularMap.toJSON(e).uuid),this.specularIntensityMap&&this.specularIntensityMap.isTexture&&(n.specularIntensityMap=this.specularIntensityMap.toJSON(e).uuid),this.specularColorMap&&this.specularColorMap.isTexture&&(n.specularColorMap=this.specularColorMap.toJSON(e).uuid),this.envMap&&this.envMap.isTexture&&(n.envMap=this.envMap.toJSON(e).uuid,this.combine!==void 0&&(n.combine=this.combine)),this.envMapRotation!==void 0&&(n.envMapRotation=this.envMapRotation.toArray()),this.envMapIntensity!==void 0&&(n.envMapIntensity=this.envMapIntensity),this.reflectivity!==void 0&&(n.reflectivity=this.reflectivity),this.refractionRatio!==void 0&&(n.refractionRatio=this.refractionRatio),this.gradientMap&&this.gradientMap.isTexture&&(n.gradientMap=this.gradientMap.toJSON(e).uuid),this.transmission!==void 0&&(n.transmission=this.transmission),this.transmissionMap&&this.transmissionMap.isTexture&&(n.transmissionMap=this.transmissionMap.toJSON(e).uuid),this.thickness!==void 0&&(n.thickness=this.thickness),this.thicknessMap&&this.thicknessMap.isTexture&&(n.thicknessMap=this.thicknessMap.toJSON(e).uuid),this.attenuationDistance!==void 0&&(n.attenuationDistance=this.attenuationDistance),this.attenuationColor!==void 0&&(n.attenuationColor=this.attenuationColor.getHex()),this.size!==void 0&&(n.size=this.size),this.sizeAttenuation!==void 0&&(n.sizeAttenuation=this.sizeAttenuation),Array.isArray(this.clippingPlanes)&&this.clippingPlanes.length>0&&(n.clippingPlanes=this.clippingPlanes.map(s=>s.toJSON())),this.rotation!==void 0&&(n.rotation=this.rotation),this.depthPacking!==void 0&&(n.depthPacking=this.depthPacking),this.linewidth!==void 0&&(n.linewidth=this.linewidth),this.linecap!==void 0&&(n.linecap=this.linecap),this.linejoin!==void 0&&(n.linejoin=this.linejoin),this.dashSize!==void 0&&(n.dashSize=this.dashSize),this.gapSize!==void 0&&(n.gapSize=this.gapSize),this.scale!==void 0&&(n.scale=this.scale),this.wireframe!==void 0&&(n.wireframe=this.wireframe),this.wireframeLinewidth!==void 0&&(n.wireframeLinewidth=this.wireframeLinewidth),this.wireframeLinecap!==void 0&&(n.wireframeLinecap=this.wireframeLinecap),this.wireframeLinejoin!==void 0&&(n.wireframeLinejoin=this.wireframeLinejoin),this.flatShading!==void 0&&(n.flatShading=this.flatShading),this.fog!==void 0&&(n.fog=this.fog),Object.keys(this.userData).length>0&&(n.userData=this.userData);function r(s){let o=[];for(let a in s){let c=s[a];delete c.metadata,o.push(c)}return o}if(t){let s=r(e.textures),o=r(e.images);s.length>0&&(n.textures=s),o.length>0&&(n.images=o)}return n}fromJSON(e,t){if(e.uuid!==void 0&&(this.uuid=e.uuid),e.name!==void 0&&(this.name=e.name),e.color!==void 0&&this.color!==void 0&&this.color.setHex(e.color),e.roughness!==void 0&&(this.roughness=e.roughness),e.metalness!==void 0&&(this.metalness=e.metalness),e.sheen!==void 0&&(this.sheen=e.sheen),e.sheenColor!==void 0&&(this.sheenColor=new He().setHex(e.sheenColor)),e.sheenRoughness!==void 0&&(this.sheenRoughness=e.sheenRoughness),e.emissive!==void 0&&this.emissive!==void 0&&this.emissive.setHex(e.emissive),e.specular!==void 0&&this.specular!==void 0&&this.specular.setHex(e.specular),e.specularIntensity!==void 0&&(this.specularIntensity=e.specularIntensity),e.specularColor!==void 0&&this.specularColor!==void 0&&this.specularColor.setHex(e.specularColor),e.shininess!==void 0&&(this.shininess=e.shininess),e.clearcoat!==void 0&&(this.clearcoat=e.clearcoat),e.clearcoatRoughness!==void 0&&(this.clearcoatRoughness=e.clearcoatRoughness),e.diffuseRoughness!==void 0&&(this.diffuseRoughness=e.diffuseRoughness),e.dispersion!==void 0&&(this.dispersion=e.dispersion),e.retroreflectivity!==void 0&&(this.retroreflectivity=e.retroreflectivity),e.iridescence!==void 0&&(this.iridescence=e.iridescence),e.iridescenceIOR!==void 0&&(this.iridescenceIOR=e.iridescenceIOR),e.iridescenceThicknessMinimum!==void 0&&(this.iridescenceThicknessMinimum=e.iridescenceThicknessMinimum),e.iridescenceThicknessMaximum!==void 0&&(this.iridescenceThicknessMaximum=e.iridescenceThicknessMaximum),e.iridescenceThicknessRange!==void 0&&(this.iridescenceThicknessMinimum=e.iridescenceThicknessRange[0],this.iridescenceThicknessMaximum=e.iridescenceThicknessRange[1]),e.transmission!==void 0&&(this.transmission=e.transmission),e.thickness!==void 0&&(this.thickness=e.thickness),e.attenuationDistance!==void 0&&(this.attenuationDistance=e.attenuationDistance),e.attenuationColor!==void 0&&this.attenuationColor!==void 0&&this.attenuationColor.setHex(e.attenuationColor),e.anisotropy!==void 0&&(this.anisotropy=e.anisotropy),e.anisotropyRotation!==void 0&&(this.anisotropyRotation=e.anisotropyRotation),e.fog!==void 0&&(this.fog=e.fog),e.flatShading!==void 0&&(this.flatShading=e.flatShading),e.blending!==void 0&&(this.blending=e.blending),e.combine!==void 0&&(this.combine=e.combine),e.side!==void 0&&(this.side=e.side),e.shadowSide!==void 0&&(this.shadowSide=e.shadowSide),e.opacity!==void 0&&(this.opacity=e.opacity),e.transparent!==void 0&&(this.transparent=e.transparent),e.alphaTest!==void 0&&(this.alphaTest=e.alphaTest),e.alphaHash!==void 0&&(this.alphaHash=e.alphaHash),e.depthFunc!==void 0&&(this.depthFunc=e.depthFunc),e.depthTest!==void 0&&(this.depthTest=e.depthTest),e.depthWrite!==void 0&&(this.depthWrite=e.depthWrite),e.colorWrite!==void 0&&(this.colorWrite=e.colorWrite),e.clippingPlanes!==void 0&&(this.clippingPlanes=e.clippingPlanes.map(n=>new mn().fromJSON(n))),e.clipIntersection!==void 0&&(this.clipIntersection=e.clipIntersection),e.clipShadows!==void 0&&(this.clipShadows=e.clipShadows),e.depthPacking!==void 0&&(this.depthPacking=e.depthPacking),e.blendSrc!==void 0&&(this.blendSrc=e.blendSrc),e.blendDst!==void 0&&(this.blendDst=e.blendDst),e.blendEquation!==void 0&&(this.blendEquation=e.blendEquation),e.blendSrcAlpha!==void 0&&(this.blendSrcAlpha=e.blendSrcAlpha),e.blendDstAlpha!==void 0&&(this.blendDstAlpha=e.blendDstAlpha),e.blendEquationAlpha!==void 0&&(this.blendEquationAlpha=e.blendEquationAlpha),e.blendColor!==void 0&&this.blendColor!==void 0&&this.blendColor.setHex(e.blendColor),e.blendAlpha!==void 0&&(this.blendAlpha=e.blendAlpha),e.stencilWriteMask!==void 0&&(this.stencilWriteMask=e.stencilWriteMask),e.stencilFunc!==void 0&&(this.stencilFunc=e.stencilFunc),e.stencilRef!==void 0&&(this.stencilRef=e.stencilRef),e.stencilFuncMask!==void 0&&(this.stencilFuncMask=e.stencilFuncMask),e.stencilFail!==void 0&&(this.stencilFail=e.stencilFail),e.stencilZFail!==void 0&&(this.stencilZFail=e.stencilZFail),e.stencilZPass!==void 0&&(this.stencilZPass=e.stencilZPass),e.stencilWrite!==void 0&&(this.stencilWrite=e.stencilWrite),e.wireframe!==void 0&&(this.wireframe=e.wireframe),e.wireframeLinewidth!==void 0&&(this.wireframeLinewidth=e.wireframeLinewidth),e.wireframeLinecap!==void 0&&(this.wireframeLinecap=e.wireframeLinecap),e.wireframeLinejoin!==void 0&&(this.wireframeLinejoin=e.wireframeLinejoin),e.rotation!==void 0&&(this.rotation=e.rotation),e.linewidth!==void 0&&(this.linewidth=e.linewidth),e.linecap!==void 0&&(this.linecap=e.linecap),e.linejoin!==void 0&&(this.linejoin=e.linejoin),e.dashSize!==void 0&&(this.dashSize=e.dashSize),e.gapSize!==void 0&&(this.gapSize=e.gapSize),e.scale!==void 0&&(this.scale=e.scale),e.polygonOffset!==void 0&&(this.polygonOffset=e.polygonOffset),e.polygonOffsetFactor!==void 0&&(this.polygonOffsetFactor=e.polygonOffsetFactor),e.polygonOffsetUnits!==void 0&&(this.polygonOffsetUnits=e.polygonOffsetUnits),e.dithering!==void 0&&(this.dithering=e.dithering),e.alphaToCoverage!==void 0&&(this.alphaToCoverage=e.alphaToCoverage),e.premultipliedAlpha!==void 0&&(this.premultipliedAlpha=e.premultipliedAlpha),e.forceSinglePass!==void 0&&(this.forceSinglePass=e.forceSinglePass),e.allowOverride!==void 0&&(this.allowOverride=e.allowOverride),e.visible!==void 0&&(this.visible=e.visible),e.toneMapped!==void 0&&(this.toneMapped=e.toneMapped),e.userData!==void 0&&(this.userData=e.userData),e.vertexColors!==void 0&&(typeof e.vertexColors=="number"?this.vertexColors=e.vertexColors>0:this.vertexColors=e.vertexColors),e.size!==void 0&&(this.size=e.size),e.sizeAttenuation!==void 0&&(this.sizeAttenuation=e.sizeAttenuation),e.map!==void 0&&(this.map=t[e.map]||null),e.matcap!==void 0&&(this.matcap=t[e.matcap]||null),e.alphaMap!==void 0&&(this.alphaMap=t[e.alphaMap]||null),e.bumpMap!==void 0&&(this.bumpMap=t[e.bumpMap]||null),e.bumpScale!==void 0&&(this.bumpScale=e.bumpScale),e.normalMap!==void 0&&(this.normalMap=t[e.normalMap]||null),e.normalMapType!==void 0&&(this.normalMapType=e.normalMapType),e.normalScale!==void 0){let n=e.normalScale;Array.isArray(n)===!1&&(n=[n,n]),this.normalScale=new Ke().fromArray(n)}return e.displacementMap!==void 0&&(this.displacementMap=t[e.displacementMap]||null),e.displacementScale!==void 0&&(this.displacementScale=e.displacementScale),e.displacementBias!==void 0&&(this.displacementBias=e.displacementBias),e.roughnessMap!==void 0&&(this.roughnessMap=t[e.roughnessMap]||null),e.metalnessMap!==void 0&&(this.metalnessMap=t[e.metalnessMap]||null),e.emissiveMap!==void 0&&(this.emissiveMap=t[e.emissiveMap]||null),e.emissiveIntensity!==void 0&&(this.emissiveIntensity=e.emissiveIntensity),e.specularMap!==void 0&&(this.specularMap=t[e.specularMap]||null),e.specularIntensityMap!==void 0&&(this.specularIntensityMap=t[e.specularIntensityMap]||null),e.specularColorMap!==void 0&&(this.specularColorMap=t[e.specularColorMap]||null),e.envMap!==void 0&&(this.envMap=t[e.envMap]||null),e.envMapRotation!==void 0&&this.envMapRotation.fromArray(e.envMapRotation),e.envMapIntensity!==void 0&&(this.envMapIntensity=e.envMapIntensity),e.reflectivity!==void 0&&(this.reflectivity=e.reflectivity),e.refractionRatio!==void 0&&(this.refractionRatio=e.refractionRatio),e.lightMap!==void 0&&(this.lightMap=t[e.lightMap]||null),e.lightMapIntensity!==void 0&&(this.lightMapIntensity=e.lightMapIntensity),e.aoMap!==void 0&&(this.aoMap=t[e.aoMap]||null),e.aoMapIntensity!==void 0&&(this.aoMapIntensity=e.aoMapIntensity),e.gradientMap!==void 0&&(this.gradientMap=t[e.gradientMap]||null),e.clearcoatMap!==void 0&&(this.clearcoatMap=t[e.clearcoatMap]||null),e.clearcoatRoughnessMap!==void 0&&(this.clearcoatRoughnessMap=t[e.clearcoatRoughnessMap]||null),e.clearcoatNormalMap!==void 0&&(this.clearcoatNormalMap=t[e.clearcoatNormalMap]||null),e.clearcoatNormalScale!==void 0&&(this.clearcoatNormalScale=new Ke().fromArray(e.clearcoatNormalScale)),e.diffuseRoughnessMap!==void 0&&(this.diffuseRoughnessMap=t[e.diffuseRoughnessMap]||null),e.iridescenceMap!==void 0&&(this.iridescenceMap=t[e.iridescenceMap]||null),e.iridescenceThicknessMap!==void 0&&(this.iridescenceThicknessMap=t[e.iridescenceThicknessMap]||null),e.transmissionMap!==void 0&&(this.transmissionMap=t[e.transmissionMap]||null),e.thicknessMap!==void 0&&(this.thicknessMap=t[e.thicknessMap]||null),e.anisotropyMap!==void 0&&(this.anisotropyMap=t[e.anisotropyMap]||null),e.sheenColorMap!==void 0&&(this.sheenColorMap=t[e.sheenColorMap]||null),e.sheenRoughnessMap!==void 0&&(this.sheenRoughnessMap=t[e.sheenRoughnessMap]||null),this}clone(){return new this.constructor().copy(this)}copy(e){this.name=e.name,this.blending=e.blending,this.side=e.side,this.vertexColors=e.vertexColors,this.opacity=e.opacity,this.transparent=e.transparent,this.blendSrc=e.blendSrc,this.blendDst=e.blendDst,this.blendEquation=e.blendEquation,this.blendSrcAlpha=e.blendSrcAlpha,this.blendDstAlpha=e.blendDstAlpha,this.blendEquationAlpha=e.blendEquationAlpha,this.blendColor.copy(e.blendColor),this.blendAlpha=e.blendAlpha,this.depthFunc=e.depthFunc,this.depthTest=e.depthTest,this.depthWrite=e.depthWrite,this.stencilWriteMask=e.stencilWriteMask,this.stencilFunc=e.stencilFunc,this.stencilRef=e.stencilRef,this.stencilFuncMask=e.stencilFuncMask,this.stencilFail=e.stencilFail,this.stencilZFail=e.stencilZFail,this.stencilZPass=e.stencilZPass,this.stencilWrite=e.stencilWrite;let t=e.clippingPlanes,n=null;if(t!==null){let r=t.length;n=new Array(r);for(let s=0;s!==r;++s)n[s]=t[s].clone()}return this.clippingPlanes=n,this.clipIntersection=e.clipIntersection,this.clipShadows=e.clipShadows,this.shadowSide=e.shadowSide,this.colorWrite=e.colorWrite,this.precision=e.precision,this.polygonOffset=e.polygonOffset,this.polygonOffsetFactor=e.polygonOffsetFactor,this.polygonOffsetUnits=e.polygonOffsetUnits,this.dithering=e.dithering,this.alphaTest=e.alphaTest,this.alphaHash=e.alphaHash,this.alphaToCoverage=e.alphaToCoverage,this.premultipliedAlpha=e.premultipliedAlpha,this.forceSinglePass=e.forceSinglePass,this.allowOverride=e.allowOverride,this.visible=e.visible,this.toneMapped=e.toneMapped,this.userData=JSON.parse(JSON.stringify(e.userData)),this}dispose(){this.dispatchEvent({type:"dispose"})}set needsUpdate(e){e===!0&&this.version++}};var qn=new X,gc=new X,po=new X,mo=new X,ls=class{constructor(e=new X,t=new X(0,0,-1)){this.origin=e,this.direction=t}set(e,t){return this.origin.copy(e),this.direction.copy(t),this}copy(e){return this.origin.copy(e.origin),this.direction.copy(e.direction),this}at(e,t){return t.copy(this.origin).addScaledVector(this.direction,e)}lookAt(e){return this.direction.copy(e).sub(this.origin).normalize(),this}recast(e){return this.origin.copy(this.at(e,qn)),this}closestPointToPoint(e,t){t.subVectors(e,this.origin);let n=t.dot(this.direction);return n<0?t.copy(this.origin):t.copy(this.origin).addScaledVector(this.direction,n)}distanceToPoint(e){return Math.sqrt(this.distanceSqToPoint(e))}distanceSqToPoint(e){let t=qn.subVectors(e,this.origin).dot(this.direction);return t<0?this.origin.distanceToSquared(e):(qn.copy(this.origin).addScaledVector(this.direction,t),qn.distanceToSquared(e))}distanceSqToSegment(e,t,n,r){gc.copy(e).add(t).multiplyScalar(.5),po.copy(t).sub(e).normalize(),mo.copy(this.origin).sub(gc);let s=e.distanceTo(t)*.5,o=-this.direction.dot(po),a=mo.dot(this.direction),c=-mo.dot(po),l=mo.lengthSq(),u=Math.abs(1-o*o),h,d,f,m;if(u>0)if(h=o*c-a,d=o*a-c,m=s*u,h>=0)if(d>=-m)if(d<=m){let y=1/u;h*=y,d*=y,f=h*(h+o*d+2*a)+d*(o*h+d+2*c)+l}else d=s,h=Math.max(0,-(o*d+a)),f=-h*h+d*(d+2*c)+l;else d=-s,h=Math.max(0,-(o*d+a)),f=-h*h+d*(d+2*c)+l;else d<=-m?(h=Math.max(0,-(-o*s+a)),d=h>0?-s:Math.min(Math.max(-s,-c),s),f=-h*h+d*(d+2*c)+l):d<=m?(h=0,d=Math.min(Math.max(-s,-c),s),f=d*(d+2*c)+l):(h=Math.max(0,-(o*s+a)),d=h>0?s:Math.min(Math.max(-s,-c),s),f=-h*h+d*(d+2*c)+l);else d=o>0?-s:s,h=Math.max(0,-(o*d+a)),f=-h*h+d*(d+2*c)+l;return n&&n.copy(this.origin).addScaledVector(this.direction,h),r&&r.copy(gc).addScaledVector(po,d),f}intersectSphere(e,t){if(e.radius<0)return null;qn.subVectors(e.center,this.origin);let n=qn.dot(this.direction),r=qn.dot(qn)-n*n,s=e.radius*e.radius;if(r>s)return null;let o=Math.sqrt(s-r),a=n-o,c=n+o;return c<0?null:a<0?this.at(c,t):this.at(a,t)}intersectsSphere(e){return e.radius<0?!1:this.distanceSqToPoint(e.center)<=e.radius*e.radius}distanceToPlane(e){let t=e.normal.dot(this.direction);if(t===0)return e.distanceToPoint(this.origin)===0?0:null;let n=-(this.origin.dot(e.normal)+e.constant)/t;return n>=0?n:null}intersectPlane(e,t){let n=this.distanceToPlane(e);return n===null?null:this.at(n,t)}intersectsPlane(e){let t=e.distanceToPoint(this.origin);return t===0||e.normal.dot(this.direction)*t<0}intersectBox(e,t){let n,r,s,o,a,c,l=1/this.direction.x,u=1/this.direction.y,h=1/this.direction.z,d=this.origin;return l>=0?(n=(e.min.x-d.x)*l,r=(e.max.x-d.x)*l):(n=(e.max.x-d.x)*l,r=(e.min.x-d.x)*l),u>=0?(s=(e.min.y-d.y)*u,o=(e.max.y-d.y)*u):(s=(e.max.y-d.y)*u,o=(e.min.y-d.y)*u),n>o||s>r||((s>n||isNaN(n))&&(n=s),(o<r||isNaN(r))&&(r=o),h>=0?(a=(e.min.z-d.z)*h,c=(e.max.z-d.z)*h):(a=(e.max.z-d.z)*h,c=(e.min.z-d.z)*h),n>c||a>r)||((a>n||n!==n)&&(n=a),(c<r||r!==r)&&(r=c),r<0)?null:this.at(n>=0?n:r,t)}intersectsBox(e){return this.intersectBox(e,qn)!==null}intersectTriangle(e,t,n,r,s){let o=this.origin,a=this.direction,c=a.x,l=a.y,u=a.z,h=e.x-o.x,d=e.y-o.y,f=e.z-o.z,m=t.x-o.x,y=t.y-o.y,p=t.z-o.z,g=n.x-o.x,v=n.y-o.y,_=n.z-o.z,b=Math.abs(c),A=Math.abs(l),w=Math.abs(u),x,E,U,N,R,L,k,I,W,q,z,ne;if(b>=A&&b>=w?(U=c,L=h,W=m,ne=g,c>=0?(x=l,E=u,N=d,R=f,k=y,I=p,q=v,z=_):(x=u,E=l,N=f,R=d,k=p,I=y,q=_,z=v)):A>=w?(U=l,L=d,W=y,ne=v,l>=0?(x=u,E=c,N=f,R=h,k=p,I=m,q=_,z=g):(x=c,E=u,N=h,R=f,k=m,I=p,q=g,z=_)):(U=u,L=f,W=p,ne=_,u>=0?(x=c,E=l,N=h,R=d,k=m,I=y,q=g,z=v):(x=l,E=c,N=d,R=h,k=y,I=m,q=v,z=g)),U===0)return null;let K=x/U,ee=E/U,ie=1/U,Me=N-K*L,Le=R-ee*L,F=k-K*W,Y=I-ee*W,re=q-K*ne,he=z-ee*ne,oe=re*Y-he*F,_e=Me*he-Le*re,Ve=F*Le-Y*Me;if(r){if(oe<0||_e<0||Ve<0)return null}else if((oe<0||_e<0||Ve<0)&&(oe>0||_e>0||Ve>0))return null;let ye=oe+_e+Ve;if(ye===0)return null;let Je=ie*(oe*L+_e*W+Ve*ne);return(ye>0?Je<0:Je>0)?null:this.at(Je/ye,s)}applyMatrix4(e){return this.origin.applyMatrix4(e),this.direction.transformDirection(e),this}equals(e){return e.origin.equals(this.origin)&&e.direction.equals(this.direction)}clone(){return new this.constructor().copy(this)}},Xo=class extends fi{constructor(e){super(),this.isMeshBasicMaterial=!0,this.type="MeshBasicMaterial",this.color=new He(16777215),this.map=null,this.lightMap=null,this.lightMapIntensity=1,this.aoMap=null,this.aoMapIntensity=1,this.specularMap=null,this.alphaMap=null,this.envMap=null,this.envMapRotation=new hi,this.combine=Ic,this.reflectivity=1,this.refractionRatio=.98,this.wireframe=!1,this.wireframeLinewidth=1,this.wireframeLinecap="round",this.wireframeLinejoin="round",this.fog=!0,this.setValues(e)}copy(e){return super.copy(e),this.color.copy(e.color),this.map=e.map,this.lightMap=e.lightMap,this.lightMapIntensity=e.lightMapIntensity,this.aoMap=e.aoMap,this.aoMapIntensity=e.aoMapIntensity,this.specularMap=e.specularMap,this.alphaMap=e.alphaMap,this.envMap=e.envMap,this.envMapRotation.copy(e.envMapRotation),this.combine=e.combine,this.reflectivity=e.reflectivity,this.refractionRatio=e.refractionRatio,this.wireframe=e.wireframe,this.wireframeLinewidth=e.wireframeLinewidth,this.wireframeLinecap=e.wireframeLinecap,this.wireframeLinejoin=e.wireframeLinejoin,this.fog=e.fog,this}},Fd=new ot,Pi=new ls,go=new Ni,Ud=new X,yo=new X,xo=new X,vo=new X,yc=new X,bo=new X,Od=new X,_o=new X,Rn=class extends Zt{constructor(e=new jt,t=new Xo){super(),this.isMesh=!0,this.type="Mesh",this.geometry=e,this.material=t,this.morphTargetDictionary=void 0,this.morphTargetInfluences=void 0,this.count=1,this.updateMorphTargets()}copy(e,t){return super.copy(e,t),e.morphTargetInfluences!==void 0?this.morphTargetInfluences=e.morphTargetInfluences.slice():this.morphTargetInfluences=void 0,e.morphTargetDictionary!==void 0?this.morphTargetDictionary=Object.assign({},e.morphTargetDictionary):this.morphTargetDictionary=void 0,this.material=Array.isArray(e.material)?e.material.slice():e.material,this.geometry=e.geometry,this}updateMorphTargets(){let t=this.geometry.morphAttributes,n=Object.keys(t);if(n.length>0){let r=t[n[0]];if(r!==void 0){this.morphTargetInfluences=[],this.morphTargetDictionary={};for(let s=0,o=r.length;s<o;s++){let a=r[s].name||String(s);this.morphTargetInfluences.push(0),this.morphTargetDictionary[a]=s}}}}getVertexPosition(e,t){let n=this.geometry,r=n.attributes.position,s=n.morphAttributes.position,o=n.morphTargetsRelative;t.fromBufferAttribute(r,e);let a=this.morphTargetInfluences;if(s&&a){bo.set(0,0,0);for(let c=0,l=s.length;c<l;c++){let u=a[c],h=s[c];u!==0&&(yc.fromBufferAttribute(h,e),o?bo.addScaledVector(yc,u):bo.addScaledVector(yc.sub(t),u))}t.add(bo)}return t}intersectsFrustum(e){return e.intersectsObject(this)}raycast(e,t){let n=this.geometry,r=this.material,s=this.matrixWorld;r!==void 0&&(n.boundingSphere===null&&n.computeBoundingSphere(),go.copy(n.boundingSphere),go.applyMatrix4(s),Pi.copy(e.ray).recast(e.near),!(go.containsPoint(Pi.origin)===!1&&(Pi.intersectSphere(go,Ud)===null||Pi.origin.distanceToSquared(Ud)>(e.far-e.near)**2))&&(Fd.copy(s).invert(),Pi.copy(e.ray).applyMatrix4(Fd),!(n.boundingBox!==null&&Pi.intersectsBox(n.boundingBox)===!1)&&this._computeIntersections(e,t,Pi)))}_computeIntersections(e,t,n){let r,s=this.geometry,o=this.material,a=s.index,c=s.attributes.position,l=s.attributes.uv,u=s.attributes.uv1,h=s.attributes.normal,d=s.groups,f=s.drawRange;if(a!==null)if(Array.isArray(o))for(let m=0,y=d.length;m<y;m++){let p=d[m],g=o[p.materialIndex],v=Math.max(p.start,f.start),_=Math.min(a.count,Math.min(p.start+p.count,f.start+f.count));for(let b=v,A=_;b<A;b+=3){let w=a.getX(b),x=a.getX(b+1),E=a.getX(b+2);r=So(this,g,e,n,l,u,h,w,x,E),r&&(r.faceIndex=Math.floor(b/3),r.face.materialIndex=p.materialIndex,t.push(r))}}else{let m=Math.max(0,f.start),y=Math.min(a.count,f.start+f.count);for(let p=m,g=y;p<g;p+=3){let v=a.getX(p),_=a.getX(p+1),b=a.getX(p+2);r=So(this,o,e,n,l,u,h,v,_,b),r&&(r.faceIndex=Math.floor(p/3),t.push(r))}}else if(c!==void 0)if(Array.isArray(o))for(let m=0,y=d.length;m<y;m++){let p=d[m],g=o[p.materialIndex],v=Math.max(p.start,f.start),_=Math.min(c.count,Math.min(p.start+p.count,f.start+f.count));for(let b=v,A=_;b<A;b+=3){let w=b,x=b+1,E=b+2;r=So(this,g,e,n,l,u,h,w,x,E),r&&(r.faceIndex=Math.floor(b/3),r.face.materialIndex=p.materialIndex,t.push(r))}}else{let m=Math.max(0,f.start),y=Math.min(c.count,f.start+f.count);for(let p=m,g=y;p<g;p+=3){let v=p,_=p+1,b=p+2;r=So(this,o,e,n,l,u,h,v,_,b),r&&(r.faceIndex=Math.floor(p/3),t.push(r))}}}};function Qg(i,e,t,n,r,s,o,a){let c;if(e.side===Gt?c=n.intersectTriangle(o,s,r,!0,a):c=n.intersectTriangle(r,s,o,e.side===yi,a),c===null)return null;_o.copy(a),_o.applyMatrix4(i.matrixWorld);let l=t.ray.origin.distanceTo(_o);return l<t.near||l>t.far?null:{distance:l,point:_o.clone(),object:i}}function So(i,e,t,n,r,s,o,a,c,l){i.getVertexPosition(a,yo),i.getVertexPosition(c,xo),i.getVertexPosition(l,vo);let u=Qg(i,e,t,n,yo,xo,vo,Od);if(u){let h=new X;ui.getBarycoord(Od,yo,xo,vo,h),r&&(u.uv=ui.getInterpolatedAttribute(r,a,c,l,h,new Ke)),s&&(u.uv1=ui.getInterpolatedAttribute(s,a,c,l,h,new Ke)),o&&(u.normal=ui.getInterpolatedAttribute(o,a,c,l,h,new X),u.normal.dot(n.direction)>0&&u.normal.multiplyScalar(-1));let d={a,b:c,c:l,normal:new X,materialIndex:0};ui.getNormal(yo,xo,vo,d.normal),u.face=d,u.barycoord=h}return u}var xr=class extends Ut{constructor(e=null,t=1,n=1,r,s,o,a,c,l=yt,u=yt,h,d){super(null,o,a,c,l,u,r,s,h,d),this.isDataTexture=!0,this.image={data:e,width:t,height:n},this.generateMipmaps=!1,this.flipY=!1,this.unpackAlignment=1}};var Ii=new Ni,e0=new Ke(.5,.5),Mo=new X,Di=class{constructor(e=new mn,t=new mn,n=new mn,r=new mn,s=new mn,o=new mn){this.planes=[e,t,n,r,s,o]}set(e,t,n,r,s,o){let a=this.planes;return a[0].copy(e),a[1].copy(t),a[2].copy(n),a[3].copy(r),a[4].copy(s),a[5].copy(o),this}copy(e){let t=this.planes;for(let n=0;n<6;n++)t[n].copy(e.planes[n]);return this}setFromProjectionMatrix(e,t=an,n=!1){let r=this.planes,s=e.elements,o=s[0],a=s[1],c=s[2],l=s[3],u=s[4],h=s[5],d=s[6],f=s[7],m=s[8],y=s[9],p=s[10],g=s[11],v=s[12],_=s[13],b=s[14],A=s[15];if(r[0].setComponents(l-o,f-u,g-m,A-v).normalize(),r[1].setComponents(l+o,f+u,g+m,A+v).normalize(),r[2].setComponents(l+a,f+h,g+y,A+_).normalize(),r[3].setComponents(l-a,f-h,g-y,A-_).normalize(),n)r[4].setComponents(c,d,p,b).normalize(),r[5].setComponents(l-c,f-d,g-p,A-b).normalize();else if(r[4].setComponents(l-c,f-d,g-p,A-b).normalize(),t===an)r[5].setComponents(l+c,f+d,g+p,A+b).normalize();else if(t===ts)r[5].setComponents(c,d,p,b).normalize();else throw new Error("THREE.Frustum.setFromProjectionMatrix(): Invalid coordinate system: "+t);return this}intersectsObject(e){if(e.boundingSphere!==void 0)e.boundingSphere===null&&e.computeBoundingSphere(),Ii.copy(e.boundingSphere).applyMatrix4(e.matrixWorld);else{let t=e.geometry;t.boundingSphere===null&&t.computeBoundingSphere(),Ii.copy(t.boundingSphere).applyMatrix4(e.matrixWorld)}return this.intersectsSphere(Ii)}intersectsSprite(e){Ii.center.set(0,0,0);let t=e0.distanceTo(e.center);return Ii.radius=.7071067811865476+t,Ii.applyMatrix4(e.matrixWorld),this.intersectsSphere(Ii)}intersectsSphere(e){let t=this.planes,n=e.center,r=-e.radius;for(let s=0;s<6;s++)if(t[s].distanceToPoint(n)<r)return!1;return!0}intersectsBox(e){let t=this.planes;for(let n=0;n<6;n++){let r=t[n];if(Mo.x=r.normal.x>0?e.max.x:e.min.x,Mo.y=r.normal.y>0?e.max.y:e.min.y,Mo.z=r.normal.z>0?e.max.z:e.min.z,r.distanceToPoint(Mo)<0)return!1}return!0}containsPoint(e){let t=this.planes;for(let n=0;n<6;n++)if(t[n].distanceToPoint(e)<0)return!1;return!0}clone(){return new this.constructor().copy(this)}},Bd=new ot,qo=class i{constructor(){this.coordinateSystem=an,this._frustums=[],this._count=0}setFromArrayCamera(e){let t=e.cameras,n=this._frustums;for(let r=0;r<t.length;r++){let s=t[r];Bd.multiplyMatrices(s.projectionMatrix,s.matrixWorldInverse),n[r]===void 0&&(n[r]=new Di),n[r].setFromProjectionMatrix(Bd,s.coordinateSystem,s.reversedDepth)}return this._count=t.length,this}getFrustum(e){return this._frustums[e]}intersectsObject(e){let t=this._frustums;for(let n=0;n<this._count;n++)if(t[n].intersectsObject(e))return!0;return!1}intersectsSprite(e){let t=this._frustums;for(let n=0;n<this._count;n++)if(t[n].intersectsSprite(e))return!0;return!1}intersectsSphere(e){let t=this._frustums;for(let n=0;n<this._count;n++)if(t[n].intersectsSphere(e))return!0;return!1}intersectsBox(e){let t=this._frustums;for(let n=0;n<this._count;n++)if(t[n].intersectsBox(e))return!0;return!1}containsPoint(e){let t=this._frustums;for(let n=0;n<this._count;n++)if(t[n].containsPoint(e))return!0;return!1}copy(e){this.coordinateSystem=e.coordinateSystem;let t=this._frustums,n=e._frustums;for(let r=0;r<e._count;r++)t[r]===void 0&&(t[r]=new Di),t[r].copy(n[r]);return this._count=e._count,this}clone(){return new i().copy(this)}};var $o=class extends fi{constructor(e){super(),this.isPointsMaterial=!0,this.type="PointsMaterial",this.color=new He(16777215),this.map=null,this.alphaMap=null,this.size=1,this.sizeAttenuation=!0,this.fog=!0,this.setValues(e)}copy(e){return super.copy(e),this.color.copy(e.color),this.map=e.map,this.alphaMap=e.alphaMap,this.size=e.size,this.sizeAttenuation=e.sizeAttenuation,this.fog=e.fog,this}},kd=new ot,Sc=new ls,wo=new Ni,Ao=new X,vr=class extends Zt{constructor(e=new jt,t=new $o){super(),this.isPoints=!0,this.type="Points",this.geometry=e,this.material=t,this.morphTargetDictionary=void 0,this.morphTargetInfluences=void 0,this.updateMorphTargets()}copy(e,t){return super.copy(e,t),e.morphTargetInfluences!==void 0?this.morphTargetInfluences=e.morphTargetInfluences.slice():this.morphTargetInfluences=void 0,e.morphTargetDictionary!==void 0?this.morphTargetDictionary=Object.assign({},e.morphTargetDictionary):this.morphTargetDictionary=void 0,this.material=Array.isArray(e.material)?e.material.slice():e.material,this.geometry=e.geometry,this}intersectsFrustum(e){return e.intersectsObject(this)}raycast(e,t){let n=this.geometry,r=this.matrixWorld,s=e.params.Points.threshold,o=n.drawRange;if(n.boundingSphere===null&&n.computeBoundingSphere(),wo.copy(n.boundingSphere),wo.applyMatrix4(r),wo.radius+=s,e.ray.intersectsSphere(wo)===!1)return;kd.copy(r).invert(),Sc.copy(e.ray).applyMatrix4(kd);let a=s/((this.scale.x+this.scale.y+this.scale.z)/3),c=a*a,l=n.index,h=n.attributes.position;if(l!==null){let d=Math.max(0,o.start),f=Math.min(l.count,o.start+o.count);for(let m=d,y=f;m<y;m++){let p=l.getX(m);Ao.fromBufferAttribute(h,p),zd(Ao,p,c,r,e,t,this)}}else{let d=Math.max(0,o.start),f=Math.min(h.count,o.start+o.count);for(let m=d,y=f;m<y;m++)Ao.fromBufferAttribute(h,m),zd(Ao,m,c,r,e,t,this)}}updateMorphTargets(){let t=this.geometry.morphAttributes,n=Object.keys(t);if(n.length>0){let r=t[n[0]];if(r!==void 0){this.morphTargetInfluences=[],this.morphTargetDictionary={};for(let s=0,o=r.length;s<o;s++){let a=r[s].name||String(s);this.morphTargetInfluences.push(0),this.morphTargetDictionary[a]=s}}}}};function zd(i,e,t,n,r,s,o){let a=Sc.distanceSqToPoint(i);if(a<t){let c=new X;Sc.closestPointToPoint(i,c),c.applyMatrix4(n);let l=r.ray.origin.distanceTo(c);if(l<r.near||l>r.far)return;s.push({distance:l,distanceToRay:Math.sqrt(a),point:c,index:e,face:null,faceIndex:null,barycoord:null,object:o})}}var cs=class extends Ut{constructor(e=[],t=Oi,n,r,s,o,a,c,l,u){super(e,t,n,r,s,o,a,c,l,u),this.isCubeTexture=!0,this.flipY=!1}get images(){return this.image}set images(e){this.image=e}};var Kn=class extends Ut{constructor(e,t,n=gn,r,s,o,a=yt,c=yt,l,u=Yn,h=1){if(u!==Yn&&u!==Zn)throw new Error("THREE.DepthTexture: format must be either THREE.DepthFormat or THREE.DepthStencilFormat");let d={width:e,height:t,depth:h};super(d,r,s,o,a,c,u,n,l),this.isDepthTexture=!0,this.flipY=!1,this.generateMipmaps=!1,this.compareFunction=null}copy(e){return super.copy(e),this.source=new gr(Object.assign({},e.image)),this.compareFunction=e.compareFunction,this}toJSON(e){let t=super.toJSON(e);return t.compareFunction=this.compareFunction,t}},us=class extends Kn{constructor(e,t=gn,n=Oi,r,s,o=yt,a=yt,c,l=Yn){let u={width:e,height:e,depth:1},h=[u,u,u,u,u,u];super(e,e,t,n,r,s,o,a,c,l),this.image=h,this.isCubeDepthTexture=!0,this.isCubeTexture=!0}get images(){return this.image}set images(e){this.image=e}},hs=class extends Ut{constructor(e=null){super(),this.sourceTexture=e,this.isExternalTexture=!0}copy(e){return super.copy(e),this.sourceTexture=e.sourceTexture,this}},br=class i extends jt{constructor(e=1,t=1,n=1,r=1,s=1,o=1){super(),this.type="BoxGeometry",this.parameters={width:e,height:t,depth:n,widthSegments:r,heightSegments:s,depthSegments:o};let a=this;r=Math.floor(r),s=Math.floor(s),o=Math.floor(o);let c=[],l=[],u=[],h=[],d=0,f=0;m("z","y","x",-1,-1,n,t,e,o,s,0),m("z","y","x",1,-1,n,t,-e,o,s,1),m("x","z","y",1,1,e,n,t,r,o,2),m("x","z","y",1,-1,e,n,-t,r,o,3),m("x","y","z",1,-1,e,t,n,r,s,4),m("x","y","z",-1,-1,e,t,-n,r,s,5),this.setIndex(c),this.setAttribute("position",new ln(l,3)),this.setAttribute("normal",new ln(u,3)),this.setAttribute("uv",new ln(h,2));function m(y,p,g,v,_,b,A,w,x,E,U){let N=b/x,R=A/E,L=b/2,k=A/2,I=w/2,W=x+1,q=E+1,z=0,ne=0,K=new X;for(let ee=0;ee<q;ee++){let ie=ee*R-k;for(let Me=0;Me<W;Me++){let Le=Me*N-L;K[y]=Le*v,K[p]=ie*_,K[g]=I,l.push(K.x,K.y,K.z),K[y]=0,K[p]=0,K[g]=w>0?1:-1,u.push(K.x,K.y,K.z),h.push(Me/x),h.push(1-ee/E),z+=1}}for(let ee=0;ee<E;ee++)for(let ie=0;ie<x;ie++){let Me=d+ie+W*ee,Le=d+ie+W*(ee+1),F=d+(ie+1)+W*(ee+1),Y=d+(ie+1)+W*ee;c.push(Me,Le,Y),c.push(Le,F,Y),ne+=6}a.addGroup(f,ne,U),f+=ne,d+=z}}copy(e){return super.copy(e),this.parameters=Object.assign({},e.parameters),this}static fromJSON(e){return new i(e.width,e.height,e.depth,e.widthSegments,e.heightSegments,e.depthSegments)}};var ds=class i extends jt{constructor(e=1,t=1,n=1,r=1){super(),this.type="PlaneGeometry",this.parameters={width:e,height:t,widthSegments:n,heightSegments:r};let s=e/2,o=t/2,a=Math.floor(n),c=Math.floor(r),l=a+1,u=c+1,h=e/a,d=t/c,f=[],m=[],y=[],p=[];for(let g=0;g<u;g++){let v=g*d-o;for(let _=0;_<l;_++){let b=_*h-s;m.push(b,-v,0),y.push(0,0,1),p.push(_/a),p.push(1-g/c)}}for(let g=0;g<c;g++)for(let v=0;v<a;v++){let _=v+l*g,b=v+l*(g+1),A=v+1+l*(g+1),w=v+1+l*g;f.push(_,b,w),f.push(b,A,w)}this.setIndex(f),this.setAttribute("position",new ln(m,3)),this.setAttribute("normal",new ln(y,3)),this.setAttribute("uv",new ln(p,2))}copy(e){return super.copy(e),this.parameters=Object.assign({},e.parameters),this}static fromJSON(e){return new i(e.width,e.height,e.widthSegments,e.heightSegments)}};function ki(i){let e={};for(let t in i){e[t]={};for(let n in i[t]){let r=i[t][n];if(Gd(r))r.isRenderTargetTexture?(Ie("UniformsUtils: Textures of render targets cannot be cloned via cloneUniforms() or mergeUniforms()."),e[t][n]=null):e[t][n]=r.clone();else if(Array.isArray(r))if(Gd(r[0])){let s=[];for(let o=0,a=r.length;o<a;o++)s[o]=r[o].clone();e[t][n]=s}else e[t][n]=r.slice();else e[t][n]=r}}return e}function Ot(i){let e={};for(let t=0;t<i.length;t++){let n=ki(i[t]);for(let r in n)e[r]=n[r]}return e}function Gd(i){return i&&(i.isColor||i.isMatrix3||i.isMatrix4||i.isVector2||i.isVector3||i.isVector4||i.isTexture||i.isQuaternion)}function t0(i){let e=[];for(let t=0;t<i.length;t++)e.push(i[t].clone());return e}function Qc(i){let e=i.getRenderTarget();return e===null?i.outputColorSpace:e.isXRRenderTarget===!0?e.texture.colorSpace:$e.workingColorSpace}var Lf={clone:ki,merge:Ot},n0=`void main() {
	gl_Position = projectionMatrix * modelViewMatrix * vec4( position, 1.0 );
}`,i0=`void main() {
	gl_FragColor = vec4( 1.0, 0.0, 0.0, 1.0 );
}`,cn=class extends fi{constructor(e){super(),this.isShaderMaterial=!0,this.type="ShaderMaterial",this.defines={},this.uniforms={},this.uniformsGroups=[],this.vertexShader=n0,this.fragmentShader=i0,this.linewidth=1,this.wireframe=!1,this.wireframeLinewidth=1,this.fog=!1,this.lights=!1,this.clipping=!1,this.forceSinglePass=!0,this.extensions={clipCullDistance:!1,multiDraw:!1},this.defaultAttributeValues={color:[1,1,1],uv:[0,0],uv1:[0,0]},this.index0AttributeName=void 0,this.uniformsNeedUpdate=!1,this.glslVersion=null,e!==void 0&&this.setValues(e)}copy(e){return super.copy(e),this.fragmentShader=e.fragmentShader,this.vertexShader=e.vertexShader,this.uniforms=ki(e.uniforms),this.uniformsGroups=t0(e.uniformsGroups),this.defines=Object.assign({},e.defines),this.wireframe=e.wireframe,this.wireframeLinewidth=e.wireframeLinewidth,this.fog=e.fog,this.lights=e.lights,this.clipping=e.clipping,this.extensions=Object.assign({},e.extensions),this.glslVersion=e.glslVersion,this.defaultAttributeValues=Object.assign({},e.defaultAttributeValues),this.index0AttributeName=e.index0AttributeName,this.uniformsNeedUpdate=e.uniformsNeedUpdate,this}toJSON(e){let t=super.toJSON(e);t.glslVersion=this.glslVersion,t.uniforms={};for(let r in this.uniforms){let o=this.uniforms[r].value;o&&o.isTexture?t.uniforms[r]={type:"t",value:o.toJSON(e).uuid}:o&&o.isColor?t.uniforms[r]={type:"c",value:o.getHex()}:o&&o.isVector2?t.uniforms[r]={type:"v2",value:o.toArray()}:o&&o.isVector3?t.uniforms[r]={type:"v3",value:o.toArray()}:o&&o.isVector4?t.uniforms[r]={type:"v4",value:o.toArray()}:o&&o.isMatrix3?t.uniforms[r]={type:"m3",value:o.toArray()}:o&&o.isMatrix4?t.uniforms[r]={type:"m4",value:o.toArray()}:t.uniforms[r]={value:o}}Object.keys(this.defines).length>0&&(t.defines=this.defines),t.vertexShader=this.vertexShader,t.fragmentShader=this.fragmentShader,t.lights=this.lights,t.clipping=this.clipping;let n={};for(let r in this.extensions)this.extensions[r]===!0&&(n[r]=!0);return Object.keys(n).length>0&&(t.extensions=n),t}fromJSON(e,t){if(super.fromJSON(e,t),e.uniforms!==void 0)for(let n in e.uniforms){let r=e.uniforms[n];switch(this.uniforms[n]={},r.type){case"t":this.uniforms[n].value=t[r.value]||null;break;case"c":this.uniforms[n].value=new He().setHex(r.value);break;case"v2":this.uniforms[n].value=new Ke().fromArray(r.value);break;case"v3":this.uniforms[n].value=new X().fromArray(r.value);break;case"v4":this.uniforms[n].value=new dt().fromArray(r.value);break;case"m3":this.uniforms[n].value=new De().fromArray(r.value);break;case"m4":this.uniforms[n].value=new ot().fromArray(r.value);break;default:this.uniforms[n].value=r.value}}if(e.defines!==void 0&&(this.defines=e.defines),e.vertexShader!==void 0&&(this.vertexShader=e.vertexShader),e.fragmentShader!==void 0&&(this.fragmentShader=e.fragmentShader),e.glslVersion!==void 0&&(this.glslVersion=e.glslVersion),e.extensions!==void 0)for(let n in e.extensions)this.extensions[n]=e.extensions[n];return e.lights!==void 0&&(this.lights=e.lights),e.clipping!==void 0&&(this.clipping=e.clipping),this}},Yo=class extends cn{constructor(e){super(e),this.isRawShaderMaterial=!0,this.type="RawShaderMaterial"}};var Ko=class extends fi{constructor(e){super(),this.isMeshDepthMaterial=!0,this.type="MeshDepthMaterial",this.depthPacking=yf,this.map=null,this.alphaMap=null,this.displacementMap=null,this.displacementScale=1,this.displacementBias=0,this.wireframe=!1,this.wireframeLinewidth=1,this.setValues(e)}copy(e){return super.copy(e),this.depthPacking=e.depthPacking,this.map=e.map,this.alphaMap=e.alphaMap,this.displacementMap=e.displacementMap,this.displacementScale=e.displacementScale,this.displacementBias=e.displacementBias,this.wireframe=e.wireframe,this.wireframeLinewidth=e.wireframeLinewidth,this}},Jo=class extends fi{constructor(e){super(),this.isMeshDistanceMaterial=!0,this.type="MeshDistanceMaterial",this.map=null,this.alphaMap=null,this.displacementMap=null,this.displacementScale=1,this.displacementBias=0,this.setValues(e)}copy(e){return super.copy(e),this.map=e.map,this.alphaMap=e.alphaMap,this.displacementMap=e.displacementMap,this.displacementScale=e.displacementScale,this.displacementBias=e.displacementBias,this}};function ur(i,e){return!i||i.constructor===e?i:typeof e.BYTES_PER_ELEMENT=="number"?new e(i):Array.prototype.slice.call(i)}function Eo(i){return i!==void 0&&i.inTangents!==void 0&&i.outTangents!==void 0}var pi=class{constructor(e,t,n,r){this.parameterPositions=e,this._cachedIndex=0,this.resultBuffer=r!==void 0?r:new t.constructor(n),this.sampleValues=t,this.valueSize=n,this.settings=null,this.DefaultSettings_={}}evaluate(e){let t=this.parameterPositions,n=this._cachedIndex,r=t[n],s=t[n-1];n:{e:{let o;t:{i:if(!(e<r)){for(let a=n+2;;){if(r===void 0){if(e<s)break i;return n=t.length,this._cachedIndex=n,this.copySampleValue_(n-1)}if(n===a)break;if(s=r,r=t[++n],e<r)break e}o=t.length;break t}if(!(e>=s)){let a=t[1];e<a&&(n=2,s=a);for(let c=n-2;;){if(s===void 0)return this._cachedIndex=0,this.copySampleValue_(0);if(n===c)break;if(r=s,s=t[--n-1],e>=s)break e}o=n,n=0;break t}break n}for(;n<o;){let a=n+o>>>1;e<t[a]?o=a:n=a+1}if(r=t[n],s=t[n-1],s===void 0)return this._cachedIndex=0,this.copySampleValue_(0);if(r===void 0)return n=t.length,this._cachedIndex=n,this.copySampleValue_(n-1)}this._cachedIndex=n,this.intervalChanged_(n,s,r)}return this.interpolate_(n,s,e,r)}getSettings_(){return this.settings||this.DefaultSettings_}copySampleValue_(e){let t=this.resultBuffer,n=this.sampleValues,r=this.valueSize,s=e*r;for(let o=0;o!==r;++o)t[o]=n[s+o];return t}interpolate_(){throw new Error("THREE.Interpolant: Call to abstract method.")}intervalChanged_(){}},Zo=class extends pi{constructor(e,t,n,r){super(e,t,n,r),this._weightPrev=-0,this._offsetPrev=-0,this._weightNext=-0,this._offsetNext=-0,this.DefaultSettings_={endingStart:vc,endingEnd:vc}}intervalChanged_(e,t,n){let r=this.parameterPositions,s=e-2,o=e+1,a=r[s],c=r[o];if(a===void 0)switch(this.getSettings_().endingStart){case bc:s=e,a=2*t-n;break;case _c:s=r.length-2,a=t+r[s]-r[s+1];break;default:s=e,a=n}if(c===void 0)switch(this.getSettings_().endingEnd){case bc:o=e,c=2*n-t;break;case _c:o=1,c=n+r[1]-r[0];break;default:o=e-1,c=t}let l=(n-t)*.5,u=this.valueSize;this._weightPrev=l/(t-a),this._weightNext=l/(c-n),this._offsetPrev=s*u,this._offsetNext=o*u}interpolate_(e,t,n,r){let s=this.resultBuffer,o=this.sampleValues,a=this.valueSize,c=e*a,l=c-a,u=this._offsetPrev,h=this._offsetNext,d=this._weightPrev,f=this._weightNext,m=(n-t)/(r-t),y=m*m,p=y*m,g=-d*p+2*d*y-d*m,v=(1+d)*p+(-1.5-2*d)*y+(-.5+d)*m+1,_=(-1-f)*p+(1.5+f)*y+.5*m,b=f*p-f*y;for(let A=0;A!==a;++A)s[A]=g*o[u+A]+v*o[l+A]+_*o[c+A]+b*o[h+A];return s}},jo=class extends pi{constructor(e,t,n,r){super(e,t,n,r)}interpolate_(e,t,n,r){let s=this.resultBuffer,o=this.sampleValues,a=this.valueSize,c=e*a,l=c-a,u=(n-t)/(r-t),h=1-u;for(let d=0;d!==a;++d)s[d]=o[l+d]*h+o[c+d]*u;return s}},Qo=class extends pi{constructor(e,t,n,r){super(e,t,n,r)}interpolate_(e){return this.copySampleValue_(e-1)}},ea=class extends pi{interpolate_(e,t,n,r){let s=this.resultBuffer,o=this.sampleValues,a=this.valueSize,c=e*a,l=c-a,u=this.inTangents,h=this.outTangents;if(!u||!h){let m=(n-t)/(r-t),y=1-m;for(let p=0;p!==a;++p)s[p]=o[l+p]*y+o[c+p]*m;return s}let d=a*2,f=e-1;for(let m=0;m!==a;++m){let y=o[l+m],p=o[c+m],g=f*d+m*2,v=h[g],_=h[g+1],b=e*d+m*2,A=u[b],w=u[b+1],x=s0(n,t,v,A,r);s[m]=Nf(x,y,_,w,p)}return s}};function Nf(i,e,t,n,r){let s=1-i;return s*s*s*e+3*s*s*i*t+3*s*i*i*n+i*i*i*r}function r0(i,e,t,n,r){let s=1-i;return 3*s*s*(t-e)+6*s*i*(n-t)+3*i*i*(r-n)}function s0(i,e,t,n,r){let s=(i-e)/(r-e);for(let o=0;o<8;o++){let a=Nf(s,e,t,n,r)-i;if(Math.abs(a)<1e-10)break;let c=r0(s,e,t,n,r);if(Math.abs(c)<1e-10)break;s=Math.max(0,Math.min(1,s-a/c))}return s}var Qt=class{constructor(e,t,n,r){if(e===void 0)throw new Error("THREE.KeyframeTrack: track name is undefined");if(t===void 0||t.length===0)throw new Error("THREE.KeyframeTrack: no keyframes in track named "+e);this.name=e,this.times=ur(t,this.TimeBufferType),this.values=ur(n,this.ValueBufferType),this.setInterpolation(r||this.DefaultInterpolation)}static toJSON(e){let t=e.constructor,n;if(t.toJSON!==this.toJSON)n=t.toJSON(e);else{n={name:e.name,times:ur(e.times,Array),values:ur(e.values,Array)};let r=e.getInterpolation();r!==e.DefaultInterpolation&&(n.interpolation=r),Eo(e.settings)&&(n.settings={inTangents:ur(e.settings.inTangents,Array),outTangents:ur(e.settings.outTangents,Array)})}return n.type=e.ValueTypeName,n}InterpolantFactoryMethodDiscrete(e){return new Qo(this.times,this.values,this.getValueSize(),e)}InterpolantFactoryMethodLinear(e){return new jo(this.times,this.values,this.getValueSize(),e)}InterpolantFactoryMethodSmooth(e){return new Zo(this.times,this.values,this.getValueSize(),e)}InterpolantFactoryMethodBezier(e){let t=new ea(this.times,this.values,this.getValueSize(),e);return this.settings&&(t.inTangents=this.settings.inTangents,t.outTangents=this.settings.outTangents),t}setInterpolation(e){let t;switch(e){case jr:t=this.InterpolantFactoryMethodDiscrete;break;case zo:t=this.InterpolantFactoryMethodLinear;break;case Co:t=this.InterpolantFactoryMethodSmooth;break;case xc:t=this.InterpolantFactoryMethodBezier;break}if(t===void 0){let n="unsupported interpolation for "+this.ValueTypeName+" keyframe track named "+this.name;if(this.createInterpolant===void 0)if(e!==this.DefaultInterpolation)this.setInterpolation(this.DefaultInterpolation);else throw new Error(n);return Ie("KeyframeTrack:",n),this}return this.createInterpolant=t,this}getInterpolation(){switch(this.createInterpolant){case this.InterpolantFactoryMethodDiscrete:return jr;case this.InterpolantFactoryMethodLinear:return zo;case this.InterpolantFactoryMethodSmooth:return Co;case this.InterpolantFactoryMethodBezier:return xc}}getValueSize(){return this.values.length/this.times.length}shift(e){if(e!==0){let t=this.times;for(let n=0,r=t.length;n!==r;++n)t[n]+=e;Eo(this.settings)&&(Vd(this.settings.inTangents,e),Vd(this.settings.outTangents,e))}return this}scale(e){if(e!==1){let t=this.times;for(let n=0,r=t.length;n!==r;++n)t[n]*=e;Eo(this.settings)&&(Hd(this.settings.inTangents,e),Hd(this.settings.outTangents,e))}return this}trim(e,t){let n=this.times,r=n.length,s=0,o=r-1;for(;s!==r&&n[s]<e;)++s;for(;o!==-1&&n[o]>t;)--o;if(++o,s!==0||o!==r){s>=o&&(o=Math.max(o,1),s=o-1);let a=this.getValueSize();this.times=n.slice(s,o),this.values=this.values.slice(s*a,o*a)}return this}validate(){let e=!0,t=this.getValueSize();t-Math.floor(t)!==0&&(Ne("KeyframeTrack: Invalid value size in track.",this),e=!1);let n=this.times,r=this.values,s=n.length;s===0&&(Ne("KeyframeTrack: Track is empty.",this),e=!1);let o=null;for(let a=0;a!==s;a++){let c=n[a];if(typeof c=="number"&&isNaN(c)){Ne("KeyframeTrack: Time is not a valid number.",this,a,c),e=!1;break}if(o!==null&&o>c){Ne("KeyframeTrack: Out of order keys.",this,a,c,o),e=!1;break}o=c}if(r!==void 0&&Ng(r))for(let a=0,c=r.length;a!==c;++a){let l=r[a];if(isNaN(l)){Ne("KeyframeTrack: Value is not a valid number.",this,a,l),e=!1;break}}return e}optimize(){let e=this.times.slice(),t=this.values.slice(),n=this.getValueSize(),r=this.getInterpolation()===Co,s=e.length-1,o=1;for(let a=1;a<s;++a){let c=!1,l=e[a],u=e[a+1];if(l!==u&&(a!==1||l!==e[0]))if(r)c=!0;else{let h=a*n,d=h-n,f=h+n;for(let m=0;m!==n;++m){let y=t[h+m];if(y!==t[d+m]||y!==t[f+m]){c=!0;break}}}if(c){if(a!==o){e[o]=e[a];let h=a*n,d=o*n;for(let f=0;f!==n;++f)t[d+f]=t[h+f]}++o}}if(s>0){e[o]=e[s];for(let a=s*n,c=o*n,l=0;l!==n;++l)t[c+l]=t[a+l];++o}return o!==e.length?(this.times=e.slice(0,o),this.values=t.slice(0,o*n)):(this.times=e,this.values=t),this}clone(){let e=this.times.slice(),t=this.values.slice(),n=this.constructor,r=new n(this.name,e,t);return r.createInterpolant=this.createInterpolant,Eo(this.settings)&&(r.settings={inTangents:this.settings.inTangents.slice(),outTangents:this.settings.outTangents.slice()}),r}};function Vd(i,e){for(let t=0,n=i.length;t!==n;t+=2)i[t]+=e}function Hd(i,e){for(let t=0,n=i.length;t!==n;t+=2)i[t]*=e}Qt.prototype.ValueTypeName="";Qt.prototype.TimeBufferType=Float32Array;Qt.prototype.ValueBufferType=Float32Array;Qt.prototype.DefaultInterpolation=zo;var mi=class extends Qt{constructor(e,t,n){super(e,t,n)}};mi.prototype.ValueTypeName="bool";mi.prototype.ValueBufferType=Array;mi.prototype.DefaultInterpolation=jr;mi.prototype.InterpolantFactoryMethodLinear=void 0;mi.prototype.InterpolantFactoryMethodSmooth=void 0;var ta=class extends Qt{constructor(e,t,n,r){super(e,t,n,r)}};ta.prototype.ValueTypeName="color";var na=class extends Qt{constructor(e,t,n,r){super(e,t,n,r)}};na.prototype.ValueTypeName="number";var ia=class extends pi{constructor(e,t,n,r){super(e,t,n,r)}interpolate_(e,t,n,r){let s=this.resultBuffer,o=this.sampleValues,a=this.valueSize,c=(n-t)/(r-t),l=e*a;for(let u=l+a;l!==u;l+=4)Tn.slerpFlat(s,0,o,l-a,o,l,c);return s}},fs=class extends Qt{constructor(e,t,n,r){super(e,t,n,r)}InterpolantFactoryMethodLinear(e){return new ia(this.times,this.values,this.getValueSize(),e)}};fs.prototype.ValueTypeName="quaternion";fs.prototype.InterpolantFactoryMethodSmooth=void 0;var gi=class extends Qt{constructor(e,t,n){super(e,t,n)}};gi.prototype.ValueTypeName="string";gi.prototype.ValueBufferType=Array;gi.prototype.DefaultInterpolation=jr;gi.prototype.InterpolantFactoryMethodLinear=void 0;gi.prototype.InterpolantFactoryMethodSmooth=void 0;var ra=class extends Qt{constructor(e,t,n,r){super(e,t,n,r)}};ra.prototype.ValueTypeName="vector";var sa=class{constructor(e,t,n){let r=this,s=!1,o=0,a=0,c,l=[];this.onStart=void 0,this.onLoad=e,this.onProgress=t,this.onError=n,this._abortController=null,this.itemStart=function(u){a++,s===!1&&r.onStart!==void 0&&r.onStart(u,o,a),s=!0},this.itemEnd=function(u){o++,r.onProgress!==void 0&&r.onProgress(u,o,a),o===a&&(s=!1,r.onLoad!==void 0&&r.onLoad())},this.itemError=function(u){r.onError!==void 0&&r.onError(u)},this.resolveURL=function(u){return u=u.normalize("NFC"),c?c(u):u},this.setURLModifier=function(u){return c=u,this},this.addHandler=function(u,h){return l.push(u,h),this},this.removeHandler=function(u){let h=l.indexOf(u);return h!==-1&&l.splice(h,2),this},this.getHandler=function(u){for(let h=0,d=l.length;h<d;h+=2){let f=l[h],m=l[h+1];if(f.global&&(f.lastIndex=0),f.test(u))return m}return null},this.abort=function(){return this.abortController.abort(),this._abortController=null,this}}get abortController(){return this._abortController||(this._abortController=new AbortController),this._abortController}},Df=new sa,oa=class{constructor(e){this.manager=e!==void 0?e:Df,this.crossOrigin="anonymous",this.withCredentials=!1,this.path="",this.resourcePath="",this.requestHeader={},this.priority="auto",this.cache="default",typeof __THREE_DEVTOOLS__<"u"&&__THREE_DEVTOOLS__.dispatchEvent(new CustomEvent("observe",{detail:this}))}load(){}loadAsync(e,t){let n=this;return new Promise(function(r,s){n.load(e,r,t,s)})}parse(){}setCrossOrigin(e){return this.crossOrigin=e,this}setWithCredentials(e){return this.withCredentials=e,this}setPath(e){return this.path=e,this}setResourcePath(e){return this.resourcePath=e,this}setRequestHeader(e){return this.requestHeader=e,this}setPriority(e){return this.priority=e,this}setCache(e){return this.cache=e,this}abort(){return this}};oa.DEFAULT_MATERIAL_NAME="__DEFAULT";var To=new X,Ro=new Tn,wn=new X,ps=class extends Zt{constructor(){super(),this.isCamera=!0,this.type="Camera",this.matrixWorldInverse=new ot,this.projectionMatrix=new ot,this.projectionMatrixInverse=new ot,this.coordinateSystem=an,this._reversedDepth=!1}get reversedDepth(){return this._reversedDepth}copy(e,t){return super.copy(e,t),this.matrixWorldInverse.copy(e.matrixWorldInverse),this.projectionMatrix.copy(e.projectionMatrix),this.projectionMatrixInverse.copy(e.projectionMatrixInverse),this.coordinateSystem=e.coordinateSystem,this}getWorldDirection(e){return super.getWorldDirection(e).negate()}updateMatrixWorld(e){super.updateMatrixWorld(e),this.matrixWorld.decompose(To,Ro,wn),wn.x===1&&wn.y===1&&wn.z===1?this.matrixWorldInverse.copy(this.matrixWorld).invert():this.matrixWorldInverse.compose(To,Ro,wn.set(1,1,1)).invert()}updateWorldMatrix(e,t,n=!1){super.updateWorldMatrix(e,t,n),this.matrixWorld.decompose(To,Ro,wn),wn.x===1&&wn.y===1&&wn.z===1?this.matrixWorldInverse.copy(this.matrixWorld).invert():this.matrixWorldInverse.compose(To,Ro,wn.set(1,1,1)).invert()}clone(){return new this.constructor().copy(this)}},ci=new X,Wd=new Ke,Xd=new Ke,kt=class extends ps{constructor(e=50,t=1,n=.1,r=2e3){super(),this.isPerspectiveCamera=!0,this.type="PerspectiveCamera",this.fov=e,this.zoom=1,this.near=n,this.far=r,this.focus=10,this.aspect=t,this.view=null,this.filmGauge=35,this.filmOffset=0,this.updateProjectionMatrix()}copy(e,t){return super.copy(e,t),this.fov=e.fov,this.zoom=e.zoom,this.near=e.near,this.far=e.far,this.focus=e.focus,this.aspect=e.aspect,this.view=e.view===null?null:Object.assign({},e.view),this.filmGauge=e.filmGauge,this.filmOffset=e.filmOffset,this}setFocalLength(e){let t=.5*this.getFilmHeight()/e;this.fov=Go*2*Math.atan(t),this.updateProjectionMatrix()}getFocalLength(){let e=Math.tan(Zl*.5*this.fov);return .5*this.getFilmHeight()/e}getEffectiveFOV(){return Go*2*Math.atan(Math.tan(Zl*.5*this.fov)/this.zoom)}getFilmWidth(){return this.filmGauge*Math.min(this.aspect,1)}getFilmHeight(){return this.filmGauge/Math.max(this.aspect,1)}getViewBounds(e,t,n){ci.set(-1,-1,.5).applyMatrix4(this.projectionMatrixInverse),t.set(ci.x,ci.y).multiplyScalar(-e/ci.z),ci.set(1,1,.5).applyMatrix4(this.projectionMatrixInverse),n.set(ci.x,ci.y).multiplyScalar(-e/ci.z)}getViewSize(e,t){return this.getViewBounds(e,Wd,Xd),t.subVectors(Xd,Wd)}setViewOffset(e,t,n,r,s,o){this.aspect=e/t,this.view===null&&(this.view={enabled:!0,fullWidth:1,fullHeight:1,offsetX:0,offsetY:0,width:1,height:1}),this.view.enabled=!0,this.view.fullWidth=e,this.view.fullHeight=t,this.view.offsetX=n,this.view.offsetY=r,this.view.width=s,this.view.height=o,this.updateProjectionMatrix()}clearViewOffset(){this.view!==null&&(this.view.enabled=!1),this.updateProjectionMatrix()}updateProjectionMatrix(){let e=this.near,t=e*Math.tan(Zl*.5*this.fov)/this.zoom,n=2*t,r=this.aspect*n,s=-.5*r,o=this.view;if(this.view!==null&&this.view.enabled){let c=o.fullWidth,l=o.fullHeight;s+=o.offsetX*r/c,t-=o.offsetY*n/l,r*=o.width/c,n*=o.height/l}let a=this.filmOffset;a!==0&&(s+=e*a/this.getFilmWidth()),this.projectionMatrix.makePerspective(s,s+r,t,t-n,e,this.far,this.coordinateSystem,this.reversedDepth),this.projectionMatrixInverse.copy(this.projectionMatrix).invert()}toJSON(e){let t=super.toJSON(e);return t.object.fov=this.fov,t.object.zoom=this.zoom,t.object.near=this.near,t.object.far=this.far,t.object.focus=this.focus,t.object.aspect=this.aspect,this.view!==null&&(t.object.view=Object.assign({},this.view)),t.object.filmGauge=this.filmGauge,t.object.filmOffset=this.filmOffset,t}};var _r=class extends ps{constructor(e=-1,t=1,n=1,r=-1,s=.1,o=2e3){super(),this.isOrthographicCamera=!0,this.type="OrthographicCamera",this.zoom=1,this.view=null,this.left=e,this.right=t,this.top=n,this.bottom=r,this.near=s,this.far=o,this.updateProjectionMatrix()}copy(e,t){return super.copy(e,t),this.left=e.left,this.right=e.right,this.top=e.top,this.bottom=e.bottom,this.near=e.near,this.far=e.far,this.zoom=e.zoom,this.view=e.view===null?null:Object.assign({},e.view),this}setViewOffset(e,t,n,r,s,o){this.view===null&&(this.view={enabled:!0,fullWidth:1,fullHeight:1,offsetX:0,offsetY:0,width:1,height:1}),this.view.enabled=!0,this.view.fullWidth=e,this.view.fullHeight=t,this.view.offsetX=n,this.view.offsetY=r,this.view.width=s,this.view.height=o,this.updateProjectionMatrix()}clearViewOffset(){this.view!==null&&(this.view.enabled=!1),this.updateProjectionMatrix()}updateProjectionMatrix(){let e=(this.right-this.left)/(2*this.zoom),t=(this.top-this.bottom)/(2*this.zoom),n=(this.right+this.left)/2,r=(this.top+this.bottom)/2,s=n-e,o=n+e,a=r+t,c=r-t;if(this.view!==null&&this.view.enabled){let l=(this.right-this.left)/this.view.fullWidth/this.zoom,u=(this.top-this.bottom)/this.view.fullHeight/this.zoom;s+=l*this.view.offsetX,o=s+l*this.view.width,a-=u*this.view.offsetY,c=a-u*this.view.height}this.projectionMatrix.makeOrthographic(s,o,a,c,this.near,this.far,this.coordinateSystem,this.reversedDepth),this.projectionMatrixInverse.copy(this.projectionMatrix).invert()}toJSON(e){let t=super.toJSON(e);return t.object.zoom=this.zoom,t.object.left=this.left,t.object.right=this.right,t.object.top=this.top,t.object.bottom=this.bottom,t.object.near=this.near,t.object.far=this.far,this.view!==null&&(t.object.view=Object.assign({},this.view)),t}};var hr=-90,dr=1,Sr=class extends Zt{constructor(e,t,n){super(),this.type="CubeCamera",this.renderTarget=n,this.coordinateSystem=null,this.activeMipmapLevel=0;let r=new kt(hr,dr,e,t);r.layers=this.layers,this.add(r);let s=new kt(hr,dr,e,t);s.layers=this.layers,this.add(s);let o=new kt(hr,dr,e,t);o.layers=this.layers,this.add(o);let a=new kt(hr,dr,e,t);a.layers=this.layers,this.add(a);let c=new kt(hr,dr,e,t);c.layers=this.layers,this.add(c);let l=new kt(hr,dr,e,t);l.layers=this.layers,this.add(l)}updateCoordinateSystem(){let e=this.coordinateSystem,t=this.children.concat(),[n,r,s,o,a,c]=t;for(let l of t)this.remove(l);if(e===an)n.up.set(0,1,0),n.lookAt(1,0,0),r.up.set(0,1,0),r.lookAt(-1,0,0),s.up.set(0,0,-1),s.lookAt(0,1,0),o.up.set(0,0,1),o.lookAt(0,-1,0),a.up.set(0,1,0),a.lookAt(0,0,1),c.up.set(0,1,0),c.lookAt(0,0,-1);else if(e===ts)n.up.set(0,-1,0),n.lookAt(-1,0,0),r.up.set(0,-1,0),r.lookAt(1,0,0),s.up.set(0,0,1),s.lookAt(0,1,0),o.up.set(0,0,-1),o.lookAt(0,-1,0),a.up.set(0,-1,0),a.lookAt(0,0,1),c.up.set(0,-1,0),c.lookAt(0,0,-1);else throw new Error("THREE.CubeCamera.updateCoordinateSystem(): Invalid coordinate system: "+e);for(let l of t)this.add(l),l.updateMatrixWorld()}update(e,t){this.parent===null&&this.updateMatrixWorld();let{renderTarget:n,activeMipmapLevel:r}=this;this.coordinateSystem!==e.coordinateSystem&&(this.coordinateSystem=e.coordinateSystem,this.updateCoordinateSystem());let[s,o,a,c,l,u]=this.children,h=e.getRenderTarget(),d=e.getActiveCubeFace(),f=e.getActiveMipmapLevel(),m=e.xr.enabled;e.xr.enabled=!1;let y=n.texture.mipmapsAutoUpdate;n.texture.mipmapsAutoUpdate=!1;let p=!1;e.isWebGLRenderer===!0?p=e.state.buffers.depth.getReversed():p=e.reversedDepthBuffer,e.setRenderTarget(n,0,r),p&&e.autoClear===!1&&e.clearDepth(),e.render(t,s),e.setRenderTarget(n,1,r),p&&e.autoClear===!1&&e.clearDepth(),e.render(t,o),e.setRenderTarget(n,2,r),p&&e.autoClear===!1&&e.clearDepth(),e.render(t,a),e.setRenderTarget(n,3,r),p&&e.autoClear===!1&&e.clearDepth(),e.render(t,c),e.setRenderTarget(n,4,r),p&&e.autoClear===!1&&e.clearDepth(),e.render(t,l),n.texture.mipmapsAutoUpdate=y,e.setRenderTarget(n,5,r),p&&e.autoClear===!1&&e.clearDepth(),e.render(t,u),e.setRenderTarget(h,d,f),e.xr.enabled=m,n.texture.needsPMREMUpdate=!0}},aa=class extends kt{constructor(e=[]){super(),this.isArrayCamera=!0,this.isMultiViewCamera=!1,this.cameras=e,this.perCameraFrustumCulled=!1}};var eu="\\[\\]\\.:\\/",o0=new RegExp("["+eu+"]","g"),tu="[^"+eu+"]",a0="[^"+eu.replace("\\.","")+"]",l0=/((?:WC+[\/:])*)/.source.replace("WC",tu),c0=/(WCOD+)?/.source.replace("WCOD",a0),u0=/(?:\.(WC+)(?:\[(.+)\])?)?/.source.replace("WC",tu),h0=/\.(WC+)(?:\[(.+)\])?/.source.replace("WC",tu),d0=new RegExp("^"+l0+c0+u0+h0+"$"),f0=["material","materials","bones","map"],Mc=class{constructor(e,t,n){let r=n||st.parseTrackName(t);this._targetGroup=e,this._bindings=e.subscribe_(t,r)}getValue(e,t){this.bind();let n=this._targetGroup.nCachedObjects_,r=this._bindings[n];r!==void 0&&r.getValue(e,t)}setValue(e,t){let n=this._bindings;for(let r=this._targetGroup.nCachedObjects_,s=n.length;r!==s;++r)n[r].setValue(e,t)}bind(){let e=this._bindings;for(let t=this._targetGroup.nCachedObjects_,n=e.length;t!==n;++t)e[t].bind()}unbind(){let e=this._bindings;for(let t=this._targetGroup.nCachedObjects_,n=e.length;t!==n;++t)e[t].unbind()}},st=class i{constructor(e,t,n){this.path=t,this.parsedPath=n||i.parseTrackName(t),this.node=i.findNode(e,this.parsedPath.nodeName),this.rootNode=e,this.getValue=this._getValue_unbound,this.setValue=this._setValue_unbound}static create(e,t,n){return e&&e.isAnimationObjectGroup?new i.Composite(e,t,n):new i(e,t,n)}static sanitizeNodeName(e){return e.replace(/\s/g,"_").replace(o0,"")}static parseTrackName(e){let t=d0.exec(e);if(t===null)throw new Error("THREE.PropertyBinding: Cannot parse trackName: "+e);let n={nodeName:t[2],objectName:t[3],objectIndex:t[4],propertyName:t[5],propertyIndex:t[6]},r=n.nodeName&&n.nodeName.lastIndexOf(".");if(r!==void 0&&r!==-1){let s=n.nodeName.substring(r+1);f0.indexOf(s)!==-1&&(n.nodeName=n.nodeName.substring(0,r),n.objectName=s)}if(n.propertyName===null||n.propertyName.length===0)throw new Error("THREE.PropertyBinding: can not parse propertyName from trackName: "+e);return n}static findNode(e,t){if(t===void 0||t===""||t==="."||t===-1||t===e.name||t===e.uuid)return e;if(e.skeleton){let n=e.skeleton.getBoneByName(t);if(n!==void 0)return n}if(e.children){let n=function(s){for(let o=0;o<s.length;o++){let a=s[o];if(a.name===t||a.uuid===t)return a;let c=n(a.children);if(c)return c}return null},r=n(e.children);if(r)return r}return null}_getValue_unavailable(){}_setValue_unavailable(){}_getValue_direct(e,t){e[t]=this.targetObject[this.propertyName]}_getValue_array(e,t){let n=this.resolvedProperty;for(let r=0,s=n.length;r!==s;++r)e[t++]=n[r]}_getValue_arrayElement(e,t){e[t]=this.resolvedProperty[this.propertyIndex]}_getValue_toArray(e,t){this.resolvedProperty.toArray(e,t)}_setValue_direct(e,t){this.targetObject[this.propertyName]=e[t]}_setValue_direct_setNeedsUpdate(e,t){this.targetObject[this.propertyName]=e[t],this.targetObject.needsUpdate=!0}_setValue_direct_setMatrixWorldNeedsUpdate(e,t){this.targetObject[this.propertyName]=e[t],this.targetObject.matrixWorldNeedsUpdate=!0}_setValue_array(e,t){let n=this.resolvedProperty;for(let r=0,s=n.length;r!==s;++r)n[r]=e[t++]}_setValue_array_setNeedsUpdate(e,t){let n=this.resolvedProperty;for(let r=0,s=n.length;r!==s;++r)n[r]=e[t++];this.targetObject.needsUpdate=!0}_setValue_array_setMatrixWorldNeedsUpdate(e,t){let n=this.resolvedProperty;for(let r=0,s=n.length;r!==s;++r)n[r]=e[t++];this.targetObject.matrixWorldNeedsUpdate=!0}_setValue_arrayElement(e,t){this.resolvedProperty[this.propertyIndex]=e[t]}_setValue_arrayElement_setNeedsUpdate(e,t){this.resolvedProperty[this.propertyIndex]=e[t],this.targetObject.needsUpdate=!0}_setValue_arrayElement_setMatrixWorldNeedsUpdate(e,t){this.resolvedProperty[this.propertyIndex]=e[t],this.targetObject.matrixWorldNeedsUpdate=!0}_setValue_fromArray(e,t){this.resolvedProperty.fromArray(e,t)}_setValue_fromArray_setNeedsUpdate(e,t){this.resolvedProperty.fromArray(e,t),this.targetObject.needsUpdate=!0}_setValue_fromArray_setMatrixWorldNeedsUpdate(e,t){this.resolvedProperty.fromArray(e,t),this.targetObject.matrixWorldNeedsUpdate=!0}_getValue_unbound(e,t){this.bind(),this.getValue(e,t)}_setValue_unbound(e,t){this.bind(),this.setValue(e,t)}bind(){let e=this.node,t=this.parsedPath,n=t.objectName,r=t.propertyName,s=t.propertyIndex;if(e||(e=i.findNode(this.rootNode,t.nodeName),this.node=e),this.getValue=this._getValue_unavailable,this.setValue=this._setValue_unavailable,!e){Ie("PropertyBinding: No target node found for track: "+this.path+".");return}if(n){let l=t.objectIndex;switch(n){case"materials":if(!e.material){Ne("PropertyBinding: Can not bind to material as node does not have a material.",this);return}if(!e.material.materials){Ne("PropertyBinding: Can not bind to material.materials as node.material does not have a materials array.",this);return}e=e.material.materials;break;case"bones":if(!e.skeleton){Ne("PropertyBinding: Can not bind to bones as node does not have a skeleton.",this);return}e=e.skeleton.bones;for(let u=0;u<e.length;u++)if(e[u].name===l){l=u;break}break;case"map":if("map"in e){e=e.map;break}if(!e.material){Ne("PropertyBinding: Can not bind to material as node does not have a material.",this);return}if(!e.material.map){Ne("PropertyBinding: Can not bind to material.map as node.material does not have a map.",this);return}e=e.material.map;break;default:if(e[n]===void 0){Ne("PropertyBinding: Can not bind to objectName of node undefined.",this);return}e=e[n]}if(l!==void 0){if(e[l]===void 0){Ne("PropertyBinding: Trying to bind to objectIndex of objectName, but is undefined.",this,e);return}e=e[l]}}let o=e[r];if(o===void 0){let l=t.nodeName;Ne("PropertyBinding: Trying to update property for track: "+l+"."+r+" but it wasn't found.",e);return}let a=this.Versioning.None;this.targetObject=e,e.isMaterial===!0?a=this.Versioning.NeedsUpdate:e.isObject3D===!0&&(a=this.Versioning.MatrixWorldNeedsUpdate);let c=this.BindingType.Direct;if(s!==void 0){if(r==="morphTargetInfluences"){if(!e.geometry){Ne("PropertyBinding: Can not bind to morphTargetInfluences because node does not have a geometry.",this);return}if(!e.geometry.morphAttributes){Ne("PropertyBinding: Can not bind to morphTargetInfluences because node does not have a geometry.morphAttributes.",this);return}e.morphTargetDictionary[s]!==void 0&&(s=e.morphTargetDictionary[s])}c=this.BindingType.ArrayElement,this.resolvedProperty=o,this.propertyIndex=s}else o.fromArray!==void 0&&o.toArray!==void 0?(c=this.BindingType.HasFromToArray,this.resolvedProperty=o):Array.isArray(o)?(c=this.BindingType.EntireArray,this.resolvedProperty=o):this.propertyName=r;this.getValue=this.GetterByBindingType[c],this.setValue=this.SetterByBindingTypeAndVersioning[c][a]}unbind(){this.node=null,this.getValue=this._getValue_unbound,this.setValue=this._setValue_unbound}};st.Composite=Mc;st.prototype.BindingType={Direct:0,EntireArray:1,ArrayElement:2,HasFromToArray:3};st.prototype.Versioning={None:0,NeedsUpdate:1,MatrixWorldNeedsUpdate:2};st.prototype.GetterByBindingType=[st.prototype._getValue_direct,st.prototype._getValue_array,st.prototype._getValue_arrayElement,st.prototype._getValue_toArray];st.prototype.SetterByBindingTypeAndVersioning=[[st.prototype._setValue_direct,st.prototype._setValue_direct_setNeedsUpdate,st.prototype._setValue_direct_setMatrixWorldNeedsUpdate],[st.prototype._setValue_array,st.prototype._setValue_array_setNeedsUpdate,st.prototype._setValue_array_setMatrixWorldNeedsUpdate],[st.prototype._setValue_arrayElement,st.prototype._setValue_arrayElement_setNeedsUpdate,st.prototype._setValue_arrayElement_setMatrixWorldNeedsUpdate],[st.prototype._setValue_fromArray,st.prototype._setValue_fromArray_setNeedsUpdate,st.prototype._setValue_fromArray_setMatrixWorldNeedsUpdate]];var LA=new Float32Array(1);var au=class au{constructor(e,t,n,r){this.elements=[1,0,0,1],e!==void 0&&this.set(e,t,n,r)}identity(){return this.set(1,0,0,1),this}fromArray(e,t=0){for(let n=0;n<4;n++)this.elements[n]=e[n+t];return this}set(e,t,n,r){let s=this.elements;return s[0]=e,s[2]=t,s[1]=n,s[3]=r,this}};au.prototype.isMatrix2=!0;var wc=au;function nu(i,e,t,n){let r=p0(n);switch(t){case Wc:return i*e;case qc:return i*e/r.components*r.byteLength;case ma:return i*e/r.components*r.byteLength;case xi:return i*e*2/r.components*r.byteLength;case ga:return i*e*2/r.components*r.byteLength;case Xc:return i*e*3/r.components*r.byteLength;case vn:return i*e*4/r.components*r.byteLength;case ya:return i*e*4/r.components*r.byteLength;case ys:case xs:return Math.floor((i+3)/4)*Math.floor((e+3)/4)*8;case vs:case bs:return Math.floor((i+3)/4)*Math.floor((e+3)/4)*16;case va:case _a:return Math.max(i,16)*Math.max(e,8)/4;case xa:case ba:return Math.max(i,8)*Math.max(e,8)/2;case Sa:case Ma:case Aa:case Ea:return Math.floor((i+3)/4)*Math.floor((e+3)/4)*8;case wa:case _s:case Ta:return Math.floor((i+3)/4)*Math.floor((e+3)/4)*16;case Ra:return Math.floor((i+3)/4)*Math.floor((e+3)/4)*16;case Ca:return Math.floor((i+4)/5)*Math.floor((e+3)/4)*16;case Pa:return Math.floor((i+4)/5)*Math.floor((e+4)/5)*16;case Ia:return Math.floor((i+5)/6)*Math.floor((e+4)/5)*16;case La:return Math.floor((i+5)/6)*Math.floor((e+5)/6)*16;case Na:return Math.floor((i+7)/8)*Math.floor((e+4)/5)*16;case Da:return Math.floor((i+7)/8)*Math.floor((e+5)/6)*16;case Fa:return Math.floor((i+7)/8)*Math.floor((e+7)/8)*16;case Ua:return Math.floor((i+9)/10)*Math.floor((e+4)/5)*16;case Oa:return Math.floor((i+9)/10)*Math.floor((e+5)/6)*16;case Ba:return Math.floor((i+9)/10)*Math.floor((e+7)/8)*16;case ka:return Math.floor((i+9)/10)*Math.floor((e+9)/10)*16;case za:return Math.floor((i+11)/12)*Math.floor((e+9)/10)*16;case Ga:return Math.floor((i+11)/12)*Math.floor((e+11)/12)*16;case Va:case Ha:case Wa:return Math.ceil(i/4)*Math.ceil(e/4)*16;case Xa:case qa:return Math.ceil(i/4)*Math.ceil(e/4)*8;case Ss:case $a:return Math.ceil(i/4)*Math.ceil(e/4)*16}throw new Error(`Unable to determine texture byte length for ${t} format.`)}function p0(i){switch(i){case en:case zc:return{byteLength:1,components:1};case Er:case Gc:case xn:return{byteLength:2,components:1};case fa:case pa:return{byteLength:2,components:4};case gn:case da:case yn:return{byteLength:4,components:1};case Vc:case Hc:return{byteLength:4,components:3}}throw new Error(`THREE.TextureUtils: Unknown texture type ${i}.`)}typeof __THREE_DEVTOOLS__<"u"&&__THREE_DEVTOOLS__.dispatchEvent(new CustomEvent("register",{detail:{revision:"187"}}));typeof window<"u"&&(window.__THREE__?Ie("WARNING: Multiple instances of Three.js being imported."):window.__THREE__="187");function np(){let i=null,e=!1,t=null,n=null;function r(s,o){n=i.requestAnimationFrame(r),t(s,o)}return{start:function(){e!==!0&&t!==null&&i!==null&&(n=i.requestAnimationFrame(r),e=!0)},stop:function(){i!==null&&i.cancelAnimationFrame(n),e=!1},setAnimationLoop:function(s){t=s},setContext:function(s){i=s}}}function g0(i){let e=new WeakMap;function t(a,c){let l=a.array,u=a.usage,h=l.byteLength,d=i.createBuffer();i.bindBuffer(c,d),i.bufferData(c,l,u),a.onUploadCallback();let f;if(l instanceof Float32Array)f=i.FLOAT;else if(typeof Float16Array<"u"&&l instanceof Float16Array)f=i.HALF_FLOAT;else if(l instanceof Uint16Array)a.isFloat16BufferAttribute?f=i.HALF_FLOAT:f=i.UNSIGNED_SHORT;else if(l instanceof Int16Array)f=i.SHORT;else if(l instanceof Uint32Array)f=i.UNSIGNED_INT;else if(l instanceof Int32Array)f=i.INT;else if(l instanceof Int8Array)f=i.BYTE;else if(l instanceof Uint8Array)f=i.UNSIGNED_BYTE;else if(l instanceof Uint8ClampedArray)f=i.UNSIGNED_BYTE;else throw new Error("THREE.WebGLAttributes: Unsupported buffer data format: "+l);return{buffer:d,type:f,bytesPerElement:l.BYTES_PER_ELEMENT,version:a.version,size:h}}function n(a,c,l){let u=c.array,h=c.updateRanges;if(i.bindBuffer(l,a),h.length===0)i.bufferSubData(l,0,u);else{h.sort((f,m)=>f.start-m.start);let d=0;for(let f=1;f<h.length;f++){let m=h[d],y=h[f];y.start<=m.start+m.count+1?m.count=Math.max(m.count,y.start+y.count-m.start):(++d,h[d]=y)}h.length=d+1;for(let f=0,m=h.length;f<m;f++){let y=h[f];i.bufferSubData(l,y.start*u.BYTES_PER_ELEMENT,u,y.start,y.count)}c.clearUpdateRanges()}c.onUploadCallback()}function r(a){return a.isInterleavedBufferAttribute&&(a=a.data),e.get(a)}function s(a){a.isInterleavedBufferAttribute&&(a=a.data);let c=e.get(a);c&&(i.deleteBuffer(c.buffer),e.delete(a))}function o(a,c){if(a.isInterleavedBufferAttribute&&(a=a.data),a.isGLBufferAttribute){let u=e.get(a);(!u||u.version<a.version)&&e.set(a,{buffer:a.buffer,type:a.type,bytesPerElement:a.elementSize,version:a.version});return}let l=e.get(a);if(l===void 0)e.set(a,t(a,c));else if(l.version<a.version){if(l.size!==a.array.byteLength)throw new Error("THREE.WebGLAttributes: The size of the buffer attribute's array buffer does not match the original size. Resizing buffer attributes is not supported.");n(l.buffer,a,c),l.version=a.version}}return{get:r,remove:s,update:o}}var y0=`#ifdef USE_ALPHAHASH
	if ( diffuseColor.a < getAlphaHashThreshold( vPosition ) ) discard;
#endif`,x0=`#ifdef USE_ALPHAHASH
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
#endif`,v0=`#ifdef USE_ALPHAMAP
	diffuseColor.a *= texture2D( alphaMap, vAlphaMapUv ).g;
#endif`,b0=`#ifdef USE_ALPHAMAP
	uniform sampler2D alphaMap;
#endif`,_0=`#ifdef USE_ALPHATEST
	#ifdef ALPHA_TO_COVERAGE
	diffuseColor.a = smoothstep( alphaTest, alphaTest + fwidth( diffuseColor.a ), diffuseColor.a );
	if ( diffuseColor.a == 0.0 ) discard;
	#else
	if ( diffuseColor.a < alphaTest ) discard;
	#endif
#endif`,S0=`#ifdef USE_ALPHATEST
	uniform float alphaTest;
#endif`,M0=`#ifdef USE_AOMAP
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
#endif`,w0=`#ifdef USE_AOMAP
	uniform sampler2D aoMap;
	uniform float aoMapIntensity;
#endif`,A0=`#ifdef USE_BATCHING
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
#endif`,E0=`#ifdef USE_BATCHING
	mat4 batchingMatrix = getBatchingMatrix( getIndirectIndex( gl_DrawID ) );
#endif`,T0=`vec3 transformed = vec3( position );
#ifdef USE_ALPHAHASH
	vPosition = vec3( position );
#endif`,R0=`vec3 objectNormal = vec3( normal );
#ifdef USE_TANGENT
	vec3 objectTangent = vec3( tangent.xyz );
#endif`,C0=`float G_BlinnPhong_Implicit( ) {
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
} // validated`,P0=`#ifdef USE_IRIDESCENCE
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
#endif`,I0=`#ifdef USE_BUMPMAP
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
#endif`,L0=`#if NUM_CLIPPING_PLANES > 0
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
#endif`,N0=`#if NUM_CLIPPING_PLANES > 0
	varying vec3 vClipPosition;
	uniform vec4 clippingPlanes[ NUM_CLIPPING_PLANES ];
#endif`,D0=`#if NUM_CLIPPING_PLANES > 0
	varying vec3 vClipPosition;
#endif`,F0=`#if NUM_CLIPPING_PLANES > 0
	vClipPosition = - mvPosition.xyz;
#endif`,U0=`#if defined( USE_COLOR ) || defined( USE_COLOR_ALPHA )
	diffuseColor *= vColor;
#endif`,O0=`#if defined( USE_COLOR ) || defined( USE_COLOR_ALPHA )
	varying vec4 vColor;
#endif`,B0=`#if defined( USE_COLOR ) || defined( USE_COLOR_ALPHA ) || defined( USE_INSTANCING_COLOR ) || defined( USE_BATCHING_COLOR )
	varying vec4 vColor;
#endif`,k0=`#if defined( USE_COLOR ) || defined( USE_COLOR_ALPHA ) || defined( USE_INSTANCING_COLOR ) || defined( USE_BATCHING_COLOR )
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
#endif`,z0=`#define PI 3.141592653589793
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
} // validated`,G0=`vec3 transformedNormal = objectNormal;
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
#endif`,V0=`#ifdef USE_DISPLACEMENTMAP
	uniform sampler2D displacementMap;
	uniform float displacementScale;
	uniform float displacementBias;
#endif`,H0=`#ifdef USE_DISPLACEMENTMAP
	transformed += normalize( objectNormal ) * ( texture2D( displacementMap, vDisplacementMapUv ).x * displacementScale + displacementBias );
#endif`,W0=`#ifdef USE_EMISSIVEMAP
	vec4 emissiveColor = texture2D( emissiveMap, vEmissiveMapUv );
	#ifdef DECODE_VIDEO_TEXTURE_EMISSIVE
		emissiveColor = sRGBTransferEOTF( emissiveColor );
	#endif
	totalEmissiveRadiance *= emissiveColor.rgb;
#endif`,X0=`#ifdef USE_EMISSIVEMAP
	uniform sampler2D emissiveMap;
#endif`,q0="gl_FragColor = linearToOutputTexel( gl_FragColor );",$0=`vec4 LinearTransferOETF( in vec4 value ) {
	return value;
}
vec4 sRGBTransferEOTF( in vec4 value ) {
	return vec4( mix( pow( value.rgb * 0.9478672986 + vec3( 0.0521327014 ), vec3( 2.4 ) ), value.rgb * 0.0773993808, vec3( lessThanEqual( value.rgb, vec3( 0.04045 ) ) ) ), value.a );
}
vec4 sRGBTransferOETF( in vec4 value ) {
	return vec4( mix( pow( value.rgb, vec3( 0.41666 ) ) * 1.055 - vec3( 0.055 ), value.rgb * 12.92, vec3( lessThanEqual( value.rgb, vec3( 0.0031308 ) ) ) ), value.a );
}`,Y0=`#ifdef USE_ENVMAP
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
#endif`,K0=`#ifdef USE_ENVMAP
	uniform float envMapIntensity;
	uniform mat3 envMapRotation;
	uniform samplerCube envMap;
	#ifdef ENVMAP_TYPE_PMREM
		float roughnessToMip( const in float roughness ) {
			float r = clamp( roughness, 0.0, 1.0 );
			return ENVMAP_MAX_LOD * r * ( 2.0 - r );
		}
	#endif
#endif`,J0=`#ifdef USE_ENVMAP
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
#endif`,Z0=`#ifdef USE_ENVMAP
	#if defined( USE_BUMPMAP ) || defined( USE_NORMALMAP ) || defined( PHONG ) || defined( LAMBERT )
		#define ENV_WORLDPOS
	#endif
	#ifdef ENV_WORLDPOS
		
		varying vec3 vWorldPosition;
	#else
		varying vec3 vReflect;
		uniform float refractionRatio;
	#endif
#endif`,j0=`#ifdef USE_ENVMAP
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
#endif`,Q0=`#ifdef USE_FOG
	vFogDepth = - mvPosition.z;
#endif`,ey=`#ifdef USE_FOG
	varying float vFogDepth;
#endif`,ty=`#ifdef USE_FOG
	#ifdef FOG_EXP2
		float fogFactor = 1.0 - exp( - fogDensity * fogDensity * vFogDepth * vFogDepth );
	#else
		float fogFactor = smoothstep( fogNear, fogFar, vFogDepth );
	#endif
	gl_FragColor.rgb = mix( gl_FragColor.rgb, fogColor, fogFactor );
#endif`,ny=`#ifdef USE_FOG
	uniform vec3 fogColor;
	varying float vFogDepth;
	#ifdef FOG_EXP2
		uniform float fogDensity;
	#else
		uniform float fogNear;
		uniform float fogFar;
	#endif
#endif`,iy=`#ifdef USE_GRADIENTMAP
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
}`,ry=`#ifdef USE_LIGHTMAP
	uniform sampler2D lightMap;
	uniform float lightMapIntensity;
#endif`,sy=`LambertMaterial material;
material.diffuseColor = diffuseColor.rgb;
material.specularStrength = specularStrength;`,oy=`varying vec3 vViewPosition;
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
#define RE_IndirectDiffuse		RE_IndirectDiffuse_Lambert`,ay=`uniform bool receiveShadow;
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
#include <lightprobes_pars_fragment>`,ly=`#ifdef USE_ENVMAP
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
#endif`,cy=`ToonMaterial material;
material.diffuseColor = diffuseColor.rgb;`,uy=`varying vec3 vViewPosition;
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
#define RE_IndirectDiffuse		RE_IndirectDiffuse_Toon`,hy=`BlinnPhongMaterial material;
material.diffuseColor = diffuseColor.rgb;
material.specularColor = specular;
material.specularShininess = shininess;
material.specularStrength = specularStrength;`,dy=`varying vec3 vViewPosition;
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
#define RE_IndirectDiffuse		RE_IndirectDiffuse_BlinnPhong`,fy=`PhysicalMaterial material;
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
#endif`,py=`uniform sampler2D dfgLUT;
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
}`,my=`
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
#endif`,gy=`#if defined( RE_IndirectDiffuse )
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
#endif`,yy=`#if defined( RE_IndirectDiffuse )
	#if defined( LAMBERT ) || defined( PHONG )
		irradiance += iblIrradiance;
	#endif
	RE_IndirectDiffuse( irradiance, geometryPosition, geometryNormal, geometryViewDir, geometryClearcoatNormal, material, reflectedLight );
#endif
#if defined( RE_IndirectSpecular )
	RE_IndirectSpecular( radiance, iblIrradiance, clearcoatRadiance, geometryPosition, geometryNormal, geometryViewDir, geometryClearcoatNormal, material, reflectedLight );
#endif`,xy=`#if NUM_LIGHT_PROBE_GRIDS > 0
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
#endif`,vy=`#if defined( USE_LOGARITHMIC_DEPTH_BUFFER )
	gl_FragDepth = vIsPerspective == 0.0 ? gl_FragCoord.z : log2( vFragDepth ) * logDepthBufFC * 0.5;
#endif`,by=`#if defined( USE_LOGARITHMIC_DEPTH_BUFFER )
	uniform float logDepthBufFC;
	varying float vFragDepth;
	varying float vIsPerspective;
#endif`,_y=`#ifdef USE_LOGARITHMIC_DEPTH_BUFFER
	varying float vFragDepth;
	varying float vIsPerspective;
#endif`,Sy=`#ifdef USE_LOGARITHMIC_DEPTH_BUFFER
	vFragDepth = 1.0 + gl_Position.w;
	vIsPerspective = float( isPerspectiveMatrix( projectionMatrix ) );
#endif`,My=`#ifdef USE_MAP
	vec4 sampledDiffuseColor = texture2D( map, vMapUv );
	#ifdef DECODE_VIDEO_TEXTURE
		sampledDiffuseColor = sRGBTransferEOTF( sampledDiffuseColor );
	#endif
	diffuseColor *= sampledDiffuseColor;
#endif`,wy=`#ifdef USE_MAP
	uniform sampler2D map;
#endif`,Ay=`#if defined( USE_MAP ) || defined( USE_ALPHAMAP )
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
#endif`,Ey=`#if defined( USE_POINTS_UV )
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
#endif`,Ty=`float metalnessFactor = metalness;
#ifdef USE_METALNESSMAP
	vec4 texelMetalness = texture2D( metalnessMap, vMetalnessMapUv );
	metalnessFactor *= texelMetalness.b;
#endif`,Ry=`#ifdef USE_METALNESSMAP
	uniform sampler2D metalnessMap;
#endif`,Cy=`#ifdef USE_INSTANCING_MORPH
	float morphTargetInfluences[ MORPHTARGETS_COUNT ];
	float morphTargetBaseInfluence = texelFetch( morphTexture, ivec2( 0, gl_InstanceID ), 0 ).r;
	for ( int i = 0; i < MORPHTARGETS_COUNT; i ++ ) {
		morphTargetInfluences[i] =  texelFetch( morphTexture, ivec2( i + 1, gl_InstanceID ), 0 ).r;
	}
#endif`,Py=`#if defined( USE_MORPHCOLORS )
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
#endif`,Iy=`#ifdef USE_MORPHNORMALS
	objectNormal *= morphTargetBaseInfluence;
	for ( int i = 0; i < MORPHTARGETS_COUNT; i ++ ) {
		if ( morphTargetInfluences[ i ] != 0.0 ) objectNormal += getMorph( gl_VertexID, i, 1 ).xyz * morphTargetInfluences[ i ];
	}
#endif`,Ly=`#ifdef USE_MORPHTARGETS
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
#endif`,Ny=`#ifdef USE_MORPHTARGETS
	transformed *= morphTargetBaseInfluence;
	for ( int i = 0; i < MORPHTARGETS_COUNT; i ++ ) {
		if ( morphTargetInfluences[ i ] != 0.0 ) transformed += getMorph( gl_VertexID, i, 0 ).xyz * morphTargetInfluences[ i ];
	}
#endif`,Dy=`float faceDirection = gl_FrontFacing ? 1.0 : - 1.0;
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
vec3 nonPerturbedNormal = normal;`,Fy=`#ifdef USE_NORMALMAP_OBJECTSPACE
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
#endif`,Uy=`#ifndef FLAT_SHADED
	varying vec3 vNormal;
	#ifdef USE_TANGENT
		varying vec3 vTangent;
		varying vec3 vBitangent;
	#endif
#endif`,Oy=`#ifndef FLAT_SHADED
	varying vec3 vNormal;
	#ifdef USE_TANGENT
		varying vec3 vTangent;
		varying vec3 vBitangent;
	#endif
#endif`,By=`#ifndef FLAT_SHADED
	vNormal = normalize( transformedNormal );
	#ifdef USE_TANGENT
		vTangent = normalize( transformedTangent );
		vBitangent = normalize( cross( vNormal, vTangent ) * tangent.w );
		#ifdef FLIP_SIDED
			vBitangent = - vBitangent;
		#endif
	#endif
#endif`,ky=`#ifdef USE_NORMALMAP
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
#endif`,zy=`#ifdef USE_CLEARCOAT
	vec3 clearcoatNormal = nonPerturbedNormal;
#endif`,Gy=`#ifdef USE_CLEARCOAT_NORMALMAP
	vec3 clearcoatMapN = texture2D( clearcoatNormalMap, vClearcoatNormalMapUv ).xyz * 2.0 - 1.0;
	clearcoatMapN.xy *= clearcoatNormalScale;
	clearcoatNormal = normalize( tbn2 * clearcoatMapN );
#endif`,Vy=`#ifdef USE_CLEARCOATMAP
	uniform sampler2D clearcoatMap;
#endif
#ifdef USE_CLEARCOAT_NORMALMAP
	uniform sampler2D clearcoatNormalMap;
	uniform vec2 clearcoatNormalScale;
#endif
#ifdef USE_CLEARCOAT_ROUGHNESSMAP
	uniform sampler2D clearcoatRoughnessMap;
#endif`,Hy=`#ifdef USE_IRIDESCENCEMAP
	uniform sampler2D iridescenceMap;
#endif
#ifdef USE_IRIDESCENCE_THICKNESSMAP
	uniform sampler2D iridescenceThicknessMap;
#endif`,Wy=`#ifdef OPAQUE
diffuseColor.a = 1.0;
#endif
#ifdef USE_TRANSMISSION
diffuseColor.a *= material.transmissionAlpha;
#endif
gl_FragColor = vec4( outgoingLight, diffuseColor.a );`,Xy=`vec3 packNormalToRGB( const in vec3 normal ) {
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
}`,qy=`#ifdef PREMULTIPLIED_ALPHA
	gl_FragColor.rgb *= gl_FragColor.a;
#endif`,$y=`vec4 mvPosition = vec4( transformed, 1.0 );
#ifdef USE_BATCHING
	mvPosition = batchingMatrix * mvPosition;
#endif
#ifdef USE_INSTANCING
	mvPosition = instanceMatrix * mvPosition;
#endif
mvPosition = modelViewMatrix * mvPosition;
gl_Position = projectionMatrix * mvPosition;`,Yy=`#ifdef DITHERING
	gl_FragColor.rgb = dithering( gl_FragColor.rgb );
#endif`,Ky=`#ifdef DITHERING
	vec3 dithering( vec3 color ) {
		float grid_position = rand( gl_FragCoord.xy );
		vec3 dither_shift_RGB = vec3( 0.25 / 255.0, -0.25 / 255.0, 0.25 / 255.0 );
		dither_shift_RGB = mix( 2.0 * dither_shift_RGB, -2.0 * dither_shift_RGB, grid_position );
		return color + dither_shift_RGB;
	}
#endif`,Jy=`float roughnessFactor = roughness;
#ifdef USE_ROUGHNESSMAP
	vec4 texelRoughness = texture2D( roughnessMap, vRoughnessMapUv );
	roughnessFactor *= texelRoughness.g;
#endif`,Zy=`#ifdef USE_ROUGHNESSMAP
	uniform sampler2D roughnessMap;
#endif`,jy=`#if NUM_SPOT_LIGHT_COORDS > 0
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
#endif`,Qy=`#if NUM_SPOT_LIGHT_COORDS > 0
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
#endif`,ex=`#if ( defined( USE_SHADOWMAP ) && ( NUM_DIR_LIGHT_SHADOWS > 0 || NUM_SUN_LIGHT_SHADOWS > 0 || NUM_POINT_LIGHT_SHADOWS > 0 ) ) || ( NUM_SPOT_LIGHT_COORDS > 0 )
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
#endif`,tx=`float getShadowMask() {
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
}`,nx=`#ifdef USE_SKINNING
	mat4 boneMatX = getBoneMatrix( skinIndex.x );
	mat4 boneMatY = getBoneMatrix( skinIndex.y );
	mat4 boneMatZ = getBoneMatrix( skinIndex.z );
	mat4 boneMatW = getBoneMatrix( skinIndex.w );
#endif`,ix=`#ifdef USE_SKINNING
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
#endif`,rx=`#ifdef USE_SKINNING
	vec4 skinVertex = bindMatrix * vec4( transformed, 1.0 );
	vec4 skinned = vec4( 0.0 );
	skinned += boneMatX * skinVertex * skinWeight.x;
	skinned += boneMatY * skinVertex * skinWeight.y;
	skinned += boneMatZ * skinVertex * skinWeight.z;
	skinned += boneMatW * skinVertex * skinWeight.w;
	transformed = ( bindMatrixInverse * skinned ).xyz;
#endif`,sx=`#ifdef USE_SKINNING
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
#endif`,ox=`float specularStrength;
#ifdef USE_SPECULARMAP
	vec4 texelSpecular = texture2D( specularMap, vSpecularMapUv );
	specularStrength = texelSpecular.r;
#else
	specularStrength = 1.0;
#endif`,ax=`#ifdef USE_SPECULARMAP
	uniform sampler2D specularMap;
#endif`,lx=`#if defined( TONE_MAPPING )
	gl_FragColor.rgb = toneMapping( gl_FragColor.rgb );
#endif`,cx=`#ifndef saturate
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
vec3 CustomToneMapping( vec3 color ) { return color; }`,ux=`#ifdef USE_TRANSMISSION
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
#endif`,hx=`#ifdef USE_TRANSMISSION
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
#endif`,dx=`#if defined( USE_UV ) || defined( USE_ANISOTROPY )
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
#endif`,fx=`#if defined( USE_UV ) || defined( USE_ANISOTROPY )
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
#endif`,px=`#if defined( USE_UV ) || defined( USE_ANISOTROPY )
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
#endif`,mx=`#if defined( USE_ENVMAP ) || defined( DISTANCE ) || defined ( USE_SHADOWMAP ) || defined ( USE_TRANSMISSION ) || NUM_SPOT_LIGHT_COORDS > 0
	vec4 worldPosition = vec4( transformed, 1.0 );
	#ifdef USE_BATCHING
		worldPosition = batchingMatrix * worldPosition;
	#endif
	#ifdef USE_INSTANCING
		worldPosition = instanceMatrix * worldPosition;
	#endif
	worldPosition = modelMatrix * worldPosition;
#endif`,gx=`varying vec2 vUv;
uniform mat3 uvTransform;
void main() {
	vUv = ( uvTransform * vec3( uv, 1 ) ).xy;
	gl_Position = vec4( position.xy, 1.0, 1.0 );
}`,yx=`uniform sampler2D t2D;
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
}`,xx=`varying vec3 vWorldDirection;
#include <common>
void main() {
	vWorldDirection = transformDirection( position, modelMatrix );
	#include <begin_vertex>
	#include <project_vertex>
	gl_Position.z = gl_Position.w;
}`,vx=`uniform float backgroundBlurriness;
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
}`,bx=`varying vec3 vWorldDirection;
#include <common>
void main() {
	vWorldDirection = transformDirection( position, modelMatrix );
	#include <begin_vertex>
	#include <project_vertex>
	gl_Position.z = gl_Position.w;
}`,_x=`uniform samplerCube tCube;
uniform float tFlip;
uniform float opacity;
varying vec3 vWorldDirection;
void main() {
	vec4 texColor = textureCube( tCube, vec3( tFlip * vWorldDirection.x, vWorldDirection.yz ) );
	gl_FragColor = texColor;
	gl_FragColor.a *= opacity;
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
}`,Sx=`#include <common>
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
}`,Mx=`#if DEPTH_PACKING == 3200
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
}`,wx=`#define DISTANCE
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
}`,Ax=`#define DISTANCE
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
}`,Ex=`varying vec3 vWorldDirection;
#include <common>
void main() {
	vWorldDirection = transformDirection( position, modelMatrix );
	#include <begin_vertex>
	#include <project_vertex>
}`,Tx=`uniform sampler2D tEquirect;
varying vec3 vWorldDirection;
#include <common>
void main() {
	vec3 direction = normalize( vWorldDirection );
	vec2 sampleUV = equirectUv( direction );
	gl_FragColor = texture2D( tEquirect, sampleUV );
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
}`,Rx=`uniform float scale;
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
}`,Cx=`uniform vec3 diffuse;
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
}`,Px=`#include <common>
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
}`,Ix=`uniform vec3 diffuse;
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
}`,Lx=`#define LAMBERT
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
}`,Nx=`#define LAMBERT
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
}`,Dx=`#define MATCAP
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
}`,Fx=`#define MATCAP
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
}`,Ux=`#define NORMAL
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
}`,Ox=`#define NORMAL
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
}`,Bx=`#define PHONG
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
}`,kx=`#define PHONG
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
}`,zx=`#define STANDARD
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
}`,Gx=`#define STANDARD
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
}`,Vx=`#define TOON
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
}`,Hx=`#define TOON
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
}`,Wx=`uniform float size;
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
}`,Xx=`uniform vec3 diffuse;
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
}`,qx=`#include <common>
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
}`,$x=`uniform vec3 color;
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
}`,Yx=`uniform float rotation;
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
}`,Kx=`uniform vec3 diffuse;
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
}`,Ge={alphahash_fragment:y0,alphahash_pars_fragment:x0,alphamap_fragment:v0,alphamap_pars_fragment:b0,alphatest_fragment:_0,alphatest_pars_fragment:S0,aomap_fragment:M0,aomap_pars_fragment:w0,batching_pars_vertex:A0,batching_vertex:E0,begin_vertex:T0,beginnormal_vertex:R0,bsdfs:C0,iridescence_fragment:P0,bumpmap_pars_fragment:I0,clipping_planes_fragment:L0,clipping_planes_pars_fragment:N0,clipping_planes_pars_vertex:D0,clipping_planes_vertex:F0,color_fragment:U0,color_pars_fragment:O0,color_pars_vertex:B0,color_vertex:k0,common:z0,defaultnormal_vertex:G0,displacementmap_pars_vertex:V0,displacementmap_vertex:H0,emissivemap_fragment:W0,emissivemap_pars_fragment:X0,colorspace_fragment:q0,colorspace_pars_fragment:$0,envmap_fragment:Y0,envmap_common_pars_fragment:K0,envmap_pars_fragment:J0,envmap_pars_vertex:Z0,envmap_physical_pars_fragment:ly,envmap_vertex:j0,fog_vertex:Q0,fog_pars_vertex:ey,fog_fragment:ty,fog_pars_fragment:ny,gradientmap_pars_fragment:iy,lightmap_pars_fragment:ry,lights_lambert_fragment:sy,lights_lambert_pars_fragment:oy,lights_pars_begin:ay,lights_toon_fragment:cy,lights_toon_pars_fragment:uy,lights_phong_fragment:hy,lights_phong_pars_fragment:dy,lights_physical_fragment:fy,lights_physical_pars_fragment:py,lights_fragment_begin:my,lights_fragment_maps:gy,lights_fragment_end:yy,lightprobes_pars_fragment:xy,logdepthbuf_fragment:vy,logdepthbuf_pars_fragment:by,logdepthbuf_pars_vertex:_y,logdepthbuf_vertex:Sy,map_fragment:My,map_pars_fragment:wy,map_particle_fragment:Ay,map_particle_pars_fragment:Ey,metalnessmap_fragment:Ty,metalnessmap_pars_fragment:Ry,morphinstance_vertex:Cy,morphcolor_vertex:Py,morphnormal_vertex:Iy,morphtarget_pars_vertex:Ly,morphtarget_vertex:Ny,normal_fragment_begin:Dy,normal_fragment_maps:Fy,normal_pars_fragment:Uy,normal_pars_vertex:Oy,normal_vertex:By,normalmap_pars_fragment:ky,clearcoat_normal_fragment_begin:zy,clearcoat_normal_fragment_maps:Gy,clearcoat_pars_fragment:Vy,iridescence_pars_fragment:Hy,opaque_fragment:Wy,packing:Xy,premultiplied_alpha_fragment:qy,project_vertex:$y,dithering_fragment:Yy,dithering_pars_fragment:Ky,roughnessmap_fragment:Jy,roughnessmap_pars_fragment:Zy,shadowmap_pars_fragment:jy,shadowmap_pars_vertex:Qy,shadowmap_vertex:ex,shadowmask_pars_fragment:tx,skinbase_vertex:nx,skinning_pars_vertex:ix,skinning_vertex:rx,skinnormal_vertex:sx,specularmap_fragment:ox,specularmap_pars_fragment:ax,tonemapping_fragment:lx,tonemapping_pars_fragment:cx,transmission_fragment:ux,transmission_pars_fragment:hx,uv_pars_fragment:dx,uv_pars_vertex:fx,uv_vertex:px,worldpos_vertex:mx,background_vert:gx,background_frag:yx,backgroundCube_vert:xx,backgroundCube_frag:vx,cube_vert:bx,cube_frag:_x,depth_vert:Sx,depth_frag:Mx,distance_vert:wx,distance_frag:Ax,equirect_vert:Ex,equirect_frag:Tx,linedashed_vert:Rx,linedashed_frag:Cx,meshbasic_vert:Px,meshbasic_frag:Ix,meshlambert_vert:Lx,meshlambert_frag:Nx,meshmatcap_vert:Dx,meshmatcap_frag:Fx,meshnormal_vert:Ux,meshnormal_frag:Ox,meshphong_vert:Bx,meshphong_frag:kx,meshphysical_vert:zx,meshphysical_frag:Gx,meshtoon_vert:Vx,meshtoon_frag:Hx,points_vert:Wx,points_frag:Xx,shadow_vert:qx,shadow_frag:$x,sprite_vert:Yx,sprite_frag:Kx},be={common:{diffuse:{value:new He(16777215)},opacity:{value:1},map:{value:null},mapTransform:{value:new De},alphaMap:{value:null},alphaMapTransform:{value:new De},alphaTest:{value:0}},specularmap:{specularMap:{value:null},specularMapTransform:{value:new De}},envmap:{envMap:{value:null},envMapRotation:{value:new De},reflectivity:{value:1},ior:{value:1.5},refractionRatio:{value:.98},dfgLUT:{value:null}},aomap:{aoMap:{value:null},aoMapIntensity:{value:1},aoMapTransform:{value:new De}},lightmap:{lightMap:{value:null},lightMapIntensity:{value:1},lightMapTransform:{value:new De}},bumpmap:{bumpMap:{value:null},bumpMapTransform:{value:new De},bumpScale:{value:1}},normalmap:{normalMap:{value:null},normalMapTransform:{value:new De},normalScale:{value:new Ke(1,1)}},displacementmap:{displacementMap:{value:null},displacementMapTransform:{value:new De},displacementScale:{value:1},displacementBias:{value:0}},emissivemap:{emissiveMap:{value:null},emissiveMapTransform:{value:new De}},metalnessmap:{metalnessMap:{value:null},metalnessMapTransform:{value:new De}},roughnessmap:{roughnessMap:{value:null},roughnessMapTransform:{value:new De}},gradientmap:{gradientMap:{value:null}},fog:{fogDensity:{value:25e-5},fogNear:{value:1},fogFar:{value:2e3},fogColor:{value:new He(16777215)}},lights:{ambientLightColor:{value:[]},lightProbe:{value:[]},sunLights:{value:[],properties:{direction:{},color:{}}},sunLightShadows:{value:[],properties:{shadowIntensity:1,shadowBias:{},shadowNormalBias:{},shadowRadius:{},shadowMapSize:{}}},sunShadowMatrix:{value:[]},sunShadowCascade:{value:[]},directionalLights:{value:[],properties:{direction:{},color:{}}},directionalLightShadows:{value:[],properties:{shadowIntensity:1,shadowBias:{},shadowNormalBias:{},shadowRadius:{},shadowMapSize:{}}},directionalShadowMatrix:{value:[]},spotLights:{value:[],properties:{color:{},position:{},direction:{},distance:{},coneCos:{},penumbraCos:{},decay:{}}},spotLightShadows:{value:[],properties:{shadowIntensity:1,shadowBias:{},shadowNormalBias:{},shadowRadius:{},shadowMapSize:{}}},spotLightMap:{value:[]},spotLightMatrix:{value:[]},pointLights:{value:[],properties:{color:{},position:{},decay:{},distance:{}}},pointLightShadows:{value:[],properties:{shadowIntensity:1,shadowBias:{},shadowNormalBias:{},shadowRadius:{},shadowMapSize:{},shadowCameraNear:{},shadowCameraFar:{}}},pointShadowMatrix:{value:[]},hemisphereLights:{value:[],properties:{direction:{},skyColor:{},groundColor:{}}},rectAreaLights:{value:[],properties:{color:{},position:{},width:{},height:{}}},ltc_1:{value:null},ltc_2:{value:null},probesSH:{value:[]},probesMin:{value:[]},probesMax:{value:[]},probesResolution:{value:[]}},points:{diffuse:{value:new He(16777215)},opacity:{value:1},size:{value:1},scale:{value:1},map:{value:null},alphaMap:{value:null},alphaMapTransform:{value:new De},alphaTest:{value:0},uvTransform:{value:new De}},sprite:{diffuse:{value:new He(16777215)},opacity:{value:1},center:{value:new Ke(.5,.5)},rotation:{value:0},map:{value:null},mapTransform:{value:new De},alphaMap:{value:null},alphaMapTransform:{value:new De},alphaTest:{value:0}}},Ln={basic:{uniforms:Ot([be.common,be.specularmap,be.envmap,be.aomap,be.lightmap,be.fog]),vertexShader:Ge.meshbasic_vert,fragmentShader:Ge.meshbasic_frag},lambert:{uniforms:Ot([be.common,be.specularmap,be.envmap,be.aomap,be.lightmap,be.emissivemap,be.bumpmap,be.normalmap,be.displacementmap,be.fog,be.lights,{emissive:{value:new He(0)},envMapIntensity:{value:1}}]),vertexShader:Ge.meshlambert_vert,fragmentShader:Ge.meshlambert_frag},phong:{uniforms:Ot([be.common,be.specularmap,be.envmap,be.aomap,be.lightmap,be.emissivemap,be.bumpmap,be.normalmap,be.displacementmap,be.fog,be.lights,{emissive:{value:new He(0)},specular:{value:new He(1118481)},shininess:{value:30},envMapIntensity:{value:1}}]),vertexShader:Ge.meshphong_vert,fragmentShader:Ge.meshphong_frag},standard:{uniforms:Ot([be.common,be.envmap,be.aomap,be.lightmap,be.emissivemap,be.bumpmap,be.normalmap,be.displacementmap,be.roughnessmap,be.metalnessmap,be.fog,be.lights,{emissive:{value:new He(0)},roughness:{value:1},metalness:{value:0},envMapIntensity:{value:1}}]),vertexShader:Ge.meshphysical_vert,fragmentShader:Ge.meshphysical_frag},toon:{uniforms:Ot([be.common,be.aomap,be.lightmap,be.emissivemap,be.bumpmap,be.normalmap,be.displacementmap,be.gradientmap,be.fog,be.lights,{emissive:{value:new He(0)}}]),vertexShader:Ge.meshtoon_vert,fragmentShader:Ge.meshtoon_frag},matcap:{uniforms:Ot([be.common,be.bumpmap,be.normalmap,be.displacementmap,be.fog,{matcap:{value:null}}]),vertexShader:Ge.meshmatcap_vert,fragmentShader:Ge.meshmatcap_frag},points:{uniforms:Ot([be.points,be.fog]),vertexShader:Ge.points_vert,fragmentShader:Ge.points_frag},dashed:{uniforms:Ot([be.common,be.fog,{scale:{value:1},dashSize:{value:1},totalSize:{value:2}}]),vertexShader:Ge.linedashed_vert,fragmentShader:Ge.linedashed_frag},depth:{uniforms:Ot([be.common,be.displacementmap]),vertexShader:Ge.depth_vert,fragmentShader:Ge.depth_frag},normal:{uniforms:Ot([be.common,be.bumpmap,be.normalmap,be.displacementmap,{opacity:{value:1}}]),vertexShader:Ge.meshnormal_vert,fragmentShader:Ge.meshnormal_frag},sprite:{uniforms:Ot([be.sprite,be.fog]),vertexShader:Ge.sprite_vert,fragmentShader:Ge.sprite_frag},background:{uniforms:{uvTransform:{value:new De},t2D:{value:null},backgroundIntensity:{value:1}},vertexShader:Ge.background_vert,fragmentShader:Ge.background_frag},backgroundCube:{uniforms:{envMap:{value:null},backgroundBlurriness:{value:0},backgroundIntensity:{value:1},backgroundRotation:{value:new De}},vertexShader:Ge.backgroundCube_vert,fragmentShader:Ge.backgroundCube_frag},cube:{uniforms:{tCube:{value:null},tFlip:{value:-1},opacity:{value:1}},vertexShader:Ge.cube_vert,fragmentShader:Ge.cube_frag},equirect:{uniforms:{tEquirect:{value:null}},vertexShader:Ge.equirect_vert,fragmentShader:Ge.equirect_frag},distance:{uniforms:Ot([be.common,be.displacementmap,{referencePosition:{value:new X},nearDistance:{value:1},farDistance:{value:1e3}}]),vertexShader:Ge.distance_vert,fragmentShader:Ge.distance_frag},shadow:{uniforms:Ot([be.lights,be.fog,{color:{value:new He(0)},opacity:{value:1}}]),vertexShader:Ge.shadow_vert,fragmentShader:Ge.shadow_frag}};Ln.physical={uniforms:Ot([Ln.standard.uniforms,{clearcoat:{value:0},clearcoatMap:{value:null},clearcoatMapTransform:{value:new De},clearcoatNormalMap:{value:null},clearcoatNormalMapTransform:{value:new De},clearcoatNormalScale:{value:new Ke(1,1)},clearcoatRoughness:{value:0},clearcoatRoughnessMap:{value:null},clearcoatRoughnessMapTransform:{value:new De},diffuseRoughness:{value:0},diffuseRoughnessMap:{value:null},diffuseRoughnessMapTransform:{value:new De},dispersion:{value:0},retroreflectivity:{value:0},iridescence:{value:0},iridescenceMap:{value:null},iridescenceMapTransform:{value:new De},iridescenceIOR:{value:1.3},iridescenceThicknessMinimum:{value:100},iridescenceThicknessMaximum:{value:400},iridescenceThicknessMap:{value:null},iridescenceThicknessMapTransform:{value:new De},sheen:{value:0},sheenColor:{value:new He(0)},sheenColorMap:{value:null},sheenColorMapTransform:{value:new De},sheenRoughness:{value:1},sheenRoughnessMap:{value:null},sheenRoughnessMapTransform:{value:new De},transmission:{value:0},transmissionMap:{value:null},transmissionMapTransform:{value:new De},transmissionSamplerSize:{value:new Ke},transmissionSamplerMap:{value:null},thickness:{value:0},thicknessMap:{value:null},thicknessMapTransform:{value:new De},attenuationDistance:{value:0},attenuationColor:{value:new He(0)},specularColor:{value:new He(1,1,1)},specularColorMap:{value:null},specularColorMapTransform:{value:new De},specularIntensity:{value:1},specularIntensityMap:{value:null},specularIntensityMapTransform:{value:new De},anisotropyVector:{value:new Ke},anisotropyMap:{value:null},anisotropyMapTransform:{value:new De}}]),vertexShader:Ge.meshphysical_vert,fragmentShader:Ge.meshphysical_frag};var Ya={r:0,b:0,g:0},Jx=new ot,ip=new De;ip.set(-1,0,0,0,1,0,0,0,1);function Zx(i,e,t,n,r,s){let o=new He(0),a=r===!0?0:1,c,l,u=null,h=0,d=null;function f(v){let _=v.isScene===!0?v.background:null;if(_&&_.isTexture){let b=v.backgroundBlurriness>0;_=e.get(_,b)}return _}function m(v){let _=!1,b=f(v);b===null?p(o,a):b&&b.isColor&&(p(b,1),_=!0);let A=i.xr.getEnvironmentBlendMode();A==="additive"?t.buffers.color.setClear(0,0,0,1,s):A==="alpha-blend"&&t.buffers.color.setClear(0,0,0,0,s),(i.autoClear||_)&&(t.buffers.depth.setTest(!0),t.buffers.depth.setMask(!0),t.buffers.color.setMask(!0),i.clear(i.autoClearColor,i.autoClearDepth,i.autoClearStencil))}function y(v,_){let b=f(_);b&&b.isCubeTexture?(l===void 0&&(l=new Rn(new br(1,1,1),new cn({name:"BackgroundCubeMaterial",uniforms:ki(Ln.backgroundCube.uniforms),vertexShader:Ln.backgroundCube.vertexShader,fragmentShader:Ln.backgroundCube.fragmentShader,side:Gt,depthTest:!1,depthWrite:!1,fog:!1,allowOverride:!1})),l.geometry.deleteAttribute("normal"),l.geometry.deleteAttribute("uv"),l.onBeforeRender=function(A,w,x){this.matrixWorld.copyPosition(x.matrixWorld)},Object.defineProperty(l.material,"envMap",{get:function(){return this.uniforms.envMap.value}}),n.update(l)),l.material.uniforms.envMap.value=b,l.material.uniforms.backgroundBlurriness.value=_.backgroundBlurriness,l.material.uniforms.backgroundIntensity.value=_.backgroundIntensity,l.material.uniforms.backgroundRotation.value.setFromMatrix4(Jx.makeRotationFromEuler(_.backgroundRotation)).transpose(),b.isRenderTargetTexture===!1&&l.material.uniforms.backgroundRotation.value.premultiply(ip),l.material.toneMapped=$e.getTransfer(b.colorSpace)!==Qe,(u!==b||h!==b.version||d!==i.toneMapping)&&(l.material.needsUpdate=!0,u=b,h=b.version,d=i.toneMapping),l.layers.enableAll(),v.unshift(l,l.geometry,l.material,0,0,null)):b&&b.isTexture&&(c===void 0&&(c=new Rn(new ds(2,2),new cn({name:"BackgroundMaterial",uniforms:ki(Ln.background.uniforms),vertexShader:Ln.background.vertexShader,fragmentShader:Ln.background.fragmentShader,side:yi,depthTest:!1,depthWrite:!1,fog:!1,allowOverride:!1})),c.geometry.deleteAttribute("normal"),Object.defineProperty(c.material,"map",{get:function(){return this.uniforms.t2D.value}}),n.update(c)),c.material.uniforms.t2D.value=b,c.material.uniforms.backgroundIntensity.value=_.backgroundIntensity,c.material.toneMapped=$e.getTransfer(b.colorSpace)!==Qe,b.matrixAutoUpdate===!0&&b.updateMatrix(),c.material.uniforms.uvTransform.value.copy(b.matrix),(u!==b||h!==b.version||d!==i.toneMapping)&&(c.material.needsUpdate=!0,u=b,h=b.version,d=i.toneMapping),c.layers.enableAll(),v.unshift(c,c.geometry,c.material,0,0,null))}function p(v,_){v.getRGB(Ya,Qc(i)),t.buffers.color.setClear(Ya.r,Ya.g,Ya.b,_,s)}function g(){l!==void 0&&(l.geometry.dispose(),l.material.dispose(),l=void 0),c!==void 0&&(c.geometry.dispose(),c.material.dispose(),c=void 0)}return{getClearColor:function(){return o},setClearColor:function(v,_=1){o.set(v),a=_,p(o,a)},getClearAlpha:function(){return a},setClearAlpha:function(v){a=v,p(o,a)},render:m,addToRenderList:y,dispose:g}}function jx(i,e){let t=i.getParameter(i.MAX_VERTEX_ATTRIBS),n={},r=d(null),s=r,o=!1;function a(R,L,k,I,W){let q=!1,z=h(R,I,k,L);s!==z&&(s=z,l(s.object)),q=f(R,I,k,W),q&&m(R,I,k,W),W!==null&&e.update(W,i.ELEMENT_ARRAY_BUFFER),(q||o)&&(o=!1,b(R,L,k,I),W!==null&&i.bindBuffer(i.ELEMENT_ARRAY_BUFFER,e.get(W).buffer))}function c(){return i.createVertexArray()}function l(R){return i.bindVertexArray(R)}function u(R){return i.deleteVertexArray(R)}function h(R,L,k,I){let W=I.wireframe===!0,q=n[L.id];q===void 0&&(q={},n[L.id]=q);let z=R.isInstancedMesh===!0?R.id:0,ne=q[z];ne===void 0&&(ne={},q[z]=ne);let K=ne[k.id];K===void 0&&(K={},ne[k.id]=K);let ee=K[W];return ee===void 0&&(ee=d(c()),K[W]=ee),ee}function d(R){let L=[],k=[],I=[];for(let W=0;W<t;W++)L[W]=0,k[W]=0,I[W]=0;return{geometry:null,program:null,wireframe:!1,newAttributes:L,enabledAttributes:k,attributeDivisors:I,object:R,attributes:{},index:null}}function f(R,L,k,I){let W=s.attributes,q=L.attributes,z=0,ne=k.getAttributes();for(let K in ne)if(ne[K].location>=0){let ie=W[K],Me=q[K];if(Me===void 0&&(K==="instanceMatrix"&&R.instanceMatrix&&(Me=R.instanceMatrix),K==="instanceColor"&&R.instanceColor&&(Me=R.instanceColor)),ie===void 0||ie.attribute!==Me||Me&&ie.data!==Me.data)return!0;z++}return s.attributesNum!==z||s.index!==I}function m(R,L,k,I){let W={},q=L.attributes,z=0,ne=k.getAttributes();for(let K in ne)if(ne[K].location>=0){let ie=q[K];ie===void 0&&(K==="instanceMatrix"&&R.instanceMatrix&&(ie=R.instanceMatrix),K==="instanceColor"&&R.instanceColor&&(ie=R.instanceColor));let Me={};Me.attribute=ie,ie&&ie.data&&(Me.data=ie.data),W[K]=Me,z++}s.attributes=W,s.attributesNum=z,s.index=I}function y(){let R=s.newAttributes;for(let L=0,k=R.length;L<k;L++)R[L]=0}function p(R){g(R,0)}function g(R,L){let k=s.newAttributes,I=s.enabledAttributes,W=s.attributeDivisors;k[R]=1,I[R]===0&&(i.enableVertexAttribArray(R),I[R]=1),W[R]!==L&&(i.vertexAttribDivisor(R,L),W[R]=L)}function v(){let R=s.newAttributes,L=s.enabledAttributes;for(let k=0,I=L.length;k<I;k++)L[k]!==R[k]&&(i.disableVertexAttribArray(k),L[k]=0)}function _(R,L,k,I,W,q,z){z===!0?i.vertexAttribIPointer(R,L,k,W,q):i.vertexAttribPointer(R,L,k,I,W,q)}function b(R,L,k,I){y();let W=I.attributes,q=k.getAttributes(),z=L.defaultAttributeValues;for(let ne in q){let K=q[ne];if(K.location>=0){let ee=W[ne];if(ee===void 0&&(ne==="instanceMatrix"&&R.instanceMatrix&&(ee=R.instanceMatrix),ne==="instanceColor"&&R.instanceColor&&(ee=R.instanceColor)),ee!==void 0){let ie=ee.normalized,Me=ee.itemSize,Le=e.get(ee);if(Le===void 0)continue;let F=Le.buffer,Y=Le.type,re=Le.bytesPerElement,he=Y===i.INT||Y===i.UNSIGNED_INT||ee.gpuType===da;if(ee.isInterleavedBufferAttribute){let oe=ee.data,_e=oe.isInterleavedBuffer===!0?oe.stride:oe.itemSize,Ve=ee.offset;if(oe.isInstancedInterleavedBuffer||oe.isInstancedBufferAttribute){for(let ye=0;ye<K.locationSize;ye++)g(K.location+ye,oe.meshPerAttribute);R.isInstancedMesh!==!0&&I._maxInstanceCount===void 0&&(I._maxInstanceCount=oe.meshPerAttribute*oe.count)}else for(let ye=0;ye<K.locationSize;ye++)p(K.location+ye);i.bindBuffer(i.ARRAY_BUFFER,F);for(let ye=0;ye<K.locationSize;ye++)_(K.location+ye,Me/K.locationSize,Y,ie,_e*re,(Ve+Me/K.locationSize*ye)*re,he)}else{if(ee.isInstancedBufferAttribute){for(let oe=0;oe<K.locationSize;oe++)g(K.location+oe,ee.meshPerAttribute);R.isInstancedMesh!==!0&&I._maxInstanceCount===void 0&&(I._maxInstanceCount=ee.meshPerAttribute*ee.count)}else for(let oe=0;oe<K.locationSize;oe++)p(K.location+oe);i.bindBuffer(i.ARRAY_BUFFER,F);for(let oe=0;oe<K.locationSize;oe++)_(K.location+oe,Me/K.locationSize,Y,ie,Me*re,Me/K.locationSize*oe*re,he)}}else if(z!==void 0){let ie=z[ne];if(ie!==void 0)switch(ie.length){case 2:i.vertexAttrib2fv(K.location,ie);break;case 3:i.vertexAttrib3fv(K.location,ie);break;case 4:i.vertexAttrib4fv(K.location,ie);break;default:i.vertexAttrib1fv(K.location,ie)}}}}v()}function A(){U();for(let R in n){let L=n[R];for(let k in L){let I=L[k];for(let W in I){let q=I[W];for(let z in q)u(q[z].object),delete q[z];delete I[W]}}delete n[R]}}function w(R){if(n[R.id]===void 0)return;let L=n[R.id];for(let k in L){let I=L[k];for(let W in I){let q=I[W];for(let z in q)u(q[z].object),delete q[z];delete I[W]}}delete n[R.id]}function x(R){for(let L in n){let k=n[L];for(let I in k){let W=k[I];if(W[R.id]===void 0)continue;let q=W[R.id];for(let z in q)u(q[z].object),delete q[z];delete W[R.id]}}}function E(R){for(let L in n){let k=n[L],I=R.isInstancedMesh===!0?R.id:0,W=k[I];if(W!==void 0){for(let q in W){let z=W[q];for(let ne in z)u(z[ne].object),delete z[ne];delete W[q]}delete k[I],Object.keys(k).length===0&&delete n[L]}}}function U(){N(),o=!0,s!==r&&(s=r,l(s.object))}function N(){r.geometry=null,r.program=null,r.wireframe=!1}return{setup:a,reset:U,resetDefaultState:N,dispose:A,releaseStatesOfGeometry:w,releaseStatesOfObject:E,releaseStatesOfProgram:x,initAttributes:y,enableAttribute:p,disableUnusedAttributes:v}}function Qx(i,e,t){let n;function r(c){n=c}function s(c,l){i.drawArrays(n,c,l),t.update(l,n,1)}function o(c,l,u){u!==0&&(i.drawArraysInstanced(n,c,l,u),t.update(l,n,u))}function a(c,l,u){if(u===0)return;e.get("WEBGL_multi_draw").multiDrawArraysWEBGL(n,c,0,l,0,u);let d=0;for(let f=0;f<u;f++)d+=l[f];t.update(d,n,1)}this.setMode=r,this.render=s,this.renderInstances=o,this.renderMultiDraw=a}function ev(i,e,t,n){let r;function s(){if(r!==void 0)return r;if(e.has("EXT_texture_filter_anisotropic")===!0){let x=e.get("EXT_texture_filter_anisotropic");r=i.getParameter(x.MAX_TEXTURE_MAX_ANISOTROPY_EXT)}else r=0;return r}function o(x){return!(x!==vn&&n.convert(x)!==i.getParameter(i.IMPLEMENTATION_COLOR_READ_FORMAT))}function a(x){let E=x===xn&&(e.has("EXT_color_buffer_half_float")||e.has("EXT_color_buffer_float"));return!(x!==en&&x!==yn&&!E&&n.convert(x)!==i.getParameter(i.IMPLEMENTATION_COLOR_READ_TYPE))}function c(x){if(x==="highp"){if(i.getShaderPrecisionFormat(i.VERTEX_SHADER,i.HIGH_FLOAT).precision>0&&i.getShaderPrecisionFormat(i.FRAGMENT_SHADER,i.HIGH_FLOAT).precision>0)return"highp";x="mediump"}return x==="mediump"&&i.getShaderPrecisionFormat(i.VERTEX_SHADER,i.MEDIUM_FLOAT).precision>0&&i.getShaderPrecisionFormat(i.FRAGMENT_SHADER,i.MEDIUM_FLOAT).precision>0?"mediump":"lowp"}let l=t.precision!==void 0?t.precision:"highp",u=c(l);u!==l&&(Ie("WebGLRenderer:",l,"not supported, using",u,"instead."),l=u);let h=t.reversedDepthBuffer===!0&&e.has("EXT_clip_control"),d=t.logarithmicDepthBuffer===!0&&h===!1;t.reversedDepthBuffer===!0&&h===!1&&Ie("WebGLRenderer: Unable to use reversed depth buffer due to missing EXT_clip_control extension. Fallback to default depth buffer."),t.logarithmicDepthBuffer===!0&&h===!0&&Ie("WebGLRenderer: Logarithmic depth buffer is ignored when reversed depth buffer is enabled.");let f=i.getParameter(i.MAX_TEXTURE_IMAGE_UNITS),m=i.getParameter(i.MAX_VERTEX_TEXTURE_IMAGE_UNITS),y=i.getParameter(i.MAX_TEXTURE_SIZE),p=i.getParameter(i.MAX_CUBE_MAP_TEXTURE_SIZE),g=i.getParameter(i.MAX_VERTEX_ATTRIBS),v=i.getParameter(i.MAX_VERTEX_UNIFORM_VECTORS),_=i.getParameter(i.MAX_VARYING_VECTORS),b=i.getParameter(i.MAX_FRAGMENT_UNIFORM_VECTORS),A=i.getParameter(i.MAX_SAMPLES),w=i.getParameter(i.SAMPLES);return{isWebGL2:!0,getMaxAnisotropy:s,getMaxPrecision:c,textureFormatReadable:o,textureTypeReadable:a,precision:l,logarithmicDepthBuffer:d,reversedDepthBuffer:h,maxTextures:f,maxVertexTextures:m,maxTextureSize:y,maxCubemapSize:p,maxAttributes:g,maxVertexUniforms:v,maxVaryings:_,maxFragmentUniforms:b,maxSamples:A,samples:w}}function tv(i){let e=this,t=null,n=0,r=!1,s=!1,o=new mn,a=new De,c={value:null,needsUpdate:!1};this.uniform=c,this.numPlanes=0,this.numIntersection=0,this.init=function(h,d){let f=h.length!==0||d||n!==0||r;return r=d,n=h.length,f},this.beginShadows=function(){s=!0,u(null)},this.endShadows=function(){s=!1},this.setGlobalState=function(h,d){t=u(h,d,0)},this.setState=function(h,d,f){let m=h.clippingPlanes,y=h.clipIntersection,p=h.clipShadows,g=i.get(h);if(!r||m===null||m.length===0||s&&!p)s?u(null):l();else{let v=s?0:n,_=v*4,b=g.clippingState||null;c.value=b,b=u(m,d,_,f);for(let A=0;A!==_;++A)b[A]=t[A];g.clippingState=b,this.numIntersection=y?this.numPlanes:0,this.numPlanes+=v}};function l(){c.value!==t&&(c.value=t,c.needsUpdate=n>0),e.numPlanes=n,e.numIntersection=0}function u(h,d,f,m){let y=h!==null?h.length:0,p=null;if(y!==0){if(p=c.value,m!==!0||p===null){let g=f+y*4,v=d.matrixWorldInverse;a.getNormalMatrix(v),(p===null||p.length<g)&&(p=new Float32Array(g));for(let _=0,b=f;_!==y;++_,b+=4)o.copy(h[_]).applyMatrix4(v,a),o.normal.toArray(p,b),p[b+3]=o.constant}c.value=p,c.needsUpdate=!0}return e.numPlanes=y,e.numIntersection=0,p}}var Ts=class extends Jt{constructor(e=1,t={}){super(e,e,t),this.isWebGLCubeRenderTarget=!0;let n={width:e,height:e,depth:1},r=[n,n,n,n,n,n];this.texture=new cs(r),this._setTextureOptions(t),this.texture.isRenderTargetTexture=!0}fromEquirectangularTexture(e,t){this.texture.type=t.type,this.texture.colorSpace=t.colorSpace,this.texture.generateMipmaps=t.generateMipmaps,this.texture.minFilter=t.minFilter,this.texture.magFilter=t.magFilter;let n={uniforms:{tEquirect:{value:null}},vertexShader:`

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
			`},r=new br(5,5,5),s=new cn({name:"CubemapFromEquirect",uniforms:ki(n.uniforms),vertexShader:n.vertexShader,fragmentShader:n.fragmentShader,side:Gt,blending:Fi});s.uniforms.tEquirect.value=t;let o=new Rn(r,s),a=t.minFilter;return t.minFilter===Jn&&(t.minFilter=It),new Sr(1,10,this).update(e,o),t.minFilter=a,o.geometry.dispose(),o.material.dispose(),this}clear(e,t=!0,n=!0,r=!0){let s=e.getRenderTarget();for(let o=0;o<6;o++)e.setRenderTarget(this,o),e.clear(t,n,r);e.setRenderTarget(s)}},Ff=256,nv=3,iv=20,rp=256,sp=16,rv=3,sv=new X,ov=new He,Ja=class i{constructor(e){this._renderer=e,this._cubeSize=0,this._sourceTarget=null,this._cubeCamera=new Sr(1,10,null),this._boxMesh=new Rn(new br(5,5,5),null),this._cubemapMaterial=null,this._equirectMaterial=null,this._blurMaterial=null,this._ggxMaterial=null,this._integrationMaterial=null}fromScene(e,t=0,n=.1,r=100,s={}){let{size:o=256,position:a=sv}=s,c=this._renderer;this._setSize(o);let l=this._allocateTarget(),u=this._getSourceTarget(!0);t>0&&(u.texture.mipmapsAutoUpdate=!1);let h=c.autoClear,d=c.autoClearColor,f=c.autoClearDepth,m=c.autoClearStencil,y=e.background;c.autoClear=!0,c.autoClearColor=!0,c.autoClearDepth=!0,c.autoClearStencil=!0,y===null&&(e.background=c.getClearColor(ov));let p=new Sr(n,r,u);return p.position.copy(a),p.update(c,e),c.autoClear=h,c.autoClearColor=d,c.autoClearDepth=f,c.autoClearStencil=m,e.background=y,t>0&&(u.texture.mipmapsAutoUpdate=!0,this._blur(l,t)),this._applyPMREM(l),l}fromEquirectangular(e,t=null){return this._fromTexture(e,t)}fromCubemap(e,t=null){return this._fromTexture(e,t)}compileCubemapShader(){this._cubemapMaterial===null&&(this._cubemapMaterial=Bf(),this._compileMaterial(this._cubemapMaterial))}compileEquirectangularShader(){this._equirectMaterial===null&&(this._equirectMaterial=Of(),this._compileMaterial(this._equirectMaterial))}dispose(){this._sourceTarget!==null&&this._sourceTarget.dispose(),this._cubemapMaterial!==null&&this._cubemapMaterial.dispose(),this._equirectMaterial!==null&&this._equirectMaterial.dispose(),this._blurMaterial!==null&&this._blurMaterial.dispose(),this._ggxMaterial!==null&&this._ggxMaterial.dispose(),this._integrationMaterial!==null&&this._integrationMaterial.dispose(),this._boxMesh.geometry.dispose()}static lodToRoughness(e,t){return t>0?1-Math.sqrt(1-e/t):0}_setSize(e){this._cubeSize=Math.max(Ff,Pf(e))}_fromTexture(e,t){e.mapping===Oi||e.mapping===Ar?this._setSize(e.image.length===0?Ff:e.image[0].width||e.image[0].image.width):this._setSize(e.image.width/4);let n=t||this._allocateTarget();return this._textureToCubemap(e),this._applyPMREM(n),n}_allocateTarget(){let e=this._cubeSize,t=Uf(e,!1,!1),n=Math.log2(e)-nv;for(let r=0;r<=n;r++)t.texture.mipmaps.push({width:e>>r,height:e>>r});return t.texture.name="PMREM",t.texture.isPMREMTexture=!0,t}_getSourceTarget(e=!1){let t=this._cubeSize,n=this._sourceTarget;return(n===null||n.width!==t||e&&n.depthBuffer===!1)&&(n!==null&&n.dispose(),this._sourceTarget=Uf(t,!0,e)),this._sourceTarget}_compileMaterial(e){this._boxMesh.material=e,this._renderer.compile(this._boxMesh,this._cubeCamera.children[0])}_renderCube(e,t,n){let r=this._boxMesh,s=this._cubeCamera;r.material=n,s.renderTarget=e,s.activeMipmapLevel=t;let o=e.width>>t;e.viewport.set(0,0,o,o),s.update(this._renderer,r),e.viewport.set(0,0,e.width,e.height)}_textureToCubemap(e){let t;e.mapping===Oi||e.mapping===Ar?(this._cubemapMaterial===null&&(this._cubemapMaterial=Bf()),t=this._cubemapMaterial,t.uniforms.flipEnvMap.value=e.isRenderTargetTexture===!1?-1:1):(this._equirectMaterial===null&&(this._equirectMaterial=Of()),t=this._equirectMaterial),t.uniforms.envMap.value=e,this._renderCube(this._getSourceTarget(),0,t)}_applyPMREM(e){this._ggxMaterial===null&&(this._ggxMaterial=av(),this._integrationMaterial=lv());let t=this._cubeSize,n=e.texture.mipmaps.length-1,r=this._ggxMaterial.uniforms;r.envMap.value=this._sourceTarget.texture;let s=this._integrationMaterial.uniforms;s.envMap.value=this._sourceTarget.texture,s.sourceLod.value=Math.log2(t/sp);for(let o=0;o<=n;o++){let a=i.lodToRoughness(o,n);if(o>n-rv)s.roughness.value=a,this._renderCube(e,o,this._integrationMaterial);else{let c=a>0?Math.log2(t)+.5*Math.log2(6/(rp*Math.pow(a,4)))+.5:0;r.roughness.value=a,r.lodBias.value=c,this._renderCube(e,o,this._ggxMaterial)}}}_blur(e,t){this._blurMaterial===null&&(this._blurMaterial=cv());let n=this._blurMaterial,r=n.uniforms,s=this._sourceTarget;r.sigma.value=Math.min(t,Math.PI)/Math.SQRT2,r.envMap.value=s.texture,this._renderCube(e,0,n),r.envMap.value=e.texture,this._renderCube(s,0,n)}};function Uf(i,e,t){return new Ts(i,{minFilter:Jn,generateMipmaps:e,type:xn,colorSpace:Qr,depthBuffer:t})}function Rs(i,e,t){return new cn({name:i,uniforms:e,vertexShader:Ge.cube_vert,fragmentShader:t,side:Gt,blending:Fi,depthTest:!1,depthWrite:!1})}function av(){return Rs("PMREMGGXConvolution",{envMap:{value:null},roughness:{value:0},lodBias:{value:0}},`

		#define GGX_SAMPLES ${rp}u

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
	`)}function lv(){return Rs("PMREMGGXIntegration",{envMap:{value:null},roughness:{value:0},sourceLod:{value:0},sourceSize:{value:sp}},`

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
	`)}function cv(){return Rs("PMREMSphericalGaussianBlur",{envMap:{value:null},sigma:{value:0}},`

		#define SAMPLES ${iv}
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
	`)}function Of(){return Rs("PMREMEquirectangularToCubemap",{envMap:{value:null}},`

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
	`)}function Bf(){return Rs("PMREMCubemapToCubemap",{envMap:{value:null},flipEnvMap:{value:-1}},`

		varying vec3 vWorldDirection;

		uniform samplerCube envMap;
		uniform float flipEnvMap;

		void main() {

			gl_FragColor = vec4( textureCube( envMap, vec3( flipEnvMap * vWorldDirection.x, vWorldDirection.yz ) ).rgb, 1.0 );

		}
	`)}function uv(i){let e=new WeakMap,t=new WeakMap,n=null;function r(d,f=!1){return d==null?null:f?o(d):s(d)}function s(d){if(d&&d.isTexture){let f=d.mapping;if(f===ca||f===ua)if(e.has(d)){let m=e.get(d).texture;return a(m,d.mapping)}else{let m=d.image;if(m&&m.height>0){let y=new Ts(m.height);return y.fromEquirectangularTexture(i,d),e.set(d,y),d.addEventListener("dispose",l),a(y.texture,d.mapping)}else return null}}return d}function o(d){if(d&&d.isTexture&&d.isPMREMTexture!==!0){let f=d.mapping,m=f===ca||f===ua,y=f===Oi||f===Ar;if(m||y){let p=t.get(d),g=p!==void 0?p.texture.pmremVersion:0;if(d.isRenderTargetTexture&&d.pmremVersion!==g)return n===null&&(n=new Ja(i)),p=m?n.fromEquirectangular(d,p):n.fromCubemap(d,p),p.texture.pmremVersion=d.pmremVersion,t.set(d,p),p.texture;if(p!==void 0)return p.texture;{let v=d.image;return m&&v&&v.height>0||y&&v&&c(v)?(n===null&&(n=new Ja(i)),p=m?n.fromEquirectangular(d):n.fromCubemap(d),p.texture.pmremVersion=d.pmremVersion,t.set(d,p),d.addEventListener("dispose",u),p.texture):null}}}return d}function a(d,f){return f===ca?d.mapping=Oi:f===ua&&(d.mapping=Ar),d}function c(d){let f=0,m=6;for(let y=0;y<m;y++)d[y]!==void 0&&f++;return f===m}function l(d){let f=d.target;f.removeEventListener("dispose",l);let m=e.get(f);m!==void 0&&(e.delete(f),m.dispose())}function u(d){let f=d.target;f.removeEventListener("dispose",u);let m=t.get(f);m!==void 0&&(t.delete(f),m.dispose())}function h(){e=new WeakMap,t=new WeakMap,n!==null&&(n.dispose(),n=null)}return{get:r,dispose:h}}function hv(i){let e={};function t(n){if(e[n]!==void 0)return e[n];let r=i.getExtension(n);return e[n]=r,r}return{has:function(n){return t(n)!==null},init:function(){t("EXT_color_buffer_float"),t("WEBGL_clip_cull_distance"),t("OES_texture_float_linear"),t("EXT_color_buffer_half_float"),t("WEBGL_multisampled_render_to_texture"),t("WEBGL_render_shared_exponent")},get:function(n){let r=t(n);return r===null&&Zr("WebGLRenderer: "+n+" extension not supported."),r}}}function dv(i,e,t,n){let r={},s=new WeakMap,o=new FinalizationRegistry(m=>delete r[m]);function a(m){c(m.target)}function c(m){m.index!==null&&e.remove(m.index);for(let p in m.attributes)e.remove(m.attributes[p]);m.removeEventListener("dispose",a),delete r[m.id],o.unregister(m);let y=s.get(m);y&&(e.remove(y),s.delete(m)),n.releaseStatesOfGeometry(m),m.isInstancedBufferGeometry===!0&&delete m._maxInstanceCount,t.memory.geometries--}function l(m,y){return r[y.id]!==void 0||(y.addEventListener("dispose",a),r[y.id]=new WeakRef(y),o.register(y,y.id,y),t.memory.geometries++),y}function u(m){let y=m.attributes;for(let p in y)e.update(y[p],i.ARRAY_BUFFER)}function h(m){let y=m.index,p=m.attributes.position,g=0;if(p===void 0)return;let v=y!==null?y.array.length:p.array.length/3-1,_=p.count>=65535?as:os,b=new _(Math.ceil(v/3)*6,1),A=b.array;if(y!==null){let x=y.array;g=y.version;for(let E=0,U=0;E<v;E+=3){let N=x[E+0],R=x[E+1],L=x[E+2];A[U++]=N,A[U++]=R,A[U++]=R,A[U++]=L,A[U++]=L,A[U++]=N}}else{g=p.version;for(let x=0,E=0;x<v;x+=3){let U=x+0,N=x+1,R=x+2;A[E++]=U,A[E++]=N,A[E++]=N,A[E++]=R,A[E++]=R,A[E++]=U}}b.version=g;let w=s.get(m);w&&e.remove(w),s.set(m,b)}function d(m){let y=s.get(m);if(y){let p=m.index;p!==null&&y.version<p.version&&h(m)}else h(m);return s.get(m)}function f(){for(let m in r){let y=r[m].deref();y!==void 0&&c(y)}}return{get:l,update:u,getWireframeAttribute:d,dispose:f}}function fv(i,e,t){let n;function r(h){n=h}let s,o;function a(h){s=h.type,o=h.bytesPerElement}function c(h,d){i.drawElements(n,d,s,h*o),t.update(d,n,1)}function l(h,d,f){f!==0&&(i.drawElementsInstanced(n,d,s,h*o,f),t.update(d,n,f))}function u(h,d,f){if(f===0)return;e.get("WEBGL_multi_draw").multiDrawElementsWEBGL(n,d,0,s,h,0,f);let y=0;for(let p=0;p<f;p++)y+=d[p];t.update(y,n,1)}this.setMode=r,this.setIndex=a,this.render=c,this.renderInstances=l,this.renderMultiDraw=u}function pv(i){let e={geometries:0,textures:0},t={frame:0,calls:0,triangles:0,points:0,lines:0};function n(s,o,a){switch(t.calls++,o){case i.TRIANGLES:t.triangles+=a*(s/3);break;case i.LINES:t.lines+=a*(s/2);break;case i.LINE_STRIP:t.lines+=a*(s-1);break;case i.LINE_LOOP:t.lines+=a*s;break;case i.POINTS:t.points+=a*s;break;default:Ne("WebGLInfo: Unknown draw mode:",o);break}}function r(){t.calls=0,t.triangles=0,t.points=0,t.lines=0}return{memory:e,render:t,programs:null,autoReset:!0,reset:r,update:n}}function mv(i,e,t){let n=new WeakMap,r=new dt;function s(o,a,c){let l=o.morphTargetInfluences,u=a.morphAttributes.position||a.morphAttributes.normal||a.morphAttributes.color,h=u!==void 0?u.length:0,d=n.get(a);if(d===void 0||d.count!==h){let U=function(){x.dispose(),n.delete(a),a.removeEventListener("dispose",U)};d!==void 0&&d.texture.dispose();let f=a.morphAttributes.position!==void 0,m=a.morphAttributes.normal!==void 0,y=a.morphAttributes.color!==void 0,p=a.morphAttributes.position||[],g=a.morphAttributes.normal||[],v=a.morphAttributes.color||[],_=0;f===!0&&(_=1),m===!0&&(_=2),y===!0&&(_=3);let b=a.attributes.position.count*_,A=1;b>e.maxTextureSize&&(A=Math.ceil(b/e.maxTextureSize),b=e.maxTextureSize);let w=new Float32Array(b*A*4*h),x=new is(w,b,A,h);x.type=yn,x.needsUpdate=!0;let E=_*4;for(let N=0;N<h;N++){let R=p[N],L=g[N],k=v[N],I=b*A*4*N;for(let W=0;W<R.count;W++){let q=W*E;f===!0&&(r.fromBufferAttribute(R,W),w[I+q+0]=r.x,w[I+q+1]=r.y,w[I+q+2]=r.z,w[I+q+3]=0),m===!0&&(r.fromBufferAttribute(L,W),w[I+q+4]=r.x,w[I+q+5]=r.y,w[I+q+6]=r.z,w[I+q+7]=0),y===!0&&(r.fromBufferAttribute(k,W),w[I+q+8]=r.x,w[I+q+9]=r.y,w[I+q+10]=r.z,w[I+q+11]=k.itemSize===4?r.w:1)}}d={count:h,texture:x,size:new Ke(b,A)},n.set(a,d),a.addEventListener("dispose",U)}if(o.isInstancedMesh===!0&&o.morphTexture!==null)c.getUniforms().setValue(i,"morphTexture",o.morphTexture,t);else{let f=0;for(let y=0;y<l.length;y++)f+=l[y];let m=a.morphTargetsRelative?1:1-f;c.getUniforms().setValue(i,"morphTargetBaseInfluence",m),c.getUniforms().setValue(i,"morphTargetInfluences",l)}c.getUniforms().setValue(i,"morphTargetsTexture",d.texture,t),c.getUniforms().setValue(i,"morphTargetsTextureSize",d.size)}return{update:s}}function gv(i,e,t,n,r){let s=new WeakMap;function o(l){let u=r.render.frame,h=l.geometry,d=e.get(l,h);if(s.get(d)!==u&&(e.update(d),s.set(d,u)),l.isInstancedMesh&&(l.hasEventListener("dispose",c)===!1&&l.addEventListener("dispose",c),s.get(l)!==u&&(t.update(l.instanceMatrix,i.ARRAY_BUFFER),l.instanceColor!==null&&t.update(l.instanceColor,i.ARRAY_BUFFER),s.set(l,u))),l.isSkinnedMesh){let f=l.skeleton;s.get(f)!==u&&(f.update(),s.set(f,u))}return d}function a(){s=new WeakMap}function c(l){let u=l.target;u.removeEventListener("dispose",c),n.releaseStatesOfObject(u),t.remove(u.instanceMatrix),u.instanceColor!==null&&t.remove(u.instanceColor)}return{update:o,dispose:a}}var yv={[Lc]:"LINEAR_TONE_MAPPING",[Nc]:"REINHARD_TONE_MAPPING",[Dc]:"CINEON_TONE_MAPPING",[Fc]:"ACES_FILMIC_TONE_MAPPING",[Oc]:"AGX_TONE_MAPPING",[Bc]:"NEUTRAL_TONE_MAPPING",[Uc]:"CUSTOM_TONE_MAPPING"};function xv(i,e,t,n,r,s){let o=new Jt(e,t,{type:i,depthBuffer:r,stencilBuffer:s,samples:n?4:0,storeMultisampledDepthBuffer:!1,storeMultisampledStencilBuffer:!1,resolveDepthBuffer:!1,resolveStencilBuffer:!1}),a=null,c=null,l=null,u=new jt;u.setAttribute("position",new ln([-1,3,0,-1,-1,0,3,-1,0],3)),u.setAttribute("uv",new ln([0,2,0,0,2,0],2));let h=new Yo({uniforms:{tDiffuse:{value:null}},vertexShader:`
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
			}`,depthTest:!1,depthWrite:!1}),d=new Rn(u,h),f=new _r(-1,1,1,-1,0,1),m=null,y=null,p=!1,g,v=null,_=[],b=!1;this.setSize=function(A,w){o.setSize(A,w),a!==null&&a.setSize(A,w),c!==null&&c.setSize(A,w);for(let x=0;x<_.length;x++){let E=_[x];E.setSize&&E.setSize(A,w)}},this.setEffects=function(A){_=A,b=_.length>0&&_[0].isRenderPass===!0;let w=o.width,x=o.height;_.length>0&&a===null&&(a=new Jt(w,x,{type:xn,depthBuffer:!1,stencilBuffer:!1}),c=new Jt(w,x,{type:xn,depthBuffer:!1,stencilBuffer:!1}));let E=r===!0&&_.some(U=>U.needsDepthTexture===!0);E!==(o.depthTexture!==null)&&(E===!0&&l===null&&(l=new Kn(w,x),s===!0&&(l.format=Zn,l.type=Bi)),o.dispose(),o.depthTexture=E?l:null,o.resolveDepthBuffer=E,o.storeMultisampledDepthBuffer=E);for(let U=0;U<_.length;U++){let N=_[U];N.setSize&&N.setSize(w,x),E&&N.needsDepthTexture===!0&&N.setDepthTexture&&N.setDepthTexture(l)}},this.begin=function(A,w){if(p||A.toneMapping===Pn&&_.length===0)return!1;if(v=w,w!==null){let x=w.width,E=w.height;(o.width!==x||o.height!==E)&&this.setSize(x,E)}return b===!1&&A.setRenderTarget(o),g=A.toneMapping,A.toneMapping=Pn,!0},this.hasRenderPass=function(){return b},this.end=function(A,w){A.toneMapping=g,p=!0;let x=o,E=a;for(let U=0;U<_.length;U++){let N=_[U];N.enabled!==!1&&(N.render(A,E,x,w),N.needsSwap!==!1&&(x=E,E=E===a?c:a))}if(m!==A.outputColorSpace||y!==A.toneMapping){m=A.outputColorSpace,y=A.toneMapping,h.defines={},$e.getTransfer(m)===Qe&&(h.defines.SRGB_TRANSFER="");let U=yv[y];U&&(h.defines[U]=""),h.needsUpdate=!0}h.uniforms.tDiffuse.value=x.texture,A.setRenderTarget(v),A.render(d,f),v=null,p=!1},this.isCompositing=function(){return p},this.dispose=function(){o.dispose(),a!==null&&a.dispose(),c!==null&&c.dispose(),u.dispose(),h.dispose()}}var op=new Ut,ap=new Kn(1,1),lp=new us(1),cp=new is,up=new Wo,hp=new cs,kf=[],zf=[],Gf=new Float32Array(16),Vf=new Float32Array(9),Hf=new Float32Array(4);function Rr(i,e,t){let n=i[0];if(n<=0||n>0)return i;let r=e*t,s=kf[r];if(s===void 0&&(s=new Float32Array(r),kf[r]=s),e!==0){n.toArray(s,0);for(let o=1,a=0;o!==e;++o)a+=t,i[o].toArray(s,a)}return s}function _t(i,e){if(i.length!==e.length)return!1;for(let t=0,n=i.length;t<n;t++)if(i[t]!==e[t])return!1;return!0}function St(i,e){for(let t=0,n=e.length;t<n;t++)i[t]=e[t]}function ja(i,e){let t=zf[e];t===void 0&&(t=new Int32Array(e),zf[e]=t);for(let n=0;n!==e;++n)t[n]=i.allocateTextureUnit();return t}function vv(i,e){let t=this.cache;t[0]!==e&&(i.uniform1f(this.addr,e),t[0]=e)}function bv(i,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y)&&(i.uniform2f(this.addr,e.x,e.y),t[0]=e.x,t[1]=e.y);else{if(_t(t,e))return;i.uniform2fv(this.addr,e),St(t,e)}}function _v(i,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y||t[2]!==e.z)&&(i.uniform3f(this.addr,e.x,e.y,e.z),t[0]=e.x,t[1]=e.y,t[2]=e.z);else if(e.r!==void 0)(t[0]!==e.r||t[1]!==e.g||t[2]!==e.b)&&(i.uniform3f(this.addr,e.r,e.g,e.b),t[0]=e.r,t[1]=e.g,t[2]=e.b);else{if(_t(t,e))return;i.uniform3fv(this.addr,e),St(t,e)}}function Sv(i,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y||t[2]!==e.z||t[3]!==e.w)&&(i.uniform4f(this.addr,e.x,e.y,e.z,e.w),t[0]=e.x,t[1]=e.y,t[2]=e.z,t[3]=e.w);else{if(_t(t,e))return;i.uniform4fv(this.addr,e),St(t,e)}}function Mv(i,e){let t=this.cache,n=e.elements;if(n===void 0){if(_t(t,e))return;i.uniformMatrix2fv(this.addr,!1,e),St(t,e)}else{if(_t(t,n))return;Hf.set(n),i.uniformMatrix2fv(this.addr,!1,Hf),St(t,n)}}function wv(i,e){let t=this.cache,n=e.elements;if(n===void 0){if(_t(t,e))return;i.uniformMatrix3fv(this.addr,!1,e),St(t,e)}else{if(_t(t,n))return;Vf.set(n),i.uniformMatrix3fv(this.addr,!1,Vf),St(t,n)}}function Av(i,e){let t=this.cache,n=e.elements;if(n===void 0){if(_t(t,e))return;i.uniformMatrix4fv(this.addr,!1,e),St(t,e)}else{if(_t(t,n))return;Gf.set(n),i.uniformMatrix4fv(this.addr,!1,Gf),St(t,n)}}function Ev(i,e){let t=this.cache;t[0]!==e&&(i.uniform1i(this.addr,e),t[0]=e)}function Tv(i,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y)&&(i.uniform2i(this.addr,e.x,e.y),t[0]=e.x,t[1]=e.y);else{if(_t(t,e))return;i.uniform2iv(this.addr,e),St(t,e)}}function Rv(i,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y||t[2]!==e.z)&&(i.uniform3i(this.addr,e.x,e.y,e.z),t[0]=e.x,t[1]=e.y,t[2]=e.z);else{if(_t(t,e))return;i.uniform3iv(this.addr,e),St(t,e)}}function Cv(i,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y||t[2]!==e.z||t[3]!==e.w)&&(i.uniform4i(this.addr,e.x,e.y,e.z,e.w),t[0]=e.x,t[1]=e.y,t[2]=e.z,t[3]=e.w);else{if(_t(t,e))return;i.uniform4iv(this.addr,e),St(t,e)}}function Pv(i,e){let t=this.cache;t[0]!==e&&(i.uniform1ui(this.addr,e),t[0]=e)}function Iv(i,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y)&&(i.uniform2ui(this.addr,e.x,e.y),t[0]=e.x,t[1]=e.y);else{if(_t(t,e))return;i.uniform2uiv(this.addr,e),St(t,e)}}function Lv(i,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y||t[2]!==e.z)&&(i.uniform3ui(this.addr,e.x,e.y,e.z),t[0]=e.x,t[1]=e.y,t[2]=e.z);else{if(_t(t,e))return;i.uniform3uiv(this.addr,e),St(t,e)}}function Nv(i,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y||t[2]!==e.z||t[3]!==e.w)&&(i.uniform4ui(this.addr,e.x,e.y,e.z,e.w),t[0]=e.x,t[1]=e.y,t[2]=e.z,t[3]=e.w);else{if(_t(t,e))return;i.uniform4uiv(this.addr,e),St(t,e)}}function Qa(i){return i.version===0&&(i.compareFunction=Jc,i.needsUpdate=!0),i}function Dv(i,e,t){let n=this.cache,r=t.allocateTextureUnit();n[0]!==r&&(i.uniform1i(this.addr,r),n[0]=r);let s;this.type===i.SAMPLER_2D_SHADOW?s=Qa(ap):s=op,t.setTexture2D(e||s,r)}function Fv(i,e,t){let n=this.cache,r=t.allocateTextureUnit();n[0]!==r&&(i.uniform1i(this.addr,r),n[0]=r),t.setTexture3D(e||up,r)}function Uv(i,e,t){let n=this.cache,r=t.allocateTextureUnit();n[0]!==r&&(i.uniform1i(this.addr,r),n[0]=r);let s;this.type===i.SAMPLER_CUBE_SHADOW?s=Qa(lp):s=hp,t.setTextureCube(e||s,r)}function Ov(i,e,t){let n=this.cache,r=t.allocateTextureUnit();n[0]!==r&&(i.uniform1i(this.addr,r),n[0]=r),t.setTexture2DArray(e||cp,r)}function Bv(i){switch(i){case 5126:return vv;case 35664:return bv;case 35665:return _v;case 35666:return Sv;case 35674:return Mv;case 35675:return wv;case 35676:return Av;case 5124:case 35670:return Ev;case 35667:case 35671:return Tv;case 35668:case 35672:return Rv;case 35669:case 35673:return Cv;case 5125:return Pv;case 36294:return Iv;case 36295:return Lv;case 36296:return Nv;case 35678:case 36198:case 36298:case 36306:case 35682:return Dv;case 35679:case 36299:case 36307:return Fv;case 35680:case 36300:case 36308:case 36293:return Uv;case 36289:case 36303:case 36311:case 36292:return Ov}}function kv(i,e){i.uniform1fv(this.addr,e)}function zv(i,e){let t=Rr(e,this.size,2);i.uniform2fv(this.addr,t)}function Gv(i,e){let t=Rr(e,this.size,3);i.uniform3fv(this.addr,t)}function Vv(i,e){let t=Rr(e,this.size,4);i.uniform4fv(this.addr,t)}function Hv(i,e){let t=Rr(e,this.size,4);i.uniformMatrix2fv(this.addr,!1,t)}function Wv(i,e){let t=Rr(e,this.size,9);i.uniformMatrix3fv(this.addr,!1,t)}function Xv(i,e){let t=Rr(e,this.size,16);i.uniformMatrix4fv(this.addr,!1,t)}function qv(i,e){i.uniform1iv(this.addr,e)}function $v(i,e){i.uniform2iv(this.addr,e)}function Yv(i,e){i.uniform3iv(this.addr,e)}function Kv(i,e){i.uniform4iv(this.addr,e)}function Jv(i,e){i.uniform1uiv(this.addr,e)}function Zv(i,e){i.uniform2uiv(this.addr,e)}function jv(i,e){i.uniform3uiv(this.addr,e)}function Qv(i,e){i.uniform4uiv(this.addr,e)}function eb(i,e,t){let n=this.cache,r=e.length,s=ja(t,r);_t(n,s)||(i.uniform1iv(this.addr,s),St(n,s));let o;this.type===i.SAMPLER_2D_SHADOW?o=Qa(ap):o=op;for(let a=0;a!==r;++a)t.setTexture2D(e[a]||o,s[a])}function tb(i,e,t){let n=this.cache,r=e.length,s=ja(t,r);_t(n,s)||(i.uniform1iv(this.addr,s),St(n,s));for(let o=0;o!==r;++o)t.setTexture3D(e[o]||up,s[o])}function nb(i,e,t){let n=this.cache,r=e.length,s=ja(t,r);_t(n,s)||(i.uniform1iv(this.addr,s),St(n,s));let o;this.type===i.SAMPLER_CUBE_SHADOW?o=Qa(lp):o=hp;for(let a=0;a!==r;++a)t.setTextureCube(e[a]||o,s[a])}function ib(i,e,t){let n=this.cache,r=e.length,s=ja(t,r);_t(n,s)||(i.uniform1iv(this.addr,s),St(n,s));for(let o=0;o!==r;++o)t.setTexture2DArray(e[o]||cp,s[o])}function rb(i){switch(i){case 5126:return kv;case 35664:return zv;case 35665:return Gv;case 35666:return Vv;case 35674:return Hv;case 35675:return Wv;case 35676:return Xv;case 5124:case 35670:return qv;case 35667:case 35671:return $v;case 35668:case 35672:return Yv;case 35669:case 35673:return Kv;case 5125:return Jv;case 36294:return Zv;case 36295:return jv;case 36296:return Qv;case 35678:case 36198:case 36298:case 36306:case 35682:return eb;case 35679:case 36299:case 36307:return tb;case 35680:case 36300:case 36308:case 36293:return nb;case 36289:case 36303:case 36311:case 36292:return ib}}var uu=class{constructor(e,t,n){this.id=e,this.addr=n,this.cache=[],this.type=t.type,this.setValue=Bv(t.type)}},hu=class{constructor(e,t,n){this.id=e,this.addr=n,this.cache=[],this.type=t.type,this.size=t.size,this.setValue=rb(t.type)}},du=class{constructor(e){this.id=e,this.seq=[],this.map={}}setValue(e,t,n){let r=this.seq;for(let s=0,o=r.length;s!==o;++s){let a=r[s];a.setValue(e,t[a.id],n)}}},lu=/(\w+)(\])?(\[|\.)?/g;function Wf(i,e){i.seq.push(e),i.map[e.id]=e}function sb(i,e,t){let n=i.name,r=n.length;for(lu.lastIndex=0;;){let s=lu.exec(n),o=lu.lastIndex,a=s[1],c=s[2]==="]",l=s[3];if(c&&(a=a|0),l===void 0||l==="["&&o+2===r){Wf(t,l===void 0?new uu(a,i,e):new hu(a,i,e));break}else{let h=t.map[a];h===void 0&&(h=new du(a),Wf(t,h)),t=h}}}var Tr=class{constructor(e,t){this.seq=[],this.map={};let n=e.getProgramParameter(t,e.ACTIVE_UNIFORMS);for(let o=0;o<n;++o){let a=e.getActiveUniform(t,o),c=e.getUniformLocation(t,a.name);sb(a,c,this)}let r=[],s=[];for(let o of this.seq)o.type===e.SAMPLER_2D_SHADOW||o.type===e.SAMPLER_CUBE_SHADOW||o.type===e.SAMPLER_2D_ARRAY_SHADOW?r.push(o):s.push(o);r.length>0&&(this.seq=r.concat(s))}setValue(e,t,n,r){let s=this.map[t];s!==void 0&&s.setValue(e,n,r)}setOptional(e,t,n){let r=t[n];r!==void 0&&this.setValue(e,n,r)}static upload(e,t,n,r){for(let s=0,o=t.length;s!==o;++s){let a=t[s],c=n[a.id];c.needsUpdate!==!1&&a.setValue(e,c.value,r)}}static seqWithValue(e,t){let n=[];for(let r=0,s=e.length;r!==s;++r){let o=e[r];o.id in t&&n.push(o)}return n}};function Xf(i,e,t){let n=i.createShader(e);return i.shaderSource(n,t),i.compileShader(n),n}var ob=37297,ab=0;function lb(i,e){let t=i.split(`
`),n=[],r=Math.max(e-6,0),s=Math.min(e+6,t.length);for(let o=r;o<s;o++){let a=o+1;n.push(`${a===e?">":" "} ${a}: ${t[o]}`)}return n.join(`
`)}var qf=new De;function cb(i){$e._getMatrix(qf,$e.workingColorSpace,i);let e=`mat3( ${qf.elements.map(t=>t.toFixed(4))} )`;switch($e.getTransfer(i)){case es:return[e,"LinearTransferOETF"];case Qe:return[e,"sRGBTransferOETF"];default:return Ie("WebGLProgram: Unsupported color space: ",i),[e,"LinearTransferOETF"]}}function $f(i,e,t){let n=i.getShaderParameter(e,i.COMPILE_STATUS),s=(i.getShaderInfoLog(e)||"").trim();if(n&&s==="")return"";let o=/ERROR: 0:(\d+)/.exec(s);if(o){let a=parseInt(o[1]);return t.toUpperCase()+`

`+s+`

`+lb(i.getShaderSource(e),a)}else return s}function ub(i,e){let t=cb(e);return[`vec4 ${i}( vec4 value ) {`,`	return ${t[1]}( vec4( ${t[0]} * value.rgb, value.a ) );`,"}"].join(`
`)}var hb={[Lc]:"Linear",[Nc]:"Reinhard",[Dc]:"Cineon",[Fc]:"ACESFilmic",[Oc]:"AgX",[Bc]:"Neutral",[Uc]:"Custom"};function db(i,e){let t=hb[e];return t===void 0?(Ie("WebGLProgram: Unsupported toneMapping:",e),"vec3 "+i+"( vec3 color ) { return LinearToneMapping( color ); }"):"vec3 "+i+"( vec3 color ) { return "+t+"ToneMapping( color ); }"}var Ka=new X;function fb(){$e.getLuminanceCoefficients(Ka);let i=Ka.x.toFixed(4),e=Ka.y.toFixed(4),t=Ka.z.toFixed(4);return["float luminance( const in vec3 rgb ) {",`	const vec3 weights = vec3( ${i}, ${e}, ${t} );`,"	return dot( weights, rgb );","}"].join(`
`)}function pb(i){return[i.extensionClipCullDistance?"#extension GL_ANGLE_clip_cull_distance : require":"",i.extensionMultiDraw?"#extension GL_ANGLE_multi_draw : require":""].filter(Es).join(`
`)}function mb(i){let e=[];for(let t in i){let n=i[t];n!==!1&&e.push("#define "+t+" "+n)}return e.join(`
`)}function gb(i,e){let t={},n=i.getProgramParameter(e,i.ACTIVE_ATTRIBUTES);for(let r=0;r<n;r++){let s=i.getActiveAttrib(e,r),o=s.name,a=1;s.type===i.FLOAT_MAT2&&(a=2),s.type===i.FLOAT_MAT3&&(a=3),s.type===i.FLOAT_MAT4&&(a=4),t[o]={type:s.type,location:i.getAttribLocation(e,o),locationSize:a}}return t}function Es(i){return i!==""}function Yf(i,e){let t=e.numSpotLightShadows+e.numSpotLightMaps-e.numSpotLightShadowsWithMaps;return i.replace(/NUM_SUN_LIGHTS/g,e.numSunLights).replace(/NUM_DIR_LIGHTS/g,e.numDirLights).replace(/NUM_SPOT_LIGHTS/g,e.numSpotLights).replace(/NUM_SPOT_LIGHT_MAPS/g,e.numSpotLightMaps).replace(/NUM_SPOT_LIGHT_COORDS/g,t).replace(/NUM_RECT_AREA_LIGHTS/g,e.numRectAreaLights).replace(/NUM_POINT_LIGHTS/g,e.numPointLights).replace(/NUM_HEMI_LIGHTS/g,e.numHemiLights).replace(/NUM_SUN_LIGHT_SHADOWS/g,e.numSunLightShadows).replace(/NUM_DIR_LIGHT_SHADOWS/g,e.numDirLightShadows).replace(/NUM_SPOT_LIGHT_SHADOWS_WITH_MAPS/g,e.numSpotLightShadowsWithMaps).replace(/NUM_SPOT_LIGHT_SHADOWS/g,e.numSpotLightShadows).replace(/NUM_POINT_LIGHT_SHADOWS/g,e.numPointLightShadows).replace(/NUM_LIGHT_PROBE_GRIDS/g,e.numLightProbeGrids)}function Kf(i,e){return i.replace(/NUM_CLIPPING_PLANES/g,e.numClippingPlanes).replace(/UNION_CLIPPING_PLANES/g,e.numClippingPlanes-e.numClipIntersection)}var yb=/^[ \t]*#include +<([\w\d./]+)>/gm;function fu(i){return i.replace(yb,xb)}function xb(i,e){let t=Ge[e];if(t===void 0)throw new Error("THREE.WebGLProgram: Can not resolve #include <"+e+">");return fu(t)}var vb=/#pragma unroll_loop_start\s+for\s*\(\s*int\s+i\s*=\s*(\d+)\s*;\s*i\s*<\s*(\d+)\s*;\s*i\s*\+\+\s*\)\s*{([\s\S]+?)}\s+#pragma unroll_loop_end/g;function Jf(i){return i.replace(vb,bb)}function bb(i,e,t,n){let r="";for(let s=parseInt(e);s<parseInt(t);s++)r+=n.replace(/\[\s*i\s*\]/g,"[ "+s+" ]").replace(/UNROLLED_LOOP_INDEX/g,s);return r}function Zf(i){let e=`precision ${i.precision} float;
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
#define LOW_PRECISION`),e}var _b={[ms]:"SHADOWMAP_TYPE_PCF",[Mr]:"SHADOWMAP_TYPE_VSM"};function Sb(i){return _b[i.shadowMapType]||"SHADOWMAP_TYPE_BASIC"}var Mb={[Ar]:"ENVMAP_MODE_REFRACTION"};function wb(i){return i.envMap===!1?"ENVMAP_MODE_REFLECTION":Mb[i.envMapMode]||"ENVMAP_MODE_REFLECTION"}var Ab={[Ic]:"ENVMAP_BLENDING_MULTIPLY",[pf]:"ENVMAP_BLENDING_MIX",[mf]:"ENVMAP_BLENDING_ADD"};function Eb(i){return i.envMap===!1?"ENVMAP_BLENDING_NONE":Ab[i.combine]||"ENVMAP_BLENDING_NONE"}function Tb(i,e,t,n){let r=i.getContext(),s=t.defines,o=t.vertexShader,a=t.fragmentShader,c=Sb(t),l=t.envMapPMREM===!0?"ENVMAP_TYPE_PMREM":"ENVMAP_TYPE_CUBE",u=wb(t),h=Eb(t),d=pb(t),f=mb(s),m=r.createProgram(),y,p,g=t.glslVersion?"#version "+t.glslVersion+`
`:"";t.isRawShaderMaterial?(y=["#define SHADER_TYPE "+t.shaderType,"#define SHADER_NAME "+t.shaderName,f].filter(Es).join(`
`),y.length>0&&(y+=`
`),p=["#define SHADER_TYPE "+t.shaderType,"#define SHADER_NAME "+t.shaderName,f].filter(Es).join(`
`),p.length>0&&(p+=`
`)):(y=[Zf(t),"#define SHADER_TYPE "+t.shaderType,"#define SHADER_NAME "+t.shaderName,f,t.extensionClipCullDistance?"#define USE_CLIP_DISTANCE":"",t.batching?"#define USE_BATCHING":"",t.batchingColor?"#define USE_BATCHING_COLOR":"",t.instancing?"#define USE_INSTANCING":"",t.instancingColor?"#define USE_INSTANCING_COLOR":"",t.instancingMorph?"#define USE_INSTANCING_MORPH":"",t.useFog&&t.fog?"#define USE_FOG":"",t.useFog&&t.fogExp2?"#define FOG_EXP2":"",t.map?"#define USE_MAP":"",t.envMap?"#define USE_ENVMAP":"",t.envMap?"#define "+u:"",t.lightMap?"#define USE_LIGHTMAP":"",t.aoMap?"#define USE_AOMAP":"",t.bumpMap?"#define USE_BUMPMAP":"",t.normalMap?"#define USE_NORMALMAP":"",t.normalMapObjectSpace?"#define USE_NORMALMAP_OBJECTSPACE":"",t.normalMapTangentSpace?"#define USE_NORMALMAP_TANGENTSPACE":"",t.displacementMap?"#define USE_DISPLACEMENTMAP":"",t.emissiveMap?"#define USE_EMISSIVEMAP":"",t.anisotropy?"#define USE_ANISOTROPY":"",t.anisotropyMap?"#define USE_ANISOTROPYMAP":"",t.clearcoatMap?"#define USE_CLEARCOATMAP":"",t.clearcoatRoughnessMap?"#define USE_CLEARCOAT_ROUGHNESSMAP":"",t.clearcoatNormalMap?"#define USE_CLEARCOAT_NORMALMAP":"",t.diffuseRoughnessMap?"#define USE_DIFFUSE_ROUGHNESSMAP":"",t.iridescenceMap?"#define USE_IRIDESCENCEMAP":"",t.iridescenceThicknessMap?"#define USE_IRIDESCENCE_THICKNESSMAP":"",t.specularMap?"#define USE_SPECULARMAP":"",t.specularColorMap?"#define USE_SPECULAR_COLORMAP":"",t.specularIntensityMap?"#define USE_SPECULAR_INTENSITYMAP":"",t.roughnessMap?"#define USE_ROUGHNESSMAP":"",t.metalnessMap?"#define USE_METALNESSMAP":"",t.alphaMap?"#define USE_ALPHAMAP":"",t.alphaHash?"#define USE_ALPHAHASH":"",t.transmission?"#define USE_TRANSMISSION":"",t.transmissionMap?"#define USE_TRANSMISSIONMAP":"",t.thicknessMap?"#define USE_THICKNESSMAP":"",t.sheenColorMap?"#define USE_SHEEN_COLORMAP":"",t.sheenRoughnessMap?"#define USE_SHEEN_ROUGHNESSMAP":"",t.mapUv?"#define MAP_UV "+t.mapUv:"",t.alphaMapUv?"#define ALPHAMAP_UV "+t.alphaMapUv:"",t.lightMapUv?"#define LIGHTMAP_UV "+t.lightMapUv:"",t.aoMapUv?"#define AOMAP_UV "+t.aoMapUv:"",t.emissiveMapUv?"#define EMISSIVEMAP_UV "+t.emissiveMapUv:"",t.bumpMapUv?"#define BUMPMAP_UV "+t.bumpMapUv:"",t.normalMapUv?"#define NORMALMAP_UV "+t.normalMapUv:"",t.displacementMapUv?"#define DISPLACEMENTMAP_UV "+t.displacementMapUv:"",t.metalnessMapUv?"#define METALNESSMAP_UV "+t.metalnessMapUv:"",t.roughnessMapUv?"#define ROUGHNESSMAP_UV "+t.roughnessMapUv:"",t.anisotropyMapUv?"#define ANISOTROPYMAP_UV "+t.anisotropyMapUv:"",t.clearcoatMapUv?"#define CLEARCOATMAP_UV "+t.clearcoatMapUv:"",t.clearcoatNormalMapUv?"#define CLEARCOAT_NORMALMAP_UV "+t.clearcoatNormalMapUv:"",t.clearcoatRoughnessMapUv?"#define CLEARCOAT_ROUGHNESSMAP_UV "+t.clearcoatRoughnessMapUv:"",t.diffuseRoughnessMapUv?"#define DIFFUSE_ROUGHNESSMAP_UV "+t.diffuseRoughnessMapUv:"",t.iridescenceMapUv?"#define IRIDESCENCEMAP_UV "+t.iridescenceMapUv:"",t.iridescenceThicknessMapUv?"#define IRIDESCENCE_THICKNESSMAP_UV "+t.iridescenceThicknessMapUv:"",t.sheenColorMapUv?"#define SHEEN_COLORMAP_UV "+t.sheenColorMapUv:"",t.sheenRoughnessMapUv?"#define SHEEN_ROUGHNESSMAP_UV "+t.sheenRoughnessMapUv:"",t.specularMapUv?"#define SPECULARMAP_UV "+t.specularMapUv:"",t.specularColorMapUv?"#define SPECULAR_COLORMAP_UV "+t.specularColorMapUv:"",t.specularIntensityMapUv?"#define SPECULAR_INTENSITYMAP_UV "+t.specularIntensityMapUv:"",t.transmissionMapUv?"#define TRANSMISSIONMAP_UV "+t.transmissionMapUv:"",t.thicknessMapUv?"#define THICKNESSMAP_UV "+t.thicknessMapUv:"",t.vertexTangents&&t.flatShading===!1?"#define USE_TANGENT":"",t.vertexNormals?"#define HAS_NORMAL":"",t.vertexColors?"#define USE_COLOR":"",t.vertexAlphas?"#define USE_COLOR_ALPHA":"",t.vertexUv1s?"#define USE_UV1":"",t.vertexUv2s?"#define USE_UV2":"",t.vertexUv3s?"#define USE_UV3":"",t.pointsUvs?"#define USE_POINTS_UV":"",t.flatShading?"#define FLAT_SHADED":"",t.skinning?"#define USE_SKINNING":"",t.morphTargets?"#define USE_MORPHTARGETS":"",t.morphNormals&&t.flatShading===!1?"#define USE_MORPHNORMALS":"",t.morphColors?"#define USE_MORPHCOLORS":"",t.morphTargetsCount>0?"#define MORPHTARGETS_TEXTURE_STRIDE "+t.morphTextureStride:"",t.morphTargetsCount>0?"#define MORPHTARGETS_COUNT "+t.morphTargetsCount:"",t.doubleSided?"#define DOUBLE_SIDED":"",t.flipSided?"#define FLIP_SIDED":"",t.shadowMapEnabled?"#define USE_SHADOWMAP":"",t.shadowMapEnabled?"#define "+c:"",t.sizeAttenuation?"#define USE_SIZEATTENUATION":"",t.numLightProbes>0?"#define USE_LIGHT_PROBES":"",t.logarithmicDepthBuffer?"#define USE_LOGARITHMIC_DEPTH_BUFFER":"",t.reversedDepthBuffer?"#define USE_REVERSED_DEPTH_BUFFER":"","uniform mat4 modelMatrix;","uniform mat4 modelViewMatrix;","uniform mat4 projectionMatrix;","uniform mat4 viewMatrix;","uniform mat3 normalMatrix;","uniform vec3 cameraPosition;","uniform bool isOrthographic;","#ifdef USE_INSTANCING","	attribute mat4 instanceMatrix;","#endif","#ifdef USE_INSTANCING_COLOR","	attribute vec3 instanceColor;","#endif","#ifdef USE_INSTANCING_MORPH","	uniform sampler2D morphTexture;","#endif","attribute vec3 position;","attribute vec3 normal;","attribute vec2 uv;","#ifdef USE_UV1","	attribute vec2 uv1;","#endif","#ifdef USE_UV2","	attribute vec2 uv2;","#endif","#ifdef USE_UV3","	attribute vec2 uv3;","#endif","#ifdef USE_TANGENT","	attribute vec4 tangent;","#endif","#if defined( USE_COLOR_ALPHA )","	attribute vec4 color;","#elif defined( USE_COLOR )","	attribute vec3 color;","#endif","#ifdef USE_SKINNING","	attribute vec4 skinIndex;","	attribute vec4 skinWeight;","#endif",`
`].filter(Es).join(`
`),p=[Zf(t),"#define SHADER_TYPE "+t.shaderType,"#define SHADER_NAME "+t.shaderName,f,t.useFog&&t.fog?"#define USE_FOG":"",t.useFog&&t.fogExp2?"#define FOG_EXP2":"",t.alphaToCoverage?"#define ALPHA_TO_COVERAGE":"",t.map?"#define USE_MAP":"",t.matcap?"#define USE_MATCAP":"",t.envMap?"#define USE_ENVMAP":"",t.envMap?"#define "+l:"",t.envMap?"#define "+u:"",t.envMap?"#define "+h:"",t.envMapPMREM?"#define ENVMAP_MAX_LOD "+t.envMapMaxLod+".0":"",t.envMapPMREM?"#define ENVMAP_SIZE "+t.envMapSize+".0":"",t.lightMap?"#define USE_LIGHTMAP":"",t.aoMap?"#define USE_AOMAP":"",t.bumpMap?"#define USE_BUMPMAP":"",t.normalMap?"#define USE_NORMALMAP":"",t.normalMapObjectSpace?"#define USE_NORMALMAP_OBJECTSPACE":"",t.normalMapTangentSpace?"#define USE_NORMALMAP_TANGENTSPACE":"",t.packedNormalMap?"#define USE_PACKED_NORMALMAP":"",t.emissiveMap?"#define USE_EMISSIVEMAP":"",t.anisotropy?"#define USE_ANISOTROPY":"",t.anisotropyMap?"#define USE_ANISOTROPYMAP":"",t.clearcoat?"#define USE_CLEARCOAT":"",t.clearcoatMap?"#define USE_CLEARCOATMAP":"",t.clearcoatRoughnessMap?"#define USE_CLEARCOAT_ROUGHNESSMAP":"",t.clearcoatNormalMap?"#define USE_CLEARCOAT_NORMALMAP":"",t.diffuseRoughness?"#define USE_DIFFUSE_ROUGHNESS":"",t.diffuseRoughnessMap?"#define USE_DIFFUSE_ROUGHNESSMAP":"",t.dispersion?"#define USE_DISPERSION":"",t.retroreflection?"#define USE_RETROREFLECTION":"",t.iridescence?"#define USE_IRIDESCENCE":"",t.iridescenceMap?"#define USE_IRIDESCENCEMAP":"",t.iridescenceThicknessMap?"#define USE_IRIDESCENCE_THICKNESSMAP":"",t.specularMap?"#define USE_SPECULARMAP":"",t.specularColorMap?"#define USE_SPECULAR_COLORMAP":"",t.specularIntensityMap?"#define USE_SPECULAR_INTENSITYMAP":"",t.roughnessMap?"#define USE_ROUGHNESSMAP":"",t.metalnessMap?"#define USE_METALNESSMAP":"",t.alphaMap?"#define USE_ALPHAMAP":"",t.alphaTest?"#define USE_ALPHATEST":"",t.alphaHash?"#define USE_ALPHAHASH":"",t.sheen?"#define USE_SHEEN":"",t.sheenColorMap?"#define USE_SHEEN_COLORMAP":"",t.sheenRoughnessMap?"#define USE_SHEEN_ROUGHNESSMAP":"",t.transmission?"#define USE_TRANSMISSION":"",t.transmissionMap?"#define USE_TRANSMISSIONMAP":"",t.thicknessMap?"#define USE_THICKNESSMAP":"",t.vertexTangents&&t.flatShading===!1?"#define USE_TANGENT":"",t.vertexColors||t.instancingColor?"#define USE_COLOR":"",t.vertexAlphas||t.batchingColor?"#define USE_COLOR_ALPHA":"",t.vertexUv1s?"#define USE_UV1":"",t.vertexUv2s?"#define USE_UV2":"",t.vertexUv3s?"#define USE_UV3":"",t.pointsUvs?"#define USE_POINTS_UV":"",t.gradientMap?"#define USE_GRADIENTMAP":"",t.flatShading?"#define FLAT_SHADED":"",t.doubleSided?"#define DOUBLE_SIDED":"",t.flipSided?"#define FLIP_SIDED":"",t.shadowMapEnabled?"#define USE_SHADOWMAP":"",t.shadowMapEnabled?"#define "+c:"",t.premultipliedAlpha?"#define PREMULTIPLIED_ALPHA":"",t.numLightProbes>0?"#define USE_LIGHT_PROBES":"",t.decodeVideoTexture?"#define DECODE_VIDEO_TEXTURE":"",t.decodeVideoTextureEmissive?"#define DECODE_VIDEO_TEXTURE_EMISSIVE":"",t.logarithmicDepthBuffer?"#define USE_LOGARITHMIC_DEPTH_BUFFER":"",t.reversedDepthBuffer?"#define USE_REVERSED_DEPTH_BUFFER":"","uniform mat4 viewMatrix;","uniform vec3 cameraPosition;","uniform bool isOrthographic;",t.toneMapping!==Pn?"#define TONE_MAPPING":"",t.toneMapping!==Pn?Ge.tonemapping_pars_fragment:"",t.toneMapping!==Pn?db("toneMapping",t.toneMapping):"",t.dithering?"#define DITHERING":"",t.opaque?"#define OPAQUE":"",Ge.colorspace_pars_fragment,ub("linearToOutputTexel",t.outputColorSpace),fb(),t.useDepthPacking?"#define DEPTH_PACKING "+t.depthPacking:"",`
`].filter(Es).join(`
`)),o=fu(o),o=Yf(o,t),o=Kf(o,t),a=fu(a),a=Yf(a,t),a=Kf(a,t),o=Jf(o),a=Jf(a),t.isRawShaderMaterial!==!0&&(g=`#version 300 es
`,y=[d,"#define attribute in","#define varying out","#define texture2D texture"].join(`
`)+`
`+y,p=["#define varying in",t.glslVersion===Ms?"":"layout(location = 0) out highp vec4 pc_fragColor;",t.glslVersion===Ms?"":"#define gl_FragColor pc_fragColor","#define gl_FragDepthEXT gl_FragDepth","#define texture2D texture","#define textureCube texture","#define texture2DProj textureProj","#define texture2DLodEXT textureLod","#define texture2DProjLodEXT textureProjLod","#define textureCubeLodEXT textureLod","#define texture2DGradEXT textureGrad","#define texture2DProjGradEXT textureProjGrad","#define textureCubeGradEXT textureGrad"].join(`
`)+`
`+p);let v=g+y+o,_=g+p+a,b=Xf(r,r.VERTEX_SHADER,v),A=Xf(r,r.FRAGMENT_SHADER,_);r.attachShader(m,b),r.attachShader(m,A),t.index0AttributeName!==void 0?r.bindAttribLocation(m,0,t.index0AttributeName):t.hasPositionAttribute===!0&&r.bindAttribLocation(m,0,"position"),r.linkProgram(m);function w(N){if(i.debug.checkShaderErrors){let R=r.getProgramInfoLog(m)||"",L=r.getShaderInfoLog(b)||"",k=r.getShaderInfoLog(A)||"",I=R.trim(),W=L.trim(),q=k.trim(),z=!0,ne=!0;if(r.getProgramParameter(m,r.LINK_STATUS)===!1)if(z=!1,typeof i.debug.onShaderError=="function")i.debug.onShaderError(r,m,b,A);else{let K=$f(r,b,"vertex"),ee=$f(r,A,"fragment");Ne("WebGLProgram: Shader Error "+r.getError()+" - VALIDATE_STATUS "+r.getProgramParameter(m,r.VALIDATE_STATUS)+`

Material Name: `+N.name+`
Material Type: `+N.type+`

Program Info Log: `+I+`
`+K+`
`+ee)}else I!==""?Ie("WebGLProgram: Program Info Log:",I):(W===""||q==="")&&(ne=!1);ne&&(N.diagnostics={runnable:z,programLog:I,vertexShader:{log:W,prefix:y},fragmentShader:{log:q,prefix:p}})}r.deleteShader(b),r.deleteShader(A),x=new Tr(r,m),E=gb(r,m)}let x;this.getUniforms=function(){return x===void 0&&w(this),x};let E;this.getAttributes=function(){return E===void 0&&w(this),E};let U=t.rendererExtensionParallelShaderCompile===!1;return this.isReady=function(){return U===!1&&(U=r.getProgramParameter(m,ob)),U},this.destroy=function(){n.releaseStatesOfProgram(this),r.deleteProgram(m),this.program=void 0},this.type=t.shaderType,this.name=t.shaderName,this.id=ab++,this.cacheKey=e,this.usedTimes=1,this.program=m,this.vertexShader=b,this.fragmentShader=A,this}var Rb=0,pu=class{constructor(){this.shaderCache=new Map,this.materialCache=new Map}update(e,t,n){let r=this._getShaderCacheForMaterial(e);return r.has(t)===!1&&(r.add(t),t.usedTimes++),r.has(n)===!1&&(r.add(n),n.usedTimes++),this}remove(e){let t=this.materialCache.get(e);for(let n of t)n.usedTimes--,n.usedTimes===0&&this.shaderCache.delete(n.code);return this.materialCache.delete(e),this}getVertexShaderStage(e){return this._getShaderStage(e.vertexShader)}getFragmentShaderStage(e){return this._getShaderStage(e.fragmentShader)}dispose(){this.shaderCache.clear(),this.materialCache.clear()}_getShaderCacheForMaterial(e){let t=this.materialCache,n=t.get(e);return n===void 0&&(n=new Set,t.set(e,n)),n}_getShaderStage(e){let t=this.shaderCache,n=t.get(e);return n===void 0&&(n=new mu(e),t.set(e,n)),n}},mu=class{constructor(e){this.id=Rb++,this.code=e,this.usedTimes=0}};function Cb(i){return i===xi||i===_s||i===Ss}function Pb(i,e,t,n,r,s){let o=new rs,a=new pu,c=new Set,l=[],u=new Map,h=n.logarithmicDepthBuffer,d={MeshDepthMaterial:"depth",MeshDistanceMaterial:"distance",MeshNormalMaterial:"normal",MeshBasicMaterial:"basic",MeshLambertMaterial:"lambert",MeshPhongMaterial:"phong",MeshToonMaterial:"toon",MeshStandardMaterial:"physical",MeshPhysicalMaterial:"physical",MeshMatcapMaterial:"matcap",LineBasicMaterial:"basic",LineDashedMaterial:"dashed",PointsMaterial:"points",ShadowMaterial:"shadow",SpriteMaterial:"sprite"};function f(x){return c.add(x),x===0?"uv":`uv${x}`}function m(x,E,U,N,R,L){let k=N.fog,I=R.geometry,W=x.isMeshStandardMaterial||x.isMeshLambertMaterial||x.isMeshPhongMaterial?N.environment:null,q=x.isMeshStandardMaterial||x.isMeshLambertMaterial&&!x.envMap||x.isMeshPhongMaterial&&!x.envMap,z=e.get(x.envMap||W,q),ne=d[x.type],K=n.precision;x.precision!==null&&(K=n.getMaxPrecision(x.precision),K!==x.precision&&Ie("WebGLProgram.getParameters:",x.precision,"not supported, using",K,"instead."));let ee=I.morphAttributes.position||I.morphAttributes.normal||I.morphAttributes.color,ie=ee!==void 0?ee.length:0,Me=0;I.morphAttributes.position!==void 0&&(Me=1),I.morphAttributes.normal!==void 0&&(Me=2),I.morphAttributes.color!==void 0&&(Me=3);let Le,F,Y,re;if(ne){let ve=Ln[ne];Le=ve.vertexShader,F=ve.fragmentShader}else{Le=x.vertexShader,F=x.fragmentShader;let ve=a.getVertexShaderStage(x),et=a.getFragmentShaderStage(x);a.update(x,ve,et),Y=ve.id,re=et.id}let he=i.getRenderTarget(),oe=i.state.buffers.depth.getReversed(),_e=R.isInstancedMesh===!0,Ve=R.isBatchedMesh===!0,ye=!!x.map,Je=!!x.matcap,tt=!!z,We=tt&&z.isPMREMTexture===!0,Rt=!!x.aoMap,xt=!!x.lightMap,Vt=!!x.bumpMap&&x.wireframe===!1,ut=!!x.normalMap,bn=!!x.displacementMap,Mt=!!x.emissiveMap,tn=!!x.metalnessMap,nn=!!x.roughnessMap,rn=x.anisotropy>0,B=x.clearcoat>0,sn=x.diffuseRoughness>0,at=x.dispersion>0,lt=x.retroreflectivity>0,xe=x.iridescence>0,vt=x.sheen>0,Pe=x.transmission>0,Fe=rn&&!!x.anisotropyMap,T=B&&!!x.clearcoatMap,S=B&&!!x.clearcoatNormalMap,V=B&&!!x.clearcoatRoughnessMap,se=sn&&!!x.diffuseRoughnessMap,te=xe&&!!x.iridescenceMap,ce=xe&&!!x.iridescenceThicknessMap,me=vt&&!!x.sheenColorMap,Z=vt&&!!x.sheenRoughnessMap,j=!!x.specularMap,de=!!x.specularColorMap,D=!!x.specularIntensityMap,Q=Pe&&!!x.transmissionMap,J=Pe&&!!x.thicknessMap,fe=!!x.gradientMap,le=!!x.alphaMap,ue=x.alphaTest>0,Re=!!x.alphaHash,ze=!!x.extensions,ae=Pn;x.toneMapped&&(he===null||he.isXRRenderTarget===!0)&&(ae=i.toneMapping);let Ce=We?z.isCompressedCubeTexture?z.image[0].mipmaps:z.mipmaps:null,ke={shaderID:ne,shaderType:x.type,shaderName:x.name,vertexShader:Le,fragmentShader:F,defines:x.defines,customVertexShaderID:Y,customFragmentShaderID:re,isRawShaderMaterial:x.isRawShaderMaterial===!0,glslVersion:x.glslVersion,precision:K,batching:Ve,batchingColor:Ve&&R._colorsTexture!==null,instancing:_e,instancingColor:_e&&R.instanceColor!==null,instancingMorph:_e&&R.morphTexture!==null,outputColorSpace:he===null?i.outputColorSpace:he.isXRRenderTarget===!0?he.texture.colorSpace:$e.workingColorSpace,alphaToCoverage:!!x.alphaToCoverage,map:ye,matcap:Je,envMap:tt,envMapMode:tt&&z.mapping,envMapPMREM:We,envMapMaxLod:We?Ce.length-1:null,envMapSize:We?Ce[0].width:null,aoMap:Rt,lightMap:xt,bumpMap:Vt,normalMap:ut,displacementMap:bn,emissiveMap:Mt,normalMapObjectSpace:ut&&x.normalMapType===xf,normalMapTangentSpace:ut&&x.normalMapType===$c,packedNormalMap:ut&&x.normalMapType===$c&&Cb(x.normalMap.format),metalnessMap:tn,roughnessMap:nn,anisotropy:rn,anisotropyMap:Fe,clearcoat:B,clearcoatMap:T,clearcoatNormalMap:S,clearcoatRoughnessMap:V,diffuseRoughness:sn,diffuseRoughnessMap:se,dispersion:at,retroreflection:lt,iridescence:xe,iridescenceMap:te,iridescenceThicknessMap:ce,sheen:vt,sheenColorMap:me,sheenRoughnessMap:Z,specularMap:j,specularColorMap:de,specularIntensityMap:D,transmission:Pe,transmissionMap:Q,thicknessMap:J,gradientMap:fe,opaque:x.transparent===!1&&x.blending===wr&&x.alphaToCoverage===!1,alphaMap:le,alphaTest:ue,alphaHash:Re,combine:x.combine,mapUv:ye&&f(x.map.channel),aoMapUv:Rt&&f(x.aoMap.channel),lightMapUv:xt&&f(x.lightMap.channel),bumpMapUv:Vt&&f(x.bumpMap.channel),normalMapUv:ut&&f(x.normalMap.channel),displacementMapUv:bn&&f(x.displacementMap.channel),emissiveMapUv:Mt&&f(x.emissiveMap.channel),metalnessMapUv:tn&&f(x.metalnessMap.channel),roughnessMapUv:nn&&f(x.roughnessMap.channel),anisotropyMapUv:Fe&&f(x.anisotropyMap.channel),clearcoatMapUv:T&&f(x.clearcoatMap.channel),clearcoatNormalMapUv:S&&f(x.clearcoatNormalMap.channel),clearcoatRoughnessMapUv:V&&f(x.clearcoatRoughnessMap.channel),diffuseRoughnessMapUv:se&&f(x.diffuseRoughnessMap.channel),iridescenceMapUv:te&&f(x.iridescenceMap.channel),iridescenceThicknessMapUv:ce&&f(x.iridescenceThicknessMap.channel),sheenColorMapUv:me&&f(x.sheenColorMap.channel),sheenRoughnessMapUv:Z&&f(x.sheenRoughnessMap.channel),specularMapUv:j&&f(x.specularMap.channel),specularColorMapUv:de&&f(x.specularColorMap.channel),specularIntensityMapUv:D&&f(x.specularIntensityMap.channel),transmissionMapUv:Q&&f(x.transmissionMap.channel),thicknessMapUv:J&&f(x.thicknessMap.channel),alphaMapUv:le&&f(x.alphaMap.channel),vertexTangents:!!I.attributes.tangent&&(ut||rn),vertexNormals:!!I.attributes.normal,vertexColors:x.vertexColors,vertexAlphas:x.vertexColors===!0&&!!I.attributes.color&&I.attributes.color.itemSize===4,pointsUvs:R.isPoints===!0&&!!I.attributes.uv&&(ye||le),fog:!!k,useFog:x.fog===!0,fogExp2:!!k&&k.isFogExp2,flatShading:x.wireframe===!1&&(x.flatShading===!0||I.attributes.normal===void 0&&ut===!1&&(x.isMeshLambertMaterial||x.isMeshPhongMaterial||x.isMeshStandardMaterial||x.isMeshPhysicalMaterial)),sizeAttenuation:x.sizeAttenuation===!0,logarithmicDepthBuffer:h,reversedDepthBuffer:oe,skinning:R.isSkinnedMesh===!0,hasPositionAttribute:I.attributes.position!==void 0,morphTargets:I.morphAttributes.position!==void 0,morphNormals:I.morphAttributes.normal!==void 0,morphColors:I.morphAttributes.color!==void 0,morphTargetsCount:ie,morphTextureStride:Me,numSunLights:E.sun.length,numDirLights:E.directional.length,numPointLights:E.point.length,numSpotLights:E.spot.length,numSpotLightMaps:E.spotLightMap.length,numRectAreaLights:E.rectArea.length,numHemiLights:E.hemi.length,numSunLightShadows:E.sunShadowMap.length,numDirLightShadows:E.directionalShadowMap.length,numPointLightShadows:E.pointShadowMap.length,numSpotLightShadows:E.spotShadowMap.length,numSpotLightShadowsWithMaps:E.numSpotLightShadowsWithMaps,numLightProbes:E.numLightProbes,numLightProbeGrids:L.filter(ve=>ve.texture!==null).length,numClippingPlanes:s.numPlanes,numClipIntersection:s.numIntersection,dithering:x.dithering,shadowMapEnabled:i.shadowMap.enabled&&U.length>0,shadowMapType:i.shadowMap.type,toneMapping:ae,decodeVideoTexture:ye&&x.map.isVideoTexture===!0&&$e.getTransfer(x.map.colorSpace)===Qe,decodeVideoTextureEmissive:Mt&&x.emissiveMap.isVideoTexture===!0&&$e.getTransfer(x.emissiveMap.colorSpace)===Qe,premultipliedAlpha:x.premultipliedAlpha,doubleSided:x.side===Cn,flipSided:x.side===Gt,useDepthPacking:x.depthPacking>=0,depthPacking:x.depthPacking||0,index0AttributeName:x.index0AttributeName,extensionClipCullDistance:ze&&x.extensions.clipCullDistance===!0&&t.has("WEBGL_clip_cull_distance"),extensionMultiDraw:(ze&&x.extensions.multiDraw===!0||Ve)&&t.has("WEBGL_multi_draw"),rendererExtensionParallelShaderCompile:t.has("KHR_parallel_shader_compile"),customProgramCacheKey:x.customProgramCacheKey()};return ke.vertexUv1s=c.has(1),ke.vertexUv2s=c.has(2),ke.vertexUv3s=c.has(3),c.clear(),ke}function y(x){let E=[];if(x.shaderID?E.push(x.shaderID):(E.push(x.customVertexShaderID),E.push(x.customFragmentShaderID)),x.defines!==void 0)for(let U in x.defines)E.push(U),E.push(x.defines[U]);return x.isRawShaderMaterial===!1&&(p(E,x),g(E,x),E.push(i.outputColorSpace)),E.push(x.customProgramCacheKey),E.join()}function p(x,E){x.push(E.precision),x.push(E.outputColorSpace),x.push(E.envMapMode),x.push(E.envMapPMREM),x.push(E.envMapMaxLod),x.push(E.envMapSize),x.push(E.mapUv),x.push(E.alphaMapUv),x.push(E.lightMapUv),x.push(E.aoMapUv),x.push(E.bumpMapUv),x.push(E.normalMapUv),x.push(E.displacementMapUv),x.push(E.emissiveMapUv),x.push(E.metalnessMapUv),x.push(E.roughnessMapUv),x.push(E.anisotropyMapUv),x.push(E.clearcoatMapUv),x.push(E.clearcoatNormalMapUv),x.push(E.clearcoatRoughnessMapUv),x.push(E.diffuseRoughnessMapUv),x.push(E.iridescenceMapUv),x.push(E.iridescenceThicknessMapUv),x.push(E.sheenColorMapUv),x.push(E.sheenRoughnessMapUv),x.push(E.specularMapUv),x.push(E.specularColorMapUv),x.push(E.specularIntensityMapUv),x.push(E.transmissionMapUv),x.push(E.thicknessMapUv),x.push(E.combine),x.push(E.fogExp2),x.push(E.sizeAttenuation),x.push(E.morphTargetsCount),x.push(E.numSunLights),x.push(E.numDirLights),x.push(E.numPointLights),x.push(E.numSpotLights),x.push(E.numSpotLightMaps),x.push(E.numHemiLights),x.push(E.numRectAreaLights),x.push(E.numSunLightShadows),x.push(E.numDirLightShadows),x.push(E.numPointLightShadows),x.push(E.numSpotLightShadows),x.push(E.numSpotLightShadowsWithMaps),x.push(E.numLightProbes),x.push(E.numLightProbeGrids),x.push(E.shadowMapType),x.push(E.toneMapping),x.push(E.numClippingPlanes),x.push(E.numClipIntersection),x.push(E.depthPacking)}function g(x,E){o.disableAll(),E.instancing&&o.enable(0),E.instancingColor&&o.enable(1),E.instancingMorph&&o.enable(2),E.matcap&&o.enable(3),E.envMap&&o.enable(4),E.normalMapObjectSpace&&o.enable(5),E.normalMapTangentSpace&&o.enable(6),E.clearcoat&&o.enable(7),E.iridescence&&o.enable(8),E.alphaTest&&o.enable(9),E.vertexColors&&o.enable(10),E.vertexAlphas&&o.enable(11),E.vertexUv1s&&o.enable(12),E.vertexUv2s&&o.enable(13),E.vertexUv3s&&o.enable(14),E.vertexTangents&&o.enable(15),E.anisotropy&&o.enable(16),E.alphaHash&&o.enable(17),E.batching&&o.enable(18),E.dispersion&&o.enable(19),E.retroreflection&&o.enable(24),E.diffuseRoughness&&o.enable(25),E.batchingColor&&o.enable(20),E.gradientMap&&o.enable(21),E.packedNormalMap&&o.enable(22),E.vertexNormals&&o.enable(23),x.push(o.mask),o.disableAll(),E.fog&&o.enable(0),E.useFog&&o.enable(1),E.flatShading&&o.enable(2),E.logarithmicDepthBuffer&&o.enable(3),E.reversedDepthBuffer&&o.enable(4),E.skinning&&o.enable(5),E.morphTargets&&o.enable(6),E.morphNormals&&o.enable(7),E.morphColors&&o.enable(8),E.premultipliedAlpha&&o.enable(9),E.shadowMapEnabled&&o.enable(10),E.doubleSided&&o.enable(11),E.flipSided&&o.enable(12),E.useDepthPacking&&o.enable(13),E.dithering&&o.enable(14),E.transmission&&o.enable(15),E.sheen&&o.enable(16),E.opaque&&o.enable(17),E.pointsUvs&&o.enable(18),E.decodeVideoTexture&&o.enable(19),E.decodeVideoTextureEmissive&&o.enable(20),E.alphaToCoverage&&o.enable(21),E.numLightProbeGrids>0&&o.enable(22),E.hasPositionAttribute&&o.enable(23),x.push(o.mask)}function v(x){let E=d[x.type],U;if(E){let N=Ln[E];U=Lf.clone(N.uniforms)}else U=x.uniforms;return U}function _(x,E){let U=u.get(E);return U!==void 0?++U.usedTimes:(U=new Tb(i,E,x,r),l.push(U),u.set(E,U)),U}function b(x){if(--x.usedTimes===0){let E=l.indexOf(x);l[E]=l[l.length-1],l.pop(),u.delete(x.cacheKey),x.destroy()}}function A(x){a.remove(x)}function w(){a.dispose()}return{getParameters:m,getProgramCacheKey:y,getUniforms:v,acquireProgram:_,releaseProgram:b,releaseShaderCache:A,programs:l,dispose:w}}function Ib(){let i=new WeakMap;function e(o){return i.has(o)}function t(o){let a=i.get(o);return a===void 0&&(a={},i.set(o,a)),a}function n(o){i.delete(o)}function r(o,a,c){i.get(o)[a]=c}function s(){i=new WeakMap}return{has:e,get:t,remove:n,update:r,dispose:s}}function Lb(i,e){return i.groupOrder!==e.groupOrder?i.groupOrder-e.groupOrder:i.renderOrder!==e.renderOrder?i.renderOrder-e.renderOrder:i.material.id!==e.material.id?i.material.id-e.material.id:i.materialVariant!==e.materialVariant?i.materialVariant-e.materialVariant:i.z!==e.z?i.z-e.z:i.id-e.id}function jf(i,e){return i.groupOrder!==e.groupOrder?i.groupOrder-e.groupOrder:i.renderOrder!==e.renderOrder?i.renderOrder-e.renderOrder:i.z!==e.z?e.z-i.z:i.id-e.id}function Qf(){let i=[],e=0,t=[],n=[],r=[];function s(){e=0,t.length=0,n.length=0,r.length=0}function o(d){let f=0;return d.isInstancedMesh&&(f+=2),d.isSkinnedMesh&&(f+=1),f}function a(d,f,m,y,p,g){let v=i[e];return v===void 0?(v={id:d.id,object:d,geometry:f,material:m,materialVariant:o(d),groupOrder:y,renderOrder:d.renderOrder,z:p,group:g},i[e]=v):(v.id=d.id,v.object=d,v.geometry=f,v.material=m,v.materialVariant=o(d),v.groupOrder=y,v.renderOrder=d.renderOrder,v.z=p,v.group=g),e++,v}function c(d,f,m,y,p,g,v){v.reversedDepth===!0&&(p=-p);let _=a(d,f,m,y,p,g);m.transmission>0?n.push(_):m.transparent===!0?r.push(_):t.push(_)}function l(d,f,m,y,p,g){let v=a(d,f,m,y,p,g);m.transmission>0?n.unshift(v):m.transparent===!0?r.unshift(v):t.unshift(v)}function u(d,f){t.length>1&&t.sort(d||Lb),n.length>1&&n.sort(f||jf),r.length>1&&r.sort(f||jf)}function h(){for(let d=e,f=i.length;d<f;d++){let m=i[d];if(m.id===null)break;m.id=null,m.object=null,m.geometry=null,m.material=null,m.group=null}}return{opaque:t,transmissive:n,transparent:r,init:s,push:c,unshift:l,finish:h,sort:u}}function Nb(){let i=new WeakMap;function e(n,r){let s=i.get(n),o;return s===void 0?(o=new Qf,i.set(n,[o])):r>=s.length?(o=new Qf,s.push(o)):o=s[r],o}function t(){i=new WeakMap}return{get:e,dispose:t}}function Db(){let i={};return{get:function(e){if(i[e.id]!==void 0)return i[e.id];let t;switch(e.type){case"SunLight":case"DirectionalLight":t={direction:new X,color:new He};break;case"SpotLight":t={position:new X,direction:new X,color:new He,distance:0,coneCos:0,penumbraCos:0,decay:0};break;case"PointLight":t={position:new X,color:new He,distance:0,decay:0};break;case"HemisphereLight":t={direction:new X,skyColor:new He,groundColor:new He};break;case"RectAreaLight":t={color:new He,position:new X,halfWidth:new X,halfHeight:new X};break}return i[e.id]=t,t}}}function Fb(){let i={};return{get:function(e){if(i[e.id]!==void 0)return i[e.id];let t;switch(e.type){case"SunLight":case"DirectionalLight":t={shadowIntensity:1,shadowBias:0,shadowNormalBias:0,shadowRadius:1,shadowMapSize:new Ke};break;case"SpotLight":t={shadowIntensity:1,shadowBias:0,shadowNormalBias:0,shadowRadius:1,shadowMapSize:new Ke};break;case"PointLight":t={shadowIntensity:1,shadowBias:0,shadowNormalBias:0,shadowRadius:1,shadowMapSize:new Ke,shadowCameraNear:1,shadowCameraFar:1e3};break}return i[e.id]=t,t}}}var Ub=0;function Ob(i,e){return(e.castShadow?2:0)-(i.castShadow?2:0)+(e.map?1:0)-(i.map?1:0)}function Bb(i){let e=new Db,t=Fb(),n={version:0,hash:{sunLength:-1,directionalLength:-1,pointLength:-1,spotLength:-1,rectAreaLength:-1,hemiLength:-1,numSunShadows:-1,numDirectionalShadows:-1,numPointShadows:-1,numSpotShadows:-1,numSpotMaps:-1,numLightProbes:-1},ambient:[0,0,0],probe:[],sun:[],sunShadow:[],sunShadowMap:[],sunShadowMatrix:[],sunShadowCascade:[],directional:[],directionalShadow:[],directionalShadowMap:[],directionalShadowMatrix:[],spot:[],spotLightMap:[],spotShadow:[],spotShadowMap:[],spotLightMatrix:[],rectArea:[],rectAreaLTC1:null,rectAreaLTC2:null,point:[],pointShadow:[],pointShadowMap:[],pointShadowMatrix:[],hemi:[],numSpotLightShadowsWithMaps:0,numLightProbes:0};for(let l=0;l<9;l++)n.probe.push(new X);let r=new X,s=new ot,o=new ot;function a(l){let u=0,h=0,d=0;for(let L=0;L<9;L++)n.probe[L].set(0,0,0);let f=0,m=0,y=0,p=0,g=0,v=0,_=0,b=0,A=0,w=0,x=0,E=0,U=0,N=0;l.sort(Ob);for(let L=0,k=l.length;L<k;L++){let I=l[L],W=I.color,q=I.intensity,z=I.distance,ne=null;if(I.shadow&&I.shadow.map&&(I.shadow.map.texture.format===xi?ne=I.shadow.map.texture:ne=I.shadow.map.depthTexture||I.shadow.map.texture),I.isAmbientLight)u+=W.r*q,h+=W.g*q,d+=W.b*q;else if(I.isLightProbe){for(let K=0;K<9;K++)n.probe[K].addScaledVector(I.sh.coefficients[K],q);N++}else if(I.isSunLight){let K=e.get(I);if(K.color.copy(I.color).multiplyScalar(I.intensity),I.castShadow){let ee=I.shadow,ie=t.get(I);ie.shadowIntensity=ee.intensity,ie.shadowBias=ee.bias,ie.shadowNormalBias=ee.normalBias,ie.shadowRadius=ee.radius,ie.shadowMapSize.copy(ee.mapSize).multiply(ee.getFrameExtents()),n.sunShadow[m]=ie,n.sunShadowMap[m]=ne;let Me=ee.getViewportCount();for(let Le=0;Le<Me;Le++)n.sunShadowMatrix[y+Le]=ee.getMatrix(Le),n.sunShadowCascade[y+Le]=ee._cascadeData[Le];y+=Me,m++}n.sun[f]=K,f++}else if(I.isDirectionalLight){let K=e.get(I);if(K.color.copy(I.color).multiplyScalar(I.intensity),I.castShadow){let ee=I.shadow,ie=t.get(I);ie.shadowIntensity=ee.intensity,ie.shadowBias=ee.bias,ie.shadowNormalBias=ee.normalBias,ie.shadowRadius=ee.radius,ie.shadowMapSize=ee.mapSize,n.directionalShadow[p]=ie,n.directionalShadowMap[p]=ne,n.directionalShadowMatrix[p]=I.shadow.matrix,A++}n.directional[p]=K,p++}else if(I.isSpotLight){let K=e.get(I);K.position.setFromMatrixPosition(I.matrixWorld),K.color.copy(W).multiplyScalar(q),K.distance=z,K.coneCos=Math.cos(I.angle),K.penumbraCos=Math.cos(I.angle*(1-I.penumbra)),K.decay=I.decay,n.spot[v]=K;let ee=I.shadow;if(I.map&&(n.spotLightMap[E]=I.map,E++,ee.updateMatrices(I),I.castShadow&&U++),n.spotLightMatrix[v]=ee.matrix,I.castShadow){let ie=t.get(I);ie.shadowIntensity=ee.intensity,ie.shadowBias=ee.bias,ie.shadowNormalBias=ee.normalBias,ie.shadowRadius=ee.radius,ie.shadowMapSize=ee.mapSize,n.spotShadow[v]=ie,n.spotShadowMap[v]=ne,x++}v++}else if(I.isRectAreaLight){let K=e.get(I);K.color.copy(W).multiplyScalar(q),K.halfWidth.set(I.width*.5,0,0),K.halfHeight.set(0,I.height*.5,0),n.rectArea[_]=K,_++}else if(I.isPointLight){let K=e.get(I);if(K.color.copy(I.color).multiplyScalar(I.intensity),K.distance=I.distance,K.decay=I.decay,I.castShadow){let ee=I.shadow,ie=t.get(I);ie.shadowIntensity=ee.intensity,ie.shadowBias=ee.bias,ie.shadowNormalBias=ee.normalBias,ie.shadowRadius=ee.radius,ie.shadowMapSize=ee.mapSize,ie.shadowCameraNear=ee.camera.near,ie.shadowCameraFar=ee.camera.far,n.pointShadow[g]=ie,n.pointShadowMap[g]=ne,n.pointShadowMatrix[g]=I.shadow.matrix,w++}n.point[g]=K,g++}else if(I.isHemisphereLight){let K=e.get(I);K.skyColor.copy(I.color).multiplyScalar(q),K.groundColor.copy(I.groundColor).multiplyScalar(q),n.hemi[b]=K,b++}}_>0&&(i.has("OES_texture_float_linear")===!0?(n.rectAreaLTC1=be.LTC_FLOAT_1,n.rectAreaLTC2=be.LTC_FLOAT_2):(n.rectAreaLTC1=be.LTC_HALF_1,n.rectAreaLTC2=be.LTC_HALF_2)),n.ambient[0]=u,n.ambient[1]=h,n.ambient[2]=d;let R=n.hash;(R.sunLength!==f||R.directionalLength!==p||R.pointLength!==g||R.spotLength!==v||R.rectAreaLength!==_||R.hemiLength!==b||R.numSunShadows!==m||R.numDirectionalShadows!==A||R.numPointShadows!==w||R.numSpotShadows!==x||R.numSpotMaps!==E||R.numLightProbes!==N)&&(n.sun.length=f,n.directional.length=p,n.spot.length=v,n.rectArea.length=_,n.point.length=g,n.hemi.length=b,n.sunShadow.length=m,n.sunShadowMap.length=m,n.sunShadowMatrix.length=y,n.sunShadowCascade.length=y,n.directionalShadow.length=A,n.directionalShadowMap.length=A,n.directionalShadowMatrix.length=A,n.pointShadow.length=w,n.pointShadowMap.length=w,n.pointShadowMatrix.length=w,n.spotShadow.length=x,n.spotShadowMap.length=x,n.spotLightMatrix.length=x+E-U,n.spotLightMap.length=E,n.numSpotLightShadowsWithMaps=U,n.numLightProbes=N,R.sunLength=f,R.directionalLength=p,R.pointLength=g,R.spotLength=v,R.rectAreaLength=_,R.hemiLength=b,R.numSunShadows=m,R.numDirectionalShadows=A,R.numPointShadows=w,R.numSpotShadows=x,R.numSpotMaps=E,R.numLightProbes=N,n.version=Ub++)}function c(l,u){let h=0,d=0,f=0,m=0,y=0,p=0,g=u.matrixWorldInverse;for(let v=0,_=l.length;v<_;v++){let b=l[v];if(b.isSunLight){let A=n.sun[h];A.direction.setFromMatrixPosition(b.matrixWorld),A.direction.transformDirection(g),h++}else if(b.isDirectionalLight){let A=n.directional[d];A.direction.setFromMatrixPosition(b.matrixWorld),r.setFromMatrixPosition(b.target.matrixWorld),A.direction.sub(r),A.direction.transformDirection(g),d++}else if(b.isSpotLight){let A=n.spot[m];A.position.setFromMatrixPosition(b.matrixWorld),A.position.applyMatrix4(g),A.direction.setFromMatrixPosition(b.matrixWorld),r.setFromMatrixPosition(b.target.matrixWorld),A.direction.sub(r),A.direction.transformDirection(g),m++}else if(b.isRectAreaLight){let A=n.rectArea[y];A.position.setFromMatrixPosition(b.matrixWorld),A.position.applyMatrix4(g),o.identity(),s.copy(b.matrixWorld),s.premultiply(g),o.extractRotation(s),A.halfWidth.set(b.width*.5,0,0),A.halfHeight.set(0,b.height*.5,0),A.halfWidth.applyMatrix4(o),A.halfHeight.applyMatrix4(o),y++}else if(b.isPointLight){let A=n.point[f];A.position.setFromMatrixPosition(b.matrixWorld),A.position.applyMatrix4(g),f++}else if(b.isHemisphereLight){let A=n.hemi[p];A.direction.setFromMatrixPosition(b.matrixWorld),A.direction.transformDirection(g),p++}}}return{setup:a,setupView:c,state:n}}function ep(i){let e=new Bb(i),t=[],n=[],r=[];function s(h){u.camera=h,t.length=0,n.length=0,r.length=0}function o(h){h.isLightProbeGrid?r.push(h):t.push(h)}function a(h){n.push(h)}function c(){e.setup(t),r.sort((h,d)=>h.priority-d.priority||h.id-d.id)}function l(h){e.setupView(t,h)}let u={lightsArray:t,shadowsArray:n,lightProbeGridArray:r,camera:null,lights:e,transmissionRenderTarget:{},textureUnits:0};return{init:s,state:u,setupLights:c,setupLightsView:l,pushLight:o,pushShadow:a}}function kb(i){let e=new WeakMap;function t(r,s=0){let o=e.get(r),a;return o===void 0?(a=new ep(i),e.set(r,[a])):s>=o.length?(a=new ep(i),o.push(a)):a=o[s],a}function n(){e=new WeakMap}return{get:t,dispose:n}}var zb=`void main() {
	gl_Position = vec4( position, 1.0 );
}`,Gb=`uniform sampler2D shadow_pass;
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
}`,Vb=[new X(1,0,0),new X(-1,0,0),new X(0,1,0),new X(0,-1,0),new X(0,0,1),new X(0,0,-1)],Hb=[new X(0,-1,0),new X(0,-1,0),new X(0,0,1),new X(0,0,-1),new X(0,-1,0),new X(0,-1,0)],tp=new ot,As=new X,cu=new X;function Wb(i,e,t){let n=new Di,r=new Ke,s=new Ke,o=new dt,a=new Ko,c=new Jo,l={},u=t.maxTextureSize,h={[yi]:Gt,[Gt]:yi,[Cn]:Cn},d=new cn({defines:{VSM_SAMPLES:8},uniforms:{shadow_pass:{value:null},resolution:{value:new Ke},radius:{value:4}},vertexShader:zb,fragmentShader:Gb}),f=d.clone();f.defines.HORIZONTAL_PASS=1;let m=new jt;m.setAttribute("position",new zt(new Float32Array([-1,-1,.5,3,-1,.5,-1,3,.5]),3));let y=new Rn(m,d),p=this;this.enabled=!1,this.autoUpdate=!0,this.needsUpdate=!1,this.type=ms;let g=this.type;this.render=function(w,x,E){if(p.enabled===!1||p.autoUpdate===!1&&p.needsUpdate===!1||w.length===0)return;this.type===Yd&&(Ie("WebGLShadowMap: PCFSoftShadowMap has been removed. Using PCFShadowMap instead."),this.type=ms);let U=i.getRenderTarget(),N=i.getActiveCubeFace(),R=i.getActiveMipmapLevel(),L=i.state;L.setBlending(Fi),L.buffers.depth.getReversed()===!0?L.buffers.color.setClear(0,0,0,0):L.buffers.color.setClear(1,1,1,1),L.buffers.depth.setTest(!0),L.setScissorTest(!1);let k=g!==this.type;k&&x.traverse(function(I){I.material&&(Array.isArray(I.material)?I.material.forEach(W=>W.needsUpdate=!0):I.material.needsUpdate=!0)});for(let I=0,W=w.length;I<W;I++){let q=w[I],z=q.shadow;if(z===void 0){Ie("WebGLShadowMap:",q,"has no shadow.");continue}if(z.autoUpdate===!1&&z.needsUpdate===!1)continue;r.copy(z.mapSize);let ne=z.getFrameExtents();r.multiply(ne),s.copy(z.mapSize),(r.x>u||r.y>u)&&(r.x>u&&(s.x=Math.floor(u/ne.x),r.x=s.x*ne.x,z.mapSize.x=s.x),r.y>u&&(s.y=Math.floor(u/ne.y),r.y=s.y*ne.y,z.mapSize.y=s.y));let K=i.state.buffers.depth.getReversed();if(z.camera._reversedDepth=K,z.map===null||k===!0){if(z.map!==null&&(z.map.depthTexture!==null&&(z.map.depthTexture.dispose(),z.map.depthTexture=null),z.map.dispose()),this.type===Mr){if(q.isPointLight){Ie("WebGLShadowMap: VSM shadow maps are not supported for PointLights. Use PCF or BasicShadowMap instead.");continue}z.map=new Jt(r.x,r.y,{format:xi,type:xn,minFilter:It,magFilter:It,generateMipmaps:!1}),z.map.texture.name=q.name+".shadowMap",z.map.depthTexture=new Kn(r.x,r.y,yn),z.map.depthTexture.name=q.name+".shadowMapDepth",z.map.depthTexture.format=Yn,z.map.depthTexture.compareFunction=null,z.map.depthTexture.minFilter=yt,z.map.depthTexture.magFilter=yt}else q.isPointLight?(z.map=new Ts(r.x),z.map.depthTexture=new us(r.x,gn)):(z.map=new Jt(r.x,r.y),z.map.depthTexture=new Kn(r.x,r.y,gn)),z.map.depthTexture.name=q.name+".shadowMap",z.map.depthTexture.format=Yn,this.type===ms?(z.map.depthTexture.compareFunction=K?Kc:Yc,z.map.depthTexture.minFilter=It,z.map.depthTexture.magFilter=It):(z.map.depthTexture.compareFunction=null,z.map.depthTexture.minFilter=yt,z.map.depthTexture.magFilter=yt);z.camera.updateProjectionMatrix()}z.map.isWebGLCubeRenderTarget!==!0&&(z.map.width!==r.x||z.map.height!==r.y)&&z.map.setSize(r.x,r.y);let ee=z.map.isWebGLCubeRenderTarget?6:z.getViewportCount();q.isPointLight!==!0&&z.updateMatrices(q,E);let ie=(z.camera.layers.mask&4294967294)!==0?z.camera.layers:E.layers;for(let Me=0;Me<ee;Me++){let Le=z.getCamera(Me);if(q.isPointLight){let F=z.camera,Y=z.matrix,re=q.distance||F.far;re!==F.far&&(F.far=re,F.updateProjectionMatrix()),As.setFromMatrixPosition(q.matrixWorld),F.position.copy(As),cu.copy(F.position),cu.add(Vb[Me]),F.up.copy(Hb[Me]),F.lookAt(cu),F.updateMatrixWorld(),Y.makeTranslation(-As.x,-As.y,-As.z),tp.multiplyMatrices(F.projectionMatrix,F.matrixWorldInverse),z._frustum.setFromProjectionMatrix(tp,F.coordinateSystem,F.reversedDepth)}if(z.map.isWebGLCubeRenderTarget)i.setRenderTarget(z.map,Me),i.clear();else{Me===0&&(i.setRenderTarget(z.map),i.clear());let F=z.getViewport(Me);o.set(s.x*F.x,s.y*F.y,s.x*F.z,s.y*F.w),L.viewport(o)}n=z.getFrustum(Me),b(x,E,Le,q,ie,this.type)}z.isPointLightShadow!==!0&&this.type===Mr&&v(z,E),z.needsUpdate=!1}g=this.type,p.needsUpdate=!1,i.setRenderTarget(U,N,R)};function v(w,x){let E=e.update(y);d.defines.VSM_SAMPLES!==w.blurSamples&&(d.defines.VSM_SAMPLES=w.blurSamples,f.defines.VSM_SAMPLES=w.blurSamples,d.needsUpdate=!0,f.needsUpdate=!0),w.mapPass===null?w.mapPass=new Jt(r.x,r.y,{format:xi,type:xn}):(w.mapPass.width!==w.map.width||w.mapPass.height!==w.map.height)&&w.mapPass.setSize(w.map.width,w.map.height),d.uniforms.shadow_pass.value=w.map.depthTexture,d.uniforms.resolution.value.set(w.map.width,w.map.height),d.uniforms.radius.value=w.radius,i.setRenderTarget(w.mapPass),i.clear(),i.renderBufferDirect(x,null,E,d,y,null),f.uniforms.shadow_pass.value=w.mapPass.texture,f.uniforms.resolution.value.set(w.map.width,w.map.height),f.uniforms.radius.value=w.radius,i.setRenderTarget(w.map),i.clear(),i.renderBufferDirect(x,null,E,f,y,null)}function _(w,x,E,U){let N=null,R=E.isPointLight===!0?w.customDistanceMaterial:w.customDepthMaterial;if(R!==void 0)N=R;else if(N=E.isPointLight===!0?c:a,i.localClippingEnabled&&x.clipShadows===!0&&Array.isArray(x.clippingPlanes)&&x.clippingPlanes.length!==0||x.displacementMap&&x.displacementScale!==0||x.alphaMap&&x.alphaTest>0||x.map&&x.alphaTest>0||x.alphaToCoverage===!0){let L=N.uuid,k=x.uuid,I=l[L];I===void 0&&(I={},l[L]=I);let W=I[k];W===void 0&&(W=N.clone(),I[k]=W,x.addEventListener("dispose",A)),N=W}if(N.visible=x.visible,N.wireframe=x.wireframe,U===Mr?N.side=x.shadowSide!==null?x.shadowSide:x.side:N.side=x.shadowSide!==null?x.shadowSide:h[x.side],N.alphaMap=x.alphaMap,N.alphaTest=x.alphaToCoverage===!0?.5:x.alphaTest,N.map=x.map,N.clipShadows=x.clipShadows,N.clippingPlanes=x.clippingPlanes,N.clipIntersection=x.clipIntersection,N.displacementMap=x.displacementMap,N.displacementScale=x.displacementScale,N.displacementBias=x.displacementBias,N.wireframeLinewidth=x.wireframeLinewidth,N.linewidth=x.linewidth,E.isPointLight===!0&&N.isMeshDistanceMaterial===!0){let L=i.properties.get(N);L.light=E}return N}function b(w,x,E,U,N,R){if(w.visible===!1)return;if(w.layers.test(N)&&(w.isMesh||w.isLine||w.isPoints)&&(w.castShadow||w.receiveShadow&&R===Mr)&&(!w.frustumCulled||w.intersectsFrustum(n))){w.modelViewMatrix.multiplyMatrices(E.matrixWorldInverse,w.matrixWorld);let I=e.update(w),W=w.material;if(Array.isArray(W)){let q=I.groups;for(let z=0,ne=q.length;z<ne;z++){let K=q[z],ee=W[K.materialIndex];if(ee&&ee.visible){let ie=_(w,ee,U,R);w.onBeforeShadow(i,w,x,E,I,ie,K),i.renderBufferDirect(E,null,I,ie,w,K),w.onAfterShadow(i,w,x,E,I,ie,K)}}}else if(W.visible){let q=_(w,W,U,R);w.onBeforeShadow(i,w,x,E,I,q,null),i.renderBufferDirect(E,null,I,q,w,null),w.onAfterShadow(i,w,x,E,I,q,null)}}let k=w.children;for(let I=0,W=k.length;I<W;I++)b(k[I],x,E,U,N,R)}function A(w){w.target.removeEventListener("dispose",A);for(let E in l){let U=l[E],N=w.target.uuid;N in U&&(U[N].dispose(),delete U[N])}}}function Xb(i,e){function t(){let D=!1,Q=new dt,J=null,fe=new dt(0,0,0,0);return{setMask:function(le){J!==le&&!D&&(i.colorMask(le,le,le,le),J=le)},setLocked:function(le){D=le},setClear:function(le,ue,Re,ze,ae){ae===!0&&(le*=ze,ue*=ze,Re*=ze),Q.set(le,ue,Re,ze),fe.equals(Q)===!1&&(i.clearColor(le,ue,Re,ze),fe.copy(Q))},reset:function(){D=!1,J=null,fe.set(-1,0,0,0)}}}function n(){let D=!1,Q=!1,J=null,fe=null,le=null;return{setReversed:function(ue){if(Q!==ue){let Re=e.get("EXT_clip_control");ue?Re.clipControlEXT(Re.LOWER_LEFT_EXT,Re.ZERO_TO_ONE_EXT):Re.clipControlEXT(Re.LOWER_LEFT_EXT,Re.NEGATIVE_ONE_TO_ONE_EXT),Q=ue;let ze=le;le=null,this.setClear(ze)}},getReversed:function(){return Q},setTest:function(ue){ue?oe(i.DEPTH_TEST):_e(i.DEPTH_TEST)},setMask:function(ue){J!==ue&&!D&&(i.depthMask(ue),J=ue)},setFunc:function(ue){if(Q&&(ue=Cf[ue]),fe!==ue){switch(ue){case Io:i.depthFunc(i.NEVER);break;case Lo:i.depthFunc(i.ALWAYS);break;case No:i.depthFunc(i.LESS);break;case pr:i.depthFunc(i.LEQUAL);break;case Do:i.depthFunc(i.EQUAL);break;case Fo:i.depthFunc(i.GEQUAL);break;case Uo:i.depthFunc(i.GREATER);break;case Oo:i.depthFunc(i.NOTEQUAL);break;default:i.depthFunc(i.LEQUAL)}fe=ue}},setLocked:function(ue){D=ue},setClear:function(ue){le!==ue&&(le=ue,Q&&(ue=1-ue),i.clearDepth(ue))},reset:function(){D=!1,J=null,fe=null,le=null,Q=!1}}}function r(){let D=!1,Q=null,J=null,fe=null,le=null,ue=null,Re=null,ze=null,ae=null;return{setTest:function(Ce){D||(Ce?oe(i.STENCIL_TEST):_e(i.STENCIL_TEST))},setMask:function(Ce){Q!==Ce&&!D&&(i.stencilMask(Ce),Q=Ce)},setFunc:function(Ce,ke,ve){(J!==Ce||fe!==ke||le!==ve)&&(i.stencilFunc(Ce,ke,ve),J=Ce,fe=ke,le=ve)},setOp:function(Ce,ke,ve){(ue!==Ce||Re!==ke||ze!==ve)&&(i.stencilOp(Ce,ke,ve),ue=Ce,Re=ke,ze=ve)},setLocked:function(Ce){D=Ce},setClear:function(Ce){ae!==Ce&&(i.clearStencil(Ce),ae=Ce)},reset:function(){D=!1,Q=null,J=null,fe=null,le=null,ue=null,Re=null,ze=null,ae=null}}}let s=new t,o=new n,a=new r,c={},l=new WeakMap,u={},h={},d={},f=new WeakMap,m=[],y=null,p=!1,g=null,v=null,_=null,b=null,A=null,w=null,x=null,E=new He(0,0,0),U=0,N=!1,R=null,L=null,k=null,I=null,W=null,q=i.getParameter(i.MAX_COMBINED_TEXTURE_IMAGE_UNITS),z=!1,ne=0,K=i.getParameter(i.VERSION);K.indexOf("WebGL")!==-1?(ne=parseFloat(/^WebGL (\d)/.exec(K)[1]),z=ne>=1):K.indexOf("OpenGL ES")!==-1&&(ne=parseFloat(/^OpenGL ES (\d)/.exec(K)[1]),z=ne>=2);let ee=null,ie={},Me=i.getParameter(i.SCISSOR_BOX),Le=i.getParameter(i.VIEWPORT),F=new dt().fromArray(Me),Y=new dt().fromArray(Le);function re(D,Q,J,fe){let le=new Uint8Array(4),ue=i.createTexture();i.bindTexture(D,ue),i.texParameteri(D,i.TEXTURE_MIN_FILTER,i.NEAREST),i.texParameteri(D,i.TEXTURE_MAG_FILTER,i.NEAREST);for(let Re=0;Re<J;Re++)D===i.TEXTURE_3D||D===i.TEXTURE_2D_ARRAY?i.texImage3D(Q,0,i.RGBA,1,1,fe,0,i.RGBA,i.UNSIGNED_BYTE,le):i.texImage2D(Q+Re,0,i.RGBA,1,1,0,i.RGBA,i.UNSIGNED_BYTE,le);return ue}let he={};he[i.TEXTURE_2D]=re(i.TEXTURE_2D,i.TEXTURE_2D,1),he[i.TEXTURE_CUBE_MAP]=re(i.TEXTURE_CUBE_MAP,i.TEXTURE_CUBE_MAP_POSITIVE_X,6),he[i.TEXTURE_2D_ARRAY]=re(i.TEXTURE_2D_ARRAY,i.TEXTURE_2D_ARRAY,1,1),he[i.TEXTURE_3D]=re(i.TEXTURE_3D,i.TEXTURE_3D,1,1),s.setClear(0,0,0,1),o.setClear(1),a.setClear(0),oe(i.DEPTH_TEST),o.setFunc(pr),Vt(!1),ut(Ac),oe(i.CULL_FACE),Rt(Fi);function oe(D){u[D]!==!0&&(i.enable(D),u[D]=!0)}function _e(D){u[D]!==!1&&(i.disable(D),u[D]=!1)}function Ve(D,Q){return d[D]!==Q?(i.bindFramebuffer(D,Q),d[D]=Q,D===i.DRAW_FRAMEBUFFER&&(d[i.FRAMEBUFFER]=Q),D===i.FRAMEBUFFER&&(d[i.DRAW_FRAMEBUFFER]=Q),!0):!1}function ye(D,Q){let J=m,fe=!1;if(D){J=f.get(Q),J===void 0&&(J=[],f.set(Q,J));let le=D.textures;if(J.length!==le.length||J[0]!==i.COLOR_ATTACHMENT0){for(let ue=0,Re=le.length;ue<Re;ue++)J[ue]=i.COLOR_ATTACHMENT0+ue;J.length=le.length,fe=!0}}else J[0]!==i.BACK&&(J[0]=i.BACK,fe=!0);fe&&i.drawBuffers(J)}function Je(D){return y!==D?(i.useProgram(D),y=D,!0):!1}let tt={[Ui]:i.FUNC_ADD,[Jd]:i.FUNC_SUBTRACT,[Zd]:i.FUNC_REVERSE_SUBTRACT};tt[jd]=i.MIN,tt[Qd]=i.MAX;let We={[ef]:i.ZERO,[tf]:i.ONE,[nf]:i.SRC_COLOR,[Cc]:i.SRC_ALPHA,[cf]:i.SRC_ALPHA_SATURATE,[af]:i.DST_COLOR,[sf]:i.DST_ALPHA,[rf]:i.ONE_MINUS_SRC_COLOR,[Pc]:i.ONE_MINUS_SRC_ALPHA,[lf]:i.ONE_MINUS_DST_COLOR,[of]:i.ONE_MINUS_DST_ALPHA,[uf]:i.CONSTANT_COLOR,[hf]:i.ONE_MINUS_CONSTANT_COLOR,[df]:i.CONSTANT_ALPHA,[ff]:i.ONE_MINUS_CONSTANT_ALPHA};function Rt(D,Q,J,fe,le,ue,Re,ze,ae,Ce){if(D===Fi){p===!0&&(_e(i.BLEND),p=!1);return}if(p===!1&&(oe(i.BLEND),p=!0),D!==Kd){if(D!==g||Ce!==N){if((v!==Ui||A!==Ui)&&(i.blendEquation(i.FUNC_ADD),v=Ui,A=Ui),Ce)switch(D){case wr:i.blendFuncSeparate(i.ONE,i.ONE_MINUS_SRC_ALPHA,i.ONE,i.ONE_MINUS_SRC_ALPHA);break;case Ec:i.blendFunc(i.ONE,i.ONE);break;case Tc:i.blendFuncSeparate(i.ZERO,i.ONE_MINUS_SRC_COLOR,i.ZERO,i.ONE);break;case Rc:i.blendFuncSeparate(i.DST_COLOR,i.ONE_MINUS_SRC_ALPHA,i.ZERO,i.ONE);break;default:Ne("WebGLState: Invalid blending: ",D);break}else switch(D){case wr:i.blendFuncSeparate(i.SRC_ALPHA,i.ONE_MINUS_SRC_ALPHA,i.ONE,i.ONE_MINUS_SRC_ALPHA);break;case Ec:i.blendFuncSeparate(i.SRC_ALPHA,i.ONE,i.ONE,i.ONE);break;case Tc:Ne("WebGLState: SubtractiveBlending requires material.premultipliedAlpha = true");break;case Rc:Ne("WebGLState: MultiplyBlending requires material.premultipliedAlpha = true");break;default:Ne("WebGLState: Invalid blending: ",D);break}_=null,b=null,w=null,x=null,E.set(0,0,0),U=0,g=D,N=Ce}return}le=le||Q,ue=ue||J,Re=Re||fe,(Q!==v||le!==A)&&(i.blendEquationSeparate(tt[Q],tt[le]),v=Q,A=le),(J!==_||fe!==b||ue!==w||Re!==x)&&(i.blendFuncSeparate(We[J],We[fe],We[ue],We[Re]),_=J,b=fe,w=ue,x=Re),(ze.equals(E)===!1||ae!==U)&&(i.blendColor(ze.r,ze.g,ze.b,ae),E.copy(ze),U=ae),g=D,N=!1}function xt(D,Q){D.side===Cn?_e(i.CULL_FACE):oe(i.CULL_FACE);let J=D.side===Gt;Q&&(J=!J),Vt(J),D.blending===wr&&D.transparent===!1?Rt(Fi):Rt(D.blending,D.blendEquation,D.blendSrc,D.blendDst,D.blendEquationAlpha,D.blendSrcAlpha,D.blendDstAlpha,D.blendColor,D.blendAlpha,D.premultipliedAlpha),o.setFunc(D.depthFunc),o.setTest(D.depthTest),o.setMask(D.depthWrite),s.setMask(D.colorWrite);let fe=D.stencilWrite;a.setTest(fe),fe&&(a.setMask(D.stencilWriteMask),a.setFunc(D.stencilFunc,D.stencilRef,D.stencilFuncMask),a.setOp(D.stencilFail,D.stencilZFail,D.stencilZPass)),Mt(D.polygonOffset,D.polygonOffsetFactor,D.polygonOffsetUnits),D.alphaToCoverage===!0?oe(i.SAMPLE_ALPHA_TO_COVERAGE):_e(i.SAMPLE_ALPHA_TO_COVERAGE)}function Vt(D){R!==D&&(D?i.frontFace(i.CW):i.frontFace(i.CCW),R=D)}function ut(D){D!==qd?(oe(i.CULL_FACE),D!==L&&(D===Ac?i.cullFace(i.BACK):D===$d?i.cullFace(i.FRONT):i.cullFace(i.FRONT_AND_BACK))):_e(i.CULL_FACE),L=D}function bn(D){D!==k&&(z&&i.lineWidth(D),k=D)}function Mt(D,Q,J){D?(oe(i.POLYGON_OFFSET_FILL),(I!==Q||W!==J)&&(I=Q,W=J,o.getReversed()&&(Q=-Q,J=-J),i.polygonOffset(Q,J))):_e(i.POLYGON_OFFSET_FILL)}function tn(D){D?oe(i.SCISSOR_TEST):_e(i.SCISSOR_TEST)}function nn(D){D===void 0&&(D=i.TEXTURE0+q-1),ee!==D&&(i.activeTexture(D),ee=D)}function rn(D,Q,J){J===void 0&&(ee===null?J=i.TEXTURE0+q-1:J=ee);let fe=ie[J];fe===void 0&&(fe={type:void 0,texture:void 0},ie[J]=fe),(fe.type!==D||fe.texture!==Q)&&(ee!==J&&(i.activeTexture(J),ee=J),i.bindTexture(D,Q||he[D]),fe.type=D,fe.texture=Q)}function B(){let D=ie[ee];D!==void 0&&D.type!==void 0&&(i.bindTexture(D.type,null),D.type=void 0,D.texture=void 0)}function sn(){try{i.compressedTexImage2D(...arguments)}catch(D){Ne("WebGLState:",D)}}function at(){try{i.compressedTexImage3D(...arguments)}catch(D){Ne("WebGLState:",D)}}function lt(){try{i.texSubImage2D(...arguments)}catch(D){Ne("WebGLState:",D)}}function xe(){try{i.texSubImage3D(...arguments)}catch(D){Ne("WebGLState:",D)}}function vt(){try{i.compressedTexSubImage2D(...arguments)}catch(D){Ne("WebGLState:",D)}}function Pe(){try{i.compressedTexSubImage3D(...arguments)}catch(D){Ne("WebGLState:",D)}}function Fe(){try{i.texStorage2D(...arguments)}catch(D){Ne("WebGLState:",D)}}function T(){try{i.texStorage3D(...arguments)}catch(D){Ne("WebGLState:",D)}}function S(){try{i.texImage2D(...arguments)}catch(D){Ne("WebGLState:",D)}}function V(){try{i.texImage3D(...arguments)}catch(D){Ne("WebGLState:",D)}}function se(D){return h[D]!==void 0?h[D]:i.getParameter(D)}function te(D,Q){h[D]!==Q&&(i.pixelStorei(D,Q),h[D]=Q)}function ce(D){F.equals(D)===!1&&(i.scissor(D.x,D.y,D.z,D.w),F.copy(D))}function me(D){Y.equals(D)===!1&&(i.viewport(D.x,D.y,D.z,D.w),Y.copy(D))}function Z(D,Q){let J=l.get(Q);J===void 0&&(J=new WeakMap,l.set(Q,J));let fe=J.get(D);fe===void 0&&(fe=i.getUniformBlockIndex(Q,D.name),i.uniformBlockBinding(Q,fe,fe),J.set(D,fe))}function j(D,Q,J){let le=l.get(Q).get(D);c[le]!==J&&(i.bindBufferBase(i.UNIFORM_BUFFER,le,J),c[le]=J)}function de(){i.disable(i.BLEND),i.disable(i.CULL_FACE),i.disable(i.DEPTH_TEST),i.disable(i.POLYGON_OFFSET_FILL),i.disable(i.SCISSOR_TEST),i.disable(i.STENCIL_TEST),i.disable(i.SAMPLE_ALPHA_TO_COVERAGE),i.blendEquation(i.FUNC_ADD),i.blendFunc(i.ONE,i.ZERO),i.blendFuncSeparate(i.ONE,i.ZERO,i.ONE,i.ZERO),i.blendColor(0,0,0,0),i.colorMask(!0,!0,!0,!0),i.clearColor(0,0,0,0),i.depthMask(!0),i.depthFunc(i.LESS),o.setReversed(!1),i.clearDepth(1),i.stencilMask(4294967295),i.stencilFunc(i.ALWAYS,0,4294967295),i.stencilOp(i.KEEP,i.KEEP,i.KEEP),i.clearStencil(0),i.cullFace(i.BACK),i.frontFace(i.CCW),i.polygonOffset(0,0),i.activeTexture(i.TEXTURE0),i.bindFramebuffer(i.FRAMEBUFFER,null),i.bindFramebuffer(i.DRAW_FRAMEBUFFER,null),i.bindFramebuffer(i.READ_FRAMEBUFFER,null),i.useProgram(null),i.lineWidth(1),i.scissor(0,0,i.canvas.width,i.canvas.height),i.viewport(0,0,i.canvas.width,i.canvas.height),i.pixelStorei(i.PACK_ALIGNMENT,4),i.pixelStorei(i.UNPACK_ALIGNMENT,4),i.pixelStorei(i.UNPACK_FLIP_Y_WEBGL,!1),i.pixelStorei(i.UNPACK_PREMULTIPLY_ALPHA_WEBGL,!1),i.pixelStorei(i.UNPACK_COLORSPACE_CONVERSION_WEBGL,i.BROWSER_DEFAULT_WEBGL),i.pixelStorei(i.PACK_ROW_LENGTH,0),i.pixelStorei(i.PACK_SKIP_PIXELS,0),i.pixelStorei(i.PACK_SKIP_ROWS,0),i.pixelStorei(i.UNPACK_ROW_LENGTH,0),i.pixelStorei(i.UNPACK_IMAGE_HEIGHT,0),i.pixelStorei(i.UNPACK_SKIP_PIXELS,0),i.pixelStorei(i.UNPACK_SKIP_ROWS,0),i.pixelStorei(i.UNPACK_SKIP_IMAGES,0),u={},h={},ee=null,ie={},d={},c={},f=new WeakMap,m=[],y=null,p=!1,g=null,v=null,_=null,b=null,A=null,w=null,x=null,E=new He(0,0,0),U=0,N=!1,R=null,L=null,k=null,I=null,W=null,F.set(0,0,i.canvas.width,i.canvas.height),Y.set(0,0,i.canvas.width,i.canvas.height),s.reset(),o.reset(),a.reset()}return{buffers:{color:s,depth:o,stencil:a},enable:oe,disable:_e,bindFramebuffer:Ve,drawBuffers:ye,useProgram:Je,setBlending:Rt,setMaterial:xt,setFlipSided:Vt,setCullFace:ut,setLineWidth:bn,setPolygonOffset:Mt,setScissorTest:tn,activeTexture:nn,bindTexture:rn,unbindTexture:B,compressedTexImage2D:sn,compressedTexImage3D:at,texImage2D:S,texImage3D:V,pixelStorei:te,getParameter:se,updateUBOMapping:Z,uniformBlockBinding:j,texStorage2D:Fe,texStorage3D:T,texSubImage2D:lt,texSubImage3D:xe,compressedTexSubImage2D:vt,compressedTexSubImage3D:Pe,scissor:ce,viewport:me,reset:de}}function qb(i,e,t,n,r,s,o){let a=e.has("WEBGL_multisampled_render_to_texture")?e.get("WEBGL_multisampled_render_to_texture"):null,c=typeof navigator>"u"?!1:/OculusBrowser/g.test(navigator.userAgent),l=new Ke,u=new WeakMap,h=new Set,d,f=new WeakMap,m=new Set,y=new FinalizationRegistry(T=>m.delete(T)),p=!1;try{p=typeof OffscreenCanvas<"u"&&new OffscreenCanvas(1,1).getContext("2d")!==null}catch{}function g(T,S){return p?new OffscreenCanvas(T,S):ns("canvas")}function v(T,S,V){let se=1,te=Fe(T);if((te.width>V||te.height>V)&&(se=V/Math.max(te.width,te.height)),se<1)if(typeof HTMLImageElement<"u"&&T instanceof HTMLImageElement||typeof HTMLCanvasElement<"u"&&T instanceof HTMLCanvasElement||typeof ImageBitmap<"u"&&T instanceof ImageBitmap||typeof VideoFrame<"u"&&T instanceof VideoFrame){let ce=Math.floor(se*te.width),me=Math.floor(se*te.height);d===void 0&&(d=g(ce,me));let Z=S?g(ce,me):d;return Z.width=ce,Z.height=me,Z.getContext("2d").drawImage(T,0,0,ce,me),Ie("WebGLRenderer: Texture has been resized from ("+te.width+"x"+te.height+") to ("+ce+"x"+me+")."),Z}else return"data"in T&&Ie("WebGLRenderer: Image in DataTexture is too big ("+te.width+"x"+te.height+")."),T;return T}function _(T){return T.generateMipmaps}function b(T){i.generateMipmap(T)}function A(T){return T.isWebGLCubeRenderTarget?i.TEXTURE_CUBE_MAP:T.isWebGL3DRenderTarget?i.TEXTURE_3D:T.isWebGLArrayRenderTarget||T.isCompressedArrayTexture?i.TEXTURE_2D_ARRAY:i.TEXTURE_2D}function w(T,S,V,se,te,ce=!1){if(T!==null){if(i[T]!==void 0)return i[T];Ie("WebGLRenderer: Attempt to use non-existing WebGL internal format '"+T+"'")}let me;se&&(me=e.get("EXT_texture_norm16"),me||Ie("WebGLRenderer: Unable to use normalized textures without EXT_texture_norm16 extension"));let Z=S;if(S===i.RED&&(V===i.FLOAT&&(Z=i.R32F),V===i.HALF_FLOAT&&(Z=i.R16F),V===i.UNSIGNED_BYTE&&(Z=i.R8),V===i.UNSIGNED_SHORT&&me&&(Z=me.R16_EXT),V===i.SHORT&&me&&(Z=me.R16_SNORM_EXT)),S===i.RED_INTEGER&&(V===i.UNSIGNED_BYTE&&(Z=i.R8UI),V===i.UNSIGNED_SHORT&&(Z=i.R16UI),V===i.UNSIGNED_INT&&(Z=i.R32UI),V===i.BYTE&&(Z=i.R8I),V===i.SHORT&&(Z=i.R16I),V===i.INT&&(Z=i.R32I)),S===i.RG&&(V===i.FLOAT&&(Z=i.RG32F),V===i.HALF_FLOAT&&(Z=i.RG16F),V===i.UNSIGNED_BYTE&&(Z=i.RG8),V===i.UNSIGNED_SHORT&&me&&(Z=me.RG16_EXT),V===i.SHORT&&me&&(Z=me.RG16_SNORM_EXT)),S===i.RG_INTEGER&&(V===i.UNSIGNED_BYTE&&(Z=i.RG8UI),V===i.UNSIGNED_SHORT&&(Z=i.RG16UI),V===i.UNSIGNED_INT&&(Z=i.RG32UI),V===i.BYTE&&(Z=i.RG8I),V===i.SHORT&&(Z=i.RG16I),V===i.INT&&(Z=i.RG32I)),S===i.RGB_INTEGER&&(V===i.UNSIGNED_BYTE&&(Z=i.RGB8UI),V===i.UNSIGNED_SHORT&&(Z=i.RGB16UI),V===i.UNSIGNED_INT&&(Z=i.RGB32UI),V===i.BYTE&&(Z=i.RGB8I),V===i.SHORT&&(Z=i.RGB16I),V===i.INT&&(Z=i.RGB32I)),S===i.RGBA_INTEGER&&(V===i.UNSIGNED_BYTE&&(Z=i.RGBA8UI),V===i.UNSIGNED_SHORT&&(Z=i.RGBA16UI),V===i.UNSIGNED_INT&&(Z=i.RGBA32UI),V===i.BYTE&&(Z=i.RGBA8I),V===i.SHORT&&(Z=i.RGBA16I),V===i.INT&&(Z=i.RGBA32I)),S===i.RGB&&(V===i.UNSIGNED_SHORT&&me&&(Z=me.RGB16_EXT),V===i.SHORT&&me&&(Z=me.RGB16_SNORM_EXT),V===i.UNSIGNED_INT_5_9_9_9_REV&&(Z=i.RGB9_E5),V===i.UNSIGNED_INT_10F_11F_11F_REV&&(Z=i.R11F_G11F_B10F)),S===i.RGBA){let j=ce?es:$e.getTransfer(te);V===i.FLOAT&&(Z=i.RGBA32F),V===i.HALF_FLOAT&&(Z=i.RGBA16F),V===i.UNSIGNED_BYTE&&(Z=j===Qe?i.SRGB8_ALPHA8:i.RGBA8),V===i.UNSIGNED_SHORT&&me&&(Z=me.RGBA16_EXT),V===i.SHORT&&me&&(Z=me.RGBA16_SNORM_EXT),V===i.UNSIGNED_SHORT_4_4_4_4&&(Z=i.RGBA4),V===i.UNSIGNED_SHORT_5_5_5_1&&(Z=i.RGB5_A1)}return(Z===i.R16F||Z===i.R32F||Z===i.RG16F||Z===i.RG32F||Z===i.RGBA16F||Z===i.RGBA32F)&&e.get("EXT_color_buffer_float"),Z}function x(T,S){let V;return T?S===null||S===gn||S===Bi?V=i.DEPTH24_STENCIL8:S===yn?V=i.DEPTH32F_STENCIL8:S===Er&&(V=i.DEPTH24_STENCIL8,Ie("DepthTexture: 16 bit depth attachment is not supported with stencil. Using 24-bit attachment.")):S===null||S===gn||S===Bi?V=i.DEPTH_COMPONENT24:S===yn?V=i.DEPTH_COMPONENT32F:S===Er&&(V=i.DEPTH_COMPONENT16),V}function E(T,S){return _(T)===!0||T.isFramebufferTexture&&T.minFilter!==yt&&T.minFilter!==It?Math.log2(Math.max(S.width,S.height))+1:T.mipmaps.length>0?T.mipmaps.length:T.isCompressedTexture&&Array.isArray(T.image)?S.mipmaps.length:1}function U(T){let S=new WeakRef(T);n.get(T).__ref=S,m.add(S),y.register(T,S,S)}function N(T){let S=n.get(T).__ref;S!==void 0&&(m.delete(S),y.unregister(S))}function R(T){k(T.target)}function L(T){I(T.target)}function k(T){T.removeEventListener("dispose",R),N(T),q(T),T.isVideoTexture&&u.delete(T),T.isHTMLTexture&&h.delete(T)}function I(T){T.removeEventListener("dispose",L),N(T),ne(T)}function W(){for(let T of m){let S=T.deref();S!==void 0&&(S.isRenderTarget===!0?I(S):k(S))}m.clear(),h.clear()}function q(T){let S=n.get(T);if(S.__webglInit===void 0)return;let V=T.source,se=f.get(V);if(se){let te=se[S.__cacheKey];te.usedTimes--,te.usedTimes===0&&z(T),Object.keys(se).length===0&&f.delete(V)}n.remove(T)}function z(T){let S=n.get(T);i.deleteTexture(S.__webglTexture);let V=T.source,se=f.get(V);delete se[S.__cacheKey],o.memory.textures--}function ne(T){let S=n.get(T);S.__depthDisposeCallback&&S.__depthDisposeCallback();let V=T.depthTexture;if(V&&V.renderTarget===T&&k(V),T.isWebGLCubeRenderTarget)for(let te=0;te<6;te++){if(Array.isArray(S.__webglFramebuffer[te]))for(let ce=0;ce<S.__webglFramebuffer[te].length;ce++)i.deleteFramebuffer(S.__webglFramebuffer[te][ce]);else i.deleteFramebuffer(S.__webglFramebuffer[te]);S.__webglDepthbuffer&&i.deleteRenderbuffer(S.__webglDepthbuffer[te])}else{if(Array.isArray(S.__webglFramebuffer))for(let te=0;te<S.__webglFramebuffer.length;te++)i.deleteFramebuffer(S.__webglFramebuffer[te]);else i.deleteFramebuffer(S.__webglFramebuffer);if(S.__webglDepthbuffer&&i.deleteRenderbuffer(S.__webglDepthbuffer),S.__webglMultisampledFramebuffer&&i.deleteFramebuffer(S.__webglMultisampledFramebuffer),S.__webglColorRenderbuffer)for(let te=0;te<S.__webglColorRenderbuffer.length;te++)S.__webglColorRenderbuffer[te]&&i.deleteRenderbuffer(S.__webglColorRenderbuffer[te]);S.__webglDepthRenderbuffer&&i.deleteRenderbuffer(S.__webglDepthRenderbuffer)}let se=T.textures;for(let te=0,ce=se.length;te<ce;te++){let me=n.get(se[te]);me.__webglTexture&&(i.deleteTexture(me.__webglTexture),o.memory.textures--),n.remove(se[te])}n.remove(T)}let K=0;function ee(){K=0}function ie(){return K}function Me(T){K=T}function Le(){let T=K;return T>=r.maxTextures&&Ie("WebGLTextures: Trying to use "+(T+1)+" texture units while this GPU supports only "+r.maxTextures),K+=1,T}function F(T){let S=[];return S.push(T.wrapS),S.push(T.wrapT),S.push(T.wrapR||0),S.push(T.magFilter),S.push(T.minFilter),S.push(T.anisotropy),S.push(T.internalFormat),S.push(T.format),S.push(T.type),S.push(T.generateMipmaps),S.push(T.mipmapsAutoUpdate),S.push(T.premultiplyAlpha),S.push(T.flipY),S.push(T.unpackAlignment),S.push(T.colorSpace),S.join()}function Y(T,S){let V=n.get(T);if(T.isVideoTexture&&vt(T),T.isRenderTargetTexture===!1&&T.isExternalTexture!==!0&&T.version>0&&V.__version!==T.version){let se=T.image;if(se===null)Ie("WebGLRenderer: Texture marked for update but no image data found.");else if(se.complete===!1)Ie("WebGLRenderer: Texture marked for update but image is incomplete");else{xt(V,T,S);return}}else T.isExternalTexture&&(V.__webglTexture=T.sourceTexture?T.sourceTexture:null);t.bindTexture(i.TEXTURE_2D,V.__webglTexture,i.TEXTURE0+S)}function re(T,S){let V=n.get(T);if(T.isRenderTargetTexture===!1&&T.version>0&&V.__version!==T.version){xt(V,T,S);return}else T.isExternalTexture&&(V.__webglTexture=T.sourceTexture?T.sourceTexture:null);t.bindTexture(i.TEXTURE_2D_ARRAY,V.__webglTexture,i.TEXTURE0+S)}function he(T,S){let V=n.get(T);if(T.isRenderTargetTexture===!1&&T.version>0&&V.__version!==T.version){xt(V,T,S);return}t.bindTexture(i.TEXTURE_3D,V.__webglTexture,i.TEXTURE0+S)}function oe(T,S){let V=n.get(T);if(T.version>0&&V.__version!==T.version){Vt(V,T,S);return}t.bindTexture(i.TEXTURE_CUBE_MAP,V.__webglTexture,i.TEXTURE0+S)}let _e={[Bo]:i.REPEAT,[An]:i.CLAMP_TO_EDGE,[ko]:i.MIRRORED_REPEAT},Ve={[yt]:i.NEAREST,[gf]:i.NEAREST_MIPMAP_NEAREST,[gs]:i.NEAREST_MIPMAP_LINEAR,[It]:i.LINEAR,[ha]:i.LINEAR_MIPMAP_NEAREST,[Jn]:i.LINEAR_MIPMAP_LINEAR},ye={[bf]:i.NEVER,[Jc]:i.ALWAYS,[_f]:i.LESS,[Yc]:i.LEQUAL,[Sf]:i.EQUAL,[Kc]:i.GEQUAL,[Mf]:i.GREATER,[wf]:i.NOTEQUAL};function Je(T,S){if(S.type===yn&&e.has("OES_texture_float_linear")===!1&&(S.magFilter===It||S.magFilter===ha||S.magFilter===gs||S.magFilter===Jn||S.minFilter===It||S.minFilter===ha||S.minFilter===gs||S.minFilter===Jn)&&Ie("WebGLRenderer: Unable to use linear filtering with floating point textures. OES_texture_float_linear not supported on this device."),i.texParameteri(T,i.TEXTURE_WRAP_S,_e[S.wrapS]),i.texParameteri(T,i.TEXTURE_WRAP_T,_e[S.wrapT]),(T===i.TEXTURE_3D||T===i.TEXTURE_2D_ARRAY)&&i.texParameteri(T,i.TEXTURE_WRAP_R,_e[S.wrapR]),i.texParameteri(T,i.TEXTURE_MAG_FILTER,Ve[S.magFilter]),i.texParameteri(T,i.TEXTURE_MIN_FILTER,Ve[S.minFilter]),S.compareFunction&&(i.texParameteri(T,i.TEXTURE_COMPARE_MODE,i.COMPARE_REF_TO_TEXTURE),i.texParameteri(T,i.TEXTURE_COMPARE_FUNC,ye[S.compareFunction])),e.has("EXT_texture_filter_anisotropic")===!0){if(S.magFilter===yt||S.minFilter!==gs&&S.minFilter!==Jn||S.type===yn&&e.has("OES_texture_float_linear")===!1)return;if(S.anisotropy>1||n.get(S).__currentAnisotropy){let V=e.get("EXT_texture_filter_anisotropic");i.texParameterf(T,V.TEXTURE_MAX_ANISOTROPY_EXT,Math.min(S.anisotropy,r.getMaxAnisotropy())),n.get(S).__currentAnisotropy=S.anisotropy}}}function tt(T,S){let V=!1;T.__webglInit===void 0&&(T.__webglInit=!0,S.addEventListener("dispose",R),U(S));let se=S.source,te=f.get(se);te===void 0&&(te={},f.set(se,te));let ce=F(S);if(ce!==T.__cacheKey){te[ce]===void 0&&(te[ce]={texture:i.createTexture(),usedTimes:0},o.memory.textures++,V=!0),te[ce].usedTimes++;let me=te[T.__cacheKey];me!==void 0&&(te[T.__cacheKey].usedTimes--,me.usedTimes===0&&z(S)),T.__cacheKey=ce,T.__webglTexture=te[ce].texture}return V}function We(T,S,V){return Math.floor(Math.floor(T/V)/S)}function Rt(T,S,V,se){let ce=T.updateRanges;if(ce.length===0)t.texSubImage2D(i.TEXTURE_2D,0,0,0,S.width,S.height,V,se,S.data);else{ce.sort((D,Q)=>D.start-Q.start);let me=0;for(let D=1;D<ce.length;D++){let Q=ce[me],J=ce[D],fe=Q.start+Q.count,le=We(J.start,S.width,4),ue=We(Q.start,S.width,4);J.start<=fe+1&&le===ue&&We(J.start+J.count-1,S.width,4)===le?Q.count=Math.max(Q.count,J.start+J.count-Q.start):(++me,ce[me]=J)}ce.length=me+1;let Z=t.getParameter(i.UNPACK_ROW_LENGTH),j=t.getParameter(i.UNPACK_SKIP_PIXELS),de=t.getParameter(i.UNPACK_SKIP_ROWS);t.pixelStorei(i.UNPACK_ROW_LENGTH,S.width);for(let D=0,Q=ce.length;D<Q;D++){let J=ce[D],fe=Math.floor(J.start/4),le=Math.ceil(J.count/4),ue=fe%S.width,Re=Math.floor(fe/S.width),ze=le,ae=1;t.pixelStorei(i.UNPACK_SKIP_PIXELS,ue),t.pixelStorei(i.UNPACK_SKIP_ROWS,Re),t.texSubImage2D(i.TEXTURE_2D,0,ue,Re,ze,ae,V,se,S.data)}T.clearUpdateRanges(),t.pixelStorei(i.UNPACK_ROW_LENGTH,Z),t.pixelStorei(i.UNPACK_SKIP_PIXELS,j),t.pixelStorei(i.UNPACK_SKIP_ROWS,de)}}function xt(T,S,V){let se=i.TEXTURE_2D;(S.isDataArrayTexture||S.isCompressedArrayTexture)&&(se=i.TEXTURE_2D_ARRAY),S.isData3DTexture&&(se=i.TEXTURE_3D);let te=tt(T,S),ce=S.source;t.bindTexture(se,T.__webglTexture,i.TEXTURE0+V);let me=n.get(ce);if(ce.version!==me.__version||te===!0){if(t.activeTexture(i.TEXTURE0+V),(typeof ImageBitmap<"u"&&S.image instanceof ImageBitmap)===!1){let ae=$e.getPrimaries($e.workingColorSpace),Ce=S.colorSpace===jn?null:$e.getPrimaries(S.colorSpace),ke=S.colorSpace===jn||ae===Ce?i.NONE:i.BROWSER_DEFAULT_WEBGL;t.pixelStorei(i.UNPACK_FLIP_Y_WEBGL,S.flipY),t.pixelStorei(i.UNPACK_PREMULTIPLY_ALPHA_WEBGL,S.premultiplyAlpha),t.pixelStorei(i.UNPACK_COLORSPACE_CONVERSION_WEBGL,ke)}t.pixelStorei(i.UNPACK_ALIGNMENT,S.unpackAlignment);let j=v(S.image,!1,r.maxTextureSize);j=Pe(S,j);let de=s.convert(S.format,S.colorSpace),D=s.convert(S.type),Q=w(S.internalFormat,de,D,S.normalized,S.colorSpace,S.isVideoTexture);Je(se,S);let J,fe=S.mipmaps,le=S.isVideoTexture!==!0,ue=me.__version===void 0||te===!0,Re=ce.dataReady,ze=E(S,j);if(S.isDepthTexture)Q=x(S.format===Zn,S.type),ue&&(le?t.texStorage2D(i.TEXTURE_2D,1,Q,j.width,j.height):t.texImage2D(i.TEXTURE_2D,0,Q,j.width,j.height,0,de,D,null));else if(S.isDataTexture)if(fe.length>0){le&&ue&&t.texStorage2D(i.TEXTURE_2D,ze,Q,fe[0].width,fe[0].height);for(let ae=0,Ce=fe.length;ae<Ce;ae++)J=fe[ae],le?Re&&t.texSubImage2D(i.TEXTURE_2D,ae,0,0,J.width,J.height,de,D,J.data):t.texImage2D(i.TEXTURE_2D,ae,Q,J.width,J.height,0,de,D,J.data);S.generateMipmaps=!1}else le?(ue&&t.texStorage2D(i.TEXTURE_2D,ze,Q,j.width,j.height),Re&&Rt(S,j,de,D)):t.texImage2D(i.TEXTURE_2D,0,Q,j.width,j.height,0,de,D,j.data);else if(S.isCompressedTexture)if(S.isCompressedArrayTexture){le&&ue&&t.texStorage3D(i.TEXTURE_2D_ARRAY,ze,Q,fe[0].width,fe[0].height,j.depth);for(let ae=0,Ce=fe.length;ae<Ce;ae++)if(J=fe[ae],S.format!==vn)if(de!==null)if(le){if(Re)if(S.layerUpdates.size>0){let ke=nu(J.width,J.height,S.format,S.type);for(let ve of S.layerUpdates){let et=J.data.subarray(ve*ke/J.data.BYTES_PER_ELEMENT,(ve+1)*ke/J.data.BYTES_PER_ELEMENT);t.compressedTexSubImage3D(i.TEXTURE_2D_ARRAY,ae,0,0,ve,J.width,J.height,1,de,et)}}else t.compressedTexSubImage3D(i.TEXTURE_2D_ARRAY,ae,0,0,0,J.width,J.height,j.depth,de,J.data)}else t.compressedTexImage3D(i.TEXTURE_2D_ARRAY,ae,Q,J.width,J.height,j.depth,0,J.data,0,0);else Ie("WebGLRenderer: Attempt to load unsupported compressed texture format in .uploadTexture()");else le?Re&&t.texSubImage3D(i.TEXTURE_2D_ARRAY,ae,0,0,0,J.width,J.height,j.depth,de,D,J.data):t.texImage3D(i.TEXTURE_2D_ARRAY,ae,Q,J.width,J.height,j.depth,0,de,D,J.data);S.layerUpdates.size>0&&S.clearLayerUpdates()}else{le&&ue&&t.texStorage2D(i.TEXTURE_2D,ze,Q,fe[0].width,fe[0].height);for(let ae=0,Ce=fe.length;ae<Ce;ae++)J=fe[ae],S.format!==vn?de!==null?le?Re&&t.compressedTexSubImage2D(i.TEXTURE_2D,ae,0,0,J.width,J.height,de,J.data):t.compressedTexImage2D(i.TEXTURE_2D,ae,Q,J.width,J.height,0,J.data):Ie("WebGLRenderer: Attempt to load unsupported compressed texture format in .uploadTexture()"):le?Re&&t.texSubImage2D(i.TEXTURE_2D,ae,0,0,J.width,J.height,de,D,J.data):t.texImage2D(i.TEXTURE_2D,ae,Q,J.width,J.height,0,de,D,J.data)}else if(S.isDataArrayTexture)if(le){if(ue&&t.texStorage3D(i.TEXTURE_2D_ARRAY,ze,Q,j.width,j.height,j.depth),Re)if(S.layerUpdates.size>0){let ae=nu(j.width,j.height,S.format,S.type);for(let Ce of S.layerUpdates){let ke=j.data.subarray(Ce*ae/j.data.BYTES_PER_ELEMENT,(Ce+1)*ae/j.data.BYTES_PER_ELEMENT);t.texSubImage3D(i.TEXTURE_2D_ARRAY,0,0,0,Ce,j.width,j.height,1,de,D,ke)}S.clearLayerUpdates()}else t.texSubImage3D(i.TEXTURE_2D_ARRAY,0,0,0,0,j.width,j.height,j.depth,de,D,j.data)}else t.texImage3D(i.TEXTURE_2D_ARRAY,0,Q,j.width,j.height,j.depth,0,de,D,j.data);else if(S.isData3DTexture)le?(ue&&t.texStorage3D(i.TEXTURE_3D,ze,Q,j.width,j.height,j.depth),Re&&t.texSubImage3D(i.TEXTURE_3D,0,0,0,0,j.width,j.height,j.depth,de,D,j.data)):t.texImage3D(i.TEXTURE_3D,0,Q,j.width,j.height,j.depth,0,de,D,j.data);else if(S.isFramebufferTexture){if(ue)if(le)t.texStorage2D(i.TEXTURE_2D,ze,Q,j.width,j.height);else{let ae=j.width,Ce=j.height;for(let ke=0;ke<ze;ke++)t.texImage2D(i.TEXTURE_2D,ke,Q,ae,Ce,0,de,D,null),ae>>=1,Ce>>=1}}else if(S.isHTMLTexture){if("texElementImage2D"in i){let ae=i.canvas;if(ae.hasAttribute("layoutsubtree")||ae.setAttribute("layoutsubtree","true"),j.parentNode!==ae){ae.appendChild(j),h.add(S),ae.onpaint=Ce=>{let ke=Ce.changedElements;for(let ve of h)ke.includes(ve.image)&&(ve.needsUpdate=!0)},ae.requestPaint();return}if(i.texElementImage2D.length===3)i.texElementImage2D(i.TEXTURE_2D,i.RGBA8,j);else{let ke=i.RGBA,ve=i.RGBA,et=i.UNSIGNED_BYTE;i.texElementImage2D(i.TEXTURE_2D,0,ke,ve,et,j)}i.texParameteri(i.TEXTURE_2D,i.TEXTURE_MIN_FILTER,i.LINEAR),i.texParameteri(i.TEXTURE_2D,i.TEXTURE_WRAP_S,i.CLAMP_TO_EDGE),i.texParameteri(i.TEXTURE_2D,i.TEXTURE_WRAP_T,i.CLAMP_TO_EDGE)}}else if(fe.length>0){if(le&&ue){let ae=Fe(fe[0]);t.texStorage2D(i.TEXTURE_2D,ze,Q,ae.width,ae.height)}for(let ae=0,Ce=fe.length;ae<Ce;ae++)J=fe[ae],le?Re&&t.texSubImage2D(i.TEXTURE_2D,ae,0,0,de,D,J):t.texImage2D(i.TEXTURE_2D,ae,Q,de,D,J);S.generateMipmaps=!1}else if(le){if(ue){let ae=Fe(j);t.texStorage2D(i.TEXTURE_2D,ze,Q,ae.width,ae.height)}Re&&t.texSubImage2D(i.TEXTURE_2D,0,0,0,de,D,j)}else t.texImage2D(i.TEXTURE_2D,0,Q,de,D,j);_(S)&&S.mipmapsAutoUpdate===!0&&b(se),me.__version=ce.version,S.onUpdate&&S.onUpdate(S)}T.__version=S.version}function Vt(T,S,V){if(S.image.length!==6)return;let se=tt(T,S),te=S.source;t.bindTexture(i.TEXTURE_CUBE_MAP,T.__webglTexture,i.TEXTURE0+V);let ce=n.get(te);if(te.version!==ce.__version||se===!0){t.activeTexture(i.TEXTURE0+V);let me=$e.getPrimaries($e.workingColorSpace),Z=S.colorSpace===jn?null:$e.getPrimaries(S.colorSpace),j=S.colorSpace===jn||me===Z?i.NONE:i.BROWSER_DEFAULT_WEBGL;t.pixelStorei(i.UNPACK_FLIP_Y_WEBGL,S.flipY),t.pixelStorei(i.UNPACK_PREMULTIPLY_ALPHA_WEBGL,S.premultiplyAlpha),t.pixelStorei(i.UNPACK_ALIGNMENT,S.unpackAlignment),t.pixelStorei(i.UNPACK_COLORSPACE_CONVERSION_WEBGL,j);let de=S.isCompressedTexture||S.image[0].isCompressedTexture,D=S.image[0]&&S.image[0].isDataTexture,Q=[];for(let ve=0;ve<6;ve++)!de&&!D?Q[ve]=v(S.image[ve],!0,r.maxCubemapSize):Q[ve]=D?S.image[ve].image:S.image[ve],Q[ve]=Pe(S,Q[ve]);let J=Q[0],fe=s.convert(S.format,S.colorSpace),le=s.convert(S.type),ue=w(S.internalFormat,fe,le,S.normalized,S.colorSpace),Re=S.isVideoTexture!==!0,ze=ce.__version===void 0||se===!0,ae=te.dataReady,Ce=E(S,J);Je(i.TEXTURE_CUBE_MAP,S);let ke;if(S.isDepthTexture){if(ue=x(S.format===Zn,S.type),ze)if(Re)t.texStorage2D(i.TEXTURE_CUBE_MAP,1,ue,J.width,J.height);else for(let ve=0;ve<6;ve++)t.texImage2D(i.TEXTURE_CUBE_MAP_POSITIVE_X+ve,0,ue,J.width,J.height,0,fe,le,null)}else if(de){Re&&ze&&t.texStorage2D(i.TEXTURE_CUBE_MAP,Ce,ue,J.width,J.height);for(let ve=0;ve<6;ve++){ke=Q[ve].mipmaps;for(let et=0;et<ke.length;et++){let wt=ke[et];S.format!==vn?fe!==null?Re?ae&&t.compressedTexSubImage2D(i.TEXTURE_CUBE_MAP_POSITIVE_X+ve,et,0,0,wt.width,wt.height,fe,wt.data):t.compressedTexImage2D(i.TEXTURE_CUBE_MAP_POSITIVE_X+ve,et,ue,wt.width,wt.height,0,wt.data):Ie("WebGLRenderer: Attempt to load unsupported compressed texture format in .setTextureCube()"):Re?ae&&t.texSubImage2D(i.TEXTURE_CUBE_MAP_POSITIVE_X+ve,et,0,0,wt.width,wt.height,fe,le,wt.data):t.texImage2D(i.TEXTURE_CUBE_MAP_POSITIVE_X+ve,et,ue,wt.width,wt.height,0,fe,le,wt.data)}}}else{if(ke=S.mipmaps,Re&&ze){ke.length>0&&Ce++;let ve=Fe(Q[0]);t.texStorage2D(i.TEXTURE_CUBE_MAP,Ce,ue,ve.width,ve.height)}for(let ve=0;ve<6;ve++)if(D){Re?ae&&t.texSubImage2D(i.TEXTURE_CUBE_MAP_POSITIVE_X+ve,0,0,0,Q[ve].width,Q[ve].height,fe,le,Q[ve].data):t.texImage2D(i.TEXTURE_CUBE_MAP_POSITIVE_X+ve,0,ue,Q[ve].width,Q[ve].height,0,fe,le,Q[ve].data);for(let et=0;et<ke.length;et++){let ei=ke[et].image[ve].image;Re?ae&&t.texSubImage2D(i.TEXTURE_CUBE_MAP_POSITIVE_X+ve,et+1,0,0,ei.width,ei.height,fe,le,ei.data):t.texImage2D(i.TEXTURE_CUBE_MAP_POSITIVE_X+ve,et+1,ue,ei.width,ei.height,0,fe,le,ei.data)}}else{Re?ae&&t.texSubImage2D(i.TEXTURE_CUBE_MAP_POSITIVE_X+ve,0,0,0,fe,le,Q[ve]):t.texImage2D(i.TEXTURE_CUBE_MAP_POSITIVE_X+ve,0,ue,fe,le,Q[ve]);for(let et=0;et<ke.length;et++){let wt=ke[et];Re?ae&&t.texSubImage2D(i.TEXTURE_CUBE_MAP_POSITIVE_X+ve,et+1,0,0,fe,le,wt.image[ve]):t.texImage2D(i.TEXTURE_CUBE_MAP_POSITIVE_X+ve,et+1,ue,fe,le,wt.image[ve])}}}_(S)&&S.mipmapsAutoUpdate===!0&&b(i.TEXTURE_CUBE_MAP),ce.__version=te.version,S.onUpdate&&S.onUpdate(S)}T.__version=S.version}function ut(T,S,V,se,te,ce){let me=s.convert(V.format,V.colorSpace),Z=s.convert(V.type),j=w(V.internalFormat,me,Z,V.normalized,V.colorSpace),de=n.get(S),D=n.get(V);if(D.__renderTarget=S,!de.__hasExternalTextures){let Q=Math.max(1,S.width>>ce),J=Math.max(1,S.height>>ce);te===i.TEXTURE_3D||te===i.TEXTURE_2D_ARRAY?t.texImage3D(te,ce,j,Q,J,S.depth,0,me,Z,null):t.texImage2D(te,ce,j,Q,J,0,me,Z,null)}t.bindFramebuffer(i.FRAMEBUFFER,T),xe(S)?a.framebufferTexture2DMultisampleEXT(i.FRAMEBUFFER,se,te,D.__webglTexture,0,lt(S)):(te===i.TEXTURE_2D||te>=i.TEXTURE_CUBE_MAP_POSITIVE_X&&te<=i.TEXTURE_CUBE_MAP_NEGATIVE_Z)&&i.framebufferTexture2D(i.FRAMEBUFFER,se,te,D.__webglTexture,ce),t.bindFramebuffer(i.FRAMEBUFFER,null)}function bn(T,S,V){if(i.bindRenderbuffer(i.RENDERBUFFER,T),S.depthBuffer){let se=S.depthTexture,te=se&&se.isDepthTexture?se.type:null,ce=x(S.stencilBuffer,te),me=S.stencilBuffer?i.DEPTH_STENCIL_ATTACHMENT:i.DEPTH_ATTACHMENT;xe(S)?a.renderbufferStorageMultisampleEXT(i.RENDERBUFFER,lt(S),ce,S.width,S.height):V?i.renderbufferStorageMultisample(i.RENDERBUFFER,lt(S),ce,S.width,S.height):i.renderbufferStorage(i.RENDERBUFFER,ce,S.width,S.height),i.framebufferRenderbuffer(i.FRAMEBUFFER,me,i.RENDERBUFFER,T)}else{let se=S.textures;for(let te=0;te<se.length;te++){let ce=se[te],me=s.convert(ce.format,ce.colorSpace),Z=s.convert(ce.type),j=w(ce.internalFormat,me,Z,ce.normalized,ce.colorSpace);xe(S)?a.renderbufferStorageMultisampleEXT(i.RENDERBUFFER,lt(S),j,S.width,S.height):V?i.renderbufferStorageMultisample(i.RENDERBUFFER,lt(S),j,S.width,S.height):i.renderbufferStorage(i.RENDERBUFFER,j,S.width,S.height)}}i.bindRenderbuffer(i.RENDERBUFFER,null)}function Mt(T,S,V){let se=S.isWebGLCubeRenderTarget===!0;if(t.bindFramebuffer(i.FRAMEBUFFER,T),!(S.depthTexture&&S.depthTexture.isDepthTexture))throw new Error("THREE.WebGLTextures: renderTarget.depthTexture must be an instance of THREE.DepthTexture.");let te=n.get(S.depthTexture);te.__renderTarget=S;let ce=se?S.depthTexture.image[0]:S.depthTexture.image;(!te.__webglTexture||ce.width!==S.width||ce.height!==S.height)&&(ce.width=S.width,ce.height=S.height,S.depthTexture.needsUpdate=!0),se?oe(S.depthTexture,0):Y(S.depthTexture,0);let me=te.__webglTexture,Z=lt(S),j=se?i.TEXTURE_CUBE_MAP_POSITIVE_X+V:i.TEXTURE_2D,de=S.depthTexture.format===Zn?i.DEPTH_STENCIL_ATTACHMENT:i.DEPTH_ATTACHMENT;if(S.depthTexture.format===Yn)xe(S)?a.framebufferTexture2DMultisampleEXT(i.FRAMEBUFFER,de,j,me,0,Z):i.framebufferTexture2D(i.FRAMEBUFFER,de,j,me,0);else if(S.depthTexture.format===Zn)xe(S)?a.framebufferTexture2DMultisampleEXT(i.FRAMEBUFFER,de,j,me,0,Z):i.framebufferTexture2D(i.FRAMEBUFFER,de,j,me,0);else throw new Error("THREE.WebGLTextures: Unknown depthTexture format.")}function tn(T){let S=n.get(T),V=T.isWebGLCubeRenderTarget===!0;if(S.__boundDepthTexture!==T.depthTexture){let se=T.depthTexture;if(S.__depthDisposeCallback&&S.__depthDisposeCallback(),se){let te=()=>{delete S.__boundDepthTexture,delete S.__depthDisposeCallback,se.removeEventListener("dispose",te)};se.addEventListener("dispose",te),S.__depthDisposeCallback=te}S.__boundDepthTexture=se}if(T.depthTexture&&!S.__autoAllocateDepthBuffer)if(V)for(let se=0;se<6;se++)Mt(S.__webglFramebuffer[se],T,se);else T.texture.mipmaps.length>0?Mt(S.__webglFramebuffer[0],T,0):Mt(S.__webglFramebuffer,T,0);else if(V){S.__webglDepthbuffer=[];for(let se=0;se<6;se++)if(t.bindFramebuffer(i.FRAMEBUFFER,S.__webglFramebuffer[se]),S.__webglDepthbuffer[se]===void 0)S.__webglDepthbuffer[se]=i.createRenderbuffer(),bn(S.__webglDepthbuffer[se],T,!1);else{let te=T.stencilBuffer?i.DEPTH_STENCIL_ATTACHMENT:i.DEPTH_ATTACHMENT,ce=S.__webglDepthbuffer[se];i.bindRenderbuffer(i.RENDERBUFFER,ce),i.framebufferRenderbuffer(i.FRAMEBUFFER,te,i.RENDERBUFFER,ce)}}else if(T.texture.mipmaps.length>0?t.bindFramebuffer(i.FRAMEBUFFER,S.__webglFramebuffer[0]):t.bindFramebuffer(i.FRAMEBUFFER,S.__webglFramebuffer),S.__webglDepthbuffer===void 0)S.__webglDepthbuffer=i.createRenderbuffer(),bn(S.__webglDepthbuffer,T,!1);else{let te=T.stencilBuffer?i.DEPTH_STENCIL_ATTACHMENT:i.DEPTH_ATTACHMENT,ce=S.__webglDepthbuffer;i.bindRenderbuffer(i.RENDERBUFFER,ce),i.framebufferRenderbuffer(i.FRAMEBUFFER,te,i.RENDERBUFFER,ce)}t.bindFramebuffer(i.FRAMEBUFFER,null)}function nn(T,S,V){let se=n.get(T);S!==void 0&&ut(se.__webglFramebuffer,T,T.texture,i.COLOR_ATTACHMENT0,i.TEXTURE_2D,0),V!==void 0&&tn(T)}function rn(T){let S=T.texture,V=n.get(T),se=n.get(S);T.addEventListener("dispose",L),U(T);let te=T.textures,ce=T.isWebGLCubeRenderTarget===!0,me=te.length>1;if(me||(se.__webglTexture===void 0&&(se.__webglTexture=i.createTexture()),se.__version=S.version,o.memory.textures++),ce){V.__webglFramebuffer=[];for(let Z=0;Z<6;Z++)if(S.mipmaps.length>0){V.__webglFramebuffer[Z]=[];for(let j=0;j<S.mipmaps.length;j++)V.__webglFramebuffer[Z][j]=i.createFramebuffer()}else V.__webglFramebuffer[Z]=i.createFramebuffer()}else{if(S.mipmaps.length>0){V.__webglFramebuffer=[];for(let Z=0;Z<S.mipmaps.length;Z++)V.__webglFramebuffer[Z]=i.createFramebuffer()}else V.__webglFramebuffer=i.createFramebuffer();if(me)for(let Z=0,j=te.length;Z<j;Z++){let de=n.get(te[Z]);de.__webglTexture===void 0&&(de.__webglTexture=i.createTexture(),o.memory.textures++)}if(T.samples>0&&xe(T)===!1){V.__webglMultisampledFramebuffer=i.createFramebuffer(),V.__webglColorRenderbuffer=[],t.bindFramebuffer(i.FRAMEBUFFER,V.__webglMultisampledFramebuffer);for(let Z=0;Z<te.length;Z++){let j=te[Z];V.__webglColorRenderbuffer[Z]=i.createRenderbuffer(),i.bindRenderbuffer(i.RENDERBUFFER,V.__webglColorRenderbuffer[Z]);let de=s.convert(j.format,j.colorSpace),D=s.convert(j.type),Q=w(j.internalFormat,de,D,j.normalized,j.colorSpace,T.isXRRenderTarget===!0),J=lt(T);i.renderbufferStorageMultisample(i.RENDERBUFFER,J,Q,T.width,T.height),i.framebufferRenderbuffer(i.FRAMEBUFFER,i.COLOR_ATTACHMENT0+Z,i.RENDERBUFFER,V.__webglColorRenderbuffer[Z])}i.bindRenderbuffer(i.RENDERBUFFER,null),T.depthBuffer&&(V.__webglDepthRenderbuffer=i.createRenderbuffer(),bn(V.__webglDepthRenderbuffer,T,!0)),t.bindFramebuffer(i.FRAMEBUFFER,null)}}if(ce){t.bindTexture(i.TEXTURE_CUBE_MAP,se.__webglTexture),Je(i.TEXTURE_CUBE_MAP,S);for(let Z=0;Z<6;Z++)if(S.mipmaps.length>0)for(let j=0;j<S.mipmaps.length;j++)ut(V.__webglFramebuffer[Z][j],T,S,i.COLOR_ATTACHMENT0,i.TEXTURE_CUBE_MAP_POSITIVE_X+Z,j);else ut(V.__webglFramebuffer[Z],T,S,i.COLOR_ATTACHMENT0,i.TEXTURE_CUBE_MAP_POSITIVE_X+Z,0);_(S)?b(i.TEXTURE_CUBE_MAP):S.mipmaps.length>0&&i.texParameteri(i.TEXTURE_CUBE_MAP,i.TEXTURE_MAX_LEVEL,S.mipmaps.length-1),t.unbindTexture()}else if(me){for(let Z=0,j=te.length;Z<j;Z++){let de=te[Z],D=n.get(de),Q=i.TEXTURE_2D;(T.isWebGL3DRenderTarget||T.isWebGLArrayRenderTarget)&&(Q=T.isWebGL3DRenderTarget?i.TEXTURE_3D:i.TEXTURE_2D_ARRAY),t.bindTexture(Q,D.__webglTexture),Je(Q,de),ut(V.__webglFramebuffer,T,de,i.COLOR_ATTACHMENT0+Z,Q,0),_(de)&&b(Q)}t.unbindTexture()}else{let Z=i.TEXTURE_2D;if((T.isWebGL3DRenderTarget||T.isWebGLArrayRenderTarget)&&(Z=T.isWebGL3DRenderTarget?i.TEXTURE_3D:i.TEXTURE_2D_ARRAY),t.bindTexture(Z,se.__webglTexture),Je(Z,S),S.mipmaps.length>0)for(let j=0;j<S.mipmaps.length;j++)ut(V.__webglFramebuffer[j],T,S,i.COLOR_ATTACHMENT0,Z,j);else ut(V.__webglFramebuffer,T,S,i.COLOR_ATTACHMENT0,Z,0);_(S)?b(Z):S.mipmaps.length>0&&i.texParameteri(Z,i.TEXTURE_MAX_LEVEL,S.mipmaps.length-1),t.unbindTexture()}T.depthBuffer&&tn(T)}function B(T){let S=T.textures;for(let V=0,se=S.length;V<se;V++){let te=S[V];if(_(te)&&te.mipmapsAutoUpdate===!0){let ce=A(T),me=n.get(te).__webglTexture;t.bindTexture(ce,me),b(ce),t.unbindTexture()}}}let sn=[];function at(T){if(T.samples>0){if(xe(T)===!1){let S=T.textures,V=T.width,se=T.height,te=i.COLOR_BUFFER_BIT,ce=T.stencilBuffer?i.DEPTH_STENCIL_ATTACHMENT:i.DEPTH_ATTACHMENT,me=n.get(T),Z=S.length>1;if(Z)for(let de=0;de<S.length;de++)t.bindFramebuffer(i.FRAMEBUFFER,me.__webglMultisampledFramebuffer),i.framebufferRenderbuffer(i.FRAMEBUFFER,i.COLOR_ATTACHMENT0+de,i.RENDERBUFFER,null),t.bindFramebuffer(i.FRAMEBUFFER,me.__webglFramebuffer),i.framebufferTexture2D(i.DRAW_FRAMEBUFFER,i.COLOR_ATTACHMENT0+de,i.TEXTURE_2D,null,0);t.bindFramebuffer(i.READ_FRAMEBUFFER,me.__webglMultisampledFramebuffer),T.texture.mipmaps.length>0?t.bindFramebuffer(i.DRAW_FRAMEBUFFER,me.__webglFramebuffer[0]):t.bindFramebuffer(i.DRAW_FRAMEBUFFER,me.__webglFramebuffer);for(let de=0;de<S.length;de++){if(T.resolveDepthBuffer&&(T.depthBuffer&&(te|=i.DEPTH_BUFFER_BIT),T.stencilBuffer&&T.resolveStencilBuffer&&(te|=i.STENCIL_BUFFER_BIT)),Z){i.framebufferRenderbuffer(i.READ_FRAMEBUFFER,i.COLOR_ATTACHMENT0,i.RENDERBUFFER,me.__webglColorRenderbuffer[de]);let D=n.get(S[de]).__webglTexture;i.framebufferTexture2D(i.DRAW_FRAMEBUFFER,i.COLOR_ATTACHMENT0,i.TEXTURE_2D,D,0)}i.blitFramebuffer(0,0,V,se,0,0,V,se,te,i.NEAREST),c===!0&&(sn.length=0,sn.push(i.COLOR_ATTACHMENT0+de),T.depthBuffer&&T.storeMultisampledDepthBuffer===!1&&sn.push(ce),i.invalidateFramebuffer(i.READ_FRAMEBUFFER,sn))}if(t.bindFramebuffer(i.READ_FRAMEBUFFER,null),t.bindFramebuffer(i.DRAW_FRAMEBUFFER,null),Z)for(let de=0;de<S.length;de++){t.bindFramebuffer(i.FRAMEBUFFER,me.__webglMultisampledFramebuffer),i.framebufferRenderbuffer(i.FRAMEBUFFER,i.COLOR_ATTACHMENT0+de,i.RENDERBUFFER,me.__webglColorRenderbuffer[de]);let D=n.get(S[de]).__webglTexture;t.bindFramebuffer(i.FRAMEBUFFER,me.__webglFramebuffer),i.framebufferTexture2D(i.DRAW_FRAMEBUFFER,i.COLOR_ATTACHMENT0+de,i.TEXTURE_2D,D,0)}t.bindFramebuffer(i.DRAW_FRAMEBUFFER,me.__webglMultisampledFramebuffer)}else if(T.depthBuffer&&T.storeMultisampledDepthBuffer===!1&&c){let S=T.stencilBuffer?i.DEPTH_STENCIL_ATTACHMENT:i.DEPTH_ATTACHMENT;i.invalidateFramebuffer(i.DRAW_FRAMEBUFFER,[S])}}}function lt(T){return Math.min(r.maxSamples,T.samples)}function xe(T){let S=n.get(T);return T.samples>0&&e.has("WEBGL_multisampled_render_to_texture")===!0&&S.__useRenderToTexture!==!1}function vt(T){let S=o.render.frame;u.get(T)!==S&&(u.set(T,S),T.update())}function Pe(T,S){let V=T.colorSpace,se=T.format,te=T.type;return T.isCompressedTexture===!0||T.isVideoTexture===!0||V!==Qr&&V!==jn&&($e.getTransfer(V)===Qe?(se!==vn||te!==en)&&Ie("WebGLTextures: sRGB encoded textures have to use RGBAFormat and UnsignedByteType."):Ne("WebGLTextures: Unsupported texture color space:",V)),S}function Fe(T){return typeof HTMLImageElement<"u"&&T instanceof HTMLImageElement?(l.width=T.naturalWidth||T.width,l.height=T.naturalHeight||T.height):typeof VideoFrame<"u"&&T instanceof VideoFrame?(l.width=T.displayWidth,l.height=T.displayHeight):(l.width=T.width,l.height=T.height),l}this.allocateTextureUnit=Le,this.resetTextureUnits=ee,this.getTextureUnits=ie,this.setTextureUnits=Me,this.setTexture2D=Y,this.setTexture2DArray=re,this.setTexture3D=he,this.setTextureCube=oe,this.rebindTextures=nn,this.setupRenderTarget=rn,this.updateRenderTargetMipmap=B,this.updateMultisampleRenderTarget=at,this.setupDepthRenderbuffer=tn,this.setupFrameBufferTexture=ut,this.useMultisampledRTT=xe,this.dispose=W}function $b(i,e){function t(n,r=jn){let s,o=$e.getTransfer(r);if(n===en)return i.UNSIGNED_BYTE;if(n===fa)return i.UNSIGNED_SHORT_4_4_4_4;if(n===pa)return i.UNSIGNED_SHORT_5_5_5_1;if(n===Vc)return i.UNSIGNED_INT_5_9_9_9_REV;if(n===Hc)return i.UNSIGNED_INT_10F_11F_11F_REV;if(n===zc)return i.BYTE;if(n===Gc)return i.SHORT;if(n===Er)return i.UNSIGNED_SHORT;if(n===da)return i.INT;if(n===gn)return i.UNSIGNED_INT;if(n===yn)return i.FLOAT;if(n===xn)return i.HALF_FLOAT;if(n===Wc)return i.ALPHA;if(n===Xc)return i.RGB;if(n===vn)return i.RGBA;if(n===Yn)return i.DEPTH_COMPONENT;if(n===Zn)return i.DEPTH_STENCIL;if(n===qc)return i.RED;if(n===ma)return i.RED_INTEGER;if(n===xi)return i.RG;if(n===ga)return i.RG_INTEGER;if(n===ya)return i.RGBA_INTEGER;if(n===ys||n===xs||n===vs||n===bs)if(o===Qe)if(s=e.get("WEBGL_compressed_texture_s3tc_srgb"),s!==null){if(n===ys)return s.COMPRESSED_SRGB_S3TC_DXT1_EXT;if(n===xs)return s.COMPRESSED_SRGB_ALPHA_S3TC_DXT1_EXT;if(n===vs)return s.COMPRESSED_SRGB_ALPHA_S3TC_DXT3_EXT;if(n===bs)return s.COMPRESSED_SRGB_ALPHA_S3TC_DXT5_EXT}else return null;else if(s=e.get("WEBGL_compressed_texture_s3tc"),s!==null){if(n===ys)return s.COMPRESSED_RGB_S3TC_DXT1_EXT;if(n===xs)return s.COMPRESSED_RGBA_S3TC_DXT1_EXT;if(n===vs)return s.COMPRESSED_RGBA_S3TC_DXT3_EXT;if(n===bs)return s.COMPRESSED_RGBA_S3TC_DXT5_EXT}else return null;if(n===xa||n===va||n===ba||n===_a)if(s=e.get("WEBGL_compressed_texture_pvrtc"),s!==null){if(n===xa)return s.COMPRESSED_RGB_PVRTC_4BPPV1_IMG;if(n===va)return s.COMPRESSED_RGB_PVRTC_2BPPV1_IMG;if(n===ba)return s.COMPRESSED_RGBA_PVRTC_4BPPV1_IMG;if(n===_a)return s.COMPRESSED_RGBA_PVRTC_2BPPV1_IMG}else return null;if(n===Sa||n===Ma||n===wa||n===Aa||n===Ea||n===_s||n===Ta)if(s=e.get("WEBGL_compressed_texture_etc"),s!==null){if(n===Sa||n===Ma)return o===Qe?s.COMPRESSED_SRGB8_ETC2:s.COMPRESSED_RGB8_ETC2;if(n===wa)return o===Qe?s.COMPRESSED_SRGB8_ALPHA8_ETC2_EAC:s.COMPRESSED_RGBA8_ETC2_EAC;if(n===Aa)return s.COMPRESSED_R11_EAC;if(n===Ea)return s.COMPRESSED_SIGNED_R11_EAC;if(n===_s)return s.COMPRESSED_RG11_EAC;if(n===Ta)return s.COMPRESSED_SIGNED_RG11_EAC}else return null;if(n===Ra||n===Ca||n===Pa||n===Ia||n===La||n===Na||n===Da||n===Fa||n===Ua||n===Oa||n===Ba||n===ka||n===za||n===Ga)if(s=e.get("WEBGL_compressed_texture_astc"),s!==null){if(n===Ra)return o===Qe?s.COMPRESSED_SRGB8_ALPHA8_ASTC_4x4_KHR:s.COMPRESSED_RGBA_ASTC_4x4_KHR;if(n===Ca)return o===Qe?s.COMPRESSED_SRGB8_ALPHA8_ASTC_5x4_KHR:s.COMPRESSED_RGBA_ASTC_5x4_KHR;if(n===Pa)return o===Qe?s.COMPRESSED_SRGB8_ALPHA8_ASTC_5x5_KHR:s.COMPRESSED_RGBA_ASTC_5x5_KHR;if(n===Ia)return o===Qe?s.COMPRESSED_SRGB8_ALPHA8_ASTC_6x5_KHR:s.COMPRESSED_RGBA_ASTC_6x5_KHR;if(n===La)return o===Qe?s.COMPRESSED_SRGB8_ALPHA8_ASTC_6x6_KHR:s.COMPRESSED_RGBA_ASTC_6x6_KHR;if(n===Na)return o===Qe?s.COMPRESSED_SRGB8_ALPHA8_ASTC_8x5_KHR:s.COMPRESSED_RGBA_ASTC_8x5_KHR;if(n===Da)return o===Qe?s.COMPRESSED_SRGB8_ALPHA8_ASTC_8x6_KHR:s.COMPRESSED_RGBA_ASTC_8x6_KHR;if(n===Fa)return o===Qe?s.COMPRESSED_SRGB8_ALPHA8_ASTC_8x8_KHR:s.COMPRESSED_RGBA_ASTC_8x8_KHR;if(n===Ua)return o===Qe?s.COMPRESSED_SRGB8_ALPHA8_ASTC_10x5_KHR:s.COMPRESSED_RGBA_ASTC_10x5_KHR;if(n===Oa)return o===Qe?s.COMPRESSED_SRGB8_ALPHA8_ASTC_10x6_KHR:s.COMPRESSED_RGBA_ASTC_10x6_KHR;if(n===Ba)return o===Qe?s.COMPRESSED_SRGB8_ALPHA8_ASTC_10x8_KHR:s.COMPRESSED_RGBA_ASTC_10x8_KHR;if(n===ka)return o===Qe?s.COMPRESSED_SRGB8_ALPHA8_ASTC_10x10_KHR:s.COMPRESSED_RGBA_ASTC_10x10_KHR;if(n===za)return o===Qe?s.COMPRESSED_SRGB8_ALPHA8_ASTC_12x10_KHR:s.COMPRESSED_RGBA_ASTC_12x10_KHR;if(n===Ga)return o===Qe?s.COMPRESSED_SRGB8_ALPHA8_ASTC_12x12_KHR:s.COMPRESSED_RGBA_ASTC_12x12_KHR}else return null;if(n===Va||n===Ha||n===Wa)if(s=e.get("EXT_texture_compression_bptc"),s!==null){if(n===Va)return o===Qe?s.COMPRESSED_SRGB_ALPHA_BPTC_UNORM_EXT:s.COMPRESSED_RGBA_BPTC_UNORM_EXT;if(n===Ha)return s.COMPRESSED_RGB_BPTC_SIGNED_FLOAT_EXT;if(n===Wa)return s.COMPRESSED_RGB_BPTC_UNSIGNED_FLOAT_EXT}else return null;if(n===Xa||n===qa||n===Ss||n===$a)if(s=e.get("EXT_texture_compression_rgtc"),s!==null){if(n===Xa)return s.COMPRESSED_RED_RGTC1_EXT;if(n===qa)return s.COMPRESSED_SIGNED_RED_RGTC1_EXT;if(n===Ss)return s.COMPRESSED_RED_GREEN_RGTC2_EXT;if(n===$a)return s.COMPRESSED_SIGNED_RED_GREEN_RGTC2_EXT}else return null;return n===Bi?i.UNSIGNED_INT_24_8:i[n]!==void 0?i[n]:null}return{convert:t}}var Yb=`
void main() {

	gl_Position = vec4( position, 1.0 );

}`,Kb=`
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

}`,gu=class{constructor(){this.texture=null,this.mesh=null,this.depthNear=0,this.depthFar=0}init(e,t){if(this.texture===null){let n=new hs(e.texture);(e.depthNear!==t.depthNear||e.depthFar!==t.depthFar)&&(this.depthNear=e.depthNear,this.depthFar=e.depthFar),this.texture=n}}getMesh(e){if(this.texture!==null&&this.mesh===null){let t=e.cameras[0].viewport,n=new cn({vertexShader:Yb,fragmentShader:Kb,uniforms:{depthColor:{value:this.texture},depthWidth:{value:t.z},depthHeight:{value:t.w}}});this.mesh=new Rn(new ds(20,20),n)}return this.mesh}reset(){this.texture=null,this.mesh=null}getDepthTexture(){return this.texture}},yu=class extends En{constructor(e,t){super();let n=this,r=null,s=1,o=null,a="local-floor",c=1,l=null,u=null,h=null,d=null,f=null,m=null,y=typeof XRWebGLBinding<"u",p=new gu,g={},v=t.getContextAttributes(),_=null,b=null,A=[],w=[],x=new Ke,E=null,U=null,N=new kt;N.viewport=new dt;let R=new kt;R.viewport=new dt;let L=[N,R],k=new aa,I=null,W=null;this.cameraAutoUpdate=!0,this.enabled=!1,this.isPresenting=!1,this.getController=function(F){let Y=A[F];return Y===void 0&&(Y=new yr,A[F]=Y),Y.getTargetRaySpace()},this.getControllerGrip=function(F){let Y=A[F];return Y===void 0&&(Y=new yr,A[F]=Y),Y.getGripSpace()},this.getHand=function(F){let Y=A[F];return Y===void 0&&(Y=new yr,A[F]=Y),Y.getHandSpace()};function q(F){let Y=w.indexOf(F.inputSource);if(Y===-1)return;let re=A[Y];re!==void 0&&(re.update(F.inputSource,F.frame,l||o),re.dispatchEvent({type:F.type,data:F.inputSource}))}function z(){r.removeEventListener("select",q),r.removeEventListener("selectstart",q),r.removeEventListener("selectend",q),r.removeEventListener("squeeze",q),r.removeEventListener("squeezestart",q),r.removeEventListener("squeezeend",q),r.removeEventListener("end",z),r.removeEventListener("inputsourceschange",ne);for(let F=0;F<A.length;F++){let Y=w[F];Y!==null&&(w[F]=null,A[F].disconnect(Y))}I=null,W=null,p.reset();for(let F in g)delete g[F];if(e.setRenderTarget(_),f=null,d=null,h=null,r=null,b=null,Le.stop(),n.isPresenting=!1,e.setPixelRatio(E),e.setSize(x.width,x.height,!1),U!==null){let F=U.camera;F.fov=U.fov,F.zoom=U.zoom,F.updateProjectionMatrix(),U=null}n.dispatchEvent({type:"sessionend"})}this.setFramebufferScaleFactor=function(F){s=F,n.isPresenting===!0&&Ie("WebXRManager: Cannot change framebuffer scale while presenting.")},this.setReferenceSpaceType=function(F){a=F,n.isPresenting===!0&&Ie("WebXRManager: Cannot change reference space type while presenting.")},this.getReferenceSpace=function(){return l||o},this.setReferenceSpace=function(F){l=F},this.getBaseLayer=function(){return d!==null?d:f},this.getBinding=function(){return h===null&&y&&(h=new XRWebGLBinding(r,t)),h},this.getFrame=function(){return m},this.getSession=function(){return r},this.setSession=async function(F){if(r=F,r!==null){if(_=e.getRenderTarget(),r.addEventListener("select",q),r.addEventListener("selectstart",q),r.addEventListener("selectend",q),r.addEventListener("squeeze",q),r.addEventListener("squeezestart",q),r.addEventListener("squeezeend",q),r.addEventListener("end",z),r.addEventListener("inputsourceschange",ne),v.xrCompatible!==!0&&await t.makeXRCompatible(),E=e.getPixelRatio(),e.getSize(x),y&&"createProjectionLayer"in XRWebGLBinding.prototype){let re=null,he=null,oe=null;v.depth&&(oe=v.stencil?t.DEPTH24_STENCIL8:t.DEPTH_COMPONENT24,re=v.stencil?Zn:Yn,he=v.stencil?Bi:gn);let _e={colorFormat:t.RGBA8,depthFormat:oe,scaleFactor:s};h=this.getBinding(),d=h.createProjectionLayer(_e),r.updateRenderState({layers:[d]}),e.setPixelRatio(1),e.setSize(d.textureWidth,d.textureHeight,!1),b=new Jt(d.textureWidth,d.textureHeight,{format:vn,type:en,depthTexture:new Kn(d.textureWidth,d.textureHeight,he,void 0,void 0,void 0,void 0,void 0,void 0,re),stencilBuffer:v.stencil,colorSpace:e.outputColorSpace,samples:v.antialias?4:0,resolveDepthBuffer:d.ignoreDepthValues===!1,resolveStencilBuffer:d.ignoreDepthValues===!1,storeMultisampledDepthBuffer:d.ignoreDepthValues===!1,storeMultisampledStencilBuffer:d.ignoreDepthValues===!1})}else{let re={antialias:v.antialias,alpha:!0,depth:v.depth,stencil:v.stencil,framebufferScaleFactor:s};f=new XRWebGLLayer(r,t,re),r.updateRenderState({baseLayer:f}),e.setPixelRatio(1),e.setSize(f.framebufferWidth,f.framebufferHeight,!1),b=new Jt(f.framebufferWidth,f.framebufferHeight,{format:vn,type:en,colorSpace:e.outputColorSpace,stencilBuffer:v.stencil,resolveDepthBuffer:f.ignoreDepthValues===!1,resolveStencilBuffer:f.ignoreDepthValues===!1,storeMultisampledDepthBuffer:f.ignoreDepthValues===!1,storeMultisampledStencilBuffer:f.ignoreDepthValues===!1})}b.isXRRenderTarget=!0,this.setFoveation(c),l=null,o=await r.requestReferenceSpace(a),Le.setContext(r),Le.start(),n.isPresenting=!0,n.dispatchEvent({type:"sessionstart"})}},this.getEnvironmentBlendMode=function(){if(r!==null)return r.environmentBlendMode},this.getDepthTexture=function(){return p.getDepthTexture()};function ne(F){for(let Y=0;Y<F.removed.length;Y++){let re=F.removed[Y],he=w.indexOf(re);he>=0&&(w[he]=null,A[he].disconnect(re))}for(let Y=0;Y<F.added.length;Y++){let re=F.added[Y],he=w.indexOf(re);if(he===-1){for(let _e=0;_e<A.length;_e++)if(_e>=w.length){w.push(re),he=_e;break}else if(w[_e]===null){w[_e]=re,he=_e;break}if(he===-1)break}let oe=A[he];oe&&oe.connect(re)}}function K(F,Y){Y===null?F.matrixWorld.copy(F.matrix):F.matrixWorld.multiplyMatrices(Y.matrixWorld,F.matrix),F.matrixWorldInverse.copy(F.matrixWorld).invert()}this.updateCamera=function(F){if(r===null)return;let Y=F.near,re=F.far;p.texture!==null&&(p.depthNear>0&&(Y=p.depthNear),p.depthFar>0&&(re=p.depthFar)),k.near=R.near=N.near=Y,k.far=R.far=N.far=re,(I!==k.near||W!==k.far)&&(r.updateRenderState({depthNear:k.near,depthFar:k.far}),I=k.near,W=k.far),k.layers.mask=F.layers.mask|6,N.layers.mask=k.layers.mask&-5,R.layers.mask=k.layers.mask&-3;let he=F.parent,oe=k.cameras;K(k,he);for(let _e=0;_e<oe.length;_e++)K(oe[_e],he);k.projectionMatrix.copy(N.projectionMatrix),k.projectionMatrixInverse.copy(N.projectionMatrixInverse),U===null&&F.isPerspectiveCamera&&(U={camera:F,fov:F.fov,zoom:F.zoom}),ee(F,k,he)};function ee(F,Y,re){re===null?F.matrix.copy(Y.matrixWorld):(F.matrix.copy(re.matrixWorld),F.matrix.invert(),F.matrix.multiply(Y.matrixWorld)),F.matrix.decompose(F.position,F.quaternion,F.scale),F.updateMatrixWorld(!0),F.projectionMatrix.copy(Y.projectionMatrix),F.projectionMatrixInverse.copy(Y.projectionMatrixInverse),F.isPerspectiveCamera&&(F.fov=Go*2*Math.atan(1/F.projectionMatrix.elements[5]),F.zoom=1)}this.getCamera=function(){return k},this.getFoveation=function(){if(!(d===null&&f===null))return c},this.setFoveation=function(F){c=F,d!==null&&(d.fixedFoveation=F),f!==null&&f.fixedFoveation!==void 0&&(f.fixedFoveation=F)},this.hasDepthSensing=function(){return p.texture!==null},this.getDepthSensingMesh=function(){return p.getMesh(k)},this.getCameraTexture=function(F){return g[F]};let ie=null;function Me(F,Y){if(u=Y.getViewerPose(l||o),m=Y,u!==null){let re=u.views;f!==null&&(e.setRenderTargetFramebuffer(b,f.framebuffer),e.setRenderTarget(b));let he=!1;re.length!==k.cameras.length&&(k.cameras.length=0,he=!0);for(let ye=0;ye<re.length;ye++){let Je=re[ye],tt=null;if(f!==null)tt=f.getViewport(Je);else{let Rt=h.getViewSubImage(d,Je);tt=Rt.viewport,ye===0&&(e.setRenderTargetTextures(b,Rt.colorTexture,Rt.depthStencilTexture),e.setRenderTarget(b))}let We=L[ye];We===void 0&&(We=new kt,We.layers.enable(ye),We.viewport=new dt,L[ye]=We),We.matrix.fromArray(Je.transform.matrix),We.matrix.decompose(We.position,We.quaternion,We.scale),We.projectionMatrix.fromArray(Je.projectionMatrix),We.projectionMatrixInverse.copy(We.projectionMatrix).invert(),We.viewport.set(tt.x,tt.y,tt.width,tt.height),ye===0&&(k.matrix.copy(We.matrix),k.matrix.decompose(k.position,k.quaternion,k.scale)),he===!0&&k.cameras.push(We)}let oe=r.enabledFeatures;if(oe&&oe.includes("depth-sensing")&&r.depthUsage=="gpu-optimized"&&y){h=n.getBinding();let ye=h.getDepthInformation(re[0]);ye&&ye.isValid&&ye.texture&&p.init(ye,r.renderState)}if(oe&&oe.includes("camera-access")&&y){e.state.unbindTexture(),h=n.getBinding();for(let ye=0;ye<re.length;ye++){let Je=re[ye].camera;if(Je){let tt=g[Je];tt||(tt=new hs,g[Je]=tt);let We=h.getCameraImage(Je);tt.sourceTexture=We}}}}for(let re=0;re<A.length;re++){let he=w[re],oe=A[re];he!==null&&oe!==void 0&&oe.update(he,Y,l||o)}ie&&ie(F,Y),Y.detectedPlanes&&n.dispatchEvent({type:"planesdetected",data:Y}),m=null}let Le=new np;Le.setAnimationLoop(Me),this.setAnimationLoop=function(F){ie=F},this.dispose=function(){}}},Jb=new ot,dp=new De;dp.set(-1,0,0,0,1,0,0,0,1);function Zb(i,e){function t(p,g){p.matrixAutoUpdate===!0&&p.updateMatrix(),g.value.copy(p.matrix)}function n(p,g){g.color.getRGB(p.fogColor.value,Qc(i)),g.isFog?(p.fogNear.value=g.near,p.fogFar.value=g.far):g.isFogExp2&&(p.fogDensity.value=g.density)}function r(p,g,v,_,b){g.isNodeMaterial?g.uniformsNeedUpdate=!1:g.isMeshBasicMaterial?s(p,g):g.isMeshLambertMaterial?(s(p,g),g.envMap&&(p.envMapIntensity.value=g.envMapIntensity)):g.isMeshToonMaterial?(s(p,g),h(p,g)):g.isMeshPhongMaterial?(s(p,g),u(p,g),g.envMap&&(p.envMapIntensity.value=g.envMapIntensity)):g.isMeshStandardMaterial?(s(p,g),d(p,g),g.isMeshPhysicalMaterial&&f(p,g,b)):g.isMeshMatcapMaterial?(s(p,g),m(p,g)):g.isMeshDepthMaterial?s(p,g):g.isMeshDistanceMaterial?(s(p,g),y(p,g)):g.isMeshNormalMaterial?s(p,g):g.isLineBasicMaterial?(o(p,g),g.isLineDashedMaterial&&a(p,g)):g.isPointsMaterial?c(p,g,v,_):g.isSpriteMaterial?l(p,g):g.isShadowMaterial?(p.color.value.copy(g.color),p.opacity.value=g.opacity):g.isShaderMaterial&&(g.uniformsNeedUpdate=!1)}function s(p,g){p.opacity.value=g.opacity,g.color&&p.diffuse.value.copy(g.color),g.emissive&&p.emissive.value.copy(g.emissive).multiplyScalar(g.emissiveIntensity),g.map&&(p.map.value=g.map,t(g.map,p.mapTransform)),g.alphaMap&&(p.alphaMap.value=g.alphaMap,t(g.alphaMap,p.alphaMapTransform)),g.bumpMap&&(p.bumpMap.value=g.bumpMap,t(g.bumpMap,p.bumpMapTransform),p.bumpScale.value=g.bumpScale,g.side===Gt&&(p.bumpScale.value*=-1)),g.normalMap&&(p.normalMap.value=g.normalMap,t(g.normalMap,p.normalMapTransform),p.normalScale.value.copy(g.normalScale),g.side===Gt&&p.normalScale.value.negate()),g.displacementMap&&(p.displacementMap.value=g.displacementMap,t(g.displacementMap,p.displacementMapTransform),p.displacementScale.value=g.displacementScale,p.displacementBias.value=g.displacementBias),g.emissiveMap&&(p.emissiveMap.value=g.emissiveMap,t(g.emissiveMap,p.emissiveMapTransform)),g.specularMap&&(p.specularMap.value=g.specularMap,t(g.specularMap,p.specularMapTransform)),g.alphaTest>0&&(p.alphaTest.value=g.alphaTest);let v=e.get(g),_=v.envMap,b=v.envMapRotation;_&&(p.envMap.value=_,p.envMapRotation.value.setFromMatrix4(Jb.makeRotationFromEuler(b)).transpose(),_.isCubeTexture&&_.isRenderTargetTexture===!1&&p.envMapRotation.value.premultiply(dp),p.reflectivity.value=g.reflectivity,p.ior.value=g.ior,p.refractionRatio.value=g.refractionRatio),g.lightMap&&(p.lightMap.value=g.lightMap,p.lightMapIntensity.value=g.lightMapIntensity,t(g.lightMap,p.lightMapTransform)),g.aoMap&&(p.aoMap.value=g.aoMap,p.aoMapIntensity.value=g.aoMapIntensity,t(g.aoMap,p.aoMapTransform))}function o(p,g){p.diffuse.value.copy(g.color),p.opacity.value=g.opacity,g.map&&(p.map.value=g.map,t(g.map,p.mapTransform))}function a(p,g){p.dashSize.value=g.dashSize,p.totalSize.value=g.dashSize+g.gapSize,p.scale.value=g.scale}function c(p,g,v,_){p.diffuse.value.copy(g.color),p.opacity.value=g.opacity,p.size.value=g.size*v,p.scale.value=_*.5,g.map&&(p.map.value=g.map,t(g.map,p.uvTransform)),g.alphaMap&&(p.alphaMap.value=g.alphaMap,t(g.alphaMap,p.alphaMapTransform)),g.alphaTest>0&&(p.alphaTest.value=g.alphaTest)}function l(p,g){p.diffuse.value.copy(g.color),p.opacity.value=g.opacity,p.rotation.value=g.rotation,g.map&&(p.map.value=g.map,t(g.map,p.mapTransform)),g.alphaMap&&(p.alphaMap.value=g.alphaMap,t(g.alphaMap,p.alphaMapTransform)),g.alphaTest>0&&(p.alphaTest.value=g.alphaTest)}function u(p,g){p.specular.value.copy(g.specular),p.shininess.value=Math.max(g.shininess,1e-4)}function h(p,g){g.gradientMap&&(p.gradientMap.value=g.gradientMap)}function d(p,g){p.metalness.value=g.metalness,g.metalnessMap&&(p.metalnessMap.value=g.metalnessMap,t(g.metalnessMap,p.metalnessMapTransform)),p.roughness.value=g.roughness,g.roughnessMap&&(p.roughnessMap.value=g.roughnessMap,t(g.roughnessMap,p.roughnessMapTransform)),g.envMap&&(p.envMapIntensity.value=g.envMapIntensity)}function f(p,g,v){p.ior.value=g.ior,g.diffuseRoughness>0&&(p.diffuseRoughness.value=g.diffuseRoughness,g.diffuseRoughnessMap&&(p.diffuseRoughnessMap.value=g.diffuseRoughnessMap,t(g.diffuseRoughnessMap,p.diffuseRoughnessMapTransform))),g.sheen>0&&(p.sheenColor.value.copy(g.sheenColor).multiplyScalar(g.sheen),p.sheenRoughness.value=g.sheenRoughness,g.sheenColorMap&&(p.sheenColorMap.value=g.sheenColorMap,t(g.sheenColorMap,p.sheenColorMapTransform)),g.sheenRoughnessMap&&(p.sheenRoughnessMap.value=g.sheenRoughnessMap,t(g.sheenRoughnessMap,p.sheenRoughnessMapTransform))),g.clearcoat>0&&(p.clearcoat.value=g.clearcoat,p.clearcoatRoughness.value=g.clearcoatRoughness,g.clearcoatMap&&(p.clearcoatMap.value=g.clearcoatMap,t(g.clearcoatMap,p.clearcoatMapTransform)),g.clearcoatRoughnessMap&&(p.clearcoatRoughnessMap.value=g.clearcoatRoughnessMap,t(g.clearcoatRoughnessMap,p.clearcoatRoughnessMapTransform)),g.clearcoatNormalMap&&(p.clearcoatNormalMap.value=g.clearcoatNormalMap,t(g.clearcoatNormalMap,p.clearcoatNormalMapTransform),p.clearcoatNormalScale.value.copy(g.clearcoatNormalScale),g.side===Gt&&p.clearcoatNormalScale.value.negate())),g.dispersion>0&&(p.dispersion.value=g.dispersion),g.retroreflectivity>0&&(p.retroreflectivity.value=g.retroreflectivity),g.iridescence>0&&(p.iridescence.value=g.iridescence,p.iridescenceIOR.value=g.iridescenceIOR,p.iridescenceThicknessMinimum.value=g.iridescenceThicknessMinimum,p.iridescenceThicknessMaximum.value=g.iridescenceThicknessMaximum,g.iridescenceMap&&(p.iridescenceMap.value=g.iridescenceMap,t(g.iridescenceMap,p.iridescenceMapTransform)),g.iridescenceThicknessMap&&(p.iridescenceThicknessMap.value=g.iridescenceThicknessMap,t(g.iridescenceThicknessMap,p.iridescenceThicknessMapTransform))),g.transmission>0&&(p.transmission.value=g.transmission,p.transmissionSamplerMap.value=v.texture,p.transmissionSamplerSize.value.set(v.width,v.height),g.transmissionMap&&(p.transmissionMap.value=g.transmissionMap,t(g.transmissionMap,p.transmissionMapTransform)),p.thickness.value=g.thickness,g.thicknessMap&&(p.thicknessMap.value=g.thicknessMap,t(g.thicknessMap,p.thicknessMapTransform)),p.attenuationDistance.value=g.attenuationDistance,p.attenuationColor.value.copy(g.attenuationColor)),g.anisotropy>0&&(p.anisotropyVector.value.set(g.anisotropy*Math.cos(g.anisotropyRotation),g.anisotropy*Math.sin(g.anisotropyRotation)),g.anisotropyMap&&(p.anisotropyMap.value=g.anisotropyMap,t(g.anisotropyMap,p.anisotropyMapTransform))),p.specularIntensity.value=g.specularIntensity,p.specularColor.value.copy(g.specularColor),g.specularColorMap&&(p.specularColorMap.value=g.specularColorMap,t(g.specularColorMap,p.specularColorMapTransform)),g.specularIntensityMap&&(p.specularIntensityMap.value=g.specularIntensityMap,t(g.specularIntensityMap,p.specularIntensityMapTransform))}function m(p,g){g.matcap&&(p.matcap.value=g.matcap)}function y(p,g){let v=e.get(g).light;p.referencePosition.value.setFromMatrixPosition(v.matrixWorld),p.nearDistance.value=v.shadow.camera.near,p.farDistance.value=v.shadow.camera.far}return{refreshFogUniforms:n,refreshMaterialUniforms:r}}function jb(i,e,t,n){let r={},s={};function o(v,_){let b=_.program;n.uniformBlockBinding(v,b,r[v.id])}function a(v,_){let b=r[v.id];b===void 0&&(m(v),b=c(v),r[v.id]=b,v.addEventListener("dispose",p));let A=_.program;n.updateUBOMapping(v,A);let w=e.render.frame;s[v.id]!==w&&(l(v),s[v.id]=w)}function c(v){let _=i.createBuffer(),b=v.__size,A=v.usage;return i.bindBuffer(i.UNIFORM_BUFFER,_),i.bufferData(i.UNIFORM_BUFFER,b,A),i.bindBuffer(i.UNIFORM_BUFFER,null),_}function l(v){let _=r[v.id],b=v.uniforms,A=v.__cache;i.bindBuffer(i.UNIFORM_BUFFER,_);for(let w=0,x=b.length;w<x;w++){let E=b[w];if(Array.isArray(E))for(let U=0,N=E.length;U<N;U++)u(E[U],w,U,A);else u(E,w,0,A)}i.bindBuffer(i.UNIFORM_BUFFER,null)}function u(v,_,b,A){if(d(v,_,b,A)===!0){let w=v.__offset,x=v.value;if(Array.isArray(x)){let E=0;for(let U=0;U<x.length;U++){let N=x[U],R=y(N,!0);h(N,v.__data,E),E+=R.storage/Float32Array.BYTES_PER_ELEMENT}}else h(x,v.__data,0);i.bufferSubData(i.UNIFORM_BUFFER,w,v.__data)}}function h(v,_,b){typeof v=="number"||typeof v=="boolean"?_[b]=v:v.isMatrix3?(_[b]=v.elements[0],_[b+1]=v.elements[1],_[b+2]=v.elements[2],_[b+3]=0,_[b+4]=v.elements[3],_[b+5]=v.elements[4],_[b+6]=v.elements[5],_[b+7]=0,_[b+8]=v.elements[6],_[b+9]=v.elements[7],_[b+10]=v.elements[8],_[b+11]=0):ArrayBuffer.isView(v)?_.set(v.subarray(0,_.length-b),b):v.toArray(_,b)}function d(v,_,b,A){let w=v.value,x=_+"_"+b;if(Array.isArray(w)){A[x]===void 0&&(A[x]=[]);let E=A[x],U=!1;for(let N=0;N<w.length;N++)f(w[N],E,N)===!0&&(U=!0);return U}return f(w,A,x)}function f(v,_,b){if(_[b]===void 0)return typeof v=="number"||typeof v=="boolean"?_[b]=v:ArrayBuffer.isView(v)?_[b]=v.slice():_[b]=v.clone(),!0;{let A=_[b];if(typeof v=="number"||typeof v=="boolean"){if(A!==v)return _[b]=v,!0}else{if(ArrayBuffer.isView(v))return!0;if(A.equals(v)===!1)return A.copy(v),!0}}return!1}function m(v){let _=v.uniforms,b=0,A=16;for(let x=0,E=_.length;x<E;x++){let U=Array.isArray(_[x])?_[x]:[_[x]];for(let N=0,R=U.length;N<R;N++){let L=U[N],k=Array.isArray(L.value)?L.value:[L.value],I=Array.isArray(_[x])||Array.isArray(L.value),W=b;for(let z=0,ne=k.length;z<ne;z++){let K=k[z],ee=y(K,I),ie=b%A,Me=ie%ee.boundary,Le=ie+Me;b+=Me,Le!==0&&A-Le<ee.storage&&(b+=A-Le),z===0&&(W=b),b+=ee.storage}let q=L.type==="int"?Int32Array:L.type==="uint"?Uint32Array:Float32Array;L.__data=new q((b-W)/Float32Array.BYTES_PER_ELEMENT),L.__offset=W}}let w=b%A;return w>0&&(b+=A-w),v.__size=b,v.__cache={},this}function y(v,_){let b={boundary:0,storage:0};return typeof v=="number"||typeof v=="boolean"?(b.boundary=4,b.storage=4):v.isVector2?(b.boundary=8,b.storage=8):v.isVector3||v.isColor?(b.boundary=16,b.storage=12):v.isVector4?(b.boundary=16,b.storage=16):v.isMatrix3?(b.boundary=16,b.storage=48):v.isMatrix4?(b.boundary=16,b.storage=64):v.isTexture?Ie("WebGLRenderer: Texture samplers can not be part of an uniforms group."):ArrayBuffer.isView(v)?(b.boundary=16,b.storage=v.byteLength):Ie("WebGLRenderer: Unsupported uniform value type.",v),_===!0&&(b.boundary=16,b.storage=Math.ceil(b.storage/16)*16),b}function p(v){let _=v.target;_.removeEventListener("dispose",p),i.deleteBuffer(r[_.id]),delete r[_.id],delete s[_.id]}function g(){for(let v in r)i.deleteBuffer(r[v]);r={},s={}}return{bind:o,update:a,dispose:g}}var Qb=new Uint16Array([12469,15057,12620,14925,13266,14620,13807,14376,14323,13990,14545,13625,14713,13328,14840,12882,14931,12528,14996,12233,15039,11829,15066,11525,15080,11295,15085,10976,15082,10705,15073,10495,13880,14564,13898,14542,13977,14430,14158,14124,14393,13732,14556,13410,14702,12996,14814,12596,14891,12291,14937,11834,14957,11489,14958,11194,14943,10803,14921,10506,14893,10278,14858,9960,14484,14039,14487,14025,14499,13941,14524,13740,14574,13468,14654,13106,14743,12678,14818,12344,14867,11893,14889,11509,14893,11180,14881,10751,14852,10428,14812,10128,14765,9754,14712,9466,14764,13480,14764,13475,14766,13440,14766,13347,14769,13070,14786,12713,14816,12387,14844,11957,14860,11549,14868,11215,14855,10751,14825,10403,14782,10044,14729,9651,14666,9352,14599,9029,14967,12835,14966,12831,14963,12804,14954,12723,14936,12564,14917,12347,14900,11958,14886,11569,14878,11247,14859,10765,14828,10401,14784,10011,14727,9600,14660,9289,14586,8893,14508,8533,15111,12234,15110,12234,15104,12216,15092,12156,15067,12010,15028,11776,14981,11500,14942,11205,14902,10752,14861,10393,14812,9991,14752,9570,14682,9252,14603,8808,14519,8445,14431,8145,15209,11449,15208,11451,15202,11451,15190,11438,15163,11384,15117,11274,15055,10979,14994,10648,14932,10343,14871,9936,14803,9532,14729,9218,14645,8742,14556,8381,14461,8020,14365,7603,15273,10603,15272,10607,15267,10619,15256,10631,15231,10614,15182,10535,15118,10389,15042,10167,14963,9787,14883,9447,14800,9115,14710,8665,14615,8318,14514,7911,14411,7507,14279,7198,15314,9675,15313,9683,15309,9712,15298,9759,15277,9797,15229,9773,15166,9668,15084,9487,14995,9274,14898,8910,14800,8539,14697,8234,14590,7790,14479,7409,14367,7067,14178,6621,15337,8619,15337,8631,15333,8677,15325,8769,15305,8871,15264,8940,15202,8909,15119,8775,15022,8565,14916,8328,14804,8009,14688,7614,14569,7287,14448,6888,14321,6483,14088,6171,15350,7402,15350,7419,15347,7480,15340,7613,15322,7804,15287,7973,15229,8057,15148,8012,15046,7846,14933,7611,14810,7357,14682,7069,14552,6656,14421,6316,14251,5948,14007,5528,15356,5942,15356,5977,15353,6119,15348,6294,15332,6551,15302,6824,15249,7044,15171,7122,15070,7050,14949,6861,14818,6611,14679,6349,14538,6067,14398,5651,14189,5311,13935,4958,15359,4123,15359,4153,15356,4296,15353,4646,15338,5160,15311,5508,15263,5829,15188,6042,15088,6094,14966,6001,14826,5796,14678,5543,14527,5287,14377,4985,14133,4586,13869,4257,15360,1563,15360,1642,15358,2076,15354,2636,15341,3350,15317,4019,15273,4429,15203,4732,15105,4911,14981,4932,14836,4818,14679,4621,14517,4386,14359,4156,14083,3795,13808,3437,15360,122,15360,137,15358,285,15355,636,15344,1274,15322,2177,15281,2765,15215,3223,15120,3451,14995,3569,14846,3567,14681,3466,14511,3305,14344,3121,14037,2800,13753,2467,15360,0,15360,1,15359,21,15355,89,15346,253,15325,479,15287,796,15225,1148,15133,1492,15008,1749,14856,1882,14685,1886,14506,1783,14324,1608,13996,1398,13702,1183]),In=null;function e_(){return In===null&&(In=new xr(Qb,16,16,xi,xn),In.name="DFG_LUT",In.minFilter=It,In.magFilter=It,In.wrapS=An,In.wrapT=An,In.generateMipmaps=!1,In.needsUpdate=!0),In}var Za=class{constructor(e={}){let{canvas:t=Ef(),context:n=null,depth:r=!0,stencil:s=!1,alpha:o=!1,antialias:a=!1,premultipliedAlpha:c=!0,preserveDrawingBuffer:l=!1,powerPreference:u="default",failIfMajorPerformanceCaveat:h=!1,reversedDepthBuffer:d=!1,outputBufferType:f=en}=e;this.isWebGLRenderer=!0;let m;if(n!==null){if(typeof WebGLRenderingContext<"u"&&n instanceof WebGLRenderingContext)throw new Error("THREE.WebGLRenderer: WebGL 1 is not supported since r163.");m=n.getContextAttributes().alpha}else m=o;let y=f,p=new Set([ya,ga,ma]),g=new Set([en,gn,Er,Bi,fa,pa]),v=new Uint32Array(4),_=new Int32Array(4),b={textures:[],min:[],max:[],resolution:[]},A=null,w=null,x=[],E=[],U=null;this.domElement=t,this.debug={checkShaderErrors:!0,diagnostics:{keywords:!1},onShaderError:null},this.autoClear=!0,this.autoClearColor=!0,this.autoClearDepth=!0,this.autoClearStencil=!0,this.sortObjects=!0,this.clippingPlanes=[],this.localClippingEnabled=!1,this.toneMapping=Pn,this.toneMappingExposure=1,this.transmissionResolutionScale=1;let N=this,R=!1,L=null,k=null,I=null,W=null;this._outputColorSpace=Kt;let q=0,z=0,ne=null,K=-1,ee=null,ie=new dt,Me=new dt,Le=null,F=new He(0),Y=0,re=t.width,he=t.height,oe=1,_e=null,Ve=null,ye=new dt(0,0,re,he),Je=new dt(0,0,re,he),tt=!1,We=new Di,Rt=new qo,xt=!1,Vt=!1,ut=new ot,bn=new X,Mt=new dt,tn={background:null,fog:null,environment:null,overrideMaterial:null,isScene:!0},nn=!1;function rn(){return ne===null?oe:1}let B=n;function sn(M,O){return t.getContext(M,O)}let at,lt,xe,vt,Pe,Fe,T,S,V,se,te,ce,me,Z,j,de,D,Q,J,fe,le,ue,Re;try{let M={alpha:!0,depth:r,stencil:s,antialias:a,premultipliedAlpha:c,preserveDrawingBuffer:l,powerPreference:u,failIfMajorPerformanceCaveat:h};if("setAttribute"in t&&t.setAttribute("data-engine",`three.js r${"187"}`),t.addEventListener("webglcontextlost",Ce,!1),t.addEventListener("webglcontextrestored",ke,!1),t.addEventListener("webglcontextcreationerror",ve,!1),B===null){let O="webgl2";if(B=sn(O,M),B===null)throw sn(O)?new Error("THREE.WebGLRenderer: Error creating WebGL context with your selected attributes."):new Error("THREE.WebGLRenderer: Error creating WebGL context.")}ze()}catch(M){throw t.removeEventListener("webglcontextlost",Ce,!1),t.removeEventListener("webglcontextrestored",ke,!1),t.removeEventListener("webglcontextcreationerror",ve,!1),Ne("WebGLRenderer: "+M.message),M}function ze(){at=new hv(B),at.init(),le=new $b(B,at),lt=new ev(B,at,e,le),xe=new Xb(B,at),lt.reversedDepthBuffer&&d&&xe.buffers.depth.setReversed(!0),k=B.createFramebuffer(),I=B.createFramebuffer(),W=B.createFramebuffer(),vt=new pv(B),Pe=new Ib,Fe=new qb(B,at,xe,Pe,lt,le,vt),T=new uv(N),S=new g0(B),ue=new jx(B,S),V=new dv(B,S,vt,ue),se=new gv(B,V,S,ue,vt),Q=new mv(B,lt,Fe),j=new tv(Pe),te=new Pb(N,T,at,lt,ue,j),ce=new Zb(N,Pe),me=new Nb,Z=new kb(at),D=new Zx(N,T,xe,se,m,c),de=new Wb(N,se,lt),Re=new jb(B,vt,lt,xe),J=new Qx(B,at,vt),fe=new fv(B,at,vt),vt.programs=te.programs,N.capabilities=lt,N.extensions=at,N.properties=Pe,N.renderLists=me,N.shadowMap=de,N.state=xe,N.info=vt}y!==en&&(U=new xv(y,t.width,t.height,a,r,s));let ae=new yu(N,B);this.xr=ae,this.getContext=function(){return B},this.getContextAttributes=function(){return B.getContextAttributes()},this.forceContextLoss=function(){let M=at.get("WEBGL_lose_context");M&&M.loseContext()},this.forceContextRestore=function(){let M=at.get("WEBGL_lose_context");M&&M.restoreContext()},this.getPixelRatio=function(){return oe},this.setPixelRatio=function(M){M!==void 0&&(oe=M,this.setSize(re,he,!1))},this.getSize=function(M){return M.set(re,he)},this.setSize=function(M,O,$=!0){if(ae.isPresenting){Ie("WebGLRenderer: Can't change size while VR device is presenting.");return}re=M,he=O,t.width=Math.floor(M*oe),t.height=Math.floor(O*oe),$===!0&&(t.style.width=M+"px",t.style.height=O+"px"),U!==null&&U.setSize(t.width,t.height),this.setViewport(0,0,M,O)},this.getDrawingBufferSize=function(M){return M.set(re*oe,he*oe).floor()},this.setDrawingBufferSize=function(M,O,$){re=M,he=O,oe=$,t.width=Math.floor(M*$),t.height=Math.floor(O*$),this.setViewport(0,0,M,O)},this.setEffects=function(M){if(y===en){Ne("WebGLRenderer: setEffects() requires outputBufferType set to HalfFloatType or FloatType.");return}if(M){for(let O=0;O<M.length;O++)if(M[O].isOutputPass===!0){Ie("WebGLRenderer: OutputPass is not needed in setEffects(). Tone mapping and color space conversion are applied automatically.");break}}U.setEffects(M||[])},this.getCurrentViewport=function(M){return M.copy(ie)},this.getViewport=function(M){return M.copy(ye)},this.setViewport=function(M,O,$,G){M.isVector4?ye.set(M.x,M.y,M.z,M.w):ye.set(M,O,$,G),xe.viewport(ie.copy(ye).multiplyScalar(rn()).round())},this.getScissor=function(M){return M.copy(Je)},this.setScissor=function(M,O,$,G){M.isVector4?Je.set(M.x,M.y,M.z,M.w):Je.set(M,O,$,G),xe.scissor(Me.copy(Je).multiplyScalar(rn()).round())},this.getScissorTest=function(){return tt},this.setScissorTest=function(M){xe.setScissorTest(tt=M)},this.setOpaqueSort=function(M){_e=M},this.setTransparentSort=function(M){Ve=M},this.getClearColor=function(M){return M.copy(D.getClearColor())},this.setClearColor=function(){D.setClearColor(...arguments)},this.getClearAlpha=function(){return D.getClearAlpha()},this.setClearAlpha=function(){D.setClearAlpha(...arguments)},this.clear=function(M=!0,O=!0,$=!0){let G=0;if(M){let H=!1;if(ne!==null){let ge=ne.texture.format;H=p.has(ge)}if(H){let ge=ne.texture.type,we=g.has(ge),pe=D.getClearColor(),Se=D.getClearAlpha(),Te=pe.r,Oe=pe.g,Xe=pe.b;we?(v[0]=Te,v[1]=Oe,v[2]=Xe,v[3]=Se,B.clearBufferuiv(B.COLOR,0,v)):(_[0]=Te,_[1]=Oe,_[2]=Xe,_[3]=Se,B.clearBufferiv(B.COLOR,0,_))}else G|=B.COLOR_BUFFER_BIT}O&&(G|=B.DEPTH_BUFFER_BIT,this.state.buffers.depth.setMask(!0)),$&&(G|=B.STENCIL_BUFFER_BIT,this.state.buffers.stencil.setMask(4294967295)),G!==0&&B.clear(G)},this.clearColor=function(){this.clear(!0,!1,!1)},this.clearDepth=function(){this.clear(!1,!0,!1)},this.clearStencil=function(){this.clear(!1,!1,!0)},this.setNodesHandler=function(M){M.setRenderer(this),L=M},this.dispose=function(){t.removeEventListener("webglcontextlost",Ce,!1),t.removeEventListener("webglcontextrestored",ke,!1),t.removeEventListener("webglcontextcreationerror",ve,!1),D.dispose(),me.dispose(),Z.dispose(),Fe.dispose(),Pe.dispose(),T.dispose(),se.dispose(),V.dispose(),ue.dispose(),Re.dispose(),te.dispose(),ae.dispose(),ae.removeEventListener("sessionstart",Pu),ae.removeEventListener("sessionend",Iu),bi.stop()};function Ce(M){M.preventDefault(),Zc("WebGLRenderer: Context Lost."),R=!0}function ke(){Zc("WebGLRenderer: Context Restored."),R=!1;let M=vt.autoReset,O=de.enabled,$=de.autoUpdate,G=de.needsUpdate,H=de.type;ze(),vt.autoReset=M,de.enabled=O,de.autoUpdate=$,de.needsUpdate=G,de.type=H}function ve(M){Ne("WebGLRenderer: A WebGL context could not be created. Reason: ",M.statusMessage)}function et(M){let O=M.target;O.removeEventListener("dispose",et),wt(O)}function wt(M){ei(M),Pe.remove(M)}function ei(M){let O=Pe.get(M).programs;O!==void 0&&(O.forEach(function($){te.releaseProgram($)}),M.isShaderMaterial&&te.releaseShaderCache(M))}this.renderBufferDirect=function(M,O,$,G,H,ge){O===null&&(O=tn);let we=H.isMesh&&H.matrixWorld.determinantAffine()<0,pe=xm(M,O,$,G,H);xe.setMaterial(G,we);let Se=$.index,Te=1;if(G.wireframe===!0){if(Se=V.getWireframeAttribute($),Se===void 0)return;Te=2}let Oe=$.drawRange,Xe=$.attributes.position,Ae=Oe.start*Te,qe=(Oe.start+Oe.count)*Te;ge!==null&&(Ae=Math.max(Ae,ge.start*Te),qe=Math.min(qe,(ge.start+ge.count)*Te)),Se!==null?(Ae=Math.max(Ae,0),qe=Math.min(qe,Se.count)):Xe!=null&&(Ae=Math.max(Ae,0),qe=Math.min(qe,Xe.count));let mt=qe-Ae;if(mt<0||mt===1/0)return;ue.setup(H,G,pe,$,Se);let it,nt=J;if(Se!==null&&(it=S.get(Se),nt=fe,nt.setIndex(it)),H.isMesh)G.wireframe===!0?(xe.setLineWidth(G.wireframeLinewidth*rn()),nt.setMode(B.LINES)):nt.setMode(B.TRIANGLES);else if(H.isLine){let Lt=G.linewidth;Lt===void 0&&(Lt=1),xe.setLineWidth(Lt*rn()),H.isLineSegments?nt.setMode(B.LINES):H.isLineLoop?nt.setMode(B.LINE_LOOP):nt.setMode(B.LINE_STRIP)}else H.isPoints?nt.setMode(B.POINTS):H.isSprite&&nt.setMode(B.TRIANGLES);if(H.isBatchedMesh)if(at.get("WEBGL_multi_draw"))nt.renderMultiDraw(H._multiDrawStarts,H._multiDrawCounts,H._multiDrawCount);else{let Lt=H._multiDrawStarts,Ee=H._multiDrawCounts,Bt=H._multiDrawCount,je=Se?S.get(Se).bytesPerElement:1,_i=Pe.get(G).currentProgram.getUniforms();for(let Nt=0;Nt<Bt;Nt++)_i.setValue(B,"_gl_DrawID",Nt),nt.render(Lt[Nt]/je,Ee[Nt])}else if(H.isInstancedMesh)nt.renderInstances(Ae,mt,H.count);else if($.isInstancedBufferGeometry){let Lt=$._maxInstanceCount!==void 0?$._maxInstanceCount:1/0,Ee=Math.min($.instanceCount,Lt);nt.renderInstances(Ae,mt,Ee)}else nt.render(Ae,mt)};function Cu(M,O,$,G){L!==null&&M.isNodeMaterial&&L.setObject(G,M),xt===!0&&j.setState(M,$,!1),M.transparent===!0&&M.side===Cn&&M.forceSinglePass===!1?(M.side=Gt,M.needsUpdate=!0,Cr(M,O,G),M.side=yi,M.needsUpdate=!0,Cr(M,O,G),M.side=Cn):Cr(M,O,G)}this.compile=function(M,O,$=null){$===null&&($=M),L!==null&&L.renderStart(M,O,$),w=Z.get($),w.init(O),E.push(w),$.traverseVisible(function(H){H.isLight&&H.layers.test(O.layers)&&(w.pushLight(H),H.castShadow&&w.pushShadow(H))}),M!==$&&M.traverseVisible(function(H){H.isLight&&H.layers.test(O.layers)&&(w.pushLight(H),H.castShadow&&w.pushShadow(H))}),w.setupLights(),L!==null&&L.updateLights(w.state.lightsArray),Vt=this.localClippingEnabled,xt=j.init(this.clippingPlanes,Vt),xt===!0&&j.setGlobalState(this.clippingPlanes,O),L!==null&&de.render(w.state.shadowsArray,$,O);let G=new Set;return M.traverse(function(H){if(!(H.isMesh||H.isPoints||H.isLine||H.isSprite))return;let ge=H.material;if(ge)if(Array.isArray(ge))for(let we=0;we<ge.length;we++){let pe=ge[we];Cu(pe,$,O,H),G.add(pe)}else Cu(ge,$,O,H),G.add(ge)}),w=E.pop(),L!==null&&L.renderEnd(),G},this.compileAsync=function(M,O,$=null){let G=this.compile(M,O,$);return new Promise(H=>{function ge(){if(G.forEach(function(we){let Se=Pe.get(we).currentProgram;(Se===void 0||Se.isReady())&&G.delete(we)}),G.size===0){H(M);return}setTimeout(ge,10)}at.get("KHR_parallel_shader_compile")!==null?ge():setTimeout(ge,10)})};let pl=null;function gm(M){pl&&pl(M)}function Pu(){bi.stop()}function Iu(){bi.start()}let bi=new np;bi.setAnimationLoop(gm),typeof self<"u"&&bi.setContext(self),this.setAnimationLoop=function(M){pl=M,ae.setAnimationLoop(M),M===null?bi.stop():bi.start()},ae.addEventListener("sessionstart",Pu),ae.addEventListener("sessionend",Iu),this.render=function(M,O){if(O!==void 0&&O.isCamera!==!0){Ne("WebGLRenderer.render: camera is not an instance of THREE.Camera.");return}if(R===!0)return;L!==null&&L.renderStart(M,O);let $=ae.enabled===!0&&ae.isPresenting===!0,G=U!==null&&(ne===null||$)&&U.begin(N,ne);if(M.matrixWorldAutoUpdate===!0&&M.updateMatrixWorld(),O.parent===null&&O.matrixWorldAutoUpdate===!0&&O.updateMatrixWorld(),ae.enabled===!0&&ae.isPresenting===!0&&(U===null||U.isCompositing()===!1)&&(ae.cameraAutoUpdate===!0&&ae.updateCamera(O),O=ae.getCamera()),M.isScene===!0&&M.onBeforeRender(N,M,O,ne),w=Z.get(M,E.length),w.init(O),w.state.textureUnits=Fe.getTextureUnits(),E.push(w),ut.multiplyMatrices(O.projectionMatrix,O.matrixWorldInverse),O.isArrayCamera?Rt.setFromArrayCamera(O):We.setFromProjectionMatrix(ut,an,O.reversedDepth),Vt=this.localClippingEnabled,xt=j.init(this.clippingPlanes,Vt),A=me.get(M,x.length),A.init(),x.push(A),this.info.render.frame++,ae.enabled===!0&&ae.isPresenting===!0){let we=N.xr.getDepthSensingMesh();we!==null&&ml(we,O,-1/0,N.sortObjects)}ml(M,O,0,N.sortObjects),A.finish(),L!==null&&L.updateLights(w.state.lightsArray),N.sortObjects===!0&&A.sort(_e,Ve),nn=ae.enabled===!1||ae.isPresenting===!1||ae.hasDepthSensing()===!1,nn&&D.addToRenderList(A,M),this.info.autoReset===!0&&this.info.reset(),xt===!0&&j.beginShadows();let H=w.state.shadowsArray;if(de.render(H,M,O),xt===!0&&j.endShadows(),(G&&U.hasRenderPass())===!1){let we=A.opaque,pe=A.transmissive;if(w.setupLights(),O.isArrayCamera){let Se=O.cameras;if(pe.length>0)for(let Te=0,Oe=Se.length;Te<Oe;Te++){let Xe=Se[Te];Nu(we,pe,M,Xe)}nn&&D.render(M);for(let Te=0,Oe=Se.length;Te<Oe;Te++){let Xe=Se[Te];Lu(A,M,Xe,Xe.viewport)}}else pe.length>0&&Nu(we,pe,M,O),nn&&D.render(M),Lu(A,M,O)}ne!==null&&z===0&&(Fe.updateMultisampleRenderTarget(ne),Fe.updateRenderTargetMipmap(ne)),G&&U.end(N),M.isScene===!0&&M.onAfterRender(N,M,O),ue.resetDefaultState(),K=-1,ee=null,E.pop(),E.length>0?(w=E[E.length-1],Fe.setTextureUnits(w.state.textureUnits),xt===!0&&j.setGlobalState(N.clippingPlanes,w.state.camera)):w=null,x.pop(),x.length>0?A=x[x.length-1]:A=null,L!==null&&L.renderEnd()};function ml(M,O,$,G){if(M.visible===!1)return;if(M.layers.test(O.layers)){if(M.isGroup)$=M.renderOrder;else if(M.isLOD)M.autoUpdate===!0&&M.update(O);else if(M.isLight)w.pushLight(M),M.castShadow&&w.pushShadow(M);else if(M.isSprite){let we=O.isArrayCamera?Rt:We;if(!M.frustumCulled||M.intersectsFrustum(we)){G&&Mt.setFromMatrixPosition(M.matrixWorld).applyMatrix4(ut);let pe=se.update(M),Se=M.material;Se.visible&&A.push(M,pe,Se,$,Mt.z,null,O)}}else if(M.isMesh||M.isLine||M.isPoints){let we=O.isArrayCamera?Rt:We;if(!M.frustumCulled||M.intersectsFrustum(we)){let pe=se.update(M),Se=M.material;if(G&&(M.boundingSphere!==void 0?(M.boundingSphere===null&&M.computeBoundingSphere(),Mt.copy(M.boundingSphere.center)):(pe.boundingSphere===null&&pe.computeBoundingSphere(),Mt.copy(pe.boundingSphere.center)),Mt.applyMatrix4(M.matrixWorld).applyMatrix4(ut)),Array.isArray(Se)){let Te=pe.groups;for(let Oe=0,Xe=Te.length;Oe<Xe;Oe++){let Ae=Te[Oe],qe=Se[Ae.materialIndex];qe&&qe.visible&&A.push(M,pe,qe,$,Mt.z,Ae,O)}}else Se.visible&&A.push(M,pe,Se,$,Mt.z,null,O)}}}let ge=M.children;for(let we=0,pe=ge.length;we<pe;we++)ml(ge[we],O,$,G)}function Lu(M,O,$,G){let{opaque:H,transmissive:ge,transparent:we}=M;w.setupLightsView($),xt===!0&&j.setGlobalState(N.clippingPlanes,$),G&&xe.viewport(ie.copy(G)),H.length>0&&Ds(H,O,$),ge.length>0&&Ds(ge,O,$),we.length>0&&Ds(we,O,$),xe.buffers.depth.setTest(!0),xe.buffers.depth.setMask(!0),xe.buffers.color.setMask(!0),xe.setPolygonOffset(!1)}function Nu(M,O,$,G){if(($.isScene===!0?$.overrideMaterial:null)!==null)return;if(w.state.transmissionRenderTarget[G.id]===void 0){let Ae=at.has("EXT_color_buffer_half_float")||at.has("EXT_color_buffer_float");w.state.transmissionRenderTarget[G.id]=new Jt(1,1,{generateMipmaps:!0,type:Ae?xn:en,minFilter:Jn,samples:Math.max(4,lt.samples),stencilBuffer:s,resolveDepthBuffer:!1,resolveStencilBuffer:!1,storeMultisampledDepthBuffer:!1,storeMultisampledStencilBuffer:!1,colorSpace:$e.workingColorSpace})}let ge=w.state.transmissionRenderTarget[G.id],we=G.viewport||ie;ge.setSize(we.z*N.transmissionResolutionScale,we.w*N.transmissionResolutionScale);let pe=N.getRenderTarget(),Se=N.getActiveCubeFace(),Te=N.getActiveMipmapLevel();N.setRenderTarget(ge),N.getClearColor(F),Y=N.getClearAlpha(),Y<1&&N.setClearColor(16777215,.5),N.clear(),nn&&D.render($);let Oe=N.toneMapping;N.toneMapping=Pn;let Xe=G.viewport;if(G.viewport!==void 0&&(G.viewport=void 0),w.setupLightsView(G),xt===!0&&j.setGlobalState(N.clippingPlanes,G),Ds(M,$,G),Fe.updateMultisampleRenderTarget(ge),Fe.updateRenderTargetMipmap(ge),at.has("WEBGL_multisampled_render_to_texture")===!1){let Ae=!1;for(let qe=0,mt=O.length;qe<mt;qe++){let it=O[qe],{object:nt,geometry:Lt,material:Ee,group:Bt}=it;if(Ee.side===Cn&&nt.layers.test(G.layers)){let je=Ee.side;Ee.side=Gt,Ee.needsUpdate=!0,Du(nt,$,G,Lt,Ee,Bt),Ee.side=je,Ee.needsUpdate=!0,Ae=!0}}Ae===!0&&(Fe.updateMultisampleRenderTarget(ge),Fe.updateRenderTargetMipmap(ge))}N.setRenderTarget(pe,Se,Te),N.setClearColor(F,Y),Xe!==void 0&&(G.viewport=Xe),N.toneMapping=Oe}function Ds(M,O,$){let G=O.isScene===!0?O.overrideMaterial:null;for(let H=0,ge=M.length;H<ge;H++){let we=M[H],{object:pe,geometry:Se,group:Te}=we,Oe=we.material;Oe.allowOverride===!0&&G!==null&&(Oe=G),pe.layers.test($.layers)&&Du(pe,O,$,Se,Oe,Te)}}function Du(M,O,$,G,H,ge){L!==null&&H.isNodeMaterial&&L.setObject(M,H),M.onBeforeRender(N,O,$,G,H,ge),M.modelViewMatrix.multiplyMatrices($.matrixWorldInverse,M.matrixWorld),M.normalMatrix.getNormalMatrix(M.modelViewMatrix),H.onBeforeRender(N,O,$,G,M,ge),H.transparent===!0&&H.side===Cn&&H.forceSinglePass===!1?(H.side=Gt,H.needsUpdate=!0,N.renderBufferDirect($,O,G,H,M,ge),H.side=yi,H.needsUpdate=!0,N.renderBufferDirect($,O,G,H,M,ge),H.side=Cn):N.renderBufferDirect($,O,G,H,M,ge),M.onAfterRender(N,O,$,G,H,ge)}function Fu(M){let O=0;for(let $ of M)$.texture!==null&&O++;return O}function Cr(M,O,$){O.isScene!==!0&&(O=tn);let G=Pe.get(M),H=w.state.lights,ge=w.state.shadowsArray,we=H.state.version,pe=te.getParameters(M,H.state,ge,O,$,w.state.lightProbeGridArray),Se=te.getProgramCacheKey(pe),Te=G.programs;G.environment=M.isMeshStandardMaterial||M.isMeshLambertMaterial||M.isMeshPhongMaterial?O.environment:null,G.fog=O.fog;let Oe=M.isMeshStandardMaterial||M.isMeshLambertMaterial&&!M.envMap||M.isMeshPhongMaterial&&!M.envMap;G.envMap=T.get(M.envMap||G.environment,Oe),G.envMapRotation=G.environment!==null&&M.envMap===null?O.environmentRotation:M.envMapRotation,Te===void 0&&(M.addEventListener("dispose",et),Te=new Map,G.programs=Te,G.programVariants=new Map);let Xe=Te.get(Se);if(Xe!==void 0){if(G.currentProgram===Xe&&G.lightsStateVersion===we)return Ou(M,pe),Xe}else pe.uniforms=te.getUniforms(M),L!==null&&M.isNodeMaterial&&L.build(M,$,pe),M.onBeforeCompile(pe,N),Xe=te.acquireProgram(pe,Se),Te.set(Se,Xe),G.uniforms=pe.uniforms;let Ae=G.uniforms;return(!M.isShaderMaterial&&!M.isRawShaderMaterial||M.clipping===!0)&&(Ae.clippingPlanes=j.uniform),Ou(M,pe),G.needsLights=bm(M),G.lightsStateVersion=we,G.needsLights&&(Ae.ambientLightColor.value=H.state.ambient,Ae.lightProbe.value=H.state.probe,Ae.sunLights.value=H.state.sun,Ae.sunLightShadows.value=H.state.sunShadow,Ae.directionalLights.value=H.state.directional,Ae.directionalLightShadows.value=H.state.directionalShadow,Ae.spotLights.value=H.state.spot,Ae.spotLightShadows.value=H.state.spotShadow,Ae.rectAreaLights.value=H.state.rectArea,Ae.ltc_1.value=H.state.rectAreaLTC1,Ae.ltc_2.value=H.state.rectAreaLTC2,Ae.pointLights.value=H.state.point,Ae.pointLightShadows.value=H.state.pointShadow,Ae.hemisphereLights.value=H.state.hemi,Ae.sunShadowMatrix.value=H.state.sunShadowMatrix,Ae.sunShadowCascade.value=H.state.sunShadowCascade,Ae.directionalShadowMatrix.value=H.state.directionalShadowMatrix,Ae.spotLightMatrix.value=H.state.spotLightMatrix,Ae.spotLightMap.value=H.state.spotLightMap,Ae.pointShadowMatrix.value=H.state.pointShadowMatrix),G.numLightProbeGrids=Fu(w.state.lightProbeGridArray),G.currentProgram=Xe,G.uniformsList=null,Xe}function ym(M,O,$,G,H){let ge=Pe.get(M),we=ge.currentProgram.id+","+G+","+H,pe=ge.programVariants.get(we);return pe===void 0?(pe=Cr(M,O,$),ge.programVariants.set(we,pe)):(ge.currentProgram=pe,ge.uniformsList=null,ge.outputColorSpace=G,ge.toneMapping=H),pe}function Uu(M){if(M.uniformsList===null){let O=M.currentProgram.getUniforms();M.uniformsList=Tr.seqWithValue(O.seq,M.uniforms)}return M.uniformsList}function Ou(M,O){let $=Pe.get(M);$.outputColorSpace=O.outputColorSpace,$.batching=O.batching,$.batchingColor=O.batchingColor,$.instancing=O.instancing,$.instancingColor=O.instancingColor,$.instancingMorph=O.instancingMorph,$.skinning=O.skinning,$.morphTargets=O.morphTargets,$.morphNormals=O.morphNormals,$.morphColors=O.morphColors,$.morphTargetsCount=O.morphTargetsCount,$.numClippingPlanes=O.numClippingPlanes,$.numIntersection=O.numClipIntersection,$.vertexAlphas=O.vertexAlphas,$.vertexTangents=O.vertexTangents,$.toneMapping=O.toneMapping}function xm(M,O,$,G,H){O.isScene!==!0&&(O=tn),Fe.resetTextureUnits();let ge=O.fog,we=G.isMeshStandardMaterial||G.isMeshLambertMaterial||G.isMeshPhongMaterial?O.environment:null,pe=ne===null?N.outputColorSpace:ne.isXRRenderTarget===!0?ne.texture.colorSpace:$e.workingColorSpace,Se=G.isMeshStandardMaterial||G.isMeshLambertMaterial&&!G.envMap||G.isMeshPhongMaterial&&!G.envMap,Te=T.get(G.envMap||we,Se),Oe=G.vertexColors===!0&&!!$.attributes.color&&$.attributes.color.itemSize===4,Xe=!!$.attributes.tangent&&(!!G.normalMap||G.anisotropy>0),Ae=!!$.morphAttributes.position,qe=!!$.morphAttributes.normal,mt=!!$.morphAttributes.color,it=Pn;G.toneMapped&&(ne===null||ne.isXRRenderTarget===!0)&&(it=N.toneMapping);let nt=$.morphAttributes.position||$.morphAttributes.normal||$.morphAttributes.color,Lt=nt!==void 0?nt.length:0,Ee=Pe.get(G),Bt=w.state.lights;if(xt===!0&&(Vt===!0||M!==ee)){let ht=M===ee&&G.id===K;j.setState(G,M,ht)}let je=!1,_i=!1;G.version===Ee.__version?Ee.needsLights&&Ee.lightsStateVersion!==Bt.state.version||H.isBatchedMesh&&Ee.batching===!1||!H.isBatchedMesh&&Ee.batching===!0||H.isBatchedMesh&&Ee.batchingColor===!0&&H._colorsTexture===null||H.isBatchedMesh&&Ee.batchingColor===!1&&H._colorsTexture!==null||H.isInstancedMesh&&Ee.instancing===!1||!H.isInstancedMesh&&Ee.instancing===!0||H.isSkinnedMesh&&Ee.skinning===!1||!H.isSkinnedMesh&&Ee.skinning===!0||H.isInstancedMesh&&Ee.instancingColor===!0&&H.instanceColor===null||H.isInstancedMesh&&Ee.instancingColor===!1&&H.instanceColor!==null||H.isInstancedMesh&&Ee.instancingMorph===!0&&H.morphTexture===null||H.isInstancedMesh&&Ee.instancingMorph===!1&&H.morphTexture!==null||Ee.envMap!==Te||G.fog===!0&&Ee.fog!==ge||Ee.numClippingPlanes!==void 0&&(Ee.numClippingPlanes!==j.numPlanes||Ee.numIntersection!==j.numIntersection)||Ee.vertexAlphas!==Oe||Ee.vertexTangents!==Xe||Ee.morphTargets!==Ae||Ee.morphNormals!==qe||Ee.morphColors!==mt||Ee.morphTargetsCount!==Lt||Ee.numLightProbeGrids!==Fu(w.state.lightProbeGridArray)?je=!0:(Ee.outputColorSpace!==pe||Ee.toneMapping!==it)&&(_i=!0):(je=!0,Ee.__version=G.version);let Nt=Ee.currentProgram;(je===!0||_i===!0)&&(Nt=_i===!0?ym(G,O,H,pe,it):Cr(G,O,H),L&&G.isNodeMaterial&&L.onUpdateProgram(G,Nt,Ee));let Fs=!1,ti=!1,Si=!1,Ze=Nt.getUniforms(),Ct=Ee.uniforms;if(xe.useProgram(Nt.program)&&(Fs=!0,ti=!0,Si=!0),G.id!==K&&(K=G.id,ti=!0),Fs||ee!==M){xe.buffers.depth.getReversed()&&M.reversedDepth!==!0&&(M._reversedDepth=!0,M.updateProjectionMatrix()),Ze.setValue(B,"projectionMatrix",M.projectionMatrix),Ze.setValue(B,"viewMatrix",M.matrixWorldInverse);let At=Ze.map.cameraPosition;At!==void 0&&At.setValue(B,bn.setFromMatrixPosition(M.matrixWorld)),lt.logarithmicDepthBuffer&&Ze.setValue(B,"logDepthBufFC",2/(Math.log(M.far+1)/Math.LN2)),(G.isMeshPhongMaterial||G.isMeshToonMaterial||G.isMeshLambertMaterial||G.isMeshBasicMaterial||G.isMeshStandardMaterial||G.isShaderMaterial)&&Ze.setValue(B,"isOrthographic",M.isOrthographicCamera===!0),ee!==M&&(ee=M,ti=!0,Si=!0)}if(Ee.needsLights&&(Bt.state.sunShadowMap.length>0&&Ze.setValue(B,"sunShadowMap",Bt.state.sunShadowMap,Fe),Bt.state.directionalShadowMap.length>0&&Ze.setValue(B,"directionalShadowMap",Bt.state.directionalShadowMap,Fe),Bt.state.spotShadowMap.length>0&&Ze.setValue(B,"spotShadowMap",Bt.state.spotShadowMap,Fe),Bt.state.pointShadowMap.length>0&&Ze.setValue(B,"pointShadowMap",Bt.state.pointShadowMap,Fe)),H.isSkinnedMesh){Ze.setOptional(B,H,"bindMatrix"),Ze.setOptional(B,H,"bindMatrixInverse");let ht=H.skeleton;ht&&(ht.boneTexture===null&&ht.computeBoneTexture(),Ze.setValue(B,"boneTexture",ht.boneTexture,Fe))}H.isBatchedMesh&&(Ze.setOptional(B,H,"batchingTexture"),Ze.setValue(B,"batchingTexture",H._matricesTexture,Fe),Ze.setOptional(B,H,"batchingIdTexture"),Ze.setValue(B,"batchingIdTexture",H._indirectTexture,Fe),Ze.setOptional(B,H,"batchingColorTexture"),H._colorsTexture!==null&&Ze.setValue(B,"batchingColorTexture",H._colorsTexture,Fe));let hn=$.morphAttributes;if((hn.position!==void 0||hn.normal!==void 0||hn.color!==void 0)&&Q.update(H,$,Nt),(ti||Ee.receiveShadow!==H.receiveShadow)&&(Ee.receiveShadow=H.receiveShadow,Ze.setValue(B,"receiveShadow",H.receiveShadow)),(G.isMeshStandardMaterial||G.isMeshLambertMaterial||G.isMeshPhongMaterial)&&G.envMap===null&&O.environment!==null&&(Ct.envMapIntensity.value=O.environmentIntensity),Ct.dfgLUT!==void 0&&(Ct.dfgLUT.value=e_()),ti){if(Ze.setValue(B,"toneMappingExposure",N.toneMappingExposure),Ee.needsLights&&vm(Ct,Si),ge&&G.fog===!0&&ce.refreshFogUniforms(Ct,ge),ce.refreshMaterialUniforms(Ct,G,oe,he,w.state.transmissionRenderTarget[M.id]),Ee.needsLights&&Ee.numLightProbeGrids>0){let ht=b,At=0;for(let Nn of w.state.lightProbeGridArray)Nn.texture!==null&&(ht.textures[At]=Nn.texture,ht.min[At]=Nn.boundingBox.min,ht.max[At]=Nn.boundingBox.max,ht.resolution[At]=Nn.resolution,At++);for(let Nn in ht)ht[Nn].length=At;Ct.probesSH.value=ht.textures,Ct.probesMin.value=ht.min,Ct.probesMax.value=ht.max,Ct.probesResolution.value=ht.resolution}Tr.upload(B,Uu(Ee),Ct,Fe)}if(G.isShaderMaterial&&G.uniformsNeedUpdate===!0&&(Tr.upload(B,Uu(Ee),Ct,Fe),G.uniformsNeedUpdate=!1),G.isSpriteMaterial&&Ze.setValue(B,"center",H.center),Ze.setValue(B,"modelViewMatrix",H.modelViewMatrix),Ze.setValue(B,"normalMatrix",H.normalMatrix),Ze.setValue(B,"modelMatrix",H.matrixWorld),G.uniformsGroups!==void 0){let ht=G.uniformsGroups;for(let At=0,Nn=ht.length;At<Nn;At++){let ku=ht[At];Re.update(ku,Nt),Re.bind(ku,Nt)}}return Nt}function vm(M,O){M.ambientLightColor.needsUpdate=O,M.lightProbe.needsUpdate=O,M.sunLights.needsUpdate=O,M.sunLightShadows.needsUpdate=O,M.directionalLights.needsUpdate=O,M.directionalLightShadows.needsUpdate=O,M.pointLights.needsUpdate=O,M.pointLightShadows.needsUpdate=O,M.spotLights.needsUpdate=O,M.spotLightShadows.needsUpdate=O,M.rectAreaLights.needsUpdate=O,M.hemisphereLights.needsUpdate=O}function bm(M){return M.isMeshLambertMaterial||M.isMeshToonMaterial||M.isMeshPhongMaterial||M.isMeshStandardMaterial||M.isShadowMaterial||M.isShaderMaterial&&M.lights===!0}this.getActiveCubeFace=function(){return q},this.getActiveMipmapLevel=function(){return z},this.getRenderTarget=function(){return ne},this.setRenderTargetTextures=function(M,O,$){let G=Pe.get(M);G.__autoAllocateDepthBuffer=M.resolveDepthBuffer===!1,G.__autoAllocateDepthBuffer===!1&&(G.__useRenderToTexture=!1),Pe.get(M.texture).__webglTexture=O,Pe.get(M.depthTexture).__webglTexture=G.__autoAllocateDepthBuffer?void 0:$,G.__hasExternalTextures=!0},this.setRenderTargetFramebuffer=function(M,O){let $=Pe.get(M);$.__webglFramebuffer=O,$.__useDefaultFramebuffer=O===void 0},this.setRenderTarget=function(M,O=0,$=0){ne=M,q=O,z=$;let G=null,H=!1,ge=!1;if(M){let pe=Pe.get(M);if(pe.__useDefaultFramebuffer!==void 0){xe.bindFramebuffer(B.FRAMEBUFFER,pe.__webglFramebuffer),ie.copy(M.viewport),Me.copy(M.scissor),Le=M.scissorTest,xe.viewport(ie),xe.scissor(Me),xe.setScissorTest(Le),K=-1;return}else if(pe.__webglFramebuffer===void 0)Fe.setupRenderTarget(M);else if(pe.__hasExternalTextures)Fe.rebindTextures(M,Pe.get(M.texture).__webglTexture,Pe.get(M.depthTexture).__webglTexture);else if(M.depthBuffer){let Oe=M.depthTexture;if(pe.__boundDepthTexture!==Oe){if(Oe!==null&&Pe.has(Oe)&&(M.width!==Oe.image.width||M.height!==Oe.image.height))throw new Error("THREE.WebGLRenderer: Attached DepthTexture is initialized to the incorrect size.");Fe.setupDepthRenderbuffer(M)}}let Se=M.texture;(Se.isData3DTexture||Se.isDataArrayTexture||Se.isCompressedArrayTexture)&&(ge=!0);let Te=Pe.get(M).__webglFramebuffer;M.isWebGLCubeRenderTarget?(Array.isArray(Te[O])?G=Te[O][$]:G=Te[O],H=!0):M.samples>0&&Fe.useMultisampledRTT(M)===!1?G=Pe.get(M).__webglMultisampledFramebuffer:Array.isArray(Te)?G=Te[$]:G=Te,ie.copy(M.viewport),Me.copy(M.scissor),Le=M.scissorTest}else ie.copy(ye).multiplyScalar(oe).floor(),Me.copy(Je).multiplyScalar(oe).floor(),Le=tt;if($!==0&&(G=k),xe.bindFramebuffer(B.FRAMEBUFFER,G)&&xe.drawBuffers(M,G),xe.viewport(ie),xe.scissor(Me),xe.setScissorTest(Le),H){let pe=Pe.get(M.texture);B.framebufferTexture2D(B.FRAMEBUFFER,B.COLOR_ATTACHMENT0,B.TEXTURE_CUBE_MAP_POSITIVE_X+O,pe.__webglTexture,$)}else if(ge){let pe=O;for(let Se=0;Se<M.textures.length;Se++){let Te=Pe.get(M.textures[Se]);B.framebufferTextureLayer(B.FRAMEBUFFER,B.COLOR_ATTACHMENT0+Se,Te.__webglTexture,$,pe)}}else if(M!==null&&$!==0){let pe=Pe.get(M.texture);B.framebufferTexture2D(B.FRAMEBUFFER,B.COLOR_ATTACHMENT0,B.TEXTURE_2D,pe.__webglTexture,$)}K=-1};function Bu(M){let O=Pe.get(M);return(O.__readFormat!==M.format||O.__readType!==M.type)&&(O.__readFormat=M.format,O.__readType=M.type,O.__formatReadable=lt.textureFormatReadable(M.format),O.__typeReadable=lt.textureTypeReadable(M.type)),O}this.readRenderTargetPixels=function(M,O,$,G,H,ge,we,pe=0){if(!(M&&M.isWebGLRenderTarget)){Ne("WebGLRenderer.readRenderTargetPixels: renderTarget is not THREE.WebGLRenderTarget.");return}let Se=Pe.get(M).__webglFramebuffer;if(M.isWebGLCubeRenderTarget&&we!==void 0&&(Se=Se[we],Array.isArray(Se)&&(Se=Se[0])),Se){xe.bindFramebuffer(B.FRAMEBUFFER,Se);try{let Te=M.textures[pe],Oe=Te.format,Xe=Te.type;M.textures.length>1&&B.readBuffer(B.COLOR_ATTACHMENT0+pe);let Ae=Bu(Te);if(Ae.__formatReadable===!1){Ne("WebGLRenderer.readRenderTargetPixels: renderTarget is not in RGBA or implementation defined format.");return}if(Ae.__typeReadable===!1){Ne("WebGLRenderer.readRenderTargetPixels: renderTarget is not in UnsignedByteType or implementation defined type.");return}O>=0&&O<=M.width-G&&$>=0&&$<=M.height-H&&B.readPixels(O,$,G,H,le.convert(Oe),le.convert(Xe),ge)}finally{let Te=ne!==null?Pe.get(ne).__webglFramebuffer:null;xe.bindFramebuffer(B.FRAMEBUFFER,Te)}}},this.readRenderTargetPixelsAsync=async function(M,O,$,G,H,ge,we,pe=0){if(!(M&&M.isWebGLRenderTarget))throw new Error("THREE.WebGLRenderer.readRenderTargetPixels: renderTarget is not THREE.WebGLRenderTarget.");let Se=Pe.get(M).__webglFramebuffer;if(M.isWebGLCubeRenderTarget&&we!==void 0&&(Se=Se[we],Array.isArray(Se)&&(Se=Se[0])),Se)if(O>=0&&O<=M.width-G&&$>=0&&$<=M.height-H){xe.bindFramebuffer(B.FRAMEBUFFER,Se);let Te=M.textures[pe],Oe=Te.format,Xe=Te.type;M.textures.length>1&&B.readBuffer(B.COLOR_ATTACHMENT0+pe);let Ae=Bu(Te);if(Ae.__formatReadable===!1)throw new Error("THREE.WebGLRenderer.readRenderTargetPixelsAsync: renderTarget is not in RGBA or implementation defined format.");if(Ae.__typeReadable===!1)throw new Error("THREE.WebGLRenderer.readRenderTargetPixelsAsync: renderTarget is not in UnsignedByteType or implementation defined type.");let qe=B.createBuffer();B.bindBuffer(B.PIXEL_PACK_BUFFER,qe),B.bufferData(B.PIXEL_PACK_BUFFER,ge.byteLength,B.STREAM_READ),B.readPixels(O,$,G,H,le.convert(Oe),le.convert(Xe),0),B.bindBuffer(B.PIXEL_PACK_BUFFER,null);let mt=ne!==null?Pe.get(ne).__webglFramebuffer:null;xe.bindFramebuffer(B.FRAMEBUFFER,mt);let it=B.fenceSync(B.SYNC_GPU_COMMANDS_COMPLETE,0);return B.flush(),await Rf(B,it,4),B.bindBuffer(B.PIXEL_PACK_BUFFER,qe),B.getBufferSubData(B.PIXEL_PACK_BUFFER,0,ge),B.bindBuffer(B.PIXEL_PACK_BUFFER,null),B.deleteBuffer(qe),B.deleteSync(it),ge}else throw new Error("THREE.WebGLRenderer.readRenderTargetPixelsAsync: requested read bounds are out of range.")},this.copyFramebufferToTexture=function(M,O=null,$=0){let G=Math.pow(2,-$),H=Math.floor(M.image.width*G),ge=Math.floor(M.image.height*G),we=O!==null?O.x:0,pe=O!==null?O.y:0;Fe.setTexture2D(M,0),B.copyTexSubImage2D(B.TEXTURE_2D,$,0,0,we,pe,H,ge),xe.unbindTexture()},this.copyTextureToTexture=function(M,O,$=null,G=null,H=0,ge=0){let we,pe,Se,Te,Oe,Xe,Ae,qe,mt,it=M.isCompressedTexture?M.mipmaps[ge]:M.image;if($!==null)we=$.max.x-$.min.x,pe=$.max.y-$.min.y,Se=$.isBox3?$.max.z-$.min.z:1,Te=$.min.x,Oe=$.min.y,Xe=$.isBox3?$.min.z:0;else{let Ze=Math.pow(2,-H);we=Math.floor(it.width*Ze),pe=Math.floor(it.height*Ze),M.isDataArrayTexture?Se=it.depth:M.isData3DTexture?Se=Math.floor(it.depth*Ze):Se=1,Te=0,Oe=0,Xe=0}G!==null?(Ae=G.x,qe=G.y,mt=G.z):(Ae=0,qe=0,mt=0);let nt=le.convert(O.format),Lt=le.convert(O.type),Ee;O.isData3DTexture?(Fe.setTexture3D(O,0),Ee=B.TEXTURE_3D):O.isDataArrayTexture||O.isCompressedArrayTexture?(Fe.setTexture2DArray(O,0),Ee=B.TEXTURE_2D_ARRAY):(Fe.setTexture2D(O,0),Ee=B.TEXTURE_2D),xe.activeTexture(B.TEXTURE0),xe.pixelStorei(B.UNPACK_FLIP_Y_WEBGL,O.flipY),xe.pixelStorei(B.UNPACK_PREMULTIPLY_ALPHA_WEBGL,O.premultiplyAlpha),xe.pixelStorei(B.UNPACK_ALIGNMENT,O.unpackAlignment);let Bt=xe.getParameter(B.UNPACK_ROW_LENGTH),je=xe.getParameter(B.UNPACK_IMAGE_HEIGHT),_i=xe.getParameter(B.UNPACK_SKIP_PIXELS),Nt=xe.getParameter(B.UNPACK_SKIP_ROWS),Fs=xe.getParameter(B.UNPACK_SKIP_IMAGES);xe.pixelStorei(B.UNPACK_ROW_LENGTH,it.width),xe.pixelStorei(B.UNPACK_IMAGE_HEIGHT,it.height),xe.pixelStorei(B.UNPACK_SKIP_PIXELS,Te),xe.pixelStorei(B.UNPACK_SKIP_ROWS,Oe),xe.pixelStorei(B.UNPACK_SKIP_IMAGES,Xe);let ti=M.isDataArrayTexture||M.isData3DTexture,Si=O.isDataArrayTexture||O.isData3DTexture;if(M.isDepthTexture){let Ze=Pe.get(M),Ct=Pe.get(O),hn=Pe.get(Ze.__renderTarget),ht=Pe.get(Ct.__renderTarget);xe.bindFramebuffer(B.READ_FRAMEBUFFER,hn.__webglFramebuffer),xe.bindFramebuffer(B.DRAW_FRAMEBUFFER,ht.__webglFramebuffer);for(let At=0;At<Se;At++)ti&&(B.framebufferTextureLayer(B.READ_FRAMEBUFFER,B.COLOR_ATTACHMENT0,Pe.get(M).__webglTexture,H,Xe+At),B.framebufferTextureLayer(B.DRAW_FRAMEBUFFER,B.COLOR_ATTACHMENT0,Pe.get(O).__webglTexture,ge,mt+At)),B.blitFramebuffer(Te,Oe,Te+we,Oe+pe,Ae,qe,Ae+we,qe+pe,B.DEPTH_BUFFER_BIT,B.NEAREST);xe.bindFramebuffer(B.READ_FRAMEBUFFER,null),xe.bindFramebuffer(B.DRAW_FRAMEBUFFER,null)}else if(H!==0||M.isRenderTargetTexture||Pe.has(M)){let Ze=Pe.get(M),Ct=Pe.get(O);xe.bindFramebuffer(B.READ_FRAMEBUFFER,I),xe.bindFramebuffer(B.DRAW_FRAMEBUFFER,W);for(let hn=0;hn<Se;hn++)ti?B.framebufferTextureLayer(B.READ_FRAMEBUFFER,B.COLOR_ATTACHMENT0,Ze.__webglTexture,H,Xe+hn):B.framebufferTexture2D(B.READ_FRAMEBUFFER,B.COLOR_ATTACHMENT0,B.TEXTURE_2D,Ze.__webglTexture,H),Si?B.framebufferTextureLayer(B.DRAW_FRAMEBUFFER,B.COLOR_ATTACHMENT0,Ct.__webglTexture,ge,mt+hn):B.framebufferTexture2D(B.DRAW_FRAMEBUFFER,B.COLOR_ATTACHMENT0,B.TEXTURE_2D,Ct.__webglTexture,ge),H!==0?B.blitFramebuffer(Te,Oe,Te+we,Oe+pe,Ae,qe,Ae+we,qe+pe,B.COLOR_BUFFER_BIT,B.NEAREST):Si?B.copyTexSubImage3D(Ee,ge,Ae,qe,mt+hn,Te,Oe,we,pe):B.copyTexSubImage2D(Ee,ge,Ae,qe,Te,Oe,we,pe);xe.bindFramebuffer(B.READ_FRAMEBUFFER,null),xe.bindFramebuffer(B.DRAW_FRAMEBUFFER,null)}else Si?M.isDataTexture||M.isData3DTexture?B.texSubImage3D(Ee,ge,Ae,qe,mt,we,pe,Se,nt,Lt,it.data):O.isCompressedArrayTexture?B.compressedTexSubImage3D(Ee,ge,Ae,qe,mt,we,pe,Se,nt,it.data):B.texSubImage3D(Ee,ge,Ae,qe,mt,we,pe,Se,nt,Lt,it):M.isDataTexture?B.texSubImage2D(B.TEXTURE_2D,ge,Ae,qe,we,pe,nt,Lt,it.data):M.isCompressedTexture?B.compressedTexSubImage2D(B.TEXTURE_2D,ge,Ae,qe,it.width,it.height,nt,it.data):B.texSubImage2D(B.TEXTURE_2D,ge,Ae,qe,we,pe,nt,Lt,it);xe.pixelStorei(B.UNPACK_ROW_LENGTH,Bt),xe.pixelStorei(B.UNPACK_IMAGE_HEIGHT,je),xe.pixelStorei(B.UNPACK_SKIP_PIXELS,_i),xe.pixelStorei(B.UNPACK_SKIP_ROWS,Nt),xe.pixelStorei(B.UNPACK_SKIP_IMAGES,Fs),ge===0&&O.generateMipmaps===!0&&O.mipmapsAutoUpdate===!0&&B.generateMipmap(Ee),xe.unbindTexture()},this.initRenderTarget=function(M){Pe.get(M).__webglFramebuffer===void 0&&Fe.setupRenderTarget(M)},this.initTexture=function(M){M.isCubeTexture?Fe.setTextureCube(M,0):M.isData3DTexture?Fe.setTexture3D(M,0):M.isDataArrayTexture||M.isCompressedArrayTexture?Fe.setTexture2DArray(M,0):Fe.setTexture2D(M,0),xe.unbindTexture()},this.resetState=function(){q=0,z=0,ne=null,xe.reset(),ue.reset()},typeof __THREE_DEVTOOLS__<"u"&&__THREE_DEVTOOLS__.dispatchEvent(new CustomEvent("observe",{detail:this}))}get coordinateSystem(){return an}get outputColorSpace(){return this._outputColorSpace}set outputColorSpace(e){this._outputColorSpace=e;let t=this.getContext();t.drawingBufferColorSpace=$e._getDrawingBufferColorSpace(e),t.unpackColorSpace=$e._getUnpackColorSpace()}};var fp={cx:0,cy:0,zoom:1},pp=()=>({theta:.6,phi:1.1,distance:3,target:new X}),el=class{constructor(e,t){P(this,"el",e);P(this,"onChange",t);P(this,"ortho",new _r(-1,1,1,-1,-100,100));P(this,"persp",new kt(45,1,.01,100));P(this,"is3d",!1);P(this,"v2",{...fp});P(this,"v3",pp());P(this,"width",1);P(this,"height",1);P(this,"drag",null);P(this,"touches",new Map);P(this,"pinch",null);P(this,"moved",!1);P(this,"onMotion",null);P(this,"onDown",e=>{if(e.pointerType==="touch"&&(this.touches.set(e.pointerId,{x:e.clientX,y:e.clientY}),this.touches.size===2)){this.drag=null,this.moved=!0,this.pinch=this.pinchState();return}if(this.drag)return;let t=this.is3d&&e.button===0&&!e.shiftKey;this.drag={x:e.clientX,y:e.clientY,mode:t?"rotate":"pan",id:e.pointerId},this.moved=!1;try{this.el.setPointerCapture?.(e.pointerId)}catch{}});P(this,"onMove",e=>{if(this.touches.has(e.pointerId)&&this.touches.set(e.pointerId,{x:e.clientX,y:e.clientY}),this.pinch&&this.touches.size===2){let r=this.pinchState(),s=this.el.getBoundingClientRect();this.pan(r.mx-this.pinch.mx,this.is3d?0:r.my-this.pinch.my),this.pinch.dist>0&&r.dist>0&&this.zoom(r.dist/this.pinch.dist,r.mx-s.left,r.my-s.top),this.pinch=r;return}if(!this.drag||e.pointerId!==this.drag.id)return;let t=e.clientX-this.drag.x,n=e.clientY-this.drag.y;!this.moved&&Math.hypot(t,n)<3||(this.moved=!0,this.drag.x=e.clientX,this.drag.y=e.clientY,this.drag.mode==="rotate"?this.rotate(t,n):this.pan(t,n))});P(this,"onUp",e=>{this.touches.delete(e.pointerId),this.touches.size<2&&(this.pinch=null),this.drag&&e.pointerId===this.drag.id&&(this.drag=null)});P(this,"onKey",e=>{let t=e.shiftKey?120:40,n=(r,s)=>this.is3d?this.rotate(r,s):this.pan(r,s);switch(e.key){case"ArrowLeft":n(t,0);break;case"ArrowRight":n(-t,0);break;case"ArrowUp":n(0,t);break;case"ArrowDown":n(0,-t);break;case"+":case"=":this.zoom(1.25);break;case"-":case"_":this.zoom(.8);break;default:return}e.preventDefault()});P(this,"onWheel",e=>{e.preventDefault();let t=e.deltaMode===1?16:e.deltaMode===2?this.height:1,n=e.deltaX*t,r=e.deltaY*t,s=this.el.getBoundingClientRect(),o=e.clientX-s.left,a=e.clientY-s.top;if(e.ctrlKey){this.zoom(Math.exp(-r*.01),o,a);return}if(Math.abs(n)>Math.abs(r)){this.is3d?this.rotate(-n,0):this.pan(-n,0);return}this.zoom(Math.exp(-r*.0015),o,a)});e.addEventListener("pointerdown",this.onDown),e.addEventListener("pointermove",this.onMove),e.addEventListener("pointerup",this.onUp),e.addEventListener("pointercancel",this.onUp),e.addEventListener("wheel",this.onWheel,{passive:!1}),e.addEventListener("dblclick",()=>this.reset()),e.addEventListener("contextmenu",n=>n.preventDefault()),e.addEventListener("keydown",this.onKey),e.tabIndex<0&&(e.tabIndex=0),this.update()}get camera(){return this.is3d?this.persp:this.ortho}get dragging(){return this.drag!==null||this.pinch!==null}get halfHeight(){return 1.12/this.v2.zoom}get zoomScale(){let e=this.is3d?3.6/this.v3.distance:this.v2.zoom;return Math.min(6,Math.max(.5,Math.sqrt(e)))}setSize(e,t){this.width=Math.max(1,e),this.height=Math.max(1,t),this.update()}set3d(e){this.is3d=e,this.update()}reset(){this.v2={...fp},this.v3=pp(),this.update()}update(){let e=this.width/this.height,t=this.halfHeight,n=e<1?1/e:1,r=this.ortho;r.left=this.v2.cx-t*e*n,r.right=this.v2.cx+t*e*n,r.top=this.v2.cy+t*n,r.bottom=this.v2.cy-t*n,r.position.set(0,0,10),r.lookAt(0,0,0),r.updateProjectionMatrix(),r.updateMatrixWorld();let s=this.persp;s.aspect=e;let{theta:o,phi:a,distance:c,target:l}=this.v3;s.position.set(l.x+c*Math.sin(a)*Math.sin(o),l.y+c*Math.cos(a),l.z+c*Math.sin(a)*Math.cos(o)),s.up.set(0,1,0),s.lookAt(l),s.updateProjectionMatrix(),s.updateMatrixWorld(),this.onChange()}get worldPerPx(){return(this.ortho.top-this.ortho.bottom)/this.height}pan(e,t){if(this.onMotion?.(),this.is3d){let n=2*this.v3.distance*Math.tan(this.persp.fov*Math.PI/360)/this.height,r=new X().setFromMatrixColumn(this.persp.matrixWorld,0),s=new X().setFromMatrixColumn(this.persp.matrixWorld,1);this.v3.target.addScaledVector(r,-e*n).addScaledVector(s,t*n)}else{let n=this.worldPerPx;this.v2.cx-=e*n,this.v2.cy+=t*n}this.update()}rotate(e,t){this.onMotion?.(),this.v3.theta-=e*.008,this.v3.phi=Math.min(Math.PI-.05,Math.max(.05,this.v3.phi-t*.008)),this.update()}zoom(e,t=this.width/2,n=this.height/2){if(this.onMotion?.(),this.is3d)this.v3.distance=Math.min(50,Math.max(.02,this.v3.distance/e));else{let r=this.ortho,s=r.left+t/this.width*(r.right-r.left),o=r.top-n/this.height*(r.top-r.bottom),a=Math.min(5e3,Math.max(.05,this.v2.zoom*e)),c=this.v2.zoom/a;this.v2.cx=s+(this.v2.cx-s)*c,this.v2.cy=o+(this.v2.cy-o)*c,this.v2.zoom=a}this.update()}pinchState(){let[e,t]=[...this.touches.values()];return{dist:Math.hypot(e.x-t.x,e.y-t.y),mx:(e.x+t.x)/2,my:(e.y+t.y)/2}}};var tl=class{constructor(e,t=()=>performance.now()){P(this,"on",e);P(this,"now",t);P(this,"moving",!1);P(this,"timer",null);P(this,"last",0)}poke(){this.moving||this.on.start?.(),this.moving=!0,this.last=this.now(),this.timer===null&&this.arm(200)}arm(e){this.timer=setTimeout(()=>{this.timer=null;let t=(this.on.held?.()?600:200)-(this.now()-this.last);if(t>0){this.arm(t);return}this.moving=!1,this.on.settle()},e)}};function il(i,e,t,n,r,s){let o=s?.x??new Float32Array(e),a=s?.y??new Float32Array(e),c=s?.z??new Float32Array(e),l=t[0],u=t[1],h=t[2],d=t[3],f=t[4],m=t[5],y=t[6],p=t[7],g=t[8],v=t[9],_=t[10],b=t[11],A=t[12],w=t[13],x=t[14],E=t[15],U=n/2,N=r/2;for(let R=0,L=0;R<e;R++,L+=3){let k=i[L],I=i[L+1],W=i[L+2],q=d*k+p*I+b*W+E,z=h*k+y*I+_*W+x;if(!(q>0)||z<-q||z>q){o[R]=NaN,a[R]=NaN,c[R]=1/0;continue}let ne=1/q;o[R]=(l*k+f*I+g*W+A)*ne*U+U,a[R]=N-(u*k+m*I+v*W+w)*ne*N,c[R]=z*ne}return{x:o,y:a,z:c}}var xu=class{constructor(e,t,n,r,s,o=16){P(this,"sx",e);P(this,"sy",t);P(this,"sz",n);P(this,"cell",o);P(this,"cellStart",new Int32Array(1));P(this,"items",new Int32Array(0));P(this,"cellOf",new Int32Array(0));P(this,"cols",1);P(this,"rows",1);this.rebuild(e,t,n,r,s)}rebuild(e,t,n,r,s){this.sx=e,this.sy=t,this.sz=n;let o=this.cols=Math.max(1,Math.ceil(r/this.cell)),a=this.rows=Math.max(1,Math.ceil(s/this.cell)),c=o*a,l=e.length,u=1/this.cell;this.cellStart.length!==c+1?this.cellStart=new Int32Array(c+1):this.cellStart.fill(0),this.cellOf.length<l&&(this.cellOf=new Int32Array(l),this.items=new Int32Array(l));let h=this.cellStart,d=this.cellOf;for(let y=0;y<l;y++){let p=e[y],g=t[y],v=-1;if(p>=0&&g>=0){let _=p*u|0,b=g*u|0;_<o&&b<a&&(v=b*o+_,h[v+1]++)}d[y]=v}for(let y=0;y<c;y++)h[y+1]+=h[y];let f=h.slice(0,c),m=this.items;for(let y=0;y<l;y++){let p=d[y];p>=0&&(m[f[p]++]=y)}}nearest(e,t,n,r){let s=Math.ceil(n/this.cell),o=Math.floor(e/this.cell),a=Math.floor(t/this.cell),c=-1,l=n*n,u=1/0;for(let h=Math.max(0,a-s);h<=Math.min(this.rows-1,a+s);h++)for(let d=Math.max(0,o-s);d<=Math.min(this.cols-1,o+s);d++){let f=h*this.cols+d;for(let m=this.cellStart[f];m<this.cellStart[f+1];m++){let y=this.items[m],p=this.sx[y]-e,g=this.sy[y]-t,v=p*p+g*g;if(v>n*n||r&&!r(y))continue;let _=v<l-.25,b=Math.abs(v-l)<=.25&&this.sz[y]<u;(c<0||_||b)&&(c=y,l=v,u=this.sz[y])}}return c}},nl=class{constructor(){P(this,"screen",{x:new Float32Array(0),y:new Float32Array(0),z:new Float32Array(0)});P(this,"grid",null);P(this,"key",-1);P(this,"gridKey",-1);P(this,"width",1);P(this,"height",1)}project(e,t,n,r,s,o){return o===this.key&&this.screen.x.length===t?this.screen:(this.screen.x.length!==t&&(this.screen={x:new Float32Array(t),y:new Float32Array(t),z:new Float32Array(t)}),il(e,t,n,r,s,this.screen),this.key=o,this.width=r,this.height=s,this.screen)}nearest(e,t,n){let r=this.screen;return this.grid?this.gridKey!==this.key&&this.grid.rebuild(r.x,r.y,r.z,this.width,this.height):this.grid=new xu(r.x,r.y,r.z,this.width,this.height),this.gridKey=this.key,this.grid.nearest(e,t,n)}};var vu=2e5,t_=100,rl=1e5,mp=5e4;function gp(i,e){return e>0&&e<i?Math.min(2,Math.sqrt(Math.sqrt(i/e))):1}var n_=2;function yp(i){let e=i.moving??(i.still===null?null:i.still*n_);return e===null?rl:Math.max(mp,Math.floor(t_/Math.max(e,1e-9)))}function xp(i,e,t){if(t<mp||!(e>0))return i;let n=e/t;return i===null?n:(i+n)/2}function i_(i){let e=i+2654435769|0;return e=Math.imul(e^e>>>16,2246822507),e=Math.imul(e^e>>>13,3266489909),e^=e>>>16,(e>>>0)/4294967296}function vp(i,e,t=vu,n=rl,r){let s=r&&r.visible.length>=e?r.visible:new Uint32Array(e),o=0;for(let c=0;c<e;c++)i[c*3+2]!==Dn&&(s[o++]=c);let a=null;if(o>t&&n<o){let c=n/o,l=r&&r.sample.length>=e?r.sample:new Uint32Array(e),u=0;for(let h=0;h<o;h++)i_(s[h])<c&&(l[u++]=s[h]);a=l.subarray(0,u)}return{visibleCount:o,visible:o<e?s.subarray(0,o):null,sample:a}}var sl=class{constructor(e,t){P(this,"material",e);P(this,"all");P(this,"sample");P(this,"n",0);P(this,"movingRows",rl);P(this,"positions",new Float32Array(0));P(this,"colors",new Float32Array(0));P(this,"lists",null);P(this,"buffers",{visible:new Uint32Array(0),sample:new Uint32Array(0)});P(this,"indexes",null);P(this,"costs",{moving:null,still:null});P(this,"fresh",!0);this.all=new vr(new jt,e),this.sample=new vr(new jt,e);for(let n of[this.all,this.sample])n.frustumCulled=!1,t.add(n)}setPositions(e,t){this.positions=e;let n=this.all.geometry.getAttribute("position");t!==this.n||!n||n.array.length!==e.length?this.newBuffers(t,e):(n.array=e,n.needsUpdate=!0),this.lists=null}setColors(e){this.colors=e;let t=this.all.geometry.getAttribute("aColor");!t||e.length!==t.array.length||(t.array.set(e),t.needsUpdate=!0)}startMotion(){let e=yp(this.costs);e!==this.movingRows&&(this.movingRows=e,this.lists=null)}choose(e){let t=this.updateLists(),n=e&&t.sample!==null;return this.all.visible=!n,this.sample.visible=n,this.material.uniforms.uLodScale.value=n?gp(t.visibleCount,t.sample.length):1,{drawn:n?t.sample.length:t.visibleCount,subsample:n}}timed(e,t){let n=t.subsample?"moving":"still";this.costs[n]=xp(this.costs[n],e,t.drawn)}takeTimeable(){let e=!this.fresh;return this.fresh=!1,e}newBuffers(e,t){this.n=e,this.all.geometry.dispose(),this.sample.geometry.dispose();let n={position:new zt(t,3),aColor:new zt(this.colors.length===e*3?this.colors.slice():new Float32Array(e*3).fill(.5),3)};for(let r of[this.all,this.sample]){r.geometry=new jt;for(let[s,o]of Object.entries(n))r.geometry.setAttribute(s,o)}this.buffers={visible:new Uint32Array(e),sample:new Uint32Array(e)},this.indexes=null,this.fresh=!0}updateLists(){if(this.lists)return this.lists;let e=vp(this.positions,this.n,vu,this.movingRows,this.buffers);return(e.visible||e.sample)&&(this.indexes??(this.indexes={visible:new zt(this.buffers.visible,1),sample:new zt(this.buffers.sample,1)})),bp(this.all.geometry,e.visible,this.indexes?.visible),bp(this.sample.geometry,e.sample,this.indexes?.sample),this.lists=e,e}};function bp(i,e,t){e&&t?(t.clearUpdateRanges(),t.addUpdateRange(0,e.length),t.needsUpdate=!0,i.index!==t&&i.setIndex(t),i.setDrawRange(0,e.length)):(i.index&&i.setIndex(null),i.setDrawRange(0,1/0))}function r_(i,e,t,n){let r=Math.max(1,Math.floor(i/t)),s=Math.max(0,Math.floor(e/n));return{perRow:r,rows:s,count:r*s}}function bu(i,e,t,n){return{x:i%e*t,y:Math.floor(i/e)*n,w:t,h:n}}async function s_(i){if(typeof createImageBitmap=="function")try{return await createImageBitmap(i)}catch{}let e=URL.createObjectURL(i);try{let t=new Image;return t.src=e,await t.decode(),t}finally{URL.revokeObjectURL(e)}}async function _p(i,e){let t=await s_(i),n=t.width,r=t.height,s=Math.max(1,Number(e?.[0])||n),o=Math.max(1,Number(e?.[1]??e?.[0])||r),{perRow:a,count:c}=r_(n,r,s,o),l=new Ut(t);return l.flipY=!1,l.generateMipmaps=!1,l.minFilter=It,l.magFilter=yt,l.needsUpdate=!0,{image:t,width:n,height:r,thumbW:s,thumbH:o,perRow:a,count:c,texture:l}}function _u(i,e,t){if(e<0||e>=i.count)return!1;let n=t.getContext("2d");if(!n)return!1;let r=bu(e,i.perRow,i.thumbW,i.thumbH);return n.imageSmoothingEnabled=!1,n.clearRect(0,0,t.width,t.height),n.drawImage(i.image,r.x,r.y,r.w,r.h,0,0,t.width,t.height),!0}function Sp(i,e){let t=Math.max(i.width,i.height);if(t<=e)return;let n=e/t,r=document.createElement("canvas");r.width=Math.max(1,Math.floor(i.width*n)),r.height=Math.max(1,Math.floor(i.height*n));let s=r.getContext("2d");s&&(s.drawImage(i.image,0,0,r.width,r.height),i.texture.image=r,i.texture.needsUpdate=!0)}function Mp(i,e){return e==="selected"?Math.max(i*1.8,i+6):Math.max(i*1.6,i+5)}var Ps=class{constructor(e,t){P(this,"canvas");P(this,"drawnKey","");P(this,"atlasImage",null);P(this,"across",0);this.canvas=document.createElement("canvas"),this.canvas.dataset.testid=t,Object.assign(this.canvas.style,{position:"absolute",left:"0",top:"0",pointerEvents:"none",display:"none"}),e.appendChild(this.canvas)}show(e,t,n){let r=[n.size,Array.from(n.rgb).join(","),n.ring,n.thumb?`${n.thumb.index}`:""].join("|");(r!==this.drawnKey||n.thumb&&n.thumb.atlas.image!==this.atlasImage)&&this.draw(n),this.drawnKey=r;let s=this.across/2;this.canvas.style.transform=`translate(${e-s}px, ${t-s}px)`,this.canvas.style.display=""}hide(){this.canvas.style.display="none"}draw(e){let t=window.devicePixelRatio||1,n=this.canvas,r=e.size;n.width=Math.max(1,Math.ceil(r*t)),n.height=n.width,this.across=n.width/t,n.style.width=n.style.height=`${this.across}px`;let s=n.getContext("2d");if(!s)return;let o=(this.across-r)/2;s.setTransform(t,0,0,t,o*t,o*t),s.clearRect(-o,-o,this.across,this.across);let[a,c,l]=Array.from(e.rgb,u=>Math.round(255*Math.min(1,Math.max(0,u))));if(s.fillStyle=e.ring,this.atlasImage=e.thumb?.atlas.image??null,e.thumb){let{atlas:u,index:h}=e.thumb,d=bu(h,u.perRow,u.thumbW,u.thumbH);s.fillRect(0,0,r,r),s.imageSmoothingEnabled=!1,s.drawImage(u.image,d.x,d.y,d.w,d.h,.12*r,.12*r,.76*r,.76*r);return}s.beginPath(),s.arc(r/2,r/2,r/2,0,2*Math.PI),s.fill(),s.fillStyle=`rgb(${a},${c},${l})`,s.beginPath(),s.arc(r/2,r/2,.36*r,0,2*Math.PI),s.fill()}};var wp=`
in vec3 aColor;
uniform float uSize;
uniform float uLodScale;
uniform float uPixelRatio;
uniform float uZoomScale;
out vec3 vColor;
#ifdef DEPTH_CUE
uniform vec2 uDepthRange;
uniform vec3 uBackground;
#endif
#ifdef SPRITES
flat out int vIndex;
#endif
void main() {
  vec4 mv = modelViewMatrix * vec4(position, 1.0);
  gl_Position = projectionMatrix * mv;
  float s = uSize * uZoomScale * uLodScale;
#ifdef SPRITES
  s *= 3.0;
  vIndex = gl_VertexID;
#endif
  gl_PointSize = s * uPixelRatio;
#ifdef DEPTH_CUE
  float far = clamp((-mv.z - uDepthRange.x) / max(1e-6, uDepthRange.y - uDepthRange.x), 0.0, 1.0);
  vColor = mix(aColor, uBackground, 0.5 * far);
#else
  vColor = aColor;
#endif
}
`,Ap=`
precision highp float;
in vec3 vColor;
out vec4 fragColor;
#ifdef SPRITES
uniform sampler2D uAtlas;
uniform vec2 uThumbUV;
uniform int uPerRow;
uniform int uSpriteCount;
flat in int vIndex;
#endif
void main() {
  vec2 pc = gl_PointCoord;
#ifdef SPRITES
  if (vIndex < uSpriteCount) {
    float edge = max(abs(pc.x - 0.5), abs(pc.y - 0.5));
    if (edge > 0.42) { fragColor = vec4(vColor, 1.0); return; }
    vec2 cell = vec2(float(vIndex % uPerRow), float(vIndex / uPerRow));
    vec2 inner = (pc - 0.5) / 0.84 + 0.5;
    fragColor = vec4(texture(uAtlas, (cell + inner) * uThumbUV).rgb, 1.0);
    return;
  }
#endif
  if (length(pc - 0.5) > 0.5) discard;
  fragColor = vec4(vColor, 1.0);
}
`;function Ep(i,e){let t={};return i&&(t.SPRITES=""),e&&(t.DEPTH_CUE=""),t}var ol=class{constructor(e){P(this,"container",e);P(this,"canvas");P(this,"controls");P(this,"renderer");P(this,"scene",new ss);P(this,"material");P(this,"points");P(this,"positions",new Float32Array(0));P(this,"colors",new Float32Array(0));P(this,"width",1);P(this,"height",1);P(this,"frame",0);P(this,"atlas",null);P(this,"spriteMode",!1);P(this,"emptyTex",new xr(new Uint8Array([0,0,0,255]),1,1));P(this,"motion",new tl({start:()=>this.points.startMotion(),settle:()=>{this.onSettle?.(),requestAnimationFrame(()=>this.requestRender())},held:()=>this.controls.dragging}));P(this,"lastPositionsAt",-1/0);P(this,"cameraMovedAt",-1/0);P(this,"screen",new nl);P(this,"viewKey",0);P(this,"hovered",-1);P(this,"selected",-1);P(this,"ring","#000000");P(this,"markers");P(this,"frameTimes",[]);P(this,"onCameraChange",null);P(this,"onSettle",null);P(this,"onFrame",null);P(this,"drawCalls",0);P(this,"drawnPoints",0);P(this,"drawnMoving",!1);P(this,"drawnSubsample",!1);this.canvas=document.createElement("canvas"),this.canvas.className="ep-canvas",e.appendChild(this.canvas),this.markers={hover:new Ps(e,"hover-marker"),selected:new Ps(e,"selected-marker")},this.renderer=new Za({canvas:this.canvas,antialias:!1,preserveDrawingBuffer:!1,powerPreference:"high-performance"}),this.renderer.setPixelRatio(Math.min(2,window.devicePixelRatio||1)),this.emptyTex.needsUpdate=!0,this.material=new cn({glslVersion:Ms,vertexShader:wp,fragmentShader:Ap,uniforms:{uSize:{value:5},uLodScale:{value:1},uPixelRatio:{value:this.renderer.getPixelRatio()},uZoomScale:{value:1},uAtlas:{value:this.emptyTex},uThumbUV:{value:new Ke(1,1)},uDepthRange:{value:new Ke(0,1)},uBackground:{value:new He("#ffffff")},uPerRow:{value:1},uSpriteCount:{value:0}},depthTest:!1,depthWrite:!1}),this.points=new sl(this.material,this.scene),this.controls=new el(this.canvas,()=>this.cameraChanged()),this.controls.onMotion=()=>{this.cameraMovedAt=performance.now(),this.motion.poke()},new ResizeObserver(()=>this.resize()).observe(e),this.resize()}cameraChanged(){this.viewKey++;let e=this.material.uniforms,t=this.controls;t&&(e.uZoomScale.value=t.zoomScale,this.updateDefines(),e.uDepthRange.value.set(Math.max(0,t.v3.distance-1),t.v3.distance+1),this.material.depthTest=this.material.depthWrite=t.is3d,this.onCameraChange?.(),this.requestRender())}resize(){let e=this.container.getBoundingClientRect();this.width=Math.max(1,Math.floor(e.width)),this.height=Math.max(1,Math.floor(e.height)),this.renderer.setSize(this.width,this.height,!0),this.controls.setSize(this.width,this.height)}setTheme(e,t){this.renderer.setClearColor(new He(e),1),this.material.uniforms.uBackground.value.set(e),this.ring=t,this.requestRender()}setPositions(e,t){let n=performance.now();t===this.n&&t>0&&n-this.lastPositionsAt<200&&this.motion.poke(),this.lastPositionsAt=n,this.positions=e,this.points.setPositions(e,t),this.viewKey++,this.requestRender()}get n(){return this.points.n}setColors(e){this.colors=e,this.points.setColors(e),this.requestRender()}colorAt(e){return Array.from(this.colors.subarray(e*3,e*3+3))}setPointSize(e){this.material.uniforms.uSize.value=e,this.requestRender()}setAtlas(e){this.atlas=e,e&&Sp(e,this.renderer.capabilities.maxTextureSize);let t=this.material.uniforms;t.uAtlas.value=e?e.texture:this.emptyTex,t.uPerRow.value=e?e.perRow:1,t.uSpriteCount.value=e?e.count:0,t.uThumbUV.value.set(e?e.thumbW/e.width:1,e?e.thumbH/e.height:1),this.updateDefines(),this.requestRender()}setSpriteMode(e){this.spriteMode=e,this.updateDefines(),this.requestRender()}get sprites(){return this.spriteMode&&this.atlas!==null}updateDefines(){let e=Ep(this.sprites,this.controls?.is3d??!1);JSON.stringify(e)!==JSON.stringify(this.material.defines)&&(this.material.defines=e,this.material.needsUpdate=!0)}setHighlight(e,t){this.hovered=e,this.selected=t,this.placeMarkers()}placeMarkers(){this.placeMarker(this.markers.selected,this.selected,"selected"),this.placeMarker(this.markers.hover,this.hovered===this.selected?-1:this.hovered,"hover")}placeMarker(e,t,n){let r=t>=0&&t<this.n?this.screenPositionOf(t):null;if(!r){e.hide();return}let s=this.sprites&&t<this.atlas.count;e.show(r.x,r.y,{size:Mp(2*this.pointRadiusPx,n),rgb:this.colors.length>=3*(t+1)?this.colors.subarray(3*t,3*t+3):[.5,.5,.5],ring:this.ring,thumb:s?{atlas:this.atlas,index:t}:null})}set3d(e){this.controls.set3d(e)}get pointRadiusPx(){let e=this.material.uniforms;return e.uSize.value*e.uZoomScale.value*(this.sprites?3:1)/2}get moving(){return this.motion.moving}get changing(){return this.controls.dragging||performance.now()-this.cameraMovedAt<80}requestRender(){this.frame||(this.frame=requestAnimationFrame(e=>{this.frame=0;let t=performance.now();this.draw(this.motion.moving),this.frameTimes.push(performance.now()-t),this.frameTimes.length>240&&this.frameTimes.shift();let n={drawn:this.drawnPoints,subsample:this.drawnSubsample};this.points.takeTimeable()&&requestAnimationFrame(r=>this.points.timed(r-e,n)),this.onFrame?.()}))}renderNow(){this.draw(!1)}draw(e){let t=this.points.choose(e);this.drawnPoints=t.drawn,this.drawnSubsample=t.subsample,this.drawnMoving=e,this.renderer.render(this.scene,this.controls.camera),this.drawCalls=this.renderer.info.render.calls,this.placeMarkers()}viewProjection(){let e=this.controls.camera;return e.updateMatrixWorld(),new ot().multiplyMatrices(e.projectionMatrix,e.matrixWorldInverse)}project(){return this.screen.project(this.positions,this.n,this.viewProjection().elements,this.width,this.height,this.viewKey)}pick(e,t){return this.n?(this.project(),this.screen.nearest(e,t,Math.max(5,this.pointRadiusPx+2))):-1}screenPositions(){let e=this.project();return{x:e.x,y:e.y}}toPngBlob(){return this.renderNow(),new Promise(e=>this.canvas.toBlob(e,"image/png"))}screenPositionOf(e){if(e<0||e>=this.n)return null;let t=il(this.positions.subarray(e*3,e*3+3),1,this.viewProjection().elements,this.width,this.height);return Number.isNaN(t.x[0])?null:{x:t.x[0],y:t.y[0]}}projectWorld(e,t){return il(e,t,this.viewProjection().elements,this.width,this.height)}get size(){return{width:this.width,height:this.height}}};function l_(i){i.charCodeAt(0)===65279&&(i=i.slice(1));let e=i.split(/\r?\n/);return e.length>0&&e[e.length-1]===""&&e.pop(),e}function Tp(i,e){let t=l_(i),n=1;for(let l of t.slice(0,1))n=l.split("	").length;let r,s;n<=1?(r=["label"],s=t):(r=t[0].split("	").map((l,u)=>l.trim()||`column ${u+1}`),s=t.slice(1));let o=e??s.length,a=r.map(()=>new Array(o).fill("")),c=Math.min(o,s.length);for(let l=0;l<c;l++){let u=n<=1?[s[l]]:s[l].split("	");for(let h=0;h<r.length;h++)a[h][l]=(u[h]??"").trim()}return{names:r,columns:a,rowCount:s.length}}var c_={runs:[],run:null,info:null,tensorName:null,loading:null,notices:[],n:0,d:0,columns:[],labelColumn:-1,colorColumn:-1,focusCategory:null,searchMatches:null,neighbors:null,neighborMetric:"euclidean",legend:{kind:"none"},spherize:!1,method:"pca",is3d:!1,dims:[0,1,2],variance:null,isolatedVariance:null,computing:null,showSprites:!1,hasSprite:!1,pointSize:1,hovered:-1,selected:-1,dark:!1,selection:new Int32Array(0),isolated:null,selectMode:"pan",step:null,movedPoints:null,transfer:"float32",showDensity:!1,clusterLabelColumn:null},al=class{constructor(e=c_){P(this,"state");P(this,"listeners",[]);this.state={...e}}set(e){let t=new Set;for(let n of Object.keys(e))this.state[n]!==e[n]&&t.add(n);if(t.size!==0){this.state={...this.state,...e};for(let n of this.listeners)n(this.state,t)}}subscribe(e){return this.listeners.push(e),()=>{this.listeners=this.listeners.filter(t=>t!==e)}}};function un(i,e){if(e&&typeof e=="object"&&"body"in e&&e.body?.error){let t=e.body;return{level:i,message:t.error,file:t.file,hint:t.hint}}if(e&&typeof e=="object"&&"error"in e&&typeof e.error=="string"){let t=e;return{level:i,message:t.error,file:t.file,hint:t.hint}}return{level:i,message:e instanceof Error?e.message:String(e)}}function Su(i){return(i.state.info?.errors??[]).map(e=>un("error",e))}function Rp(i){let e=i.state;return e.info?.embeddings.find(t=>t.tensorName===e.tensorName)??null}function h_(i){return i.findIndex(t=>t.kind==="categorical"&&t.distinct>=2&&t.distinct<=20)}function d_(i){let e=0;for(let t=0;t<i.length;t++){let n=i[t];n-n!==0&&(i[t]=0,e++)}return e}async function Cp(i,e,t){let n=i.state.run,r=Ir(e),s=i.state.transfer==="float16"?2:4,o={tensor:{loaded:0,total:r?r[0]*r[1]*s:null},metadata:{loaded:0,total:null},sprite:{loaded:0,total:null}},a=new Set(["tensor"]);e.hasMetadata!==!1&&(e.hasMetadata||e.metadataPath)&&a.add("metadata"),e.hasSprite!==!1&&(e.hasSprite||e.sprite?.imagePath)&&a.add("sprite");let c=0,l=(A=!1)=>{if(t.aborted)return;let w=performance.now();if(!A&&w-c<40)return;c=w;let x=0,E=0;for(let N of a)x+=o[N].loaded,E=E!==null&&o[N].total!==null?E+o[N].total:null;let U=`Loading ${[...a].join(", ")}`;i.set({loading:{label:U,loaded:x,total:E}})},u=A=>(w,x)=>{o[A].loaded=w,x!==null&&(o[A].total=x),l(x!==null&&w===x)};l(!0);let h=[],d=i.state.step!==null&&(e.checkpointSteps??[]).includes(i.state.step)?i.state.step:null,f=Pt.tensor(n,e.tensorName,r,u("tensor"),t,d,i.state.transfer),m=a.has("metadata")?Pt.metadata(n,e.tensorName,u("metadata"),t).catch(A=>{if(t.aborted)throw A;return h.push(un("warning",A)),a.delete("metadata"),null}):Promise.resolve(null),y=a.has("sprite")?Pt.sprite(n,e.tensorName,u("sprite"),t).then(A=>_p(A,e.sprite?.singleImageDim??[])).catch(A=>{if(t.aborted)throw A;return h.push(un("warning",A)),a.delete("sprite"),null}):Promise.resolve(null),[p,g,v]=await Promise.all([f,m,y]);i.state.transfer==="float16"&&h.push({level:"info",message:"Downloaded as float16: values rounded to about 3 significant digits.",file:null,hint:"PCA and neighbours change little (bench/RESULTS.md measures it); untick float16 for exact values."});let _=d_(p.data);_>0&&h.push({level:"warning",message:`${_.toLocaleString("en-US")} NaN or infinite values were drawn as 0.`,file:e.tensorPath??null,hint:"Projections treat them as 0; fix the source tensor to remove this warning."});let b=[];if(g!==null){let A=Tp(g,p.n);A.names.forEach((x,E)=>b.push(ro(x,A.columns[E])));let w=(e.warnings??[]).length>0;A.rowCount!==p.n&&!w&&h.push({level:"warning",message:`Metadata has ${A.rowCount} rows but the tensor has ${p.n}.`,file:e.metadataPath??null,hint:"Row i of the metadata (after the header) must describe tensor row i."})}return{data:p.data,n:p.n,d:p.d,etag:p.etag,columns:b,atlas:v,notices:h}}function Pp(i,e,t){let n=e.columns.length;return{labelColumn:t&&i.labelColumn<n?i.labelColumn:n?0:-1,colorColumn:t&&i.colorColumn<n?i.colorColumn:h_(e.columns),showSprites:t?i.showSprites:!!e.atlas,spherize:t?i.spherize:e.d>=50,method:t?i.method:e.d<=3?"identity":"pca",dims:t?i.dims:[0,1,2],is3d:t?i.is3d:!1}}async function Ip(i,e,t){let n=await i.nearestRows(e,t.k,t.metric,t.spherized),r=t.spherized&&t.metric==="euclidean";return Array.from(n.indices,(s,o)=>{let a=n.distances[o];return{index:s,distance:r?Math.sqrt(Math.max(0,2*a)):a}})}function Lp(i){let e=C("select",{"data-testid":"run-select","aria-label":"Run"}),t=C("select",{"data-testid":"tensor-select","aria-label":"Tensor"}),n=C("div",{className:"ep-meta","data-testid":"tensor-meta"}),r=C("input",{type:"checkbox","data-testid":"transfer-float16"});r.addEventListener("change",()=>i.set({transfer:r.checked?"float16":"float32"})),e.addEventListener("change",()=>i.set({run:e.value,info:null,tensorName:null})),t.addEventListener("change",()=>i.set({tensorName:t.value}));let s=()=>{let o=i.state;Et(e,o.runs.map(l=>({value:l,label:l})),o.run??""),e.disabled=o.runs.length<=1;let a=o.info?.embeddings??[];Et(t,a.map(l=>{let u=Ir(l),h=`${l.tensorName} (${u?`${u[0]} x ${u[1]}`:"?"})${l.error?" – error":""}`;return{value:l.tensorName,label:h}}),o.tensorName??""),t.disabled=a.length<=1;let c=a.find(l=>l.tensorName===o.tensorName);if(c){let l=Ir(c),u=[l?`${l[0].toLocaleString("en-US")} points x ${l[1]} dims`:"",c.dtype?`dtype ${c.dtype}`:"",c.source??"",c.hasMetadata?`${c.metadataColumns??"?"} metadata column${c.metadataColumns===1?"":"s"}`:"no metadata",c.hasSprite?"sprite":""];n.textContent=u.filter(Boolean).join(" · ")}else n.textContent=o.runs.length?"":"No runs with embeddings found."};return i.subscribe((o,a)=>{(a.has("runs")||a.has("run")||a.has("info")||a.has("tensorName"))&&s(),a.has("transfer")&&(r.checked=o.transfer==="float16")}),s(),C("section",{},C("h2",{},"Data"),C("div",{className:"ep-row"},C("label",{},"Run"),e),C("div",{className:"ep-row"},C("label",{},"Tensor"),t),n,C("label",{className:"ep-meta",title:"Half the bytes to download; values keep about 3 significant digits."},r," download as float16 (half the bytes)"))}var Np=new WeakMap;function Dp(i,e=5){let t=Np.get(i);if(t)return t;let n=i.kind==="numeric"&&i.numbers?p_(i.numbers,e):f_(i.values);return Np.set(i,n),n}function f_(i){let e=new Map,t=[],n=new Int32Array(i.length);for(let r=0;r<i.length;r++){let s=i[r];if(s===""){n[r]=-1;continue}let o=e.get(s);o===void 0&&(o=t.length,e.set(s,o),t.push(s)),n[r]=o}return{codes:n,names:t}}function p_(i,e){let t=i.filter(l=>!Number.isNaN(l)).sort(),n=[];for(let l=1;l<e;l++){let u=t[Math.floor(l*t.length/e)];u!==void 0&&(n.length===0||u>n[n.length-1])&&n.push(u)}let r=t[0],s=t[t.length-1],o=[r,...n,s],a=n.length||t.length?o.slice(0,-1).map((l,u)=>`${Wi(l)}–${Wi(o[u+1])}`):[],c=new Int32Array(i.length);for(let l=0;l<i.length;l++){let u=i[l];if(Number.isNaN(u)){c[l]=-1;continue}let h=0;for(;h<n.length&&u>=n[h];)h++;c[l]=h}return{codes:c,names:a}}function Fp(i,e,t,n,r=3){let s=n.names.length,o=new Float64Array(s),a=new Float64Array(t*s),c=new Float64Array(t),l=0;for(let h=0;h<i.length;h++){let d=n.codes[e?e[h]:h];if(d<0||d===void 0)continue;o[d]++,l++;let f=i[h];f<0||f>=t||(a[f*s+d]++,c[f]++)}let u=[];for(let h=0;h<t;h++){let d=[];for(let f=0;f<s;f++){let m=a[h*s+f];if(m===0)continue;let y=m/c[h];d.push({value:n.names[f],share:y,score:y*Math.log(l/o[f])})}d.sort((f,m)=>m.score-f.score||m.share-f.share||(f.value<m.value?-1:1)),u.push(d.slice(0,r))}return u}function Mu(i){return i.slice(0,2).filter((t,n)=>n===0||t.score>=.5*i[0].score&&t.share>=.2).map(t=>`${t.value} (${Math.round(100*t.share)}%)`).join(", ")}function m_(i,e){return i[e]?.kind==="categorical"?e:i.findIndex(t=>t.kind==="categorical")}function Is(i){let e=i.clusterLabelColumn;return e!==null&&e<i.columns.length?e:m_(i.columns,i.colorColumn)}function g_(i){let e=C("div",{"data-testid":"legend"}),t=r=>{let s=i.state.focusCategory;return s===null?"":s===r?"ep-focus":"ep-faded"},n=()=>{let r=i.state.legend;if(r.kind==="categorical")e.dataset.kind="categorical",e.replaceChildren(C("ul",{className:"ep-legend"},...r.entries.map(s=>C("li",{"data-testid":"legend-entry","data-label":s.label,"data-count":s.count,title:`${s.label} — click to highlight`,className:t(s.label),onclick:()=>i.set({focusCategory:i.state.focusCategory===s.label?null:s.label})},C("span",{className:"ep-sw",style:`background:${s.color}`}),C("span",{className:"ep-lab"},s.label),C("span",{className:"ep-cnt"},s.count.toLocaleString("en-US"))))));else if(r.kind==="numeric"){e.dataset.kind="numeric";let s=Array.from({length:11},(o,a)=>`${Wu(a/10)} ${a*10}%`).join(",");e.replaceChildren(C("div",{className:"ep-gradient",style:`background:linear-gradient(to right,${s})`}),C("div",{className:"ep-gradient-labels"},C("span",{"data-testid":"legend-min"},Wi(r.min)),C("span",{"data-testid":"legend-max"},Wi(r.max))),r.missing?C("ul",{className:"ep-legend"},C("li",{},C("span",{className:"ep-sw",style:"background:#6f6f6f"}),C("span",{className:"ep-lab"},"(missing)"),C("span",{className:"ep-cnt"},String(r.missing)))):"")}else e.dataset.kind="none",e.replaceChildren()};return i.subscribe((r,s)=>{(s.has("legend")||s.has("focusCategory"))&&n()}),n(),e}function Up(i){let e=C("select",{"data-testid":"label-select","aria-label":"Label by"}),t=C("select",{"data-testid":"color-select","aria-label":"Colour by"}),n=C("input",{type:"checkbox","data-testid":"sprites"}),r=C("div",{className:"ep-row"},C("label",{},"Images"),n,C("span",{className:"ep-meta"},"draw points as their thumbnails")),s=C("input",{type:"range",min:"0.3",max:"4",step:"0.1",value:"1","data-testid":"point-size"}),o=C("input",{type:"checkbox","data-testid":"density-toggle"}),a=C("div",{className:"ep-row"},C("label",{},o," Density & clusters"),C("span",{className:"ep-meta"},"contours, labelled clusters")),c=C("select",{"data-testid":"density-label-select","aria-label":"Label clusters by"}),l=C("div",{className:"ep-row"},C("label",{},"Clusters by"),c);o.addEventListener("change",()=>i.set({showDensity:o.checked})),c.addEventListener("change",()=>i.set({clusterLabelColumn:Number(c.value)})),e.addEventListener("change",()=>i.set({labelColumn:Number(e.value)})),t.addEventListener("change",()=>i.set({colorColumn:Number(t.value)})),n.addEventListener("change",()=>i.set({showSprites:n.checked})),s.addEventListener("input",()=>i.set({pointSize:Number(s.value)}));let u=()=>{let h=i.state,d=h.columns.map((f,m)=>({value:String(m),label:f.name}));Et(e,[{value:"-1",label:"(point index)"},...d],String(h.labelColumn)),Et(t,[{value:"-1",label:"(none)"},...h.columns.map((f,m)=>({value:String(m),label:`${f.name} (${f.kind==="numeric"?"numeric":`${f.distinct} categories`})`}))],String(h.colorColumn)),e.disabled=t.disabled=h.columns.length===0,n.checked=h.showSprites,r.style.display=h.hasSprite?"":"none",s.value=String(h.pointSize),o.checked=h.showDensity,o.disabled=h.is3d,a.title=h.is3d?"Density contours and clusters are drawn on 2-D layouts only: switch to 2D":"",Et(c,[{value:"-1",label:"(no labels)"},...h.columns.map((f,m)=>({value:String(m),label:f.kind==="numeric"?`${f.name} (binned)`:f.name}))],String(Is(h))),l.style.display=h.showDensity&&!h.is3d?"":"none"};return i.subscribe((h,d)=>{["columns","labelColumn","colorColumn","showSprites","hasSprite","pointSize","showDensity","clusterLabelColumn","is3d"].some(f=>d.has(f))&&u()}),u(),C("section",{},C("h2",{},"Display"),C("div",{className:"ep-row"},C("label",{},"Label by"),e),C("div",{className:"ep-row"},C("label",{},"Colour by"),t),r,C("div",{className:"ep-row"},C("label",{},"Point size"),s),a,l,g_(i))}function vi(i,e){let t=i.state,n=t.columns[t.labelColumn];if(!n)return`#${e}`;let r=n.values[e]??"";return r===""?`#${e} (missing)`:r}function Op(i,e){let t=C("div",{className:"ep-inspector","data-testid":"inspector"}),n=()=>{let r=i.state,s=r.selected;if(s<0||s>=r.n){t.style.display="none",t.replaceChildren();return}t.style.display="block",t.dataset.index=String(s);let o=C("button",{"aria-label":"Clear selection","data-testid":"inspector-close"},"×");o.addEventListener("click",()=>i.set({selected:-1}));let a=e(),c=null;a&&s<a.count&&(c=C("canvas",{width:96,height:Math.round(96*a.thumbH/a.thumbW)}),_u(a,s,c));let l=r.columns.map(d=>{let f=d.values[s]??"";return C("tr",{"data-testid":"inspector-row","data-column":d.name},C("th",{},d.name),f===""?C("td",{className:"ep-missing"},"(missing)"):C("td",{},f))}),u=r.neighbors??[],h=C("ol",{className:"ep-nb","data-testid":"neighbors"},...u.slice(0,10).map(d=>C("li",{"data-testid":"neighbor","data-index":d.index,onclick:()=>i.set({selected:d.index})},C("span",{className:"ep-lab"},vi(i,d.index)),C("span",{className:"ep-cnt"},d.distance.toFixed(3)))));t.replaceChildren(C("h3",{},C("span",{"data-testid":"inspector-title"},vi(i,s)),o),c??"",C("table",{},C("tr",{},C("th",{},"index"),C("td",{},String(s))),...l),u.length?C("h4",{},`Nearest neighbours (${r.neighborMetric}, all ${r.d} dims)`):"",h,u.length>10?C("div",{className:"ep-meta"},`The ${u.length} nearest stay bright in the plot.`):"")};return i.subscribe((r,s)=>{(s.has("selected")||s.has("columns")||s.has("labelColumn")||s.has("neighbors"))&&n()}),n(),t}function Bp(){let i=C("div",{"data-testid":"tooltip-label"}),e=C("canvas",{width:64,height:64,"data-testid":"tooltip-thumb"}),t=C("div",{className:"ep-tooltip","data-testid":"tooltip"},i,e);return{el:t,show(n,r,s,o,a){i.textContent=s,t.dataset.index=String(a),o&&a<o.count?(e.height=Math.round(64*o.thumbH/o.thumbW),_u(o,a,e),e.style.display=""):e.style.display="none",t.style.display="block";let c=t.parentElement?.getBoundingClientRect(),l=t.offsetWidth,u=t.offsetHeight,h=c&&n+14+l>c.width?n-14-l:n+14,d=c&&r+14+u>c.height?r-14-u:r+14;t.style.left=`${Math.max(0,h)}px`,t.style.top=`${Math.max(0,d)}px`},hide(){t.style.display="none",delete t.dataset.index}}}var y_=4;function kp({store:i,scatter:e,tooltip:t,positionsReady:n,atlas:r,click:s}){let o=e.canvas,a=d=>{let f=o.getBoundingClientRect();return{x:d.clientX-f.left,y:d.clientY-f.top}},c=()=>{i.set({hovered:-1}),t.hide()},l=null,u=null,h=(d,f)=>{let m=e.pick(d,f);i.set({hovered:m}),m>=0?t.show(d,f,vi(i,m),r(),m):t.hide()};o.addEventListener("pointerdown",d=>{l={x:d.clientX,y:d.clientY},u=null,t.hide()}),o.addEventListener("pointermove",d=>{d.buttons||!n()||(u=a(d),e.changing||h(u.x,u.y))}),e.onSettle=()=>{u&&n()&&h(u.x,u.y)},window.addEventListener("keydown",d=>{d.key==="Escape"?i.set({selected:-1}):(d.key==="r"||d.key==="R")&&!(d.target instanceof HTMLInputElement||d.target instanceof HTMLSelectElement)&&e.controls.reset()}),o.addEventListener("pointerleave",()=>{u=null,c()}),o.addEventListener("pointerup",d=>{if(!l||!n())return;let f=Math.hypot(d.clientX-l.x,d.clientY-l.y)>y_;if(l=null,f)return;let{x:m,y}=a(d);s(e.pick(m,y),d)}),e.onCameraChange=()=>{i.state.hovered>=0&&c()}}function zp(i){let e=C("select",{"data-testid":"method-select","aria-label":"Projection"}),t=C("input",{type:"checkbox","data-testid":"spherize"}),n=C("button",{"data-testid":"mode-2d"},"2D"),r=C("button",{"data-testid":"mode-3d"},"3D"),s=["X","Y","Z"].map(u=>C("select",{"data-testid":`axis-${u.toLowerCase()}`,"aria-label":u})),o=C("table",{className:"ep-var","data-testid":"variance-table"}),a=C("div",{className:"ep-meta","data-testid":"variance-total"});e.addEventListener("change",()=>i.set({method:e.value,dims:[0,1,2]})),t.addEventListener("change",()=>i.set({spherize:t.checked})),n.addEventListener("click",()=>i.set({is3d:!1})),r.addEventListener("click",()=>{i.state.method!=="custom"&&i.set({is3d:!0})}),s.forEach((u,h)=>u.addEventListener("change",()=>{let d=[...i.state.dims];d[h]=Number(u.value),i.set({dims:d})}));let c=s.map((u,h)=>C("div",{className:"ep-row"},C("label",{},["X","Y","Z"][h]),u)),l=()=>{let u=i.state,h=[{value:"pca",label:"PCA"}];u.d>0&&u.d<=3&&h.push({value:"identity",label:"Identity (raw dimensions)"}),h.push({value:"tsne",label:"t-SNE"},{value:"umap",label:"UMAP"},{value:"custom",label:"Custom axes"});let d=u.method==="tsne"||u.method==="umap"||u.method==="custom";Et(e,h,u.method),t.checked=u.spherize;let f=u.method==="custom";n.classList.toggle("ep-on",!u.is3d||f),r.classList.toggle("ep-on",u.is3d&&!f),r.disabled=f,r.title=f?"Custom axes are 2D":"";let m=u.method==="pca"?u.variance?.length??0:u.d,y=Array.from({length:m},(v,_)=>({value:String(_),label:u.method==="pca"?`PC ${_+1}`+(u.variance?` (${(100*u.variance[_]).toFixed(1)}%)`:""):`dim ${_}`}));s.forEach((v,_)=>{Et(v,y,String(u.dims[_])),v.disabled=m===0}),c.forEach((v,_)=>{v.style.display=d||_===2&&!u.is3d?"none":""});let p=u.isolated&&u.isolatedVariance?u.isolatedVariance:null,g=p??u.variance;if(u.method==="pca"&&g){let v=new Set(u.dims.slice(0,u.is3d?3:2)),_=Math.max(...g,1e-12);o.replaceChildren(...g.map((w,x)=>C("tr",{className:v.has(x)?"ep-used":""},C("td",{},`PC ${x+1}`),C("td",{className:"ep-num","data-testid":"variance-pct"},`${(100*w).toFixed(2)}%`),C("td",{style:"width:45%"},C("div",{className:"ep-vbar",style:`width:${100*w/_}%`})))));let b=u.dims.slice(0,u.is3d?3:2).reduce((w,x)=>w+(g[x]??0),0),A=g.reduce((w,x)=>w+x,0);a.textContent=`Shown axes: ${(100*b).toFixed(2)}% of variance · top ${g.length}: ${(100*A).toFixed(2)}%`+(p?` · of ${u.isolated.length.toLocaleString("en-US")} isolated points`:""),a.dataset.shown=String(b),a.dataset.top=String(A)}else o.replaceChildren(),a.textContent=u.method==="identity"?"Points at their raw coordinates.":""};return i.subscribe((u,h)=>{["method","spherize","is3d","dims","variance","isolatedVariance","isolated","d"].some(d=>h.has(d))&&l()}),l(),C("section",{},C("h2",{},"Projection"),C("div",{className:"ep-row"},C("label",{},"Method"),e),C("div",{className:"ep-row"},C("label",{},"View"),C("span",{className:"ep-seg"},n,r)),C("div",{className:"ep-row"},C("label",{},"Spherize"),t,C("span",{className:"ep-meta"},"centre + unit length")),...c,o,a)}function x_(i){return C("div",{className:`ep-notice ep-${i.level}`,role:i.level==="error"?"alert":"status","data-testid":`notice-${i.level}`},C("div",{},i.message),i.file?C("div",{className:"ep-file"},i.file):null,i.hint?C("div",{className:"ep-hint"},i.hint):null)}function Gp(i){let e=C("div",{className:"ep-meta","data-testid":"progress-label"}),t=C("div",{className:"ep-fill"}),n=C("div",{className:"ep-progress","data-testid":"progress"},e,C("div",{className:"ep-bar"},t)),r=C("div",{"data-testid":"notices"}),s=C("section",{},n,r),o=a=>{let c=i.state;if(!a||a.has("loading")||a.has("computing")){let l=c.loading;if(n.style.display=l||c.computing?"":"none",l){let u=l.total?Math.min(100,100*l.loaded/l.total):null;e.textContent=`${l.label}: ${Sl(l.loaded)}${l.total?` of ${Sl(l.total)}`:""}`,t.classList.toggle("ep-indet",u===null),t.style.width=u===null?"":`${u}%`}else c.computing&&(e.textContent=c.computing,t.classList.add("ep-indet"))}(!a||a.has("notices"))&&r.replaceChildren(...c.notices.map(x_))};return i.subscribe((a,c)=>o(c)),o(),s}var Vp=`
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
`;function Hp(){return{firstPcaFrameEpoch:0,lastFrameEpoch:0,pcaDoneEpoch:0,dataLoadedEpoch:0,workerLoadedEpoch:0,projectionGeneration:0,drawnGeneration:-1,ready:!1,lastProgress:null}}function Wp({hook:i,store:e,scatter:t,positionsReady:n,analysis:r}){let s=t.canvas,o={hook:i,get state(){return e.state},set:a=>e.set(a),screenPositionOf(a){let c=t.screenPositionOf(a);if(!c)return null;let l=s.getBoundingClientRect();return{x:l.left+c.x,y:l.top+c.y}},pick:(a,c)=>t.pick(a,c),colorOf:a=>t.colorAt(a),isReady:()=>n()&&i.drawnGeneration===i.projectionGeneration&&!e.state.loading&&!e.state.computing,countPointPixels(){t.renderNow();let a=document.createElement("canvas");a.width=s.width,a.height=s.height;let c=a.getContext("2d");c.drawImage(s,0,0);let l=c.getImageData(0,0,a.width,a.height).data,u=[l[0],l[1],l[2]],h=0;for(let d=0;d<l.length;d+=4)Math.abs(l[d]-u[0])+Math.abs(l[d+1]-u[1])+Math.abs(l[d+2]-u[2])>30&&h++;return h},get drawCalls(){return t.drawCalls},get drawnPoints(){return t.drawnPoints},get moving(){return t.moving},get drawnMoving(){return t.drawnMoving},get frameTimes(){return t.frameTimes},controls:t.controls,analysis:r,renderNow:()=>t.renderNow()};return window.__embproj=o,o}function Xp(i){let e=null;try{e=window.parent&&window.parent!==window?window.parent.document.body:null}catch{e=null}let t=window.matchMedia?.("(prefers-color-scheme: dark)"),n=()=>e?e.classList.contains("dark-mode"):!!t?.matches,r=n();i(r);let s=()=>{let o=n();o!==r&&(r=o,i(o))};e?new MutationObserver(s).observe(e,{attributes:!0,attributeFilter:["class"]}):t?.addEventListener?.("change",s)}function v_(i,e){let t=Float64Array.from(i),n=new Float64Array(e*e);for(let a=0;a<e;a++)n[a*e+a]=1;for(let a=0;a<60;a++){let c=0;for(let l=0;l<e-1;l++)for(let u=l+1;u<e;u++){let h=0,d=0,f=0;for(let v=0;v<e;v++){let _=t[v*e+l],b=t[v*e+u];h+=_*_,d+=b*b,f+=_*b}if(Math.abs(f)<=1e-300||Math.abs(f)<=1e-15*Math.sqrt(h*d))continue;c=Math.max(c,Math.abs(f)/Math.sqrt(h*d));let m=(d-h)/(2*f),y=Math.sign(m||1)/(Math.abs(m)+Math.sqrt(1+m*m)),p=1/Math.sqrt(1+y*y),g=p*y;for(let v=0;v<e;v++){let _=t[v*e+l],b=t[v*e+u];t[v*e+l]=p*_-g*b,t[v*e+u]=g*_+p*b;let A=n[v*e+l],w=n[v*e+u];n[v*e+l]=p*A-g*w,n[v*e+u]=g*A+p*w}}if(c<1e-15)break}let r=new Float64Array(e),s=new Float64Array(e*e);for(let a=0;a<e;a++){let c=0;for(let l=0;l<e;l++)c+=t[l*e+a]**2;if(r[a]=Math.sqrt(c),r[a]>1e-300)for(let l=0;l<e;l++)s[l*e+a]=t[l*e+a]/r[a]}let o=Math.max(...r,0);for(let a=0;a<e;a++)if(!(r[a]>1e-12*o&&r[a]>1e-300)){r[a]=0;for(let c=0;c<e;c++){let l=new Float64Array(e);l[c]=1;for(let h=0;h<e;h++){if(h===a||r[h]===0&&h>a)continue;let d=0;for(let f=0;f<e;f++)d+=l[f]*s[f*e+h];for(let f=0;f<e;f++)l[f]-=d*s[f*e+h]}let u=Math.hypot(...l);if(u>1e-6){for(let h=0;h<e;h++)s[h*e+a]=l[h]/u;break}}}return{u:s,s:r,v:n}}function b_(i,e,t,n,r){let s=r?r.length:t,o=v=>r?r[v]:v,a=new Float64Array(n),c=new Float64Array(n);for(let v=0;v<s;v++){let _=o(v);for(let b=0;b<n;b++)a[b]+=i[_*n+b],c[b]+=e[_*n+b]}for(let v=0;v<n;v++)a[v]/=s||1,c[v]/=s||1;let l=new Float64Array(n*n),u=0;for(let v=0;v<s;v++){let _=o(v);for(let b=0;b<n;b++){let A=i[_*n+b]-a[b];u+=A*A;for(let w=0;w<n;w++)l[b*n+w]+=A*(e[_*n+w]-c[w])}}let{u:h,s:d,v:f}=v_(l,n),m=new Float64Array(n*n);for(let v=0;v<n;v++)for(let _=0;_<n;_++){let b=0;for(let A=0;A<n;A++)b+=h[v*n+A]*f[_*n+A];m[v*n+_]=b}let y=d.reduce((v,_)=>v+_,0),p=u>0?y/u:1,g=new Float64Array(n);for(let v=0;v<n;v++){let _=0;for(let b=0;b<n;b++)_+=a[b]*m[b*n+v];g[v]=c[v]-p*_}return{k:n,scale:p,rotation:m,translation:g}}function __(i,e,t){let n=t.k,r=new Float32Array(e*n);for(let s=0;s<e;s++)for(let o=0;o<n;o++){let a=0;for(let c=0;c<n;c++)a+=i[s*n+c]*t.rotation[c*n+o];r[s*n+o]=t.scale*a+t.translation[o]}return r}function qp(i,e,t,n,r){return __(i,t,b_(i,e,t,n,r))}function $p(i,e,t,n){let r=new Float32Array(t);for(let s=0;s<t;s++){let o=0;for(let a=0;a<n;a++)o+=(i[s*n+a]-e[s*n+a])**2;r[s]=Math.sqrt(o)}return r}function Yp(i,e){let t=Math.max(0,Math.min(i.length,Math.round(i.length*e)));if(t===0)return new Int32Array(0);let n=Array.from({length:i.length},(r,s)=>s).sort((r,s)=>i[s]-i[r]);return Int32Array.from(n.slice(0,t)).sort()}var ll=class{constructor(e){P(this,"scatter",e);P(this,"alignNext",!1);P(this,"keepNextView",!1);P(this,"align",!0);P(this,"animate",!0);P(this,"animationMs",400);P(this,"animating",!1);P(this,"displacement",null);P(this,"onDisplacement",null);P(this,"last",null);P(this,"positions",null);P(this,"stepping",!1);P(this,"raf",0)}beforePlace(e,t,n){let r=this.last;this.stepping=this.alignNext&&r!==null&&r.n===n&&r.k===t,this.alignNext=!1;let s=e;if(this.stepping){this.align&&(s=qp(e,r.coords,n,t));let o=$p(s,r.coords,n,t),a=S_(r.coords,n,t);if(a>0)for(let c=0;c<n;c++)o[c]/=a;this.displacement=o,this.onDisplacement?.(o)}else this.displacement&&(this.displacement=null,this.onDisplacement?.(null));return this.last={coords:s,k:t,n},s}present(e,t){let n=this.positions;this.positions=e,this.stop(),this.stepping&&this.animate&&this.animationMs>0&&n&&n.length===e.length?this.tween(n,e,t):this.scatter.setPositions(e,t),this.stepping=!1}topMoved(e){return this.displacement?Yp(this.displacement,e):null}stop(){this.raf&&cancelAnimationFrame(this.raf),this.raf=0,this.animating=!1}tween(e,t,n){let r=performance.now(),s=new Float32Array(t.length);this.animating=!0;let o=()=>{let a=Math.min(1,(performance.now()-r)/this.animationMs);if(a>=1){this.raf=0,this.animating=!1,this.scatter.setPositions(t,n);return}let c=a<.5?2*a*a:1-(-2*a+2)**2/2;for(let l=0;l<s.length;l++)s[l]=e[l]+(t[l]-e[l])*c;this.scatter.setPositions(s,n),this.raf=requestAnimationFrame(o)};this.scatter.setPositions(e,n),this.raf=requestAnimationFrame(o)}};function S_(i,e,t){let n=0;for(let r=0;r<t;r++){let s=1/0,o=-1/0;for(let a=0;a<e;a++){let c=i[a*t+r];c<s&&(s=c),c>o&&(o=c)}o>=s&&(n=Math.max(n,(o-s)/2))}return n}var cl="embproj";function M_(i){let e=new URLSearchParams;i.run!=null&&e.set("run",i.run),i.tensor!=null&&e.set("tensor",i.tensor),i.step!=null&&e.set("step",String(i.step)),i.method&&e.set("proj",i.method),i.dims&&e.set("dims",i.dims.join(",")),i.is3d!=null&&e.set("3d",i.is3d?"1":"0"),i.spherize!=null&&e.set("sph",i.spherize?"1":"0");for(let t of["perplexity","learningRate","neighbors","minDist"])i[t]!=null&&e.set(t,String(i[t]));return e.toString()}function w_(i){let e=new URLSearchParams(i),t={},n=o=>{let a=e.get(o);return a!==null&&a!==""&&Number.isFinite(Number(a))?Number(a):void 0};e.has("run")&&(t.run=e.get("run")),e.has("tensor")&&(t.tensor=e.get("tensor"));let r=n("step");r!==void 0&&(t.step=r),e.get("proj")&&(t.method=e.get("proj"));let s=e.get("dims")?.split(",").map(Number).filter(o=>Number.isInteger(o)&&o>=0);s&&s.length>=2&&(t.dims=s),e.has("3d")&&(t.is3d=e.get("3d")==="1"),e.has("sph")&&(t.spherize=e.get("sph")==="1");for(let o of["perplexity","learningRate","neighbors","minDist"]){let a=n(o);a!==void 0&&(t[o]=a)}return t}function A_(i){let e=i.replace(/^#/,"");for(let t of e.split("&"))if(t.startsWith(`${cl}=`))return w_(decodeURIComponent(t.slice(cl.length+1)));return null}function E_(i,e){let t=i.replace(/^#/,"").split("&").filter(n=>n&&!n.startsWith(`${cl}=`));return t.length||t.push("embproj"),t.push(`${cl}=${encodeURIComponent(M_(e))}`),"#"+t.join("&")}function wu(){try{if(window.parent&&window.parent!==window&&window.parent.location.href)return window.parent}catch{}return window}function Kp(){try{return wu().location.hash.replace(/^#/,"").split("&")[0]}catch{return""}}function Jp(){try{return A_(wu().location.hash)}catch{return null}}function Au(i){let e=wu(),t=E_(e.location.hash,i);try{e.history.replaceState(e.history.state,"",t)}catch{}return e.location.href.split("#")[0]+t}function Zp(i){let e=i.info?.embeddings.find(t=>t.tensorName===i.tensorName);return i.step!==null&&(e?.checkpointSteps??[]).includes(i.step)?i.step:e?.step??null}function jp(i,e=null){let t={run:i.run??void 0,tensor:i.tensorName??void 0,step:Zp(i),method:i.method,dims:i.dims.slice(0,i.is3d?3:2),is3d:i.is3d,spherize:i.spherize};return e&&i.method==="tsne"&&(t.perplexity=e.perplexity,e.learningRate!=="auto"&&(t.learningRate=e.learningRate)),e&&i.method==="umap"&&(t.neighbors=e.neighbors,t.minDist=e.minDist),t}function Qp(i,e=null){return Au(jp(i.state,e?.params()??null))}var T_=["run","tensorName","method","dims","is3d","spherize","info","step","perplexity","learningRate","neighbors","minDist"];function em(i,e,t){let n=Jp(),r=n,s=!1;return n?.run&&i.set({run:n.run,...n.tensor?{tensorName:n.tensor}:{},step:n.step??null}),i.subscribe((o,a)=>{if(r&&o.info&&!o.loading){let c=o.info.embeddings.find(l=>l.tensorName===o.tensorName);(!c||c.error)&&(r=null)}if(r&&o.n>0&&!o.loading&&o.tensorName!==null){let c=r;if(c.tensor&&o.tensorName!==c.tensor&&o.info?.embeddings.some(h=>h.tensorName===c.tensor)){i.set({tensorName:c.tensor});return}let l=o.info?.embeddings.find(h=>h.tensorName===o.tensorName);if(c.step!=null&&l?.checkpointSteps?.includes(c.step)&&Zp(o)!==c.step){r={...c,step:null},e(c.step);return}r=null;let u={};c.spherize!=null&&(u.spherize=c.spherize),(c.method==="pca"||c.method==="identity"&&o.d<=3||(c.method==="tsne"||c.method==="umap"||c.method==="custom")&&t.supportsMethod(c.method))&&(u.method=c.method),c.is3d!=null&&(u.is3d=c.is3d),c.dims&&(u.dims=[c.dims[0]??0,c.dims[1]??1,c.dims[2]??2]),t.setParams({perplexity:c.perplexity,learningRate:c.learningRate,neighbors:c.neighbors,minDist:c.minDist}),i.set(u);return}if(!(r||s||!o.run||!["","embproj"].includes(Kp()))&&T_.some(c=>a.has(c))){s=!0;try{Au(jp(o,t.params()))}finally{s=!1}}}),n}var R_=new Set(["pca","identity","tsne","umap","custom"]);function C_(i,e){return i===null||e===null?i===e:i.length===e.length&&i.every((t,n)=>t===e[n])}function Ls(i,e=12e4,t=()=>!0){let n=performance.now();return new Promise((r,s)=>{let o=()=>{i.isReady()&&t()?r():performance.now()-n>e?s(new Error("the view did not finish loading")):setTimeout(o,50)};setTimeout(o,50)})}function P_(i){if(!i.is3d)return{orthographic:!0,position:[i.v2.cx,i.v2.cy,10],target:[i.v2.cx,i.v2.cy,0],zoom:i.v2.zoom};let e=i.persp.position,t=i.v3.target;return{orthographic:!1,position:[e.x,e.y,e.z],target:[t.x,t.y,t.z],zoom:1}}function I_(i,e,t){let n=e.target.map(r=>Number.isFinite(r)?r:0);if(!t)i.v2={cx:n[0]??0,cy:n[1]??0,zoom:Math.min(5e3,Math.max(.05,e.zoom||1))};else{let r=(e.position[0]??0)-(n[0]??0),s=(e.position[1]??0)-(n[1]??0),o=(e.position[2]??0)-(n[2]??0),a=Math.hypot(r,s,o)||3;i.v3={theta:Math.atan2(r,o),phi:Math.min(Math.PI-.05,Math.max(.05,Math.acos(Math.max(-1,Math.min(1,s/a))))),distance:Math.min(50,Math.max(.02,a)),target:new X(n[0]??0,n[1]??0,n[2]??0)}}i.update()}function tm(i,e){let t=i.store.state,n=i.lastLayout(),r=i.params(),s=t.selection.length?Array.from(t.selection):t.selected>=0?[t.selected]:[],o=t.isolated;return{label:e,method:R_.has(t.method)?t.method:"pca",n:t.n,d:t.d,is3d:t.is3d,dims:[...t.dims],spherize:t.spherize,coords:n?Float64Array.from(n.coords):null,k:n?.k??(t.is3d?3:2),camera:P_(i.controls),selected:s,filtered:o&&o.length?Array.from(o):null,colorBy:t.columns[t.colorColumn]?.name??null,labelBy:t.columns[t.labelColumn]?.name??null,tsne:{perplexity:r.perplexity,learningRate:r.learningRate==="auto"?1:Math.log10(r.learningRate),auto:r.learningRate==="auto",iteration:r.iteration,is3d:t.is3d},umap:{neighbors:r.neighbors,minDist:r.minDist,is3d:t.is3d},step:L_(i),source:null}}function L_(i){let e=i.store.state,t=e.info?.embeddings.find(n=>n.tensorName===e.tensorName);return e.step!==null&&(t?.checkpointSteps??[]).includes(e.step)?e.step:t?.step??null}function N_(i,e){return i.n&&e.n&&i.n!==e.n?`This bookmark is for ${i.n.toLocaleString("en-US")} points; the tensor has ${e.n.toLocaleString("en-US")}.`:i.coords&&i.coords.length!==i.k*e.n?`This bookmark holds coordinates for ${i.coords.length/i.k} points; the tensor has ${e.n}.`:null}async function nm(i,e){let t=i.store.state,n=N_(e,t);if(n)throw new Error(n);let r=f=>f===null?-1:t.columns.findIndex(m=>m.name===f),s={},o=e.coords?e.k===3:e.is3d;(e.method==="identity"?t.d<=3:i.supportsMethod(e.method))&&(s.method=e.method),s.is3d=o,(e.method==="pca"||e.method==="identity")&&(s.dims=[e.dims[0]??0,e.dims[1]??1,e.dims[2]??2]),e.spherize!==null&&(s.spherize=e.spherize);let c=r(e.colorBy),l=r(e.labelBy);(e.colorBy===null||e.colorBy==="No color map"||c>=0)&&(s.colorColumn=c),l>=0&&(s.labelColumn=l);let u=f=>Int32Array.from(new Set(f.filter(m=>m<t.n))).sort();s.selection=u(e.selected),s.selected=e.selected.length===1?e.selected[0]:e.selected.length&&e.selected.includes(t.selected)?t.selected:-1,i.setParams({perplexity:e.tsne.perplexity,learningRate:e.tsne.auto?"auto":10**e.tsne.learningRate,neighbors:e.umap.neighbors,minDist:e.umap.minDist});let h=e.method==="pca"&&(s.spherize!==void 0&&s.spherize!==t.spherize||!t.variance||t.method!=="pca")||e.method==="identity"&&t.method!=="identity",d=e.filtered&&e.filtered.length?u(e.filtered):null;if(C_(d,t.isolated)||(t.method!=="pca"&&t.method!=="identity"&&i.setQuiet({method:"pca"}),i.store.set({isolated:d}),await Ls(i)),i.setQuiet(s),i.controls.set3d(o),(!e.coords||h)&&await i.recompute(),e.coords){let f=e.k===3?3:2,m=e.method==="pca"?null:e.method==="tsne"?"t-SNE":e.method==="umap"?"UMAP":e.method,y=Array.from({length:f},(p,g)=>m?`${m}-${g}`:`PC${(e.dims[g]??g)+1}`);i.steps.alignNext=!1,i.placeMethod(e.method,Float32Array.from(e.coords),f,y)}e.camera&&I_(i.controls,e.camera,o)}var zi={tSNEIteration:0,tSNEPerplexity:30,tSNELearningRate:1,tSNEis3d:!0,umapIs3d:!0,umapNeighbors:15,umapMinDist:.1},Qn=(i,e)=>typeof i=="number"&&Number.isFinite(i)?i:e,im=(i,e)=>typeof i=="boolean"?i:e,rm=i=>typeof i=="string"&&i!==""?i:null,ul=i=>Array.isArray(i)?i.filter(e=>Number.isInteger(e)&&e>=0):[];function sm(i,e,t){return i==="pca"?e.slice(0,t).map(n=>`pca-${n}`):i==="tsne"?Array.from({length:t},(n,r)=>`tsne-${r}`):i==="umap"?Array.from({length:t},(n,r)=>`umap-${r}`):i==="identity"?Array.from({length:t},(n,r)=>`embproj-identity-${r}`):["linear-x","linear-y","linear-z"].slice(0,t)}function D_(i){if(!i||typeof i!="object"||Array.isArray(i))throw new Error("a bookmark must be a JSON object");let e=i,t=e.selectedProjection,n=t==="tsne"||t==="umap"||t==="custom"?t:"pca";e.embprojMethod==="identity"&&(n="identity");let r=ul(e.pcaComponentDimensions),s=im(e.tSNEis3d,zi.tSNEis3d),o=im(e.umapIs3d,zi.umapIs3d),a=ul(e.embprojDims),c,l;for(n==="pca"?(l=r.length>=2?r:[0,1,2],c=r.length>=3||r.length<2&&!!e.projections?.[0]?.["pca-2"]):n==="tsne"?(l=[0,1,2],c=s):n==="umap"?(l=[0,1,2],c=o):(l=a.length>=2?a:[0,1,2],c=typeof e.embprojIs3d=="boolean"?e.embprojIs3d:!1),typeof e.embprojIs3d=="boolean"&&(c=e.embprojIs3d),a.length>=2&&n==="pca"&&(l=a);l.length<3;)l.push(l.length);let u=Array.isArray(e.dataSetDimensions)?e.dataSetDimensions:[],h=Array.isArray(e.projections)?e.projections:[],d=c?3:2,f=sm(n,l,d);d===3&&h.length&&typeof h[0]?.[f[2]]!="number"&&(d=2,c=!1,f=f.slice(0,2));let m=null;h.length&&f.every(v=>typeof h[0]?.[v]=="number")&&(m=new Float64Array(h.length*d),h.forEach((v,_)=>f.forEach((b,A)=>{m[_*d+A]=Qn(v?.[b],NaN)})));let y=e.cameraDef,p=y&&Array.isArray(y.position)&&Array.isArray(y.target)?{orthographic:!!y.orthographic,position:y.position.map(Number),target:y.target.map(Number),zoom:Qn(y.zoom,1)}:null,g=ul(e.filteredPoints);return{label:typeof e.label=="string"?e.label:"",method:n,n:Qn(u[0],h.length),d:Qn(u[1],0),is3d:c,dims:l.slice(0,3),spherize:typeof e.embprojSpherize=="boolean"?e.embprojSpherize:null,coords:m,k:d,camera:p,selected:ul(e.selectedPoints),filtered:g.length?g:null,colorBy:rm(e.selectedColorOptionName),labelBy:rm(e.selectedLabelOption),tsne:{perplexity:Qn(e.tSNEPerplexity,zi.tSNEPerplexity),learningRate:Qn(e.tSNELearningRate,zi.tSNELearningRate),iteration:Qn(e.tSNEIteration,zi.tSNEIteration),is3d:s,auto:e.embprojTsneAutoRate===!0},umap:{neighbors:Qn(e.umapNeighbors,zi.umapNeighbors),minDist:Qn(e.umapMinDist,zi.umapMinDist),is3d:o},step:typeof e.embprojStep=="number"?e.embprojStep:null,source:e}}function hl(i){let e=i.source??{},t=i.coords?i.k:0,n=sm(i.method,i.dims,t),r=[];if(i.coords&&t){let a=i.coords.length/t;for(let c=0;c<a;c++){let l={};n.forEach((u,h)=>{l[u]=i.coords[c*t+h]}),r.push(l)}}let s=i.method==="identity"?"custom":i.method,o={...F_,...e,label:i.label,isSelected:!1,selectedProjection:s,dataSetDimensions:[i.n,i.d],tSNEIteration:i.tsne.iteration,tSNEPerplexity:i.tsne.perplexity,tSNELearningRate:i.tsne.learningRate,tSNEis3d:i.method==="tsne"?i.is3d:i.tsne.is3d,umapIs3d:i.method==="umap"?i.is3d:i.umap.is3d,umapNeighbors:i.umap.neighbors,umapMinDist:i.umap.minDist,pcaComponentDimensions:i.method==="pca"?i.dims.slice(0,i.is3d?3:2):e.pcaComponentDimensions??[0,1,2],projections:r,filteredPoints:i.filtered?[...i.filtered]:[],selectedPoints:[...i.selected],shuffledDataIndices:Array.isArray(e.shuffledDataIndices)?e.shuffledDataIndices:[],cameraDef:i.camera??{orthographic:!i.is3d,position:i.is3d?[1.5,1.5,1.5]:[0,0,4],target:[0,0,0],zoom:1},selectedColorOptionName:i.colorBy??"No color map",forceCategoricalColoring:typeof e.forceCategoricalColoring=="boolean"?e.forceCategoricalColoring:!1,selectedLabelOption:i.labelBy??"",embprojMethod:i.method,embprojIs3d:i.is3d,embprojDims:i.dims.slice(0,3)};return i.spherize!==null&&(o.embprojSpherize=i.spherize),i.tsne.auto?o.embprojTsneAutoRate=!0:delete o.embprojTsneAutoRate,i.step!==null?o.embprojStep=i.step:delete o.embprojStep,o}var F_={customSelectedSearchByMetadataOption:"",customXLeftText:"",customXLeftRegex:!0,customXRightText:"",customXRightRegex:!0,customYUpText:"",customYUpRegex:!0,customYDownText:"",customYDownRegex:!0};function Eu(i){let e=typeof i=="string"?JSON.parse(i):i;return(Array.isArray(e)?e:[e]).map((n,r)=>{try{return D_(n)}catch(s){throw new Error(`bookmark ${r+1}: ${s.message}`)}})}function om(i){return JSON.stringify(i.map(hl))}function Ns(i,e){let t=i.find(a=>a.tensorName===e);if(!t)return null;let n=(t.checkpointSteps??[]).filter(a=>Number.isInteger(a));if(n.length>=2)return{tag:t.tag??t.tensorName,kind:"checkpoints",entries:[...new Set(n)].sort((a,c)=>a-c).map(a=>({step:a,tensorName:t.tensorName,fetchStep:a}))};if(t.tag==null||t.step==null)return null;let r=i.filter(a=>a.tag===t.tag&&typeof a.step=="number"&&!a.error);if(r.length<2)return null;let s=new Map;for(let a of r)s.has(a.step)||s.set(a.step,a);let o=[...s.entries()].sort((a,c)=>a[0]-c[0]).map(([a,c])=>({step:a,tensorName:c.tensorName,fetchStep:null}));return o.length>=2?{tag:t.tag,kind:"tags",entries:o}:null}function am(i,e,t,n){if(i.kind==="checkpoints"){let r=t??n,s=i.entries.findIndex(o=>o.step===r);return s>=0?s:i.entries.length-1}return Math.max(0,i.entries.findIndex(r=>r.tensorName===e))}var U_=`
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
`;function lm(i){let e=i.store;document.head.appendChild(C("style",{},U_));let t=new Map,n=new Set,r=-1,s=()=>{let R=e.state,L=R.info?Ns(R.info.embeddings,R.tensorName):null;return`${R.run}\0${L?.kind==="tags"?`tag:${L.tag}`:R.tensorName}`},o=()=>{let R=s();return t.has(R)||t.set(R,[]),t.get(R)},a=C("ul",{className:"ep-bm-list","data-testid":"bookmark-list"}),c=C("div",{className:"ep-bm-msg","data-testid":"bookmark-message",role:"status"}),l=(R,L,k)=>C("button",{"data-testid":R,title:k},L),u=l("bookmark-add","+ Add","Bookmark the current view (projection, coordinates, camera, selection, colours)"),h=l("bookmark-prev","◀","Previous bookmark"),d=l("bookmark-next","▶","Next bookmark"),f=l("bookmark-download","Download","Download as JSON (TensorBoard's bookmark format)"),m=l("bookmark-upload","Upload","Add bookmarks from a JSON file (ours or TensorBoard's)"),y=l("bookmark-save","Save to logdir","Write the bookmarks beside the projector config"),p=l("copy-link","Copy link","Copy a link that reopens this run, tensor and projection"),g=C("input",{className:"ep-bm-link","data-testid":"link-url",readonly:!0,"aria-label":"Link"});g.style.display="none";let v=C("input",{type:"file",accept:".json,application/json","data-testid":"bookmark-file",style:"display:none"}),_=C("div",{className:"ep-bm-msg","data-testid":"bookmark-save-hint"}),b=(R,L=!1)=>{c.textContent=R,c.classList.toggle("ep-bm-err",L)},A=async R=>{let L=o();if(!(R<0||R>=L.length)){r=R,x();try{await w(L[R].view.step),await nm(i,L[R].view),b(`Loaded “${L[R].view.label}”.`)}catch(k){b(k.message,!0)}}},w=async R=>{let L=e.state,k=R===null||!L.info?null:Ns(L.info.embeddings,L.tensorName),I=k?.entries.find(z=>z.step===R);if(!k||!I)return;let W=L.info.embeddings.find(z=>z.tensorName===L.tensorName);(k.kind==="checkpoints"&&L.step!==null&&(W?.checkpointSteps??[]).includes(L.step)?L.step:W?.step)!==R&&(i.steps.alignNext=!1,i.steps.keepNextView=!0,I.fetchStep!==null?e.set({step:I.fetchStep}):e.set({tensorName:I.tensorName,step:null}),await Ls(i,12e4,()=>e.state.tensorName===I.tensorName))},x=()=>{let R=o();a.replaceChildren(...R.map((W,q)=>{let z=C("span",{className:"ep-bm-name","data-testid":"bookmark-name",title:"Load this view"},W.view.label||`Bookmark ${q+1}`);z.addEventListener("click",()=>{A(q)});let ne=C("button",{"data-testid":"bookmark-rename",title:"Rename"},"✎"),K=C("li",{"data-testid":"bookmark-item",className:q===r?"ep-bm-active":""},z,ne,C("button",{"data-testid":"bookmark-up",title:"Move up",disabled:q===0,onclick:()=>E(q,-1)},"↑"),C("button",{"data-testid":"bookmark-down",title:"Move down",disabled:q===R.length-1,onclick:()=>E(q,1)},"↓"),C("button",{"data-testid":"bookmark-delete",title:"Delete",onclick:()=>U(q)},"×"));return ne.addEventListener("click",()=>{let ee=C("input",{value:W.view.label,"data-testid":"bookmark-rename-input","aria-label":"Bookmark name"}),ie=Me=>{Me&&ee.value.trim()&&(W.view.label=ee.value.trim()),x()};ee.addEventListener("keydown",Me=>{Me.key==="Enter"?ie(!0):Me.key==="Escape"&&ie(!1)}),ee.addEventListener("blur",()=>ie(!0)),z.replaceWith(ee),ee.focus(),ee.select()}),K}));let L=e.state,k=L.n>0&&!!i.lastLayout()&&!L.loading;u.disabled=!k,h.disabled=d.disabled=R.length===0,f.disabled=R.length===0;let I=!!L.info?.writable;y.disabled=!I||R.length===0||!L.tensorName,_.textContent=I?"":"Saving to the logdir is off: start TensorBoard with --embproj_allow_writes.",y.title=I?"Write the bookmarks beside the projector config":_.textContent},E=(R,L)=>{let k=o(),I=R+L;I<0||I>=k.length||([k[R],k[I]]=[k[I],k[R]],r===R?r=I:r===I&&(r=R),x())},U=R=>{o().splice(R,1),r===R?r=-1:r>R&&r--,x()};u.addEventListener("click",()=>{let R=o(),L=tm(i,""),k={pca:"PCA",tsne:"t-SNE",umap:"UMAP",custom:"Custom",identity:"Raw dims"};L.label=`${R.length+1}. ${k[L.method]??L.method} ${L.is3d?"3D":"2D"}${L.step!==null?` · step ${L.step}`:""}${L.selected.length?` · ${L.selected.length} selected`:""}`,R.push({view:L}),r=R.length-1,b(`Added “${L.label}”.`),x()}),h.addEventListener("click",()=>{let R=o();R.length&&A(r<=0?R.length-1:r-1)}),d.addEventListener("click",()=>{let R=o();R.length&&A(r<0||r>=R.length-1?0:r+1)}),f.addEventListener("click",()=>{let R=e.state,L=new Blob([om(o().map(I=>I.view))],{type:"application/json"}),k=C("a",{href:URL.createObjectURL(L),download:`bookmarks_${(R.tensorName??"embedding").replace(/[^\w.-]+/g,"_")}.json`});document.body.appendChild(k),k.click(),k.remove(),setTimeout(()=>URL.revokeObjectURL(k.href),1e4)}),m.addEventListener("click",()=>v.click()),v.addEventListener("change",async()=>{let R=v.files?.[0];if(v.value="",!!R){try{let L=Eu(await R.text());o().push(...L.map(k=>({view:k}))),b(`Added ${L.length} bookmark${L.length===1?"":"s"} from ${R.name}.`)}catch(L){b(`${R.name}: ${L.message}`,!0)}x()}}),y.addEventListener("click",async()=>{let R=e.state;if(!(!R.run||!R.tensorName))try{let L=await Pt.saveBookmarks(R.run,R.tensorName,o().map(k=>hl(k.view)));b(`Saved to ${L}`)}catch(L){let k=un("error",L);b([k.message,k.file,k.hint].filter(Boolean).join(" — "),!0)}}),p.addEventListener("click",async()=>{let R=Qp(e,i);g.value=R,g.style.display="",g.select();try{await navigator.clipboard.writeText(R),b("Link copied.")}catch{try{document.execCommand("copy"),b("Link copied.")}catch{b("Copy the link above.")}}});let N=async()=>{let R=e.state,L=s(),k=R.info?.embeddings.find(I=>I.tensorName===R.tensorName);if(!(!R.run||!k||!k.hasBookmarks||n.has(L))){n.add(L);try{let I=Eu(await Pt.bookmarks(R.run,k.tensorName));if(s()!==L)return;o().length||(o().push(...I.map(W=>({view:W}))),r=-1),b(`${I.length} bookmark${I.length===1?"":"s"} from ${k.bookmarksPath??"the config"}.`),x()}catch(I){b(`Bookmarks file: ${un("error",I).message}`,!0)}}};return e.subscribe((R,L)=>{(L.has("run")||L.has("tensorName"))&&(r=-1,c.textContent=""),(L.has("info")||L.has("tensorName")||L.has("run"))&&N(),["info","tensorName","run","n","loading","computing"].some(k=>L.has(k))&&x()}),x(),window.__embprojBookmarks={list:()=>o().map(R=>hl(R.view)),load:R=>A(R)},C("section",{"data-testid":"bookmarks-panel"},C("h2",{},"Bookmarks"),C("div",{className:"ep-bm-bar"},u,h,d),a,C("div",{className:"ep-bm-bar"},f,m,y,v),_,c,C("div",{className:"ep-bm-bar"},p),g)}function cm(i){let e=i.store,t=C("input",{type:"range",min:"0",max:"0",step:"1","data-testid":"step-slider","aria-label":"Step"}),n=C("span",{className:"ep-meta","data-testid":"step-label"}),r=C("button",{"data-testid":"step-prev",title:"Previous step"},"◀"),s=C("button",{"data-testid":"step-next",title:"Next step"},"▶"),o=C("button",{"data-testid":"step-play",title:"Play through the steps"},"Play"),a=C("input",{type:"checkbox","data-testid":"step-align",checked:!0}),c=C("input",{type:"checkbox","data-testid":"step-animate",checked:!0}),l=C("input",{type:"checkbox","data-testid":"step-highlight"}),u=C("input",{type:"number",min:"1",max:"100",value:"10","data-testid":"step-highlight-pct","aria-label":"Percent of points",style:"width:4em"}),h=C("div",{className:"ep-meta","data-testid":"step-moved"}),d=C("section",{"data-testid":"steps-panel"},C("h2",{},"Training steps"),C("div",{className:"ep-row"},r,t,s),C("div",{className:"ep-row"},n,o),C("div",{className:"ep-row"},C("label",{},"Align"),a,C("span",{className:"ep-meta"},"Procrustes onto the previous step")),C("div",{className:"ep-row"},C("label",{},"Animate"),c),C("div",{className:"ep-row"},C("label",{},"Moved"),l,C("span",{className:"ep-meta"},"top"),u,C("span",{className:"ep-meta"},"%")),h);d.style.display="none";let f=null,m=0,y=()=>e.state.step,p=()=>{if(!f)return-1;let A=e.state.info?.embeddings.find(w=>w.tensorName===e.state.tensorName);return am(f,e.state.tensorName,y(),A?.step??null)},g=A=>{!f||A<0||A>=f.entries.length||A===p()||(i.steps.align=a.checked,i.steps.animate=c.checked,i.stepTo(f.entries[A]),_())},v=()=>{let A=Math.min(100,Math.max(1,Number(u.value)||10))/100,w=l.checked?i.steps.topMoved(A):null;e.set({movedPoints:w});let x=i.steps.displacement;if(!x){h.textContent="";return}let E=0,U=0;for(let N of x)E+=N,N>U&&(U=N);E/=x.length||1,h.textContent=`Since the previous step: mean move ${(E*100).toFixed(1)}%, max ${(U*100).toFixed(1)}% of the view${w?` · ${w.length} highlighted`:""}`},_=()=>{let A=e.state;if(f=A.info?Ns(A.info.embeddings,A.tensorName):null,d.style.display=f?"":"none",!f){b();return}let w=p();t.max=String(f.entries.length-1),t.value=String(w),n.textContent=`Step ${f.entries[w]?.step??"?"} (${w+1} of ${f.entries.length}) · ${f.kind==="checkpoints"?"checkpoints":`tag ${f.tag}`}`,n.dataset.step=String(f.entries[w]?.step??""),r.disabled=w<=0,s.disabled=w>=f.entries.length-1},b=()=>{m&&clearInterval(m),m=0,o.textContent="Play"};return t.addEventListener("input",()=>g(Number(t.value))),r.addEventListener("click",()=>g(p()-1)),s.addEventListener("click",()=>g(p()+1)),o.addEventListener("click",()=>{if(m){b();return}o.textContent="Stop",f&&p()>=f.entries.length-1&&g(0),m=window.setInterval(()=>{let A=e.state;if(!(A.loading||A.computing||i.steps.animating)){if(!f||p()>=f.entries.length-1){b();return}g(p()+1)}},600)}),a.addEventListener("change",()=>{i.steps.align=a.checked}),c.addEventListener("change",()=>{i.steps.animate=c.checked}),l.addEventListener("change",v),u.addEventListener("change",v),i.steps.onDisplacement=()=>v(),e.subscribe((A,w)=>{(w.has("info")||w.has("tensorName")||w.has("step"))&&_()}),_(),d}function um(i){let{store:e,steps:t}=i,n=()=>document.querySelector("[data-testid=method-select]"),r={store:e,steps:t,controls:i.scatter.controls,place:i.place,lastLayout:i.lastLayout,setQuiet:i.setQuiet,recompute:i.recompute,isReady:i.isReady,placeMethod:(o,a,c,l)=>{let u=i.layouts;(o==="tsne"||o==="umap"||o==="custom")&&u?.setLayout&&e.state.method===o?u.setLayout(o,a,c):i.place(a,c,l)},stepTo(o){t.alignNext=!0,t.keepNextView=!0;let{selection:a,selected:c,n:l}=e.state;(a.length||c>=0)&&Ls(r,12e4,()=>e.state.tensorName===o.tensorName&&(o.fetchStep===null||e.state.step===o.fetchStep)).then(()=>{e.state.n===l&&e.set({selection:a,selected:c})}).catch(()=>{}),o.fetchStep!==null?e.set({step:o.fetchStep}):e.set({tensorName:o.tensorName,step:null})},supportsMethod:o=>o==="pca"||[...n()?.options??[]].some(a=>a.value===o),params:()=>{let o=i.layouts;return{perplexity:o?.tsne.perplexity??30,learningRate:o?.tsne.learningRate??"auto",iteration:o?.status.tsne.iteration??0,neighbors:o?.umap.nNeighbors??15,minDist:o?.umap.minDist??.1}},setParams:o=>{let a=i.layouts;if(!a)return;let c={},l={};o.perplexity!==void 0&&o.perplexity>0&&(c.perplexity=o.perplexity),o.learningRate!==void 0&&(o.learningRate==="auto"||o.learningRate>0)&&(c.learningRate=o.learningRate),o.neighbors!==void 0&&o.neighbors>=2&&(l.nNeighbors=Math.round(o.neighbors)),o.minDist!==void 0&&o.minDist>=0&&(l.minDist=o.minDist),a.applySettings({tsne:c,umap:l})}};return i.stepsAfter.after(cm(r)),i.side.append(lm(r)),{hook:{layout:()=>{let o=i.lastLayout();return o?{coords:Array.from(o.coords),k:o.k,axes:o.axes}:null},camera:()=>{let o=i.scatter.controls;return{is3d:o.is3d,v2:{...o.v2},v3:{theta:o.v3.theta,phi:o.v3.phi,distance:o.v3.distance,target:o.v3.target.toArray()}}},get animating(){return t.animating},get displacement(){return t.displacement?Array.from(t.displacement):null},bookmarks:()=>window.__embprojBookmarks},start(){em(e,o=>{t.keepNextView=!0,e.set({step:o})},r)}}}var Tu=class{constructor(e,t=()=>{}){P(this,"onDispose",t);P(this,"rpc");P(this,"latest",new Fn);this.rpc=new _n(e)}analyze(e,t,n={}){let r=this.latest.next(),s=e.byteOffset===0&&e.byteLength===e.buffer.byteLength?e:e.slice();return this.rpc.call("analyze",{xy:s,m:t,options:n},{signal:r,transfer:[s.buffer]})}cancel(){this.latest.cancel()}fail(e){this.rpc.fail(e)}dispose(){this.rpc.close(new ft("density client disposed")),this.onDispose()}};function hm(i=new URL("./density.worker.js",import.meta.url)){let e=new Worker(i,{type:"module"}),t=new Tu(e,()=>e.terminate());return ni(e,"density",i,n=>t.fail(n)),t}var O_={now:()=>performance.now(),setTimeout:(i,e)=>setTimeout(i,e),clearTimeout:i=>clearTimeout(i)},dl=class{constructor(e,t=O_){P(this,"interval",e);P(this,"clock",t);P(this,"waiting",null);P(this,"running",!1);P(this,"lastStart",-1/0);P(this,"timer",null);P(this,"epoch",0)}submit(e){this.waiting=e,this.pump()}clear(){this.waiting=null,this.running=!1,this.epoch++,this.timer!==null&&this.clock.clearTimeout(this.timer),this.timer=null}get busy(){return this.running||this.waiting!==null}pump(){if(this.running||!this.waiting||this.timer!==null)return;let e=this.lastStart+this.interval-this.clock.now();if(e>0){this.timer=this.clock.setTimeout(()=>{this.timer=null,this.pump()},e);return}let t=this.waiting,n=this.epoch;this.waiting=null,this.running=!0,this.lastStart=this.clock.now(),t().catch(()=>{}).finally(()=>{n===this.epoch&&(this.running=!1,this.pump())})}};var fl=class{constructor(e,t){P(this,"toScreen",t);P(this,"canvas");P(this,"ctx");P(this,"content",null);P(this,"world",new Float32Array(0));P(this,"drawnKey","");P(this,"drawnLabels",[]);this.canvas=document.createElement("canvas"),this.canvas.className="ep-labels ep-density",this.canvas.setAttribute("aria-hidden","true"),this.canvas.dataset.testid="density-overlay";let n=e.querySelector(".ep-canvas");e.insertBefore(this.canvas,n?n.nextSibling:null),this.ctx=this.canvas.getContext("2d")}set(e){this.content=e;let t=0;for(let s of e?.lines??[])t+=s.points.length/2;t+=e?.clusters.length??0;let n=new Float32Array(t*3),r=0;for(let s of e?.lines??[])for(let o=0;o<s.points.length;o+=2)n[r]=s.points[o],n[r+1]=s.points[o+1],r+=3;for(let s of e?.clusters??[])n[r]=s.x,n[r+1]=s.y,r+=3;this.world=n,this.drawnKey=""}draw(e,t,n){let r=this.ctx;if(!r)return;let s=window.devicePixelRatio||1,o=this.toScreen(Float32Array.of(0,0,0,1,1,0),2),a=[o.x[0],o.y[0],o.x[1],o.y[1],e,t,s,n].join(",");if(a===this.drawnKey)return;this.drawnKey=a,(this.canvas.width!==Math.round(e*s)||this.canvas.height!==Math.round(t*s))&&(this.canvas.width=Math.round(e*s),this.canvas.height=Math.round(t*s),this.canvas.style.width=`${e}px`,this.canvas.style.height=`${t}px`),r.setTransform(s,0,0,s,0,0),r.clearRect(0,0,e,t),this.drawnLabels=[];let c=this.content;if(!c)return;let l=this.toScreen(this.world,this.world.length/3),u=this.drawLines(r,c,l,n);this.drawLabels(r,c.clusters,l,u,n,e,t)}paintedPixels(){let e=this.ctx;if(!e||!this.canvas.width||!this.canvas.height)return 0;let t=e.getImageData(0,0,this.canvas.width,this.canvas.height).data,n=0;for(let r=3;r<t.length;r+=4)t[r]>0&&n++;return n}drawLines(e,t,n,r){let s=r?"255,255,255":"20,24,32";e.lineJoin="round";let o=0;for(let a of t.lines){let c=a.points.length/2,l=t.levels>1?a.rank/(t.levels-1):1;e.strokeStyle=`rgba(${s},${(.28+.4*l).toFixed(2)})`,e.lineWidth=.8+.6*l,e.beginPath();let u=!1;for(let h=0;h<c;h++){let d=n.x[o+h],f=n.y[o+h];if(Number.isNaN(d)){u=!1;continue}u?e.lineTo(d,f):e.moveTo(d,f),u=!0}a.closed&&u&&!Number.isNaN(n.x[o])&&e.lineTo(n.x[o],n.y[o]),e.stroke(),o+=c}return o}drawLabels(e,t,n,r,s,o,a){let c=[];e.font="600 13px Roboto, system-ui, sans-serif",e.textAlign="center",e.textBaseline="middle",e.lineJoin="round",t.forEach((l,u)=>{let h=n.x[r+u],d=n.y[r+u];if(!l.label||Number.isNaN(h)||h<0||d<0||h>o||d>a)return;let f=l.label.length>48?`${l.label.slice(0,47)}…`:l.label,m=e.measureText(f).width,y={x0:h-m/2-3,y0:d-10,x1:h+m/2+3,y1:d+10};c.some(p=>p.x0<y.x1&&y.x0<p.x1&&p.y0<y.y1&&y.y0<p.y1)||(c.push(y),e.lineWidth=4,e.strokeStyle=s?"rgba(27,28,30,.92)":"rgba(255,255,255,.92)",e.fillStyle=s?"#ffffff":"#111418",e.strokeText(f,h,d),e.fillText(f,h,d),this.drawnLabels.push({text:f,x:h,y:d}))})}};var B_=400;function k_(i,e){let t=0;for(let s=0;s<e;s++)i[3*s+2]!==Dn&&t++;let n=new Float32Array(2*t),r=t===e?null:new Int32Array(t);for(let s=0,o=0;s<e;s++)i[3*s+2]!==Dn&&(n[2*o]=i[3*s],n[2*o+1]=i[3*s+1],r&&(r[o]=s),o++);return{xy:n,rows:r,m:t}}var Ru=class{constructor(e,t,n,r=hm){P(this,"store",e);P(this,"overlay",t);P(this,"draw",n);P(this,"startClient",r);P(this,"layout",null);P(this,"client",null);P(this,"throttle",new dl(B_));P(this,"generation",0);P(this,"result",null);P(this,"status","off");P(this,"error",null);P(this,"stats",{layouts:0,passes:0,labelMs:0,latencyMs:0,firstDrawnMs:0,onAt:0,phases:{waitMs:0,extractMs:0,roundTripMs:0,applyMs:0}});P(this,"options",{});e.subscribe((s,o)=>{(o.has("run")||o.has("tensorName")||o.has("n"))&&(this.layout=null,this.clear(s.showDensity?"computing":"off")),o.has("is3d")&&s.is3d&&s.showDensity&&this.clear("unavailable"),o.has("showDensity")?s.showDensity?(this.stats.onAt=performance.now(),this.stats.firstDrawnMs=0,this.schedule()):this.clear("off"):(o.has("clusterLabelColumn")||o.has("columns")||o.has("colorColumn"))&&this.relabel()})}setLayout(e,t,n){this.layout={positions:e,n:t,k:n},this.store.state.showDensity&&this.schedule()}schedule(){let e=this.layout;if(!e){this.status=this.store.state.showDensity?"computing":"off";return}if(e.k!==2){this.clear("unavailable");return}this.stats.layouts++,this.status!=="ready"&&(this.status="computing");let t=this.generation,n=performance.now();this.throttle.submit(async()=>{let r=this.layout;if(!r||r.k!==2||t!==this.generation)return;let s=performance.now(),{xy:o,rows:a,m:c}=k_(r.positions,r.n);this.client??(this.client=this.startClient());try{let l=performance.now(),u=await this.client.analyze(o,c,this.options);if(t!==this.generation)return;let h=performance.now(),d=0;for(let m=0;m<c;m++)u.assignment[m]<0&&d++;this.result={analysis:u,rows:a,m:c,unassigned:d,terms:[]},this.stats.passes++,this.relabel();let f=performance.now();this.stats.latencyMs=f-n,this.stats.phases={waitMs:s-n,extractMs:l-s,roundTripMs:h-l,applyMs:f-h},this.stats.firstDrawnMs||(this.stats.firstDrawnMs=f-this.stats.onAt),this.status="ready",this.error=null}catch(l){if(l?.name==="CancelledError"||t!==this.generation)return;this.status="error",this.error=l instanceof Error?l.message:String(l),console.warn("embproj: density",l)}})}relabel(){let e=this.result;if(!e)return;let t=performance.now(),n=this.store.state,r=Is(n),s=n.columns[r],o=e.analysis.clusters;e.terms=s?Fp(e.analysis.assignment,e.rows,o.length,Dp(s)):o.map(()=>[]),this.stats.labelMs=performance.now()-t;let a=e.analysis.levels,c={lines:e.analysis.contours.map(l=>({points:l.points,closed:l.closed,rank:Math.max(0,a.indexOf(l.level))})),levels:a.length,clusters:o.map((l,u)=>({x:l.peakX,y:l.peakY,size:l.size,label:Mu(e.terms[u])}))};this.overlay.set(c),this.draw()}clear(e){this.generation++,this.throttle.clear(),this.client?.cancel(),this.result=null,this.status=e,this.overlay.set(null),this.draw()}summary(){let e=this.result,t=this.store.state,n=Is(t);return{on:t.showDensity,status:this.status,error:this.error,layouts:this.stats.layouts,passes:this.stats.passes,busy:this.throttle.busy,points:e?.m??0,labelColumn:t.columns[n]?.name??null,bandwidth:e?.analysis.grid.bandwidth??0,levels:e?.analysis.levels.length??0,contours:e?.analysis.contours.length??0,vertices:e?e.analysis.contours.reduce((r,s)=>r+s.points.length/2,0):0,clusters:e?e.analysis.clusters.map((r,s)=>({id:r.id,size:r.size,x:r.peakX,y:r.peakY,label:Mu(e.terms[s]),terms:e.terms[s].map(o=>({value:o.value,share:o.share}))})):[],unassigned:e?.unassigned??0,drawnLabels:this.overlay.drawnLabels,timings:{worker:e?.analysis.timings??null,labelMs:this.stats.labelMs,latencyMs:this.stats.latencyMs,firstDrawnMs:this.stats.firstDrawnMs,phases:this.stats.phases}}}assignment(){let e=this.result;return e?{clusters:Array.from(e.analysis.assignment),rows:e.rows?Array.from(e.rows):null}:null}};function dm({store:i,scatter:e,plot:t}){let n=new fl(t,(o,a)=>e.projectWorld(o,a)),r=()=>{let{width:o,height:a}=e.size;n.draw(o,a,i.state.dark)},s=new Ru(i,n,r);return{layer:s,setLayout:(o,a,c)=>s.setLayout(o,a,c),draw:r,hook:{get summary(){return s.summary()},assignment:()=>s.assignment(),paintedPixels:()=>n.paintedPixels(),screenOf:(o,a)=>{let c=e.projectWorld(Float32Array.of(o,a,0),1);return{x:c.x[0],y:c.y[0]}},get options(){return s.options},set options(o){s.options=o}}}}function fm(i){return i<=2e3?7:i<=1e4?5:i<=5e4?3.5:2.5}function pm(i){document.head.appendChild(C("style",{},Vp));let e=new al,t=C("div",{className:"ep-root"}),n=C("aside",{className:"ep-side"}),r=C("main",{className:"ep-main"}),s=C("div",{className:"ep-plot"}),o=C("div",{className:"ep-empty","data-testid":"empty"},"Loading…"),a=C("button",{"data-testid":"reset-view",title:"Reset view (or double-click)"},"Reset view"),c=C("div",{className:"ep-status","data-testid":"status-line"}),l=Bp();r.append(s,o,C("div",{className:"ep-toolbar"},a),c,l.el),t.append(n,r),i.appendChild(t);let u=new ol(s),h=new ll(u),d=new ks(s),f=dm({store:e,scatter:u,plot:s}),m=null,y=null,p=Yh();p.onFallback=F=>e.set({notices:[...e.state.notices,{level:"warning",message:F}]});let g=null,v=0,_=!1,b=null,A=!1,w=0,x=Hp(),E=zp(e);n.append(Lp(e),Gp(e),E,Up(e),Kh(e,F=>vi(e,F))),r.append(Op(e,()=>m)),a.addEventListener("click",()=>u.controls.reset());let U=(F,Y="error")=>{Ei(F)||(console.warn("embproj:",F),e.set({notices:[...e.state.notices,un(Y,F)],loading:null,computing:null}))},N=F=>{o.textContent=F??"",o.style.display=F?"":"none"},R=()=>{if(!y)return;let{rgb:F,legend:Y}=Gs(e.state,y.n);u.setColors(F),e.set({legend:Y})},L=(F,Y,re)=>{if(!y)return;F=h.beforePlace(F,Y,y.n),b={coords:F,k:Y,axes:re},u.set3d(Y===3);let he=bl(F,y.n,Y,e.state.isolated);h.present(he,y.n),f.setLayout(he,y.n,Y),_=!0,x.projectionGeneration++,N(null)},k=Sd({store:e,scatter:u,plot:s,toolbar:a.parentElement,side:n,projectionPanel:E,getData:()=>y,place:L,lastLayout:()=>b,labelOf:F=>vi(e,F),reproject:()=>{I().catch(F=>U(F))},recomputeNeighbors:()=>{let F=e.state.selected;F>=0&&(e.set({selected:-1}),e.set({selected:F}))},neighborGraph:(F,Y)=>p.neighborGraph(F,Y)}),I=async()=>{let F=e.state;if(!y||F.method==="pca"&&!F.variance)return;if(k.owns(F)){k.project();return}let Y=v,re=F.is3d?3:2,he=F.dims.slice(0,re),oe;if(F.method==="identity"){let _e=await p.identity(F.spherize);oe=new Float32Array(y.n*re);for(let Ve=0;Ve<y.n;Ve++)for(let ye=0;ye<re;ye++)oe[Ve*re+ye]=_e[Ve*3+he[ye]]??0}else oe=await p.project(he);Y===v&&L(oe,re,he.map(_e=>F.method==="pca"?`PC${_e+1}`:`dim${_e}`))},W=async()=>{let F=e.state;if(!y)return;let Y=v;try{if(F.method==="pca"){let re=Math.min(10,y.d);e.set({computing:`PCA on all ${y.n.toLocaleString("en-US")} points…`});let he=`PCA on all ${y.n.toLocaleString("en-US")} points`,oe=await p.pca(re,{spherize:F.spherize,onProgress:ye=>{Y===v&&e.set({computing:`${he}: ${Math.round(100*ye)}%`})}});if(Y!==v)return;x.pcaDoneEpoch=Date.now();let _e=oe.varianceFraction.length-1,Ve=F.dims.map((ye,Je)=>Math.min(ye,Math.max(0,_e),Je<=_e?_e:0));A=!0,e.set({variance:oe.varianceFraction,dims:Ve,computing:null}),A=!1}else A=!0,e.set({variance:null,computing:null}),A=!1;await I()}catch(re){Y===v&&U(re)}},q=async(F=!1)=>{g?.abort();let Y=new AbortController;g=Y;let re=++v,he=Rp(e),oe={n:e.state.n,d:e.state.d};_=!1,y=null,m=null,u.setAtlas(null),F||u.setPositions(new Float32Array(0),0),l.hide();let _e=Su(e);if(e.set({selected:-1,hovered:-1,variance:null,focusCategory:null,columns:[],legend:{kind:"none"},notices:_e,n:0,d:0,computing:null,loading:null}),!he){N(e.state.runs.length?"No embeddings in this run.":"No runs with embeddings found.");return}let Ve=(he.warnings??[]).map(ye=>un("warning",ye));if(he.error){e.set({notices:[..._e,un("error",he.error),...Ve]}),N(`Cannot show ${he.tensorName}.`);return}N(`Loading ${he.tensorName}…`),e.set({notices:[..._e,...Ve]});try{let ye=await Cp(e,he,Y.signal);if(re!==v||(x.dataLoadedEpoch=Date.now(),y={data:ye.data,n:ye.n,d:ye.d,etag:ye.etag},m=ye.atlas,await p.load(ye.data,ye.n,ye.d),re!==v))return;x.workerLoadedEpoch=Date.now(),u.setAtlas(m),u.setPointSize(fm(ye.n)*e.state.pointSize);let Je=F&&oe.n===ye.n&&oe.d===ye.d;A=!0,e.set({loading:null,n:ye.n,d:ye.d,columns:ye.columns,hasSprite:!!m,notices:[...e.state.notices,...ye.notices],...Pp(e.state,ye,Je)}),A=!1,Je||u.controls.reset(),u.setSpriteMode(e.state.showSprites),R(),await W()}catch(ye){if(re!==v)return;N(`Cannot show ${he.tensorName}.`),U(ye)}},z=async(F=!1)=>{let Y=e.state.run;if(Y!==null)try{let re=await Pt.info(Y);if(e.state.run!==Y)return;let he=e.state.tensorName,oe=re.embeddings.map(Ve=>Ve.tensorName),_e=he&&oe.includes(he)?he:(re.embeddings.find(Ve=>!Ve.error)??re.embeddings[0])?.tensorName??null;e.set({info:re,tensorName:_e}),(_e===he||_e===null)&&await q(F)}catch(re){e.set({info:null,tensorName:null,notices:[]}),N("Cannot read this run."),U(re)}},ne=async()=>{try{let F=await Pt.runs(),Y=e.state.run!==null&&F.includes(e.state.run)?e.state.run:F[0]??null;e.set({runs:F,run:Y}),F.length||N("No runs with embeddings found in the log directory.")}catch(F){N("Cannot list runs."),U(F)}},K=async()=>{let F={run:e.state.run,etag:y?.etag??null,tensor:e.state.tensorName};if(await ne(),!(e.state.run!==F.run||F.run===null))try{if(!F.tensor){let _e=await Pt.info(F.run);JSON.stringify(_e)!==JSON.stringify(e.state.info)&&await z();return}let Y=await Pt.info(F.run),re=Y.embeddings.find(_e=>_e.tensorName===F.tensor),he=re&&!re.error?await Pt.tensorEtag(F.run,re.tensorName):null;(JSON.stringify(Y)!==JSON.stringify(e.state.info)||he&&he!==F.etag)&&(e.set({info:Y,tensorName:re?F.tensor:e.state.tensorName}),re&&he!==F.etag?await q(!0):re?e.set({notices:[...Su(e),...(re.warnings??[]).map(_e=>un("warning",_e))]}):await z())}catch(Y){U(Y,"warning")}};e.subscribe((F,Y)=>{if(Y.has("run")?(_=!1,z()):Y.has("tensorName")&&F.tensorName!==null&&F.info||Y.has("step")&&F.tensorName!==null&&F.info?q(Me()):Y.has("transfer")&&F.tensorName!==null&&F.info&&q(!0),Y.has("movedPoints")&&R(),A||(Y.has("spherize")||Y.has("method")?W():(Y.has("dims")||Y.has("is3d"))&&I().catch(re=>U(re))),Y.has("colorColumn")&&F.focusCategory!==null?e.set({focusCategory:null}):(Y.has("colorColumn")||Y.has("dark")||Y.has("focusCategory")||Y.has("searchMatches")||Y.has("selection")||Y.has("columns"))&&R(),Y.has("showSprites")&&u.setSpriteMode(F.showSprites),Y.has("pointSize")&&u.setPointSize(fm(F.n)*F.pointSize),(Y.has("hovered")||Y.has("selected"))&&u.setHighlight(F.hovered,F.selected),Y.has("selected")||Y.has("spherize")&&F.selected>=0){let re=yd(k.neighborSettings,F.spherize,y?.n??0),he=F.selected,oe=++w,_e=v;!y||he<0?e.set({neighbors:null,neighborMetric:re.metric}):Ip(p,he,re).then(Ve=>{oe===w&&_e===v&&e.set({neighbors:Ve,neighborMetric:re.metric})},Ve=>U(Ve,"warning"))}Y.has("neighbors")&&R(),Y.has("labelColumn")&&u.requestRender(),Y.has("loading")&&F.loading&&(x.lastProgress={...F.loading}),Y.has("dark")&&(t.classList.toggle("ep-dark",F.dark),u.setTheme(F.dark?"#1b1c1e":"#ffffff",F.dark?"#ffffff":"#000000")),(Y.has("n")||Y.has("d")||Y.has("labelColumn"))&&(c.textContent=F.n?`${F.n.toLocaleString("en-US")} points · ${F.d} dimensions`:"")}),kp({store:e,scatter:u,tooltip:l,positionsReady:()=>_,atlas:()=>m,click:(F,Y)=>k.click(F,Y)});let ee=()=>{let F=e.state,Y=[];if(_&&F.selected>=0)for(let oe of[F.selected,...(F.neighbors??[]).slice(0,10).map(_e=>_e.index)]){let _e=u.screenPositionOf(oe);_e&&Y.push({x:_e.x,y:_e.y,text:vi(e,oe),strong:oe===F.selected})}let{width:re,height:he}=u.size;d.draw(Y,re,he,F.dark)};u.onFrame=()=>{ee(),f.draw(),x.lastFrameEpoch=Date.now(),_&&e.state.method==="pca"&&e.state.variance&&!x.firstPcaFrameEpoch&&(x.firstPcaFrameEpoch=Date.now()),_&&(x.drawnGeneration=x.projectionGeneration),x.ready=_};let ie=Wp({hook:x,store:e,scatter:u,positionsReady:()=>_,analysis:k.hook}),Me=()=>{let F=h.keepNextView;return h.keepNextView=!1,F},Le=um({store:e,scatter:u,steps:h,side:n,stepsAfter:n.firstElementChild,place:L,lastLayout:()=>b,setQuiet:F=>{A=!0;try{e.set(F)}finally{A=!1}},recompute:()=>W(),layouts:k.layouts,isReady:()=>_&&!e.state.loading&&!e.state.computing});ie.views=Le.hook,ie.density=f.hook,Xp(F=>e.set({dark:F})),e.state.dark||u.setTheme("#ffffff","#000000"),Gu(()=>{K()}),Le.start(),ne()}var mm=!1;function O3(){if(!mm){mm=!0;try{pm(document.body)}catch(i){console.warn("embproj:",i);let e=document.createElement("div");e.setAttribute("role","alert"),e.style.cssText="margin:24px;padding:12px;border-radius:4px;background:#fdecea;color:#a50e0e;font:14px system-ui,sans-serif";let t=/webgl/i.test(String(i));e.textContent=t?"The Embeddings tab needs WebGL2, which this browser does not provide: "+String(i):"The Embeddings tab failed to start: "+String(i),document.body.appendChild(e)}}}export{O3 as render};
