var rf=Object.defineProperty;var af=(i,e,t)=>e in i?rf(i,e,{enumerable:!0,configurable:!0,writable:!0,value:t}):i[e]=t;var q=(i,e,t)=>af(i,typeof e!="symbol"?e+"":e,t);var _o=class extends Error{constructor(t,n,s){super(n.error+(n.file?` (${n.file})`:""));q(this,"status",t);q(this,"body",n);q(this,"url",s)}};async function tr(i,e){let t,n=await i.text().catch(()=>"");try{let s=JSON.parse(n);t=typeof s?.error=="string"?s:{error:n||i.statusText}}catch{t={error:n.trim()||`HTTP ${i.status} ${i.statusText}`}}return new _o(i.status,t,e)}async function nr(i,e,t){let n=await fetch(i,{signal:t});if(!n.ok)throw await tr(n,i);let s=n.headers.get("Content-Length"),r=(n.headers.get("Content-Encoding")??"identity").toLowerCase(),a=s!==null&&s!==""&&r==="identity"?Number(s):null;if(!n.body){let h=await n.arrayBuffer();return e?.(h.byteLength,a??h.byteLength),{buffer:h,headers:n.headers}}let o=n.body.getReader(),c=a!==null&&a>0?new Uint8Array(a):null,l=[],u=0;for(e?.(0,a);;){let{done:h,value:f}=await o.read();if(h)break;c&&u+f.length<=c.length?c.set(f,u):(c&&(l.push(c.subarray(0,u)),c=null),l.push(f)),u+=f.length,e?.(u,a)}e?.(u,u);let d;if(c)d=u===c.length?c.buffer:c.slice(0,u).buffer;else{let h=new Uint8Array(u),f=0;for(let g of l)h.set(g,f),f+=g.length;d=h.buffer}return{buffer:d,headers:n.headers}}function ss(i){let e=i.shape??i.tensorShape;return e&&e.length===2?[Number(e[0]),Number(e[1])]:null}function vi(i,e){let t=`run=${encodeURIComponent(i)}`;return e!==void 0&&(t+=`&name=${encodeURIComponent(e)}`),t}async function vo(i){let e=await fetch(i,{cache:"no-store"});if(!e.ok)throw await tr(e,i);return e.json()}var Et={runs:()=>vo("./runs"),info:i=>vo(`./info?${vi(i)}`),tensorUrl:(i,e,t=null)=>`./tensor?${vi(i,e)}${t===null?"":`&step=${t}`}`,metadataUrl:(i,e)=>`./metadata?${vi(i,e)}`,spriteUrl:(i,e)=>`./sprite_image?${vi(i,e)}`,async tensor(i,e,t,n,s,r=null){let a=Et.tensorUrl(i,e,r),{buffer:o,headers:c}=await nr(a,n,s),l=t?.[0]??0,u=t?.[1]??0,d=c.get("X-Embproj-Shape");if(d){let f=d.split(",").map(g=>Number(g.trim()));f.length===2&&f.every(Number.isFinite)&&([l,u]=f)}if(o.byteLength%4!==0)throw new Error(`tensor ${e}: ${o.byteLength} bytes is not float32 data`);let h=new Float32Array(o);if(u||(u=l?h.length/l:1),l||(l=h.length/u),l*u!==h.length)throw new Error(`tensor ${e}: got ${h.length} values, expected ${l} x ${u}`);return{data:h,n:l,d:u,etag:c.get("ETag")}},async tensorEtag(i,e){let t=await fetch(Et.tensorUrl(i,e),{method:"HEAD",cache:"no-store"});return t.ok?t.headers.get("ETag"):null},bookmarks:(i,e)=>vo(`./bookmarks?${vi(i,e)}`),async saveBookmarks(i,e,t){let n=`./bookmarks?${vi(i,e)}`,s=await fetch(n,{method:"POST",headers:{"Content-Type":"application/json"},body:JSON.stringify(t)});if(!s.ok)throw await tr(s,n);return(await s.json()).saved},async metadata(i,e,t,n){let{buffer:s}=await nr(Et.metadataUrl(i,e),t,n);return new TextDecoder("utf-8").decode(s)},async sprite(i,e,t,n){let{buffer:s,headers:r}=await nr(Et.spriteUrl(i,e),t,n);return new Blob([s],{type:r.get("Content-Type")||"image/png"})}};function Ac(i,e=3e4){let t=null;try{if(window.parent&&window.parent!==window){let s=new MessageChannel;t=s.port1,t.onmessage=r=>{let a=null;try{a=JSON.parse(String(r.data))}catch{return}!a||a.isReply||(a.type==="experimental.DataReloaded"&&i(),t.postMessage(JSON.stringify({type:a.type,id:a.id,payload:null,error:null,isReply:!0})))},t.start(),window.parent.postMessage("experimental.bootstrap","*",[s.port2])}}catch{t=null}let n=window.setInterval(()=>{document.hidden||i()},e);return()=>{window.clearInterval(n),t?.close()}}var of=["#4e79a7","#f28e2b","#e15759","#76b7b2","#59a14f","#edc948","#b07aa1","#ff9da7","#9c755f","#17becf"],bo="#bab0ac",Ec="#6f6f6f",lf="#3f6fb5",cf="#7fb2ff",So="other",Mo="(missing)",ir=[[68,1,84],[72,36,117],[65,68,135],[53,95,141],[42,120,142],[33,145,140],[34,168,132],[68,191,112],[122,209,81],[189,223,38],[253,231,37]];function rs(i){let e=parseInt(i.slice(1),16);return[(e>>16&255)/255,(e>>8&255)/255,(e&255)/255]}function Tc(i){let e=Math.min(1,Math.max(0,i))*(ir.length-1),t=Math.min(ir.length-2,Math.floor(e)),n=e-t,s=ir[t],r=ir[t+1];return[0,1,2].map(a=>(s[a]+(r[a]-s[a])*n)/255)}function Cc(i){let[e,t,n]=Tc(i);return`rgb(${Math.round(e*255)},${Math.round(t*255)},${Math.round(n*255)})`}function uf(i,e=of){let t=new Map,n=0;for(let c of i)c===""?n++:t.set(c,(t.get(c)??0)+1);let s=[...t.entries()].sort((c,l)=>l[1]-c[1]||(c[0]<l[0]?-1:c[0]>l[0]?1:0)),r=new Map,a=[],o=0;return s.forEach(([c,l],u)=>{u<e.length?(r.set(c,e[u]),a.push({label:c,count:l,color:e[u]})):(r.set(c,bo),o+=l)}),o>0&&a.push({label:So,count:o,color:bo}),n>0&&a.push({label:Mo,count:n,color:Ec}),{entries:a,colorOf:r}}function Rc(i,e,t,n){let s=rs(n?cf:lf),r=rs(Ec);if(!i){for(let l=0;l<e;l++)t.set(s,l*3);return{kind:"none"}}if(i.kind==="numeric"&&i.numbers){let{min:l=0,max:u=1}=i,d=u>l?u-l:1;for(let h=0;h<e;h++){let f=h<i.numbers.length?i.numbers[h]:NaN;t.set(Number.isNaN(f)?r:Tc((f-l)/d),h*3)}return{kind:"numeric",column:i.name,min:l,max:u,missing:i.missing}}let{entries:a,colorOf:o}=uf(i.values),c=new Map;for(let l=0;l<e;l++){let u=i.values[l]??"",d;u===""?d=r:(d=c.get(u)??rs(o.get(u)??bo),c.set(u,d)),t.set(d,l*3)}return{kind:"categorical",column:i.name,entries:a}}function Pc(i,e,t,n,s,r=.82){let a=new Set(e.filter(l=>l.label!==So&&l.label!==Mo).map(l=>l.label)),o=0,c=n.length/3;for(let l=0;l<c;l++){let u=i[l]??"";if((u===""?Mo:a.has(u)?u:So)===t){o++;continue}for(let h=0;h<3;h++)n[l*3+h]+=(s[h]-n[l*3+h])*r}return o}function as(i,e,t,n=.82){let s=new Uint8Array(e.length/3);for(let r of i)s[r]=1;for(let r=0;r<s.length;r++)if(!s[r])for(let a=0;a<3;a++)e[r*3+a]+=(t[a]-e[r*3+a])*n}var sr=class{constructor(e){q(this,"canvas");q(this,"ctx");this.canvas=document.createElement("canvas"),this.canvas.className="ep-labels",this.canvas.setAttribute("aria-hidden","true"),e.appendChild(this.canvas),this.ctx=this.canvas.getContext("2d")}draw(e,t,n,s){let r=this.ctx;if(!r)return;let a=window.devicePixelRatio||1;(this.canvas.width!==Math.round(t*a)||this.canvas.height!==Math.round(n*a))&&(this.canvas.width=Math.round(t*a),this.canvas.height=Math.round(n*a),this.canvas.style.width=`${t}px`,this.canvas.style.height=`${n}px`),r.setTransform(a,0,0,a,0,0),r.clearRect(0,0,t,n);let o=[];for(let c of e){r.font=`${c.strong?"600 ":""}12px Roboto, system-ui, sans-serif`;let l=c.text.length>40?`${c.text.slice(0,39)}…`:c.text,u=r.measureText(l).width,d={x0:c.x+7,y0:c.y-14,x1:c.x+9+u,y1:c.y+2};o.some(h=>h.x0<d.x1&&d.x0<h.x1&&h.y0<d.y1&&d.y0<h.y1)||(o.push(d),r.lineWidth=3,r.lineJoin="round",r.strokeStyle=s?"rgba(27,28,30,.9)":"rgba(255,255,255,.9)",r.fillStyle=s?c.strong?"#ffffff":"#d0d3d8":c.strong?"#000000":"#3c4043",r.strokeText(l,c.x+8,c.y-4),r.fillText(l,c.x+8,c.y-4))}}};function wo(i,e,t,n){let s=new Float32Array(e*3),r=[1/0,1/0,1/0],a=[-1/0,-1/0,-1/0],o=d=>{if(n)for(let h of n)d(h);else for(let h=0;h<e;h++)d(h)};o(d=>{for(let h=0;h<t;h++){let f=i[d*t+h];Number.isFinite(f)&&(f<r[h]&&(r[h]=f),f>a[h]&&(a[h]=f))}});let c=0,l=[0,0,0];for(let d=0;d<t;d++)r[d]>a[d]&&(r[d]=0,a[d]=0),l[d]=(r[d]+a[d])/2,c=Math.max(c,(a[d]-r[d])/2);let u=c>0?1/c:1;if(n)for(let d=0;d<e;d++)s[d*3+2]=rr;return o(d=>{s[d*3+2]=0;for(let h=0;h<t&&h<3;h++){let f=i[d*t+h];s[d*3+h]=Number.isFinite(f)?(f-l[h])*u:0}}),s}var rr=1e7;var os=new Int32Array(0);function hf(i,e){let t=new Int32Array(i.length+e.length),n=0,s=0,r=0;for(;n<i.length||s<e.length;){let a=s>=e.length||n<i.length&&i[n]<=e[s]?i[n++]:e[s++];(r===0||t[r-1]!==a)&&(t[r++]=a)}return t.slice(0,r)}function df(i,e){let t=new Int32Array(i.length),n=0,s=0;for(let r=0;r<i.length;r++){for(;n<e.length&&e[n]<i[r];)n++;n<e.length&&e[n]===i[r]||(t[s++]=i[r])}return t.slice(0,s)}function bi(i,e){let t=0,n=i.length-1;for(;t<=n;){let s=t+n>>1;if(i[s]===e)return!0;i[s]<e?t=s+1:n=s-1}return!1}function ls(i,e,t){return t==="add"?hf(i,e):t==="remove"?df(i,e):e}function ff(i,e,t){let n=!1,s=t.length>>1;for(let r=0,a=s-1;r<s;a=r++){let o=t[2*r],c=t[2*r+1],l=t[2*a],u=t[2*a+1];c>e!=u>e&&i<(l-o)*(e-c)/(u-c)+o&&(n=!n)}return n}function Ic(i,e,t,n,s,r,a){let o=Math.min(t,s),c=Math.max(t,s),l=Math.min(n,r),u=Math.max(n,r),d=[];for(let h=0;h<i.length;h++){let f=i[h],g=e[h];f>=o&&f<=c&&g>=l&&g<=u&&(!a||a(h))&&d.push(h)}return Int32Array.from(d)}function Lc(i,e,t,n){if(t.length<6)return os;let s=1/0,r=-1/0,a=1/0,o=-1/0;for(let l=0;l<t.length;l+=2)s=Math.min(s,t[l]),r=Math.max(r,t[l]),a=Math.min(a,t[l+1]),o=Math.max(o,t[l+1]);let c=[];for(let l=0;l<i.length;l++){let u=i[l],d=e[l];u>=s&&u<=r&&d>=a&&d<=o&&(n&&!n(l)||ff(u,d,t)&&c.push(l))}return Int32Array.from(c)}function Dc(i,e){if(i%4!==0||e%2!==0)return null;let t=pf();if(!t)return null;let n=i*e*8,s=i*i*8,r=Math.ceil((n+s)/65536)+1,a,o;try{a=new WebAssembly.Memory({initial:r}),o=new WebAssembly.Instance(t,{env:{memory:a}})}catch{return null}let c=o.exports.accumulate,l=new Float64Array(a.buffer,0,i*e),u=new Float64Array(a.buffer,n,i*i);return{block:l,upper:u,accumulate(d){d<=0||c(0,e*8,Math.ceil(d/2)*16,i,n)}}}var Si;function pf(){if(Si!==void 0||(Si=null,typeof WebAssembly>"u"))return Si;let i=xf();try{WebAssembly.validate(i)&&(Si=new WebAssembly.Module(i))}catch{}return Si}var Mi=127,mf=123,Be={end:11,loop:3,brIf:13,voidType:64,localGet:32,localSet:33,localTee:34,i32Const:65,i32Add:106,i32Mul:108,i32And:113,i32Shl:116,i32LtU:73,f64Load:43,f64Store:57,f64Add:160,simd:253},wi={v128Load:0,v128Const:12,f64x2ExtractLane:33,f64x2Add:240,f64x2Mul:242};function kt(i){let e=[];do{let t=i&127;i>>>=7,i!==0&&(t|=128),e.push(t)}while(i!==0);return e}function gf(i){let e=[];for(;;){let t=i&127;i>>=7;let n=i===0&&(t&64)===0||i===-1&&(t&64)!==0;if(e.push(n?t:t|128),n)return e}}function Gn(i){return[...kt(i.length),...i.flat()]}function cs(i,e){return[i,...kt(e.length),...e]}function Ao(i){let e=Array.from(new TextEncoder().encode(i));return[...kt(e.length),...e]}var it=i=>[Be.localGet,...kt(i)],En=i=>[Be.localSet,...kt(i)],Tn=i=>[Be.i32Const,...gf(i)],Ai=i=>[Be.simd,...kt(i)],Nc=i=>[...i,...Ai(wi.v128Load),4,0];function xf(){let g=(w,x)=>18+w*4+x,y=[],m=(...w)=>w.forEach(x=>y.push(...x)),p=(w,x,E)=>{m(it(0),it(x),it(1),[Be.i32Mul,Be.i32Add],En(w));for(let B=1;B<E;B++)m(it(w+B-1),it(1),[Be.i32Add],En(w+B))};m(Tn(0),En(5)),m([Be.loop,Be.voidType]),p(8,5,2),m(it(5),Tn(-4),[Be.i32And],En(6)),m([Be.loop,Be.voidType]),p(10,6,4);let _=[...Ai(wi.v128Const),...new Array(16).fill(0)];for(let w=0;w<8;w++)m(_,En(18+w));m(Tn(0),En(7)),m([Be.loop,Be.voidType]);for(let w=0;w<2;w++)m(Nc([...it(8+w),...it(7),Be.i32Add]),En(15+w));for(let w=0;w<4;w++){m(Nc([...it(10+w),...it(7),Be.i32Add]),En(17));for(let x=0;x<2;x++)m(it(g(x,w)),it(15+x),it(17),Ai(wi.f64x2Mul),Ai(wi.f64x2Add),En(g(x,w)))}m(it(7),Tn(16),[Be.i32Add,Be.localTee,...kt(7)],it(2),[Be.i32LtU,Be.brIf,0]),m([Be.end]);for(let w=0;w<2;w++)for(let x=0;x<4;x++)m(it(4),it(5),Tn(w),[Be.i32Add],it(3),[Be.i32Mul],it(6),Tn(x),[Be.i32Add,Be.i32Add],Tn(3),[Be.i32Shl,Be.i32Add,Be.localTee,...kt(14)],it(14),[Be.f64Load,3,0],it(g(w,x)),Ai(wi.f64x2ExtractLane),[0],it(g(w,x)),Ai(wi.f64x2ExtractLane),[1],[Be.f64Add,Be.f64Add,Be.f64Store,3,0]);m(it(6),Tn(4),[Be.i32Add,Be.localTee,...kt(6)],it(3),[Be.i32LtU,Be.brIf,0]),m([Be.end]),m(it(5),Tn(2),[Be.i32Add,Be.localTee,...kt(5)],it(3),[Be.i32LtU,Be.brIf,0]),m([Be.end]),m([Be.end]);let v=[...Gn([[...kt(10),Mi],[...kt(11),mf]]),...y],A=[96,...Gn([[Mi],[Mi],[Mi],[Mi],[Mi]]),...Gn([])];return new Uint8Array([0,97,115,109,1,0,0,0,...cs(1,Gn([A])),...cs(2,Gn([[...Ao("env"),...Ao("memory"),2,0,...kt(1)]])),...cs(3,Gn([[0]])),...cs(7,Gn([[...Ao("accumulate"),0,0]])),...cs(10,Gn([[...kt(v.length),...v]]))])}function _f(i,e,t){let n=new Float64Array(t);for(let s=0;s<e;s++){let r=s*t;for(let a=0;a<t;a++)n[a]+=i[r+a]}return n}function Eo(i,e,t){let n=_f(i,e,t);if(e>0)for(let s=0;s<t;s++)n[s]/=e;return n}var us=3;function vf(i){let e=Math.floor(524288/(8*Math.max(i,1)));return Math.max(32,Math.min(256,e))&-8}function*bf(i,e,t,n,s={}){let r=s.wasm!==!1&&e>0,a=r?4:us,o=Math.ceil(t/a)*a,c=vf(o),l=r?Dc(o,c):null;l||(o=Math.ceil(t/us)*us);let u=l?l.block:new Float64Array(o*c),d=l?l.upper:new Float64Array(o*o);for(let f=0;f<e;f+=c){let g=Math.min(c,e-f);g<c&&u.fill(0);let y=s.scaling;for(let m=0;m<g;m++){let p=(f+m)*t;if(y){let{centre:_}=y,S=y.scale[f+m];for(let v=0;v<t;v++)u[v*c+m]=(i[p+v]-_[v])*S-n[v]}else for(let _=0;_<t;_++)u[_*c+m]=i[p+_]-n[_]}l?l.accumulate(g):Sf(u,c,g,o,d),yield Math.min(1,(f+g)/e)}let h=new Float64Array(t*t);for(let f=0;f<t;f++)for(let g=f;g<t;g++){let y=d[f*o+g];h[f*t+g]=y,h[g*t+f]=y}return h}function To(i,e){let t=e>1?1/(e-1):1;for(let n=0;n<i.length;n++)i[n]*=t;return i}function*Fc(i,e,t,n,s={}){return To(yield*bf(i,e,t,n,s),e)}function Sf(i,e,t,n,s){for(let r=0;r<n;r+=us){let a=r*e,o=a+e,c=o+e;for(let l=r;l<n;l+=us){let u=l*e,d=u+e,h=d+e,f=0,g=0,y=0,m=0,p=0,_=0,S=0,v=0,A=0;for(let B=0;B<t;B++){let F=i[a+B],R=i[o+B],L=i[c+B],k=i[u+B],P=i[d+B],H=i[h+B];f+=F*k,g+=F*P,y+=F*H,m+=R*k,p+=R*P,_+=R*H,S+=L*k,v+=L*P,A+=L*H}let w=r*n+l,x=w+n,E=x+n;s[w]+=f,s[w+1]+=g,s[w+2]+=y,s[x]+=m,s[x+1]+=p,s[x+2]+=_,s[E]+=S,s[E+1]+=v,s[E+2]+=A}}}function Uc(i,e,t,n){let s=new Float64Array(e);for(let r=0;r<e;r++){let a=r*t,o=0;for(let c=0;c<t;c++){let l=i[a+c]-n[c];o+=l*l}s[r]=o>0?1/Math.sqrt(o):0}return{centre:n,scale:s}}function Bc(i,e,t=e){let n=Math.max(0,Math.min(t,e)),s=Mf(Float64Array.from(i),e),r=Float64Array.from(s.diagonal);wf(r,Float64Array.from(s.offDiagonal),e),r.sort().reverse();let a=Af(s,r.subarray(0,n),e);for(let o=0;o<n;o++)s.applyQ(a.subarray(o*e,o*e+e));return{values:r,vectors:a}}function Mf(i,e){let t=new Float64Array(e),n=new Float64Array(e),s=[],r=new Float64Array(e);for(let o=0;o+2<e;o++){let c=o+1,l=e-c,u=i.slice(o*e+c,o*e+e),d=0;for(let S=0;S<l;S++)d+=u[S]*u[S];t[o]=i[o*e+o];let h=u[0],f=Math.sqrt(d),g=h>0?-f:f,y=2*(d-g*h);if(f===0||y<=Number.MIN_VALUE){n[o]=h;continue}u[0]=h-g;let m=2/y;n[o]=g,s.push({first:c,beta:m,v:u}),r.fill(0,0,l);for(let S=0;S<l;S++){let v=(c+S)*e+c,A=u[S],w=i[v+S]*A;for(let x=S+1;x<l;x++){let E=i[v+x];w+=E*u[x],r[x]+=E*A}r[S]+=w}let p=0;for(let S=0;S<l;S++)r[S]*=m,p+=u[S]*r[S];let _=.5*m*p;for(let S=0;S<l;S++)r[S]-=_*u[S];for(let S=0;S<l;S++){let v=(c+S)*e+c,A=u[S],w=r[S];for(let x=S;x<l;x++)i[v+x]-=A*r[x]+w*u[x]}}return e>=2&&(t[e-2]=i[(e-2)*e+e-2],n[e-2]=i[(e-2)*e+e-1]),e>=1&&(t[e-1]=i[(e-1)*e+e-1]),{diagonal:t,offDiagonal:n,applyQ:o=>{for(let c=s.length-1;c>=0;c--){let{first:l,beta:u,v:d}=s[c],h=0;for(let g=0;g<d.length;g++)h+=d[g]*o[l+g];let f=u*h;for(let g=0;g<d.length;g++)o[l+g]-=f*d[g]}}}}function wf(i,e,t){for(let n=0;n<t;n++)for(let s=0;;s++){let r=n;for(;r<t-1;){let h=Math.abs(i[r])+Math.abs(i[r+1]);if(Math.abs(e[r])<=Number.EPSILON*h)break;r++}if(r===n)break;if(s>=64)throw new Error("symmetricEigen: QL did not converge");let a=(i[n+1]-i[n])/(2*e[n]),o=Math.hypot(a,1);a=i[r]-i[n]+e[n]/(a+(a>=0?o:-o));let c=1,l=1,u=0,d=!1;for(let h=r-1;h>=n;h--){let f=c*e[h],g=l*e[h];if(o=Math.hypot(f,a),e[h+1]=o,o===0){i[h+1]-=u,e[r]=0,d=!0;break}c=f/o,l=a/o,a=i[h+1]-u,o=(i[h]-a)*c+2*l*g,u=c*o,i[h+1]=a+u,a=l*o-g}d||(i[n]-=u,e[n]=a,e[r]=0)}}function Af(i,e,t){let{diagonal:n,offDiagonal:s}=i,r=0;for(let d=0;d<t;d++)r=Math.max(r,Math.abs(n[d])+Math.abs(s[d])+(d>0?Math.abs(s[d-1]):0));let a=Math.max(r,Number.MIN_VALUE)*Number.EPSILON,o=new Float64Array(e.length*t),c=new Co(n,s,t,a),l=Ef(625341585),u=0;for(let d=0;d<e.length;d++){d>0&&e[d-1]-e[d]>.001*r&&(u=d),c.factor(e[d]);let h=o.subarray(d*t,d*t+t);for(let f=0;f<t;f++)h[f]=l()-.5;for(let f=0;f<4;f++){Oc(h),c.solve(h);for(let g=u;g<d;g++){let y=o.subarray(g*t,g*t+t),m=0;for(let p=0;p<t;p++)m+=h[p]*y[p];for(let p=0;p<t;p++)h[p]-=m*y[p]}if(!Oc(h))for(let g=0;g<t;g++)h[g]=l()-.5}}return o}var Co=class{constructor(e,t,n,s){q(this,"diagonal",e);q(this,"off",t);q(this,"d",n);q(this,"tinyPivot",s);q(this,"u0");q(this,"u1");q(this,"u2");q(this,"multiplier");q(this,"swapped");this.u0=new Float64Array(n),this.u1=new Float64Array(n),this.u2=new Float64Array(n),this.multiplier=new Float64Array(n),this.swapped=new Uint8Array(n)}factor(e){let{diagonal:t,off:n,d:s}=this,r=t[0]-e,a=s>1?n[0]:0,o=0;for(let c=0;c+1<s;c++){let l=n[c],u=t[c+1]-e,d=c+2<s?n[c+1]:0;if(Math.abs(r)>=Math.abs(l)){let h=r===0?this.tinyPivot:r,f=l/h;this.setRow(c,h,a,o,f,0),r=u-f*a,a=d-f*o}else{let h=r/l;this.setRow(c,l,u,d,h,1),r=a-h*u,a=o-h*d}o=0}this.setRow(s-1,r===0?this.tinyPivot:r,0,0,0,0)}solve(e){let{d:t,u0:n,u1:s,u2:r,multiplier:a,swapped:o}=this;for(let c=0;c+1<t;c++){if(o[c]){let l=e[c];e[c]=e[c+1],e[c+1]=l}e[c+1]-=a[c]*e[c]}for(let c=t-1;c>=0;c--){let l=e[c];c+1<t&&(l-=s[c]*e[c+1]),c+2<t&&(l-=r[c]*e[c+2]),e[c]=l/n[c]}}setRow(e,t,n,s,r,a){this.u0[e]=t,this.u1[e]=n,this.u2[e]=s,this.multiplier[e]=r,this.swapped[e]=a}};function Oc(i){let e=0;for(let s=0;s<i.length;s++)e=Math.max(e,Math.abs(i[s]));if(!(e>0)||!Number.isFinite(e))return!1;let t=0;for(let s=0;s<i.length;s++)t+=(i[s]/e)**2;let n=1/(e*Math.sqrt(t));for(let s=0;s<i.length;s++)i[s]*=n;return!0}function Ef(i){let e=i>>>0;return()=>(e=Math.imul(e,1664525)+1013904223>>>0,e/4294967296)}var kc=10;function Po(i,e,t,n=Eo(i,e,t)){let{scale:s}=Uc(i,e,t,n),r=new Float32Array(e*t);for(let a=0;a<e;a++){let o=a*t,c=s[a];for(let l=0;l<t;l++)r[o+l]=(i[o+l]-n[l])*c}return r}function*Tf(i,e,t,n=kc){Io(i,e,t);let s=Eo(i,e,t);Lo(s);let r=yield*Pf(Fc(i,e,t,s),.95),a=Cf(r,t,n,s);return yield 1,a}function Cf(i,e,t,n){let s=Math.max(0,Math.min(t,e)),r=Bc(i,e,s),a=0;for(let u=0;u<e;u++)a+=i[u*e+u];let o=new Float32Array(s*e),c=new Float64Array(s),l=new Float64Array(s);for(let u=0;u<s;u++){let d=r.vectors.subarray(u*e,u*e+e),h=Rf(d);for(let f=0;f<e;f++)o[u*e+f]=h*d[f];c[u]=Math.max(0,r.values[u]),l[u]=a>0?c[u]/a:0}return{components:o,variance:c,varianceFraction:l,totalVariance:a,mean:Float32Array.from(n)}}function zc(i,e,t,n=kc,s){let r=Tf(i,e,t,n);for(;;){let a=r.next();if(a.done)return a.value;s?.(a.value)}}function Vc(i,e,t,n,s,r,a){Io(i,e,t);let o=Math.floor(s.length/t);for(let h of r)if(!Number.isInteger(h)||h<0||h>=o)throw new RangeError(`project: component ${h} is not in 0..${o-1}`);let c=r.length,l=r.map(h=>Ro(n,0,s,h*t,t)),u=r.map(h=>a?Ro(a.centre,0,s,h*t,t):0),d=new Float32Array(e*c);for(let h=0;h<e;h++){let f=h*t,g=a?a.scale[h]:1;for(let y=0;y<c;y++)d[h*c+y]=g*(Ro(i,f,s,r[y]*t,t)-u[y])-l[y]}return d}function Gc(i,e,t){Io(i,e,t);let n=new Float32Array(e*3),s=Math.min(t,3);for(let r=0;r<e;r++)for(let a=0;a<s;a++)n[r*3+a]=i[r*t+a];return n}function Ro(i,e,t,n,s){let r=0;for(let a=0;a<s;a++)r+=i[e+a]*t[n+a];return r}function Rf(i){let e=0;for(let t=0;t<i.length;t++)Math.abs(i[t])>Math.abs(e)&&(e=i[t]);return e<0?-1:1}function*Pf(i,e){for(;;){let t=i.next();if(t.done)return t.value;yield t.value*e}}function Io(i,e,t){if(!Number.isInteger(e)||!Number.isInteger(t)||e<0||t<1||i.length<e*t)throw new RangeError(`expected an n x d = ${e} x ${t} Float32Array, got length ${i.length}`)}function Lo(i){let e=i.findIndex(t=>!Number.isFinite(t));if(e>=0)throw new Error(`the data has NaN or infinite values (column ${e})`)}var xt=class extends Error{constructor(e="superseded by a newer request"){super(e),this.name="CancelledError"}},If=2048,Lf={load:["load","pca","project"],pca:["pca","project"],project:["project"]},No=class{constructor(e,t){q(this,"group",e);q(this,"reject",t);q(this,"cancelled",!1);q(this,"requests",new Map);q(this,"done",Promise.resolve())}},Do=class{constructor(e,t=()=>{}){q(this,"onDispose",t);q(this,"ports");q(this,"nextId",1);q(this,"pending",new Map);q(this,"operations",new Set);q(this,"shape",{n:0,d:0});q(this,"shardRows",[]);q(this,"rawMean",null);q(this,"last",null);q(this,"failure",null);if(this.ports=Array.isArray(e)?e:[e],this.ports.length===0)throw new Error("ComputeClient needs at least one worker port");for(let n of this.ports)n.addEventListener("message",s=>this.receive(s.data)),n.start?.()}get workerCount(){return this.ports.length}load(e,t,n,s={}){if(!Number.isInteger(t)||!Number.isInteger(n)||t<0||n<1||e.length<t*n)throw new RangeError(`load: ${e.length} values for ${t} x ${n}`);this.shape={n:t,d:n},this.rawMean=null,this.last=null;let r=Math.max(1,Math.min(this.ports.length,Math.floor(t/If)));return this.shardRows=Nf(t,r),this.operate("load",async a=>{let o=0,c=this.shardRows.map((l,u)=>{let d=Df(e,o*n,l*n,r===1?s.transfer:!0);return o+=l,this.request(a,u,"load",{rows:d.rows,n:l,d:n},d.transfer)});return await Promise.all(c),{n:t,d:n}})}pca(e=10,t={}){let n=t.spherize??!1;return this.operate("pca",async s=>{let{n:r,d:a}=this.shape;if(this.shardRows.length===0)throw new Error("no data: call load first");let o=this.last;if(o&&o.k===e&&o.spherize===n)return Wc(o.result,n,a);this.last=null;let c=n&&this.rawMean?this.rawMean:await this.sumRows(s,null);Lo(c),s.cancelled||(this.rawMean=c);let l=n?await this.sumRows(s,c):c,u=new Float64Array(this.shardRows.length),d=await Promise.all(this.shardRows.map((g,y)=>this.request(s,y,"scatter",{mean:l},[],m=>{u[y]=m,t.onProgress?.(.95*u.reduce((p,_)=>p+_,0)/u.length)}))),h=To(Hc(d),r),f=await this.request(s,0,"principalAxes",{covariance:h,d:a,k:e,mean:l},[h.buffer]);return t.onProgress?.(1),s.cancelled||(this.last={k:e,spherize:n,result:f}),Wc(f,n,a)})}project(e,t={}){return this.operate("project",async n=>{for(let u=this.pendingPca();u;u=this.pendingPca())if(await u.done.catch(()=>{}),n.cancelled)throw new xt;let s=this.last;if(!s)throw new Error("project: call pca first");let{mean:r,components:a}=s.result,o=await Promise.all(this.shardRows.map((u,d)=>this.request(n,d,"project",{mean:r,components:a,dims:e})));if(t.onProgress?.(1),o.length===1)return o[0];let c=new Float32Array(this.shape.n*e.length),l=0;for(let u of o)c.set(u,l),l+=u.length;return c})}fail(e){this.failure??(this.failure=e);for(let t of this.operations)this.cancel(t,this.failure)}dispose(){for(let e of this.operations)this.cancel(e,new xt("compute client disposed"));this.onDispose()}pendingPca(){for(let e of this.operations)if(e.group==="pca")return e}async sumRows(e,t){let n=await Promise.all(this.shardRows.map((a,o)=>this.request(e,o,"selectRows",{spherizeAround:t}))),s=Hc(n),r=this.shape.n;if(r>0)for(let a=0;a<s.length;a++)s[a]/=r;return s}operate(e,t){for(let n of this.operations)Lf[e].includes(n.group)&&this.cancel(n,new xt);return this.failure?Promise.reject(this.failure):new Promise((n,s)=>{let r=new No(e,s);this.operations.add(r);let a=t(r);r.done=a,a.then(o=>{this.operations.delete(r),r.cancelled||n(o)},o=>{this.operations.delete(r),r.cancelled||s(o)})})}cancel(e,t){if(!e.cancelled){e.cancelled=!0,this.operations.delete(e);for(let[n,s]of e.requests)this.pending.get(n)?.reject(t),this.pending.delete(n),s.postMessage({id:this.nextId++,method:"cancel",args:{target:n}});e.requests.clear(),e.reject(t)}}request(e,t,n,s,r=[],a){if(e.cancelled)return Promise.reject(new xt);let o=this.nextId++,c=this.ports[t];return new Promise((l,u)=>{this.pending.set(o,{resolve:l,reject:u,onProgress:a,operation:e}),e.requests.set(o,c),c.postMessage({id:o,method:n,args:s},r)})}receive(e){let t=this.pending.get(e.id);if(t){if("progress"in e){t.onProgress?.(e.progress);return}this.pending.delete(e.id),t.operation.requests.delete(e.id),"error"in e?t.reject(e.cancelled?new xt(e.error):new Error(e.error)):t.resolve(e.result)}}};function Nf(i,e){return Array.from({length:e},(t,n)=>Math.floor(i*(n+1)/e)-Math.floor(i*n/e))}function Df(i,e,t,n){let s=i.subarray(e,e+t),r=s.byteOffset===0&&s.byteLength===s.buffer.byteLength;if(r&&!n)return{rows:s,transfer:[]};let a=r?s:s.slice();return{rows:a,transfer:[a.buffer]}}function Hc(i){let e=new Float64Array(i[0].length);for(let t of i)for(let n=0;n<e.length;n++)e[n]+=t[n];return e}function Wc(i,e,t){return{components:i.components.slice(),variance:i.variance.slice(),varianceFraction:i.varianceFraction.slice(),totalVariance:i.totalVariance,mean:i.mean.slice(),spherized:e,k:i.variance.length,d:t}}function Ff(){let i=typeof navigator<"u"?navigator.hardwareConcurrency:0;return Math.max(1,Math.min(4,i||2))}function ar(i=new URL("./compute.worker.js",import.meta.url),e=Ff()){let t=Array.from({length:Math.max(1,e)},()=>new Worker(i,{type:"module"})),n=new Do(t,()=>t.forEach(s=>s.terminate()));for(let s of t)s.addEventListener("error",r=>{r.preventDefault(),n.fail(new Error(`compute worker failed: ${r.message||`could not start ${i}`}`))});return n}var Fo=class{constructor(e,t=()=>{}){q(this,"port",e);q(this,"onDispose",t);q(this,"nextId",1);q(this,"currentRun",0);q(this,"pending",new Map);q(this,"frameListeners",new Set);q(this,"stateListeners",new Set);e.addEventListener("message",n=>this.receive(n.data)),e.start?.()}load(e,t,n,s={}){if(e.length<t*n)throw new RangeError(`load: ${e.length} values for ${t} x ${n}`);let r=e.length===t*n?e:e.subarray(0,t*n),a=[];return s.transfer&&(r.byteOffset===0&&r.byteLength===r.buffer.byteLength||(r=r.slice()),a=[r.buffer]),this.supersede(["load","start"]),this.currentRun=0,this.call("load",{data:r,n:t,d:n},a)}start(e,t={}){this.supersede(["start"]);let n=this.nextId;return this.currentRun=n,this.call("start",{options:e},[],t.onProgress)}pause(){return this.call("pause",{})}resume(){return this.call("resume",{})}perturb(e){return this.call("perturb",{amount:e})}stop(){return this.call("stop",{})}setMaxIterations(e){return this.call("setMaxIterations",{maxIterations:e})}setSupervision(e){return this.call("setSupervision",{supervise:e})}onFrame(e){return this.frameListeners.add(e),()=>this.frameListeners.delete(e)}onState(e){return this.stateListeners.add(e),()=>this.stateListeners.delete(e)}dispose(){for(let[,e]of this.pending)e.reject(new xt("t-SNE client disposed"));this.pending.clear(),this.frameListeners.clear(),this.stateListeners.clear(),this.onDispose()}call(e,t,n=[],s){let r=this.nextId++;return new Promise((a,o)=>{this.pending.set(r,{resolve:a,reject:o,onProgress:s,method:e}),this.port.postMessage({id:r,method:e,args:t},n)})}supersede(e){for(let[t,n]of this.pending)e.includes(n.method)&&(this.pending.delete(t),n.reject(new xt))}receive(e){if("event"in e){if(e.run!==this.currentRun)return;if(e.event==="frame")for(let n of this.frameListeners)n(e.coordinates,e.iteration,e.converged,e);else for(let n of this.stateListeners)n(e.status);return}let t=this.pending.get(e.id);if(t){if("progress"in e){t.onProgress?.(e.progress);return}this.pending.delete(e.id),"error"in e?t.reject(e.cancelled?new xt(e.error):new Error(e.error)):t.resolve(e.result)}}};function Xc(i=new URL("./tsne.worker.js",import.meta.url)){let e=new Worker(i,{type:"module"});return new Fo(e,()=>e.terminate())}function C(i,e={},...t){let n=document.createElement(i);for(let[s,r]of Object.entries(e))r==null||r===!1||(s.startsWith("on")&&typeof r=="function"?n.addEventListener(s.slice(2),r):s==="className"?n.className=String(r):r===!0?n.setAttribute(s,""):n.setAttribute(s,String(r)));for(let s of t)s!=null&&s!==!1&&n.append(s);return n}function Tt(i,e,t){i.options.length===e.length&&e.every((s,r)=>i.options[r].value===s.value&&i.options[r].text===s.label)||i.replaceChildren(...e.map(s=>C("option",{value:s.value},s.label))),i.value=t}function Uo(i){return i<1024?`${i} B`:i<1024*1024?`${(i/1024).toFixed(1)} KiB`:i<1024**3?`${(i/1024/1024).toFixed(1)} MiB`:`${(i/1024**3).toFixed(2)} GiB`}function Oo(i){if(!Number.isFinite(i))return String(i);if(Number.isInteger(i))return i.toLocaleString("en-US");let e=Math.abs(i);return e!==0&&(e<.001||e>=1e6)?i.toExponential(3):String(Number(i.toPrecision(4)))}var qc="http://www.w3.org/2000/svg";function $c(i,e){return i.altKey||e&&(i.ctrlKey||i.metaKey)?"remove":i.shiftKey?"add":"replace"}function Yc(i){let{store:e,plot:t}=i,n=document.createElementNS(qc,"svg");n.setAttribute("class","ep-sel-svg");let s=document.createElementNS(qc,"path");s.setAttribute("class","ep-sel-shape"),n.appendChild(s);let r=C("div",{className:"ep-sel-overlay","data-testid":"selection-overlay"});r.appendChild(n),t.appendChild(r);let a=["pan","box","lasso"].map(y=>{let m=C("button",{"data-testid":`select-mode-${y}`,title:{pan:"Pan / rotate (Ctrl+drag: box select)",box:"Box select (Shift adds, Alt removes)",lasso:"Lasso select (Shift adds, Alt removes)"}[y]},{pan:"Pan",box:"Box",lasso:"Lasso"}[y]);return m.addEventListener("click",()=>e.set({selectMode:y})),m}),o=C("span",{className:"ep-seg","data-testid":"select-modes"},...a),c=()=>{let y=e.state.selectMode;a.forEach((m,p)=>m.classList.toggle("ep-on",["pan","box","lasso"][p]===y)),r.classList.toggle("ep-active",y!=="pan"),r.dataset.mode=y};e.subscribe((y,m)=>{m.has("selectMode")&&c()}),c();let l=null,u=y=>{let m=t.getBoundingClientRect();return[y.clientX-m.left,y.clientY-m.top]},d=()=>{if(!l){s.setAttribute("d","");return}let y=l.pts;if(l.kind==="box"){let[m,p,_,S]=[y[0],y[1],y[y.length-2],y[y.length-1]];s.setAttribute("d",`M${m},${p}H${_}V${S}H${m}Z`)}else{let m="";for(let p=0;p<y.length;p+=2)m+=`${p?"L":"M"}${y[p]},${y[p+1]}`;s.setAttribute("d",m+"Z")}},h=(y,m,p,_=!1)=>{l={kind:m,how:p,pts:u(y),id:y.pointerId,ctrlClick:_},r.classList.add("ep-dragging"),d()},f=y=>{if(!l||y.pointerId!==l.id)return;let[m,p]=u(y);if(l.kind==="box")l.pts=[l.pts[0],l.pts[1],m,p];else{let _=l.pts.length;Math.hypot(m-l.pts[_-2],p-l.pts[_-1])>=2&&l.pts.push(m,p)}d()},g=y=>{if(!l||y.pointerId!==l.id)return;f(y);let m=l;l=null,r.classList.remove("ep-dragging"),d();let p=m.pts,_=!0;for(let A=2;A<p.length&&_;A+=2)_=Math.abs(p[A]-p[0])<3&&Math.abs(p[A+1]-p[1])<3;if(_&&m.ctrlClick){let A=i.screenPositions(),w=-1,x=36;for(let E=0;E<A.x.length;E++){let B=(A.x[E]-p[0])**2+(A.y[E]-p[1])**2;B<x&&i.visible(E)&&(w=E,x=B)}w>=0&&i.onSelect(ls(e.state.selection,Int32Array.of(w),"remove"));return}if(_){m.how==="replace"&&i.onSelect(new Int32Array(0));return}let S=i.screenPositions(),v=m.kind==="box"?Ic(S.x,S.y,p[0],p[1],p[2],p[3],i.visible):Lc(S.x,S.y,p,i.visible);i.onSelect(ls(e.state.selection,v,m.how))};return r.addEventListener("pointerdown",y=>{if(y.button===0){y.preventDefault();try{r.setPointerCapture(y.pointerId)}catch{}h(y,e.state.selectMode==="lasso"?"lasso":"box",$c(y,!0))}}),r.addEventListener("pointermove",f),r.addEventListener("pointerup",g),r.addEventListener("pointercancel",()=>{l=null,r.classList.remove("ep-dragging"),d()}),t.addEventListener("pointerdown",y=>{if(e.state.selectMode!=="pan"||y.button!==0||!(y.ctrlKey||y.metaKey)||y.target===r)return;y.stopPropagation(),y.preventDefault(),h(y,"box",$c({ctrlKey:!1,metaKey:!1,shiftKey:y.shiftKey,altKey:y.altKey},!1),!0);let m=_=>f(_),p=_=>{g(_),window.removeEventListener("pointermove",m,!0),window.removeEventListener("pointerup",p,!0)};window.addEventListener("pointermove",m,!0),window.addEventListener("pointerup",p,!0)},{capture:!0}),{toolbar:o,overlay:r}}var hs=class extends Error{constructor(e="UMAP stopped before the first epoch"){super(e),this.name="UmapStoppedError"}},Bo=class{constructor(e,t=()=>{}){q(this,"port",e);q(this,"onDispose",t);q(this,"nextId",1);q(this,"pending",new Map);q(this,"frameListeners",new Set);q(this,"progressListeners",new Set);e.addEventListener("message",n=>this.receive(n.data)),e.start?.()}load(e,t,n,s={}){if(e.length<t*n)throw new RangeError(`load: ${e.length} values for ${t} x ${n}`);let r=e.length===t*n?e:e.subarray(0,t*n),a=[];return s.transfer&&((r.byteOffset!==0||r.byteLength!==r.buffer.byteLength)&&(r=r.slice()),a.push(r.buffer)),this.cancelRuns(),this.call("load",{data:r,n:t,d:n},!1,a)}start(e={}){return this.cancelRuns(),this.call("start",e,!0)}resume(){return this.cancelRuns(),this.call("resume",{},!0)}stop(){return this.call("stop",{},!1)}onFrame(e){return this.frameListeners.add(e),()=>this.frameListeners.delete(e)}onProgress(e){return this.progressListeners.add(e),()=>this.progressListeners.delete(e)}dispose(){for(let[,e]of this.pending)e.reject(new xt("UMAP client disposed"));this.pending.clear(),this.onDispose()}call(e,t,n,s=[]){let r=this.nextId++;return new Promise((a,o)=>{this.pending.set(r,{resolve:a,reject:o,run:n}),this.port.postMessage({id:r,method:e,args:t},s)})}cancelRuns(){for(let[e,t]of this.pending)t.run&&(this.pending.delete(e),t.reject(new xt))}receive(e){let t=this.pending.get(e.id);if(t)if("progress"in e)for(let n of this.progressListeners)n(e.progress);else"frame"in e?this.emit(e.frame):"error"in e?(this.pending.delete(e.id),t.reject(e.cancelled?new xt(e.error):e.stopped?new hs(e.error):new Error(e.error))):(this.pending.delete(e.id),t.run&&this.emit(e.result),t.resolve(e.result))}emit(e){for(let t of this.frameListeners)t(e.coordinates,e.epoch,e.nEpochs,e.done,e)}};function Zc(i=new URL("./umap.worker.js",import.meta.url)){let e=new Worker(i,{type:"module"});return new Bo(e,()=>e.terminate())}function Ti(i){return i instanceof xt||i?.name==="CancelledError"||i?.name==="AbortError"}var Ei=class{constructor(){q(this,"data",new Float32Array(0));q(this,"n",0);q(this,"d",0);q(this,"last",null)}async load(e,t,n){this.data=e,this.n=t,this.d=n,this.last=null}async pca(e,t){let n=t.spherize?Po(this.data,this.n,this.d):this.data,s=zc(n,this.n,this.d,e);return this.last={data:n,mean:s.mean,components:s.components},{varianceFraction:Array.from(s.varianceFraction)}}async project(e){if(!this.last)throw new Error("project() before pca()");return Vc(this.last.data,this.n,this.d,this.last.mean,this.last.components,e)}async identity(e){let t=e?Po(this.data,this.n,this.d):this.data;return Gc(t,this.n,this.d)}dispose(){this.data=new Float32Array(0),this.last=null}},ko=class{constructor(e=3e4){q(this,"startTimeoutMs",e);q(this,"client",ar());q(this,"local",new Ei);q(this,"fallback",!1);q(this,"onFallback",null)}async load(e,t,n){if(await this.local.load(e,t,n),this.fallback)return;let s=0,r=new Promise(o=>{s=self.setTimeout(()=>o("timeout"),this.startTimeoutMs)});await Promise.race([this.client.load(e,t,n).then(()=>"ok",o=>{if(Ti(o))throw o;return"failed"}),r]).finally(()=>self.clearTimeout(s))!=="ok"&&(this.fallback=!0,this.client.dispose(),this.onFallback?.("The compute worker (compute.worker.js) did not start; computing on the page instead."))}async pca(e,t){if(this.fallback)return this.local.pca(e,t);let n=await this.client.pca(e,{spherize:t.spherize,onProgress:t.onProgress});return{varianceFraction:Array.from(n.varianceFraction)}}project(e){return this.fallback?this.local.project(e):this.client.project(e)}identity(e){return this.local.identity(e)}dispose(){this.fallback||this.client.dispose(),this.local.dispose()}};function Jc(){return typeof Worker=="function"?new ko:new Ei}function or(i,e){let t=e.trim();if(!t)return null;let n,s=/^\/(.+)\/([a-z]*)$/.exec(t);if(s)try{let a=(s[2].includes("c")?"":"i")+(s[2].includes("s")?"s":""),o;try{o=new RegExp(s[1],a+"u")}catch{o=new RegExp(s[1],a)}n=c=>o.test(c)}catch{return new Int32Array(0)}else{let a=t.toLowerCase();n=o=>o.toLowerCase().includes(a)}let r=[];for(let a=0;a<i.length;a++)n(i[a]??"")&&r.push(a);return Int32Array.from(r)}function jc(i,e){let t=C("input",{type:"search",placeholder:"Search… (text or /regex/)","data-testid":"search-input","aria-label":"Search metadata",className:"ep-search"}),n=C("select",{"data-testid":"search-column","aria-label":"Search column"}),s=C("div",{className:"ep-meta","data-testid":"search-count"}),r=C("ul",{className:"ep-results","data-testid":"search-results"}),a=0,o=0,c=()=>{let d=i.state,h=d.columns[o],f=d.searchMatches,g=h?or(h.values,t.value):null,y=g??(f&&d.selection===f?new Int32Array(0):d.selection);i.set({searchMatches:g,selection:g??y})};t.addEventListener("input",()=>{window.clearTimeout(a),a=window.setTimeout(c,120)}),n.addEventListener("change",()=>{o=Number(n.value),c()});let l=()=>{let d=i.state;Tt(n,d.columns.map((f,g)=>({value:String(g),label:f.name})),String(o));let h=d.searchMatches;s.textContent=h?`${h.length.toLocaleString("en-US")} match${h.length===1?"":"es"}`:"",r.replaceChildren(...(h?Array.from(h.subarray(0,12)):[]).map(f=>C("li",{"data-testid":"search-result","data-index":f,onclick:()=>i.set({selected:f})},e(f))))};i.subscribe((d,h)=>{h.has("columns")&&(t.value="",o=Math.max(0,d.labelColumn),d.searchMatches&&i.set({searchMatches:null})),(h.has("columns")||h.has("searchMatches")||h.has("labelColumn"))&&l()}),l();let u=C("section",{},C("h2",{},"Search"),C("div",{className:"ep-row"},t),C("div",{className:"ep-row"},C("label",{},"in"),n),s,r);return i.subscribe((d,h)=>{h.has("columns")&&(u.style.display=d.columns.length?"":"none")}),u.style.display="none",u}function Kc(i,e,t){let n=new Float64Array(e);for(let s of t){let r=s*e;for(let a=0;a<e;a++)n[a]+=i[r+a]}if(t.length)for(let s=0;s<e;s++)n[s]/=t.length;return n}function Qc(i,e){let t=new Uint8Array(e);for(let s of i)t[s]=1;let n=[];for(let s=0;s<e;s++)t[s]||n.push(s);return Int32Array.from(n)}function eu(i,e,t,n,s,r,a,o){let c=or(n,s.negative),l=or(n,s.positive),u=c?.length??0,d=l?.length??0,h=S=>{for(let v=0;v<e;v++)r[v*a+o]=0;return{negativeCount:u,positiveCount:d,problem:S}};if(!c&&!l)return h("no queries");if(c||(c=Qc(l,e)),l||(l=Qc(c,e)),!c.length||!l.length)return h("a side matches no rows");let f=Kc(i,t,c),g=Kc(i,t,l),y=new Float64Array(t),m=new Float64Array(t),p=0;for(let S=0;S<t;S++)y[S]=g[S]-f[S],m[S]=(g[S]+f[S])/2,p+=y[S]*y[S];if(p=Math.sqrt(p),!(p>0))return h("both sides have the same centroid");let _=0;for(let S=0;S<t;S++)y[S]/=p,_+=m[S]*y[S];for(let S=0;S<e;S++){let v=S*t,A=0;for(let w=0;w<t;w++)A+=i[v+w]*y[w];r[S*a+o]=A-_}return{negativeCount:u,positiveCount:d,problem:null}}function tu(i,e,t,n,s,r){let a=new Float32Array(e*2),o=eu(i,e,t,n,s,a,2,0),c=eu(i,e,t,n,r,a,2,1);return{coords:a,x:o,y:c}}var Ci=i=>i==="tsne"||i==="umap"||i==="custom",lr=i=>({method:i,state:"idle",iteration:0,total:0,progress:0,converged:!1,error:null,points:0});function zo(i,e,t){if(!t)return i;let n=new Float32Array(t.length*e);return t.forEach((s,r)=>n.set(i.subarray(s*e,s*e+e),r*e)),n}function nu(i,e,t,n){let s=zo(i,e,t);if(!n)return s;let r=s===i?s.slice():s,a=r.length/e,o=new Float64Array(e);for(let c=0;c<a;c++)for(let l=0;l<e;l++)o[l]+=r[c*e+l];for(let c=0;c<e;c++)o[c]/=Math.max(1,a);for(let c=0;c<a;c++){let l=0;for(let d=0;d<e;d++){let h=r[c*e+d]-o[d];r[c*e+d]=h,l+=h*h}let u=l>0?1/Math.sqrt(l):0;for(let d=0;d<e;d++)r[c*e+d]*=u}return r}function cr(i,e,t,n){if(!n)return i;let s=new Float32Array(e*t).fill(NaN);return n.forEach((r,a)=>{for(let o=0;o<t;o++)s[r*t+o]=i[a*t+o]}),s}var ur=class{constructor(e){q(this,"host",e);q(this,"tsne",{perplexity:30,learningRate:"auto",maxIterations:1e3,seed:1,superviseColumn:-1,ignoredLabel:"",superviseWeight:.5});q(this,"umap",{nNeighbors:15,minDist:.1,spread:1,nEpochs:0,seed:1,metric:"euclidean"});q(this,"custom",{column:0,x:{negative:"",positive:""},y:{negative:"",positive:""}});q(this,"status",{tsne:lr("tsne"),umap:lr("umap")});q(this,"customResult",null);q(this,"last",{});q(this,"tsneClient",null);q(this,"umapClient",null);q(this,"loaded",{tsne:"",umap:""});q(this,"dataId",0);q(this,"dataRef",null);q(this,"listeners",new Set);q(this,"settingsVersion",0);q(this,"runRows",{tsne:null,umap:null});q(this,"pausedByLeaving",!1)}onChange(e){return this.listeners.add(e),()=>this.listeners.delete(e)}emit(){for(let e of this.listeners)e()}setStatus(e,t){this.status[e]={...this.status[e],...t},this.emit()}key(e=""){let t=this.host.getData();t&&t.data!==this.dataRef&&(this.dataRef=t.data,this.dataId++);let n=this.host.store.state.isolated,s=this.host.store.state.spherize?"spherized":"raw";return`${this.dataId}|${s}|${n?`${n.length}:${n[0]}:${n[n.length-1]}`:"all"}|${e}`}project(){let e=this.host.store.state;if(!Ci(e.method)||!this.host.getData())return;let t=e.is3d&&e.method!=="custom"?3:2,n=this.last[e.method];if(e.method==="custom"){this.runCustom();return}if(n&&n.k===t&&n.key===this.key()){this.draw(e.method,n.coords,t),e.method==="tsne"&&this.pausedByLeaving&&(this.pausedByLeaving=!1,this.resumeTsne());return}e.method==="umap"?this.runUmap():this.runTsne()}draw(e,t,n){if(this.last[e]={coords:t,k:n,key:this.key()},this.host.store.state.method!==e)return;let s=e==="tsne"?"t-SNE":e==="umap"?"UMAP":"custom";this.host.place(t,n,e==="custom"?["custom-x","custom-y"]:Array.from({length:n},(r,a)=>`${s}-${a}`))}applySettings(e){e.tsne&&Object.assign(this.tsne,e.tsne),e.umap&&Object.assign(this.umap,e.umap),e.custom&&Object.assign(this.custom,e.custom),this.settingsVersion++,this.emit(),e.custom&&this.host.store.state.method==="custom"&&this.runCustom()}setLayout(e,t,n){this.draw(e,t,n)}lastLayout(e){return this.last[e]??null}runCustom(){let e=this.host.getData(),n=this.host.store.state.columns[this.custom.column];if(!e)return;let s=tu(e.data,e.n,e.d,n?n.values:[],this.custom.x,this.custom.y);this.customResult=s,this.emit(),this.draw("custom",s.coords,2)}async runUmap(){let e=this.host.getData();if(!e)return;let t=this.host.store.state,n=t.isolated,s=t.is3d?3:2,r=this.key();try{this.umapClient||(this.umapClient=Zc(),this.umapClient.onProgress(l=>this.setStatus("umap",{progress:l.fraction})),this.umapClient.onFrame((l,u,d,h,f)=>{this.setStatus("umap",{iteration:u,total:d,state:h?"done":"running"}),this.draw("umap",cr(l,this.host.getData()?.n??0,f.dim,this.runRows.umap),f.dim)})),this.setStatus("umap",{state:"initializing",iteration:0,total:0,progress:0,error:null,points:n?n.length:e.n}),this.loaded.umap!==r&&(this.loaded.umap="",await this.umapClient.load(nu(e.data,e.d,n,t.spherize),n?n.length:e.n,e.d),this.loaded.umap=r),this.runRows.umap=n;let a=this.umap,o={nNeighbors:a.nNeighbors,minDist:a.minDist,spread:a.spread,seed:a.seed,metric:a.metric,dim:s};a.nEpochs>0&&(o.nEpochs=a.nEpochs);let c=await this.umapClient.start(o);this.setStatus("umap",{state:c.done?"done":"stopped"})}catch(a){if(Ti(a))return;if(a instanceof hs){this.setStatus("umap",{state:"stopped",error:null,iteration:0});return}this.setStatus("umap",{state:"error",error:a instanceof Error?a.message:String(a)})}}stopUmap(){this.umapClient?.stop()}async runTsne(){this.pausedByLeaving=!1;let e=this.host.getData();if(!e)return;let t=this.host.store.state,n=t.isolated,s=n?n.length:e.n,r=t.is3d?3:2,a=this.key();try{if(!this.tsneClient){if(!this.host.createTsneClient)throw new Error("the t-SNE worker is not part of this build");this.tsneClient=this.host.createTsneClient(),this.tsneClient.onFrame((u,d,h,f)=>{this.setStatus("tsne",{iteration:d,converged:h,state:f.done?"done":this.status.tsne.state==="paused"?"paused":"running"}),this.draw("tsne",cr(u,this.host.getData()?.n??0,f.dim,this.runRows.tsne),f.dim)}),this.tsneClient.onState(u=>this.setStatus("tsne",{state:u.state,iteration:u.iteration,converged:u.converged}))}this.setStatus("tsne",{state:"initializing",iteration:0,total:this.tsne.maxIterations,progress:0,error:null,converged:!1,points:s}),this.loaded.tsne!==a&&(this.loaded.tsne="",await this.tsneClient.load(nu(e.data,e.d,n,t.spherize),s,e.d),this.loaded.tsne=a),this.runRows.tsne=n;let o=this.tsne,c={dim:r,perplexity:o.perplexity,learningRate:o.learningRate,seed:o.seed,maxIterations:o.maxIterations,frameMilliseconds:Math.round(Math.max(80,Math.min(1e3,s/100)))},l=this.supervision(n);l&&(c.supervise=l),await this.tsneClient.start(c,{onProgress:u=>this.setStatus("tsne",{progress:u})})}catch(o){if(Ti(o))return;this.setStatus("tsne",{state:"error",error:o instanceof Error?o.message:String(o)})}}supervision(e){let t=this.host.store.state.columns[this.tsne.superviseColumn];if(!t||this.tsne.superviseWeight<=0)return;let n=new Map,s=e?e.length:t.values.length,r=new Int32Array(s),a=this.tsne.ignoredLabel.trim();for(let o=0;o<s;o++){let c=t.values[e?e[o]:o]??"";if(c===""||a!==""&&c===a){r[o]=-1;continue}let l=n.get(c);l===void 0&&(l=n.size,n.set(c,l)),r[o]=l}return{labels:r,weight:this.tsne.superviseWeight}}leaving(e){e==="tsne"&&this.status.tsne.state==="running"&&(this.pausedByLeaving=!0,this.pauseTsne())}pauseTsne(){this.tsneClient?.pause().then(e=>this.setStatus("tsne",{state:e.state,iteration:e.iteration}))}resumeTsne(){this.tsneClient?.resume().then(e=>this.setStatus("tsne",{state:e.state,iteration:e.iteration}))}perturbTsne(){this.tsneClient?.perturb()}setTsneMaxIterations(e){this.tsne.maxIterations=e,this.setStatus("tsne",{total:e}),this.tsneClient?.setMaxIterations(e)}reset(){this.last={},this.loaded={tsne:"",umap:""},(this.status.tsne.state==="running"||this.status.tsne.state==="paused"||this.status.tsne.state==="initializing")&&this.tsneClient?.stop(),(this.status.umap.state==="running"||this.status.umap.state==="initializing")&&this.umapClient?.stop(),this.status={tsne:lr("tsne"),umap:lr("umap")},this.customResult=null,this.emit()}};var hr=class{constructor(){q(this,"client",null);q(this,"local",null);q(this,"key","");q(this,"pending",null);q(this,"variance",null)}async project(e,t,n,s,r,a){let o=`${a}|${s}|${n.length}:${n[0]}:${n[n.length-1]}:${n[n.length>>1]}`;if(o!==this.key||!this.pending){this.key=o;let u=zo(e,t,n),d=Math.min(10,t);this.pending=(async()=>{if(!this.local&&typeof Worker=="function")try{this.client??(this.client=ar(void 0,1)),await this.client.load(u,n.length,t),this.variance=Array.from((await this.client.pca(d,{spherize:s})).varianceFraction);return}catch(h){if(h?.name==="CancelledError")throw h;this.client?.dispose(),this.client=null}this.local??(this.local=new Ei),await this.local.load(u,n.length,t),this.variance=Array.from((await this.local.pca(d,{spherize:s})).varianceFraction)})()}await this.pending;let c=Math.min(10,t)-1,l=r.map(u=>Math.min(u,c));return this.client&&!this.local?this.client.project(l):this.local.project(l)}dispose(){this.client?.dispose(),this.client=null,this.local=null,this.key="",this.pending=null,this.variance=null}};var iu=`
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
`;function su(i,e){let t=e.custom,n=C("select",{"data-testid":"custom-column","aria-label":"Search by column"});n.addEventListener("change",()=>{t.column=Number(n.value),r()});let s=0,r=()=>{window.clearTimeout(s),i.state.method==="custom"&&e.runCustom()},a=(p,_,S)=>{let v=C("input",{type:"search",className:"ep-search","data-testid":`custom-${p}-${_==="negative"?p==="x"?"left":"down":p==="x"?"right":"up"}`,placeholder:`${S}: text or /regex/`,"aria-label":S}),A=C("span",{className:"ep-meta ep-count","data-testid":`${v.dataset.testid}-count`});return v.addEventListener("input",()=>{t[p][_]=v.value,window.clearTimeout(s),s=window.setTimeout(r,200)}),{row:C("div",{className:"ep-row"},C("label",{},S),v,A),input:v,count:A}},o=a("x","negative","X left"),c=a("x","positive","X right"),l=a("y","negative","Y down"),u=a("y","positive","Y up"),d=C("div",{className:"ep-meta","data-testid":"custom-note"}),h=0,f=()=>{h!==e.settingsVersion&&(h=e.settingsVersion,o.input.value=t.x.negative,c.input.value=t.x.positive,l.input.value=t.y.negative,u.input.value=t.y.positive,n.value=String(t.column));let p=e.customResult,_=(v,A,w)=>{v.textContent=w.trim()?`${A??0} match${A===1?"":"es"}`:"",v.dataset.count=String(A??0)};_(o.count,p?.x.negativeCount,t.x.negative),_(c.count,p?.x.positiveCount,t.x.positive),_(l.count,p?.y.negativeCount,t.y.negative),_(u.count,p?.y.positiveCount,t.y.positive);let S=p?[p.x.problem&&`X: ${p.x.problem}`,p.y.problem&&`Y: ${p.y.problem}`].filter(Boolean):[];d.textContent=S.length?`${S.join("; ")} (axis flat).`:"An empty side means every row the other side does not match."};e.onChange(f);let g=()=>{let p=i.state;t.column>=p.columns.length&&(t.column=Math.max(0,p.labelColumn)),Tt(n,p.columns.map((_,S)=>({value:String(S),label:_.name})),String(t.column))},y=C("div",{"data-testid":"custom-panel",className:"ep-method-panel"},C("div",{className:"ep-row"},C("label",{},"Search by"),n),o.row,c.row,l.row,u.row,d),m=()=>{y.style.display=i.state.method==="custom"?"":"none"};return i.subscribe((p,_)=>{_.has("method")&&m(),_.has("columns")&&g()}),m(),g(),f(),y}function ru(i){if(i==="")return NaN;let e=Number(i);return Number.isFinite(e)?e:NaN}function dr(i,e){let t=new Set,n=0,s=!0,r=!0,a=0;for(let u of e){if(u===""){n++;continue}if(a++,t.add(u),s){let d=ru(u);Number.isNaN(d)?s=!1:Number.isInteger(d)||(r=!1)}}let o=t.size,c=a>0&&s&&!(r&&o<=20),l={name:i,kind:c?"numeric":"categorical",values:e,distinct:o,missing:n};if(c){let u=new Float64Array(e.length),d=1/0,h=-1/0;for(let f=0;f<e.length;f++){let g=ru(e[f]);u[f]=g,Number.isNaN(g)||(g<d&&(d=g),g>h&&(h=g))}l.numbers=u,l.min=d,l.max=h}return l}function au(i){return/[",\r\n]|^\s|\s$/.test(i)?`"${i.replace(/"/g,'""')}"`:i}function Uf(i){return Number.isFinite(i)?String(i):""}function lu(i,e,t){if(e)for(let n of e)t(n);else for(let n=0;n<i;n++)t(n)}function Of(i){let e=new Set(["index",...i.axisNames,"selected"]),t=i.columns.map(n=>{let s=n.name,r=2;for(;e.has(s);)s=`${n.name}_${r++}`;return e.add(s),s});return{axes:i.axisNames,cols:t}}function cu(i){let{axes:e,cols:t}=Of(i),n=[["index",...e,...t,"selected"].map(au).join(",")];return lu(i.n,i.rows,s=>{let r=[String(s)];for(let a=0;a<i.k;a++)r.push(Uf(i.coords[s*i.k+a]));for(let a of i.columns)r.push(au(a.values[s]??""));r.push(bi(i.selection,s)?"1":"0"),n.push(r.join(","))}),n.join(`\r
`)+`\r
`}function uu(i,e={}){let t=[];return lu(i.n,i.rows,n=>{let s=[];for(let a=0;a<i.k;a++){let o=i.coords[n*i.k+a];s.push(Number.isFinite(o)?o:null)}let r={};for(let a of i.columns)r[a.name]=a.values[n]??"";t.push({index:n,coordinates:s,metadata:r,selected:bi(i.selection,n)})}),JSON.stringify({...e,axes:i.axisNames,columns:i.columns.map(n=>n.name),points:t})}function ou(i){return i.replace(/[\t\r\n]/g," ")}function hu(i,e){let t=[];i.length>=2&&t.push(i.map(n=>ou(n.name)).join("	"));for(let n=0;n<e;n++)t.push(i.map(s=>ou(s.values[n]??"")).join("	"));return t.join(`
`)+`
`}function du(i,e,t,n,s){let r=i.find(o=>o.name===t),a=r?r.values.slice():new Array(e).fill("");for(let o of s)o>=0&&o<e&&(a[o]=n);return a}function Vt(i,e,t,n,s){let r=C("input",{type:"number","data-testid":e,"aria-label":i,value:String(t),min:n.min,max:n.max,step:n.step??"any",className:"ep-num-in"});return r.addEventListener("change",()=>{let a=Number(r.value);if(!Number.isFinite(a)){r.value=String(t);return}n.min!==void 0&&(a=Math.max(n.min,a)),n.max!==void 0&&(a=Math.min(n.max,a)),r.value=String(a),t=a,s(a)}),{row:C("div",{className:"ep-row"},C("label",{},i),r),input:r}}function ht(i,e,t,n){let s=C("button",{"data-testid":e,title:n});return s.textContent=i,s.addEventListener("click",t),s}function ds(i,e){let t=C("a",{href:URL.createObjectURL(i),download:e.replace(/[^\w.-]+/g,"_")});t.style.display="none",document.body.appendChild(t),t.click(),t.remove(),setTimeout(()=>URL.revokeObjectURL(t.href),3e4)}function Vo(i){let e=i.state;return`${e.run??"run"}_${e.tensorName??"tensor"}_${e.method}`}function fu(i,e){return new Blob([hu(i,e)],{type:"text/tab-separated-values"})}function pu(i){let{store:e}=i,t=l=>{let u=i.layout(),d=e.state;return u?{coords:u.coords,n:d.n,k:u.k,axisNames:u.axes,columns:d.columns,selection:d.selection,rows:l?d.selection:d.isolated}:null},n=l=>()=>{let u=t(l);u&&ds(new Blob([cu(u)],{type:"text/csv"}),`${Vo(e)}${l?"_selected":""}.csv`)},s=l=>()=>{let u=t(l),d=e.state;u&&ds(new Blob([uu(u,{run:d.run,tensor:d.tensorName,method:d.method})],{type:"application/json"}),`${Vo(e)}${l?"_selected":""}.json`)},r=ht("PNG","export-png",()=>{i.png().then(l=>{l&&ds(l,`${Vo(e)}.png`)})},"The plot as a PNG image"),a=ht("Selected CSV","export-selected-csv",n(!0)),o=ht("Selected JSON","export-selected-json",s(!0)),c=()=>{let l=e.state.selection.length===0;a.disabled=l,o.disabled=l};return e.subscribe((l,u)=>{u.has("selection")&&c()}),c(),C("section",{"data-testid":"export-panel"},C("h2",{},"Export"),C("div",{className:"ep-row ep-wrap"},ht("CSV","export-all-csv",n(!1),"Coordinates, metadata and a selected flag (shown points)"),ht("JSON","export-all-json",s(!1)),a,o,r))}var fs="__new__";function mu(i){let e=C("select",{"data-testid":"edit-column","aria-label":"Column to edit"}),t=C("input",{type:"text",className:"ep-search","data-testid":"edit-new-column",placeholder:"new column name",value:"tag"}),n=C("input",{type:"text",className:"ep-search","data-testid":"edit-label",placeholder:"label for the selection"}),s=C("div",{className:"ep-meta","data-testid":"edit-message"}),r=0,a=ht("Tag selection","edit-apply",()=>{let l=i.state,u=e.value===fs?t.value.trim():l.columns[Number(e.value)]?.name;if(!u){s.textContent="Name the new column first.";return}if(!l.selection.length){s.textContent="Select points first.";return}let d=du(l.columns,l.n,u,n.value,l.selection),h=l.columns.findIndex(y=>y.name===u),f=dr(u,d),g=h>=0?l.columns.map((y,m)=>m===h?f:y):[...l.columns,f];i.set({columns:g}),e.value=String(h>=0?h:g.length-1),r++,s.textContent=`"${n.value}" set on ${l.selection.length.toLocaleString("en-US")} points in "${u}".`}),o=ht("Download metadata","edit-download",()=>{let l=i.state;ds(fu(l.columns,l.n),`${l.run??"run"}_${l.tensorName??"tensor"}_metadata${r?"_edited":""}.tsv`)},"The metadata with your edits, as a TSV TensorBoard reads"),c=()=>{let l=i.state,u=e.value;Tt(e,[...l.columns.map((d,h)=>({value:String(h),label:d.name})),{value:fs,label:"New column…"}],u&&(u===fs||Number(u)<l.columns.length)?u:fs),t.style.display=e.value===fs?"":"none",a.disabled=l.selection.length===0,o.disabled=l.n===0};return e.addEventListener("change",c),i.subscribe((l,u)=>{(u.has("columns")||u.has("selection")||u.has("n"))&&c()}),c(),C("section",{"data-testid":"edit-panel"},C("h2",{},"Edit by"),C("div",{className:"ep-row"},C("label",{},"Column"),e),C("div",{className:"ep-row"},t),C("div",{className:"ep-row"},n),C("div",{className:"ep-row"},a,o),s)}function gu(i,e,t){let n=i.k==="auto"?Math.min(100,Math.max(10,Math.round(t/20))):Math.min(1e3,Math.max(1,i.k)),s=i.metric==="auto"?e?"cosine":"euclidean":i.metric,r=i.space==="auto"?e:i.space==="spherized";return{k:Math.min(n,Math.max(0,t-1)),metric:s,spherized:r}}function xu(i,e,t,n){let s=Vt("k","nn-k",100,{min:1,max:1e3,step:1},u=>{e.k=u,t()});s.input.placeholder="auto",s.input.value="";let r=C("select",{"data-testid":"nn-metric","aria-label":"Distance"},C("option",{value:"auto"},"auto"),C("option",{value:"cosine"},"cosine"),C("option",{value:"euclidean"},"Euclidean")),a=C("select",{"data-testid":"nn-space","aria-label":"Space"},C("option",{value:"auto"},"auto"),C("option",{value:"original"},"original"),C("option",{value:"spherized"},"spherized"));r.addEventListener("change",()=>{e.metric=r.value,t()}),a.addEventListener("change",()=>{e.space=a.value,t()});let o=C("div",{className:"ep-meta","data-testid":"nn-title"}),c=C("ol",{className:"ep-nb ep-nb-all","data-testid":"nn-list"}),l=()=>{let u=i.state,d=u.selected>=0?u.neighbors??[]:[];o.textContent=u.selected>=0?`${d.length} nearest to ${n(u.selected)} (${u.neighborMetric})`:"Click a point.",c.replaceChildren(...d.map(h=>C("li",{"data-testid":"nn-item","data-index":h.index,"data-distance":h.distance,onclick:()=>i.set({selected:h.index})},C("span",{className:"ep-lab"},n(h.index)),C("span",{className:"ep-cnt"},h.distance.toPrecision(4)))))};return i.subscribe((u,d)=>{(d.has("neighbors")||d.has("selected")||d.has("labelColumn"))&&l()}),l(),C("section",{"data-testid":"neighbors-panel"},C("h2",{},"Nearest neighbours"),s.row,C("div",{className:"ep-row"},C("label",{},"Distance"),r),C("div",{className:"ep-row"},C("label",{},"Space"),a),o,c)}function yu(i,e){let t=C("div",{className:"ep-meta","data-testid":"selection-count"}),n=ht("Isolate","isolate",()=>{let u=i.state.selection;u.length&&i.set({isolated:u})},"Draw and fit only the selected points"),s=ht("Show all","show-all",()=>i.set({isolated:null})),r=ht("Clear","clear-selection",()=>i.set({selection:new Int32Array(0),selected:-1})),a=C("ul",{className:"ep-results","data-testid":"selection-list"}),o=C("div",{className:"ep-meta"}),c=50,l=()=>{let u=i.state,d=u.selection;t.textContent=`${d.length.toLocaleString("en-US")} selected`+(u.isolated?` · ${u.isolated.length.toLocaleString("en-US")} of ${u.n.toLocaleString("en-US")} shown`:""),t.dataset.count=String(d.length),n.disabled=d.length===0,s.disabled=!u.isolated,r.disabled=d.length===0,a.replaceChildren(...Array.from(d.subarray(0,c)).map(h=>C("li",{"data-testid":"selection-item","data-index":h,onclick:()=>i.set({selected:h})},e(h)))),o.replaceChildren(),d.length>c&&o.append(`… and ${(d.length-c).toLocaleString("en-US")} more `,ht("show more","selection-more",()=>{c+=500,l()}))};return i.subscribe((u,d)=>{d.has("selection")&&(c=50),(d.has("selection")||d.has("isolated")||d.has("labelColumn")||d.has("columns")||d.has("n"))&&l()}),l(),C("section",{"data-testid":"selection-panel"},C("h2",{},"Selection"),t,C("div",{className:"ep-row"},n,s,r),C("div",{className:"ep-meta"},"Click, Shift+click adds, Alt+click removes; Box / Lasso (or Ctrl+drag) in the toolbar."),a,o)}function _u(i,e){let t=e.tsne,n=Vt("Perplexity","tsne-perplexity",t.perplexity,{min:2,max:100,step:1},v=>{t.perplexity=v}),s=C("input",{type:"text","data-testid":"tsne-learning-rate","aria-label":"Learning rate",value:"auto",className:"ep-num-in"});s.addEventListener("change",()=>{let v=Number(s.value);t.learningRate=s.value.trim()===""||s.value.trim()==="auto"||!(v>0)?"auto":v,s.value=String(t.learningRate)});let r=Vt("Max iter.","tsne-max-iterations",t.maxIterations,{min:1,max:1e5,step:50},v=>e.setTsneMaxIterations(v)),a=Vt("Seed","tsne-seed",t.seed,{min:0,step:1},v=>{t.seed=v}),o=C("select",{"data-testid":"tsne-supervise","aria-label":"Supervise with"});o.addEventListener("change",()=>{t.superviseColumn=Number(o.value)});let c=C("input",{type:"text","data-testid":"tsne-ignored-label","aria-label":"Ignored label",placeholder:"e.g. unknown",className:"ep-num-in"});c.addEventListener("change",()=>{t.ignoredLabel=c.value});let l=Vt("Weight","tsne-supervise-weight",t.superviseWeight,{min:0,max:1,step:.05},v=>{t.superviseWeight=v}),u=C("span",{"data-testid":"tsne-iteration",className:"ep-counter"},"0"),d=C("div",{className:"ep-meta","data-testid":"tsne-status"}),h=ht("Re-run","tsne-rerun",()=>{e.runTsne()},"Start again from the seed"),f=ht("Pause","tsne-pause",()=>{e.status.tsne.state==="paused"?e.resumeTsne():e.pauseTsne()}),g=ht("Perturb","tsne-perturb",()=>e.perturbTsne(),"Shake the layout a little and keep going"),y=0,m=()=>{y!==e.settingsVersion&&(y=e.settingsVersion,n.input.value=String(t.perplexity),s.value=String(t.learningRate),r.input.value=String(t.maxIterations),a.input.value=String(t.seed),l.input.value=String(t.superviseWeight),c.value=t.ignoredLabel,o.value=String(t.superviseColumn));let v=e.status.tsne;u.textContent=String(v.iteration),u.dataset.iteration=String(v.iteration),d.dataset.state=v.state,d.textContent=v.state==="idle"?"Not run yet.":v.state==="initializing"?`Neighbours and affinities… ${Math.round(100*v.progress)}%`:v.state==="error"?`Failed: ${v.error}`:`${v.points.toLocaleString("en-US")} points · ${v.state}${v.converged?" (converged)":""}`,f.textContent=v.state==="paused"?"Resume":"Pause",f.disabled=!(v.state==="running"||v.state==="paused"),g.disabled=!(v.state==="running"||v.state==="paused")};e.onChange(m),m();let p=()=>{let v=i.state;t.superviseColumn>=v.columns.length&&(t.superviseColumn=-1),Tt(o,[{value:"-1",label:"none"},...v.columns.map((A,w)=>({value:String(w),label:A.name}))],String(t.superviseColumn))},_=C("div",{"data-testid":"tsne-panel",className:"ep-method-panel"},n.row,C("div",{className:"ep-row"},C("label",{},"Learn. rate"),s),r.row,a.row,C("div",{className:"ep-row"},C("label",{},"Supervise"),o),C("div",{className:"ep-row"},C("label",{},"Ignore"),c),l.row,C("div",{className:"ep-row"},C("label",{},"Iteration"),u),C("div",{className:"ep-row"},f,g,h),d),S=()=>{_.style.display=i.state.method==="tsne"?"":"none"};return i.subscribe((v,A)=>{A.has("method")&&S(),A.has("columns")&&p()}),S(),p(),_}function vu(i,e){let t=e.umap,n=Vt("Neighbours","umap-neighbors",t.nNeighbors,{min:2,max:200,step:1},m=>{t.nNeighbors=m}),s=Vt("Min dist","umap-min-dist",t.minDist,{min:0,max:10,step:.01},m=>{t.minDist=m}),r=Vt("Spread","umap-spread",t.spread,{min:.01,max:20,step:.1},m=>{t.spread=m}),a=Vt("Epochs","umap-epochs",t.nEpochs,{min:0,max:5e3,step:10},m=>{t.nEpochs=m}),o=Vt("Seed","umap-seed",t.seed,{min:0,step:1},m=>{t.seed=m}),c=C("select",{"data-testid":"umap-metric","aria-label":"Metric"},C("option",{value:"euclidean"},"Euclidean"),C("option",{value:"cosine"},"Cosine"));c.addEventListener("change",()=>{t.metric=c.value});let l=C("div",{className:"ep-meta","data-testid":"umap-status"}),u=ht("Run","umap-run",()=>{e.runUmap()},"Run UMAP on all (or the isolated) points"),d=ht("Stop","umap-stop",()=>e.stopUmap()),h=0,f=()=>{h!==e.settingsVersion&&(h=e.settingsVersion,n.input.value=String(t.nNeighbors),s.input.value=String(t.minDist),r.input.value=String(t.spread),a.input.value=String(t.nEpochs),o.input.value=String(t.seed),c.value=t.metric);let m=e.status.umap;l.dataset.state=m.state,l.dataset.epoch=String(m.iteration),l.textContent=m.state==="idle"?"Not run yet.":m.state==="initializing"?`Neighbours and initial layout… ${Math.round(100*m.progress)}%`:m.state==="error"?`Failed: ${m.error}`:m.state==="stopped"&&m.total===0?"Stopped before the first epoch · ready to run again.":`Epoch ${m.iteration} / ${m.total} · ${m.points.toLocaleString("en-US")} points${m.state==="done"?" · done":m.state==="stopped"?" · stopped":""}`,d.disabled=!(m.state==="running"||m.state==="initializing")};e.onChange(f),f();let g=C("div",{"data-testid":"umap-panel",className:"ep-method-panel"},n.row,s.row,r.row,a.row,o.row,C("div",{className:"ep-row"},C("label",{},"Metric"),c),C("div",{className:"ep-meta"},"Epochs 0 = automatic (500 under 10,000 points, else 200)."),C("div",{className:"ep-row"},u,d),l),y=()=>{g.style.display=i.state.method==="umap"?"":"none"};return i.subscribe((m,p)=>{p.has("method")&&y()}),y(),g}function bu(i){let{store:e,scatter:t}=i;document.head.appendChild(C("style",{},iu));let n=new ur({store:e,getData:i.getData,place:i.place,createTsneClient:()=>Xc()});i.projectionPanel.append(_u(e,n),vu(e,n),su(e,n));let s={k:"auto",metric:"auto",space:"auto"};i.side.append(yu(e,i.labelOf),xu(e,s,i.recomputeNeighbors,i.labelOf),mu(e),pu({store:e,layout:i.lastLayout,png:()=>t.toPngBlob()}));let r=f=>{let g=e.state.isolated;return!g||bi(g,f)},{toolbar:a}=Yc({store:e,plot:i.plot,screenPositions:()=>t.screenPositions(),visible:r,onSelect:f=>e.set({selection:f,selected:f.length===1?f[0]:f.length&&bi(f,e.state.selected)?e.state.selected:-1})});i.toolbar.append(a);let o=e.state.method;e.subscribe((f,g)=>{g.has("method")&&(n.leaving(o),o=f.method)});let c=null,l=0,u=new hr,d=0,h=async()=>{let f=e.state,g=i.getData(),y=f.isolated;if(!g||!y||!y.length)return;let m=++d,p=f.is3d?3:2,_=f.dims.slice(0,p);e.set({computing:`PCA on the ${y.length.toLocaleString("en-US")} isolated points…`});try{let S=await u.project(g.data,g.d,y,f.spherize,_,String(l));if(m!==d||e.state.isolated!==y)return;e.set({isolatedVariance:u.variance}),i.place(cr(S,g.n,p,y),p,_.map(v=>`PC${v+1}`))}catch(S){S?.name!=="CancelledError"&&console.warn("embproj: PCA of the isolated points",S)}finally{m===d&&e.set({computing:null})}};return e.subscribe((f,g)=>{let y=i.getData();if((g.has("n")||g.has("d")||g.has("tensorName")||g.has("run"))&&y?.data!==c&&(c=y?.data??null,n.reset(),u.dispose(),l++,(f.selection.length||f.isolated)&&e.set({selection:os,isolated:null})),g.has("isolated"))if(f.isolatedVariance&&e.set({isolatedVariance:null}),Ci(f.method)&&f.method!=="custom")n.project();else if(f.method==="custom"){let m=i.lastLayout();m&&i.place(m.coords,m.k,m.axes)}else i.reproject()}),window.addEventListener("keydown",f=>{f.key==="Escape"&&!(f.target instanceof HTMLInputElement)&&e.set({selection:os,selectMode:"pan"})}),{layouts:n,neighborSettings:s,project:()=>{Ci(e.state.method)?n.project():h()},owns:f=>Ci(f.method)||f.method==="pca"&&!!f.isolated,isLayoutMethod:Ci,click(f,g){let y=e.state,m=g.altKey||g.ctrlKey||g.metaKey?"remove":g.shiftKey?"add":"replace";if(m==="replace"){e.set({selected:f,selection:f>=0?Int32Array.of(f):os});return}if(f<0)return;let p=ls(y.selection,Int32Array.of(f),m);e.set({selection:p,selected:m==="add"?f:y.selected===f?-1:y.selected})},hiddenZ:rr,hook:{layouts:n,get tsne(){return n.status.tsne},get umap(){return n.status.umap},layout:f=>{let g=n.lastLayout(f);return g?{coords:Array.from(g.coords),k:g.k}:null},current:()=>{let f=i.lastLayout();return f?{coords:Array.from(f.coords),k:f.k,axes:f.axes}:null},screenPositions:()=>{let f=t.screenPositions();return{x:Array.from(f.x),y:Array.from(f.y)}}}}}var Xu=0,gl=1,qu=2;var Os=1,$u=2,ji=3,ti=0,Ot=1,bn=2,fi=0,Ki=1,xl=2,yl=3,_l=4,Yu=5;var pi=100,Zu=101,Ju=102,ju=103,Ku=104,Qu=200,eh=201,th=202,nh=203,vl=204,bl=205,ih=206,sh=207,rh=208,ah=209,oh=210,lh=211,ch=212,uh=213,hh=214,Or=0,Br=1,kr=2,Hi=3,zr=4,Vr=5,Gr=6,Hr=7,Sl=0,dh=1,fh=2,Sn=0,Ml=1,wl=2,Al=3,El=4,Tl=5,Cl=6,Rl=7;var Pl=300,mi=301,Qi=302,ma=303,ga=304,Wr=1e3,xn=1001,Xr=1002,pt=1003,ph=1004;var Bs=1005;var Ct=1006,xa=1007;var Un=1008;var Yt=1009,Il=1010,Ll=1011,es=1012,ya=1013,hn=1014,dn=1015,fn=1016,_a=1017,va=1018,gi=1020,Nl=35902,Dl=35899,Fl=1021,Ul=1022,pn=1023,Dn=1026,On=1027,Ol=1028,ba=1029,ni=1030,Sa=1031;var Ma=1033,ks=33776,zs=33777,Vs=33778,Gs=33779,wa=35840,Aa=35841,Ea=35842,Ta=35843,Ca=36196,Ra=37492,Pa=37496,Ia=37488,La=37489,Hs=37490,Na=37491,Da=37808,Fa=37809,Ua=37810,Oa=37811,Ba=37812,ka=37813,za=37814,Va=37815,Ga=37816,Ha=37817,Wa=37818,Xa=37819,qa=37820,$a=37821,Ya=36492,Za=36494,Ja=36495,ja=36283,Ka=36284,Ws=36285,Qa=36286;var _s=2300,qr=2301,Fr=2302,cl=2303,ul=2400,hl=2401,dl=2402;var mh=3200;var Bl=0,gh=1,Bn="",Wt="srgb",vs="srgb-linear",bs="linear",Ke="srgb";var Ur=7680;var xh=519,yh=512,_h=513,vh=514,kl=515,bh=516,Sh=517,zl=518,Vl=519,Mh=35044;var Xs="300 es",en=2e3,Ss=2001;function Bf(i){for(let e=i.length-1;e>=0;--e)if(i[e]>=65535)return!0;return!1}function kf(i){return ArrayBuffer.isView(i)&&!(i instanceof DataView)}function Ms(i){return document.createElementNS("http://www.w3.org/1999/xhtml",i)}function wh(){let i=Ms("canvas");return i.style.display="block",i}var Su={},Wi=null;function Gl(...i){let e="THREE."+i.shift();Wi?Wi("log",e,...i):console.log(e,...i)}function Ah(i){let e=i[0];if(typeof e=="string"&&e.startsWith("TSL:")){let t=i[1];t&&t.isStackTrace?i[0]+=" "+t.getLocation():i[1]='Stack trace not available. Enable "THREE.Node.captureStackTrace" to capture stack traces.'}return i}function Ne(...i){i=Ah(i);let e="THREE."+i.shift();if(Wi)Wi("warn",e,...i);else{let t=i[0];t&&t.isStackTrace?console.warn(t.getError(e)):console.warn(e,...i)}}function De(...i){i=Ah(i);let e="THREE."+i.shift();if(Wi)Wi("error",e,...i);else{let t=i[0];t&&t.isStackTrace?console.error(t.getError(e)):console.error(e,...i)}}function ys(...i){let e=i.join(" ");e in Su||(Su[e]=!0,Ne(...i))}function Eh(i,e,t){return new Promise(function(n,s){function r(){switch(i.clientWaitSync(e,i.SYNC_FLUSH_COMMANDS_BIT,0)){case i.WAIT_FAILED:s();break;case i.TIMEOUT_EXPIRED:setTimeout(r,t);break;default:n()}}setTimeout(r,t)})}var Th={[Or]:Or,[kr]:Gr,[zr]:zr,[Hi]:Vr,[Br]:Br,[Gr]:kr,[Hr]:Hr,[Vr]:Hi},yn=class{addEventListener(e,t){this._listeners===void 0&&(this._listeners={});let n=this._listeners;n[e]===void 0&&(n[e]=[]),n[e].indexOf(t)===-1&&n[e].push(t)}hasEventListener(e,t){let n=this._listeners;return n===void 0?!1:n[e]!==void 0&&n[e].indexOf(t)!==-1}removeEventListener(e,t){let n=this._listeners;if(n===void 0)return;let s=n[e];if(s!==void 0){let r=s.indexOf(t);r!==-1&&s.splice(r,1)}}dispatchEvent(e){let t=this._listeners;if(t===void 0)return;let n=t[e.type];if(n!==void 0){e.target=this;let s=n.slice(0);for(let r=0,a=s.length;r<a;r++)s[r].call(this,e);e.target=null}}},It=["00","01","02","03","04","05","06","07","08","09","0a","0b","0c","0d","0e","0f","10","11","12","13","14","15","16","17","18","19","1a","1b","1c","1d","1e","1f","20","21","22","23","24","25","26","27","28","29","2a","2b","2c","2d","2e","2f","30","31","32","33","34","35","36","37","38","39","3a","3b","3c","3d","3e","3f","40","41","42","43","44","45","46","47","48","49","4a","4b","4c","4d","4e","4f","50","51","52","53","54","55","56","57","58","59","5a","5b","5c","5d","5e","5f","60","61","62","63","64","65","66","67","68","69","6a","6b","6c","6d","6e","6f","70","71","72","73","74","75","76","77","78","79","7a","7b","7c","7d","7e","7f","80","81","82","83","84","85","86","87","88","89","8a","8b","8c","8d","8e","8f","90","91","92","93","94","95","96","97","98","99","9a","9b","9c","9d","9e","9f","a0","a1","a2","a3","a4","a5","a6","a7","a8","a9","aa","ab","ac","ad","ae","af","b0","b1","b2","b3","b4","b5","b6","b7","b8","b9","ba","bb","bc","bd","be","bf","c0","c1","c2","c3","c4","c5","c6","c7","c8","c9","ca","cb","cc","cd","ce","cf","d0","d1","d2","d3","d4","d5","d6","d7","d8","d9","da","db","dc","dd","de","df","e0","e1","e2","e3","e4","e5","e6","e7","e8","e9","ea","eb","ec","ed","ee","ef","f0","f1","f2","f3","f4","f5","f6","f7","f8","f9","fa","fb","fc","fd","fe","ff"];var Go=Math.PI/180,$r=180/Math.PI;function qs(){let i=Math.random()*4294967295|0,e=Math.random()*4294967295|0,t=Math.random()*4294967295|0,n=Math.random()*4294967295|0;return(It[i&255]+It[i>>8&255]+It[i>>16&255]+It[i>>24&255]+"-"+It[e&255]+It[e>>8&255]+"-"+It[e>>16&15|64]+It[e>>24&255]+"-"+It[t&63|128]+It[t>>8&255]+"-"+It[t>>16&255]+It[t>>24&255]+It[n&255]+It[n>>8&255]+It[n>>16&255]+It[n>>24&255]).toLowerCase()}function Ye(i,e,t){return Math.max(e,Math.min(t,i))}function zf(i,e){return(i%e+e)%e}function Ho(i,e,t){return(1-t)*i+t*e}function Ch(i){return Math.pow(2,Math.floor(Math.log(i)/Math.LN2))}function Hl(i){switch(i.constructor){case Uint32Array:return 4294967295;case Uint16Array:return 65535;case Uint8Array:case Uint8ClampedArray:return 255;case Int32Array:return 2147483647;case Int16Array:return 32767;case Int8Array:return 127;default:return}}function Vf(i,e){if(e.constructor===Float32Array)return i;let t=Hl(e);if(t===void 0)throw new Error("THREE.MathUtils: Invalid component type.");return Math.max(i/t,-1)}function Gf(i,e){if(e.constructor===Float32Array)return i;let t=Hl(e);if(t===void 0)throw new Error("THREE.MathUtils: Invalid component type.");return Math.round(i*t)}var Yl=class Yl{constructor(e=0,t=0){this.x=e,this.y=t}get width(){return this.x}set width(e){this.x=e}get height(){return this.y}set height(e){this.y=e}set(e,t){return this.x=e,this.y=t,this}setScalar(e){return this.x=e,this.y=e,this}setX(e){return this.x=e,this}setY(e){return this.y=e,this}setComponent(e,t){switch(e){case 0:this.x=t;break;case 1:this.y=t;break;default:throw new Error("THREE.Vector2: index is out of range: "+e)}return this}getComponent(e){switch(e){case 0:return this.x;case 1:return this.y;default:throw new Error("THREE.Vector2: index is out of range: "+e)}}clone(){return new this.constructor(this.x,this.y)}copy(e){return this.x=e.x,this.y=e.y,this}add(e){return this.x+=e.x,this.y+=e.y,this}addScalar(e){return this.x+=e,this.y+=e,this}addVectors(e,t){return this.x=e.x+t.x,this.y=e.y+t.y,this}addScaledVector(e,t){return this.x+=e.x*t,this.y+=e.y*t,this}sub(e){return this.x-=e.x,this.y-=e.y,this}subScalar(e){return this.x-=e,this.y-=e,this}subVectors(e,t){return this.x=e.x-t.x,this.y=e.y-t.y,this}multiply(e){return this.x*=e.x,this.y*=e.y,this}multiplyScalar(e){return this.x*=e,this.y*=e,this}divide(e){return this.x/=e.x,this.y/=e.y,this}divideScalar(e){return this.multiplyScalar(1/e)}applyMatrix3(e){let t=this.x,n=this.y,s=e.elements;return this.x=s[0]*t+s[3]*n+s[6],this.y=s[1]*t+s[4]*n+s[7],this}min(e){return this.x=Math.min(this.x,e.x),this.y=Math.min(this.y,e.y),this}max(e){return this.x=Math.max(this.x,e.x),this.y=Math.max(this.y,e.y),this}clamp(e,t){return this.x=Ye(this.x,e.x,t.x),this.y=Ye(this.y,e.y,t.y),this}clampScalar(e,t){return this.x=Ye(this.x,e,t),this.y=Ye(this.y,e,t),this}clampLength(e,t){let n=this.length();return this.divideScalar(n||1).multiplyScalar(Ye(n,e,t))}floor(){return this.x=Math.floor(this.x),this.y=Math.floor(this.y),this}ceil(){return this.x=Math.ceil(this.x),this.y=Math.ceil(this.y),this}round(){return this.x=Math.round(this.x),this.y=Math.round(this.y),this}roundToZero(){return this.x=Math.trunc(this.x),this.y=Math.trunc(this.y),this}negate(){return this.x=-this.x,this.y=-this.y,this}dot(e){return this.x*e.x+this.y*e.y}cross(e){return this.x*e.y-this.y*e.x}lengthSq(){return this.x*this.x+this.y*this.y}length(){return Math.sqrt(this.x*this.x+this.y*this.y)}manhattanLength(){return Math.abs(this.x)+Math.abs(this.y)}normalize(){return this.divideScalar(this.length()||1)}angle(){return Math.atan2(-this.y,-this.x)+Math.PI}angleTo(e){let t=Math.sqrt(this.lengthSq()*e.lengthSq());if(t===0)return Math.PI/2;let n=this.dot(e)/t;return Math.acos(Ye(n,-1,1))}distanceTo(e){return Math.sqrt(this.distanceToSquared(e))}distanceToSquared(e){let t=this.x-e.x,n=this.y-e.y;return t*t+n*n}manhattanDistanceTo(e){return Math.abs(this.x-e.x)+Math.abs(this.y-e.y)}setLength(e){return this.normalize().multiplyScalar(e)}lerp(e,t){return this.x+=(e.x-this.x)*t,this.y+=(e.y-this.y)*t,this}lerpVectors(e,t,n){return this.x=e.x+(t.x-e.x)*n,this.y=e.y+(t.y-e.y)*n,this}equals(e){return e.x===this.x&&e.y===this.y}fromArray(e,t=0){return this.x=e[t],this.y=e[t+1],this}toArray(e=[],t=0){return e[t]=this.x,e[t+1]=this.y,e}fromBufferAttribute(e,t){return this.x=e.getX(t),this.y=e.getY(t),this}rotateAround(e,t){let n=Math.cos(t),s=Math.sin(t),r=this.x-e.x,a=this.y-e.y;return this.x=r*n-a*s+e.x,this.y=r*s+a*n+e.y,this}random(){return this.x=Math.random(),this.y=Math.random(),this}*[Symbol.iterator](){yield this.x,yield this.y}};Yl.prototype.isVector2=!0;var Ze=Yl,_n=class{constructor(e=0,t=0,n=0,s=1){this.isQuaternion=!0,this._x=e,this._y=t,this._z=n,this._w=s}static slerpFlat(e,t,n,s,r,a,o){let c=n[s+0],l=n[s+1],u=n[s+2],d=n[s+3],h=r[a+0],f=r[a+1],g=r[a+2],y=r[a+3];if(d!==y||c!==h||l!==f||u!==g){let m=c*h+l*f+u*g+d*y;m<0&&(h=-h,f=-f,g=-g,y=-y,m=-m);let p=1-o;if(m<.9995){let _=Math.acos(m),S=Math.sin(_);p=Math.sin(p*_)/S,o=Math.sin(o*_)/S,c=c*p+h*o,l=l*p+f*o,u=u*p+g*o,d=d*p+y*o}else{c=c*p+h*o,l=l*p+f*o,u=u*p+g*o,d=d*p+y*o;let _=1/Math.sqrt(c*c+l*l+u*u+d*d);c*=_,l*=_,u*=_,d*=_}}e[t]=c,e[t+1]=l,e[t+2]=u,e[t+3]=d}static multiplyQuaternionsFlat(e,t,n,s,r,a){let o=n[s],c=n[s+1],l=n[s+2],u=n[s+3],d=r[a],h=r[a+1],f=r[a+2],g=r[a+3];return e[t]=o*g+u*d+c*f-l*h,e[t+1]=c*g+u*h+l*d-o*f,e[t+2]=l*g+u*f+o*h-c*d,e[t+3]=u*g-o*d-c*h-l*f,e}get x(){return this._x}set x(e){this._x=e,this._onChangeCallback()}get y(){return this._y}set y(e){this._y=e,this._onChangeCallback()}get z(){return this._z}set z(e){this._z=e,this._onChangeCallback()}get w(){return this._w}set w(e){this._w=e,this._onChangeCallback()}set(e,t,n,s){return this._x=e,this._y=t,this._z=n,this._w=s,this._onChangeCallback(),this}clone(){return new this.constructor(this._x,this._y,this._z,this._w)}copy(e){return this._x=e.x,this._y=e.y,this._z=e.z,this._w=e.w,this._onChangeCallback(),this}setFromEuler(e,t=!0){let n=e._x,s=e._y,r=e._z,a=e._order,o=Math.cos,c=Math.sin,l=o(n/2),u=o(s/2),d=o(r/2),h=c(n/2),f=c(s/2),g=c(r/2);switch(a){case"XYZ":this._x=h*u*d+l*f*g,this._y=l*f*d-h*u*g,this._z=l*u*g+h*f*d,this._w=l*u*d-h*f*g;break;case"YXZ":this._x=h*u*d+l*f*g,this._y=l*f*d-h*u*g,this._z=l*u*g-h*f*d,this._w=l*u*d+h*f*g;break;case"ZXY":this._x=h*u*d-l*f*g,this._y=l*f*d+h*u*g,this._z=l*u*g+h*f*d,this._w=l*u*d-h*f*g;break;case"ZYX":this._x=h*u*d-l*f*g,this._y=l*f*d+h*u*g,this._z=l*u*g-h*f*d,this._w=l*u*d+h*f*g;break;case"YZX":this._x=h*u*d+l*f*g,this._y=l*f*d+h*u*g,this._z=l*u*g-h*f*d,this._w=l*u*d-h*f*g;break;case"XZY":this._x=h*u*d-l*f*g,this._y=l*f*d-h*u*g,this._z=l*u*g+h*f*d,this._w=l*u*d+h*f*g;break;default:Ne("Quaternion: .setFromEuler() encountered an unknown order: "+a)}return t===!0&&this._onChangeCallback(),this}setFromAxisAngle(e,t){let n=t/2,s=Math.sin(n);return this._x=e.x*s,this._y=e.y*s,this._z=e.z*s,this._w=Math.cos(n),this._onChangeCallback(),this}setFromRotationMatrix(e){let t=e.elements,n=t[0],s=t[4],r=t[8],a=t[1],o=t[5],c=t[9],l=t[2],u=t[6],d=t[10],h=n+o+d;if(h>0){let f=.5/Math.sqrt(h+1);this._w=.25/f,this._x=(u-c)*f,this._y=(r-l)*f,this._z=(a-s)*f}else if(n>o&&n>d){let f=2*Math.sqrt(1+n-o-d);this._w=(u-c)/f,this._x=.25*f,this._y=(s+a)/f,this._z=(r+l)/f}else if(o>d){let f=2*Math.sqrt(1+o-n-d);this._w=(r-l)/f,this._x=(s+a)/f,this._y=.25*f,this._z=(c+u)/f}else{let f=2*Math.sqrt(1+d-n-o);this._w=(a-s)/f,this._x=(r+l)/f,this._y=(c+u)/f,this._z=.25*f}return this._onChangeCallback(),this}setFromUnitVectors(e,t){let n=e.dot(t)+1;return n<1e-8?(n=0,Math.abs(e.x)>Math.abs(e.z)?(this._x=-e.y,this._y=e.x,this._z=0,this._w=n):(this._x=0,this._y=-e.z,this._z=e.y,this._w=n)):(this._x=e.y*t.z-e.z*t.y,this._y=e.z*t.x-e.x*t.z,this._z=e.x*t.y-e.y*t.x,this._w=n),this.normalize()}angleTo(e){return 2*Math.acos(Math.abs(Ye(this.dot(e),-1,1)))}rotateTowards(e,t){let n=this.angleTo(e);if(n===0)return this;let s=Math.min(1,t/n);return this.slerp(e,s),this}identity(){return this.set(0,0,0,1)}invert(){return this.conjugate()}conjugate(){return this._x*=-1,this._y*=-1,this._z*=-1,this._onChangeCallback(),this}dot(e){return this._x*e._x+this._y*e._y+this._z*e._z+this._w*e._w}lengthSq(){return this._x*this._x+this._y*this._y+this._z*this._z+this._w*this._w}length(){return Math.sqrt(this._x*this._x+this._y*this._y+this._z*this._z+this._w*this._w)}normalize(){let e=this.length();return e===0?(this._x=0,this._y=0,this._z=0,this._w=1):(e=1/e,this._x=this._x*e,this._y=this._y*e,this._z=this._z*e,this._w=this._w*e),this._onChangeCallback(),this}multiply(e){return this.multiplyQuaternions(this,e)}premultiply(e){return this.multiplyQuaternions(e,this)}multiplyQuaternions(e,t){let n=e._x,s=e._y,r=e._z,a=e._w,o=t._x,c=t._y,l=t._z,u=t._w;return this._x=n*u+a*o+s*l-r*c,this._y=s*u+a*c+r*o-n*l,this._z=r*u+a*l+n*c-s*o,this._w=a*u-n*o-s*c-r*l,this._onChangeCallback(),this}slerp(e,t){let n=e._x,s=e._y,r=e._z,a=e._w,o=this.dot(e);o<0&&(n=-n,s=-s,r=-r,a=-a,o=-o);let c=1-t;if(o<.9995){let l=Math.acos(o),u=Math.sin(l);c=Math.sin(c*l)/u,t=Math.sin(t*l)/u,this._x=this._x*c+n*t,this._y=this._y*c+s*t,this._z=this._z*c+r*t,this._w=this._w*c+a*t,this._onChangeCallback()}else this._x=this._x*c+n*t,this._y=this._y*c+s*t,this._z=this._z*c+r*t,this._w=this._w*c+a*t,this.normalize();return this}slerpQuaternions(e,t,n){return this.copy(e).slerp(t,n)}random(){let e=2*Math.PI*Math.random(),t=2*Math.PI*Math.random(),n=Math.random(),s=Math.sqrt(1-n),r=Math.sqrt(n);return this.set(s*Math.sin(e),s*Math.cos(e),r*Math.sin(t),r*Math.cos(t))}equals(e){return e._x===this._x&&e._y===this._y&&e._z===this._z&&e._w===this._w}fromArray(e,t=0){return this._x=e[t],this._y=e[t+1],this._z=e[t+2],this._w=e[t+3],this._onChangeCallback(),this}toArray(e=[],t=0){return e[t]=this._x,e[t+1]=this._y,e[t+2]=this._z,e[t+3]=this._w,e}fromBufferAttribute(e,t){return this._x=e.getX(t),this._y=e.getY(t),this._z=e.getZ(t),this._w=e.getW(t),this._onChangeCallback(),this}toJSON(){return this.toArray()}_onChange(e){return this._onChangeCallback=e,this}_onChangeCallback(){}*[Symbol.iterator](){yield this._x,yield this._y,yield this._z,yield this._w}},Zl=class Zl{constructor(e=0,t=0,n=0){this.x=e,this.y=t,this.z=n}set(e,t,n){return n===void 0&&(n=this.z),this.x=e,this.y=t,this.z=n,this}setScalar(e){return this.x=e,this.y=e,this.z=e,this}setX(e){return this.x=e,this}setY(e){return this.y=e,this}setZ(e){return this.z=e,this}setComponent(e,t){switch(e){case 0:this.x=t;break;case 1:this.y=t;break;case 2:this.z=t;break;default:throw new Error("THREE.Vector3: index is out of range: "+e)}return this}getComponent(e){switch(e){case 0:return this.x;case 1:return this.y;case 2:return this.z;default:throw new Error("THREE.Vector3: index is out of range: "+e)}}clone(){return new this.constructor(this.x,this.y,this.z)}copy(e){return this.x=e.x,this.y=e.y,this.z=e.z,this}add(e){return this.x+=e.x,this.y+=e.y,this.z+=e.z,this}addScalar(e){return this.x+=e,this.y+=e,this.z+=e,this}addVectors(e,t){return this.x=e.x+t.x,this.y=e.y+t.y,this.z=e.z+t.z,this}addScaledVector(e,t){return this.x+=e.x*t,this.y+=e.y*t,this.z+=e.z*t,this}sub(e){return this.x-=e.x,this.y-=e.y,this.z-=e.z,this}subScalar(e){return this.x-=e,this.y-=e,this.z-=e,this}subVectors(e,t){return this.x=e.x-t.x,this.y=e.y-t.y,this.z=e.z-t.z,this}multiply(e){return this.x*=e.x,this.y*=e.y,this.z*=e.z,this}multiplyScalar(e){return this.x*=e,this.y*=e,this.z*=e,this}multiplyVectors(e,t){return this.x=e.x*t.x,this.y=e.y*t.y,this.z=e.z*t.z,this}applyEuler(e){return this.applyQuaternion(Mu.setFromEuler(e))}applyAxisAngle(e,t){return this.applyQuaternion(Mu.setFromAxisAngle(e,t))}applyMatrix3(e){let t=this.x,n=this.y,s=this.z,r=e.elements;return this.x=r[0]*t+r[3]*n+r[6]*s,this.y=r[1]*t+r[4]*n+r[7]*s,this.z=r[2]*t+r[5]*n+r[8]*s,this}applyNormalMatrix(e){return this.applyMatrix3(e).normalize()}applyMatrix4(e){let t=this.x,n=this.y,s=this.z,r=e.elements,a=1/(r[3]*t+r[7]*n+r[11]*s+r[15]);return this.x=(r[0]*t+r[4]*n+r[8]*s+r[12])*a,this.y=(r[1]*t+r[5]*n+r[9]*s+r[13])*a,this.z=(r[2]*t+r[6]*n+r[10]*s+r[14])*a,this}applyQuaternion(e){let t=this.x,n=this.y,s=this.z,r=e.x,a=e.y,o=e.z,c=e.w,l=2*(a*s-o*n),u=2*(o*t-r*s),d=2*(r*n-a*t);return this.x=t+c*l+a*d-o*u,this.y=n+c*u+o*l-r*d,this.z=s+c*d+r*u-a*l,this}project(e){return this.applyMatrix4(e.matrixWorldInverse).applyMatrix4(e.projectionMatrix)}unproject(e){return this.applyMatrix4(e.projectionMatrixInverse).applyMatrix4(e.matrixWorld)}transformDirection(e){let t=this.x,n=this.y,s=this.z,r=e.elements;return this.x=r[0]*t+r[4]*n+r[8]*s,this.y=r[1]*t+r[5]*n+r[9]*s,this.z=r[2]*t+r[6]*n+r[10]*s,this.normalize()}divide(e){return this.x/=e.x,this.y/=e.y,this.z/=e.z,this}divideScalar(e){return this.multiplyScalar(1/e)}min(e){return this.x=Math.min(this.x,e.x),this.y=Math.min(this.y,e.y),this.z=Math.min(this.z,e.z),this}max(e){return this.x=Math.max(this.x,e.x),this.y=Math.max(this.y,e.y),this.z=Math.max(this.z,e.z),this}clamp(e,t){return this.x=Ye(this.x,e.x,t.x),this.y=Ye(this.y,e.y,t.y),this.z=Ye(this.z,e.z,t.z),this}clampScalar(e,t){return this.x=Ye(this.x,e,t),this.y=Ye(this.y,e,t),this.z=Ye(this.z,e,t),this}clampLength(e,t){let n=this.length();return this.divideScalar(n||1).multiplyScalar(Ye(n,e,t))}floor(){return this.x=Math.floor(this.x),this.y=Math.floor(this.y),this.z=Math.floor(this.z),this}ceil(){return this.x=Math.ceil(this.x),this.y=Math.ceil(this.y),this.z=Math.ceil(this.z),this}round(){return this.x=Math.round(this.x),this.y=Math.round(this.y),this.z=Math.round(this.z),this}roundToZero(){return this.x=Math.trunc(this.x),this.y=Math.trunc(this.y),this.z=Math.trunc(this.z),this}negate(){return this.x=-this.x,this.y=-this.y,this.z=-this.z,this}dot(e){return this.x*e.x+this.y*e.y+this.z*e.z}lengthSq(){return this.x*this.x+this.y*this.y+this.z*this.z}length(){return Math.sqrt(this.x*this.x+this.y*this.y+this.z*this.z)}manhattanLength(){return Math.abs(this.x)+Math.abs(this.y)+Math.abs(this.z)}normalize(){return this.divideScalar(this.length()||1)}setLength(e){return this.normalize().multiplyScalar(e)}lerp(e,t){return this.x+=(e.x-this.x)*t,this.y+=(e.y-this.y)*t,this.z+=(e.z-this.z)*t,this}lerpVectors(e,t,n){return this.x=e.x+(t.x-e.x)*n,this.y=e.y+(t.y-e.y)*n,this.z=e.z+(t.z-e.z)*n,this}cross(e){return this.crossVectors(this,e)}crossVectors(e,t){let n=e.x,s=e.y,r=e.z,a=t.x,o=t.y,c=t.z;return this.x=s*c-r*o,this.y=r*a-n*c,this.z=n*o-s*a,this}projectOnVector(e){let t=e.lengthSq();if(t===0)return this.set(0,0,0);let n=e.dot(this)/t;return this.copy(e).multiplyScalar(n)}projectOnPlane(e){return Wo.copy(this).projectOnVector(e),this.sub(Wo)}reflect(e){return this.sub(Wo.copy(e).multiplyScalar(2*this.dot(e)))}angleTo(e){let t=Math.sqrt(this.lengthSq()*e.lengthSq());if(t===0)return Math.PI/2;let n=this.dot(e)/t;return Math.acos(Ye(n,-1,1))}distanceTo(e){return Math.sqrt(this.distanceToSquared(e))}distanceToSquared(e){let t=this.x-e.x,n=this.y-e.y,s=this.z-e.z;return t*t+n*n+s*s}manhattanDistanceTo(e){return Math.abs(this.x-e.x)+Math.abs(this.y-e.y)+Math.abs(this.z-e.z)}setFromSpherical(e){return this.setFromSphericalCoords(e.radius,e.phi,e.theta)}setFromSphericalCoords(e,t,n){let s=Math.sin(t)*e;return this.x=s*Math.sin(n),this.y=Math.cos(t)*e,this.z=s*Math.cos(n),this}setFromCylindrical(e){return this.setFromCylindricalCoords(e.radius,e.theta,e.y)}setFromCylindricalCoords(e,t,n){return this.x=e*Math.sin(t),this.y=n,this.z=e*Math.cos(t),this}setFromMatrixPosition(e){let t=e.elements;return this.x=t[12],this.y=t[13],this.z=t[14],this}setFromMatrixScale(e){let t=this.setFromMatrixColumn(e,0).length(),n=this.setFromMatrixColumn(e,1).length(),s=this.setFromMatrixColumn(e,2).length();return this.x=t,this.y=n,this.z=s,this}setFromMatrixColumn(e,t){return this.fromArray(e.elements,t*4)}setFromMatrix3Column(e,t){return this.fromArray(e.elements,t*3)}setFromEuler(e){return this.x=e._x,this.y=e._y,this.z=e._z,this}setFromColor(e){return this.x=e.r,this.y=e.g,this.z=e.b,this}equals(e){return e.x===this.x&&e.y===this.y&&e.z===this.z}fromArray(e,t=0){return this.x=e[t],this.y=e[t+1],this.z=e[t+2],this}toArray(e=[],t=0){return e[t]=this.x,e[t+1]=this.y,e[t+2]=this.z,e}fromBufferAttribute(e,t){return this.x=e.getX(t),this.y=e.getY(t),this.z=e.getZ(t),this}random(){return this.x=Math.random(),this.y=Math.random(),this.z=Math.random(),this}randomDirection(){let e=Math.random()*Math.PI*2,t=Math.random()*2-1,n=Math.sqrt(1-t*t);return this.x=n*Math.cos(e),this.y=t,this.z=n*Math.sin(e),this}*[Symbol.iterator](){yield this.x,yield this.y,yield this.z}};Zl.prototype.isVector3=!0;var X=Zl,Wo=new X,Mu=new _n,Jl=class Jl{constructor(e,t,n,s,r,a,o,c,l){this.elements=[1,0,0,0,1,0,0,0,1],e!==void 0&&this.set(e,t,n,s,r,a,o,c,l)}set(e,t,n,s,r,a,o,c,l){let u=this.elements;return u[0]=e,u[1]=s,u[2]=o,u[3]=t,u[4]=r,u[5]=c,u[6]=n,u[7]=a,u[8]=l,this}identity(){return this.set(1,0,0,0,1,0,0,0,1),this}copy(e){let t=this.elements,n=e.elements;return t[0]=n[0],t[1]=n[1],t[2]=n[2],t[3]=n[3],t[4]=n[4],t[5]=n[5],t[6]=n[6],t[7]=n[7],t[8]=n[8],this}extractBasis(e,t,n){return e.setFromMatrix3Column(this,0),t.setFromMatrix3Column(this,1),n.setFromMatrix3Column(this,2),this}setFromMatrix4(e){let t=e.elements;return this.set(t[0],t[4],t[8],t[1],t[5],t[9],t[2],t[6],t[10]),this}multiply(e){return this.multiplyMatrices(this,e)}premultiply(e){return this.multiplyMatrices(e,this)}multiplyMatrices(e,t){let n=e.elements,s=t.elements,r=this.elements,a=n[0],o=n[3],c=n[6],l=n[1],u=n[4],d=n[7],h=n[2],f=n[5],g=n[8],y=s[0],m=s[3],p=s[6],_=s[1],S=s[4],v=s[7],A=s[2],w=s[5],x=s[8];return r[0]=a*y+o*_+c*A,r[3]=a*m+o*S+c*w,r[6]=a*p+o*v+c*x,r[1]=l*y+u*_+d*A,r[4]=l*m+u*S+d*w,r[7]=l*p+u*v+d*x,r[2]=h*y+f*_+g*A,r[5]=h*m+f*S+g*w,r[8]=h*p+f*v+g*x,this}multiplyScalar(e){let t=this.elements;return t[0]*=e,t[3]*=e,t[6]*=e,t[1]*=e,t[4]*=e,t[7]*=e,t[2]*=e,t[5]*=e,t[8]*=e,this}determinant(){let e=this.elements,t=e[0],n=e[1],s=e[2],r=e[3],a=e[4],o=e[5],c=e[6],l=e[7],u=e[8];return t*a*u-t*o*l-n*r*u+n*o*c+s*r*l-s*a*c}invert(){let e=this.elements,t=e[0],n=e[1],s=e[2],r=e[3],a=e[4],o=e[5],c=e[6],l=e[7],u=e[8],d=u*a-o*l,h=o*c-u*r,f=l*r-a*c,g=t*d+n*h+s*f;if(g===0)return this.set(0,0,0,0,0,0,0,0,0);let y=1/g;return e[0]=d*y,e[1]=(s*l-u*n)*y,e[2]=(o*n-s*a)*y,e[3]=h*y,e[4]=(u*t-s*c)*y,e[5]=(s*r-o*t)*y,e[6]=f*y,e[7]=(n*c-l*t)*y,e[8]=(a*t-n*r)*y,this}transpose(){let e,t=this.elements;return e=t[1],t[1]=t[3],t[3]=e,e=t[2],t[2]=t[6],t[6]=e,e=t[5],t[5]=t[7],t[7]=e,this}getNormalMatrix(e){return this.setFromMatrix4(e).invert().transpose()}transposeIntoArray(e){let t=this.elements;return e[0]=t[0],e[1]=t[3],e[2]=t[6],e[3]=t[1],e[4]=t[4],e[5]=t[7],e[6]=t[2],e[7]=t[5],e[8]=t[8],this}setUvTransform(e,t,n,s,r,a,o){let c=Math.cos(r),l=Math.sin(r);return this.set(n*c,n*l,-n*(c*a+l*o)+a+e,-s*l,s*c,-s*(-l*a+c*o)+o+t,0,0,1),this}scale(e,t){return ys("Matrix3: .scale() is deprecated. Use .makeScale() instead."),this.premultiply(Xo.makeScale(e,t)),this}rotate(e){return ys("Matrix3: .rotate() is deprecated. Use .makeRotation() instead."),this.premultiply(Xo.makeRotation(-e)),this}translate(e,t){return ys("Matrix3: .translate() is deprecated. Use .makeTranslation() instead."),this.premultiply(Xo.makeTranslation(e,t)),this}makeTranslation(e,t){return e.isVector2?this.set(1,0,e.x,0,1,e.y,0,0,1):this.set(1,0,e,0,1,t,0,0,1),this}makeRotation(e){let t=Math.cos(e),n=Math.sin(e);return this.set(t,-n,0,n,t,0,0,0,1),this}makeScale(e,t){return this.set(e,0,0,0,t,0,0,0,1),this}equals(e){let t=this.elements,n=e.elements;for(let s=0;s<9;s++)if(t[s]!==n[s])return!1;return!0}fromArray(e,t=0){for(let n=0;n<9;n++)this.elements[n]=e[n+t];return this}toArray(e=[],t=0){let n=this.elements;return e[t]=n[0],e[t+1]=n[1],e[t+2]=n[2],e[t+3]=n[3],e[t+4]=n[4],e[t+5]=n[5],e[t+6]=n[6],e[t+7]=n[7],e[t+8]=n[8],e}clone(){return new this.constructor().fromArray(this.elements)}};Jl.prototype.isMatrix3=!0;var Fe=Jl,Xo=new Fe,wu=new Fe().set(.4123908,.3575843,.1804808,.212639,.7151687,.0721923,.0193308,.1191948,.9505322),Au=new Fe().set(3.2409699,-1.5373832,-.4986108,-.9692436,1.8759675,.0415551,.0556301,-.203977,1.0569715);function Hf(){let i={enabled:!0,workingColorSpace:vs,spaces:{},convert:function(s,r,a){return this.enabled===!1||r===a||!r||!a||(this.spaces[r].transfer===Ke&&(s.r=Nn(s.r),s.g=Nn(s.g),s.b=Nn(s.b)),this.spaces[r].primaries!==this.spaces[a].primaries&&(s.applyMatrix3(this.spaces[r].toXYZ),s.applyMatrix3(this.spaces[a].fromXYZ)),this.spaces[a].transfer===Ke&&(s.r=Gi(s.r),s.g=Gi(s.g),s.b=Gi(s.b))),s},workingToColorSpace:function(s,r){return this.convert(s,this.workingColorSpace,r)},colorSpaceToWorking:function(s,r){return this.convert(s,r,this.workingColorSpace)},getPrimaries:function(s){return this.spaces[s].primaries},getTransfer:function(s){return s===Bn?bs:this.spaces[s].transfer},getToneMappingMode:function(s){return this.spaces[s].outputColorSpaceConfig.toneMappingMode||"standard"},getLuminanceCoefficients:function(s,r=this.workingColorSpace){return s.fromArray(this.spaces[r].luminanceCoefficients)},define:function(s){Object.assign(this.spaces,s)},_getMatrix:function(s,r,a){return s.copy(this.spaces[a].fromXYZ).multiply(this.spaces[r].toXYZ)},_getDrawingBufferColorSpace:function(s){return this.spaces[s].outputColorSpaceConfig.drawingBufferColorSpace},_getUnpackColorSpace:function(s=this.workingColorSpace){return this.spaces[s].workingColorSpaceConfig.unpackColorSpace}},e=[.64,.33,.3,.6,.15,.06],t=[.2126,.7152,.0722],n=[.3127,.329];return i.define({[vs]:{primaries:e,whitePoint:n,transfer:bs,toXYZ:wu,fromXYZ:Au,luminanceCoefficients:t,workingColorSpaceConfig:{unpackColorSpace:Wt},outputColorSpaceConfig:{drawingBufferColorSpace:Wt}},[Wt]:{primaries:e,whitePoint:n,transfer:Ke,toXYZ:wu,fromXYZ:Au,luminanceCoefficients:t,outputColorSpaceConfig:{drawingBufferColorSpace:Wt}}}),i}var $e=Hf();function Nn(i){return i<.04045?i*.0773993808:Math.pow(i*.9478672986+.0521327014,2.4)}function Gi(i){return i<.0031308?i*12.92:1.055*Math.pow(i,.41666)-.055}var Ri,Yr=class{static getDataURL(e,t="image/png"){if(/^data:/i.test(e.src)||typeof HTMLCanvasElement>"u")return e.src;let n;if(e instanceof HTMLCanvasElement)n=e;else{Ri===void 0&&(Ri=Ms("canvas")),Ri.width=e.width,Ri.height=e.height;let s=Ri.getContext("2d");e instanceof ImageData?s.putImageData(e,0,0):s.drawImage(e,0,0,e.width,e.height),n=Ri}return n.toDataURL(t)}static sRGBToLinear(e){if(typeof HTMLImageElement<"u"&&e instanceof HTMLImageElement||typeof HTMLCanvasElement<"u"&&e instanceof HTMLCanvasElement||typeof ImageBitmap<"u"&&e instanceof ImageBitmap){let t=Ms("canvas");t.width=e.width,t.height=e.height;let n=t.getContext("2d");n.drawImage(e,0,0,e.width,e.height);let s=n.getImageData(0,0,e.width,e.height),r=s.data;for(let a=0;a<r.length;a++)r[a]=Nn(r[a]/255)*255;return n.putImageData(s,0,0),t}else if(e.data){let t=e.data.slice(0);for(let n=0;n<t.length;n++)t instanceof Uint8Array||t instanceof Uint8ClampedArray?t[n]=Math.floor(Nn(t[n]/255)*255):t[n]=Nn(t[n]);return{data:t,width:e.width,height:e.height}}else return Ne("ImageUtils.sRGBToLinear(): Unsupported image type. No color space conversion applied."),e}},Wf=0,Xi=class{constructor(e=null){this.isTextureSource=!0,Object.defineProperty(this,"id",{value:Wf++}),this.uuid=qs(),this.data=e,this.dataReady=!0,this.version=0}getSize(e){let t=this.data;return typeof HTMLVideoElement<"u"&&t instanceof HTMLVideoElement?e.set(t.videoWidth,t.videoHeight,0):typeof VideoFrame<"u"&&t instanceof VideoFrame?e.set(t.displayWidth,t.displayHeight,0):t!==null?e.set(t.width||0,t.height||0,t.depth||0):e.set(0,0,0),e}set needsUpdate(e){e===!0&&this.version++}toJSON(e){let t=e===void 0||typeof e=="string";if(!t&&e.images[this.uuid]!==void 0)return e.images[this.uuid];let n={uuid:this.uuid,url:""},s=this.data;if(s!==null){let r;if(Array.isArray(s)){r=[];for(let a=0,o=s.length;a<o;a++)s[a].isDataTexture?r.push(qo(s[a].image)):r.push(qo(s[a]))}else r=qo(s);n.url=r}return t||(e.images[this.uuid]=n),n}};function qo(i){return typeof HTMLImageElement<"u"&&i instanceof HTMLImageElement||typeof HTMLCanvasElement<"u"&&i instanceof HTMLCanvasElement||typeof ImageBitmap<"u"&&i instanceof ImageBitmap?Yr.getDataURL(i):i.data?{data:Array.from(i.data),width:i.width,height:i.height,type:i.data.constructor.name}:(Ne("Texture: Unable to serialize Texture."),{})}var Xf=0,$o=new X,Nt=class i extends yn{constructor(e=i.DEFAULT_IMAGE,t=i.DEFAULT_MAPPING,n=xn,s=xn,r=Ct,a=Un,o=pn,c=Yt,l=i.DEFAULT_ANISOTROPY,u=Bn){super(),this.isTexture=!0,Object.defineProperty(this,"id",{value:Xf++}),this.uuid=qs(),this.name="",this.source=new Xi(e),this.mipmaps=[],this.mapping=t,this.channel=0,this.wrapS=n,this.wrapT=s,this.magFilter=r,this.minFilter=a,this.anisotropy=l,this.format=o,this.internalFormat=null,this.type=c,this.offset=new Ze(0,0),this.repeat=new Ze(1,1),this.center=new Ze(0,0),this.rotation=0,this.matrixAutoUpdate=!0,this.matrix=new Fe,this.generateMipmaps=!0,this.mipmapsAutoUpdate=!0,this.premultiplyAlpha=!1,this.flipY=!0,this.unpackAlignment=4,this.colorSpace=u,this.userData={},this.updateRanges=[],this.version=0,this.onUpdate=null,this.renderTarget=null,this.isRenderTargetTexture=!1,this.isArrayTexture=!!(e&&e.depth&&e.depth>1),this.pmremVersion=0,this.isPMREMTexture=!1,this.normalized=!1}get width(){return this.source.getSize($o).x}get height(){return this.source.getSize($o).y}get depth(){return this.source.getSize($o).z}get image(){return this.source.data}set image(e){this.source.data=e}updateMatrix(){this.matrix.setUvTransform(this.offset.x,this.offset.y,this.repeat.x,this.repeat.y,this.rotation,this.center.x,this.center.y)}addUpdateRange(e,t){this.updateRanges.push({start:e,count:t})}clearUpdateRanges(){this.updateRanges.length=0}clone(){return new this.constructor().copy(this)}copy(e){return this.name=e.name,this.source=e.source,this.mipmaps=e.mipmaps.slice(0),this.mapping=e.mapping,this.channel=e.channel,this.wrapS=e.wrapS,this.wrapT=e.wrapT,this.magFilter=e.magFilter,this.minFilter=e.minFilter,this.anisotropy=e.anisotropy,this.format=e.format,this.internalFormat=e.internalFormat,this.type=e.type,this.normalized=e.normalized,this.offset.copy(e.offset),this.repeat.copy(e.repeat),this.center.copy(e.center),this.rotation=e.rotation,this.matrixAutoUpdate=e.matrixAutoUpdate,this.matrix.copy(e.matrix),this.generateMipmaps=e.generateMipmaps,this.mipmapsAutoUpdate=e.mipmapsAutoUpdate,this.premultiplyAlpha=e.premultiplyAlpha,this.flipY=e.flipY,this.unpackAlignment=e.unpackAlignment,this.colorSpace=e.colorSpace,this.renderTarget=e.renderTarget,this.isRenderTargetTexture=e.isRenderTargetTexture,this.isPMREMTexture=e.isPMREMTexture,this.isArrayTexture=e.isArrayTexture,this.userData=JSON.parse(JSON.stringify(e.userData)),this.needsUpdate=!0,this}setValues(e){for(let t in e){let n=e[t];if(n===void 0){Ne(`Texture.setValues(): parameter '${t}' has value of undefined.`);continue}let s=this[t];if(s===void 0){Ne(`Texture.setValues(): property '${t}' does not exist.`);continue}s&&n&&s.isVector2&&n.isVector2||s&&n&&s.isVector3&&n.isVector3||s&&n&&s.isMatrix3&&n.isMatrix3?s.copy(n):this[t]=n}}toJSON(e){let t=e===void 0||typeof e=="string";if(!t&&e.textures[this.uuid]!==void 0)return e.textures[this.uuid];let n={metadata:{version:4.7,type:"Texture",generator:"Texture.toJSON"},uuid:this.uuid,name:this.name,image:this.source.toJSON(e).uuid,mapping:this.mapping,channel:this.channel,repeat:[this.repeat.x,this.repeat.y],offset:[this.offset.x,this.offset.y],center:[this.center.x,this.center.y],rotation:this.rotation,wrap:[this.wrapS,this.wrapT],format:this.format,internalFormat:this.internalFormat,type:this.type,normalized:this.normalized,colorSpace:this.colorSpace,minFilter:this.minFilter,magFilter:this.magFilter,anisotropy:this.anisotropy,flipY:this.flipY,generateMipmaps:this.generateMipmaps,mipmapsAutoUpdate:this.mipmapsAutoUpdate,premultiplyAlpha:this.premultiplyAlpha,unpackAlignment:this.unpackAlignment};return Object.keys(this.userData).length>0&&(n.userData=this.userData),t||(e.textures[this.uuid]=n),n}dispose(){this.dispatchEvent({type:"dispose"})}transformUv(e){if(this.mapping!==Pl)return e;if(e.applyMatrix3(this.matrix),e.x<0||e.x>1)switch(this.wrapS){case Wr:e.x=e.x-Math.floor(e.x);break;case xn:e.x=e.x<0?0:1;break;case Xr:Math.abs(Math.floor(e.x)%2)===1?e.x=Math.ceil(e.x)-e.x:e.x=e.x-Math.floor(e.x);break}if(e.y<0||e.y>1)switch(this.wrapT){case Wr:e.y=e.y-Math.floor(e.y);break;case xn:e.y=e.y<0?0:1;break;case Xr:Math.abs(Math.floor(e.y)%2)===1?e.y=Math.ceil(e.y)-e.y:e.y=e.y-Math.floor(e.y);break}return this.flipY&&(e.y=1-e.y),e}set needsUpdate(e){e===!0&&(this.version++,this.source.needsUpdate=!0)}set needsPMREMUpdate(e){e===!0&&this.pmremVersion++}};Nt.DEFAULT_IMAGE=null;Nt.DEFAULT_MAPPING=Pl;Nt.DEFAULT_ANISOTROPY=1;var jl=class jl{constructor(e=0,t=0,n=0,s=1){this.x=e,this.y=t,this.z=n,this.w=s}get width(){return this.z}set width(e){this.z=e}get height(){return this.w}set height(e){this.w=e}set(e,t,n,s){return this.x=e,this.y=t,this.z=n,this.w=s,this}setScalar(e){return this.x=e,this.y=e,this.z=e,this.w=e,this}setX(e){return this.x=e,this}setY(e){return this.y=e,this}setZ(e){return this.z=e,this}setW(e){return this.w=e,this}setComponent(e,t){switch(e){case 0:this.x=t;break;case 1:this.y=t;break;case 2:this.z=t;break;case 3:this.w=t;break;default:throw new Error("THREE.Vector4: index is out of range: "+e)}return this}getComponent(e){switch(e){case 0:return this.x;case 1:return this.y;case 2:return this.z;case 3:return this.w;default:throw new Error("THREE.Vector4: index is out of range: "+e)}}clone(){return new this.constructor(this.x,this.y,this.z,this.w)}copy(e){return this.x=e.x,this.y=e.y,this.z=e.z,this.w=e.w!==void 0?e.w:1,this}add(e){return this.x+=e.x,this.y+=e.y,this.z+=e.z,this.w+=e.w,this}addScalar(e){return this.x+=e,this.y+=e,this.z+=e,this.w+=e,this}addVectors(e,t){return this.x=e.x+t.x,this.y=e.y+t.y,this.z=e.z+t.z,this.w=e.w+t.w,this}addScaledVector(e,t){return this.x+=e.x*t,this.y+=e.y*t,this.z+=e.z*t,this.w+=e.w*t,this}sub(e){return this.x-=e.x,this.y-=e.y,this.z-=e.z,this.w-=e.w,this}subScalar(e){return this.x-=e,this.y-=e,this.z-=e,this.w-=e,this}subVectors(e,t){return this.x=e.x-t.x,this.y=e.y-t.y,this.z=e.z-t.z,this.w=e.w-t.w,this}multiply(e){return this.x*=e.x,this.y*=e.y,this.z*=e.z,this.w*=e.w,this}multiplyScalar(e){return this.x*=e,this.y*=e,this.z*=e,this.w*=e,this}applyMatrix4(e){let t=this.x,n=this.y,s=this.z,r=this.w,a=e.elements;return this.x=a[0]*t+a[4]*n+a[8]*s+a[12]*r,this.y=a[1]*t+a[5]*n+a[9]*s+a[13]*r,this.z=a[2]*t+a[6]*n+a[10]*s+a[14]*r,this.w=a[3]*t+a[7]*n+a[11]*s+a[15]*r,this}divide(e){return this.x/=e.x,this.y/=e.y,this.z/=e.z,this.w/=e.w,this}divideScalar(e){return this.multiplyScalar(1/e)}setAxisAngleFromQuaternion(e){this.w=2*Math.acos(e.w);let t=Math.sqrt(1-e.w*e.w);return t<1e-4?(this.x=1,this.y=0,this.z=0):(this.x=e.x/t,this.y=e.y/t,this.z=e.z/t),this}setAxisAngleFromRotationMatrix(e){let t,n,s,r,c=e.elements,l=c[0],u=c[4],d=c[8],h=c[1],f=c[5],g=c[9],y=c[2],m=c[6],p=c[10];if(Math.abs(u-h)<.01&&Math.abs(d-y)<.01&&Math.abs(g-m)<.01){if(Math.abs(u+h)<.1&&Math.abs(d+y)<.1&&Math.abs(g+m)<.1&&Math.abs(l+f+p-3)<.1)return this.set(1,0,0,0),this;t=Math.PI;let S=(l+1)/2,v=(f+1)/2,A=(p+1)/2,w=(u+h)/4,x=(d+y)/4,E=(g+m)/4;return S>v&&S>A?S<.01?(n=0,s=.707106781,r=.707106781):(n=Math.sqrt(S),s=w/n,r=x/n):v>A?v<.01?(n=.707106781,s=0,r=.707106781):(s=Math.sqrt(v),n=w/s,r=E/s):A<.01?(n=.707106781,s=.707106781,r=0):(r=Math.sqrt(A),n=x/r,s=E/r),this.set(n,s,r,t),this}let _=Math.sqrt((m-g)*(m-g)+(d-y)*(d-y)+(h-u)*(h-u));return Math.abs(_)<.001&&(_=1),this.x=(m-g)/_,this.y=(d-y)/_,this.z=(h-u)/_,this.w=Math.acos((l+f+p-1)/2),this}setFromMatrixPosition(e){let t=e.elements;return this.x=t[12],this.y=t[13],this.z=t[14],this.w=t[15],this}min(e){return this.x=Math.min(this.x,e.x),this.y=Math.min(this.y,e.y),this.z=Math.min(this.z,e.z),this.w=Math.min(this.w,e.w),this}max(e){return this.x=Math.max(this.x,e.x),this.y=Math.max(this.y,e.y),this.z=Math.max(this.z,e.z),this.w=Math.max(this.w,e.w),this}clamp(e,t){return this.x=Ye(this.x,e.x,t.x),this.y=Ye(this.y,e.y,t.y),this.z=Ye(this.z,e.z,t.z),this.w=Ye(this.w,e.w,t.w),this}clampScalar(e,t){return this.x=Ye(this.x,e,t),this.y=Ye(this.y,e,t),this.z=Ye(this.z,e,t),this.w=Ye(this.w,e,t),this}clampLength(e,t){let n=this.length();return this.divideScalar(n||1).multiplyScalar(Ye(n,e,t))}floor(){return this.x=Math.floor(this.x),this.y=Math.floor(this.y),this.z=Math.floor(this.z),this.w=Math.floor(this.w),this}ceil(){return this.x=Math.ceil(this.x),this.y=Math.ceil(this.y),this.z=Math.ceil(this.z),this.w=Math.ceil(this.w),this}round(){return this.x=Math.round(this.x),this.y=Math.round(this.y),this.z=Math.round(this.z),this.w=Math.round(this.w),this}roundToZero(){return this.x=Math.trunc(this.x),this.y=Math.trunc(this.y),this.z=Math.trunc(this.z),this.w=Math.trunc(this.w),this}negate(){return this.x=-this.x,this.y=-this.y,this.z=-this.z,this.w=-this.w,this}dot(e){return this.x*e.x+this.y*e.y+this.z*e.z+this.w*e.w}lengthSq(){return this.x*this.x+this.y*this.y+this.z*this.z+this.w*this.w}length(){return Math.sqrt(this.x*this.x+this.y*this.y+this.z*this.z+this.w*this.w)}manhattanLength(){return Math.abs(this.x)+Math.abs(this.y)+Math.abs(this.z)+Math.abs(this.w)}normalize(){return this.divideScalar(this.length()||1)}setLength(e){return this.normalize().multiplyScalar(e)}lerp(e,t){return this.x+=(e.x-this.x)*t,this.y+=(e.y-this.y)*t,this.z+=(e.z-this.z)*t,this.w+=(e.w-this.w)*t,this}lerpVectors(e,t,n){return this.x=e.x+(t.x-e.x)*n,this.y=e.y+(t.y-e.y)*n,this.z=e.z+(t.z-e.z)*n,this.w=e.w+(t.w-e.w)*n,this}equals(e){return e.x===this.x&&e.y===this.y&&e.z===this.z&&e.w===this.w}fromArray(e,t=0){return this.x=e[t],this.y=e[t+1],this.z=e[t+2],this.w=e[t+3],this}toArray(e=[],t=0){return e[t]=this.x,e[t+1]=this.y,e[t+2]=this.z,e[t+3]=this.w,e}fromBufferAttribute(e,t){return this.x=e.getX(t),this.y=e.getY(t),this.z=e.getZ(t),this.w=e.getW(t),this}random(){return this.x=Math.random(),this.y=Math.random(),this.z=Math.random(),this.w=Math.random(),this}*[Symbol.iterator](){yield this.x,yield this.y,yield this.z,yield this.w}};jl.prototype.isVector4=!0;var ut=jl,Zr=class extends yn{constructor(e=1,t=1,n={}){super(),n=Object.assign({generateMipmaps:!1,internalFormat:null,minFilter:Ct,depthBuffer:!0,stencilBuffer:!1,resolveColorBuffer:!0,resolveDepthBuffer:!0,resolveStencilBuffer:!0,storeMultisampledColorBuffer:!0,storeMultisampledDepthBuffer:!0,storeMultisampledStencilBuffer:!0,depthTexture:null,samples:0,count:1,depth:1,multiview:!1,useArrayDepthTexture:!1},n),this.isRenderTarget=!0,this.width=e,this.height=t,this.depth=n.depth,this.scissor=new ut(0,0,e,t),this.scissorTest=!1,this.viewport=new ut(0,0,e,t),this.textures=[];let s=n.count;for(let r=0;r<s;r++)this.textures[r]=new Nt({width:e,height:t,depth:n.depth}),this.textures[r].isRenderTargetTexture=!0,this.textures[r].renderTarget=this;this._setTextureOptions(n),this.depthBuffer=n.depthBuffer,this.stencilBuffer=n.stencilBuffer,this.resolveColorBuffer=n.resolveColorBuffer,this.resolveDepthBuffer=n.resolveDepthBuffer,this.resolveStencilBuffer=n.resolveStencilBuffer,this.storeMultisampledColorBuffer=n.storeMultisampledColorBuffer,this.storeMultisampledDepthBuffer=n.storeMultisampledDepthBuffer,this.storeMultisampledStencilBuffer=n.storeMultisampledStencilBuffer,this._depthTexture=null,this.depthTexture=n.depthTexture,this.samples=n.samples,this.multiview=n.multiview,this.useArrayDepthTexture=n.useArrayDepthTexture}_setTextureOptions(e={}){let t={minFilter:Ct,generateMipmaps:!1,flipY:!1,internalFormat:null};e.mapping!==void 0&&(t.mapping=e.mapping),e.wrapS!==void 0&&(t.wrapS=e.wrapS),e.wrapT!==void 0&&(t.wrapT=e.wrapT),e.wrapR!==void 0&&(t.wrapR=e.wrapR),e.magFilter!==void 0&&(t.magFilter=e.magFilter),e.minFilter!==void 0&&(t.minFilter=e.minFilter),e.format!==void 0&&(t.format=e.format),e.type!==void 0&&(t.type=e.type),e.anisotropy!==void 0&&(t.anisotropy=e.anisotropy),e.colorSpace!==void 0&&(t.colorSpace=e.colorSpace),e.flipY!==void 0&&(t.flipY=e.flipY),e.generateMipmaps!==void 0&&(t.generateMipmaps=e.generateMipmaps),e.mipmapsAutoUpdate!==void 0&&(t.mipmapsAutoUpdate=e.mipmapsAutoUpdate),e.internalFormat!==void 0&&(t.internalFormat=e.internalFormat);for(let n=0;n<this.textures.length;n++)this.textures[n].setValues(t)}get texture(){return this.textures[0]}set texture(e){this.textures[0]=e}set depthTexture(e){this._depthTexture!==null&&this._depthTexture.renderTarget===this&&(this._depthTexture.renderTarget=null),e!==null&&e.renderTarget===null&&(e.renderTarget=this),this._depthTexture=e}get depthTexture(){return this._depthTexture}setSize(e,t,n=1){if(this.width!==e||this.height!==t||this.depth!==n){this.width=e,this.height=t,this.depth=n;for(let s=0,r=this.textures.length;s<r;s++)this.textures[s].image.width=e,this.textures[s].image.height=t,this.textures[s].image.depth=n,this.textures[s].isData3DTexture!==!0&&(this.textures[s].isArrayTexture=this.textures[s].image.depth>1);this.dispose()}this.viewport.set(0,0,e,t),this.scissor.set(0,0,e,t)}clone(){return new this.constructor().copy(this)}copy(e){this.width=e.width,this.height=e.height,this.depth=e.depth,this.scissor.copy(e.scissor),this.scissorTest=e.scissorTest,this.viewport.copy(e.viewport),this.textures.length=0;for(let t=0,n=e.textures.length;t<n;t++){this.textures[t]=e.textures[t].clone(),this.textures[t].isRenderTargetTexture=!0,this.textures[t].renderTarget=this;let s=Object.assign({},e.textures[t].image);this.textures[t].source=new Xi(s)}if(this.depthBuffer=e.depthBuffer,this.stencilBuffer=e.stencilBuffer,this.resolveColorBuffer=e.resolveColorBuffer,this.resolveDepthBuffer=e.resolveDepthBuffer,this.resolveStencilBuffer=e.resolveStencilBuffer,this.storeMultisampledColorBuffer=e.storeMultisampledColorBuffer,this.storeMultisampledDepthBuffer=e.storeMultisampledDepthBuffer,this.storeMultisampledStencilBuffer=e.storeMultisampledStencilBuffer,e.depthTexture!==null)if(e.depthTexture.renderTarget===e){let t=e.depthTexture.clone();t.renderTarget=null,this.depthTexture=t}else this.depthTexture=e.depthTexture;else this.depthTexture=null;return this.samples=e.samples,this.multiview=e.multiview,this.useArrayDepthTexture=e.useArrayDepthTexture,this}dispose(){this.dispatchEvent({type:"dispose"})}},Xt=class extends Zr{constructor(e=1,t=1,n={}){super(e,t,n),this.isWebGLRenderTarget=!0}},ws=class extends Nt{constructor(e=null,t=1,n=1,s=1){super(null),this.isDataArrayTexture=!0,this.image={data:e,width:t,height:n,depth:s},this.magFilter=pt,this.minFilter=pt,this.wrapR=xn,this.generateMipmaps=!1,this.flipY=!1,this.unpackAlignment=1,this.layerUpdates=new Set}copy(e){return super.copy(e),this.wrapR=e.wrapR,this}addLayerUpdate(e){this.layerUpdates.add(e)}clearLayerUpdates(){this.layerUpdates.clear()}};var Jr=class extends Nt{constructor(e=null,t=1,n=1,s=1){super(null),this.isData3DTexture=!0,this.image={data:e,width:t,height:n,depth:s},this.magFilter=pt,this.minFilter=pt,this.wrapR=xn,this.generateMipmaps=!1,this.flipY=!1,this.unpackAlignment=1}copy(e){return super.copy(e),this.wrapR=e.wrapR,this}};var pa=class pa{constructor(e,t,n,s,r,a,o,c,l,u,d,h,f,g,y,m){this.elements=[1,0,0,0,0,1,0,0,0,0,1,0,0,0,0,1],e!==void 0&&this.set(e,t,n,s,r,a,o,c,l,u,d,h,f,g,y,m)}set(e,t,n,s,r,a,o,c,l,u,d,h,f,g,y,m){let p=this.elements;return p[0]=e,p[4]=t,p[8]=n,p[12]=s,p[1]=r,p[5]=a,p[9]=o,p[13]=c,p[2]=l,p[6]=u,p[10]=d,p[14]=h,p[3]=f,p[7]=g,p[11]=y,p[15]=m,this}identity(){return this.set(1,0,0,0,0,1,0,0,0,0,1,0,0,0,0,1),this}clone(){return new pa().fromArray(this.elements)}copy(e){let t=this.elements,n=e.elements;return t[0]=n[0],t[1]=n[1],t[2]=n[2],t[3]=n[3],t[4]=n[4],t[5]=n[5],t[6]=n[6],t[7]=n[7],t[8]=n[8],t[9]=n[9],t[10]=n[10],t[11]=n[11],t[12]=n[12],t[13]=n[13],t[14]=n[14],t[15]=n[15],this}copyPosition(e){let t=this.elements,n=e.elements;return t[12]=n[12],t[13]=n[13],t[14]=n[14],this}setFromMatrix3(e){let t=e.elements;return this.set(t[0],t[3],t[6],0,t[1],t[4],t[7],0,t[2],t[5],t[8],0,0,0,0,1),this}extractBasis(e,t,n){return this.determinantAffine()===0?(e.set(1,0,0),t.set(0,1,0),n.set(0,0,1),this):(e.setFromMatrixColumn(this,0),t.setFromMatrixColumn(this,1),n.setFromMatrixColumn(this,2),this)}makeBasis(e,t,n){return this.set(e.x,t.x,n.x,0,e.y,t.y,n.y,0,e.z,t.z,n.z,0,0,0,0,1),this}extractRotation(e){if(e.determinantAffine()===0)return this.identity();let t=this.elements,n=e.elements,s=1/Pi.setFromMatrixColumn(e,0).length(),r=1/Pi.setFromMatrixColumn(e,1).length(),a=1/Pi.setFromMatrixColumn(e,2).length();return t[0]=n[0]*s,t[1]=n[1]*s,t[2]=n[2]*s,t[3]=0,t[4]=n[4]*r,t[5]=n[5]*r,t[6]=n[6]*r,t[7]=0,t[8]=n[8]*a,t[9]=n[9]*a,t[10]=n[10]*a,t[11]=0,t[12]=0,t[13]=0,t[14]=0,t[15]=1,this}makeRotationFromEuler(e){let t=this.elements,n=e.x,s=e.y,r=e.z,a=Math.cos(n),o=Math.sin(n),c=Math.cos(s),l=Math.sin(s),u=Math.cos(r),d=Math.sin(r);if(e.order==="XYZ"){let h=a*u,f=a*d,g=o*u,y=o*d;t[0]=c*u,t[4]=-c*d,t[8]=l,t[1]=f+g*l,t[5]=h-y*l,t[9]=-o*c,t[2]=y-h*l,t[6]=g+f*l,t[10]=a*c}else if(e.order==="YXZ"){let h=c*u,f=c*d,g=l*u,y=l*d;t[0]=h+y*o,t[4]=g*o-f,t[8]=a*l,t[1]=a*d,t[5]=a*u,t[9]=-o,t[2]=f*o-g,t[6]=y+h*o,t[10]=a*c}else if(e.order==="ZXY"){let h=c*u,f=c*d,g=l*u,y=l*d;t[0]=h-y*o,t[4]=-a*d,t[8]=g+f*o,t[1]=f+g*o,t[5]=a*u,t[9]=y-h*o,t[2]=-a*l,t[6]=o,t[10]=a*c}else if(e.order==="ZYX"){let h=a*u,f=a*d,g=o*u,y=o*d;t[0]=c*u,t[4]=g*l-f,t[8]=h*l+y,t[1]=c*d,t[5]=y*l+h,t[9]=f*l-g,t[2]=-l,t[6]=o*c,t[10]=a*c}else if(e.order==="YZX"){let h=a*c,f=a*l,g=o*c,y=o*l;t[0]=c*u,t[4]=y-h*d,t[8]=g*d+f,t[1]=d,t[5]=a*u,t[9]=-o*u,t[2]=-l*u,t[6]=f*d+g,t[10]=h-y*d}else if(e.order==="XZY"){let h=a*c,f=a*l,g=o*c,y=o*l;t[0]=c*u,t[4]=-d,t[8]=l*u,t[1]=h*d+y,t[5]=a*u,t[9]=f*d-g,t[2]=g*d-f,t[6]=o*u,t[10]=y*d+h}return t[3]=0,t[7]=0,t[11]=0,t[12]=0,t[13]=0,t[14]=0,t[15]=1,this}makeRotationFromQuaternion(e){return this.compose(qf,e,$f)}lookAt(e,t,n){let s=this.elements;return Gt.subVectors(e,t),Gt.lengthSq()===0&&(Gt.z=1),Gt.normalize(),Hn.crossVectors(n,Gt),Hn.lengthSq()===0&&(Math.abs(n.z)===1?Gt.x+=1e-4:Gt.z+=1e-4,Gt.normalize(),Hn.crossVectors(n,Gt)),Hn.normalize(),fr.crossVectors(Gt,Hn),s[0]=Hn.x,s[4]=fr.x,s[8]=Gt.x,s[1]=Hn.y,s[5]=fr.y,s[9]=Gt.y,s[2]=Hn.z,s[6]=fr.z,s[10]=Gt.z,this}multiply(e){return this.multiplyMatrices(this,e)}premultiply(e){return this.multiplyMatrices(e,this)}multiplyMatrices(e,t){let n=e.elements,s=t.elements,r=this.elements,a=n[0],o=n[4],c=n[8],l=n[12],u=n[1],d=n[5],h=n[9],f=n[13],g=n[2],y=n[6],m=n[10],p=n[14],_=n[3],S=n[7],v=n[11],A=n[15],w=s[0],x=s[4],E=s[8],B=s[12],F=s[1],R=s[5],L=s[9],k=s[13],P=s[2],H=s[6],J=s[10],W=s[14],se=s[3],Y=s[7],te=s[11],re=s[15];return r[0]=a*w+o*F+c*P+l*se,r[4]=a*x+o*R+c*H+l*Y,r[8]=a*E+o*L+c*J+l*te,r[12]=a*B+o*k+c*W+l*re,r[1]=u*w+d*F+h*P+f*se,r[5]=u*x+d*R+h*H+f*Y,r[9]=u*E+d*L+h*J+f*te,r[13]=u*B+d*k+h*W+f*re,r[2]=g*w+y*F+m*P+p*se,r[6]=g*x+y*R+m*H+p*Y,r[10]=g*E+y*L+m*J+p*te,r[14]=g*B+y*k+m*W+p*re,r[3]=_*w+S*F+v*P+A*se,r[7]=_*x+S*R+v*H+A*Y,r[11]=_*E+S*L+v*J+A*te,r[15]=_*B+S*k+v*W+A*re,this}multiplyScalar(e){let t=this.elements;return t[0]*=e,t[4]*=e,t[8]*=e,t[12]*=e,t[1]*=e,t[5]*=e,t[9]*=e,t[13]*=e,t[2]*=e,t[6]*=e,t[10]*=e,t[14]*=e,t[3]*=e,t[7]*=e,t[11]*=e,t[15]*=e,this}determinant(){let e=this.elements,t=e[0],n=e[4],s=e[8],r=e[12],a=e[1],o=e[5],c=e[9],l=e[13],u=e[2],d=e[6],h=e[10],f=e[14],g=e[3],y=e[7],m=e[11],p=e[15],_=c*f-l*h,S=o*f-l*d,v=o*h-c*d,A=a*f-l*u,w=a*h-c*u,x=a*d-o*u;return t*(y*_-m*S+p*v)-n*(g*_-m*A+p*w)+s*(g*S-y*A+p*x)-r*(g*v-y*w+m*x)}determinantAffine(){let e=this.elements,t=e[0],n=e[4],s=e[8],r=e[1],a=e[5],o=e[9],c=e[2],l=e[6],u=e[10];return t*(a*u-o*l)-n*(r*u-o*c)+s*(r*l-a*c)}transpose(){let e=this.elements,t;return t=e[1],e[1]=e[4],e[4]=t,t=e[2],e[2]=e[8],e[8]=t,t=e[6],e[6]=e[9],e[9]=t,t=e[3],e[3]=e[12],e[12]=t,t=e[7],e[7]=e[13],e[13]=t,t=e[11],e[11]=e[14],e[14]=t,this}setPosition(e,t,n){let s=this.elements;return e.isVector3?(s[12]=e.x,s[13]=e.y,s[14]=e.z):(s[12]=e,s[13]=t,s[14]=n),this}invert(){let e=this.elements,t=e[0],n=e[1],s=e[2],r=e[3],a=e[4],o=e[5],c=e[6],l=e[7],u=e[8],d=e[9],h=e[10],f=e[11],g=e[12],y=e[13],m=e[14],p=e[15],_=t*o-n*a,S=t*c-s*a,v=t*l-r*a,A=n*c-s*o,w=n*l-r*o,x=s*l-r*c,E=u*y-d*g,B=u*m-h*g,F=u*p-f*g,R=d*m-h*y,L=d*p-f*y,k=h*p-f*m,P=_*k-S*L+v*R+A*F-w*B+x*E;if(P===0)return this.set(0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0);let H=1/P;return e[0]=(o*k-c*L+l*R)*H,e[1]=(s*L-n*k-r*R)*H,e[2]=(y*x-m*w+p*A)*H,e[3]=(h*w-d*x-f*A)*H,e[4]=(c*F-a*k-l*B)*H,e[5]=(t*k-s*F+r*B)*H,e[6]=(m*v-g*x-p*S)*H,e[7]=(u*x-h*v+f*S)*H,e[8]=(a*L-o*F+l*E)*H,e[9]=(n*F-t*L-r*E)*H,e[10]=(g*w-y*v+p*_)*H,e[11]=(d*v-u*w-f*_)*H,e[12]=(o*B-a*R-c*E)*H,e[13]=(t*R-n*B+s*E)*H,e[14]=(y*S-g*A-m*_)*H,e[15]=(u*A-d*S+h*_)*H,this}scale(e){let t=this.elements,n=e.x,s=e.y,r=e.z;return t[0]*=n,t[4]*=s,t[8]*=r,t[1]*=n,t[5]*=s,t[9]*=r,t[2]*=n,t[6]*=s,t[10]*=r,t[3]*=n,t[7]*=s,t[11]*=r,this}getMaxScaleOnAxis(){let e=this.elements,t=e[0]*e[0]+e[1]*e[1]+e[2]*e[2],n=e[4]*e[4]+e[5]*e[5]+e[6]*e[6],s=e[8]*e[8]+e[9]*e[9]+e[10]*e[10];return Math.sqrt(Math.max(t,n,s))}makeTranslation(e,t,n){return e.isVector3?this.set(1,0,0,e.x,0,1,0,e.y,0,0,1,e.z,0,0,0,1):this.set(1,0,0,e,0,1,0,t,0,0,1,n,0,0,0,1),this}makeRotationX(e){let t=Math.cos(e),n=Math.sin(e);return this.set(1,0,0,0,0,t,-n,0,0,n,t,0,0,0,0,1),this}makeRotationY(e){let t=Math.cos(e),n=Math.sin(e);return this.set(t,0,n,0,0,1,0,0,-n,0,t,0,0,0,0,1),this}makeRotationZ(e){let t=Math.cos(e),n=Math.sin(e);return this.set(t,-n,0,0,n,t,0,0,0,0,1,0,0,0,0,1),this}makeRotationAxis(e,t){let n=Math.cos(t),s=Math.sin(t),r=1-n,a=e.x,o=e.y,c=e.z,l=r*a,u=r*o;return this.set(l*a+n,l*o-s*c,l*c+s*o,0,l*o+s*c,u*o+n,u*c-s*a,0,l*c-s*o,u*c+s*a,r*c*c+n,0,0,0,0,1),this}makeScale(e,t,n){return this.set(e,0,0,0,0,t,0,0,0,0,n,0,0,0,0,1),this}makeShear(e,t,n,s,r,a){return this.set(1,n,r,0,e,1,a,0,t,s,1,0,0,0,0,1),this}compose(e,t,n){let s=this.elements,r=t._x,a=t._y,o=t._z,c=t._w,l=r+r,u=a+a,d=o+o,h=r*l,f=r*u,g=r*d,y=a*u,m=a*d,p=o*d,_=c*l,S=c*u,v=c*d,A=n.x,w=n.y,x=n.z;return s[0]=(1-(y+p))*A,s[1]=(f+v)*A,s[2]=(g-S)*A,s[3]=0,s[4]=(f-v)*w,s[5]=(1-(h+p))*w,s[6]=(m+_)*w,s[7]=0,s[8]=(g+S)*x,s[9]=(m-_)*x,s[10]=(1-(h+y))*x,s[11]=0,s[12]=e.x,s[13]=e.y,s[14]=e.z,s[15]=1,this}decompose(e,t,n){let s=this.elements;e.x=s[12],e.y=s[13],e.z=s[14];let r=this.determinantAffine();if(r===0)return n.set(1,1,1),t.identity(),this;let a=Pi.set(s[0],s[1],s[2]).length(),o=Pi.set(s[4],s[5],s[6]).length(),c=Pi.set(s[8],s[9],s[10]).length();r<0&&(a=-a),on.copy(this);let l=1/a,u=1/o,d=1/c;return on.elements[0]*=l,on.elements[1]*=l,on.elements[2]*=l,on.elements[4]*=u,on.elements[5]*=u,on.elements[6]*=u,on.elements[8]*=d,on.elements[9]*=d,on.elements[10]*=d,t.setFromRotationMatrix(on),n.x=a,n.y=o,n.z=c,this}makePerspective(e,t,n,s,r,a,o=en,c=!1){let l=this.elements,u=2*r/(t-e),d=2*r/(n-s),h=(t+e)/(t-e),f=(n+s)/(n-s),g,y;if(c)g=r/(a-r),y=a*r/(a-r);else if(o===en)g=-(a+r)/(a-r),y=-2*a*r/(a-r);else if(o===Ss)g=-a/(a-r),y=-a*r/(a-r);else throw new Error("THREE.Matrix4.makePerspective(): Invalid coordinate system: "+o);return l[0]=u,l[4]=0,l[8]=h,l[12]=0,l[1]=0,l[5]=d,l[9]=f,l[13]=0,l[2]=0,l[6]=0,l[10]=g,l[14]=y,l[3]=0,l[7]=0,l[11]=-1,l[15]=0,this}makeOrthographic(e,t,n,s,r,a,o=en,c=!1){let l=this.elements,u=2/(t-e),d=2/(n-s),h=-(t+e)/(t-e),f=-(n+s)/(n-s),g,y;if(c)g=1/(a-r),y=a/(a-r);else if(o===en)g=-2/(a-r),y=-(a+r)/(a-r);else if(o===Ss)g=-1/(a-r),y=-r/(a-r);else throw new Error("THREE.Matrix4.makeOrthographic(): Invalid coordinate system: "+o);return l[0]=u,l[4]=0,l[8]=0,l[12]=h,l[1]=0,l[5]=d,l[9]=0,l[13]=f,l[2]=0,l[6]=0,l[10]=g,l[14]=y,l[3]=0,l[7]=0,l[11]=0,l[15]=1,this}equals(e){let t=this.elements,n=e.elements;for(let s=0;s<16;s++)if(t[s]!==n[s])return!1;return!0}fromArray(e,t=0){for(let n=0;n<16;n++)this.elements[n]=e[n+t];return this}toArray(e=[],t=0){let n=this.elements;return e[t]=n[0],e[t+1]=n[1],e[t+2]=n[2],e[t+3]=n[3],e[t+4]=n[4],e[t+5]=n[5],e[t+6]=n[6],e[t+7]=n[7],e[t+8]=n[8],e[t+9]=n[9],e[t+10]=n[10],e[t+11]=n[11],e[t+12]=n[12],e[t+13]=n[13],e[t+14]=n[14],e[t+15]=n[15],e}};pa.prototype.isMatrix4=!0;var rt=pa,Pi=new X,on=new rt,qf=new X(0,0,0),$f=new X(1,1,1),Hn=new X,fr=new X,Gt=new X,Eu=new rt,Tu=new _n,Zn=class i{constructor(e=0,t=0,n=0,s=i.DEFAULT_ORDER){this.isEuler=!0,this._x=e,this._y=t,this._z=n,this._order=s}get x(){return this._x}set x(e){this._x=e,this._onChangeCallback()}get y(){return this._y}set y(e){this._y=e,this._onChangeCallback()}get z(){return this._z}set z(e){this._z=e,this._onChangeCallback()}get order(){return this._order}set order(e){this._order=e,this._onChangeCallback()}set(e,t,n,s=this._order){return this._x=e,this._y=t,this._z=n,this._order=s,this._onChangeCallback(),this}clone(){return new this.constructor(this._x,this._y,this._z,this._order)}copy(e){return this._x=e._x,this._y=e._y,this._z=e._z,this._order=e._order,this._onChangeCallback(),this}setFromRotationMatrix(e,t=this._order,n=!0){let s=e.elements,r=s[0],a=s[4],o=s[8],c=s[1],l=s[5],u=s[9],d=s[2],h=s[6],f=s[10];switch(t){case"XYZ":this._y=Math.asin(Ye(o,-1,1)),Math.abs(o)<.9999999?(this._x=Math.atan2(-u,f),this._z=Math.atan2(-a,r)):(this._x=Math.atan2(h,l),this._z=0);break;case"YXZ":this._x=Math.asin(-Ye(u,-1,1)),Math.abs(u)<.9999999?(this._y=Math.atan2(o,f),this._z=Math.atan2(c,l)):(this._y=Math.atan2(-d,r),this._z=0);break;case"ZXY":this._x=Math.asin(Ye(h,-1,1)),Math.abs(h)<.9999999?(this._y=Math.atan2(-d,f),this._z=Math.atan2(-a,l)):(this._y=0,this._z=Math.atan2(c,r));break;case"ZYX":this._y=Math.asin(-Ye(d,-1,1)),Math.abs(d)<.9999999?(this._x=Math.atan2(h,f),this._z=Math.atan2(c,r)):(this._x=0,this._z=Math.atan2(-a,l));break;case"YZX":this._z=Math.asin(Ye(c,-1,1)),Math.abs(c)<.9999999?(this._x=Math.atan2(-u,l),this._y=Math.atan2(-d,r)):(this._x=0,this._y=Math.atan2(o,f));break;case"XZY":this._z=Math.asin(-Ye(a,-1,1)),Math.abs(a)<.9999999?(this._x=Math.atan2(h,l),this._y=Math.atan2(o,r)):(this._x=Math.atan2(-u,f),this._y=0);break;default:Ne("Euler: .setFromRotationMatrix() encountered an unknown order: "+t)}return this._order=t,n===!0&&this._onChangeCallback(),this}setFromQuaternion(e,t,n){return Eu.makeRotationFromQuaternion(e),this.setFromRotationMatrix(Eu,t,n)}setFromVector3(e,t=this._order){return this.set(e.x,e.y,e.z,t)}reorder(e){return Tu.setFromEuler(this),this.setFromQuaternion(Tu,e)}equals(e){return e._x===this._x&&e._y===this._y&&e._z===this._z&&e._order===this._order}fromArray(e){return this._x=e[0],this._y=e[1],this._z=e[2],e[3]!==void 0&&(this._order=e[3]),this._onChangeCallback(),this}toArray(e=[],t=0){return e[t]=this._x,e[t+1]=this._y,e[t+2]=this._z,e[t+3]=this._order,e}_onChange(e){return this._onChangeCallback=e,this}_onChangeCallback(){}*[Symbol.iterator](){yield this._x,yield this._y,yield this._z,yield this._order}};Zn.DEFAULT_ORDER="XYZ";var As=class{constructor(){this.mask=1}set(e){this.mask=(1<<e|0)>>>0}enable(e){this.mask|=1<<e|0}enableAll(){this.mask=-1}toggle(e){this.mask^=1<<e|0}disable(e){this.mask&=~(1<<e|0)}disableAll(){this.mask=0}test(e){return(this.mask&e.mask)!==0}isEnabled(e){return(this.mask&(1<<e|0))!==0}},Yf=0,Cu=new X,Ii=new _n,Cn=new rt,pr=new X,ps=new X,Zf=new X,Jf=new _n,Ru=new X(1,0,0),Pu=new X(0,1,0),Iu=new X(0,0,1),Lu={type:"added"},jf={type:"removed"},Li={type:"childadded",child:null},Yo={type:"childremoved",child:null},qt=class i extends yn{constructor(){super(),this.isObject3D=!0,Object.defineProperty(this,"id",{value:Yf++}),this.uuid=qs(),this.name="",this.type="Object3D",this.parent=null,this.children=[],this.up=i.DEFAULT_UP.clone();let e=new X,t=new Zn,n=new _n,s=new X(1,1,1);function r(){n.setFromEuler(t,!1)}function a(){t.setFromQuaternion(n,void 0,!1)}t._onChange(r),n._onChange(a),Object.defineProperties(this,{position:{configurable:!0,enumerable:!0,value:e},rotation:{configurable:!0,enumerable:!0,value:t},quaternion:{configurable:!0,enumerable:!0,value:n},scale:{configurable:!0,enumerable:!0,value:s},modelViewMatrix:{value:new rt},normalMatrix:{value:new Fe}}),this.matrix=new rt,this.matrixWorld=new rt,this.matrixAutoUpdate=i.DEFAULT_MATRIX_AUTO_UPDATE,this.matrixWorldAutoUpdate=i.DEFAULT_MATRIX_WORLD_AUTO_UPDATE,this.matrixWorldNeedsUpdate=!1,this.layers=new As,this.visible=!0,this.castShadow=!1,this.receiveShadow=!1,this.frustumCulled=!0,this.renderOrder=0,this.animations=[],this.customDepthMaterial=void 0,this.customDistanceMaterial=void 0,this.static=!1,this.userData={},this.pivot=null}onBeforeShadow(){}onAfterShadow(){}onBeforeRender(){}onAfterRender(){}applyMatrix4(e){this.matrixAutoUpdate&&this.updateMatrix(),this.matrix.premultiply(e),this.matrix.decompose(this.position,this.quaternion,this.scale),this.pivot!==null&&this.position.copy(this.pivot).applyMatrix4(this.matrix).sub(this.pivot)}applyQuaternion(e){return this.quaternion.premultiply(e),this}setRotationFromAxisAngle(e,t){this.quaternion.setFromAxisAngle(e,t)}setRotationFromEuler(e){this.quaternion.setFromEuler(e,!0)}setRotationFromMatrix(e){this.quaternion.setFromRotationMatrix(e)}setRotationFromQuaternion(e){this.quaternion.copy(e)}rotateOnAxis(e,t){return Ii.setFromAxisAngle(e,t),this.quaternion.multiply(Ii),this}rotateOnWorldAxis(e,t){return Ii.setFromAxisAngle(e,t),this.quaternion.premultiply(Ii),this}rotateX(e){return this.rotateOnAxis(Ru,e)}rotateY(e){return this.rotateOnAxis(Pu,e)}rotateZ(e){return this.rotateOnAxis(Iu,e)}translateOnAxis(e,t){return Cu.copy(e).applyQuaternion(this.quaternion),this.position.add(Cu.multiplyScalar(t)),this}translateX(e){return this.translateOnAxis(Ru,e)}translateY(e){return this.translateOnAxis(Pu,e)}translateZ(e){return this.translateOnAxis(Iu,e)}localToWorld(e){return this.updateWorldMatrix(!0,!1),e.applyMatrix4(this.matrixWorld)}worldToLocal(e){return this.updateWorldMatrix(!0,!1),e.applyMatrix4(Cn.copy(this.matrixWorld).invert())}lookAt(e,t,n){e.isVector3?pr.copy(e):pr.set(e,t,n);let s=this.parent;this.updateWorldMatrix(!0,!1),ps.setFromMatrixPosition(this.matrixWorld),this.isCamera||this.isLight?Cn.lookAt(ps,pr,this.up):Cn.lookAt(pr,ps,this.up),this.quaternion.setFromRotationMatrix(Cn),s&&(Cn.extractRotation(s.matrixWorld),Ii.setFromRotationMatrix(Cn),this.quaternion.premultiply(Ii.invert()))}add(e){if(arguments.length>1){for(let t=0;t<arguments.length;t++)this.add(arguments[t]);return this}return e===this?(De("Object3D.add: object can't be added as a child of itself.",e),this):(e&&e.isObject3D?(e.removeFromParent(),e.parent=this,this.children.push(e),e.dispatchEvent(Lu),Li.child=e,this.dispatchEvent(Li),Li.child=null):De("Object3D.add: object not an instance of THREE.Object3D.",e),this)}remove(e){if(arguments.length>1){for(let n=0;n<arguments.length;n++)this.remove(arguments[n]);return this}let t=this.children.indexOf(e);return t!==-1&&(e.parent=null,this.children.splice(t,1),e.dispatchEvent(jf),Yo.child=e,this.dispatchEvent(Yo),Yo.child=null),this}removeFromParent(){let e=this.parent;return e!==null&&e.remove(this),this}clear(){return this.remove(...this.children)}attach(e){return this.updateWorldMatrix(!0,!1),Cn.copy(this.matrixWorld).invert(),e.parent!==null&&(e.parent.updateWorldMatrix(!0,!1),Cn.multiply(e.parent.matrixWorld)),e.applyMatrix4(Cn),e.removeFromParent(),e.parent=this,this.children.push(e),e.updateWorldMatrix(!1,!0),e.dispatchEvent(Lu),Li.child=e,this.dispatchEvent(Li),Li.child=null,this}getObjectById(e){return this.getObjectByProperty("id",e)}getObjectByName(e){return this.getObjectByProperty("name",e)}getObjectByProperty(e,t){if(this[e]===t)return this;for(let n=0,s=this.children.length;n<s;n++){let a=this.children[n].getObjectByProperty(e,t);if(a!==void 0)return a}}getObjectsByProperty(e,t,n=[]){this[e]===t&&n.push(this);let s=this.children;for(let r=0,a=s.length;r<a;r++)s[r].getObjectsByProperty(e,t,n);return n}getWorldPosition(e){return this.updateWorldMatrix(!0,!1),e.setFromMatrixPosition(this.matrixWorld)}getWorldQuaternion(e){return this.updateWorldMatrix(!0,!1),this.matrixWorld.decompose(ps,e,Zf),e}getWorldScale(e){return this.updateWorldMatrix(!0,!1),this.matrixWorld.decompose(ps,Jf,e),e}getWorldDirection(e){this.updateWorldMatrix(!0,!1);let t=this.matrixWorld.elements;return e.set(t[8],t[9],t[10]).normalize()}raycast(){}intersectsFrustum(){return!0}traverse(e){e(this);let t=this.children;for(let n=0,s=t.length;n<s;n++)t[n].traverse(e)}traverseVisible(e){if(this.visible===!1)return;e(this);let t=this.children;for(let n=0,s=t.length;n<s;n++)t[n].traverseVisible(e)}traverseAncestors(e){let t=this.parent;t!==null&&(e(t),t.traverseAncestors(e))}updateMatrix(){this.matrix.compose(this.position,this.quaternion,this.scale);let e=this.pivot;if(e!==null){let t=e.x,n=e.y,s=e.z,r=this.matrix.elements;r[12]+=t-r[0]*t-r[4]*n-r[8]*s,r[13]+=n-r[1]*t-r[5]*n-r[9]*s,r[14]+=s-r[2]*t-r[6]*n-r[10]*s}this.matrixWorldNeedsUpdate=!0}updateMatrixWorld(e){this.matrixAutoUpdate&&this.updateMatrix(),(this.matrixWorldNeedsUpdate||e)&&(this.matrixWorldAutoUpdate===!0&&(this.parent===null?this.matrixWorld.copy(this.matrix):this.matrixWorld.multiplyMatrices(this.parent.matrixWorld,this.matrix)),this.matrixWorldNeedsUpdate=!1,e=!0);let t=this.children;for(let n=0,s=t.length;n<s;n++)t[n].updateMatrixWorld(e)}updateWorldMatrix(e,t,n=!1){let s=this.parent;if(e===!0&&s!==null&&s.updateWorldMatrix(!0,!1),this.matrixAutoUpdate&&this.updateMatrix(),(this.matrixWorldNeedsUpdate||n)&&(this.matrixWorldAutoUpdate===!0&&(this.parent===null?this.matrixWorld.copy(this.matrix):this.matrixWorld.multiplyMatrices(this.parent.matrixWorld,this.matrix)),this.matrixWorldNeedsUpdate=!1,n=!0),t===!0){let r=this.children;for(let a=0,o=r.length;a<o;a++)r[a].updateWorldMatrix(!1,!0,n)}}toJSON(e){let t=e===void 0||typeof e=="string",n={};t&&(e={geometries:{},materials:{},textures:{},images:{},shapes:{},skeletons:{},animations:{},nodes:{}},n.metadata={version:4.7,type:"Object",generator:"Object3D.toJSON"});let s={};s.uuid=this.uuid,s.type=this.type,s.name=this.name,s.castShadow=this.castShadow,s.receiveShadow=this.receiveShadow,s.visible=this.visible,s.frustumCulled=this.frustumCulled,s.renderOrder=this.renderOrder,s.static=this.static,s.matrixAutoUpdate=this.matrixAutoUpdate,Object.keys(this.userData).length>0&&(s.userData=this.userData),s.layers=this.layers.mask,s.matrix=this.matrix.toArray(),s.up=this.up.toArray(),this.pivot!==null&&(s.pivot=this.pivot.toArray()),this.morphTargetDictionary!==void 0&&(s.morphTargetDictionary=Object.assign({},this.morphTargetDictionary)),this.morphTargetInfluences!==void 0&&(s.morphTargetInfluences=this.morphTargetInfluences.slice()),this.isInstancedMesh&&(s.type="InstancedMesh",s.count=this.count,s.instanceMatrix=this.instanceMatrix.toJSON(),this.instanceColor!==null&&(s.instanceColor=this.instanceColor.toJSON())),this.isBatchedMesh&&(s.type="BatchedMesh",s.perObjectFrustumCulled=this.perObjectFrustumCulled,s.sortObjects=this.sortObjects,s.drawRanges=this._drawRanges,s.reservedRanges=this._reservedRanges,s.geometryInfo=this._geometryInfo.map(o=>({...o,boundingBox:o.boundingBox?o.boundingBox.toJSON():void 0,boundingSphere:o.boundingSphere?o.boundingSphere.toJSON():void 0})),s.instanceInfo=this._instanceInfo.map(o=>({...o})),s.availableInstanceIds=this._availableInstanceIds.slice(),s.availableGeometryIds=this._availableGeometryIds.slice(),s.nextIndexStart=this._nextIndexStart,s.nextVertexStart=this._nextVertexStart,s.geometryCount=this._geometryCount,s.maxInstanceCount=this._maxInstanceCount,s.maxVertexCount=this._maxVertexCount,s.maxIndexCount=this._maxIndexCount,s.geometryInitialized=this._geometryInitialized,s.matricesTexture=this._matricesTexture.toJSON(e),s.indirectTexture=this._indirectTexture.toJSON(e),this._colorsTexture!==null&&(s.colorsTexture=this._colorsTexture.toJSON(e)),this.boundingSphere!==null&&(s.boundingSphere=this.boundingSphere.toJSON()),this.boundingBox!==null&&(s.boundingBox=this.boundingBox.toJSON()));function r(o,c){return o[c.uuid]===void 0&&(o[c.uuid]=c.toJSON(e)),c.uuid}if(this.isScene)this.background&&(this.background.isColor?s.background=this.background.toJSON():this.background.isTexture&&(s.background=this.background.toJSON(e).uuid)),this.environment&&this.environment.isTexture&&this.environment.isRenderTargetTexture!==!0&&(s.environment=this.environment.toJSON(e).uuid);else if(this.isMesh||this.isLine||this.isPoints){s.geometry=r(e.geometries,this.geometry);let o=this.geometry.parameters;if(o!==void 0&&o.shapes!==void 0){let c=o.shapes;if(Array.isArray(c))for(let l=0,u=c.length;l<u;l++){let d=c[l];r(e.shapes,d)}else r(e.shapes,c)}}if(this.isSkinnedMesh&&(s.bindMode=this.bindMode,s.bindMatrix=this.bindMatrix.toArray(),this.skeleton!==void 0&&(r(e.skeletons,this.skeleton),s.skeleton=this.skeleton.uuid)),this.material!==void 0)if(Array.isArray(this.material)){let o=[];for(let c=0,l=this.material.length;c<l;c++)o.push(r(e.materials,this.material[c]));s.material=o}else s.material=r(e.materials,this.material);if(this.children.length>0){s.children=[];for(let o=0;o<this.children.length;o++)s.children.push(this.children[o].toJSON(e).object)}if(this.animations.length>0){s.animations=[];for(let o=0;o<this.animations.length;o++){let c=this.animations[o];s.animations.push(r(e.animations,c))}}if(t){let o=a(e.geometries),c=a(e.materials),l=a(e.textures),u=a(e.images),d=a(e.shapes),h=a(e.skeletons),f=a(e.animations),g=a(e.nodes);o.length>0&&(n.geometries=o),c.length>0&&(n.materials=c),l.length>0&&(n.textures=l),u.length>0&&(n.images=u),d.length>0&&(n.shapes=d),h.length>0&&(n.skeletons=h),f.length>0&&(n.animations=f),g.length>0&&(n.nodes=g)}return n.object=s,n;function a(o){let c=[];for(let l in o){let u=o[l];delete u.metadata,c.push(u)}return c}}clone(e){return new this.constructor().copy(this,e)}copy(e,t=!0){if(this.name=e.name,this.up.copy(e.up),this.position.copy(e.position),this.rotation.order=e.rotation.order,this.quaternion.copy(e.quaternion),this.scale.copy(e.scale),this.pivot=e.pivot!==null?e.pivot.clone():null,this.matrix.copy(e.matrix),this.matrixWorld.copy(e.matrixWorld),this.matrixAutoUpdate=e.matrixAutoUpdate,this.matrixWorldAutoUpdate=e.matrixWorldAutoUpdate,this.matrixWorldNeedsUpdate=e.matrixWorldNeedsUpdate,this.layers.mask=e.layers.mask,this.visible=e.visible,this.castShadow=e.castShadow,this.receiveShadow=e.receiveShadow,this.frustumCulled=e.frustumCulled,this.renderOrder=e.renderOrder,this.static=e.static,this.animations=e.animations.slice(),this.userData=JSON.parse(JSON.stringify(e.userData)),t===!0)for(let n=0;n<e.children.length;n++){let s=e.children[n];this.add(s.clone())}return this}dispose(){this.dispatchEvent({type:"dispose"})}};qt.DEFAULT_UP=new X(0,1,0);qt.DEFAULT_MATRIX_AUTO_UPDATE=!0;qt.DEFAULT_MATRIX_WORLD_AUTO_UPDATE=!0;var ui=class extends qt{constructor(){super(),this.isGroup=!0,this.type="Group"}},Kf={type:"move"},qi=class{constructor(){this._targetRay=null,this._grip=null,this._hand=null}getHandSpace(){return this._hand===null&&(this._hand=new ui,this._hand.matrixAutoUpdate=!1,this._hand.visible=!1,this._hand.joints={},this._hand.inputState={pinching:!1}),this._hand}getTargetRaySpace(){return this._targetRay===null&&(this._targetRay=new ui,this._targetRay.matrixAutoUpdate=!1,this._targetRay.visible=!1,this._targetRay.hasLinearVelocity=!1,this._targetRay.linearVelocity=new X,this._targetRay.hasAngularVelocity=!1,this._targetRay.angularVelocity=new X),this._targetRay}getGripSpace(){return this._grip===null&&(this._grip=new ui,this._grip.matrixAutoUpdate=!1,this._grip.visible=!1,this._grip.hasLinearVelocity=!1,this._grip.linearVelocity=new X,this._grip.hasAngularVelocity=!1,this._grip.angularVelocity=new X,this._grip.eventsEnabled=!1),this._grip}dispatchEvent(e){return this._targetRay!==null&&this._targetRay.dispatchEvent(e),this._grip!==null&&this._grip.dispatchEvent(e),this._hand!==null&&this._hand.dispatchEvent(e),this}connect(e){if(e&&e.hand){let t=this._hand;if(t)for(let n of e.hand.values())this._getHandJoint(t,n)}return this.dispatchEvent({type:"connected",data:e}),this}disconnect(e){return this.dispatchEvent({type:"disconnected",data:e}),this._targetRay!==null&&(this._targetRay.visible=!1),this._grip!==null&&(this._grip.visible=!1),this._hand!==null&&(this._hand.visible=!1),this}update(e,t,n){let s=null,r=null,a=null,o=this._targetRay,c=this._grip,l=this._hand;if(e&&t.session.visibilityState!=="visible-blurred"){if(l&&e.hand){a=!0;for(let y of e.hand.values()){let m=t.getJointPose(y,n),p=this._getHandJoint(l,y);m!==null&&(p.matrix.fromArray(m.transform.matrix),p.matrix.decompose(p.position,p.quaternion,p.scale),p.matrixWorldNeedsUpdate=!0,p.jointRadius=m.radius),p.visible=m!==null}let u=l.joints["index-finger-tip"],d=l.joints["thumb-tip"],h=u.position.distanceTo(d.position),f=.02,g=.005;l.inputState.pinching&&h>f+g?(l.inputState.pinching=!1,this.dispatchEvent({type:"pinchend",handedness:e.handedness,target:this})):!l.inputState.pinching&&h<=f-g&&(l.inputState.pinching=!0,this.dispatchEvent({type:"pinchstart",handedness:e.handedness,target:this}))}else c!==null&&e.gripSpace&&(r=t.getPose(e.gripSpace,n),r!==null&&(c.matrix.fromArray(r.transform.matrix),c.matrix.decompose(c.position,c.quaternion,c.scale),c.matrixWorldNeedsUpdate=!0,r.linearVelocity?(c.hasLinearVelocity=!0,c.linearVelocity.copy(r.linearVelocity)):c.hasLinearVelocity=!1,r.angularVelocity?(c.hasAngularVelocity=!0,c.angularVelocity.copy(r.angularVelocity)):c.hasAngularVelocity=!1,c.eventsEnabled&&c.dispatchEvent({type:"gripUpdated",data:e,target:this})));o!==null&&(s=t.getPose(e.targetRaySpace,n),s===null&&r!==null&&(s=r),s!==null&&(o.matrix.fromArray(s.transform.matrix),o.matrix.decompose(o.position,o.quaternion,o.scale),o.matrixWorldNeedsUpdate=!0,s.linearVelocity?(o.hasLinearVelocity=!0,o.linearVelocity.copy(s.linearVelocity)):o.hasLinearVelocity=!1,s.angularVelocity?(o.hasAngularVelocity=!0,o.angularVelocity.copy(s.angularVelocity)):o.hasAngularVelocity=!1,this.dispatchEvent(Kf)))}return o!==null&&(o.visible=s!==null),c!==null&&(c.visible=r!==null),l!==null&&(l.visible=a!==null),this}_getHandJoint(e,t){if(e.joints[t.jointName]===void 0){let n=new ui;n.matrixAutoUpdate=!1,n.visible=!1,e.joints[t.jointName]=n,e.add(n)}return e.joints[t.jointName]}},Rh={aliceblue:15792383,antiquewhite:16444375,aqua:65535,aquamarine:8388564,azure:15794175,beige:16119260,bisque:16770244,black:0,blanchedalmond:16772045,blue:255,blueviolet:9055202,brown:10824234,burlywood:14596231,cadetblue:6266528,chartreuse:8388352,chocolate:13789470,coral:16744272,cornflowerblue:6591981,cornsilk:16775388,crimson:14423100,cyan:65535,darkblue:139,darkcyan:35723,darkgoldenrod:12092939,darkgray:11119017,darkgreen:25600,darkgrey:11119017,darkkhaki:12433259,darkmagenta:9109643,darkolivegreen:5597999,darkorange:16747520,darkorchid:10040012,darkred:9109504,darksalmon:15308410,darkseagreen:9419919,darkslateblue:4734347,darkslategray:3100495,darkslategrey:3100495,darkturquoise:52945,darkviolet:9699539,deeppink:16716947,deepskyblue:49151,dimgray:6908265,dimgrey:6908265,dodgerblue:2003199,firebrick:11674146,floralwhite:16775920,forestgreen:2263842,fuchsia:16711935,gainsboro:14474460,ghostwhite:16316671,gold:16766720,goldenrod:14329120,gray:8421504,green:32768,greenyellow:11403055,grey:8421504,honeydew:15794160,hotpink:16738740,indianred:13458524,indigo:4915330,ivory:16777200,khaki:15787660,lavender:15132410,lavenderblush:16773365,lawngreen:8190976,lemonchiffon:16775885,lightblue:11393254,lightcoral:15761536,lightcyan:14745599,lightgoldenrodyellow:16448210,lightgray:13882323,lightgreen:9498256,lightgrey:13882323,lightpink:16758465,lightsalmon:16752762,lightseagreen:2142890,lightskyblue:8900346,lightslategray:7833753,lightslategrey:7833753,lightsteelblue:11584734,lightyellow:16777184,lime:65280,limegreen:3329330,linen:16445670,magenta:16711935,maroon:8388608,mediumaquamarine:6737322,mediumblue:205,mediumorchid:12211667,mediumpurple:9662683,mediumseagreen:3978097,mediumslateblue:8087790,mediumspringgreen:64154,mediumturquoise:4772300,mediumvioletred:13047173,midnightblue:1644912,mintcream:16121850,mistyrose:16770273,moccasin:16770229,navajowhite:16768685,navy:128,oldlace:16643558,olive:8421376,olivedrab:7048739,orange:16753920,orangered:16729344,orchid:14315734,palegoldenrod:15657130,palegreen:10025880,paleturquoise:11529966,palevioletred:14381203,papayawhip:16773077,peachpuff:16767673,peru:13468991,pink:16761035,plum:14524637,powderblue:11591910,purple:8388736,rebeccapurple:6697881,red:16711680,rosybrown:12357519,royalblue:4286945,saddlebrown:9127187,salmon:16416882,sandybrown:16032864,seagreen:3050327,seashell:16774638,sienna:10506797,silver:12632256,skyblue:8900331,slateblue:6970061,slategray:7372944,slategrey:7372944,snow:16775930,springgreen:65407,steelblue:4620980,tan:13808780,teal:32896,thistle:14204888,tomato:16737095,turquoise:4251856,violet:15631086,wheat:16113331,white:16777215,whitesmoke:16119285,yellow:16776960,yellowgreen:10145074},Wn={h:0,s:0,l:0},mr={h:0,s:0,l:0};function Zo(i,e,t){return t<0&&(t+=1),t>1&&(t-=1),t<1/6?i+(e-i)*6*t:t<1/2?e:t<2/3?i+(e-i)*6*(2/3-t):i}var He=class{constructor(e,t,n){return this.isColor=!0,this.r=1,this.g=1,this.b=1,this.set(e,t,n)}set(e,t,n){if(t===void 0&&n===void 0){let s=e;s&&s.isColor?this.copy(s):typeof s=="number"?this.setHex(s):typeof s=="string"&&this.setStyle(s)}else this.setRGB(e,t,n);return this}setScalar(e){return this.r=e,this.g=e,this.b=e,this}setHex(e,t=Wt){return e=Math.floor(e),this.r=(e>>16&255)/255,this.g=(e>>8&255)/255,this.b=(e&255)/255,$e.colorSpaceToWorking(this,t),this}setRGB(e,t,n,s=$e.workingColorSpace){return this.r=e,this.g=t,this.b=n,$e.colorSpaceToWorking(this,s),this}setHSL(e,t,n,s=$e.workingColorSpace){if(e=zf(e,1),t=Ye(t,0,1),n=Ye(n,0,1),t===0)this.r=this.g=this.b=n;else{let r=n<=.5?n*(1+t):n+t-n*t,a=2*n-r;this.r=Zo(a,r,e+1/3),this.g=Zo(a,r,e),this.b=Zo(a,r,e-1/3)}return $e.colorSpaceToWorking(this,s),this}setStyle(e,t=Wt){function n(r){r!==void 0&&parseFloat(r)<1&&Ne("Color: Alpha component of "+e+" will be ignored.")}let s;if(s=/^(\w+)\(([^\)]*)\)/.exec(e)){let r,a=s[1],o=s[2];switch(a){case"rgb":case"rgba":if(r=/^\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*(?:,\s*(\d+(?:\.\d+)?|\.\d+)\s*)?$/.exec(o))return n(r[4]),this.setRGB(Math.min(255,parseInt(r[1],10))/255,Math.min(255,parseInt(r[2],10))/255,Math.min(255,parseInt(r[3],10))/255,t);if(r=/^\s*(\d+(?:\.\d+)?|\.\d+)\%\s*,\s*(\d+(?:\.\d+)?|\.\d+)\%\s*,\s*(\d+(?:\.\d+)?|\.\d+)\%\s*(?:,\s*(\d+(?:\.\d+)?|\.\d+)\s*)?$/.exec(o))return n(r[4]),this.setRGB(Math.min(100,parseFloat(r[1]))/100,Math.min(100,parseFloat(r[2]))/100,Math.min(100,parseFloat(r[3]))/100,t);break;case"hsl":case"hsla":if(r=/^\s*([+-]?(?:\d+(?:\.\d+)?|\.\d+))\s*,\s*(\d+(?:\.\d+)?|\.\d+)\%\s*,\s*(\d+(?:\.\d+)?|\.\d+)\%\s*(?:,\s*(\d+(?:\.\d+)?|\.\d+)\s*)?$/.exec(o))return n(r[4]),this.setHSL(parseFloat(r[1])/360,parseFloat(r[2])/100,parseFloat(r[3])/100,t);break;default:Ne("Color: Unknown color model "+e)}}else if(s=/^\#([A-Fa-f\d]+)$/.exec(e)){let r=s[1],a=r.length;if(a===3)return this.setRGB(parseInt(r.charAt(0),16)/15,parseInt(r.charAt(1),16)/15,parseInt(r.charAt(2),16)/15,t);if(a===6)return this.setHex(parseInt(r,16),t);Ne("Color: Invalid hex color "+e)}else if(e&&e.length>0)return this.setColorName(e,t);return this}setColorName(e,t=Wt){let n=Rh[e.toLowerCase()];return n!==void 0?this.setHex(n,t):Ne("Color: Unknown color "+e),this}clone(){return new this.constructor(this.r,this.g,this.b)}copy(e){return this.r=e.r,this.g=e.g,this.b=e.b,this}copySRGBToLinear(e){return this.r=Nn(e.r),this.g=Nn(e.g),this.b=Nn(e.b),this}copyLinearToSRGB(e){return this.r=Gi(e.r),this.g=Gi(e.g),this.b=Gi(e.b),this}convertSRGBToLinear(){return this.copySRGBToLinear(this),this}convertLinearToSRGB(){return this.copyLinearToSRGB(this),this}getHex(e=Wt){return $e.workingToColorSpace(Lt.copy(this),e),Math.round(Ye(Lt.r*255,0,255))*65536+Math.round(Ye(Lt.g*255,0,255))*256+Math.round(Ye(Lt.b*255,0,255))}getHexString(e=Wt){return("000000"+this.getHex(e).toString(16)).slice(-6)}getHSL(e,t=$e.workingColorSpace){$e.workingToColorSpace(Lt.copy(this),t);let n=Lt.r,s=Lt.g,r=Lt.b,a=Math.max(n,s,r),o=Math.min(n,s,r),c,l,u=(o+a)/2;if(o===a)c=0,l=0;else{let d=a-o;switch(l=u<=.5?d/(a+o):d/(2-a-o),a){case n:c=(s-r)/d+(s<r?6:0);break;case s:c=(r-n)/d+2;break;case r:c=(n-s)/d+4;break}c/=6}return e.h=c,e.s=l,e.l=u,e}getRGB(e,t=$e.workingColorSpace){return $e.workingToColorSpace(Lt.copy(this),t),e.r=Lt.r,e.g=Lt.g,e.b=Lt.b,e}getStyle(e=Wt){$e.workingToColorSpace(Lt.copy(this),e);let t=Lt.r,n=Lt.g,s=Lt.b;return e!==Wt?`color(${e} ${t.toFixed(3)} ${n.toFixed(3)} ${s.toFixed(3)})`:`rgb(${Math.round(t*255)},${Math.round(n*255)},${Math.round(s*255)})`}offsetHSL(e,t,n){return this.getHSL(Wn),this.setHSL(Wn.h+e,Wn.s+t,Wn.l+n)}add(e){return this.r+=e.r,this.g+=e.g,this.b+=e.b,this}addColors(e,t){return this.r=e.r+t.r,this.g=e.g+t.g,this.b=e.b+t.b,this}addScalar(e){return this.r+=e,this.g+=e,this.b+=e,this}sub(e){return this.r=Math.max(0,this.r-e.r),this.g=Math.max(0,this.g-e.g),this.b=Math.max(0,this.b-e.b),this}multiply(e){return this.r*=e.r,this.g*=e.g,this.b*=e.b,this}multiplyScalar(e){return this.r*=e,this.g*=e,this.b*=e,this}lerp(e,t){return this.r+=(e.r-this.r)*t,this.g+=(e.g-this.g)*t,this.b+=(e.b-this.b)*t,this}lerpColors(e,t,n){return this.r=e.r+(t.r-e.r)*n,this.g=e.g+(t.g-e.g)*n,this.b=e.b+(t.b-e.b)*n,this}lerpHSL(e,t){this.getHSL(Wn),e.getHSL(mr);let n=Ho(Wn.h,mr.h,t),s=Ho(Wn.s,mr.s,t),r=Ho(Wn.l,mr.l,t);return this.setHSL(n,s,r),this}setFromVector3(e){return this.r=e.x,this.g=e.y,this.b=e.z,this}applyMatrix3(e){let t=this.r,n=this.g,s=this.b,r=e.elements;return this.r=r[0]*t+r[3]*n+r[6]*s,this.g=r[1]*t+r[4]*n+r[7]*s,this.b=r[2]*t+r[5]*n+r[8]*s,this}equals(e){return e.r===this.r&&e.g===this.g&&e.b===this.b}fromArray(e,t=0){return this.r=e[t],this.g=e[t+1],this.b=e[t+2],this}toArray(e=[],t=0){return e[t]=this.r,e[t+1]=this.g,e[t+2]=this.b,e}fromBufferAttribute(e,t){return this.r=e.getX(t),this.g=e.getY(t),this.b=e.getZ(t),this}toJSON(){return this.getHex()}*[Symbol.iterator](){yield this.r,yield this.g,yield this.b}},Lt=new He;He.NAMES=Rh;var Es=class extends qt{constructor(){super(),this.isScene=!0,this.type="Scene",this.background=null,this.environment=null,this.fog=null,this.backgroundBlurriness=0,this.backgroundIntensity=1,this.backgroundRotation=new Zn,this.environmentIntensity=1,this.environmentRotation=new Zn,this.overrideMaterial=null,typeof __THREE_DEVTOOLS__<"u"&&__THREE_DEVTOOLS__.dispatchEvent(new CustomEvent("observe",{detail:this}))}copy(e,t){return super.copy(e,t),this.background=e.background!==null?e.background.clone():null,this.environment=e.environment!==null?e.environment.clone():null,this.fog=e.fog!==null?e.fog.clone():null,this.backgroundBlurriness=e.backgroundBlurriness,this.backgroundIntensity=e.backgroundIntensity,this.backgroundRotation.copy(e.backgroundRotation),this.environmentIntensity=e.environmentIntensity,this.environmentRotation.copy(e.environmentRotation),this.overrideMaterial=e.overrideMaterial!==null?e.overrideMaterial.clone():null,this.matrixAutoUpdate=e.matrixAutoUpdate,this}toJSON(e){let t=super.toJSON(e);return this.fog!==null&&(t.object.fog=this.fog.toJSON()),t.object.backgroundBlurriness=this.backgroundBlurriness,t.object.backgroundIntensity=this.backgroundIntensity,t.object.backgroundRotation=this.backgroundRotation.toArray(),t.object.environmentIntensity=this.environmentIntensity,t.object.environmentRotation=this.environmentRotation.toArray(),t}},ln=new X,Rn=new X,Jo=new X,Pn=new X,Ni=new X,Di=new X,Nu=new X,jo=new X,Ko=new X,Qo=new X,el=new ut,tl=new ut,nl=new ut,Yn=class i{constructor(e=new X,t=new X,n=new X){this.a=e,this.b=t,this.c=n}static getNormal(e,t,n,s){s.subVectors(n,t),ln.subVectors(e,t),s.cross(ln);let r=s.lengthSq();return r>0?s.multiplyScalar(1/Math.sqrt(r)):s.set(0,0,0)}static getBarycoord(e,t,n,s,r){ln.subVectors(s,t),Rn.subVectors(n,t),Jo.subVectors(e,t);let a=ln.dot(ln),o=ln.dot(Rn),c=ln.dot(Jo),l=Rn.dot(Rn),u=Rn.dot(Jo),d=a*l-o*o;if(d===0)return r.set(0,0,0),null;let h=1/d,f=(l*c-o*u)*h,g=(a*u-o*c)*h;return r.set(1-f-g,g,f)}static containsPoint(e,t,n,s){return this.getBarycoord(e,t,n,s,Pn)===null?!1:Pn.x>=0&&Pn.y>=0&&Pn.x+Pn.y<=1}static getInterpolation(e,t,n,s,r,a,o,c){return this.getBarycoord(e,t,n,s,Pn)===null?(c.x=0,c.y=0,"z"in c&&(c.z=0),"w"in c&&(c.w=0),null):(c.setScalar(0),c.addScaledVector(r,Pn.x),c.addScaledVector(a,Pn.y),c.addScaledVector(o,Pn.z),c)}static getInterpolatedAttribute(e,t,n,s,r,a){return el.setScalar(0),tl.setScalar(0),nl.setScalar(0),el.fromBufferAttribute(e,t),tl.fromBufferAttribute(e,n),nl.fromBufferAttribute(e,s),a.setScalar(0),a.addScaledVector(el,r.x),a.addScaledVector(tl,r.y),a.addScaledVector(nl,r.z),a}static isFrontFacing(e,t,n,s){return ln.subVectors(n,t),Rn.subVectors(e,t),ln.cross(Rn).dot(s)<0}set(e,t,n){return this.a.copy(e),this.b.copy(t),this.c.copy(n),this}setFromPointsAndIndices(e,t,n,s){return this.a.copy(e[t]),this.b.copy(e[n]),this.c.copy(e[s]),this}setFromAttributeAndIndices(e,t,n,s){return this.a.fromBufferAttribute(e,t),this.b.fromBufferAttribute(e,n),this.c.fromBufferAttribute(e,s),this}clone(){return new this.constructor().copy(this)}copy(e){return this.a.copy(e.a),this.b.copy(e.b),this.c.copy(e.c),this}getArea(){return ln.subVectors(this.c,this.b),Rn.subVectors(this.a,this.b),ln.cross(Rn).length()*.5}getMidpoint(e){return e.addVectors(this.a,this.b).add(this.c).multiplyScalar(1/3)}getNormal(e){return i.getNormal(this.a,this.b,this.c,e)}getPlane(e){return e.setFromCoplanarPoints(this.a,this.b,this.c)}getBarycoord(e,t){return i.getBarycoord(e,this.a,this.b,this.c,t)}getInterpolation(e,t,n,s,r){return i.getInterpolation(e,this.a,this.b,this.c,t,n,s,r)}containsPoint(e){return i.containsPoint(e,this.a,this.b,this.c)}isFrontFacing(e){return i.isFrontFacing(this.a,this.b,this.c,e)}intersectsBox(e){return e.intersectsTriangle(this)}closestPointToPoint(e,t){let n=this.a,s=this.b,r=this.c,a,o;Ni.subVectors(s,n),Di.subVectors(r,n),jo.subVectors(e,n);let c=Ni.dot(jo),l=Di.dot(jo);if(c<=0&&l<=0)return t.copy(n);Ko.subVectors(e,s);let u=Ni.dot(Ko),d=Di.dot(Ko);if(u>=0&&d<=u)return t.copy(s);let h=c*d-u*l;if(h<=0&&c>=0&&u<=0&&c-u>0)return a=c/(c-u),t.copy(n).addScaledVector(Ni,a);Qo.subVectors(e,r);let f=Ni.dot(Qo),g=Di.dot(Qo);if(g>=0&&f<=g)return t.copy(r);let y=f*l-c*g;if(y<=0&&l>=0&&g<=0)return o=l/(l-g),t.copy(n).addScaledVector(Di,o);let m=u*g-f*d;if(m<=0&&d-u>=0&&f-g>=0)return Nu.subVectors(r,s),o=(d-u)/(d-u+(f-g)),t.copy(s).addScaledVector(Nu,o);let p=1/(m+y+h);return a=y*p,o=h*p,t.copy(n).addScaledVector(Ni,a).addScaledVector(Di,o)}equals(e){return e.a.equals(this.a)&&e.b.equals(this.b)&&e.c.equals(this.c)}},Jn=class{constructor(e=new X(1/0,1/0,1/0),t=new X(-1/0,-1/0,-1/0)){this.isBox3=!0,this.min=e,this.max=t}set(e,t){return this.min.copy(e),this.max.copy(t),this}setFromArray(e){this.makeEmpty();for(let t=0,n=e.length;t<n;t+=3)this.expandByPoint(cn.fromArray(e,t));return this}setFromBufferAttribute(e){this.makeEmpty();for(let t=0,n=e.count;t<n;t++)this.expandByPoint(cn.fromBufferAttribute(e,t));return this}setFromPoints(e){this.makeEmpty();for(let t=0,n=e.length;t<n;t++)this.expandByPoint(e[t]);return this}setFromCenterAndSize(e,t){let n=cn.copy(t).multiplyScalar(.5);return this.min.copy(e).sub(n),this.max.copy(e).add(n),this}setFromObject(e,t=!1){return this.makeEmpty(),this.expandByObject(e,t)}clone(){return new this.constructor().copy(this)}copy(e){return this.min.copy(e.min),this.max.copy(e.max),this}makeEmpty(){return this.min.x=this.min.y=this.min.z=1/0,this.max.x=this.max.y=this.max.z=-1/0,this}isEmpty(){return this.max.x<this.min.x||this.max.y<this.min.y||this.max.z<this.min.z}getCenter(e){return this.isEmpty()?e.set(0,0,0):e.addVectors(this.min,this.max).multiplyScalar(.5)}getSize(e){return this.isEmpty()?e.set(0,0,0):e.subVectors(this.max,this.min)}expandByPoint(e){return this.min.min(e),this.max.max(e),this}expandByVector(e){return this.min.sub(e),this.max.add(e),this}expandByScalar(e){return this.min.addScalar(-e),this.max.addScalar(e),this}expandByObject(e,t=!1){e.updateWorldMatrix(!1,!1);let n=e.geometry;if(n!==void 0){let r=n.getAttribute("position");if(t===!0&&r!==void 0&&e.isInstancedMesh!==!0&&e.isBatchedMesh!==!0)for(let a=0,o=r.count;a<o;a++)e.isMesh===!0?e.getVertexPosition(a,cn):cn.fromBufferAttribute(r,a),cn.applyMatrix4(e.matrixWorld),this.expandByPoint(cn);else e.boundingBox!==void 0?(e.boundingBox===null&&e.computeBoundingBox(),gr.copy(e.boundingBox)):(n.boundingBox===null&&n.computeBoundingBox(),gr.copy(n.boundingBox)),gr.applyMatrix4(e.matrixWorld),this.union(gr)}let s=e.children;for(let r=0,a=s.length;r<a;r++)this.expandByObject(s[r],t);return this}containsPoint(e){return e.x>=this.min.x&&e.x<=this.max.x&&e.y>=this.min.y&&e.y<=this.max.y&&e.z>=this.min.z&&e.z<=this.max.z}containsBox(e){return this.min.x<=e.min.x&&e.max.x<=this.max.x&&this.min.y<=e.min.y&&e.max.y<=this.max.y&&this.min.z<=e.min.z&&e.max.z<=this.max.z}getParameter(e,t){return t.set((e.x-this.min.x)/(this.max.x-this.min.x),(e.y-this.min.y)/(this.max.y-this.min.y),(e.z-this.min.z)/(this.max.z-this.min.z))}intersectsBox(e){return e.max.x>=this.min.x&&e.min.x<=this.max.x&&e.max.y>=this.min.y&&e.min.y<=this.max.y&&e.max.z>=this.min.z&&e.min.z<=this.max.z}intersectsSphere(e){return this.clampPoint(e.center,cn),cn.distanceToSquared(e.center)<=e.radius*e.radius}intersectsPlane(e){let t,n;return e.normal.x>0?(t=e.normal.x*this.min.x,n=e.normal.x*this.max.x):(t=e.normal.x*this.max.x,n=e.normal.x*this.min.x),e.normal.y>0?(t+=e.normal.y*this.min.y,n+=e.normal.y*this.max.y):(t+=e.normal.y*this.max.y,n+=e.normal.y*this.min.y),e.normal.z>0?(t+=e.normal.z*this.min.z,n+=e.normal.z*this.max.z):(t+=e.normal.z*this.max.z,n+=e.normal.z*this.min.z),t<=-e.constant&&n>=-e.constant}intersectsTriangle(e){if(this.isEmpty())return!1;this.getCenter(ms),xr.subVectors(this.max,ms),Fi.subVectors(e.a,ms),Ui.subVectors(e.b,ms),Oi.subVectors(e.c,ms),Xn.subVectors(Ui,Fi),qn.subVectors(Oi,Ui),ai.subVectors(Fi,Oi);let t=[0,-Xn.z,Xn.y,0,-qn.z,qn.y,0,-ai.z,ai.y,Xn.z,0,-Xn.x,qn.z,0,-qn.x,ai.z,0,-ai.x,-Xn.y,Xn.x,0,-qn.y,qn.x,0,-ai.y,ai.x,0];return!il(t,Fi,Ui,Oi,xr)||(t=[1,0,0,0,1,0,0,0,1],!il(t,Fi,Ui,Oi,xr))?!1:(yr.crossVectors(Xn,qn),t=[yr.x,yr.y,yr.z],il(t,Fi,Ui,Oi,xr))}clampPoint(e,t){return t.copy(e).clamp(this.min,this.max)}distanceToPoint(e){return this.clampPoint(e,cn).distanceTo(e)}getBoundingSphere(e){return this.isEmpty()?e.makeEmpty():(this.getCenter(e.center),e.radius=this.getSize(cn).length()*.5),e}intersect(e){return this.min.max(e.min),this.max.min(e.max),this.isEmpty()&&this.makeEmpty(),this}union(e){return this.min.min(e.min),this.max.max(e.max),this}applyMatrix4(e){return this.isEmpty()?this:(In[0].set(this.min.x,this.min.y,this.min.z).applyMatrix4(e),In[1].set(this.min.x,this.min.y,this.max.z).applyMatrix4(e),In[2].set(this.min.x,this.max.y,this.min.z).applyMatrix4(e),In[3].set(this.min.x,this.max.y,this.max.z).applyMatrix4(e),In[4].set(this.max.x,this.min.y,this.min.z).applyMatrix4(e),In[5].set(this.max.x,this.min.y,this.max.z).applyMatrix4(e),In[6].set(this.max.x,this.max.y,this.min.z).applyMatrix4(e),In[7].set(this.max.x,this.max.y,this.max.z).applyMatrix4(e),this.setFromPoints(In),this)}translate(e){return this.min.add(e),this.max.add(e),this}equals(e){return e.min.equals(this.min)&&e.max.equals(this.max)}toJSON(){return{min:this.min.toArray(),max:this.max.toArray()}}fromJSON(e){return this.min.fromArray(e.min),this.max.fromArray(e.max),this}},In=[new X,new X,new X,new X,new X,new X,new X,new X],cn=new X,gr=new Jn,Fi=new X,Ui=new X,Oi=new X,Xn=new X,qn=new X,ai=new X,ms=new X,xr=new X,yr=new X,oi=new X;function il(i,e,t,n,s){for(let r=0,a=i.length-3;r<=a;r+=3){oi.fromArray(i,r);let o=s.x*Math.abs(oi.x)+s.y*Math.abs(oi.y)+s.z*Math.abs(oi.z),c=e.dot(oi),l=t.dot(oi),u=n.dot(oi);if(Math.max(-Math.max(c,l,u),Math.min(c,l,u))>o)return!1}return!0}var ft=new X,_r=new Ze,Qf=0,zt=class extends yn{constructor(e,t,n=!1){if(super(),Array.isArray(e))throw new TypeError("THREE.BufferAttribute: array should be a Typed Array.");this.isBufferAttribute=!0,Object.defineProperty(this,"id",{value:Qf++}),this.name="",this.array=e,this.itemSize=t,this.count=e!==void 0?e.length/t:0,this.normalized=n,this.usage=Mh,this.updateRanges=[],this.gpuType=dn,this.version=0,this._normalizationScale=e!==void 0?Hl(e):void 0}onUploadCallback(){}set needsUpdate(e){e===!0&&this.version++}setUsage(e){return this.usage=e,this}addUpdateRange(e,t){this.updateRanges.push({start:e,count:t})}clearUpdateRanges(){this.updateRanges.length=0}copy(e){return this.name=e.name,this.array=new e.array.constructor(e.array),this.itemSize=e.itemSize,this.count=e.count,this.normalized=e.normalized,this.usage=e.usage,this.gpuType=e.gpuType,this._normalizationScale=e._normalizationScale,this}copyAt(e,t,n){e*=this.itemSize,n*=t.itemSize;for(let s=0,r=this.itemSize;s<r;s++)this.array[e+s]=t.array[n+s];return this}copyArray(e){return this.array.set(e),this}applyMatrix3(e){if(this.itemSize===2)for(let t=0,n=this.count;t<n;t++)_r.fromBufferAttribute(this,t),_r.applyMatrix3(e),this.setXY(t,_r.x,_r.y);else if(this.itemSize===3)for(let t=0,n=this.count;t<n;t++)ft.fromBufferAttribute(this,t),ft.applyMatrix3(e),this.setXYZ(t,ft.x,ft.y,ft.z);return this}applyMatrix4(e){for(let t=0,n=this.count;t<n;t++)ft.fromBufferAttribute(this,t),ft.applyMatrix4(e),this.setXYZ(t,ft.x,ft.y,ft.z);return this}applyNormalMatrix(e){for(let t=0,n=this.count;t<n;t++)ft.fromBufferAttribute(this,t),ft.applyNormalMatrix(e),this.setXYZ(t,ft.x,ft.y,ft.z);return this}transformDirection(e){for(let t=0,n=this.count;t<n;t++)ft.fromBufferAttribute(this,t),ft.transformDirection(e),this.setXYZ(t,ft.x,ft.y,ft.z);return this}set(e,t=0){return this.array.set(e,t),this}getComponent(e,t){let n=this.array[e*this.itemSize+t];return this.normalized&&(n=this._denormalize(n)),n}setComponent(e,t,n){return this.normalized&&(n=this._normalize(n)),this.array[e*this.itemSize+t]=n,this}getX(e){let t=this.array[e*this.itemSize];return this.normalized&&(t=this._denormalize(t)),t}setX(e,t){return this.normalized&&(t=this._normalize(t)),this.array[e*this.itemSize]=t,this}getY(e){let t=this.array[e*this.itemSize+1];return this.normalized&&(t=this._denormalize(t)),t}setY(e,t){return this.normalized&&(t=this._normalize(t)),this.array[e*this.itemSize+1]=t,this}getZ(e){let t=this.array[e*this.itemSize+2];return this.normalized&&(t=this._denormalize(t)),t}setZ(e,t){return this.normalized&&(t=this._normalize(t)),this.array[e*this.itemSize+2]=t,this}getW(e){let t=this.array[e*this.itemSize+3];return this.normalized&&(t=this._denormalize(t)),t}setW(e,t){return this.normalized&&(t=this._normalize(t)),this.array[e*this.itemSize+3]=t,this}setXY(e,t,n){return e*=this.itemSize,this.normalized&&(t=this._normalize(t),n=this._normalize(n)),this.array[e+0]=t,this.array[e+1]=n,this}setXYZ(e,t,n,s){return e*=this.itemSize,this.normalized&&(t=this._normalize(t),n=this._normalize(n),s=this._normalize(s)),this.array[e+0]=t,this.array[e+1]=n,this.array[e+2]=s,this}setXYZW(e,t,n,s,r){return e*=this.itemSize,this.normalized&&(t=this._normalize(t),n=this._normalize(n),s=this._normalize(s),r=this._normalize(r)),this.array[e+0]=t,this.array[e+1]=n,this.array[e+2]=s,this.array[e+3]=r,this}onUpload(e){return this.onUploadCallback=e,this}clone(){return new this.constructor(this.array,this.itemSize).copy(this)}toJSON(){let e={itemSize:this.itemSize,type:this.array.constructor.name,array:Array.from(this.array),normalized:this.normalized};return e.name=this.name,e.usage=this.usage,e.gpuType=this.gpuType,e}dispose(){this.dispatchEvent({type:"dispose"})}_denormalize(e){let t=this._normalizationScale;return t!==void 0?Math.max(e/t,-1):Vf(e,this.array)}_normalize(e){let t=this._normalizationScale;return t!==void 0?Math.round(e*t):Gf(e,this.array)}};var Ts=class extends zt{constructor(e,t,n){super(new Uint16Array(e),t,n)}};var Cs=class extends zt{constructor(e,t,n){super(new Uint32Array(e),t,n)}};var tn=class extends zt{constructor(e,t,n){super(new Float32Array(e),t,n)}},ep=new Jn,gs=new X,sl=new X,hi=class{constructor(e=new X,t=-1){this.isSphere=!0,this.center=e,this.radius=t}set(e,t){return this.center.copy(e),this.radius=t,this}setFromPoints(e,t){let n=this.center;t!==void 0?n.copy(t):ep.setFromPoints(e).getCenter(n);let s=0;for(let r=0,a=e.length;r<a;r++)s=Math.max(s,n.distanceToSquared(e[r]));return this.radius=Math.sqrt(s),this}copy(e){return this.center.copy(e.center),this.radius=e.radius,this}isEmpty(){return this.radius<0}makeEmpty(){return this.center.set(0,0,0),this.radius=-1,this}containsPoint(e){return e.distanceToSquared(this.center)<=this.radius*this.radius}distanceToPoint(e){return e.distanceTo(this.center)-this.radius}intersectsSphere(e){let t=this.radius+e.radius;return e.center.distanceToSquared(this.center)<=t*t}intersectsBox(e){return e.intersectsSphere(this)}intersectsPlane(e){return Math.abs(e.distanceToPoint(this.center))<=this.radius}clampPoint(e,t){let n=this.center.distanceToSquared(e);return t.copy(e),n>this.radius*this.radius&&(t.sub(this.center).normalize(),t.multiplyScalar(this.radius).add(this.center)),t}getBoundingBox(e){return this.isEmpty()?(e.makeEmpty(),e):(e.set(this.center,this.center),e.expandByScalar(this.radius),e)}applyMatrix4(e){return this.center.applyMatrix4(e),this.radius=this.radius*e.getMaxScaleOnAxis(),this}translate(e){return this.center.add(e),this}expandByPoint(e){if(this.isEmpty())return this.center.copy(e),this.radius=0,this;gs.subVectors(e,this.center);let t=gs.lengthSq();if(t>this.radius*this.radius){let n=Math.sqrt(t),s=(n-this.radius)*.5;this.center.addScaledVector(gs,s/n),this.radius+=s}return this}union(e){return e.isEmpty()?this:this.isEmpty()?(this.copy(e),this):(this.center.equals(e.center)===!0?this.radius=Math.max(this.radius,e.radius):(sl.subVectors(e.center,this.center).setLength(e.radius),this.expandByPoint(gs.copy(e.center).add(sl)),this.expandByPoint(gs.copy(e.center).sub(sl))),this)}equals(e){return e.center.equals(this.center)&&e.radius===this.radius}clone(){return new this.constructor().copy(this)}toJSON(){return{radius:this.radius,center:this.center.toArray()}}fromJSON(e){return this.radius=e.radius,this.center.fromArray(e.center),this}},tp=0,Qt=new rt,rl=new qt,Bi=new X,Ht=new Jn,xs=new Jn,Mt=new X,nn=class i extends yn{constructor(){super(),this.isBufferGeometry=!0,Object.defineProperty(this,"id",{value:tp++}),this.uuid=qs(),this.name="",this.type="BufferGeometry",this.index=null,this.indirect=null,this.indirectOffset=0,this.attributes={},this.morphAttributes={},this.morphTargetsRelative=!1,this.groups=[],this.boundingBox=null,this.boundingSphere=null,this.drawRange={start:0,count:1/0},this.userData={},this._transformed=!1}getIndex(){return this.index}setIndex(e){return Array.isArray(e)?this.index=new(Bf(e)?Cs:Ts)(e,1):this.index=e,this}setIndirect(e,t=0){return this.indirect=e,this.indirectOffset=t,this}getIndirect(){return this.indirect}getAttribute(e){return this.attributes[e]}setAttribute(e,t){return this.attributes[e]=t,this}deleteAttribute(e){return delete this.attributes[e],this}hasAttribute(e){return this.attributes[e]!==void 0}addGroup(e,t,n=0){this.groups.push({start:e,count:t,materialIndex:n})}clearGroups(){this.groups=[]}setDrawRange(e,t){this.drawRange.start=e,this.drawRange.count=t}applyMatrix4(e){let t=this.attributes.position;t!==void 0&&(t.applyMatrix4(e),t.needsUpdate=!0);let n=this.attributes.normal;if(n!==void 0){let r=new Fe().getNormalMatrix(e);n.applyNormalMatrix(r),n.needsUpdate=!0}let s=this.attributes.tangent;return s!==void 0&&(s.transformDirection(e),s.needsUpdate=!0),this.boundingBox!==null&&this.computeBoundingBox(),this.boundingSphere!==null&&this.computeBoundingSphere(),this._transformed=!0,this}applyQuaternion(e){return Qt.makeRotationFromQuaternion(e),this.applyMatrix4(Qt),this}rotateX(e){return Qt.makeRotationX(e),this.applyMatrix4(Qt),this}rotateY(e){return Qt.makeRotationY(e),this.applyMatrix4(Qt),this}rotateZ(e){return Qt.makeRotationZ(e),this.applyMatrix4(Qt),this}translate(e,t,n){return Qt.makeTranslation(e,t,n),this.applyMatrix4(Qt),this}scale(e,t,n){return Qt.makeScale(e,t,n),this.applyMatrix4(Qt),this}lookAt(e){return rl.lookAt(e),rl.updateMatrix(),this.applyMatrix4(rl.matrix),this}center(){return this.computeBoundingBox(),this.boundingBox.getCenter(Bi).negate(),this.translate(Bi.x,Bi.y,Bi.z),this}setFromPoints(e){let t=this.getAttribute("position");if(t===void 0){let n=[];for(let s=0,r=e.length;s<r;s++){let a=e[s];n.push(a.x,a.y,a.z||0)}this.setAttribute("position",new tn(n,3))}else{let n=Math.min(e.length,t.count);for(let s=0;s<n;s++){let r=e[s];t.setXYZ(s,r.x,r.y,r.z||0)}e.length>t.count&&Ne("BufferGeometry: Buffer size too small for points data. Use .dispose() and create a new geometry."),t.needsUpdate=!0}return this}computeBoundingBox(){this.boundingBox===null&&(this.boundingBox=new Jn);let e=this.attributes.position,t=this.morphAttributes.position;if(e&&e.isGLBufferAttribute){De("BufferGeometry.computeBoundingBox(): GLBufferAttribute requires a manual bounding box.",this),this.boundingBox.set(new X(-1/0,-1/0,-1/0),new X(1/0,1/0,1/0));return}if(e!==void 0){if(this.boundingBox.setFromBufferAttribute(e),t)for(let n=0,s=t.length;n<s;n++){let r=t[n];Ht.setFromBufferAttribute(r),this.morphTargetsRelative?(Mt.addVectors(this.boundingBox.min,Ht.min),this.boundingBox.expandByPoint(Mt),Mt.addVectors(this.boundingBox.max,Ht.max),this.boundingBox.expandByPoint(Mt)):(this.boundingBox.expandByPoint(Ht.min),this.boundingBox.expandByPoint(Ht.max))}}else this.boundingBox.makeEmpty();(isNaN(this.boundingBox.min.x)||isNaN(this.boundingBox.min.y)||isNaN(this.boundingBox.min.z))&&De('BufferGeometry.computeBoundingBox(): Computed min/max have NaN values. The "position" attribute is likely to have NaN values.',this)}computeBoundingSphere(){this.boundingSphere===null&&(this.boundingSphere=new hi);let e=this.attributes.position,t=this.morphAttributes.position;if(e&&e.isGLBufferAttribute){De("BufferGeometry.computeBoundingSphere(): GLBufferAttribute requires a manual bounding sphere.",this),this.boundingSphere.set(new X,1/0);return}if(e){let n=this.boundingSphere.center;if(Ht.setFromBufferAttribute(e),t)for(let r=0,a=t.length;r<a;r++){let o=t[r];xs.setFromBufferAttribute(o),this.morphTargetsRelative?(Mt.addVectors(Ht.min,xs.min),Ht.expandByPoint(Mt),Mt.addVectors(Ht.max,xs.max),Ht.expandByPoint(Mt)):(Ht.expandByPoint(xs.min),Ht.expandByPoint(xs.max))}Ht.getCenter(n);let s=0;for(let r=0,a=e.count;r<a;r++)Mt.fromBufferAttribute(e,r),s=Math.max(s,n.distanceToSquared(Mt));if(t)for(let r=0,a=t.length;r<a;r++){let o=t[r],c=this.morphTargetsRelative;for(let l=0,u=o.count;l<u;l++)Mt.fromBufferAttribute(o,l),c&&(Bi.fromBufferAttribute(e,l),Mt.add(Bi)),s=Math.max(s,n.distanceToSquared(Mt))}this.boundingSphere.radius=Math.sqrt(s),isNaN(this.boundingSphere.radius)&&De('BufferGeometry.computeBoundingSphere(): Computed radius is NaN. The "position" attribute is likely to have NaN values.',this)}}computeTangents(){let e=this.index,t=this.attributes;if(e===null||t.position===void 0||t.normal===void 0||t.uv===void 0){De("BufferGeometry: .computeTangents() failed. Missing required attributes (index, position, normal or uv)");return}let n=t.position,s=t.normal,r=t.uv,a=this.getAttribute("tangent");(a===void 0||a.count!==n.count)&&(a=new zt(new Float32Array(4*n.count),4),this.setAttribute("tangent",a));let o=[],c=[],l=new Uint8Array(n.count);for(let B=0;B<n.count;B++)o[B]=new X,c[B]=new X;let u=new X,d=new X,h=new X,f=new Ze,g=new Ze,y=new Ze,m=new X,p=new X;function _(B,F,R){l[B]=l[F]=l[R]=1,u.fromBufferAttribute(n,B),d.fromBufferAttribute(n,F),h.fromBufferAttribute(n,R),f.fromBufferAttribute(r,B),g.fromBufferAttribute(r,F),y.fromBufferAttribute(r,R),d.sub(u),h.sub(u),g.sub(f),y.sub(f);let L=1/(g.x*y.y-y.x*g.y);isFinite(L)&&(m.copy(d).multiplyScalar(y.y).addScaledVector(h,-g.y).multiplyScalar(L),p.copy(h).multiplyScalar(g.x).addScaledVector(d,-y.x).multiplyScalar(L),o[B].add(m),o[F].add(m),o[R].add(m),c[B].add(p),c[F].add(p),c[R].add(p))}let S=this.groups;S.length===0&&(S=[{start:0,count:e.count}]);for(let B=0,F=S.length;B<F;++B){let R=S[B],L=R.start,k=R.count;for(let P=L,H=L+k;P<H;P+=3)_(e.getX(P+0),e.getX(P+1),e.getX(P+2))}let v=new X,A=new X,w=new X,x=new X;function E(B){w.fromBufferAttribute(s,B),x.copy(w);let F=o[B];v.copy(F),v.sub(w.multiplyScalar(w.dot(F))).normalize(),A.crossVectors(x,F);let L=A.dot(c[B])<0?-1:1;a.setXYZW(B,v.x,v.y,v.z,L)}for(let B=0,F=n.count;B<F;++B)l[B]&&E(B);this._transformed=!0}computeVertexNormals(){let e=this.index,t=this.getAttribute("position");if(t!==void 0){let n=this.getAttribute("normal");if(n===void 0||n.count!==t.count)n=new zt(new Float32Array(t.count*3),3),this.setAttribute("normal",n);else for(let h=0,f=n.count;h<f;h++)n.setXYZ(h,0,0,0);let s=new X,r=new X,a=new X,o=new X,c=new X,l=new X,u=new X,d=new X;if(e)for(let h=0,f=e.count;h<f;h+=3){let g=e.getX(h+0),y=e.getX(h+1),m=e.getX(h+2);s.fromBufferAttribute(t,g),r.fromBufferAttribute(t,y),a.fromBufferAttribute(t,m),u.subVectors(a,r),d.subVectors(s,r),u.cross(d),o.fromBufferAttribute(n,g),c.fromBufferAttribute(n,y),l.fromBufferAttribute(n,m),o.add(u),c.add(u),l.add(u),n.setXYZ(g,o.x,o.y,o.z),n.setXYZ(y,c.x,c.y,c.z),n.setXYZ(m,l.x,l.y,l.z)}else for(let h=0,f=t.count;h<f;h+=3)s.fromBufferAttribute(t,h+0),r.fromBufferAttribute(t,h+1),a.fromBufferAttribute(t,h+2),u.subVectors(a,r),d.subVectors(s,r),u.cross(d),n.setXYZ(h+0,u.x,u.y,u.z),n.setXYZ(h+1,u.x,u.y,u.z),n.setXYZ(h+2,u.x,u.y,u.z);this.normalizeNormals(),n.needsUpdate=!0}}normalizeNormals(){let e=this.attributes.normal;for(let t=0,n=e.count;t<n;t++)Mt.fromBufferAttribute(e,t),Mt.normalize(),e.setXYZ(t,Mt.x,Mt.y,Mt.z)}toNonIndexed(){function e(o,c){let l=o.array,u=o.itemSize,d=o.normalized,h=new l.constructor(c.length*u),f=0,g=0;for(let y=0,m=c.length;y<m;y++){o.isInterleavedBufferAttribute?f=c[y]*o.data.stride+o.offset:f=c[y]*u;for(let p=0;p<u;p++)h[g++]=l[f++]}return new zt(h,u,d)}if(this.index===null)return Ne("BufferGeometry.toNonIndexed(): BufferGeometry is already non-indexed."),this;let t=new i,n=this.index.array,s=this.attributes;for(let o in s){let c=s[o],l=e(c,n);t.setAttribute(o,l)}let r=this.morphAttributes;for(let o in r){let c=[],l=r[o];for(let u=0,d=l.length;u<d;u++){let h=l[u],f=e(h,n);c.push(f)}t.morphAttributes[o]=c}t.morphTargetsRelative=this.morphTargetsRelative;let a=this.groups;for(let o=0,c=a.length;o<c;o++){let l=a[o];t.addGroup(l.start,l.count,l.materialIndex)}return t}toJSON(){let e={metadata:{version:4.7,type:"BufferGeometry",generator:"BufferGeometry.toJSON"}};if(e.uuid=this.uuid,e.type=this.parameters!==void 0&&this._transformed===!0?"BufferGeometry":this.type,e.name=this.name,Object.keys(this.userData).length>0&&(e.userData=this.userData),this.parameters!==void 0&&this._transformed!==!0){let c=this.parameters;for(let l in c)c[l]!==void 0&&(e[l]=c[l]);return e}e.data={attributes:{}};let t=this.index;t!==null&&(e.data.index={type:t.array.constructor.name,array:Array.prototype.slice.call(t.array)});let n=this.attributes;for(let c in n){let l=n[c];e.data.attributes[c]=l.toJSON(e.data)}let s={},r=!1;for(let c in this.morphAttributes){let l=this.morphAttributes[c],u=[];for(let d=0,h=l.length;d<h;d++){let f=l[d];u.push(f.toJSON(e.data))}u.length>0&&(s[c]=u,r=!0)}r&&(e.data.morphAttributes=s,e.data.morphTargetsRelative=this.morphTargetsRelative);let a=this.groups;a.length>0&&(e.data.groups=JSON.parse(JSON.stringify(a)));let o=this.boundingSphere;return o!==null&&(e.data.boundingSphere=o.toJSON()),e}clone(){return new this.constructor().copy(this)}copy(e){this.index=null,this.attributes={},this.morphAttributes={},this.groups=[],this.boundingBox=null,this.boundingSphere=null;let t={};this.name=e.name;let n=e.index;n!==null&&this.setIndex(n.clone());let s=e.attributes;for(let l in s){let u=s[l];this.setAttribute(l,u.clone(t))}let r=e.morphAttributes;for(let l in r){let u=[],d=r[l];for(let h=0,f=d.length;h<f;h++)u.push(d[h].clone(t));this.morphAttributes[l]=u}this.morphTargetsRelative=e.morphTargetsRelative;let a=e.groups;for(let l=0,u=a.length;l<u;l++){let d=a[l];this.addGroup(d.start,d.count,d.materialIndex)}let o=e.boundingBox;o!==null&&(this.boundingBox=o.clone());let c=e.boundingSphere;return c!==null&&(this.boundingSphere=c.clone()),this.drawRange.start=e.drawRange.start,this.drawRange.count=e.drawRange.count,this.userData=e.userData,this._transformed=e._transformed,this}dispose(){this.dispatchEvent({type:"dispose"})}};var al=new X,np=new X,ip=new Fe,un=class{constructor(e=new X(1,0,0),t=0){this.isPlane=!0,this.normal=e,this.constant=t}set(e,t){return this.normal.copy(e),this.constant=t,this}setComponents(e,t,n,s){return this.normal.set(e,t,n),this.constant=s,this}setFromNormalAndCoplanarPoint(e,t){return this.normal.copy(e),this.constant=-t.dot(this.normal),this}setFromCoplanarPoints(e,t,n){let s=al.subVectors(n,t).cross(np.subVectors(e,t)).normalize();return this.setFromNormalAndCoplanarPoint(s,e),this}copy(e){return this.normal.copy(e.normal),this.constant=e.constant,this}normalize(){let e=1/this.normal.length();return this.normal.multiplyScalar(e),this.constant*=e,this}negate(){return this.constant*=-1,this.normal.negate(),this}distanceToPoint(e){return this.normal.dot(e)+this.constant}distanceToSphere(e){return this.distanceToPoint(e.center)-e.radius}projectPoint(e,t){return t.copy(e).addScaledVector(this.normal,-this.distanceToPoint(e))}intersectLine(e,t,n=!0){let s=e.delta(al),r=this.normal.dot(s);if(r===0)return this.distanceToPoint(e.start)===0?t.copy(e.start):null;let a=-(e.start.dot(this.normal)+this.constant)/r;return n===!0&&(a<0||a>1)?null:t.copy(e.start).addScaledVector(s,a)}intersectsLine(e){let t=this.distanceToPoint(e.start),n=this.distanceToPoint(e.end);return t<0&&n>0||n<0&&t>0}intersectsBox(e){return e.intersectsPlane(this)}intersectsSphere(e){return e.intersectsPlane(this)}coplanarPoint(e){return e.copy(this.normal).multiplyScalar(-this.constant)}applyMatrix4(e,t){let n=t||ip.getNormalMatrix(e),s=this.coplanarPoint(al).applyMatrix4(e),r=this.normal.applyMatrix3(n).normalize();return this.constant=-s.dot(r),this}translate(e){return this.constant-=e.dot(this.normal),this}equals(e){return e.normal.equals(this.normal)&&e.constant===this.constant}clone(){return new this.constructor().copy(this)}toJSON(){return{normal:this.normal.toArray(),constant:this.constant}}fromJSON(e){return this.normal.fromArray(e.normal),this.constant=e.constant,this}},sp=0,jn=class extends yn{constructor(){super(),this.isMaterial=!0,Object.defineProperty(this,"id",{value:sp++}),this.uuid=qs(),this.name="",this.type="Material",this.blending=Ki,this.side=ti,this.vertexColors=!1,this.opacity=1,this.transparent=!1,this.alphaHash=!1,this.blendSrc=vl,this.blendDst=bl,this.blendEquation=pi,this.blendSrcAlpha=null,this.blendDstAlpha=null,this.blendEquationAlpha=null,this.blendColor=new He(0,0,0),this.blendAlpha=0,this.depthFunc=Hi,this.depthTest=!0,this.depthWrite=!0,this.stencilWriteMask=255,this.stencilFunc=xh,this.stencilRef=0,this.stencilFuncMask=255,this.stencilFail=Ur,this.stencilZFail=Ur,this.stencilZPass=Ur,this.stencilWrite=!1,this.clippingPlanes=null,this.clipIntersection=!1,this.clipShadows=!1,this.shadowSide=null,this.colorWrite=!0,this.precision=null,this.polygonOffset=!1,this.polygonOffsetFactor=0,this.polygonOffsetUnits=0,this.dithering=!1,this.alphaToCoverage=!1,this.premultipliedAlpha=!1,this.forceSinglePass=!1,this.allowOverride=!0,this.visible=!0,this.toneMapped=!0,this.userData={},this.version=0,this._alphaTest=0}get alphaTest(){return this._alphaTest}set alphaTest(e){this._alphaTest>0!=e>0&&this.version++,this._alphaTest=e}onBeforeRender(){}onBeforeCompile(){}customProgramCacheKey(){return this.onBeforeCompile.toString()}setValues(e){if(e!==void 0)for(let t in e){let n=e[t];if(n===void 0){Ne(`Material: parameter '${t}' has value of undefined.`);continue}let s=this[t];if(s===void 0){Ne(`Material: '${t}' is not a property of THREE.${this.type}.`);continue}s&&s.isColor?s.set(n):s&&s.isVector2&&n&&n.isVector2||s&&s.isEuler&&n&&n.isEuler||s&&s.isVector3&&n&&n.isVector3?s.copy(n):this[t]=n}}toJSON(e){let t=e===void 0||typeof e=="string";t&&(e={textures:{},images:{}});let n={metadata:{version:4.7,type:"Material",generator:"Material.toJSON"}};n.uuid=this.uuid,n.type=this.type,n.blending=this.blending,n.side=this.side,n.shadowSide=this.shadowSide,n.vertexColors=this.vertexColors,n.opacity=this.opacity,n.transparent=this.transparent,n.blendSrc=this.blendSrc,n.blendDst=this.blendDst,n.blendEquation=this.blendEquation,n.blendSrcAlpha=this.blendSrcAlpha,n.blendDstAlpha=this.blendDstAlpha,n.blendEquationAlpha=this.blendEquationAlpha,n.blendColor=this.blendColor.getHex(),n.blendAlpha=this.blendAlpha,n.depthFunc=this.depthFunc,n.depthTest=this.depthTest,n.depthWrite=this.depthWrite,n.colorWrite=this.colorWrite,n.clipIntersection=this.clipIntersection,n.clipShadows=this.clipShadows,n.stencilWriteMask=this.stencilWriteMask,n.stencilFunc=this.stencilFunc,n.stencilRef=this.stencilRef,n.stencilFuncMask=this.stencilFuncMask,n.stencilFail=this.stencilFail,n.stencilZFail=this.stencilZFail,n.stencilZPass=this.stencilZPass,n.stencilWrite=this.stencilWrite,n.polygonOffset=this.polygonOffset,n.polygonOffsetFactor=this.polygonOffsetFactor,n.polygonOffsetUnits=this.polygonOffsetUnits,n.dithering=this.dithering,n.alphaTest=this.alphaTest,n.alphaHash=this.alphaHash,n.alphaToCoverage=this.alphaToCoverage,n.premultipliedAlpha=this.premultipliedAlpha,n.forceSinglePass=this.forceSinglePass,n.allowOverride=this.allowOverride,n.visible=this.visible,n.toneMapped=this.toneMapped,n.name=this.name,this.color&&this.color.isColor&&(n.color=this.color.getHex()),this.roughness!==void 0&&(n.roughness=this.roughness),this.metalness!==void 0&&(n.metalness=this.metalness),this.sheen!==void 0&&(n.sheen=this.sheen),this.sheenColor&&this.sheenColor.isColor&&(n.sheenColor=this.sheenColor.getHex()),this.sheenRoughness!==void 0&&(n.sheenRoughness=this.sheenRoughness),this.emissive&&this.emissive.isColor&&(n.emissive=this.emissive.getHex()),this.emissiveIntensity!==void 0&&(n.emissiveIntensity=this.emissiveIntensity),this.specular&&this.specular.isColor&&(n.specular=this.specular.getHex()),this.specularIntensity!==void 0&&(n.specularIntensity=this.specularIntensity),this.specularColor&&this.specularColor.isColor&&(n.specularColor=this.specularColor.getHex()),this.shininess!==void 0&&(n.shininess=this.shininess),this.clearcoat!==void 0&&(n.clearcoat=this.clearcoat),this.clearcoatRoughness!==void 0&&(n.clearcoatRoughness=this.clearcoatRoughness),this.diffuseRoughness!==void 0&&(n.diffuseRoughness=this.diffuseRoughness),this.diffuseRoughnessMap&&this.diffuseRoughnessMap.isTexture&&(n.diffuseRoughnessMap=this.diffuseRoughnessMap.toJSON(e).uuid),this.clearcoatMap&&this.clearcoatMap.isTexture&&(n.clearcoatMap=this.clearcoatMap.toJSON(e).uuid),this.clearcoatRoughnessMap&&this.clearcoatRoughnessMap.isTexture&&(n.clearcoatRoughnessMap=this.clearcoatRoughnessMap.toJSON(e).uuid),this.clearcoatNormalMap&&this.clearcoatNormalMap.isTexture&&(n.clearcoatNormalMap=this.clearcoatNormalMap.toJSON(e).uuid,n.clearcoatNormalScale=this.clearcoatNormalScale.toArray()),this.sheenColorMap&&this.sheenColorMap.isTexture&&(n.sheenColorMap=this.sheenColorMap.toJSON(e).uuid),this.sheenRoughnessMap&&this.sheenRoughnessMap.isTexture&&(n.sheenRoughnessMap=this.sheenRoughnessMap.toJSON(e).uuid),this.dispersion!==void 0&&(n.dispersion=this.dispersion),this.retroreflectivity!==void 0&&(n.retroreflectivity=this.retroreflectivity),this.iridescence!==void 0&&(n.iridescence=this.iridescence),this.iridescenceIOR!==void 0&&(n.iridescenceIOR=this.iridescenceIOR),this.iridescenceThicknessMinimum!==void 0&&(n.iridescenceThicknessMinimum=this.iridescenceThicknessMinimum),this.iridescenceThicknessMaximum!==void 0&&(n.iridescenceThicknessMaximum=this.iridescenceThicknessMaximum),this.iridescenceMap&&this.iridescenceMap.isTexture&&(n.iridescenceMap=this.iridescenceMap.toJSON(e).uuid),this.iridescenceThicknessMap&&this.iridescenceThicknessMap.isTexture&&(n.iridescenceThicknessMap=this.iridescenceThicknessMap.toJSON(e).uuid),this.anisotropy!==void 0&&(n.anisotropy=this.anisotropy),this.anisotropyRotation!==void 0&&(n.anisotropyRotation=this.anisotropyRotation),this.anisotropyMap&&this.anisotropyMap.isTexture&&(n.anisotropyMap=this.anisotropyMap.toJSON(e).uuid),this.map&&this.map.isTexture&&(n.map=this.map.toJSON(e).uuid),this.matcap&&this.matcap.isTexture&&(n.matcap=this.matcap.toJSON(e).uuid),this.alphaMap&&this.alphaMap.isTexture&&(n.alphaMap=this.alphaMap.toJSON(e).uuid),this.lightMap&&this.lightMap.isTexture&&(n.lightMap=this.lightMap.toJSON(e).uuid,n.lightMapIntensity=this.lightMapIntensity),this.aoMap&&this.aoMap.isTexture&&(n.aoMap=this.aoMap.toJSON(e).uuid,n.aoMapIntensity=this.aoMapIntensity),this.bumpMap&&this.bumpMap.isTexture&&(n.bumpMap=this.bumpMap.toJSON(e).uuid,n.bumpScale=this.bumpScale),this.normalMap&&this.normalMap.isTexture&&(n.normalMap=this.normalMap.toJSON(e).uuid,n.normalMapType=this.normalMapType,n.normalScale=this.normalScale.toArray()),this.displacementMap&&this.displacementMap.isTexture&&(n.displacementMap=this.displacementMap.toJSON(e).uuid,n.displacementScale=this.displacementScale,n.displacementBias=this.displacementBias),this.roughnessMap&&this.roughnessMap.isTexture&&(n.roughnessMap=this.roughnessMap.toJSON(e).uuid),this.metalnessMap&&this.metalnessMap.isTexture&&(n.metalnessMap=this.metalnessMap.toJSON(e).uuid),this.emissiveMap&&this.emissiveMap.isTexture&&(n.emissiveMap=this.emissiveMap.toJSON(e).uuid),this.specularMap&&this.specularMap.isTexture&&(n.specularMap=this.specularMap.toJSON(e).uuid),this.specularIntensityMap&&this.specularIntensityMap.isTexture&&(n.specularIntensityMap=this.specularIntensityMap.toJSON(e).uuid),this.specularColorMap&&this.specularColorMap.isTexture&&(n.specularColorMap=this.specularColorMap.toJSON(e).uuid),this.envMap&&this.envMap.isTexture&&(n.envMap=this.envMap.toJSON(e).uuid,this.combine!==void 0&&(n.combine=this.combine)),this.envMapRotation!==void 0&&(n.envMapRotation=this.envMapRotation.toArray()),this.envMapIntensity!==void 0&&(n.envMapIntensity=this.envMapIntensity),this.reflectivity!==void 0&&(n.reflectivity=this.reflectivity),this.refractionRatio!==void 0&&(n.refractionRatio=this.refractionRatio),this.gradientMap&&this.gradientMap.isTexture&&(n.gradientMap=this.gradientMap.toJSON(e).uuid),this.transmission!==void 0&&(n.transmission=this.transmission),this.transmissionMap&&this.transmissionMap.isTexture&&(n.transmissionMap=this.transmissionMap.toJSON(e).uuid),this.thickness!==void 0&&(n.thickness=this.thickness),this.thicknessMap&&this.thicknessMap.isTexture&&(n.thicknessMap=this.thicknessMap.toJSON(e).uuid),this.attenuationDistance!==void 0&&(n.attenuationDistance=this.attenuationDistance),this.attenuationColor!==void 0&&(n.attenuationColor=this.attenuationColor.getHex()),this.size!==void 0&&(n.size=this.size),this.sizeAttenuation!==void 0&&(n.sizeAttenuation=this.sizeAttenuation),Array.isArray(this.clippingPlanes)&&this.clippingPlanes.length>0&&(n.clippingPlanes=this.clippingPlanes.map(r=>r.toJSON())),this.rotation!==void 0&&(n.rotation=this.rotation),this.depthPacking!==void 0&&(n.depthPacking=this.depthPacking),this.linewidth!==void 0&&(n.linewidth=this.linewidth),this.linecap!==void 0&&(n.linecap=this.linecap),this.linejoin!==void 0&&(n.linejoin=this.linejoin),this.dashSize!==void 0&&(n.dashSize=this.dashSize),this.gapSize!==void 0&&(n.gapSize=this.gapSize),this.scale!==void 0&&(n.scale=this.scale),this.wireframe!==void 0&&(n.wireframe=this.wireframe),this.wireframeLinewidth!==void 0&&(n.wireframeLinewidth=this.wireframeLinewidth),this.wireframeLinecap!==void 0&&(n.wireframeLinecap=this.wireframeLinecap),this.wireframeLinejoin!==void 0&&(n.wireframeLinejoin=this.wireframeLinejoin),this.flatShading!==void 0&&(n.flatShading=this.flatShading),this.fog!==void 0&&(n.fog=this.fog),Object.keys(this.userData).length>0&&(n.userData=this.userData);function s(r){let a=[];for(let o in r){let c=r[o];delete c.metadata,a.push(c)}return a}if(t){let r=s(e.textures),a=s(e.images);r.length>0&&(n.textures=r),a.length>0&&(n.images=a)}return n}fromJSON(e,t){if(e.uuid!==void 0&&(this.uuid=e.uuid),e.name!==void 0&&(this.name=e.name),e.color!==void 0&&this.color!==void 0&&this.color.setHex(e.color),e.roughness!==void 0&&(this.roughness=e.roughness),e.metalness!==void 0&&(this.metalness=e.metalness),e.sheen!==void 0&&(this.sheen=e.sheen),e.sheenColor!==void 0&&(this.sheenColor=new He().setHex(e.sheenColor)),e.sheenRoughness!==void 0&&(this.sheenRoughness=e.sheenRoughness),e.emissive!==void 0&&this.emissive!==void 0&&this.emissive.setHex(e.emissive),e.specular!==void 0&&this.specular!==void 0&&this.specular.setHex(e.specular),e.specularIntensity!==void 0&&(this.specularIntensity=e.specularIntensity),e.specularColor!==void 0&&this.specularColor!==void 0&&this.specularColor.setHex(e.specularColor),e.shininess!==void 0&&(this.shininess=e.shininess),e.clearcoat!==void 0&&(this.clearcoat=e.clearcoat),e.clearcoatRoughness!==void 0&&(this.clearcoatRoughness=e.clearcoatRoughness),e.diffuseRoughness!==void 0&&(this.diffuseRoughness=e.diffuseRoughness),e.dispersion!==void 0&&(this.dispersion=e.dispersion),e.retroreflectivity!==void 0&&(this.retroreflectivity=e.retroreflectivity),e.iridescence!==void 0&&(this.iridescence=e.iridescence),e.iridescenceIOR!==void 0&&(this.iridescenceIOR=e.iridescenceIOR),e.iridescenceThicknessMinimum!==void 0&&(this.iridescenceThicknessMinimum=e.iridescenceThicknessMinimum),e.iridescenceThicknessMaximum!==void 0&&(this.iridescenceThicknessMaximum=e.iridescenceThicknessMaximum),e.iridescenceThicknessRange!==void 0&&(this.iridescenceThicknessMinimum=e.iridescenceThicknessRange[0],this.iridescenceThicknessMaximum=e.iridescenceThicknessRange[1]),e.transmission!==void 0&&(this.transmission=e.transmission),e.thickness!==void 0&&(this.thickness=e.thickness),e.attenuationDistance!==void 0&&(this.attenuationDistance=e.attenuationDistance),e.attenuationColor!==void 0&&this.attenuationColor!==void 0&&this.attenuationColor.setHex(e.attenuationColor),e.anisotropy!==void 0&&(this.anisotropy=e.anisotropy),e.anisotropyRotation!==void 0&&(this.anisotropyRotation=e.anisotropyRotation),e.fog!==void 0&&(this.fog=e.fog),e.flatShading!==void 0&&(this.flatShading=e.flatShading),e.blending!==void 0&&(this.blending=e.blending),e.combine!==void 0&&(this.combine=e.combine),e.side!==void 0&&(this.side=e.side),e.shadowSide!==void 0&&(this.shadowSide=e.shadowSide),e.opacity!==void 0&&(this.opacity=e.opacity),e.transparent!==void 0&&(this.transparent=e.transparent),e.alphaTest!==void 0&&(this.alphaTest=e.alphaTest),e.alphaHash!==void 0&&(this.alphaHash=e.alphaHash),e.depthFunc!==void 0&&(this.depthFunc=e.depthFunc),e.depthTest!==void 0&&(this.depthTest=e.depthTest),e.depthWrite!==void 0&&(this.depthWrite=e.depthWrite),e.colorWrite!==void 0&&(this.colorWrite=e.colorWrite),e.clippingPlanes!==void 0&&(this.clippingPlanes=e.clippingPlanes.map(n=>new un().fromJSON(n))),e.clipIntersection!==void 0&&(this.clipIntersection=e.clipIntersection),e.clipShadows!==void 0&&(this.clipShadows=e.clipShadows),e.depthPacking!==void 0&&(this.depthPacking=e.depthPacking),e.blendSrc!==void 0&&(this.blendSrc=e.blendSrc),e.blendDst!==void 0&&(this.blendDst=e.blendDst),e.blendEquation!==void 0&&(this.blendEquation=e.blendEquation),e.blendSrcAlpha!==void 0&&(this.blendSrcAlpha=e.blendSrcAlpha),e.blendDstAlpha!==void 0&&(this.blendDstAlpha=e.blendDstAlpha),e.blendEquationAlpha!==void 0&&(this.blendEquationAlpha=e.blendEquationAlpha),e.blendColor!==void 0&&this.blendColor!==void 0&&this.blendColor.setHex(e.blendColor),e.blendAlpha!==void 0&&(this.blendAlpha=e.blendAlpha),e.stencilWriteMask!==void 0&&(this.stencilWriteMask=e.stencilWriteMask),e.stencilFunc!==void 0&&(this.stencilFunc=e.stencilFunc),e.stencilRef!==void 0&&(this.stencilRef=e.stencilRef),e.stencilFuncMask!==void 0&&(this.stencilFuncMask=e.stencilFuncMask),e.stencilFail!==void 0&&(this.stencilFail=e.stencilFail),e.stencilZFail!==void 0&&(this.stencilZFail=e.stencilZFail),e.stencilZPass!==void 0&&(this.stencilZPass=e.stencilZPass),e.stencilWrite!==void 0&&(this.stencilWrite=e.stencilWrite),e.wireframe!==void 0&&(this.wireframe=e.wireframe),e.wireframeLinewidth!==void 0&&(this.wireframeLinewidth=e.wireframeLinewidth),e.wireframeLinecap!==void 0&&(this.wireframeLinecap=e.wireframeLinecap),e.wireframeLinejoin!==void 0&&(this.wireframeLinejoin=e.wireframeLinejoin),e.rotation!==void 0&&(this.rotation=e.rotation),e.linewidth!==void 0&&(this.linewidth=e.linewidth),e.linecap!==void 0&&(this.linecap=e.linecap),e.linejoin!==void 0&&(this.linejoin=e.linejoin),e.dashSize!==void 0&&(this.dashSize=e.dashSize),e.gapSize!==void 0&&(this.gapSize=e.gapSize),e.scale!==void 0&&(this.scale=e.scale),e.polygonOffset!==void 0&&(this.polygonOffset=e.polygonOffset),e.polygonOffsetFactor!==void 0&&(this.polygonOffsetFactor=e.polygonOffsetFactor),e.polygonOffsetUnits!==void 0&&(this.polygonOffsetUnits=e.polygonOffsetUnits),e.dithering!==void 0&&(this.dithering=e.dithering),e.alphaToCoverage!==void 0&&(this.alphaToCoverage=e.alphaToCoverage),e.premultipliedAlpha!==void 0&&(this.premultipliedAlpha=e.premultipliedAlpha),e.forceSinglePass!==void 0&&(this.forceSinglePass=e.forceSinglePass),e.allowOverride!==void 0&&(this.allowOverride=e.allowOverride),e.visible!==void 0&&(this.visible=e.visible),e.toneMapped!==void 0&&(this.toneMapped=e.toneMapped),e.userData!==void 0&&(this.userData=e.userData),e.vertexColors!==void 0&&(typeof e.vertexColors=="number"?this.vertexColors=e.vertexColors>0:this.vertexColors=e.vertexColors),e.size!==void 0&&(this.size=e.size),e.sizeAttenuation!==void 0&&(this.sizeAttenuation=e.sizeAttenuation),e.map!==void 0&&(this.map=t[e.map]||null),e.matcap!==void 0&&(this.matcap=t[e.matcap]||null),e.alphaMap!==void 0&&(this.alphaMap=t[e.alphaMap]||null),e.bumpMap!==void 0&&(this.bumpMap=t[e.bumpMap]||null),e.bumpScale!==void 0&&(this.bumpScale=e.bumpScale),e.normalMap!==void 0&&(this.normalMap=t[e.normalMap]||null),e.normalMapType!==void 0&&(this.normalMapType=e.normalMapType),e.normalScale!==void 0){let n=e.normalScale;Array.isArray(n)===!1&&(n=[n,n]),this.normalScale=new Ze().fromArray(n)}return e.displacementMap!==void 0&&(this.displacementMap=t[e.displacementMap]||null),e.displacementScale!==void 0&&(this.displacementScale=e.displacementScale),e.displacementBias!==void 0&&(this.displacementBias=e.displacementBias),e.roughnessMap!==void 0&&(this.roughnessMap=t[e.roughnessMap]||null),e.metalnessMap!==void 0&&(this.metalnessMap=t[e.metalnessMap]||null),e.emissiveMap!==void 0&&(this.emissiveMap=t[e.emissiveMap]||null),e.emissiveIntensity!==void 0&&(this.emissiveIntensity=e.emissiveIntensity),e.specularMap!==void 0&&(this.specularMap=t[e.specularMap]||null),e.specularIntensityMap!==void 0&&(this.specularIntensityMap=t[e.specularIntensityMap]||null),e.specularColorMap!==void 0&&(this.specularColorMap=t[e.specularColorMap]||null),e.envMap!==void 0&&(this.envMap=t[e.envMap]||null),e.envMapRotation!==void 0&&this.envMapRotation.fromArray(e.envMapRotation),e.envMapIntensity!==void 0&&(this.envMapIntensity=e.envMapIntensity),e.reflectivity!==void 0&&(this.reflectivity=e.reflectivity),e.refractionRatio!==void 0&&(this.refractionRatio=e.refractionRatio),e.lightMap!==void 0&&(this.lightMap=t[e.lightMap]||null),e.lightMapIntensity!==void 0&&(this.lightMapIntensity=e.lightMapIntensity),e.aoMap!==void 0&&(this.aoMap=t[e.aoMap]||null),e.aoMapIntensity!==void 0&&(this.aoMapIntensity=e.aoMapIntensity),e.gradientMap!==void 0&&(this.gradientMap=t[e.gradientMap]||null),e.clearcoatMap!==void 0&&(this.clearcoatMap=t[e.clearcoatMap]||null),e.clearcoatRoughnessMap!==void 0&&(this.clearcoatRoughnessMap=t[e.clearcoatRoughnessMap]||null),e.clearcoatNormalMap!==void 0&&(this.clearcoatNormalMap=t[e.clearcoatNormalMap]||null),e.clearcoatNormalScale!==void 0&&(this.clearcoatNormalScale=new Ze().fromArray(e.clearcoatNormalScale)),e.diffuseRoughnessMap!==void 0&&(this.diffuseRoughnessMap=t[e.diffuseRoughnessMap]||null),e.iridescenceMap!==void 0&&(this.iridescenceMap=t[e.iridescenceMap]||null),e.iridescenceThicknessMap!==void 0&&(this.iridescenceThicknessMap=t[e.iridescenceThicknessMap]||null),e.transmissionMap!==void 0&&(this.transmissionMap=t[e.transmissionMap]||null),e.thicknessMap!==void 0&&(this.thicknessMap=t[e.thicknessMap]||null),e.anisotropyMap!==void 0&&(this.anisotropyMap=t[e.anisotropyMap]||null),e.sheenColorMap!==void 0&&(this.sheenColorMap=t[e.sheenColorMap]||null),e.sheenRoughnessMap!==void 0&&(this.sheenRoughnessMap=t[e.sheenRoughnessMap]||null),this}clone(){return new this.constructor().copy(this)}copy(e){this.name=e.name,this.blending=e.blending,this.side=e.side,this.vertexColors=e.vertexColors,this.opacity=e.opacity,this.transparent=e.transparent,this.blendSrc=e.blendSrc,this.blendDst=e.blendDst,this.blendEquation=e.blendEquation,this.blendSrcAlpha=e.blendSrcAlpha,this.blendDstAlpha=e.blendDstAlpha,this.blendEquationAlpha=e.blendEquationAlpha,this.blendColor.copy(e.blendColor),this.blendAlpha=e.blendAlpha,this.depthFunc=e.depthFunc,this.depthTest=e.depthTest,this.depthWrite=e.depthWrite,this.stencilWriteMask=e.stencilWriteMask,this.stencilFunc=e.stencilFunc,this.stencilRef=e.stencilRef,this.stencilFuncMask=e.stencilFuncMask,this.stencilFail=e.stencilFail,this.stencilZFail=e.stencilZFail,this.stencilZPass=e.stencilZPass,this.stencilWrite=e.stencilWrite;let t=e.clippingPlanes,n=null;if(t!==null){let s=t.length;n=new Array(s);for(let r=0;r!==s;++r)n[r]=t[r].clone()}return this.clippingPlanes=n,this.clipIntersection=e.clipIntersection,this.clipShadows=e.clipShadows,this.shadowSide=e.shadowSide,this.colorWrite=e.colorWrite,this.precision=e.precision,this.polygonOffset=e.polygonOffset,this.polygonOffsetFactor=e.polygonOffsetFactor,this.polygonOffsetUnits=e.polygonOffsetUnits,this.dithering=e.dithering,this.alphaTest=e.alphaTest,this.alphaHash=e.alphaHash,this.alphaToCoverage=e.alphaToCoverage,this.premultipliedAlpha=e.premultipliedAlpha,this.forceSinglePass=e.forceSinglePass,this.allowOverride=e.allowOverride,this.visible=e.visible,this.toneMapped=e.toneMapped,this.userData=JSON.parse(JSON.stringify(e.userData)),this}dispose(){this.dispatchEvent({type:"dispose"})}set needsUpdate(e){e===!0&&this.version++}};var Ln=new X,ol=new X,vr=new X,br=new X,Rs=class{constructor(e=new X,t=new X(0,0,-1)){this.origin=e,this.direction=t}set(e,t){return this.origin.copy(e),this.direction.copy(t),this}copy(e){return this.origin.copy(e.origin),this.direction.copy(e.direction),this}at(e,t){return t.copy(this.origin).addScaledVector(this.direction,e)}lookAt(e){return this.direction.copy(e).sub(this.origin).normalize(),this}recast(e){return this.origin.copy(this.at(e,Ln)),this}closestPointToPoint(e,t){t.subVectors(e,this.origin);let n=t.dot(this.direction);return n<0?t.copy(this.origin):t.copy(this.origin).addScaledVector(this.direction,n)}distanceToPoint(e){return Math.sqrt(this.distanceSqToPoint(e))}distanceSqToPoint(e){let t=Ln.subVectors(e,this.origin).dot(this.direction);return t<0?this.origin.distanceToSquared(e):(Ln.copy(this.origin).addScaledVector(this.direction,t),Ln.distanceToSquared(e))}distanceSqToSegment(e,t,n,s){ol.copy(e).add(t).multiplyScalar(.5),vr.copy(t).sub(e).normalize(),br.copy(this.origin).sub(ol);let r=e.distanceTo(t)*.5,a=-this.direction.dot(vr),o=br.dot(this.direction),c=-br.dot(vr),l=br.lengthSq(),u=Math.abs(1-a*a),d,h,f,g;if(u>0)if(d=a*c-o,h=a*o-c,g=r*u,d>=0)if(h>=-g)if(h<=g){let y=1/u;d*=y,h*=y,f=d*(d+a*h+2*o)+h*(a*d+h+2*c)+l}else h=r,d=Math.max(0,-(a*h+o)),f=-d*d+h*(h+2*c)+l;else h=-r,d=Math.max(0,-(a*h+o)),f=-d*d+h*(h+2*c)+l;else h<=-g?(d=Math.max(0,-(-a*r+o)),h=d>0?-r:Math.min(Math.max(-r,-c),r),f=-d*d+h*(h+2*c)+l):h<=g?(d=0,h=Math.min(Math.max(-r,-c),r),f=h*(h+2*c)+l):(d=Math.max(0,-(a*r+o)),h=d>0?r:Math.min(Math.max(-r,-c),r),f=-d*d+h*(h+2*c)+l);else h=a>0?-r:r,d=Math.max(0,-(a*h+o)),f=-d*d+h*(h+2*c)+l;return n&&n.copy(this.origin).addScaledVector(this.direction,d),s&&s.copy(ol).addScaledVector(vr,h),f}intersectSphere(e,t){if(e.radius<0)return null;Ln.subVectors(e.center,this.origin);let n=Ln.dot(this.direction),s=Ln.dot(Ln)-n*n,r=e.radius*e.radius;if(s>r)return null;let a=Math.sqrt(r-s),o=n-a,c=n+a;return c<0?null:o<0?this.at(c,t):this.at(o,t)}intersectsSphere(e){return e.radius<0?!1:this.distanceSqToPoint(e.center)<=e.radius*e.radius}distanceToPlane(e){let t=e.normal.dot(this.direction);if(t===0)return e.distanceToPoint(this.origin)===0?0:null;let n=-(this.origin.dot(e.normal)+e.constant)/t;return n>=0?n:null}intersectPlane(e,t){let n=this.distanceToPlane(e);return n===null?null:this.at(n,t)}intersectsPlane(e){let t=e.distanceToPoint(this.origin);return t===0||e.normal.dot(this.direction)*t<0}intersectBox(e,t){let n,s,r,a,o,c,l=1/this.direction.x,u=1/this.direction.y,d=1/this.direction.z,h=this.origin;return l>=0?(n=(e.min.x-h.x)*l,s=(e.max.x-h.x)*l):(n=(e.max.x-h.x)*l,s=(e.min.x-h.x)*l),u>=0?(r=(e.min.y-h.y)*u,a=(e.max.y-h.y)*u):(r=(e.max.y-h.y)*u,a=(e.min.y-h.y)*u),n>a||r>s||((r>n||isNaN(n))&&(n=r),(a<s||isNaN(s))&&(s=a),d>=0?(o=(e.min.z-h.z)*d,c=(e.max.z-h.z)*d):(o=(e.max.z-h.z)*d,c=(e.min.z-h.z)*d),n>c||o>s)||((o>n||n!==n)&&(n=o),(c<s||s!==s)&&(s=c),s<0)?null:this.at(n>=0?n:s,t)}intersectsBox(e){return this.intersectBox(e,Ln)!==null}intersectTriangle(e,t,n,s,r){let a=this.origin,o=this.direction,c=o.x,l=o.y,u=o.z,d=e.x-a.x,h=e.y-a.y,f=e.z-a.z,g=t.x-a.x,y=t.y-a.y,m=t.z-a.z,p=n.x-a.x,_=n.y-a.y,S=n.z-a.z,v=Math.abs(c),A=Math.abs(l),w=Math.abs(u),x,E,B,F,R,L,k,P,H,J,W,se;if(v>=A&&v>=w?(B=c,L=d,H=g,se=p,c>=0?(x=l,E=u,F=h,R=f,k=y,P=m,J=_,W=S):(x=u,E=l,F=f,R=h,k=m,P=y,J=S,W=_)):A>=w?(B=l,L=h,H=y,se=_,l>=0?(x=u,E=c,F=f,R=d,k=m,P=g,J=S,W=p):(x=c,E=u,F=d,R=f,k=g,P=m,J=p,W=S)):(B=u,L=f,H=m,se=S,u>=0?(x=c,E=l,F=d,R=h,k=g,P=y,J=p,W=_):(x=l,E=c,F=h,R=d,k=y,P=g,J=_,W=p)),B===0)return null;let Y=x/B,te=E/B,re=1/B,Se=F-Y*L,U=R-te*L,D=k-Y*H,Z=P-te*H,ae=J-Y*se,ce=W-te*se,ie=ae*Z-ce*D,Te=Se*ce-U*ae,Pe=D*U-Z*Se;if(s){if(ie<0||Te<0||Pe<0)return null}else if((ie<0||Te<0||Pe<0)&&(ie>0||Te>0||Pe>0))return null;let Ee=ie+Te+Pe;if(Ee===0)return null;let Ge=re*(ie*L+Te*H+Pe*se);return(Ee>0?Ge<0:Ge>0)?null:this.at(Ge/Ee,r)}applyMatrix4(e){return this.origin.applyMatrix4(e),this.direction.transformDirection(e),this}equals(e){return e.origin.equals(this.origin)&&e.direction.equals(this.direction)}clone(){return new this.constructor().copy(this)}},jr=class extends jn{constructor(e){super(),this.isMeshBasicMaterial=!0,this.type="MeshBasicMaterial",this.color=new He(16777215),this.map=null,this.lightMap=null,this.lightMapIntensity=1,this.aoMap=null,this.aoMapIntensity=1,this.specularMap=null,this.alphaMap=null,this.envMap=null,this.envMapRotation=new Zn,this.combine=Sl,this.reflectivity=1,this.refractionRatio=.98,this.wireframe=!1,this.wireframeLinewidth=1,this.wireframeLinecap="round",this.wireframeLinejoin="round",this.fog=!0,this.setValues(e)}copy(e){return super.copy(e),this.color.copy(e.color),this.map=e.map,this.lightMap=e.lightMap,this.lightMapIntensity=e.lightMapIntensity,this.aoMap=e.aoMap,this.aoMapIntensity=e.aoMapIntensity,this.specularMap=e.specularMap,this.alphaMap=e.alphaMap,this.envMap=e.envMap,this.envMapRotation.copy(e.envMapRotation),this.combine=e.combine,this.reflectivity=e.reflectivity,this.refractionRatio=e.refractionRatio,this.wireframe=e.wireframe,this.wireframeLinewidth=e.wireframeLinewidth,this.wireframeLinecap=e.wireframeLinecap,this.wireframeLinejoin=e.wireframeLinejoin,this.fog=e.fog,this}},Du=new rt,li=new Rs,Sr=new hi,Fu=new X,Mr=new X,wr=new X,Ar=new X,ll=new X,Er=new X,Uu=new X,Tr=new X,vn=class extends qt{constructor(e=new nn,t=new jr){super(),this.isMesh=!0,this.type="Mesh",this.geometry=e,this.material=t,this.morphTargetDictionary=void 0,this.morphTargetInfluences=void 0,this.count=1,this.updateMorphTargets()}copy(e,t){return super.copy(e,t),e.morphTargetInfluences!==void 0?this.morphTargetInfluences=e.morphTargetInfluences.slice():this.morphTargetInfluences=void 0,e.morphTargetDictionary!==void 0?this.morphTargetDictionary=Object.assign({},e.morphTargetDictionary):this.morphTargetDictionary=void 0,this.material=Array.isArray(e.material)?e.material.slice():e.material,this.geometry=e.geometry,this}updateMorphTargets(){let t=this.geometry.morphAttributes,n=Object.keys(t);if(n.length>0){let s=t[n[0]];if(s!==void 0){this.morphTargetInfluences=[],this.morphTargetDictionary={};for(let r=0,a=s.length;r<a;r++){let o=s[r].name||String(r);this.morphTargetInfluences.push(0),this.morphTargetDictionary[o]=r}}}}getVertexPosition(e,t){let n=this.geometry,s=n.attributes.position,r=n.morphAttributes.position,a=n.morphTargetsRelative;t.fromBufferAttribute(s,e);let o=this.morphTargetInfluences;if(r&&o){Er.set(0,0,0);for(let c=0,l=r.length;c<l;c++){let u=o[c],d=r[c];u!==0&&(ll.fromBufferAttribute(d,e),a?Er.addScaledVector(ll,u):Er.addScaledVector(ll.sub(t),u))}t.add(Er)}return t}intersectsFrustum(e){return e.intersectsObject(this)}raycast(e,t){let n=this.geometry,s=this.material,r=this.matrixWorld;s!==void 0&&(n.boundingSphere===null&&n.computeBoundingSphere(),Sr.copy(n.boundingSphere),Sr.applyMatrix4(r),li.copy(e.ray).recast(e.near),!(Sr.containsPoint(li.origin)===!1&&(li.intersectSphere(Sr,Fu)===null||li.origin.distanceToSquared(Fu)>(e.far-e.near)**2))&&(Du.copy(r).invert(),li.copy(e.ray).applyMatrix4(Du),!(n.boundingBox!==null&&li.intersectsBox(n.boundingBox)===!1)&&this._computeIntersections(e,t,li)))}_computeIntersections(e,t,n){let s,r=this.geometry,a=this.material,o=r.index,c=r.attributes.position,l=r.attributes.uv,u=r.attributes.uv1,d=r.attributes.normal,h=r.groups,f=r.drawRange;if(o!==null)if(Array.isArray(a))for(let g=0,y=h.length;g<y;g++){let m=h[g],p=a[m.materialIndex],_=Math.max(m.start,f.start),S=Math.min(o.count,Math.min(m.start+m.count,f.start+f.count));for(let v=_,A=S;v<A;v+=3){let w=o.getX(v),x=o.getX(v+1),E=o.getX(v+2);s=Cr(this,p,e,n,l,u,d,w,x,E),s&&(s.faceIndex=Math.floor(v/3),s.face.materialIndex=m.materialIndex,t.push(s))}}else{let g=Math.max(0,f.start),y=Math.min(o.count,f.start+f.count);for(let m=g,p=y;m<p;m+=3){let _=o.getX(m),S=o.getX(m+1),v=o.getX(m+2);s=Cr(this,a,e,n,l,u,d,_,S,v),s&&(s.faceIndex=Math.floor(m/3),t.push(s))}}else if(c!==void 0)if(Array.isArray(a))for(let g=0,y=h.length;g<y;g++){let m=h[g],p=a[m.materialIndex],_=Math.max(m.start,f.start),S=Math.min(c.count,Math.min(m.start+m.count,f.start+f.count));for(let v=_,A=S;v<A;v+=3){let w=v,x=v+1,E=v+2;s=Cr(this,p,e,n,l,u,d,w,x,E),s&&(s.faceIndex=Math.floor(v/3),s.face.materialIndex=m.materialIndex,t.push(s))}}else{let g=Math.max(0,f.start),y=Math.min(c.count,f.start+f.count);for(let m=g,p=y;m<p;m+=3){let _=m,S=m+1,v=m+2;s=Cr(this,a,e,n,l,u,d,_,S,v),s&&(s.faceIndex=Math.floor(m/3),t.push(s))}}}};function rp(i,e,t,n,s,r,a,o){let c;if(e.side===Ot?c=n.intersectTriangle(a,r,s,!0,o):c=n.intersectTriangle(s,r,a,e.side===ti,o),c===null)return null;Tr.copy(o),Tr.applyMatrix4(i.matrixWorld);let l=t.ray.origin.distanceTo(Tr);return l<t.near||l>t.far?null:{distance:l,point:Tr.clone(),object:i}}function Cr(i,e,t,n,s,r,a,o,c,l){i.getVertexPosition(o,Mr),i.getVertexPosition(c,wr),i.getVertexPosition(l,Ar);let u=rp(i,e,t,n,Mr,wr,Ar,Uu);if(u){let d=new X;Yn.getBarycoord(Uu,Mr,wr,Ar,d),s&&(u.uv=Yn.getInterpolatedAttribute(s,o,c,l,d,new Ze)),r&&(u.uv1=Yn.getInterpolatedAttribute(r,o,c,l,d,new Ze)),a&&(u.normal=Yn.getInterpolatedAttribute(a,o,c,l,d,new X),u.normal.dot(n.direction)>0&&u.normal.multiplyScalar(-1));let h={a:o,b:c,c:l,normal:new X,materialIndex:0};Yn.getNormal(Mr,wr,Ar,h.normal),u.face=h,u.barycoord=d}return u}var $i=class extends Nt{constructor(e=null,t=1,n=1,s,r,a,o,c,l=pt,u=pt,d,h){super(null,a,o,c,l,u,s,r,d,h),this.isDataTexture=!0,this.image={data:e,width:t,height:n},this.generateMipmaps=!1,this.flipY=!1,this.unpackAlignment=1}};var ci=new hi,ap=new Ze(.5,.5),Rr=new X,di=class{constructor(e=new un,t=new un,n=new un,s=new un,r=new un,a=new un){this.planes=[e,t,n,s,r,a]}set(e,t,n,s,r,a){let o=this.planes;return o[0].copy(e),o[1].copy(t),o[2].copy(n),o[3].copy(s),o[4].copy(r),o[5].copy(a),this}copy(e){let t=this.planes;for(let n=0;n<6;n++)t[n].copy(e.planes[n]);return this}setFromProjectionMatrix(e,t=en,n=!1){let s=this.planes,r=e.elements,a=r[0],o=r[1],c=r[2],l=r[3],u=r[4],d=r[5],h=r[6],f=r[7],g=r[8],y=r[9],m=r[10],p=r[11],_=r[12],S=r[13],v=r[14],A=r[15];if(s[0].setComponents(l-a,f-u,p-g,A-_).normalize(),s[1].setComponents(l+a,f+u,p+g,A+_).normalize(),s[2].setComponents(l+o,f+d,p+y,A+S).normalize(),s[3].setComponents(l-o,f-d,p-y,A-S).normalize(),n)s[4].setComponents(c,h,m,v).normalize(),s[5].setComponents(l-c,f-h,p-m,A-v).normalize();else if(s[4].setComponents(l-c,f-h,p-m,A-v).normalize(),t===en)s[5].setComponents(l+c,f+h,p+m,A+v).normalize();else if(t===Ss)s[5].setComponents(c,h,m,v).normalize();else throw new Error("THREE.Frustum.setFromProjectionMatrix(): Invalid coordinate system: "+t);return this}intersectsObject(e){if(e.boundingSphere!==void 0)e.boundingSphere===null&&e.computeBoundingSphere(),ci.copy(e.boundingSphere).applyMatrix4(e.matrixWorld);else{let t=e.geometry;t.boundingSphere===null&&t.computeBoundingSphere(),ci.copy(t.boundingSphere).applyMatrix4(e.matrixWorld)}return this.intersectsSphere(ci)}intersectsSprite(e){ci.center.set(0,0,0);let t=ap.distanceTo(e.center);return ci.radius=.7071067811865476+t,ci.applyMatrix4(e.matrixWorld),this.intersectsSphere(ci)}intersectsSphere(e){let t=this.planes,n=e.center,s=-e.radius;for(let r=0;r<6;r++)if(t[r].distanceToPoint(n)<s)return!1;return!0}intersectsBox(e){let t=this.planes;for(let n=0;n<6;n++){let s=t[n];if(Rr.x=s.normal.x>0?e.max.x:e.min.x,Rr.y=s.normal.y>0?e.max.y:e.min.y,Rr.z=s.normal.z>0?e.max.z:e.min.z,s.distanceToPoint(Rr)<0)return!1}return!0}containsPoint(e){let t=this.planes;for(let n=0;n<6;n++)if(t[n].distanceToPoint(e)<0)return!1;return!0}clone(){return new this.constructor().copy(this)}},Ou=new rt,Kr=class i{constructor(){this.coordinateSystem=en,this._frustums=[],this._count=0}setFromArrayCamera(e){let t=e.cameras,n=this._frustums;for(let s=0;s<t.length;s++){let r=t[s];Ou.multiplyMatrices(r.projectionMatrix,r.matrixWorldInverse),n[s]===void 0&&(n[s]=new di),n[s].setFromProjectionMatrix(Ou,r.coordinateSystem,r.reversedDepth)}return this._count=t.length,this}getFrustum(e){return this._frustums[e]}intersectsObject(e){let t=this._frustums;for(let n=0;n<this._count;n++)if(t[n].intersectsObject(e))return!0;return!1}intersectsSprite(e){let t=this._frustums;for(let n=0;n<this._count;n++)if(t[n].intersectsSprite(e))return!0;return!1}intersectsSphere(e){let t=this._frustums;for(let n=0;n<this._count;n++)if(t[n].intersectsSphere(e))return!0;return!1}intersectsBox(e){let t=this._frustums;for(let n=0;n<this._count;n++)if(t[n].intersectsBox(e))return!0;return!1}containsPoint(e){let t=this._frustums;for(let n=0;n<this._count;n++)if(t[n].containsPoint(e))return!0;return!1}copy(e){this.coordinateSystem=e.coordinateSystem;let t=this._frustums,n=e._frustums;for(let s=0;s<e._count;s++)t[s]===void 0&&(t[s]=new di),t[s].copy(n[s]);return this._count=e._count,this}clone(){return new i().copy(this)}};var Qr=class extends jn{constructor(e){super(),this.isPointsMaterial=!0,this.type="PointsMaterial",this.color=new He(16777215),this.map=null,this.alphaMap=null,this.size=1,this.sizeAttenuation=!0,this.fog=!0,this.setValues(e)}copy(e){return super.copy(e),this.color.copy(e.color),this.map=e.map,this.alphaMap=e.alphaMap,this.size=e.size,this.sizeAttenuation=e.sizeAttenuation,this.fog=e.fog,this}},Bu=new rt,fl=new Rs,Pr=new hi,Ir=new X,Ps=class extends qt{constructor(e=new nn,t=new Qr){super(),this.isPoints=!0,this.type="Points",this.geometry=e,this.material=t,this.morphTargetDictionary=void 0,this.morphTargetInfluences=void 0,this.updateMorphTargets()}copy(e,t){return super.copy(e,t),e.morphTargetInfluences!==void 0?this.morphTargetInfluences=e.morphTargetInfluences.slice():this.morphTargetInfluences=void 0,e.morphTargetDictionary!==void 0?this.morphTargetDictionary=Object.assign({},e.morphTargetDictionary):this.morphTargetDictionary=void 0,this.material=Array.isArray(e.material)?e.material.slice():e.material,this.geometry=e.geometry,this}intersectsFrustum(e){return e.intersectsObject(this)}raycast(e,t){let n=this.geometry,s=this.matrixWorld,r=e.params.Points.threshold,a=n.drawRange;if(n.boundingSphere===null&&n.computeBoundingSphere(),Pr.copy(n.boundingSphere),Pr.applyMatrix4(s),Pr.radius+=r,e.ray.intersectsSphere(Pr)===!1)return;Bu.copy(s).invert(),fl.copy(e.ray).applyMatrix4(Bu);let o=r/((this.scale.x+this.scale.y+this.scale.z)/3),c=o*o,l=n.index,d=n.attributes.position;if(l!==null){let h=Math.max(0,a.start),f=Math.min(l.count,a.start+a.count);for(let g=h,y=f;g<y;g++){let m=l.getX(g);Ir.fromBufferAttribute(d,m),ku(Ir,m,c,s,e,t,this)}}else{let h=Math.max(0,a.start),f=Math.min(d.count,a.start+a.count);for(let g=h,y=f;g<y;g++)Ir.fromBufferAttribute(d,g),ku(Ir,g,c,s,e,t,this)}}updateMorphTargets(){let t=this.geometry.morphAttributes,n=Object.keys(t);if(n.length>0){let s=t[n[0]];if(s!==void 0){this.morphTargetInfluences=[],this.morphTargetDictionary={};for(let r=0,a=s.length;r<a;r++){let o=s[r].name||String(r);this.morphTargetInfluences.push(0),this.morphTargetDictionary[o]=r}}}}};function ku(i,e,t,n,s,r,a){let o=fl.distanceSqToPoint(i);if(o<t){let c=new X;fl.closestPointToPoint(i,c),c.applyMatrix4(n);let l=s.ray.origin.distanceTo(c);if(l<s.near||l>s.far)return;r.push({distance:l,distanceToRay:Math.sqrt(o),point:c,index:e,face:null,faceIndex:null,barycoord:null,object:a})}}var Is=class extends Nt{constructor(e=[],t=mi,n,s,r,a,o,c,l,u){super(e,t,n,s,r,a,o,c,l,u),this.isCubeTexture=!0,this.flipY=!1}get images(){return this.image}set images(e){this.image=e}};var Fn=class extends Nt{constructor(e,t,n=hn,s,r,a,o=pt,c=pt,l,u=Dn,d=1){if(u!==Dn&&u!==On)throw new Error("THREE.DepthTexture: format must be either THREE.DepthFormat or THREE.DepthStencilFormat");let h={width:e,height:t,depth:d};super(h,s,r,a,o,c,u,n,l),this.isDepthTexture=!0,this.flipY=!1,this.generateMipmaps=!1,this.compareFunction=null}copy(e){return super.copy(e),this.source=new Xi(Object.assign({},e.image)),this.compareFunction=e.compareFunction,this}toJSON(e){let t=super.toJSON(e);return t.compareFunction=this.compareFunction,t}},Ls=class extends Fn{constructor(e,t=hn,n=mi,s,r,a=pt,o=pt,c,l=Dn){let u={width:e,height:e,depth:1},d=[u,u,u,u,u,u];super(e,e,t,n,s,r,a,o,c,l),this.image=d,this.isCubeDepthTexture=!0,this.isCubeTexture=!0}get images(){return this.image}set images(e){this.image=e}},Ns=class extends Nt{constructor(e=null){super(),this.sourceTexture=e,this.isExternalTexture=!0}copy(e){return super.copy(e),this.sourceTexture=e.sourceTexture,this}},Yi=class i extends nn{constructor(e=1,t=1,n=1,s=1,r=1,a=1){super(),this.type="BoxGeometry",this.parameters={width:e,height:t,depth:n,widthSegments:s,heightSegments:r,depthSegments:a};let o=this;s=Math.floor(s),r=Math.floor(r),a=Math.floor(a);let c=[],l=[],u=[],d=[],h=0,f=0;g("z","y","x",-1,-1,n,t,e,a,r,0),g("z","y","x",1,-1,n,t,-e,a,r,1),g("x","z","y",1,1,e,n,t,s,a,2),g("x","z","y",1,-1,e,n,-t,s,a,3),g("x","y","z",1,-1,e,t,n,s,r,4),g("x","y","z",-1,-1,e,t,-n,s,r,5),this.setIndex(c),this.setAttribute("position",new tn(l,3)),this.setAttribute("normal",new tn(u,3)),this.setAttribute("uv",new tn(d,2));function g(y,m,p,_,S,v,A,w,x,E,B){let F=v/x,R=A/E,L=v/2,k=A/2,P=w/2,H=x+1,J=E+1,W=0,se=0,Y=new X;for(let te=0;te<J;te++){let re=te*R-k;for(let Se=0;Se<H;Se++){let U=Se*F-L;Y[y]=U*_,Y[m]=re*S,Y[p]=P,l.push(Y.x,Y.y,Y.z),Y[y]=0,Y[m]=0,Y[p]=w>0?1:-1,u.push(Y.x,Y.y,Y.z),d.push(Se/x),d.push(1-te/E),W+=1}}for(let te=0;te<E;te++)for(let re=0;re<x;re++){let Se=h+re+H*te,U=h+re+H*(te+1),D=h+(re+1)+H*(te+1),Z=h+(re+1)+H*te;c.push(Se,U,Z),c.push(U,D,Z),se+=6}o.addGroup(f,se,B),f+=se,h+=W}}copy(e){return super.copy(e),this.parameters=Object.assign({},e.parameters),this}static fromJSON(e){return new i(e.width,e.height,e.depth,e.widthSegments,e.heightSegments,e.depthSegments)}};var Ds=class i extends nn{constructor(e=1,t=1,n=1,s=1){super(),this.type="PlaneGeometry",this.parameters={width:e,height:t,widthSegments:n,heightSegments:s};let r=e/2,a=t/2,o=Math.floor(n),c=Math.floor(s),l=o+1,u=c+1,d=e/o,h=t/c,f=[],g=[],y=[],m=[];for(let p=0;p<u;p++){let _=p*h-a;for(let S=0;S<l;S++){let v=S*d-r;g.push(v,-_,0),y.push(0,0,1),m.push(S/o),m.push(1-p/c)}}for(let p=0;p<c;p++)for(let _=0;_<o;_++){let S=_+l*p,v=_+l*(p+1),A=_+1+l*(p+1),w=_+1+l*p;f.push(S,v,w),f.push(v,A,w)}this.setIndex(f),this.setAttribute("position",new tn(g,3)),this.setAttribute("normal",new tn(y,3)),this.setAttribute("uv",new tn(m,2))}copy(e){return super.copy(e),this.parameters=Object.assign({},e.parameters),this}static fromJSON(e){return new i(e.width,e.height,e.widthSegments,e.heightSegments)}};function xi(i){let e={};for(let t in i){e[t]={};for(let n in i[t]){let s=i[t][n];if(zu(s))s.isRenderTargetTexture?(Ne("UniformsUtils: Textures of render targets cannot be cloned via cloneUniforms() or mergeUniforms()."),e[t][n]=null):e[t][n]=s.clone();else if(Array.isArray(s))if(zu(s[0])){let r=[];for(let a=0,o=s.length;a<o;a++)r[a]=s[a].clone();e[t][n]=r}else e[t][n]=s.slice();else e[t][n]=s}}return e}function Dt(i){let e={};for(let t=0;t<i.length;t++){let n=xi(i[t]);for(let s in n)e[s]=n[s]}return e}function zu(i){return i&&(i.isColor||i.isMatrix3||i.isMatrix4||i.isVector2||i.isVector3||i.isVector4||i.isTexture||i.isQuaternion)}function op(i){let e=[];for(let t=0;t<i.length;t++)e.push(i[t].clone());return e}function Wl(i){let e=i.getRenderTarget();return e===null?i.outputColorSpace:e.isXRRenderTarget===!0?e.texture.colorSpace:$e.workingColorSpace}var Ph={clone:xi,merge:Dt},lp=`void main() {
	gl_Position = projectionMatrix * modelViewMatrix * vec4( position, 1.0 );
}`,cp=`void main() {
	gl_FragColor = vec4( 1.0, 0.0, 0.0, 1.0 );
}`,sn=class extends jn{constructor(e){super(),this.isShaderMaterial=!0,this.type="ShaderMaterial",this.defines={},this.uniforms={},this.uniformsGroups=[],this.vertexShader=lp,this.fragmentShader=cp,this.linewidth=1,this.wireframe=!1,this.wireframeLinewidth=1,this.fog=!1,this.lights=!1,this.clipping=!1,this.forceSinglePass=!0,this.extensions={clipCullDistance:!1,multiDraw:!1},this.defaultAttributeValues={color:[1,1,1],uv:[0,0],uv1:[0,0]},this.index0AttributeName=void 0,this.uniformsNeedUpdate=!1,this.glslVersion=null,e!==void 0&&this.setValues(e)}copy(e){return super.copy(e),this.fragmentShader=e.fragmentShader,this.vertexShader=e.vertexShader,this.uniforms=xi(e.uniforms),this.uniformsGroups=op(e.uniformsGroups),this.defines=Object.assign({},e.defines),this.wireframe=e.wireframe,this.wireframeLinewidth=e.wireframeLinewidth,this.fog=e.fog,this.lights=e.lights,this.clipping=e.clipping,this.extensions=Object.assign({},e.extensions),this.glslVersion=e.glslVersion,this.defaultAttributeValues=Object.assign({},e.defaultAttributeValues),this.index0AttributeName=e.index0AttributeName,this.uniformsNeedUpdate=e.uniformsNeedUpdate,this}toJSON(e){let t=super.toJSON(e);t.glslVersion=this.glslVersion,t.uniforms={};for(let s in this.uniforms){let a=this.uniforms[s].value;a&&a.isTexture?t.uniforms[s]={type:"t",value:a.toJSON(e).uuid}:a&&a.isColor?t.uniforms[s]={type:"c",value:a.getHex()}:a&&a.isVector2?t.uniforms[s]={type:"v2",value:a.toArray()}:a&&a.isVector3?t.uniforms[s]={type:"v3",value:a.toArray()}:a&&a.isVector4?t.uniforms[s]={type:"v4",value:a.toArray()}:a&&a.isMatrix3?t.uniforms[s]={type:"m3",value:a.toArray()}:a&&a.isMatrix4?t.uniforms[s]={type:"m4",value:a.toArray()}:t.uniforms[s]={value:a}}Object.keys(this.defines).length>0&&(t.defines=this.defines),t.vertexShader=this.vertexShader,t.fragmentShader=this.fragmentShader,t.lights=this.lights,t.clipping=this.clipping;let n={};for(let s in this.extensions)this.extensions[s]===!0&&(n[s]=!0);return Object.keys(n).length>0&&(t.extensions=n),t}fromJSON(e,t){if(super.fromJSON(e,t),e.uniforms!==void 0)for(let n in e.uniforms){let s=e.uniforms[n];switch(this.uniforms[n]={},s.type){case"t":this.uniforms[n].value=t[s.value]||null;break;case"c":this.uniforms[n].value=new He().setHex(s.value);break;case"v2":this.uniforms[n].value=new Ze().fromArray(s.value);break;case"v3":this.uniforms[n].value=new X().fromArray(s.value);break;case"v4":this.uniforms[n].value=new ut().fromArray(s.value);break;case"m3":this.uniforms[n].value=new Fe().fromArray(s.value);break;case"m4":this.uniforms[n].value=new rt().fromArray(s.value);break;default:this.uniforms[n].value=s.value}}if(e.defines!==void 0&&(this.defines=e.defines),e.vertexShader!==void 0&&(this.vertexShader=e.vertexShader),e.fragmentShader!==void 0&&(this.fragmentShader=e.fragmentShader),e.glslVersion!==void 0&&(this.glslVersion=e.glslVersion),e.extensions!==void 0)for(let n in e.extensions)this.extensions[n]=e.extensions[n];return e.lights!==void 0&&(this.lights=e.lights),e.clipping!==void 0&&(this.clipping=e.clipping),this}},ea=class extends sn{constructor(e){super(e),this.isRawShaderMaterial=!0,this.type="RawShaderMaterial"}};var ta=class extends jn{constructor(e){super(),this.isMeshDepthMaterial=!0,this.type="MeshDepthMaterial",this.depthPacking=mh,this.map=null,this.alphaMap=null,this.displacementMap=null,this.displacementScale=1,this.displacementBias=0,this.wireframe=!1,this.wireframeLinewidth=1,this.setValues(e)}copy(e){return super.copy(e),this.depthPacking=e.depthPacking,this.map=e.map,this.alphaMap=e.alphaMap,this.displacementMap=e.displacementMap,this.displacementScale=e.displacementScale,this.displacementBias=e.displacementBias,this.wireframe=e.wireframe,this.wireframeLinewidth=e.wireframeLinewidth,this}},na=class extends jn{constructor(e){super(),this.isMeshDistanceMaterial=!0,this.type="MeshDistanceMaterial",this.map=null,this.alphaMap=null,this.displacementMap=null,this.displacementScale=1,this.displacementBias=0,this.setValues(e)}copy(e){return super.copy(e),this.map=e.map,this.alphaMap=e.alphaMap,this.displacementMap=e.displacementMap,this.displacementScale=e.displacementScale,this.displacementBias=e.displacementBias,this}};function ki(i,e){return!i||i.constructor===e?i:typeof e.BYTES_PER_ELEMENT=="number"?new e(i):Array.prototype.slice.call(i)}function Lr(i){return i!==void 0&&i.inTangents!==void 0&&i.outTangents!==void 0}var Kn=class{constructor(e,t,n,s){this.parameterPositions=e,this._cachedIndex=0,this.resultBuffer=s!==void 0?s:new t.constructor(n),this.sampleValues=t,this.valueSize=n,this.settings=null,this.DefaultSettings_={}}evaluate(e){let t=this.parameterPositions,n=this._cachedIndex,s=t[n],r=t[n-1];n:{e:{let a;t:{i:if(!(e<s)){for(let o=n+2;;){if(s===void 0){if(e<r)break i;return n=t.length,this._cachedIndex=n,this.copySampleValue_(n-1)}if(n===o)break;if(r=s,s=t[++n],e<s)break e}a=t.length;break t}if(!(e>=r)){let o=t[1];e<o&&(n=2,r=o);for(let c=n-2;;){if(r===void 0)return this._cachedIndex=0,this.copySampleValue_(0);if(n===c)break;if(s=r,r=t[--n-1],e>=r)break e}a=n,n=0;break t}break n}for(;n<a;){let o=n+a>>>1;e<t[o]?a=o:n=o+1}if(s=t[n],r=t[n-1],r===void 0)return this._cachedIndex=0,this.copySampleValue_(0);if(s===void 0)return n=t.length,this._cachedIndex=n,this.copySampleValue_(n-1)}this._cachedIndex=n,this.intervalChanged_(n,r,s)}return this.interpolate_(n,r,e,s)}getSettings_(){return this.settings||this.DefaultSettings_}copySampleValue_(e){let t=this.resultBuffer,n=this.sampleValues,s=this.valueSize,r=e*s;for(let a=0;a!==s;++a)t[a]=n[r+a];return t}interpolate_(){throw new Error("THREE.Interpolant: Call to abstract method.")}intervalChanged_(){}},ia=class extends Kn{constructor(e,t,n,s){super(e,t,n,s),this._weightPrev=-0,this._offsetPrev=-0,this._weightNext=-0,this._offsetNext=-0,this.DefaultSettings_={endingStart:ul,endingEnd:ul}}intervalChanged_(e,t,n){let s=this.parameterPositions,r=e-2,a=e+1,o=s[r],c=s[a];if(o===void 0)switch(this.getSettings_().endingStart){case hl:r=e,o=2*t-n;break;case dl:r=s.length-2,o=t+s[r]-s[r+1];break;default:r=e,o=n}if(c===void 0)switch(this.getSettings_().endingEnd){case hl:a=e,c=2*n-t;break;case dl:a=1,c=n+s[1]-s[0];break;default:a=e-1,c=t}let l=(n-t)*.5,u=this.valueSize;this._weightPrev=l/(t-o),this._weightNext=l/(c-n),this._offsetPrev=r*u,this._offsetNext=a*u}interpolate_(e,t,n,s){let r=this.resultBuffer,a=this.sampleValues,o=this.valueSize,c=e*o,l=c-o,u=this._offsetPrev,d=this._offsetNext,h=this._weightPrev,f=this._weightNext,g=(n-t)/(s-t),y=g*g,m=y*g,p=-h*m+2*h*y-h*g,_=(1+h)*m+(-1.5-2*h)*y+(-.5+h)*g+1,S=(-1-f)*m+(1.5+f)*y+.5*g,v=f*m-f*y;for(let A=0;A!==o;++A)r[A]=p*a[u+A]+_*a[l+A]+S*a[c+A]+v*a[d+A];return r}},sa=class extends Kn{constructor(e,t,n,s){super(e,t,n,s)}interpolate_(e,t,n,s){let r=this.resultBuffer,a=this.sampleValues,o=this.valueSize,c=e*o,l=c-o,u=(n-t)/(s-t),d=1-u;for(let h=0;h!==o;++h)r[h]=a[l+h]*d+a[c+h]*u;return r}},ra=class extends Kn{constructor(e,t,n,s){super(e,t,n,s)}interpolate_(e){return this.copySampleValue_(e-1)}},aa=class extends Kn{interpolate_(e,t,n,s){let r=this.resultBuffer,a=this.sampleValues,o=this.valueSize,c=e*o,l=c-o,u=this.inTangents,d=this.outTangents;if(!u||!d){let g=(n-t)/(s-t),y=1-g;for(let m=0;m!==o;++m)r[m]=a[l+m]*y+a[c+m]*g;return r}let h=o*2,f=e-1;for(let g=0;g!==o;++g){let y=a[l+g],m=a[c+g],p=f*h+g*2,_=d[p],S=d[p+1],v=e*h+g*2,A=u[v],w=u[v+1],x=hp(n,t,_,A,s);r[g]=Ih(x,y,S,w,m)}return r}};function Ih(i,e,t,n,s){let r=1-i;return r*r*r*e+3*r*r*i*t+3*r*i*i*n+i*i*i*s}function up(i,e,t,n,s){let r=1-i;return 3*r*r*(t-e)+6*r*i*(n-t)+3*i*i*(s-n)}function hp(i,e,t,n,s){let r=(i-e)/(s-e);for(let a=0;a<8;a++){let o=Ih(r,e,t,n,s)-i;if(Math.abs(o)<1e-10)break;let c=up(r,e,t,n,s);if(Math.abs(c)<1e-10)break;r=Math.max(0,Math.min(1,r-o/c))}return r}var $t=class{constructor(e,t,n,s){if(e===void 0)throw new Error("THREE.KeyframeTrack: track name is undefined");if(t===void 0||t.length===0)throw new Error("THREE.KeyframeTrack: no keyframes in track named "+e);this.name=e,this.times=ki(t,this.TimeBufferType),this.values=ki(n,this.ValueBufferType),this.setInterpolation(s||this.DefaultInterpolation)}static toJSON(e){let t=e.constructor,n;if(t.toJSON!==this.toJSON)n=t.toJSON(e);else{n={name:e.name,times:ki(e.times,Array),values:ki(e.values,Array)};let s=e.getInterpolation();s!==e.DefaultInterpolation&&(n.interpolation=s),Lr(e.settings)&&(n.settings={inTangents:ki(e.settings.inTangents,Array),outTangents:ki(e.settings.outTangents,Array)})}return n.type=e.ValueTypeName,n}InterpolantFactoryMethodDiscrete(e){return new ra(this.times,this.values,this.getValueSize(),e)}InterpolantFactoryMethodLinear(e){return new sa(this.times,this.values,this.getValueSize(),e)}InterpolantFactoryMethodSmooth(e){return new ia(this.times,this.values,this.getValueSize(),e)}InterpolantFactoryMethodBezier(e){let t=new aa(this.times,this.values,this.getValueSize(),e);return this.settings&&(t.inTangents=this.settings.inTangents,t.outTangents=this.settings.outTangents),t}setInterpolation(e){let t;switch(e){case _s:t=this.InterpolantFactoryMethodDiscrete;break;case qr:t=this.InterpolantFactoryMethodLinear;break;case Fr:t=this.InterpolantFactoryMethodSmooth;break;case cl:t=this.InterpolantFactoryMethodBezier;break}if(t===void 0){let n="unsupported interpolation for "+this.ValueTypeName+" keyframe track named "+this.name;if(this.createInterpolant===void 0)if(e!==this.DefaultInterpolation)this.setInterpolation(this.DefaultInterpolation);else throw new Error(n);return Ne("KeyframeTrack:",n),this}return this.createInterpolant=t,this}getInterpolation(){switch(this.createInterpolant){case this.InterpolantFactoryMethodDiscrete:return _s;case this.InterpolantFactoryMethodLinear:return qr;case this.InterpolantFactoryMethodSmooth:return Fr;case this.InterpolantFactoryMethodBezier:return cl}}getValueSize(){return this.values.length/this.times.length}shift(e){if(e!==0){let t=this.times;for(let n=0,s=t.length;n!==s;++n)t[n]+=e;Lr(this.settings)&&(Vu(this.settings.inTangents,e),Vu(this.settings.outTangents,e))}return this}scale(e){if(e!==1){let t=this.times;for(let n=0,s=t.length;n!==s;++n)t[n]*=e;Lr(this.settings)&&(Gu(this.settings.inTangents,e),Gu(this.settings.outTangents,e))}return this}trim(e,t){let n=this.times,s=n.length,r=0,a=s-1;for(;r!==s&&n[r]<e;)++r;for(;a!==-1&&n[a]>t;)--a;if(++a,r!==0||a!==s){r>=a&&(a=Math.max(a,1),r=a-1);let o=this.getValueSize();this.times=n.slice(r,a),this.values=this.values.slice(r*o,a*o)}return this}validate(){let e=!0,t=this.getValueSize();t-Math.floor(t)!==0&&(De("KeyframeTrack: Invalid value size in track.",this),e=!1);let n=this.times,s=this.values,r=n.length;r===0&&(De("KeyframeTrack: Track is empty.",this),e=!1);let a=null;for(let o=0;o!==r;o++){let c=n[o];if(typeof c=="number"&&isNaN(c)){De("KeyframeTrack: Time is not a valid number.",this,o,c),e=!1;break}if(a!==null&&a>c){De("KeyframeTrack: Out of order keys.",this,o,c,a),e=!1;break}a=c}if(s!==void 0&&kf(s))for(let o=0,c=s.length;o!==c;++o){let l=s[o];if(isNaN(l)){De("KeyframeTrack: Value is not a valid number.",this,o,l),e=!1;break}}return e}optimize(){let e=this.times.slice(),t=this.values.slice(),n=this.getValueSize(),s=this.getInterpolation()===Fr,r=e.length-1,a=1;for(let o=1;o<r;++o){let c=!1,l=e[o],u=e[o+1];if(l!==u&&(o!==1||l!==e[0]))if(s)c=!0;else{let d=o*n,h=d-n,f=d+n;for(let g=0;g!==n;++g){let y=t[d+g];if(y!==t[h+g]||y!==t[f+g]){c=!0;break}}}if(c){if(o!==a){e[a]=e[o];let d=o*n,h=a*n;for(let f=0;f!==n;++f)t[h+f]=t[d+f]}++a}}if(r>0){e[a]=e[r];for(let o=r*n,c=a*n,l=0;l!==n;++l)t[c+l]=t[o+l];++a}return a!==e.length?(this.times=e.slice(0,a),this.values=t.slice(0,a*n)):(this.times=e,this.values=t),this}clone(){let e=this.times.slice(),t=this.values.slice(),n=this.constructor,s=new n(this.name,e,t);return s.createInterpolant=this.createInterpolant,Lr(this.settings)&&(s.settings={inTangents:this.settings.inTangents.slice(),outTangents:this.settings.outTangents.slice()}),s}};function Vu(i,e){for(let t=0,n=i.length;t!==n;t+=2)i[t]+=e}function Gu(i,e){for(let t=0,n=i.length;t!==n;t+=2)i[t]*=e}$t.prototype.ValueTypeName="";$t.prototype.TimeBufferType=Float32Array;$t.prototype.ValueBufferType=Float32Array;$t.prototype.DefaultInterpolation=qr;var Qn=class extends $t{constructor(e,t,n){super(e,t,n)}};Qn.prototype.ValueTypeName="bool";Qn.prototype.ValueBufferType=Array;Qn.prototype.DefaultInterpolation=_s;Qn.prototype.InterpolantFactoryMethodLinear=void 0;Qn.prototype.InterpolantFactoryMethodSmooth=void 0;var oa=class extends $t{constructor(e,t,n,s){super(e,t,n,s)}};oa.prototype.ValueTypeName="color";var la=class extends $t{constructor(e,t,n,s){super(e,t,n,s)}};la.prototype.ValueTypeName="number";var ca=class extends Kn{constructor(e,t,n,s){super(e,t,n,s)}interpolate_(e,t,n,s){let r=this.resultBuffer,a=this.sampleValues,o=this.valueSize,c=(n-t)/(s-t),l=e*o;for(let u=l+o;l!==u;l+=4)_n.slerpFlat(r,0,a,l-o,a,l,c);return r}},Fs=class extends $t{constructor(e,t,n,s){super(e,t,n,s)}InterpolantFactoryMethodLinear(e){return new ca(this.times,this.values,this.getValueSize(),e)}};Fs.prototype.ValueTypeName="quaternion";Fs.prototype.InterpolantFactoryMethodSmooth=void 0;var ei=class extends $t{constructor(e,t,n){super(e,t,n)}};ei.prototype.ValueTypeName="string";ei.prototype.ValueBufferType=Array;ei.prototype.DefaultInterpolation=_s;ei.prototype.InterpolantFactoryMethodLinear=void 0;ei.prototype.InterpolantFactoryMethodSmooth=void 0;var ua=class extends $t{constructor(e,t,n,s){super(e,t,n,s)}};ua.prototype.ValueTypeName="vector";var ha=class{constructor(e,t,n){let s=this,r=!1,a=0,o=0,c,l=[];this.onStart=void 0,this.onLoad=e,this.onProgress=t,this.onError=n,this._abortController=null,this.itemStart=function(u){o++,r===!1&&s.onStart!==void 0&&s.onStart(u,a,o),r=!0},this.itemEnd=function(u){a++,s.onProgress!==void 0&&s.onProgress(u,a,o),a===o&&(r=!1,s.onLoad!==void 0&&s.onLoad())},this.itemError=function(u){s.onError!==void 0&&s.onError(u)},this.resolveURL=function(u){return u=u.normalize("NFC"),c?c(u):u},this.setURLModifier=function(u){return c=u,this},this.addHandler=function(u,d){return l.push(u,d),this},this.removeHandler=function(u){let d=l.indexOf(u);return d!==-1&&l.splice(d,2),this},this.getHandler=function(u){for(let d=0,h=l.length;d<h;d+=2){let f=l[d],g=l[d+1];if(f.global&&(f.lastIndex=0),f.test(u))return g}return null},this.abort=function(){return this.abortController.abort(),this._abortController=null,this}}get abortController(){return this._abortController||(this._abortController=new AbortController),this._abortController}},Lh=new ha,da=class{constructor(e){this.manager=e!==void 0?e:Lh,this.crossOrigin="anonymous",this.withCredentials=!1,this.path="",this.resourcePath="",this.requestHeader={},this.priority="auto",this.cache="default",typeof __THREE_DEVTOOLS__<"u"&&__THREE_DEVTOOLS__.dispatchEvent(new CustomEvent("observe",{detail:this}))}load(){}loadAsync(e,t){let n=this;return new Promise(function(s,r){n.load(e,s,t,r)})}parse(){}setCrossOrigin(e){return this.crossOrigin=e,this}setWithCredentials(e){return this.withCredentials=e,this}setPath(e){return this.path=e,this}setResourcePath(e){return this.resourcePath=e,this}setRequestHeader(e){return this.requestHeader=e,this}setPriority(e){return this.priority=e,this}setCache(e){return this.cache=e,this}abort(){return this}};da.DEFAULT_MATERIAL_NAME="__DEFAULT";var Nr=new X,Dr=new _n,gn=new X,Us=class extends qt{constructor(){super(),this.isCamera=!0,this.type="Camera",this.matrixWorldInverse=new rt,this.projectionMatrix=new rt,this.projectionMatrixInverse=new rt,this.coordinateSystem=en,this._reversedDepth=!1}get reversedDepth(){return this._reversedDepth}copy(e,t){return super.copy(e,t),this.matrixWorldInverse.copy(e.matrixWorldInverse),this.projectionMatrix.copy(e.projectionMatrix),this.projectionMatrixInverse.copy(e.projectionMatrixInverse),this.coordinateSystem=e.coordinateSystem,this}getWorldDirection(e){return super.getWorldDirection(e).negate()}updateMatrixWorld(e){super.updateMatrixWorld(e),this.matrixWorld.decompose(Nr,Dr,gn),gn.x===1&&gn.y===1&&gn.z===1?this.matrixWorldInverse.copy(this.matrixWorld).invert():this.matrixWorldInverse.compose(Nr,Dr,gn.set(1,1,1)).invert()}updateWorldMatrix(e,t,n=!1){super.updateWorldMatrix(e,t,n),this.matrixWorld.decompose(Nr,Dr,gn),gn.x===1&&gn.y===1&&gn.z===1?this.matrixWorldInverse.copy(this.matrixWorld).invert():this.matrixWorldInverse.compose(Nr,Dr,gn.set(1,1,1)).invert()}clone(){return new this.constructor().copy(this)}},$n=new X,Hu=new Ze,Wu=new Ze,Ut=class extends Us{constructor(e=50,t=1,n=.1,s=2e3){super(),this.isPerspectiveCamera=!0,this.type="PerspectiveCamera",this.fov=e,this.zoom=1,this.near=n,this.far=s,this.focus=10,this.aspect=t,this.view=null,this.filmGauge=35,this.filmOffset=0,this.updateProjectionMatrix()}copy(e,t){return super.copy(e,t),this.fov=e.fov,this.zoom=e.zoom,this.near=e.near,this.far=e.far,this.focus=e.focus,this.aspect=e.aspect,this.view=e.view===null?null:Object.assign({},e.view),this.filmGauge=e.filmGauge,this.filmOffset=e.filmOffset,this}setFocalLength(e){let t=.5*this.getFilmHeight()/e;this.fov=$r*2*Math.atan(t),this.updateProjectionMatrix()}getFocalLength(){let e=Math.tan(Go*.5*this.fov);return .5*this.getFilmHeight()/e}getEffectiveFOV(){return $r*2*Math.atan(Math.tan(Go*.5*this.fov)/this.zoom)}getFilmWidth(){return this.filmGauge*Math.min(this.aspect,1)}getFilmHeight(){return this.filmGauge/Math.max(this.aspect,1)}getViewBounds(e,t,n){$n.set(-1,-1,.5).applyMatrix4(this.projectionMatrixInverse),t.set($n.x,$n.y).multiplyScalar(-e/$n.z),$n.set(1,1,.5).applyMatrix4(this.projectionMatrixInverse),n.set($n.x,$n.y).multiplyScalar(-e/$n.z)}getViewSize(e,t){return this.getViewBounds(e,Hu,Wu),t.subVectors(Wu,Hu)}setViewOffset(e,t,n,s,r,a){this.aspect=e/t,this.view===null&&(this.view={enabled:!0,fullWidth:1,fullHeight:1,offsetX:0,offsetY:0,width:1,height:1}),this.view.enabled=!0,this.view.fullWidth=e,this.view.fullHeight=t,this.view.offsetX=n,this.view.offsetY=s,this.view.width=r,this.view.height=a,this.updateProjectionMatrix()}clearViewOffset(){this.view!==null&&(this.view.enabled=!1),this.updateProjectionMatrix()}updateProjectionMatrix(){let e=this.near,t=e*Math.tan(Go*.5*this.fov)/this.zoom,n=2*t,s=this.aspect*n,r=-.5*s,a=this.view;if(this.view!==null&&this.view.enabled){let c=a.fullWidth,l=a.fullHeight;r+=a.offsetX*s/c,t-=a.offsetY*n/l,s*=a.width/c,n*=a.height/l}let o=this.filmOffset;o!==0&&(r+=e*o/this.getFilmWidth()),this.projectionMatrix.makePerspective(r,r+s,t,t-n,e,this.far,this.coordinateSystem,this.reversedDepth),this.projectionMatrixInverse.copy(this.projectionMatrix).invert()}toJSON(e){let t=super.toJSON(e);return t.object.fov=this.fov,t.object.zoom=this.zoom,t.object.near=this.near,t.object.far=this.far,t.object.focus=this.focus,t.object.aspect=this.aspect,this.view!==null&&(t.object.view=Object.assign({},this.view)),t.object.filmGauge=this.filmGauge,t.object.filmOffset=this.filmOffset,t}};var Zi=class extends Us{constructor(e=-1,t=1,n=1,s=-1,r=.1,a=2e3){super(),this.isOrthographicCamera=!0,this.type="OrthographicCamera",this.zoom=1,this.view=null,this.left=e,this.right=t,this.top=n,this.bottom=s,this.near=r,this.far=a,this.updateProjectionMatrix()}copy(e,t){return super.copy(e,t),this.left=e.left,this.right=e.right,this.top=e.top,this.bottom=e.bottom,this.near=e.near,this.far=e.far,this.zoom=e.zoom,this.view=e.view===null?null:Object.assign({},e.view),this}setViewOffset(e,t,n,s,r,a){this.view===null&&(this.view={enabled:!0,fullWidth:1,fullHeight:1,offsetX:0,offsetY:0,width:1,height:1}),this.view.enabled=!0,this.view.fullWidth=e,this.view.fullHeight=t,this.view.offsetX=n,this.view.offsetY=s,this.view.width=r,this.view.height=a,this.updateProjectionMatrix()}clearViewOffset(){this.view!==null&&(this.view.enabled=!1),this.updateProjectionMatrix()}updateProjectionMatrix(){let e=(this.right-this.left)/(2*this.zoom),t=(this.top-this.bottom)/(2*this.zoom),n=(this.right+this.left)/2,s=(this.top+this.bottom)/2,r=n-e,a=n+e,o=s+t,c=s-t;if(this.view!==null&&this.view.enabled){let l=(this.right-this.left)/this.view.fullWidth/this.zoom,u=(this.top-this.bottom)/this.view.fullHeight/this.zoom;r+=l*this.view.offsetX,a=r+l*this.view.width,o-=u*this.view.offsetY,c=o-u*this.view.height}this.projectionMatrix.makeOrthographic(r,a,o,c,this.near,this.far,this.coordinateSystem,this.reversedDepth),this.projectionMatrixInverse.copy(this.projectionMatrix).invert()}toJSON(e){let t=super.toJSON(e);return t.object.zoom=this.zoom,t.object.left=this.left,t.object.right=this.right,t.object.top=this.top,t.object.bottom=this.bottom,t.object.near=this.near,t.object.far=this.far,this.view!==null&&(t.object.view=Object.assign({},this.view)),t}};var zi=-90,Vi=1,Ji=class extends qt{constructor(e,t,n){super(),this.type="CubeCamera",this.renderTarget=n,this.coordinateSystem=null,this.activeMipmapLevel=0;let s=new Ut(zi,Vi,e,t);s.layers=this.layers,this.add(s);let r=new Ut(zi,Vi,e,t);r.layers=this.layers,this.add(r);let a=new Ut(zi,Vi,e,t);a.layers=this.layers,this.add(a);let o=new Ut(zi,Vi,e,t);o.layers=this.layers,this.add(o);let c=new Ut(zi,Vi,e,t);c.layers=this.layers,this.add(c);let l=new Ut(zi,Vi,e,t);l.layers=this.layers,this.add(l)}updateCoordinateSystem(){let e=this.coordinateSystem,t=this.children.concat(),[n,s,r,a,o,c]=t;for(let l of t)this.remove(l);if(e===en)n.up.set(0,1,0),n.lookAt(1,0,0),s.up.set(0,1,0),s.lookAt(-1,0,0),r.up.set(0,0,-1),r.lookAt(0,1,0),a.up.set(0,0,1),a.lookAt(0,-1,0),o.up.set(0,1,0),o.lookAt(0,0,1),c.up.set(0,1,0),c.lookAt(0,0,-1);else if(e===Ss)n.up.set(0,-1,0),n.lookAt(-1,0,0),s.up.set(0,-1,0),s.lookAt(1,0,0),r.up.set(0,0,1),r.lookAt(0,1,0),a.up.set(0,0,-1),a.lookAt(0,-1,0),o.up.set(0,-1,0),o.lookAt(0,0,1),c.up.set(0,-1,0),c.lookAt(0,0,-1);else throw new Error("THREE.CubeCamera.updateCoordinateSystem(): Invalid coordinate system: "+e);for(let l of t)this.add(l),l.updateMatrixWorld()}update(e,t){this.parent===null&&this.updateMatrixWorld();let{renderTarget:n,activeMipmapLevel:s}=this;this.coordinateSystem!==e.coordinateSystem&&(this.coordinateSystem=e.coordinateSystem,this.updateCoordinateSystem());let[r,a,o,c,l,u]=this.children,d=e.getRenderTarget(),h=e.getActiveCubeFace(),f=e.getActiveMipmapLevel(),g=e.xr.enabled;e.xr.enabled=!1;let y=n.texture.mipmapsAutoUpdate;n.texture.mipmapsAutoUpdate=!1;let m=!1;e.isWebGLRenderer===!0?m=e.state.buffers.depth.getReversed():m=e.reversedDepthBuffer,e.setRenderTarget(n,0,s),m&&e.autoClear===!1&&e.clearDepth(),e.render(t,r),e.setRenderTarget(n,1,s),m&&e.autoClear===!1&&e.clearDepth(),e.render(t,a),e.setRenderTarget(n,2,s),m&&e.autoClear===!1&&e.clearDepth(),e.render(t,o),e.setRenderTarget(n,3,s),m&&e.autoClear===!1&&e.clearDepth(),e.render(t,c),e.setRenderTarget(n,4,s),m&&e.autoClear===!1&&e.clearDepth(),e.render(t,l),n.texture.mipmapsAutoUpdate=y,e.setRenderTarget(n,5,s),m&&e.autoClear===!1&&e.clearDepth(),e.render(t,u),e.setRenderTarget(d,h,f),e.xr.enabled=g,n.texture.needsPMREMUpdate=!0}},fa=class extends Ut{constructor(e=[]){super(),this.isArrayCamera=!0,this.isMultiViewCamera=!1,this.cameras=e,this.perCameraFrustumCulled=!1}};var Xl="\\[\\]\\.:\\/",dp=new RegExp("["+Xl+"]","g"),ql="[^"+Xl+"]",fp="[^"+Xl.replace("\\.","")+"]",pp=/((?:WC+[\/:])*)/.source.replace("WC",ql),mp=/(WCOD+)?/.source.replace("WCOD",fp),gp=/(?:\.(WC+)(?:\[(.+)\])?)?/.source.replace("WC",ql),xp=/\.(WC+)(?:\[(.+)\])?/.source.replace("WC",ql),yp=new RegExp("^"+pp+mp+gp+xp+"$"),_p=["material","materials","bones","map"],pl=class{constructor(e,t,n){let s=n||st.parseTrackName(t);this._targetGroup=e,this._bindings=e.subscribe_(t,s)}getValue(e,t){this.bind();let n=this._targetGroup.nCachedObjects_,s=this._bindings[n];s!==void 0&&s.getValue(e,t)}setValue(e,t){let n=this._bindings;for(let s=this._targetGroup.nCachedObjects_,r=n.length;s!==r;++s)n[s].setValue(e,t)}bind(){let e=this._bindings;for(let t=this._targetGroup.nCachedObjects_,n=e.length;t!==n;++t)e[t].bind()}unbind(){let e=this._bindings;for(let t=this._targetGroup.nCachedObjects_,n=e.length;t!==n;++t)e[t].unbind()}},st=class i{constructor(e,t,n){this.path=t,this.parsedPath=n||i.parseTrackName(t),this.node=i.findNode(e,this.parsedPath.nodeName),this.rootNode=e,this.getValue=this._getValue_unbound,this.setValue=this._setValue_unbound}static create(e,t,n){return e&&e.isAnimationObjectGroup?new i.Composite(e,t,n):new i(e,t,n)}static sanitizeNodeName(e){return e.replace(/\s/g,"_").replace(dp,"")}static parseTrackName(e){let t=yp.exec(e);if(t===null)throw new Error("THREE.PropertyBinding: Cannot parse trackName: "+e);let n={nodeName:t[2],objectName:t[3],objectIndex:t[4],propertyName:t[5],propertyIndex:t[6]},s=n.nodeName&&n.nodeName.lastIndexOf(".");if(s!==void 0&&s!==-1){let r=n.nodeName.substring(s+1);_p.indexOf(r)!==-1&&(n.nodeName=n.nodeName.substring(0,s),n.objectName=r)}if(n.propertyName===null||n.propertyName.length===0)throw new Error("THREE.PropertyBinding: can not parse propertyName from trackName: "+e);return n}static findNode(e,t){if(t===void 0||t===""||t==="."||t===-1||t===e.name||t===e.uuid)return e;if(e.skeleton){let n=e.skeleton.getBoneByName(t);if(n!==void 0)return n}if(e.children){let n=function(r){for(let a=0;a<r.length;a++){let o=r[a];if(o.name===t||o.uuid===t)return o;let c=n(o.children);if(c)return c}return null},s=n(e.children);if(s)return s}return null}_getValue_unavailable(){}_setValue_unavailable(){}_getValue_direct(e,t){e[t]=this.targetObject[this.propertyName]}_getValue_array(e,t){let n=this.resolvedProperty;for(let s=0,r=n.length;s!==r;++s)e[t++]=n[s]}_getValue_arrayElement(e,t){e[t]=this.resolvedProperty[this.propertyIndex]}_getValue_toArray(e,t){this.resolvedProperty.toArray(e,t)}_setValue_direct(e,t){this.targetObject[this.propertyName]=e[t]}_setValue_direct_setNeedsUpdate(e,t){this.targetObject[this.propertyName]=e[t],this.targetObject.needsUpdate=!0}_setValue_direct_setMatrixWorldNeedsUpdate(e,t){this.targetObject[this.propertyName]=e[t],this.targetObject.matrixWorldNeedsUpdate=!0}_setValue_array(e,t){let n=this.resolvedProperty;for(let s=0,r=n.length;s!==r;++s)n[s]=e[t++]}_setValue_array_setNeedsUpdate(e,t){let n=this.resolvedProperty;for(let s=0,r=n.length;s!==r;++s)n[s]=e[t++];this.targetObject.needsUpdate=!0}_setValue_array_setMatrixWorldNeedsUpdate(e,t){let n=this.resolvedProperty;for(let s=0,r=n.length;s!==r;++s)n[s]=e[t++];this.targetObject.matrixWorldNeedsUpdate=!0}_setValue_arrayElement(e,t){this.resolvedProperty[this.propertyIndex]=e[t]}_setValue_arrayElement_setNeedsUpdate(e,t){this.resolvedProperty[this.propertyIndex]=e[t],this.targetObject.needsUpdate=!0}_setValue_arrayElement_setMatrixWorldNeedsUpdate(e,t){this.resolvedProperty[this.propertyIndex]=e[t],this.targetObject.matrixWorldNeedsUpdate=!0}_setValue_fromArray(e,t){this.resolvedProperty.fromArray(e,t)}_setValue_fromArray_setNeedsUpdate(e,t){this.resolvedProperty.fromArray(e,t),this.targetObject.needsUpdate=!0}_setValue_fromArray_setMatrixWorldNeedsUpdate(e,t){this.resolvedProperty.fromArray(e,t),this.targetObject.matrixWorldNeedsUpdate=!0}_getValue_unbound(e,t){this.bind(),this.getValue(e,t)}_setValue_unbound(e,t){this.bind(),this.setValue(e,t)}bind(){let e=this.node,t=this.parsedPath,n=t.objectName,s=t.propertyName,r=t.propertyIndex;if(e||(e=i.findNode(this.rootNode,t.nodeName),this.node=e),this.getValue=this._getValue_unavailable,this.setValue=this._setValue_unavailable,!e){Ne("PropertyBinding: No target node found for track: "+this.path+".");return}if(n){let l=t.objectIndex;switch(n){case"materials":if(!e.material){De("PropertyBinding: Can not bind to material as node does not have a material.",this);return}if(!e.material.materials){De("PropertyBinding: Can not bind to material.materials as node.material does not have a materials array.",this);return}e=e.material.materials;break;case"bones":if(!e.skeleton){De("PropertyBinding: Can not bind to bones as node does not have a skeleton.",this);return}e=e.skeleton.bones;for(let u=0;u<e.length;u++)if(e[u].name===l){l=u;break}break;case"map":if("map"in e){e=e.map;break}if(!e.material){De("PropertyBinding: Can not bind to material as node does not have a material.",this);return}if(!e.material.map){De("PropertyBinding: Can not bind to material.map as node.material does not have a map.",this);return}e=e.material.map;break;default:if(e[n]===void 0){De("PropertyBinding: Can not bind to objectName of node undefined.",this);return}e=e[n]}if(l!==void 0){if(e[l]===void 0){De("PropertyBinding: Trying to bind to objectIndex of objectName, but is undefined.",this,e);return}e=e[l]}}let a=e[s];if(a===void 0){let l=t.nodeName;De("PropertyBinding: Trying to update property for track: "+l+"."+s+" but it wasn't found.",e);return}let o=this.Versioning.None;this.targetObject=e,e.isMaterial===!0?o=this.Versioning.NeedsUpdate:e.isObject3D===!0&&(o=this.Versioning.MatrixWorldNeedsUpdate);let c=this.BindingType.Direct;if(r!==void 0){if(s==="morphTargetInfluences"){if(!e.geometry){De("PropertyBinding: Can not bind to morphTargetInfluences because node does not have a geometry.",this);return}if(!e.geometry.morphAttributes){De("PropertyBinding: Can not bind to morphTargetInfluences because node does not have a geometry.morphAttributes.",this);return}e.morphTargetDictionary[r]!==void 0&&(r=e.morphTargetDictionary[r])}c=this.BindingType.ArrayElement,this.resolvedProperty=a,this.propertyIndex=r}else a.fromArray!==void 0&&a.toArray!==void 0?(c=this.BindingType.HasFromToArray,this.resolvedProperty=a):Array.isArray(a)?(c=this.BindingType.EntireArray,this.resolvedProperty=a):this.propertyName=s;this.getValue=this.GetterByBindingType[c],this.setValue=this.SetterByBindingTypeAndVersioning[c][o]}unbind(){this.node=null,this.getValue=this._getValue_unbound,this.setValue=this._setValue_unbound}};st.Composite=pl;st.prototype.BindingType={Direct:0,EntireArray:1,ArrayElement:2,HasFromToArray:3};st.prototype.Versioning={None:0,NeedsUpdate:1,MatrixWorldNeedsUpdate:2};st.prototype.GetterByBindingType=[st.prototype._getValue_direct,st.prototype._getValue_array,st.prototype._getValue_arrayElement,st.prototype._getValue_toArray];st.prototype.SetterByBindingTypeAndVersioning=[[st.prototype._setValue_direct,st.prototype._setValue_direct_setNeedsUpdate,st.prototype._setValue_direct_setMatrixWorldNeedsUpdate],[st.prototype._setValue_array,st.prototype._setValue_array_setNeedsUpdate,st.prototype._setValue_array_setMatrixWorldNeedsUpdate],[st.prototype._setValue_arrayElement,st.prototype._setValue_arrayElement_setNeedsUpdate,st.prototype._setValue_arrayElement_setMatrixWorldNeedsUpdate],[st.prototype._setValue_fromArray,st.prototype._setValue_fromArray_setNeedsUpdate,st.prototype._setValue_fromArray_setMatrixWorldNeedsUpdate]];var Pv=new Float32Array(1);var Kl=class Kl{constructor(e,t,n,s){this.elements=[1,0,0,1],e!==void 0&&this.set(e,t,n,s)}identity(){return this.set(1,0,0,1),this}fromArray(e,t=0){for(let n=0;n<4;n++)this.elements[n]=e[n+t];return this}set(e,t,n,s){let r=this.elements;return r[0]=e,r[2]=t,r[1]=n,r[3]=s,this}};Kl.prototype.isMatrix2=!0;var ml=Kl;function $l(i,e,t,n){let s=vp(n);switch(t){case Fl:return i*e;case Ol:return i*e/s.components*s.byteLength;case ba:return i*e/s.components*s.byteLength;case ni:return i*e*2/s.components*s.byteLength;case Sa:return i*e*2/s.components*s.byteLength;case Ul:return i*e*3/s.components*s.byteLength;case pn:return i*e*4/s.components*s.byteLength;case Ma:return i*e*4/s.components*s.byteLength;case ks:case zs:return Math.floor((i+3)/4)*Math.floor((e+3)/4)*8;case Vs:case Gs:return Math.floor((i+3)/4)*Math.floor((e+3)/4)*16;case Aa:case Ta:return Math.max(i,16)*Math.max(e,8)/4;case wa:case Ea:return Math.max(i,8)*Math.max(e,8)/2;case Ca:case Ra:case Ia:case La:return Math.floor((i+3)/4)*Math.floor((e+3)/4)*8;case Pa:case Hs:case Na:return Math.floor((i+3)/4)*Math.floor((e+3)/4)*16;case Da:return Math.floor((i+3)/4)*Math.floor((e+3)/4)*16;case Fa:return Math.floor((i+4)/5)*Math.floor((e+3)/4)*16;case Ua:return Math.floor((i+4)/5)*Math.floor((e+4)/5)*16;case Oa:return Math.floor((i+5)/6)*Math.floor((e+4)/5)*16;case Ba:return Math.floor((i+5)/6)*Math.floor((e+5)/6)*16;case ka:return Math.floor((i+7)/8)*Math.floor((e+4)/5)*16;case za:return Math.floor((i+7)/8)*Math.floor((e+5)/6)*16;case Va:return Math.floor((i+7)/8)*Math.floor((e+7)/8)*16;case Ga:return Math.floor((i+9)/10)*Math.floor((e+4)/5)*16;case Ha:return Math.floor((i+9)/10)*Math.floor((e+5)/6)*16;case Wa:return Math.floor((i+9)/10)*Math.floor((e+7)/8)*16;case Xa:return Math.floor((i+9)/10)*Math.floor((e+9)/10)*16;case qa:return Math.floor((i+11)/12)*Math.floor((e+9)/10)*16;case $a:return Math.floor((i+11)/12)*Math.floor((e+11)/12)*16;case Ya:case Za:case Ja:return Math.ceil(i/4)*Math.ceil(e/4)*16;case ja:case Ka:return Math.ceil(i/4)*Math.ceil(e/4)*8;case Ws:case Qa:return Math.ceil(i/4)*Math.ceil(e/4)*16}throw new Error(`Unable to determine texture byte length for ${t} format.`)}function vp(i){switch(i){case Yt:case Il:return{byteLength:1,components:1};case es:case Ll:case fn:return{byteLength:2,components:1};case _a:case va:return{byteLength:2,components:4};case hn:case ya:case dn:return{byteLength:4,components:1};case Nl:case Dl:return{byteLength:4,components:3}}throw new Error(`THREE.TextureUtils: Unknown texture type ${i}.`)}typeof __THREE_DEVTOOLS__<"u"&&__THREE_DEVTOOLS__.dispatchEvent(new CustomEvent("register",{detail:{revision:"187"}}));typeof window<"u"&&(window.__THREE__?Ne("WARNING: Multiple instances of Three.js being imported."):window.__THREE__="187");function ed(){let i=null,e=!1,t=null,n=null;function s(r,a){n=i.requestAnimationFrame(s),t(r,a)}return{start:function(){e!==!0&&t!==null&&i!==null&&(n=i.requestAnimationFrame(s),e=!0)},stop:function(){i!==null&&i.cancelAnimationFrame(n),e=!1},setAnimationLoop:function(r){t=r},setContext:function(r){i=r}}}function Sp(i){let e=new WeakMap;function t(o,c){let l=o.array,u=o.usage,d=l.byteLength,h=i.createBuffer();i.bindBuffer(c,h),i.bufferData(c,l,u),o.onUploadCallback();let f;if(l instanceof Float32Array)f=i.FLOAT;else if(typeof Float16Array<"u"&&l instanceof Float16Array)f=i.HALF_FLOAT;else if(l instanceof Uint16Array)o.isFloat16BufferAttribute?f=i.HALF_FLOAT:f=i.UNSIGNED_SHORT;else if(l instanceof Int16Array)f=i.SHORT;else if(l instanceof Uint32Array)f=i.UNSIGNED_INT;else if(l instanceof Int32Array)f=i.INT;else if(l instanceof Int8Array)f=i.BYTE;else if(l instanceof Uint8Array)f=i.UNSIGNED_BYTE;else if(l instanceof Uint8ClampedArray)f=i.UNSIGNED_BYTE;else throw new Error("THREE.WebGLAttributes: Unsupported buffer data format: "+l);return{buffer:h,type:f,bytesPerElement:l.BYTES_PER_ELEMENT,version:o.version,size:d}}function n(o,c,l){let u=c.array,d=c.updateRanges;if(i.bindBuffer(l,o),d.length===0)i.bufferSubData(l,0,u);else{d.sort((f,g)=>f.start-g.start);let h=0;for(let f=1;f<d.length;f++){let g=d[h],y=d[f];y.start<=g.start+g.count+1?g.count=Math.max(g.count,y.start+y.count-g.start):(++h,d[h]=y)}d.length=h+1;for(let f=0,g=d.length;f<g;f++){let y=d[f];i.bufferSubData(l,y.start*u.BYTES_PER_ELEMENT,u,y.start,y.count)}c.clearUpdateRanges()}c.onUploadCallback()}function s(o){return o.isInterleavedBufferAttribute&&(o=o.data),e.get(o)}function r(o){o.isInterleavedBufferAttribute&&(o=o.data);let c=e.get(o);c&&(i.deleteBuffer(c.buffer),e.delete(o))}function a(o,c){if(o.isInterleavedBufferAttribute&&(o=o.data),o.isGLBufferAttribute){let u=e.get(o);(!u||u.version<o.version)&&e.set(o,{buffer:o.buffer,type:o.type,bytesPerElement:o.elementSize,version:o.version});return}let l=e.get(o);if(l===void 0)e.set(o,t(o,c));else if(l.version<o.version){if(l.size!==o.array.byteLength)throw new Error("THREE.WebGLAttributes: The size of the buffer attribute's array buffer does not match the original size. Resizing buffer attributes is not supported.");n(l.buffer,o,c),l.version=o.version}}return{get:s,remove:r,update:a}}var Mp=`#ifdef USE_ALPHAHASH
	if ( diffuseColor.a < getAlphaHashThreshold( vPosition ) ) discard;
#endif`,wp=`#ifdef USE_ALPHAHASH
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
#endif`,Ap=`#ifdef USE_ALPHAMAP
	diffuseColor.a *= texture2D( alphaMap, vAlphaMapUv ).g;
#endif`,Ep=`#ifdef USE_ALPHAMAP
	uniform sampler2D alphaMap;
#endif`,Tp=`#ifdef USE_ALPHATEST
	#ifdef ALPHA_TO_COVERAGE
	diffuseColor.a = smoothstep( alphaTest, alphaTest + fwidth( diffuseColor.a ), diffuseColor.a );
	if ( diffuseColor.a == 0.0 ) discard;
	#else
	if ( diffuseColor.a < alphaTest ) discard;
	#endif
#endif`,Cp=`#ifdef USE_ALPHATEST
	uniform float alphaTest;
#endif`,Rp=`#ifdef USE_AOMAP
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
#endif`,Pp=`#ifdef USE_AOMAP
	uniform sampler2D aoMap;
	uniform float aoMapIntensity;
#endif`,Ip=`#ifdef USE_BATCHING
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
#endif`,Lp=`#ifdef USE_BATCHING
	mat4 batchingMatrix = getBatchingMatrix( getIndirectIndex( gl_DrawID ) );
#endif`,Np=`vec3 transformed = vec3( position );
#ifdef USE_ALPHAHASH
	vPosition = vec3( position );
#endif`,Dp=`vec3 objectNormal = vec3( normal );
#ifdef USE_TANGENT
	vec3 objectTangent = vec3( tangent.xyz );
#endif`,Fp=`float G_BlinnPhong_Implicit( ) {
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
} // validated`,Up=`#ifdef USE_IRIDESCENCE
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
#endif`,Op=`#ifdef USE_BUMPMAP
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
#endif`,Bp=`#if NUM_CLIPPING_PLANES > 0
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
#endif`,kp=`#if NUM_CLIPPING_PLANES > 0
	varying vec3 vClipPosition;
	uniform vec4 clippingPlanes[ NUM_CLIPPING_PLANES ];
#endif`,zp=`#if NUM_CLIPPING_PLANES > 0
	varying vec3 vClipPosition;
#endif`,Vp=`#if NUM_CLIPPING_PLANES > 0
	vClipPosition = - mvPosition.xyz;
#endif`,Gp=`#if defined( USE_COLOR ) || defined( USE_COLOR_ALPHA )
	diffuseColor *= vColor;
#endif`,Hp=`#if defined( USE_COLOR ) || defined( USE_COLOR_ALPHA )
	varying vec4 vColor;
#endif`,Wp=`#if defined( USE_COLOR ) || defined( USE_COLOR_ALPHA ) || defined( USE_INSTANCING_COLOR ) || defined( USE_BATCHING_COLOR )
	varying vec4 vColor;
#endif`,Xp=`#if defined( USE_COLOR ) || defined( USE_COLOR_ALPHA ) || defined( USE_INSTANCING_COLOR ) || defined( USE_BATCHING_COLOR )
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
#endif`,qp=`#define PI 3.141592653589793
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
} // validated`,$p=`vec3 transformedNormal = objectNormal;
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
#endif`,Yp=`#ifdef USE_DISPLACEMENTMAP
	uniform sampler2D displacementMap;
	uniform float displacementScale;
	uniform float displacementBias;
#endif`,Zp=`#ifdef USE_DISPLACEMENTMAP
	transformed += normalize( objectNormal ) * ( texture2D( displacementMap, vDisplacementMapUv ).x * displacementScale + displacementBias );
#endif`,Jp=`#ifdef USE_EMISSIVEMAP
	vec4 emissiveColor = texture2D( emissiveMap, vEmissiveMapUv );
	#ifdef DECODE_VIDEO_TEXTURE_EMISSIVE
		emissiveColor = sRGBTransferEOTF( emissiveColor );
	#endif
	totalEmissiveRadiance *= emissiveColor.rgb;
#endif`,jp=`#ifdef USE_EMISSIVEMAP
	uniform sampler2D emissiveMap;
#endif`,Kp="gl_FragColor = linearToOutputTexel( gl_FragColor );",Qp=`vec4 LinearTransferOETF( in vec4 value ) {
	return value;
}
vec4 sRGBTransferEOTF( in vec4 value ) {
	return vec4( mix( pow( value.rgb * 0.9478672986 + vec3( 0.0521327014 ), vec3( 2.4 ) ), value.rgb * 0.0773993808, vec3( lessThanEqual( value.rgb, vec3( 0.04045 ) ) ) ), value.a );
}
vec4 sRGBTransferOETF( in vec4 value ) {
	return vec4( mix( pow( value.rgb, vec3( 0.41666 ) ) * 1.055 - vec3( 0.055 ), value.rgb * 12.92, vec3( lessThanEqual( value.rgb, vec3( 0.0031308 ) ) ) ), value.a );
}`,em=`#ifdef USE_ENVMAP
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
#endif`,tm=`#ifdef USE_ENVMAP
	uniform float envMapIntensity;
	uniform mat3 envMapRotation;
	uniform samplerCube envMap;
	#ifdef ENVMAP_TYPE_PMREM
		float roughnessToMip( const in float roughness ) {
			float r = clamp( roughness, 0.0, 1.0 );
			return ENVMAP_MAX_LOD * r * ( 2.0 - r );
		}
	#endif
#endif`,nm=`#ifdef USE_ENVMAP
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
#endif`,im=`#ifdef USE_ENVMAP
	#if defined( USE_BUMPMAP ) || defined( USE_NORMALMAP ) || defined( PHONG ) || defined( LAMBERT )
		#define ENV_WORLDPOS
	#endif
	#ifdef ENV_WORLDPOS
		
		varying vec3 vWorldPosition;
	#else
		varying vec3 vReflect;
		uniform float refractionRatio;
	#endif
#endif`,sm=`#ifdef USE_ENVMAP
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
#endif`,rm=`#ifdef USE_FOG
	vFogDepth = - mvPosition.z;
#endif`,am=`#ifdef USE_FOG
	varying float vFogDepth;
#endif`,om=`#ifdef USE_FOG
	#ifdef FOG_EXP2
		float fogFactor = 1.0 - exp( - fogDensity * fogDensity * vFogDepth * vFogDepth );
	#else
		float fogFactor = smoothstep( fogNear, fogFar, vFogDepth );
	#endif
	gl_FragColor.rgb = mix( gl_FragColor.rgb, fogColor, fogFactor );
#endif`,lm=`#ifdef USE_FOG
	uniform vec3 fogColor;
	varying float vFogDepth;
	#ifdef FOG_EXP2
		uniform float fogDensity;
	#else
		uniform float fogNear;
		uniform float fogFar;
	#endif
#endif`,cm=`#ifdef USE_GRADIENTMAP
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
}`,um=`#ifdef USE_LIGHTMAP
	uniform sampler2D lightMap;
	uniform float lightMapIntensity;
#endif`,hm=`LambertMaterial material;
material.diffuseColor = diffuseColor.rgb;
material.specularStrength = specularStrength;`,dm=`varying vec3 vViewPosition;
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
#define RE_IndirectDiffuse		RE_IndirectDiffuse_Lambert`,fm=`uniform bool receiveShadow;
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
#include <lightprobes_pars_fragment>`,pm=`#ifdef USE_ENVMAP
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
#endif`,mm=`ToonMaterial material;
material.diffuseColor = diffuseColor.rgb;`,gm=`varying vec3 vViewPosition;
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
#define RE_IndirectDiffuse		RE_IndirectDiffuse_Toon`,xm=`BlinnPhongMaterial material;
material.diffuseColor = diffuseColor.rgb;
material.specularColor = specular;
material.specularShininess = shininess;
material.specularStrength = specularStrength;`,ym=`varying vec3 vViewPosition;
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
#define RE_IndirectDiffuse		RE_IndirectDiffuse_BlinnPhong`,_m=`PhysicalMaterial material;
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
#endif`,vm=`uniform sampler2D dfgLUT;
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
}`,bm=`
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
#endif`,Sm=`#if defined( RE_IndirectDiffuse )
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
#endif`,Mm=`#if defined( RE_IndirectDiffuse )
	#if defined( LAMBERT ) || defined( PHONG )
		irradiance += iblIrradiance;
	#endif
	RE_IndirectDiffuse( irradiance, geometryPosition, geometryNormal, geometryViewDir, geometryClearcoatNormal, material, reflectedLight );
#endif
#if defined( RE_IndirectSpecular )
	RE_IndirectSpecular( radiance, iblIrradiance, clearcoatRadiance, geometryPosition, geometryNormal, geometryViewDir, geometryClearcoatNormal, material, reflectedLight );
#endif`,wm=`#if NUM_LIGHT_PROBE_GRIDS > 0
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
#endif`,Am=`#if defined( USE_LOGARITHMIC_DEPTH_BUFFER )
	gl_FragDepth = vIsPerspective == 0.0 ? gl_FragCoord.z : log2( vFragDepth ) * logDepthBufFC * 0.5;
#endif`,Em=`#if defined( USE_LOGARITHMIC_DEPTH_BUFFER )
	uniform float logDepthBufFC;
	varying float vFragDepth;
	varying float vIsPerspective;
#endif`,Tm=`#ifdef USE_LOGARITHMIC_DEPTH_BUFFER
	varying float vFragDepth;
	varying float vIsPerspective;
#endif`,Cm=`#ifdef USE_LOGARITHMIC_DEPTH_BUFFER
	vFragDepth = 1.0 + gl_Position.w;
	vIsPerspective = float( isPerspectiveMatrix( projectionMatrix ) );
#endif`,Rm=`#ifdef USE_MAP
	vec4 sampledDiffuseColor = texture2D( map, vMapUv );
	#ifdef DECODE_VIDEO_TEXTURE
		sampledDiffuseColor = sRGBTransferEOTF( sampledDiffuseColor );
	#endif
	diffuseColor *= sampledDiffuseColor;
#endif`,Pm=`#ifdef USE_MAP
	uniform sampler2D map;
#endif`,Im=`#if defined( USE_MAP ) || defined( USE_ALPHAMAP )
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
#endif`,Lm=`#if defined( USE_POINTS_UV )
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
#endif`,Nm=`float metalnessFactor = metalness;
#ifdef USE_METALNESSMAP
	vec4 texelMetalness = texture2D( metalnessMap, vMetalnessMapUv );
	metalnessFactor *= texelMetalness.b;
#endif`,Dm=`#ifdef USE_METALNESSMAP
	uniform sampler2D metalnessMap;
#endif`,Fm=`#ifdef USE_INSTANCING_MORPH
	float morphTargetInfluences[ MORPHTARGETS_COUNT ];
	float morphTargetBaseInfluence = texelFetch( morphTexture, ivec2( 0, gl_InstanceID ), 0 ).r;
	for ( int i = 0; i < MORPHTARGETS_COUNT; i ++ ) {
		morphTargetInfluences[i] =  texelFetch( morphTexture, ivec2( i + 1, gl_InstanceID ), 0 ).r;
	}
#endif`,Um=`#if defined( USE_MORPHCOLORS )
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
#endif`,Om=`#ifdef USE_MORPHNORMALS
	objectNormal *= morphTargetBaseInfluence;
	for ( int i = 0; i < MORPHTARGETS_COUNT; i ++ ) {
		if ( morphTargetInfluences[ i ] != 0.0 ) objectNormal += getMorph( gl_VertexID, i, 1 ).xyz * morphTargetInfluences[ i ];
	}
#endif`,Bm=`#ifdef USE_MORPHTARGETS
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
#endif`,km=`#ifdef USE_MORPHTARGETS
	transformed *= morphTargetBaseInfluence;
	for ( int i = 0; i < MORPHTARGETS_COUNT; i ++ ) {
		if ( morphTargetInfluences[ i ] != 0.0 ) transformed += getMorph( gl_VertexID, i, 0 ).xyz * morphTargetInfluences[ i ];
	}
#endif`,zm=`float faceDirection = gl_FrontFacing ? 1.0 : - 1.0;
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
vec3 nonPerturbedNormal = normal;`,Vm=`#ifdef USE_NORMALMAP_OBJECTSPACE
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
#endif`,Gm=`#ifndef FLAT_SHADED
	varying vec3 vNormal;
	#ifdef USE_TANGENT
		varying vec3 vTangent;
		varying vec3 vBitangent;
	#endif
#endif`,Hm=`#ifndef FLAT_SHADED
	varying vec3 vNormal;
	#ifdef USE_TANGENT
		varying vec3 vTangent;
		varying vec3 vBitangent;
	#endif
#endif`,Wm=`#ifndef FLAT_SHADED
	vNormal = normalize( transformedNormal );
	#ifdef USE_TANGENT
		vTangent = normalize( transformedTangent );
		vBitangent = normalize( cross( vNormal, vTangent ) * tangent.w );
		#ifdef FLIP_SIDED
			vBitangent = - vBitangent;
		#endif
	#endif
#endif`,Xm=`#ifdef USE_NORMALMAP
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
#endif`,qm=`#ifdef USE_CLEARCOAT
	vec3 clearcoatNormal = nonPerturbedNormal;
#endif`,$m=`#ifdef USE_CLEARCOAT_NORMALMAP
	vec3 clearcoatMapN = texture2D( clearcoatNormalMap, vClearcoatNormalMapUv ).xyz * 2.0 - 1.0;
	clearcoatMapN.xy *= clearcoatNormalScale;
	clearcoatNormal = normalize( tbn2 * clearcoatMapN );
#endif`,Ym=`#ifdef USE_CLEARCOATMAP
	uniform sampler2D clearcoatMap;
#endif
#ifdef USE_CLEARCOAT_NORMALMAP
	uniform sampler2D clearcoatNormalMap;
	uniform vec2 clearcoatNormalScale;
#endif
#ifdef USE_CLEARCOAT_ROUGHNESSMAP
	uniform sampler2D clearcoatRoughnessMap;
#endif`,Zm=`#ifdef USE_IRIDESCENCEMAP
	uniform sampler2D iridescenceMap;
#endif
#ifdef USE_IRIDESCENCE_THICKNESSMAP
	uniform sampler2D iridescenceThicknessMap;
#endif`,Jm=`#ifdef OPAQUE
diffuseColor.a = 1.0;
#endif
#ifdef USE_TRANSMISSION
diffuseColor.a *= material.transmissionAlpha;
#endif
gl_FragColor = vec4( outgoingLight, diffuseColor.a );`,jm=`vec3 packNormalToRGB( const in vec3 normal ) {
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
}`,Km=`#ifdef PREMULTIPLIED_ALPHA
	gl_FragColor.rgb *= gl_FragColor.a;
#endif`,Qm=`vec4 mvPosition = vec4( transformed, 1.0 );
#ifdef USE_BATCHING
	mvPosition = batchingMatrix * mvPosition;
#endif
#ifdef USE_INSTANCING
	mvPosition = instanceMatrix * mvPosition;
#endif
mvPosition = modelViewMatrix * mvPosition;
gl_Position = projectionMatrix * mvPosition;`,eg=`#ifdef DITHERING
	gl_FragColor.rgb = dithering( gl_FragColor.rgb );
#endif`,tg=`#ifdef DITHERING
	vec3 dithering( vec3 color ) {
		float grid_position = rand( gl_FragCoord.xy );
		vec3 dither_shift_RGB = vec3( 0.25 / 255.0, -0.25 / 255.0, 0.25 / 255.0 );
		dither_shift_RGB = mix( 2.0 * dither_shift_RGB, -2.0 * dither_shift_RGB, grid_position );
		return color + dither_shift_RGB;
	}
#endif`,ng=`float roughnessFactor = roughness;
#ifdef USE_ROUGHNESSMAP
	vec4 texelRoughness = texture2D( roughnessMap, vRoughnessMapUv );
	roughnessFactor *= texelRoughness.g;
#endif`,ig=`#ifdef USE_ROUGHNESSMAP
	uniform sampler2D roughnessMap;
#endif`,sg=`#if NUM_SPOT_LIGHT_COORDS > 0
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
#endif`,rg=`#if NUM_SPOT_LIGHT_COORDS > 0
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
#endif`,ag=`#if ( defined( USE_SHADOWMAP ) && ( NUM_DIR_LIGHT_SHADOWS > 0 || NUM_SUN_LIGHT_SHADOWS > 0 || NUM_POINT_LIGHT_SHADOWS > 0 ) ) || ( NUM_SPOT_LIGHT_COORDS > 0 )
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
#endif`,og=`float getShadowMask() {
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
}`,lg=`#ifdef USE_SKINNING
	mat4 boneMatX = getBoneMatrix( skinIndex.x );
	mat4 boneMatY = getBoneMatrix( skinIndex.y );
	mat4 boneMatZ = getBoneMatrix( skinIndex.z );
	mat4 boneMatW = getBoneMatrix( skinIndex.w );
#endif`,cg=`#ifdef USE_SKINNING
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
#endif`,ug=`#ifdef USE_SKINNING
	vec4 skinVertex = bindMatrix * vec4( transformed, 1.0 );
	vec4 skinned = vec4( 0.0 );
	skinned += boneMatX * skinVertex * skinWeight.x;
	skinned += boneMatY * skinVertex * skinWeight.y;
	skinned += boneMatZ * skinVertex * skinWeight.z;
	skinned += boneMatW * skinVertex * skinWeight.w;
	transformed = ( bindMatrixInverse * skinned ).xyz;
#endif`,hg=`#ifdef USE_SKINNING
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
#endif`,dg=`float specularStrength;
#ifdef USE_SPECULARMAP
	vec4 texelSpecular = texture2D( specularMap, vSpecularMapUv );
	specularStrength = texelSpecular.r;
#else
	specularStrength = 1.0;
#endif`,fg=`#ifdef USE_SPECULARMAP
	uniform sampler2D specularMap;
#endif`,pg=`#if defined( TONE_MAPPING )
	gl_FragColor.rgb = toneMapping( gl_FragColor.rgb );
#endif`,mg=`#ifndef saturate
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
vec3 CustomToneMapping( vec3 color ) { return color; }`,gg=`#ifdef USE_TRANSMISSION
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
#endif`,xg=`#ifdef USE_TRANSMISSION
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
#endif`,yg=`#if defined( USE_UV ) || defined( USE_ANISOTROPY )
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
#endif`,_g=`#if defined( USE_UV ) || defined( USE_ANISOTROPY )
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
#endif`,vg=`#if defined( USE_UV ) || defined( USE_ANISOTROPY )
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
#endif`,bg=`#if defined( USE_ENVMAP ) || defined( DISTANCE ) || defined ( USE_SHADOWMAP ) || defined ( USE_TRANSMISSION ) || NUM_SPOT_LIGHT_COORDS > 0
	vec4 worldPosition = vec4( transformed, 1.0 );
	#ifdef USE_BATCHING
		worldPosition = batchingMatrix * worldPosition;
	#endif
	#ifdef USE_INSTANCING
		worldPosition = instanceMatrix * worldPosition;
	#endif
	worldPosition = modelMatrix * worldPosition;
#endif`,Sg=`varying vec2 vUv;
uniform mat3 uvTransform;
void main() {
	vUv = ( uvTransform * vec3( uv, 1 ) ).xy;
	gl_Position = vec4( position.xy, 1.0, 1.0 );
}`,Mg=`uniform sampler2D t2D;
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
}`,wg=`varying vec3 vWorldDirection;
#include <common>
void main() {
	vWorldDirection = transformDirection( position, modelMatrix );
	#include <begin_vertex>
	#include <project_vertex>
	gl_Position.z = gl_Position.w;
}`,Ag=`uniform float backgroundBlurriness;
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
}`,Eg=`varying vec3 vWorldDirection;
#include <common>
void main() {
	vWorldDirection = transformDirection( position, modelMatrix );
	#include <begin_vertex>
	#include <project_vertex>
	gl_Position.z = gl_Position.w;
}`,Tg=`uniform samplerCube tCube;
uniform float tFlip;
uniform float opacity;
varying vec3 vWorldDirection;
void main() {
	vec4 texColor = textureCube( tCube, vec3( tFlip * vWorldDirection.x, vWorldDirection.yz ) );
	gl_FragColor = texColor;
	gl_FragColor.a *= opacity;
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
}`,Cg=`#include <common>
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
}`,Rg=`#if DEPTH_PACKING == 3200
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
}`,Pg=`#define DISTANCE
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
}`,Ig=`#define DISTANCE
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
}`,Lg=`varying vec3 vWorldDirection;
#include <common>
void main() {
	vWorldDirection = transformDirection( position, modelMatrix );
	#include <begin_vertex>
	#include <project_vertex>
}`,Ng=`uniform sampler2D tEquirect;
varying vec3 vWorldDirection;
#include <common>
void main() {
	vec3 direction = normalize( vWorldDirection );
	vec2 sampleUV = equirectUv( direction );
	gl_FragColor = texture2D( tEquirect, sampleUV );
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
}`,Dg=`uniform float scale;
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
}`,Fg=`uniform vec3 diffuse;
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
}`,Ug=`#include <common>
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
}`,Og=`uniform vec3 diffuse;
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
}`,Bg=`#define LAMBERT
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
}`,kg=`#define LAMBERT
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
}`,zg=`#define MATCAP
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
}`,Vg=`#define MATCAP
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
}`,Gg=`#define NORMAL
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
}`,Hg=`#define NORMAL
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
}`,Wg=`#define PHONG
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
}`,Xg=`#define PHONG
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
}`,qg=`#define STANDARD
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
}`,$g=`#define STANDARD
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
}`,Yg=`#define TOON
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
}`,Zg=`#define TOON
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
}`,Jg=`uniform float size;
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
}`,jg=`uniform vec3 diffuse;
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
}`,Kg=`#include <common>
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
}`,Qg=`uniform vec3 color;
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
}`,e0=`uniform float rotation;
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
}`,t0=`uniform vec3 diffuse;
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
}`,Ve={alphahash_fragment:Mp,alphahash_pars_fragment:wp,alphamap_fragment:Ap,alphamap_pars_fragment:Ep,alphatest_fragment:Tp,alphatest_pars_fragment:Cp,aomap_fragment:Rp,aomap_pars_fragment:Pp,batching_pars_vertex:Ip,batching_vertex:Lp,begin_vertex:Np,beginnormal_vertex:Dp,bsdfs:Fp,iridescence_fragment:Up,bumpmap_pars_fragment:Op,clipping_planes_fragment:Bp,clipping_planes_pars_fragment:kp,clipping_planes_pars_vertex:zp,clipping_planes_vertex:Vp,color_fragment:Gp,color_pars_fragment:Hp,color_pars_vertex:Wp,color_vertex:Xp,common:qp,defaultnormal_vertex:$p,displacementmap_pars_vertex:Yp,displacementmap_vertex:Zp,emissivemap_fragment:Jp,emissivemap_pars_fragment:jp,colorspace_fragment:Kp,colorspace_pars_fragment:Qp,envmap_fragment:em,envmap_common_pars_fragment:tm,envmap_pars_fragment:nm,envmap_pars_vertex:im,envmap_physical_pars_fragment:pm,envmap_vertex:sm,fog_vertex:rm,fog_pars_vertex:am,fog_fragment:om,fog_pars_fragment:lm,gradientmap_pars_fragment:cm,lightmap_pars_fragment:um,lights_lambert_fragment:hm,lights_lambert_pars_fragment:dm,lights_pars_begin:fm,lights_toon_fragment:mm,lights_toon_pars_fragment:gm,lights_phong_fragment:xm,lights_phong_pars_fragment:ym,lights_physical_fragment:_m,lights_physical_pars_fragment:vm,lights_fragment_begin:bm,lights_fragment_maps:Sm,lights_fragment_end:Mm,lightprobes_pars_fragment:wm,logdepthbuf_fragment:Am,logdepthbuf_pars_fragment:Em,logdepthbuf_pars_vertex:Tm,logdepthbuf_vertex:Cm,map_fragment:Rm,map_pars_fragment:Pm,map_particle_fragment:Im,map_particle_pars_fragment:Lm,metalnessmap_fragment:Nm,metalnessmap_pars_fragment:Dm,morphinstance_vertex:Fm,morphcolor_vertex:Um,morphnormal_vertex:Om,morphtarget_pars_vertex:Bm,morphtarget_vertex:km,normal_fragment_begin:zm,normal_fragment_maps:Vm,normal_pars_fragment:Gm,normal_pars_vertex:Hm,normal_vertex:Wm,normalmap_pars_fragment:Xm,clearcoat_normal_fragment_begin:qm,clearcoat_normal_fragment_maps:$m,clearcoat_pars_fragment:Ym,iridescence_pars_fragment:Zm,opaque_fragment:Jm,packing:jm,premultiplied_alpha_fragment:Km,project_vertex:Qm,dithering_fragment:eg,dithering_pars_fragment:tg,roughnessmap_fragment:ng,roughnessmap_pars_fragment:ig,shadowmap_pars_fragment:sg,shadowmap_pars_vertex:rg,shadowmap_vertex:ag,shadowmask_pars_fragment:og,skinbase_vertex:lg,skinning_pars_vertex:cg,skinning_vertex:ug,skinnormal_vertex:hg,specularmap_fragment:dg,specularmap_pars_fragment:fg,tonemapping_fragment:pg,tonemapping_pars_fragment:mg,transmission_fragment:gg,transmission_pars_fragment:xg,uv_pars_fragment:yg,uv_pars_vertex:_g,uv_vertex:vg,worldpos_vertex:bg,background_vert:Sg,background_frag:Mg,backgroundCube_vert:wg,backgroundCube_frag:Ag,cube_vert:Eg,cube_frag:Tg,depth_vert:Cg,depth_frag:Rg,distance_vert:Pg,distance_frag:Ig,equirect_vert:Lg,equirect_frag:Ng,linedashed_vert:Dg,linedashed_frag:Fg,meshbasic_vert:Ug,meshbasic_frag:Og,meshlambert_vert:Bg,meshlambert_frag:kg,meshmatcap_vert:zg,meshmatcap_frag:Vg,meshnormal_vert:Gg,meshnormal_frag:Hg,meshphong_vert:Wg,meshphong_frag:Xg,meshphysical_vert:qg,meshphysical_frag:$g,meshtoon_vert:Yg,meshtoon_frag:Zg,points_vert:Jg,points_frag:jg,shadow_vert:Kg,shadow_frag:Qg,sprite_vert:e0,sprite_frag:t0},ve={common:{diffuse:{value:new He(16777215)},opacity:{value:1},map:{value:null},mapTransform:{value:new Fe},alphaMap:{value:null},alphaMapTransform:{value:new Fe},alphaTest:{value:0}},specularmap:{specularMap:{value:null},specularMapTransform:{value:new Fe}},envmap:{envMap:{value:null},envMapRotation:{value:new Fe},reflectivity:{value:1},ior:{value:1.5},refractionRatio:{value:.98},dfgLUT:{value:null}},aomap:{aoMap:{value:null},aoMapIntensity:{value:1},aoMapTransform:{value:new Fe}},lightmap:{lightMap:{value:null},lightMapIntensity:{value:1},lightMapTransform:{value:new Fe}},bumpmap:{bumpMap:{value:null},bumpMapTransform:{value:new Fe},bumpScale:{value:1}},normalmap:{normalMap:{value:null},normalMapTransform:{value:new Fe},normalScale:{value:new Ze(1,1)}},displacementmap:{displacementMap:{value:null},displacementMapTransform:{value:new Fe},displacementScale:{value:1},displacementBias:{value:0}},emissivemap:{emissiveMap:{value:null},emissiveMapTransform:{value:new Fe}},metalnessmap:{metalnessMap:{value:null},metalnessMapTransform:{value:new Fe}},roughnessmap:{roughnessMap:{value:null},roughnessMapTransform:{value:new Fe}},gradientmap:{gradientMap:{value:null}},fog:{fogDensity:{value:25e-5},fogNear:{value:1},fogFar:{value:2e3},fogColor:{value:new He(16777215)}},lights:{ambientLightColor:{value:[]},lightProbe:{value:[]},sunLights:{value:[],properties:{direction:{},color:{}}},sunLightShadows:{value:[],properties:{shadowIntensity:1,shadowBias:{},shadowNormalBias:{},shadowRadius:{},shadowMapSize:{}}},sunShadowMatrix:{value:[]},sunShadowCascade:{value:[]},directionalLights:{value:[],properties:{direction:{},color:{}}},directionalLightShadows:{value:[],properties:{shadowIntensity:1,shadowBias:{},shadowNormalBias:{},shadowRadius:{},shadowMapSize:{}}},directionalShadowMatrix:{value:[]},spotLights:{value:[],properties:{color:{},position:{},direction:{},distance:{},coneCos:{},penumbraCos:{},decay:{}}},spotLightShadows:{value:[],properties:{shadowIntensity:1,shadowBias:{},shadowNormalBias:{},shadowRadius:{},shadowMapSize:{}}},spotLightMap:{value:[]},spotLightMatrix:{value:[]},pointLights:{value:[],properties:{color:{},position:{},decay:{},distance:{}}},pointLightShadows:{value:[],properties:{shadowIntensity:1,shadowBias:{},shadowNormalBias:{},shadowRadius:{},shadowMapSize:{},shadowCameraNear:{},shadowCameraFar:{}}},pointShadowMatrix:{value:[]},hemisphereLights:{value:[],properties:{direction:{},skyColor:{},groundColor:{}}},rectAreaLights:{value:[],properties:{color:{},position:{},width:{},height:{}}},ltc_1:{value:null},ltc_2:{value:null},probesSH:{value:[]},probesMin:{value:[]},probesMax:{value:[]},probesResolution:{value:[]}},points:{diffuse:{value:new He(16777215)},opacity:{value:1},size:{value:1},scale:{value:1},map:{value:null},alphaMap:{value:null},alphaMapTransform:{value:new Fe},alphaTest:{value:0},uvTransform:{value:new Fe}},sprite:{diffuse:{value:new He(16777215)},opacity:{value:1},center:{value:new Ze(.5,.5)},rotation:{value:0},map:{value:null},mapTransform:{value:new Fe},alphaMap:{value:null},alphaMapTransform:{value:new Fe},alphaTest:{value:0}}},wn={basic:{uniforms:Dt([ve.common,ve.specularmap,ve.envmap,ve.aomap,ve.lightmap,ve.fog]),vertexShader:Ve.meshbasic_vert,fragmentShader:Ve.meshbasic_frag},lambert:{uniforms:Dt([ve.common,ve.specularmap,ve.envmap,ve.aomap,ve.lightmap,ve.emissivemap,ve.bumpmap,ve.normalmap,ve.displacementmap,ve.fog,ve.lights,{emissive:{value:new He(0)},envMapIntensity:{value:1}}]),vertexShader:Ve.meshlambert_vert,fragmentShader:Ve.meshlambert_frag},phong:{uniforms:Dt([ve.common,ve.specularmap,ve.envmap,ve.aomap,ve.lightmap,ve.emissivemap,ve.bumpmap,ve.normalmap,ve.displacementmap,ve.fog,ve.lights,{emissive:{value:new He(0)},specular:{value:new He(1118481)},shininess:{value:30},envMapIntensity:{value:1}}]),vertexShader:Ve.meshphong_vert,fragmentShader:Ve.meshphong_frag},standard:{uniforms:Dt([ve.common,ve.envmap,ve.aomap,ve.lightmap,ve.emissivemap,ve.bumpmap,ve.normalmap,ve.displacementmap,ve.roughnessmap,ve.metalnessmap,ve.fog,ve.lights,{emissive:{value:new He(0)},roughness:{value:1},metalness:{value:0},envMapIntensity:{value:1}}]),vertexShader:Ve.meshphysical_vert,fragmentShader:Ve.meshphysical_frag},toon:{uniforms:Dt([ve.common,ve.aomap,ve.lightmap,ve.emissivemap,ve.bumpmap,ve.normalmap,ve.displacementmap,ve.gradientmap,ve.fog,ve.lights,{emissive:{value:new He(0)}}]),vertexShader:Ve.meshtoon_vert,fragmentShader:Ve.meshtoon_frag},matcap:{uniforms:Dt([ve.common,ve.bumpmap,ve.normalmap,ve.displacementmap,ve.fog,{matcap:{value:null}}]),vertexShader:Ve.meshmatcap_vert,fragmentShader:Ve.meshmatcap_frag},points:{uniforms:Dt([ve.points,ve.fog]),vertexShader:Ve.points_vert,fragmentShader:Ve.points_frag},dashed:{uniforms:Dt([ve.common,ve.fog,{scale:{value:1},dashSize:{value:1},totalSize:{value:2}}]),vertexShader:Ve.linedashed_vert,fragmentShader:Ve.linedashed_frag},depth:{uniforms:Dt([ve.common,ve.displacementmap]),vertexShader:Ve.depth_vert,fragmentShader:Ve.depth_frag},normal:{uniforms:Dt([ve.common,ve.bumpmap,ve.normalmap,ve.displacementmap,{opacity:{value:1}}]),vertexShader:Ve.meshnormal_vert,fragmentShader:Ve.meshnormal_frag},sprite:{uniforms:Dt([ve.sprite,ve.fog]),vertexShader:Ve.sprite_vert,fragmentShader:Ve.sprite_frag},background:{uniforms:{uvTransform:{value:new Fe},t2D:{value:null},backgroundIntensity:{value:1}},vertexShader:Ve.background_vert,fragmentShader:Ve.background_frag},backgroundCube:{uniforms:{envMap:{value:null},backgroundBlurriness:{value:0},backgroundIntensity:{value:1},backgroundRotation:{value:new Fe}},vertexShader:Ve.backgroundCube_vert,fragmentShader:Ve.backgroundCube_frag},cube:{uniforms:{tCube:{value:null},tFlip:{value:-1},opacity:{value:1}},vertexShader:Ve.cube_vert,fragmentShader:Ve.cube_frag},equirect:{uniforms:{tEquirect:{value:null}},vertexShader:Ve.equirect_vert,fragmentShader:Ve.equirect_frag},distance:{uniforms:Dt([ve.common,ve.displacementmap,{referencePosition:{value:new X},nearDistance:{value:1},farDistance:{value:1e3}}]),vertexShader:Ve.distance_vert,fragmentShader:Ve.distance_frag},shadow:{uniforms:Dt([ve.lights,ve.fog,{color:{value:new He(0)},opacity:{value:1}}]),vertexShader:Ve.shadow_vert,fragmentShader:Ve.shadow_frag}};wn.physical={uniforms:Dt([wn.standard.uniforms,{clearcoat:{value:0},clearcoatMap:{value:null},clearcoatMapTransform:{value:new Fe},clearcoatNormalMap:{value:null},clearcoatNormalMapTransform:{value:new Fe},clearcoatNormalScale:{value:new Ze(1,1)},clearcoatRoughness:{value:0},clearcoatRoughnessMap:{value:null},clearcoatRoughnessMapTransform:{value:new Fe},diffuseRoughness:{value:0},diffuseRoughnessMap:{value:null},diffuseRoughnessMapTransform:{value:new Fe},dispersion:{value:0},retroreflectivity:{value:0},iridescence:{value:0},iridescenceMap:{value:null},iridescenceMapTransform:{value:new Fe},iridescenceIOR:{value:1.3},iridescenceThicknessMinimum:{value:100},iridescenceThicknessMaximum:{value:400},iridescenceThicknessMap:{value:null},iridescenceThicknessMapTransform:{value:new Fe},sheen:{value:0},sheenColor:{value:new He(0)},sheenColorMap:{value:null},sheenColorMapTransform:{value:new Fe},sheenRoughness:{value:1},sheenRoughnessMap:{value:null},sheenRoughnessMapTransform:{value:new Fe},transmission:{value:0},transmissionMap:{value:null},transmissionMapTransform:{value:new Fe},transmissionSamplerSize:{value:new Ze},transmissionSamplerMap:{value:null},thickness:{value:0},thicknessMap:{value:null},thicknessMapTransform:{value:new Fe},attenuationDistance:{value:0},attenuationColor:{value:new He(0)},specularColor:{value:new He(1,1,1)},specularColorMap:{value:null},specularColorMapTransform:{value:new Fe},specularIntensity:{value:1},specularIntensityMap:{value:null},specularIntensityMapTransform:{value:new Fe},anisotropyVector:{value:new Ze},anisotropyMap:{value:null},anisotropyMapTransform:{value:new Fe}}]),vertexShader:Ve.meshphysical_vert,fragmentShader:Ve.meshphysical_frag};var eo={r:0,b:0,g:0},n0=new rt,td=new Fe;td.set(-1,0,0,0,1,0,0,0,1);function i0(i,e,t,n,s,r){let a=new He(0),o=s===!0?0:1,c,l,u=null,d=0,h=null;function f(_){let S=_.isScene===!0?_.background:null;if(S&&S.isTexture){let v=_.backgroundBlurriness>0;S=e.get(S,v)}return S}function g(_){let S=!1,v=f(_);v===null?m(a,o):v&&v.isColor&&(m(v,1),S=!0);let A=i.xr.getEnvironmentBlendMode();A==="additive"?t.buffers.color.setClear(0,0,0,1,r):A==="alpha-blend"&&t.buffers.color.setClear(0,0,0,0,r),(i.autoClear||S)&&(t.buffers.depth.setTest(!0),t.buffers.depth.setMask(!0),t.buffers.color.setMask(!0),i.clear(i.autoClearColor,i.autoClearDepth,i.autoClearStencil))}function y(_,S){let v=f(S);v&&v.isCubeTexture?(l===void 0&&(l=new vn(new Yi(1,1,1),new sn({name:"BackgroundCubeMaterial",uniforms:xi(wn.backgroundCube.uniforms),vertexShader:wn.backgroundCube.vertexShader,fragmentShader:wn.backgroundCube.fragmentShader,side:Ot,depthTest:!1,depthWrite:!1,fog:!1,allowOverride:!1})),l.geometry.deleteAttribute("normal"),l.geometry.deleteAttribute("uv"),l.onBeforeRender=function(A,w,x){this.matrixWorld.copyPosition(x.matrixWorld)},Object.defineProperty(l.material,"envMap",{get:function(){return this.uniforms.envMap.value}}),n.update(l)),l.material.uniforms.envMap.value=v,l.material.uniforms.backgroundBlurriness.value=S.backgroundBlurriness,l.material.uniforms.backgroundIntensity.value=S.backgroundIntensity,l.material.uniforms.backgroundRotation.value.setFromMatrix4(n0.makeRotationFromEuler(S.backgroundRotation)).transpose(),v.isRenderTargetTexture===!1&&l.material.uniforms.backgroundRotation.value.premultiply(td),l.material.toneMapped=$e.getTransfer(v.colorSpace)!==Ke,(u!==v||d!==v.version||h!==i.toneMapping)&&(l.material.needsUpdate=!0,u=v,d=v.version,h=i.toneMapping),l.layers.enableAll(),_.unshift(l,l.geometry,l.material,0,0,null)):v&&v.isTexture&&(c===void 0&&(c=new vn(new Ds(2,2),new sn({name:"BackgroundMaterial",uniforms:xi(wn.background.uniforms),vertexShader:wn.background.vertexShader,fragmentShader:wn.background.fragmentShader,side:ti,depthTest:!1,depthWrite:!1,fog:!1,allowOverride:!1})),c.geometry.deleteAttribute("normal"),Object.defineProperty(c.material,"map",{get:function(){return this.uniforms.t2D.value}}),n.update(c)),c.material.uniforms.t2D.value=v,c.material.uniforms.backgroundIntensity.value=S.backgroundIntensity,c.material.toneMapped=$e.getTransfer(v.colorSpace)!==Ke,v.matrixAutoUpdate===!0&&v.updateMatrix(),c.material.uniforms.uvTransform.value.copy(v.matrix),(u!==v||d!==v.version||h!==i.toneMapping)&&(c.material.needsUpdate=!0,u=v,d=v.version,h=i.toneMapping),c.layers.enableAll(),_.unshift(c,c.geometry,c.material,0,0,null))}function m(_,S){_.getRGB(eo,Wl(i)),t.buffers.color.setClear(eo.r,eo.g,eo.b,S,r)}function p(){l!==void 0&&(l.geometry.dispose(),l.material.dispose(),l=void 0),c!==void 0&&(c.geometry.dispose(),c.material.dispose(),c=void 0)}return{getClearColor:function(){return a},setClearColor:function(_,S=1){a.set(_),o=S,m(a,o)},getClearAlpha:function(){return o},setClearAlpha:function(_){o=_,m(a,o)},render:g,addToRenderList:y,dispose:p}}function s0(i,e){let t=i.getParameter(i.MAX_VERTEX_ATTRIBS),n={},s=h(null),r=s,a=!1;function o(R,L,k,P,H){let J=!1,W=d(R,P,k,L);r!==W&&(r=W,l(r.object)),J=f(R,P,k,H),J&&g(R,P,k,H),H!==null&&e.update(H,i.ELEMENT_ARRAY_BUFFER),(J||a)&&(a=!1,v(R,L,k,P),H!==null&&i.bindBuffer(i.ELEMENT_ARRAY_BUFFER,e.get(H).buffer))}function c(){return i.createVertexArray()}function l(R){return i.bindVertexArray(R)}function u(R){return i.deleteVertexArray(R)}function d(R,L,k,P){let H=P.wireframe===!0,J=n[L.id];J===void 0&&(J={},n[L.id]=J);let W=R.isInstancedMesh===!0?R.id:0,se=J[W];se===void 0&&(se={},J[W]=se);let Y=se[k.id];Y===void 0&&(Y={},se[k.id]=Y);let te=Y[H];return te===void 0&&(te=h(c()),Y[H]=te),te}function h(R){let L=[],k=[],P=[];for(let H=0;H<t;H++)L[H]=0,k[H]=0,P[H]=0;return{geometry:null,program:null,wireframe:!1,newAttributes:L,enabledAttributes:k,attributeDivisors:P,object:R,attributes:{},index:null}}function f(R,L,k,P){let H=r.attributes,J=L.attributes,W=0,se=k.getAttributes();for(let Y in se)if(se[Y].location>=0){let re=H[Y],Se=J[Y];if(Se===void 0&&(Y==="instanceMatrix"&&R.instanceMatrix&&(Se=R.instanceMatrix),Y==="instanceColor"&&R.instanceColor&&(Se=R.instanceColor)),re===void 0||re.attribute!==Se||Se&&re.data!==Se.data)return!0;W++}return r.attributesNum!==W||r.index!==P}function g(R,L,k,P){let H={},J=L.attributes,W=0,se=k.getAttributes();for(let Y in se)if(se[Y].location>=0){let re=J[Y];re===void 0&&(Y==="instanceMatrix"&&R.instanceMatrix&&(re=R.instanceMatrix),Y==="instanceColor"&&R.instanceColor&&(re=R.instanceColor));let Se={};Se.attribute=re,re&&re.data&&(Se.data=re.data),H[Y]=Se,W++}r.attributes=H,r.attributesNum=W,r.index=P}function y(){let R=r.newAttributes;for(let L=0,k=R.length;L<k;L++)R[L]=0}function m(R){p(R,0)}function p(R,L){let k=r.newAttributes,P=r.enabledAttributes,H=r.attributeDivisors;k[R]=1,P[R]===0&&(i.enableVertexAttribArray(R),P[R]=1),H[R]!==L&&(i.vertexAttribDivisor(R,L),H[R]=L)}function _(){let R=r.newAttributes,L=r.enabledAttributes;for(let k=0,P=L.length;k<P;k++)L[k]!==R[k]&&(i.disableVertexAttribArray(k),L[k]=0)}function S(R,L,k,P,H,J,W){W===!0?i.vertexAttribIPointer(R,L,k,H,J):i.vertexAttribPointer(R,L,k,P,H,J)}function v(R,L,k,P){y();let H=P.attributes,J=k.getAttributes(),W=L.defaultAttributeValues;for(let se in J){let Y=J[se];if(Y.location>=0){let te=H[se];if(te===void 0&&(se==="instanceMatrix"&&R.instanceMatrix&&(te=R.instanceMatrix),se==="instanceColor"&&R.instanceColor&&(te=R.instanceColor)),te!==void 0){let re=te.normalized,Se=te.itemSize,U=e.get(te);if(U===void 0)continue;let D=U.buffer,Z=U.type,ae=U.bytesPerElement,ce=Z===i.INT||Z===i.UNSIGNED_INT||te.gpuType===ya;if(te.isInterleavedBufferAttribute){let ie=te.data,Te=ie.isInterleavedBuffer===!0?ie.stride:ie.itemSize,Pe=te.offset;if(ie.isInstancedInterleavedBuffer||ie.isInstancedBufferAttribute){for(let Ee=0;Ee<Y.locationSize;Ee++)p(Y.location+Ee,ie.meshPerAttribute);R.isInstancedMesh!==!0&&P._maxInstanceCount===void 0&&(P._maxInstanceCount=ie.meshPerAttribute*ie.count)}else for(let Ee=0;Ee<Y.locationSize;Ee++)m(Y.location+Ee);i.bindBuffer(i.ARRAY_BUFFER,D);for(let Ee=0;Ee<Y.locationSize;Ee++)S(Y.location+Ee,Se/Y.locationSize,Z,re,Te*ae,(Pe+Se/Y.locationSize*Ee)*ae,ce)}else{if(te.isInstancedBufferAttribute){for(let ie=0;ie<Y.locationSize;ie++)p(Y.location+ie,te.meshPerAttribute);R.isInstancedMesh!==!0&&P._maxInstanceCount===void 0&&(P._maxInstanceCount=te.meshPerAttribute*te.count)}else for(let ie=0;ie<Y.locationSize;ie++)m(Y.location+ie);i.bindBuffer(i.ARRAY_BUFFER,D);for(let ie=0;ie<Y.locationSize;ie++)S(Y.location+ie,Se/Y.locationSize,Z,re,Se*ae,Se/Y.locationSize*ie*ae,ce)}}else if(W!==void 0){let re=W[se];if(re!==void 0)switch(re.length){case 2:i.vertexAttrib2fv(Y.location,re);break;case 3:i.vertexAttrib3fv(Y.location,re);break;case 4:i.vertexAttrib4fv(Y.location,re);break;default:i.vertexAttrib1fv(Y.location,re)}}}}_()}function A(){B();for(let R in n){let L=n[R];for(let k in L){let P=L[k];for(let H in P){let J=P[H];for(let W in J)u(J[W].object),delete J[W];delete P[H]}}delete n[R]}}function w(R){if(n[R.id]===void 0)return;let L=n[R.id];for(let k in L){let P=L[k];for(let H in P){let J=P[H];for(let W in J)u(J[W].object),delete J[W];delete P[H]}}delete n[R.id]}function x(R){for(let L in n){let k=n[L];for(let P in k){let H=k[P];if(H[R.id]===void 0)continue;let J=H[R.id];for(let W in J)u(J[W].object),delete J[W];delete H[R.id]}}}function E(R){for(let L in n){let k=n[L],P=R.isInstancedMesh===!0?R.id:0,H=k[P];if(H!==void 0){for(let J in H){let W=H[J];for(let se in W)u(W[se].object),delete W[se];delete H[J]}delete k[P],Object.keys(k).length===0&&delete n[L]}}}function B(){F(),a=!0,r!==s&&(r=s,l(r.object))}function F(){s.geometry=null,s.program=null,s.wireframe=!1}return{setup:o,reset:B,resetDefaultState:F,dispose:A,releaseStatesOfGeometry:w,releaseStatesOfObject:E,releaseStatesOfProgram:x,initAttributes:y,enableAttribute:m,disableUnusedAttributes:_}}function r0(i,e,t){let n;function s(c){n=c}function r(c,l){i.drawArrays(n,c,l),t.update(l,n,1)}function a(c,l,u){u!==0&&(i.drawArraysInstanced(n,c,l,u),t.update(l,n,u))}function o(c,l,u){if(u===0)return;e.get("WEBGL_multi_draw").multiDrawArraysWEBGL(n,c,0,l,0,u);let h=0;for(let f=0;f<u;f++)h+=l[f];t.update(h,n,1)}this.setMode=s,this.render=r,this.renderInstances=a,this.renderMultiDraw=o}function a0(i,e,t,n){let s;function r(){if(s!==void 0)return s;if(e.has("EXT_texture_filter_anisotropic")===!0){let x=e.get("EXT_texture_filter_anisotropic");s=i.getParameter(x.MAX_TEXTURE_MAX_ANISOTROPY_EXT)}else s=0;return s}function a(x){return!(x!==pn&&n.convert(x)!==i.getParameter(i.IMPLEMENTATION_COLOR_READ_FORMAT))}function o(x){let E=x===fn&&(e.has("EXT_color_buffer_half_float")||e.has("EXT_color_buffer_float"));return!(x!==Yt&&x!==dn&&!E&&n.convert(x)!==i.getParameter(i.IMPLEMENTATION_COLOR_READ_TYPE))}function c(x){if(x==="highp"){if(i.getShaderPrecisionFormat(i.VERTEX_SHADER,i.HIGH_FLOAT).precision>0&&i.getShaderPrecisionFormat(i.FRAGMENT_SHADER,i.HIGH_FLOAT).precision>0)return"highp";x="mediump"}return x==="mediump"&&i.getShaderPrecisionFormat(i.VERTEX_SHADER,i.MEDIUM_FLOAT).precision>0&&i.getShaderPrecisionFormat(i.FRAGMENT_SHADER,i.MEDIUM_FLOAT).precision>0?"mediump":"lowp"}let l=t.precision!==void 0?t.precision:"highp",u=c(l);u!==l&&(Ne("WebGLRenderer:",l,"not supported, using",u,"instead."),l=u);let d=t.reversedDepthBuffer===!0&&e.has("EXT_clip_control"),h=t.logarithmicDepthBuffer===!0&&d===!1;t.reversedDepthBuffer===!0&&d===!1&&Ne("WebGLRenderer: Unable to use reversed depth buffer due to missing EXT_clip_control extension. Fallback to default depth buffer."),t.logarithmicDepthBuffer===!0&&d===!0&&Ne("WebGLRenderer: Logarithmic depth buffer is ignored when reversed depth buffer is enabled.");let f=i.getParameter(i.MAX_TEXTURE_IMAGE_UNITS),g=i.getParameter(i.MAX_VERTEX_TEXTURE_IMAGE_UNITS),y=i.getParameter(i.MAX_TEXTURE_SIZE),m=i.getParameter(i.MAX_CUBE_MAP_TEXTURE_SIZE),p=i.getParameter(i.MAX_VERTEX_ATTRIBS),_=i.getParameter(i.MAX_VERTEX_UNIFORM_VECTORS),S=i.getParameter(i.MAX_VARYING_VECTORS),v=i.getParameter(i.MAX_FRAGMENT_UNIFORM_VECTORS),A=i.getParameter(i.MAX_SAMPLES),w=i.getParameter(i.SAMPLES);return{isWebGL2:!0,getMaxAnisotropy:r,getMaxPrecision:c,textureFormatReadable:a,textureTypeReadable:o,precision:l,logarithmicDepthBuffer:h,reversedDepthBuffer:d,maxTextures:f,maxVertexTextures:g,maxTextureSize:y,maxCubemapSize:m,maxAttributes:p,maxVertexUniforms:_,maxVaryings:S,maxFragmentUniforms:v,maxSamples:A,samples:w}}function o0(i){let e=this,t=null,n=0,s=!1,r=!1,a=new un,o=new Fe,c={value:null,needsUpdate:!1};this.uniform=c,this.numPlanes=0,this.numIntersection=0,this.init=function(d,h){let f=d.length!==0||h||n!==0||s;return s=h,n=d.length,f},this.beginShadows=function(){r=!0,u(null)},this.endShadows=function(){r=!1},this.setGlobalState=function(d,h){t=u(d,h,0)},this.setState=function(d,h,f){let g=d.clippingPlanes,y=d.clipIntersection,m=d.clipShadows,p=i.get(d);if(!s||g===null||g.length===0||r&&!m)r?u(null):l();else{let _=r?0:n,S=_*4,v=p.clippingState||null;c.value=v,v=u(g,h,S,f);for(let A=0;A!==S;++A)v[A]=t[A];p.clippingState=v,this.numIntersection=y?this.numPlanes:0,this.numPlanes+=_}};function l(){c.value!==t&&(c.value=t,c.needsUpdate=n>0),e.numPlanes=n,e.numIntersection=0}function u(d,h,f,g){let y=d!==null?d.length:0,m=null;if(y!==0){if(m=c.value,g!==!0||m===null){let p=f+y*4,_=h.matrixWorldInverse;o.getNormalMatrix(_),(m===null||m.length<p)&&(m=new Float32Array(p));for(let S=0,v=f;S!==y;++S,v+=4)a.copy(d[S]).applyMatrix4(_,o),a.normal.toArray(m,v),m[v+3]=a.constant}c.value=m,c.needsUpdate=!0}return e.numPlanes=y,e.numIntersection=0,m}}var Zs=class extends Xt{constructor(e=1,t={}){super(e,e,t),this.isWebGLCubeRenderTarget=!0;let n={width:e,height:e,depth:1},s=[n,n,n,n,n,n];this.texture=new Is(s),this._setTextureOptions(t),this.texture.isRenderTargetTexture=!0}fromEquirectangularTexture(e,t){this.texture.type=t.type,this.texture.colorSpace=t.colorSpace,this.texture.generateMipmaps=t.generateMipmaps,this.texture.minFilter=t.minFilter,this.texture.magFilter=t.magFilter;let n={uniforms:{tEquirect:{value:null}},vertexShader:`

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
			`},s=new Yi(5,5,5),r=new sn({name:"CubemapFromEquirect",uniforms:xi(n.uniforms),vertexShader:n.vertexShader,fragmentShader:n.fragmentShader,side:Ot,blending:fi});r.uniforms.tEquirect.value=t;let a=new vn(s,r),o=t.minFilter;return t.minFilter===Un&&(t.minFilter=Ct),new Ji(1,10,this).update(e,a),t.minFilter=o,a.geometry.dispose(),a.material.dispose(),this}clear(e,t=!0,n=!0,s=!0){let r=e.getRenderTarget();for(let a=0;a<6;a++)e.setRenderTarget(this,a),e.clear(t,n,s);e.setRenderTarget(r)}},Nh=256,l0=3,c0=20,nd=256,id=16,u0=3,h0=new X,d0=new He,no=class i{constructor(e){this._renderer=e,this._cubeSize=0,this._sourceTarget=null,this._cubeCamera=new Ji(1,10,null),this._boxMesh=new vn(new Yi(5,5,5),null),this._cubemapMaterial=null,this._equirectMaterial=null,this._blurMaterial=null,this._ggxMaterial=null,this._integrationMaterial=null}fromScene(e,t=0,n=.1,s=100,r={}){let{size:a=256,position:o=h0}=r,c=this._renderer;this._setSize(a);let l=this._allocateTarget(),u=this._getSourceTarget(!0);t>0&&(u.texture.mipmapsAutoUpdate=!1);let d=c.autoClear,h=c.autoClearColor,f=c.autoClearDepth,g=c.autoClearStencil,y=e.background;c.autoClear=!0,c.autoClearColor=!0,c.autoClearDepth=!0,c.autoClearStencil=!0,y===null&&(e.background=c.getClearColor(d0));let m=new Ji(n,s,u);return m.position.copy(o),m.update(c,e),c.autoClear=d,c.autoClearColor=h,c.autoClearDepth=f,c.autoClearStencil=g,e.background=y,t>0&&(u.texture.mipmapsAutoUpdate=!0,this._blur(l,t)),this._applyPMREM(l),l}fromEquirectangular(e,t=null){return this._fromTexture(e,t)}fromCubemap(e,t=null){return this._fromTexture(e,t)}compileCubemapShader(){this._cubemapMaterial===null&&(this._cubemapMaterial=Uh(),this._compileMaterial(this._cubemapMaterial))}compileEquirectangularShader(){this._equirectMaterial===null&&(this._equirectMaterial=Fh(),this._compileMaterial(this._equirectMaterial))}dispose(){this._sourceTarget!==null&&this._sourceTarget.dispose(),this._cubemapMaterial!==null&&this._cubemapMaterial.dispose(),this._equirectMaterial!==null&&this._equirectMaterial.dispose(),this._blurMaterial!==null&&this._blurMaterial.dispose(),this._ggxMaterial!==null&&this._ggxMaterial.dispose(),this._integrationMaterial!==null&&this._integrationMaterial.dispose(),this._boxMesh.geometry.dispose()}static lodToRoughness(e,t){return t>0?1-Math.sqrt(1-e/t):0}_setSize(e){this._cubeSize=Math.max(Nh,Ch(e))}_fromTexture(e,t){e.mapping===mi||e.mapping===Qi?this._setSize(e.image.length===0?Nh:e.image[0].width||e.image[0].image.width):this._setSize(e.image.width/4);let n=t||this._allocateTarget();return this._textureToCubemap(e),this._applyPMREM(n),n}_allocateTarget(){let e=this._cubeSize,t=Dh(e,!1,!1),n=Math.log2(e)-l0;for(let s=0;s<=n;s++)t.texture.mipmaps.push({width:e>>s,height:e>>s});return t.texture.name="PMREM",t.texture.isPMREMTexture=!0,t}_getSourceTarget(e=!1){let t=this._cubeSize,n=this._sourceTarget;return(n===null||n.width!==t||e&&n.depthBuffer===!1)&&(n!==null&&n.dispose(),this._sourceTarget=Dh(t,!0,e)),this._sourceTarget}_compileMaterial(e){this._boxMesh.material=e,this._renderer.compile(this._boxMesh,this._cubeCamera.children[0])}_renderCube(e,t,n){let s=this._boxMesh,r=this._cubeCamera;s.material=n,r.renderTarget=e,r.activeMipmapLevel=t;let a=e.width>>t;e.viewport.set(0,0,a,a),r.update(this._renderer,s),e.viewport.set(0,0,e.width,e.height)}_textureToCubemap(e){let t;e.mapping===mi||e.mapping===Qi?(this._cubemapMaterial===null&&(this._cubemapMaterial=Uh()),t=this._cubemapMaterial,t.uniforms.flipEnvMap.value=e.isRenderTargetTexture===!1?-1:1):(this._equirectMaterial===null&&(this._equirectMaterial=Fh()),t=this._equirectMaterial),t.uniforms.envMap.value=e,this._renderCube(this._getSourceTarget(),0,t)}_applyPMREM(e){this._ggxMaterial===null&&(this._ggxMaterial=f0(),this._integrationMaterial=p0());let t=this._cubeSize,n=e.texture.mipmaps.length-1,s=this._ggxMaterial.uniforms;s.envMap.value=this._sourceTarget.texture;let r=this._integrationMaterial.uniforms;r.envMap.value=this._sourceTarget.texture,r.sourceLod.value=Math.log2(t/id);for(let a=0;a<=n;a++){let o=i.lodToRoughness(a,n);if(a>n-u0)r.roughness.value=o,this._renderCube(e,a,this._integrationMaterial);else{let c=o>0?Math.log2(t)+.5*Math.log2(6/(nd*Math.pow(o,4)))+.5:0;s.roughness.value=o,s.lodBias.value=c,this._renderCube(e,a,this._ggxMaterial)}}}_blur(e,t){this._blurMaterial===null&&(this._blurMaterial=m0());let n=this._blurMaterial,s=n.uniforms,r=this._sourceTarget;s.sigma.value=Math.min(t,Math.PI)/Math.SQRT2,s.envMap.value=r.texture,this._renderCube(e,0,n),s.envMap.value=e.texture,this._renderCube(r,0,n)}};function Dh(i,e,t){return new Zs(i,{minFilter:Un,generateMipmaps:e,type:fn,colorSpace:vs,depthBuffer:t})}function Js(i,e,t){return new sn({name:i,uniforms:e,vertexShader:Ve.cube_vert,fragmentShader:t,side:Ot,blending:fi,depthTest:!1,depthWrite:!1})}function f0(){return Js("PMREMGGXConvolution",{envMap:{value:null},roughness:{value:0},lodBias:{value:0}},`

		#define GGX_SAMPLES ${nd}u

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
	`)}function p0(){return Js("PMREMGGXIntegration",{envMap:{value:null},roughness:{value:0},sourceLod:{value:0},sourceSize:{value:id}},`

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
	`)}function m0(){return Js("PMREMSphericalGaussianBlur",{envMap:{value:null},sigma:{value:0}},`

		#define SAMPLES ${c0}
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
	`)}function Fh(){return Js("PMREMEquirectangularToCubemap",{envMap:{value:null}},`

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
	`)}function Uh(){return Js("PMREMCubemapToCubemap",{envMap:{value:null},flipEnvMap:{value:-1}},`

		varying vec3 vWorldDirection;

		uniform samplerCube envMap;
		uniform float flipEnvMap;

		void main() {

			gl_FragColor = vec4( textureCube( envMap, vec3( flipEnvMap * vWorldDirection.x, vWorldDirection.yz ) ).rgb, 1.0 );

		}
	`)}function g0(i){let e=new WeakMap,t=new WeakMap,n=null;function s(h,f=!1){return h==null?null:f?a(h):r(h)}function r(h){if(h&&h.isTexture){let f=h.mapping;if(f===ma||f===ga)if(e.has(h)){let g=e.get(h).texture;return o(g,h.mapping)}else{let g=h.image;if(g&&g.height>0){let y=new Zs(g.height);return y.fromEquirectangularTexture(i,h),e.set(h,y),h.addEventListener("dispose",l),o(y.texture,h.mapping)}else return null}}return h}function a(h){if(h&&h.isTexture&&h.isPMREMTexture!==!0){let f=h.mapping,g=f===ma||f===ga,y=f===mi||f===Qi;if(g||y){let m=t.get(h),p=m!==void 0?m.texture.pmremVersion:0;if(h.isRenderTargetTexture&&h.pmremVersion!==p)return n===null&&(n=new no(i)),m=g?n.fromEquirectangular(h,m):n.fromCubemap(h,m),m.texture.pmremVersion=h.pmremVersion,t.set(h,m),m.texture;if(m!==void 0)return m.texture;{let _=h.image;return g&&_&&_.height>0||y&&_&&c(_)?(n===null&&(n=new no(i)),m=g?n.fromEquirectangular(h):n.fromCubemap(h),m.texture.pmremVersion=h.pmremVersion,t.set(h,m),h.addEventListener("dispose",u),m.texture):null}}}return h}function o(h,f){return f===ma?h.mapping=mi:f===ga&&(h.mapping=Qi),h}function c(h){let f=0,g=6;for(let y=0;y<g;y++)h[y]!==void 0&&f++;return f===g}function l(h){let f=h.target;f.removeEventListener("dispose",l);let g=e.get(f);g!==void 0&&(e.delete(f),g.dispose())}function u(h){let f=h.target;f.removeEventListener("dispose",u);let g=t.get(f);g!==void 0&&(t.delete(f),g.dispose())}function d(){e=new WeakMap,t=new WeakMap,n!==null&&(n.dispose(),n=null)}return{get:s,dispose:d}}function x0(i){let e={};function t(n){if(e[n]!==void 0)return e[n];let s=i.getExtension(n);return e[n]=s,s}return{has:function(n){return t(n)!==null},init:function(){t("EXT_color_buffer_float"),t("WEBGL_clip_cull_distance"),t("OES_texture_float_linear"),t("EXT_color_buffer_half_float"),t("WEBGL_multisampled_render_to_texture"),t("WEBGL_render_shared_exponent")},get:function(n){let s=t(n);return s===null&&ys("WebGLRenderer: "+n+" extension not supported."),s}}}function y0(i,e,t,n){let s={},r=new WeakMap,a=new FinalizationRegistry(g=>delete s[g]);function o(g){c(g.target)}function c(g){g.index!==null&&e.remove(g.index);for(let m in g.attributes)e.remove(g.attributes[m]);g.removeEventListener("dispose",o),delete s[g.id],a.unregister(g);let y=r.get(g);y&&(e.remove(y),r.delete(g)),n.releaseStatesOfGeometry(g),g.isInstancedBufferGeometry===!0&&delete g._maxInstanceCount,t.memory.geometries--}function l(g,y){return s[y.id]!==void 0||(y.addEventListener("dispose",o),s[y.id]=new WeakRef(y),a.register(y,y.id,y),t.memory.geometries++),y}function u(g){let y=g.attributes;for(let m in y)e.update(y[m],i.ARRAY_BUFFER)}function d(g){let y=g.index,m=g.attributes.position,p=0;if(m===void 0)return;let _=y!==null?y.array.length:m.array.length/3-1,S=m.count>=65535?Cs:Ts,v=new S(Math.ceil(_/3)*6,1),A=v.array;if(y!==null){let x=y.array;p=y.version;for(let E=0,B=0;E<_;E+=3){let F=x[E+0],R=x[E+1],L=x[E+2];A[B++]=F,A[B++]=R,A[B++]=R,A[B++]=L,A[B++]=L,A[B++]=F}}else{p=m.version;for(let x=0,E=0;x<_;x+=3){let B=x+0,F=x+1,R=x+2;A[E++]=B,A[E++]=F,A[E++]=F,A[E++]=R,A[E++]=R,A[E++]=B}}v.version=p;let w=r.get(g);w&&e.remove(w),r.set(g,v)}function h(g){let y=r.get(g);if(y){let m=g.index;m!==null&&y.version<m.version&&d(g)}else d(g);return r.get(g)}function f(){for(let g in s){let y=s[g].deref();y!==void 0&&c(y)}}return{get:l,update:u,getWireframeAttribute:h,dispose:f}}function _0(i,e,t){let n;function s(d){n=d}let r,a;function o(d){r=d.type,a=d.bytesPerElement}function c(d,h){i.drawElements(n,h,r,d*a),t.update(h,n,1)}function l(d,h,f){f!==0&&(i.drawElementsInstanced(n,h,r,d*a,f),t.update(h,n,f))}function u(d,h,f){if(f===0)return;e.get("WEBGL_multi_draw").multiDrawElementsWEBGL(n,h,0,r,d,0,f);let y=0;for(let m=0;m<f;m++)y+=h[m];t.update(y,n,1)}this.setMode=s,this.setIndex=o,this.render=c,this.renderInstances=l,this.renderMultiDraw=u}function v0(i){let e={geometries:0,textures:0},t={frame:0,calls:0,triangles:0,points:0,lines:0};function n(r,a,o){switch(t.calls++,a){case i.TRIANGLES:t.triangles+=o*(r/3);break;case i.LINES:t.lines+=o*(r/2);break;case i.LINE_STRIP:t.lines+=o*(r-1);break;case i.LINE_LOOP:t.lines+=o*r;break;case i.POINTS:t.points+=o*r;break;default:De("WebGLInfo: Unknown draw mode:",a);break}}function s(){t.calls=0,t.triangles=0,t.points=0,t.lines=0}return{memory:e,render:t,programs:null,autoReset:!0,reset:s,update:n}}function b0(i,e,t){let n=new WeakMap,s=new ut;function r(a,o,c){let l=a.morphTargetInfluences,u=o.morphAttributes.position||o.morphAttributes.normal||o.morphAttributes.color,d=u!==void 0?u.length:0,h=n.get(o);if(h===void 0||h.count!==d){let B=function(){x.dispose(),n.delete(o),o.removeEventListener("dispose",B)};h!==void 0&&h.texture.dispose();let f=o.morphAttributes.position!==void 0,g=o.morphAttributes.normal!==void 0,y=o.morphAttributes.color!==void 0,m=o.morphAttributes.position||[],p=o.morphAttributes.normal||[],_=o.morphAttributes.color||[],S=0;f===!0&&(S=1),g===!0&&(S=2),y===!0&&(S=3);let v=o.attributes.position.count*S,A=1;v>e.maxTextureSize&&(A=Math.ceil(v/e.maxTextureSize),v=e.maxTextureSize);let w=new Float32Array(v*A*4*d),x=new ws(w,v,A,d);x.type=dn,x.needsUpdate=!0;let E=S*4;for(let F=0;F<d;F++){let R=m[F],L=p[F],k=_[F],P=v*A*4*F;for(let H=0;H<R.count;H++){let J=H*E;f===!0&&(s.fromBufferAttribute(R,H),w[P+J+0]=s.x,w[P+J+1]=s.y,w[P+J+2]=s.z,w[P+J+3]=0),g===!0&&(s.fromBufferAttribute(L,H),w[P+J+4]=s.x,w[P+J+5]=s.y,w[P+J+6]=s.z,w[P+J+7]=0),y===!0&&(s.fromBufferAttribute(k,H),w[P+J+8]=s.x,w[P+J+9]=s.y,w[P+J+10]=s.z,w[P+J+11]=k.itemSize===4?s.w:1)}}h={count:d,texture:x,size:new Ze(v,A)},n.set(o,h),o.addEventListener("dispose",B)}if(a.isInstancedMesh===!0&&a.morphTexture!==null)c.getUniforms().setValue(i,"morphTexture",a.morphTexture,t);else{let f=0;for(let y=0;y<l.length;y++)f+=l[y];let g=o.morphTargetsRelative?1:1-f;c.getUniforms().setValue(i,"morphTargetBaseInfluence",g),c.getUniforms().setValue(i,"morphTargetInfluences",l)}c.getUniforms().setValue(i,"morphTargetsTexture",h.texture,t),c.getUniforms().setValue(i,"morphTargetsTextureSize",h.size)}return{update:r}}function S0(i,e,t,n,s){let r=new WeakMap;function a(l){let u=s.render.frame,d=l.geometry,h=e.get(l,d);if(r.get(h)!==u&&(e.update(h),r.set(h,u)),l.isInstancedMesh&&(l.hasEventListener("dispose",c)===!1&&l.addEventListener("dispose",c),r.get(l)!==u&&(t.update(l.instanceMatrix,i.ARRAY_BUFFER),l.instanceColor!==null&&t.update(l.instanceColor,i.ARRAY_BUFFER),r.set(l,u))),l.isSkinnedMesh){let f=l.skeleton;r.get(f)!==u&&(f.update(),r.set(f,u))}return h}function o(){r=new WeakMap}function c(l){let u=l.target;u.removeEventListener("dispose",c),n.releaseStatesOfObject(u),t.remove(u.instanceMatrix),u.instanceColor!==null&&t.remove(u.instanceColor)}return{update:a,dispose:o}}var M0={[Ml]:"LINEAR_TONE_MAPPING",[wl]:"REINHARD_TONE_MAPPING",[Al]:"CINEON_TONE_MAPPING",[El]:"ACES_FILMIC_TONE_MAPPING",[Cl]:"AGX_TONE_MAPPING",[Rl]:"NEUTRAL_TONE_MAPPING",[Tl]:"CUSTOM_TONE_MAPPING"};function w0(i,e,t,n,s,r){let a=new Xt(e,t,{type:i,depthBuffer:s,stencilBuffer:r,samples:n?4:0,storeMultisampledDepthBuffer:!1,storeMultisampledStencilBuffer:!1,resolveDepthBuffer:!1,resolveStencilBuffer:!1}),o=null,c=null,l=null,u=new nn;u.setAttribute("position",new tn([-1,3,0,-1,-1,0,3,-1,0],3)),u.setAttribute("uv",new tn([0,2,0,0,2,0],2));let d=new ea({uniforms:{tDiffuse:{value:null}},vertexShader:`
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
			}`,depthTest:!1,depthWrite:!1}),h=new vn(u,d),f=new Zi(-1,1,1,-1,0,1),g=null,y=null,m=!1,p,_=null,S=[],v=!1;this.setSize=function(A,w){a.setSize(A,w),o!==null&&o.setSize(A,w),c!==null&&c.setSize(A,w);for(let x=0;x<S.length;x++){let E=S[x];E.setSize&&E.setSize(A,w)}},this.setEffects=function(A){S=A,v=S.length>0&&S[0].isRenderPass===!0;let w=a.width,x=a.height;S.length>0&&o===null&&(o=new Xt(w,x,{type:fn,depthBuffer:!1,stencilBuffer:!1}),c=new Xt(w,x,{type:fn,depthBuffer:!1,stencilBuffer:!1}));let E=s===!0&&S.some(B=>B.needsDepthTexture===!0);E!==(a.depthTexture!==null)&&(E===!0&&l===null&&(l=new Fn(w,x),r===!0&&(l.format=On,l.type=gi)),a.dispose(),a.depthTexture=E?l:null,a.resolveDepthBuffer=E,a.storeMultisampledDepthBuffer=E);for(let B=0;B<S.length;B++){let F=S[B];F.setSize&&F.setSize(w,x),E&&F.needsDepthTexture===!0&&F.setDepthTexture&&F.setDepthTexture(l)}},this.begin=function(A,w){if(m||A.toneMapping===Sn&&S.length===0)return!1;if(_=w,w!==null){let x=w.width,E=w.height;(a.width!==x||a.height!==E)&&this.setSize(x,E)}return v===!1&&A.setRenderTarget(a),p=A.toneMapping,A.toneMapping=Sn,!0},this.hasRenderPass=function(){return v},this.end=function(A,w){A.toneMapping=p,m=!0;let x=a,E=o;for(let B=0;B<S.length;B++){let F=S[B];F.enabled!==!1&&(F.render(A,E,x,w),F.needsSwap!==!1&&(x=E,E=E===o?c:o))}if(g!==A.outputColorSpace||y!==A.toneMapping){g=A.outputColorSpace,y=A.toneMapping,d.defines={},$e.getTransfer(g)===Ke&&(d.defines.SRGB_TRANSFER="");let B=M0[y];B&&(d.defines[B]=""),d.needsUpdate=!0}d.uniforms.tDiffuse.value=x.texture,A.setRenderTarget(_),A.render(h,f),_=null,m=!1},this.isCompositing=function(){return m},this.dispose=function(){a.dispose(),o!==null&&o.dispose(),c!==null&&c.dispose(),u.dispose(),d.dispose()}}var sd=new Nt,rd=new Fn(1,1),ad=new Ls(1),od=new ws,ld=new Jr,cd=new Is,Oh=[],Bh=[],kh=new Float32Array(16),zh=new Float32Array(9),Vh=new Float32Array(4);function ns(i,e,t){let n=i[0];if(n<=0||n>0)return i;let s=e*t,r=Oh[s];if(r===void 0&&(r=new Float32Array(s),Oh[s]=r),e!==0){n.toArray(r,0);for(let a=1,o=0;a!==e;++a)o+=t,i[a].toArray(r,o)}return r}function yt(i,e){if(i.length!==e.length)return!1;for(let t=0,n=i.length;t<n;t++)if(i[t]!==e[t])return!1;return!0}function _t(i,e){for(let t=0,n=e.length;t<n;t++)i[t]=e[t]}function so(i,e){let t=Bh[e];t===void 0&&(t=new Int32Array(e),Bh[e]=t);for(let n=0;n!==e;++n)t[n]=i.allocateTextureUnit();return t}function A0(i,e){let t=this.cache;t[0]!==e&&(i.uniform1f(this.addr,e),t[0]=e)}function E0(i,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y)&&(i.uniform2f(this.addr,e.x,e.y),t[0]=e.x,t[1]=e.y);else{if(yt(t,e))return;i.uniform2fv(this.addr,e),_t(t,e)}}function T0(i,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y||t[2]!==e.z)&&(i.uniform3f(this.addr,e.x,e.y,e.z),t[0]=e.x,t[1]=e.y,t[2]=e.z);else if(e.r!==void 0)(t[0]!==e.r||t[1]!==e.g||t[2]!==e.b)&&(i.uniform3f(this.addr,e.r,e.g,e.b),t[0]=e.r,t[1]=e.g,t[2]=e.b);else{if(yt(t,e))return;i.uniform3fv(this.addr,e),_t(t,e)}}function C0(i,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y||t[2]!==e.z||t[3]!==e.w)&&(i.uniform4f(this.addr,e.x,e.y,e.z,e.w),t[0]=e.x,t[1]=e.y,t[2]=e.z,t[3]=e.w);else{if(yt(t,e))return;i.uniform4fv(this.addr,e),_t(t,e)}}function R0(i,e){let t=this.cache,n=e.elements;if(n===void 0){if(yt(t,e))return;i.uniformMatrix2fv(this.addr,!1,e),_t(t,e)}else{if(yt(t,n))return;Vh.set(n),i.uniformMatrix2fv(this.addr,!1,Vh),_t(t,n)}}function P0(i,e){let t=this.cache,n=e.elements;if(n===void 0){if(yt(t,e))return;i.uniformMatrix3fv(this.addr,!1,e),_t(t,e)}else{if(yt(t,n))return;zh.set(n),i.uniformMatrix3fv(this.addr,!1,zh),_t(t,n)}}function I0(i,e){let t=this.cache,n=e.elements;if(n===void 0){if(yt(t,e))return;i.uniformMatrix4fv(this.addr,!1,e),_t(t,e)}else{if(yt(t,n))return;kh.set(n),i.uniformMatrix4fv(this.addr,!1,kh),_t(t,n)}}function L0(i,e){let t=this.cache;t[0]!==e&&(i.uniform1i(this.addr,e),t[0]=e)}function N0(i,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y)&&(i.uniform2i(this.addr,e.x,e.y),t[0]=e.x,t[1]=e.y);else{if(yt(t,e))return;i.uniform2iv(this.addr,e),_t(t,e)}}function D0(i,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y||t[2]!==e.z)&&(i.uniform3i(this.addr,e.x,e.y,e.z),t[0]=e.x,t[1]=e.y,t[2]=e.z);else{if(yt(t,e))return;i.uniform3iv(this.addr,e),_t(t,e)}}function F0(i,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y||t[2]!==e.z||t[3]!==e.w)&&(i.uniform4i(this.addr,e.x,e.y,e.z,e.w),t[0]=e.x,t[1]=e.y,t[2]=e.z,t[3]=e.w);else{if(yt(t,e))return;i.uniform4iv(this.addr,e),_t(t,e)}}function U0(i,e){let t=this.cache;t[0]!==e&&(i.uniform1ui(this.addr,e),t[0]=e)}function O0(i,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y)&&(i.uniform2ui(this.addr,e.x,e.y),t[0]=e.x,t[1]=e.y);else{if(yt(t,e))return;i.uniform2uiv(this.addr,e),_t(t,e)}}function B0(i,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y||t[2]!==e.z)&&(i.uniform3ui(this.addr,e.x,e.y,e.z),t[0]=e.x,t[1]=e.y,t[2]=e.z);else{if(yt(t,e))return;i.uniform3uiv(this.addr,e),_t(t,e)}}function k0(i,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y||t[2]!==e.z||t[3]!==e.w)&&(i.uniform4ui(this.addr,e.x,e.y,e.z,e.w),t[0]=e.x,t[1]=e.y,t[2]=e.z,t[3]=e.w);else{if(yt(t,e))return;i.uniform4uiv(this.addr,e),_t(t,e)}}function ro(i){return i.version===0&&(i.compareFunction=Vl,i.needsUpdate=!0),i}function z0(i,e,t){let n=this.cache,s=t.allocateTextureUnit();n[0]!==s&&(i.uniform1i(this.addr,s),n[0]=s);let r;this.type===i.SAMPLER_2D_SHADOW?r=ro(rd):r=sd,t.setTexture2D(e||r,s)}function V0(i,e,t){let n=this.cache,s=t.allocateTextureUnit();n[0]!==s&&(i.uniform1i(this.addr,s),n[0]=s),t.setTexture3D(e||ld,s)}function G0(i,e,t){let n=this.cache,s=t.allocateTextureUnit();n[0]!==s&&(i.uniform1i(this.addr,s),n[0]=s);let r;this.type===i.SAMPLER_CUBE_SHADOW?r=ro(ad):r=cd,t.setTextureCube(e||r,s)}function H0(i,e,t){let n=this.cache,s=t.allocateTextureUnit();n[0]!==s&&(i.uniform1i(this.addr,s),n[0]=s),t.setTexture2DArray(e||od,s)}function W0(i){switch(i){case 5126:return A0;case 35664:return E0;case 35665:return T0;case 35666:return C0;case 35674:return R0;case 35675:return P0;case 35676:return I0;case 5124:case 35670:return L0;case 35667:case 35671:return N0;case 35668:case 35672:return D0;case 35669:case 35673:return F0;case 5125:return U0;case 36294:return O0;case 36295:return B0;case 36296:return k0;case 35678:case 36198:case 36298:case 36306:case 35682:return z0;case 35679:case 36299:case 36307:return V0;case 35680:case 36300:case 36308:case 36293:return G0;case 36289:case 36303:case 36311:case 36292:return H0}}function X0(i,e){i.uniform1fv(this.addr,e)}function q0(i,e){let t=ns(e,this.size,2);i.uniform2fv(this.addr,t)}function $0(i,e){let t=ns(e,this.size,3);i.uniform3fv(this.addr,t)}function Y0(i,e){let t=ns(e,this.size,4);i.uniform4fv(this.addr,t)}function Z0(i,e){let t=ns(e,this.size,4);i.uniformMatrix2fv(this.addr,!1,t)}function J0(i,e){let t=ns(e,this.size,9);i.uniformMatrix3fv(this.addr,!1,t)}function j0(i,e){let t=ns(e,this.size,16);i.uniformMatrix4fv(this.addr,!1,t)}function K0(i,e){i.uniform1iv(this.addr,e)}function Q0(i,e){i.uniform2iv(this.addr,e)}function ex(i,e){i.uniform3iv(this.addr,e)}function tx(i,e){i.uniform4iv(this.addr,e)}function nx(i,e){i.uniform1uiv(this.addr,e)}function ix(i,e){i.uniform2uiv(this.addr,e)}function sx(i,e){i.uniform3uiv(this.addr,e)}function rx(i,e){i.uniform4uiv(this.addr,e)}function ax(i,e,t){let n=this.cache,s=e.length,r=so(t,s);yt(n,r)||(i.uniform1iv(this.addr,r),_t(n,r));let a;this.type===i.SAMPLER_2D_SHADOW?a=ro(rd):a=sd;for(let o=0;o!==s;++o)t.setTexture2D(e[o]||a,r[o])}function ox(i,e,t){let n=this.cache,s=e.length,r=so(t,s);yt(n,r)||(i.uniform1iv(this.addr,r),_t(n,r));for(let a=0;a!==s;++a)t.setTexture3D(e[a]||ld,r[a])}function lx(i,e,t){let n=this.cache,s=e.length,r=so(t,s);yt(n,r)||(i.uniform1iv(this.addr,r),_t(n,r));let a;this.type===i.SAMPLER_CUBE_SHADOW?a=ro(ad):a=cd;for(let o=0;o!==s;++o)t.setTextureCube(e[o]||a,r[o])}function cx(i,e,t){let n=this.cache,s=e.length,r=so(t,s);yt(n,r)||(i.uniform1iv(this.addr,r),_t(n,r));for(let a=0;a!==s;++a)t.setTexture2DArray(e[a]||od,r[a])}function ux(i){switch(i){case 5126:return X0;case 35664:return q0;case 35665:return $0;case 35666:return Y0;case 35674:return Z0;case 35675:return J0;case 35676:return j0;case 5124:case 35670:return K0;case 35667:case 35671:return Q0;case 35668:case 35672:return ex;case 35669:case 35673:return tx;case 5125:return nx;case 36294:return ix;case 36295:return sx;case 36296:return rx;case 35678:case 36198:case 36298:case 36306:case 35682:return ax;case 35679:case 36299:case 36307:return ox;case 35680:case 36300:case 36308:case 36293:return lx;case 36289:case 36303:case 36311:case 36292:return cx}}var tc=class{constructor(e,t,n){this.id=e,this.addr=n,this.cache=[],this.type=t.type,this.setValue=W0(t.type)}},nc=class{constructor(e,t,n){this.id=e,this.addr=n,this.cache=[],this.type=t.type,this.size=t.size,this.setValue=ux(t.type)}},ic=class{constructor(e){this.id=e,this.seq=[],this.map={}}setValue(e,t,n){let s=this.seq;for(let r=0,a=s.length;r!==a;++r){let o=s[r];o.setValue(e,t[o.id],n)}}},Ql=/(\w+)(\])?(\[|\.)?/g;function Gh(i,e){i.seq.push(e),i.map[e.id]=e}function hx(i,e,t){let n=i.name,s=n.length;for(Ql.lastIndex=0;;){let r=Ql.exec(n),a=Ql.lastIndex,o=r[1],c=r[2]==="]",l=r[3];if(c&&(o=o|0),l===void 0||l==="["&&a+2===s){Gh(t,l===void 0?new tc(o,i,e):new nc(o,i,e));break}else{let d=t.map[o];d===void 0&&(d=new ic(o),Gh(t,d)),t=d}}}var ts=class{constructor(e,t){this.seq=[],this.map={};let n=e.getProgramParameter(t,e.ACTIVE_UNIFORMS);for(let a=0;a<n;++a){let o=e.getActiveUniform(t,a),c=e.getUniformLocation(t,o.name);hx(o,c,this)}let s=[],r=[];for(let a of this.seq)a.type===e.SAMPLER_2D_SHADOW||a.type===e.SAMPLER_CUBE_SHADOW||a.type===e.SAMPLER_2D_ARRAY_SHADOW?s.push(a):r.push(a);s.length>0&&(this.seq=s.concat(r))}setValue(e,t,n,s){let r=this.map[t];r!==void 0&&r.setValue(e,n,s)}setOptional(e,t,n){let s=t[n];s!==void 0&&this.setValue(e,n,s)}static upload(e,t,n,s){for(let r=0,a=t.length;r!==a;++r){let o=t[r],c=n[o.id];c.needsUpdate!==!1&&o.setValue(e,c.value,s)}}static seqWithValue(e,t){let n=[];for(let s=0,r=e.length;s!==r;++s){let a=e[s];a.id in t&&n.push(a)}return n}};function Hh(i,e,t){let n=i.createShader(e);return i.shaderSource(n,t),i.compileShader(n),n}var dx=37297,fx=0;function px(i,e){let t=i.split(`
`),n=[],s=Math.max(e-6,0),r=Math.min(e+6,t.length);for(let a=s;a<r;a++){let o=a+1;n.push(`${o===e?">":" "} ${o}: ${t[a]}`)}return n.join(`
`)}var Wh=new Fe;function mx(i){$e._getMatrix(Wh,$e.workingColorSpace,i);let e=`mat3( ${Wh.elements.map(t=>t.toFixed(4))} )`;switch($e.getTransfer(i)){case bs:return[e,"LinearTransferOETF"];case Ke:return[e,"sRGBTransferOETF"];default:return Ne("WebGLProgram: Unsupported color space: ",i),[e,"LinearTransferOETF"]}}function Xh(i,e,t){let n=i.getShaderParameter(e,i.COMPILE_STATUS),r=(i.getShaderInfoLog(e)||"").trim();if(n&&r==="")return"";let a=/ERROR: 0:(\d+)/.exec(r);if(a){let o=parseInt(a[1]);return t.toUpperCase()+`

`+r+`

`+px(i.getShaderSource(e),o)}else return r}function gx(i,e){let t=mx(e);return[`vec4 ${i}( vec4 value ) {`,`	return ${t[1]}( vec4( ${t[0]} * value.rgb, value.a ) );`,"}"].join(`
`)}var xx={[Ml]:"Linear",[wl]:"Reinhard",[Al]:"Cineon",[El]:"ACESFilmic",[Cl]:"AgX",[Rl]:"Neutral",[Tl]:"Custom"};function yx(i,e){let t=xx[e];return t===void 0?(Ne("WebGLProgram: Unsupported toneMapping:",e),"vec3 "+i+"( vec3 color ) { return LinearToneMapping( color ); }"):"vec3 "+i+"( vec3 color ) { return "+t+"ToneMapping( color ); }"}var to=new X;function _x(){$e.getLuminanceCoefficients(to);let i=to.x.toFixed(4),e=to.y.toFixed(4),t=to.z.toFixed(4);return["float luminance( const in vec3 rgb ) {",`	const vec3 weights = vec3( ${i}, ${e}, ${t} );`,"	return dot( weights, rgb );","}"].join(`
`)}function vx(i){return[i.extensionClipCullDistance?"#extension GL_ANGLE_clip_cull_distance : require":"",i.extensionMultiDraw?"#extension GL_ANGLE_multi_draw : require":""].filter(Ys).join(`
`)}function bx(i){let e=[];for(let t in i){let n=i[t];n!==!1&&e.push("#define "+t+" "+n)}return e.join(`
`)}function Sx(i,e){let t={},n=i.getProgramParameter(e,i.ACTIVE_ATTRIBUTES);for(let s=0;s<n;s++){let r=i.getActiveAttrib(e,s),a=r.name,o=1;r.type===i.FLOAT_MAT2&&(o=2),r.type===i.FLOAT_MAT3&&(o=3),r.type===i.FLOAT_MAT4&&(o=4),t[a]={type:r.type,location:i.getAttribLocation(e,a),locationSize:o}}return t}function Ys(i){return i!==""}function qh(i,e){let t=e.numSpotLightShadows+e.numSpotLightMaps-e.numSpotLightShadowsWithMaps;return i.replace(/NUM_SUN_LIGHTS/g,e.numSunLights).replace(/NUM_DIR_LIGHTS/g,e.numDirLights).replace(/NUM_SPOT_LIGHTS/g,e.numSpotLights).replace(/NUM_SPOT_LIGHT_MAPS/g,e.numSpotLightMaps).replace(/NUM_SPOT_LIGHT_COORDS/g,t).replace(/NUM_RECT_AREA_LIGHTS/g,e.numRectAreaLights).replace(/NUM_POINT_LIGHTS/g,e.numPointLights).replace(/NUM_HEMI_LIGHTS/g,e.numHemiLights).replace(/NUM_SUN_LIGHT_SHADOWS/g,e.numSunLightShadows).replace(/NUM_DIR_LIGHT_SHADOWS/g,e.numDirLightShadows).replace(/NUM_SPOT_LIGHT_SHADOWS_WITH_MAPS/g,e.numSpotLightShadowsWithMaps).replace(/NUM_SPOT_LIGHT_SHADOWS/g,e.numSpotLightShadows).replace(/NUM_POINT_LIGHT_SHADOWS/g,e.numPointLightShadows).replace(/NUM_LIGHT_PROBE_GRIDS/g,e.numLightProbeGrids)}function $h(i,e){return i.replace(/NUM_CLIPPING_PLANES/g,e.numClippingPlanes).replace(/UNION_CLIPPING_PLANES/g,e.numClippingPlanes-e.numClipIntersection)}var Mx=/^[ \t]*#include +<([\w\d./]+)>/gm;function sc(i){return i.replace(Mx,wx)}function wx(i,e){let t=Ve[e];if(t===void 0)throw new Error("THREE.WebGLProgram: Can not resolve #include <"+e+">");return sc(t)}var Ax=/#pragma unroll_loop_start\s+for\s*\(\s*int\s+i\s*=\s*(\d+)\s*;\s*i\s*<\s*(\d+)\s*;\s*i\s*\+\+\s*\)\s*{([\s\S]+?)}\s+#pragma unroll_loop_end/g;function Yh(i){return i.replace(Ax,Ex)}function Ex(i,e,t,n){let s="";for(let r=parseInt(e);r<parseInt(t);r++)s+=n.replace(/\[\s*i\s*\]/g,"[ "+r+" ]").replace(/UNROLLED_LOOP_INDEX/g,r);return s}function Zh(i){let e=`precision ${i.precision} float;
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
#define LOW_PRECISION`),e}var Tx={[Os]:"SHADOWMAP_TYPE_PCF",[ji]:"SHADOWMAP_TYPE_VSM"};function Cx(i){return Tx[i.shadowMapType]||"SHADOWMAP_TYPE_BASIC"}var Rx={[Qi]:"ENVMAP_MODE_REFRACTION"};function Px(i){return i.envMap===!1?"ENVMAP_MODE_REFLECTION":Rx[i.envMapMode]||"ENVMAP_MODE_REFLECTION"}var Ix={[Sl]:"ENVMAP_BLENDING_MULTIPLY",[dh]:"ENVMAP_BLENDING_MIX",[fh]:"ENVMAP_BLENDING_ADD"};function Lx(i){return i.envMap===!1?"ENVMAP_BLENDING_NONE":Ix[i.combine]||"ENVMAP_BLENDING_NONE"}function Nx(i,e,t,n){let s=i.getContext(),r=t.defines,a=t.vertexShader,o=t.fragmentShader,c=Cx(t),l=t.envMapPMREM===!0?"ENVMAP_TYPE_PMREM":"ENVMAP_TYPE_CUBE",u=Px(t),d=Lx(t),h=vx(t),f=bx(r),g=s.createProgram(),y,m,p=t.glslVersion?"#version "+t.glslVersion+`
`:"";t.isRawShaderMaterial?(y=["#define SHADER_TYPE "+t.shaderType,"#define SHADER_NAME "+t.shaderName,f].filter(Ys).join(`
`),y.length>0&&(y+=`
`),m=["#define SHADER_TYPE "+t.shaderType,"#define SHADER_NAME "+t.shaderName,f].filter(Ys).join(`
`),m.length>0&&(m+=`
`)):(y=[Zh(t),"#define SHADER_TYPE "+t.shaderType,"#define SHADER_NAME "+t.shaderName,f,t.extensionClipCullDistance?"#define USE_CLIP_DISTANCE":"",t.batching?"#define USE_BATCHING":"",t.batchingColor?"#define USE_BATCHING_COLOR":"",t.instancing?"#define USE_INSTANCING":"",t.instancingColor?"#define USE_INSTANCING_COLOR":"",t.instancingMorph?"#define USE_INSTANCING_MORPH":"",t.useFog&&t.fog?"#define USE_FOG":"",t.useFog&&t.fogExp2?"#define FOG_EXP2":"",t.map?"#define USE_MAP":"",t.envMap?"#define USE_ENVMAP":"",t.envMap?"#define "+u:"",t.lightMap?"#define USE_LIGHTMAP":"",t.aoMap?"#define USE_AOMAP":"",t.bumpMap?"#define USE_BUMPMAP":"",t.normalMap?"#define USE_NORMALMAP":"",t.normalMapObjectSpace?"#define USE_NORMALMAP_OBJECTSPACE":"",t.normalMapTangentSpace?"#define USE_NORMALMAP_TANGENTSPACE":"",t.displacementMap?"#define USE_DISPLACEMENTMAP":"",t.emissiveMap?"#define USE_EMISSIVEMAP":"",t.anisotropy?"#define USE_ANISOTROPY":"",t.anisotropyMap?"#define USE_ANISOTROPYMAP":"",t.clearcoatMap?"#define USE_CLEARCOATMAP":"",t.clearcoatRoughnessMap?"#define USE_CLEARCOAT_ROUGHNESSMAP":"",t.clearcoatNormalMap?"#define USE_CLEARCOAT_NORMALMAP":"",t.diffuseRoughnessMap?"#define USE_DIFFUSE_ROUGHNESSMAP":"",t.iridescenceMap?"#define USE_IRIDESCENCEMAP":"",t.iridescenceThicknessMap?"#define USE_IRIDESCENCE_THICKNESSMAP":"",t.specularMap?"#define USE_SPECULARMAP":"",t.specularColorMap?"#define USE_SPECULAR_COLORMAP":"",t.specularIntensityMap?"#define USE_SPECULAR_INTENSITYMAP":"",t.roughnessMap?"#define USE_ROUGHNESSMAP":"",t.metalnessMap?"#define USE_METALNESSMAP":"",t.alphaMap?"#define USE_ALPHAMAP":"",t.alphaHash?"#define USE_ALPHAHASH":"",t.transmission?"#define USE_TRANSMISSION":"",t.transmissionMap?"#define USE_TRANSMISSIONMAP":"",t.thicknessMap?"#define USE_THICKNESSMAP":"",t.sheenColorMap?"#define USE_SHEEN_COLORMAP":"",t.sheenRoughnessMap?"#define USE_SHEEN_ROUGHNESSMAP":"",t.mapUv?"#define MAP_UV "+t.mapUv:"",t.alphaMapUv?"#define ALPHAMAP_UV "+t.alphaMapUv:"",t.lightMapUv?"#define LIGHTMAP_UV "+t.lightMapUv:"",t.aoMapUv?"#define AOMAP_UV "+t.aoMapUv:"",t.emissiveMapUv?"#define EMISSIVEMAP_UV "+t.emissiveMapUv:"",t.bumpMapUv?"#define BUMPMAP_UV "+t.bumpMapUv:"",t.normalMapUv?"#define NORMALMAP_UV "+t.normalMapUv:"",t.displacementMapUv?"#define DISPLACEMENTMAP_UV "+t.displacementMapUv:"",t.metalnessMapUv?"#define METALNESSMAP_UV "+t.metalnessMapUv:"",t.roughnessMapUv?"#define ROUGHNESSMAP_UV "+t.roughnessMapUv:"",t.anisotropyMapUv?"#define ANISOTROPYMAP_UV "+t.anisotropyMapUv:"",t.clearcoatMapUv?"#define CLEARCOATMAP_UV "+t.clearcoatMapUv:"",t.clearcoatNormalMapUv?"#define CLEARCOAT_NORMALMAP_UV "+t.clearcoatNormalMapUv:"",t.clearcoatRoughnessMapUv?"#define CLEARCOAT_ROUGHNESSMAP_UV "+t.clearcoatRoughnessMapUv:"",t.diffuseRoughnessMapUv?"#define DIFFUSE_ROUGHNESSMAP_UV "+t.diffuseRoughnessMapUv:"",t.iridescenceMapUv?"#define IRIDESCENCEMAP_UV "+t.iridescenceMapUv:"",t.iridescenceThicknessMapUv?"#define IRIDESCENCE_THICKNESSMAP_UV "+t.iridescenceThicknessMapUv:"",t.sheenColorMapUv?"#define SHEEN_COLORMAP_UV "+t.sheenColorMapUv:"",t.sheenRoughnessMapUv?"#define SHEEN_ROUGHNESSMAP_UV "+t.sheenRoughnessMapUv:"",t.specularMapUv?"#define SPECULARMAP_UV "+t.specularMapUv:"",t.specularColorMapUv?"#define SPECULAR_COLORMAP_UV "+t.specularColorMapUv:"",t.specularIntensityMapUv?"#define SPECULAR_INTENSITYMAP_UV "+t.specularIntensityMapUv:"",t.transmissionMapUv?"#define TRANSMISSIONMAP_UV "+t.transmissionMapUv:"",t.thicknessMapUv?"#define THICKNESSMAP_UV "+t.thicknessMapUv:"",t.vertexTangents&&t.flatShading===!1?"#define USE_TANGENT":"",t.vertexNormals?"#define HAS_NORMAL":"",t.vertexColors?"#define USE_COLOR":"",t.vertexAlphas?"#define USE_COLOR_ALPHA":"",t.vertexUv1s?"#define USE_UV1":"",t.vertexUv2s?"#define USE_UV2":"",t.vertexUv3s?"#define USE_UV3":"",t.pointsUvs?"#define USE_POINTS_UV":"",t.flatShading?"#define FLAT_SHADED":"",t.skinning?"#define USE_SKINNING":"",t.morphTargets?"#define USE_MORPHTARGETS":"",t.morphNormals&&t.flatShading===!1?"#define USE_MORPHNORMALS":"",t.morphColors?"#define USE_MORPHCOLORS":"",t.morphTargetsCount>0?"#define MORPHTARGETS_TEXTURE_STRIDE "+t.morphTextureStride:"",t.morphTargetsCount>0?"#define MORPHTARGETS_COUNT "+t.morphTargetsCount:"",t.doubleSided?"#define DOUBLE_SIDED":"",t.flipSided?"#define FLIP_SIDED":"",t.shadowMapEnabled?"#define USE_SHADOWMAP":"",t.shadowMapEnabled?"#define "+c:"",t.sizeAttenuation?"#define USE_SIZEATTENUATION":"",t.numLightProbes>0?"#define USE_LIGHT_PROBES":"",t.logarithmicDepthBuffer?"#define USE_LOGARITHMIC_DEPTH_BUFFER":"",t.reversedDepthBuffer?"#define USE_REVERSED_DEPTH_BUFFER":"","uniform mat4 modelMatrix;","uniform mat4 modelViewMatrix;","uniform mat4 projectionMatrix;","uniform mat4 viewMatrix;","uniform mat3 normalMatrix;","uniform vec3 cameraPosition;","uniform bool isOrthographic;","#ifdef USE_INSTANCING","	attribute mat4 instanceMatrix;","#endif","#ifdef USE_INSTANCING_COLOR","	attribute vec3 instanceColor;","#endif","#ifdef USE_INSTANCING_MORPH","	uniform sampler2D morphTexture;","#endif","attribute vec3 position;","attribute vec3 normal;","attribute vec2 uv;","#ifdef USE_UV1","	attribute vec2 uv1;","#endif","#ifdef USE_UV2","	attribute vec2 uv2;","#endif","#ifdef USE_UV3","	attribute vec2 uv3;","#endif","#ifdef USE_TANGENT","	attribute vec4 tangent;","#endif","#if defined( USE_COLOR_ALPHA )","	attribute vec4 color;","#elif defined( USE_COLOR )","	attribute vec3 color;","#endif","#ifdef USE_SKINNING","	attribute vec4 skinIndex;","	attribute vec4 skinWeight;","#endif",`
`].filter(Ys).join(`
`),m=[Zh(t),"#define SHADER_TYPE "+t.shaderType,"#define SHADER_NAME "+t.shaderName,f,t.useFog&&t.fog?"#define USE_FOG":"",t.useFog&&t.fogExp2?"#define FOG_EXP2":"",t.alphaToCoverage?"#define ALPHA_TO_COVERAGE":"",t.map?"#define USE_MAP":"",t.matcap?"#define USE_MATCAP":"",t.envMap?"#define USE_ENVMAP":"",t.envMap?"#define "+l:"",t.envMap?"#define "+u:"",t.envMap?"#define "+d:"",t.envMapPMREM?"#define ENVMAP_MAX_LOD "+t.envMapMaxLod+".0":"",t.envMapPMREM?"#define ENVMAP_SIZE "+t.envMapSize+".0":"",t.lightMap?"#define USE_LIGHTMAP":"",t.aoMap?"#define USE_AOMAP":"",t.bumpMap?"#define USE_BUMPMAP":"",t.normalMap?"#define USE_NORMALMAP":"",t.normalMapObjectSpace?"#define USE_NORMALMAP_OBJECTSPACE":"",t.normalMapTangentSpace?"#define USE_NORMALMAP_TANGENTSPACE":"",t.packedNormalMap?"#define USE_PACKED_NORMALMAP":"",t.emissiveMap?"#define USE_EMISSIVEMAP":"",t.anisotropy?"#define USE_ANISOTROPY":"",t.anisotropyMap?"#define USE_ANISOTROPYMAP":"",t.clearcoat?"#define USE_CLEARCOAT":"",t.clearcoatMap?"#define USE_CLEARCOATMAP":"",t.clearcoatRoughnessMap?"#define USE_CLEARCOAT_ROUGHNESSMAP":"",t.clearcoatNormalMap?"#define USE_CLEARCOAT_NORMALMAP":"",t.diffuseRoughness?"#define USE_DIFFUSE_ROUGHNESS":"",t.diffuseRoughnessMap?"#define USE_DIFFUSE_ROUGHNESSMAP":"",t.dispersion?"#define USE_DISPERSION":"",t.retroreflection?"#define USE_RETROREFLECTION":"",t.iridescence?"#define USE_IRIDESCENCE":"",t.iridescenceMap?"#define USE_IRIDESCENCEMAP":"",t.iridescenceThicknessMap?"#define USE_IRIDESCENCE_THICKNESSMAP":"",t.specularMap?"#define USE_SPECULARMAP":"",t.specularColorMap?"#define USE_SPECULAR_COLORMAP":"",t.specularIntensityMap?"#define USE_SPECULAR_INTENSITYMAP":"",t.roughnessMap?"#define USE_ROUGHNESSMAP":"",t.metalnessMap?"#define USE_METALNESSMAP":"",t.alphaMap?"#define USE_ALPHAMAP":"",t.alphaTest?"#define USE_ALPHATEST":"",t.alphaHash?"#define USE_ALPHAHASH":"",t.sheen?"#define USE_SHEEN":"",t.sheenColorMap?"#define USE_SHEEN_COLORMAP":"",t.sheenRoughnessMap?"#define USE_SHEEN_ROUGHNESSMAP":"",t.transmission?"#define USE_TRANSMISSION":"",t.transmissionMap?"#define USE_TRANSMISSIONMAP":"",t.thicknessMap?"#define USE_THICKNESSMAP":"",t.vertexTangents&&t.flatShading===!1?"#define USE_TANGENT":"",t.vertexColors||t.instancingColor?"#define USE_COLOR":"",t.vertexAlphas||t.batchingColor?"#define USE_COLOR_ALPHA":"",t.vertexUv1s?"#define USE_UV1":"",t.vertexUv2s?"#define USE_UV2":"",t.vertexUv3s?"#define USE_UV3":"",t.pointsUvs?"#define USE_POINTS_UV":"",t.gradientMap?"#define USE_GRADIENTMAP":"",t.flatShading?"#define FLAT_SHADED":"",t.doubleSided?"#define DOUBLE_SIDED":"",t.flipSided?"#define FLIP_SIDED":"",t.shadowMapEnabled?"#define USE_SHADOWMAP":"",t.shadowMapEnabled?"#define "+c:"",t.premultipliedAlpha?"#define PREMULTIPLIED_ALPHA":"",t.numLightProbes>0?"#define USE_LIGHT_PROBES":"",t.decodeVideoTexture?"#define DECODE_VIDEO_TEXTURE":"",t.decodeVideoTextureEmissive?"#define DECODE_VIDEO_TEXTURE_EMISSIVE":"",t.logarithmicDepthBuffer?"#define USE_LOGARITHMIC_DEPTH_BUFFER":"",t.reversedDepthBuffer?"#define USE_REVERSED_DEPTH_BUFFER":"","uniform mat4 viewMatrix;","uniform vec3 cameraPosition;","uniform bool isOrthographic;",t.toneMapping!==Sn?"#define TONE_MAPPING":"",t.toneMapping!==Sn?Ve.tonemapping_pars_fragment:"",t.toneMapping!==Sn?yx("toneMapping",t.toneMapping):"",t.dithering?"#define DITHERING":"",t.opaque?"#define OPAQUE":"",Ve.colorspace_pars_fragment,gx("linearToOutputTexel",t.outputColorSpace),_x(),t.useDepthPacking?"#define DEPTH_PACKING "+t.depthPacking:"",`
`].filter(Ys).join(`
`)),a=sc(a),a=qh(a,t),a=$h(a,t),o=sc(o),o=qh(o,t),o=$h(o,t),a=Yh(a),o=Yh(o),t.isRawShaderMaterial!==!0&&(p=`#version 300 es
`,y=[h,"#define attribute in","#define varying out","#define texture2D texture"].join(`
`)+`
`+y,m=["#define varying in",t.glslVersion===Xs?"":"layout(location = 0) out highp vec4 pc_fragColor;",t.glslVersion===Xs?"":"#define gl_FragColor pc_fragColor","#define gl_FragDepthEXT gl_FragDepth","#define texture2D texture","#define textureCube texture","#define texture2DProj textureProj","#define texture2DLodEXT textureLod","#define texture2DProjLodEXT textureProjLod","#define textureCubeLodEXT textureLod","#define texture2DGradEXT textureGrad","#define texture2DProjGradEXT textureProjGrad","#define textureCubeGradEXT textureGrad"].join(`
`)+`
`+m);let _=p+y+a,S=p+m+o,v=Hh(s,s.VERTEX_SHADER,_),A=Hh(s,s.FRAGMENT_SHADER,S);s.attachShader(g,v),s.attachShader(g,A),t.index0AttributeName!==void 0?s.bindAttribLocation(g,0,t.index0AttributeName):t.hasPositionAttribute===!0&&s.bindAttribLocation(g,0,"position"),s.linkProgram(g);function w(F){if(i.debug.checkShaderErrors){let R=s.getProgramInfoLog(g)||"",L=s.getShaderInfoLog(v)||"",k=s.getShaderInfoLog(A)||"",P=R.trim(),H=L.trim(),J=k.trim(),W=!0,se=!0;if(s.getProgramParameter(g,s.LINK_STATUS)===!1)if(W=!1,typeof i.debug.onShaderError=="function")i.debug.onShaderError(s,g,v,A);else{let Y=Xh(s,v,"vertex"),te=Xh(s,A,"fragment");De("WebGLProgram: Shader Error "+s.getError()+" - VALIDATE_STATUS "+s.getProgramParameter(g,s.VALIDATE_STATUS)+`

Material Name: `+F.name+`
Material Type: `+F.type+`

Program Info Log: `+P+`
`+Y+`
`+te)}else P!==""?Ne("WebGLProgram: Program Info Log:",P):(H===""||J==="")&&(se=!1);se&&(F.diagnostics={runnable:W,programLog:P,vertexShader:{log:H,prefix:y},fragmentShader:{log:J,prefix:m}})}s.deleteShader(v),s.deleteShader(A),x=new ts(s,g),E=Sx(s,g)}let x;this.getUniforms=function(){return x===void 0&&w(this),x};let E;this.getAttributes=function(){return E===void 0&&w(this),E};let B=t.rendererExtensionParallelShaderCompile===!1;return this.isReady=function(){return B===!1&&(B=s.getProgramParameter(g,dx)),B},this.destroy=function(){n.releaseStatesOfProgram(this),s.deleteProgram(g),this.program=void 0},this.type=t.shaderType,this.name=t.shaderName,this.id=fx++,this.cacheKey=e,this.usedTimes=1,this.program=g,this.vertexShader=v,this.fragmentShader=A,this}var Dx=0,rc=class{constructor(){this.shaderCache=new Map,this.materialCache=new Map}update(e,t,n){let s=this._getShaderCacheForMaterial(e);return s.has(t)===!1&&(s.add(t),t.usedTimes++),s.has(n)===!1&&(s.add(n),n.usedTimes++),this}remove(e){let t=this.materialCache.get(e);for(let n of t)n.usedTimes--,n.usedTimes===0&&this.shaderCache.delete(n.code);return this.materialCache.delete(e),this}getVertexShaderStage(e){return this._getShaderStage(e.vertexShader)}getFragmentShaderStage(e){return this._getShaderStage(e.fragmentShader)}dispose(){this.shaderCache.clear(),this.materialCache.clear()}_getShaderCacheForMaterial(e){let t=this.materialCache,n=t.get(e);return n===void 0&&(n=new Set,t.set(e,n)),n}_getShaderStage(e){let t=this.shaderCache,n=t.get(e);return n===void 0&&(n=new ac(e),t.set(e,n)),n}},ac=class{constructor(e){this.id=Dx++,this.code=e,this.usedTimes=0}};function Fx(i){return i===ni||i===Hs||i===Ws}function Ux(i,e,t,n,s,r){let a=new As,o=new rc,c=new Set,l=[],u=new Map,d=n.logarithmicDepthBuffer,h={MeshDepthMaterial:"depth",MeshDistanceMaterial:"distance",MeshNormalMaterial:"normal",MeshBasicMaterial:"basic",MeshLambertMaterial:"lambert",MeshPhongMaterial:"phong",MeshToonMaterial:"toon",MeshStandardMaterial:"physical",MeshPhysicalMaterial:"physical",MeshMatcapMaterial:"matcap",LineBasicMaterial:"basic",LineDashedMaterial:"dashed",PointsMaterial:"points",ShadowMaterial:"shadow",SpriteMaterial:"sprite"};function f(x){return c.add(x),x===0?"uv":`uv${x}`}function g(x,E,B,F,R,L){let k=F.fog,P=R.geometry,H=x.isMeshStandardMaterial||x.isMeshLambertMaterial||x.isMeshPhongMaterial?F.environment:null,J=x.isMeshStandardMaterial||x.isMeshLambertMaterial&&!x.envMap||x.isMeshPhongMaterial&&!x.envMap,W=e.get(x.envMap||H,J),se=h[x.type],Y=n.precision;x.precision!==null&&(Y=n.getMaxPrecision(x.precision),Y!==x.precision&&Ne("WebGLProgram.getParameters:",x.precision,"not supported, using",Y,"instead."));let te=P.morphAttributes.position||P.morphAttributes.normal||P.morphAttributes.color,re=te!==void 0?te.length:0,Se=0;P.morphAttributes.position!==void 0&&(Se=1),P.morphAttributes.normal!==void 0&&(Se=2),P.morphAttributes.color!==void 0&&(Se=3);let U,D,Z,ae;if(se){let _e=wn[se];U=_e.vertexShader,D=_e.fragmentShader}else{U=x.vertexShader,D=x.fragmentShader;let _e=o.getVertexShaderStage(x),Qe=o.getFragmentShaderStage(x);o.update(x,_e,Qe),Z=_e.id,ae=Qe.id}let ce=i.getRenderTarget(),ie=i.state.buffers.depth.getReversed(),Te=R.isInstancedMesh===!0,Pe=R.isBatchedMesh===!0,Ee=!!x.map,Ge=!!x.matcap,et=!!W,We=et&&W.isPMREMTexture===!0,wt=!!x.aoMap,mt=!!x.lightMap,Bt=!!x.bumpMap&&x.wireframe===!1,lt=!!x.normalMap,mn=!!x.displacementMap,vt=!!x.emissiveMap,Zt=!!x.metalnessMap,Jt=!!x.roughnessMap,jt=x.anisotropy>0,O=x.clearcoat>0,Kt=x.diffuseRoughness>0,at=x.dispersion>0,ot=x.retroreflectivity>0,ye=x.iridescence>0,gt=x.sheen>0,Le=x.transmission>0,Ue=jt&&!!x.anisotropyMap,T=O&&!!x.clearcoatMap,b=O&&!!x.clearcoatNormalMap,V=O&&!!x.clearcoatRoughnessMap,oe=Kt&&!!x.diffuseRoughnessMap,ne=ye&&!!x.iridescenceMap,he=ye&&!!x.iridescenceThicknessMap,ge=gt&&!!x.sheenColorMap,K=gt&&!!x.sheenRoughnessMap,Q=!!x.specularMap,fe=!!x.specularColorMap,I=!!x.specularIntensityMap,ee=Le&&!!x.transmissionMap,j=Le&&!!x.thicknessMap,pe=!!x.gradientMap,ue=!!x.alphaMap,de=x.alphaTest>0,Re=!!x.alphaHash,ze=!!x.extensions,le=Sn;x.toneMapped&&(ce===null||ce.isXRRenderTarget===!0)&&(le=i.toneMapping);let Ie=We?W.isCompressedCubeTexture?W.image[0].mipmaps:W.mipmaps:null,ke={shaderID:se,shaderType:x.type,shaderName:x.name,vertexShader:U,fragmentShader:D,defines:x.defines,customVertexShaderID:Z,customFragmentShaderID:ae,isRawShaderMaterial:x.isRawShaderMaterial===!0,glslVersion:x.glslVersion,precision:Y,batching:Pe,batchingColor:Pe&&R._colorsTexture!==null,instancing:Te,instancingColor:Te&&R.instanceColor!==null,instancingMorph:Te&&R.morphTexture!==null,outputColorSpace:ce===null?i.outputColorSpace:ce.isXRRenderTarget===!0?ce.texture.colorSpace:$e.workingColorSpace,alphaToCoverage:!!x.alphaToCoverage,map:Ee,matcap:Ge,envMap:et,envMapMode:et&&W.mapping,envMapPMREM:We,envMapMaxLod:We?Ie.length-1:null,envMapSize:We?Ie[0].width:null,aoMap:wt,lightMap:mt,bumpMap:Bt,normalMap:lt,displacementMap:mn,emissiveMap:vt,normalMapObjectSpace:lt&&x.normalMapType===gh,normalMapTangentSpace:lt&&x.normalMapType===Bl,packedNormalMap:lt&&x.normalMapType===Bl&&Fx(x.normalMap.format),metalnessMap:Zt,roughnessMap:Jt,anisotropy:jt,anisotropyMap:Ue,clearcoat:O,clearcoatMap:T,clearcoatNormalMap:b,clearcoatRoughnessMap:V,diffuseRoughness:Kt,diffuseRoughnessMap:oe,dispersion:at,retroreflection:ot,iridescence:ye,iridescenceMap:ne,iridescenceThicknessMap:he,sheen:gt,sheenColorMap:ge,sheenRoughnessMap:K,specularMap:Q,specularColorMap:fe,specularIntensityMap:I,transmission:Le,transmissionMap:ee,thicknessMap:j,gradientMap:pe,opaque:x.transparent===!1&&x.blending===Ki&&x.alphaToCoverage===!1,alphaMap:ue,alphaTest:de,alphaHash:Re,combine:x.combine,mapUv:Ee&&f(x.map.channel),aoMapUv:wt&&f(x.aoMap.channel),lightMapUv:mt&&f(x.lightMap.channel),bumpMapUv:Bt&&f(x.bumpMap.channel),normalMapUv:lt&&f(x.normalMap.channel),displacementMapUv:mn&&f(x.displacementMap.channel),emissiveMapUv:vt&&f(x.emissiveMap.channel),metalnessMapUv:Zt&&f(x.metalnessMap.channel),roughnessMapUv:Jt&&f(x.roughnessMap.channel),anisotropyMapUv:Ue&&f(x.anisotropyMap.channel),clearcoatMapUv:T&&f(x.clearcoatMap.channel),clearcoatNormalMapUv:b&&f(x.clearcoatNormalMap.channel),clearcoatRoughnessMapUv:V&&f(x.clearcoatRoughnessMap.channel),diffuseRoughnessMapUv:oe&&f(x.diffuseRoughnessMap.channel),iridescenceMapUv:ne&&f(x.iridescenceMap.channel),iridescenceThicknessMapUv:he&&f(x.iridescenceThicknessMap.channel),sheenColorMapUv:ge&&f(x.sheenColorMap.channel),sheenRoughnessMapUv:K&&f(x.sheenRoughnessMap.channel),specularMapUv:Q&&f(x.specularMap.channel),specularColorMapUv:fe&&f(x.specularColorMap.channel),specularIntensityMapUv:I&&f(x.specularIntensityMap.channel),transmissionMapUv:ee&&f(x.transmissionMap.channel),thicknessMapUv:j&&f(x.thicknessMap.channel),alphaMapUv:ue&&f(x.alphaMap.channel),vertexTangents:!!P.attributes.tangent&&(lt||jt),vertexNormals:!!P.attributes.normal,vertexColors:x.vertexColors,vertexAlphas:x.vertexColors===!0&&!!P.attributes.color&&P.attributes.color.itemSize===4,pointsUvs:R.isPoints===!0&&!!P.attributes.uv&&(Ee||ue),fog:!!k,useFog:x.fog===!0,fogExp2:!!k&&k.isFogExp2,flatShading:x.wireframe===!1&&(x.flatShading===!0||P.attributes.normal===void 0&&lt===!1&&(x.isMeshLambertMaterial||x.isMeshPhongMaterial||x.isMeshStandardMaterial||x.isMeshPhysicalMaterial)),sizeAttenuation:x.sizeAttenuation===!0,logarithmicDepthBuffer:d,reversedDepthBuffer:ie,skinning:R.isSkinnedMesh===!0,hasPositionAttribute:P.attributes.position!==void 0,morphTargets:P.morphAttributes.position!==void 0,morphNormals:P.morphAttributes.normal!==void 0,morphColors:P.morphAttributes.color!==void 0,morphTargetsCount:re,morphTextureStride:Se,numSunLights:E.sun.length,numDirLights:E.directional.length,numPointLights:E.point.length,numSpotLights:E.spot.length,numSpotLightMaps:E.spotLightMap.length,numRectAreaLights:E.rectArea.length,numHemiLights:E.hemi.length,numSunLightShadows:E.sunShadowMap.length,numDirLightShadows:E.directionalShadowMap.length,numPointLightShadows:E.pointShadowMap.length,numSpotLightShadows:E.spotShadowMap.length,numSpotLightShadowsWithMaps:E.numSpotLightShadowsWithMaps,numLightProbes:E.numLightProbes,numLightProbeGrids:L.filter(_e=>_e.texture!==null).length,numClippingPlanes:r.numPlanes,numClipIntersection:r.numIntersection,dithering:x.dithering,shadowMapEnabled:i.shadowMap.enabled&&B.length>0,shadowMapType:i.shadowMap.type,toneMapping:le,decodeVideoTexture:Ee&&x.map.isVideoTexture===!0&&$e.getTransfer(x.map.colorSpace)===Ke,decodeVideoTextureEmissive:vt&&x.emissiveMap.isVideoTexture===!0&&$e.getTransfer(x.emissiveMap.colorSpace)===Ke,premultipliedAlpha:x.premultipliedAlpha,doubleSided:x.side===bn,flipSided:x.side===Ot,useDepthPacking:x.depthPacking>=0,depthPacking:x.depthPacking||0,index0AttributeName:x.index0AttributeName,extensionClipCullDistance:ze&&x.extensions.clipCullDistance===!0&&t.has("WEBGL_clip_cull_distance"),extensionMultiDraw:(ze&&x.extensions.multiDraw===!0||Pe)&&t.has("WEBGL_multi_draw"),rendererExtensionParallelShaderCompile:t.has("KHR_parallel_shader_compile"),customProgramCacheKey:x.customProgramCacheKey()};return ke.vertexUv1s=c.has(1),ke.vertexUv2s=c.has(2),ke.vertexUv3s=c.has(3),c.clear(),ke}function y(x){let E=[];if(x.shaderID?E.push(x.shaderID):(E.push(x.customVertexShaderID),E.push(x.customFragmentShaderID)),x.defines!==void 0)for(let B in x.defines)E.push(B),E.push(x.defines[B]);return x.isRawShaderMaterial===!1&&(m(E,x),p(E,x),E.push(i.outputColorSpace)),E.push(x.customProgramCacheKey),E.join()}function m(x,E){x.push(E.precision),x.push(E.outputColorSpace),x.push(E.envMapMode),x.push(E.envMapPMREM),x.push(E.envMapMaxLod),x.push(E.envMapSize),x.push(E.mapUv),x.push(E.alphaMapUv),x.push(E.lightMapUv),x.push(E.aoMapUv),x.push(E.bumpMapUv),x.push(E.normalMapUv),x.push(E.displacementMapUv),x.push(E.emissiveMapUv),x.push(E.metalnessMapUv),x.push(E.roughnessMapUv),x.push(E.anisotropyMapUv),x.push(E.clearcoatMapUv),x.push(E.clearcoatNormalMapUv),x.push(E.clearcoatRoughnessMapUv),x.push(E.diffuseRoughnessMapUv),x.push(E.iridescenceMapUv),x.push(E.iridescenceThicknessMapUv),x.push(E.sheenColorMapUv),x.push(E.sheenRoughnessMapUv),x.push(E.specularMapUv),x.push(E.specularColorMapUv),x.push(E.specularIntensityMapUv),x.push(E.transmissionMapUv),x.push(E.thicknessMapUv),x.push(E.combine),x.push(E.fogExp2),x.push(E.sizeAttenuation),x.push(E.morphTargetsCount),x.push(E.numSunLights),x.push(E.numDirLights),x.push(E.numPointLights),x.push(E.numSpotLights),x.push(E.numSpotLightMaps),x.push(E.numHemiLights),x.push(E.numRectAreaLights),x.push(E.numSunLightShadows),x.push(E.numDirLightShadows),x.push(E.numPointLightShadows),x.push(E.numSpotLightShadows),x.push(E.numSpotLightShadowsWithMaps),x.push(E.numLightProbes),x.push(E.numLightProbeGrids),x.push(E.shadowMapType),x.push(E.toneMapping),x.push(E.numClippingPlanes),x.push(E.numClipIntersection),x.push(E.depthPacking)}function p(x,E){a.disableAll(),E.instancing&&a.enable(0),E.instancingColor&&a.enable(1),E.instancingMorph&&a.enable(2),E.matcap&&a.enable(3),E.envMap&&a.enable(4),E.normalMapObjectSpace&&a.enable(5),E.normalMapTangentSpace&&a.enable(6),E.clearcoat&&a.enable(7),E.iridescence&&a.enable(8),E.alphaTest&&a.enable(9),E.vertexColors&&a.enable(10),E.vertexAlphas&&a.enable(11),E.vertexUv1s&&a.enable(12),E.vertexUv2s&&a.enable(13),E.vertexUv3s&&a.enable(14),E.vertexTangents&&a.enable(15),E.anisotropy&&a.enable(16),E.alphaHash&&a.enable(17),E.batching&&a.enable(18),E.dispersion&&a.enable(19),E.retroreflection&&a.enable(24),E.diffuseRoughness&&a.enable(25),E.batchingColor&&a.enable(20),E.gradientMap&&a.enable(21),E.packedNormalMap&&a.enable(22),E.vertexNormals&&a.enable(23),x.push(a.mask),a.disableAll(),E.fog&&a.enable(0),E.useFog&&a.enable(1),E.flatShading&&a.enable(2),E.logarithmicDepthBuffer&&a.enable(3),E.reversedDepthBuffer&&a.enable(4),E.skinning&&a.enable(5),E.morphTargets&&a.enable(6),E.morphNormals&&a.enable(7),E.morphColors&&a.enable(8),E.premultipliedAlpha&&a.enable(9),E.shadowMapEnabled&&a.enable(10),E.doubleSided&&a.enable(11),E.flipSided&&a.enable(12),E.useDepthPacking&&a.enable(13),E.dithering&&a.enable(14),E.transmission&&a.enable(15),E.sheen&&a.enable(16),E.opaque&&a.enable(17),E.pointsUvs&&a.enable(18),E.decodeVideoTexture&&a.enable(19),E.decodeVideoTextureEmissive&&a.enable(20),E.alphaToCoverage&&a.enable(21),E.numLightProbeGrids>0&&a.enable(22),E.hasPositionAttribute&&a.enable(23),x.push(a.mask)}function _(x){let E=h[x.type],B;if(E){let F=wn[E];B=Ph.clone(F.uniforms)}else B=x.uniforms;return B}function S(x,E){let B=u.get(E);return B!==void 0?++B.usedTimes:(B=new Nx(i,E,x,s),l.push(B),u.set(E,B)),B}function v(x){if(--x.usedTimes===0){let E=l.indexOf(x);l[E]=l[l.length-1],l.pop(),u.delete(x.cacheKey),x.destroy()}}function A(x){o.remove(x)}function w(){o.dispose()}return{getParameters:g,getProgramCacheKey:y,getUniforms:_,acquireProgram:S,releaseProgram:v,releaseShaderCache:A,programs:l,dispose:w}}function Ox(){let i=new WeakMap;function e(a){return i.has(a)}function t(a){let o=i.get(a);return o===void 0&&(o={},i.set(a,o)),o}function n(a){i.delete(a)}function s(a,o,c){i.get(a)[o]=c}function r(){i=new WeakMap}return{has:e,get:t,remove:n,update:s,dispose:r}}function Bx(i,e){return i.groupOrder!==e.groupOrder?i.groupOrder-e.groupOrder:i.renderOrder!==e.renderOrder?i.renderOrder-e.renderOrder:i.material.id!==e.material.id?i.material.id-e.material.id:i.materialVariant!==e.materialVariant?i.materialVariant-e.materialVariant:i.z!==e.z?i.z-e.z:i.id-e.id}function Jh(i,e){return i.groupOrder!==e.groupOrder?i.groupOrder-e.groupOrder:i.renderOrder!==e.renderOrder?i.renderOrder-e.renderOrder:i.z!==e.z?e.z-i.z:i.id-e.id}function jh(){let i=[],e=0,t=[],n=[],s=[];function r(){e=0,t.length=0,n.length=0,s.length=0}function a(h){let f=0;return h.isInstancedMesh&&(f+=2),h.isSkinnedMesh&&(f+=1),f}function o(h,f,g,y,m,p){let _=i[e];return _===void 0?(_={id:h.id,object:h,geometry:f,material:g,materialVariant:a(h),groupOrder:y,renderOrder:h.renderOrder,z:m,group:p},i[e]=_):(_.id=h.id,_.object=h,_.geometry=f,_.material=g,_.materialVariant=a(h),_.groupOrder=y,_.renderOrder=h.renderOrder,_.z=m,_.group=p),e++,_}function c(h,f,g,y,m,p,_){_.reversedDepth===!0&&(m=-m);let S=o(h,f,g,y,m,p);g.transmission>0?n.push(S):g.transparent===!0?s.push(S):t.push(S)}function l(h,f,g,y,m,p){let _=o(h,f,g,y,m,p);g.transmission>0?n.unshift(_):g.transparent===!0?s.unshift(_):t.unshift(_)}function u(h,f){t.length>1&&t.sort(h||Bx),n.length>1&&n.sort(f||Jh),s.length>1&&s.sort(f||Jh)}function d(){for(let h=e,f=i.length;h<f;h++){let g=i[h];if(g.id===null)break;g.id=null,g.object=null,g.geometry=null,g.material=null,g.group=null}}return{opaque:t,transmissive:n,transparent:s,init:r,push:c,unshift:l,finish:d,sort:u}}function kx(){let i=new WeakMap;function e(n,s){let r=i.get(n),a;return r===void 0?(a=new jh,i.set(n,[a])):s>=r.length?(a=new jh,r.push(a)):a=r[s],a}function t(){i=new WeakMap}return{get:e,dispose:t}}function zx(){let i={};return{get:function(e){if(i[e.id]!==void 0)return i[e.id];let t;switch(e.type){case"SunLight":case"DirectionalLight":t={direction:new X,color:new He};break;case"SpotLight":t={position:new X,direction:new X,color:new He,distance:0,coneCos:0,penumbraCos:0,decay:0};break;case"PointLight":t={position:new X,color:new He,distance:0,decay:0};break;case"HemisphereLight":t={direction:new X,skyColor:new He,groundColor:new He};break;case"RectAreaLight":t={color:new He,position:new X,halfWidth:new X,halfHeight:new X};break}return i[e.id]=t,t}}}function Vx(){let i={};return{get:function(e){if(i[e.id]!==void 0)return i[e.id];let t;switch(e.type){case"SunLight":case"DirectionalLight":t={shadowIntensity:1,shadowBias:0,shadowNormalBias:0,shadowRadius:1,shadowMapSize:new Ze};break;case"SpotLight":t={shadowIntensity:1,shadowBias:0,shadowNormalBias:0,shadowRadius:1,shadowMapSize:new Ze};break;case"PointLight":t={shadowIntensity:1,shadowBias:0,shadowNormalBias:0,shadowRadius:1,shadowMapSize:new Ze,shadowCameraNear:1,shadowCameraFar:1e3};break}return i[e.id]=t,t}}}var Gx=0;function Hx(i,e){return(e.castShadow?2:0)-(i.castShadow?2:0)+(e.map?1:0)-(i.map?1:0)}function Wx(i){let e=new zx,t=Vx(),n={version:0,hash:{sunLength:-1,directionalLength:-1,pointLength:-1,spotLength:-1,rectAreaLength:-1,hemiLength:-1,numSunShadows:-1,numDirectionalShadows:-1,numPointShadows:-1,numSpotShadows:-1,numSpotMaps:-1,numLightProbes:-1},ambient:[0,0,0],probe:[],sun:[],sunShadow:[],sunShadowMap:[],sunShadowMatrix:[],sunShadowCascade:[],directional:[],directionalShadow:[],directionalShadowMap:[],directionalShadowMatrix:[],spot:[],spotLightMap:[],spotShadow:[],spotShadowMap:[],spotLightMatrix:[],rectArea:[],rectAreaLTC1:null,rectAreaLTC2:null,point:[],pointShadow:[],pointShadowMap:[],pointShadowMatrix:[],hemi:[],numSpotLightShadowsWithMaps:0,numLightProbes:0};for(let l=0;l<9;l++)n.probe.push(new X);let s=new X,r=new rt,a=new rt;function o(l){let u=0,d=0,h=0;for(let L=0;L<9;L++)n.probe[L].set(0,0,0);let f=0,g=0,y=0,m=0,p=0,_=0,S=0,v=0,A=0,w=0,x=0,E=0,B=0,F=0;l.sort(Hx);for(let L=0,k=l.length;L<k;L++){let P=l[L],H=P.color,J=P.intensity,W=P.distance,se=null;if(P.shadow&&P.shadow.map&&(P.shadow.map.texture.format===ni?se=P.shadow.map.texture:se=P.shadow.map.depthTexture||P.shadow.map.texture),P.isAmbientLight)u+=H.r*J,d+=H.g*J,h+=H.b*J;else if(P.isLightProbe){for(let Y=0;Y<9;Y++)n.probe[Y].addScaledVector(P.sh.coefficients[Y],J);F++}else if(P.isSunLight){let Y=e.get(P);if(Y.color.copy(P.color).multiplyScalar(P.intensity),P.castShadow){let te=P.shadow,re=t.get(P);re.shadowIntensity=te.intensity,re.shadowBias=te.bias,re.shadowNormalBias=te.normalBias,re.shadowRadius=te.radius,re.shadowMapSize.copy(te.mapSize).multiply(te.getFrameExtents()),n.sunShadow[g]=re,n.sunShadowMap[g]=se;let Se=te.getViewportCount();for(let U=0;U<Se;U++)n.sunShadowMatrix[y+U]=te.getMatrix(U),n.sunShadowCascade[y+U]=te._cascadeData[U];y+=Se,g++}n.sun[f]=Y,f++}else if(P.isDirectionalLight){let Y=e.get(P);if(Y.color.copy(P.color).multiplyScalar(P.intensity),P.castShadow){let te=P.shadow,re=t.get(P);re.shadowIntensity=te.intensity,re.shadowBias=te.bias,re.shadowNormalBias=te.normalBias,re.shadowRadius=te.radius,re.shadowMapSize=te.mapSize,n.directionalShadow[m]=re,n.directionalShadowMap[m]=se,n.directionalShadowMatrix[m]=P.shadow.matrix,A++}n.directional[m]=Y,m++}else if(P.isSpotLight){let Y=e.get(P);Y.position.setFromMatrixPosition(P.matrixWorld),Y.color.copy(H).multiplyScalar(J),Y.distance=W,Y.coneCos=Math.cos(P.angle),Y.penumbraCos=Math.cos(P.angle*(1-P.penumbra)),Y.decay=P.decay,n.spot[_]=Y;let te=P.shadow;if(P.map&&(n.spotLightMap[E]=P.map,E++,te.updateMatrices(P),P.castShadow&&B++),n.spotLightMatrix[_]=te.matrix,P.castShadow){let re=t.get(P);re.shadowIntensity=te.intensity,re.shadowBias=te.bias,re.shadowNormalBias=te.normalBias,re.shadowRadius=te.radius,re.shadowMapSize=te.mapSize,n.spotShadow[_]=re,n.spotShadowMap[_]=se,x++}_++}else if(P.isRectAreaLight){let Y=e.get(P);Y.color.copy(H).multiplyScalar(J),Y.halfWidth.set(P.width*.5,0,0),Y.halfHeight.set(0,P.height*.5,0),n.rectArea[S]=Y,S++}else if(P.isPointLight){let Y=e.get(P);if(Y.color.copy(P.color).multiplyScalar(P.intensity),Y.distance=P.distance,Y.decay=P.decay,P.castShadow){let te=P.shadow,re=t.get(P);re.shadowIntensity=te.intensity,re.shadowBias=te.bias,re.shadowNormalBias=te.normalBias,re.shadowRadius=te.radius,re.shadowMapSize=te.mapSize,re.shadowCameraNear=te.camera.near,re.shadowCameraFar=te.camera.far,n.pointShadow[p]=re,n.pointShadowMap[p]=se,n.pointShadowMatrix[p]=P.shadow.matrix,w++}n.point[p]=Y,p++}else if(P.isHemisphereLight){let Y=e.get(P);Y.skyColor.copy(P.color).multiplyScalar(J),Y.groundColor.copy(P.groundColor).multiplyScalar(J),n.hemi[v]=Y,v++}}S>0&&(i.has("OES_texture_float_linear")===!0?(n.rectAreaLTC1=ve.LTC_FLOAT_1,n.rectAreaLTC2=ve.LTC_FLOAT_2):(n.rectAreaLTC1=ve.LTC_HALF_1,n.rectAreaLTC2=ve.LTC_HALF_2)),n.ambient[0]=u,n.ambient[1]=d,n.ambient[2]=h;let R=n.hash;(R.sunLength!==f||R.directionalLength!==m||R.pointLength!==p||R.spotLength!==_||R.rectAreaLength!==S||R.hemiLength!==v||R.numSunShadows!==g||R.numDirectionalShadows!==A||R.numPointShadows!==w||R.numSpotShadows!==x||R.numSpotMaps!==E||R.numLightProbes!==F)&&(n.sun.length=f,n.directional.length=m,n.spot.length=_,n.rectArea.length=S,n.point.length=p,n.hemi.length=v,n.sunShadow.length=g,n.sunShadowMap.length=g,n.sunShadowMatrix.length=y,n.sunShadowCascade.length=y,n.directionalShadow.length=A,n.directionalShadowMap.length=A,n.directionalShadowMatrix.length=A,n.pointShadow.length=w,n.pointShadowMap.length=w,n.pointShadowMatrix.length=w,n.spotShadow.length=x,n.spotShadowMap.length=x,n.spotLightMatrix.length=x+E-B,n.spotLightMap.length=E,n.numSpotLightShadowsWithMaps=B,n.numLightProbes=F,R.sunLength=f,R.directionalLength=m,R.pointLength=p,R.spotLength=_,R.rectAreaLength=S,R.hemiLength=v,R.numSunShadows=g,R.numDirectionalShadows=A,R.numPointShadows=w,R.numSpotShadows=x,R.numSpotMaps=E,R.numLightProbes=F,n.version=Gx++)}function c(l,u){let d=0,h=0,f=0,g=0,y=0,m=0,p=u.matrixWorldInverse;for(let _=0,S=l.length;_<S;_++){let v=l[_];if(v.isSunLight){let A=n.sun[d];A.direction.setFromMatrixPosition(v.matrixWorld),A.direction.transformDirection(p),d++}else if(v.isDirectionalLight){let A=n.directional[h];A.direction.setFromMatrixPosition(v.matrixWorld),s.setFromMatrixPosition(v.target.matrixWorld),A.direction.sub(s),A.direction.transformDirection(p),h++}else if(v.isSpotLight){let A=n.spot[g];A.position.setFromMatrixPosition(v.matrixWorld),A.position.applyMatrix4(p),A.direction.setFromMatrixPosition(v.matrixWorld),s.setFromMatrixPosition(v.target.matrixWorld),A.direction.sub(s),A.direction.transformDirection(p),g++}else if(v.isRectAreaLight){let A=n.rectArea[y];A.position.setFromMatrixPosition(v.matrixWorld),A.position.applyMatrix4(p),a.identity(),r.copy(v.matrixWorld),r.premultiply(p),a.extractRotation(r),A.halfWidth.set(v.width*.5,0,0),A.halfHeight.set(0,v.height*.5,0),A.halfWidth.applyMatrix4(a),A.halfHeight.applyMatrix4(a),y++}else if(v.isPointLight){let A=n.point[f];A.position.setFromMatrixPosition(v.matrixWorld),A.position.applyMatrix4(p),f++}else if(v.isHemisphereLight){let A=n.hemi[m];A.direction.setFromMatrixPosition(v.matrixWorld),A.direction.transformDirection(p),m++}}}return{setup:o,setupView:c,state:n}}function Kh(i){let e=new Wx(i),t=[],n=[],s=[];function r(d){u.camera=d,t.length=0,n.length=0,s.length=0}function a(d){d.isLightProbeGrid?s.push(d):t.push(d)}function o(d){n.push(d)}function c(){e.setup(t),s.sort((d,h)=>d.priority-h.priority||d.id-h.id)}function l(d){e.setupView(t,d)}let u={lightsArray:t,shadowsArray:n,lightProbeGridArray:s,camera:null,lights:e,transmissionRenderTarget:{},textureUnits:0};return{init:r,state:u,setupLights:c,setupLightsView:l,pushLight:a,pushShadow:o}}function Xx(i){let e=new WeakMap;function t(s,r=0){let a=e.get(s),o;return a===void 0?(o=new Kh(i),e.set(s,[o])):r>=a.length?(o=new Kh(i),a.push(o)):o=a[r],o}function n(){e=new WeakMap}return{get:t,dispose:n}}var qx=`void main() {
	gl_Position = vec4( position, 1.0 );
}`,$x=`uniform sampler2D shadow_pass;
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
}`,Yx=[new X(1,0,0),new X(-1,0,0),new X(0,1,0),new X(0,-1,0),new X(0,0,1),new X(0,0,-1)],Zx=[new X(0,-1,0),new X(0,-1,0),new X(0,0,1),new X(0,0,-1),new X(0,-1,0),new X(0,-1,0)],Qh=new rt,$s=new X,ec=new X;function Jx(i,e,t){let n=new di,s=new Ze,r=new Ze,a=new ut,o=new ta,c=new na,l={},u=t.maxTextureSize,d={[ti]:Ot,[Ot]:ti,[bn]:bn},h=new sn({defines:{VSM_SAMPLES:8},uniforms:{shadow_pass:{value:null},resolution:{value:new Ze},radius:{value:4}},vertexShader:qx,fragmentShader:$x}),f=h.clone();f.defines.HORIZONTAL_PASS=1;let g=new nn;g.setAttribute("position",new zt(new Float32Array([-1,-1,.5,3,-1,.5,-1,3,.5]),3));let y=new vn(g,h),m=this;this.enabled=!1,this.autoUpdate=!0,this.needsUpdate=!1,this.type=Os;let p=this.type;this.render=function(w,x,E){if(m.enabled===!1||m.autoUpdate===!1&&m.needsUpdate===!1||w.length===0)return;this.type===$u&&(Ne("WebGLShadowMap: PCFSoftShadowMap has been removed. Using PCFShadowMap instead."),this.type=Os);let B=i.getRenderTarget(),F=i.getActiveCubeFace(),R=i.getActiveMipmapLevel(),L=i.state;L.setBlending(fi),L.buffers.depth.getReversed()===!0?L.buffers.color.setClear(0,0,0,0):L.buffers.color.setClear(1,1,1,1),L.buffers.depth.setTest(!0),L.setScissorTest(!1);let k=p!==this.type;k&&x.traverse(function(P){P.material&&(Array.isArray(P.material)?P.material.forEach(H=>H.needsUpdate=!0):P.material.needsUpdate=!0)});for(let P=0,H=w.length;P<H;P++){let J=w[P],W=J.shadow;if(W===void 0){Ne("WebGLShadowMap:",J,"has no shadow.");continue}if(W.autoUpdate===!1&&W.needsUpdate===!1)continue;s.copy(W.mapSize);let se=W.getFrameExtents();s.multiply(se),r.copy(W.mapSize),(s.x>u||s.y>u)&&(s.x>u&&(r.x=Math.floor(u/se.x),s.x=r.x*se.x,W.mapSize.x=r.x),s.y>u&&(r.y=Math.floor(u/se.y),s.y=r.y*se.y,W.mapSize.y=r.y));let Y=i.state.buffers.depth.getReversed();if(W.camera._reversedDepth=Y,W.map===null||k===!0){if(W.map!==null&&(W.map.depthTexture!==null&&(W.map.depthTexture.dispose(),W.map.depthTexture=null),W.map.dispose()),this.type===ji){if(J.isPointLight){Ne("WebGLShadowMap: VSM shadow maps are not supported for PointLights. Use PCF or BasicShadowMap instead.");continue}W.map=new Xt(s.x,s.y,{format:ni,type:fn,minFilter:Ct,magFilter:Ct,generateMipmaps:!1}),W.map.texture.name=J.name+".shadowMap",W.map.depthTexture=new Fn(s.x,s.y,dn),W.map.depthTexture.name=J.name+".shadowMapDepth",W.map.depthTexture.format=Dn,W.map.depthTexture.compareFunction=null,W.map.depthTexture.minFilter=pt,W.map.depthTexture.magFilter=pt}else J.isPointLight?(W.map=new Zs(s.x),W.map.depthTexture=new Ls(s.x,hn)):(W.map=new Xt(s.x,s.y),W.map.depthTexture=new Fn(s.x,s.y,hn)),W.map.depthTexture.name=J.name+".shadowMap",W.map.depthTexture.format=Dn,this.type===Os?(W.map.depthTexture.compareFunction=Y?zl:kl,W.map.depthTexture.minFilter=Ct,W.map.depthTexture.magFilter=Ct):(W.map.depthTexture.compareFunction=null,W.map.depthTexture.minFilter=pt,W.map.depthTexture.magFilter=pt);W.camera.updateProjectionMatrix()}W.map.isWebGLCubeRenderTarget!==!0&&(W.map.width!==s.x||W.map.height!==s.y)&&W.map.setSize(s.x,s.y);let te=W.map.isWebGLCubeRenderTarget?6:W.getViewportCount();J.isPointLight!==!0&&W.updateMatrices(J,E);let re=(W.camera.layers.mask&4294967294)!==0?W.camera.layers:E.layers;for(let Se=0;Se<te;Se++){let U=W.getCamera(Se);if(J.isPointLight){let D=W.camera,Z=W.matrix,ae=J.distance||D.far;ae!==D.far&&(D.far=ae,D.updateProjectionMatrix()),$s.setFromMatrixPosition(J.matrixWorld),D.position.copy($s),ec.copy(D.position),ec.add(Yx[Se]),D.up.copy(Zx[Se]),D.lookAt(ec),D.updateMatrixWorld(),Z.makeTranslation(-$s.x,-$s.y,-$s.z),Qh.multiplyMatrices(D.projectionMatrix,D.matrixWorldInverse),W._frustum.setFromProjectionMatrix(Qh,D.coordinateSystem,D.reversedDepth)}if(W.map.isWebGLCubeRenderTarget)i.setRenderTarget(W.map,Se),i.clear();else{Se===0&&(i.setRenderTarget(W.map),i.clear());let D=W.getViewport(Se);a.set(r.x*D.x,r.y*D.y,r.x*D.z,r.y*D.w),L.viewport(a)}n=W.getFrustum(Se),v(x,E,U,J,re,this.type)}W.isPointLightShadow!==!0&&this.type===ji&&_(W,E),W.needsUpdate=!1}p=this.type,m.needsUpdate=!1,i.setRenderTarget(B,F,R)};function _(w,x){let E=e.update(y);h.defines.VSM_SAMPLES!==w.blurSamples&&(h.defines.VSM_SAMPLES=w.blurSamples,f.defines.VSM_SAMPLES=w.blurSamples,h.needsUpdate=!0,f.needsUpdate=!0),w.mapPass===null?w.mapPass=new Xt(s.x,s.y,{format:ni,type:fn}):(w.mapPass.width!==w.map.width||w.mapPass.height!==w.map.height)&&w.mapPass.setSize(w.map.width,w.map.height),h.uniforms.shadow_pass.value=w.map.depthTexture,h.uniforms.resolution.value.set(w.map.width,w.map.height),h.uniforms.radius.value=w.radius,i.setRenderTarget(w.mapPass),i.clear(),i.renderBufferDirect(x,null,E,h,y,null),f.uniforms.shadow_pass.value=w.mapPass.texture,f.uniforms.resolution.value.set(w.map.width,w.map.height),f.uniforms.radius.value=w.radius,i.setRenderTarget(w.map),i.clear(),i.renderBufferDirect(x,null,E,f,y,null)}function S(w,x,E,B){let F=null,R=E.isPointLight===!0?w.customDistanceMaterial:w.customDepthMaterial;if(R!==void 0)F=R;else if(F=E.isPointLight===!0?c:o,i.localClippingEnabled&&x.clipShadows===!0&&Array.isArray(x.clippingPlanes)&&x.clippingPlanes.length!==0||x.displacementMap&&x.displacementScale!==0||x.alphaMap&&x.alphaTest>0||x.map&&x.alphaTest>0||x.alphaToCoverage===!0){let L=F.uuid,k=x.uuid,P=l[L];P===void 0&&(P={},l[L]=P);let H=P[k];H===void 0&&(H=F.clone(),P[k]=H,x.addEventListener("dispose",A)),F=H}if(F.visible=x.visible,F.wireframe=x.wireframe,B===ji?F.side=x.shadowSide!==null?x.shadowSide:x.side:F.side=x.shadowSide!==null?x.shadowSide:d[x.side],F.alphaMap=x.alphaMap,F.alphaTest=x.alphaToCoverage===!0?.5:x.alphaTest,F.map=x.map,F.clipShadows=x.clipShadows,F.clippingPlanes=x.clippingPlanes,F.clipIntersection=x.clipIntersection,F.displacementMap=x.displacementMap,F.displacementScale=x.displacementScale,F.displacementBias=x.displacementBias,F.wireframeLinewidth=x.wireframeLinewidth,F.linewidth=x.linewidth,E.isPointLight===!0&&F.isMeshDistanceMaterial===!0){let L=i.properties.get(F);L.light=E}return F}function v(w,x,E,B,F,R){if(w.visible===!1)return;if(w.layers.test(F)&&(w.isMesh||w.isLine||w.isPoints)&&(w.castShadow||w.receiveShadow&&R===ji)&&(!w.frustumCulled||w.intersectsFrustum(n))){w.modelViewMatrix.multiplyMatrices(E.matrixWorldInverse,w.matrixWorld);let P=e.update(w),H=w.material;if(Array.isArray(H)){let J=P.groups;for(let W=0,se=J.length;W<se;W++){let Y=J[W],te=H[Y.materialIndex];if(te&&te.visible){let re=S(w,te,B,R);w.onBeforeShadow(i,w,x,E,P,re,Y),i.renderBufferDirect(E,null,P,re,w,Y),w.onAfterShadow(i,w,x,E,P,re,Y)}}}else if(H.visible){let J=S(w,H,B,R);w.onBeforeShadow(i,w,x,E,P,J,null),i.renderBufferDirect(E,null,P,J,w,null),w.onAfterShadow(i,w,x,E,P,J,null)}}let k=w.children;for(let P=0,H=k.length;P<H;P++)v(k[P],x,E,B,F,R)}function A(w){w.target.removeEventListener("dispose",A);for(let E in l){let B=l[E],F=w.target.uuid;F in B&&(B[F].dispose(),delete B[F])}}}function jx(i,e){function t(){let I=!1,ee=new ut,j=null,pe=new ut(0,0,0,0);return{setMask:function(ue){j!==ue&&!I&&(i.colorMask(ue,ue,ue,ue),j=ue)},setLocked:function(ue){I=ue},setClear:function(ue,de,Re,ze,le){le===!0&&(ue*=ze,de*=ze,Re*=ze),ee.set(ue,de,Re,ze),pe.equals(ee)===!1&&(i.clearColor(ue,de,Re,ze),pe.copy(ee))},reset:function(){I=!1,j=null,pe.set(-1,0,0,0)}}}function n(){let I=!1,ee=!1,j=null,pe=null,ue=null;return{setReversed:function(de){if(ee!==de){let Re=e.get("EXT_clip_control");de?Re.clipControlEXT(Re.LOWER_LEFT_EXT,Re.ZERO_TO_ONE_EXT):Re.clipControlEXT(Re.LOWER_LEFT_EXT,Re.NEGATIVE_ONE_TO_ONE_EXT),ee=de;let ze=ue;ue=null,this.setClear(ze)}},getReversed:function(){return ee},setTest:function(de){de?ie(i.DEPTH_TEST):Te(i.DEPTH_TEST)},setMask:function(de){j!==de&&!I&&(i.depthMask(de),j=de)},setFunc:function(de){if(ee&&(de=Th[de]),pe!==de){switch(de){case Or:i.depthFunc(i.NEVER);break;case Br:i.depthFunc(i.ALWAYS);break;case kr:i.depthFunc(i.LESS);break;case Hi:i.depthFunc(i.LEQUAL);break;case zr:i.depthFunc(i.EQUAL);break;case Vr:i.depthFunc(i.GEQUAL);break;case Gr:i.depthFunc(i.GREATER);break;case Hr:i.depthFunc(i.NOTEQUAL);break;default:i.depthFunc(i.LEQUAL)}pe=de}},setLocked:function(de){I=de},setClear:function(de){ue!==de&&(ue=de,ee&&(de=1-de),i.clearDepth(de))},reset:function(){I=!1,j=null,pe=null,ue=null,ee=!1}}}function s(){let I=!1,ee=null,j=null,pe=null,ue=null,de=null,Re=null,ze=null,le=null;return{setTest:function(Ie){I||(Ie?ie(i.STENCIL_TEST):Te(i.STENCIL_TEST))},setMask:function(Ie){ee!==Ie&&!I&&(i.stencilMask(Ie),ee=Ie)},setFunc:function(Ie,ke,_e){(j!==Ie||pe!==ke||ue!==_e)&&(i.stencilFunc(Ie,ke,_e),j=Ie,pe=ke,ue=_e)},setOp:function(Ie,ke,_e){(de!==Ie||Re!==ke||ze!==_e)&&(i.stencilOp(Ie,ke,_e),de=Ie,Re=ke,ze=_e)},setLocked:function(Ie){I=Ie},setClear:function(Ie){le!==Ie&&(i.clearStencil(Ie),le=Ie)},reset:function(){I=!1,ee=null,j=null,pe=null,ue=null,de=null,Re=null,ze=null,le=null}}}let r=new t,a=new n,o=new s,c={},l=new WeakMap,u={},d={},h={},f=new WeakMap,g=[],y=null,m=!1,p=null,_=null,S=null,v=null,A=null,w=null,x=null,E=new He(0,0,0),B=0,F=!1,R=null,L=null,k=null,P=null,H=null,J=i.getParameter(i.MAX_COMBINED_TEXTURE_IMAGE_UNITS),W=!1,se=0,Y=i.getParameter(i.VERSION);Y.indexOf("WebGL")!==-1?(se=parseFloat(/^WebGL (\d)/.exec(Y)[1]),W=se>=1):Y.indexOf("OpenGL ES")!==-1&&(se=parseFloat(/^OpenGL ES (\d)/.exec(Y)[1]),W=se>=2);let te=null,re={},Se=i.getParameter(i.SCISSOR_BOX),U=i.getParameter(i.VIEWPORT),D=new ut().fromArray(Se),Z=new ut().fromArray(U);function ae(I,ee,j,pe){let ue=new Uint8Array(4),de=i.createTexture();i.bindTexture(I,de),i.texParameteri(I,i.TEXTURE_MIN_FILTER,i.NEAREST),i.texParameteri(I,i.TEXTURE_MAG_FILTER,i.NEAREST);for(let Re=0;Re<j;Re++)I===i.TEXTURE_3D||I===i.TEXTURE_2D_ARRAY?i.texImage3D(ee,0,i.RGBA,1,1,pe,0,i.RGBA,i.UNSIGNED_BYTE,ue):i.texImage2D(ee+Re,0,i.RGBA,1,1,0,i.RGBA,i.UNSIGNED_BYTE,ue);return de}let ce={};ce[i.TEXTURE_2D]=ae(i.TEXTURE_2D,i.TEXTURE_2D,1),ce[i.TEXTURE_CUBE_MAP]=ae(i.TEXTURE_CUBE_MAP,i.TEXTURE_CUBE_MAP_POSITIVE_X,6),ce[i.TEXTURE_2D_ARRAY]=ae(i.TEXTURE_2D_ARRAY,i.TEXTURE_2D_ARRAY,1,1),ce[i.TEXTURE_3D]=ae(i.TEXTURE_3D,i.TEXTURE_3D,1,1),r.setClear(0,0,0,1),a.setClear(1),o.setClear(0),ie(i.DEPTH_TEST),a.setFunc(Hi),Bt(!1),lt(gl),ie(i.CULL_FACE),wt(fi);function ie(I){u[I]!==!0&&(i.enable(I),u[I]=!0)}function Te(I){u[I]!==!1&&(i.disable(I),u[I]=!1)}function Pe(I,ee){return h[I]!==ee?(i.bindFramebuffer(I,ee),h[I]=ee,I===i.DRAW_FRAMEBUFFER&&(h[i.FRAMEBUFFER]=ee),I===i.FRAMEBUFFER&&(h[i.DRAW_FRAMEBUFFER]=ee),!0):!1}function Ee(I,ee){let j=g,pe=!1;if(I){j=f.get(ee),j===void 0&&(j=[],f.set(ee,j));let ue=I.textures;if(j.length!==ue.length||j[0]!==i.COLOR_ATTACHMENT0){for(let de=0,Re=ue.length;de<Re;de++)j[de]=i.COLOR_ATTACHMENT0+de;j.length=ue.length,pe=!0}}else j[0]!==i.BACK&&(j[0]=i.BACK,pe=!0);pe&&i.drawBuffers(j)}function Ge(I){return y!==I?(i.useProgram(I),y=I,!0):!1}let et={[pi]:i.FUNC_ADD,[Zu]:i.FUNC_SUBTRACT,[Ju]:i.FUNC_REVERSE_SUBTRACT};et[ju]=i.MIN,et[Ku]=i.MAX;let We={[Qu]:i.ZERO,[eh]:i.ONE,[th]:i.SRC_COLOR,[vl]:i.SRC_ALPHA,[oh]:i.SRC_ALPHA_SATURATE,[rh]:i.DST_COLOR,[ih]:i.DST_ALPHA,[nh]:i.ONE_MINUS_SRC_COLOR,[bl]:i.ONE_MINUS_SRC_ALPHA,[ah]:i.ONE_MINUS_DST_COLOR,[sh]:i.ONE_MINUS_DST_ALPHA,[lh]:i.CONSTANT_COLOR,[ch]:i.ONE_MINUS_CONSTANT_COLOR,[uh]:i.CONSTANT_ALPHA,[hh]:i.ONE_MINUS_CONSTANT_ALPHA};function wt(I,ee,j,pe,ue,de,Re,ze,le,Ie){if(I===fi){m===!0&&(Te(i.BLEND),m=!1);return}if(m===!1&&(ie(i.BLEND),m=!0),I!==Yu){if(I!==p||Ie!==F){if((_!==pi||A!==pi)&&(i.blendEquation(i.FUNC_ADD),_=pi,A=pi),Ie)switch(I){case Ki:i.blendFuncSeparate(i.ONE,i.ONE_MINUS_SRC_ALPHA,i.ONE,i.ONE_MINUS_SRC_ALPHA);break;case xl:i.blendFunc(i.ONE,i.ONE);break;case yl:i.blendFuncSeparate(i.ZERO,i.ONE_MINUS_SRC_COLOR,i.ZERO,i.ONE);break;case _l:i.blendFuncSeparate(i.DST_COLOR,i.ONE_MINUS_SRC_ALPHA,i.ZERO,i.ONE);break;default:De("WebGLState: Invalid blending: ",I);break}else switch(I){case Ki:i.blendFuncSeparate(i.SRC_ALPHA,i.ONE_MINUS_SRC_ALPHA,i.ONE,i.ONE_MINUS_SRC_ALPHA);break;case xl:i.blendFuncSeparate(i.SRC_ALPHA,i.ONE,i.ONE,i.ONE);break;case yl:De("WebGLState: SubtractiveBlending requires material.premultipliedAlpha = true");break;case _l:De("WebGLState: MultiplyBlending requires material.premultipliedAlpha = true");break;default:De("WebGLState: Invalid blending: ",I);break}S=null,v=null,w=null,x=null,E.set(0,0,0),B=0,p=I,F=Ie}return}ue=ue||ee,de=de||j,Re=Re||pe,(ee!==_||ue!==A)&&(i.blendEquationSeparate(et[ee],et[ue]),_=ee,A=ue),(j!==S||pe!==v||de!==w||Re!==x)&&(i.blendFuncSeparate(We[j],We[pe],We[de],We[Re]),S=j,v=pe,w=de,x=Re),(ze.equals(E)===!1||le!==B)&&(i.blendColor(ze.r,ze.g,ze.b,le),E.copy(ze),B=le),p=I,F=!1}function mt(I,ee){I.side===bn?Te(i.CULL_FACE):ie(i.CULL_FACE);let j=I.side===Ot;ee&&(j=!j),Bt(j),I.blending===Ki&&I.transparent===!1?wt(fi):wt(I.blending,I.blendEquation,I.blendSrc,I.blendDst,I.blendEquationAlpha,I.blendSrcAlpha,I.blendDstAlpha,I.blendColor,I.blendAlpha,I.premultipliedAlpha),a.setFunc(I.depthFunc),a.setTest(I.depthTest),a.setMask(I.depthWrite),r.setMask(I.colorWrite);let pe=I.stencilWrite;o.setTest(pe),pe&&(o.setMask(I.stencilWriteMask),o.setFunc(I.stencilFunc,I.stencilRef,I.stencilFuncMask),o.setOp(I.stencilFail,I.stencilZFail,I.stencilZPass)),vt(I.polygonOffset,I.polygonOffsetFactor,I.polygonOffsetUnits),I.alphaToCoverage===!0?ie(i.SAMPLE_ALPHA_TO_COVERAGE):Te(i.SAMPLE_ALPHA_TO_COVERAGE)}function Bt(I){R!==I&&(I?i.frontFace(i.CW):i.frontFace(i.CCW),R=I)}function lt(I){I!==Xu?(ie(i.CULL_FACE),I!==L&&(I===gl?i.cullFace(i.BACK):I===qu?i.cullFace(i.FRONT):i.cullFace(i.FRONT_AND_BACK))):Te(i.CULL_FACE),L=I}function mn(I){I!==k&&(W&&i.lineWidth(I),k=I)}function vt(I,ee,j){I?(ie(i.POLYGON_OFFSET_FILL),(P!==ee||H!==j)&&(P=ee,H=j,a.getReversed()&&(ee=-ee,j=-j),i.polygonOffset(ee,j))):Te(i.POLYGON_OFFSET_FILL)}function Zt(I){I?ie(i.SCISSOR_TEST):Te(i.SCISSOR_TEST)}function Jt(I){I===void 0&&(I=i.TEXTURE0+J-1),te!==I&&(i.activeTexture(I),te=I)}function jt(I,ee,j){j===void 0&&(te===null?j=i.TEXTURE0+J-1:j=te);let pe=re[j];pe===void 0&&(pe={type:void 0,texture:void 0},re[j]=pe),(pe.type!==I||pe.texture!==ee)&&(te!==j&&(i.activeTexture(j),te=j),i.bindTexture(I,ee||ce[I]),pe.type=I,pe.texture=ee)}function O(){let I=re[te];I!==void 0&&I.type!==void 0&&(i.bindTexture(I.type,null),I.type=void 0,I.texture=void 0)}function Kt(){try{i.compressedTexImage2D(...arguments)}catch(I){De("WebGLState:",I)}}function at(){try{i.compressedTexImage3D(...arguments)}catch(I){De("WebGLState:",I)}}function ot(){try{i.texSubImage2D(...arguments)}catch(I){De("WebGLState:",I)}}function ye(){try{i.texSubImage3D(...arguments)}catch(I){De("WebGLState:",I)}}function gt(){try{i.compressedTexSubImage2D(...arguments)}catch(I){De("WebGLState:",I)}}function Le(){try{i.compressedTexSubImage3D(...arguments)}catch(I){De("WebGLState:",I)}}function Ue(){try{i.texStorage2D(...arguments)}catch(I){De("WebGLState:",I)}}function T(){try{i.texStorage3D(...arguments)}catch(I){De("WebGLState:",I)}}function b(){try{i.texImage2D(...arguments)}catch(I){De("WebGLState:",I)}}function V(){try{i.texImage3D(...arguments)}catch(I){De("WebGLState:",I)}}function oe(I){return d[I]!==void 0?d[I]:i.getParameter(I)}function ne(I,ee){d[I]!==ee&&(i.pixelStorei(I,ee),d[I]=ee)}function he(I){D.equals(I)===!1&&(i.scissor(I.x,I.y,I.z,I.w),D.copy(I))}function ge(I){Z.equals(I)===!1&&(i.viewport(I.x,I.y,I.z,I.w),Z.copy(I))}function K(I,ee){let j=l.get(ee);j===void 0&&(j=new WeakMap,l.set(ee,j));let pe=j.get(I);pe===void 0&&(pe=i.getUniformBlockIndex(ee,I.name),i.uniformBlockBinding(ee,pe,pe),j.set(I,pe))}function Q(I,ee,j){let ue=l.get(ee).get(I);c[ue]!==j&&(i.bindBufferBase(i.UNIFORM_BUFFER,ue,j),c[ue]=j)}function fe(){i.disable(i.BLEND),i.disable(i.CULL_FACE),i.disable(i.DEPTH_TEST),i.disable(i.POLYGON_OFFSET_FILL),i.disable(i.SCISSOR_TEST),i.disable(i.STENCIL_TEST),i.disable(i.SAMPLE_ALPHA_TO_COVERAGE),i.blendEquation(i.FUNC_ADD),i.blendFunc(i.ONE,i.ZERO),i.blendFuncSeparate(i.ONE,i.ZERO,i.ONE,i.ZERO),i.blendColor(0,0,0,0),i.colorMask(!0,!0,!0,!0),i.clearColor(0,0,0,0),i.depthMask(!0),i.depthFunc(i.LESS),a.setReversed(!1),i.clearDepth(1),i.stencilMask(4294967295),i.stencilFunc(i.ALWAYS,0,4294967295),i.stencilOp(i.KEEP,i.KEEP,i.KEEP),i.clearStencil(0),i.cullFace(i.BACK),i.frontFace(i.CCW),i.polygonOffset(0,0),i.activeTexture(i.TEXTURE0),i.bindFramebuffer(i.FRAMEBUFFER,null),i.bindFramebuffer(i.DRAW_FRAMEBUFFER,null),i.bindFramebuffer(i.READ_FRAMEBUFFER,null),i.useProgram(null),i.lineWidth(1),i.scissor(0,0,i.canvas.width,i.canvas.height),i.viewport(0,0,i.canvas.width,i.canvas.height),i.pixelStorei(i.PACK_ALIGNMENT,4),i.pixelStorei(i.UNPACK_ALIGNMENT,4),i.pixelStorei(i.UNPACK_FLIP_Y_WEBGL,!1),i.pixelStorei(i.UNPACK_PREMULTIPLY_ALPHA_WEBGL,!1),i.pixelStorei(i.UNPACK_COLORSPACE_CONVERSION_WEBGL,i.BROWSER_DEFAULT_WEBGL),i.pixelStorei(i.PACK_ROW_LENGTH,0),i.pixelStorei(i.PACK_SKIP_PIXELS,0),i.pixelStorei(i.PACK_SKIP_ROWS,0),i.pixelStorei(i.UNPACK_ROW_LENGTH,0),i.pixelStorei(i.UNPACK_IMAGE_HEIGHT,0),i.pixelStorei(i.UNPACK_SKIP_PIXELS,0),i.pixelStorei(i.UNPACK_SKIP_ROWS,0),i.pixelStorei(i.UNPACK_SKIP_IMAGES,0),u={},d={},te=null,re={},h={},c={},f=new WeakMap,g=[],y=null,m=!1,p=null,_=null,S=null,v=null,A=null,w=null,x=null,E=new He(0,0,0),B=0,F=!1,R=null,L=null,k=null,P=null,H=null,D.set(0,0,i.canvas.width,i.canvas.height),Z.set(0,0,i.canvas.width,i.canvas.height),r.reset(),a.reset(),o.reset()}return{buffers:{color:r,depth:a,stencil:o},enable:ie,disable:Te,bindFramebuffer:Pe,drawBuffers:Ee,useProgram:Ge,setBlending:wt,setMaterial:mt,setFlipSided:Bt,setCullFace:lt,setLineWidth:mn,setPolygonOffset:vt,setScissorTest:Zt,activeTexture:Jt,bindTexture:jt,unbindTexture:O,compressedTexImage2D:Kt,compressedTexImage3D:at,texImage2D:b,texImage3D:V,pixelStorei:ne,getParameter:oe,updateUBOMapping:K,uniformBlockBinding:Q,texStorage2D:Ue,texStorage3D:T,texSubImage2D:ot,texSubImage3D:ye,compressedTexSubImage2D:gt,compressedTexSubImage3D:Le,scissor:he,viewport:ge,reset:fe}}function Kx(i,e,t,n,s,r,a){let o=e.has("WEBGL_multisampled_render_to_texture")?e.get("WEBGL_multisampled_render_to_texture"):null,c=typeof navigator>"u"?!1:/OculusBrowser/g.test(navigator.userAgent),l=new Ze,u=new WeakMap,d=new Set,h,f=new WeakMap,g=new Set,y=new FinalizationRegistry(T=>g.delete(T)),m=!1;try{m=typeof OffscreenCanvas<"u"&&new OffscreenCanvas(1,1).getContext("2d")!==null}catch{}function p(T,b){return m?new OffscreenCanvas(T,b):Ms("canvas")}function _(T,b,V){let oe=1,ne=Ue(T);if((ne.width>V||ne.height>V)&&(oe=V/Math.max(ne.width,ne.height)),oe<1)if(typeof HTMLImageElement<"u"&&T instanceof HTMLImageElement||typeof HTMLCanvasElement<"u"&&T instanceof HTMLCanvasElement||typeof ImageBitmap<"u"&&T instanceof ImageBitmap||typeof VideoFrame<"u"&&T instanceof VideoFrame){let he=Math.floor(oe*ne.width),ge=Math.floor(oe*ne.height);h===void 0&&(h=p(he,ge));let K=b?p(he,ge):h;return K.width=he,K.height=ge,K.getContext("2d").drawImage(T,0,0,he,ge),Ne("WebGLRenderer: Texture has been resized from ("+ne.width+"x"+ne.height+") to ("+he+"x"+ge+")."),K}else return"data"in T&&Ne("WebGLRenderer: Image in DataTexture is too big ("+ne.width+"x"+ne.height+")."),T;return T}function S(T){return T.generateMipmaps}function v(T){i.generateMipmap(T)}function A(T){return T.isWebGLCubeRenderTarget?i.TEXTURE_CUBE_MAP:T.isWebGL3DRenderTarget?i.TEXTURE_3D:T.isWebGLArrayRenderTarget||T.isCompressedArrayTexture?i.TEXTURE_2D_ARRAY:i.TEXTURE_2D}function w(T,b,V,oe,ne,he=!1){if(T!==null){if(i[T]!==void 0)return i[T];Ne("WebGLRenderer: Attempt to use non-existing WebGL internal format '"+T+"'")}let ge;oe&&(ge=e.get("EXT_texture_norm16"),ge||Ne("WebGLRenderer: Unable to use normalized textures without EXT_texture_norm16 extension"));let K=b;if(b===i.RED&&(V===i.FLOAT&&(K=i.R32F),V===i.HALF_FLOAT&&(K=i.R16F),V===i.UNSIGNED_BYTE&&(K=i.R8),V===i.UNSIGNED_SHORT&&ge&&(K=ge.R16_EXT),V===i.SHORT&&ge&&(K=ge.R16_SNORM_EXT)),b===i.RED_INTEGER&&(V===i.UNSIGNED_BYTE&&(K=i.R8UI),V===i.UNSIGNED_SHORT&&(K=i.R16UI),V===i.UNSIGNED_INT&&(K=i.R32UI),V===i.BYTE&&(K=i.R8I),V===i.SHORT&&(K=i.R16I),V===i.INT&&(K=i.R32I)),b===i.RG&&(V===i.FLOAT&&(K=i.RG32F),V===i.HALF_FLOAT&&(K=i.RG16F),V===i.UNSIGNED_BYTE&&(K=i.RG8),V===i.UNSIGNED_SHORT&&ge&&(K=ge.RG16_EXT),V===i.SHORT&&ge&&(K=ge.RG16_SNORM_EXT)),b===i.RG_INTEGER&&(V===i.UNSIGNED_BYTE&&(K=i.RG8UI),V===i.UNSIGNED_SHORT&&(K=i.RG16UI),V===i.UNSIGNED_INT&&(K=i.RG32UI),V===i.BYTE&&(K=i.RG8I),V===i.SHORT&&(K=i.RG16I),V===i.INT&&(K=i.RG32I)),b===i.RGB_INTEGER&&(V===i.UNSIGNED_BYTE&&(K=i.RGB8UI),V===i.UNSIGNED_SHORT&&(K=i.RGB16UI),V===i.UNSIGNED_INT&&(K=i.RGB32UI),V===i.BYTE&&(K=i.RGB8I),V===i.SHORT&&(K=i.RGB16I),V===i.INT&&(K=i.RGB32I)),b===i.RGBA_INTEGER&&(V===i.UNSIGNED_BYTE&&(K=i.RGBA8UI),V===i.UNSIGNED_SHORT&&(K=i.RGBA16UI),V===i.UNSIGNED_INT&&(K=i.RGBA32UI),V===i.BYTE&&(K=i.RGBA8I),V===i.SHORT&&(K=i.RGBA16I),V===i.INT&&(K=i.RGBA32I)),b===i.RGB&&(V===i.UNSIGNED_SHORT&&ge&&(K=ge.RGB16_EXT),V===i.SHORT&&ge&&(K=ge.RGB16_SNORM_EXT),V===i.UNSIGNED_INT_5_9_9_9_REV&&(K=i.RGB9_E5),V===i.UNSIGNED_INT_10F_11F_11F_REV&&(K=i.R11F_G11F_B10F)),b===i.RGBA){let Q=he?bs:$e.getTransfer(ne);V===i.FLOAT&&(K=i.RGBA32F),V===i.HALF_FLOAT&&(K=i.RGBA16F),V===i.UNSIGNED_BYTE&&(K=Q===Ke?i.SRGB8_ALPHA8:i.RGBA8),V===i.UNSIGNED_SHORT&&ge&&(K=ge.RGBA16_EXT),V===i.SHORT&&ge&&(K=ge.RGBA16_SNORM_EXT),V===i.UNSIGNED_SHORT_4_4_4_4&&(K=i.RGBA4),V===i.UNSIGNED_SHORT_5_5_5_1&&(K=i.RGB5_A1)}return(K===i.R16F||K===i.R32F||K===i.RG16F||K===i.RG32F||K===i.RGBA16F||K===i.RGBA32F)&&e.get("EXT_color_buffer_float"),K}function x(T,b){let V;return T?b===null||b===hn||b===gi?V=i.DEPTH24_STENCIL8:b===dn?V=i.DEPTH32F_STENCIL8:b===es&&(V=i.DEPTH24_STENCIL8,Ne("DepthTexture: 16 bit depth attachment is not supported with stencil. Using 24-bit attachment.")):b===null||b===hn||b===gi?V=i.DEPTH_COMPONENT24:b===dn?V=i.DEPTH_COMPONENT32F:b===es&&(V=i.DEPTH_COMPONENT16),V}function E(T,b){return S(T)===!0||T.isFramebufferTexture&&T.minFilter!==pt&&T.minFilter!==Ct?Math.log2(Math.max(b.width,b.height))+1:T.mipmaps.length>0?T.mipmaps.length:T.isCompressedTexture&&Array.isArray(T.image)?b.mipmaps.length:1}function B(T){let b=new WeakRef(T);n.get(T).__ref=b,g.add(b),y.register(T,b,b)}function F(T){let b=n.get(T).__ref;b!==void 0&&(g.delete(b),y.unregister(b))}function R(T){k(T.target)}function L(T){P(T.target)}function k(T){T.removeEventListener("dispose",R),F(T),J(T),T.isVideoTexture&&u.delete(T),T.isHTMLTexture&&d.delete(T)}function P(T){T.removeEventListener("dispose",L),F(T),se(T)}function H(){for(let T of g){let b=T.deref();b!==void 0&&(b.isRenderTarget===!0?P(b):k(b))}g.clear(),d.clear()}function J(T){let b=n.get(T);if(b.__webglInit===void 0)return;let V=T.source,oe=f.get(V);if(oe){let ne=oe[b.__cacheKey];ne.usedTimes--,ne.usedTimes===0&&W(T),Object.keys(oe).length===0&&f.delete(V)}n.remove(T)}function W(T){let b=n.get(T);i.deleteTexture(b.__webglTexture);let V=T.source,oe=f.get(V);delete oe[b.__cacheKey],a.memory.textures--}function se(T){let b=n.get(T);b.__depthDisposeCallback&&b.__depthDisposeCallback();let V=T.depthTexture;if(V&&V.renderTarget===T&&k(V),T.isWebGLCubeRenderTarget)for(let ne=0;ne<6;ne++){if(Array.isArray(b.__webglFramebuffer[ne]))for(let he=0;he<b.__webglFramebuffer[ne].length;he++)i.deleteFramebuffer(b.__webglFramebuffer[ne][he]);else i.deleteFramebuffer(b.__webglFramebuffer[ne]);b.__webglDepthbuffer&&i.deleteRenderbuffer(b.__webglDepthbuffer[ne])}else{if(Array.isArray(b.__webglFramebuffer))for(let ne=0;ne<b.__webglFramebuffer.length;ne++)i.deleteFramebuffer(b.__webglFramebuffer[ne]);else i.deleteFramebuffer(b.__webglFramebuffer);if(b.__webglDepthbuffer&&i.deleteRenderbuffer(b.__webglDepthbuffer),b.__webglMultisampledFramebuffer&&i.deleteFramebuffer(b.__webglMultisampledFramebuffer),b.__webglColorRenderbuffer)for(let ne=0;ne<b.__webglColorRenderbuffer.length;ne++)b.__webglColorRenderbuffer[ne]&&i.deleteRenderbuffer(b.__webglColorRenderbuffer[ne]);b.__webglDepthRenderbuffer&&i.deleteRenderbuffer(b.__webglDepthRenderbuffer)}let oe=T.textures;for(let ne=0,he=oe.length;ne<he;ne++){let ge=n.get(oe[ne]);ge.__webglTexture&&(i.deleteTexture(ge.__webglTexture),a.memory.textures--),n.remove(oe[ne])}n.remove(T)}let Y=0;function te(){Y=0}function re(){return Y}function Se(T){Y=T}function U(){let T=Y;return T>=s.maxTextures&&Ne("WebGLTextures: Trying to use "+(T+1)+" texture units while this GPU supports only "+s.maxTextures),Y+=1,T}function D(T){let b=[];return b.push(T.wrapS),b.push(T.wrapT),b.push(T.wrapR||0),b.push(T.magFilter),b.push(T.minFilter),b.push(T.anisotropy),b.push(T.internalFormat),b.push(T.format),b.push(T.type),b.push(T.generateMipmaps),b.push(T.mipmapsAutoUpdate),b.push(T.premultiplyAlpha),b.push(T.flipY),b.push(T.unpackAlignment),b.push(T.colorSpace),b.join()}function Z(T,b){let V=n.get(T);if(T.isVideoTexture&&gt(T),T.isRenderTargetTexture===!1&&T.isExternalTexture!==!0&&T.version>0&&V.__version!==T.version){let oe=T.image;if(oe===null)Ne("WebGLRenderer: Texture marked for update but no image data found.");else if(oe.complete===!1)Ne("WebGLRenderer: Texture marked for update but image is incomplete");else{mt(V,T,b);return}}else T.isExternalTexture&&(V.__webglTexture=T.sourceTexture?T.sourceTexture:null);t.bindTexture(i.TEXTURE_2D,V.__webglTexture,i.TEXTURE0+b)}function ae(T,b){let V=n.get(T);if(T.isRenderTargetTexture===!1&&T.version>0&&V.__version!==T.version){mt(V,T,b);return}else T.isExternalTexture&&(V.__webglTexture=T.sourceTexture?T.sourceTexture:null);t.bindTexture(i.TEXTURE_2D_ARRAY,V.__webglTexture,i.TEXTURE0+b)}function ce(T,b){let V=n.get(T);if(T.isRenderTargetTexture===!1&&T.version>0&&V.__version!==T.version){mt(V,T,b);return}t.bindTexture(i.TEXTURE_3D,V.__webglTexture,i.TEXTURE0+b)}function ie(T,b){let V=n.get(T);if(T.version>0&&V.__version!==T.version){Bt(V,T,b);return}t.bindTexture(i.TEXTURE_CUBE_MAP,V.__webglTexture,i.TEXTURE0+b)}let Te={[Wr]:i.REPEAT,[xn]:i.CLAMP_TO_EDGE,[Xr]:i.MIRRORED_REPEAT},Pe={[pt]:i.NEAREST,[ph]:i.NEAREST_MIPMAP_NEAREST,[Bs]:i.NEAREST_MIPMAP_LINEAR,[Ct]:i.LINEAR,[xa]:i.LINEAR_MIPMAP_NEAREST,[Un]:i.LINEAR_MIPMAP_LINEAR},Ee={[yh]:i.NEVER,[Vl]:i.ALWAYS,[_h]:i.LESS,[kl]:i.LEQUAL,[vh]:i.EQUAL,[zl]:i.GEQUAL,[bh]:i.GREATER,[Sh]:i.NOTEQUAL};function Ge(T,b){if(b.type===dn&&e.has("OES_texture_float_linear")===!1&&(b.magFilter===Ct||b.magFilter===xa||b.magFilter===Bs||b.magFilter===Un||b.minFilter===Ct||b.minFilter===xa||b.minFilter===Bs||b.minFilter===Un)&&Ne("WebGLRenderer: Unable to use linear filtering with floating point textures. OES_texture_float_linear not supported on this device."),i.texParameteri(T,i.TEXTURE_WRAP_S,Te[b.wrapS]),i.texParameteri(T,i.TEXTURE_WRAP_T,Te[b.wrapT]),(T===i.TEXTURE_3D||T===i.TEXTURE_2D_ARRAY)&&i.texParameteri(T,i.TEXTURE_WRAP_R,Te[b.wrapR]),i.texParameteri(T,i.TEXTURE_MAG_FILTER,Pe[b.magFilter]),i.texParameteri(T,i.TEXTURE_MIN_FILTER,Pe[b.minFilter]),b.compareFunction&&(i.texParameteri(T,i.TEXTURE_COMPARE_MODE,i.COMPARE_REF_TO_TEXTURE),i.texParameteri(T,i.TEXTURE_COMPARE_FUNC,Ee[b.compareFunction])),e.has("EXT_texture_filter_anisotropic")===!0){if(b.magFilter===pt||b.minFilter!==Bs&&b.minFilter!==Un||b.type===dn&&e.has("OES_texture_float_linear")===!1)return;if(b.anisotropy>1||n.get(b).__currentAnisotropy){let V=e.get("EXT_texture_filter_anisotropic");i.texParameterf(T,V.TEXTURE_MAX_ANISOTROPY_EXT,Math.min(b.anisotropy,s.getMaxAnisotropy())),n.get(b).__currentAnisotropy=b.anisotropy}}}function et(T,b){let V=!1;T.__webglInit===void 0&&(T.__webglInit=!0,b.addEventListener("dispose",R),B(b));let oe=b.source,ne=f.get(oe);ne===void 0&&(ne={},f.set(oe,ne));let he=D(b);if(he!==T.__cacheKey){ne[he]===void 0&&(ne[he]={texture:i.createTexture(),usedTimes:0},a.memory.textures++,V=!0),ne[he].usedTimes++;let ge=ne[T.__cacheKey];ge!==void 0&&(ne[T.__cacheKey].usedTimes--,ge.usedTimes===0&&W(b)),T.__cacheKey=he,T.__webglTexture=ne[he].texture}return V}function We(T,b,V){return Math.floor(Math.floor(T/V)/b)}function wt(T,b,V,oe){let he=T.updateRanges;if(he.length===0)t.texSubImage2D(i.TEXTURE_2D,0,0,0,b.width,b.height,V,oe,b.data);else{he.sort((I,ee)=>I.start-ee.start);let ge=0;for(let I=1;I<he.length;I++){let ee=he[ge],j=he[I],pe=ee.start+ee.count,ue=We(j.start,b.width,4),de=We(ee.start,b.width,4);j.start<=pe+1&&ue===de&&We(j.start+j.count-1,b.width,4)===ue?ee.count=Math.max(ee.count,j.start+j.count-ee.start):(++ge,he[ge]=j)}he.length=ge+1;let K=t.getParameter(i.UNPACK_ROW_LENGTH),Q=t.getParameter(i.UNPACK_SKIP_PIXELS),fe=t.getParameter(i.UNPACK_SKIP_ROWS);t.pixelStorei(i.UNPACK_ROW_LENGTH,b.width);for(let I=0,ee=he.length;I<ee;I++){let j=he[I],pe=Math.floor(j.start/4),ue=Math.ceil(j.count/4),de=pe%b.width,Re=Math.floor(pe/b.width),ze=ue,le=1;t.pixelStorei(i.UNPACK_SKIP_PIXELS,de),t.pixelStorei(i.UNPACK_SKIP_ROWS,Re),t.texSubImage2D(i.TEXTURE_2D,0,de,Re,ze,le,V,oe,b.data)}T.clearUpdateRanges(),t.pixelStorei(i.UNPACK_ROW_LENGTH,K),t.pixelStorei(i.UNPACK_SKIP_PIXELS,Q),t.pixelStorei(i.UNPACK_SKIP_ROWS,fe)}}function mt(T,b,V){let oe=i.TEXTURE_2D;(b.isDataArrayTexture||b.isCompressedArrayTexture)&&(oe=i.TEXTURE_2D_ARRAY),b.isData3DTexture&&(oe=i.TEXTURE_3D);let ne=et(T,b),he=b.source;t.bindTexture(oe,T.__webglTexture,i.TEXTURE0+V);let ge=n.get(he);if(he.version!==ge.__version||ne===!0){if(t.activeTexture(i.TEXTURE0+V),(typeof ImageBitmap<"u"&&b.image instanceof ImageBitmap)===!1){let le=$e.getPrimaries($e.workingColorSpace),Ie=b.colorSpace===Bn?null:$e.getPrimaries(b.colorSpace),ke=b.colorSpace===Bn||le===Ie?i.NONE:i.BROWSER_DEFAULT_WEBGL;t.pixelStorei(i.UNPACK_FLIP_Y_WEBGL,b.flipY),t.pixelStorei(i.UNPACK_PREMULTIPLY_ALPHA_WEBGL,b.premultiplyAlpha),t.pixelStorei(i.UNPACK_COLORSPACE_CONVERSION_WEBGL,ke)}t.pixelStorei(i.UNPACK_ALIGNMENT,b.unpackAlignment);let Q=_(b.image,!1,s.maxTextureSize);Q=Le(b,Q);let fe=r.convert(b.format,b.colorSpace),I=r.convert(b.type),ee=w(b.internalFormat,fe,I,b.normalized,b.colorSpace,b.isVideoTexture);Ge(oe,b);let j,pe=b.mipmaps,ue=b.isVideoTexture!==!0,de=ge.__version===void 0||ne===!0,Re=he.dataReady,ze=E(b,Q);if(b.isDepthTexture)ee=x(b.format===On,b.type),de&&(ue?t.texStorage2D(i.TEXTURE_2D,1,ee,Q.width,Q.height):t.texImage2D(i.TEXTURE_2D,0,ee,Q.width,Q.height,0,fe,I,null));else if(b.isDataTexture)if(pe.length>0){ue&&de&&t.texStorage2D(i.TEXTURE_2D,ze,ee,pe[0].width,pe[0].height);for(let le=0,Ie=pe.length;le<Ie;le++)j=pe[le],ue?Re&&t.texSubImage2D(i.TEXTURE_2D,le,0,0,j.width,j.height,fe,I,j.data):t.texImage2D(i.TEXTURE_2D,le,ee,j.width,j.height,0,fe,I,j.data);b.generateMipmaps=!1}else ue?(de&&t.texStorage2D(i.TEXTURE_2D,ze,ee,Q.width,Q.height),Re&&wt(b,Q,fe,I)):t.texImage2D(i.TEXTURE_2D,0,ee,Q.width,Q.height,0,fe,I,Q.data);else if(b.isCompressedTexture)if(b.isCompressedArrayTexture){ue&&de&&t.texStorage3D(i.TEXTURE_2D_ARRAY,ze,ee,pe[0].width,pe[0].height,Q.depth);for(let le=0,Ie=pe.length;le<Ie;le++)if(j=pe[le],b.format!==pn)if(fe!==null)if(ue){if(Re)if(b.layerUpdates.size>0){let ke=$l(j.width,j.height,b.format,b.type);for(let _e of b.layerUpdates){let Qe=j.data.subarray(_e*ke/j.data.BYTES_PER_ELEMENT,(_e+1)*ke/j.data.BYTES_PER_ELEMENT);t.compressedTexSubImage3D(i.TEXTURE_2D_ARRAY,le,0,0,_e,j.width,j.height,1,fe,Qe)}}else t.compressedTexSubImage3D(i.TEXTURE_2D_ARRAY,le,0,0,0,j.width,j.height,Q.depth,fe,j.data)}else t.compressedTexImage3D(i.TEXTURE_2D_ARRAY,le,ee,j.width,j.height,Q.depth,0,j.data,0,0);else Ne("WebGLRenderer: Attempt to load unsupported compressed texture format in .uploadTexture()");else ue?Re&&t.texSubImage3D(i.TEXTURE_2D_ARRAY,le,0,0,0,j.width,j.height,Q.depth,fe,I,j.data):t.texImage3D(i.TEXTURE_2D_ARRAY,le,ee,j.width,j.height,Q.depth,0,fe,I,j.data);b.layerUpdates.size>0&&b.clearLayerUpdates()}else{ue&&de&&t.texStorage2D(i.TEXTURE_2D,ze,ee,pe[0].width,pe[0].height);for(let le=0,Ie=pe.length;le<Ie;le++)j=pe[le],b.format!==pn?fe!==null?ue?Re&&t.compressedTexSubImage2D(i.TEXTURE_2D,le,0,0,j.width,j.height,fe,j.data):t.compressedTexImage2D(i.TEXTURE_2D,le,ee,j.width,j.height,0,j.data):Ne("WebGLRenderer: Attempt to load unsupported compressed texture format in .uploadTexture()"):ue?Re&&t.texSubImage2D(i.TEXTURE_2D,le,0,0,j.width,j.height,fe,I,j.data):t.texImage2D(i.TEXTURE_2D,le,ee,j.width,j.height,0,fe,I,j.data)}else if(b.isDataArrayTexture)if(ue){if(de&&t.texStorage3D(i.TEXTURE_2D_ARRAY,ze,ee,Q.width,Q.height,Q.depth),Re)if(b.layerUpdates.size>0){let le=$l(Q.width,Q.height,b.format,b.type);for(let Ie of b.layerUpdates){let ke=Q.data.subarray(Ie*le/Q.data.BYTES_PER_ELEMENT,(Ie+1)*le/Q.data.BYTES_PER_ELEMENT);t.texSubImage3D(i.TEXTURE_2D_ARRAY,0,0,0,Ie,Q.width,Q.height,1,fe,I,ke)}b.clearLayerUpdates()}else t.texSubImage3D(i.TEXTURE_2D_ARRAY,0,0,0,0,Q.width,Q.height,Q.depth,fe,I,Q.data)}else t.texImage3D(i.TEXTURE_2D_ARRAY,0,ee,Q.width,Q.height,Q.depth,0,fe,I,Q.data);else if(b.isData3DTexture)ue?(de&&t.texStorage3D(i.TEXTURE_3D,ze,ee,Q.width,Q.height,Q.depth),Re&&t.texSubImage3D(i.TEXTURE_3D,0,0,0,0,Q.width,Q.height,Q.depth,fe,I,Q.data)):t.texImage3D(i.TEXTURE_3D,0,ee,Q.width,Q.height,Q.depth,0,fe,I,Q.data);else if(b.isFramebufferTexture){if(de)if(ue)t.texStorage2D(i.TEXTURE_2D,ze,ee,Q.width,Q.height);else{let le=Q.width,Ie=Q.height;for(let ke=0;ke<ze;ke++)t.texImage2D(i.TEXTURE_2D,ke,ee,le,Ie,0,fe,I,null),le>>=1,Ie>>=1}}else if(b.isHTMLTexture){if("texElementImage2D"in i){let le=i.canvas;if(le.hasAttribute("layoutsubtree")||le.setAttribute("layoutsubtree","true"),Q.parentNode!==le){le.appendChild(Q),d.add(b),le.onpaint=Ie=>{let ke=Ie.changedElements;for(let _e of d)ke.includes(_e.image)&&(_e.needsUpdate=!0)},le.requestPaint();return}if(i.texElementImage2D.length===3)i.texElementImage2D(i.TEXTURE_2D,i.RGBA8,Q);else{let ke=i.RGBA,_e=i.RGBA,Qe=i.UNSIGNED_BYTE;i.texElementImage2D(i.TEXTURE_2D,0,ke,_e,Qe,Q)}i.texParameteri(i.TEXTURE_2D,i.TEXTURE_MIN_FILTER,i.LINEAR),i.texParameteri(i.TEXTURE_2D,i.TEXTURE_WRAP_S,i.CLAMP_TO_EDGE),i.texParameteri(i.TEXTURE_2D,i.TEXTURE_WRAP_T,i.CLAMP_TO_EDGE)}}else if(pe.length>0){if(ue&&de){let le=Ue(pe[0]);t.texStorage2D(i.TEXTURE_2D,ze,ee,le.width,le.height)}for(let le=0,Ie=pe.length;le<Ie;le++)j=pe[le],ue?Re&&t.texSubImage2D(i.TEXTURE_2D,le,0,0,fe,I,j):t.texImage2D(i.TEXTURE_2D,le,ee,fe,I,j);b.generateMipmaps=!1}else if(ue){if(de){let le=Ue(Q);t.texStorage2D(i.TEXTURE_2D,ze,ee,le.width,le.height)}Re&&t.texSubImage2D(i.TEXTURE_2D,0,0,0,fe,I,Q)}else t.texImage2D(i.TEXTURE_2D,0,ee,fe,I,Q);S(b)&&b.mipmapsAutoUpdate===!0&&v(oe),ge.__version=he.version,b.onUpdate&&b.onUpdate(b)}T.__version=b.version}function Bt(T,b,V){if(b.image.length!==6)return;let oe=et(T,b),ne=b.source;t.bindTexture(i.TEXTURE_CUBE_MAP,T.__webglTexture,i.TEXTURE0+V);let he=n.get(ne);if(ne.version!==he.__version||oe===!0){t.activeTexture(i.TEXTURE0+V);let ge=$e.getPrimaries($e.workingColorSpace),K=b.colorSpace===Bn?null:$e.getPrimaries(b.colorSpace),Q=b.colorSpace===Bn||ge===K?i.NONE:i.BROWSER_DEFAULT_WEBGL;t.pixelStorei(i.UNPACK_FLIP_Y_WEBGL,b.flipY),t.pixelStorei(i.UNPACK_PREMULTIPLY_ALPHA_WEBGL,b.premultiplyAlpha),t.pixelStorei(i.UNPACK_ALIGNMENT,b.unpackAlignment),t.pixelStorei(i.UNPACK_COLORSPACE_CONVERSION_WEBGL,Q);let fe=b.isCompressedTexture||b.image[0].isCompressedTexture,I=b.image[0]&&b.image[0].isDataTexture,ee=[];for(let _e=0;_e<6;_e++)!fe&&!I?ee[_e]=_(b.image[_e],!0,s.maxCubemapSize):ee[_e]=I?b.image[_e].image:b.image[_e],ee[_e]=Le(b,ee[_e]);let j=ee[0],pe=r.convert(b.format,b.colorSpace),ue=r.convert(b.type),de=w(b.internalFormat,pe,ue,b.normalized,b.colorSpace),Re=b.isVideoTexture!==!0,ze=he.__version===void 0||oe===!0,le=ne.dataReady,Ie=E(b,j);Ge(i.TEXTURE_CUBE_MAP,b);let ke;if(b.isDepthTexture){if(de=x(b.format===On,b.type),ze)if(Re)t.texStorage2D(i.TEXTURE_CUBE_MAP,1,de,j.width,j.height);else for(let _e=0;_e<6;_e++)t.texImage2D(i.TEXTURE_CUBE_MAP_POSITIVE_X+_e,0,de,j.width,j.height,0,pe,ue,null)}else if(fe){Re&&ze&&t.texStorage2D(i.TEXTURE_CUBE_MAP,Ie,de,j.width,j.height);for(let _e=0;_e<6;_e++){ke=ee[_e].mipmaps;for(let Qe=0;Qe<ke.length;Qe++){let bt=ke[Qe];b.format!==pn?pe!==null?Re?le&&t.compressedTexSubImage2D(i.TEXTURE_CUBE_MAP_POSITIVE_X+_e,Qe,0,0,bt.width,bt.height,pe,bt.data):t.compressedTexImage2D(i.TEXTURE_CUBE_MAP_POSITIVE_X+_e,Qe,de,bt.width,bt.height,0,bt.data):Ne("WebGLRenderer: Attempt to load unsupported compressed texture format in .setTextureCube()"):Re?le&&t.texSubImage2D(i.TEXTURE_CUBE_MAP_POSITIVE_X+_e,Qe,0,0,bt.width,bt.height,pe,ue,bt.data):t.texImage2D(i.TEXTURE_CUBE_MAP_POSITIVE_X+_e,Qe,de,bt.width,bt.height,0,pe,ue,bt.data)}}}else{if(ke=b.mipmaps,Re&&ze){ke.length>0&&Ie++;let _e=Ue(ee[0]);t.texStorage2D(i.TEXTURE_CUBE_MAP,Ie,de,_e.width,_e.height)}for(let _e=0;_e<6;_e++)if(I){Re?le&&t.texSubImage2D(i.TEXTURE_CUBE_MAP_POSITIVE_X+_e,0,0,0,ee[_e].width,ee[_e].height,pe,ue,ee[_e].data):t.texImage2D(i.TEXTURE_CUBE_MAP_POSITIVE_X+_e,0,de,ee[_e].width,ee[_e].height,0,pe,ue,ee[_e].data);for(let Qe=0;Qe<ke.length;Qe++){let zn=ke[Qe].image[_e].image;Re?le&&t.texSubImage2D(i.TEXTURE_CUBE_MAP_POSITIVE_X+_e,Qe+1,0,0,zn.width,zn.height,pe,ue,zn.data):t.texImage2D(i.TEXTURE_CUBE_MAP_POSITIVE_X+_e,Qe+1,de,zn.width,zn.height,0,pe,ue,zn.data)}}else{Re?le&&t.texSubImage2D(i.TEXTURE_CUBE_MAP_POSITIVE_X+_e,0,0,0,pe,ue,ee[_e]):t.texImage2D(i.TEXTURE_CUBE_MAP_POSITIVE_X+_e,0,de,pe,ue,ee[_e]);for(let Qe=0;Qe<ke.length;Qe++){let bt=ke[Qe];Re?le&&t.texSubImage2D(i.TEXTURE_CUBE_MAP_POSITIVE_X+_e,Qe+1,0,0,pe,ue,bt.image[_e]):t.texImage2D(i.TEXTURE_CUBE_MAP_POSITIVE_X+_e,Qe+1,de,pe,ue,bt.image[_e])}}}S(b)&&b.mipmapsAutoUpdate===!0&&v(i.TEXTURE_CUBE_MAP),he.__version=ne.version,b.onUpdate&&b.onUpdate(b)}T.__version=b.version}function lt(T,b,V,oe,ne,he){let ge=r.convert(V.format,V.colorSpace),K=r.convert(V.type),Q=w(V.internalFormat,ge,K,V.normalized,V.colorSpace),fe=n.get(b),I=n.get(V);if(I.__renderTarget=b,!fe.__hasExternalTextures){let ee=Math.max(1,b.width>>he),j=Math.max(1,b.height>>he);ne===i.TEXTURE_3D||ne===i.TEXTURE_2D_ARRAY?t.texImage3D(ne,he,Q,ee,j,b.depth,0,ge,K,null):t.texImage2D(ne,he,Q,ee,j,0,ge,K,null)}t.bindFramebuffer(i.FRAMEBUFFER,T),ye(b)?o.framebufferTexture2DMultisampleEXT(i.FRAMEBUFFER,oe,ne,I.__webglTexture,0,ot(b)):(ne===i.TEXTURE_2D||ne>=i.TEXTURE_CUBE_MAP_POSITIVE_X&&ne<=i.TEXTURE_CUBE_MAP_NEGATIVE_Z)&&i.framebufferTexture2D(i.FRAMEBUFFER,oe,ne,I.__webglTexture,he),t.bindFramebuffer(i.FRAMEBUFFER,null)}function mn(T,b,V){if(i.bindRenderbuffer(i.RENDERBUFFER,T),b.depthBuffer){let oe=b.depthTexture,ne=oe&&oe.isDepthTexture?oe.type:null,he=x(b.stencilBuffer,ne),ge=b.stencilBuffer?i.DEPTH_STENCIL_ATTACHMENT:i.DEPTH_ATTACHMENT;ye(b)?o.renderbufferStorageMultisampleEXT(i.RENDERBUFFER,ot(b),he,b.width,b.height):V?i.renderbufferStorageMultisample(i.RENDERBUFFER,ot(b),he,b.width,b.height):i.renderbufferStorage(i.RENDERBUFFER,he,b.width,b.height),i.framebufferRenderbuffer(i.FRAMEBUFFER,ge,i.RENDERBUFFER,T)}else{let oe=b.textures;for(let ne=0;ne<oe.length;ne++){let he=oe[ne],ge=r.convert(he.format,he.colorSpace),K=r.convert(he.type),Q=w(he.internalFormat,ge,K,he.normalized,he.colorSpace);ye(b)?o.renderbufferStorageMultisampleEXT(i.RENDERBUFFER,ot(b),Q,b.width,b.height):V?i.renderbufferStorageMultisample(i.RENDERBUFFER,ot(b),Q,b.width,b.height):i.renderbufferStorage(i.RENDERBUFFER,Q,b.width,b.height)}}i.bindRenderbuffer(i.RENDERBUFFER,null)}function vt(T,b,V){let oe=b.isWebGLCubeRenderTarget===!0;if(t.bindFramebuffer(i.FRAMEBUFFER,T),!(b.depthTexture&&b.depthTexture.isDepthTexture))throw new Error("THREE.WebGLTextures: renderTarget.depthTexture must be an instance of THREE.DepthTexture.");let ne=n.get(b.depthTexture);ne.__renderTarget=b;let he=oe?b.depthTexture.image[0]:b.depthTexture.image;(!ne.__webglTexture||he.width!==b.width||he.height!==b.height)&&(he.width=b.width,he.height=b.height,b.depthTexture.needsUpdate=!0),oe?ie(b.depthTexture,0):Z(b.depthTexture,0);let ge=ne.__webglTexture,K=ot(b),Q=oe?i.TEXTURE_CUBE_MAP_POSITIVE_X+V:i.TEXTURE_2D,fe=b.depthTexture.format===On?i.DEPTH_STENCIL_ATTACHMENT:i.DEPTH_ATTACHMENT;if(b.depthTexture.format===Dn)ye(b)?o.framebufferTexture2DMultisampleEXT(i.FRAMEBUFFER,fe,Q,ge,0,K):i.framebufferTexture2D(i.FRAMEBUFFER,fe,Q,ge,0);else if(b.depthTexture.format===On)ye(b)?o.framebufferTexture2DMultisampleEXT(i.FRAMEBUFFER,fe,Q,ge,0,K):i.framebufferTexture2D(i.FRAMEBUFFER,fe,Q,ge,0);else throw new Error("THREE.WebGLTextures: Unknown depthTexture format.")}function Zt(T){let b=n.get(T),V=T.isWebGLCubeRenderTarget===!0;if(b.__boundDepthTexture!==T.depthTexture){let oe=T.depthTexture;if(b.__depthDisposeCallback&&b.__depthDisposeCallback(),oe){let ne=()=>{delete b.__boundDepthTexture,delete b.__depthDisposeCallback,oe.removeEventListener("dispose",ne)};oe.addEventListener("dispose",ne),b.__depthDisposeCallback=ne}b.__boundDepthTexture=oe}if(T.depthTexture&&!b.__autoAllocateDepthBuffer)if(V)for(let oe=0;oe<6;oe++)vt(b.__webglFramebuffer[oe],T,oe);else T.texture.mipmaps.length>0?vt(b.__webglFramebuffer[0],T,0):vt(b.__webglFramebuffer,T,0);else if(V){b.__webglDepthbuffer=[];for(let oe=0;oe<6;oe++)if(t.bindFramebuffer(i.FRAMEBUFFER,b.__webglFramebuffer[oe]),b.__webglDepthbuffer[oe]===void 0)b.__webglDepthbuffer[oe]=i.createRenderbuffer(),mn(b.__webglDepthbuffer[oe],T,!1);else{let ne=T.stencilBuffer?i.DEPTH_STENCIL_ATTACHMENT:i.DEPTH_ATTACHMENT,he=b.__webglDepthbuffer[oe];i.bindRenderbuffer(i.RENDERBUFFER,he),i.framebufferRenderbuffer(i.FRAMEBUFFER,ne,i.RENDERBUFFER,he)}}else if(T.texture.mipmaps.length>0?t.bindFramebuffer(i.FRAMEBUFFER,b.__webglFramebuffer[0]):t.bindFramebuffer(i.FRAMEBUFFER,b.__webglFramebuffer),b.__webglDepthbuffer===void 0)b.__webglDepthbuffer=i.createRenderbuffer(),mn(b.__webglDepthbuffer,T,!1);else{let ne=T.stencilBuffer?i.DEPTH_STENCIL_ATTACHMENT:i.DEPTH_ATTACHMENT,he=b.__webglDepthbuffer;i.bindRenderbuffer(i.RENDERBUFFER,he),i.framebufferRenderbuffer(i.FRAMEBUFFER,ne,i.RENDERBUFFER,he)}t.bindFramebuffer(i.FRAMEBUFFER,null)}function Jt(T,b,V){let oe=n.get(T);b!==void 0&&lt(oe.__webglFramebuffer,T,T.texture,i.COLOR_ATTACHMENT0,i.TEXTURE_2D,0),V!==void 0&&Zt(T)}function jt(T){let b=T.texture,V=n.get(T),oe=n.get(b);T.addEventListener("dispose",L),B(T);let ne=T.textures,he=T.isWebGLCubeRenderTarget===!0,ge=ne.length>1;if(ge||(oe.__webglTexture===void 0&&(oe.__webglTexture=i.createTexture()),oe.__version=b.version,a.memory.textures++),he){V.__webglFramebuffer=[];for(let K=0;K<6;K++)if(b.mipmaps.length>0){V.__webglFramebuffer[K]=[];for(let Q=0;Q<b.mipmaps.length;Q++)V.__webglFramebuffer[K][Q]=i.createFramebuffer()}else V.__webglFramebuffer[K]=i.createFramebuffer()}else{if(b.mipmaps.length>0){V.__webglFramebuffer=[];for(let K=0;K<b.mipmaps.length;K++)V.__webglFramebuffer[K]=i.createFramebuffer()}else V.__webglFramebuffer=i.createFramebuffer();if(ge)for(let K=0,Q=ne.length;K<Q;K++){let fe=n.get(ne[K]);fe.__webglTexture===void 0&&(fe.__webglTexture=i.createTexture(),a.memory.textures++)}if(T.samples>0&&ye(T)===!1){V.__webglMultisampledFramebuffer=i.createFramebuffer(),V.__webglColorRenderbuffer=[],t.bindFramebuffer(i.FRAMEBUFFER,V.__webglMultisampledFramebuffer);for(let K=0;K<ne.length;K++){let Q=ne[K];V.__webglColorRenderbuffer[K]=i.createRenderbuffer(),i.bindRenderbuffer(i.RENDERBUFFER,V.__webglColorRenderbuffer[K]);let fe=r.convert(Q.format,Q.colorSpace),I=r.convert(Q.type),ee=w(Q.internalFormat,fe,I,Q.normalized,Q.colorSpace,T.isXRRenderTarget===!0),j=ot(T);i.renderbufferStorageMultisample(i.RENDERBUFFER,j,ee,T.width,T.height),i.framebufferRenderbuffer(i.FRAMEBUFFER,i.COLOR_ATTACHMENT0+K,i.RENDERBUFFER,V.__webglColorRenderbuffer[K])}i.bindRenderbuffer(i.RENDERBUFFER,null),T.depthBuffer&&(V.__webglDepthRenderbuffer=i.createRenderbuffer(),mn(V.__webglDepthRenderbuffer,T,!0)),t.bindFramebuffer(i.FRAMEBUFFER,null)}}if(he){t.bindTexture(i.TEXTURE_CUBE_MAP,oe.__webglTexture),Ge(i.TEXTURE_CUBE_MAP,b);for(let K=0;K<6;K++)if(b.mipmaps.length>0)for(let Q=0;Q<b.mipmaps.length;Q++)lt(V.__webglFramebuffer[K][Q],T,b,i.COLOR_ATTACHMENT0,i.TEXTURE_CUBE_MAP_POSITIVE_X+K,Q);else lt(V.__webglFramebuffer[K],T,b,i.COLOR_ATTACHMENT0,i.TEXTURE_CUBE_MAP_POSITIVE_X+K,0);S(b)?v(i.TEXTURE_CUBE_MAP):b.mipmaps.length>0&&i.texParameteri(i.TEXTURE_CUBE_MAP,i.TEXTURE_MAX_LEVEL,b.mipmaps.length-1),t.unbindTexture()}else if(ge){for(let K=0,Q=ne.length;K<Q;K++){let fe=ne[K],I=n.get(fe),ee=i.TEXTURE_2D;(T.isWebGL3DRenderTarget||T.isWebGLArrayRenderTarget)&&(ee=T.isWebGL3DRenderTarget?i.TEXTURE_3D:i.TEXTURE_2D_ARRAY),t.bindTexture(ee,I.__webglTexture),Ge(ee,fe),lt(V.__webglFramebuffer,T,fe,i.COLOR_ATTACHMENT0+K,ee,0),S(fe)&&v(ee)}t.unbindTexture()}else{let K=i.TEXTURE_2D;if((T.isWebGL3DRenderTarget||T.isWebGLArrayRenderTarget)&&(K=T.isWebGL3DRenderTarget?i.TEXTURE_3D:i.TEXTURE_2D_ARRAY),t.bindTexture(K,oe.__webglTexture),Ge(K,b),b.mipmaps.length>0)for(let Q=0;Q<b.mipmaps.length;Q++)lt(V.__webglFramebuffer[Q],T,b,i.COLOR_ATTACHMENT0,K,Q);else lt(V.__webglFramebuffer,T,b,i.COLOR_ATTACHMENT0,K,0);S(b)?v(K):b.mipmaps.length>0&&i.texParameteri(K,i.TEXTURE_MAX_LEVEL,b.mipmaps.length-1),t.unbindTexture()}T.depthBuffer&&Zt(T)}function O(T){let b=T.textures;for(let V=0,oe=b.length;V<oe;V++){let ne=b[V];if(S(ne)&&ne.mipmapsAutoUpdate===!0){let he=A(T),ge=n.get(ne).__webglTexture;t.bindTexture(he,ge),v(he),t.unbindTexture()}}}let Kt=[];function at(T){if(T.samples>0){if(ye(T)===!1){let b=T.textures,V=T.width,oe=T.height,ne=i.COLOR_BUFFER_BIT,he=T.stencilBuffer?i.DEPTH_STENCIL_ATTACHMENT:i.DEPTH_ATTACHMENT,ge=n.get(T),K=b.length>1;if(K)for(let fe=0;fe<b.length;fe++)t.bindFramebuffer(i.FRAMEBUFFER,ge.__webglMultisampledFramebuffer),i.framebufferRenderbuffer(i.FRAMEBUFFER,i.COLOR_ATTACHMENT0+fe,i.RENDERBUFFER,null),t.bindFramebuffer(i.FRAMEBUFFER,ge.__webglFramebuffer),i.framebufferTexture2D(i.DRAW_FRAMEBUFFER,i.COLOR_ATTACHMENT0+fe,i.TEXTURE_2D,null,0);t.bindFramebuffer(i.READ_FRAMEBUFFER,ge.__webglMultisampledFramebuffer),T.texture.mipmaps.length>0?t.bindFramebuffer(i.DRAW_FRAMEBUFFER,ge.__webglFramebuffer[0]):t.bindFramebuffer(i.DRAW_FRAMEBUFFER,ge.__webglFramebuffer);for(let fe=0;fe<b.length;fe++){if(T.resolveDepthBuffer&&(T.depthBuffer&&(ne|=i.DEPTH_BUFFER_BIT),T.stencilBuffer&&T.resolveStencilBuffer&&(ne|=i.STENCIL_BUFFER_BIT)),K){i.framebufferRenderbuffer(i.READ_FRAMEBUFFER,i.COLOR_ATTACHMENT0,i.RENDERBUFFER,ge.__webglColorRenderbuffer[fe]);let I=n.get(b[fe]).__webglTexture;i.framebufferTexture2D(i.DRAW_FRAMEBUFFER,i.COLOR_ATTACHMENT0,i.TEXTURE_2D,I,0)}i.blitFramebuffer(0,0,V,oe,0,0,V,oe,ne,i.NEAREST),c===!0&&(Kt.length=0,Kt.push(i.COLOR_ATTACHMENT0+fe),T.depthBuffer&&T.storeMultisampledDepthBuffer===!1&&Kt.push(he),i.invalidateFramebuffer(i.READ_FRAMEBUFFER,Kt))}if(t.bindFramebuffer(i.READ_FRAMEBUFFER,null),t.bindFramebuffer(i.DRAW_FRAMEBUFFER,null),K)for(let fe=0;fe<b.length;fe++){t.bindFramebuffer(i.FRAMEBUFFER,ge.__webglMultisampledFramebuffer),i.framebufferRenderbuffer(i.FRAMEBUFFER,i.COLOR_ATTACHMENT0+fe,i.RENDERBUFFER,ge.__webglColorRenderbuffer[fe]);let I=n.get(b[fe]).__webglTexture;t.bindFramebuffer(i.FRAMEBUFFER,ge.__webglFramebuffer),i.framebufferTexture2D(i.DRAW_FRAMEBUFFER,i.COLOR_ATTACHMENT0+fe,i.TEXTURE_2D,I,0)}t.bindFramebuffer(i.DRAW_FRAMEBUFFER,ge.__webglMultisampledFramebuffer)}else if(T.depthBuffer&&T.storeMultisampledDepthBuffer===!1&&c){let b=T.stencilBuffer?i.DEPTH_STENCIL_ATTACHMENT:i.DEPTH_ATTACHMENT;i.invalidateFramebuffer(i.DRAW_FRAMEBUFFER,[b])}}}function ot(T){return Math.min(s.maxSamples,T.samples)}function ye(T){let b=n.get(T);return T.samples>0&&e.has("WEBGL_multisampled_render_to_texture")===!0&&b.__useRenderToTexture!==!1}function gt(T){let b=a.render.frame;u.get(T)!==b&&(u.set(T,b),T.update())}function Le(T,b){let V=T.colorSpace,oe=T.format,ne=T.type;return T.isCompressedTexture===!0||T.isVideoTexture===!0||V!==vs&&V!==Bn&&($e.getTransfer(V)===Ke?(oe!==pn||ne!==Yt)&&Ne("WebGLTextures: sRGB encoded textures have to use RGBAFormat and UnsignedByteType."):De("WebGLTextures: Unsupported texture color space:",V)),b}function Ue(T){return typeof HTMLImageElement<"u"&&T instanceof HTMLImageElement?(l.width=T.naturalWidth||T.width,l.height=T.naturalHeight||T.height):typeof VideoFrame<"u"&&T instanceof VideoFrame?(l.width=T.displayWidth,l.height=T.displayHeight):(l.width=T.width,l.height=T.height),l}this.allocateTextureUnit=U,this.resetTextureUnits=te,this.getTextureUnits=re,this.setTextureUnits=Se,this.setTexture2D=Z,this.setTexture2DArray=ae,this.setTexture3D=ce,this.setTextureCube=ie,this.rebindTextures=Jt,this.setupRenderTarget=jt,this.updateRenderTargetMipmap=O,this.updateMultisampleRenderTarget=at,this.setupDepthRenderbuffer=Zt,this.setupFrameBufferTexture=lt,this.useMultisampledRTT=ye,this.dispose=H}function Qx(i,e){function t(n,s=Bn){let r,a=$e.getTransfer(s);if(n===Yt)return i.UNSIGNED_BYTE;if(n===_a)return i.UNSIGNED_SHORT_4_4_4_4;if(n===va)return i.UNSIGNED_SHORT_5_5_5_1;if(n===Nl)return i.UNSIGNED_INT_5_9_9_9_REV;if(n===Dl)return i.UNSIGNED_INT_10F_11F_11F_REV;if(n===Il)return i.BYTE;if(n===Ll)return i.SHORT;if(n===es)return i.UNSIGNED_SHORT;if(n===ya)return i.INT;if(n===hn)return i.UNSIGNED_INT;if(n===dn)return i.FLOAT;if(n===fn)return i.HALF_FLOAT;if(n===Fl)return i.ALPHA;if(n===Ul)return i.RGB;if(n===pn)return i.RGBA;if(n===Dn)return i.DEPTH_COMPONENT;if(n===On)return i.DEPTH_STENCIL;if(n===Ol)return i.RED;if(n===ba)return i.RED_INTEGER;if(n===ni)return i.RG;if(n===Sa)return i.RG_INTEGER;if(n===Ma)return i.RGBA_INTEGER;if(n===ks||n===zs||n===Vs||n===Gs)if(a===Ke)if(r=e.get("WEBGL_compressed_texture_s3tc_srgb"),r!==null){if(n===ks)return r.COMPRESSED_SRGB_S3TC_DXT1_EXT;if(n===zs)return r.COMPRESSED_SRGB_ALPHA_S3TC_DXT1_EXT;if(n===Vs)return r.COMPRESSED_SRGB_ALPHA_S3TC_DXT3_EXT;if(n===Gs)return r.COMPRESSED_SRGB_ALPHA_S3TC_DXT5_EXT}else return null;else if(r=e.get("WEBGL_compressed_texture_s3tc"),r!==null){if(n===ks)return r.COMPRESSED_RGB_S3TC_DXT1_EXT;if(n===zs)return r.COMPRESSED_RGBA_S3TC_DXT1_EXT;if(n===Vs)return r.COMPRESSED_RGBA_S3TC_DXT3_EXT;if(n===Gs)return r.COMPRESSED_RGBA_S3TC_DXT5_EXT}else return null;if(n===wa||n===Aa||n===Ea||n===Ta)if(r=e.get("WEBGL_compressed_texture_pvrtc"),r!==null){if(n===wa)return r.COMPRESSED_RGB_PVRTC_4BPPV1_IMG;if(n===Aa)return r.COMPRESSED_RGB_PVRTC_2BPPV1_IMG;if(n===Ea)return r.COMPRESSED_RGBA_PVRTC_4BPPV1_IMG;if(n===Ta)return r.COMPRESSED_RGBA_PVRTC_2BPPV1_IMG}else return null;if(n===Ca||n===Ra||n===Pa||n===Ia||n===La||n===Hs||n===Na)if(r=e.get("WEBGL_compressed_texture_etc"),r!==null){if(n===Ca||n===Ra)return a===Ke?r.COMPRESSED_SRGB8_ETC2:r.COMPRESSED_RGB8_ETC2;if(n===Pa)return a===Ke?r.COMPRESSED_SRGB8_ALPHA8_ETC2_EAC:r.COMPRESSED_RGBA8_ETC2_EAC;if(n===Ia)return r.COMPRESSED_R11_EAC;if(n===La)return r.COMPRESSED_SIGNED_R11_EAC;if(n===Hs)return r.COMPRESSED_RG11_EAC;if(n===Na)return r.COMPRESSED_SIGNED_RG11_EAC}else return null;if(n===Da||n===Fa||n===Ua||n===Oa||n===Ba||n===ka||n===za||n===Va||n===Ga||n===Ha||n===Wa||n===Xa||n===qa||n===$a)if(r=e.get("WEBGL_compressed_texture_astc"),r!==null){if(n===Da)return a===Ke?r.COMPRESSED_SRGB8_ALPHA8_ASTC_4x4_KHR:r.COMPRESSED_RGBA_ASTC_4x4_KHR;if(n===Fa)return a===Ke?r.COMPRESSED_SRGB8_ALPHA8_ASTC_5x4_KHR:r.COMPRESSED_RGBA_ASTC_5x4_KHR;if(n===Ua)return a===Ke?r.COMPRESSED_SRGB8_ALPHA8_ASTC_5x5_KHR:r.COMPRESSED_RGBA_ASTC_5x5_KHR;if(n===Oa)return a===Ke?r.COMPRESSED_SRGB8_ALPHA8_ASTC_6x5_KHR:r.COMPRESSED_RGBA_ASTC_6x5_KHR;if(n===Ba)return a===Ke?r.COMPRESSED_SRGB8_ALPHA8_ASTC_6x6_KHR:r.COMPRESSED_RGBA_ASTC_6x6_KHR;if(n===ka)return a===Ke?r.COMPRESSED_SRGB8_ALPHA8_ASTC_8x5_KHR:r.COMPRESSED_RGBA_ASTC_8x5_KHR;if(n===za)return a===Ke?r.COMPRESSED_SRGB8_ALPHA8_ASTC_8x6_KHR:r.COMPRESSED_RGBA_ASTC_8x6_KHR;if(n===Va)return a===Ke?r.COMPRESSED_SRGB8_ALPHA8_ASTC_8x8_KHR:r.COMPRESSED_RGBA_ASTC_8x8_KHR;if(n===Ga)return a===Ke?r.COMPRESSED_SRGB8_ALPHA8_ASTC_10x5_KHR:r.COMPRESSED_RGBA_ASTC_10x5_KHR;if(n===Ha)return a===Ke?r.COMPRESSED_SRGB8_ALPHA8_ASTC_10x6_KHR:r.COMPRESSED_RGBA_ASTC_10x6_KHR;if(n===Wa)return a===Ke?r.COMPRESSED_SRGB8_ALPHA8_ASTC_10x8_KHR:r.COMPRESSED_RGBA_ASTC_10x8_KHR;if(n===Xa)return a===Ke?r.COMPRESSED_SRGB8_ALPHA8_ASTC_10x10_KHR:r.COMPRESSED_RGBA_ASTC_10x10_KHR;if(n===qa)return a===Ke?r.COMPRESSED_SRGB8_ALPHA8_ASTC_12x10_KHR:r.COMPRESSED_RGBA_ASTC_12x10_KHR;if(n===$a)return a===Ke?r.COMPRESSED_SRGB8_ALPHA8_ASTC_12x12_KHR:r.COMPRESSED_RGBA_ASTC_12x12_KHR}else return null;if(n===Ya||n===Za||n===Ja)if(r=e.get("EXT_texture_compression_bptc"),r!==null){if(n===Ya)return a===Ke?r.COMPRESSED_SRGB_ALPHA_BPTC_UNORM_EXT:r.COMPRESSED_RGBA_BPTC_UNORM_EXT;if(n===Za)return r.COMPRESSED_RGB_BPTC_SIGNED_FLOAT_EXT;if(n===Ja)return r.COMPRESSED_RGB_BPTC_UNSIGNED_FLOAT_EXT}else return null;if(n===ja||n===Ka||n===Ws||n===Qa)if(r=e.get("EXT_texture_compression_rgtc"),r!==null){if(n===ja)return r.COMPRESSED_RED_RGTC1_EXT;if(n===Ka)return r.COMPRESSED_SIGNED_RED_RGTC1_EXT;if(n===Ws)return r.COMPRESSED_RED_GREEN_RGTC2_EXT;if(n===Qa)return r.COMPRESSED_SIGNED_RED_GREEN_RGTC2_EXT}else return null;return n===gi?i.UNSIGNED_INT_24_8:i[n]!==void 0?i[n]:null}return{convert:t}}var ey=`
void main() {

	gl_Position = vec4( position, 1.0 );

}`,ty=`
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

}`,oc=class{constructor(){this.texture=null,this.mesh=null,this.depthNear=0,this.depthFar=0}init(e,t){if(this.texture===null){let n=new Ns(e.texture);(e.depthNear!==t.depthNear||e.depthFar!==t.depthFar)&&(this.depthNear=e.depthNear,this.depthFar=e.depthFar),this.texture=n}}getMesh(e){if(this.texture!==null&&this.mesh===null){let t=e.cameras[0].viewport,n=new sn({vertexShader:ey,fragmentShader:ty,uniforms:{depthColor:{value:this.texture},depthWidth:{value:t.z},depthHeight:{value:t.w}}});this.mesh=new vn(new Ds(20,20),n)}return this.mesh}reset(){this.texture=null,this.mesh=null}getDepthTexture(){return this.texture}},lc=class extends yn{constructor(e,t){super();let n=this,s=null,r=1,a=null,o="local-floor",c=1,l=null,u=null,d=null,h=null,f=null,g=null,y=typeof XRWebGLBinding<"u",m=new oc,p={},_=t.getContextAttributes(),S=null,v=null,A=[],w=[],x=new Ze,E=null,B=null,F=new Ut;F.viewport=new ut;let R=new Ut;R.viewport=new ut;let L=[F,R],k=new fa,P=null,H=null;this.cameraAutoUpdate=!0,this.enabled=!1,this.isPresenting=!1,this.getController=function(D){let Z=A[D];return Z===void 0&&(Z=new qi,A[D]=Z),Z.getTargetRaySpace()},this.getControllerGrip=function(D){let Z=A[D];return Z===void 0&&(Z=new qi,A[D]=Z),Z.getGripSpace()},this.getHand=function(D){let Z=A[D];return Z===void 0&&(Z=new qi,A[D]=Z),Z.getHandSpace()};function J(D){let Z=w.indexOf(D.inputSource);if(Z===-1)return;let ae=A[Z];ae!==void 0&&(ae.update(D.inputSource,D.frame,l||a),ae.dispatchEvent({type:D.type,data:D.inputSource}))}function W(){s.removeEventListener("select",J),s.removeEventListener("selectstart",J),s.removeEventListener("selectend",J),s.removeEventListener("squeeze",J),s.removeEventListener("squeezestart",J),s.removeEventListener("squeezeend",J),s.removeEventListener("end",W),s.removeEventListener("inputsourceschange",se);for(let D=0;D<A.length;D++){let Z=w[D];Z!==null&&(w[D]=null,A[D].disconnect(Z))}P=null,H=null,m.reset();for(let D in p)delete p[D];if(e.setRenderTarget(S),f=null,h=null,d=null,s=null,v=null,U.stop(),n.isPresenting=!1,e.setPixelRatio(E),e.setSize(x.width,x.height,!1),B!==null){let D=B.camera;D.fov=B.fov,D.zoom=B.zoom,D.updateProjectionMatrix(),B=null}n.dispatchEvent({type:"sessionend"})}this.setFramebufferScaleFactor=function(D){r=D,n.isPresenting===!0&&Ne("WebXRManager: Cannot change framebuffer scale while presenting.")},this.setReferenceSpaceType=function(D){o=D,n.isPresenting===!0&&Ne("WebXRManager: Cannot change reference space type while presenting.")},this.getReferenceSpace=function(){return l||a},this.setReferenceSpace=function(D){l=D},this.getBaseLayer=function(){return h!==null?h:f},this.getBinding=function(){return d===null&&y&&(d=new XRWebGLBinding(s,t)),d},this.getFrame=function(){return g},this.getSession=function(){return s},this.setSession=async function(D){if(s=D,s!==null){if(S=e.getRenderTarget(),s.addEventListener("select",J),s.addEventListener("selectstart",J),s.addEventListener("selectend",J),s.addEventListener("squeeze",J),s.addEventListener("squeezestart",J),s.addEventListener("squeezeend",J),s.addEventListener("end",W),s.addEventListener("inputsourceschange",se),_.xrCompatible!==!0&&await t.makeXRCompatible(),E=e.getPixelRatio(),e.getSize(x),y&&"createProjectionLayer"in XRWebGLBinding.prototype){let ae=null,ce=null,ie=null;_.depth&&(ie=_.stencil?t.DEPTH24_STENCIL8:t.DEPTH_COMPONENT24,ae=_.stencil?On:Dn,ce=_.stencil?gi:hn);let Te={colorFormat:t.RGBA8,depthFormat:ie,scaleFactor:r};d=this.getBinding(),h=d.createProjectionLayer(Te),s.updateRenderState({layers:[h]}),e.setPixelRatio(1),e.setSize(h.textureWidth,h.textureHeight,!1),v=new Xt(h.textureWidth,h.textureHeight,{format:pn,type:Yt,depthTexture:new Fn(h.textureWidth,h.textureHeight,ce,void 0,void 0,void 0,void 0,void 0,void 0,ae),stencilBuffer:_.stencil,colorSpace:e.outputColorSpace,samples:_.antialias?4:0,resolveDepthBuffer:h.ignoreDepthValues===!1,resolveStencilBuffer:h.ignoreDepthValues===!1,storeMultisampledDepthBuffer:h.ignoreDepthValues===!1,storeMultisampledStencilBuffer:h.ignoreDepthValues===!1})}else{let ae={antialias:_.antialias,alpha:!0,depth:_.depth,stencil:_.stencil,framebufferScaleFactor:r};f=new XRWebGLLayer(s,t,ae),s.updateRenderState({baseLayer:f}),e.setPixelRatio(1),e.setSize(f.framebufferWidth,f.framebufferHeight,!1),v=new Xt(f.framebufferWidth,f.framebufferHeight,{format:pn,type:Yt,colorSpace:e.outputColorSpace,stencilBuffer:_.stencil,resolveDepthBuffer:f.ignoreDepthValues===!1,resolveStencilBuffer:f.ignoreDepthValues===!1,storeMultisampledDepthBuffer:f.ignoreDepthValues===!1,storeMultisampledStencilBuffer:f.ignoreDepthValues===!1})}v.isXRRenderTarget=!0,this.setFoveation(c),l=null,a=await s.requestReferenceSpace(o),U.setContext(s),U.start(),n.isPresenting=!0,n.dispatchEvent({type:"sessionstart"})}},this.getEnvironmentBlendMode=function(){if(s!==null)return s.environmentBlendMode},this.getDepthTexture=function(){return m.getDepthTexture()};function se(D){for(let Z=0;Z<D.removed.length;Z++){let ae=D.removed[Z],ce=w.indexOf(ae);ce>=0&&(w[ce]=null,A[ce].disconnect(ae))}for(let Z=0;Z<D.added.length;Z++){let ae=D.added[Z],ce=w.indexOf(ae);if(ce===-1){for(let Te=0;Te<A.length;Te++)if(Te>=w.length){w.push(ae),ce=Te;break}else if(w[Te]===null){w[Te]=ae,ce=Te;break}if(ce===-1)break}let ie=A[ce];ie&&ie.connect(ae)}}function Y(D,Z){Z===null?D.matrixWorld.copy(D.matrix):D.matrixWorld.multiplyMatrices(Z.matrixWorld,D.matrix),D.matrixWorldInverse.copy(D.matrixWorld).invert()}this.updateCamera=function(D){if(s===null)return;let Z=D.near,ae=D.far;m.texture!==null&&(m.depthNear>0&&(Z=m.depthNear),m.depthFar>0&&(ae=m.depthFar)),k.near=R.near=F.near=Z,k.far=R.far=F.far=ae,(P!==k.near||H!==k.far)&&(s.updateRenderState({depthNear:k.near,depthFar:k.far}),P=k.near,H=k.far),k.layers.mask=D.layers.mask|6,F.layers.mask=k.layers.mask&-5,R.layers.mask=k.layers.mask&-3;let ce=D.parent,ie=k.cameras;Y(k,ce);for(let Te=0;Te<ie.length;Te++)Y(ie[Te],ce);k.projectionMatrix.copy(F.projectionMatrix),k.projectionMatrixInverse.copy(F.projectionMatrixInverse),B===null&&D.isPerspectiveCamera&&(B={camera:D,fov:D.fov,zoom:D.zoom}),te(D,k,ce)};function te(D,Z,ae){ae===null?D.matrix.copy(Z.matrixWorld):(D.matrix.copy(ae.matrixWorld),D.matrix.invert(),D.matrix.multiply(Z.matrixWorld)),D.matrix.decompose(D.position,D.quaternion,D.scale),D.updateMatrixWorld(!0),D.projectionMatrix.copy(Z.projectionMatrix),D.projectionMatrixInverse.copy(Z.projectionMatrixInverse),D.isPerspectiveCamera&&(D.fov=$r*2*Math.atan(1/D.projectionMatrix.elements[5]),D.zoom=1)}this.getCamera=function(){return k},this.getFoveation=function(){if(!(h===null&&f===null))return c},this.setFoveation=function(D){c=D,h!==null&&(h.fixedFoveation=D),f!==null&&f.fixedFoveation!==void 0&&(f.fixedFoveation=D)},this.hasDepthSensing=function(){return m.texture!==null},this.getDepthSensingMesh=function(){return m.getMesh(k)},this.getCameraTexture=function(D){return p[D]};let re=null;function Se(D,Z){if(u=Z.getViewerPose(l||a),g=Z,u!==null){let ae=u.views;f!==null&&(e.setRenderTargetFramebuffer(v,f.framebuffer),e.setRenderTarget(v));let ce=!1;ae.length!==k.cameras.length&&(k.cameras.length=0,ce=!0);for(let Ee=0;Ee<ae.length;Ee++){let Ge=ae[Ee],et=null;if(f!==null)et=f.getViewport(Ge);else{let wt=d.getViewSubImage(h,Ge);et=wt.viewport,Ee===0&&(e.setRenderTargetTextures(v,wt.colorTexture,wt.depthStencilTexture),e.setRenderTarget(v))}let We=L[Ee];We===void 0&&(We=new Ut,We.layers.enable(Ee),We.viewport=new ut,L[Ee]=We),We.matrix.fromArray(Ge.transform.matrix),We.matrix.decompose(We.position,We.quaternion,We.scale),We.projectionMatrix.fromArray(Ge.projectionMatrix),We.projectionMatrixInverse.copy(We.projectionMatrix).invert(),We.viewport.set(et.x,et.y,et.width,et.height),Ee===0&&(k.matrix.copy(We.matrix),k.matrix.decompose(k.position,k.quaternion,k.scale)),ce===!0&&k.cameras.push(We)}let ie=s.enabledFeatures;if(ie&&ie.includes("depth-sensing")&&s.depthUsage=="gpu-optimized"&&y){d=n.getBinding();let Ee=d.getDepthInformation(ae[0]);Ee&&Ee.isValid&&Ee.texture&&m.init(Ee,s.renderState)}if(ie&&ie.includes("camera-access")&&y){e.state.unbindTexture(),d=n.getBinding();for(let Ee=0;Ee<ae.length;Ee++){let Ge=ae[Ee].camera;if(Ge){let et=p[Ge];et||(et=new Ns,p[Ge]=et);let We=d.getCameraImage(Ge);et.sourceTexture=We}}}}for(let ae=0;ae<A.length;ae++){let ce=w[ae],ie=A[ae];ce!==null&&ie!==void 0&&ie.update(ce,Z,l||a)}re&&re(D,Z),Z.detectedPlanes&&n.dispatchEvent({type:"planesdetected",data:Z}),g=null}let U=new ed;U.setAnimationLoop(Se),this.setAnimationLoop=function(D){re=D},this.dispose=function(){}}},ny=new rt,ud=new Fe;ud.set(-1,0,0,0,1,0,0,0,1);function iy(i,e){function t(m,p){m.matrixAutoUpdate===!0&&m.updateMatrix(),p.value.copy(m.matrix)}function n(m,p){p.color.getRGB(m.fogColor.value,Wl(i)),p.isFog?(m.fogNear.value=p.near,m.fogFar.value=p.far):p.isFogExp2&&(m.fogDensity.value=p.density)}function s(m,p,_,S,v){p.isNodeMaterial?p.uniformsNeedUpdate=!1:p.isMeshBasicMaterial?r(m,p):p.isMeshLambertMaterial?(r(m,p),p.envMap&&(m.envMapIntensity.value=p.envMapIntensity)):p.isMeshToonMaterial?(r(m,p),d(m,p)):p.isMeshPhongMaterial?(r(m,p),u(m,p),p.envMap&&(m.envMapIntensity.value=p.envMapIntensity)):p.isMeshStandardMaterial?(r(m,p),h(m,p),p.isMeshPhysicalMaterial&&f(m,p,v)):p.isMeshMatcapMaterial?(r(m,p),g(m,p)):p.isMeshDepthMaterial?r(m,p):p.isMeshDistanceMaterial?(r(m,p),y(m,p)):p.isMeshNormalMaterial?r(m,p):p.isLineBasicMaterial?(a(m,p),p.isLineDashedMaterial&&o(m,p)):p.isPointsMaterial?c(m,p,_,S):p.isSpriteMaterial?l(m,p):p.isShadowMaterial?(m.color.value.copy(p.color),m.opacity.value=p.opacity):p.isShaderMaterial&&(p.uniformsNeedUpdate=!1)}function r(m,p){m.opacity.value=p.opacity,p.color&&m.diffuse.value.copy(p.color),p.emissive&&m.emissive.value.copy(p.emissive).multiplyScalar(p.emissiveIntensity),p.map&&(m.map.value=p.map,t(p.map,m.mapTransform)),p.alphaMap&&(m.alphaMap.value=p.alphaMap,t(p.alphaMap,m.alphaMapTransform)),p.bumpMap&&(m.bumpMap.value=p.bumpMap,t(p.bumpMap,m.bumpMapTransform),m.bumpScale.value=p.bumpScale,p.side===Ot&&(m.bumpScale.value*=-1)),p.normalMap&&(m.normalMap.value=p.normalMap,t(p.normalMap,m.normalMapTransform),m.normalScale.value.copy(p.normalScale),p.side===Ot&&m.normalScale.value.negate()),p.displacementMap&&(m.displacementMap.value=p.displacementMap,t(p.displacementMap,m.displacementMapTransform),m.displacementScale.value=p.displacementScale,m.displacementBias.value=p.displacementBias),p.emissiveMap&&(m.emissiveMap.value=p.emissiveMap,t(p.emissiveMap,m.emissiveMapTransform)),p.specularMap&&(m.specularMap.value=p.specularMap,t(p.specularMap,m.specularMapTransform)),p.alphaTest>0&&(m.alphaTest.value=p.alphaTest);let _=e.get(p),S=_.envMap,v=_.envMapRotation;S&&(m.envMap.value=S,m.envMapRotation.value.setFromMatrix4(ny.makeRotationFromEuler(v)).transpose(),S.isCubeTexture&&S.isRenderTargetTexture===!1&&m.envMapRotation.value.premultiply(ud),m.reflectivity.value=p.reflectivity,m.ior.value=p.ior,m.refractionRatio.value=p.refractionRatio),p.lightMap&&(m.lightMap.value=p.lightMap,m.lightMapIntensity.value=p.lightMapIntensity,t(p.lightMap,m.lightMapTransform)),p.aoMap&&(m.aoMap.value=p.aoMap,m.aoMapIntensity.value=p.aoMapIntensity,t(p.aoMap,m.aoMapTransform))}function a(m,p){m.diffuse.value.copy(p.color),m.opacity.value=p.opacity,p.map&&(m.map.value=p.map,t(p.map,m.mapTransform))}function o(m,p){m.dashSize.value=p.dashSize,m.totalSize.value=p.dashSize+p.gapSize,m.scale.value=p.scale}function c(m,p,_,S){m.diffuse.value.copy(p.color),m.opacity.value=p.opacity,m.size.value=p.size*_,m.scale.value=S*.5,p.map&&(m.map.value=p.map,t(p.map,m.uvTransform)),p.alphaMap&&(m.alphaMap.value=p.alphaMap,t(p.alphaMap,m.alphaMapTransform)),p.alphaTest>0&&(m.alphaTest.value=p.alphaTest)}function l(m,p){m.diffuse.value.copy(p.color),m.opacity.value=p.opacity,m.rotation.value=p.rotation,p.map&&(m.map.value=p.map,t(p.map,m.mapTransform)),p.alphaMap&&(m.alphaMap.value=p.alphaMap,t(p.alphaMap,m.alphaMapTransform)),p.alphaTest>0&&(m.alphaTest.value=p.alphaTest)}function u(m,p){m.specular.value.copy(p.specular),m.shininess.value=Math.max(p.shininess,1e-4)}function d(m,p){p.gradientMap&&(m.gradientMap.value=p.gradientMap)}function h(m,p){m.metalness.value=p.metalness,p.metalnessMap&&(m.metalnessMap.value=p.metalnessMap,t(p.metalnessMap,m.metalnessMapTransform)),m.roughness.value=p.roughness,p.roughnessMap&&(m.roughnessMap.value=p.roughnessMap,t(p.roughnessMap,m.roughnessMapTransform)),p.envMap&&(m.envMapIntensity.value=p.envMapIntensity)}function f(m,p,_){m.ior.value=p.ior,p.diffuseRoughness>0&&(m.diffuseRoughness.value=p.diffuseRoughness,p.diffuseRoughnessMap&&(m.diffuseRoughnessMap.value=p.diffuseRoughnessMap,t(p.diffuseRoughnessMap,m.diffuseRoughnessMapTransform))),p.sheen>0&&(m.sheenColor.value.copy(p.sheenColor).multiplyScalar(p.sheen),m.sheenRoughness.value=p.sheenRoughness,p.sheenColorMap&&(m.sheenColorMap.value=p.sheenColorMap,t(p.sheenColorMap,m.sheenColorMapTransform)),p.sheenRoughnessMap&&(m.sheenRoughnessMap.value=p.sheenRoughnessMap,t(p.sheenRoughnessMap,m.sheenRoughnessMapTransform))),p.clearcoat>0&&(m.clearcoat.value=p.clearcoat,m.clearcoatRoughness.value=p.clearcoatRoughness,p.clearcoatMap&&(m.clearcoatMap.value=p.clearcoatMap,t(p.clearcoatMap,m.clearcoatMapTransform)),p.clearcoatRoughnessMap&&(m.clearcoatRoughnessMap.value=p.clearcoatRoughnessMap,t(p.clearcoatRoughnessMap,m.clearcoatRoughnessMapTransform)),p.clearcoatNormalMap&&(m.clearcoatNormalMap.value=p.clearcoatNormalMap,t(p.clearcoatNormalMap,m.clearcoatNormalMapTransform),m.clearcoatNormalScale.value.copy(p.clearcoatNormalScale),p.side===Ot&&m.clearcoatNormalScale.value.negate())),p.dispersion>0&&(m.dispersion.value=p.dispersion),p.retroreflectivity>0&&(m.retroreflectivity.value=p.retroreflectivity),p.iridescence>0&&(m.iridescence.value=p.iridescence,m.iridescenceIOR.value=p.iridescenceIOR,m.iridescenceThicknessMinimum.value=p.iridescenceThicknessMinimum,m.iridescenceThicknessMaximum.value=p.iridescenceThicknessMaximum,p.iridescenceMap&&(m.iridescenceMap.value=p.iridescenceMap,t(p.iridescenceMap,m.iridescenceMapTransform)),p.iridescenceThicknessMap&&(m.iridescenceThicknessMap.value=p.iridescenceThicknessMap,t(p.iridescenceThicknessMap,m.iridescenceThicknessMapTransform))),p.transmission>0&&(m.transmission.value=p.transmission,m.transmissionSamplerMap.value=_.texture,m.transmissionSamplerSize.value.set(_.width,_.height),p.transmissionMap&&(m.transmissionMap.value=p.transmissionMap,t(p.transmissionMap,m.transmissionMapTransform)),m.thickness.value=p.thickness,p.thicknessMap&&(m.thicknessMap.value=p.thicknessMap,t(p.thicknessMap,m.thicknessMapTransform)),m.attenuationDistance.value=p.attenuationDistance,m.attenuationColor.value.copy(p.attenuationColor)),p.anisotropy>0&&(m.anisotropyVector.value.set(p.anisotropy*Math.cos(p.anisotropyRotation),p.anisotropy*Math.sin(p.anisotropyRotation)),p.anisotropyMap&&(m.anisotropyMap.value=p.anisotropyMap,t(p.anisotropyMap,m.anisotropyMapTransform))),m.specularIntensity.value=p.specularIntensity,m.specularColor.value.copy(p.specularColor),p.specularColorMap&&(m.specularColorMap.value=p.specularColorMap,t(p.specularColorMap,m.specularColorMapTransform)),p.specularIntensityMap&&(m.specularIntensityMap.value=p.specularIntensityMap,t(p.specularIntensityMap,m.specularIntensityMapTransform))}function g(m,p){p.matcap&&(m.matcap.value=p.matcap)}function y(m,p){let _=e.get(p).light;m.referencePosition.value.setFromMatrixPosition(_.matrixWorld),m.nearDistance.value=_.shadow.camera.near,m.farDistance.value=_.shadow.camera.far}return{refreshFogUniforms:n,refreshMaterialUniforms:s}}function sy(i,e,t,n){let s={},r={};function a(_,S){let v=S.program;n.uniformBlockBinding(_,v,s[_.id])}function o(_,S){let v=s[_.id];v===void 0&&(g(_),v=c(_),s[_.id]=v,_.addEventListener("dispose",m));let A=S.program;n.updateUBOMapping(_,A);let w=e.render.frame;r[_.id]!==w&&(l(_),r[_.id]=w)}function c(_){let S=i.createBuffer(),v=_.__size,A=_.usage;return i.bindBuffer(i.UNIFORM_BUFFER,S),i.bufferData(i.UNIFORM_BUFFER,v,A),i.bindBuffer(i.UNIFORM_BUFFER,null),S}function l(_){let S=s[_.id],v=_.uniforms,A=_.__cache;i.bindBuffer(i.UNIFORM_BUFFER,S);for(let w=0,x=v.length;w<x;w++){let E=v[w];if(Array.isArray(E))for(let B=0,F=E.length;B<F;B++)u(E[B],w,B,A);else u(E,w,0,A)}i.bindBuffer(i.UNIFORM_BUFFER,null)}function u(_,S,v,A){if(h(_,S,v,A)===!0){let w=_.__offset,x=_.value;if(Array.isArray(x)){let E=0;for(let B=0;B<x.length;B++){let F=x[B],R=y(F,!0);d(F,_.__data,E),E+=R.storage/Float32Array.BYTES_PER_ELEMENT}}else d(x,_.__data,0);i.bufferSubData(i.UNIFORM_BUFFER,w,_.__data)}}function d(_,S,v){typeof _=="number"||typeof _=="boolean"?S[v]=_:_.isMatrix3?(S[v]=_.elements[0],S[v+1]=_.elements[1],S[v+2]=_.elements[2],S[v+3]=0,S[v+4]=_.elements[3],S[v+5]=_.elements[4],S[v+6]=_.elements[5],S[v+7]=0,S[v+8]=_.elements[6],S[v+9]=_.elements[7],S[v+10]=_.elements[8],S[v+11]=0):ArrayBuffer.isView(_)?S.set(_.subarray(0,S.length-v),v):_.toArray(S,v)}function h(_,S,v,A){let w=_.value,x=S+"_"+v;if(Array.isArray(w)){A[x]===void 0&&(A[x]=[]);let E=A[x],B=!1;for(let F=0;F<w.length;F++)f(w[F],E,F)===!0&&(B=!0);return B}return f(w,A,x)}function f(_,S,v){if(S[v]===void 0)return typeof _=="number"||typeof _=="boolean"?S[v]=_:ArrayBuffer.isView(_)?S[v]=_.slice():S[v]=_.clone(),!0;{let A=S[v];if(typeof _=="number"||typeof _=="boolean"){if(A!==_)return S[v]=_,!0}else{if(ArrayBuffer.isView(_))return!0;if(A.equals(_)===!1)return A.copy(_),!0}}return!1}function g(_){let S=_.uniforms,v=0,A=16;for(let x=0,E=S.length;x<E;x++){let B=Array.isArray(S[x])?S[x]:[S[x]];for(let F=0,R=B.length;F<R;F++){let L=B[F],k=Array.isArray(L.value)?L.value:[L.value],P=Array.isArray(S[x])||Array.isArray(L.value),H=v;for(let W=0,se=k.length;W<se;W++){let Y=k[W],te=y(Y,P),re=v%A,Se=re%te.boundary,U=re+Se;v+=Se,U!==0&&A-U<te.storage&&(v+=A-U),W===0&&(H=v),v+=te.storage}let J=L.type==="int"?Int32Array:L.type==="uint"?Uint32Array:Float32Array;L.__data=new J((v-H)/Float32Array.BYTES_PER_ELEMENT),L.__offset=H}}let w=v%A;return w>0&&(v+=A-w),_.__size=v,_.__cache={},this}function y(_,S){let v={boundary:0,storage:0};return typeof _=="number"||typeof _=="boolean"?(v.boundary=4,v.storage=4):_.isVector2?(v.boundary=8,v.storage=8):_.isVector3||_.isColor?(v.boundary=16,v.storage=12):_.isVector4?(v.boundary=16,v.storage=16):_.isMatrix3?(v.boundary=16,v.storage=48):_.isMatrix4?(v.boundary=16,v.storage=64):_.isTexture?Ne("WebGLRenderer: Texture samplers can not be part of an uniforms group."):ArrayBuffer.isView(_)?(v.boundary=16,v.storage=_.byteLength):Ne("WebGLRenderer: Unsupported uniform value type.",_),S===!0&&(v.boundary=16,v.storage=Math.ceil(v.storage/16)*16),v}function m(_){let S=_.target;S.removeEventListener("dispose",m),i.deleteBuffer(s[S.id]),delete s[S.id],delete r[S.id]}function p(){for(let _ in s)i.deleteBuffer(s[_]);s={},r={}}return{bind:a,update:o,dispose:p}}var ry=new Uint16Array([12469,15057,12620,14925,13266,14620,13807,14376,14323,13990,14545,13625,14713,13328,14840,12882,14931,12528,14996,12233,15039,11829,15066,11525,15080,11295,15085,10976,15082,10705,15073,10495,13880,14564,13898,14542,13977,14430,14158,14124,14393,13732,14556,13410,14702,12996,14814,12596,14891,12291,14937,11834,14957,11489,14958,11194,14943,10803,14921,10506,14893,10278,14858,9960,14484,14039,14487,14025,14499,13941,14524,13740,14574,13468,14654,13106,14743,12678,14818,12344,14867,11893,14889,11509,14893,11180,14881,10751,14852,10428,14812,10128,14765,9754,14712,9466,14764,13480,14764,13475,14766,13440,14766,13347,14769,13070,14786,12713,14816,12387,14844,11957,14860,11549,14868,11215,14855,10751,14825,10403,14782,10044,14729,9651,14666,9352,14599,9029,14967,12835,14966,12831,14963,12804,14954,12723,14936,12564,14917,12347,14900,11958,14886,11569,14878,11247,14859,10765,14828,10401,14784,10011,14727,9600,14660,9289,14586,8893,14508,8533,15111,12234,15110,12234,15104,12216,15092,12156,15067,12010,15028,11776,14981,11500,14942,11205,14902,10752,14861,10393,14812,9991,14752,9570,14682,9252,14603,8808,14519,8445,14431,8145,15209,11449,15208,11451,15202,11451,15190,11438,15163,11384,15117,11274,15055,10979,14994,10648,14932,10343,14871,9936,14803,9532,14729,9218,14645,8742,14556,8381,14461,8020,14365,7603,15273,10603,15272,10607,15267,10619,15256,10631,15231,10614,15182,10535,15118,10389,15042,10167,14963,9787,14883,9447,14800,9115,14710,8665,14615,8318,14514,7911,14411,7507,14279,7198,15314,9675,15313,9683,15309,9712,15298,9759,15277,9797,15229,9773,15166,9668,15084,9487,14995,9274,14898,8910,14800,8539,14697,8234,14590,7790,14479,7409,14367,7067,14178,6621,15337,8619,15337,8631,15333,8677,15325,8769,15305,8871,15264,8940,15202,8909,15119,8775,15022,8565,14916,8328,14804,8009,14688,7614,14569,7287,14448,6888,14321,6483,14088,6171,15350,7402,15350,7419,15347,7480,15340,7613,15322,7804,15287,7973,15229,8057,15148,8012,15046,7846,14933,7611,14810,7357,14682,7069,14552,6656,14421,6316,14251,5948,14007,5528,15356,5942,15356,5977,15353,6119,15348,6294,15332,6551,15302,6824,15249,7044,15171,7122,15070,7050,14949,6861,14818,6611,14679,6349,14538,6067,14398,5651,14189,5311,13935,4958,15359,4123,15359,4153,15356,4296,15353,4646,15338,5160,15311,5508,15263,5829,15188,6042,15088,6094,14966,6001,14826,5796,14678,5543,14527,5287,14377,4985,14133,4586,13869,4257,15360,1563,15360,1642,15358,2076,15354,2636,15341,3350,15317,4019,15273,4429,15203,4732,15105,4911,14981,4932,14836,4818,14679,4621,14517,4386,14359,4156,14083,3795,13808,3437,15360,122,15360,137,15358,285,15355,636,15344,1274,15322,2177,15281,2765,15215,3223,15120,3451,14995,3569,14846,3567,14681,3466,14511,3305,14344,3121,14037,2800,13753,2467,15360,0,15360,1,15359,21,15355,89,15346,253,15325,479,15287,796,15225,1148,15133,1492,15008,1749,14856,1882,14685,1886,14506,1783,14324,1608,13996,1398,13702,1183]),Mn=null;function ay(){return Mn===null&&(Mn=new $i(ry,16,16,ni,fn),Mn.name="DFG_LUT",Mn.minFilter=Ct,Mn.magFilter=Ct,Mn.wrapS=xn,Mn.wrapT=xn,Mn.generateMipmaps=!1,Mn.needsUpdate=!0),Mn}var io=class{constructor(e={}){let{canvas:t=wh(),context:n=null,depth:s=!0,stencil:r=!1,alpha:a=!1,antialias:o=!1,premultipliedAlpha:c=!0,preserveDrawingBuffer:l=!1,powerPreference:u="default",failIfMajorPerformanceCaveat:d=!1,reversedDepthBuffer:h=!1,outputBufferType:f=Yt}=e;this.isWebGLRenderer=!0;let g;if(n!==null){if(typeof WebGLRenderingContext<"u"&&n instanceof WebGLRenderingContext)throw new Error("THREE.WebGLRenderer: WebGL 1 is not supported since r163.");g=n.getContextAttributes().alpha}else g=a;let y=f,m=new Set([Ma,Sa,ba]),p=new Set([Yt,hn,es,gi,_a,va]),_=new Uint32Array(4),S=new Int32Array(4),v={textures:[],min:[],max:[],resolution:[]},A=null,w=null,x=[],E=[],B=null;this.domElement=t,this.debug={checkShaderErrors:!0,diagnostics:{keywords:!1},onShaderError:null},this.autoClear=!0,this.autoClearColor=!0,this.autoClearDepth=!0,this.autoClearStencil=!0,this.sortObjects=!0,this.clippingPlanes=[],this.localClippingEnabled=!1,this.toneMapping=Sn,this.toneMappingExposure=1,this.transmissionResolutionScale=1;let F=this,R=!1,L=null,k=null,P=null,H=null;this._outputColorSpace=Wt;let J=0,W=0,se=null,Y=-1,te=null,re=new ut,Se=new ut,U=null,D=new He(0),Z=0,ae=t.width,ce=t.height,ie=1,Te=null,Pe=null,Ee=new ut(0,0,ae,ce),Ge=new ut(0,0,ae,ce),et=!1,We=new di,wt=new Kr,mt=!1,Bt=!1,lt=new rt,mn=new X,vt=new ut,Zt={background:null,fog:null,environment:null,overrideMaterial:null,isScene:!0},Jt=!1;function jt(){return se===null?ie:1}let O=n;function Kt(M,N){return t.getContext(M,N)}let at,ot,ye,gt,Le,Ue,T,b,V,oe,ne,he,ge,K,Q,fe,I,ee,j,pe,ue,de,Re;try{let M={alpha:!0,depth:s,stencil:r,antialias:o,premultipliedAlpha:c,preserveDrawingBuffer:l,powerPreference:u,failIfMajorPerformanceCaveat:d};if("setAttribute"in t&&t.setAttribute("data-engine",`three.js r${"187"}`),t.addEventListener("webglcontextlost",Ie,!1),t.addEventListener("webglcontextrestored",ke,!1),t.addEventListener("webglcontextcreationerror",_e,!1),O===null){let N="webgl2";if(O=Kt(N,M),O===null)throw Kt(N)?new Error("THREE.WebGLRenderer: Error creating WebGL context with your selected attributes."):new Error("THREE.WebGLRenderer: Error creating WebGL context.")}ze()}catch(M){throw t.removeEventListener("webglcontextlost",Ie,!1),t.removeEventListener("webglcontextrestored",ke,!1),t.removeEventListener("webglcontextcreationerror",_e,!1),De("WebGLRenderer: "+M.message),M}function ze(){at=new x0(O),at.init(),ue=new Qx(O,at),ot=new a0(O,at,e,ue),ye=new jx(O,at),ot.reversedDepthBuffer&&h&&ye.buffers.depth.setReversed(!0),k=O.createFramebuffer(),P=O.createFramebuffer(),H=O.createFramebuffer(),gt=new v0(O),Le=new Ox,Ue=new Kx(O,at,ye,Le,ot,ue,gt),T=new g0(F),b=new Sp(O),de=new s0(O,b),V=new y0(O,b,gt,de),oe=new S0(O,V,b,de,gt),ee=new b0(O,ot,Ue),Q=new o0(Le),ne=new Ux(F,T,at,ot,de,Q),he=new iy(F,Le),ge=new kx,K=new Xx(at),I=new i0(F,T,ye,oe,g,c),fe=new Jx(F,oe,ot),Re=new sy(O,gt,ot,ye),j=new r0(O,at,gt),pe=new _0(O,at,gt),gt.programs=ne.programs,F.capabilities=ot,F.extensions=at,F.properties=Le,F.renderLists=ge,F.shadowMap=fe,F.state=ye,F.info=gt}y!==Yt&&(B=new w0(y,t.width,t.height,o,s,r));let le=new lc(F,O);this.xr=le,this.getContext=function(){return O},this.getContextAttributes=function(){return O.getContextAttributes()},this.forceContextLoss=function(){let M=at.get("WEBGL_lose_context");M&&M.loseContext()},this.forceContextRestore=function(){let M=at.get("WEBGL_lose_context");M&&M.restoreContext()},this.getPixelRatio=function(){return ie},this.setPixelRatio=function(M){M!==void 0&&(ie=M,this.setSize(ae,ce,!1))},this.getSize=function(M){return M.set(ae,ce)},this.setSize=function(M,N,$=!0){if(le.isPresenting){Ne("WebGLRenderer: Can't change size while VR device is presenting.");return}ae=M,ce=N,t.width=Math.floor(M*ie),t.height=Math.floor(N*ie),$===!0&&(t.style.width=M+"px",t.style.height=N+"px"),B!==null&&B.setSize(t.width,t.height),this.setViewport(0,0,M,N)},this.getDrawingBufferSize=function(M){return M.set(ae*ie,ce*ie).floor()},this.setDrawingBufferSize=function(M,N,$){ae=M,ce=N,ie=$,t.width=Math.floor(M*$),t.height=Math.floor(N*$),this.setViewport(0,0,M,N)},this.setEffects=function(M){if(y===Yt){De("WebGLRenderer: setEffects() requires outputBufferType set to HalfFloatType or FloatType.");return}if(M){for(let N=0;N<M.length;N++)if(M[N].isOutputPass===!0){Ne("WebGLRenderer: OutputPass is not needed in setEffects(). Tone mapping and color space conversion are applied automatically.");break}}B.setEffects(M||[])},this.getCurrentViewport=function(M){return M.copy(re)},this.getViewport=function(M){return M.copy(Ee)},this.setViewport=function(M,N,$,z){M.isVector4?Ee.set(M.x,M.y,M.z,M.w):Ee.set(M,N,$,z),ye.viewport(re.copy(Ee).multiplyScalar(jt()).round())},this.getScissor=function(M){return M.copy(Ge)},this.setScissor=function(M,N,$,z){M.isVector4?Ge.set(M.x,M.y,M.z,M.w):Ge.set(M,N,$,z),ye.scissor(Se.copy(Ge).multiplyScalar(jt()).round())},this.getScissorTest=function(){return et},this.setScissorTest=function(M){ye.setScissorTest(et=M)},this.setOpaqueSort=function(M){Te=M},this.setTransparentSort=function(M){Pe=M},this.getClearColor=function(M){return M.copy(I.getClearColor())},this.setClearColor=function(){I.setClearColor(...arguments)},this.getClearAlpha=function(){return I.getClearAlpha()},this.setClearAlpha=function(){I.setClearAlpha(...arguments)},this.clear=function(M=!0,N=!0,$=!0){let z=0;if(M){let G=!1;if(se!==null){let xe=se.texture.format;G=m.has(xe)}if(G){let xe=se.texture.type,Me=p.has(xe),me=I.getClearColor(),be=I.getClearAlpha(),Ce=me.r,Oe=me.g,Xe=me.b;Me?(_[0]=Ce,_[1]=Oe,_[2]=Xe,_[3]=be,O.clearBufferuiv(O.COLOR,0,_)):(S[0]=Ce,S[1]=Oe,S[2]=Xe,S[3]=be,O.clearBufferiv(O.COLOR,0,S))}else z|=O.COLOR_BUFFER_BIT}N&&(z|=O.DEPTH_BUFFER_BIT,this.state.buffers.depth.setMask(!0)),$&&(z|=O.STENCIL_BUFFER_BIT,this.state.buffers.stencil.setMask(4294967295)),z!==0&&O.clear(z)},this.clearColor=function(){this.clear(!0,!1,!1)},this.clearDepth=function(){this.clear(!1,!0,!1)},this.clearStencil=function(){this.clear(!1,!1,!0)},this.setNodesHandler=function(M){M.setRenderer(this),L=M},this.dispose=function(){t.removeEventListener("webglcontextlost",Ie,!1),t.removeEventListener("webglcontextrestored",ke,!1),t.removeEventListener("webglcontextcreationerror",_e,!1),I.dispose(),ge.dispose(),K.dispose(),Ue.dispose(),Le.dispose(),T.dispose(),oe.dispose(),V.dispose(),de.dispose(),Re.dispose(),ne.dispose(),le.dispose(),le.removeEventListener("sessionstart",mc),le.removeEventListener("sessionend",gc),ii.stop()};function Ie(M){M.preventDefault(),Gl("WebGLRenderer: Context Lost."),R=!0}function ke(){Gl("WebGLRenderer: Context Restored."),R=!1;let M=gt.autoReset,N=fe.enabled,$=fe.autoUpdate,z=fe.needsUpdate,G=fe.type;ze(),gt.autoReset=M,fe.enabled=N,fe.autoUpdate=$,fe.needsUpdate=z,fe.type=G}function _e(M){De("WebGLRenderer: A WebGL context could not be created. Reason: ",M.statusMessage)}function Qe(M){let N=M.target;N.removeEventListener("dispose",Qe),bt(N)}function bt(M){zn(M),Le.remove(M)}function zn(M){let N=Le.get(M).programs;N!==void 0&&(N.forEach(function($){ne.releaseProgram($)}),M.isShaderMaterial&&ne.releaseShaderCache(M))}this.renderBufferDirect=function(M,N,$,z,G,xe){N===null&&(N=Zt);let Me=G.isMesh&&G.matrixWorld.determinantAffine()<0,me=tf(M,N,$,z,G);ye.setMaterial(z,Me);let be=$.index,Ce=1;if(z.wireframe===!0){if(be=V.getWireframeAttribute($),be===void 0)return;Ce=2}let Oe=$.drawRange,Xe=$.attributes.position,we=Oe.start*Ce,qe=(Oe.start+Oe.count)*Ce;xe!==null&&(we=Math.max(we,xe.start*Ce),qe=Math.min(qe,(xe.start+xe.count)*Ce)),be!==null?(we=Math.max(we,0),qe=Math.min(qe,be.count)):Xe!=null&&(we=Math.max(we,0),qe=Math.min(qe,Xe.count));let dt=qe-we;if(dt<0||dt===1/0)return;de.setup(G,z,me,$,be);let nt,tt=j;if(be!==null&&(nt=b.get(be),tt=pe,tt.setIndex(nt)),G.isMesh)z.wireframe===!0?(ye.setLineWidth(z.wireframeLinewidth*jt()),tt.setMode(O.LINES)):tt.setMode(O.TRIANGLES);else if(G.isLine){let Rt=z.linewidth;Rt===void 0&&(Rt=1),ye.setLineWidth(Rt*jt()),G.isLineSegments?tt.setMode(O.LINES):G.isLineLoop?tt.setMode(O.LINE_LOOP):tt.setMode(O.LINE_STRIP)}else G.isPoints?tt.setMode(O.POINTS):G.isSprite&&tt.setMode(O.TRIANGLES);if(G.isBatchedMesh)if(at.get("WEBGL_multi_draw"))tt.renderMultiDraw(G._multiDrawStarts,G._multiDrawCounts,G._multiDrawCount);else{let Rt=G._multiDrawStarts,Ae=G._multiDrawCounts,Ft=G._multiDrawCount,je=be?b.get(be).bytesPerElement:1,si=Le.get(z).currentProgram.getUniforms();for(let Pt=0;Pt<Ft;Pt++)si.setValue(O,"_gl_DrawID",Pt),tt.render(Rt[Pt]/je,Ae[Pt])}else if(G.isInstancedMesh)tt.renderInstances(we,dt,G.count);else if($.isInstancedBufferGeometry){let Rt=$._maxInstanceCount!==void 0?$._maxInstanceCount:1/0,Ae=Math.min($.instanceCount,Rt);tt.renderInstances(we,dt,Ae)}else tt.render(we,dt)};function pc(M,N,$,z){L!==null&&M.isNodeMaterial&&L.setObject(z,M),mt===!0&&Q.setState(M,$,!1),M.transparent===!0&&M.side===bn&&M.forceSinglePass===!1?(M.side=Ot,M.needsUpdate=!0,is(M,N,z),M.side=ti,M.needsUpdate=!0,is(M,N,z),M.side=bn):is(M,N,z)}this.compile=function(M,N,$=null){$===null&&($=M),L!==null&&L.renderStart(M,N,$),w=K.get($),w.init(N),E.push(w),$.traverseVisible(function(G){G.isLight&&G.layers.test(N.layers)&&(w.pushLight(G),G.castShadow&&w.pushShadow(G))}),M!==$&&M.traverseVisible(function(G){G.isLight&&G.layers.test(N.layers)&&(w.pushLight(G),G.castShadow&&w.pushShadow(G))}),w.setupLights(),L!==null&&L.updateLights(w.state.lightsArray),Bt=this.localClippingEnabled,mt=Q.init(this.clippingPlanes,Bt),mt===!0&&Q.setGlobalState(this.clippingPlanes,N),L!==null&&fe.render(w.state.shadowsArray,$,N);let z=new Set;return M.traverse(function(G){if(!(G.isMesh||G.isPoints||G.isLine||G.isSprite))return;let xe=G.material;if(xe)if(Array.isArray(xe))for(let Me=0;Me<xe.length;Me++){let me=xe[Me];pc(me,$,N,G),z.add(me)}else pc(xe,$,N,G),z.add(xe)}),w=E.pop(),L!==null&&L.renderEnd(),z},this.compileAsync=function(M,N,$=null){let z=this.compile(M,N,$);return new Promise(G=>{function xe(){if(z.forEach(function(Me){let be=Le.get(Me).currentProgram;(be===void 0||be.isReady())&&z.delete(Me)}),z.size===0){G(M);return}setTimeout(xe,10)}at.get("KHR_parallel_shader_compile")!==null?xe():setTimeout(xe,10)})};let xo=null;function Qd(M){xo&&xo(M)}function mc(){ii.stop()}function gc(){ii.start()}let ii=new ed;ii.setAnimationLoop(Qd),typeof self<"u"&&ii.setContext(self),this.setAnimationLoop=function(M){xo=M,le.setAnimationLoop(M),M===null?ii.stop():ii.start()},le.addEventListener("sessionstart",mc),le.addEventListener("sessionend",gc),this.render=function(M,N){if(N!==void 0&&N.isCamera!==!0){De("WebGLRenderer.render: camera is not an instance of THREE.Camera.");return}if(R===!0)return;L!==null&&L.renderStart(M,N);let $=le.enabled===!0&&le.isPresenting===!0,z=B!==null&&(se===null||$)&&B.begin(F,se);if(M.matrixWorldAutoUpdate===!0&&M.updateMatrixWorld(),N.parent===null&&N.matrixWorldAutoUpdate===!0&&N.updateMatrixWorld(),le.enabled===!0&&le.isPresenting===!0&&(B===null||B.isCompositing()===!1)&&(le.cameraAutoUpdate===!0&&le.updateCamera(N),N=le.getCamera()),M.isScene===!0&&M.onBeforeRender(F,M,N,se),w=K.get(M,E.length),w.init(N),w.state.textureUnits=Ue.getTextureUnits(),E.push(w),lt.multiplyMatrices(N.projectionMatrix,N.matrixWorldInverse),N.isArrayCamera?wt.setFromArrayCamera(N):We.setFromProjectionMatrix(lt,en,N.reversedDepth),Bt=this.localClippingEnabled,mt=Q.init(this.clippingPlanes,Bt),A=ge.get(M,x.length),A.init(),x.push(A),this.info.render.frame++,le.enabled===!0&&le.isPresenting===!0){let Me=F.xr.getDepthSensingMesh();Me!==null&&yo(Me,N,-1/0,F.sortObjects)}yo(M,N,0,F.sortObjects),A.finish(),L!==null&&L.updateLights(w.state.lightsArray),F.sortObjects===!0&&A.sort(Te,Pe),Jt=le.enabled===!1||le.isPresenting===!1||le.hasDepthSensing()===!1,Jt&&I.addToRenderList(A,M),this.info.autoReset===!0&&this.info.reset(),mt===!0&&Q.beginShadows();let G=w.state.shadowsArray;if(fe.render(G,M,N),mt===!0&&Q.endShadows(),(z&&B.hasRenderPass())===!1){let Me=A.opaque,me=A.transmissive;if(w.setupLights(),N.isArrayCamera){let be=N.cameras;if(me.length>0)for(let Ce=0,Oe=be.length;Ce<Oe;Ce++){let Xe=be[Ce];yc(Me,me,M,Xe)}Jt&&I.render(M);for(let Ce=0,Oe=be.length;Ce<Oe;Ce++){let Xe=be[Ce];xc(A,M,Xe,Xe.viewport)}}else me.length>0&&yc(Me,me,M,N),Jt&&I.render(M),xc(A,M,N)}se!==null&&W===0&&(Ue.updateMultisampleRenderTarget(se),Ue.updateRenderTargetMipmap(se)),z&&B.end(F),M.isScene===!0&&M.onAfterRender(F,M,N),de.resetDefaultState(),Y=-1,te=null,E.pop(),E.length>0?(w=E[E.length-1],Ue.setTextureUnits(w.state.textureUnits),mt===!0&&Q.setGlobalState(F.clippingPlanes,w.state.camera)):w=null,x.pop(),x.length>0?A=x[x.length-1]:A=null,L!==null&&L.renderEnd()};function yo(M,N,$,z){if(M.visible===!1)return;if(M.layers.test(N.layers)){if(M.isGroup)$=M.renderOrder;else if(M.isLOD)M.autoUpdate===!0&&M.update(N);else if(M.isLight)w.pushLight(M),M.castShadow&&w.pushShadow(M);else if(M.isSprite){let Me=N.isArrayCamera?wt:We;if(!M.frustumCulled||M.intersectsFrustum(Me)){z&&vt.setFromMatrixPosition(M.matrixWorld).applyMatrix4(lt);let me=oe.update(M),be=M.material;be.visible&&A.push(M,me,be,$,vt.z,null,N)}}else if(M.isMesh||M.isLine||M.isPoints){let Me=N.isArrayCamera?wt:We;if(!M.frustumCulled||M.intersectsFrustum(Me)){let me=oe.update(M),be=M.material;if(z&&(M.boundingSphere!==void 0?(M.boundingSphere===null&&M.computeBoundingSphere(),vt.copy(M.boundingSphere.center)):(me.boundingSphere===null&&me.computeBoundingSphere(),vt.copy(me.boundingSphere.center)),vt.applyMatrix4(M.matrixWorld).applyMatrix4(lt)),Array.isArray(be)){let Ce=me.groups;for(let Oe=0,Xe=Ce.length;Oe<Xe;Oe++){let we=Ce[Oe],qe=be[we.materialIndex];qe&&qe.visible&&A.push(M,me,qe,$,vt.z,we,N)}}else be.visible&&A.push(M,me,be,$,vt.z,null,N)}}}let xe=M.children;for(let Me=0,me=xe.length;Me<me;Me++)yo(xe[Me],N,$,z)}function xc(M,N,$,z){let{opaque:G,transmissive:xe,transparent:Me}=M;w.setupLightsView($),mt===!0&&Q.setGlobalState(F.clippingPlanes,$),z&&ye.viewport(re.copy(z)),G.length>0&&Qs(G,N,$),xe.length>0&&Qs(xe,N,$),Me.length>0&&Qs(Me,N,$),ye.buffers.depth.setTest(!0),ye.buffers.depth.setMask(!0),ye.buffers.color.setMask(!0),ye.setPolygonOffset(!1)}function yc(M,N,$,z){if(($.isScene===!0?$.overrideMaterial:null)!==null)return;if(w.state.transmissionRenderTarget[z.id]===void 0){let we=at.has("EXT_color_buffer_half_float")||at.has("EXT_color_buffer_float");w.state.transmissionRenderTarget[z.id]=new Xt(1,1,{generateMipmaps:!0,type:we?fn:Yt,minFilter:Un,samples:Math.max(4,ot.samples),stencilBuffer:r,resolveDepthBuffer:!1,resolveStencilBuffer:!1,storeMultisampledDepthBuffer:!1,storeMultisampledStencilBuffer:!1,colorSpace:$e.workingColorSpace})}let xe=w.state.transmissionRenderTarget[z.id],Me=z.viewport||re;xe.setSize(Me.z*F.transmissionResolutionScale,Me.w*F.transmissionResolutionScale);let me=F.getRenderTarget(),be=F.getActiveCubeFace(),Ce=F.getActiveMipmapLevel();F.setRenderTarget(xe),F.getClearColor(D),Z=F.getClearAlpha(),Z<1&&F.setClearColor(16777215,.5),F.clear(),Jt&&I.render($);let Oe=F.toneMapping;F.toneMapping=Sn;let Xe=z.viewport;if(z.viewport!==void 0&&(z.viewport=void 0),w.setupLightsView(z),mt===!0&&Q.setGlobalState(F.clippingPlanes,z),Qs(M,$,z),Ue.updateMultisampleRenderTarget(xe),Ue.updateRenderTargetMipmap(xe),at.has("WEBGL_multisampled_render_to_texture")===!1){let we=!1;for(let qe=0,dt=N.length;qe<dt;qe++){let nt=N[qe],{object:tt,geometry:Rt,material:Ae,group:Ft}=nt;if(Ae.side===bn&&tt.layers.test(z.layers)){let je=Ae.side;Ae.side=Ot,Ae.needsUpdate=!0,_c(tt,$,z,Rt,Ae,Ft),Ae.side=je,Ae.needsUpdate=!0,we=!0}}we===!0&&(Ue.updateMultisampleRenderTarget(xe),Ue.updateRenderTargetMipmap(xe))}F.setRenderTarget(me,be,Ce),F.setClearColor(D,Z),Xe!==void 0&&(z.viewport=Xe),F.toneMapping=Oe}function Qs(M,N,$){let z=N.isScene===!0?N.overrideMaterial:null;for(let G=0,xe=M.length;G<xe;G++){let Me=M[G],{object:me,geometry:be,group:Ce}=Me,Oe=Me.material;Oe.allowOverride===!0&&z!==null&&(Oe=z),me.layers.test($.layers)&&_c(me,N,$,be,Oe,Ce)}}function _c(M,N,$,z,G,xe){L!==null&&G.isNodeMaterial&&L.setObject(M,G),M.onBeforeRender(F,N,$,z,G,xe),M.modelViewMatrix.multiplyMatrices($.matrixWorldInverse,M.matrixWorld),M.normalMatrix.getNormalMatrix(M.modelViewMatrix),G.onBeforeRender(F,N,$,z,M,xe),G.transparent===!0&&G.side===bn&&G.forceSinglePass===!1?(G.side=Ot,G.needsUpdate=!0,F.renderBufferDirect($,N,z,G,M,xe),G.side=ti,G.needsUpdate=!0,F.renderBufferDirect($,N,z,G,M,xe),G.side=bn):F.renderBufferDirect($,N,z,G,M,xe),M.onAfterRender(F,N,$,z,G,xe)}function vc(M){let N=0;for(let $ of M)$.texture!==null&&N++;return N}function is(M,N,$){N.isScene!==!0&&(N=Zt);let z=Le.get(M),G=w.state.lights,xe=w.state.shadowsArray,Me=G.state.version,me=ne.getParameters(M,G.state,xe,N,$,w.state.lightProbeGridArray),be=ne.getProgramCacheKey(me),Ce=z.programs;z.environment=M.isMeshStandardMaterial||M.isMeshLambertMaterial||M.isMeshPhongMaterial?N.environment:null,z.fog=N.fog;let Oe=M.isMeshStandardMaterial||M.isMeshLambertMaterial&&!M.envMap||M.isMeshPhongMaterial&&!M.envMap;z.envMap=T.get(M.envMap||z.environment,Oe),z.envMapRotation=z.environment!==null&&M.envMap===null?N.environmentRotation:M.envMapRotation,Ce===void 0&&(M.addEventListener("dispose",Qe),Ce=new Map,z.programs=Ce,z.programVariants=new Map);let Xe=Ce.get(be);if(Xe!==void 0){if(z.currentProgram===Xe&&z.lightsStateVersion===Me)return Sc(M,me),Xe}else me.uniforms=ne.getUniforms(M),L!==null&&M.isNodeMaterial&&L.build(M,$,me),M.onBeforeCompile(me,F),Xe=ne.acquireProgram(me,be),Ce.set(be,Xe),z.uniforms=me.uniforms;let we=z.uniforms;return(!M.isShaderMaterial&&!M.isRawShaderMaterial||M.clipping===!0)&&(we.clippingPlanes=Q.uniform),Sc(M,me),z.needsLights=sf(M),z.lightsStateVersion=Me,z.needsLights&&(we.ambientLightColor.value=G.state.ambient,we.lightProbe.value=G.state.probe,we.sunLights.value=G.state.sun,we.sunLightShadows.value=G.state.sunShadow,we.directionalLights.value=G.state.directional,we.directionalLightShadows.value=G.state.directionalShadow,we.spotLights.value=G.state.spot,we.spotLightShadows.value=G.state.spotShadow,we.rectAreaLights.value=G.state.rectArea,we.ltc_1.value=G.state.rectAreaLTC1,we.ltc_2.value=G.state.rectAreaLTC2,we.pointLights.value=G.state.point,we.pointLightShadows.value=G.state.pointShadow,we.hemisphereLights.value=G.state.hemi,we.sunShadowMatrix.value=G.state.sunShadowMatrix,we.sunShadowCascade.value=G.state.sunShadowCascade,we.directionalShadowMatrix.value=G.state.directionalShadowMatrix,we.spotLightMatrix.value=G.state.spotLightMatrix,we.spotLightMap.value=G.state.spotLightMap,we.pointShadowMatrix.value=G.state.pointShadowMatrix),z.numLightProbeGrids=vc(w.state.lightProbeGridArray),z.currentProgram=Xe,z.uniformsList=null,Xe}function ef(M,N,$,z,G){let xe=Le.get(M),Me=xe.currentProgram.id+","+z+","+G,me=xe.programVariants.get(Me);return me===void 0?(me=is(M,N,$),xe.programVariants.set(Me,me)):(xe.currentProgram=me,xe.uniformsList=null,xe.outputColorSpace=z,xe.toneMapping=G),me}function bc(M){if(M.uniformsList===null){let N=M.currentProgram.getUniforms();M.uniformsList=ts.seqWithValue(N.seq,M.uniforms)}return M.uniformsList}function Sc(M,N){let $=Le.get(M);$.outputColorSpace=N.outputColorSpace,$.batching=N.batching,$.batchingColor=N.batchingColor,$.instancing=N.instancing,$.instancingColor=N.instancingColor,$.instancingMorph=N.instancingMorph,$.skinning=N.skinning,$.morphTargets=N.morphTargets,$.morphNormals=N.morphNormals,$.morphColors=N.morphColors,$.morphTargetsCount=N.morphTargetsCount,$.numClippingPlanes=N.numClippingPlanes,$.numIntersection=N.numClipIntersection,$.vertexAlphas=N.vertexAlphas,$.vertexTangents=N.vertexTangents,$.toneMapping=N.toneMapping}function tf(M,N,$,z,G){N.isScene!==!0&&(N=Zt),Ue.resetTextureUnits();let xe=N.fog,Me=z.isMeshStandardMaterial||z.isMeshLambertMaterial||z.isMeshPhongMaterial?N.environment:null,me=se===null?F.outputColorSpace:se.isXRRenderTarget===!0?se.texture.colorSpace:$e.workingColorSpace,be=z.isMeshStandardMaterial||z.isMeshLambertMaterial&&!z.envMap||z.isMeshPhongMaterial&&!z.envMap,Ce=T.get(z.envMap||Me,be),Oe=z.vertexColors===!0&&!!$.attributes.color&&$.attributes.color.itemSize===4,Xe=!!$.attributes.tangent&&(!!z.normalMap||z.anisotropy>0),we=!!$.morphAttributes.position,qe=!!$.morphAttributes.normal,dt=!!$.morphAttributes.color,nt=Sn;z.toneMapped&&(se===null||se.isXRRenderTarget===!0)&&(nt=F.toneMapping);let tt=$.morphAttributes.position||$.morphAttributes.normal||$.morphAttributes.color,Rt=tt!==void 0?tt.length:0,Ae=Le.get(z),Ft=w.state.lights;if(mt===!0&&(Bt===!0||M!==te)){let ct=M===te&&z.id===Y;Q.setState(z,M,ct)}let je=!1,si=!1;z.version===Ae.__version?Ae.needsLights&&Ae.lightsStateVersion!==Ft.state.version||G.isBatchedMesh&&Ae.batching===!1||!G.isBatchedMesh&&Ae.batching===!0||G.isBatchedMesh&&Ae.batchingColor===!0&&G._colorsTexture===null||G.isBatchedMesh&&Ae.batchingColor===!1&&G._colorsTexture!==null||G.isInstancedMesh&&Ae.instancing===!1||!G.isInstancedMesh&&Ae.instancing===!0||G.isSkinnedMesh&&Ae.skinning===!1||!G.isSkinnedMesh&&Ae.skinning===!0||G.isInstancedMesh&&Ae.instancingColor===!0&&G.instanceColor===null||G.isInstancedMesh&&Ae.instancingColor===!1&&G.instanceColor!==null||G.isInstancedMesh&&Ae.instancingMorph===!0&&G.morphTexture===null||G.isInstancedMesh&&Ae.instancingMorph===!1&&G.morphTexture!==null||Ae.envMap!==Ce||z.fog===!0&&Ae.fog!==xe||Ae.numClippingPlanes!==void 0&&(Ae.numClippingPlanes!==Q.numPlanes||Ae.numIntersection!==Q.numIntersection)||Ae.vertexAlphas!==Oe||Ae.vertexTangents!==Xe||Ae.morphTargets!==we||Ae.morphNormals!==qe||Ae.morphColors!==dt||Ae.morphTargetsCount!==Rt||Ae.numLightProbeGrids!==vc(w.state.lightProbeGridArray)?je=!0:(Ae.outputColorSpace!==me||Ae.toneMapping!==nt)&&(si=!0):(je=!0,Ae.__version=z.version);let Pt=Ae.currentProgram;(je===!0||si===!0)&&(Pt=si===!0?ef(z,N,G,me,nt):is(z,N,G),L&&z.isNodeMaterial&&L.onUpdateProgram(z,Pt,Ae));let er=!1,Vn=!1,ri=!1,Je=Pt.getUniforms(),At=Ae.uniforms;if(ye.useProgram(Pt.program)&&(er=!0,Vn=!0,ri=!0),z.id!==Y&&(Y=z.id,Vn=!0),er||te!==M){ye.buffers.depth.getReversed()&&M.reversedDepth!==!0&&(M._reversedDepth=!0,M.updateProjectionMatrix()),Je.setValue(O,"projectionMatrix",M.projectionMatrix),Je.setValue(O,"viewMatrix",M.matrixWorldInverse);let St=Je.map.cameraPosition;St!==void 0&&St.setValue(O,mn.setFromMatrixPosition(M.matrixWorld)),ot.logarithmicDepthBuffer&&Je.setValue(O,"logDepthBufFC",2/(Math.log(M.far+1)/Math.LN2)),(z.isMeshPhongMaterial||z.isMeshToonMaterial||z.isMeshLambertMaterial||z.isMeshBasicMaterial||z.isMeshStandardMaterial||z.isShaderMaterial)&&Je.setValue(O,"isOrthographic",M.isOrthographicCamera===!0),te!==M&&(te=M,Vn=!0,ri=!0)}if(Ae.needsLights&&(Ft.state.sunShadowMap.length>0&&Je.setValue(O,"sunShadowMap",Ft.state.sunShadowMap,Ue),Ft.state.directionalShadowMap.length>0&&Je.setValue(O,"directionalShadowMap",Ft.state.directionalShadowMap,Ue),Ft.state.spotShadowMap.length>0&&Je.setValue(O,"spotShadowMap",Ft.state.spotShadowMap,Ue),Ft.state.pointShadowMap.length>0&&Je.setValue(O,"pointShadowMap",Ft.state.pointShadowMap,Ue)),G.isSkinnedMesh){Je.setOptional(O,G,"bindMatrix"),Je.setOptional(O,G,"bindMatrixInverse");let ct=G.skeleton;ct&&(ct.boneTexture===null&&ct.computeBoneTexture(),Je.setValue(O,"boneTexture",ct.boneTexture,Ue))}G.isBatchedMesh&&(Je.setOptional(O,G,"batchingTexture"),Je.setValue(O,"batchingTexture",G._matricesTexture,Ue),Je.setOptional(O,G,"batchingIdTexture"),Je.setValue(O,"batchingIdTexture",G._indirectTexture,Ue),Je.setOptional(O,G,"batchingColorTexture"),G._colorsTexture!==null&&Je.setValue(O,"batchingColorTexture",G._colorsTexture,Ue));let an=$.morphAttributes;if((an.position!==void 0||an.normal!==void 0||an.color!==void 0)&&ee.update(G,$,Pt),(Vn||Ae.receiveShadow!==G.receiveShadow)&&(Ae.receiveShadow=G.receiveShadow,Je.setValue(O,"receiveShadow",G.receiveShadow)),(z.isMeshStandardMaterial||z.isMeshLambertMaterial||z.isMeshPhongMaterial)&&z.envMap===null&&N.environment!==null&&(At.envMapIntensity.value=N.environmentIntensity),At.dfgLUT!==void 0&&(At.dfgLUT.value=ay()),Vn){if(Je.setValue(O,"toneMappingExposure",F.toneMappingExposure),Ae.needsLights&&nf(At,ri),xe&&z.fog===!0&&he.refreshFogUniforms(At,xe),he.refreshMaterialUniforms(At,z,ie,ce,w.state.transmissionRenderTarget[M.id]),Ae.needsLights&&Ae.numLightProbeGrids>0){let ct=v,St=0;for(let An of w.state.lightProbeGridArray)An.texture!==null&&(ct.textures[St]=An.texture,ct.min[St]=An.boundingBox.min,ct.max[St]=An.boundingBox.max,ct.resolution[St]=An.resolution,St++);for(let An in ct)ct[An].length=St;At.probesSH.value=ct.textures,At.probesMin.value=ct.min,At.probesMax.value=ct.max,At.probesResolution.value=ct.resolution}ts.upload(O,bc(Ae),At,Ue)}if(z.isShaderMaterial&&z.uniformsNeedUpdate===!0&&(ts.upload(O,bc(Ae),At,Ue),z.uniformsNeedUpdate=!1),z.isSpriteMaterial&&Je.setValue(O,"center",G.center),Je.setValue(O,"modelViewMatrix",G.modelViewMatrix),Je.setValue(O,"normalMatrix",G.normalMatrix),Je.setValue(O,"modelMatrix",G.matrixWorld),z.uniformsGroups!==void 0){let ct=z.uniformsGroups;for(let St=0,An=ct.length;St<An;St++){let wc=ct[St];Re.update(wc,Pt),Re.bind(wc,Pt)}}return Pt}function nf(M,N){M.ambientLightColor.needsUpdate=N,M.lightProbe.needsUpdate=N,M.sunLights.needsUpdate=N,M.sunLightShadows.needsUpdate=N,M.directionalLights.needsUpdate=N,M.directionalLightShadows.needsUpdate=N,M.pointLights.needsUpdate=N,M.pointLightShadows.needsUpdate=N,M.spotLights.needsUpdate=N,M.spotLightShadows.needsUpdate=N,M.rectAreaLights.needsUpdate=N,M.hemisphereLights.needsUpdate=N}function sf(M){return M.isMeshLambertMaterial||M.isMeshToonMaterial||M.isMeshPhongMaterial||M.isMeshStandardMaterial||M.isShadowMaterial||M.isShaderMaterial&&M.lights===!0}this.getActiveCubeFace=function(){return J},this.getActiveMipmapLevel=function(){return W},this.getRenderTarget=function(){return se},this.setRenderTargetTextures=function(M,N,$){let z=Le.get(M);z.__autoAllocateDepthBuffer=M.resolveDepthBuffer===!1,z.__autoAllocateDepthBuffer===!1&&(z.__useRenderToTexture=!1),Le.get(M.texture).__webglTexture=N,Le.get(M.depthTexture).__webglTexture=z.__autoAllocateDepthBuffer?void 0:$,z.__hasExternalTextures=!0},this.setRenderTargetFramebuffer=function(M,N){let $=Le.get(M);$.__webglFramebuffer=N,$.__useDefaultFramebuffer=N===void 0},this.setRenderTarget=function(M,N=0,$=0){se=M,J=N,W=$;let z=null,G=!1,xe=!1;if(M){let me=Le.get(M);if(me.__useDefaultFramebuffer!==void 0){ye.bindFramebuffer(O.FRAMEBUFFER,me.__webglFramebuffer),re.copy(M.viewport),Se.copy(M.scissor),U=M.scissorTest,ye.viewport(re),ye.scissor(Se),ye.setScissorTest(U),Y=-1;return}else if(me.__webglFramebuffer===void 0)Ue.setupRenderTarget(M);else if(me.__hasExternalTextures)Ue.rebindTextures(M,Le.get(M.texture).__webglTexture,Le.get(M.depthTexture).__webglTexture);else if(M.depthBuffer){let Oe=M.depthTexture;if(me.__boundDepthTexture!==Oe){if(Oe!==null&&Le.has(Oe)&&(M.width!==Oe.image.width||M.height!==Oe.image.height))throw new Error("THREE.WebGLRenderer: Attached DepthTexture is initialized to the incorrect size.");Ue.setupDepthRenderbuffer(M)}}let be=M.texture;(be.isData3DTexture||be.isDataArrayTexture||be.isCompressedArrayTexture)&&(xe=!0);let Ce=Le.get(M).__webglFramebuffer;M.isWebGLCubeRenderTarget?(Array.isArray(Ce[N])?z=Ce[N][$]:z=Ce[N],G=!0):M.samples>0&&Ue.useMultisampledRTT(M)===!1?z=Le.get(M).__webglMultisampledFramebuffer:Array.isArray(Ce)?z=Ce[$]:z=Ce,re.copy(M.viewport),Se.copy(M.scissor),U=M.scissorTest}else re.copy(Ee).multiplyScalar(ie).floor(),Se.copy(Ge).multiplyScalar(ie).floor(),U=et;if($!==0&&(z=k),ye.bindFramebuffer(O.FRAMEBUFFER,z)&&ye.drawBuffers(M,z),ye.viewport(re),ye.scissor(Se),ye.setScissorTest(U),G){let me=Le.get(M.texture);O.framebufferTexture2D(O.FRAMEBUFFER,O.COLOR_ATTACHMENT0,O.TEXTURE_CUBE_MAP_POSITIVE_X+N,me.__webglTexture,$)}else if(xe){let me=N;for(let be=0;be<M.textures.length;be++){let Ce=Le.get(M.textures[be]);O.framebufferTextureLayer(O.FRAMEBUFFER,O.COLOR_ATTACHMENT0+be,Ce.__webglTexture,$,me)}}else if(M!==null&&$!==0){let me=Le.get(M.texture);O.framebufferTexture2D(O.FRAMEBUFFER,O.COLOR_ATTACHMENT0,O.TEXTURE_2D,me.__webglTexture,$)}Y=-1};function Mc(M){let N=Le.get(M);return(N.__readFormat!==M.format||N.__readType!==M.type)&&(N.__readFormat=M.format,N.__readType=M.type,N.__formatReadable=ot.textureFormatReadable(M.format),N.__typeReadable=ot.textureTypeReadable(M.type)),N}this.readRenderTargetPixels=function(M,N,$,z,G,xe,Me,me=0){if(!(M&&M.isWebGLRenderTarget)){De("WebGLRenderer.readRenderTargetPixels: renderTarget is not THREE.WebGLRenderTarget.");return}let be=Le.get(M).__webglFramebuffer;if(M.isWebGLCubeRenderTarget&&Me!==void 0&&(be=be[Me],Array.isArray(be)&&(be=be[0])),be){ye.bindFramebuffer(O.FRAMEBUFFER,be);try{let Ce=M.textures[me],Oe=Ce.format,Xe=Ce.type;M.textures.length>1&&O.readBuffer(O.COLOR_ATTACHMENT0+me);let we=Mc(Ce);if(we.__formatReadable===!1){De("WebGLRenderer.readRenderTargetPixels: renderTarget is not in RGBA or implementation defined format.");return}if(we.__typeReadable===!1){De("WebGLRenderer.readRenderTargetPixels: renderTarget is not in UnsignedByteType or implementation defined type.");return}N>=0&&N<=M.width-z&&$>=0&&$<=M.height-G&&O.readPixels(N,$,z,G,ue.convert(Oe),ue.convert(Xe),xe)}finally{let Ce=se!==null?Le.get(se).__webglFramebuffer:null;ye.bindFramebuffer(O.FRAMEBUFFER,Ce)}}},this.readRenderTargetPixelsAsync=async function(M,N,$,z,G,xe,Me,me=0){if(!(M&&M.isWebGLRenderTarget))throw new Error("THREE.WebGLRenderer.readRenderTargetPixels: renderTarget is not THREE.WebGLRenderTarget.");let be=Le.get(M).__webglFramebuffer;if(M.isWebGLCubeRenderTarget&&Me!==void 0&&(be=be[Me],Array.isArray(be)&&(be=be[0])),be)if(N>=0&&N<=M.width-z&&$>=0&&$<=M.height-G){ye.bindFramebuffer(O.FRAMEBUFFER,be);let Ce=M.textures[me],Oe=Ce.format,Xe=Ce.type;M.textures.length>1&&O.readBuffer(O.COLOR_ATTACHMENT0+me);let we=Mc(Ce);if(we.__formatReadable===!1)throw new Error("THREE.WebGLRenderer.readRenderTargetPixelsAsync: renderTarget is not in RGBA or implementation defined format.");if(we.__typeReadable===!1)throw new Error("THREE.WebGLRenderer.readRenderTargetPixelsAsync: renderTarget is not in UnsignedByteType or implementation defined type.");let qe=O.createBuffer();O.bindBuffer(O.PIXEL_PACK_BUFFER,qe),O.bufferData(O.PIXEL_PACK_BUFFER,xe.byteLength,O.STREAM_READ),O.readPixels(N,$,z,G,ue.convert(Oe),ue.convert(Xe),0),O.bindBuffer(O.PIXEL_PACK_BUFFER,null);let dt=se!==null?Le.get(se).__webglFramebuffer:null;ye.bindFramebuffer(O.FRAMEBUFFER,dt);let nt=O.fenceSync(O.SYNC_GPU_COMMANDS_COMPLETE,0);return O.flush(),await Eh(O,nt,4),O.bindBuffer(O.PIXEL_PACK_BUFFER,qe),O.getBufferSubData(O.PIXEL_PACK_BUFFER,0,xe),O.bindBuffer(O.PIXEL_PACK_BUFFER,null),O.deleteBuffer(qe),O.deleteSync(nt),xe}else throw new Error("THREE.WebGLRenderer.readRenderTargetPixelsAsync: requested read bounds are out of range.")},this.copyFramebufferToTexture=function(M,N=null,$=0){let z=Math.pow(2,-$),G=Math.floor(M.image.width*z),xe=Math.floor(M.image.height*z),Me=N!==null?N.x:0,me=N!==null?N.y:0;Ue.setTexture2D(M,0),O.copyTexSubImage2D(O.TEXTURE_2D,$,0,0,Me,me,G,xe),ye.unbindTexture()},this.copyTextureToTexture=function(M,N,$=null,z=null,G=0,xe=0){let Me,me,be,Ce,Oe,Xe,we,qe,dt,nt=M.isCompressedTexture?M.mipmaps[xe]:M.image;if($!==null)Me=$.max.x-$.min.x,me=$.max.y-$.min.y,be=$.isBox3?$.max.z-$.min.z:1,Ce=$.min.x,Oe=$.min.y,Xe=$.isBox3?$.min.z:0;else{let Je=Math.pow(2,-G);Me=Math.floor(nt.width*Je),me=Math.floor(nt.height*Je),M.isDataArrayTexture?be=nt.depth:M.isData3DTexture?be=Math.floor(nt.depth*Je):be=1,Ce=0,Oe=0,Xe=0}z!==null?(we=z.x,qe=z.y,dt=z.z):(we=0,qe=0,dt=0);let tt=ue.convert(N.format),Rt=ue.convert(N.type),Ae;N.isData3DTexture?(Ue.setTexture3D(N,0),Ae=O.TEXTURE_3D):N.isDataArrayTexture||N.isCompressedArrayTexture?(Ue.setTexture2DArray(N,0),Ae=O.TEXTURE_2D_ARRAY):(Ue.setTexture2D(N,0),Ae=O.TEXTURE_2D),ye.activeTexture(O.TEXTURE0),ye.pixelStorei(O.UNPACK_FLIP_Y_WEBGL,N.flipY),ye.pixelStorei(O.UNPACK_PREMULTIPLY_ALPHA_WEBGL,N.premultiplyAlpha),ye.pixelStorei(O.UNPACK_ALIGNMENT,N.unpackAlignment);let Ft=ye.getParameter(O.UNPACK_ROW_LENGTH),je=ye.getParameter(O.UNPACK_IMAGE_HEIGHT),si=ye.getParameter(O.UNPACK_SKIP_PIXELS),Pt=ye.getParameter(O.UNPACK_SKIP_ROWS),er=ye.getParameter(O.UNPACK_SKIP_IMAGES);ye.pixelStorei(O.UNPACK_ROW_LENGTH,nt.width),ye.pixelStorei(O.UNPACK_IMAGE_HEIGHT,nt.height),ye.pixelStorei(O.UNPACK_SKIP_PIXELS,Ce),ye.pixelStorei(O.UNPACK_SKIP_ROWS,Oe),ye.pixelStorei(O.UNPACK_SKIP_IMAGES,Xe);let Vn=M.isDataArrayTexture||M.isData3DTexture,ri=N.isDataArrayTexture||N.isData3DTexture;if(M.isDepthTexture){let Je=Le.get(M),At=Le.get(N),an=Le.get(Je.__renderTarget),ct=Le.get(At.__renderTarget);ye.bindFramebuffer(O.READ_FRAMEBUFFER,an.__webglFramebuffer),ye.bindFramebuffer(O.DRAW_FRAMEBUFFER,ct.__webglFramebuffer);for(let St=0;St<be;St++)Vn&&(O.framebufferTextureLayer(O.READ_FRAMEBUFFER,O.COLOR_ATTACHMENT0,Le.get(M).__webglTexture,G,Xe+St),O.framebufferTextureLayer(O.DRAW_FRAMEBUFFER,O.COLOR_ATTACHMENT0,Le.get(N).__webglTexture,xe,dt+St)),O.blitFramebuffer(Ce,Oe,Ce+Me,Oe+me,we,qe,we+Me,qe+me,O.DEPTH_BUFFER_BIT,O.NEAREST);ye.bindFramebuffer(O.READ_FRAMEBUFFER,null),ye.bindFramebuffer(O.DRAW_FRAMEBUFFER,null)}else if(G!==0||M.isRenderTargetTexture||Le.has(M)){let Je=Le.get(M),At=Le.get(N);ye.bindFramebuffer(O.READ_FRAMEBUFFER,P),ye.bindFramebuffer(O.DRAW_FRAMEBUFFER,H);for(let an=0;an<be;an++)Vn?O.framebufferTextureLayer(O.READ_FRAMEBUFFER,O.COLOR_ATTACHMENT0,Je.__webglTexture,G,Xe+an):O.framebufferTexture2D(O.READ_FRAMEBUFFER,O.COLOR_ATTACHMENT0,O.TEXTURE_2D,Je.__webglTexture,G),ri?O.framebufferTextureLayer(O.DRAW_FRAMEBUFFER,O.COLOR_ATTACHMENT0,At.__webglTexture,xe,dt+an):O.framebufferTexture2D(O.DRAW_FRAMEBUFFER,O.COLOR_ATTACHMENT0,O.TEXTURE_2D,At.__webglTexture,xe),G!==0?O.blitFramebuffer(Ce,Oe,Ce+Me,Oe+me,we,qe,we+Me,qe+me,O.COLOR_BUFFER_BIT,O.NEAREST):ri?O.copyTexSubImage3D(Ae,xe,we,qe,dt+an,Ce,Oe,Me,me):O.copyTexSubImage2D(Ae,xe,we,qe,Ce,Oe,Me,me);ye.bindFramebuffer(O.READ_FRAMEBUFFER,null),ye.bindFramebuffer(O.DRAW_FRAMEBUFFER,null)}else ri?M.isDataTexture||M.isData3DTexture?O.texSubImage3D(Ae,xe,we,qe,dt,Me,me,be,tt,Rt,nt.data):N.isCompressedArrayTexture?O.compressedTexSubImage3D(Ae,xe,we,qe,dt,Me,me,be,tt,nt.data):O.texSubImage3D(Ae,xe,we,qe,dt,Me,me,be,tt,Rt,nt):M.isDataTexture?O.texSubImage2D(O.TEXTURE_2D,xe,we,qe,Me,me,tt,Rt,nt.data):M.isCompressedTexture?O.compressedTexSubImage2D(O.TEXTURE_2D,xe,we,qe,nt.width,nt.height,tt,nt.data):O.texSubImage2D(O.TEXTURE_2D,xe,we,qe,Me,me,tt,Rt,nt);ye.pixelStorei(O.UNPACK_ROW_LENGTH,Ft),ye.pixelStorei(O.UNPACK_IMAGE_HEIGHT,je),ye.pixelStorei(O.UNPACK_SKIP_PIXELS,si),ye.pixelStorei(O.UNPACK_SKIP_ROWS,Pt),ye.pixelStorei(O.UNPACK_SKIP_IMAGES,er),xe===0&&N.generateMipmaps===!0&&N.mipmapsAutoUpdate===!0&&O.generateMipmap(Ae),ye.unbindTexture()},this.initRenderTarget=function(M){Le.get(M).__webglFramebuffer===void 0&&Ue.setupRenderTarget(M)},this.initTexture=function(M){M.isCubeTexture?Ue.setTextureCube(M,0):M.isData3DTexture?Ue.setTexture3D(M,0):M.isDataArrayTexture||M.isCompressedArrayTexture?Ue.setTexture2DArray(M,0):Ue.setTexture2D(M,0),ye.unbindTexture()},this.resetState=function(){J=0,W=0,se=null,ye.reset(),de.reset()},typeof __THREE_DEVTOOLS__<"u"&&__THREE_DEVTOOLS__.dispatchEvent(new CustomEvent("observe",{detail:this}))}get coordinateSystem(){return en}get outputColorSpace(){return this._outputColorSpace}set outputColorSpace(e){this._outputColorSpace=e;let t=this.getContext();t.drawingBufferColorSpace=$e._getDrawingBufferColorSpace(e),t.unpackColorSpace=$e._getUnpackColorSpace()}};var hd={cx:0,cy:0,zoom:1},dd=()=>({theta:.6,phi:1.1,distance:3,target:new X}),oo=class{constructor(e,t){q(this,"el",e);q(this,"onChange",t);q(this,"ortho",new Zi(-1,1,1,-1,-100,100));q(this,"persp",new Ut(45,1,.01,100));q(this,"is3d",!1);q(this,"v2",{...hd});q(this,"v3",dd());q(this,"width",1);q(this,"height",1);q(this,"drag",null);q(this,"touches",new Map);q(this,"pinch",null);q(this,"moved",!1);q(this,"onDown",e=>{if(e.pointerType==="touch"&&(this.touches.set(e.pointerId,{x:e.clientX,y:e.clientY}),this.touches.size===2)){this.drag=null,this.moved=!0,this.pinch=this.pinchState();return}if(this.drag)return;let t=this.is3d&&e.button===0&&!e.shiftKey;this.drag={x:e.clientX,y:e.clientY,mode:t?"rotate":"pan",id:e.pointerId},this.moved=!1;try{this.el.setPointerCapture?.(e.pointerId)}catch{}});q(this,"onMove",e=>{if(this.touches.has(e.pointerId)&&this.touches.set(e.pointerId,{x:e.clientX,y:e.clientY}),this.pinch&&this.touches.size===2){let s=this.pinchState(),r=this.el.getBoundingClientRect();this.pan(s.mx-this.pinch.mx,this.is3d?0:s.my-this.pinch.my),this.pinch.dist>0&&s.dist>0&&this.zoom(s.dist/this.pinch.dist,s.mx-r.left,s.my-r.top),this.pinch=s;return}if(!this.drag||e.pointerId!==this.drag.id)return;let t=e.clientX-this.drag.x,n=e.clientY-this.drag.y;!this.moved&&Math.hypot(t,n)<3||(this.moved=!0,this.drag.x=e.clientX,this.drag.y=e.clientY,this.drag.mode==="rotate"?this.rotate(t,n):this.pan(t,n))});q(this,"onUp",e=>{this.touches.delete(e.pointerId),this.touches.size<2&&(this.pinch=null),this.drag&&e.pointerId===this.drag.id&&(this.drag=null)});q(this,"onKey",e=>{let t=e.shiftKey?120:40,n=(s,r)=>this.is3d?this.rotate(s,r):this.pan(s,r);switch(e.key){case"ArrowLeft":n(t,0);break;case"ArrowRight":n(-t,0);break;case"ArrowUp":n(0,t);break;case"ArrowDown":n(0,-t);break;case"+":case"=":this.zoom(1.25);break;case"-":case"_":this.zoom(.8);break;default:return}e.preventDefault()});q(this,"onWheel",e=>{e.preventDefault();let t=e.deltaMode===1?16:e.deltaMode===2?this.height:1,n=e.deltaX*t,s=e.deltaY*t,r=this.el.getBoundingClientRect(),a=e.clientX-r.left,o=e.clientY-r.top;if(e.ctrlKey){this.zoom(Math.exp(-s*.01),a,o);return}if(Math.abs(n)>Math.abs(s)){this.is3d?this.rotate(-n,0):this.pan(-n,0);return}this.zoom(Math.exp(-s*.0015),a,o)});e.addEventListener("pointerdown",this.onDown),e.addEventListener("pointermove",this.onMove),e.addEventListener("pointerup",this.onUp),e.addEventListener("pointercancel",this.onUp),e.addEventListener("wheel",this.onWheel,{passive:!1}),e.addEventListener("dblclick",()=>this.reset()),e.addEventListener("contextmenu",n=>n.preventDefault()),e.addEventListener("keydown",this.onKey),e.tabIndex<0&&(e.tabIndex=0),this.update()}get camera(){return this.is3d?this.persp:this.ortho}get halfHeight(){return 1.12/this.v2.zoom}get zoomScale(){let e=this.is3d?3.6/this.v3.distance:this.v2.zoom;return Math.min(6,Math.max(.5,Math.sqrt(e)))}setSize(e,t){this.width=Math.max(1,e),this.height=Math.max(1,t),this.update()}set3d(e){this.is3d=e,this.update()}reset(){this.v2={...hd},this.v3=dd(),this.update()}update(){let e=this.width/this.height,t=this.halfHeight,n=e<1?1/e:1,s=this.ortho;s.left=this.v2.cx-t*e*n,s.right=this.v2.cx+t*e*n,s.top=this.v2.cy+t*n,s.bottom=this.v2.cy-t*n,s.position.set(0,0,10),s.lookAt(0,0,0),s.updateProjectionMatrix(),s.updateMatrixWorld();let r=this.persp;r.aspect=e;let{theta:a,phi:o,distance:c,target:l}=this.v3;r.position.set(l.x+c*Math.sin(o)*Math.sin(a),l.y+c*Math.cos(o),l.z+c*Math.sin(o)*Math.cos(a)),r.up.set(0,1,0),r.lookAt(l),r.updateProjectionMatrix(),r.updateMatrixWorld(),this.onChange()}get worldPerPx(){return(this.ortho.top-this.ortho.bottom)/this.height}pan(e,t){if(this.is3d){let n=2*this.v3.distance*Math.tan(this.persp.fov*Math.PI/360)/this.height,s=new X().setFromMatrixColumn(this.persp.matrixWorld,0),r=new X().setFromMatrixColumn(this.persp.matrixWorld,1);this.v3.target.addScaledVector(s,-e*n).addScaledVector(r,t*n)}else{let n=this.worldPerPx;this.v2.cx-=e*n,this.v2.cy+=t*n}this.update()}rotate(e,t){this.v3.theta-=e*.008,this.v3.phi=Math.min(Math.PI-.05,Math.max(.05,this.v3.phi-t*.008)),this.update()}zoom(e,t=this.width/2,n=this.height/2){if(this.is3d)this.v3.distance=Math.min(50,Math.max(.02,this.v3.distance/e));else{let s=this.ortho,r=s.left+t/this.width*(s.right-s.left),a=s.top-n/this.height*(s.top-s.bottom),o=Math.min(5e3,Math.max(.05,this.v2.zoom*e)),c=this.v2.zoom/o;this.v2.cx=r+(this.v2.cx-r)*c,this.v2.cy=a+(this.v2.cy-a)*c,this.v2.zoom=o}this.update()}pinchState(){let[e,t]=[...this.touches.values()];return{dist:Math.hypot(e.x-t.x,e.y-t.y),mx:(e.x+t.x)/2,my:(e.y+t.y)/2}}};var fd=`
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
`,pd=`
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
`;function co(i,e,t,n,s,r){let a=r?.x??new Float32Array(e),o=r?.y??new Float32Array(e),c=r?.z??new Float32Array(e);for(let l=0;l<e;l++){let u=i[l*3],d=i[l*3+1],h=i[l*3+2],f=t[0]*u+t[4]*d+t[8]*h+t[12],g=t[1]*u+t[5]*d+t[9]*h+t[13],y=t[2]*u+t[6]*d+t[10]*h+t[14],m=t[3]*u+t[7]*d+t[11]*h+t[15];if(m<=0){a[l]=NaN,o[l]=NaN,c[l]=1/0;continue}let p=f/m,_=g/m,S=y/m;if(S<-1||S>1){a[l]=NaN,o[l]=NaN,c[l]=1/0;continue}a[l]=(p*.5+.5)*n,o[l]=(1-(_*.5+.5))*s,c[l]=S}return{x:a,y:o,z:c}}var lo=class{constructor(e,t,n,s,r,a=16){q(this,"sx",e);q(this,"sy",t);q(this,"sz",n);q(this,"cell",a);q(this,"cellStart");q(this,"items");q(this,"cols");q(this,"rows");this.cols=Math.max(1,Math.ceil(s/a)),this.rows=Math.max(1,Math.ceil(r/a));let o=this.cols*this.rows,c=new Int32Array(o+1),l=e.length,u=new Int32Array(l);for(let h=0;h<l;h++){let f=this.cellIndex(e[h],t[h]);u[h]=f,f>=0&&c[f+1]++}for(let h=0;h<o;h++)c[h+1]+=c[h];this.cellStart=c,this.items=new Int32Array(c[o]);let d=c.slice(0,o);for(let h=0;h<l;h++)u[h]>=0&&(this.items[d[u[h]]++]=h)}cellIndex(e,t){if(!(e>=0&&t>=0))return-1;let n=Math.floor(e/this.cell),s=Math.floor(t/this.cell);return n>=this.cols||s>=this.rows?-1:s*this.cols+n}nearest(e,t,n,s){let r=Math.ceil(n/this.cell),a=Math.floor(e/this.cell),o=Math.floor(t/this.cell),c=-1,l=n*n,u=1/0;for(let d=Math.max(0,o-r);d<=Math.min(this.rows-1,o+r);d++)for(let h=Math.max(0,a-r);h<=Math.min(this.cols-1,a+r);h++){let f=d*this.cols+h;for(let g=this.cellStart[f];g<this.cellStart[f+1];g++){let y=this.items[g],m=this.sx[y]-e,p=this.sy[y]-t,_=m*m+p*p;if(_>n*n||s&&!s(y))continue;let S=_<l-.25,v=Math.abs(_-l)<=.25&&this.sz[y]<u;(c<0||S||v)&&(c=y,l=_,u=this.sz[y])}}return c}};function oy(i,e,t,n){let s=Math.max(1,Math.floor(i/t)),r=Math.max(0,Math.floor(e/n));return{perRow:s,rows:r,count:s*r}}function ly(i,e,t,n){return{x:i%e*t,y:Math.floor(i/e)*n,w:t,h:n}}async function cy(i){if(typeof createImageBitmap=="function")try{return await createImageBitmap(i)}catch{}let e=URL.createObjectURL(i);try{let t=new Image;return t.src=e,await t.decode(),t}finally{URL.revokeObjectURL(e)}}async function md(i,e){let t=await cy(i),n=t.width,s=t.height,r=Math.max(1,Number(e?.[0])||n),a=Math.max(1,Number(e?.[1]??e?.[0])||s),{perRow:o,count:c}=oy(n,s,r,a),l=new Nt(t);return l.flipY=!1,l.generateMipmaps=!1,l.minFilter=Ct,l.magFilter=pt,l.needsUpdate=!0,{image:t,width:n,height:s,thumbW:r,thumbH:a,perRow:o,count:c,texture:l}}function cc(i,e,t){if(e<0||e>=i.count)return!1;let n=t.getContext("2d");if(!n)return!1;let s=ly(e,i.perRow,i.thumbW,i.thumbH);return n.imageSmoothingEnabled=!1,n.clearRect(0,0,t.width,t.height),n.drawImage(i.image,s.x,s.y,s.w,s.h,0,0,t.width,t.height),!0}function gd(i,e){let t=Math.max(i.width,i.height);if(t<=e)return;let n=e/t,s=document.createElement("canvas");s.width=Math.max(1,Math.floor(i.width*n)),s.height=Math.max(1,Math.floor(i.height*n));let r=s.getContext("2d");r&&(r.drawImage(i.image,0,0,s.width,s.height),i.texture.image=s,i.texture.needsUpdate=!0)}var uo=class{constructor(e){q(this,"container",e);q(this,"canvas");q(this,"controls");q(this,"renderer");q(this,"scene",new Es);q(this,"geometry",new nn);q(this,"material");q(this,"points");q(this,"positions",new Float32Array(0));q(this,"n",0);q(this,"colors",new Float32Array(0));q(this,"width",1);q(this,"height",1);q(this,"frame",0);q(this,"grid",null);q(this,"atlas",null);q(this,"emptyTex",new $i(new Uint8Array([0,0,0,255]),1,1));q(this,"frameTimes",[]);q(this,"onCameraChange",null);q(this,"onFrame",null);q(this,"drawCalls",0);this.canvas=document.createElement("canvas"),this.canvas.className="ep-canvas",e.appendChild(this.canvas),this.renderer=new io({canvas:this.canvas,antialias:!1,preserveDrawingBuffer:!1,powerPreference:"high-performance"}),this.renderer.setPixelRatio(Math.min(2,window.devicePixelRatio||1)),this.emptyTex.needsUpdate=!0,this.material=new sn({glslVersion:Xs,vertexShader:fd,fragmentShader:pd,uniforms:{uSize:{value:5},uPixelRatio:{value:this.renderer.getPixelRatio()},uZoomScale:{value:1},uHover:{value:-1},uSelected:{value:-1},uSpriteMode:{value:0},uAtlas:{value:this.emptyTex},uThumbUV:{value:new Ze(1,1)},uDepthCue:{value:0},uDepthRange:{value:new Ze(0,1)},uBackground:{value:new He("#ffffff")},uPerRow:{value:1},uSpriteCount:{value:0},uRing:{value:new He("#000000")}},depthTest:!0,depthWrite:!0}),this.points=new Ps(this.geometry,this.material),this.points.frustumCulled=!1,this.scene.add(this.points),this.controls=new oo(this.canvas,()=>{this.grid=null;let t=this.material.uniforms;if(t.uZoomScale.value=this.controls?.zoomScale??1,this.controls){let n=this.controls.v3.distance;t.uDepthCue.value=this.controls.is3d?1:0,t.uDepthRange.value.set(Math.max(0,n-1),n+1)}this.onCameraChange?.(),this.requestRender()}),new ResizeObserver(()=>this.resize()).observe(e),this.resize()}resize(){let e=this.container.getBoundingClientRect();this.width=Math.max(1,Math.floor(e.width)),this.height=Math.max(1,Math.floor(e.height)),this.renderer.setSize(this.width,this.height,!0),this.controls.setSize(this.width,this.height)}setTheme(e,t){this.renderer.setClearColor(new He(e),1),this.material.uniforms.uBackground.value.set(e),this.material.uniforms.uRing.value.set(t),this.requestRender()}setPositions(e,t){if(this.positions=e,t!==this.n){this.n=t,this.geometry.dispose(),this.geometry=new nn;let n=this.colors.length===t*3?this.colors.slice():new Float32Array(t*3).fill(.5);this.geometry.setAttribute("aColor",new zt(n,3)),this.geometry.setAttribute("aSize",new zt(new Float32Array(t).fill(1),1)),this.points.geometry=this.geometry}this.geometry.setAttribute("position",new zt(e,3)),this.grid=null,this.requestRender()}setColors(e){this.colors=e;let t=this.geometry.getAttribute("aColor");!t||e.length!==t.array.length||(t.array.set(e),t.needsUpdate=!0,this.requestRender())}colorAt(e){return Array.from(this.colors.subarray(e*3,e*3+3))}setPointSize(e){this.material.uniforms.uSize.value=e,this.requestRender()}setAtlas(e){this.atlas=e,e&&gd(e,this.renderer.capabilities.maxTextureSize);let t=this.material.uniforms;t.uAtlas.value=e?e.texture:this.emptyTex,t.uPerRow.value=e?e.perRow:1,t.uSpriteCount.value=e?e.count:0,t.uThumbUV.value.set(e?e.thumbW/e.width:1,e?e.thumbH/e.height:1),this.requestRender()}setSpriteMode(e){this.material.uniforms.uSpriteMode.value=e&&this.atlas?1:0,this.requestRender()}setHighlight(e,t){this.material.uniforms.uHover.value=e,this.material.uniforms.uSelected.value=t,this.requestRender()}set3d(e){this.controls.set3d(e)}get pointRadiusPx(){let e=this.material.uniforms;return e.uSize.value*e.uZoomScale.value*(e.uSpriteMode.value>.5?3:1)/2}requestRender(){this.frame||(this.frame=requestAnimationFrame(()=>{this.frame=0;let e=performance.now();this.renderer.render(this.scene,this.controls.camera),this.drawCalls=this.renderer.info.render.calls,this.frameTimes.push(performance.now()-e),this.frameTimes.length>240&&this.frameTimes.shift(),this.onFrame?.()}))}renderNow(){this.renderer.render(this.scene,this.controls.camera)}viewProjection(){let e=this.controls.camera;return e.updateMatrixWorld(),new rt().multiplyMatrices(e.projectionMatrix,e.matrixWorldInverse)}pick(e,t){if(!this.n)return-1;if(!this.grid){let n=co(this.positions,this.n,this.viewProjection().elements,this.width,this.height);this.grid=new lo(n.x,n.y,n.z,this.width,this.height)}return this.grid.nearest(e,t,Math.max(5,this.pointRadiusPx+2))}screenPositions(){let e=co(this.positions,this.n,this.viewProjection().elements,this.width,this.height);return{x:e.x,y:e.y}}toPngBlob(){return this.renderNow(),new Promise(e=>this.canvas.toBlob(e,"image/png"))}screenPositionOf(e){if(e<0||e>=this.n)return null;let t=co(this.positions.subarray(e*3,e*3+3),1,this.viewProjection().elements,this.width,this.height);return Number.isNaN(t.x[0])?null:{x:t.x[0],y:t.y[0]}}get size(){return{width:this.width,height:this.height}}};function uy(i){i.charCodeAt(0)===65279&&(i=i.slice(1));let e=i.split(/\r?\n/);return e.length>0&&e[e.length-1]===""&&e.pop(),e}function xd(i,e){let t=uy(i),n=1;for(let l of t.slice(0,1))n=l.split("	").length;let s,r;n<=1?(s=["label"],r=t):(s=t[0].split("	").map((l,u)=>l.trim()||`column ${u+1}`),r=t.slice(1));let a=e??r.length,o=s.map(()=>new Array(a).fill("")),c=Math.min(a,r.length);for(let l=0;l<c;l++){let u=n<=1?[r[l]]:r[l].split("	");for(let d=0;d<s.length;d++)o[d][l]=(u[d]??"").trim()}return{names:s,columns:o,rowCount:r.length}}var hy={runs:[],run:null,info:null,tensorName:null,loading:null,notices:[],n:0,d:0,columns:[],labelColumn:-1,colorColumn:-1,focusCategory:null,searchMatches:null,neighbors:null,neighborMetric:"euclidean",legend:{kind:"none"},spherize:!1,method:"pca",is3d:!1,dims:[0,1,2],variance:null,isolatedVariance:null,computing:null,showSprites:!1,hasSprite:!1,pointSize:1,hovered:-1,selected:-1,dark:!1,selection:new Int32Array(0),isolated:null,selectMode:"pan",step:null,movedPoints:null},ho=class{constructor(e=hy){q(this,"state");q(this,"listeners",[]);this.state={...e}}set(e){let t=new Set;for(let n of Object.keys(e))this.state[n]!==e[n]&&t.add(n);if(t.size!==0){this.state={...this.state,...e};for(let n of this.listeners)n(this.state,t)}}subscribe(e){return this.listeners.push(e),()=>{this.listeners=this.listeners.filter(t=>t!==e)}}};function rn(i,e){if(e&&typeof e=="object"&&"body"in e&&e.body?.error){let t=e.body;return{level:i,message:t.error,file:t.file,hint:t.hint}}if(e&&typeof e=="object"&&"error"in e&&typeof e.error=="string"){let t=e;return{level:i,message:t.error,file:t.file,hint:t.hint}}return{level:i,message:e instanceof Error?e.message:String(e)}}function uc(i){return(i.state.info?.errors??[]).map(e=>rn("error",e))}function yd(i){let e=i.state;return e.info?.embeddings.find(t=>t.tensorName===e.tensorName)??null}function _d(i){return i.findIndex(t=>t.kind==="categorical"&&t.distinct>=2&&t.distinct<=20)}function fy(i){let e=0;for(let t=0;t<i.length;t++){let n=i[t];n-n!==0&&(i[t]=0,e++)}return e}async function vd(i,e,t){let n=i.state.run,s=ss(e),r={tensor:{loaded:0,total:s?s[0]*s[1]*4:null},metadata:{loaded:0,total:null},sprite:{loaded:0,total:null}},a=new Set(["tensor"]);e.hasMetadata!==!1&&(e.hasMetadata||e.metadataPath)&&a.add("metadata"),e.hasSprite!==!1&&(e.hasSprite||e.sprite?.imagePath)&&a.add("sprite");let o=0,c=(v=!1)=>{if(t.aborted)return;let A=performance.now();if(!v&&A-o<40)return;o=A;let w=0,x=0;for(let B of a)w+=r[B].loaded,x=x!==null&&r[B].total!==null?x+r[B].total:null;let E=`Loading ${[...a].join(", ")}`;i.set({loading:{label:E,loaded:w,total:x}})},l=v=>(A,w)=>{r[v].loaded=A,w!==null&&(r[v].total=w),c(w!==null&&A===w)};c(!0);let u=[],d=i.state.step!==null&&(e.checkpointSteps??[]).includes(i.state.step)?i.state.step:null,h=Et.tensor(n,e.tensorName,s,l("tensor"),t,d),f=a.has("metadata")?Et.metadata(n,e.tensorName,l("metadata"),t).catch(v=>{if(t.aborted)throw v;return u.push(rn("warning",v)),a.delete("metadata"),null}):Promise.resolve(null),g=a.has("sprite")?Et.sprite(n,e.tensorName,l("sprite"),t).then(v=>md(v,e.sprite?.singleImageDim??[])).catch(v=>{if(t.aborted)throw v;return u.push(rn("warning",v)),a.delete("sprite"),null}):Promise.resolve(null),[y,m,p]=await Promise.all([h,f,g]),_=fy(y.data);_>0&&u.push({level:"warning",message:`${_.toLocaleString("en-US")} NaN or infinite values were drawn as 0.`,file:e.tensorPath??null,hint:"Projections treat them as 0; fix the source tensor to remove this warning."});let S=[];if(m!==null){let v=xd(m,y.n);v.names.forEach((w,x)=>S.push(dr(w,v.columns[x])));let A=(e.warnings??[]).length>0;v.rowCount!==y.n&&!A&&u.push({level:"warning",message:`Metadata has ${v.rowCount} rows but the tensor has ${y.n}.`,file:e.metadataPath??null,hint:"Row i of the metadata (after the header) must describe tensor row i."})}return{data:y.data,n:y.n,d:y.d,etag:y.etag,columns:S,atlas:p,notices:u}}function bd(i,e,t){let n=new Float64Array(t);for(let s=0;s<e;s++)for(let r=0;r<t;r++)n[r]+=i[s*t+r];for(let s=0;s<t;s++)n[s]/=Math.max(1,e);return n}function Sd(i,e,t,n,s,r,a){if(n<0||n>=e||s<=0)return[];let o=a??new Float64Array(t),c=new Float64Array(t);for(let y=0;y<t;y++)c[y]=i[n*t+y]-o[y];let l=0;for(let y=0;y<t;y++)l+=c[y]*c[y];l=Math.sqrt(l);let u=new Int32Array(s),d=new Float64Array(s),h=0,f=(y,m)=>{if(h<s){let p=h++;for(u[p]=y,d[p]=m;p>0;){let _=p-1>>1;if(d[_]>=d[p])break;[u[_],u[p]]=[u[p],u[_]],[d[_],d[p]]=[d[p],d[_]],p=_}}else if(m<d[0]){u[0]=y,d[0]=m;let p=0;for(;;){let _=2*p+1,S=_+1,v=p;if(_<h&&d[_]>d[v]&&(v=_),S<h&&d[S]>d[v]&&(v=S),v===p)break;[u[v],u[p]]=[u[p],u[v]],[d[v],d[p]]=[d[p],d[v]],p=v}}};for(let y=0;y<e;y++){if(y===n)continue;let m=y*t,p;if(r){let _=0,S=0;for(let A=0;A<t;A++){let w=i[m+A]-o[A];_+=w*c[A],S+=w*w}let v=Math.sqrt(S)*l;p=v>0?1-_/v:1}else{let _=0;for(let S=0;S<t;S++){let v=i[m+S]-o[S]-c[S];_+=v*v}p=Math.sqrt(_)}f(y,p)}let g=[];for(let y=0;y<h;y++)g.push({index:u[y],distance:d[y]});return g.sort((y,m)=>y.distance-m.distance||y.index-m.index)}function Md(i){let e=C("select",{"data-testid":"run-select","aria-label":"Run"}),t=C("select",{"data-testid":"tensor-select","aria-label":"Tensor"}),n=C("div",{className:"ep-meta","data-testid":"tensor-meta"});e.addEventListener("change",()=>i.set({run:e.value,info:null,tensorName:null})),t.addEventListener("change",()=>i.set({tensorName:t.value}));let s=()=>{let r=i.state;Tt(e,r.runs.map(c=>({value:c,label:c})),r.run??""),e.disabled=r.runs.length<=1;let a=r.info?.embeddings??[];Tt(t,a.map(c=>{let l=ss(c),u=`${c.tensorName} (${l?`${l[0]} x ${l[1]}`:"?"})${c.error?" – error":""}`;return{value:c.tensorName,label:u}}),r.tensorName??""),t.disabled=a.length<=1;let o=a.find(c=>c.tensorName===r.tensorName);if(o){let c=ss(o),l=[c?`${c[0].toLocaleString("en-US")} points x ${c[1]} dims`:"",o.dtype?`dtype ${o.dtype}`:"",o.source??"",o.hasMetadata?`${o.metadataColumns??"?"} metadata column${o.metadataColumns===1?"":"s"}`:"no metadata",o.hasSprite?"sprite":""];n.textContent=l.filter(Boolean).join(" · ")}else n.textContent=r.runs.length?"":"No runs with embeddings found."};return i.subscribe((r,a)=>{(a.has("runs")||a.has("run")||a.has("info")||a.has("tensorName"))&&s()}),s(),C("section",{},C("h2",{},"Data"),C("div",{className:"ep-row"},C("label",{},"Run"),e),C("div",{className:"ep-row"},C("label",{},"Tensor"),t),n)}function py(i){let e=C("div",{"data-testid":"legend"}),t=s=>{let r=i.state.focusCategory;return r===null?"":r===s?"ep-focus":"ep-faded"},n=()=>{let s=i.state.legend;if(s.kind==="categorical")e.dataset.kind="categorical",e.replaceChildren(C("ul",{className:"ep-legend"},...s.entries.map(r=>C("li",{"data-testid":"legend-entry","data-label":r.label,"data-count":r.count,title:`${r.label} — click to highlight`,className:t(r.label),onclick:()=>i.set({focusCategory:i.state.focusCategory===r.label?null:r.label})},C("span",{className:"ep-sw",style:`background:${r.color}`}),C("span",{className:"ep-lab"},r.label),C("span",{className:"ep-cnt"},r.count.toLocaleString("en-US"))))));else if(s.kind==="numeric"){e.dataset.kind="numeric";let r=Array.from({length:11},(a,o)=>`${Cc(o/10)} ${o*10}%`).join(",");e.replaceChildren(C("div",{className:"ep-gradient",style:`background:linear-gradient(to right,${r})`}),C("div",{className:"ep-gradient-labels"},C("span",{"data-testid":"legend-min"},Oo(s.min)),C("span",{"data-testid":"legend-max"},Oo(s.max))),s.missing?C("ul",{className:"ep-legend"},C("li",{},C("span",{className:"ep-sw",style:"background:#6f6f6f"}),C("span",{className:"ep-lab"},"(missing)"),C("span",{className:"ep-cnt"},String(s.missing)))):"")}else e.dataset.kind="none",e.replaceChildren()};return i.subscribe((s,r)=>{(r.has("legend")||r.has("focusCategory"))&&n()}),n(),e}function wd(i){let e=C("select",{"data-testid":"label-select","aria-label":"Label by"}),t=C("select",{"data-testid":"color-select","aria-label":"Colour by"}),n=C("input",{type:"checkbox","data-testid":"sprites"}),s=C("div",{className:"ep-row"},C("label",{},"Images"),n,C("span",{className:"ep-meta"},"draw points as their thumbnails")),r=C("input",{type:"range",min:"0.3",max:"4",step:"0.1",value:"1","data-testid":"point-size"});e.addEventListener("change",()=>i.set({labelColumn:Number(e.value)})),t.addEventListener("change",()=>i.set({colorColumn:Number(t.value)})),n.addEventListener("change",()=>i.set({showSprites:n.checked})),r.addEventListener("input",()=>i.set({pointSize:Number(r.value)}));let a=()=>{let o=i.state,c=o.columns.map((l,u)=>({value:String(u),label:l.name}));Tt(e,[{value:"-1",label:"(point index)"},...c],String(o.labelColumn)),Tt(t,[{value:"-1",label:"(none)"},...o.columns.map((l,u)=>({value:String(u),label:`${l.name} (${l.kind==="numeric"?"numeric":`${l.distinct} categories`})`}))],String(o.colorColumn)),e.disabled=t.disabled=o.columns.length===0,n.checked=o.showSprites,s.style.display=o.hasSprite?"":"none",r.value=String(o.pointSize)};return i.subscribe((o,c)=>{["columns","labelColumn","colorColumn","showSprites","hasSprite","pointSize"].some(l=>c.has(l))&&a()}),a(),C("section",{},C("h2",{},"Display"),C("div",{className:"ep-row"},C("label",{},"Label by"),e),C("div",{className:"ep-row"},C("label",{},"Colour by"),t),s,C("div",{className:"ep-row"},C("label",{},"Point size"),r),py(i))}function yi(i,e){let t=i.state,n=t.columns[t.labelColumn];if(!n)return`#${e}`;let s=n.values[e]??"";return s===""?`#${e} (missing)`:s}function Ad(i,e){let t=C("div",{className:"ep-inspector","data-testid":"inspector"}),n=()=>{let s=i.state,r=s.selected;if(r<0||r>=s.n){t.style.display="none",t.replaceChildren();return}t.style.display="block",t.dataset.index=String(r);let a=C("button",{"aria-label":"Clear selection","data-testid":"inspector-close"},"×");a.addEventListener("click",()=>i.set({selected:-1}));let o=e(),c=null;o&&r<o.count&&(c=C("canvas",{width:96,height:Math.round(96*o.thumbH/o.thumbW)}),cc(o,r,c));let l=s.columns.map(h=>{let f=h.values[r]??"";return C("tr",{"data-testid":"inspector-row","data-column":h.name},C("th",{},h.name),f===""?C("td",{className:"ep-missing"},"(missing)"):C("td",{},f))}),u=s.neighbors??[],d=C("ol",{className:"ep-nb","data-testid":"neighbors"},...u.slice(0,10).map(h=>C("li",{"data-testid":"neighbor","data-index":h.index,onclick:()=>i.set({selected:h.index})},C("span",{className:"ep-lab"},yi(i,h.index)),C("span",{className:"ep-cnt"},h.distance.toFixed(3)))));t.replaceChildren(C("h3",{},C("span",{"data-testid":"inspector-title"},yi(i,r)),a),c??"",C("table",{},C("tr",{},C("th",{},"index"),C("td",{},String(r))),...l),u.length?C("h4",{},`Nearest neighbours (${s.neighborMetric}, all ${s.d} dims)`):"",d,u.length>10?C("div",{className:"ep-meta"},`The ${u.length} nearest stay bright in the plot.`):"")};return i.subscribe((s,r)=>{(r.has("selected")||r.has("columns")||r.has("labelColumn")||r.has("neighbors"))&&n()}),n(),t}function Ed(){let i=C("div",{"data-testid":"tooltip-label"}),e=C("canvas",{width:64,height:64,"data-testid":"tooltip-thumb"}),t=C("div",{className:"ep-tooltip","data-testid":"tooltip"},i,e);return{el:t,show(n,s,r,a,o){i.textContent=r,t.dataset.index=String(o),a&&o<a.count?(e.height=Math.round(64*a.thumbH/a.thumbW),cc(a,o,e),e.style.display=""):e.style.display="none",t.style.display="block";let c=t.parentElement?.getBoundingClientRect(),l=t.offsetWidth,u=t.offsetHeight,d=c&&n+14+l>c.width?n-14-l:n+14,h=c&&s+14+u>c.height?s-14-u:s+14;t.style.left=`${Math.max(0,d)}px`,t.style.top=`${Math.max(0,h)}px`},hide(){t.style.display="none",delete t.dataset.index}}}function Td(i){let e=C("select",{"data-testid":"method-select","aria-label":"Projection"}),t=C("input",{type:"checkbox","data-testid":"spherize"}),n=C("button",{"data-testid":"mode-2d"},"2D"),s=C("button",{"data-testid":"mode-3d"},"3D"),r=["X","Y","Z"].map(u=>C("select",{"data-testid":`axis-${u.toLowerCase()}`,"aria-label":u})),a=C("table",{className:"ep-var","data-testid":"variance-table"}),o=C("div",{className:"ep-meta","data-testid":"variance-total"});e.addEventListener("change",()=>i.set({method:e.value,dims:[0,1,2]})),t.addEventListener("change",()=>i.set({spherize:t.checked})),n.addEventListener("click",()=>i.set({is3d:!1})),s.addEventListener("click",()=>{i.state.method!=="custom"&&i.set({is3d:!0})}),r.forEach((u,d)=>u.addEventListener("change",()=>{let h=[...i.state.dims];h[d]=Number(u.value),i.set({dims:h})}));let c=r.map((u,d)=>C("div",{className:"ep-row"},C("label",{},["X","Y","Z"][d]),u)),l=()=>{let u=i.state,d=[{value:"pca",label:"PCA"}];u.d>0&&u.d<=3&&d.push({value:"identity",label:"Identity (raw dimensions)"}),d.push({value:"tsne",label:"t-SNE"},{value:"umap",label:"UMAP"},{value:"custom",label:"Custom axes"});let h=u.method==="tsne"||u.method==="umap"||u.method==="custom";Tt(e,d,u.method),t.checked=u.spherize;let f=u.method==="custom";n.classList.toggle("ep-on",!u.is3d||f),s.classList.toggle("ep-on",u.is3d&&!f),s.disabled=f,s.title=f?"Custom axes are 2D":"";let g=u.method==="pca"?u.variance?.length??0:u.d,y=Array.from({length:g},(_,S)=>({value:String(S),label:u.method==="pca"?`PC ${S+1}`+(u.variance?` (${(100*u.variance[S]).toFixed(1)}%)`:""):`dim ${S}`}));r.forEach((_,S)=>{Tt(_,y,String(u.dims[S])),_.disabled=g===0}),c.forEach((_,S)=>{_.style.display=h||S===2&&!u.is3d?"none":""});let m=u.isolated&&u.isolatedVariance?u.isolatedVariance:null,p=m??u.variance;if(u.method==="pca"&&p){let _=new Set(u.dims.slice(0,u.is3d?3:2)),S=Math.max(...p,1e-12);a.replaceChildren(...p.map((w,x)=>C("tr",{className:_.has(x)?"ep-used":""},C("td",{},`PC ${x+1}`),C("td",{className:"ep-num","data-testid":"variance-pct"},`${(100*w).toFixed(2)}%`),C("td",{style:"width:45%"},C("div",{className:"ep-vbar",style:`width:${100*w/S}%`})))));let v=u.dims.slice(0,u.is3d?3:2).reduce((w,x)=>w+(p[x]??0),0),A=p.reduce((w,x)=>w+x,0);o.textContent=`Shown axes: ${(100*v).toFixed(2)}% of variance · top ${p.length}: ${(100*A).toFixed(2)}%`+(m?` · of ${u.isolated.length.toLocaleString("en-US")} isolated points`:""),o.dataset.shown=String(v),o.dataset.top=String(A)}else a.replaceChildren(),o.textContent=u.method==="identity"?"Points at their raw coordinates.":""};return i.subscribe((u,d)=>{["method","spherize","is3d","dims","variance","isolatedVariance","isolated","d"].some(h=>d.has(h))&&l()}),l(),C("section",{},C("h2",{},"Projection"),C("div",{className:"ep-row"},C("label",{},"Method"),e),C("div",{className:"ep-row"},C("label",{},"View"),C("span",{className:"ep-seg"},n,s)),C("div",{className:"ep-row"},C("label",{},"Spherize"),t,C("span",{className:"ep-meta"},"centre + unit length")),...c,a,o)}function my(i){return C("div",{className:`ep-notice ep-${i.level}`,role:i.level==="error"?"alert":"status","data-testid":`notice-${i.level}`},C("div",{},i.message),i.file?C("div",{className:"ep-file"},i.file):null,i.hint?C("div",{className:"ep-hint"},i.hint):null)}function Cd(i){let e=C("div",{className:"ep-meta","data-testid":"progress-label"}),t=C("div",{className:"ep-fill"}),n=C("div",{className:"ep-progress","data-testid":"progress"},e,C("div",{className:"ep-bar"},t)),s=C("div",{"data-testid":"notices"}),r=C("section",{},n,s),a=o=>{let c=i.state;if(!o||o.has("loading")||o.has("computing")){let l=c.loading;if(n.style.display=l||c.computing?"":"none",l){let u=l.total?Math.min(100,100*l.loaded/l.total):null;e.textContent=`${l.label}: ${Uo(l.loaded)}${l.total?` of ${Uo(l.total)}`:""}`,t.classList.toggle("ep-indet",u===null),t.style.width=u===null?"":`${u}%`}else c.computing&&(e.textContent=c.computing,t.classList.add("ep-indet"))}(!o||o.has("notices"))&&s.replaceChildren(...c.notices.map(my))};return i.subscribe((o,c)=>a(c)),a(),r}var Rd=`
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
`;function Pd(i){let e=null;try{e=window.parent&&window.parent!==window?window.parent.document.body:null}catch{e=null}let t=window.matchMedia?.("(prefers-color-scheme: dark)"),n=()=>e?e.classList.contains("dark-mode"):!!t?.matches,s=n();i(s);let r=()=>{let a=n();a!==s&&(s=a,i(a))};e?new MutationObserver(r).observe(e,{attributes:!0,attributeFilter:["class"]}):t?.addEventListener?.("change",r)}function gy(i,e){let t=Float64Array.from(i),n=new Float64Array(e*e);for(let o=0;o<e;o++)n[o*e+o]=1;for(let o=0;o<60;o++){let c=0;for(let l=0;l<e-1;l++)for(let u=l+1;u<e;u++){let d=0,h=0,f=0;for(let _=0;_<e;_++){let S=t[_*e+l],v=t[_*e+u];d+=S*S,h+=v*v,f+=S*v}if(Math.abs(f)<=1e-300||Math.abs(f)<=1e-15*Math.sqrt(d*h))continue;c=Math.max(c,Math.abs(f)/Math.sqrt(d*h));let g=(h-d)/(2*f),y=Math.sign(g||1)/(Math.abs(g)+Math.sqrt(1+g*g)),m=1/Math.sqrt(1+y*y),p=m*y;for(let _=0;_<e;_++){let S=t[_*e+l],v=t[_*e+u];t[_*e+l]=m*S-p*v,t[_*e+u]=p*S+m*v;let A=n[_*e+l],w=n[_*e+u];n[_*e+l]=m*A-p*w,n[_*e+u]=p*A+m*w}}if(c<1e-15)break}let s=new Float64Array(e),r=new Float64Array(e*e);for(let o=0;o<e;o++){let c=0;for(let l=0;l<e;l++)c+=t[l*e+o]**2;if(s[o]=Math.sqrt(c),s[o]>1e-300)for(let l=0;l<e;l++)r[l*e+o]=t[l*e+o]/s[o]}let a=Math.max(...s,0);for(let o=0;o<e;o++)if(!(s[o]>1e-12*a&&s[o]>1e-300)){s[o]=0;for(let c=0;c<e;c++){let l=new Float64Array(e);l[c]=1;for(let d=0;d<e;d++){if(d===o||s[d]===0&&d>o)continue;let h=0;for(let f=0;f<e;f++)h+=l[f]*r[f*e+d];for(let f=0;f<e;f++)l[f]-=h*r[f*e+d]}let u=Math.hypot(...l);if(u>1e-6){for(let d=0;d<e;d++)r[d*e+o]=l[d]/u;break}}}return{u:r,s,v:n}}function xy(i,e,t,n,s){let r=s?s.length:t,a=_=>s?s[_]:_,o=new Float64Array(n),c=new Float64Array(n);for(let _=0;_<r;_++){let S=a(_);for(let v=0;v<n;v++)o[v]+=i[S*n+v],c[v]+=e[S*n+v]}for(let _=0;_<n;_++)o[_]/=r||1,c[_]/=r||1;let l=new Float64Array(n*n),u=0;for(let _=0;_<r;_++){let S=a(_);for(let v=0;v<n;v++){let A=i[S*n+v]-o[v];u+=A*A;for(let w=0;w<n;w++)l[v*n+w]+=A*(e[S*n+w]-c[w])}}let{u:d,s:h,v:f}=gy(l,n),g=new Float64Array(n*n);for(let _=0;_<n;_++)for(let S=0;S<n;S++){let v=0;for(let A=0;A<n;A++)v+=d[_*n+A]*f[S*n+A];g[_*n+S]=v}let y=h.reduce((_,S)=>_+S,0),m=u>0?y/u:1,p=new Float64Array(n);for(let _=0;_<n;_++){let S=0;for(let v=0;v<n;v++)S+=o[v]*g[v*n+_];p[_]=c[_]-m*S}return{k:n,scale:m,rotation:g,translation:p}}function yy(i,e,t){let n=t.k,s=new Float32Array(e*n);for(let r=0;r<e;r++)for(let a=0;a<n;a++){let o=0;for(let c=0;c<n;c++)o+=i[r*n+c]*t.rotation[c*n+a];s[r*n+a]=t.scale*o+t.translation[a]}return s}function Id(i,e,t,n,s){return yy(i,t,xy(i,e,t,n,s))}function Ld(i,e,t,n){let s=new Float32Array(t);for(let r=0;r<t;r++){let a=0;for(let o=0;o<n;o++)a+=(i[r*n+o]-e[r*n+o])**2;s[r]=Math.sqrt(a)}return s}function Nd(i,e){let t=Math.max(0,Math.min(i.length,Math.round(i.length*e)));if(t===0)return new Int32Array(0);let n=Array.from({length:i.length},(s,r)=>r).sort((s,r)=>i[r]-i[s]);return Int32Array.from(n.slice(0,t)).sort()}var fo=class{constructor(e){q(this,"scatter",e);q(this,"alignNext",!1);q(this,"keepNextView",!1);q(this,"align",!0);q(this,"animate",!0);q(this,"animationMs",400);q(this,"animating",!1);q(this,"displacement",null);q(this,"onDisplacement",null);q(this,"last",null);q(this,"positions",null);q(this,"stepping",!1);q(this,"raf",0)}beforePlace(e,t,n){let s=this.last;this.stepping=this.alignNext&&s!==null&&s.n===n&&s.k===t,this.alignNext=!1;let r=e;if(this.stepping){this.align&&(r=Id(e,s.coords,n,t));let a=Ld(r,s.coords,n,t),o=_y(s.coords,n,t);if(o>0)for(let c=0;c<n;c++)a[c]/=o;this.displacement=a,this.onDisplacement?.(a)}else this.displacement&&(this.displacement=null,this.onDisplacement?.(null));return this.last={coords:r,k:t,n},r}present(e,t){let n=this.positions;this.positions=e,this.stop(),this.stepping&&this.animate&&this.animationMs>0&&n&&n.length===e.length?this.tween(n,e,t):this.scatter.setPositions(e,t),this.stepping=!1}topMoved(e){return this.displacement?Nd(this.displacement,e):null}stop(){this.raf&&cancelAnimationFrame(this.raf),this.raf=0,this.animating=!1}tween(e,t,n){let s=performance.now(),r=new Float32Array(t.length);this.animating=!0;let a=()=>{let o=Math.min(1,(performance.now()-s)/this.animationMs);if(o>=1){this.raf=0,this.animating=!1,this.scatter.setPositions(t,n);return}let c=o<.5?2*o*o:1-(-2*o+2)**2/2;for(let l=0;l<r.length;l++)r[l]=e[l]+(t[l]-e[l])*c;this.scatter.setPositions(r,n),this.raf=requestAnimationFrame(a)};this.scatter.setPositions(e,n),this.raf=requestAnimationFrame(a)}};function _y(i,e,t){let n=0;for(let s=0;s<t;s++){let r=1/0,a=-1/0;for(let o=0;o<e;o++){let c=i[o*t+s];c<r&&(r=c),c>a&&(a=c)}a>=r&&(n=Math.max(n,(a-r)/2))}return n}var po="embproj";function vy(i){let e=new URLSearchParams;i.run!=null&&e.set("run",i.run),i.tensor!=null&&e.set("tensor",i.tensor),i.step!=null&&e.set("step",String(i.step)),i.method&&e.set("proj",i.method),i.dims&&e.set("dims",i.dims.join(",")),i.is3d!=null&&e.set("3d",i.is3d?"1":"0"),i.spherize!=null&&e.set("sph",i.spherize?"1":"0");for(let t of["perplexity","learningRate","neighbors","minDist"])i[t]!=null&&e.set(t,String(i[t]));return e.toString()}function by(i){let e=new URLSearchParams(i),t={},n=a=>{let o=e.get(a);return o!==null&&o!==""&&Number.isFinite(Number(o))?Number(o):void 0};e.has("run")&&(t.run=e.get("run")),e.has("tensor")&&(t.tensor=e.get("tensor"));let s=n("step");s!==void 0&&(t.step=s),e.get("proj")&&(t.method=e.get("proj"));let r=e.get("dims")?.split(",").map(Number).filter(a=>Number.isInteger(a)&&a>=0);r&&r.length>=2&&(t.dims=r),e.has("3d")&&(t.is3d=e.get("3d")==="1"),e.has("sph")&&(t.spherize=e.get("sph")==="1");for(let a of["perplexity","learningRate","neighbors","minDist"]){let o=n(a);o!==void 0&&(t[a]=o)}return t}function Sy(i){let e=i.replace(/^#/,"");for(let t of e.split("&"))if(t.startsWith(`${po}=`))return by(decodeURIComponent(t.slice(po.length+1)));return null}function My(i,e){let t=i.replace(/^#/,"").split("&").filter(n=>n&&!n.startsWith(`${po}=`));return t.length||t.push("embproj"),t.push(`${po}=${encodeURIComponent(vy(e))}`),"#"+t.join("&")}function hc(){try{if(window.parent&&window.parent!==window&&window.parent.location.href)return window.parent}catch{}return window}function Dd(){try{return hc().location.hash.replace(/^#/,"").split("&")[0]}catch{return""}}function Fd(){try{return Sy(hc().location.hash)}catch{return null}}function dc(i){let e=hc(),t=My(e.location.hash,i);try{e.history.replaceState(e.history.state,"",t)}catch{}return e.location.href.split("#")[0]+t}function Ud(i){let e=i.info?.embeddings.find(t=>t.tensorName===i.tensorName);return i.step!==null&&(e?.checkpointSteps??[]).includes(i.step)?i.step:e?.step??null}function Od(i,e=null){let t={run:i.run??void 0,tensor:i.tensorName??void 0,step:Ud(i),method:i.method,dims:i.dims.slice(0,i.is3d?3:2),is3d:i.is3d,spherize:i.spherize};return e&&i.method==="tsne"&&(t.perplexity=e.perplexity,e.learningRate!=="auto"&&(t.learningRate=e.learningRate)),e&&i.method==="umap"&&(t.neighbors=e.neighbors,t.minDist=e.minDist),t}function Bd(i,e=null){return dc(Od(i.state,e?.params()??null))}var wy=["run","tensorName","method","dims","is3d","spherize","info","step","perplexity","learningRate","neighbors","minDist"];function kd(i,e,t){let n=Fd(),s=n,r=!1;return n?.run&&i.set({run:n.run,...n.tensor?{tensorName:n.tensor}:{},step:n.step??null}),i.subscribe((a,o)=>{if(s&&a.info&&!a.loading){let c=a.info.embeddings.find(l=>l.tensorName===a.tensorName);(!c||c.error)&&(s=null)}if(s&&a.n>0&&!a.loading&&a.tensorName!==null){let c=s;if(c.tensor&&a.tensorName!==c.tensor&&a.info?.embeddings.some(d=>d.tensorName===c.tensor)){i.set({tensorName:c.tensor});return}let l=a.info?.embeddings.find(d=>d.tensorName===a.tensorName);if(c.step!=null&&l?.checkpointSteps?.includes(c.step)&&Ud(a)!==c.step){s={...c,step:null},e(c.step);return}s=null;let u={};c.spherize!=null&&(u.spherize=c.spherize),(c.method==="pca"||c.method==="identity"&&a.d<=3||(c.method==="tsne"||c.method==="umap"||c.method==="custom")&&t.supportsMethod(c.method))&&(u.method=c.method),c.is3d!=null&&(u.is3d=c.is3d),c.dims&&(u.dims=[c.dims[0]??0,c.dims[1]??1,c.dims[2]??2]),t.setParams({perplexity:c.perplexity,learningRate:c.learningRate,neighbors:c.neighbors,minDist:c.minDist}),i.set(u);return}if(!(s||r||!a.run||!["","embproj"].includes(Dd()))&&wy.some(c=>o.has(c))){r=!0;try{dc(Od(a,t.params()))}finally{r=!1}}}),n}var Ay=new Set(["pca","identity","tsne","umap","custom"]);function Ey(i,e){return i===null||e===null?i===e:i.length===e.length&&i.every((t,n)=>t===e[n])}function js(i,e=12e4,t=()=>!0){let n=performance.now();return new Promise((s,r)=>{let a=()=>{i.isReady()&&t()?s():performance.now()-n>e?r(new Error("the view did not finish loading")):setTimeout(a,50)};setTimeout(a,50)})}function Ty(i){if(!i.is3d)return{orthographic:!0,position:[i.v2.cx,i.v2.cy,10],target:[i.v2.cx,i.v2.cy,0],zoom:i.v2.zoom};let e=i.persp.position,t=i.v3.target;return{orthographic:!1,position:[e.x,e.y,e.z],target:[t.x,t.y,t.z],zoom:1}}function Cy(i,e,t){let n=e.target.map(s=>Number.isFinite(s)?s:0);if(!t)i.v2={cx:n[0]??0,cy:n[1]??0,zoom:Math.min(5e3,Math.max(.05,e.zoom||1))};else{let s=(e.position[0]??0)-(n[0]??0),r=(e.position[1]??0)-(n[1]??0),a=(e.position[2]??0)-(n[2]??0),o=Math.hypot(s,r,a)||3;i.v3={theta:Math.atan2(s,a),phi:Math.min(Math.PI-.05,Math.max(.05,Math.acos(Math.max(-1,Math.min(1,r/o))))),distance:Math.min(50,Math.max(.02,o)),target:new X(n[0]??0,n[1]??0,n[2]??0)}}i.update()}function zd(i,e){let t=i.store.state,n=i.lastLayout(),s=i.params(),r=t.selection.length?Array.from(t.selection):t.selected>=0?[t.selected]:[],a=t.isolated;return{label:e,method:Ay.has(t.method)?t.method:"pca",n:t.n,d:t.d,is3d:t.is3d,dims:[...t.dims],spherize:t.spherize,coords:n?Float64Array.from(n.coords):null,k:n?.k??(t.is3d?3:2),camera:Ty(i.controls),selected:r,filtered:a&&a.length?Array.from(a):null,colorBy:t.columns[t.colorColumn]?.name??null,labelBy:t.columns[t.labelColumn]?.name??null,tsne:{perplexity:s.perplexity,learningRate:s.learningRate==="auto"?1:Math.log10(s.learningRate),auto:s.learningRate==="auto",iteration:s.iteration,is3d:t.is3d},umap:{neighbors:s.neighbors,minDist:s.minDist,is3d:t.is3d},step:Ry(i),source:null}}function Ry(i){let e=i.store.state,t=e.info?.embeddings.find(n=>n.tensorName===e.tensorName);return e.step!==null&&(t?.checkpointSteps??[]).includes(e.step)?e.step:t?.step??null}function Py(i,e){return i.n&&e.n&&i.n!==e.n?`This bookmark is for ${i.n.toLocaleString("en-US")} points; the tensor has ${e.n.toLocaleString("en-US")}.`:i.coords&&i.coords.length!==i.k*e.n?`This bookmark holds coordinates for ${i.coords.length/i.k} points; the tensor has ${e.n}.`:null}async function Vd(i,e){let t=i.store.state,n=Py(e,t);if(n)throw new Error(n);let s=f=>f===null?-1:t.columns.findIndex(g=>g.name===f),r={},a=e.coords?e.k===3:e.is3d;(e.method==="identity"?t.d<=3:i.supportsMethod(e.method))&&(r.method=e.method),r.is3d=a,(e.method==="pca"||e.method==="identity")&&(r.dims=[e.dims[0]??0,e.dims[1]??1,e.dims[2]??2]),e.spherize!==null&&(r.spherize=e.spherize);let c=s(e.colorBy),l=s(e.labelBy);(e.colorBy===null||e.colorBy==="No color map"||c>=0)&&(r.colorColumn=c),l>=0&&(r.labelColumn=l);let u=f=>Int32Array.from(new Set(f.filter(g=>g<t.n))).sort();r.selection=u(e.selected),r.selected=e.selected.length===1?e.selected[0]:e.selected.length&&e.selected.includes(t.selected)?t.selected:-1,i.setParams({perplexity:e.tsne.perplexity,learningRate:e.tsne.auto?"auto":10**e.tsne.learningRate,neighbors:e.umap.neighbors,minDist:e.umap.minDist});let d=e.method==="pca"&&(r.spherize!==void 0&&r.spherize!==t.spherize||!t.variance||t.method!=="pca")||e.method==="identity"&&t.method!=="identity",h=e.filtered&&e.filtered.length?u(e.filtered):null;if(Ey(h,t.isolated)||(t.method!=="pca"&&t.method!=="identity"&&i.setQuiet({method:"pca"}),i.store.set({isolated:h}),await js(i)),i.setQuiet(r),i.controls.set3d(a),(!e.coords||d)&&await i.recompute(),e.coords){let f=e.k===3?3:2,g=e.method==="pca"?null:e.method==="tsne"?"t-SNE":e.method==="umap"?"UMAP":e.method,y=Array.from({length:f},(m,p)=>g?`${g}-${p}`:`PC${(e.dims[p]??p)+1}`);i.steps.alignNext=!1,i.placeMethod(e.method,Float32Array.from(e.coords),f,y)}e.camera&&Cy(i.controls,e.camera,a)}var _i={tSNEIteration:0,tSNEPerplexity:30,tSNELearningRate:1,tSNEis3d:!0,umapIs3d:!0,umapNeighbors:15,umapMinDist:.1},kn=(i,e)=>typeof i=="number"&&Number.isFinite(i)?i:e,Gd=(i,e)=>typeof i=="boolean"?i:e,Hd=i=>typeof i=="string"&&i!==""?i:null,mo=i=>Array.isArray(i)?i.filter(e=>Number.isInteger(e)&&e>=0):[];function Wd(i,e,t){return i==="pca"?e.slice(0,t).map(n=>`pca-${n}`):i==="tsne"?Array.from({length:t},(n,s)=>`tsne-${s}`):i==="umap"?Array.from({length:t},(n,s)=>`umap-${s}`):i==="identity"?Array.from({length:t},(n,s)=>`embproj-identity-${s}`):["linear-x","linear-y","linear-z"].slice(0,t)}function Iy(i){if(!i||typeof i!="object"||Array.isArray(i))throw new Error("a bookmark must be a JSON object");let e=i,t=e.selectedProjection,n=t==="tsne"||t==="umap"||t==="custom"?t:"pca";e.embprojMethod==="identity"&&(n="identity");let s=mo(e.pcaComponentDimensions),r=Gd(e.tSNEis3d,_i.tSNEis3d),a=Gd(e.umapIs3d,_i.umapIs3d),o=mo(e.embprojDims),c,l;for(n==="pca"?(l=s.length>=2?s:[0,1,2],c=s.length>=3||s.length<2&&!!e.projections?.[0]?.["pca-2"]):n==="tsne"?(l=[0,1,2],c=r):n==="umap"?(l=[0,1,2],c=a):(l=o.length>=2?o:[0,1,2],c=typeof e.embprojIs3d=="boolean"?e.embprojIs3d:!1),typeof e.embprojIs3d=="boolean"&&(c=e.embprojIs3d),o.length>=2&&n==="pca"&&(l=o);l.length<3;)l.push(l.length);let u=Array.isArray(e.dataSetDimensions)?e.dataSetDimensions:[],d=Array.isArray(e.projections)?e.projections:[],h=c?3:2,f=Wd(n,l,h);h===3&&d.length&&typeof d[0]?.[f[2]]!="number"&&(h=2,c=!1,f=f.slice(0,2));let g=null;d.length&&f.every(_=>typeof d[0]?.[_]=="number")&&(g=new Float64Array(d.length*h),d.forEach((_,S)=>f.forEach((v,A)=>{g[S*h+A]=kn(_?.[v],NaN)})));let y=e.cameraDef,m=y&&Array.isArray(y.position)&&Array.isArray(y.target)?{orthographic:!!y.orthographic,position:y.position.map(Number),target:y.target.map(Number),zoom:kn(y.zoom,1)}:null,p=mo(e.filteredPoints);return{label:typeof e.label=="string"?e.label:"",method:n,n:kn(u[0],d.length),d:kn(u[1],0),is3d:c,dims:l.slice(0,3),spherize:typeof e.embprojSpherize=="boolean"?e.embprojSpherize:null,coords:g,k:h,camera:m,selected:mo(e.selectedPoints),filtered:p.length?p:null,colorBy:Hd(e.selectedColorOptionName),labelBy:Hd(e.selectedLabelOption),tsne:{perplexity:kn(e.tSNEPerplexity,_i.tSNEPerplexity),learningRate:kn(e.tSNELearningRate,_i.tSNELearningRate),iteration:kn(e.tSNEIteration,_i.tSNEIteration),is3d:r,auto:e.embprojTsneAutoRate===!0},umap:{neighbors:kn(e.umapNeighbors,_i.umapNeighbors),minDist:kn(e.umapMinDist,_i.umapMinDist),is3d:a},step:typeof e.embprojStep=="number"?e.embprojStep:null,source:e}}function go(i){let e=i.source??{},t=i.coords?i.k:0,n=Wd(i.method,i.dims,t),s=[];if(i.coords&&t){let o=i.coords.length/t;for(let c=0;c<o;c++){let l={};n.forEach((u,d)=>{l[u]=i.coords[c*t+d]}),s.push(l)}}let r=i.method==="identity"?"custom":i.method,a={...Ly,...e,label:i.label,isSelected:!1,selectedProjection:r,dataSetDimensions:[i.n,i.d],tSNEIteration:i.tsne.iteration,tSNEPerplexity:i.tsne.perplexity,tSNELearningRate:i.tsne.learningRate,tSNEis3d:i.method==="tsne"?i.is3d:i.tsne.is3d,umapIs3d:i.method==="umap"?i.is3d:i.umap.is3d,umapNeighbors:i.umap.neighbors,umapMinDist:i.umap.minDist,pcaComponentDimensions:i.method==="pca"?i.dims.slice(0,i.is3d?3:2):e.pcaComponentDimensions??[0,1,2],projections:s,filteredPoints:i.filtered?[...i.filtered]:[],selectedPoints:[...i.selected],shuffledDataIndices:Array.isArray(e.shuffledDataIndices)?e.shuffledDataIndices:[],cameraDef:i.camera??{orthographic:!i.is3d,position:i.is3d?[1.5,1.5,1.5]:[0,0,4],target:[0,0,0],zoom:1},selectedColorOptionName:i.colorBy??"No color map",forceCategoricalColoring:typeof e.forceCategoricalColoring=="boolean"?e.forceCategoricalColoring:!1,selectedLabelOption:i.labelBy??"",embprojMethod:i.method,embprojIs3d:i.is3d,embprojDims:i.dims.slice(0,3)};return i.spherize!==null&&(a.embprojSpherize=i.spherize),i.tsne.auto?a.embprojTsneAutoRate=!0:delete a.embprojTsneAutoRate,i.step!==null?a.embprojStep=i.step:delete a.embprojStep,a}var Ly={customSelectedSearchByMetadataOption:"",customXLeftText:"",customXLeftRegex:!0,customXRightText:"",customXRightRegex:!0,customYUpText:"",customYUpRegex:!0,customYDownText:"",customYDownRegex:!0};function fc(i){let e=typeof i=="string"?JSON.parse(i):i;return(Array.isArray(e)?e:[e]).map((n,s)=>{try{return Iy(n)}catch(r){throw new Error(`bookmark ${s+1}: ${r.message}`)}})}function Xd(i){return JSON.stringify(i.map(go))}function Ks(i,e){let t=i.find(o=>o.tensorName===e);if(!t)return null;let n=(t.checkpointSteps??[]).filter(o=>Number.isInteger(o));if(n.length>=2)return{tag:t.tag??t.tensorName,kind:"checkpoints",entries:[...new Set(n)].sort((o,c)=>o-c).map(o=>({step:o,tensorName:t.tensorName,fetchStep:o}))};if(t.tag==null||t.step==null)return null;let s=i.filter(o=>o.tag===t.tag&&typeof o.step=="number"&&!o.error);if(s.length<2)return null;let r=new Map;for(let o of s)r.has(o.step)||r.set(o.step,o);let a=[...r.entries()].sort((o,c)=>o[0]-c[0]).map(([o,c])=>({step:o,tensorName:c.tensorName,fetchStep:null}));return a.length>=2?{tag:t.tag,kind:"tags",entries:a}:null}function qd(i,e,t,n){if(i.kind==="checkpoints"){let s=t??n,r=i.entries.findIndex(a=>a.step===s);return r>=0?r:i.entries.length-1}return Math.max(0,i.entries.findIndex(s=>s.tensorName===e))}var Ny=`
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
`;function $d(i){let e=i.store;document.head.appendChild(C("style",{},Ny));let t=new Map,n=new Set,s=-1,r=()=>{let R=e.state,L=R.info?Ks(R.info.embeddings,R.tensorName):null;return`${R.run}\0${L?.kind==="tags"?`tag:${L.tag}`:R.tensorName}`},a=()=>{let R=r();return t.has(R)||t.set(R,[]),t.get(R)},o=C("ul",{className:"ep-bm-list","data-testid":"bookmark-list"}),c=C("div",{className:"ep-bm-msg","data-testid":"bookmark-message",role:"status"}),l=(R,L,k)=>C("button",{"data-testid":R,title:k},L),u=l("bookmark-add","+ Add","Bookmark the current view (projection, coordinates, camera, selection, colours)"),d=l("bookmark-prev","◀","Previous bookmark"),h=l("bookmark-next","▶","Next bookmark"),f=l("bookmark-download","Download","Download as JSON (TensorBoard's bookmark format)"),g=l("bookmark-upload","Upload","Add bookmarks from a JSON file (ours or TensorBoard's)"),y=l("bookmark-save","Save to logdir","Write the bookmarks beside the projector config"),m=l("copy-link","Copy link","Copy a link that reopens this run, tensor and projection"),p=C("input",{className:"ep-bm-link","data-testid":"link-url",readonly:!0,"aria-label":"Link"});p.style.display="none";let _=C("input",{type:"file",accept:".json,application/json","data-testid":"bookmark-file",style:"display:none"}),S=C("div",{className:"ep-bm-msg","data-testid":"bookmark-save-hint"}),v=(R,L=!1)=>{c.textContent=R,c.classList.toggle("ep-bm-err",L)},A=async R=>{let L=a();if(!(R<0||R>=L.length)){s=R,x();try{await w(L[R].view.step),await Vd(i,L[R].view),v(`Loaded “${L[R].view.label}”.`)}catch(k){v(k.message,!0)}}},w=async R=>{let L=e.state,k=R===null||!L.info?null:Ks(L.info.embeddings,L.tensorName),P=k?.entries.find(W=>W.step===R);if(!k||!P)return;let H=L.info.embeddings.find(W=>W.tensorName===L.tensorName);(k.kind==="checkpoints"&&L.step!==null&&(H?.checkpointSteps??[]).includes(L.step)?L.step:H?.step)!==R&&(i.steps.alignNext=!1,i.steps.keepNextView=!0,P.fetchStep!==null?e.set({step:P.fetchStep}):e.set({tensorName:P.tensorName,step:null}),await js(i,12e4,()=>e.state.tensorName===P.tensorName))},x=()=>{let R=a();o.replaceChildren(...R.map((H,J)=>{let W=C("span",{className:"ep-bm-name","data-testid":"bookmark-name",title:"Load this view"},H.view.label||`Bookmark ${J+1}`);W.addEventListener("click",()=>{A(J)});let se=C("button",{"data-testid":"bookmark-rename",title:"Rename"},"✎"),Y=C("li",{"data-testid":"bookmark-item",className:J===s?"ep-bm-active":""},W,se,C("button",{"data-testid":"bookmark-up",title:"Move up",disabled:J===0,onclick:()=>E(J,-1)},"↑"),C("button",{"data-testid":"bookmark-down",title:"Move down",disabled:J===R.length-1,onclick:()=>E(J,1)},"↓"),C("button",{"data-testid":"bookmark-delete",title:"Delete",onclick:()=>B(J)},"×"));return se.addEventListener("click",()=>{let te=C("input",{value:H.view.label,"data-testid":"bookmark-rename-input","aria-label":"Bookmark name"}),re=Se=>{Se&&te.value.trim()&&(H.view.label=te.value.trim()),x()};te.addEventListener("keydown",Se=>{Se.key==="Enter"?re(!0):Se.key==="Escape"&&re(!1)}),te.addEventListener("blur",()=>re(!0)),W.replaceWith(te),te.focus(),te.select()}),Y}));let L=e.state,k=L.n>0&&!!i.lastLayout()&&!L.loading;u.disabled=!k,d.disabled=h.disabled=R.length===0,f.disabled=R.length===0;let P=!!L.info?.writable;y.disabled=!P||R.length===0||!L.tensorName,S.textContent=P?"":"Saving to the logdir is off: start TensorBoard with --embproj_allow_writes.",y.title=P?"Write the bookmarks beside the projector config":S.textContent},E=(R,L)=>{let k=a(),P=R+L;P<0||P>=k.length||([k[R],k[P]]=[k[P],k[R]],s===R?s=P:s===P&&(s=R),x())},B=R=>{a().splice(R,1),s===R?s=-1:s>R&&s--,x()};u.addEventListener("click",()=>{let R=a(),L=zd(i,""),k={pca:"PCA",tsne:"t-SNE",umap:"UMAP",custom:"Custom",identity:"Raw dims"};L.label=`${R.length+1}. ${k[L.method]??L.method} ${L.is3d?"3D":"2D"}${L.step!==null?` · step ${L.step}`:""}${L.selected.length?` · ${L.selected.length} selected`:""}`,R.push({view:L}),s=R.length-1,v(`Added “${L.label}”.`),x()}),d.addEventListener("click",()=>{let R=a();R.length&&A(s<=0?R.length-1:s-1)}),h.addEventListener("click",()=>{let R=a();R.length&&A(s<0||s>=R.length-1?0:s+1)}),f.addEventListener("click",()=>{let R=e.state,L=new Blob([Xd(a().map(P=>P.view))],{type:"application/json"}),k=C("a",{href:URL.createObjectURL(L),download:`bookmarks_${(R.tensorName??"embedding").replace(/[^\w.-]+/g,"_")}.json`});document.body.appendChild(k),k.click(),k.remove(),setTimeout(()=>URL.revokeObjectURL(k.href),1e4)}),g.addEventListener("click",()=>_.click()),_.addEventListener("change",async()=>{let R=_.files?.[0];if(_.value="",!!R){try{let L=fc(await R.text());a().push(...L.map(k=>({view:k}))),v(`Added ${L.length} bookmark${L.length===1?"":"s"} from ${R.name}.`)}catch(L){v(`${R.name}: ${L.message}`,!0)}x()}}),y.addEventListener("click",async()=>{let R=e.state;if(!(!R.run||!R.tensorName))try{let L=await Et.saveBookmarks(R.run,R.tensorName,a().map(k=>go(k.view)));v(`Saved to ${L}`)}catch(L){let k=rn("error",L);v([k.message,k.file,k.hint].filter(Boolean).join(" — "),!0)}}),m.addEventListener("click",async()=>{let R=Bd(e,i);p.value=R,p.style.display="",p.select();try{await navigator.clipboard.writeText(R),v("Link copied.")}catch{try{document.execCommand("copy"),v("Link copied.")}catch{v("Copy the link above.")}}});let F=async()=>{let R=e.state,L=r(),k=R.info?.embeddings.find(P=>P.tensorName===R.tensorName);if(!(!R.run||!k||!k.hasBookmarks||n.has(L))){n.add(L);try{let P=fc(await Et.bookmarks(R.run,k.tensorName));if(r()!==L)return;a().length||(a().push(...P.map(H=>({view:H}))),s=-1),v(`${P.length} bookmark${P.length===1?"":"s"} from ${k.bookmarksPath??"the config"}.`),x()}catch(P){v(`Bookmarks file: ${rn("error",P).message}`,!0)}}};return e.subscribe((R,L)=>{(L.has("run")||L.has("tensorName"))&&(s=-1,c.textContent=""),(L.has("info")||L.has("tensorName")||L.has("run"))&&F(),["info","tensorName","run","n","loading","computing"].some(k=>L.has(k))&&x()}),x(),window.__embprojBookmarks={list:()=>a().map(R=>go(R.view)),load:R=>A(R)},C("section",{"data-testid":"bookmarks-panel"},C("h2",{},"Bookmarks"),C("div",{className:"ep-bm-bar"},u,d,h),o,C("div",{className:"ep-bm-bar"},f,g,y,_),S,c,C("div",{className:"ep-bm-bar"},m),p)}function Yd(i){let e=i.store,t=C("input",{type:"range",min:"0",max:"0",step:"1","data-testid":"step-slider","aria-label":"Step"}),n=C("span",{className:"ep-meta","data-testid":"step-label"}),s=C("button",{"data-testid":"step-prev",title:"Previous step"},"◀"),r=C("button",{"data-testid":"step-next",title:"Next step"},"▶"),a=C("button",{"data-testid":"step-play",title:"Play through the steps"},"Play"),o=C("input",{type:"checkbox","data-testid":"step-align",checked:!0}),c=C("input",{type:"checkbox","data-testid":"step-animate",checked:!0}),l=C("input",{type:"checkbox","data-testid":"step-highlight"}),u=C("input",{type:"number",min:"1",max:"100",value:"10","data-testid":"step-highlight-pct","aria-label":"Percent of points",style:"width:4em"}),d=C("div",{className:"ep-meta","data-testid":"step-moved"}),h=C("section",{"data-testid":"steps-panel"},C("h2",{},"Training steps"),C("div",{className:"ep-row"},s,t,r),C("div",{className:"ep-row"},n,a),C("div",{className:"ep-row"},C("label",{},"Align"),o,C("span",{className:"ep-meta"},"Procrustes onto the previous step")),C("div",{className:"ep-row"},C("label",{},"Animate"),c),C("div",{className:"ep-row"},C("label",{},"Moved"),l,C("span",{className:"ep-meta"},"top"),u,C("span",{className:"ep-meta"},"%")),d);h.style.display="none";let f=null,g=0,y=()=>e.state.step,m=()=>{if(!f)return-1;let A=e.state.info?.embeddings.find(w=>w.tensorName===e.state.tensorName);return qd(f,e.state.tensorName,y(),A?.step??null)},p=A=>{!f||A<0||A>=f.entries.length||A===m()||(i.steps.align=o.checked,i.steps.animate=c.checked,i.stepTo(f.entries[A]),S())},_=()=>{let A=Math.min(100,Math.max(1,Number(u.value)||10))/100,w=l.checked?i.steps.topMoved(A):null;e.set({movedPoints:w});let x=i.steps.displacement;if(!x){d.textContent="";return}let E=0,B=0;for(let F of x)E+=F,F>B&&(B=F);E/=x.length||1,d.textContent=`Since the previous step: mean move ${(E*100).toFixed(1)}%, max ${(B*100).toFixed(1)}% of the view${w?` · ${w.length} highlighted`:""}`},S=()=>{let A=e.state;if(f=A.info?Ks(A.info.embeddings,A.tensorName):null,h.style.display=f?"":"none",!f){v();return}let w=m();t.max=String(f.entries.length-1),t.value=String(w),n.textContent=`Step ${f.entries[w]?.step??"?"} (${w+1} of ${f.entries.length}) · ${f.kind==="checkpoints"?"checkpoints":`tag ${f.tag}`}`,n.dataset.step=String(f.entries[w]?.step??""),s.disabled=w<=0,r.disabled=w>=f.entries.length-1},v=()=>{g&&clearInterval(g),g=0,a.textContent="Play"};return t.addEventListener("input",()=>p(Number(t.value))),s.addEventListener("click",()=>p(m()-1)),r.addEventListener("click",()=>p(m()+1)),a.addEventListener("click",()=>{if(g){v();return}a.textContent="Stop",f&&m()>=f.entries.length-1&&p(0),g=window.setInterval(()=>{let A=e.state;if(!(A.loading||A.computing||i.steps.animating)){if(!f||m()>=f.entries.length-1){v();return}p(m()+1)}},600)}),o.addEventListener("change",()=>{i.steps.align=o.checked}),c.addEventListener("change",()=>{i.steps.animate=c.checked}),l.addEventListener("change",_),u.addEventListener("change",_),i.steps.onDisplacement=()=>_(),e.subscribe((A,w)=>{(w.has("info")||w.has("tensorName")||w.has("step"))&&S()}),S(),h}function Zd(i){let{store:e,steps:t}=i,n=()=>document.querySelector("[data-testid=method-select]"),s={store:e,steps:t,controls:i.scatter.controls,place:i.place,lastLayout:i.lastLayout,setQuiet:i.setQuiet,recompute:i.recompute,isReady:i.isReady,placeMethod:(a,o,c,l)=>{let u=i.layouts;(a==="tsne"||a==="umap"||a==="custom")&&u?.setLayout&&e.state.method===a?u.setLayout(a,o,c):i.place(o,c,l)},stepTo(a){t.alignNext=!0,t.keepNextView=!0;let{selection:o,selected:c,n:l}=e.state;(o.length||c>=0)&&js(s,12e4,()=>e.state.tensorName===a.tensorName&&(a.fetchStep===null||e.state.step===a.fetchStep)).then(()=>{e.state.n===l&&e.set({selection:o,selected:c})}).catch(()=>{}),a.fetchStep!==null?e.set({step:a.fetchStep}):e.set({tensorName:a.tensorName,step:null})},supportsMethod:a=>a==="pca"||[...n()?.options??[]].some(o=>o.value===a),params:()=>{let a=i.layouts;return{perplexity:a?.tsne.perplexity??30,learningRate:a?.tsne.learningRate??"auto",iteration:a?.status.tsne.iteration??0,neighbors:a?.umap.nNeighbors??15,minDist:a?.umap.minDist??.1}},setParams:a=>{let o=i.layouts;if(!o)return;let c={},l={};a.perplexity!==void 0&&a.perplexity>0&&(c.perplexity=a.perplexity),a.learningRate!==void 0&&(a.learningRate==="auto"||a.learningRate>0)&&(c.learningRate=a.learningRate),a.neighbors!==void 0&&a.neighbors>=2&&(l.nNeighbors=Math.round(a.neighbors)),a.minDist!==void 0&&a.minDist>=0&&(l.minDist=a.minDist),o.applySettings({tsne:c,umap:l})}};return i.stepsAfter.after(Yd(s)),i.side.append($d(s)),{hook:{layout:()=>{let a=i.lastLayout();return a?{coords:Array.from(a.coords),k:a.k,axes:a.axes}:null},camera:()=>{let a=i.scatter.controls;return{is3d:a.is3d,v2:{...a.v2},v3:{theta:a.v3.theta,phi:a.v3.phi,distance:a.v3.distance,target:a.v3.target.toArray()}}},get animating(){return t.animating},get displacement(){return t.displacement?Array.from(t.displacement):null},bookmarks:()=>window.__embprojBookmarks},start(){kd(e,a=>{t.keepNextView=!0,e.set({step:a})},s)}}}function Jd(i){return i<=2e3?7:i<=1e4?5:i<=5e4?3.5:2.5}function jd(i){document.head.appendChild(C("style",{},Rd));let e=new ho,t=C("div",{className:"ep-root"}),n=C("aside",{className:"ep-side"}),s=C("main",{className:"ep-main"}),r=C("div",{className:"ep-plot"}),a=C("div",{className:"ep-empty","data-testid":"empty"},"Loading…"),o=C("button",{"data-testid":"reset-view",title:"Reset view (or double-click)"},"Reset view"),c=C("div",{className:"ep-status","data-testid":"status-line"}),l=Ed();s.append(r,a,C("div",{className:"ep-toolbar"},o),c,l.el),t.append(n,s),i.appendChild(t);let u=new uo(r),d=new fo(u),h=new sr(r),f=null,g=null,y=Jc();y.onFallback=U=>e.set({notices:[...e.state.notices,{level:"warning",message:U}]});let m=null,p=0,_=!1,S=null,v=!1,A={firstPcaFrameEpoch:0,lastFrameEpoch:0,pcaDoneEpoch:0,dataLoadedEpoch:0,workerLoadedEpoch:0,projectionGeneration:0,drawnGeneration:-1,ready:!1,lastProgress:null},w=Td(e);n.append(Md(e),Cd(e),w,wd(e),jc(e,U=>yi(e,U))),s.append(Ad(e,()=>f)),o.addEventListener("click",()=>u.controls.reset());let x=(U,D="error")=>{Ti(U)||(console.warn("embproj:",U),e.set({notices:[...e.state.notices,rn(D,U)],loading:null,computing:null}))},E=U=>{a.textContent=U??"",a.style.display=U?"":"none"},B=()=>{let U=e.state;if(!g)return;let D=new Float32Array(g.n*3),Z=U.columns[U.colorColumn]??null,ae=Rc(Z,g.n,D,U.dark),ce=rs(U.dark?"#1b1c1e":"#ffffff");Z&&ae.kind==="categorical"&&U.focusCategory!==null&&Pc(Z.values,ae.entries,U.focusCategory,D,ce),U.searchMatches&&as(U.searchMatches,D,ce),U.movedPoints&&as(U.movedPoints,D,ce),U.selection.length>1&&as(U.selection,D,ce,.75),U.neighbors&&U.selected>=0&&as(Int32Array.from([U.selected,...U.neighbors.map(ie=>ie.index)]),D,ce,.65),u.setColors(D),e.set({legend:ae})},F=(U,D,Z)=>{g&&(U=d.beforePlace(U,D,g.n),S={coords:U,k:D,axes:Z},u.set3d(D===3),d.present(wo(U,g.n,D,e.state.isolated),g.n),_=!0,A.projectionGeneration++,E(null))},R=bu({store:e,scatter:u,plot:r,toolbar:o.parentElement,side:n,projectionPanel:w,getData:()=>g,place:F,lastLayout:()=>S,labelOf:U=>yi(e,U),reproject:()=>{L().catch(U=>x(U))},recomputeNeighbors:()=>{let U=e.state.selected;U>=0&&(e.set({selected:-1}),e.set({selected:U}))}}),L=async()=>{let U=e.state;if(!g||U.method==="pca"&&!U.variance)return;if(R.owns(U)){R.project();return}let D=p,Z=U.is3d?3:2,ae=U.dims.slice(0,Z),ce;if(U.method==="identity"){let ie=await y.identity(U.spherize);ce=new Float32Array(g.n*Z);for(let Te=0;Te<g.n;Te++)for(let Pe=0;Pe<Z;Pe++)ce[Te*Z+Pe]=ie[Te*3+ae[Pe]]??0}else ce=await y.project(ae);D===p&&F(ce,Z,ae.map(ie=>U.method==="pca"?`PC${ie+1}`:`dim${ie}`))},k=async()=>{let U=e.state;if(!g)return;let D=p;try{if(U.method==="pca"){let Z=Math.min(10,g.d);e.set({computing:`PCA on all ${g.n.toLocaleString("en-US")} points…`});let ae=`PCA on all ${g.n.toLocaleString("en-US")} points`,ce=await y.pca(Z,{spherize:U.spherize,onProgress:Pe=>{D===p&&e.set({computing:`${ae}: ${Math.round(100*Pe)}%`})}});if(D!==p)return;A.pcaDoneEpoch=Date.now();let ie=ce.varianceFraction.length-1,Te=U.dims.map((Pe,Ee)=>Math.min(Pe,Math.max(0,ie),Ee<=ie?ie:0));v=!0,e.set({variance:ce.varianceFraction,dims:Te,computing:null}),v=!1}else v=!0,e.set({variance:null,computing:null}),v=!1;await L()}catch(Z){D===p&&x(Z)}},P=async(U=!1)=>{m?.abort();let D=new AbortController;m=D;let Z=++p,ae=yd(e),ce={n:e.state.n,d:e.state.d};_=!1,g=null,f=null,u.setAtlas(null),U||u.setPositions(new Float32Array(0),0),l.hide();let ie=uc(e);if(e.set({selected:-1,hovered:-1,variance:null,focusCategory:null,columns:[],legend:{kind:"none"},notices:ie,n:0,d:0,computing:null,loading:null}),!ae){E(e.state.runs.length?"No embeddings in this run.":"No runs with embeddings found.");return}let Te=(ae.warnings??[]).map(Pe=>rn("warning",Pe));if(ae.error){e.set({notices:[...ie,rn("error",ae.error),...Te]}),E(`Cannot show ${ae.tensorName}.`);return}E(`Loading ${ae.tensorName}…`),e.set({notices:[...ie,...Te]});try{let Pe=await vd(e,ae,D.signal);if(Z!==p||(A.dataLoadedEpoch=Date.now(),g={data:Pe.data,n:Pe.n,d:Pe.d,etag:Pe.etag},f=Pe.atlas,await y.load(Pe.data,Pe.n,Pe.d),Z!==p))return;A.workerLoadedEpoch=Date.now(),u.setAtlas(f),u.setPointSize(Jd(Pe.n)*e.state.pointSize);let Ee=e.state,Ge=U&&ce.n===Pe.n&&ce.d===Pe.d;v=!0,e.set({loading:null,n:Pe.n,d:Pe.d,columns:Pe.columns,hasSprite:!!f,notices:[...e.state.notices,...Pe.notices],labelColumn:Ge&&Ee.labelColumn<Pe.columns.length?Ee.labelColumn:Pe.columns.length?0:-1,colorColumn:Ge&&Ee.colorColumn<Pe.columns.length?Ee.colorColumn:_d(Pe.columns),showSprites:Ge?Ee.showSprites:!!f,spherize:Ge?Ee.spherize:Pe.d>=50,method:Ge?Ee.method:Pe.d<=3?"identity":"pca",dims:Ge?Ee.dims:[0,1,2],is3d:Ge?Ee.is3d:!1}),v=!1,Ge||u.controls.reset(),u.setSpriteMode(e.state.showSprites),B(),await k()}catch(Pe){if(Z!==p)return;E(`Cannot show ${ae.tensorName}.`),x(Pe)}},H=async(U=!1)=>{let D=e.state.run;if(D!==null)try{let Z=await Et.info(D);if(e.state.run!==D)return;let ae=e.state.tensorName,ce=Z.embeddings.map(Te=>Te.tensorName),ie=ae&&ce.includes(ae)?ae:(Z.embeddings.find(Te=>!Te.error)??Z.embeddings[0])?.tensorName??null;e.set({info:Z,tensorName:ie}),(ie===ae||ie===null)&&await P(U)}catch(Z){e.set({info:null,tensorName:null,notices:[]}),E("Cannot read this run."),x(Z)}},J=async()=>{try{let U=await Et.runs(),D=e.state.run!==null&&U.includes(e.state.run)?e.state.run:U[0]??null;e.set({runs:U,run:D}),U.length||E("No runs with embeddings found in the log directory.")}catch(U){E("Cannot list runs."),x(U)}},W=async()=>{let U={run:e.state.run,etag:g?.etag??null,tensor:e.state.tensorName};if(await J(),!(e.state.run!==U.run||U.run===null))try{if(!U.tensor){let ie=await Et.info(U.run);JSON.stringify(ie)!==JSON.stringify(e.state.info)&&await H();return}let D=await Et.info(U.run),Z=D.embeddings.find(ie=>ie.tensorName===U.tensor),ae=Z&&!Z.error?await Et.tensorEtag(U.run,Z.tensorName):null;(JSON.stringify(D)!==JSON.stringify(e.state.info)||ae&&ae!==U.etag)&&(e.set({info:D,tensorName:Z?U.tensor:e.state.tensorName}),Z&&ae!==U.etag?await P(!0):Z?e.set({notices:[...uc(e),...(Z.warnings??[]).map(ie=>rn("warning",ie))]}):await H())}catch(D){x(D,"warning")}};e.subscribe((U,D)=>{if(D.has("run")?(_=!1,H()):(D.has("tensorName")&&U.tensorName!==null&&U.info||D.has("step")&&U.tensorName!==null&&U.info)&&P(re()),D.has("movedPoints")&&B(),v||(D.has("spherize")||D.has("method")?k():(D.has("dims")||D.has("is3d"))&&L().catch(Z=>x(Z))),D.has("colorColumn")&&U.focusCategory!==null?e.set({focusCategory:null}):(D.has("colorColumn")||D.has("dark")||D.has("focusCategory")||D.has("searchMatches")||D.has("selection")||D.has("columns"))&&B(),D.has("showSprites")&&u.setSpriteMode(U.showSprites),D.has("pointSize")&&u.setPointSize(Jd(U.n)*U.pointSize),(D.has("hovered")||D.has("selected"))&&u.setHighlight(U.hovered,U.selected),D.has("selected")||D.has("spherize")&&U.selected>=0){let Z=gu(R.neighborSettings,U.spherize,g?.n??0),ae=Z.metric,ce=null;if(g&&U.selected>=0){let ie=Z.spherized?g.mean??(g.mean=bd(g.data,g.n,g.d)):void 0;ce=Sd(g.data,g.n,g.d,U.selected,Z.k,ae==="cosine"||Z.spherized,ie),Z.spherized&&ae==="euclidean"&&(ce=ce.map(Te=>({index:Te.index,distance:Math.sqrt(Math.max(0,2*Te.distance))})))}e.set({neighbors:ce,neighborMetric:ae})}D.has("neighbors")&&B(),D.has("labelColumn")&&u.requestRender(),D.has("loading")&&U.loading&&(A.lastProgress={...U.loading}),D.has("dark")&&(t.classList.toggle("ep-dark",U.dark),u.setTheme(U.dark?"#1b1c1e":"#ffffff",U.dark?"#ffffff":"#000000")),(D.has("n")||D.has("d")||D.has("labelColumn"))&&(c.textContent=U.n?`${U.n.toLocaleString("en-US")} points · ${U.d} dimensions`:"")});let se=u.canvas,Y=null;se.addEventListener("pointerdown",U=>{Y={x:U.clientX,y:U.clientY},l.hide()}),se.addEventListener("pointermove",U=>{if(U.buttons||!_)return;let D=se.getBoundingClientRect(),Z=U.clientX-D.left,ae=U.clientY-D.top,ce=u.pick(Z,ae);e.set({hovered:ce}),ce>=0?l.show(Z,ae,yi(e,ce),e.state.showSprites||f?f:null,ce):l.hide()}),window.addEventListener("keydown",U=>{U.key==="Escape"?e.set({selected:-1}):(U.key==="r"||U.key==="R")&&!(U.target instanceof HTMLInputElement||U.target instanceof HTMLSelectElement)&&u.controls.reset()}),se.addEventListener("pointerleave",()=>{e.set({hovered:-1}),l.hide()}),se.addEventListener("pointerup",U=>{if(!Y||!_)return;let D=Math.hypot(U.clientX-Y.x,U.clientY-Y.y)>4;if(Y=null,D)return;let Z=se.getBoundingClientRect();R.click(u.pick(U.clientX-Z.left,U.clientY-Z.top),U)}),u.onCameraChange=()=>{e.state.hovered>=0&&(e.set({hovered:-1}),l.hide())};let te=()=>{let U=e.state,D=[];if(_&&U.selected>=0)for(let ce of[U.selected,...(U.neighbors??[]).slice(0,10).map(ie=>ie.index)]){let ie=u.screenPositionOf(ce);ie&&D.push({x:ie.x,y:ie.y,text:yi(e,ce),strong:ce===U.selected})}let{width:Z,height:ae}=u.size;h.draw(D,Z,ae,U.dark)};u.onFrame=()=>{te(),A.lastFrameEpoch=Date.now(),_&&e.state.method==="pca"&&e.state.variance&&!A.firstPcaFrameEpoch&&(A.firstPcaFrameEpoch=Date.now()),_&&(A.drawnGeneration=A.projectionGeneration),A.ready=_},window.__embproj={hook:A,get state(){return e.state},set:U=>e.set(U),screenPositionOf(U){let D=u.screenPositionOf(U);if(!D)return null;let Z=se.getBoundingClientRect();return{x:Z.left+D.x,y:Z.top+D.y}},pick:(U,D)=>u.pick(U,D),colorOf:U=>u.colorAt(U),isReady:()=>_&&A.drawnGeneration===A.projectionGeneration&&!e.state.loading&&!e.state.computing,countPointPixels(){u.renderNow();let U=document.createElement("canvas");U.width=se.width,U.height=se.height;let D=U.getContext("2d");D.drawImage(se,0,0);let Z=D.getImageData(0,0,U.width,U.height).data,ae=[Z[0],Z[1],Z[2]],ce=0;for(let ie=0;ie<Z.length;ie+=4)Math.abs(Z[ie]-ae[0])+Math.abs(Z[ie+1]-ae[1])+Math.abs(Z[ie+2]-ae[2])>30&&ce++;return ce},get drawCalls(){return u.drawCalls},get frameTimes(){return u.frameTimes},controls:u.controls,analysis:R.hook,renderNow:()=>u.renderNow()};let re=()=>{let U=d.keepNextView;return d.keepNextView=!1,U},Se=Zd({store:e,scatter:u,steps:d,side:n,stepsAfter:n.firstElementChild,place:F,lastLayout:()=>S,setQuiet:U=>{v=!0;try{e.set(U)}finally{v=!1}},recompute:()=>k(),layouts:R.layouts,isReady:()=>_&&!e.state.loading&&!e.state.computing});window.__embproj.views=Se.hook,Pd(U=>e.set({dark:U})),e.state.dark||u.setTheme("#ffffff","#000000"),Ac(()=>{W()}),Se.start(),J()}var Kd=!1;function KA(){if(!Kd){Kd=!0;try{jd(document.body)}catch(i){console.warn("embproj:",i);let e=document.createElement("div");e.setAttribute("role","alert"),e.style.cssText="margin:24px;padding:12px;border-radius:4px;background:#fdecea;color:#a50e0e;font:14px system-ui,sans-serif";let t=/webgl/i.test(String(i));e.textContent=t?"The Embeddings tab needs WebGL2, which this browser does not provide: "+String(i):"The Embeddings tab failed to start: "+String(i),document.body.appendChild(e)}}}export{KA as render};
