var mg=Object.defineProperty;var gg=(i,e,t)=>e in i?mg(i,e,{enumerable:!0,configurable:!0,writable:!0,value:t}):i[e]=t;var w=(i,e,t)=>gg(i,typeof e!="symbol"?e+"":e,t);function bn(i,e,t){try{performance.measure(`embproj:${i}`,{start:e,detail:t})}catch{}}function zi(i,e){let t=i.row;return typeof t=="number"?t:e}async function vh(i,e,t){let n=performance.now(),r=await i.nearestRows(e,t.k,t.metric,t.spherized),s=(r.scans??[]).map(l=>({at:l.at-performance.timeOrigin,ms:l.ms}));bn("nn-query",n,s);let o=t.spherized&&t.metric==="euclidean",a=Array.from(r.indices,(l,c)=>{let u=r.distances[c];return{index:l,distance:o?Math.sqrt(Math.max(0,2*u)):u}});return Object.assign(a,{row:e})}function _h(i,e=3e4){let t=null;try{if(window.parent&&window.parent!==window){let r=new MessageChannel;t=r.port1,t.onmessage=s=>{let o=null;try{o=JSON.parse(String(s.data))}catch{return}!o||o.isReply||(o.type==="experimental.DataReloaded"&&i(),t.postMessage(JSON.stringify({type:o.type,id:o.id,payload:null,error:null,isReply:!0})))},t.start(),window.parent.postMessage("experimental.bootstrap","*",[r.port2])}}catch{t=null}let n=window.setInterval(()=>{document.hidden||i()},e);return()=>{window.clearInterval(n),t?.close()}}var Os=class{constructor(e){w(this,"canvas");w(this,"ctx");this.canvas=document.createElement("canvas"),this.canvas.className="ep-labels",this.canvas.setAttribute("aria-hidden","true"),e.appendChild(this.canvas),this.ctx=this.canvas.getContext("2d")}draw(e,t,n,r){let s=this.ctx;if(!s)return;Nl(this.canvas,s,t,n);let o=new Nr;for(let a of e){s.font=`${a.strong?"600 ":""}12px Roboto, system-ui, sans-serif`;let l=Fl(a.text,40),c=s.measureText(l).width;if(!o.take({x0:a.x+7,y0:a.y-14,x1:a.x+9+c,y1:a.y+2}))continue;let u=r?a.strong?"#ffffff":"#d0d3d8":a.strong?"#000000":"#3c4043";Dl(s,l,a.x+8,a.y-4,3,r?"rgba(27,28,30,.9)":"rgba(255,255,255,.9)",u)}}};function Nl(i,e,t,n){let r=window.devicePixelRatio||1;(i.width!==Math.round(t*r)||i.height!==Math.round(n*r))&&(i.width=Math.round(t*r),i.height=Math.round(n*r),i.style.width=`${t}px`,i.style.height=`${n}px`),e.setTransform(r,0,0,r,0,0),e.clearRect(0,0,t,n)}function Fl(i,e){return i.length>e?`${i.slice(0,e-1)}…`:i}var Nr=class{constructor(){w(this,"placed",[])}take(e){return this.placed.some(t=>t.x0<e.x1&&e.x0<t.x1&&t.y0<e.y1&&e.y0<t.y1)?!1:(this.placed.push(e),!0)}};function Dl(i,e,t,n,r,s,o){i.lineWidth=r,i.lineJoin="round",i.strokeStyle=s,i.fillStyle=o,i.strokeText(e,t,n),i.fillText(e,t,n)}var jh=0,hc=1,Kh=2;var es=1,Jh=2,dr=3,ai=0,zt=1,wn=2,wi=0,fr=1,dc=2,fc=3,pc=4,Zh=5;var Mi=100,Qh=101,ed=102,td=103,nd=104,id=200,rd=201,sd=202,od=203,mc=204,gc=205,ad=206,ld=207,cd=208,ud=209,hd=210,dd=211,fd=212,pd=213,md=214,uo=0,ho=1,fo=2,tr=3,po=4,mo=5,go=6,yo=7,yc=0,gd=1,yd=2,Mn=0,xc=1,bc=2,vc=3,_c=4,Sc=5,Ac=6,wc=7;var Mc=300,Ei=301,pr=302,$o=303,qo=304,xo=1e3,_n=1001,bo=1002,ut=1003,xd=1004;var ts=1005;var Ct=1006,Yo=1007;var zn=1008;var Kt=1009,Ec=1010,Tc=1011,mr=1012,jo=1013,pn=1014,mn=1015,gn=1016,Ko=1017,Jo=1018,Ti=1020,Cc=35902,Rc=35899,Ic=1021,Pc=1022,yn=1023,On=1026,Gn=1027,Lc=1028,Zo=1029,li=1030,Qo=1031;var ea=1033,ns=33776,is=33777,rs=33778,ss=33779,ta=35840,na=35841,ia=35842,ra=35843,sa=36196,oa=37492,aa=37496,la=37488,ca=37489,os=37490,ua=37491,ha=37808,da=37809,fa=37810,pa=37811,ma=37812,ga=37813,ya=37814,xa=37815,ba=37816,va=37817,_a=37818,Sa=37819,Aa=37820,wa=37821,Ma=36492,Ea=36494,Ta=36495,Ca=36283,Ra=36284,as=36285,Ia=36286;var zr=2300,vo=2301,lo=2302,rc=2303,sc=2400,oc=2401,ac=2402;var bd=3200;var Nc=0,vd=1,Vn="",Yt="srgb",Gr="srgb-linear",Vr="linear",Ke="srgb";var co=7680;var _d=519,Sd=512,Ad=513,wd=514,Fc=515,Md=516,Ed=517,Dc=518,Uc=519,Td=35044;var Ci="300 es",on=2e3,Hr=2001;function yg(i){for(let e=i.length-1;e>=0;--e)if(i[e]>=65535)return!0;return!1}function xg(i){return ArrayBuffer.isView(i)&&!(i instanceof DataView)}function Wr(i){return document.createElementNS("http://www.w3.org/1999/xhtml",i)}function Cd(){let i=Wr("canvas");return i.style.display="block",i}var Sh={},nr=null;function Oc(...i){let e="THREE."+i.shift();nr?nr("log",e,...i):console.log(e,...i)}function Rd(i){let e=i[0];if(typeof e=="string"&&e.startsWith("TSL:")){let t=i[1];t&&t.isStackTrace?i[0]+=" "+t.getLocation():i[1]='Stack trace not available. Enable "THREE.Node.captureStackTrace" to capture stack traces.'}return i}function Re(...i){i=Rd(i);let e="THREE."+i.shift();if(nr)nr("warn",e,...i);else{let t=i[0];t&&t.isStackTrace?console.warn(t.getError(e)):console.warn(e,...i)}}function Le(...i){i=Rd(i);let e="THREE."+i.shift();if(nr)nr("error",e,...i);else{let t=i[0];t&&t.isStackTrace?console.error(t.getError(e)):console.error(e,...i)}}function kr(...i){let e=i.join(" ");e in Sh||(Sh[e]=!0,Re(...i))}function Id(i,e,t){return new Promise(function(n,r){function s(){switch(i.clientWaitSync(e,i.SYNC_FLUSH_COMMANDS_BIT,0)){case i.WAIT_FAILED:r();break;case i.TIMEOUT_EXPIRED:setTimeout(s,t);break;default:n()}}setTimeout(s,t)})}var Pd={[uo]:uo,[fo]:go,[po]:po,[tr]:mo,[ho]:ho,[go]:fo,[yo]:yo,[mo]:tr},Sn=class{addEventListener(e,t){this._listeners===void 0&&(this._listeners={});let n=this._listeners;n[e]===void 0&&(n[e]=[]),n[e].indexOf(t)===-1&&n[e].push(t)}hasEventListener(e,t){let n=this._listeners;return n===void 0?!1:n[e]!==void 0&&n[e].indexOf(t)!==-1}removeEventListener(e,t){let n=this._listeners;if(n===void 0)return;let r=n[e];if(r!==void 0){let s=r.indexOf(t);s!==-1&&r.splice(s,1)}}dispatchEvent(e){let t=this._listeners;if(t===void 0)return;let n=t[e.type];if(n!==void 0){e.target=this;let r=n.slice(0);for(let s=0,o=r.length;s<o;s++)r[s].call(this,e);e.target=null}}},Lt=["00","01","02","03","04","05","06","07","08","09","0a","0b","0c","0d","0e","0f","10","11","12","13","14","15","16","17","18","19","1a","1b","1c","1d","1e","1f","20","21","22","23","24","25","26","27","28","29","2a","2b","2c","2d","2e","2f","30","31","32","33","34","35","36","37","38","39","3a","3b","3c","3d","3e","3f","40","41","42","43","44","45","46","47","48","49","4a","4b","4c","4d","4e","4f","50","51","52","53","54","55","56","57","58","59","5a","5b","5c","5d","5e","5f","60","61","62","63","64","65","66","67","68","69","6a","6b","6c","6d","6e","6f","70","71","72","73","74","75","76","77","78","79","7a","7b","7c","7d","7e","7f","80","81","82","83","84","85","86","87","88","89","8a","8b","8c","8d","8e","8f","90","91","92","93","94","95","96","97","98","99","9a","9b","9c","9d","9e","9f","a0","a1","a2","a3","a4","a5","a6","a7","a8","a9","aa","ab","ac","ad","ae","af","b0","b1","b2","b3","b4","b5","b6","b7","b8","b9","ba","bb","bc","bd","be","bf","c0","c1","c2","c3","c4","c5","c6","c7","c8","c9","ca","cb","cc","cd","ce","cf","d0","d1","d2","d3","d4","d5","d6","d7","d8","d9","da","db","dc","dd","de","df","e0","e1","e2","e3","e4","e5","e6","e7","e8","e9","ea","eb","ec","ed","ee","ef","f0","f1","f2","f3","f4","f5","f6","f7","f8","f9","fa","fb","fc","fd","fe","ff"];var Ul=Math.PI/180,_o=180/Math.PI;function ls(){let i=Math.random()*4294967295|0,e=Math.random()*4294967295|0,t=Math.random()*4294967295|0,n=Math.random()*4294967295|0;return(Lt[i&255]+Lt[i>>8&255]+Lt[i>>16&255]+Lt[i>>24&255]+"-"+Lt[e&255]+Lt[e>>8&255]+"-"+Lt[e>>16&15|64]+Lt[e>>24&255]+"-"+Lt[t&63|128]+Lt[t>>8&255]+"-"+Lt[t>>16&255]+Lt[t>>24&255]+Lt[n&255]+Lt[n>>8&255]+Lt[n>>16&255]+Lt[n>>24&255]).toLowerCase()}function $e(i,e,t){return Math.max(e,Math.min(t,i))}function bg(i,e){return(i%e+e)%e}function Ol(i,e,t){return(1-t)*i+t*e}function Ld(i){return Math.pow(2,Math.floor(Math.log(i)/Math.LN2))}function Bc(i){switch(i.constructor){case Uint32Array:return 4294967295;case Uint16Array:return 65535;case Uint8Array:case Uint8ClampedArray:return 255;case Int32Array:return 2147483647;case Int16Array:return 32767;case Int8Array:return 127;default:return}}function vg(i,e){if(e.constructor===Float32Array)return i;let t=Bc(e);if(t===void 0)throw new Error("THREE.MathUtils: Invalid component type.");return Math.max(i/t,-1)}function _g(i,e){if(e.constructor===Float32Array)return i;let t=Bc(e);if(t===void 0)throw new Error("THREE.MathUtils: Invalid component type.");return Math.round(i*t)}var Hc=class Hc{constructor(e=0,t=0){this.x=e,this.y=t}get width(){return this.x}set width(e){this.x=e}get height(){return this.y}set height(e){this.y=e}set(e,t){return this.x=e,this.y=t,this}setScalar(e){return this.x=e,this.y=e,this}setX(e){return this.x=e,this}setY(e){return this.y=e,this}setComponent(e,t){switch(e){case 0:this.x=t;break;case 1:this.y=t;break;default:throw new Error("THREE.Vector2: index is out of range: "+e)}return this}getComponent(e){switch(e){case 0:return this.x;case 1:return this.y;default:throw new Error("THREE.Vector2: index is out of range: "+e)}}clone(){return new this.constructor(this.x,this.y)}copy(e){return this.x=e.x,this.y=e.y,this}add(e){return this.x+=e.x,this.y+=e.y,this}addScalar(e){return this.x+=e,this.y+=e,this}addVectors(e,t){return this.x=e.x+t.x,this.y=e.y+t.y,this}addScaledVector(e,t){return this.x+=e.x*t,this.y+=e.y*t,this}sub(e){return this.x-=e.x,this.y-=e.y,this}subScalar(e){return this.x-=e,this.y-=e,this}subVectors(e,t){return this.x=e.x-t.x,this.y=e.y-t.y,this}multiply(e){return this.x*=e.x,this.y*=e.y,this}multiplyScalar(e){return this.x*=e,this.y*=e,this}divide(e){return this.x/=e.x,this.y/=e.y,this}divideScalar(e){return this.multiplyScalar(1/e)}applyMatrix3(e){let t=this.x,n=this.y,r=e.elements;return this.x=r[0]*t+r[3]*n+r[6],this.y=r[1]*t+r[4]*n+r[7],this}min(e){return this.x=Math.min(this.x,e.x),this.y=Math.min(this.y,e.y),this}max(e){return this.x=Math.max(this.x,e.x),this.y=Math.max(this.y,e.y),this}clamp(e,t){return this.x=$e(this.x,e.x,t.x),this.y=$e(this.y,e.y,t.y),this}clampScalar(e,t){return this.x=$e(this.x,e,t),this.y=$e(this.y,e,t),this}clampLength(e,t){let n=this.length();return this.divideScalar(n||1).multiplyScalar($e(n,e,t))}floor(){return this.x=Math.floor(this.x),this.y=Math.floor(this.y),this}ceil(){return this.x=Math.ceil(this.x),this.y=Math.ceil(this.y),this}round(){return this.x=Math.round(this.x),this.y=Math.round(this.y),this}roundToZero(){return this.x=Math.trunc(this.x),this.y=Math.trunc(this.y),this}negate(){return this.x=-this.x,this.y=-this.y,this}dot(e){return this.x*e.x+this.y*e.y}cross(e){return this.x*e.y-this.y*e.x}lengthSq(){return this.x*this.x+this.y*this.y}length(){return Math.sqrt(this.x*this.x+this.y*this.y)}manhattanLength(){return Math.abs(this.x)+Math.abs(this.y)}normalize(){return this.divideScalar(this.length()||1)}angle(){return Math.atan2(-this.y,-this.x)+Math.PI}angleTo(e){let t=Math.sqrt(this.lengthSq()*e.lengthSq());if(t===0)return Math.PI/2;let n=this.dot(e)/t;return Math.acos($e(n,-1,1))}distanceTo(e){return Math.sqrt(this.distanceToSquared(e))}distanceToSquared(e){let t=this.x-e.x,n=this.y-e.y;return t*t+n*n}manhattanDistanceTo(e){return Math.abs(this.x-e.x)+Math.abs(this.y-e.y)}setLength(e){return this.normalize().multiplyScalar(e)}lerp(e,t){return this.x+=(e.x-this.x)*t,this.y+=(e.y-this.y)*t,this}lerpVectors(e,t,n){return this.x=e.x+(t.x-e.x)*n,this.y=e.y+(t.y-e.y)*n,this}equals(e){return e.x===this.x&&e.y===this.y}fromArray(e,t=0){return this.x=e[t],this.y=e[t+1],this}toArray(e=[],t=0){return e[t]=this.x,e[t+1]=this.y,e}fromBufferAttribute(e,t){return this.x=e.getX(t),this.y=e.getY(t),this}rotateAround(e,t){let n=Math.cos(t),r=Math.sin(t),s=this.x-e.x,o=this.y-e.y;return this.x=s*n-o*r+e.x,this.y=s*r+o*n+e.y,this}random(){return this.x=Math.random(),this.y=Math.random(),this}*[Symbol.iterator](){yield this.x,yield this.y}};Hc.prototype.isVector2=!0;var Ge=Hc,An=class{constructor(e=0,t=0,n=0,r=1){this.isQuaternion=!0,this._x=e,this._y=t,this._z=n,this._w=r}static slerpFlat(e,t,n,r,s,o,a){let l=n[r+0],c=n[r+1],u=n[r+2],h=n[r+3],d=s[o+0],f=s[o+1],m=s[o+2],y=s[o+3];if(h!==y||l!==d||c!==f||u!==m){let g=l*d+c*f+u*m+h*y;g<0&&(d=-d,f=-f,m=-m,y=-y,g=-g);let p=1-a;if(g<.9995){let x=Math.acos(g),_=Math.sin(x);p=Math.sin(p*x)/_,a=Math.sin(a*x)/_,l=l*p+d*a,c=c*p+f*a,u=u*p+m*a,h=h*p+y*a}else{l=l*p+d*a,c=c*p+f*a,u=u*p+m*a,h=h*p+y*a;let x=1/Math.sqrt(l*l+c*c+u*u+h*h);l*=x,c*=x,u*=x,h*=x}}e[t]=l,e[t+1]=c,e[t+2]=u,e[t+3]=h}static multiplyQuaternionsFlat(e,t,n,r,s,o){let a=n[r],l=n[r+1],c=n[r+2],u=n[r+3],h=s[o],d=s[o+1],f=s[o+2],m=s[o+3];return e[t]=a*m+u*h+l*f-c*d,e[t+1]=l*m+u*d+c*h-a*f,e[t+2]=c*m+u*f+a*d-l*h,e[t+3]=u*m-a*h-l*d-c*f,e}get x(){return this._x}set x(e){this._x=e,this._onChangeCallback()}get y(){return this._y}set y(e){this._y=e,this._onChangeCallback()}get z(){return this._z}set z(e){this._z=e,this._onChangeCallback()}get w(){return this._w}set w(e){this._w=e,this._onChangeCallback()}set(e,t,n,r){return this._x=e,this._y=t,this._z=n,this._w=r,this._onChangeCallback(),this}clone(){return new this.constructor(this._x,this._y,this._z,this._w)}copy(e){return this._x=e.x,this._y=e.y,this._z=e.z,this._w=e.w,this._onChangeCallback(),this}setFromEuler(e,t=!0){let n=e._x,r=e._y,s=e._z,o=e._order,a=Math.cos,l=Math.sin,c=a(n/2),u=a(r/2),h=a(s/2),d=l(n/2),f=l(r/2),m=l(s/2);switch(o){case"XYZ":this._x=d*u*h+c*f*m,this._y=c*f*h-d*u*m,this._z=c*u*m+d*f*h,this._w=c*u*h-d*f*m;break;case"YXZ":this._x=d*u*h+c*f*m,this._y=c*f*h-d*u*m,this._z=c*u*m-d*f*h,this._w=c*u*h+d*f*m;break;case"ZXY":this._x=d*u*h-c*f*m,this._y=c*f*h+d*u*m,this._z=c*u*m+d*f*h,this._w=c*u*h-d*f*m;break;case"ZYX":this._x=d*u*h-c*f*m,this._y=c*f*h+d*u*m,this._z=c*u*m-d*f*h,this._w=c*u*h+d*f*m;break;case"YZX":this._x=d*u*h+c*f*m,this._y=c*f*h+d*u*m,this._z=c*u*m-d*f*h,this._w=c*u*h-d*f*m;break;case"XZY":this._x=d*u*h-c*f*m,this._y=c*f*h-d*u*m,this._z=c*u*m+d*f*h,this._w=c*u*h+d*f*m;break;default:Re("Quaternion: .setFromEuler() encountered an unknown order: "+o)}return t===!0&&this._onChangeCallback(),this}setFromAxisAngle(e,t){let n=t/2,r=Math.sin(n);return this._x=e.x*r,this._y=e.y*r,this._z=e.z*r,this._w=Math.cos(n),this._onChangeCallback(),this}setFromRotationMatrix(e){let t=e.elements,n=t[0],r=t[4],s=t[8],o=t[1],a=t[5],l=t[9],c=t[2],u=t[6],h=t[10],d=n+a+h;if(d>0){let f=.5/Math.sqrt(d+1);this._w=.25/f,this._x=(u-l)*f,this._y=(s-c)*f,this._z=(o-r)*f}else if(n>a&&n>h){let f=2*Math.sqrt(1+n-a-h);this._w=(u-l)/f,this._x=.25*f,this._y=(r+o)/f,this._z=(s+c)/f}else if(a>h){let f=2*Math.sqrt(1+a-n-h);this._w=(s-c)/f,this._x=(r+o)/f,this._y=.25*f,this._z=(l+u)/f}else{let f=2*Math.sqrt(1+h-n-a);this._w=(o-r)/f,this._x=(s+c)/f,this._y=(l+u)/f,this._z=.25*f}return this._onChangeCallback(),this}setFromUnitVectors(e,t){let n=e.dot(t)+1;return n<1e-8?(n=0,Math.abs(e.x)>Math.abs(e.z)?(this._x=-e.y,this._y=e.x,this._z=0,this._w=n):(this._x=0,this._y=-e.z,this._z=e.y,this._w=n)):(this._x=e.y*t.z-e.z*t.y,this._y=e.z*t.x-e.x*t.z,this._z=e.x*t.y-e.y*t.x,this._w=n),this.normalize()}angleTo(e){return 2*Math.acos(Math.abs($e(this.dot(e),-1,1)))}rotateTowards(e,t){let n=this.angleTo(e);if(n===0)return this;let r=Math.min(1,t/n);return this.slerp(e,r),this}identity(){return this.set(0,0,0,1)}invert(){return this.conjugate()}conjugate(){return this._x*=-1,this._y*=-1,this._z*=-1,this._onChangeCallback(),this}dot(e){return this._x*e._x+this._y*e._y+this._z*e._z+this._w*e._w}lengthSq(){return this._x*this._x+this._y*this._y+this._z*this._z+this._w*this._w}length(){return Math.sqrt(this._x*this._x+this._y*this._y+this._z*this._z+this._w*this._w)}normalize(){let e=this.length();return e===0?(this._x=0,this._y=0,this._z=0,this._w=1):(e=1/e,this._x=this._x*e,this._y=this._y*e,this._z=this._z*e,this._w=this._w*e),this._onChangeCallback(),this}multiply(e){return this.multiplyQuaternions(this,e)}premultiply(e){return this.multiplyQuaternions(e,this)}multiplyQuaternions(e,t){let n=e._x,r=e._y,s=e._z,o=e._w,a=t._x,l=t._y,c=t._z,u=t._w;return this._x=n*u+o*a+r*c-s*l,this._y=r*u+o*l+s*a-n*c,this._z=s*u+o*c+n*l-r*a,this._w=o*u-n*a-r*l-s*c,this._onChangeCallback(),this}slerp(e,t){let n=e._x,r=e._y,s=e._z,o=e._w,a=this.dot(e);a<0&&(n=-n,r=-r,s=-s,o=-o,a=-a);let l=1-t;if(a<.9995){let c=Math.acos(a),u=Math.sin(c);l=Math.sin(l*c)/u,t=Math.sin(t*c)/u,this._x=this._x*l+n*t,this._y=this._y*l+r*t,this._z=this._z*l+s*t,this._w=this._w*l+o*t,this._onChangeCallback()}else this._x=this._x*l+n*t,this._y=this._y*l+r*t,this._z=this._z*l+s*t,this._w=this._w*l+o*t,this.normalize();return this}slerpQuaternions(e,t,n){return this.copy(e).slerp(t,n)}random(){let e=2*Math.PI*Math.random(),t=2*Math.PI*Math.random(),n=Math.random(),r=Math.sqrt(1-n),s=Math.sqrt(n);return this.set(r*Math.sin(e),r*Math.cos(e),s*Math.sin(t),s*Math.cos(t))}equals(e){return e._x===this._x&&e._y===this._y&&e._z===this._z&&e._w===this._w}fromArray(e,t=0){return this._x=e[t],this._y=e[t+1],this._z=e[t+2],this._w=e[t+3],this._onChangeCallback(),this}toArray(e=[],t=0){return e[t]=this._x,e[t+1]=this._y,e[t+2]=this._z,e[t+3]=this._w,e}fromBufferAttribute(e,t){return this._x=e.getX(t),this._y=e.getY(t),this._z=e.getZ(t),this._w=e.getW(t),this._onChangeCallback(),this}toJSON(){return this.toArray()}_onChange(e){return this._onChangeCallback=e,this}_onChangeCallback(){}*[Symbol.iterator](){yield this._x,yield this._y,yield this._z,yield this._w}},Wc=class Wc{constructor(e=0,t=0,n=0){this.x=e,this.y=t,this.z=n}set(e,t,n){return n===void 0&&(n=this.z),this.x=e,this.y=t,this.z=n,this}setScalar(e){return this.x=e,this.y=e,this.z=e,this}setX(e){return this.x=e,this}setY(e){return this.y=e,this}setZ(e){return this.z=e,this}setComponent(e,t){switch(e){case 0:this.x=t;break;case 1:this.y=t;break;case 2:this.z=t;break;default:throw new Error("THREE.Vector3: index is out of range: "+e)}return this}getComponent(e){switch(e){case 0:return this.x;case 1:return this.y;case 2:return this.z;default:throw new Error("THREE.Vector3: index is out of range: "+e)}}clone(){return new this.constructor(this.x,this.y,this.z)}copy(e){return this.x=e.x,this.y=e.y,this.z=e.z,this}add(e){return this.x+=e.x,this.y+=e.y,this.z+=e.z,this}addScalar(e){return this.x+=e,this.y+=e,this.z+=e,this}addVectors(e,t){return this.x=e.x+t.x,this.y=e.y+t.y,this.z=e.z+t.z,this}addScaledVector(e,t){return this.x+=e.x*t,this.y+=e.y*t,this.z+=e.z*t,this}sub(e){return this.x-=e.x,this.y-=e.y,this.z-=e.z,this}subScalar(e){return this.x-=e,this.y-=e,this.z-=e,this}subVectors(e,t){return this.x=e.x-t.x,this.y=e.y-t.y,this.z=e.z-t.z,this}multiply(e){return this.x*=e.x,this.y*=e.y,this.z*=e.z,this}multiplyScalar(e){return this.x*=e,this.y*=e,this.z*=e,this}multiplyVectors(e,t){return this.x=e.x*t.x,this.y=e.y*t.y,this.z=e.z*t.z,this}applyEuler(e){return this.applyQuaternion(Ah.setFromEuler(e))}applyAxisAngle(e,t){return this.applyQuaternion(Ah.setFromAxisAngle(e,t))}applyMatrix3(e){let t=this.x,n=this.y,r=this.z,s=e.elements;return this.x=s[0]*t+s[3]*n+s[6]*r,this.y=s[1]*t+s[4]*n+s[7]*r,this.z=s[2]*t+s[5]*n+s[8]*r,this}applyNormalMatrix(e){return this.applyMatrix3(e).normalize()}applyMatrix4(e){let t=this.x,n=this.y,r=this.z,s=e.elements,o=1/(s[3]*t+s[7]*n+s[11]*r+s[15]);return this.x=(s[0]*t+s[4]*n+s[8]*r+s[12])*o,this.y=(s[1]*t+s[5]*n+s[9]*r+s[13])*o,this.z=(s[2]*t+s[6]*n+s[10]*r+s[14])*o,this}applyQuaternion(e){let t=this.x,n=this.y,r=this.z,s=e.x,o=e.y,a=e.z,l=e.w,c=2*(o*r-a*n),u=2*(a*t-s*r),h=2*(s*n-o*t);return this.x=t+l*c+o*h-a*u,this.y=n+l*u+a*c-s*h,this.z=r+l*h+s*u-o*c,this}project(e){return this.applyMatrix4(e.matrixWorldInverse).applyMatrix4(e.projectionMatrix)}unproject(e){return this.applyMatrix4(e.projectionMatrixInverse).applyMatrix4(e.matrixWorld)}transformDirection(e){let t=this.x,n=this.y,r=this.z,s=e.elements;return this.x=s[0]*t+s[4]*n+s[8]*r,this.y=s[1]*t+s[5]*n+s[9]*r,this.z=s[2]*t+s[6]*n+s[10]*r,this.normalize()}divide(e){return this.x/=e.x,this.y/=e.y,this.z/=e.z,this}divideScalar(e){return this.multiplyScalar(1/e)}min(e){return this.x=Math.min(this.x,e.x),this.y=Math.min(this.y,e.y),this.z=Math.min(this.z,e.z),this}max(e){return this.x=Math.max(this.x,e.x),this.y=Math.max(this.y,e.y),this.z=Math.max(this.z,e.z),this}clamp(e,t){return this.x=$e(this.x,e.x,t.x),this.y=$e(this.y,e.y,t.y),this.z=$e(this.z,e.z,t.z),this}clampScalar(e,t){return this.x=$e(this.x,e,t),this.y=$e(this.y,e,t),this.z=$e(this.z,e,t),this}clampLength(e,t){let n=this.length();return this.divideScalar(n||1).multiplyScalar($e(n,e,t))}floor(){return this.x=Math.floor(this.x),this.y=Math.floor(this.y),this.z=Math.floor(this.z),this}ceil(){return this.x=Math.ceil(this.x),this.y=Math.ceil(this.y),this.z=Math.ceil(this.z),this}round(){return this.x=Math.round(this.x),this.y=Math.round(this.y),this.z=Math.round(this.z),this}roundToZero(){return this.x=Math.trunc(this.x),this.y=Math.trunc(this.y),this.z=Math.trunc(this.z),this}negate(){return this.x=-this.x,this.y=-this.y,this.z=-this.z,this}dot(e){return this.x*e.x+this.y*e.y+this.z*e.z}lengthSq(){return this.x*this.x+this.y*this.y+this.z*this.z}length(){return Math.sqrt(this.x*this.x+this.y*this.y+this.z*this.z)}manhattanLength(){return Math.abs(this.x)+Math.abs(this.y)+Math.abs(this.z)}normalize(){return this.divideScalar(this.length()||1)}setLength(e){return this.normalize().multiplyScalar(e)}lerp(e,t){return this.x+=(e.x-this.x)*t,this.y+=(e.y-this.y)*t,this.z+=(e.z-this.z)*t,this}lerpVectors(e,t,n){return this.x=e.x+(t.x-e.x)*n,this.y=e.y+(t.y-e.y)*n,this.z=e.z+(t.z-e.z)*n,this}cross(e){return this.crossVectors(this,e)}crossVectors(e,t){let n=e.x,r=e.y,s=e.z,o=t.x,a=t.y,l=t.z;return this.x=r*l-s*a,this.y=s*o-n*l,this.z=n*a-r*o,this}projectOnVector(e){let t=e.lengthSq();if(t===0)return this.set(0,0,0);let n=e.dot(this)/t;return this.copy(e).multiplyScalar(n)}projectOnPlane(e){return Bl.copy(this).projectOnVector(e),this.sub(Bl)}reflect(e){return this.sub(Bl.copy(e).multiplyScalar(2*this.dot(e)))}angleTo(e){let t=Math.sqrt(this.lengthSq()*e.lengthSq());if(t===0)return Math.PI/2;let n=this.dot(e)/t;return Math.acos($e(n,-1,1))}distanceTo(e){return Math.sqrt(this.distanceToSquared(e))}distanceToSquared(e){let t=this.x-e.x,n=this.y-e.y,r=this.z-e.z;return t*t+n*n+r*r}manhattanDistanceTo(e){return Math.abs(this.x-e.x)+Math.abs(this.y-e.y)+Math.abs(this.z-e.z)}setFromSpherical(e){return this.setFromSphericalCoords(e.radius,e.phi,e.theta)}setFromSphericalCoords(e,t,n){let r=Math.sin(t)*e;return this.x=r*Math.sin(n),this.y=Math.cos(t)*e,this.z=r*Math.cos(n),this}setFromCylindrical(e){return this.setFromCylindricalCoords(e.radius,e.theta,e.y)}setFromCylindricalCoords(e,t,n){return this.x=e*Math.sin(t),this.y=n,this.z=e*Math.cos(t),this}setFromMatrixPosition(e){let t=e.elements;return this.x=t[12],this.y=t[13],this.z=t[14],this}setFromMatrixScale(e){let t=this.setFromMatrixColumn(e,0).length(),n=this.setFromMatrixColumn(e,1).length(),r=this.setFromMatrixColumn(e,2).length();return this.x=t,this.y=n,this.z=r,this}setFromMatrixColumn(e,t){return this.fromArray(e.elements,t*4)}setFromMatrix3Column(e,t){return this.fromArray(e.elements,t*3)}setFromEuler(e){return this.x=e._x,this.y=e._y,this.z=e._z,this}setFromColor(e){return this.x=e.r,this.y=e.g,this.z=e.b,this}equals(e){return e.x===this.x&&e.y===this.y&&e.z===this.z}fromArray(e,t=0){return this.x=e[t],this.y=e[t+1],this.z=e[t+2],this}toArray(e=[],t=0){return e[t]=this.x,e[t+1]=this.y,e[t+2]=this.z,e}fromBufferAttribute(e,t){return this.x=e.getX(t),this.y=e.getY(t),this.z=e.getZ(t),this}random(){return this.x=Math.random(),this.y=Math.random(),this.z=Math.random(),this}randomDirection(){let e=Math.random()*Math.PI*2,t=Math.random()*2-1,n=Math.sqrt(1-t*t);return this.x=n*Math.cos(e),this.y=t,this.z=n*Math.sin(e),this}*[Symbol.iterator](){yield this.x,yield this.y,yield this.z}};Wc.prototype.isVector3=!0;var $=Wc,Bl=new $,Ah=new An,Xc=class Xc{constructor(e,t,n,r,s,o,a,l,c){this.elements=[1,0,0,0,1,0,0,0,1],e!==void 0&&this.set(e,t,n,r,s,o,a,l,c)}set(e,t,n,r,s,o,a,l,c){let u=this.elements;return u[0]=e,u[1]=r,u[2]=a,u[3]=t,u[4]=s,u[5]=l,u[6]=n,u[7]=o,u[8]=c,this}identity(){return this.set(1,0,0,0,1,0,0,0,1),this}copy(e){let t=this.elements,n=e.elements;return t[0]=n[0],t[1]=n[1],t[2]=n[2],t[3]=n[3],t[4]=n[4],t[5]=n[5],t[6]=n[6],t[7]=n[7],t[8]=n[8],this}extractBasis(e,t,n){return e.setFromMatrix3Column(this,0),t.setFromMatrix3Column(this,1),n.setFromMatrix3Column(this,2),this}setFromMatrix4(e){let t=e.elements;return this.set(t[0],t[4],t[8],t[1],t[5],t[9],t[2],t[6],t[10]),this}multiply(e){return this.multiplyMatrices(this,e)}premultiply(e){return this.multiplyMatrices(e,this)}multiplyMatrices(e,t){let n=e.elements,r=t.elements,s=this.elements,o=n[0],a=n[3],l=n[6],c=n[1],u=n[4],h=n[7],d=n[2],f=n[5],m=n[8],y=r[0],g=r[3],p=r[6],x=r[1],_=r[4],v=r[7],E=r[2],S=r[5],b=r[8];return s[0]=o*y+a*x+l*E,s[3]=o*g+a*_+l*S,s[6]=o*p+a*v+l*b,s[1]=c*y+u*x+h*E,s[4]=c*g+u*_+h*S,s[7]=c*p+u*v+h*b,s[2]=d*y+f*x+m*E,s[5]=d*g+f*_+m*S,s[8]=d*p+f*v+m*b,this}multiplyScalar(e){let t=this.elements;return t[0]*=e,t[3]*=e,t[6]*=e,t[1]*=e,t[4]*=e,t[7]*=e,t[2]*=e,t[5]*=e,t[8]*=e,this}determinant(){let e=this.elements,t=e[0],n=e[1],r=e[2],s=e[3],o=e[4],a=e[5],l=e[6],c=e[7],u=e[8];return t*o*u-t*a*c-n*s*u+n*a*l+r*s*c-r*o*l}invert(){let e=this.elements,t=e[0],n=e[1],r=e[2],s=e[3],o=e[4],a=e[5],l=e[6],c=e[7],u=e[8],h=u*o-a*c,d=a*l-u*s,f=c*s-o*l,m=t*h+n*d+r*f;if(m===0)return this.set(0,0,0,0,0,0,0,0,0);let y=1/m;return e[0]=h*y,e[1]=(r*c-u*n)*y,e[2]=(a*n-r*o)*y,e[3]=d*y,e[4]=(u*t-r*l)*y,e[5]=(r*s-a*t)*y,e[6]=f*y,e[7]=(n*l-c*t)*y,e[8]=(o*t-n*s)*y,this}transpose(){let e,t=this.elements;return e=t[1],t[1]=t[3],t[3]=e,e=t[2],t[2]=t[6],t[6]=e,e=t[5],t[5]=t[7],t[7]=e,this}getNormalMatrix(e){return this.setFromMatrix4(e).invert().transpose()}transposeIntoArray(e){let t=this.elements;return e[0]=t[0],e[1]=t[3],e[2]=t[6],e[3]=t[1],e[4]=t[4],e[5]=t[7],e[6]=t[2],e[7]=t[5],e[8]=t[8],this}setUvTransform(e,t,n,r,s,o,a){let l=Math.cos(s),c=Math.sin(s);return this.set(n*l,n*c,-n*(l*o+c*a)+o+e,-r*c,r*l,-r*(-c*o+l*a)+a+t,0,0,1),this}scale(e,t){return kr("Matrix3: .scale() is deprecated. Use .makeScale() instead."),this.premultiply(kl.makeScale(e,t)),this}rotate(e){return kr("Matrix3: .rotate() is deprecated. Use .makeRotation() instead."),this.premultiply(kl.makeRotation(-e)),this}translate(e,t){return kr("Matrix3: .translate() is deprecated. Use .makeTranslation() instead."),this.premultiply(kl.makeTranslation(e,t)),this}makeTranslation(e,t){return e.isVector2?this.set(1,0,e.x,0,1,e.y,0,0,1):this.set(1,0,e,0,1,t,0,0,1),this}makeRotation(e){let t=Math.cos(e),n=Math.sin(e);return this.set(t,-n,0,n,t,0,0,0,1),this}makeScale(e,t){return this.set(e,0,0,0,t,0,0,0,1),this}equals(e){let t=this.elements,n=e.elements;for(let r=0;r<9;r++)if(t[r]!==n[r])return!1;return!0}fromArray(e,t=0){for(let n=0;n<9;n++)this.elements[n]=e[n+t];return this}toArray(e=[],t=0){let n=this.elements;return e[t]=n[0],e[t+1]=n[1],e[t+2]=n[2],e[t+3]=n[3],e[t+4]=n[4],e[t+5]=n[5],e[t+6]=n[6],e[t+7]=n[7],e[t+8]=n[8],e}clone(){return new this.constructor().fromArray(this.elements)}};Xc.prototype.isMatrix3=!0;var Ne=Xc,kl=new Ne,wh=new Ne().set(.4123908,.3575843,.1804808,.212639,.7151687,.0721923,.0193308,.1191948,.9505322),Mh=new Ne().set(3.2409699,-1.5373832,-.4986108,-.9692436,1.8759675,.0415551,.0556301,-.203977,1.0569715);function Sg(){let i={enabled:!0,workingColorSpace:Gr,spaces:{},convert:function(r,s,o){return this.enabled===!1||s===o||!s||!o||(this.spaces[s].transfer===Ke&&(r.r=Un(r.r),r.g=Un(r.g),r.b=Un(r.b)),this.spaces[s].primaries!==this.spaces[o].primaries&&(r.applyMatrix3(this.spaces[s].toXYZ),r.applyMatrix3(this.spaces[o].fromXYZ)),this.spaces[o].transfer===Ke&&(r.r=er(r.r),r.g=er(r.g),r.b=er(r.b))),r},workingToColorSpace:function(r,s){return this.convert(r,this.workingColorSpace,s)},colorSpaceToWorking:function(r,s){return this.convert(r,s,this.workingColorSpace)},getPrimaries:function(r){return this.spaces[r].primaries},getTransfer:function(r){return r===Vn?Vr:this.spaces[r].transfer},getToneMappingMode:function(r){return this.spaces[r].outputColorSpaceConfig.toneMappingMode||"standard"},getLuminanceCoefficients:function(r,s=this.workingColorSpace){return r.fromArray(this.spaces[s].luminanceCoefficients)},define:function(r){Object.assign(this.spaces,r)},_getMatrix:function(r,s,o){return r.copy(this.spaces[o].fromXYZ).multiply(this.spaces[s].toXYZ)},_getDrawingBufferColorSpace:function(r){return this.spaces[r].outputColorSpaceConfig.drawingBufferColorSpace},_getUnpackColorSpace:function(r=this.workingColorSpace){return this.spaces[r].workingColorSpaceConfig.unpackColorSpace}},e=[.64,.33,.3,.6,.15,.06],t=[.2126,.7152,.0722],n=[.3127,.329];return i.define({[Gr]:{primaries:e,whitePoint:n,transfer:Vr,toXYZ:wh,fromXYZ:Mh,luminanceCoefficients:t,workingColorSpaceConfig:{unpackColorSpace:Yt},outputColorSpaceConfig:{drawingBufferColorSpace:Yt}},[Yt]:{primaries:e,whitePoint:n,transfer:Ke,toXYZ:wh,fromXYZ:Mh,luminanceCoefficients:t,outputColorSpaceConfig:{drawingBufferColorSpace:Yt}}}),i}var Xe=Sg();function Un(i){return i<.04045?i*.0773993808:Math.pow(i*.9478672986+.0521327014,2.4)}function er(i){return i<.0031308?i*12.92:1.055*Math.pow(i,.41666)-.055}var Gi,So=class{static getDataURL(e,t="image/png"){if(/^data:/i.test(e.src)||typeof HTMLCanvasElement>"u")return e.src;let n;if(e instanceof HTMLCanvasElement)n=e;else{Gi===void 0&&(Gi=Wr("canvas")),Gi.width=e.width,Gi.height=e.height;let r=Gi.getContext("2d");e instanceof ImageData?r.putImageData(e,0,0):r.drawImage(e,0,0,e.width,e.height),n=Gi}return n.toDataURL(t)}static sRGBToLinear(e){if(typeof HTMLImageElement<"u"&&e instanceof HTMLImageElement||typeof HTMLCanvasElement<"u"&&e instanceof HTMLCanvasElement||typeof ImageBitmap<"u"&&e instanceof ImageBitmap){let t=Wr("canvas");t.width=e.width,t.height=e.height;let n=t.getContext("2d");n.drawImage(e,0,0,e.width,e.height);let r=n.getImageData(0,0,e.width,e.height),s=r.data;for(let o=0;o<s.length;o++)s[o]=Un(s[o]/255)*255;return n.putImageData(r,0,0),t}else if(e.data){let t=e.data.slice(0);for(let n=0;n<t.length;n++)t instanceof Uint8Array||t instanceof Uint8ClampedArray?t[n]=Math.floor(Un(t[n]/255)*255):t[n]=Un(t[n]);return{data:t,width:e.width,height:e.height}}else return Re("ImageUtils.sRGBToLinear(): Unsupported image type. No color space conversion applied."),e}},Ag=0,ir=class{constructor(e=null){this.isTextureSource=!0,Object.defineProperty(this,"id",{value:Ag++}),this.uuid=ls(),this.data=e,this.dataReady=!0,this.version=0}getSize(e){let t=this.data;return typeof HTMLVideoElement<"u"&&t instanceof HTMLVideoElement?e.set(t.videoWidth,t.videoHeight,0):typeof VideoFrame<"u"&&t instanceof VideoFrame?e.set(t.displayWidth,t.displayHeight,0):t!==null?e.set(t.width||0,t.height||0,t.depth||0):e.set(0,0,0),e}set needsUpdate(e){e===!0&&this.version++}toJSON(e){let t=e===void 0||typeof e=="string";if(!t&&e.images[this.uuid]!==void 0)return e.images[this.uuid];let n={uuid:this.uuid,url:""},r=this.data;if(r!==null){let s;if(Array.isArray(r)){s=[];for(let o=0,a=r.length;o<a;o++)r[o].isDataTexture?s.push(zl(r[o].image)):s.push(zl(r[o]))}else s=zl(r);n.url=s}return t||(e.images[this.uuid]=n),n}};function zl(i){return typeof HTMLImageElement<"u"&&i instanceof HTMLImageElement||typeof HTMLCanvasElement<"u"&&i instanceof HTMLCanvasElement||typeof ImageBitmap<"u"&&i instanceof ImageBitmap?So.getDataURL(i):i.data?{data:Array.from(i.data),width:i.width,height:i.height,type:i.data.constructor.name}:(Re("Texture: Unable to serialize Texture."),{})}var wg=0,Gl=new $,Ft=class i extends Sn{constructor(e=i.DEFAULT_IMAGE,t=i.DEFAULT_MAPPING,n=_n,r=_n,s=Ct,o=zn,a=yn,l=Kt,c=i.DEFAULT_ANISOTROPY,u=Vn){super(),this.isTexture=!0,Object.defineProperty(this,"id",{value:wg++}),this.uuid=ls(),this.name="",this.source=new ir(e),this.mipmaps=[],this.mapping=t,this.channel=0,this.wrapS=n,this.wrapT=r,this.magFilter=s,this.minFilter=o,this.anisotropy=c,this.format=a,this.internalFormat=null,this.type=l,this.offset=new Ge(0,0),this.repeat=new Ge(1,1),this.center=new Ge(0,0),this.rotation=0,this.matrixAutoUpdate=!0,this.matrix=new Ne,this.generateMipmaps=!0,this.mipmapsAutoUpdate=!0,this.premultiplyAlpha=!1,this.flipY=!0,this.unpackAlignment=4,this.colorSpace=u,this.userData={},this.updateRanges=[],this.version=0,this.onUpdate=null,this.renderTarget=null,this.isRenderTargetTexture=!1,this.isArrayTexture=!!(e&&e.depth&&e.depth>1),this.pmremVersion=0,this.isPMREMTexture=!1,this.normalized=!1}get width(){return this.source.getSize(Gl).x}get height(){return this.source.getSize(Gl).y}get depth(){return this.source.getSize(Gl).z}get image(){return this.source.data}set image(e){this.source.data=e}updateMatrix(){this.matrix.setUvTransform(this.offset.x,this.offset.y,this.repeat.x,this.repeat.y,this.rotation,this.center.x,this.center.y)}addUpdateRange(e,t){this.updateRanges.push({start:e,count:t})}clearUpdateRanges(){this.updateRanges.length=0}clone(){return new this.constructor().copy(this)}copy(e){return this.name=e.name,this.source=e.source,this.mipmaps=e.mipmaps.slice(0),this.mapping=e.mapping,this.channel=e.channel,this.wrapS=e.wrapS,this.wrapT=e.wrapT,this.magFilter=e.magFilter,this.minFilter=e.minFilter,this.anisotropy=e.anisotropy,this.format=e.format,this.internalFormat=e.internalFormat,this.type=e.type,this.normalized=e.normalized,this.offset.copy(e.offset),this.repeat.copy(e.repeat),this.center.copy(e.center),this.rotation=e.rotation,this.matrixAutoUpdate=e.matrixAutoUpdate,this.matrix.copy(e.matrix),this.generateMipmaps=e.generateMipmaps,this.mipmapsAutoUpdate=e.mipmapsAutoUpdate,this.premultiplyAlpha=e.premultiplyAlpha,this.flipY=e.flipY,this.unpackAlignment=e.unpackAlignment,this.colorSpace=e.colorSpace,this.renderTarget=e.renderTarget,this.isRenderTargetTexture=e.isRenderTargetTexture,this.isPMREMTexture=e.isPMREMTexture,this.isArrayTexture=e.isArrayTexture,this.userData=JSON.parse(JSON.stringify(e.userData)),this.needsUpdate=!0,this}setValues(e){for(let t in e){let n=e[t];if(n===void 0){Re(`Texture.setValues(): parameter '${t}' has value of undefined.`);continue}let r=this[t];if(r===void 0){Re(`Texture.setValues(): property '${t}' does not exist.`);continue}r&&n&&r.isVector2&&n.isVector2||r&&n&&r.isVector3&&n.isVector3||r&&n&&r.isMatrix3&&n.isMatrix3?r.copy(n):this[t]=n}}toJSON(e){let t=e===void 0||typeof e=="string";if(!t&&e.textures[this.uuid]!==void 0)return e.textures[this.uuid];let n={metadata:{version:4.7,type:"Texture",generator:"Texture.toJSON"},uuid:this.uuid,name:this.name,image:this.source.toJSON(e).uuid,mapping:this.mapping,channel:this.channel,repeat:[this.repeat.x,this.repeat.y],offset:[this.offset.x,this.offset.y],center:[this.center.x,this.center.y],rotation:this.rotation,wrap:[this.wrapS,this.wrapT],format:this.format,internalFormat:this.internalFormat,type:this.type,normalized:this.normalized,colorSpace:this.colorSpace,minFilter:this.minFilter,magFilter:this.magFilter,anisotropy:this.anisotropy,flipY:this.flipY,generateMipmaps:this.generateMipmaps,mipmapsAutoUpdate:this.mipmapsAutoUpdate,premultiplyAlpha:this.premultiplyAlpha,unpackAlignment:this.unpackAlignment};return Object.keys(this.userData).length>0&&(n.userData=this.userData),t||(e.textures[this.uuid]=n),n}dispose(){this.dispatchEvent({type:"dispose"})}transformUv(e){if(this.mapping!==Mc)return e;if(e.applyMatrix3(this.matrix),e.x<0||e.x>1)switch(this.wrapS){case xo:e.x=e.x-Math.floor(e.x);break;case _n:e.x=e.x<0?0:1;break;case bo:Math.abs(Math.floor(e.x)%2)===1?e.x=Math.ceil(e.x)-e.x:e.x=e.x-Math.floor(e.x);break}if(e.y<0||e.y>1)switch(this.wrapT){case xo:e.y=e.y-Math.floor(e.y);break;case _n:e.y=e.y<0?0:1;break;case bo:Math.abs(Math.floor(e.y)%2)===1?e.y=Math.ceil(e.y)-e.y:e.y=e.y-Math.floor(e.y);break}return this.flipY&&(e.y=1-e.y),e}set needsUpdate(e){e===!0&&(this.version++,this.source.needsUpdate=!0)}set needsPMREMUpdate(e){e===!0&&this.pmremVersion++}};Ft.DEFAULT_IMAGE=null;Ft.DEFAULT_MAPPING=Mc;Ft.DEFAULT_ANISOTROPY=1;var $c=class $c{constructor(e=0,t=0,n=0,r=1){this.x=e,this.y=t,this.z=n,this.w=r}get width(){return this.z}set width(e){this.z=e}get height(){return this.w}set height(e){this.w=e}set(e,t,n,r){return this.x=e,this.y=t,this.z=n,this.w=r,this}setScalar(e){return this.x=e,this.y=e,this.z=e,this.w=e,this}setX(e){return this.x=e,this}setY(e){return this.y=e,this}setZ(e){return this.z=e,this}setW(e){return this.w=e,this}setComponent(e,t){switch(e){case 0:this.x=t;break;case 1:this.y=t;break;case 2:this.z=t;break;case 3:this.w=t;break;default:throw new Error("THREE.Vector4: index is out of range: "+e)}return this}getComponent(e){switch(e){case 0:return this.x;case 1:return this.y;case 2:return this.z;case 3:return this.w;default:throw new Error("THREE.Vector4: index is out of range: "+e)}}clone(){return new this.constructor(this.x,this.y,this.z,this.w)}copy(e){return this.x=e.x,this.y=e.y,this.z=e.z,this.w=e.w!==void 0?e.w:1,this}add(e){return this.x+=e.x,this.y+=e.y,this.z+=e.z,this.w+=e.w,this}addScalar(e){return this.x+=e,this.y+=e,this.z+=e,this.w+=e,this}addVectors(e,t){return this.x=e.x+t.x,this.y=e.y+t.y,this.z=e.z+t.z,this.w=e.w+t.w,this}addScaledVector(e,t){return this.x+=e.x*t,this.y+=e.y*t,this.z+=e.z*t,this.w+=e.w*t,this}sub(e){return this.x-=e.x,this.y-=e.y,this.z-=e.z,this.w-=e.w,this}subScalar(e){return this.x-=e,this.y-=e,this.z-=e,this.w-=e,this}subVectors(e,t){return this.x=e.x-t.x,this.y=e.y-t.y,this.z=e.z-t.z,this.w=e.w-t.w,this}multiply(e){return this.x*=e.x,this.y*=e.y,this.z*=e.z,this.w*=e.w,this}multiplyScalar(e){return this.x*=e,this.y*=e,this.z*=e,this.w*=e,this}applyMatrix4(e){let t=this.x,n=this.y,r=this.z,s=this.w,o=e.elements;return this.x=o[0]*t+o[4]*n+o[8]*r+o[12]*s,this.y=o[1]*t+o[5]*n+o[9]*r+o[13]*s,this.z=o[2]*t+o[6]*n+o[10]*r+o[14]*s,this.w=o[3]*t+o[7]*n+o[11]*r+o[15]*s,this}divide(e){return this.x/=e.x,this.y/=e.y,this.z/=e.z,this.w/=e.w,this}divideScalar(e){return this.multiplyScalar(1/e)}setAxisAngleFromQuaternion(e){this.w=2*Math.acos(e.w);let t=Math.sqrt(1-e.w*e.w);return t<1e-4?(this.x=1,this.y=0,this.z=0):(this.x=e.x/t,this.y=e.y/t,this.z=e.z/t),this}setAxisAngleFromRotationMatrix(e){let t,n,r,s,l=e.elements,c=l[0],u=l[4],h=l[8],d=l[1],f=l[5],m=l[9],y=l[2],g=l[6],p=l[10];if(Math.abs(u-d)<.01&&Math.abs(h-y)<.01&&Math.abs(m-g)<.01){if(Math.abs(u+d)<.1&&Math.abs(h+y)<.1&&Math.abs(m+g)<.1&&Math.abs(c+f+p-3)<.1)return this.set(1,0,0,0),this;t=Math.PI;let _=(c+1)/2,v=(f+1)/2,E=(p+1)/2,S=(u+d)/4,b=(h+y)/4,A=(m+g)/4;return _>v&&_>E?_<.01?(n=0,r=.707106781,s=.707106781):(n=Math.sqrt(_),r=S/n,s=b/n):v>E?v<.01?(n=.707106781,r=0,s=.707106781):(r=Math.sqrt(v),n=S/r,s=A/r):E<.01?(n=.707106781,r=.707106781,s=0):(s=Math.sqrt(E),n=b/s,r=A/s),this.set(n,r,s,t),this}let x=Math.sqrt((g-m)*(g-m)+(h-y)*(h-y)+(d-u)*(d-u));return Math.abs(x)<.001&&(x=1),this.x=(g-m)/x,this.y=(h-y)/x,this.z=(d-u)/x,this.w=Math.acos((c+f+p-1)/2),this}setFromMatrixPosition(e){let t=e.elements;return this.x=t[12],this.y=t[13],this.z=t[14],this.w=t[15],this}min(e){return this.x=Math.min(this.x,e.x),this.y=Math.min(this.y,e.y),this.z=Math.min(this.z,e.z),this.w=Math.min(this.w,e.w),this}max(e){return this.x=Math.max(this.x,e.x),this.y=Math.max(this.y,e.y),this.z=Math.max(this.z,e.z),this.w=Math.max(this.w,e.w),this}clamp(e,t){return this.x=$e(this.x,e.x,t.x),this.y=$e(this.y,e.y,t.y),this.z=$e(this.z,e.z,t.z),this.w=$e(this.w,e.w,t.w),this}clampScalar(e,t){return this.x=$e(this.x,e,t),this.y=$e(this.y,e,t),this.z=$e(this.z,e,t),this.w=$e(this.w,e,t),this}clampLength(e,t){let n=this.length();return this.divideScalar(n||1).multiplyScalar($e(n,e,t))}floor(){return this.x=Math.floor(this.x),this.y=Math.floor(this.y),this.z=Math.floor(this.z),this.w=Math.floor(this.w),this}ceil(){return this.x=Math.ceil(this.x),this.y=Math.ceil(this.y),this.z=Math.ceil(this.z),this.w=Math.ceil(this.w),this}round(){return this.x=Math.round(this.x),this.y=Math.round(this.y),this.z=Math.round(this.z),this.w=Math.round(this.w),this}roundToZero(){return this.x=Math.trunc(this.x),this.y=Math.trunc(this.y),this.z=Math.trunc(this.z),this.w=Math.trunc(this.w),this}negate(){return this.x=-this.x,this.y=-this.y,this.z=-this.z,this.w=-this.w,this}dot(e){return this.x*e.x+this.y*e.y+this.z*e.z+this.w*e.w}lengthSq(){return this.x*this.x+this.y*this.y+this.z*this.z+this.w*this.w}length(){return Math.sqrt(this.x*this.x+this.y*this.y+this.z*this.z+this.w*this.w)}manhattanLength(){return Math.abs(this.x)+Math.abs(this.y)+Math.abs(this.z)+Math.abs(this.w)}normalize(){return this.divideScalar(this.length()||1)}setLength(e){return this.normalize().multiplyScalar(e)}lerp(e,t){return this.x+=(e.x-this.x)*t,this.y+=(e.y-this.y)*t,this.z+=(e.z-this.z)*t,this.w+=(e.w-this.w)*t,this}lerpVectors(e,t,n){return this.x=e.x+(t.x-e.x)*n,this.y=e.y+(t.y-e.y)*n,this.z=e.z+(t.z-e.z)*n,this.w=e.w+(t.w-e.w)*n,this}equals(e){return e.x===this.x&&e.y===this.y&&e.z===this.z&&e.w===this.w}fromArray(e,t=0){return this.x=e[t],this.y=e[t+1],this.z=e[t+2],this.w=e[t+3],this}toArray(e=[],t=0){return e[t]=this.x,e[t+1]=this.y,e[t+2]=this.z,e[t+3]=this.w,e}fromBufferAttribute(e,t){return this.x=e.getX(t),this.y=e.getY(t),this.z=e.getZ(t),this.w=e.getW(t),this}random(){return this.x=Math.random(),this.y=Math.random(),this.z=Math.random(),this.w=Math.random(),this}*[Symbol.iterator](){yield this.x,yield this.y,yield this.z,yield this.w}};$c.prototype.isVector4=!0;var ht=$c,Ao=class extends Sn{constructor(e=1,t=1,n={}){super(),n=Object.assign({generateMipmaps:!1,internalFormat:null,minFilter:Ct,depthBuffer:!0,stencilBuffer:!1,resolveColorBuffer:!0,resolveDepthBuffer:!0,resolveStencilBuffer:!0,storeMultisampledColorBuffer:!0,storeMultisampledDepthBuffer:!0,storeMultisampledStencilBuffer:!0,depthTexture:null,samples:0,count:1,depth:1,multiview:!1,useArrayDepthTexture:!1},n),this.isRenderTarget=!0,this.width=e,this.height=t,this.depth=n.depth,this.scissor=new ht(0,0,e,t),this.scissorTest=!1,this.viewport=new ht(0,0,e,t),this.textures=[];let r=n.count;for(let s=0;s<r;s++)this.textures[s]=new Ft({width:e,height:t,depth:n.depth}),this.textures[s].isRenderTargetTexture=!0,this.textures[s].renderTarget=this;this._setTextureOptions(n),this.depthBuffer=n.depthBuffer,this.stencilBuffer=n.stencilBuffer,this.resolveColorBuffer=n.resolveColorBuffer,this.resolveDepthBuffer=n.resolveDepthBuffer,this.resolveStencilBuffer=n.resolveStencilBuffer,this.storeMultisampledColorBuffer=n.storeMultisampledColorBuffer,this.storeMultisampledDepthBuffer=n.storeMultisampledDepthBuffer,this.storeMultisampledStencilBuffer=n.storeMultisampledStencilBuffer,this._depthTexture=null,this.depthTexture=n.depthTexture,this.samples=n.samples,this.multiview=n.multiview,this.useArrayDepthTexture=n.useArrayDepthTexture}_setTextureOptions(e={}){let t={minFilter:Ct,generateMipmaps:!1,flipY:!1,internalFormat:null};e.mapping!==void 0&&(t.mapping=e.mapping),e.wrapS!==void 0&&(t.wrapS=e.wrapS),e.wrapT!==void 0&&(t.wrapT=e.wrapT),e.wrapR!==void 0&&(t.wrapR=e.wrapR),e.magFilter!==void 0&&(t.magFilter=e.magFilter),e.minFilter!==void 0&&(t.minFilter=e.minFilter),e.format!==void 0&&(t.format=e.format),e.type!==void 0&&(t.type=e.type),e.anisotropy!==void 0&&(t.anisotropy=e.anisotropy),e.colorSpace!==void 0&&(t.colorSpace=e.colorSpace),e.flipY!==void 0&&(t.flipY=e.flipY),e.generateMipmaps!==void 0&&(t.generateMipmaps=e.generateMipmaps),e.mipmapsAutoUpdate!==void 0&&(t.mipmapsAutoUpdate=e.mipmapsAutoUpdate),e.internalFormat!==void 0&&(t.internalFormat=e.internalFormat);for(let n=0;n<this.textures.length;n++)this.textures[n].setValues(t)}get texture(){return this.textures[0]}set texture(e){this.textures[0]=e}set depthTexture(e){this._depthTexture!==null&&this._depthTexture.renderTarget===this&&(this._depthTexture.renderTarget=null),e!==null&&e.renderTarget===null&&(e.renderTarget=this),this._depthTexture=e}get depthTexture(){return this._depthTexture}setSize(e,t,n=1){if(this.width!==e||this.height!==t||this.depth!==n){this.width=e,this.height=t,this.depth=n;for(let r=0,s=this.textures.length;r<s;r++)this.textures[r].image.width=e,this.textures[r].image.height=t,this.textures[r].image.depth=n,this.textures[r].isData3DTexture!==!0&&(this.textures[r].isArrayTexture=this.textures[r].image.depth>1);this.dispose()}this.viewport.set(0,0,e,t),this.scissor.set(0,0,e,t)}clone(){return new this.constructor().copy(this)}copy(e){this.width=e.width,this.height=e.height,this.depth=e.depth,this.scissor.copy(e.scissor),this.scissorTest=e.scissorTest,this.viewport.copy(e.viewport),this.textures.length=0;for(let t=0,n=e.textures.length;t<n;t++){this.textures[t]=e.textures[t].clone(),this.textures[t].isRenderTargetTexture=!0,this.textures[t].renderTarget=this;let r=Object.assign({},e.textures[t].image);this.textures[t].source=new ir(r)}if(this.depthBuffer=e.depthBuffer,this.stencilBuffer=e.stencilBuffer,this.resolveColorBuffer=e.resolveColorBuffer,this.resolveDepthBuffer=e.resolveDepthBuffer,this.resolveStencilBuffer=e.resolveStencilBuffer,this.storeMultisampledColorBuffer=e.storeMultisampledColorBuffer,this.storeMultisampledDepthBuffer=e.storeMultisampledDepthBuffer,this.storeMultisampledStencilBuffer=e.storeMultisampledStencilBuffer,e.depthTexture!==null)if(e.depthTexture.renderTarget===e){let t=e.depthTexture.clone();t.renderTarget=null,this.depthTexture=t}else this.depthTexture=e.depthTexture;else this.depthTexture=null;return this.samples=e.samples,this.multiview=e.multiview,this.useArrayDepthTexture=e.useArrayDepthTexture,this}dispose(){this.dispatchEvent({type:"dispose"})}},kt=class extends Ao{constructor(e=1,t=1,n={}){super(e,t,n),this.isWebGLRenderTarget=!0}},Xr=class extends Ft{constructor(e=null,t=1,n=1,r=1){super(null),this.isDataArrayTexture=!0,this.image={data:e,width:t,height:n,depth:r},this.magFilter=ut,this.minFilter=ut,this.wrapR=_n,this.generateMipmaps=!1,this.flipY=!1,this.unpackAlignment=1,this.layerUpdates=new Set}copy(e){return super.copy(e),this.wrapR=e.wrapR,this}addLayerUpdate(e){this.layerUpdates.add(e)}clearLayerUpdates(){this.layerUpdates.clear()}};var wo=class extends Ft{constructor(e=null,t=1,n=1,r=1){super(null),this.isData3DTexture=!0,this.image={data:e,width:t,height:n,depth:r},this.magFilter=ut,this.minFilter=ut,this.wrapR=_n,this.generateMipmaps=!1,this.flipY=!1,this.unpackAlignment=1}copy(e){return super.copy(e),this.wrapR=e.wrapR,this}};var Xo=class Xo{constructor(e,t,n,r,s,o,a,l,c,u,h,d,f,m,y,g){this.elements=[1,0,0,0,0,1,0,0,0,0,1,0,0,0,0,1],e!==void 0&&this.set(e,t,n,r,s,o,a,l,c,u,h,d,f,m,y,g)}set(e,t,n,r,s,o,a,l,c,u,h,d,f,m,y,g){let p=this.elements;return p[0]=e,p[4]=t,p[8]=n,p[12]=r,p[1]=s,p[5]=o,p[9]=a,p[13]=l,p[2]=c,p[6]=u,p[10]=h,p[14]=d,p[3]=f,p[7]=m,p[11]=y,p[15]=g,this}identity(){return this.set(1,0,0,0,0,1,0,0,0,0,1,0,0,0,0,1),this}clone(){return new Xo().fromArray(this.elements)}copy(e){let t=this.elements,n=e.elements;return t[0]=n[0],t[1]=n[1],t[2]=n[2],t[3]=n[3],t[4]=n[4],t[5]=n[5],t[6]=n[6],t[7]=n[7],t[8]=n[8],t[9]=n[9],t[10]=n[10],t[11]=n[11],t[12]=n[12],t[13]=n[13],t[14]=n[14],t[15]=n[15],this}copyPosition(e){let t=this.elements,n=e.elements;return t[12]=n[12],t[13]=n[13],t[14]=n[14],this}setFromMatrix3(e){let t=e.elements;return this.set(t[0],t[3],t[6],0,t[1],t[4],t[7],0,t[2],t[5],t[8],0,0,0,0,1),this}extractBasis(e,t,n){return this.determinantAffine()===0?(e.set(1,0,0),t.set(0,1,0),n.set(0,0,1),this):(e.setFromMatrixColumn(this,0),t.setFromMatrixColumn(this,1),n.setFromMatrixColumn(this,2),this)}makeBasis(e,t,n){return this.set(e.x,t.x,n.x,0,e.y,t.y,n.y,0,e.z,t.z,n.z,0,0,0,0,1),this}extractRotation(e){if(e.determinantAffine()===0)return this.identity();let t=this.elements,n=e.elements,r=1/Vi.setFromMatrixColumn(e,0).length(),s=1/Vi.setFromMatrixColumn(e,1).length(),o=1/Vi.setFromMatrixColumn(e,2).length();return t[0]=n[0]*r,t[1]=n[1]*r,t[2]=n[2]*r,t[3]=0,t[4]=n[4]*s,t[5]=n[5]*s,t[6]=n[6]*s,t[7]=0,t[8]=n[8]*o,t[9]=n[9]*o,t[10]=n[10]*o,t[11]=0,t[12]=0,t[13]=0,t[14]=0,t[15]=1,this}makeRotationFromEuler(e){let t=this.elements,n=e.x,r=e.y,s=e.z,o=Math.cos(n),a=Math.sin(n),l=Math.cos(r),c=Math.sin(r),u=Math.cos(s),h=Math.sin(s);if(e.order==="XYZ"){let d=o*u,f=o*h,m=a*u,y=a*h;t[0]=l*u,t[4]=-l*h,t[8]=c,t[1]=f+m*c,t[5]=d-y*c,t[9]=-a*l,t[2]=y-d*c,t[6]=m+f*c,t[10]=o*l}else if(e.order==="YXZ"){let d=l*u,f=l*h,m=c*u,y=c*h;t[0]=d+y*a,t[4]=m*a-f,t[8]=o*c,t[1]=o*h,t[5]=o*u,t[9]=-a,t[2]=f*a-m,t[6]=y+d*a,t[10]=o*l}else if(e.order==="ZXY"){let d=l*u,f=l*h,m=c*u,y=c*h;t[0]=d-y*a,t[4]=-o*h,t[8]=m+f*a,t[1]=f+m*a,t[5]=o*u,t[9]=y-d*a,t[2]=-o*c,t[6]=a,t[10]=o*l}else if(e.order==="ZYX"){let d=o*u,f=o*h,m=a*u,y=a*h;t[0]=l*u,t[4]=m*c-f,t[8]=d*c+y,t[1]=l*h,t[5]=y*c+d,t[9]=f*c-m,t[2]=-c,t[6]=a*l,t[10]=o*l}else if(e.order==="YZX"){let d=o*l,f=o*c,m=a*l,y=a*c;t[0]=l*u,t[4]=y-d*h,t[8]=m*h+f,t[1]=h,t[5]=o*u,t[9]=-a*u,t[2]=-c*u,t[6]=f*h+m,t[10]=d-y*h}else if(e.order==="XZY"){let d=o*l,f=o*c,m=a*l,y=a*c;t[0]=l*u,t[4]=-h,t[8]=c*u,t[1]=d*h+y,t[5]=o*u,t[9]=f*h-m,t[2]=m*h-f,t[6]=a*u,t[10]=y*h+d}return t[3]=0,t[7]=0,t[11]=0,t[12]=0,t[13]=0,t[14]=0,t[15]=1,this}makeRotationFromQuaternion(e){return this.compose(Mg,e,Eg)}lookAt(e,t,n){let r=this.elements;return $t.subVectors(e,t),$t.lengthSq()===0&&($t.z=1),$t.normalize(),jn.crossVectors(n,$t),jn.lengthSq()===0&&(Math.abs(n.z)===1?$t.x+=1e-4:$t.z+=1e-4,$t.normalize(),jn.crossVectors(n,$t)),jn.normalize(),Bs.crossVectors($t,jn),r[0]=jn.x,r[4]=Bs.x,r[8]=$t.x,r[1]=jn.y,r[5]=Bs.y,r[9]=$t.y,r[2]=jn.z,r[6]=Bs.z,r[10]=$t.z,this}multiply(e){return this.multiplyMatrices(this,e)}premultiply(e){return this.multiplyMatrices(e,this)}multiplyMatrices(e,t){let n=e.elements,r=t.elements,s=this.elements,o=n[0],a=n[4],l=n[8],c=n[12],u=n[1],h=n[5],d=n[9],f=n[13],m=n[2],y=n[6],g=n[10],p=n[14],x=n[3],_=n[7],v=n[11],E=n[15],S=r[0],b=r[4],A=r[8],N=r[12],I=r[1],R=r[5],C=r[9],D=r[13],L=r[2],B=r[6],k=r[10],G=r[14],q=r[3],V=r[7],K=r[11],ne=r[15];return s[0]=o*S+a*I+l*L+c*q,s[4]=o*b+a*R+l*B+c*V,s[8]=o*A+a*C+l*k+c*K,s[12]=o*N+a*D+l*G+c*ne,s[1]=u*S+h*I+d*L+f*q,s[5]=u*b+h*R+d*B+f*V,s[9]=u*A+h*C+d*k+f*K,s[13]=u*N+h*D+d*G+f*ne,s[2]=m*S+y*I+g*L+p*q,s[6]=m*b+y*R+g*B+p*V,s[10]=m*A+y*C+g*k+p*K,s[14]=m*N+y*D+g*G+p*ne,s[3]=x*S+_*I+v*L+E*q,s[7]=x*b+_*R+v*B+E*V,s[11]=x*A+_*C+v*k+E*K,s[15]=x*N+_*D+v*G+E*ne,this}multiplyScalar(e){let t=this.elements;return t[0]*=e,t[4]*=e,t[8]*=e,t[12]*=e,t[1]*=e,t[5]*=e,t[9]*=e,t[13]*=e,t[2]*=e,t[6]*=e,t[10]*=e,t[14]*=e,t[3]*=e,t[7]*=e,t[11]*=e,t[15]*=e,this}determinant(){let e=this.elements,t=e[0],n=e[4],r=e[8],s=e[12],o=e[1],a=e[5],l=e[9],c=e[13],u=e[2],h=e[6],d=e[10],f=e[14],m=e[3],y=e[7],g=e[11],p=e[15],x=l*f-c*d,_=a*f-c*h,v=a*d-l*h,E=o*f-c*u,S=o*d-l*u,b=o*h-a*u;return t*(y*x-g*_+p*v)-n*(m*x-g*E+p*S)+r*(m*_-y*E+p*b)-s*(m*v-y*S+g*b)}determinantAffine(){let e=this.elements,t=e[0],n=e[4],r=e[8],s=e[1],o=e[5],a=e[9],l=e[2],c=e[6],u=e[10];return t*(o*u-a*c)-n*(s*u-a*l)+r*(s*c-o*l)}transpose(){let e=this.elements,t;return t=e[1],e[1]=e[4],e[4]=t,t=e[2],e[2]=e[8],e[8]=t,t=e[6],e[6]=e[9],e[9]=t,t=e[3],e[3]=e[12],e[12]=t,t=e[7],e[7]=e[13],e[13]=t,t=e[11],e[11]=e[14],e[14]=t,this}setPosition(e,t,n){let r=this.elements;return e.isVector3?(r[12]=e.x,r[13]=e.y,r[14]=e.z):(r[12]=e,r[13]=t,r[14]=n),this}invert(){let e=this.elements,t=e[0],n=e[1],r=e[2],s=e[3],o=e[4],a=e[5],l=e[6],c=e[7],u=e[8],h=e[9],d=e[10],f=e[11],m=e[12],y=e[13],g=e[14],p=e[15],x=t*a-n*o,_=t*l-r*o,v=t*c-s*o,E=n*l-r*a,S=n*c-s*a,b=r*c-s*l,A=u*y-h*m,N=u*g-d*m,I=u*p-f*m,R=h*g-d*y,C=h*p-f*y,D=d*p-f*g,L=x*D-_*C+v*R+E*I-S*N+b*A;if(L===0)return this.set(0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0);let B=1/L;return e[0]=(a*D-l*C+c*R)*B,e[1]=(r*C-n*D-s*R)*B,e[2]=(y*b-g*S+p*E)*B,e[3]=(d*S-h*b-f*E)*B,e[4]=(l*I-o*D-c*N)*B,e[5]=(t*D-r*I+s*N)*B,e[6]=(g*v-m*b-p*_)*B,e[7]=(u*b-d*v+f*_)*B,e[8]=(o*C-a*I+c*A)*B,e[9]=(n*I-t*C-s*A)*B,e[10]=(m*S-y*v+p*x)*B,e[11]=(h*v-u*S-f*x)*B,e[12]=(a*N-o*R-l*A)*B,e[13]=(t*R-n*N+r*A)*B,e[14]=(y*_-m*E-g*x)*B,e[15]=(u*E-h*_+d*x)*B,this}scale(e){let t=this.elements,n=e.x,r=e.y,s=e.z;return t[0]*=n,t[4]*=r,t[8]*=s,t[1]*=n,t[5]*=r,t[9]*=s,t[2]*=n,t[6]*=r,t[10]*=s,t[3]*=n,t[7]*=r,t[11]*=s,this}getMaxScaleOnAxis(){let e=this.elements,t=e[0]*e[0]+e[1]*e[1]+e[2]*e[2],n=e[4]*e[4]+e[5]*e[5]+e[6]*e[6],r=e[8]*e[8]+e[9]*e[9]+e[10]*e[10];return Math.sqrt(Math.max(t,n,r))}makeTranslation(e,t,n){return e.isVector3?this.set(1,0,0,e.x,0,1,0,e.y,0,0,1,e.z,0,0,0,1):this.set(1,0,0,e,0,1,0,t,0,0,1,n,0,0,0,1),this}makeRotationX(e){let t=Math.cos(e),n=Math.sin(e);return this.set(1,0,0,0,0,t,-n,0,0,n,t,0,0,0,0,1),this}makeRotationY(e){let t=Math.cos(e),n=Math.sin(e);return this.set(t,0,n,0,0,1,0,0,-n,0,t,0,0,0,0,1),this}makeRotationZ(e){let t=Math.cos(e),n=Math.sin(e);return this.set(t,-n,0,0,n,t,0,0,0,0,1,0,0,0,0,1),this}makeRotationAxis(e,t){let n=Math.cos(t),r=Math.sin(t),s=1-n,o=e.x,a=e.y,l=e.z,c=s*o,u=s*a;return this.set(c*o+n,c*a-r*l,c*l+r*a,0,c*a+r*l,u*a+n,u*l-r*o,0,c*l-r*a,u*l+r*o,s*l*l+n,0,0,0,0,1),this}makeScale(e,t,n){return this.set(e,0,0,0,0,t,0,0,0,0,n,0,0,0,0,1),this}makeShear(e,t,n,r,s,o){return this.set(1,n,s,0,e,1,o,0,t,r,1,0,0,0,0,1),this}compose(e,t,n){let r=this.elements,s=t._x,o=t._y,a=t._z,l=t._w,c=s+s,u=o+o,h=a+a,d=s*c,f=s*u,m=s*h,y=o*u,g=o*h,p=a*h,x=l*c,_=l*u,v=l*h,E=n.x,S=n.y,b=n.z;return r[0]=(1-(y+p))*E,r[1]=(f+v)*E,r[2]=(m-_)*E,r[3]=0,r[4]=(f-v)*S,r[5]=(1-(d+p))*S,r[6]=(g+x)*S,r[7]=0,r[8]=(m+_)*b,r[9]=(g-x)*b,r[10]=(1-(d+y))*b,r[11]=0,r[12]=e.x,r[13]=e.y,r[14]=e.z,r[15]=1,this}decompose(e,t,n){let r=this.elements;e.x=r[12],e.y=r[13],e.z=r[14];let s=this.determinantAffine();if(s===0)return n.set(1,1,1),t.identity(),this;let o=Vi.set(r[0],r[1],r[2]).length(),a=Vi.set(r[4],r[5],r[6]).length(),l=Vi.set(r[8],r[9],r[10]).length();s<0&&(o=-o),un.copy(this);let c=1/o,u=1/a,h=1/l;return un.elements[0]*=c,un.elements[1]*=c,un.elements[2]*=c,un.elements[4]*=u,un.elements[5]*=u,un.elements[6]*=u,un.elements[8]*=h,un.elements[9]*=h,un.elements[10]*=h,t.setFromRotationMatrix(un),n.x=o,n.y=a,n.z=l,this}makePerspective(e,t,n,r,s,o,a=on,l=!1){let c=this.elements,u=2*s/(t-e),h=2*s/(n-r),d=(t+e)/(t-e),f=(n+r)/(n-r),m,y;if(l)m=s/(o-s),y=o*s/(o-s);else if(a===on)m=-(o+s)/(o-s),y=-2*o*s/(o-s);else if(a===Hr)m=-o/(o-s),y=-o*s/(o-s);else throw new Error("THREE.Matrix4.makePerspective(): Invalid coordinate system: "+a);return c[0]=u,c[4]=0,c[8]=d,c[12]=0,c[1]=0,c[5]=h,c[9]=f,c[13]=0,c[2]=0,c[6]=0,c[10]=m,c[14]=y,c[3]=0,c[7]=0,c[11]=-1,c[15]=0,this}makeOrthographic(e,t,n,r,s,o,a=on,l=!1){let c=this.elements,u=2/(t-e),h=2/(n-r),d=-(t+e)/(t-e),f=-(n+r)/(n-r),m,y;if(l)m=1/(o-s),y=o/(o-s);else if(a===on)m=-2/(o-s),y=-(o+s)/(o-s);else if(a===Hr)m=-1/(o-s),y=-s/(o-s);else throw new Error("THREE.Matrix4.makeOrthographic(): Invalid coordinate system: "+a);return c[0]=u,c[4]=0,c[8]=0,c[12]=d,c[1]=0,c[5]=h,c[9]=0,c[13]=f,c[2]=0,c[6]=0,c[10]=m,c[14]=y,c[3]=0,c[7]=0,c[11]=0,c[15]=1,this}equals(e){let t=this.elements,n=e.elements;for(let r=0;r<16;r++)if(t[r]!==n[r])return!1;return!0}fromArray(e,t=0){for(let n=0;n<16;n++)this.elements[n]=e[n+t];return this}toArray(e=[],t=0){let n=this.elements;return e[t]=n[0],e[t+1]=n[1],e[t+2]=n[2],e[t+3]=n[3],e[t+4]=n[4],e[t+5]=n[5],e[t+6]=n[6],e[t+7]=n[7],e[t+8]=n[8],e[t+9]=n[9],e[t+10]=n[10],e[t+11]=n[11],e[t+12]=n[12],e[t+13]=n[13],e[t+14]=n[14],e[t+15]=n[15],e}};Xo.prototype.isMatrix4=!0;var nt=Xo,Vi=new $,un=new nt,Mg=new $(0,0,0),Eg=new $(1,1,1),jn=new $,Bs=new $,$t=new $,Eh=new nt,Th=new An,ti=class i{constructor(e=0,t=0,n=0,r=i.DEFAULT_ORDER){this.isEuler=!0,this._x=e,this._y=t,this._z=n,this._order=r}get x(){return this._x}set x(e){this._x=e,this._onChangeCallback()}get y(){return this._y}set y(e){this._y=e,this._onChangeCallback()}get z(){return this._z}set z(e){this._z=e,this._onChangeCallback()}get order(){return this._order}set order(e){this._order=e,this._onChangeCallback()}set(e,t,n,r=this._order){return this._x=e,this._y=t,this._z=n,this._order=r,this._onChangeCallback(),this}clone(){return new this.constructor(this._x,this._y,this._z,this._order)}copy(e){return this._x=e._x,this._y=e._y,this._z=e._z,this._order=e._order,this._onChangeCallback(),this}setFromRotationMatrix(e,t=this._order,n=!0){let r=e.elements,s=r[0],o=r[4],a=r[8],l=r[1],c=r[5],u=r[9],h=r[2],d=r[6],f=r[10];switch(t){case"XYZ":this._y=Math.asin($e(a,-1,1)),Math.abs(a)<.9999999?(this._x=Math.atan2(-u,f),this._z=Math.atan2(-o,s)):(this._x=Math.atan2(d,c),this._z=0);break;case"YXZ":this._x=Math.asin(-$e(u,-1,1)),Math.abs(u)<.9999999?(this._y=Math.atan2(a,f),this._z=Math.atan2(l,c)):(this._y=Math.atan2(-h,s),this._z=0);break;case"ZXY":this._x=Math.asin($e(d,-1,1)),Math.abs(d)<.9999999?(this._y=Math.atan2(-h,f),this._z=Math.atan2(-o,c)):(this._y=0,this._z=Math.atan2(l,s));break;case"ZYX":this._y=Math.asin(-$e(h,-1,1)),Math.abs(h)<.9999999?(this._x=Math.atan2(d,f),this._z=Math.atan2(l,s)):(this._x=0,this._z=Math.atan2(-o,c));break;case"YZX":this._z=Math.asin($e(l,-1,1)),Math.abs(l)<.9999999?(this._x=Math.atan2(-u,c),this._y=Math.atan2(-h,s)):(this._x=0,this._y=Math.atan2(a,f));break;case"XZY":this._z=Math.asin(-$e(o,-1,1)),Math.abs(o)<.9999999?(this._x=Math.atan2(d,c),this._y=Math.atan2(a,s)):(this._x=Math.atan2(-u,f),this._y=0);break;default:Re("Euler: .setFromRotationMatrix() encountered an unknown order: "+t)}return this._order=t,n===!0&&this._onChangeCallback(),this}setFromQuaternion(e,t,n){return Eh.makeRotationFromQuaternion(e),this.setFromRotationMatrix(Eh,t,n)}setFromVector3(e,t=this._order){return this.set(e.x,e.y,e.z,t)}reorder(e){return Th.setFromEuler(this),this.setFromQuaternion(Th,e)}equals(e){return e._x===this._x&&e._y===this._y&&e._z===this._z&&e._order===this._order}fromArray(e){return this._x=e[0],this._y=e[1],this._z=e[2],e[3]!==void 0&&(this._order=e[3]),this._onChangeCallback(),this}toArray(e=[],t=0){return e[t]=this._x,e[t+1]=this._y,e[t+2]=this._z,e[t+3]=this._order,e}_onChange(e){return this._onChangeCallback=e,this}_onChangeCallback(){}*[Symbol.iterator](){yield this._x,yield this._y,yield this._z,yield this._order}};ti.DEFAULT_ORDER="XYZ";var $r=class{constructor(){this.mask=1}set(e){this.mask=(1<<e|0)>>>0}enable(e){this.mask|=1<<e|0}enableAll(){this.mask=-1}toggle(e){this.mask^=1<<e|0}disable(e){this.mask&=~(1<<e|0)}disableAll(){this.mask=0}test(e){return(this.mask&e.mask)!==0}isEnabled(e){return(this.mask&(1<<e|0))!==0}},Tg=0,Ch=new $,Hi=new An,Pn=new nt,ks=new $,Fr=new $,Cg=new $,Rg=new An,Rh=new $(1,0,0),Ih=new $(0,1,0),Ph=new $(0,0,1),Lh={type:"added"},Ig={type:"removed"},Wi={type:"childadded",child:null},Vl={type:"childremoved",child:null},Wt=class i extends Sn{constructor(){super(),this.isObject3D=!0,Object.defineProperty(this,"id",{value:Tg++}),this.uuid=ls(),this.name="",this.type="Object3D",this.parent=null,this.children=[],this.up=i.DEFAULT_UP.clone();let e=new $,t=new ti,n=new An,r=new $(1,1,1);function s(){n.setFromEuler(t,!1)}function o(){t.setFromQuaternion(n,void 0,!1)}t._onChange(s),n._onChange(o),Object.defineProperties(this,{position:{configurable:!0,enumerable:!0,value:e},rotation:{configurable:!0,enumerable:!0,value:t},quaternion:{configurable:!0,enumerable:!0,value:n},scale:{configurable:!0,enumerable:!0,value:r},modelViewMatrix:{value:new nt},normalMatrix:{value:new Ne}}),this.matrix=new nt,this.matrixWorld=new nt,this.matrixAutoUpdate=i.DEFAULT_MATRIX_AUTO_UPDATE,this.matrixWorldAutoUpdate=i.DEFAULT_MATRIX_WORLD_AUTO_UPDATE,this.matrixWorldNeedsUpdate=!1,this.layers=new $r,this.visible=!0,this.castShadow=!1,this.receiveShadow=!1,this.frustumCulled=!0,this.renderOrder=0,this.animations=[],this.customDepthMaterial=void 0,this.customDistanceMaterial=void 0,this.static=!1,this.userData={},this.pivot=null}onBeforeShadow(){}onAfterShadow(){}onBeforeRender(){}onAfterRender(){}applyMatrix4(e){this.matrixAutoUpdate&&this.updateMatrix(),this.matrix.premultiply(e),this.matrix.decompose(this.position,this.quaternion,this.scale),this.pivot!==null&&this.position.copy(this.pivot).applyMatrix4(this.matrix).sub(this.pivot)}applyQuaternion(e){return this.quaternion.premultiply(e),this}setRotationFromAxisAngle(e,t){this.quaternion.setFromAxisAngle(e,t)}setRotationFromEuler(e){this.quaternion.setFromEuler(e,!0)}setRotationFromMatrix(e){this.quaternion.setFromRotationMatrix(e)}setRotationFromQuaternion(e){this.quaternion.copy(e)}rotateOnAxis(e,t){return Hi.setFromAxisAngle(e,t),this.quaternion.multiply(Hi),this}rotateOnWorldAxis(e,t){return Hi.setFromAxisAngle(e,t),this.quaternion.premultiply(Hi),this}rotateX(e){return this.rotateOnAxis(Rh,e)}rotateY(e){return this.rotateOnAxis(Ih,e)}rotateZ(e){return this.rotateOnAxis(Ph,e)}translateOnAxis(e,t){return Ch.copy(e).applyQuaternion(this.quaternion),this.position.add(Ch.multiplyScalar(t)),this}translateX(e){return this.translateOnAxis(Rh,e)}translateY(e){return this.translateOnAxis(Ih,e)}translateZ(e){return this.translateOnAxis(Ph,e)}localToWorld(e){return this.updateWorldMatrix(!0,!1),e.applyMatrix4(this.matrixWorld)}worldToLocal(e){return this.updateWorldMatrix(!0,!1),e.applyMatrix4(Pn.copy(this.matrixWorld).invert())}lookAt(e,t,n){e.isVector3?ks.copy(e):ks.set(e,t,n);let r=this.parent;this.updateWorldMatrix(!0,!1),Fr.setFromMatrixPosition(this.matrixWorld),this.isCamera||this.isLight?Pn.lookAt(Fr,ks,this.up):Pn.lookAt(ks,Fr,this.up),this.quaternion.setFromRotationMatrix(Pn),r&&(Pn.extractRotation(r.matrixWorld),Hi.setFromRotationMatrix(Pn),this.quaternion.premultiply(Hi.invert()))}add(e){if(arguments.length>1){for(let t=0;t<arguments.length;t++)this.add(arguments[t]);return this}return e===this?(Le("Object3D.add: object can't be added as a child of itself.",e),this):(e&&e.isObject3D?(e.removeFromParent(),e.parent=this,this.children.push(e),e.dispatchEvent(Lh),Wi.child=e,this.dispatchEvent(Wi),Wi.child=null):Le("Object3D.add: object not an instance of THREE.Object3D.",e),this)}remove(e){if(arguments.length>1){for(let n=0;n<arguments.length;n++)this.remove(arguments[n]);return this}let t=this.children.indexOf(e);return t!==-1&&(e.parent=null,this.children.splice(t,1),e.dispatchEvent(Ig),Vl.child=e,this.dispatchEvent(Vl),Vl.child=null),this}removeFromParent(){let e=this.parent;return e!==null&&e.remove(this),this}clear(){return this.remove(...this.children)}attach(e){return this.updateWorldMatrix(!0,!1),Pn.copy(this.matrixWorld).invert(),e.parent!==null&&(e.parent.updateWorldMatrix(!0,!1),Pn.multiply(e.parent.matrixWorld)),e.applyMatrix4(Pn),e.removeFromParent(),e.parent=this,this.children.push(e),e.updateWorldMatrix(!1,!0),e.dispatchEvent(Lh),Wi.child=e,this.dispatchEvent(Wi),Wi.child=null,this}getObjectById(e){return this.getObjectByProperty("id",e)}getObjectByName(e){return this.getObjectByProperty("name",e)}getObjectByProperty(e,t){if(this[e]===t)return this;for(let n=0,r=this.children.length;n<r;n++){let o=this.children[n].getObjectByProperty(e,t);if(o!==void 0)return o}}getObjectsByProperty(e,t,n=[]){this[e]===t&&n.push(this);let r=this.children;for(let s=0,o=r.length;s<o;s++)r[s].getObjectsByProperty(e,t,n);return n}getWorldPosition(e){return this.updateWorldMatrix(!0,!1),e.setFromMatrixPosition(this.matrixWorld)}getWorldQuaternion(e){return this.updateWorldMatrix(!0,!1),this.matrixWorld.decompose(Fr,e,Cg),e}getWorldScale(e){return this.updateWorldMatrix(!0,!1),this.matrixWorld.decompose(Fr,Rg,e),e}getWorldDirection(e){this.updateWorldMatrix(!0,!1);let t=this.matrixWorld.elements;return e.set(t[8],t[9],t[10]).normalize()}raycast(){}intersectsFrustum(){return!0}traverse(e){e(this);let t=this.children;for(let n=0,r=t.length;n<r;n++)t[n].traverse(e)}traverseVisible(e){if(this.visible===!1)return;e(this);let t=this.children;for(let n=0,r=t.length;n<r;n++)t[n].traverseVisible(e)}traverseAncestors(e){let t=this.parent;t!==null&&(e(t),t.traverseAncestors(e))}updateMatrix(){this.matrix.compose(this.position,this.quaternion,this.scale);let e=this.pivot;if(e!==null){let t=e.x,n=e.y,r=e.z,s=this.matrix.elements;s[12]+=t-s[0]*t-s[4]*n-s[8]*r,s[13]+=n-s[1]*t-s[5]*n-s[9]*r,s[14]+=r-s[2]*t-s[6]*n-s[10]*r}this.matrixWorldNeedsUpdate=!0}updateMatrixWorld(e){this.matrixAutoUpdate&&this.updateMatrix(),(this.matrixWorldNeedsUpdate||e)&&(this.matrixWorldAutoUpdate===!0&&(this.parent===null?this.matrixWorld.copy(this.matrix):this.matrixWorld.multiplyMatrices(this.parent.matrixWorld,this.matrix)),this.matrixWorldNeedsUpdate=!1,e=!0);let t=this.children;for(let n=0,r=t.length;n<r;n++)t[n].updateMatrixWorld(e)}updateWorldMatrix(e,t,n=!1){let r=this.parent;if(e===!0&&r!==null&&r.updateWorldMatrix(!0,!1),this.matrixAutoUpdate&&this.updateMatrix(),(this.matrixWorldNeedsUpdate||n)&&(this.matrixWorldAutoUpdate===!0&&(this.parent===null?this.matrixWorld.copy(this.matrix):this.matrixWorld.multiplyMatrices(this.parent.matrixWorld,this.matrix)),this.matrixWorldNeedsUpdate=!1,n=!0),t===!0){let s=this.children;for(let o=0,a=s.length;o<a;o++)s[o].updateWorldMatrix(!1,!0,n)}}toJSON(e){let t=e===void 0||typeof e=="string",n={};t&&(e={geometries:{},materials:{},textures:{},images:{},shapes:{},skeletons:{},animations:{},nodes:{}},n.metadata={version:4.7,type:"Object",generator:"Object3D.toJSON"});let r={};r.uuid=this.uuid,r.type=this.type,r.name=this.name,r.castShadow=this.castShadow,r.receiveShadow=this.receiveShadow,r.visible=this.visible,r.frustumCulled=this.frustumCulled,r.renderOrder=this.renderOrder,r.static=this.static,r.matrixAutoUpdate=this.matrixAutoUpdate,Object.keys(this.userData).length>0&&(r.userData=this.userData),r.layers=this.layers.mask,r.matrix=this.matrix.toArray(),r.up=this.up.toArray(),this.pivot!==null&&(r.pivot=this.pivot.toArray()),this.morphTargetDictionary!==void 0&&(r.morphTargetDictionary=Object.assign({},this.morphTargetDictionary)),this.morphTargetInfluences!==void 0&&(r.morphTargetInfluences=this.morphTargetInfluences.slice()),this.isInstancedMesh&&(r.type="InstancedMesh",r.count=this.count,r.instanceMatrix=this.instanceMatrix.toJSON(),this.instanceColor!==null&&(r.instanceColor=this.instanceColor.toJSON())),this.isBatchedMesh&&(r.type="BatchedMesh",r.perObjectFrustumCulled=this.perObjectFrustumCulled,r.sortObjects=this.sortObjects,r.drawRanges=this._drawRanges,r.reservedRanges=this._reservedRanges,r.geometryInfo=this._geometryInfo.map(a=>({...a,boundingBox:a.boundingBox?a.boundingBox.toJSON():void 0,boundingSphere:a.boundingSphere?a.boundingSphere.toJSON():void 0})),r.instanceInfo=this._instanceInfo.map(a=>({...a})),r.availableInstanceIds=this._availableInstanceIds.slice(),r.availableGeometryIds=this._availableGeometryIds.slice(),r.nextIndexStart=this._nextIndexStart,r.nextVertexStart=this._nextVertexStart,r.geometryCount=this._geometryCount,r.maxInstanceCount=this._maxInstanceCount,r.maxVertexCount=this._maxVertexCount,r.maxIndexCount=this._maxIndexCount,r.geometryInitialized=this._geometryInitialized,r.matricesTexture=this._matricesTexture.toJSON(e),r.indirectTexture=this._indirectTexture.toJSON(e),this._colorsTexture!==null&&(r.colorsTexture=this._colorsTexture.toJSON(e)),this.boundingSphere!==null&&(r.boundingSphere=this.boundingSphere.toJSON()),this.boundingBox!==null&&(r.boundingBox=this.boundingBox.toJSON()));function s(a,l){return a[l.uuid]===void 0&&(a[l.uuid]=l.toJSON(e)),l.uuid}if(this.isScene)this.background&&(this.background.isColor?r.background=this.background.toJSON():this.background.isTexture&&(r.background=this.background.toJSON(e).uuid)),this.environment&&this.environment.isTexture&&this.environment.isRenderTargetTexture!==!0&&(r.environment=this.environment.toJSON(e).uuid);else if(this.isMesh||this.isLine||this.isPoints){r.geometry=s(e.geometries,this.geometry);let a=this.geometry.parameters;if(a!==void 0&&a.shapes!==void 0){let l=a.shapes;if(Array.isArray(l))for(let c=0,u=l.length;c<u;c++){let h=l[c];s(e.shapes,h)}else s(e.shapes,l)}}if(this.isSkinnedMesh&&(r.bindMode=this.bindMode,r.bindMatrix=this.bindMatrix.toArray(),this.skeleton!==void 0&&(s(e.skeletons,this.skeleton),r.skeleton=this.skeleton.uuid)),this.material!==void 0)if(Array.isArray(this.material)){let a=[];for(let l=0,c=this.material.length;l<c;l++)a.push(s(e.materials,this.material[l]));r.material=a}else r.material=s(e.materials,this.material);if(this.children.length>0){r.children=[];for(let a=0;a<this.children.length;a++)r.children.push(this.children[a].toJSON(e).object)}if(this.animations.length>0){r.animations=[];for(let a=0;a<this.animations.length;a++){let l=this.animations[a];r.animations.push(s(e.animations,l))}}if(t){let a=o(e.geometries),l=o(e.materials),c=o(e.textures),u=o(e.images),h=o(e.shapes),d=o(e.skeletons),f=o(e.animations),m=o(e.nodes);a.length>0&&(n.geometries=a),l.length>0&&(n.materials=l),c.length>0&&(n.textures=c),u.length>0&&(n.images=u),h.length>0&&(n.shapes=h),d.length>0&&(n.skeletons=d),f.length>0&&(n.animations=f),m.length>0&&(n.nodes=m)}return n.object=r,n;function o(a){let l=[];for(let c in a){let u=a[c];delete u.metadata,l.push(u)}return l}}clone(e){return new this.constructor().copy(this,e)}copy(e,t=!0){if(this.name=e.name,this.up.copy(e.up),this.position.copy(e.position),this.rotation.order=e.rotation.order,this.quaternion.copy(e.quaternion),this.scale.copy(e.scale),this.pivot=e.pivot!==null?e.pivot.clone():null,this.matrix.copy(e.matrix),this.matrixWorld.copy(e.matrixWorld),this.matrixAutoUpdate=e.matrixAutoUpdate,this.matrixWorldAutoUpdate=e.matrixWorldAutoUpdate,this.matrixWorldNeedsUpdate=e.matrixWorldNeedsUpdate,this.layers.mask=e.layers.mask,this.visible=e.visible,this.castShadow=e.castShadow,this.receiveShadow=e.receiveShadow,this.frustumCulled=e.frustumCulled,this.renderOrder=e.renderOrder,this.static=e.static,this.animations=e.animations.slice(),this.userData=JSON.parse(JSON.stringify(e.userData)),t===!0)for(let n=0;n<e.children.length;n++){let r=e.children[n];this.add(r.clone())}return this}dispose(){this.dispatchEvent({type:"dispose"})}};Wt.DEFAULT_UP=new $(0,1,0);Wt.DEFAULT_MATRIX_AUTO_UPDATE=!0;Wt.DEFAULT_MATRIX_WORLD_AUTO_UPDATE=!0;var bi=class extends Wt{constructor(){super(),this.isGroup=!0,this.type="Group"}},Pg={type:"move"},rr=class{constructor(){this._targetRay=null,this._grip=null,this._hand=null}getHandSpace(){return this._hand===null&&(this._hand=new bi,this._hand.matrixAutoUpdate=!1,this._hand.visible=!1,this._hand.joints={},this._hand.inputState={pinching:!1}),this._hand}getTargetRaySpace(){return this._targetRay===null&&(this._targetRay=new bi,this._targetRay.matrixAutoUpdate=!1,this._targetRay.visible=!1,this._targetRay.hasLinearVelocity=!1,this._targetRay.linearVelocity=new $,this._targetRay.hasAngularVelocity=!1,this._targetRay.angularVelocity=new $),this._targetRay}getGripSpace(){return this._grip===null&&(this._grip=new bi,this._grip.matrixAutoUpdate=!1,this._grip.visible=!1,this._grip.hasLinearVelocity=!1,this._grip.linearVelocity=new $,this._grip.hasAngularVelocity=!1,this._grip.angularVelocity=new $,this._grip.eventsEnabled=!1),this._grip}dispatchEvent(e){return this._targetRay!==null&&this._targetRay.dispatchEvent(e),this._grip!==null&&this._grip.dispatchEvent(e),this._hand!==null&&this._hand.dispatchEvent(e),this}connect(e){if(e&&e.hand){let t=this._hand;if(t)for(let n of e.hand.values())this._getHandJoint(t,n)}return this.dispatchEvent({type:"connected",data:e}),this}disconnect(e){return this.dispatchEvent({type:"disconnected",data:e}),this._targetRay!==null&&(this._targetRay.visible=!1),this._grip!==null&&(this._grip.visible=!1),this._hand!==null&&(this._hand.visible=!1),this}update(e,t,n){let r=null,s=null,o=null,a=this._targetRay,l=this._grip,c=this._hand;if(e&&t.session.visibilityState!=="visible-blurred"){if(c&&e.hand){o=!0;for(let y of e.hand.values()){let g=t.getJointPose(y,n),p=this._getHandJoint(c,y);g!==null&&(p.matrix.fromArray(g.transform.matrix),p.matrix.decompose(p.position,p.quaternion,p.scale),p.matrixWorldNeedsUpdate=!0,p.jointRadius=g.radius),p.visible=g!==null}let u=c.joints["index-finger-tip"],h=c.joints["thumb-tip"],d=u.position.distanceTo(h.position),f=.02,m=.005;c.inputState.pinching&&d>f+m?(c.inputState.pinching=!1,this.dispatchEvent({type:"pinchend",handedness:e.handedness,target:this})):!c.inputState.pinching&&d<=f-m&&(c.inputState.pinching=!0,this.dispatchEvent({type:"pinchstart",handedness:e.handedness,target:this}))}else l!==null&&e.gripSpace&&(s=t.getPose(e.gripSpace,n),s!==null&&(l.matrix.fromArray(s.transform.matrix),l.matrix.decompose(l.position,l.quaternion,l.scale),l.matrixWorldNeedsUpdate=!0,s.linearVelocity?(l.hasLinearVelocity=!0,l.linearVelocity.copy(s.linearVelocity)):l.hasLinearVelocity=!1,s.angularVelocity?(l.hasAngularVelocity=!0,l.angularVelocity.copy(s.angularVelocity)):l.hasAngularVelocity=!1,l.eventsEnabled&&l.dispatchEvent({type:"gripUpdated",data:e,target:this})));a!==null&&(r=t.getPose(e.targetRaySpace,n),r===null&&s!==null&&(r=s),r!==null&&(a.matrix.fromArray(r.transform.matrix),a.matrix.decompose(a.position,a.quaternion,a.scale),a.matrixWorldNeedsUpdate=!0,r.linearVelocity?(a.hasLinearVelocity=!0,a.linearVelocity.copy(r.linearVelocity)):a.hasLinearVelocity=!1,r.angularVelocity?(a.hasAngularVelocity=!0,a.angularVelocity.copy(r.angularVelocity)):a.hasAngularVelocity=!1,this.dispatchEvent(Pg)))}return a!==null&&(a.visible=r!==null),l!==null&&(l.visible=s!==null),c!==null&&(c.visible=o!==null),this}_getHandJoint(e,t){if(e.joints[t.jointName]===void 0){let n=new bi;n.matrixAutoUpdate=!1,n.visible=!1,e.joints[t.jointName]=n,e.add(n)}return e.joints[t.jointName]}},Nd={aliceblue:15792383,antiquewhite:16444375,aqua:65535,aquamarine:8388564,azure:15794175,beige:16119260,bisque:16770244,black:0,blanchedalmond:16772045,blue:255,blueviolet:9055202,brown:10824234,burlywood:14596231,cadetblue:6266528,chartreuse:8388352,chocolate:13789470,coral:16744272,cornflowerblue:6591981,cornsilk:16775388,crimson:14423100,cyan:65535,darkblue:139,darkcyan:35723,darkgoldenrod:12092939,darkgray:11119017,darkgreen:25600,darkgrey:11119017,darkkhaki:12433259,darkmagenta:9109643,darkolivegreen:5597999,darkorange:16747520,darkorchid:10040012,darkred:9109504,darksalmon:15308410,darkseagreen:9419919,darkslateblue:4734347,darkslategray:3100495,darkslategrey:3100495,darkturquoise:52945,darkviolet:9699539,deeppink:16716947,deepskyblue:49151,dimgray:6908265,dimgrey:6908265,dodgerblue:2003199,firebrick:11674146,floralwhite:16775920,forestgreen:2263842,fuchsia:16711935,gainsboro:14474460,ghostwhite:16316671,gold:16766720,goldenrod:14329120,gray:8421504,green:32768,greenyellow:11403055,grey:8421504,honeydew:15794160,hotpink:16738740,indianred:13458524,indigo:4915330,ivory:16777200,khaki:15787660,lavender:15132410,lavenderblush:16773365,lawngreen:8190976,lemonchiffon:16775885,lightblue:11393254,lightcoral:15761536,lightcyan:14745599,lightgoldenrodyellow:16448210,lightgray:13882323,lightgreen:9498256,lightgrey:13882323,lightpink:16758465,lightsalmon:16752762,lightseagreen:2142890,lightskyblue:8900346,lightslategray:7833753,lightslategrey:7833753,lightsteelblue:11584734,lightyellow:16777184,lime:65280,limegreen:3329330,linen:16445670,magenta:16711935,maroon:8388608,mediumaquamarine:6737322,mediumblue:205,mediumorchid:12211667,mediumpurple:9662683,mediumseagreen:3978097,mediumslateblue:8087790,mediumspringgreen:64154,mediumturquoise:4772300,mediumvioletred:13047173,midnightblue:1644912,mintcream:16121850,mistyrose:16770273,moccasin:16770229,navajowhite:16768685,navy:128,oldlace:16643558,olive:8421376,olivedrab:7048739,orange:16753920,orangered:16729344,orchid:14315734,palegoldenrod:15657130,palegreen:10025880,paleturquoise:11529966,palevioletred:14381203,papayawhip:16773077,peachpuff:16767673,peru:13468991,pink:16761035,plum:14524637,powderblue:11591910,purple:8388736,rebeccapurple:6697881,red:16711680,rosybrown:12357519,royalblue:4286945,saddlebrown:9127187,salmon:16416882,sandybrown:16032864,seagreen:3050327,seashell:16774638,sienna:10506797,silver:12632256,skyblue:8900331,slateblue:6970061,slategray:7372944,slategrey:7372944,snow:16775930,springgreen:65407,steelblue:4620980,tan:13808780,teal:32896,thistle:14204888,tomato:16737095,turquoise:4251856,violet:15631086,wheat:16113331,white:16777215,whitesmoke:16119285,yellow:16776960,yellowgreen:10145074},Kn={h:0,s:0,l:0},zs={h:0,s:0,l:0};function Hl(i,e,t){return t<0&&(t+=1),t>1&&(t-=1),t<1/6?i+(e-i)*6*t:t<1/2?e:t<2/3?i+(e-i)*6*(2/3-t):i}var ze=class{constructor(e,t,n){return this.isColor=!0,this.r=1,this.g=1,this.b=1,this.set(e,t,n)}set(e,t,n){if(t===void 0&&n===void 0){let r=e;r&&r.isColor?this.copy(r):typeof r=="number"?this.setHex(r):typeof r=="string"&&this.setStyle(r)}else this.setRGB(e,t,n);return this}setScalar(e){return this.r=e,this.g=e,this.b=e,this}setHex(e,t=Yt){return e=Math.floor(e),this.r=(e>>16&255)/255,this.g=(e>>8&255)/255,this.b=(e&255)/255,Xe.colorSpaceToWorking(this,t),this}setRGB(e,t,n,r=Xe.workingColorSpace){return this.r=e,this.g=t,this.b=n,Xe.colorSpaceToWorking(this,r),this}setHSL(e,t,n,r=Xe.workingColorSpace){if(e=bg(e,1),t=$e(t,0,1),n=$e(n,0,1),t===0)this.r=this.g=this.b=n;else{let s=n<=.5?n*(1+t):n+t-n*t,o=2*n-s;this.r=Hl(o,s,e+1/3),this.g=Hl(o,s,e),this.b=Hl(o,s,e-1/3)}return Xe.colorSpaceToWorking(this,r),this}setStyle(e,t=Yt){function n(s){s!==void 0&&parseFloat(s)<1&&Re("Color: Alpha component of "+e+" will be ignored.")}let r;if(r=/^(\w+)\(([^\)]*)\)/.exec(e)){let s,o=r[1],a=r[2];switch(o){case"rgb":case"rgba":if(s=/^\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*(?:,\s*(\d+(?:\.\d+)?|\.\d+)\s*)?$/.exec(a))return n(s[4]),this.setRGB(Math.min(255,parseInt(s[1],10))/255,Math.min(255,parseInt(s[2],10))/255,Math.min(255,parseInt(s[3],10))/255,t);if(s=/^\s*(\d+(?:\.\d+)?|\.\d+)\%\s*,\s*(\d+(?:\.\d+)?|\.\d+)\%\s*,\s*(\d+(?:\.\d+)?|\.\d+)\%\s*(?:,\s*(\d+(?:\.\d+)?|\.\d+)\s*)?$/.exec(a))return n(s[4]),this.setRGB(Math.min(100,parseFloat(s[1]))/100,Math.min(100,parseFloat(s[2]))/100,Math.min(100,parseFloat(s[3]))/100,t);break;case"hsl":case"hsla":if(s=/^\s*([+-]?(?:\d+(?:\.\d+)?|\.\d+))\s*,\s*(\d+(?:\.\d+)?|\.\d+)\%\s*,\s*(\d+(?:\.\d+)?|\.\d+)\%\s*(?:,\s*(\d+(?:\.\d+)?|\.\d+)\s*)?$/.exec(a))return n(s[4]),this.setHSL(parseFloat(s[1])/360,parseFloat(s[2])/100,parseFloat(s[3])/100,t);break;default:Re("Color: Unknown color model "+e)}}else if(r=/^\#([A-Fa-f\d]+)$/.exec(e)){let s=r[1],o=s.length;if(o===3)return this.setRGB(parseInt(s.charAt(0),16)/15,parseInt(s.charAt(1),16)/15,parseInt(s.charAt(2),16)/15,t);if(o===6)return this.setHex(parseInt(s,16),t);Re("Color: Invalid hex color "+e)}else if(e&&e.length>0)return this.setColorName(e,t);return this}setColorName(e,t=Yt){let n=Nd[e.toLowerCase()];return n!==void 0?this.setHex(n,t):Re("Color: Unknown color "+e),this}clone(){return new this.constructor(this.r,this.g,this.b)}copy(e){return this.r=e.r,this.g=e.g,this.b=e.b,this}copySRGBToLinear(e){return this.r=Un(e.r),this.g=Un(e.g),this.b=Un(e.b),this}copyLinearToSRGB(e){return this.r=er(e.r),this.g=er(e.g),this.b=er(e.b),this}convertSRGBToLinear(){return this.copySRGBToLinear(this),this}convertLinearToSRGB(){return this.copyLinearToSRGB(this),this}getHex(e=Yt){return Xe.workingToColorSpace(Nt.copy(this),e),Math.round($e(Nt.r*255,0,255))*65536+Math.round($e(Nt.g*255,0,255))*256+Math.round($e(Nt.b*255,0,255))}getHexString(e=Yt){return("000000"+this.getHex(e).toString(16)).slice(-6)}getHSL(e,t=Xe.workingColorSpace){Xe.workingToColorSpace(Nt.copy(this),t);let n=Nt.r,r=Nt.g,s=Nt.b,o=Math.max(n,r,s),a=Math.min(n,r,s),l,c,u=(a+o)/2;if(a===o)l=0,c=0;else{let h=o-a;switch(c=u<=.5?h/(o+a):h/(2-o-a),o){case n:l=(r-s)/h+(r<s?6:0);break;case r:l=(s-n)/h+2;break;case s:l=(n-r)/h+4;break}l/=6}return e.h=l,e.s=c,e.l=u,e}getRGB(e,t=Xe.workingColorSpace){return Xe.workingToColorSpace(Nt.copy(this),t),e.r=Nt.r,e.g=Nt.g,e.b=Nt.b,e}getStyle(e=Yt){Xe.workingToColorSpace(Nt.copy(this),e);let t=Nt.r,n=Nt.g,r=Nt.b;return e!==Yt?`color(${e} ${t.toFixed(3)} ${n.toFixed(3)} ${r.toFixed(3)})`:`rgb(${Math.round(t*255)},${Math.round(n*255)},${Math.round(r*255)})`}offsetHSL(e,t,n){return this.getHSL(Kn),this.setHSL(Kn.h+e,Kn.s+t,Kn.l+n)}add(e){return this.r+=e.r,this.g+=e.g,this.b+=e.b,this}addColors(e,t){return this.r=e.r+t.r,this.g=e.g+t.g,this.b=e.b+t.b,this}addScalar(e){return this.r+=e,this.g+=e,this.b+=e,this}sub(e){return this.r=Math.max(0,this.r-e.r),this.g=Math.max(0,this.g-e.g),this.b=Math.max(0,this.b-e.b),this}multiply(e){return this.r*=e.r,this.g*=e.g,this.b*=e.b,this}multiplyScalar(e){return this.r*=e,this.g*=e,this.b*=e,this}lerp(e,t){return this.r+=(e.r-this.r)*t,this.g+=(e.g-this.g)*t,this.b+=(e.b-this.b)*t,this}lerpColors(e,t,n){return this.r=e.r+(t.r-e.r)*n,this.g=e.g+(t.g-e.g)*n,this.b=e.b+(t.b-e.b)*n,this}lerpHSL(e,t){this.getHSL(Kn),e.getHSL(zs);let n=Ol(Kn.h,zs.h,t),r=Ol(Kn.s,zs.s,t),s=Ol(Kn.l,zs.l,t);return this.setHSL(n,r,s),this}setFromVector3(e){return this.r=e.x,this.g=e.y,this.b=e.z,this}applyMatrix3(e){let t=this.r,n=this.g,r=this.b,s=e.elements;return this.r=s[0]*t+s[3]*n+s[6]*r,this.g=s[1]*t+s[4]*n+s[7]*r,this.b=s[2]*t+s[5]*n+s[8]*r,this}equals(e){return e.r===this.r&&e.g===this.g&&e.b===this.b}fromArray(e,t=0){return this.r=e[t],this.g=e[t+1],this.b=e[t+2],this}toArray(e=[],t=0){return e[t]=this.r,e[t+1]=this.g,e[t+2]=this.b,e}fromBufferAttribute(e,t){return this.r=e.getX(t),this.g=e.getY(t),this.b=e.getZ(t),this}toJSON(){return this.getHex()}*[Symbol.iterator](){yield this.r,yield this.g,yield this.b}},Nt=new ze;ze.NAMES=Nd;var vi=class extends Wt{constructor(){super(),this.isScene=!0,this.type="Scene",this.background=null,this.environment=null,this.fog=null,this.backgroundBlurriness=0,this.backgroundIntensity=1,this.backgroundRotation=new ti,this.environmentIntensity=1,this.environmentRotation=new ti,this.overrideMaterial=null,typeof __THREE_DEVTOOLS__<"u"&&__THREE_DEVTOOLS__.dispatchEvent(new CustomEvent("observe",{detail:this}))}copy(e,t){return super.copy(e,t),this.background=e.background!==null?e.background.clone():null,this.environment=e.environment!==null?e.environment.clone():null,this.fog=e.fog!==null?e.fog.clone():null,this.backgroundBlurriness=e.backgroundBlurriness,this.backgroundIntensity=e.backgroundIntensity,this.backgroundRotation.copy(e.backgroundRotation),this.environmentIntensity=e.environmentIntensity,this.environmentRotation.copy(e.environmentRotation),this.overrideMaterial=e.overrideMaterial!==null?e.overrideMaterial.clone():null,this.matrixAutoUpdate=e.matrixAutoUpdate,this}toJSON(e){let t=super.toJSON(e);return this.fog!==null&&(t.object.fog=this.fog.toJSON()),t.object.backgroundBlurriness=this.backgroundBlurriness,t.object.backgroundIntensity=this.backgroundIntensity,t.object.backgroundRotation=this.backgroundRotation.toArray(),t.object.environmentIntensity=this.environmentIntensity,t.object.environmentRotation=this.environmentRotation.toArray(),t}},hn=new $,Ln=new $,Wl=new $,Nn=new $,Xi=new $,$i=new $,Nh=new $,Xl=new $,$l=new $,ql=new $,Yl=new ht,jl=new ht,Kl=new ht,ei=class i{constructor(e=new $,t=new $,n=new $){this.a=e,this.b=t,this.c=n}static getNormal(e,t,n,r){r.subVectors(n,t),hn.subVectors(e,t),r.cross(hn);let s=r.lengthSq();return s>0?r.multiplyScalar(1/Math.sqrt(s)):r.set(0,0,0)}static getBarycoord(e,t,n,r,s){hn.subVectors(r,t),Ln.subVectors(n,t),Wl.subVectors(e,t);let o=hn.dot(hn),a=hn.dot(Ln),l=hn.dot(Wl),c=Ln.dot(Ln),u=Ln.dot(Wl),h=o*c-a*a;if(h===0)return s.set(0,0,0),null;let d=1/h,f=(c*l-a*u)*d,m=(o*u-a*l)*d;return s.set(1-f-m,m,f)}static containsPoint(e,t,n,r){return this.getBarycoord(e,t,n,r,Nn)===null?!1:Nn.x>=0&&Nn.y>=0&&Nn.x+Nn.y<=1}static getInterpolation(e,t,n,r,s,o,a,l){return this.getBarycoord(e,t,n,r,Nn)===null?(l.x=0,l.y=0,"z"in l&&(l.z=0),"w"in l&&(l.w=0),null):(l.setScalar(0),l.addScaledVector(s,Nn.x),l.addScaledVector(o,Nn.y),l.addScaledVector(a,Nn.z),l)}static getInterpolatedAttribute(e,t,n,r,s,o){return Yl.setScalar(0),jl.setScalar(0),Kl.setScalar(0),Yl.fromBufferAttribute(e,t),jl.fromBufferAttribute(e,n),Kl.fromBufferAttribute(e,r),o.setScalar(0),o.addScaledVector(Yl,s.x),o.addScaledVector(jl,s.y),o.addScaledVector(Kl,s.z),o}static isFrontFacing(e,t,n,r){return hn.subVectors(n,t),Ln.subVectors(e,t),hn.cross(Ln).dot(r)<0}set(e,t,n){return this.a.copy(e),this.b.copy(t),this.c.copy(n),this}setFromPointsAndIndices(e,t,n,r){return this.a.copy(e[t]),this.b.copy(e[n]),this.c.copy(e[r]),this}setFromAttributeAndIndices(e,t,n,r){return this.a.fromBufferAttribute(e,t),this.b.fromBufferAttribute(e,n),this.c.fromBufferAttribute(e,r),this}clone(){return new this.constructor().copy(this)}copy(e){return this.a.copy(e.a),this.b.copy(e.b),this.c.copy(e.c),this}getArea(){return hn.subVectors(this.c,this.b),Ln.subVectors(this.a,this.b),hn.cross(Ln).length()*.5}getMidpoint(e){return e.addVectors(this.a,this.b).add(this.c).multiplyScalar(1/3)}getNormal(e){return i.getNormal(this.a,this.b,this.c,e)}getPlane(e){return e.setFromCoplanarPoints(this.a,this.b,this.c)}getBarycoord(e,t){return i.getBarycoord(e,this.a,this.b,this.c,t)}getInterpolation(e,t,n,r,s){return i.getInterpolation(e,this.a,this.b,this.c,t,n,r,s)}containsPoint(e){return i.containsPoint(e,this.a,this.b,this.c)}isFrontFacing(e){return i.isFrontFacing(this.a,this.b,this.c,e)}intersectsBox(e){return e.intersectsTriangle(this)}closestPointToPoint(e,t){let n=this.a,r=this.b,s=this.c,o,a;Xi.subVectors(r,n),$i.subVectors(s,n),Xl.subVectors(e,n);let l=Xi.dot(Xl),c=$i.dot(Xl);if(l<=0&&c<=0)return t.copy(n);$l.subVectors(e,r);let u=Xi.dot($l),h=$i.dot($l);if(u>=0&&h<=u)return t.copy(r);let d=l*h-u*c;if(d<=0&&l>=0&&u<=0&&l-u>0)return o=l/(l-u),t.copy(n).addScaledVector(Xi,o);ql.subVectors(e,s);let f=Xi.dot(ql),m=$i.dot(ql);if(m>=0&&f<=m)return t.copy(s);let y=f*c-l*m;if(y<=0&&c>=0&&m<=0)return a=c/(c-m),t.copy(n).addScaledVector($i,a);let g=u*m-f*h;if(g<=0&&h-u>=0&&f-m>=0)return Nh.subVectors(s,r),a=(h-u)/(h-u+(f-m)),t.copy(r).addScaledVector(Nh,a);let p=1/(g+y+d);return o=y*p,a=d*p,t.copy(n).addScaledVector(Xi,o).addScaledVector($i,a)}equals(e){return e.a.equals(this.a)&&e.b.equals(this.b)&&e.c.equals(this.c)}},ni=class{constructor(e=new $(1/0,1/0,1/0),t=new $(-1/0,-1/0,-1/0)){this.isBox3=!0,this.min=e,this.max=t}set(e,t){return this.min.copy(e),this.max.copy(t),this}setFromArray(e){this.makeEmpty();for(let t=0,n=e.length;t<n;t+=3)this.expandByPoint(dn.fromArray(e,t));return this}setFromBufferAttribute(e){this.makeEmpty();for(let t=0,n=e.count;t<n;t++)this.expandByPoint(dn.fromBufferAttribute(e,t));return this}setFromPoints(e){this.makeEmpty();for(let t=0,n=e.length;t<n;t++)this.expandByPoint(e[t]);return this}setFromCenterAndSize(e,t){let n=dn.copy(t).multiplyScalar(.5);return this.min.copy(e).sub(n),this.max.copy(e).add(n),this}setFromObject(e,t=!1){return this.makeEmpty(),this.expandByObject(e,t)}clone(){return new this.constructor().copy(this)}copy(e){return this.min.copy(e.min),this.max.copy(e.max),this}makeEmpty(){return this.min.x=this.min.y=this.min.z=1/0,this.max.x=this.max.y=this.max.z=-1/0,this}isEmpty(){return this.max.x<this.min.x||this.max.y<this.min.y||this.max.z<this.min.z}getCenter(e){return this.isEmpty()?e.set(0,0,0):e.addVectors(this.min,this.max).multiplyScalar(.5)}getSize(e){return this.isEmpty()?e.set(0,0,0):e.subVectors(this.max,this.min)}expandByPoint(e){return this.min.min(e),this.max.max(e),this}expandByVector(e){return this.min.sub(e),this.max.add(e),this}expandByScalar(e){return this.min.addScalar(-e),this.max.addScalar(e),this}expandByObject(e,t=!1){e.updateWorldMatrix(!1,!1);let n=e.geometry;if(n!==void 0){let s=n.getAttribute("position");if(t===!0&&s!==void 0&&e.isInstancedMesh!==!0&&e.isBatchedMesh!==!0)for(let o=0,a=s.count;o<a;o++)e.isMesh===!0?e.getVertexPosition(o,dn):dn.fromBufferAttribute(s,o),dn.applyMatrix4(e.matrixWorld),this.expandByPoint(dn);else e.boundingBox!==void 0?(e.boundingBox===null&&e.computeBoundingBox(),Gs.copy(e.boundingBox)):(n.boundingBox===null&&n.computeBoundingBox(),Gs.copy(n.boundingBox)),Gs.applyMatrix4(e.matrixWorld),this.union(Gs)}let r=e.children;for(let s=0,o=r.length;s<o;s++)this.expandByObject(r[s],t);return this}containsPoint(e){return e.x>=this.min.x&&e.x<=this.max.x&&e.y>=this.min.y&&e.y<=this.max.y&&e.z>=this.min.z&&e.z<=this.max.z}containsBox(e){return this.min.x<=e.min.x&&e.max.x<=this.max.x&&this.min.y<=e.min.y&&e.max.y<=this.max.y&&this.min.z<=e.min.z&&e.max.z<=this.max.z}getParameter(e,t){return t.set((e.x-this.min.x)/(this.max.x-this.min.x),(e.y-this.min.y)/(this.max.y-this.min.y),(e.z-this.min.z)/(this.max.z-this.min.z))}intersectsBox(e){return e.max.x>=this.min.x&&e.min.x<=this.max.x&&e.max.y>=this.min.y&&e.min.y<=this.max.y&&e.max.z>=this.min.z&&e.min.z<=this.max.z}intersectsSphere(e){return this.clampPoint(e.center,dn),dn.distanceToSquared(e.center)<=e.radius*e.radius}intersectsPlane(e){let t,n;return e.normal.x>0?(t=e.normal.x*this.min.x,n=e.normal.x*this.max.x):(t=e.normal.x*this.max.x,n=e.normal.x*this.min.x),e.normal.y>0?(t+=e.normal.y*this.min.y,n+=e.normal.y*this.max.y):(t+=e.normal.y*this.max.y,n+=e.normal.y*this.min.y),e.normal.z>0?(t+=e.normal.z*this.min.z,n+=e.normal.z*this.max.z):(t+=e.normal.z*this.max.z,n+=e.normal.z*this.min.z),t<=-e.constant&&n>=-e.constant}intersectsTriangle(e){if(this.isEmpty())return!1;this.getCenter(Dr),Vs.subVectors(this.max,Dr),qi.subVectors(e.a,Dr),Yi.subVectors(e.b,Dr),ji.subVectors(e.c,Dr),Jn.subVectors(Yi,qi),Zn.subVectors(ji,Yi),mi.subVectors(qi,ji);let t=[0,-Jn.z,Jn.y,0,-Zn.z,Zn.y,0,-mi.z,mi.y,Jn.z,0,-Jn.x,Zn.z,0,-Zn.x,mi.z,0,-mi.x,-Jn.y,Jn.x,0,-Zn.y,Zn.x,0,-mi.y,mi.x,0];return!Jl(t,qi,Yi,ji,Vs)||(t=[1,0,0,0,1,0,0,0,1],!Jl(t,qi,Yi,ji,Vs))?!1:(Hs.crossVectors(Jn,Zn),t=[Hs.x,Hs.y,Hs.z],Jl(t,qi,Yi,ji,Vs))}clampPoint(e,t){return t.copy(e).clamp(this.min,this.max)}distanceToPoint(e){return this.clampPoint(e,dn).distanceTo(e)}getBoundingSphere(e){return this.isEmpty()?e.makeEmpty():(this.getCenter(e.center),e.radius=this.getSize(dn).length()*.5),e}intersect(e){return this.min.max(e.min),this.max.min(e.max),this.isEmpty()&&this.makeEmpty(),this}union(e){return this.min.min(e.min),this.max.max(e.max),this}applyMatrix4(e){return this.isEmpty()?this:(Fn[0].set(this.min.x,this.min.y,this.min.z).applyMatrix4(e),Fn[1].set(this.min.x,this.min.y,this.max.z).applyMatrix4(e),Fn[2].set(this.min.x,this.max.y,this.min.z).applyMatrix4(e),Fn[3].set(this.min.x,this.max.y,this.max.z).applyMatrix4(e),Fn[4].set(this.max.x,this.min.y,this.min.z).applyMatrix4(e),Fn[5].set(this.max.x,this.min.y,this.max.z).applyMatrix4(e),Fn[6].set(this.max.x,this.max.y,this.min.z).applyMatrix4(e),Fn[7].set(this.max.x,this.max.y,this.max.z).applyMatrix4(e),this.setFromPoints(Fn),this)}translate(e){return this.min.add(e),this.max.add(e),this}equals(e){return e.min.equals(this.min)&&e.max.equals(this.max)}toJSON(){return{min:this.min.toArray(),max:this.max.toArray()}}fromJSON(e){return this.min.fromArray(e.min),this.max.fromArray(e.max),this}},Fn=[new $,new $,new $,new $,new $,new $,new $,new $],dn=new $,Gs=new ni,qi=new $,Yi=new $,ji=new $,Jn=new $,Zn=new $,mi=new $,Dr=new $,Vs=new $,Hs=new $,gi=new $;function Jl(i,e,t,n,r){for(let s=0,o=i.length-3;s<=o;s+=3){gi.fromArray(i,s);let a=r.x*Math.abs(gi.x)+r.y*Math.abs(gi.y)+r.z*Math.abs(gi.z),l=e.dot(gi),c=t.dot(gi),u=n.dot(gi);if(Math.max(-Math.max(l,c,u),Math.min(l,c,u))>a)return!1}return!0}var gt=new $,Ws=new Ge,Lg=0,Mt=class extends Sn{constructor(e,t,n=!1){if(super(),Array.isArray(e))throw new TypeError("THREE.BufferAttribute: array should be a Typed Array.");this.isBufferAttribute=!0,Object.defineProperty(this,"id",{value:Lg++}),this.name="",this.array=e,this.itemSize=t,this.count=e!==void 0?e.length/t:0,this.normalized=n,this.usage=Td,this.updateRanges=[],this.gpuType=mn,this.version=0,this._normalizationScale=e!==void 0?Bc(e):void 0}onUploadCallback(){}set needsUpdate(e){e===!0&&this.version++}setUsage(e){return this.usage=e,this}addUpdateRange(e,t){this.updateRanges.push({start:e,count:t})}clearUpdateRanges(){this.updateRanges.length=0}copy(e){return this.name=e.name,this.array=new e.array.constructor(e.array),this.itemSize=e.itemSize,this.count=e.count,this.normalized=e.normalized,this.usage=e.usage,this.gpuType=e.gpuType,this._normalizationScale=e._normalizationScale,this}copyAt(e,t,n){e*=this.itemSize,n*=t.itemSize;for(let r=0,s=this.itemSize;r<s;r++)this.array[e+r]=t.array[n+r];return this}copyArray(e){return this.array.set(e),this}applyMatrix3(e){if(this.itemSize===2)for(let t=0,n=this.count;t<n;t++)Ws.fromBufferAttribute(this,t),Ws.applyMatrix3(e),this.setXY(t,Ws.x,Ws.y);else if(this.itemSize===3)for(let t=0,n=this.count;t<n;t++)gt.fromBufferAttribute(this,t),gt.applyMatrix3(e),this.setXYZ(t,gt.x,gt.y,gt.z);return this}applyMatrix4(e){for(let t=0,n=this.count;t<n;t++)gt.fromBufferAttribute(this,t),gt.applyMatrix4(e),this.setXYZ(t,gt.x,gt.y,gt.z);return this}applyNormalMatrix(e){for(let t=0,n=this.count;t<n;t++)gt.fromBufferAttribute(this,t),gt.applyNormalMatrix(e),this.setXYZ(t,gt.x,gt.y,gt.z);return this}transformDirection(e){for(let t=0,n=this.count;t<n;t++)gt.fromBufferAttribute(this,t),gt.transformDirection(e),this.setXYZ(t,gt.x,gt.y,gt.z);return this}set(e,t=0){return this.array.set(e,t),this}getComponent(e,t){let n=this.array[e*this.itemSize+t];return this.normalized&&(n=this._denormalize(n)),n}setComponent(e,t,n){return this.normalized&&(n=this._normalize(n)),this.array[e*this.itemSize+t]=n,this}getX(e){let t=this.array[e*this.itemSize];return this.normalized&&(t=this._denormalize(t)),t}setX(e,t){return this.normalized&&(t=this._normalize(t)),this.array[e*this.itemSize]=t,this}getY(e){let t=this.array[e*this.itemSize+1];return this.normalized&&(t=this._denormalize(t)),t}setY(e,t){return this.normalized&&(t=this._normalize(t)),this.array[e*this.itemSize+1]=t,this}getZ(e){let t=this.array[e*this.itemSize+2];return this.normalized&&(t=this._denormalize(t)),t}setZ(e,t){return this.normalized&&(t=this._normalize(t)),this.array[e*this.itemSize+2]=t,this}getW(e){let t=this.array[e*this.itemSize+3];return this.normalized&&(t=this._denormalize(t)),t}setW(e,t){return this.normalized&&(t=this._normalize(t)),this.array[e*this.itemSize+3]=t,this}setXY(e,t,n){return e*=this.itemSize,this.normalized&&(t=this._normalize(t),n=this._normalize(n)),this.array[e+0]=t,this.array[e+1]=n,this}setXYZ(e,t,n,r){return e*=this.itemSize,this.normalized&&(t=this._normalize(t),n=this._normalize(n),r=this._normalize(r)),this.array[e+0]=t,this.array[e+1]=n,this.array[e+2]=r,this}setXYZW(e,t,n,r,s){return e*=this.itemSize,this.normalized&&(t=this._normalize(t),n=this._normalize(n),r=this._normalize(r),s=this._normalize(s)),this.array[e+0]=t,this.array[e+1]=n,this.array[e+2]=r,this.array[e+3]=s,this}onUpload(e){return this.onUploadCallback=e,this}clone(){return new this.constructor(this.array,this.itemSize).copy(this)}toJSON(){let e={itemSize:this.itemSize,type:this.array.constructor.name,array:Array.from(this.array),normalized:this.normalized};return e.name=this.name,e.usage=this.usage,e.gpuType=this.gpuType,e}dispose(){this.dispatchEvent({type:"dispose"})}_denormalize(e){let t=this._normalizationScale;return t!==void 0?Math.max(e/t,-1):vg(e,this.array)}_normalize(e){let t=this._normalizationScale;return t!==void 0?Math.round(e*t):_g(e,this.array)}};var qr=class extends Mt{constructor(e,t,n){super(new Uint16Array(e),t,n)}};var Yr=class extends Mt{constructor(e,t,n){super(new Uint32Array(e),t,n)}};var Ht=class extends Mt{constructor(e,t,n){super(new Float32Array(e),t,n)}},Ng=new ni,Ur=new $,Zl=new $,ii=class{constructor(e=new $,t=-1){this.isSphere=!0,this.center=e,this.radius=t}set(e,t){return this.center.copy(e),this.radius=t,this}setFromPoints(e,t){let n=this.center;t!==void 0?n.copy(t):Ng.setFromPoints(e).getCenter(n);let r=0;for(let s=0,o=e.length;s<o;s++)r=Math.max(r,n.distanceToSquared(e[s]));return this.radius=Math.sqrt(r),this}copy(e){return this.center.copy(e.center),this.radius=e.radius,this}isEmpty(){return this.radius<0}makeEmpty(){return this.center.set(0,0,0),this.radius=-1,this}containsPoint(e){return e.distanceToSquared(this.center)<=this.radius*this.radius}distanceToPoint(e){return e.distanceTo(this.center)-this.radius}intersectsSphere(e){let t=this.radius+e.radius;return e.center.distanceToSquared(this.center)<=t*t}intersectsBox(e){return e.intersectsSphere(this)}intersectsPlane(e){return Math.abs(e.distanceToPoint(this.center))<=this.radius}clampPoint(e,t){let n=this.center.distanceToSquared(e);return t.copy(e),n>this.radius*this.radius&&(t.sub(this.center).normalize(),t.multiplyScalar(this.radius).add(this.center)),t}getBoundingBox(e){return this.isEmpty()?(e.makeEmpty(),e):(e.set(this.center,this.center),e.expandByScalar(this.radius),e)}applyMatrix4(e){return this.center.applyMatrix4(e),this.radius=this.radius*e.getMaxScaleOnAxis(),this}translate(e){return this.center.add(e),this}expandByPoint(e){if(this.isEmpty())return this.center.copy(e),this.radius=0,this;Ur.subVectors(e,this.center);let t=Ur.lengthSq();if(t>this.radius*this.radius){let n=Math.sqrt(t),r=(n-this.radius)*.5;this.center.addScaledVector(Ur,r/n),this.radius+=r}return this}union(e){return e.isEmpty()?this:this.isEmpty()?(this.copy(e),this):(this.center.equals(e.center)===!0?this.radius=Math.max(this.radius,e.radius):(Zl.subVectors(e.center,this.center).setLength(e.radius),this.expandByPoint(Ur.copy(e.center).add(Zl)),this.expandByPoint(Ur.copy(e.center).sub(Zl))),this)}equals(e){return e.center.equals(this.center)&&e.radius===this.radius}clone(){return new this.constructor().copy(this)}toJSON(){return{radius:this.radius,center:this.center.toArray()}}fromJSON(e){return this.radius=e.radius,this.center.fromArray(e.center),this}},Fg=0,sn=new nt,Ql=new Wt,Ki=new $,qt=new ni,Or=new ni,wt=new $,Dt=class i extends Sn{constructor(){super(),this.isBufferGeometry=!0,Object.defineProperty(this,"id",{value:Fg++}),this.uuid=ls(),this.name="",this.type="BufferGeometry",this.index=null,this.indirect=null,this.indirectOffset=0,this.attributes={},this.morphAttributes={},this.morphTargetsRelative=!1,this.groups=[],this.boundingBox=null,this.boundingSphere=null,this.drawRange={start:0,count:1/0},this.userData={},this._transformed=!1}getIndex(){return this.index}setIndex(e){return Array.isArray(e)?this.index=new(yg(e)?Yr:qr)(e,1):this.index=e,this}setIndirect(e,t=0){return this.indirect=e,this.indirectOffset=t,this}getIndirect(){return this.indirect}getAttribute(e){return this.attributes[e]}setAttribute(e,t){return this.attributes[e]=t,this}deleteAttribute(e){return delete this.attributes[e],this}hasAttribute(e){return this.attributes[e]!==void 0}addGroup(e,t,n=0){this.groups.push({start:e,count:t,materialIndex:n})}clearGroups(){this.groups=[]}setDrawRange(e,t){this.drawRange.start=e,this.drawRange.count=t}applyMatrix4(e){let t=this.attributes.position;t!==void 0&&(t.applyMatrix4(e),t.needsUpdate=!0);let n=this.attributes.normal;if(n!==void 0){let s=new Ne().getNormalMatrix(e);n.applyNormalMatrix(s),n.needsUpdate=!0}let r=this.attributes.tangent;return r!==void 0&&(r.transformDirection(e),r.needsUpdate=!0),this.boundingBox!==null&&this.computeBoundingBox(),this.boundingSphere!==null&&this.computeBoundingSphere(),this._transformed=!0,this}applyQuaternion(e){return sn.makeRotationFromQuaternion(e),this.applyMatrix4(sn),this}rotateX(e){return sn.makeRotationX(e),this.applyMatrix4(sn),this}rotateY(e){return sn.makeRotationY(e),this.applyMatrix4(sn),this}rotateZ(e){return sn.makeRotationZ(e),this.applyMatrix4(sn),this}translate(e,t,n){return sn.makeTranslation(e,t,n),this.applyMatrix4(sn),this}scale(e,t,n){return sn.makeScale(e,t,n),this.applyMatrix4(sn),this}lookAt(e){return Ql.lookAt(e),Ql.updateMatrix(),this.applyMatrix4(Ql.matrix),this}center(){return this.computeBoundingBox(),this.boundingBox.getCenter(Ki).negate(),this.translate(Ki.x,Ki.y,Ki.z),this}setFromPoints(e){let t=this.getAttribute("position");if(t===void 0){let n=[];for(let r=0,s=e.length;r<s;r++){let o=e[r];n.push(o.x,o.y,o.z||0)}this.setAttribute("position",new Ht(n,3))}else{let n=Math.min(e.length,t.count);for(let r=0;r<n;r++){let s=e[r];t.setXYZ(r,s.x,s.y,s.z||0)}e.length>t.count&&Re("BufferGeometry: Buffer size too small for points data. Use .dispose() and create a new geometry."),t.needsUpdate=!0}return this}computeBoundingBox(){this.boundingBox===null&&(this.boundingBox=new ni);let e=this.attributes.position,t=this.morphAttributes.position;if(e&&e.isGLBufferAttribute){Le("BufferGeometry.computeBoundingBox(): GLBufferAttribute requires a manual bounding box.",this),this.boundingBox.set(new $(-1/0,-1/0,-1/0),new $(1/0,1/0,1/0));return}if(e!==void 0){if(this.boundingBox.setFromBufferAttribute(e),t)for(let n=0,r=t.length;n<r;n++){let s=t[n];qt.setFromBufferAttribute(s),this.morphTargetsRelative?(wt.addVectors(this.boundingBox.min,qt.min),this.boundingBox.expandByPoint(wt),wt.addVectors(this.boundingBox.max,qt.max),this.boundingBox.expandByPoint(wt)):(this.boundingBox.expandByPoint(qt.min),this.boundingBox.expandByPoint(qt.max))}}else this.boundingBox.makeEmpty();(isNaN(this.boundingBox.min.x)||isNaN(this.boundingBox.min.y)||isNaN(this.boundingBox.min.z))&&Le('BufferGeometry.computeBoundingBox(): Computed min/max have NaN values. The "position" attribute is likely to have NaN values.',this)}computeBoundingSphere(){this.boundingSphere===null&&(this.boundingSphere=new ii);let e=this.attributes.position,t=this.morphAttributes.position;if(e&&e.isGLBufferAttribute){Le("BufferGeometry.computeBoundingSphere(): GLBufferAttribute requires a manual bounding sphere.",this),this.boundingSphere.set(new $,1/0);return}if(e){let n=this.boundingSphere.center;if(qt.setFromBufferAttribute(e),t)for(let s=0,o=t.length;s<o;s++){let a=t[s];Or.setFromBufferAttribute(a),this.morphTargetsRelative?(wt.addVectors(qt.min,Or.min),qt.expandByPoint(wt),wt.addVectors(qt.max,Or.max),qt.expandByPoint(wt)):(qt.expandByPoint(Or.min),qt.expandByPoint(Or.max))}qt.getCenter(n);let r=0;for(let s=0,o=e.count;s<o;s++)wt.fromBufferAttribute(e,s),r=Math.max(r,n.distanceToSquared(wt));if(t)for(let s=0,o=t.length;s<o;s++){let a=t[s],l=this.morphTargetsRelative;for(let c=0,u=a.count;c<u;c++)wt.fromBufferAttribute(a,c),l&&(Ki.fromBufferAttribute(e,c),wt.add(Ki)),r=Math.max(r,n.distanceToSquared(wt))}this.boundingSphere.radius=Math.sqrt(r),isNaN(this.boundingSphere.radius)&&Le('BufferGeometry.computeBoundingSphere(): Computed radius is NaN. The "position" attribute is likely to have NaN values.',this)}}computeTangents(){let e=this.index,t=this.attributes;if(e===null||t.position===void 0||t.normal===void 0||t.uv===void 0){Le("BufferGeometry: .computeTangents() failed. Missing required attributes (index, position, normal or uv)");return}let n=t.position,r=t.normal,s=t.uv,o=this.getAttribute("tangent");(o===void 0||o.count!==n.count)&&(o=new Mt(new Float32Array(4*n.count),4),this.setAttribute("tangent",o));let a=[],l=[],c=new Uint8Array(n.count);for(let N=0;N<n.count;N++)a[N]=new $,l[N]=new $;let u=new $,h=new $,d=new $,f=new Ge,m=new Ge,y=new Ge,g=new $,p=new $;function x(N,I,R){c[N]=c[I]=c[R]=1,u.fromBufferAttribute(n,N),h.fromBufferAttribute(n,I),d.fromBufferAttribute(n,R),f.fromBufferAttribute(s,N),m.fromBufferAttribute(s,I),y.fromBufferAttribute(s,R),h.sub(u),d.sub(u),m.sub(f),y.sub(f);let C=1/(m.x*y.y-y.x*m.y);isFinite(C)&&(g.copy(h).multiplyScalar(y.y).addScaledVector(d,-m.y).multiplyScalar(C),p.copy(d).multiplyScalar(m.x).addScaledVector(h,-y.x).multiplyScalar(C),a[N].add(g),a[I].add(g),a[R].add(g),l[N].add(p),l[I].add(p),l[R].add(p))}let _=this.groups;_.length===0&&(_=[{start:0,count:e.count}]);for(let N=0,I=_.length;N<I;++N){let R=_[N],C=R.start,D=R.count;for(let L=C,B=C+D;L<B;L+=3)x(e.getX(L+0),e.getX(L+1),e.getX(L+2))}let v=new $,E=new $,S=new $,b=new $;function A(N){S.fromBufferAttribute(r,N),b.copy(S);let I=a[N];v.copy(I),v.sub(S.multiplyScalar(S.dot(I))).normalize(),E.crossVectors(b,I);let C=E.dot(l[N])<0?-1:1;o.setXYZW(N,v.x,v.y,v.z,C)}for(let N=0,I=n.count;N<I;++N)c[N]&&A(N);this._transformed=!0}computeVertexNormals(){let e=this.index,t=this.getAttribute("position");if(t!==void 0){let n=this.getAttribute("normal");if(n===void 0||n.count!==t.count)n=new Mt(new Float32Array(t.count*3),3),this.setAttribute("normal",n);else for(let d=0,f=n.count;d<f;d++)n.setXYZ(d,0,0,0);let r=new $,s=new $,o=new $,a=new $,l=new $,c=new $,u=new $,h=new $;if(e)for(let d=0,f=e.count;d<f;d+=3){let m=e.getX(d+0),y=e.getX(d+1),g=e.getX(d+2);r.fromBufferAttribute(t,m),s.fromBufferAttribute(t,y),o.fromBufferAttribute(t,g),u.subVectors(o,s),h.subVectors(r,s),u.cross(h),a.fromBufferAttribute(n,m),l.fromBufferAttribute(n,y),c.fromBufferAttribute(n,g),a.add(u),l.add(u),c.add(u),n.setXYZ(m,a.x,a.y,a.z),n.setXYZ(y,l.x,l.y,l.z),n.setXYZ(g,c.x,c.y,c.z)}else for(let d=0,f=t.count;d<f;d+=3)r.fromBufferAttribute(t,d+0),s.fromBufferAttribute(t,d+1),o.fromBufferAttribute(t,d+2),u.subVectors(o,s),h.subVectors(r,s),u.cross(h),n.setXYZ(d+0,u.x,u.y,u.z),n.setXYZ(d+1,u.x,u.y,u.z),n.setXYZ(d+2,u.x,u.y,u.z);this.normalizeNormals(),n.needsUpdate=!0}}normalizeNormals(){let e=this.attributes.normal;for(let t=0,n=e.count;t<n;t++)wt.fromBufferAttribute(e,t),wt.normalize(),e.setXYZ(t,wt.x,wt.y,wt.z)}toNonIndexed(){function e(a,l){let c=a.array,u=a.itemSize,h=a.normalized,d=new c.constructor(l.length*u),f=0,m=0;for(let y=0,g=l.length;y<g;y++){a.isInterleavedBufferAttribute?f=l[y]*a.data.stride+a.offset:f=l[y]*u;for(let p=0;p<u;p++)d[m++]=c[f++]}return new Mt(d,u,h)}if(this.index===null)return Re("BufferGeometry.toNonIndexed(): BufferGeometry is already non-indexed."),this;let t=new i,n=this.index.array,r=this.attributes;for(let a in r){let l=r[a],c=e(l,n);t.setAttribute(a,c)}let s=this.morphAttributes;for(let a in s){let l=[],c=s[a];for(let u=0,h=c.length;u<h;u++){let d=c[u],f=e(d,n);l.push(f)}t.morphAttributes[a]=l}t.morphTargetsRelative=this.morphTargetsRelative;let o=this.groups;for(let a=0,l=o.length;a<l;a++){let c=o[a];t.addGroup(c.start,c.count,c.materialIndex)}return t}toJSON(){let e={metadata:{version:4.7,type:"BufferGeometry",generator:"BufferGeometry.toJSON"}};if(e.uuid=this.uuid,e.type=this.parameters!==void 0&&this._transformed===!0?"BufferGeometry":this.type,e.name=this.name,Object.keys(this.userData).length>0&&(e.userData=this.userData),this.parameters!==void 0&&this._transformed!==!0){let l=this.parameters;for(let c in l)l[c]!==void 0&&(e[c]=l[c]);return e}e.data={attributes:{}};let t=this.index;t!==null&&(e.data.index={type:t.array.constructor.name,array:Array.prototype.slice.call(t.array)});let n=this.attributes;for(let l in n){let c=n[l];e.data.attributes[l]=c.toJSON(e.data)}let r={},s=!1;for(let l in this.morphAttributes){let c=this.morphAttributes[l],u=[];for(let h=0,d=c.length;h<d;h++){let f=c[h];u.push(f.toJSON(e.data))}u.length>0&&(r[l]=u,s=!0)}s&&(e.data.morphAttributes=r,e.data.morphTargetsRelative=this.morphTargetsRelative);let o=this.groups;o.length>0&&(e.data.groups=JSON.parse(JSON.stringify(o)));let a=this.boundingSphere;return a!==null&&(e.data.boundingSphere=a.toJSON()),e}clone(){return new this.constructor().copy(this)}copy(e){this.index=null,this.attributes={},this.morphAttributes={},this.groups=[],this.boundingBox=null,this.boundingSphere=null;let t={};this.name=e.name;let n=e.index;n!==null&&this.setIndex(n.clone());let r=e.attributes;for(let c in r){let u=r[c];this.setAttribute(c,u.clone(t))}let s=e.morphAttributes;for(let c in s){let u=[],h=s[c];for(let d=0,f=h.length;d<f;d++)u.push(h[d].clone(t));this.morphAttributes[c]=u}this.morphTargetsRelative=e.morphTargetsRelative;let o=e.groups;for(let c=0,u=o.length;c<u;c++){let h=o[c];this.addGroup(h.start,h.count,h.materialIndex)}let a=e.boundingBox;a!==null&&(this.boundingBox=a.clone());let l=e.boundingSphere;return l!==null&&(this.boundingSphere=l.clone()),this.drawRange.start=e.drawRange.start,this.drawRange.count=e.drawRange.count,this.userData=e.userData,this._transformed=e._transformed,this}dispose(){this.dispatchEvent({type:"dispose"})}};var ec=new $,Dg=new $,Ug=new Ne,fn=class{constructor(e=new $(1,0,0),t=0){this.isPlane=!0,this.normal=e,this.constant=t}set(e,t){return this.normal.copy(e),this.constant=t,this}setComponents(e,t,n,r){return this.normal.set(e,t,n),this.constant=r,this}setFromNormalAndCoplanarPoint(e,t){return this.normal.copy(e),this.constant=-t.dot(this.normal),this}setFromCoplanarPoints(e,t,n){let r=ec.subVectors(n,t).cross(Dg.subVectors(e,t)).normalize();return this.setFromNormalAndCoplanarPoint(r,e),this}copy(e){return this.normal.copy(e.normal),this.constant=e.constant,this}normalize(){let e=1/this.normal.length();return this.normal.multiplyScalar(e),this.constant*=e,this}negate(){return this.constant*=-1,this.normal.negate(),this}distanceToPoint(e){return this.normal.dot(e)+this.constant}distanceToSphere(e){return this.distanceToPoint(e.center)-e.radius}projectPoint(e,t){return t.copy(e).addScaledVector(this.normal,-this.distanceToPoint(e))}intersectLine(e,t,n=!0){let r=e.delta(ec),s=this.normal.dot(r);if(s===0)return this.distanceToPoint(e.start)===0?t.copy(e.start):null;let o=-(e.start.dot(this.normal)+this.constant)/s;return n===!0&&(o<0||o>1)?null:t.copy(e.start).addScaledVector(r,o)}intersectsLine(e){let t=this.distanceToPoint(e.start),n=this.distanceToPoint(e.end);return t<0&&n>0||n<0&&t>0}intersectsBox(e){return e.intersectsPlane(this)}intersectsSphere(e){return e.intersectsPlane(this)}coplanarPoint(e){return e.copy(this.normal).multiplyScalar(-this.constant)}applyMatrix4(e,t){let n=t||Ug.getNormalMatrix(e),r=this.coplanarPoint(ec).applyMatrix4(e),s=this.normal.applyMatrix3(n).normalize();return this.constant=-r.dot(s),this}translate(e){return this.constant-=e.dot(this.normal),this}equals(e){return e.normal.equals(this.normal)&&e.constant===this.constant}clone(){return new this.constructor().copy(this)}toJSON(){return{normal:this.normal.toArray(),constant:this.constant}}fromJSON(e){return this.normal.fromArray(e.normal),this.constant=e.constant,this}},Og=0,Bn=class extends Sn{constructor(){super(),this.isMaterial=!0,Object.defineProperty(this,"id",{value:Og++}),this.uuid=ls(),this.name="",this.type="Material",this.blending=fr,this.side=ai,this.vertexColors=!1,this.opacity=1,this.transparent=!1,this.alphaHash=!1,this.blendSrc=mc,this.blendDst=gc,this.blendEquation=Mi,this.blendSrcAlpha=null,this.blendDstAlpha=null,this.blendEquationAlpha=null,this.blendColor=new ze(0,0,0),this.blendAlpha=0,this.depthFunc=tr,this.depthTest=!0,this.depthWrite=!0,this.stencilWriteMask=255,this.stencilFunc=_d,this.stencilRef=0,this.stencilFuncMask=255,this.stencilFail=co,this.stencilZFail=co,this.stencilZPass=co,this.stencilWrite=!1,this.clippingPlanes=null,this.clipIntersection=!1,this.clipShadows=!1,this.shadowSide=null,this.colorWrite=!0,this.precision=null,this.polygonOffset=!1,this.polygonOffsetFactor=0,this.polygonOffsetUnits=0,this.dithering=!1,this.alphaToCoverage=!1,this.premultipliedAlpha=!1,this.forceSinglePass=!1,this.allowOverride=!0,this.visible=!0,this.toneMapped=!0,this.userData={},this.version=0,this._alphaTest=0}get alphaTest(){return this._alphaTest}set alphaTest(e){this._alphaTest>0!=e>0&&this.version++,this._alphaTest=e}onBeforeRender(){}onBeforeCompile(){}customProgramCacheKey(){return this.onBeforeCompile.toString()}setValues(e){if(e!==void 0)for(let t in e){let n=e[t];if(n===void 0){Re(`Material: parameter '${t}' has value of undefined.`);continue}let r=this[t];if(r===void 0){Re(`Material: '${t}' is not a property of THREE.${this.type}.`);continue}r&&r.isColor?r.set(n):r&&r.isVector2&&n&&n.isVector2||r&&r.isEuler&&n&&n.isEuler||r&&r.isVector3&&n&&n.isVector3?r.copy(n):this[t]=n}}toJSON(e){let t=e===void 0||typeof e=="string";t&&(e={textures:{},images:{}});let n={metadata:{version:4.7,type:"Material",generator:"Material.toJSON"}};n.uuid=this.uuid,n.type=this.type,n.blending=this.blending,n.side=this.side,n.shadowSide=this.shadowSide,n.vertexColors=this.vertexColors,n.opacity=this.opacity,n.transparent=this.transparent,n.blendSrc=this.blendSrc,n.blendDst=this.blendDst,n.blendEquation=this.blendEquation,n.blendSrcAlpha=this.blendSrcAlpha,n.blendDstAlpha=this.blendDstAlpha,n.blendEquationAlpha=this.blendEquationAlpha,n.blendColor=this.blendColor.getHex(),n.blendAlpha=this.blendAlpha,n.depthFunc=this.depthFunc,n.depthTest=this.depthTest,n.depthWrite=this.depthWrite,n.colorWrite=this.colorWrite,n.clipIntersection=this.clipIntersection,n.clipShadows=this.clipShadows,n.stencilWriteMask=this.stencilWriteMask,n.stencilFunc=this.stencilFunc,n.stencilRef=this.stencilRef,n.stencilFuncMask=this.stencilFuncMask,n.stencilFail=this.stencilFail,n.stencilZFail=this.stencilZFail,n.stencilZPass=this.stencilZPass,n.stencilWrite=this.stencilWrite,n.polygonOffset=this.polygonOffset,n.polygonOffsetFactor=this.polygonOffsetFactor,n.polygonOffsetUnits=this.polygonOffsetUnits,n.dithering=this.dithering,n.alphaTest=this.alphaTest,n.alphaHash=this.alphaHash,n.alphaToCoverage=this.alphaToCoverage,n.premultipliedAlpha=this.premultipliedAlpha,n.forceSinglePass=this.forceSinglePass,n.allowOverride=this.allowOverride,n.visible=this.visible,n.toneMapped=this.toneMapped,n.name=this.name,this.color&&this.color.isColor&&(n.color=this.color.getHex()),this.roughness!==void 0&&(n.roughness=this.roughness),this.metalness!==void 0&&(n.metalness=this.metalness),this.sheen!==void 0&&(n.sheen=this.sheen),this.sheenColor&&this.sheenColor.isColor&&(n.sheenColor=this.sheenColor.getHex()),this.sheenRoughness!==void 0&&(n.sheenRoughness=this.sheenRoughness),this.emissive&&this.emissive.isColor&&(n.emissive=this.emissive.getHex()),this.emissiveIntensity!==void 0&&(n.emissiveIntensity=this.emissiveIntensity),this.specular&&this.specular.isColor&&(n.specular=this.specular.getHex()),this.specularIntensity!==void 0&&(n.specularIntensity=this.specularIntensity),this.specularColor&&this.specularColor.isColor&&(n.specularColor=this.specularColor.getHex()),this.shininess!==void 0&&(n.shininess=this.shininess),this.clearcoat!==void 0&&(n.clearcoat=this.clearcoat),this.clearcoatRoughness!==void 0&&(n.clearcoatRoughness=this.clearcoatRoughness),this.diffuseRoughness!==void 0&&(n.diffuseRoughness=this.diffuseRoughness),this.diffuseRoughnessMap&&this.diffuseRoughnessMap.isTexture&&(n.diffuseRoughnessMap=this.diffuseRoughnessMap.toJSON(e).uuid),this.clearcoatMap&&this.clearcoatMap.isTexture&&(n.clearcoatMap=this.clearcoatMap.toJSON(e).uuid),this.clearcoatRoughnessMap&&this.clearcoatRoughnessMap.isTexture&&(n.clearcoatRoughnessMap=this.clearcoatRoughnessMap.toJSON(e).uuid),this.clearcoatNormalMap&&this.clearcoatNormalMap.isTexture&&(n.clearcoatNormalMap=this.clearcoatNormalMap.toJSON(e).uuid,n.clearcoatNormalScale=this.clearcoatNormalScale.toArray()),this.sheenColorMap&&this.sheenColorMap.isTexture&&(n.sheenColorMap=this.sheenColorMap.toJSON(e).uuid),this.sheenRoughnessMap&&this.sheenRoughnessMap.isTexture&&(n.sheenRoughnessMap=this.sheenRoughnessMap.toJSON(e).uuid),this.dispersion!==void 0&&(n.dispersion=this.dispersion),this.retroreflectivity!==void 0&&(n.retroreflectivity=this.retroreflectivity),this.iridescence!==void 0&&(n.iridescence=this.iridescence),this.iridescenceIOR!==void 0&&(n.iridescenceIOR=this.iridescenceIOR),this.iridescenceThicknessMinimum!==void 0&&(n.iridescenceThicknessMinimum=this.iridescenceThicknessMinimum),this.iridescenceThicknessMaximum!==void 0&&(n.iridescenceThicknessMaximum=this.iridescenceThicknessMaximum),this.iridescenceMap&&this.iridescenceMap.isTexture&&(n.iridescenceMap=this.iridescenceMap.toJSON(e).uuid),this.iridescenceThicknessMap&&this.iridescenceThicknessMap.isTexture&&(n.iridescenceThicknessMap=this.iridescenceThicknessMap.toJSON(e).uuid),this.anisotropy!==void 0&&(n.anisotropy=this.anisotropy),this.anisotropyRotation!==void 0&&(n.anisotropyRotation=this.anisotropyRotation),this.anisotropyMap&&this.anisotropyMap.isTexture&&(n.anisotropyMap=this.anisotropyMap.toJSON(e).uuid),this.map&&this.map.isTexture&&(n.map=this.map.toJSON(e).uuid),this.matcap&&this.matcap.isTexture&&(n.matcap=this.matcap.toJSON(e).uuid),this.alphaMap&&this.alphaMap.isTexture&&(n.alphaMap=this.alphaMap.toJSON(e).uuid),this.lightMap&&this.lightMap.isTexture&&(n.lightMap=this.lightMap.toJSON(e).uuid,n.lightMapIntensity=this.lightMapIntensity),this.aoMap&&this.aoMap.isTexture&&(n.aoMap=this.aoMap.toJSON(e).uuid,n.aoMapIntensity=this.aoMapIntensity),this.bumpMap&&this.bumpMap.isTexture&&(n.bumpMap=this.bumpMap.toJSON(e).uuid,n.bumpScale=this.bumpScale),this.normalMap&&this.normalMap.isTexture&&(n.normalMap=this.normalMap.toJSON(e).uuid,n.normalMapType=this.normalMapType,n.normalScale=this.normalScale.toArray()),this.displacementMap&&this.displacementMap.isTexture&&(n.displacementMap=this.displacementMap.toJSON(e).uuid,n.displacementScale=this.displacementScale,n.displacementBias=this.displacementBias),this.roughnessMap&&this.roughnessMap.isTexture&&(n.roughnessMap=this.roughnessMap.toJSON(e).uuid),this.metalnessMap&&this.metalnessMap.isTexture&&(n.metalnessMap=this.metalnessMap.toJSON(e).uuid),this.emissiveMap&&this.emissiveMap.isTexture&&(n.emissiveMap=this.emissiveMap.toJSON(e).uuid),this.specularMap&&this.specularMap.isTexture&&(n.specularMap=this.specularMap.toJSON(e).uuid),this.specularIntensityMap&&this.specularIntensityMap.isTexture&&(n.specularIntensityMap=this.specularIntensityMap.toJSON(e).uuid),this.specularColorMap&&this.specularColorMap.isTexture&&(n.specularColorMap=this.specularColorMap.toJSON(e).uuid),this.envMap&&this.envMap.isTexture&&(n.envMap=this.envMap.toJSON(e).uuid,this.combine!==void 0&&(n.combine=this.combine)),this.envMapRotation!==void 0&&(n.envMapRotation=this.envMapRotation.toArray()),this.envMapIntensity!==void 0&&(n.envMapIntensity=this.envMapIntensity),this.reflectivity!==void 0&&(n.reflectivity=this.reflectivity),this.refractionRatio!==void 0&&(n.refractionRatio=this.refractionRatio),this.gradientMap&&this.gradientMap.isTexture&&(n.gradientMap=this.gradientMap.toJSON(e).uuid),this.transmission!==void 0&&(n.transmission=this.transmission),this.transmissionMap&&this.transmissionMap.isTexture&&(n.transmissionMap=this.transmissionMap.toJSON(e).uuid),this.thickness!==void 0&&(n.thickness=this.thickness),this.thicknessMap&&this.thicknessMap.isTexture&&(n.thicknessMap=this.thicknessMap.toJSON(e).uuid),this.attenuationDistance!==void 0&&(n.attenuationDistance=this.attenuationDistance),this.attenuationColor!==void 0&&(n.attenuationColor=this.attenuationColor.getHex()),this.size!==void 0&&(n.size=this.size),this.sizeAttenuation!==void 0&&(n.sizeAttenuation=this.sizeAttenuation),Array.isArray(this.clippingPlanes)&&this.clippingPlanes.length>0&&(n.clippingPlanes=this.clippingPlanes.map(s=>s.toJSON())),this.rotation!==void 0&&(n.rotation=this.rotation),this.depthPacking!==void 0&&(n.depthPacking=this.depthPacking),this.linewidth!==void 0&&(n.linewidth=this.linewidth),this.linecap!==void 0&&(n.linecap=this.linecap),this.linejoin!==void 0&&(n.linejoin=this.linejoin),this.dashSize!==void 0&&(n.dashSize=this.dashSize),this.gapSize!==void 0&&(n.gapSize=this.gapSize),this.scale!==void 0&&(n.scale=this.scale),this.wireframe!==void 0&&(n.wireframe=this.wireframe),this.wireframeLinewidth!==void 0&&(n.wireframeLinewidth=this.wireframeLinewidth),this.wireframeLinecap!==void 0&&(n.wireframeLinecap=this.wireframeLinecap),this.wireframeLinejoin!==void 0&&(n.wireframeLinejoin=this.wireframeLinejoin),this.flatShading!==void 0&&(n.flatShading=this.flatShading),this.fog!==void 0&&(n.fog=this.fog),Object.keys(this.userData).length>0&&(n.userData=this.userData);function r(s){let o=[];for(let a in s){let l=s[a];delete l.metadata,o.push(l)}return o}if(t){let s=r(e.textures),o=r(e.images);s.length>0&&(n.textures=s),o.length>0&&(n.images=o)}return n}fromJSON(e,t){if(e.uuid!==void 0&&(this.uuid=e.uuid),e.name!==void 0&&(this.name=e.name),e.color!==void 0&&this.color!==void 0&&this.color.setHex(e.color),e.roughness!==void 0&&(this.roughness=e.roughness),e.metalness!==void 0&&(this.metalness=e.metalness),e.sheen!==void 0&&(this.sheen=e.sheen),e.sheenColor!==void 0&&(this.sheenColor=new ze().setHex(e.sheenColor)),e.sheenRoughness!==void 0&&(this.sheenRoughness=e.sheenRoughness),e.emissive!==void 0&&this.emissive!==void 0&&this.emissive.setHex(e.emissive),e.specular!==void 0&&this.specular!==void 0&&this.specular.setHex(e.specular),e.specularIntensity!==void 0&&(this.specularIntensity=e.specularIntensity),e.specularColor!==void 0&&this.specularColor!==void 0&&this.specularColor.setHex(e.specularColor),e.shininess!==void 0&&(this.shininess=e.shininess),e.clearcoat!==void 0&&(this.clearcoat=e.clearcoat),e.clearcoatRoughness!==void 0&&(this.clearcoatRoughness=e.clearcoatRoughness),e.diffuseRoughness!==void 0&&(this.diffuseRoughness=e.diffuseRoughness),e.dispersion!==void 0&&(this.dispersion=e.dispersion),e.retroreflectivity!==void 0&&(this.retroreflectivity=e.retroreflectivity),e.iridescence!==void 0&&(this.iridescence=e.iridescence),e.iridescenceIOR!==void 0&&(this.iridescenceIOR=e.iridescenceIOR),e.iridescenceThicknessMinimum!==void 0&&(this.iridescenceThicknessMinimum=e.iridescenceThicknessMinimum),e.iridescenceThicknessMaximum!==void 0&&(this.iridescenceThicknessMaximum=e.iridescenceThicknessMaximum),e.iridescenceThicknessRange!==void 0&&(this.iridescenceThicknessMinimum=e.iridescenceThicknessRange[0],this.iridescenceThicknessMaximum=e.iridescenceThicknessRange[1]),e.transmission!==void 0&&(this.transmission=e.transmission),e.thickness!==void 0&&(this.thickness=e.thickness),e.attenuationDistance!==void 0&&(this.attenuationDistance=e.attenuationDistance),e.attenuationColor!==void 0&&this.attenuationColor!==void 0&&this.attenuationColor.setHex(e.attenuationColor),e.anisotropy!==void 0&&(this.anisotropy=e.anisotropy),e.anisotropyRotation!==void 0&&(this.anisotropyRotation=e.anisotropyRotation),e.fog!==void 0&&(this.fog=e.fog),e.flatShading!==void 0&&(this.flatShading=e.flatShading),e.blending!==void 0&&(this.blending=e.blending),e.combine!==void 0&&(this.combine=e.combine),e.side!==void 0&&(this.side=e.side),e.shadowSide!==void 0&&(this.shadowSide=e.shadowSide),e.opacity!==void 0&&(this.opacity=e.opacity),e.transparent!==void 0&&(this.transparent=e.transparent),e.alphaTest!==void 0&&(this.alphaTest=e.alphaTest),e.alphaHash!==void 0&&(this.alphaHash=e.alphaHash),e.depthFunc!==void 0&&(this.depthFunc=e.depthFunc),e.depthTest!==void 0&&(this.depthTest=e.depthTest),e.depthWrite!==void 0&&(this.depthWrite=e.depthWrite),e.colorWrite!==void 0&&(this.colorWrite=e.colorWrite),e.clippingPlanes!==void 0&&(this.clippingPlanes=e.clippingPlanes.map(n=>new fn().fromJSON(n))),e.clipIntersection!==void 0&&(this.clipIntersection=e.clipIntersection),e.clipShadows!==void 0&&(this.clipShadows=e.clipShadows),e.depthPacking!==void 0&&(this.depthPacking=e.depthPacking),e.blendSrc!==void 0&&(this.blendSrc=e.blendSrc),e.blendDst!==void 0&&(this.blendDst=e.blendDst),e.blendEquation!==void 0&&(this.blendEquation=e.blendEquation),e.blendSrcAlpha!==void 0&&(this.blendSrcAlpha=e.blendSrcAlpha),e.blendDstAlpha!==void 0&&(this.blendDstAlpha=e.blendDstAlpha),e.blendEquationAlpha!==void 0&&(this.blendEquationAlpha=e.blendEquationAlpha),e.blendColor!==void 0&&this.blendColor!==void 0&&this.blendColor.setHex(e.blendColor),e.blendAlpha!==void 0&&(this.blendAlpha=e.blendAlpha),e.stencilWriteMask!==void 0&&(this.stencilWriteMask=e.stencilWriteMask),e.stencilFunc!==void 0&&(this.stencilFunc=e.stencilFunc),e.stencilRef!==void 0&&(this.stencilRef=e.stencilRef),e.stencilFuncMask!==void 0&&(this.stencilFuncMask=e.stencilFuncMask),e.stencilFail!==void 0&&(this.stencilFail=e.stencilFail),e.stencilZFail!==void 0&&(this.stencilZFail=e.stencilZFail),e.stencilZPass!==void 0&&(this.stencilZPass=e.stencilZPass),e.stencilWrite!==void 0&&(this.stencilWrite=e.stencilWrite),e.wireframe!==void 0&&(this.wireframe=e.wireframe),e.wireframeLinewidth!==void 0&&(this.wireframeLinewidth=e.wireframeLinewidth),e.wireframeLinecap!==void 0&&(this.wireframeLinecap=e.wireframeLinecap),e.wireframeLinejoin!==void 0&&(this.wireframeLinejoin=e.wireframeLinejoin),e.rotation!==void 0&&(this.rotation=e.rotation),e.linewidth!==void 0&&(this.linewidth=e.linewidth),e.linecap!==void 0&&(this.linecap=e.linecap),e.linejoin!==void 0&&(this.linejoin=e.linejoin),e.dashSize!==void 0&&(this.dashSize=e.dashSize),e.gapSize!==void 0&&(this.gapSize=e.gapSize),e.scale!==void 0&&(this.scale=e.scale),e.polygonOffset!==void 0&&(this.polygonOffset=e.polygonOffset),e.polygonOffsetFactor!==void 0&&(this.polygonOffsetFactor=e.polygonOffsetFactor),e.polygonOffsetUnits!==void 0&&(this.polygonOffsetUnits=e.polygonOffsetUnits),e.dithering!==void 0&&(this.dithering=e.dithering),e.alphaToCoverage!==void 0&&(this.alphaToCoverage=e.alphaToCoverage),e.premultipliedAlpha!==void 0&&(this.premultipliedAlpha=e.premultipliedAlpha),e.forceSinglePass!==void 0&&(this.forceSinglePass=e.forceSinglePass),e.allowOverride!==void 0&&(this.allowOverride=e.allowOverride),e.visible!==void 0&&(this.visible=e.visible),e.toneMapped!==void 0&&(this.toneMapped=e.toneMapped),e.userData!==void 0&&(this.userData=e.userData),e.vertexColors!==void 0&&(typeof e.vertexColors=="number"?this.vertexColors=e.vertexColors>0:this.vertexColors=e.vertexColors),e.size!==void 0&&(this.size=e.size),e.sizeAttenuation!==void 0&&(this.sizeAttenuation=e.sizeAttenuation),e.map!==void 0&&(this.map=t[e.map]||null),e.matcap!==void 0&&(this.matcap=t[e.matcap]||null),e.alphaMap!==void 0&&(this.alphaMap=t[e.alphaMap]||null),e.bumpMap!==void 0&&(this.bumpMap=t[e.bumpMap]||null),e.bumpScale!==void 0&&(this.bumpScale=e.bumpScale),e.normalMap!==void 0&&(this.normalMap=t[e.normalMap]||null),e.normalMapType!==void 0&&(this.normalMapType=e.normalMapType),e.normalScale!==void 0){let n=e.normalScale;Array.isArray(n)===!1&&(n=[n,n]),this.normalScale=new Ge().fromArray(n)}return e.displacementMap!==void 0&&(this.displacementMap=t[e.displacementMap]||null),e.displacementScale!==void 0&&(this.displacementScale=e.displacementScale),e.displacementBias!==void 0&&(this.displacementBias=e.displacementBias),e.roughnessMap!==void 0&&(this.roughnessMap=t[e.roughnessMap]||null),e.metalnessMap!==void 0&&(this.metalnessMap=t[e.metalnessMap]||null),e.emissiveMap!==void 0&&(this.emissiveMap=t[e.emissiveMap]||null),e.emissiveIntensity!==void 0&&(this.emissiveIntensity=e.emissiveIntensity),e.specularMap!==void 0&&(this.specularMap=t[e.specularMap]||null),e.specularIntensityMap!==void 0&&(this.specularIntensityMap=t[e.specularIntensityMap]||null),e.specularColorMap!==void 0&&(this.specularColorMap=t[e.specularColorMap]||null),e.envMap!==void 0&&(this.envMap=t[e.envMap]||null),e.envMapRotation!==void 0&&this.envMapRotation.fromArray(e.envMapRotation),e.envMapIntensity!==void 0&&(this.envMapIntensity=e.envMapIntensity),e.reflectivity!==void 0&&(this.reflectivity=e.reflectivity),e.refractionRatio!==void 0&&(this.refractionRatio=e.refractionRatio),e.lightMap!==void 0&&(this.lightMap=t[e.lightMap]||null),e.lightMapIntensity!==void 0&&(this.lightMapIntensity=e.lightMapIntensity),e.aoMap!==void 0&&(this.aoMap=t[e.aoMap]||null),e.aoMapIntensity!==void 0&&(this.aoMapIntensity=e.aoMapIntensity),e.gradientMap!==void 0&&(this.gradientMap=t[e.gradientMap]||null),e.clearcoatMap!==void 0&&(this.clearcoatMap=t[e.clearcoatMap]||null),e.clearcoatRoughnessMap!==void 0&&(this.clearcoatRoughnessMap=t[e.clearcoatRoughnessMap]||null),e.clearcoatNormalMap!==void 0&&(this.clearcoatNormalMap=t[e.clearcoatNormalMap]||null),e.clearcoatNormalScale!==void 0&&(this.clearcoatNormalScale=new Ge().fromArray(e.clearcoatNormalScale)),e.diffuseRoughnessMap!==void 0&&(this.diffuseRoughnessMap=t[e.diffuseRoughnessMap]||null),e.iridescenceMap!==void 0&&(this.iridescenceMap=t[e.iridescenceMap]||null),e.iridescenceThicknessMap!==void 0&&(this.iridescenceThicknessMap=t[e.iridescenceThicknessMap]||null),e.transmissionMap!==void 0&&(this.transmissionMap=t[e.transmissionMap]||null),e.thicknessMap!==void 0&&(this.thicknessMap=t[e.thicknessMap]||null),e.anisotropyMap!==void 0&&(this.anisotropyMap=t[e.anisotropyMap]||null),e.sheenColorMap!==void 0&&(this.sheenColorMap=t[e.sheenColorMap]||null),e.sheenRoughnessMap!==void 0&&(this.sheenRoughnessMap=t[e.sheenRoughnessMap]||null),this}clone(){return new this.constructor().copy(this)}copy(e){this.name=e.name,this.blending=e.blending,this.side=e.side,this.vertexColors=e.vertexColors,this.opacity=e.opacity,this.transparent=e.transparent,this.blendSrc=e.blendSrc,this.blendDst=e.blendDst,this.blendEquation=e.blendEquation,this.blendSrcAlpha=e.blendSrcAlpha,this.blendDstAlpha=e.blendDstAlpha,this.blendEquationAlpha=e.blendEquationAlpha,this.blendColor.copy(e.blendColor),this.blendAlpha=e.blendAlpha,this.depthFunc=e.depthFunc,this.depthTest=e.depthTest,this.depthWrite=e.depthWrite,this.stencilWriteMask=e.stencilWriteMask,this.stencilFunc=e.stencilFunc,this.stencilRef=e.stencilRef,this.stencilFuncMask=e.stencilFuncMask,this.stencilFail=e.stencilFail,this.stencilZFail=e.stencilZFail,this.stencilZPass=e.stencilZPass,this.stencilWrite=e.stencilWrite;let t=e.clippingPlanes,n=null;if(t!==null){let r=t.length;n=new Array(r);for(let s=0;s!==r;++s)n[s]=t[s].clone()}return this.clippingPlanes=n,this.clipIntersection=e.clipIntersection,this.clipShadows=e.clipShadows,this.shadowSide=e.shadowSide,this.colorWrite=e.colorWrite,this.precision=e.precision,this.polygonOffset=e.polygonOffset,this.polygonOffsetFactor=e.polygonOffsetFactor,this.polygonOffsetUnits=e.polygonOffsetUnits,this.dithering=e.dithering,this.alphaTest=e.alphaTest,this.alphaHash=e.alphaHash,this.alphaToCoverage=e.alphaToCoverage,this.premultipliedAlpha=e.premultipliedAlpha,this.forceSinglePass=e.forceSinglePass,this.allowOverride=e.allowOverride,this.visible=e.visible,this.toneMapped=e.toneMapped,this.userData=JSON.parse(JSON.stringify(e.userData)),this}dispose(){this.dispatchEvent({type:"dispose"})}set needsUpdate(e){e===!0&&this.version++}};var Dn=new $,tc=new $,Xs=new $,$s=new $,sr=class{constructor(e=new $,t=new $(0,0,-1)){this.origin=e,this.direction=t}set(e,t){return this.origin.copy(e),this.direction.copy(t),this}copy(e){return this.origin.copy(e.origin),this.direction.copy(e.direction),this}at(e,t){return t.copy(this.origin).addScaledVector(this.direction,e)}lookAt(e){return this.direction.copy(e).sub(this.origin).normalize(),this}recast(e){return this.origin.copy(this.at(e,Dn)),this}closestPointToPoint(e,t){t.subVectors(e,this.origin);let n=t.dot(this.direction);return n<0?t.copy(this.origin):t.copy(this.origin).addScaledVector(this.direction,n)}distanceToPoint(e){return Math.sqrt(this.distanceSqToPoint(e))}distanceSqToPoint(e){let t=Dn.subVectors(e,this.origin).dot(this.direction);return t<0?this.origin.distanceToSquared(e):(Dn.copy(this.origin).addScaledVector(this.direction,t),Dn.distanceToSquared(e))}distanceSqToSegment(e,t,n,r){tc.copy(e).add(t).multiplyScalar(.5),Xs.copy(t).sub(e).normalize(),$s.copy(this.origin).sub(tc);let s=e.distanceTo(t)*.5,o=-this.direction.dot(Xs),a=$s.dot(this.direction),l=-$s.dot(Xs),c=$s.lengthSq(),u=Math.abs(1-o*o),h,d,f,m;if(u>0)if(h=o*l-a,d=o*a-l,m=s*u,h>=0)if(d>=-m)if(d<=m){let y=1/u;h*=y,d*=y,f=h*(h+o*d+2*a)+d*(o*h+d+2*l)+c}else d=s,h=Math.max(0,-(o*d+a)),f=-h*h+d*(d+2*l)+c;else d=-s,h=Math.max(0,-(o*d+a)),f=-h*h+d*(d+2*l)+c;else d<=-m?(h=Math.max(0,-(-o*s+a)),d=h>0?-s:Math.min(Math.max(-s,-l),s),f=-h*h+d*(d+2*l)+c):d<=m?(h=0,d=Math.min(Math.max(-s,-l),s),f=d*(d+2*l)+c):(h=Math.max(0,-(o*s+a)),d=h>0?s:Math.min(Math.max(-s,-l),s),f=-h*h+d*(d+2*l)+c);else d=o>0?-s:s,h=Math.max(0,-(o*d+a)),f=-h*h+d*(d+2*l)+c;return n&&n.copy(this.origin).addScaledVector(this.direction,h),r&&r.copy(tc).addScaledVector(Xs,d),f}intersectSphere(e,t){if(e.radius<0)return null;Dn.subVectors(e.center,this.origin);let n=Dn.dot(this.direction),r=Dn.dot(Dn)-n*n,s=e.radius*e.radius;if(r>s)return null;let o=Math.sqrt(s-r),a=n-o,l=n+o;return l<0?null:a<0?this.at(l,t):this.at(a,t)}intersectsSphere(e){return e.radius<0?!1:this.distanceSqToPoint(e.center)<=e.radius*e.radius}distanceToPlane(e){let t=e.normal.dot(this.direction);if(t===0)return e.distanceToPoint(this.origin)===0?0:null;let n=-(this.origin.dot(e.normal)+e.constant)/t;return n>=0?n:null}intersectPlane(e,t){let n=this.distanceToPlane(e);return n===null?null:this.at(n,t)}intersectsPlane(e){let t=e.distanceToPoint(this.origin);return t===0||e.normal.dot(this.direction)*t<0}intersectBox(e,t){let n,r,s,o,a,l,c=1/this.direction.x,u=1/this.direction.y,h=1/this.direction.z,d=this.origin;return c>=0?(n=(e.min.x-d.x)*c,r=(e.max.x-d.x)*c):(n=(e.max.x-d.x)*c,r=(e.min.x-d.x)*c),u>=0?(s=(e.min.y-d.y)*u,o=(e.max.y-d.y)*u):(s=(e.max.y-d.y)*u,o=(e.min.y-d.y)*u),n>o||s>r||((s>n||isNaN(n))&&(n=s),(o<r||isNaN(r))&&(r=o),h>=0?(a=(e.min.z-d.z)*h,l=(e.max.z-d.z)*h):(a=(e.max.z-d.z)*h,l=(e.min.z-d.z)*h),n>l||a>r)||((a>n||n!==n)&&(n=a),(l<r||r!==r)&&(r=l),r<0)?null:this.at(n>=0?n:r,t)}intersectsBox(e){return this.intersectBox(e,Dn)!==null}intersectTriangle(e,t,n,r,s){let o=this.origin,a=this.direction,l=a.x,c=a.y,u=a.z,h=e.x-o.x,d=e.y-o.y,f=e.z-o.z,m=t.x-o.x,y=t.y-o.y,g=t.z-o.z,p=n.x-o.x,x=n.y-o.y,_=n.z-o.z,v=Math.abs(l),E=Math.abs(c),S=Math.abs(u),b,A,N,I,R,C,D,L,B,k,G,q;if(v>=E&&v>=S?(N=l,C=h,B=m,q=p,l>=0?(b=c,A=u,I=d,R=f,D=y,L=g,k=x,G=_):(b=u,A=c,I=f,R=d,D=g,L=y,k=_,G=x)):E>=S?(N=c,C=d,B=y,q=x,c>=0?(b=u,A=l,I=f,R=h,D=g,L=m,k=_,G=p):(b=l,A=u,I=h,R=f,D=m,L=g,k=p,G=_)):(N=u,C=f,B=g,q=_,u>=0?(b=l,A=c,I=h,R=d,D=m,L=y,k=p,G=x):(b=c,A=l,I=d,R=h,D=y,L=m,k=x,G=p)),N===0)return null;let V=b/N,K=A/N,ne=1/N,ve=I-V*C,Pe=R-K*C,Z=D-V*B,ie=L-K*B,be=k-V*q,Me=G-K*q,me=be*ie-Me*Z,Ue=ve*Me-Pe*be,pt=Z*Pe-ie*ve;if(r){if(me<0||Ue<0||pt<0)return null}else if((me<0||Ue<0||pt<0)&&(me>0||Ue>0||pt>0))return null;let Ie=me+Ue+pt;if(Ie===0)return null;let Je=ne*(me*C+Ue*B+pt*q);return(Ie>0?Je<0:Je>0)?null:this.at(Je/Ie,s)}applyMatrix4(e){return this.origin.applyMatrix4(e),this.direction.transformDirection(e),this}equals(e){return e.origin.equals(this.origin)&&e.direction.equals(this.direction)}clone(){return new this.constructor().copy(this)}},Mo=class extends Bn{constructor(e){super(),this.isMeshBasicMaterial=!0,this.type="MeshBasicMaterial",this.color=new ze(16777215),this.map=null,this.lightMap=null,this.lightMapIntensity=1,this.aoMap=null,this.aoMapIntensity=1,this.specularMap=null,this.alphaMap=null,this.envMap=null,this.envMapRotation=new ti,this.combine=yc,this.reflectivity=1,this.refractionRatio=.98,this.wireframe=!1,this.wireframeLinewidth=1,this.wireframeLinecap="round",this.wireframeLinejoin="round",this.fog=!0,this.setValues(e)}copy(e){return super.copy(e),this.color.copy(e.color),this.map=e.map,this.lightMap=e.lightMap,this.lightMapIntensity=e.lightMapIntensity,this.aoMap=e.aoMap,this.aoMapIntensity=e.aoMapIntensity,this.specularMap=e.specularMap,this.alphaMap=e.alphaMap,this.envMap=e.envMap,this.envMapRotation.copy(e.envMapRotation),this.combine=e.combine,this.reflectivity=e.reflectivity,this.refractionRatio=e.refractionRatio,this.wireframe=e.wireframe,this.wireframeLinewidth=e.wireframeLinewidth,this.wireframeLinecap=e.wireframeLinecap,this.wireframeLinejoin=e.wireframeLinejoin,this.fog=e.fog,this}},Fh=new nt,yi=new sr,qs=new ii,Dh=new $,Ys=new $,js=new $,Ks=new $,nc=new $,Js=new $,Uh=new $,Zs=new $,an=class extends Wt{constructor(e=new Dt,t=new Mo){super(),this.isMesh=!0,this.type="Mesh",this.geometry=e,this.material=t,this.morphTargetDictionary=void 0,this.morphTargetInfluences=void 0,this.count=1,this.updateMorphTargets()}copy(e,t){return super.copy(e,t),e.morphTargetInfluences!==void 0?this.morphTargetInfluences=e.morphTargetInfluences.slice():this.morphTargetInfluences=void 0,e.morphTargetDictionary!==void 0?this.morphTargetDictionary=Object.assign({},e.morphTargetDictionary):this.morphTargetDictionary=void 0,this.material=Array.isArray(e.material)?e.material.slice():e.material,this.geometry=e.geometry,this}updateMorphTargets(){let t=this.geometry.morphAttributes,n=Object.keys(t);if(n.length>0){let r=t[n[0]];if(r!==void 0){this.morphTargetInfluences=[],this.morphTargetDictionary={};for(let s=0,o=r.length;s<o;s++){let a=r[s].name||String(s);this.morphTargetInfluences.push(0),this.morphTargetDictionary[a]=s}}}}getVertexPosition(e,t){let n=this.geometry,r=n.attributes.position,s=n.morphAttributes.position,o=n.morphTargetsRelative;t.fromBufferAttribute(r,e);let a=this.morphTargetInfluences;if(s&&a){Js.set(0,0,0);for(let l=0,c=s.length;l<c;l++){let u=a[l],h=s[l];u!==0&&(nc.fromBufferAttribute(h,e),o?Js.addScaledVector(nc,u):Js.addScaledVector(nc.sub(t),u))}t.add(Js)}return t}intersectsFrustum(e){return e.intersectsObject(this)}raycast(e,t){let n=this.geometry,r=this.material,s=this.matrixWorld;r!==void 0&&(n.boundingSphere===null&&n.computeBoundingSphere(),qs.copy(n.boundingSphere),qs.applyMatrix4(s),yi.copy(e.ray).recast(e.near),!(qs.containsPoint(yi.origin)===!1&&(yi.intersectSphere(qs,Dh)===null||yi.origin.distanceToSquared(Dh)>(e.far-e.near)**2))&&(Fh.copy(s).invert(),yi.copy(e.ray).applyMatrix4(Fh),!(n.boundingBox!==null&&yi.intersectsBox(n.boundingBox)===!1)&&this._computeIntersections(e,t,yi)))}_computeIntersections(e,t,n){let r,s=this.geometry,o=this.material,a=s.index,l=s.attributes.position,c=s.attributes.uv,u=s.attributes.uv1,h=s.attributes.normal,d=s.groups,f=s.drawRange;if(a!==null)if(Array.isArray(o))for(let m=0,y=d.length;m<y;m++){let g=d[m],p=o[g.materialIndex],x=Math.max(g.start,f.start),_=Math.min(a.count,Math.min(g.start+g.count,f.start+f.count));for(let v=x,E=_;v<E;v+=3){let S=a.getX(v),b=a.getX(v+1),A=a.getX(v+2);r=Qs(this,p,e,n,c,u,h,S,b,A),r&&(r.faceIndex=Math.floor(v/3),r.face.materialIndex=g.materialIndex,t.push(r))}}else{let m=Math.max(0,f.start),y=Math.min(a.count,f.start+f.count);for(let g=m,p=y;g<p;g+=3){let x=a.getX(g),_=a.getX(g+1),v=a.getX(g+2);r=Qs(this,o,e,n,c,u,h,x,_,v),r&&(r.faceIndex=Math.floor(g/3),t.push(r))}}else if(l!==void 0)if(Array.isArray(o))for(let m=0,y=d.length;m<y;m++){let g=d[m],p=o[g.materialIndex],x=Math.max(g.start,f.start),_=Math.min(l.count,Math.min(g.start+g.count,f.start+f.count));for(let v=x,E=_;v<E;v+=3){let S=v,b=v+1,A=v+2;r=Qs(this,p,e,n,c,u,h,S,b,A),r&&(r.faceIndex=Math.floor(v/3),r.face.materialIndex=g.materialIndex,t.push(r))}}else{let m=Math.max(0,f.start),y=Math.min(l.count,f.start+f.count);for(let g=m,p=y;g<p;g+=3){let x=g,_=g+1,v=g+2;r=Qs(this,o,e,n,c,u,h,x,_,v),r&&(r.faceIndex=Math.floor(g/3),t.push(r))}}}};function Bg(i,e,t,n,r,s,o,a){let l;if(e.side===zt?l=n.intersectTriangle(o,s,r,!0,a):l=n.intersectTriangle(r,s,o,e.side===ai,a),l===null)return null;Zs.copy(a),Zs.applyMatrix4(i.matrixWorld);let c=t.ray.origin.distanceTo(Zs);return c<t.near||c>t.far?null:{distance:c,point:Zs.clone(),object:i}}function Qs(i,e,t,n,r,s,o,a,l,c){i.getVertexPosition(a,Ys),i.getVertexPosition(l,js),i.getVertexPosition(c,Ks);let u=Bg(i,e,t,n,Ys,js,Ks,Uh);if(u){let h=new $;ei.getBarycoord(Uh,Ys,js,Ks,h),r&&(u.uv=ei.getInterpolatedAttribute(r,a,l,c,h,new Ge)),s&&(u.uv1=ei.getInterpolatedAttribute(s,a,l,c,h,new Ge)),o&&(u.normal=ei.getInterpolatedAttribute(o,a,l,c,h,new $),u.normal.dot(n.direction)>0&&u.normal.multiplyScalar(-1));let d={a,b:l,c,normal:new $,materialIndex:0};ei.getNormal(Ys,js,Ks,d.normal),u.face=d,u.barycoord=h}return u}var or=class extends Ft{constructor(e=null,t=1,n=1,r,s,o,a,l,c=ut,u=ut,h,d){super(null,o,a,l,c,u,r,s,h,d),this.isDataTexture=!0,this.image={data:e,width:t,height:n},this.generateMipmaps=!1,this.flipY=!1,this.unpackAlignment=1}};var xi=new ii,kg=new Ge(.5,.5),eo=new $,_i=class{constructor(e=new fn,t=new fn,n=new fn,r=new fn,s=new fn,o=new fn){this.planes=[e,t,n,r,s,o]}set(e,t,n,r,s,o){let a=this.planes;return a[0].copy(e),a[1].copy(t),a[2].copy(n),a[3].copy(r),a[4].copy(s),a[5].copy(o),this}copy(e){let t=this.planes;for(let n=0;n<6;n++)t[n].copy(e.planes[n]);return this}setFromProjectionMatrix(e,t=on,n=!1){let r=this.planes,s=e.elements,o=s[0],a=s[1],l=s[2],c=s[3],u=s[4],h=s[5],d=s[6],f=s[7],m=s[8],y=s[9],g=s[10],p=s[11],x=s[12],_=s[13],v=s[14],E=s[15];if(r[0].setComponents(c-o,f-u,p-m,E-x).normalize(),r[1].setComponents(c+o,f+u,p+m,E+x).normalize(),r[2].setComponents(c+a,f+h,p+y,E+_).normalize(),r[3].setComponents(c-a,f-h,p-y,E-_).normalize(),n)r[4].setComponents(l,d,g,v).normalize(),r[5].setComponents(c-l,f-d,p-g,E-v).normalize();else if(r[4].setComponents(c-l,f-d,p-g,E-v).normalize(),t===on)r[5].setComponents(c+l,f+d,p+g,E+v).normalize();else if(t===Hr)r[5].setComponents(l,d,g,v).normalize();else throw new Error("THREE.Frustum.setFromProjectionMatrix(): Invalid coordinate system: "+t);return this}intersectsObject(e){if(e.boundingSphere!==void 0)e.boundingSphere===null&&e.computeBoundingSphere(),xi.copy(e.boundingSphere).applyMatrix4(e.matrixWorld);else{let t=e.geometry;t.boundingSphere===null&&t.computeBoundingSphere(),xi.copy(t.boundingSphere).applyMatrix4(e.matrixWorld)}return this.intersectsSphere(xi)}intersectsSprite(e){xi.center.set(0,0,0);let t=kg.distanceTo(e.center);return xi.radius=.7071067811865476+t,xi.applyMatrix4(e.matrixWorld),this.intersectsSphere(xi)}intersectsSphere(e){let t=this.planes,n=e.center,r=-e.radius;for(let s=0;s<6;s++)if(t[s].distanceToPoint(n)<r)return!1;return!0}intersectsBox(e){let t=this.planes;for(let n=0;n<6;n++){let r=t[n];if(eo.x=r.normal.x>0?e.max.x:e.min.x,eo.y=r.normal.y>0?e.max.y:e.min.y,eo.z=r.normal.z>0?e.max.z:e.min.z,r.distanceToPoint(eo)<0)return!1}return!0}containsPoint(e){let t=this.planes;for(let n=0;n<6;n++)if(t[n].distanceToPoint(e)<0)return!1;return!0}clone(){return new this.constructor().copy(this)}},Oh=new nt,Eo=class i{constructor(){this.coordinateSystem=on,this._frustums=[],this._count=0}setFromArrayCamera(e){let t=e.cameras,n=this._frustums;for(let r=0;r<t.length;r++){let s=t[r];Oh.multiplyMatrices(s.projectionMatrix,s.matrixWorldInverse),n[r]===void 0&&(n[r]=new _i),n[r].setFromProjectionMatrix(Oh,s.coordinateSystem,s.reversedDepth)}return this._count=t.length,this}getFrustum(e){return this._frustums[e]}intersectsObject(e){let t=this._frustums;for(let n=0;n<this._count;n++)if(t[n].intersectsObject(e))return!0;return!1}intersectsSprite(e){let t=this._frustums;for(let n=0;n<this._count;n++)if(t[n].intersectsSprite(e))return!0;return!1}intersectsSphere(e){let t=this._frustums;for(let n=0;n<this._count;n++)if(t[n].intersectsSphere(e))return!0;return!1}intersectsBox(e){let t=this._frustums;for(let n=0;n<this._count;n++)if(t[n].intersectsBox(e))return!0;return!1}containsPoint(e){let t=this._frustums;for(let n=0;n<this._count;n++)if(t[n].containsPoint(e))return!0;return!1}copy(e){this.coordinateSystem=e.coordinateSystem;let t=this._frustums,n=e._frustums;for(let r=0;r<e._count;r++)t[r]===void 0&&(t[r]=new _i),t[r].copy(n[r]);return this._count=e._count,this}clone(){return new i().copy(this)}};var ar=class extends Bn{constructor(e){super(),this.isLineBasicMaterial=!0,this.type="LineBasicMaterial",this.color=new ze(16777215),this.map=null,this.linewidth=1,this.linecap="round",this.linejoin="round",this.fog=!0,this.setValues(e)}copy(e){return super.copy(e),this.color.copy(e.color),this.map=e.map,this.linewidth=e.linewidth,this.linecap=e.linecap,this.linejoin=e.linejoin,this.fog=e.fog,this}},To=new $,Co=new $,Bh=new nt,Br=new sr,to=new ii,ic=new $,kh=new $,Ro=class extends Wt{constructor(e=new Dt,t=new ar){super(),this.isLine=!0,this.type="Line",this.geometry=e,this.material=t,this.morphTargetDictionary=void 0,this.morphTargetInfluences=void 0,this.updateMorphTargets()}copy(e,t){return super.copy(e,t),e.morphTargetInfluences!==void 0?this.morphTargetInfluences=e.morphTargetInfluences.slice():this.morphTargetInfluences=void 0,e.morphTargetDictionary!==void 0?this.morphTargetDictionary=Object.assign({},e.morphTargetDictionary):this.morphTargetDictionary=void 0,this.material=Array.isArray(e.material)?e.material.slice():e.material,this.geometry=e.geometry,this}computeLineDistances(){let e=this.geometry;if(e.index===null){let t=e.attributes.position,n=[0];for(let r=1,s=t.count;r<s;r++)To.fromBufferAttribute(t,r-1),Co.fromBufferAttribute(t,r),n[r]=n[r-1],n[r]+=To.distanceTo(Co);e.setAttribute("lineDistance",new Ht(n,1))}else Re("Line.computeLineDistances(): Computation only possible with non-indexed BufferGeometry.");return this}intersectsFrustum(e){return e.intersectsObject(this)}raycast(e,t){let n=this.geometry,r=this.matrixWorld,s=e.params.Line.threshold,o=n.drawRange;if(n.boundingSphere===null&&n.computeBoundingSphere(),to.copy(n.boundingSphere),to.applyMatrix4(r),to.radius+=s,e.ray.intersectsSphere(to)===!1)return;Bh.copy(r).invert(),Br.copy(e.ray).applyMatrix4(Bh);let a=s/((this.scale.x+this.scale.y+this.scale.z)/3),l=a*a,c=this.isLineSegments?2:1,u=n.index,d=n.attributes.position;if(u!==null){let f=Math.max(0,o.start),m=Math.min(u.count,o.start+o.count);for(let y=f,g=m-1;y<g;y+=c){let p=u.getX(y),x=u.getX(y+1),_=no(this,e,Br,l,p,x,y);_&&t.push(_)}if(this.isLineLoop){let y=u.getX(m-1),g=u.getX(f),p=no(this,e,Br,l,y,g,m-1);p&&t.push(p)}}else{let f=Math.max(0,o.start),m=Math.min(d.count,o.start+o.count);for(let y=f,g=m-1;y<g;y+=c){let p=no(this,e,Br,l,y,y+1,y);p&&t.push(p)}if(this.isLineLoop){let y=no(this,e,Br,l,m-1,f,m-1);y&&t.push(y)}}}updateMorphTargets(){let t=this.geometry.morphAttributes,n=Object.keys(t);if(n.length>0){let r=t[n[0]];if(r!==void 0){this.morphTargetInfluences=[],this.morphTargetDictionary={};for(let s=0,o=r.length;s<o;s++){let a=r[s].name||String(s);this.morphTargetInfluences.push(0),this.morphTargetDictionary[a]=s}}}}};function no(i,e,t,n,r,s,o){let a=i.geometry.attributes.position;if(To.fromBufferAttribute(a,r),Co.fromBufferAttribute(a,s),t.distanceSqToSegment(To,Co,ic,kh)>n)return;ic.applyMatrix4(i.matrixWorld);let c=e.ray.origin.distanceTo(ic);if(!(c<e.near||c>e.far))return{distance:c,point:kh.clone().applyMatrix4(i.matrixWorld),index:o,face:null,faceIndex:null,barycoord:null,object:i}}var zh=new $,Gh=new $,jr=class extends Ro{constructor(e,t){super(e,t),this.isLineSegments=!0,this.type="LineSegments"}computeLineDistances(){let e=this.geometry;if(e.index===null){let t=e.attributes.position,n=[];for(let r=0,s=t.count;r<s;r+=2)zh.fromBufferAttribute(t,r),Gh.fromBufferAttribute(t,r+1),n[r]=r===0?0:n[r-1],n[r+1]=n[r]+zh.distanceTo(Gh);e.setAttribute("lineDistance",new Ht(n,1))}else Re("LineSegments.computeLineDistances(): Computation only possible with non-indexed BufferGeometry.");return this}};var Io=class extends Bn{constructor(e){super(),this.isPointsMaterial=!0,this.type="PointsMaterial",this.color=new ze(16777215),this.map=null,this.alphaMap=null,this.size=1,this.sizeAttenuation=!0,this.fog=!0,this.setValues(e)}copy(e){return super.copy(e),this.color.copy(e.color),this.map=e.map,this.alphaMap=e.alphaMap,this.size=e.size,this.sizeAttenuation=e.sizeAttenuation,this.fog=e.fog,this}},Vh=new nt,lc=new sr,io=new ii,ro=new $,lr=class extends Wt{constructor(e=new Dt,t=new Io){super(),this.isPoints=!0,this.type="Points",this.geometry=e,this.material=t,this.morphTargetDictionary=void 0,this.morphTargetInfluences=void 0,this.updateMorphTargets()}copy(e,t){return super.copy(e,t),e.morphTargetInfluences!==void 0?this.morphTargetInfluences=e.morphTargetInfluences.slice():this.morphTargetInfluences=void 0,e.morphTargetDictionary!==void 0?this.morphTargetDictionary=Object.assign({},e.morphTargetDictionary):this.morphTargetDictionary=void 0,this.material=Array.isArray(e.material)?e.material.slice():e.material,this.geometry=e.geometry,this}intersectsFrustum(e){return e.intersectsObject(this)}raycast(e,t){let n=this.geometry,r=this.matrixWorld,s=e.params.Points.threshold,o=n.drawRange;if(n.boundingSphere===null&&n.computeBoundingSphere(),io.copy(n.boundingSphere),io.applyMatrix4(r),io.radius+=s,e.ray.intersectsSphere(io)===!1)return;Vh.copy(r).invert(),lc.copy(e.ray).applyMatrix4(Vh);let a=s/((this.scale.x+this.scale.y+this.scale.z)/3),l=a*a,c=n.index,h=n.attributes.position;if(c!==null){let d=Math.max(0,o.start),f=Math.min(c.count,o.start+o.count);for(let m=d,y=f;m<y;m++){let g=c.getX(m);ro.fromBufferAttribute(h,g),Hh(ro,g,l,r,e,t,this)}}else{let d=Math.max(0,o.start),f=Math.min(h.count,o.start+o.count);for(let m=d,y=f;m<y;m++)ro.fromBufferAttribute(h,m),Hh(ro,m,l,r,e,t,this)}}updateMorphTargets(){let t=this.geometry.morphAttributes,n=Object.keys(t);if(n.length>0){let r=t[n[0]];if(r!==void 0){this.morphTargetInfluences=[],this.morphTargetDictionary={};for(let s=0,o=r.length;s<o;s++){let a=r[s].name||String(s);this.morphTargetInfluences.push(0),this.morphTargetDictionary[a]=s}}}}};function Hh(i,e,t,n,r,s,o){let a=lc.distanceSqToPoint(i);if(a<t){let l=new $;lc.closestPointToPoint(i,l),l.applyMatrix4(n);let c=r.ray.origin.distanceTo(l);if(c<r.near||c>r.far)return;s.push({distance:c,distanceToRay:Math.sqrt(a),point:l,index:e,face:null,faceIndex:null,barycoord:null,object:o})}}var Kr=class extends Ft{constructor(e=[],t=Ei,n,r,s,o,a,l,c,u){super(e,t,n,r,s,o,a,l,c,u),this.isCubeTexture=!0,this.flipY=!1}get images(){return this.image}set images(e){this.image=e}};var kn=class extends Ft{constructor(e,t,n=pn,r,s,o,a=ut,l=ut,c,u=On,h=1){if(u!==On&&u!==Gn)throw new Error("THREE.DepthTexture: format must be either THREE.DepthFormat or THREE.DepthStencilFormat");let d={width:e,height:t,depth:h};super(d,r,s,o,a,l,u,n,c),this.isDepthTexture=!0,this.flipY=!1,this.generateMipmaps=!1,this.compareFunction=null}copy(e){return super.copy(e),this.source=new ir(Object.assign({},e.image)),this.compareFunction=e.compareFunction,this}toJSON(e){let t=super.toJSON(e);return t.compareFunction=this.compareFunction,t}},Jr=class extends kn{constructor(e,t=pn,n=Ei,r,s,o=ut,a=ut,l,c=On){let u={width:e,height:e,depth:1},h=[u,u,u,u,u,u];super(e,e,t,n,r,s,o,a,l,c),this.image=h,this.isCubeDepthTexture=!0,this.isCubeTexture=!0}get images(){return this.image}set images(e){this.image=e}},Zr=class extends Ft{constructor(e=null){super(),this.sourceTexture=e,this.isExternalTexture=!0}copy(e){return super.copy(e),this.sourceTexture=e.sourceTexture,this}},cr=class i extends Dt{constructor(e=1,t=1,n=1,r=1,s=1,o=1){super(),this.type="BoxGeometry",this.parameters={width:e,height:t,depth:n,widthSegments:r,heightSegments:s,depthSegments:o};let a=this;r=Math.floor(r),s=Math.floor(s),o=Math.floor(o);let l=[],c=[],u=[],h=[],d=0,f=0;m("z","y","x",-1,-1,n,t,e,o,s,0),m("z","y","x",1,-1,n,t,-e,o,s,1),m("x","z","y",1,1,e,n,t,r,o,2),m("x","z","y",1,-1,e,n,-t,r,o,3),m("x","y","z",1,-1,e,t,n,r,s,4),m("x","y","z",-1,-1,e,t,-n,r,s,5),this.setIndex(l),this.setAttribute("position",new Ht(c,3)),this.setAttribute("normal",new Ht(u,3)),this.setAttribute("uv",new Ht(h,2));function m(y,g,p,x,_,v,E,S,b,A,N){let I=v/b,R=E/A,C=v/2,D=E/2,L=S/2,B=b+1,k=A+1,G=0,q=0,V=new $;for(let K=0;K<k;K++){let ne=K*R-D;for(let ve=0;ve<B;ve++){let Pe=ve*I-C;V[y]=Pe*x,V[g]=ne*_,V[p]=L,c.push(V.x,V.y,V.z),V[y]=0,V[g]=0,V[p]=S>0?1:-1,u.push(V.x,V.y,V.z),h.push(ve/b),h.push(1-K/A),G+=1}}for(let K=0;K<A;K++)for(let ne=0;ne<b;ne++){let ve=d+ne+B*K,Pe=d+ne+B*(K+1),Z=d+(ne+1)+B*(K+1),ie=d+(ne+1)+B*K;l.push(ve,Pe,ie),l.push(Pe,Z,ie),q+=6}a.addGroup(f,q,N),f+=q,d+=G}}copy(e){return super.copy(e),this.parameters=Object.assign({},e.parameters),this}static fromJSON(e){return new i(e.width,e.height,e.depth,e.widthSegments,e.heightSegments,e.depthSegments)}};var Si=class i extends Dt{constructor(e=1,t=1,n=1,r=1){super(),this.type="PlaneGeometry",this.parameters={width:e,height:t,widthSegments:n,heightSegments:r};let s=e/2,o=t/2,a=Math.floor(n),l=Math.floor(r),c=a+1,u=l+1,h=e/a,d=t/l,f=[],m=[],y=[],g=[];for(let p=0;p<u;p++){let x=p*d-o;for(let _=0;_<c;_++){let v=_*h-s;m.push(v,-x,0),y.push(0,0,1),g.push(_/a),g.push(1-p/l)}}for(let p=0;p<l;p++)for(let x=0;x<a;x++){let _=x+c*p,v=x+c*(p+1),E=x+1+c*(p+1),S=x+1+c*p;f.push(_,v,S),f.push(v,E,S)}this.setIndex(f),this.setAttribute("position",new Ht(m,3)),this.setAttribute("normal",new Ht(y,3)),this.setAttribute("uv",new Ht(g,2))}copy(e){return super.copy(e),this.parameters=Object.assign({},e.parameters),this}static fromJSON(e){return new i(e.width,e.height,e.widthSegments,e.heightSegments)}};function Ri(i){let e={};for(let t in i){e[t]={};for(let n in i[t]){let r=i[t][n];if(Wh(r))r.isRenderTargetTexture?(Re("UniformsUtils: Textures of render targets cannot be cloned via cloneUniforms() or mergeUniforms()."),e[t][n]=null):e[t][n]=r.clone();else if(Array.isArray(r))if(Wh(r[0])){let s=[];for(let o=0,a=r.length;o<a;o++)s[o]=r[o].clone();e[t][n]=s}else e[t][n]=r.slice();else e[t][n]=r}}return e}function Ut(i){let e={};for(let t=0;t<i.length;t++){let n=Ri(i[t]);for(let r in n)e[r]=n[r]}return e}function Wh(i){return i&&(i.isColor||i.isMatrix3||i.isMatrix4||i.isVector2||i.isVector3||i.isVector4||i.isTexture||i.isQuaternion)}function zg(i){let e=[];for(let t=0;t<i.length;t++)e.push(i[t].clone());return e}function kc(i){let e=i.getRenderTarget();return e===null?i.outputColorSpace:e.isXRRenderTarget===!0?e.texture.colorSpace:Xe.workingColorSpace}var Fd={clone:Ri,merge:Ut},Gg=`void main() {
	gl_Position = projectionMatrix * modelViewMatrix * vec4( position, 1.0 );
}`,Vg=`void main() {
	gl_FragColor = vec4( 1.0, 0.0, 0.0, 1.0 );
}`,Xt=class extends Bn{constructor(e){super(),this.isShaderMaterial=!0,this.type="ShaderMaterial",this.defines={},this.uniforms={},this.uniformsGroups=[],this.vertexShader=Gg,this.fragmentShader=Vg,this.linewidth=1,this.wireframe=!1,this.wireframeLinewidth=1,this.fog=!1,this.lights=!1,this.clipping=!1,this.forceSinglePass=!0,this.extensions={clipCullDistance:!1,multiDraw:!1},this.defaultAttributeValues={color:[1,1,1],uv:[0,0],uv1:[0,0]},this.index0AttributeName=void 0,this.uniformsNeedUpdate=!1,this.glslVersion=null,e!==void 0&&this.setValues(e)}copy(e){return super.copy(e),this.fragmentShader=e.fragmentShader,this.vertexShader=e.vertexShader,this.uniforms=Ri(e.uniforms),this.uniformsGroups=zg(e.uniformsGroups),this.defines=Object.assign({},e.defines),this.wireframe=e.wireframe,this.wireframeLinewidth=e.wireframeLinewidth,this.fog=e.fog,this.lights=e.lights,this.clipping=e.clipping,this.extensions=Object.assign({},e.extensions),this.glslVersion=e.glslVersion,this.defaultAttributeValues=Object.assign({},e.defaultAttributeValues),this.index0AttributeName=e.index0AttributeName,this.uniformsNeedUpdate=e.uniformsNeedUpdate,this}toJSON(e){let t=super.toJSON(e);t.glslVersion=this.glslVersion,t.uniforms={};for(let r in this.uniforms){let o=this.uniforms[r].value;o&&o.isTexture?t.uniforms[r]={type:"t",value:o.toJSON(e).uuid}:o&&o.isColor?t.uniforms[r]={type:"c",value:o.getHex()}:o&&o.isVector2?t.uniforms[r]={type:"v2",value:o.toArray()}:o&&o.isVector3?t.uniforms[r]={type:"v3",value:o.toArray()}:o&&o.isVector4?t.uniforms[r]={type:"v4",value:o.toArray()}:o&&o.isMatrix3?t.uniforms[r]={type:"m3",value:o.toArray()}:o&&o.isMatrix4?t.uniforms[r]={type:"m4",value:o.toArray()}:t.uniforms[r]={value:o}}Object.keys(this.defines).length>0&&(t.defines=this.defines),t.vertexShader=this.vertexShader,t.fragmentShader=this.fragmentShader,t.lights=this.lights,t.clipping=this.clipping;let n={};for(let r in this.extensions)this.extensions[r]===!0&&(n[r]=!0);return Object.keys(n).length>0&&(t.extensions=n),t}fromJSON(e,t){if(super.fromJSON(e,t),e.uniforms!==void 0)for(let n in e.uniforms){let r=e.uniforms[n];switch(this.uniforms[n]={},r.type){case"t":this.uniforms[n].value=t[r.value]||null;break;case"c":this.uniforms[n].value=new ze().setHex(r.value);break;case"v2":this.uniforms[n].value=new Ge().fromArray(r.value);break;case"v3":this.uniforms[n].value=new $().fromArray(r.value);break;case"v4":this.uniforms[n].value=new ht().fromArray(r.value);break;case"m3":this.uniforms[n].value=new Ne().fromArray(r.value);break;case"m4":this.uniforms[n].value=new nt().fromArray(r.value);break;default:this.uniforms[n].value=r.value}}if(e.defines!==void 0&&(this.defines=e.defines),e.vertexShader!==void 0&&(this.vertexShader=e.vertexShader),e.fragmentShader!==void 0&&(this.fragmentShader=e.fragmentShader),e.glslVersion!==void 0&&(this.glslVersion=e.glslVersion),e.extensions!==void 0)for(let n in e.extensions)this.extensions[n]=e.extensions[n];return e.lights!==void 0&&(this.lights=e.lights),e.clipping!==void 0&&(this.clipping=e.clipping),this}},Po=class extends Xt{constructor(e){super(e),this.isRawShaderMaterial=!0,this.type="RawShaderMaterial"}};var Lo=class extends Bn{constructor(e){super(),this.isMeshDepthMaterial=!0,this.type="MeshDepthMaterial",this.depthPacking=bd,this.map=null,this.alphaMap=null,this.displacementMap=null,this.displacementScale=1,this.displacementBias=0,this.wireframe=!1,this.wireframeLinewidth=1,this.setValues(e)}copy(e){return super.copy(e),this.depthPacking=e.depthPacking,this.map=e.map,this.alphaMap=e.alphaMap,this.displacementMap=e.displacementMap,this.displacementScale=e.displacementScale,this.displacementBias=e.displacementBias,this.wireframe=e.wireframe,this.wireframeLinewidth=e.wireframeLinewidth,this}},No=class extends Bn{constructor(e){super(),this.isMeshDistanceMaterial=!0,this.type="MeshDistanceMaterial",this.map=null,this.alphaMap=null,this.displacementMap=null,this.displacementScale=1,this.displacementBias=0,this.setValues(e)}copy(e){return super.copy(e),this.map=e.map,this.alphaMap=e.alphaMap,this.displacementMap=e.displacementMap,this.displacementScale=e.displacementScale,this.displacementBias=e.displacementBias,this}};function Ji(i,e){return!i||i.constructor===e?i:typeof e.BYTES_PER_ELEMENT=="number"?new e(i):Array.prototype.slice.call(i)}function so(i){return i!==void 0&&i.inTangents!==void 0&&i.outTangents!==void 0}var ri=class{constructor(e,t,n,r){this.parameterPositions=e,this._cachedIndex=0,this.resultBuffer=r!==void 0?r:new t.constructor(n),this.sampleValues=t,this.valueSize=n,this.settings=null,this.DefaultSettings_={}}evaluate(e){let t=this.parameterPositions,n=this._cachedIndex,r=t[n],s=t[n-1];n:{e:{let o;t:{i:if(!(e<r)){for(let a=n+2;;){if(r===void 0){if(e<s)break i;return n=t.length,this._cachedIndex=n,this.copySampleValue_(n-1)}if(n===a)break;if(s=r,r=t[++n],e<r)break e}o=t.length;break t}if(!(e>=s)){let a=t[1];e<a&&(n=2,s=a);for(let l=n-2;;){if(s===void 0)return this._cachedIndex=0,this.copySampleValue_(0);if(n===l)break;if(r=s,s=t[--n-1],e>=s)break e}o=n,n=0;break t}break n}for(;n<o;){let a=n+o>>>1;e<t[a]?o=a:n=a+1}if(r=t[n],s=t[n-1],s===void 0)return this._cachedIndex=0,this.copySampleValue_(0);if(r===void 0)return n=t.length,this._cachedIndex=n,this.copySampleValue_(n-1)}this._cachedIndex=n,this.intervalChanged_(n,s,r)}return this.interpolate_(n,s,e,r)}getSettings_(){return this.settings||this.DefaultSettings_}copySampleValue_(e){let t=this.resultBuffer,n=this.sampleValues,r=this.valueSize,s=e*r;for(let o=0;o!==r;++o)t[o]=n[s+o];return t}interpolate_(){throw new Error("THREE.Interpolant: Call to abstract method.")}intervalChanged_(){}},Fo=class extends ri{constructor(e,t,n,r){super(e,t,n,r),this._weightPrev=-0,this._offsetPrev=-0,this._weightNext=-0,this._offsetNext=-0,this.DefaultSettings_={endingStart:sc,endingEnd:sc}}intervalChanged_(e,t,n){let r=this.parameterPositions,s=e-2,o=e+1,a=r[s],l=r[o];if(a===void 0)switch(this.getSettings_().endingStart){case oc:s=e,a=2*t-n;break;case ac:s=r.length-2,a=t+r[s]-r[s+1];break;default:s=e,a=n}if(l===void 0)switch(this.getSettings_().endingEnd){case oc:o=e,l=2*n-t;break;case ac:o=1,l=n+r[1]-r[0];break;default:o=e-1,l=t}let c=(n-t)*.5,u=this.valueSize;this._weightPrev=c/(t-a),this._weightNext=c/(l-n),this._offsetPrev=s*u,this._offsetNext=o*u}interpolate_(e,t,n,r){let s=this.resultBuffer,o=this.sampleValues,a=this.valueSize,l=e*a,c=l-a,u=this._offsetPrev,h=this._offsetNext,d=this._weightPrev,f=this._weightNext,m=(n-t)/(r-t),y=m*m,g=y*m,p=-d*g+2*d*y-d*m,x=(1+d)*g+(-1.5-2*d)*y+(-.5+d)*m+1,_=(-1-f)*g+(1.5+f)*y+.5*m,v=f*g-f*y;for(let E=0;E!==a;++E)s[E]=p*o[u+E]+x*o[c+E]+_*o[l+E]+v*o[h+E];return s}},Do=class extends ri{constructor(e,t,n,r){super(e,t,n,r)}interpolate_(e,t,n,r){let s=this.resultBuffer,o=this.sampleValues,a=this.valueSize,l=e*a,c=l-a,u=(n-t)/(r-t),h=1-u;for(let d=0;d!==a;++d)s[d]=o[c+d]*h+o[l+d]*u;return s}},Uo=class extends ri{constructor(e,t,n,r){super(e,t,n,r)}interpolate_(e){return this.copySampleValue_(e-1)}},Oo=class extends ri{interpolate_(e,t,n,r){let s=this.resultBuffer,o=this.sampleValues,a=this.valueSize,l=e*a,c=l-a,u=this.inTangents,h=this.outTangents;if(!u||!h){let m=(n-t)/(r-t),y=1-m;for(let g=0;g!==a;++g)s[g]=o[c+g]*y+o[l+g]*m;return s}let d=a*2,f=e-1;for(let m=0;m!==a;++m){let y=o[c+m],g=o[l+m],p=f*d+m*2,x=h[p],_=h[p+1],v=e*d+m*2,E=u[v],S=u[v+1],b=Wg(n,t,x,E,r);s[m]=Dd(b,y,_,S,g)}return s}};function Dd(i,e,t,n,r){let s=1-i;return s*s*s*e+3*s*s*i*t+3*s*i*i*n+i*i*i*r}function Hg(i,e,t,n,r){let s=1-i;return 3*s*s*(t-e)+6*s*i*(n-t)+3*i*i*(r-n)}function Wg(i,e,t,n,r){let s=(i-e)/(r-e);for(let o=0;o<8;o++){let a=Dd(s,e,t,n,r)-i;if(Math.abs(a)<1e-10)break;let l=Hg(s,e,t,n,r);if(Math.abs(l)<1e-10)break;s=Math.max(0,Math.min(1,s-a/l))}return s}var jt=class{constructor(e,t,n,r){if(e===void 0)throw new Error("THREE.KeyframeTrack: track name is undefined");if(t===void 0||t.length===0)throw new Error("THREE.KeyframeTrack: no keyframes in track named "+e);this.name=e,this.times=Ji(t,this.TimeBufferType),this.values=Ji(n,this.ValueBufferType),this.setInterpolation(r||this.DefaultInterpolation)}static toJSON(e){let t=e.constructor,n;if(t.toJSON!==this.toJSON)n=t.toJSON(e);else{n={name:e.name,times:Ji(e.times,Array),values:Ji(e.values,Array)};let r=e.getInterpolation();r!==e.DefaultInterpolation&&(n.interpolation=r),so(e.settings)&&(n.settings={inTangents:Ji(e.settings.inTangents,Array),outTangents:Ji(e.settings.outTangents,Array)})}return n.type=e.ValueTypeName,n}InterpolantFactoryMethodDiscrete(e){return new Uo(this.times,this.values,this.getValueSize(),e)}InterpolantFactoryMethodLinear(e){return new Do(this.times,this.values,this.getValueSize(),e)}InterpolantFactoryMethodSmooth(e){return new Fo(this.times,this.values,this.getValueSize(),e)}InterpolantFactoryMethodBezier(e){let t=new Oo(this.times,this.values,this.getValueSize(),e);return this.settings&&(t.inTangents=this.settings.inTangents,t.outTangents=this.settings.outTangents),t}setInterpolation(e){let t;switch(e){case zr:t=this.InterpolantFactoryMethodDiscrete;break;case vo:t=this.InterpolantFactoryMethodLinear;break;case lo:t=this.InterpolantFactoryMethodSmooth;break;case rc:t=this.InterpolantFactoryMethodBezier;break}if(t===void 0){let n="unsupported interpolation for "+this.ValueTypeName+" keyframe track named "+this.name;if(this.createInterpolant===void 0)if(e!==this.DefaultInterpolation)this.setInterpolation(this.DefaultInterpolation);else throw new Error(n);return Re("KeyframeTrack:",n),this}return this.createInterpolant=t,this}getInterpolation(){switch(this.createInterpolant){case this.InterpolantFactoryMethodDiscrete:return zr;case this.InterpolantFactoryMethodLinear:return vo;case this.InterpolantFactoryMethodSmooth:return lo;case this.InterpolantFactoryMethodBezier:return rc}}getValueSize(){return this.values.length/this.times.length}shift(e){if(e!==0){let t=this.times;for(let n=0,r=t.length;n!==r;++n)t[n]+=e;so(this.settings)&&(Xh(this.settings.inTangents,e),Xh(this.settings.outTangents,e))}return this}scale(e){if(e!==1){let t=this.times;for(let n=0,r=t.length;n!==r;++n)t[n]*=e;so(this.settings)&&($h(this.settings.inTangents,e),$h(this.settings.outTangents,e))}return this}trim(e,t){let n=this.times,r=n.length,s=0,o=r-1;for(;s!==r&&n[s]<e;)++s;for(;o!==-1&&n[o]>t;)--o;if(++o,s!==0||o!==r){s>=o&&(o=Math.max(o,1),s=o-1);let a=this.getValueSize();this.times=n.slice(s,o),this.values=this.values.slice(s*a,o*a)}return this}validate(){let e=!0,t=this.getValueSize();t-Math.floor(t)!==0&&(Le("KeyframeTrack: Invalid value size in track.",this),e=!1);let n=this.times,r=this.values,s=n.length;s===0&&(Le("KeyframeTrack: Track is empty.",this),e=!1);let o=null;for(let a=0;a!==s;a++){let l=n[a];if(typeof l=="number"&&isNaN(l)){Le("KeyframeTrack: Time is not a valid number.",this,a,l),e=!1;break}if(o!==null&&o>l){Le("KeyframeTrack: Out of order keys.",this,a,l,o),e=!1;break}o=l}if(r!==void 0&&xg(r))for(let a=0,l=r.length;a!==l;++a){let c=r[a];if(isNaN(c)){Le("KeyframeTrack: Value is not a valid number.",this,a,c),e=!1;break}}return e}optimize(){let e=this.times.slice(),t=this.values.slice(),n=this.getValueSize(),r=this.getInterpolation()===lo,s=e.length-1,o=1;for(let a=1;a<s;++a){let l=!1,c=e[a],u=e[a+1];if(c!==u&&(a!==1||c!==e[0]))if(r)l=!0;else{let h=a*n,d=h-n,f=h+n;for(let m=0;m!==n;++m){let y=t[h+m];if(y!==t[d+m]||y!==t[f+m]){l=!0;break}}}if(l){if(a!==o){e[o]=e[a];let h=a*n,d=o*n;for(let f=0;f!==n;++f)t[d+f]=t[h+f]}++o}}if(s>0){e[o]=e[s];for(let a=s*n,l=o*n,c=0;c!==n;++c)t[l+c]=t[a+c];++o}return o!==e.length?(this.times=e.slice(0,o),this.values=t.slice(0,o*n)):(this.times=e,this.values=t),this}clone(){let e=this.times.slice(),t=this.values.slice(),n=this.constructor,r=new n(this.name,e,t);return r.createInterpolant=this.createInterpolant,so(this.settings)&&(r.settings={inTangents:this.settings.inTangents.slice(),outTangents:this.settings.outTangents.slice()}),r}};function Xh(i,e){for(let t=0,n=i.length;t!==n;t+=2)i[t]+=e}function $h(i,e){for(let t=0,n=i.length;t!==n;t+=2)i[t]*=e}jt.prototype.ValueTypeName="";jt.prototype.TimeBufferType=Float32Array;jt.prototype.ValueBufferType=Float32Array;jt.prototype.DefaultInterpolation=vo;var si=class extends jt{constructor(e,t,n){super(e,t,n)}};si.prototype.ValueTypeName="bool";si.prototype.ValueBufferType=Array;si.prototype.DefaultInterpolation=zr;si.prototype.InterpolantFactoryMethodLinear=void 0;si.prototype.InterpolantFactoryMethodSmooth=void 0;var Bo=class extends jt{constructor(e,t,n,r){super(e,t,n,r)}};Bo.prototype.ValueTypeName="color";var ko=class extends jt{constructor(e,t,n,r){super(e,t,n,r)}};ko.prototype.ValueTypeName="number";var zo=class extends ri{constructor(e,t,n,r){super(e,t,n,r)}interpolate_(e,t,n,r){let s=this.resultBuffer,o=this.sampleValues,a=this.valueSize,l=(n-t)/(r-t),c=e*a;for(let u=c+a;c!==u;c+=4)An.slerpFlat(s,0,o,c-a,o,c,l);return s}},Qr=class extends jt{constructor(e,t,n,r){super(e,t,n,r)}InterpolantFactoryMethodLinear(e){return new zo(this.times,this.values,this.getValueSize(),e)}};Qr.prototype.ValueTypeName="quaternion";Qr.prototype.InterpolantFactoryMethodSmooth=void 0;var oi=class extends jt{constructor(e,t,n){super(e,t,n)}};oi.prototype.ValueTypeName="string";oi.prototype.ValueBufferType=Array;oi.prototype.DefaultInterpolation=zr;oi.prototype.InterpolantFactoryMethodLinear=void 0;oi.prototype.InterpolantFactoryMethodSmooth=void 0;var Go=class extends jt{constructor(e,t,n,r){super(e,t,n,r)}};Go.prototype.ValueTypeName="vector";var Vo=class{constructor(e,t,n){let r=this,s=!1,o=0,a=0,l,c=[];this.onStart=void 0,this.onLoad=e,this.onProgress=t,this.onError=n,this._abortController=null,this.itemStart=function(u){a++,s===!1&&r.onStart!==void 0&&r.onStart(u,o,a),s=!0},this.itemEnd=function(u){o++,r.onProgress!==void 0&&r.onProgress(u,o,a),o===a&&(s=!1,r.onLoad!==void 0&&r.onLoad())},this.itemError=function(u){r.onError!==void 0&&r.onError(u)},this.resolveURL=function(u){return u=u.normalize("NFC"),l?l(u):u},this.setURLModifier=function(u){return l=u,this},this.addHandler=function(u,h){return c.push(u,h),this},this.removeHandler=function(u){let h=c.indexOf(u);return h!==-1&&c.splice(h,2),this},this.getHandler=function(u){for(let h=0,d=c.length;h<d;h+=2){let f=c[h],m=c[h+1];if(f.global&&(f.lastIndex=0),f.test(u))return m}return null},this.abort=function(){return this.abortController.abort(),this._abortController=null,this}}get abortController(){return this._abortController||(this._abortController=new AbortController),this._abortController}},Ud=new Vo,Ho=class{constructor(e){this.manager=e!==void 0?e:Ud,this.crossOrigin="anonymous",this.withCredentials=!1,this.path="",this.resourcePath="",this.requestHeader={},this.priority="auto",this.cache="default",typeof __THREE_DEVTOOLS__<"u"&&__THREE_DEVTOOLS__.dispatchEvent(new CustomEvent("observe",{detail:this}))}load(){}loadAsync(e,t){let n=this;return new Promise(function(r,s){n.load(e,r,t,s)})}parse(){}setCrossOrigin(e){return this.crossOrigin=e,this}setWithCredentials(e){return this.withCredentials=e,this}setPath(e){return this.path=e,this}setResourcePath(e){return this.resourcePath=e,this}setRequestHeader(e){return this.requestHeader=e,this}setPriority(e){return this.priority=e,this}setCache(e){return this.cache=e,this}abort(){return this}};Ho.DEFAULT_MATERIAL_NAME="__DEFAULT";var oo=new $,ao=new An,vn=new $,Ai=class extends Wt{constructor(){super(),this.isCamera=!0,this.type="Camera",this.matrixWorldInverse=new nt,this.projectionMatrix=new nt,this.projectionMatrixInverse=new nt,this.coordinateSystem=on,this._reversedDepth=!1}get reversedDepth(){return this._reversedDepth}copy(e,t){return super.copy(e,t),this.matrixWorldInverse.copy(e.matrixWorldInverse),this.projectionMatrix.copy(e.projectionMatrix),this.projectionMatrixInverse.copy(e.projectionMatrixInverse),this.coordinateSystem=e.coordinateSystem,this}getWorldDirection(e){return super.getWorldDirection(e).negate()}updateMatrixWorld(e){super.updateMatrixWorld(e),this.matrixWorld.decompose(oo,ao,vn),vn.x===1&&vn.y===1&&vn.z===1?this.matrixWorldInverse.copy(this.matrixWorld).invert():this.matrixWorldInverse.compose(oo,ao,vn.set(1,1,1)).invert()}updateWorldMatrix(e,t,n=!1){super.updateWorldMatrix(e,t,n),this.matrixWorld.decompose(oo,ao,vn),vn.x===1&&vn.y===1&&vn.z===1?this.matrixWorldInverse.copy(this.matrixWorld).invert():this.matrixWorldInverse.compose(oo,ao,vn.set(1,1,1)).invert()}clone(){return new this.constructor().copy(this)}},Qn=new $,qh=new Ge,Yh=new Ge,Bt=class extends Ai{constructor(e=50,t=1,n=.1,r=2e3){super(),this.isPerspectiveCamera=!0,this.type="PerspectiveCamera",this.fov=e,this.zoom=1,this.near=n,this.far=r,this.focus=10,this.aspect=t,this.view=null,this.filmGauge=35,this.filmOffset=0,this.updateProjectionMatrix()}copy(e,t){return super.copy(e,t),this.fov=e.fov,this.zoom=e.zoom,this.near=e.near,this.far=e.far,this.focus=e.focus,this.aspect=e.aspect,this.view=e.view===null?null:Object.assign({},e.view),this.filmGauge=e.filmGauge,this.filmOffset=e.filmOffset,this}setFocalLength(e){let t=.5*this.getFilmHeight()/e;this.fov=_o*2*Math.atan(t),this.updateProjectionMatrix()}getFocalLength(){let e=Math.tan(Ul*.5*this.fov);return .5*this.getFilmHeight()/e}getEffectiveFOV(){return _o*2*Math.atan(Math.tan(Ul*.5*this.fov)/this.zoom)}getFilmWidth(){return this.filmGauge*Math.min(this.aspect,1)}getFilmHeight(){return this.filmGauge/Math.max(this.aspect,1)}getViewBounds(e,t,n){Qn.set(-1,-1,.5).applyMatrix4(this.projectionMatrixInverse),t.set(Qn.x,Qn.y).multiplyScalar(-e/Qn.z),Qn.set(1,1,.5).applyMatrix4(this.projectionMatrixInverse),n.set(Qn.x,Qn.y).multiplyScalar(-e/Qn.z)}getViewSize(e,t){return this.getViewBounds(e,qh,Yh),t.subVectors(Yh,qh)}setViewOffset(e,t,n,r,s,o){this.aspect=e/t,this.view===null&&(this.view={enabled:!0,fullWidth:1,fullHeight:1,offsetX:0,offsetY:0,width:1,height:1}),this.view.enabled=!0,this.view.fullWidth=e,this.view.fullHeight=t,this.view.offsetX=n,this.view.offsetY=r,this.view.width=s,this.view.height=o,this.updateProjectionMatrix()}clearViewOffset(){this.view!==null&&(this.view.enabled=!1),this.updateProjectionMatrix()}updateProjectionMatrix(){let e=this.near,t=e*Math.tan(Ul*.5*this.fov)/this.zoom,n=2*t,r=this.aspect*n,s=-.5*r,o=this.view;if(this.view!==null&&this.view.enabled){let l=o.fullWidth,c=o.fullHeight;s+=o.offsetX*r/l,t-=o.offsetY*n/c,r*=o.width/l,n*=o.height/c}let a=this.filmOffset;a!==0&&(s+=e*a/this.getFilmWidth()),this.projectionMatrix.makePerspective(s,s+r,t,t-n,e,this.far,this.coordinateSystem,this.reversedDepth),this.projectionMatrixInverse.copy(this.projectionMatrix).invert()}toJSON(e){let t=super.toJSON(e);return t.object.fov=this.fov,t.object.zoom=this.zoom,t.object.near=this.near,t.object.far=this.far,t.object.focus=this.focus,t.object.aspect=this.aspect,this.view!==null&&(t.object.view=Object.assign({},this.view)),t.object.filmGauge=this.filmGauge,t.object.filmOffset=this.filmOffset,t}};var ur=class extends Ai{constructor(e=-1,t=1,n=1,r=-1,s=.1,o=2e3){super(),this.isOrthographicCamera=!0,this.type="OrthographicCamera",this.zoom=1,this.view=null,this.left=e,this.right=t,this.top=n,this.bottom=r,this.near=s,this.far=o,this.updateProjectionMatrix()}copy(e,t){return super.copy(e,t),this.left=e.left,this.right=e.right,this.top=e.top,this.bottom=e.bottom,this.near=e.near,this.far=e.far,this.zoom=e.zoom,this.view=e.view===null?null:Object.assign({},e.view),this}setViewOffset(e,t,n,r,s,o){this.view===null&&(this.view={enabled:!0,fullWidth:1,fullHeight:1,offsetX:0,offsetY:0,width:1,height:1}),this.view.enabled=!0,this.view.fullWidth=e,this.view.fullHeight=t,this.view.offsetX=n,this.view.offsetY=r,this.view.width=s,this.view.height=o,this.updateProjectionMatrix()}clearViewOffset(){this.view!==null&&(this.view.enabled=!1),this.updateProjectionMatrix()}updateProjectionMatrix(){let e=(this.right-this.left)/(2*this.zoom),t=(this.top-this.bottom)/(2*this.zoom),n=(this.right+this.left)/2,r=(this.top+this.bottom)/2,s=n-e,o=n+e,a=r+t,l=r-t;if(this.view!==null&&this.view.enabled){let c=(this.right-this.left)/this.view.fullWidth/this.zoom,u=(this.top-this.bottom)/this.view.fullHeight/this.zoom;s+=c*this.view.offsetX,o=s+c*this.view.width,a-=u*this.view.offsetY,l=a-u*this.view.height}this.projectionMatrix.makeOrthographic(s,o,a,l,this.near,this.far,this.coordinateSystem,this.reversedDepth),this.projectionMatrixInverse.copy(this.projectionMatrix).invert()}toJSON(e){let t=super.toJSON(e);return t.object.zoom=this.zoom,t.object.left=this.left,t.object.right=this.right,t.object.top=this.top,t.object.bottom=this.bottom,t.object.near=this.near,t.object.far=this.far,this.view!==null&&(t.object.view=Object.assign({},this.view)),t}};var Zi=-90,Qi=1,hr=class extends Wt{constructor(e,t,n){super(),this.type="CubeCamera",this.renderTarget=n,this.coordinateSystem=null,this.activeMipmapLevel=0;let r=new Bt(Zi,Qi,e,t);r.layers=this.layers,this.add(r);let s=new Bt(Zi,Qi,e,t);s.layers=this.layers,this.add(s);let o=new Bt(Zi,Qi,e,t);o.layers=this.layers,this.add(o);let a=new Bt(Zi,Qi,e,t);a.layers=this.layers,this.add(a);let l=new Bt(Zi,Qi,e,t);l.layers=this.layers,this.add(l);let c=new Bt(Zi,Qi,e,t);c.layers=this.layers,this.add(c)}updateCoordinateSystem(){let e=this.coordinateSystem,t=this.children.concat(),[n,r,s,o,a,l]=t;for(let c of t)this.remove(c);if(e===on)n.up.set(0,1,0),n.lookAt(1,0,0),r.up.set(0,1,0),r.lookAt(-1,0,0),s.up.set(0,0,-1),s.lookAt(0,1,0),o.up.set(0,0,1),o.lookAt(0,-1,0),a.up.set(0,1,0),a.lookAt(0,0,1),l.up.set(0,1,0),l.lookAt(0,0,-1);else if(e===Hr)n.up.set(0,-1,0),n.lookAt(-1,0,0),r.up.set(0,-1,0),r.lookAt(1,0,0),s.up.set(0,0,1),s.lookAt(0,1,0),o.up.set(0,0,-1),o.lookAt(0,-1,0),a.up.set(0,-1,0),a.lookAt(0,0,1),l.up.set(0,-1,0),l.lookAt(0,0,-1);else throw new Error("THREE.CubeCamera.updateCoordinateSystem(): Invalid coordinate system: "+e);for(let c of t)this.add(c),c.updateMatrixWorld()}update(e,t){this.parent===null&&this.updateMatrixWorld();let{renderTarget:n,activeMipmapLevel:r}=this;this.coordinateSystem!==e.coordinateSystem&&(this.coordinateSystem=e.coordinateSystem,this.updateCoordinateSystem());let[s,o,a,l,c,u]=this.children,h=e.getRenderTarget(),d=e.getActiveCubeFace(),f=e.getActiveMipmapLevel(),m=e.xr.enabled;e.xr.enabled=!1;let y=n.texture.mipmapsAutoUpdate;n.texture.mipmapsAutoUpdate=!1;let g=!1;e.isWebGLRenderer===!0?g=e.state.buffers.depth.getReversed():g=e.reversedDepthBuffer,e.setRenderTarget(n,0,r),g&&e.autoClear===!1&&e.clearDepth(),e.render(t,s),e.setRenderTarget(n,1,r),g&&e.autoClear===!1&&e.clearDepth(),e.render(t,o),e.setRenderTarget(n,2,r),g&&e.autoClear===!1&&e.clearDepth(),e.render(t,a),e.setRenderTarget(n,3,r),g&&e.autoClear===!1&&e.clearDepth(),e.render(t,l),e.setRenderTarget(n,4,r),g&&e.autoClear===!1&&e.clearDepth(),e.render(t,c),n.texture.mipmapsAutoUpdate=y,e.setRenderTarget(n,5,r),g&&e.autoClear===!1&&e.clearDepth(),e.render(t,u),e.setRenderTarget(h,d,f),e.xr.enabled=m,n.texture.needsPMREMUpdate=!0}},Wo=class extends Bt{constructor(e=[]){super(),this.isArrayCamera=!0,this.isMultiViewCamera=!1,this.cameras=e,this.perCameraFrustumCulled=!1}};var zc="\\[\\]\\.:\\/",Xg=new RegExp("["+zc+"]","g"),Gc="[^"+zc+"]",$g="[^"+zc.replace("\\.","")+"]",qg=/((?:WC+[\/:])*)/.source.replace("WC",Gc),Yg=/(WCOD+)?/.source.replace("WCOD",$g),jg=/(?:\.(WC+)(?:\[(.+)\])?)?/.source.replace("WC",Gc),Kg=/\.(WC+)(?:\[(.+)\])?/.source.replace("WC",Gc),Jg=new RegExp("^"+qg+Yg+jg+Kg+"$"),Zg=["material","materials","bones","map"],cc=class{constructor(e,t,n){let r=n||it.parseTrackName(t);this._targetGroup=e,this._bindings=e.subscribe_(t,r)}getValue(e,t){this.bind();let n=this._targetGroup.nCachedObjects_,r=this._bindings[n];r!==void 0&&r.getValue(e,t)}setValue(e,t){let n=this._bindings;for(let r=this._targetGroup.nCachedObjects_,s=n.length;r!==s;++r)n[r].setValue(e,t)}bind(){let e=this._bindings;for(let t=this._targetGroup.nCachedObjects_,n=e.length;t!==n;++t)e[t].bind()}unbind(){let e=this._bindings;for(let t=this._targetGroup.nCachedObjects_,n=e.length;t!==n;++t)e[t].unbind()}},it=class i{constructor(e,t,n){this.path=t,this.parsedPath=n||i.parseTrackName(t),this.node=i.findNode(e,this.parsedPath.nodeName),this.rootNode=e,this.getValue=this._getValue_unbound,this.setValue=this._setValue_unbound}static create(e,t,n){return e&&e.isAnimationObjectGroup?new i.Composite(e,t,n):new i(e,t,n)}static sanitizeNodeName(e){return e.replace(/\s/g,"_").replace(Xg,"")}static parseTrackName(e){let t=Jg.exec(e);if(t===null)throw new Error("THREE.PropertyBinding: Cannot parse trackName: "+e);let n={nodeName:t[2],objectName:t[3],objectIndex:t[4],propertyName:t[5],propertyIndex:t[6]},r=n.nodeName&&n.nodeName.lastIndexOf(".");if(r!==void 0&&r!==-1){let s=n.nodeName.substring(r+1);Zg.indexOf(s)!==-1&&(n.nodeName=n.nodeName.substring(0,r),n.objectName=s)}if(n.propertyName===null||n.propertyName.length===0)throw new Error("THREE.PropertyBinding: can not parse propertyName from trackName: "+e);return n}static findNode(e,t){if(t===void 0||t===""||t==="."||t===-1||t===e.name||t===e.uuid)return e;if(e.skeleton){let n=e.skeleton.getBoneByName(t);if(n!==void 0)return n}if(e.children){let n=function(s){for(let o=0;o<s.length;o++){let a=s[o];if(a.name===t||a.uuid===t)return a;let l=n(a.children);if(l)return l}return null},r=n(e.children);if(r)return r}return null}_getValue_unavailable(){}_setValue_unavailable(){}_getValue_direct(e,t){e[t]=this.targetObject[this.propertyName]}_getValue_array(e,t){let n=this.resolvedProperty;for(let r=0,s=n.length;r!==s;++r)e[t++]=n[r]}_getValue_arrayElement(e,t){e[t]=this.resolvedProperty[this.propertyIndex]}_getValue_toArray(e,t){this.resolvedProperty.toArray(e,t)}_setValue_direct(e,t){this.targetObject[this.propertyName]=e[t]}_setValue_direct_setNeedsUpdate(e,t){this.targetObject[this.propertyName]=e[t],this.targetObject.needsUpdate=!0}_setValue_direct_setMatrixWorldNeedsUpdate(e,t){this.targetObject[this.propertyName]=e[t],this.targetObject.matrixWorldNeedsUpdate=!0}_setValue_array(e,t){let n=this.resolvedProperty;for(let r=0,s=n.length;r!==s;++r)n[r]=e[t++]}_setValue_array_setNeedsUpdate(e,t){let n=this.resolvedProperty;for(let r=0,s=n.length;r!==s;++r)n[r]=e[t++];this.targetObject.needsUpdate=!0}_setValue_array_setMatrixWorldNeedsUpdate(e,t){let n=this.resolvedProperty;for(let r=0,s=n.length;r!==s;++r)n[r]=e[t++];this.targetObject.matrixWorldNeedsUpdate=!0}_setValue_arrayElement(e,t){this.resolvedProperty[this.propertyIndex]=e[t]}_setValue_arrayElement_setNeedsUpdate(e,t){this.resolvedProperty[this.propertyIndex]=e[t],this.targetObject.needsUpdate=!0}_setValue_arrayElement_setMatrixWorldNeedsUpdate(e,t){this.resolvedProperty[this.propertyIndex]=e[t],this.targetObject.matrixWorldNeedsUpdate=!0}_setValue_fromArray(e,t){this.resolvedProperty.fromArray(e,t)}_setValue_fromArray_setNeedsUpdate(e,t){this.resolvedProperty.fromArray(e,t),this.targetObject.needsUpdate=!0}_setValue_fromArray_setMatrixWorldNeedsUpdate(e,t){this.resolvedProperty.fromArray(e,t),this.targetObject.matrixWorldNeedsUpdate=!0}_getValue_unbound(e,t){this.bind(),this.getValue(e,t)}_setValue_unbound(e,t){this.bind(),this.setValue(e,t)}bind(){let e=this.node,t=this.parsedPath,n=t.objectName,r=t.propertyName,s=t.propertyIndex;if(e||(e=i.findNode(this.rootNode,t.nodeName),this.node=e),this.getValue=this._getValue_unavailable,this.setValue=this._setValue_unavailable,!e){Re("PropertyBinding: No target node found for track: "+this.path+".");return}if(n){let c=t.objectIndex;switch(n){case"materials":if(!e.material){Le("PropertyBinding: Can not bind to material as node does not have a material.",this);return}if(!e.material.materials){Le("PropertyBinding: Can not bind to material.materials as node.material does not have a materials array.",this);return}e=e.material.materials;break;case"bones":if(!e.skeleton){Le("PropertyBinding: Can not bind to bones as node does not have a skeleton.",this);return}e=e.skeleton.bones;for(let u=0;u<e.length;u++)if(e[u].name===c){c=u;break}break;case"map":if("map"in e){e=e.map;break}if(!e.material){Le("PropertyBinding: Can not bind to material as node does not have a material.",this);return}if(!e.material.map){Le("PropertyBinding: Can not bind to material.map as node.material does not have a map.",this);return}e=e.material.map;break;default:if(e[n]===void 0){Le("PropertyBinding: Can not bind to objectName of node undefined.",this);return}e=e[n]}if(c!==void 0){if(e[c]===void 0){Le("PropertyBinding: Trying to bind to objectIndex of objectName, but is undefined.",this,e);return}e=e[c]}}let o=e[r];if(o===void 0){let c=t.nodeName;Le("PropertyBinding: Trying to update property for track: "+c+"."+r+" but it wasn't found.",e);return}let a=this.Versioning.None;this.targetObject=e,e.isMaterial===!0?a=this.Versioning.NeedsUpdate:e.isObject3D===!0&&(a=this.Versioning.MatrixWorldNeedsUpdate);let l=this.BindingType.Direct;if(s!==void 0){if(r==="morphTargetInfluences"){if(!e.geometry){Le("PropertyBinding: Can not bind to morphTargetInfluences because node does not have a geometry.",this);return}if(!e.geometry.morphAttributes){Le("PropertyBinding: Can not bind to morphTargetInfluences because node does not have a geometry.morphAttributes.",this);return}e.morphTargetDictionary[s]!==void 0&&(s=e.morphTargetDictionary[s])}l=this.BindingType.ArrayElement,this.resolvedProperty=o,this.propertyIndex=s}else o.fromArray!==void 0&&o.toArray!==void 0?(l=this.BindingType.HasFromToArray,this.resolvedProperty=o):Array.isArray(o)?(l=this.BindingType.EntireArray,this.resolvedProperty=o):this.propertyName=r;this.getValue=this.GetterByBindingType[l],this.setValue=this.SetterByBindingTypeAndVersioning[l][a]}unbind(){this.node=null,this.getValue=this._getValue_unbound,this.setValue=this._setValue_unbound}};it.Composite=cc;it.prototype.BindingType={Direct:0,EntireArray:1,ArrayElement:2,HasFromToArray:3};it.prototype.Versioning={None:0,NeedsUpdate:1,MatrixWorldNeedsUpdate:2};it.prototype.GetterByBindingType=[it.prototype._getValue_direct,it.prototype._getValue_array,it.prototype._getValue_arrayElement,it.prototype._getValue_toArray];it.prototype.SetterByBindingTypeAndVersioning=[[it.prototype._setValue_direct,it.prototype._setValue_direct_setNeedsUpdate,it.prototype._setValue_direct_setMatrixWorldNeedsUpdate],[it.prototype._setValue_array,it.prototype._setValue_array_setNeedsUpdate,it.prototype._setValue_array_setMatrixWorldNeedsUpdate],[it.prototype._setValue_arrayElement,it.prototype._setValue_arrayElement_setNeedsUpdate,it.prototype._setValue_arrayElement_setMatrixWorldNeedsUpdate],[it.prototype._setValue_fromArray,it.prototype._setValue_fromArray_setNeedsUpdate,it.prototype._setValue_fromArray_setMatrixWorldNeedsUpdate]];var tA=new Float32Array(1);var qc=class qc{constructor(e,t,n,r){this.elements=[1,0,0,1],e!==void 0&&this.set(e,t,n,r)}identity(){return this.set(1,0,0,1),this}fromArray(e,t=0){for(let n=0;n<4;n++)this.elements[n]=e[n+t];return this}set(e,t,n,r){let s=this.elements;return s[0]=e,s[2]=t,s[1]=n,s[3]=r,this}};qc.prototype.isMatrix2=!0;var uc=qc;function Vc(i,e,t,n){let r=Qg(n);switch(t){case Ic:return i*e;case Lc:return i*e/r.components*r.byteLength;case Zo:return i*e/r.components*r.byteLength;case li:return i*e*2/r.components*r.byteLength;case Qo:return i*e*2/r.components*r.byteLength;case Pc:return i*e*3/r.components*r.byteLength;case yn:return i*e*4/r.components*r.byteLength;case ea:return i*e*4/r.components*r.byteLength;case ns:case is:return Math.floor((i+3)/4)*Math.floor((e+3)/4)*8;case rs:case ss:return Math.floor((i+3)/4)*Math.floor((e+3)/4)*16;case na:case ra:return Math.max(i,16)*Math.max(e,8)/4;case ta:case ia:return Math.max(i,8)*Math.max(e,8)/2;case sa:case oa:case la:case ca:return Math.floor((i+3)/4)*Math.floor((e+3)/4)*8;case aa:case os:case ua:return Math.floor((i+3)/4)*Math.floor((e+3)/4)*16;case ha:return Math.floor((i+3)/4)*Math.floor((e+3)/4)*16;case da:return Math.floor((i+4)/5)*Math.floor((e+3)/4)*16;case fa:return Math.floor((i+4)/5)*Math.floor((e+4)/5)*16;case pa:return Math.floor((i+5)/6)*Math.floor((e+4)/5)*16;case ma:return Math.floor((i+5)/6)*Math.floor((e+5)/6)*16;case ga:return Math.floor((i+7)/8)*Math.floor((e+4)/5)*16;case ya:return Math.floor((i+7)/8)*Math.floor((e+5)/6)*16;case xa:return Math.floor((i+7)/8)*Math.floor((e+7)/8)*16;case ba:return Math.floor((i+9)/10)*Math.floor((e+4)/5)*16;case va:return Math.floor((i+9)/10)*Math.floor((e+5)/6)*16;case _a:return Math.floor((i+9)/10)*Math.floor((e+7)/8)*16;case Sa:return Math.floor((i+9)/10)*Math.floor((e+9)/10)*16;case Aa:return Math.floor((i+11)/12)*Math.floor((e+9)/10)*16;case wa:return Math.floor((i+11)/12)*Math.floor((e+11)/12)*16;case Ma:case Ea:case Ta:return Math.ceil(i/4)*Math.ceil(e/4)*16;case Ca:case Ra:return Math.ceil(i/4)*Math.ceil(e/4)*8;case as:case Ia:return Math.ceil(i/4)*Math.ceil(e/4)*16}throw new Error(`Unable to determine texture byte length for ${t} format.`)}function Qg(i){switch(i){case Kt:case Ec:return{byteLength:1,components:1};case mr:case Tc:case gn:return{byteLength:2,components:1};case Ko:case Jo:return{byteLength:2,components:4};case pn:case jo:case mn:return{byteLength:4,components:1};case Cc:case Rc:return{byteLength:4,components:3}}throw new Error(`THREE.TextureUtils: Unknown texture type ${i}.`)}typeof __THREE_DEVTOOLS__<"u"&&__THREE_DEVTOOLS__.dispatchEvent(new CustomEvent("register",{detail:{revision:"187"}}));typeof window<"u"&&(window.__THREE__?Re("WARNING: Multiple instances of Three.js being imported."):window.__THREE__="187");function sf(){let i=null,e=!1,t=null,n=null;function r(s,o){n=i.requestAnimationFrame(r),t(s,o)}return{start:function(){e!==!0&&t!==null&&i!==null&&(n=i.requestAnimationFrame(r),e=!0)},stop:function(){i!==null&&i.cancelAnimationFrame(n),e=!1},setAnimationLoop:function(s){t=s},setContext:function(s){i=s}}}function ty(i){let e=new WeakMap;function t(a,l){let c=a.array,u=a.usage,h=c.byteLength,d=i.createBuffer();i.bindBuffer(l,d),i.bufferData(l,c,u),a.onUploadCallback();let f;if(c instanceof Float32Array)f=i.FLOAT;else if(typeof Float16Array<"u"&&c instanceof Float16Array)f=i.HALF_FLOAT;else if(c instanceof Uint16Array)a.isFloat16BufferAttribute?f=i.HALF_FLOAT:f=i.UNSIGNED_SHORT;else if(c instanceof Int16Array)f=i.SHORT;else if(c instanceof Uint32Array)f=i.UNSIGNED_INT;else if(c instanceof Int32Array)f=i.INT;else if(c instanceof Int8Array)f=i.BYTE;else if(c instanceof Uint8Array)f=i.UNSIGNED_BYTE;else if(c instanceof Uint8ClampedArray)f=i.UNSIGNED_BYTE;else throw new Error("THREE.WebGLAttributes: Unsupported buffer data format: "+c);return{buffer:d,type:f,bytesPerElement:c.BYTES_PER_ELEMENT,version:a.version,size:h}}function n(a,l,c){let u=l.array,h=l.updateRanges;if(i.bindBuffer(c,a),h.length===0)i.bufferSubData(c,0,u);else{h.sort((f,m)=>f.start-m.start);let d=0;for(let f=1;f<h.length;f++){let m=h[d],y=h[f];y.start<=m.start+m.count+1?m.count=Math.max(m.count,y.start+y.count-m.start):(++d,h[d]=y)}h.length=d+1;for(let f=0,m=h.length;f<m;f++){let y=h[f];i.bufferSubData(c,y.start*u.BYTES_PER_ELEMENT,u,y.start,y.count)}l.clearUpdateRanges()}l.onUploadCallback()}function r(a){return a.isInterleavedBufferAttribute&&(a=a.data),e.get(a)}function s(a){a.isInterleavedBufferAttribute&&(a=a.data);let l=e.get(a);l&&(i.deleteBuffer(l.buffer),e.delete(a))}function o(a,l){if(a.isInterleavedBufferAttribute&&(a=a.data),a.isGLBufferAttribute){let u=e.get(a);(!u||u.version<a.version)&&e.set(a,{buffer:a.buffer,type:a.type,bytesPerElement:a.elementSize,version:a.version});return}let c=e.get(a);if(c===void 0)e.set(a,t(a,l));else if(c.version<a.version){if(c.size!==a.array.byteLength)throw new Error("THREE.WebGLAttributes: The size of the buffer attribute's array buffer does not match the original size. Resizing buffer attributes is not supported.");n(c.buffer,a,l),c.version=a.version}}return{get:r,remove:s,update:o}}var ny=`#ifdef USE_ALPHAHASH
	if ( diffuseColor.a < getAlphaHashThreshold( vPosition ) ) discard;
#endif`,iy=`#ifdef USE_ALPHAHASH
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
#endif`,ry=`#ifdef USE_ALPHAMAP
	diffuseColor.a *= texture2D( alphaMap, vAlphaMapUv ).g;
#endif`,sy=`#ifdef USE_ALPHAMAP
	uniform sampler2D alphaMap;
#endif`,oy=`#ifdef USE_ALPHATEST
	#ifdef ALPHA_TO_COVERAGE
	diffuseColor.a = smoothstep( alphaTest, alphaTest + fwidth( diffuseColor.a ), diffuseColor.a );
	if ( diffuseColor.a == 0.0 ) discard;
	#else
	if ( diffuseColor.a < alphaTest ) discard;
	#endif
#endif`,ay=`#ifdef USE_ALPHATEST
	uniform float alphaTest;
#endif`,ly=`#ifdef USE_AOMAP
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
#endif`,cy=`#ifdef USE_AOMAP
	uniform sampler2D aoMap;
	uniform float aoMapIntensity;
#endif`,uy=`#ifdef USE_BATCHING
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
#endif`,hy=`#ifdef USE_BATCHING
	mat4 batchingMatrix = getBatchingMatrix( getIndirectIndex( gl_DrawID ) );
#endif`,dy=`vec3 transformed = vec3( position );
#ifdef USE_ALPHAHASH
	vPosition = vec3( position );
#endif`,fy=`vec3 objectNormal = vec3( normal );
#ifdef USE_TANGENT
	vec3 objectTangent = vec3( tangent.xyz );
#endif`,py=`float G_BlinnPhong_Implicit( ) {
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
} // validated`,my=`#ifdef USE_IRIDESCENCE
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
#endif`,gy=`#ifdef USE_BUMPMAP
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
#endif`,yy=`#if NUM_CLIPPING_PLANES > 0
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
#endif`,xy=`#if NUM_CLIPPING_PLANES > 0
	varying vec3 vClipPosition;
	uniform vec4 clippingPlanes[ NUM_CLIPPING_PLANES ];
#endif`,by=`#if NUM_CLIPPING_PLANES > 0
	varying vec3 vClipPosition;
#endif`,vy=`#if NUM_CLIPPING_PLANES > 0
	vClipPosition = - mvPosition.xyz;
#endif`,_y=`#if defined( USE_COLOR ) || defined( USE_COLOR_ALPHA )
	diffuseColor *= vColor;
#endif`,Sy=`#if defined( USE_COLOR ) || defined( USE_COLOR_ALPHA )
	varying vec4 vColor;
#endif`,Ay=`#if defined( USE_COLOR ) || defined( USE_COLOR_ALPHA ) || defined( USE_INSTANCING_COLOR ) || defined( USE_BATCHING_COLOR )
	varying vec4 vColor;
#endif`,wy=`#if defined( USE_COLOR ) || defined( USE_COLOR_ALPHA ) || defined( USE_INSTANCING_COLOR ) || defined( USE_BATCHING_COLOR )
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
#endif`,My=`#define PI 3.141592653589793
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
} // validated`,Ey=`vec3 transformedNormal = objectNormal;
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
#endif`,Ty=`#ifdef USE_DISPLACEMENTMAP
	uniform sampler2D displacementMap;
	uniform float displacementScale;
	uniform float displacementBias;
#endif`,Cy=`#ifdef USE_DISPLACEMENTMAP
	transformed += normalize( objectNormal ) * ( texture2D( displacementMap, vDisplacementMapUv ).x * displacementScale + displacementBias );
#endif`,Ry=`#ifdef USE_EMISSIVEMAP
	vec4 emissiveColor = texture2D( emissiveMap, vEmissiveMapUv );
	#ifdef DECODE_VIDEO_TEXTURE_EMISSIVE
		emissiveColor = sRGBTransferEOTF( emissiveColor );
	#endif
	totalEmissiveRadiance *= emissiveColor.rgb;
#endif`,Iy=`#ifdef USE_EMISSIVEMAP
	uniform sampler2D emissiveMap;
#endif`,Py="gl_FragColor = linearToOutputTexel( gl_FragColor );",Ly=`vec4 LinearTransferOETF( in vec4 value ) {
	return value;
}
vec4 sRGBTransferEOTF( in vec4 value ) {
	return vec4( mix( pow( value.rgb * 0.9478672986 + vec3( 0.0521327014 ), vec3( 2.4 ) ), value.rgb * 0.0773993808, vec3( lessThanEqual( value.rgb, vec3( 0.04045 ) ) ) ), value.a );
}
vec4 sRGBTransferOETF( in vec4 value ) {
	return vec4( mix( pow( value.rgb, vec3( 0.41666 ) ) * 1.055 - vec3( 0.055 ), value.rgb * 12.92, vec3( lessThanEqual( value.rgb, vec3( 0.0031308 ) ) ) ), value.a );
}`,Ny=`#ifdef USE_ENVMAP
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
#endif`,Fy=`#ifdef USE_ENVMAP
	uniform float envMapIntensity;
	uniform mat3 envMapRotation;
	uniform samplerCube envMap;
	#ifdef ENVMAP_TYPE_PMREM
		float roughnessToMip( const in float roughness ) {
			float r = clamp( roughness, 0.0, 1.0 );
			return ENVMAP_MAX_LOD * r * ( 2.0 - r );
		}
	#endif
#endif`,Dy=`#ifdef USE_ENVMAP
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
#endif`,Uy=`#ifdef USE_ENVMAP
	#if defined( USE_BUMPMAP ) || defined( USE_NORMALMAP ) || defined( PHONG ) || defined( LAMBERT )
		#define ENV_WORLDPOS
	#endif
	#ifdef ENV_WORLDPOS
		
		varying vec3 vWorldPosition;
	#else
		varying vec3 vReflect;
		uniform float refractionRatio;
	#endif
#endif`,Oy=`#ifdef USE_ENVMAP
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
#endif`,By=`#ifdef USE_FOG
	vFogDepth = - mvPosition.z;
#endif`,ky=`#ifdef USE_FOG
	varying float vFogDepth;
#endif`,zy=`#ifdef USE_FOG
	#ifdef FOG_EXP2
		float fogFactor = 1.0 - exp( - fogDensity * fogDensity * vFogDepth * vFogDepth );
	#else
		float fogFactor = smoothstep( fogNear, fogFar, vFogDepth );
	#endif
	gl_FragColor.rgb = mix( gl_FragColor.rgb, fogColor, fogFactor );
#endif`,Gy=`#ifdef USE_FOG
	uniform vec3 fogColor;
	varying float vFogDepth;
	#ifdef FOG_EXP2
		uniform float fogDensity;
	#else
		uniform float fogNear;
		uniform float fogFar;
	#endif
#endif`,Vy=`#ifdef USE_GRADIENTMAP
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
}`,Hy=`#ifdef USE_LIGHTMAP
	uniform sampler2D lightMap;
	uniform float lightMapIntensity;
#endif`,Wy=`LambertMaterial material;
material.diffuseColor = diffuseColor.rgb;
material.specularStrength = specularStrength;`,Xy=`varying vec3 vViewPosition;
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
#define RE_IndirectDiffuse		RE_IndirectDiffuse_Lambert`,$y=`uniform bool receiveShadow;
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
#include <lightprobes_pars_fragment>`,qy=`#ifdef USE_ENVMAP
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
#endif`,Yy=`ToonMaterial material;
material.diffuseColor = diffuseColor.rgb;`,jy=`varying vec3 vViewPosition;
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
#define RE_IndirectDiffuse		RE_IndirectDiffuse_Toon`,Ky=`BlinnPhongMaterial material;
material.diffuseColor = diffuseColor.rgb;
material.specularColor = specular;
material.specularShininess = shininess;
material.specularStrength = specularStrength;`,Jy=`varying vec3 vViewPosition;
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
#define RE_IndirectDiffuse		RE_IndirectDiffuse_BlinnPhong`,Zy=`PhysicalMaterial material;
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
#endif`,Qy=`uniform sampler2D dfgLUT;
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
}`,e0=`
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
#endif`,t0=`#if defined( RE_IndirectDiffuse )
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
#endif`,n0=`#if defined( RE_IndirectDiffuse )
	#if defined( LAMBERT ) || defined( PHONG )
		irradiance += iblIrradiance;
	#endif
	RE_IndirectDiffuse( irradiance, geometryPosition, geometryNormal, geometryViewDir, geometryClearcoatNormal, material, reflectedLight );
#endif
#if defined( RE_IndirectSpecular )
	RE_IndirectSpecular( radiance, iblIrradiance, clearcoatRadiance, geometryPosition, geometryNormal, geometryViewDir, geometryClearcoatNormal, material, reflectedLight );
#endif`,i0=`#if NUM_LIGHT_PROBE_GRIDS > 0
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
#endif`,r0=`#if defined( USE_LOGARITHMIC_DEPTH_BUFFER )
	gl_FragDepth = vIsPerspective == 0.0 ? gl_FragCoord.z : log2( vFragDepth ) * logDepthBufFC * 0.5;
#endif`,s0=`#if defined( USE_LOGARITHMIC_DEPTH_BUFFER )
	uniform float logDepthBufFC;
	varying float vFragDepth;
	varying float vIsPerspective;
#endif`,o0=`#ifdef USE_LOGARITHMIC_DEPTH_BUFFER
	varying float vFragDepth;
	varying float vIsPerspective;
#endif`,a0=`#ifdef USE_LOGARITHMIC_DEPTH_BUFFER
	vFragDepth = 1.0 + gl_Position.w;
	vIsPerspective = float( isPerspectiveMatrix( projectionMatrix ) );
#endif`,l0=`#ifdef USE_MAP
	vec4 sampledDiffuseColor = texture2D( map, vMapUv );
	#ifdef DECODE_VIDEO_TEXTURE
		sampledDiffuseColor = sRGBTransferEOTF( sampledDiffuseColor );
	#endif
	diffuseColor *= sampledDiffuseColor;
#endif`,c0=`#ifdef USE_MAP
	uniform sampler2D map;
#endif`,u0=`#if defined( USE_MAP ) || defined( USE_ALPHAMAP )
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
#endif`,h0=`#if defined( USE_POINTS_UV )
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
#endif`,d0=`float metalnessFactor = metalness;
#ifdef USE_METALNESSMAP
	vec4 texelMetalness = texture2D( metalnessMap, vMetalnessMapUv );
	metalnessFactor *= texelMetalness.b;
#endif`,f0=`#ifdef USE_METALNESSMAP
	uniform sampler2D metalnessMap;
#endif`,p0=`#ifdef USE_INSTANCING_MORPH
	float morphTargetInfluences[ MORPHTARGETS_COUNT ];
	float morphTargetBaseInfluence = texelFetch( morphTexture, ivec2( 0, gl_InstanceID ), 0 ).r;
	for ( int i = 0; i < MORPHTARGETS_COUNT; i ++ ) {
		morphTargetInfluences[i] =  texelFetch( morphTexture, ivec2( i + 1, gl_InstanceID ), 0 ).r;
	}
#endif`,m0=`#if defined( USE_MORPHCOLORS )
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
#endif`,g0=`#ifdef USE_MORPHNORMALS
	objectNormal *= morphTargetBaseInfluence;
	for ( int i = 0; i < MORPHTARGETS_COUNT; i ++ ) {
		if ( morphTargetInfluences[ i ] != 0.0 ) objectNormal += getMorph( gl_VertexID, i, 1 ).xyz * morphTargetInfluences[ i ];
	}
#endif`,y0=`#ifdef USE_MORPHTARGETS
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
#endif`,x0=`#ifdef USE_MORPHTARGETS
	transformed *= morphTargetBaseInfluence;
	for ( int i = 0; i < MORPHTARGETS_COUNT; i ++ ) {
		if ( morphTargetInfluences[ i ] != 0.0 ) transformed += getMorph( gl_VertexID, i, 0 ).xyz * morphTargetInfluences[ i ];
	}
#endif`,b0=`float faceDirection = gl_FrontFacing ? 1.0 : - 1.0;
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
vec3 nonPerturbedNormal = normal;`,v0=`#ifdef USE_NORMALMAP_OBJECTSPACE
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
#endif`,_0=`#ifndef FLAT_SHADED
	varying vec3 vNormal;
	#ifdef USE_TANGENT
		varying vec3 vTangent;
		varying vec3 vBitangent;
	#endif
#endif`,S0=`#ifndef FLAT_SHADED
	varying vec3 vNormal;
	#ifdef USE_TANGENT
		varying vec3 vTangent;
		varying vec3 vBitangent;
	#endif
#endif`,A0=`#ifndef FLAT_SHADED
	vNormal = normalize( transformedNormal );
	#ifdef USE_TANGENT
		vTangent = normalize( transformedTangent );
		vBitangent = normalize( cross( vNormal, vTangent ) * tangent.w );
		#ifdef FLIP_SIDED
			vBitangent = - vBitangent;
		#endif
	#endif
#endif`,w0=`#ifdef USE_NORMALMAP
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
#endif`,M0=`#ifdef USE_CLEARCOAT
	vec3 clearcoatNormal = nonPerturbedNormal;
#endif`,E0=`#ifdef USE_CLEARCOAT_NORMALMAP
	vec3 clearcoatMapN = texture2D( clearcoatNormalMap, vClearcoatNormalMapUv ).xyz * 2.0 - 1.0;
	clearcoatMapN.xy *= clearcoatNormalScale;
	clearcoatNormal = normalize( tbn2 * clearcoatMapN );
#endif`,T0=`#ifdef USE_CLEARCOATMAP
	uniform sampler2D clearcoatMap;
#endif
#ifdef USE_CLEARCOAT_NORMALMAP
	uniform sampler2D clearcoatNormalMap;
	uniform vec2 clearcoatNormalScale;
#endif
#ifdef USE_CLEARCOAT_ROUGHNESSMAP
	uniform sampler2D clearcoatRoughnessMap;
#endif`,C0=`#ifdef USE_IRIDESCENCEMAP
	uniform sampler2D iridescenceMap;
#endif
#ifdef USE_IRIDESCENCE_THICKNESSMAP
	uniform sampler2D iridescenceThicknessMap;
#endif`,R0=`#ifdef OPAQUE
diffuseColor.a = 1.0;
#endif
#ifdef USE_TRANSMISSION
diffuseColor.a *= material.transmissionAlpha;
#endif
gl_FragColor = vec4( outgoingLight, diffuseColor.a );`,I0=`vec3 packNormalToRGB( const in vec3 normal ) {
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
}`,P0=`#ifdef PREMULTIPLIED_ALPHA
	gl_FragColor.rgb *= gl_FragColor.a;
#endif`,L0=`vec4 mvPosition = vec4( transformed, 1.0 );
#ifdef USE_BATCHING
	mvPosition = batchingMatrix * mvPosition;
#endif
#ifdef USE_INSTANCING
	mvPosition = instanceMatrix * mvPosition;
#endif
mvPosition = modelViewMatrix * mvPosition;
gl_Position = projectionMatrix * mvPosition;`,N0=`#ifdef DITHERING
	gl_FragColor.rgb = dithering( gl_FragColor.rgb );
#endif`,F0=`#ifdef DITHERING
	vec3 dithering( vec3 color ) {
		float grid_position = rand( gl_FragCoord.xy );
		vec3 dither_shift_RGB = vec3( 0.25 / 255.0, -0.25 / 255.0, 0.25 / 255.0 );
		dither_shift_RGB = mix( 2.0 * dither_shift_RGB, -2.0 * dither_shift_RGB, grid_position );
		return color + dither_shift_RGB;
	}
#endif`,D0=`float roughnessFactor = roughness;
#ifdef USE_ROUGHNESSMAP
	vec4 texelRoughness = texture2D( roughnessMap, vRoughnessMapUv );
	roughnessFactor *= texelRoughness.g;
#endif`,U0=`#ifdef USE_ROUGHNESSMAP
	uniform sampler2D roughnessMap;
#endif`,O0=`#if NUM_SPOT_LIGHT_COORDS > 0
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
#endif`,B0=`#if NUM_SPOT_LIGHT_COORDS > 0
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
#endif`,k0=`#if ( defined( USE_SHADOWMAP ) && ( NUM_DIR_LIGHT_SHADOWS > 0 || NUM_SUN_LIGHT_SHADOWS > 0 || NUM_POINT_LIGHT_SHADOWS > 0 ) ) || ( NUM_SPOT_LIGHT_COORDS > 0 )
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
#endif`,z0=`float getShadowMask() {
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
}`,G0=`#ifdef USE_SKINNING
	mat4 boneMatX = getBoneMatrix( skinIndex.x );
	mat4 boneMatY = getBoneMatrix( skinIndex.y );
	mat4 boneMatZ = getBoneMatrix( skinIndex.z );
	mat4 boneMatW = getBoneMatrix( skinIndex.w );
#endif`,V0=`#ifdef USE_SKINNING
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
#endif`,H0=`#ifdef USE_SKINNING
	vec4 skinVertex = bindMatrix * vec4( transformed, 1.0 );
	vec4 skinned = vec4( 0.0 );
	skinned += boneMatX * skinVertex * skinWeight.x;
	skinned += boneMatY * skinVertex * skinWeight.y;
	skinned += boneMatZ * skinVertex * skinWeight.z;
	skinned += boneMatW * skinVertex * skinWeight.w;
	transformed = ( bindMatrixInverse * skinned ).xyz;
#endif`,W0=`#ifdef USE_SKINNING
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
#endif`,X0=`float specularStrength;
#ifdef USE_SPECULARMAP
	vec4 texelSpecular = texture2D( specularMap, vSpecularMapUv );
	specularStrength = texelSpecular.r;
#else
	specularStrength = 1.0;
#endif`,$0=`#ifdef USE_SPECULARMAP
	uniform sampler2D specularMap;
#endif`,q0=`#if defined( TONE_MAPPING )
	gl_FragColor.rgb = toneMapping( gl_FragColor.rgb );
#endif`,Y0=`#ifndef saturate
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
vec3 CustomToneMapping( vec3 color ) { return color; }`,j0=`#ifdef USE_TRANSMISSION
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
#endif`,K0=`#ifdef USE_TRANSMISSION
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
#endif`,J0=`#if defined( USE_UV ) || defined( USE_ANISOTROPY )
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
#endif`,Z0=`#if defined( USE_UV ) || defined( USE_ANISOTROPY )
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
#endif`,Q0=`#if defined( USE_UV ) || defined( USE_ANISOTROPY )
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
#endif`,ex=`#if defined( USE_ENVMAP ) || defined( DISTANCE ) || defined ( USE_SHADOWMAP ) || defined ( USE_TRANSMISSION ) || NUM_SPOT_LIGHT_COORDS > 0
	vec4 worldPosition = vec4( transformed, 1.0 );
	#ifdef USE_BATCHING
		worldPosition = batchingMatrix * worldPosition;
	#endif
	#ifdef USE_INSTANCING
		worldPosition = instanceMatrix * worldPosition;
	#endif
	worldPosition = modelMatrix * worldPosition;
#endif`,tx=`varying vec2 vUv;
uniform mat3 uvTransform;
void main() {
	vUv = ( uvTransform * vec3( uv, 1 ) ).xy;
	gl_Position = vec4( position.xy, 1.0, 1.0 );
}`,nx=`uniform sampler2D t2D;
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
}`,ix=`varying vec3 vWorldDirection;
#include <common>
void main() {
	vWorldDirection = transformDirection( position, modelMatrix );
	#include <begin_vertex>
	#include <project_vertex>
	gl_Position.z = gl_Position.w;
}`,rx=`uniform float backgroundBlurriness;
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
}`,sx=`varying vec3 vWorldDirection;
#include <common>
void main() {
	vWorldDirection = transformDirection( position, modelMatrix );
	#include <begin_vertex>
	#include <project_vertex>
	gl_Position.z = gl_Position.w;
}`,ox=`uniform samplerCube tCube;
uniform float tFlip;
uniform float opacity;
varying vec3 vWorldDirection;
void main() {
	vec4 texColor = textureCube( tCube, vec3( tFlip * vWorldDirection.x, vWorldDirection.yz ) );
	gl_FragColor = texColor;
	gl_FragColor.a *= opacity;
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
}`,ax=`#include <common>
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
}`,lx=`#if DEPTH_PACKING == 3200
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
}`,cx=`#define DISTANCE
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
}`,ux=`#define DISTANCE
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
}`,hx=`varying vec3 vWorldDirection;
#include <common>
void main() {
	vWorldDirection = transformDirection( position, modelMatrix );
	#include <begin_vertex>
	#include <project_vertex>
}`,dx=`uniform sampler2D tEquirect;
varying vec3 vWorldDirection;
#include <common>
void main() {
	vec3 direction = normalize( vWorldDirection );
	vec2 sampleUV = equirectUv( direction );
	gl_FragColor = texture2D( tEquirect, sampleUV );
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
}`,fx=`uniform float scale;
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
}`,px=`uniform vec3 diffuse;
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
}`,mx=`#include <common>
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
}`,gx=`uniform vec3 diffuse;
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
}`,yx=`#define LAMBERT
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
}`,xx=`#define LAMBERT
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
}`,bx=`#define MATCAP
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
}`,vx=`#define MATCAP
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
}`,_x=`#define NORMAL
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
}`,Sx=`#define NORMAL
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
}`,Ax=`#define PHONG
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
}`,wx=`#define PHONG
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
}`,Mx=`#define STANDARD
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
}`,Ex=`#define STANDARD
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
}`,Tx=`#define TOON
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
}`,Cx=`#define TOON
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
}`,Rx=`uniform float size;
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
}`,Ix=`uniform vec3 diffuse;
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
}`,Px=`#include <common>
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
}`,Lx=`uniform vec3 color;
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
}`,Nx=`uniform float rotation;
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
}`,Fx=`uniform vec3 diffuse;
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
}`,ke={alphahash_fragment:ny,alphahash_pars_fragment:iy,alphamap_fragment:ry,alphamap_pars_fragment:sy,alphatest_fragment:oy,alphatest_pars_fragment:ay,aomap_fragment:ly,aomap_pars_fragment:cy,batching_pars_vertex:uy,batching_vertex:hy,begin_vertex:dy,beginnormal_vertex:fy,bsdfs:py,iridescence_fragment:my,bumpmap_pars_fragment:gy,clipping_planes_fragment:yy,clipping_planes_pars_fragment:xy,clipping_planes_pars_vertex:by,clipping_planes_vertex:vy,color_fragment:_y,color_pars_fragment:Sy,color_pars_vertex:Ay,color_vertex:wy,common:My,defaultnormal_vertex:Ey,displacementmap_pars_vertex:Ty,displacementmap_vertex:Cy,emissivemap_fragment:Ry,emissivemap_pars_fragment:Iy,colorspace_fragment:Py,colorspace_pars_fragment:Ly,envmap_fragment:Ny,envmap_common_pars_fragment:Fy,envmap_pars_fragment:Dy,envmap_pars_vertex:Uy,envmap_physical_pars_fragment:qy,envmap_vertex:Oy,fog_vertex:By,fog_pars_vertex:ky,fog_fragment:zy,fog_pars_fragment:Gy,gradientmap_pars_fragment:Vy,lightmap_pars_fragment:Hy,lights_lambert_fragment:Wy,lights_lambert_pars_fragment:Xy,lights_pars_begin:$y,lights_toon_fragment:Yy,lights_toon_pars_fragment:jy,lights_phong_fragment:Ky,lights_phong_pars_fragment:Jy,lights_physical_fragment:Zy,lights_physical_pars_fragment:Qy,lights_fragment_begin:e0,lights_fragment_maps:t0,lights_fragment_end:n0,lightprobes_pars_fragment:i0,logdepthbuf_fragment:r0,logdepthbuf_pars_fragment:s0,logdepthbuf_pars_vertex:o0,logdepthbuf_vertex:a0,map_fragment:l0,map_pars_fragment:c0,map_particle_fragment:u0,map_particle_pars_fragment:h0,metalnessmap_fragment:d0,metalnessmap_pars_fragment:f0,morphinstance_vertex:p0,morphcolor_vertex:m0,morphnormal_vertex:g0,morphtarget_pars_vertex:y0,morphtarget_vertex:x0,normal_fragment_begin:b0,normal_fragment_maps:v0,normal_pars_fragment:_0,normal_pars_vertex:S0,normal_vertex:A0,normalmap_pars_fragment:w0,clearcoat_normal_fragment_begin:M0,clearcoat_normal_fragment_maps:E0,clearcoat_pars_fragment:T0,iridescence_pars_fragment:C0,opaque_fragment:R0,packing:I0,premultiplied_alpha_fragment:P0,project_vertex:L0,dithering_fragment:N0,dithering_pars_fragment:F0,roughnessmap_fragment:D0,roughnessmap_pars_fragment:U0,shadowmap_pars_fragment:O0,shadowmap_pars_vertex:B0,shadowmap_vertex:k0,shadowmask_pars_fragment:z0,skinbase_vertex:G0,skinning_pars_vertex:V0,skinning_vertex:H0,skinnormal_vertex:W0,specularmap_fragment:X0,specularmap_pars_fragment:$0,tonemapping_fragment:q0,tonemapping_pars_fragment:Y0,transmission_fragment:j0,transmission_pars_fragment:K0,uv_pars_fragment:J0,uv_pars_vertex:Z0,uv_vertex:Q0,worldpos_vertex:ex,background_vert:tx,background_frag:nx,backgroundCube_vert:ix,backgroundCube_frag:rx,cube_vert:sx,cube_frag:ox,depth_vert:ax,depth_frag:lx,distance_vert:cx,distance_frag:ux,equirect_vert:hx,equirect_frag:dx,linedashed_vert:fx,linedashed_frag:px,meshbasic_vert:mx,meshbasic_frag:gx,meshlambert_vert:yx,meshlambert_frag:xx,meshmatcap_vert:bx,meshmatcap_frag:vx,meshnormal_vert:_x,meshnormal_frag:Sx,meshphong_vert:Ax,meshphong_frag:wx,meshphysical_vert:Mx,meshphysical_frag:Ex,meshtoon_vert:Tx,meshtoon_frag:Cx,points_vert:Rx,points_frag:Ix,shadow_vert:Px,shadow_frag:Lx,sprite_vert:Nx,sprite_frag:Fx},ye={common:{diffuse:{value:new ze(16777215)},opacity:{value:1},map:{value:null},mapTransform:{value:new Ne},alphaMap:{value:null},alphaMapTransform:{value:new Ne},alphaTest:{value:0}},specularmap:{specularMap:{value:null},specularMapTransform:{value:new Ne}},envmap:{envMap:{value:null},envMapRotation:{value:new Ne},reflectivity:{value:1},ior:{value:1.5},refractionRatio:{value:.98},dfgLUT:{value:null}},aomap:{aoMap:{value:null},aoMapIntensity:{value:1},aoMapTransform:{value:new Ne}},lightmap:{lightMap:{value:null},lightMapIntensity:{value:1},lightMapTransform:{value:new Ne}},bumpmap:{bumpMap:{value:null},bumpMapTransform:{value:new Ne},bumpScale:{value:1}},normalmap:{normalMap:{value:null},normalMapTransform:{value:new Ne},normalScale:{value:new Ge(1,1)}},displacementmap:{displacementMap:{value:null},displacementMapTransform:{value:new Ne},displacementScale:{value:1},displacementBias:{value:0}},emissivemap:{emissiveMap:{value:null},emissiveMapTransform:{value:new Ne}},metalnessmap:{metalnessMap:{value:null},metalnessMapTransform:{value:new Ne}},roughnessmap:{roughnessMap:{value:null},roughnessMapTransform:{value:new Ne}},gradientmap:{gradientMap:{value:null}},fog:{fogDensity:{value:25e-5},fogNear:{value:1},fogFar:{value:2e3},fogColor:{value:new ze(16777215)}},lights:{ambientLightColor:{value:[]},lightProbe:{value:[]},sunLights:{value:[],properties:{direction:{},color:{}}},sunLightShadows:{value:[],properties:{shadowIntensity:1,shadowBias:{},shadowNormalBias:{},shadowRadius:{},shadowMapSize:{}}},sunShadowMatrix:{value:[]},sunShadowCascade:{value:[]},directionalLights:{value:[],properties:{direction:{},color:{}}},directionalLightShadows:{value:[],properties:{shadowIntensity:1,shadowBias:{},shadowNormalBias:{},shadowRadius:{},shadowMapSize:{}}},directionalShadowMatrix:{value:[]},spotLights:{value:[],properties:{color:{},position:{},direction:{},distance:{},coneCos:{},penumbraCos:{},decay:{}}},spotLightShadows:{value:[],properties:{shadowIntensity:1,shadowBias:{},shadowNormalBias:{},shadowRadius:{},shadowMapSize:{}}},spotLightMap:{value:[]},spotLightMatrix:{value:[]},pointLights:{value:[],properties:{color:{},position:{},decay:{},distance:{}}},pointLightShadows:{value:[],properties:{shadowIntensity:1,shadowBias:{},shadowNormalBias:{},shadowRadius:{},shadowMapSize:{},shadowCameraNear:{},shadowCameraFar:{}}},pointShadowMatrix:{value:[]},hemisphereLights:{value:[],properties:{direction:{},skyColor:{},groundColor:{}}},rectAreaLights:{value:[],properties:{color:{},position:{},width:{},height:{}}},ltc_1:{value:null},ltc_2:{value:null},probesSH:{value:[]},probesMin:{value:[]},probesMax:{value:[]},probesResolution:{value:[]}},points:{diffuse:{value:new ze(16777215)},opacity:{value:1},size:{value:1},scale:{value:1},map:{value:null},alphaMap:{value:null},alphaMapTransform:{value:new Ne},alphaTest:{value:0},uvTransform:{value:new Ne}},sprite:{diffuse:{value:new ze(16777215)},opacity:{value:1},center:{value:new Ge(.5,.5)},rotation:{value:0},map:{value:null},mapTransform:{value:new Ne},alphaMap:{value:null},alphaMapTransform:{value:new Ne},alphaTest:{value:0}}},Tn={basic:{uniforms:Ut([ye.common,ye.specularmap,ye.envmap,ye.aomap,ye.lightmap,ye.fog]),vertexShader:ke.meshbasic_vert,fragmentShader:ke.meshbasic_frag},lambert:{uniforms:Ut([ye.common,ye.specularmap,ye.envmap,ye.aomap,ye.lightmap,ye.emissivemap,ye.bumpmap,ye.normalmap,ye.displacementmap,ye.fog,ye.lights,{emissive:{value:new ze(0)},envMapIntensity:{value:1}}]),vertexShader:ke.meshlambert_vert,fragmentShader:ke.meshlambert_frag},phong:{uniforms:Ut([ye.common,ye.specularmap,ye.envmap,ye.aomap,ye.lightmap,ye.emissivemap,ye.bumpmap,ye.normalmap,ye.displacementmap,ye.fog,ye.lights,{emissive:{value:new ze(0)},specular:{value:new ze(1118481)},shininess:{value:30},envMapIntensity:{value:1}}]),vertexShader:ke.meshphong_vert,fragmentShader:ke.meshphong_frag},standard:{uniforms:Ut([ye.common,ye.envmap,ye.aomap,ye.lightmap,ye.emissivemap,ye.bumpmap,ye.normalmap,ye.displacementmap,ye.roughnessmap,ye.metalnessmap,ye.fog,ye.lights,{emissive:{value:new ze(0)},roughness:{value:1},metalness:{value:0},envMapIntensity:{value:1}}]),vertexShader:ke.meshphysical_vert,fragmentShader:ke.meshphysical_frag},toon:{uniforms:Ut([ye.common,ye.aomap,ye.lightmap,ye.emissivemap,ye.bumpmap,ye.normalmap,ye.displacementmap,ye.gradientmap,ye.fog,ye.lights,{emissive:{value:new ze(0)}}]),vertexShader:ke.meshtoon_vert,fragmentShader:ke.meshtoon_frag},matcap:{uniforms:Ut([ye.common,ye.bumpmap,ye.normalmap,ye.displacementmap,ye.fog,{matcap:{value:null}}]),vertexShader:ke.meshmatcap_vert,fragmentShader:ke.meshmatcap_frag},points:{uniforms:Ut([ye.points,ye.fog]),vertexShader:ke.points_vert,fragmentShader:ke.points_frag},dashed:{uniforms:Ut([ye.common,ye.fog,{scale:{value:1},dashSize:{value:1},totalSize:{value:2}}]),vertexShader:ke.linedashed_vert,fragmentShader:ke.linedashed_frag},depth:{uniforms:Ut([ye.common,ye.displacementmap]),vertexShader:ke.depth_vert,fragmentShader:ke.depth_frag},normal:{uniforms:Ut([ye.common,ye.bumpmap,ye.normalmap,ye.displacementmap,{opacity:{value:1}}]),vertexShader:ke.meshnormal_vert,fragmentShader:ke.meshnormal_frag},sprite:{uniforms:Ut([ye.sprite,ye.fog]),vertexShader:ke.sprite_vert,fragmentShader:ke.sprite_frag},background:{uniforms:{uvTransform:{value:new Ne},t2D:{value:null},backgroundIntensity:{value:1}},vertexShader:ke.background_vert,fragmentShader:ke.background_frag},backgroundCube:{uniforms:{envMap:{value:null},backgroundBlurriness:{value:0},backgroundIntensity:{value:1},backgroundRotation:{value:new Ne}},vertexShader:ke.backgroundCube_vert,fragmentShader:ke.backgroundCube_frag},cube:{uniforms:{tCube:{value:null},tFlip:{value:-1},opacity:{value:1}},vertexShader:ke.cube_vert,fragmentShader:ke.cube_frag},equirect:{uniforms:{tEquirect:{value:null}},vertexShader:ke.equirect_vert,fragmentShader:ke.equirect_frag},distance:{uniforms:Ut([ye.common,ye.displacementmap,{referencePosition:{value:new $},nearDistance:{value:1},farDistance:{value:1e3}}]),vertexShader:ke.distance_vert,fragmentShader:ke.distance_frag},shadow:{uniforms:Ut([ye.lights,ye.fog,{color:{value:new ze(0)},opacity:{value:1}}]),vertexShader:ke.shadow_vert,fragmentShader:ke.shadow_frag}};Tn.physical={uniforms:Ut([Tn.standard.uniforms,{clearcoat:{value:0},clearcoatMap:{value:null},clearcoatMapTransform:{value:new Ne},clearcoatNormalMap:{value:null},clearcoatNormalMapTransform:{value:new Ne},clearcoatNormalScale:{value:new Ge(1,1)},clearcoatRoughness:{value:0},clearcoatRoughnessMap:{value:null},clearcoatRoughnessMapTransform:{value:new Ne},diffuseRoughness:{value:0},diffuseRoughnessMap:{value:null},diffuseRoughnessMapTransform:{value:new Ne},dispersion:{value:0},retroreflectivity:{value:0},iridescence:{value:0},iridescenceMap:{value:null},iridescenceMapTransform:{value:new Ne},iridescenceIOR:{value:1.3},iridescenceThicknessMinimum:{value:100},iridescenceThicknessMaximum:{value:400},iridescenceThicknessMap:{value:null},iridescenceThicknessMapTransform:{value:new Ne},sheen:{value:0},sheenColor:{value:new ze(0)},sheenColorMap:{value:null},sheenColorMapTransform:{value:new Ne},sheenRoughness:{value:1},sheenRoughnessMap:{value:null},sheenRoughnessMapTransform:{value:new Ne},transmission:{value:0},transmissionMap:{value:null},transmissionMapTransform:{value:new Ne},transmissionSamplerSize:{value:new Ge},transmissionSamplerMap:{value:null},thickness:{value:0},thicknessMap:{value:null},thicknessMapTransform:{value:new Ne},attenuationDistance:{value:0},attenuationColor:{value:new ze(0)},specularColor:{value:new ze(1,1,1)},specularColorMap:{value:null},specularColorMapTransform:{value:new Ne},specularIntensity:{value:1},specularIntensityMap:{value:null},specularIntensityMapTransform:{value:new Ne},anisotropyVector:{value:new Ge},anisotropyMap:{value:null},anisotropyMapTransform:{value:new Ne}}]),vertexShader:ke.meshphysical_vert,fragmentShader:ke.meshphysical_frag};var Pa={r:0,b:0,g:0},Dx=new nt,of=new Ne;of.set(-1,0,0,0,1,0,0,0,1);function Ux(i,e,t,n,r,s){let o=new ze(0),a=r===!0?0:1,l,c,u=null,h=0,d=null;function f(x){let _=x.isScene===!0?x.background:null;if(_&&_.isTexture){let v=x.backgroundBlurriness>0;_=e.get(_,v)}return _}function m(x){let _=!1,v=f(x);v===null?g(o,a):v&&v.isColor&&(g(v,1),_=!0);let E=i.xr.getEnvironmentBlendMode();E==="additive"?t.buffers.color.setClear(0,0,0,1,s):E==="alpha-blend"&&t.buffers.color.setClear(0,0,0,0,s),(i.autoClear||_)&&(t.buffers.depth.setTest(!0),t.buffers.depth.setMask(!0),t.buffers.color.setMask(!0),i.clear(i.autoClearColor,i.autoClearDepth,i.autoClearStencil))}function y(x,_){let v=f(_);v&&v.isCubeTexture?(c===void 0&&(c=new an(new cr(1,1,1),new Xt({name:"BackgroundCubeMaterial",uniforms:Ri(Tn.backgroundCube.uniforms),vertexShader:Tn.backgroundCube.vertexShader,fragmentShader:Tn.backgroundCube.fragmentShader,side:zt,depthTest:!1,depthWrite:!1,fog:!1,allowOverride:!1})),c.geometry.deleteAttribute("normal"),c.geometry.deleteAttribute("uv"),c.onBeforeRender=function(E,S,b){this.matrixWorld.copyPosition(b.matrixWorld)},Object.defineProperty(c.material,"envMap",{get:function(){return this.uniforms.envMap.value}}),n.update(c)),c.material.uniforms.envMap.value=v,c.material.uniforms.backgroundBlurriness.value=_.backgroundBlurriness,c.material.uniforms.backgroundIntensity.value=_.backgroundIntensity,c.material.uniforms.backgroundRotation.value.setFromMatrix4(Dx.makeRotationFromEuler(_.backgroundRotation)).transpose(),v.isRenderTargetTexture===!1&&c.material.uniforms.backgroundRotation.value.premultiply(of),c.material.toneMapped=Xe.getTransfer(v.colorSpace)!==Ke,(u!==v||h!==v.version||d!==i.toneMapping)&&(c.material.needsUpdate=!0,u=v,h=v.version,d=i.toneMapping),c.layers.enableAll(),x.unshift(c,c.geometry,c.material,0,0,null)):v&&v.isTexture&&(l===void 0&&(l=new an(new Si(2,2),new Xt({name:"BackgroundMaterial",uniforms:Ri(Tn.background.uniforms),vertexShader:Tn.background.vertexShader,fragmentShader:Tn.background.fragmentShader,side:ai,depthTest:!1,depthWrite:!1,fog:!1,allowOverride:!1})),l.geometry.deleteAttribute("normal"),Object.defineProperty(l.material,"map",{get:function(){return this.uniforms.t2D.value}}),n.update(l)),l.material.uniforms.t2D.value=v,l.material.uniforms.backgroundIntensity.value=_.backgroundIntensity,l.material.toneMapped=Xe.getTransfer(v.colorSpace)!==Ke,v.matrixAutoUpdate===!0&&v.updateMatrix(),l.material.uniforms.uvTransform.value.copy(v.matrix),(u!==v||h!==v.version||d!==i.toneMapping)&&(l.material.needsUpdate=!0,u=v,h=v.version,d=i.toneMapping),l.layers.enableAll(),x.unshift(l,l.geometry,l.material,0,0,null))}function g(x,_){x.getRGB(Pa,kc(i)),t.buffers.color.setClear(Pa.r,Pa.g,Pa.b,_,s)}function p(){c!==void 0&&(c.geometry.dispose(),c.material.dispose(),c=void 0),l!==void 0&&(l.geometry.dispose(),l.material.dispose(),l=void 0)}return{getClearColor:function(){return o},setClearColor:function(x,_=1){o.set(x),a=_,g(o,a)},getClearAlpha:function(){return a},setClearAlpha:function(x){a=x,g(o,a)},render:m,addToRenderList:y,dispose:p}}function Ox(i,e){let t=i.getParameter(i.MAX_VERTEX_ATTRIBS),n={},r=d(null),s=r,o=!1;function a(R,C,D,L,B){let k=!1,G=h(R,L,D,C);s!==G&&(s=G,c(s.object)),k=f(R,L,D,B),k&&m(R,L,D,B),B!==null&&e.update(B,i.ELEMENT_ARRAY_BUFFER),(k||o)&&(o=!1,v(R,C,D,L),B!==null&&i.bindBuffer(i.ELEMENT_ARRAY_BUFFER,e.get(B).buffer))}function l(){return i.createVertexArray()}function c(R){return i.bindVertexArray(R)}function u(R){return i.deleteVertexArray(R)}function h(R,C,D,L){let B=L.wireframe===!0,k=n[C.id];k===void 0&&(k={},n[C.id]=k);let G=R.isInstancedMesh===!0?R.id:0,q=k[G];q===void 0&&(q={},k[G]=q);let V=q[D.id];V===void 0&&(V={},q[D.id]=V);let K=V[B];return K===void 0&&(K=d(l()),V[B]=K),K}function d(R){let C=[],D=[],L=[];for(let B=0;B<t;B++)C[B]=0,D[B]=0,L[B]=0;return{geometry:null,program:null,wireframe:!1,newAttributes:C,enabledAttributes:D,attributeDivisors:L,object:R,attributes:{},index:null}}function f(R,C,D,L){let B=s.attributes,k=C.attributes,G=0,q=D.getAttributes();for(let V in q)if(q[V].location>=0){let ne=B[V],ve=k[V];if(ve===void 0&&(V==="instanceMatrix"&&R.instanceMatrix&&(ve=R.instanceMatrix),V==="instanceColor"&&R.instanceColor&&(ve=R.instanceColor)),ne===void 0||ne.attribute!==ve||ve&&ne.data!==ve.data)return!0;G++}return s.attributesNum!==G||s.index!==L}function m(R,C,D,L){let B={},k=C.attributes,G=0,q=D.getAttributes();for(let V in q)if(q[V].location>=0){let ne=k[V];ne===void 0&&(V==="instanceMatrix"&&R.instanceMatrix&&(ne=R.instanceMatrix),V==="instanceColor"&&R.instanceColor&&(ne=R.instanceColor));let ve={};ve.attribute=ne,ne&&ne.data&&(ve.data=ne.data),B[V]=ve,G++}s.attributes=B,s.attributesNum=G,s.index=L}function y(){let R=s.newAttributes;for(let C=0,D=R.length;C<D;C++)R[C]=0}function g(R){p(R,0)}function p(R,C){let D=s.newAttributes,L=s.enabledAttributes,B=s.attributeDivisors;D[R]=1,L[R]===0&&(i.enableVertexAttribArray(R),L[R]=1),B[R]!==C&&(i.vertexAttribDivisor(R,C),B[R]=C)}function x(){let R=s.newAttributes,C=s.enabledAttributes;for(let D=0,L=C.length;D<L;D++)C[D]!==R[D]&&(i.disableVertexAttribArray(D),C[D]=0)}function _(R,C,D,L,B,k,G){G===!0?i.vertexAttribIPointer(R,C,D,B,k):i.vertexAttribPointer(R,C,D,L,B,k)}function v(R,C,D,L){y();let B=L.attributes,k=D.getAttributes(),G=C.defaultAttributeValues;for(let q in k){let V=k[q];if(V.location>=0){let K=B[q];if(K===void 0&&(q==="instanceMatrix"&&R.instanceMatrix&&(K=R.instanceMatrix),q==="instanceColor"&&R.instanceColor&&(K=R.instanceColor)),K!==void 0){let ne=K.normalized,ve=K.itemSize,Pe=e.get(K);if(Pe===void 0)continue;let Z=Pe.buffer,ie=Pe.type,be=Pe.bytesPerElement,Me=ie===i.INT||ie===i.UNSIGNED_INT||K.gpuType===jo;if(K.isInterleavedBufferAttribute){let me=K.data,Ue=me.isInterleavedBuffer===!0?me.stride:me.itemSize,pt=K.offset;if(me.isInstancedInterleavedBuffer||me.isInstancedBufferAttribute){for(let Ie=0;Ie<V.locationSize;Ie++)p(V.location+Ie,me.meshPerAttribute);R.isInstancedMesh!==!0&&L._maxInstanceCount===void 0&&(L._maxInstanceCount=me.meshPerAttribute*me.count)}else for(let Ie=0;Ie<V.locationSize;Ie++)g(V.location+Ie);i.bindBuffer(i.ARRAY_BUFFER,Z);for(let Ie=0;Ie<V.locationSize;Ie++)_(V.location+Ie,ve/V.locationSize,ie,ne,Ue*be,(pt+ve/V.locationSize*Ie)*be,Me)}else{if(K.isInstancedBufferAttribute){for(let me=0;me<V.locationSize;me++)p(V.location+me,K.meshPerAttribute);R.isInstancedMesh!==!0&&L._maxInstanceCount===void 0&&(L._maxInstanceCount=K.meshPerAttribute*K.count)}else for(let me=0;me<V.locationSize;me++)g(V.location+me);i.bindBuffer(i.ARRAY_BUFFER,Z);for(let me=0;me<V.locationSize;me++)_(V.location+me,ve/V.locationSize,ie,ne,ve*be,ve/V.locationSize*me*be,Me)}}else if(G!==void 0){let ne=G[q];if(ne!==void 0)switch(ne.length){case 2:i.vertexAttrib2fv(V.location,ne);break;case 3:i.vertexAttrib3fv(V.location,ne);break;case 4:i.vertexAttrib4fv(V.location,ne);break;default:i.vertexAttrib1fv(V.location,ne)}}}}x()}function E(){N();for(let R in n){let C=n[R];for(let D in C){let L=C[D];for(let B in L){let k=L[B];for(let G in k)u(k[G].object),delete k[G];delete L[B]}}delete n[R]}}function S(R){if(n[R.id]===void 0)return;let C=n[R.id];for(let D in C){let L=C[D];for(let B in L){let k=L[B];for(let G in k)u(k[G].object),delete k[G];delete L[B]}}delete n[R.id]}function b(R){for(let C in n){let D=n[C];for(let L in D){let B=D[L];if(B[R.id]===void 0)continue;let k=B[R.id];for(let G in k)u(k[G].object),delete k[G];delete B[R.id]}}}function A(R){for(let C in n){let D=n[C],L=R.isInstancedMesh===!0?R.id:0,B=D[L];if(B!==void 0){for(let k in B){let G=B[k];for(let q in G)u(G[q].object),delete G[q];delete B[k]}delete D[L],Object.keys(D).length===0&&delete n[C]}}}function N(){I(),o=!0,s!==r&&(s=r,c(s.object))}function I(){r.geometry=null,r.program=null,r.wireframe=!1}return{setup:a,reset:N,resetDefaultState:I,dispose:E,releaseStatesOfGeometry:S,releaseStatesOfObject:A,releaseStatesOfProgram:b,initAttributes:y,enableAttribute:g,disableUnusedAttributes:x}}function Bx(i,e,t){let n;function r(l){n=l}function s(l,c){i.drawArrays(n,l,c),t.update(c,n,1)}function o(l,c,u){u!==0&&(i.drawArraysInstanced(n,l,c,u),t.update(c,n,u))}function a(l,c,u){if(u===0)return;e.get("WEBGL_multi_draw").multiDrawArraysWEBGL(n,l,0,c,0,u);let d=0;for(let f=0;f<u;f++)d+=c[f];t.update(d,n,1)}this.setMode=r,this.render=s,this.renderInstances=o,this.renderMultiDraw=a}function kx(i,e,t,n){let r;function s(){if(r!==void 0)return r;if(e.has("EXT_texture_filter_anisotropic")===!0){let b=e.get("EXT_texture_filter_anisotropic");r=i.getParameter(b.MAX_TEXTURE_MAX_ANISOTROPY_EXT)}else r=0;return r}function o(b){return!(b!==yn&&n.convert(b)!==i.getParameter(i.IMPLEMENTATION_COLOR_READ_FORMAT))}function a(b){let A=b===gn&&(e.has("EXT_color_buffer_half_float")||e.has("EXT_color_buffer_float"));return!(b!==Kt&&b!==mn&&!A&&n.convert(b)!==i.getParameter(i.IMPLEMENTATION_COLOR_READ_TYPE))}function l(b){if(b==="highp"){if(i.getShaderPrecisionFormat(i.VERTEX_SHADER,i.HIGH_FLOAT).precision>0&&i.getShaderPrecisionFormat(i.FRAGMENT_SHADER,i.HIGH_FLOAT).precision>0)return"highp";b="mediump"}return b==="mediump"&&i.getShaderPrecisionFormat(i.VERTEX_SHADER,i.MEDIUM_FLOAT).precision>0&&i.getShaderPrecisionFormat(i.FRAGMENT_SHADER,i.MEDIUM_FLOAT).precision>0?"mediump":"lowp"}let c=t.precision!==void 0?t.precision:"highp",u=l(c);u!==c&&(Re("WebGLRenderer:",c,"not supported, using",u,"instead."),c=u);let h=t.reversedDepthBuffer===!0&&e.has("EXT_clip_control"),d=t.logarithmicDepthBuffer===!0&&h===!1;t.reversedDepthBuffer===!0&&h===!1&&Re("WebGLRenderer: Unable to use reversed depth buffer due to missing EXT_clip_control extension. Fallback to default depth buffer."),t.logarithmicDepthBuffer===!0&&h===!0&&Re("WebGLRenderer: Logarithmic depth buffer is ignored when reversed depth buffer is enabled.");let f=i.getParameter(i.MAX_TEXTURE_IMAGE_UNITS),m=i.getParameter(i.MAX_VERTEX_TEXTURE_IMAGE_UNITS),y=i.getParameter(i.MAX_TEXTURE_SIZE),g=i.getParameter(i.MAX_CUBE_MAP_TEXTURE_SIZE),p=i.getParameter(i.MAX_VERTEX_ATTRIBS),x=i.getParameter(i.MAX_VERTEX_UNIFORM_VECTORS),_=i.getParameter(i.MAX_VARYING_VECTORS),v=i.getParameter(i.MAX_FRAGMENT_UNIFORM_VECTORS),E=i.getParameter(i.MAX_SAMPLES),S=i.getParameter(i.SAMPLES);return{isWebGL2:!0,getMaxAnisotropy:s,getMaxPrecision:l,textureFormatReadable:o,textureTypeReadable:a,precision:c,logarithmicDepthBuffer:d,reversedDepthBuffer:h,maxTextures:f,maxVertexTextures:m,maxTextureSize:y,maxCubemapSize:g,maxAttributes:p,maxVertexUniforms:x,maxVaryings:_,maxFragmentUniforms:v,maxSamples:E,samples:S}}function zx(i){let e=this,t=null,n=0,r=!1,s=!1,o=new fn,a=new Ne,l={value:null,needsUpdate:!1};this.uniform=l,this.numPlanes=0,this.numIntersection=0,this.init=function(h,d){let f=h.length!==0||d||n!==0||r;return r=d,n=h.length,f},this.beginShadows=function(){s=!0,u(null)},this.endShadows=function(){s=!1},this.setGlobalState=function(h,d){t=u(h,d,0)},this.setState=function(h,d,f){let m=h.clippingPlanes,y=h.clipIntersection,g=h.clipShadows,p=i.get(h);if(!r||m===null||m.length===0||s&&!g)s?u(null):c();else{let x=s?0:n,_=x*4,v=p.clippingState||null;l.value=v,v=u(m,d,_,f);for(let E=0;E!==_;++E)v[E]=t[E];p.clippingState=v,this.numIntersection=y?this.numPlanes:0,this.numPlanes+=x}};function c(){l.value!==t&&(l.value=t,l.needsUpdate=n>0),e.numPlanes=n,e.numIntersection=0}function u(h,d,f,m){let y=h!==null?h.length:0,g=null;if(y!==0){if(g=l.value,m!==!0||g===null){let p=f+y*4,x=d.matrixWorldInverse;a.getNormalMatrix(x),(g===null||g.length<p)&&(g=new Float32Array(p));for(let _=0,v=f;_!==y;++_,v+=4)o.copy(h[_]).applyMatrix4(x,a),o.normal.toArray(g,v),g[v+3]=o.constant}l.value=g,l.needsUpdate=!0}return e.numPlanes=y,e.numIntersection=0,g}}var hs=class extends kt{constructor(e=1,t={}){super(e,e,t),this.isWebGLCubeRenderTarget=!0;let n={width:e,height:e,depth:1},r=[n,n,n,n,n,n];this.texture=new Kr(r),this._setTextureOptions(t),this.texture.isRenderTargetTexture=!0}fromEquirectangularTexture(e,t){this.texture.type=t.type,this.texture.colorSpace=t.colorSpace,this.texture.generateMipmaps=t.generateMipmaps,this.texture.minFilter=t.minFilter,this.texture.magFilter=t.magFilter;let n={uniforms:{tEquirect:{value:null}},vertexShader:`

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
			`},r=new cr(5,5,5),s=new Xt({name:"CubemapFromEquirect",uniforms:Ri(n.uniforms),vertexShader:n.vertexShader,fragmentShader:n.fragmentShader,side:zt,blending:wi});s.uniforms.tEquirect.value=t;let o=new an(r,s),a=t.minFilter;return t.minFilter===zn&&(t.minFilter=Ct),new hr(1,10,this).update(e,o),t.minFilter=a,o.geometry.dispose(),o.material.dispose(),this}clear(e,t=!0,n=!0,r=!0){let s=e.getRenderTarget();for(let o=0;o<6;o++)e.setRenderTarget(this,o),e.clear(t,n,r);e.setRenderTarget(s)}},Od=256,Gx=3,Vx=20,af=256,lf=16,Hx=3,Wx=new $,Xx=new ze,Na=class i{constructor(e){this._renderer=e,this._cubeSize=0,this._sourceTarget=null,this._cubeCamera=new hr(1,10,null),this._boxMesh=new an(new cr(5,5,5),null),this._cubemapMaterial=null,this._equirectMaterial=null,this._blurMaterial=null,this._ggxMaterial=null,this._integrationMaterial=null}fromScene(e,t=0,n=.1,r=100,s={}){let{size:o=256,position:a=Wx}=s,l=this._renderer;this._setSize(o);let c=this._allocateTarget(),u=this._getSourceTarget(!0);t>0&&(u.texture.mipmapsAutoUpdate=!1);let h=l.autoClear,d=l.autoClearColor,f=l.autoClearDepth,m=l.autoClearStencil,y=e.background;l.autoClear=!0,l.autoClearColor=!0,l.autoClearDepth=!0,l.autoClearStencil=!0,y===null&&(e.background=l.getClearColor(Xx));let g=new hr(n,r,u);return g.position.copy(a),g.update(l,e),l.autoClear=h,l.autoClearColor=d,l.autoClearDepth=f,l.autoClearStencil=m,e.background=y,t>0&&(u.texture.mipmapsAutoUpdate=!0,this._blur(c,t)),this._applyPMREM(c),c}fromEquirectangular(e,t=null){return this._fromTexture(e,t)}fromCubemap(e,t=null){return this._fromTexture(e,t)}compileCubemapShader(){this._cubemapMaterial===null&&(this._cubemapMaterial=zd(),this._compileMaterial(this._cubemapMaterial))}compileEquirectangularShader(){this._equirectMaterial===null&&(this._equirectMaterial=kd(),this._compileMaterial(this._equirectMaterial))}dispose(){this._sourceTarget!==null&&this._sourceTarget.dispose(),this._cubemapMaterial!==null&&this._cubemapMaterial.dispose(),this._equirectMaterial!==null&&this._equirectMaterial.dispose(),this._blurMaterial!==null&&this._blurMaterial.dispose(),this._ggxMaterial!==null&&this._ggxMaterial.dispose(),this._integrationMaterial!==null&&this._integrationMaterial.dispose(),this._boxMesh.geometry.dispose()}static lodToRoughness(e,t){return t>0?1-Math.sqrt(1-e/t):0}_setSize(e){this._cubeSize=Math.max(Od,Ld(e))}_fromTexture(e,t){e.mapping===Ei||e.mapping===pr?this._setSize(e.image.length===0?Od:e.image[0].width||e.image[0].image.width):this._setSize(e.image.width/4);let n=t||this._allocateTarget();return this._textureToCubemap(e),this._applyPMREM(n),n}_allocateTarget(){let e=this._cubeSize,t=Bd(e,!1,!1),n=Math.log2(e)-Gx;for(let r=0;r<=n;r++)t.texture.mipmaps.push({width:e>>r,height:e>>r});return t.texture.name="PMREM",t.texture.isPMREMTexture=!0,t}_getSourceTarget(e=!1){let t=this._cubeSize,n=this._sourceTarget;return(n===null||n.width!==t||e&&n.depthBuffer===!1)&&(n!==null&&n.dispose(),this._sourceTarget=Bd(t,!0,e)),this._sourceTarget}_compileMaterial(e){this._boxMesh.material=e,this._renderer.compile(this._boxMesh,this._cubeCamera.children[0])}_renderCube(e,t,n){let r=this._boxMesh,s=this._cubeCamera;r.material=n,s.renderTarget=e,s.activeMipmapLevel=t;let o=e.width>>t;e.viewport.set(0,0,o,o),s.update(this._renderer,r),e.viewport.set(0,0,e.width,e.height)}_textureToCubemap(e){let t;e.mapping===Ei||e.mapping===pr?(this._cubemapMaterial===null&&(this._cubemapMaterial=zd()),t=this._cubemapMaterial,t.uniforms.flipEnvMap.value=e.isRenderTargetTexture===!1?-1:1):(this._equirectMaterial===null&&(this._equirectMaterial=kd()),t=this._equirectMaterial),t.uniforms.envMap.value=e,this._renderCube(this._getSourceTarget(),0,t)}_applyPMREM(e){this._ggxMaterial===null&&(this._ggxMaterial=$x(),this._integrationMaterial=qx());let t=this._cubeSize,n=e.texture.mipmaps.length-1,r=this._ggxMaterial.uniforms;r.envMap.value=this._sourceTarget.texture;let s=this._integrationMaterial.uniforms;s.envMap.value=this._sourceTarget.texture,s.sourceLod.value=Math.log2(t/lf);for(let o=0;o<=n;o++){let a=i.lodToRoughness(o,n);if(o>n-Hx)s.roughness.value=a,this._renderCube(e,o,this._integrationMaterial);else{let l=a>0?Math.log2(t)+.5*Math.log2(6/(af*Math.pow(a,4)))+.5:0;r.roughness.value=a,r.lodBias.value=l,this._renderCube(e,o,this._ggxMaterial)}}}_blur(e,t){this._blurMaterial===null&&(this._blurMaterial=Yx());let n=this._blurMaterial,r=n.uniforms,s=this._sourceTarget;r.sigma.value=Math.min(t,Math.PI)/Math.SQRT2,r.envMap.value=s.texture,this._renderCube(e,0,n),r.envMap.value=e.texture,this._renderCube(s,0,n)}};function Bd(i,e,t){return new hs(i,{minFilter:zn,generateMipmaps:e,type:gn,colorSpace:Gr,depthBuffer:t})}function ds(i,e,t){return new Xt({name:i,uniforms:e,vertexShader:ke.cube_vert,fragmentShader:t,side:zt,blending:wi,depthTest:!1,depthWrite:!1})}function $x(){return ds("PMREMGGXConvolution",{envMap:{value:null},roughness:{value:0},lodBias:{value:0}},`

		#define GGX_SAMPLES ${af}u

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
	`)}function qx(){return ds("PMREMGGXIntegration",{envMap:{value:null},roughness:{value:0},sourceLod:{value:0},sourceSize:{value:lf}},`

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
	`)}function Yx(){return ds("PMREMSphericalGaussianBlur",{envMap:{value:null},sigma:{value:0}},`

		#define SAMPLES ${Vx}
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
	`)}function kd(){return ds("PMREMEquirectangularToCubemap",{envMap:{value:null}},`

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
	`)}function zd(){return ds("PMREMCubemapToCubemap",{envMap:{value:null},flipEnvMap:{value:-1}},`

		varying vec3 vWorldDirection;

		uniform samplerCube envMap;
		uniform float flipEnvMap;

		void main() {

			gl_FragColor = vec4( textureCube( envMap, vec3( flipEnvMap * vWorldDirection.x, vWorldDirection.yz ) ).rgb, 1.0 );

		}
	`)}function jx(i){let e=new WeakMap,t=new WeakMap,n=null;function r(d,f=!1){return d==null?null:f?o(d):s(d)}function s(d){if(d&&d.isTexture){let f=d.mapping;if(f===$o||f===qo)if(e.has(d)){let m=e.get(d).texture;return a(m,d.mapping)}else{let m=d.image;if(m&&m.height>0){let y=new hs(m.height);return y.fromEquirectangularTexture(i,d),e.set(d,y),d.addEventListener("dispose",c),a(y.texture,d.mapping)}else return null}}return d}function o(d){if(d&&d.isTexture&&d.isPMREMTexture!==!0){let f=d.mapping,m=f===$o||f===qo,y=f===Ei||f===pr;if(m||y){let g=t.get(d),p=g!==void 0?g.texture.pmremVersion:0;if(d.isRenderTargetTexture&&d.pmremVersion!==p)return n===null&&(n=new Na(i)),g=m?n.fromEquirectangular(d,g):n.fromCubemap(d,g),g.texture.pmremVersion=d.pmremVersion,t.set(d,g),g.texture;if(g!==void 0)return g.texture;{let x=d.image;return m&&x&&x.height>0||y&&x&&l(x)?(n===null&&(n=new Na(i)),g=m?n.fromEquirectangular(d):n.fromCubemap(d),g.texture.pmremVersion=d.pmremVersion,t.set(d,g),d.addEventListener("dispose",u),g.texture):null}}}return d}function a(d,f){return f===$o?d.mapping=Ei:f===qo&&(d.mapping=pr),d}function l(d){let f=0,m=6;for(let y=0;y<m;y++)d[y]!==void 0&&f++;return f===m}function c(d){let f=d.target;f.removeEventListener("dispose",c);let m=e.get(f);m!==void 0&&(e.delete(f),m.dispose())}function u(d){let f=d.target;f.removeEventListener("dispose",u);let m=t.get(f);m!==void 0&&(t.delete(f),m.dispose())}function h(){e=new WeakMap,t=new WeakMap,n!==null&&(n.dispose(),n=null)}return{get:r,dispose:h}}function Kx(i){let e={};function t(n){if(e[n]!==void 0)return e[n];let r=i.getExtension(n);return e[n]=r,r}return{has:function(n){return t(n)!==null},init:function(){t("EXT_color_buffer_float"),t("WEBGL_clip_cull_distance"),t("OES_texture_float_linear"),t("EXT_color_buffer_half_float"),t("WEBGL_multisampled_render_to_texture"),t("WEBGL_render_shared_exponent")},get:function(n){let r=t(n);return r===null&&kr("WebGLRenderer: "+n+" extension not supported."),r}}}function Jx(i,e,t,n){let r={},s=new WeakMap,o=new FinalizationRegistry(m=>delete r[m]);function a(m){l(m.target)}function l(m){m.index!==null&&e.remove(m.index);for(let g in m.attributes)e.remove(m.attributes[g]);m.removeEventListener("dispose",a),delete r[m.id],o.unregister(m);let y=s.get(m);y&&(e.remove(y),s.delete(m)),n.releaseStatesOfGeometry(m),m.isInstancedBufferGeometry===!0&&delete m._maxInstanceCount,t.memory.geometries--}function c(m,y){return r[y.id]!==void 0||(y.addEventListener("dispose",a),r[y.id]=new WeakRef(y),o.register(y,y.id,y),t.memory.geometries++),y}function u(m){let y=m.attributes;for(let g in y)e.update(y[g],i.ARRAY_BUFFER)}function h(m){let y=m.index,g=m.attributes.position,p=0;if(g===void 0)return;let x=y!==null?y.array.length:g.array.length/3-1,_=g.count>=65535?Yr:qr,v=new _(Math.ceil(x/3)*6,1),E=v.array;if(y!==null){let b=y.array;p=y.version;for(let A=0,N=0;A<x;A+=3){let I=b[A+0],R=b[A+1],C=b[A+2];E[N++]=I,E[N++]=R,E[N++]=R,E[N++]=C,E[N++]=C,E[N++]=I}}else{p=g.version;for(let b=0,A=0;b<x;b+=3){let N=b+0,I=b+1,R=b+2;E[A++]=N,E[A++]=I,E[A++]=I,E[A++]=R,E[A++]=R,E[A++]=N}}v.version=p;let S=s.get(m);S&&e.remove(S),s.set(m,v)}function d(m){let y=s.get(m);if(y){let g=m.index;g!==null&&y.version<g.version&&h(m)}else h(m);return s.get(m)}function f(){for(let m in r){let y=r[m].deref();y!==void 0&&l(y)}}return{get:c,update:u,getWireframeAttribute:d,dispose:f}}function Zx(i,e,t){let n;function r(h){n=h}let s,o;function a(h){s=h.type,o=h.bytesPerElement}function l(h,d){i.drawElements(n,d,s,h*o),t.update(d,n,1)}function c(h,d,f){f!==0&&(i.drawElementsInstanced(n,d,s,h*o,f),t.update(d,n,f))}function u(h,d,f){if(f===0)return;e.get("WEBGL_multi_draw").multiDrawElementsWEBGL(n,d,0,s,h,0,f);let y=0;for(let g=0;g<f;g++)y+=d[g];t.update(y,n,1)}this.setMode=r,this.setIndex=a,this.render=l,this.renderInstances=c,this.renderMultiDraw=u}function Qx(i){let e={geometries:0,textures:0},t={frame:0,calls:0,triangles:0,points:0,lines:0};function n(s,o,a){switch(t.calls++,o){case i.TRIANGLES:t.triangles+=a*(s/3);break;case i.LINES:t.lines+=a*(s/2);break;case i.LINE_STRIP:t.lines+=a*(s-1);break;case i.LINE_LOOP:t.lines+=a*s;break;case i.POINTS:t.points+=a*s;break;default:Le("WebGLInfo: Unknown draw mode:",o);break}}function r(){t.calls=0,t.triangles=0,t.points=0,t.lines=0}return{memory:e,render:t,programs:null,autoReset:!0,reset:r,update:n}}function eb(i,e,t){let n=new WeakMap,r=new ht;function s(o,a,l){let c=o.morphTargetInfluences,u=a.morphAttributes.position||a.morphAttributes.normal||a.morphAttributes.color,h=u!==void 0?u.length:0,d=n.get(a);if(d===void 0||d.count!==h){let N=function(){b.dispose(),n.delete(a),a.removeEventListener("dispose",N)};d!==void 0&&d.texture.dispose();let f=a.morphAttributes.position!==void 0,m=a.morphAttributes.normal!==void 0,y=a.morphAttributes.color!==void 0,g=a.morphAttributes.position||[],p=a.morphAttributes.normal||[],x=a.morphAttributes.color||[],_=0;f===!0&&(_=1),m===!0&&(_=2),y===!0&&(_=3);let v=a.attributes.position.count*_,E=1;v>e.maxTextureSize&&(E=Math.ceil(v/e.maxTextureSize),v=e.maxTextureSize);let S=new Float32Array(v*E*4*h),b=new Xr(S,v,E,h);b.type=mn,b.needsUpdate=!0;let A=_*4;for(let I=0;I<h;I++){let R=g[I],C=p[I],D=x[I],L=v*E*4*I;for(let B=0;B<R.count;B++){let k=B*A;f===!0&&(r.fromBufferAttribute(R,B),S[L+k+0]=r.x,S[L+k+1]=r.y,S[L+k+2]=r.z,S[L+k+3]=0),m===!0&&(r.fromBufferAttribute(C,B),S[L+k+4]=r.x,S[L+k+5]=r.y,S[L+k+6]=r.z,S[L+k+7]=0),y===!0&&(r.fromBufferAttribute(D,B),S[L+k+8]=r.x,S[L+k+9]=r.y,S[L+k+10]=r.z,S[L+k+11]=D.itemSize===4?r.w:1)}}d={count:h,texture:b,size:new Ge(v,E)},n.set(a,d),a.addEventListener("dispose",N)}if(o.isInstancedMesh===!0&&o.morphTexture!==null)l.getUniforms().setValue(i,"morphTexture",o.morphTexture,t);else{let f=0;for(let y=0;y<c.length;y++)f+=c[y];let m=a.morphTargetsRelative?1:1-f;l.getUniforms().setValue(i,"morphTargetBaseInfluence",m),l.getUniforms().setValue(i,"morphTargetInfluences",c)}l.getUniforms().setValue(i,"morphTargetsTexture",d.texture,t),l.getUniforms().setValue(i,"morphTargetsTextureSize",d.size)}return{update:s}}function tb(i,e,t,n,r){let s=new WeakMap;function o(c){let u=r.render.frame,h=c.geometry,d=e.get(c,h);if(s.get(d)!==u&&(e.update(d),s.set(d,u)),c.isInstancedMesh&&(c.hasEventListener("dispose",l)===!1&&c.addEventListener("dispose",l),s.get(c)!==u&&(t.update(c.instanceMatrix,i.ARRAY_BUFFER),c.instanceColor!==null&&t.update(c.instanceColor,i.ARRAY_BUFFER),s.set(c,u))),c.isSkinnedMesh){let f=c.skeleton;s.get(f)!==u&&(f.update(),s.set(f,u))}return d}function a(){s=new WeakMap}function l(c){let u=c.target;u.removeEventListener("dispose",l),n.releaseStatesOfObject(u),t.remove(u.instanceMatrix),u.instanceColor!==null&&t.remove(u.instanceColor)}return{update:o,dispose:a}}var nb={[xc]:"LINEAR_TONE_MAPPING",[bc]:"REINHARD_TONE_MAPPING",[vc]:"CINEON_TONE_MAPPING",[_c]:"ACES_FILMIC_TONE_MAPPING",[Ac]:"AGX_TONE_MAPPING",[wc]:"NEUTRAL_TONE_MAPPING",[Sc]:"CUSTOM_TONE_MAPPING"};function ib(i,e,t,n,r,s){let o=new kt(e,t,{type:i,depthBuffer:r,stencilBuffer:s,samples:n?4:0,storeMultisampledDepthBuffer:!1,storeMultisampledStencilBuffer:!1,resolveDepthBuffer:!1,resolveStencilBuffer:!1}),a=null,l=null,c=null,u=new Dt;u.setAttribute("position",new Ht([-1,3,0,-1,-1,0,3,-1,0],3)),u.setAttribute("uv",new Ht([0,2,0,0,2,0],2));let h=new Po({uniforms:{tDiffuse:{value:null}},vertexShader:`
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
			}`,depthTest:!1,depthWrite:!1}),d=new an(u,h),f=new ur(-1,1,1,-1,0,1),m=null,y=null,g=!1,p,x=null,_=[],v=!1;this.setSize=function(E,S){o.setSize(E,S),a!==null&&a.setSize(E,S),l!==null&&l.setSize(E,S);for(let b=0;b<_.length;b++){let A=_[b];A.setSize&&A.setSize(E,S)}},this.setEffects=function(E){_=E,v=_.length>0&&_[0].isRenderPass===!0;let S=o.width,b=o.height;_.length>0&&a===null&&(a=new kt(S,b,{type:gn,depthBuffer:!1,stencilBuffer:!1}),l=new kt(S,b,{type:gn,depthBuffer:!1,stencilBuffer:!1}));let A=r===!0&&_.some(N=>N.needsDepthTexture===!0);A!==(o.depthTexture!==null)&&(A===!0&&c===null&&(c=new kn(S,b),s===!0&&(c.format=Gn,c.type=Ti)),o.dispose(),o.depthTexture=A?c:null,o.resolveDepthBuffer=A,o.storeMultisampledDepthBuffer=A);for(let N=0;N<_.length;N++){let I=_[N];I.setSize&&I.setSize(S,b),A&&I.needsDepthTexture===!0&&I.setDepthTexture&&I.setDepthTexture(c)}},this.begin=function(E,S){if(g||E.toneMapping===Mn&&_.length===0)return!1;if(x=S,S!==null){let b=S.width,A=S.height;(o.width!==b||o.height!==A)&&this.setSize(b,A)}return v===!1&&E.setRenderTarget(o),p=E.toneMapping,E.toneMapping=Mn,!0},this.hasRenderPass=function(){return v},this.end=function(E,S){E.toneMapping=p,g=!0;let b=o,A=a;for(let N=0;N<_.length;N++){let I=_[N];I.enabled!==!1&&(I.render(E,A,b,S),I.needsSwap!==!1&&(b=A,A=A===a?l:a))}if(m!==E.outputColorSpace||y!==E.toneMapping){m=E.outputColorSpace,y=E.toneMapping,h.defines={},Xe.getTransfer(m)===Ke&&(h.defines.SRGB_TRANSFER="");let N=nb[y];N&&(h.defines[N]=""),h.needsUpdate=!0}h.uniforms.tDiffuse.value=b.texture,E.setRenderTarget(x),E.render(d,f),x=null,g=!1},this.isCompositing=function(){return g},this.dispose=function(){o.dispose(),a!==null&&a.dispose(),l!==null&&l.dispose(),u.dispose(),h.dispose()}}var cf=new Ft,uf=new kn(1,1),hf=new Jr(1),df=new Xr,ff=new wo,pf=new Kr,Gd=[],Vd=[],Hd=new Float32Array(16),Wd=new Float32Array(9),Xd=new Float32Array(4);function yr(i,e,t){let n=i[0];if(n<=0||n>0)return i;let r=e*t,s=Gd[r];if(s===void 0&&(s=new Float32Array(r),Gd[r]=s),e!==0){n.toArray(s,0);for(let o=1,a=0;o!==e;++o)a+=t,i[o].toArray(s,a)}return s}function bt(i,e){if(i.length!==e.length)return!1;for(let t=0,n=i.length;t<n;t++)if(i[t]!==e[t])return!1;return!0}function vt(i,e){for(let t=0,n=e.length;t<n;t++)i[t]=e[t]}function Da(i,e){let t=Vd[e];t===void 0&&(t=new Int32Array(e),Vd[e]=t);for(let n=0;n!==e;++n)t[n]=i.allocateTextureUnit();return t}function rb(i,e){let t=this.cache;t[0]!==e&&(i.uniform1f(this.addr,e),t[0]=e)}function sb(i,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y)&&(i.uniform2f(this.addr,e.x,e.y),t[0]=e.x,t[1]=e.y);else{if(bt(t,e))return;i.uniform2fv(this.addr,e),vt(t,e)}}function ob(i,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y||t[2]!==e.z)&&(i.uniform3f(this.addr,e.x,e.y,e.z),t[0]=e.x,t[1]=e.y,t[2]=e.z);else if(e.r!==void 0)(t[0]!==e.r||t[1]!==e.g||t[2]!==e.b)&&(i.uniform3f(this.addr,e.r,e.g,e.b),t[0]=e.r,t[1]=e.g,t[2]=e.b);else{if(bt(t,e))return;i.uniform3fv(this.addr,e),vt(t,e)}}function ab(i,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y||t[2]!==e.z||t[3]!==e.w)&&(i.uniform4f(this.addr,e.x,e.y,e.z,e.w),t[0]=e.x,t[1]=e.y,t[2]=e.z,t[3]=e.w);else{if(bt(t,e))return;i.uniform4fv(this.addr,e),vt(t,e)}}function lb(i,e){let t=this.cache,n=e.elements;if(n===void 0){if(bt(t,e))return;i.uniformMatrix2fv(this.addr,!1,e),vt(t,e)}else{if(bt(t,n))return;Xd.set(n),i.uniformMatrix2fv(this.addr,!1,Xd),vt(t,n)}}function cb(i,e){let t=this.cache,n=e.elements;if(n===void 0){if(bt(t,e))return;i.uniformMatrix3fv(this.addr,!1,e),vt(t,e)}else{if(bt(t,n))return;Wd.set(n),i.uniformMatrix3fv(this.addr,!1,Wd),vt(t,n)}}function ub(i,e){let t=this.cache,n=e.elements;if(n===void 0){if(bt(t,e))return;i.uniformMatrix4fv(this.addr,!1,e),vt(t,e)}else{if(bt(t,n))return;Hd.set(n),i.uniformMatrix4fv(this.addr,!1,Hd),vt(t,n)}}function hb(i,e){let t=this.cache;t[0]!==e&&(i.uniform1i(this.addr,e),t[0]=e)}function db(i,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y)&&(i.uniform2i(this.addr,e.x,e.y),t[0]=e.x,t[1]=e.y);else{if(bt(t,e))return;i.uniform2iv(this.addr,e),vt(t,e)}}function fb(i,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y||t[2]!==e.z)&&(i.uniform3i(this.addr,e.x,e.y,e.z),t[0]=e.x,t[1]=e.y,t[2]=e.z);else{if(bt(t,e))return;i.uniform3iv(this.addr,e),vt(t,e)}}function pb(i,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y||t[2]!==e.z||t[3]!==e.w)&&(i.uniform4i(this.addr,e.x,e.y,e.z,e.w),t[0]=e.x,t[1]=e.y,t[2]=e.z,t[3]=e.w);else{if(bt(t,e))return;i.uniform4iv(this.addr,e),vt(t,e)}}function mb(i,e){let t=this.cache;t[0]!==e&&(i.uniform1ui(this.addr,e),t[0]=e)}function gb(i,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y)&&(i.uniform2ui(this.addr,e.x,e.y),t[0]=e.x,t[1]=e.y);else{if(bt(t,e))return;i.uniform2uiv(this.addr,e),vt(t,e)}}function yb(i,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y||t[2]!==e.z)&&(i.uniform3ui(this.addr,e.x,e.y,e.z),t[0]=e.x,t[1]=e.y,t[2]=e.z);else{if(bt(t,e))return;i.uniform3uiv(this.addr,e),vt(t,e)}}function xb(i,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y||t[2]!==e.z||t[3]!==e.w)&&(i.uniform4ui(this.addr,e.x,e.y,e.z,e.w),t[0]=e.x,t[1]=e.y,t[2]=e.z,t[3]=e.w);else{if(bt(t,e))return;i.uniform4uiv(this.addr,e),vt(t,e)}}function Ua(i){return i.version===0&&(i.compareFunction=Uc,i.needsUpdate=!0),i}function bb(i,e,t){let n=this.cache,r=t.allocateTextureUnit();n[0]!==r&&(i.uniform1i(this.addr,r),n[0]=r);let s;this.type===i.SAMPLER_2D_SHADOW?s=Ua(uf):s=cf,t.setTexture2D(e||s,r)}function vb(i,e,t){let n=this.cache,r=t.allocateTextureUnit();n[0]!==r&&(i.uniform1i(this.addr,r),n[0]=r),t.setTexture3D(e||ff,r)}function _b(i,e,t){let n=this.cache,r=t.allocateTextureUnit();n[0]!==r&&(i.uniform1i(this.addr,r),n[0]=r);let s;this.type===i.SAMPLER_CUBE_SHADOW?s=Ua(hf):s=pf,t.setTextureCube(e||s,r)}function Sb(i,e,t){let n=this.cache,r=t.allocateTextureUnit();n[0]!==r&&(i.uniform1i(this.addr,r),n[0]=r),t.setTexture2DArray(e||df,r)}function Ab(i){switch(i){case 5126:return rb;case 35664:return sb;case 35665:return ob;case 35666:return ab;case 35674:return lb;case 35675:return cb;case 35676:return ub;case 5124:case 35670:return hb;case 35667:case 35671:return db;case 35668:case 35672:return fb;case 35669:case 35673:return pb;case 5125:return mb;case 36294:return gb;case 36295:return yb;case 36296:return xb;case 35678:case 36198:case 36298:case 36306:case 35682:return bb;case 35679:case 36299:case 36307:return vb;case 35680:case 36300:case 36308:case 36293:return _b;case 36289:case 36303:case 36311:case 36292:return Sb}}function wb(i,e){i.uniform1fv(this.addr,e)}function Mb(i,e){let t=yr(e,this.size,2);i.uniform2fv(this.addr,t)}function Eb(i,e){let t=yr(e,this.size,3);i.uniform3fv(this.addr,t)}function Tb(i,e){let t=yr(e,this.size,4);i.uniform4fv(this.addr,t)}function Cb(i,e){let t=yr(e,this.size,4);i.uniformMatrix2fv(this.addr,!1,t)}function Rb(i,e){let t=yr(e,this.size,9);i.uniformMatrix3fv(this.addr,!1,t)}function Ib(i,e){let t=yr(e,this.size,16);i.uniformMatrix4fv(this.addr,!1,t)}function Pb(i,e){i.uniform1iv(this.addr,e)}function Lb(i,e){i.uniform2iv(this.addr,e)}function Nb(i,e){i.uniform3iv(this.addr,e)}function Fb(i,e){i.uniform4iv(this.addr,e)}function Db(i,e){i.uniform1uiv(this.addr,e)}function Ub(i,e){i.uniform2uiv(this.addr,e)}function Ob(i,e){i.uniform3uiv(this.addr,e)}function Bb(i,e){i.uniform4uiv(this.addr,e)}function kb(i,e,t){let n=this.cache,r=e.length,s=Da(t,r);bt(n,s)||(i.uniform1iv(this.addr,s),vt(n,s));let o;this.type===i.SAMPLER_2D_SHADOW?o=Ua(uf):o=cf;for(let a=0;a!==r;++a)t.setTexture2D(e[a]||o,s[a])}function zb(i,e,t){let n=this.cache,r=e.length,s=Da(t,r);bt(n,s)||(i.uniform1iv(this.addr,s),vt(n,s));for(let o=0;o!==r;++o)t.setTexture3D(e[o]||ff,s[o])}function Gb(i,e,t){let n=this.cache,r=e.length,s=Da(t,r);bt(n,s)||(i.uniform1iv(this.addr,s),vt(n,s));let o;this.type===i.SAMPLER_CUBE_SHADOW?o=Ua(hf):o=pf;for(let a=0;a!==r;++a)t.setTextureCube(e[a]||o,s[a])}function Vb(i,e,t){let n=this.cache,r=e.length,s=Da(t,r);bt(n,s)||(i.uniform1iv(this.addr,s),vt(n,s));for(let o=0;o!==r;++o)t.setTexture2DArray(e[o]||df,s[o])}function Hb(i){switch(i){case 5126:return wb;case 35664:return Mb;case 35665:return Eb;case 35666:return Tb;case 35674:return Cb;case 35675:return Rb;case 35676:return Ib;case 5124:case 35670:return Pb;case 35667:case 35671:return Lb;case 35668:case 35672:return Nb;case 35669:case 35673:return Fb;case 5125:return Db;case 36294:return Ub;case 36295:return Ob;case 36296:return Bb;case 35678:case 36198:case 36298:case 36306:case 35682:return kb;case 35679:case 36299:case 36307:return zb;case 35680:case 36300:case 36308:case 36293:return Gb;case 36289:case 36303:case 36311:case 36292:return Vb}}var Kc=class{constructor(e,t,n){this.id=e,this.addr=n,this.cache=[],this.type=t.type,this.setValue=Ab(t.type)}},Jc=class{constructor(e,t,n){this.id=e,this.addr=n,this.cache=[],this.type=t.type,this.size=t.size,this.setValue=Hb(t.type)}},Zc=class{constructor(e){this.id=e,this.seq=[],this.map={}}setValue(e,t,n){let r=this.seq;for(let s=0,o=r.length;s!==o;++s){let a=r[s];a.setValue(e,t[a.id],n)}}},Yc=/(\w+)(\])?(\[|\.)?/g;function $d(i,e){i.seq.push(e),i.map[e.id]=e}function Wb(i,e,t){let n=i.name,r=n.length;for(Yc.lastIndex=0;;){let s=Yc.exec(n),o=Yc.lastIndex,a=s[1],l=s[2]==="]",c=s[3];if(l&&(a=a|0),c===void 0||c==="["&&o+2===r){$d(t,c===void 0?new Kc(a,i,e):new Jc(a,i,e));break}else{let h=t.map[a];h===void 0&&(h=new Zc(a),$d(t,h)),t=h}}}var gr=class{constructor(e,t){this.seq=[],this.map={};let n=e.getProgramParameter(t,e.ACTIVE_UNIFORMS);for(let o=0;o<n;++o){let a=e.getActiveUniform(t,o),l=e.getUniformLocation(t,a.name);Wb(a,l,this)}let r=[],s=[];for(let o of this.seq)o.type===e.SAMPLER_2D_SHADOW||o.type===e.SAMPLER_CUBE_SHADOW||o.type===e.SAMPLER_2D_ARRAY_SHADOW?r.push(o):s.push(o);r.length>0&&(this.seq=r.concat(s))}setValue(e,t,n,r){let s=this.map[t];s!==void 0&&s.setValue(e,n,r)}setOptional(e,t,n){let r=t[n];r!==void 0&&this.setValue(e,n,r)}static upload(e,t,n,r){for(let s=0,o=t.length;s!==o;++s){let a=t[s],l=n[a.id];l.needsUpdate!==!1&&a.setValue(e,l.value,r)}}static seqWithValue(e,t){let n=[];for(let r=0,s=e.length;r!==s;++r){let o=e[r];o.id in t&&n.push(o)}return n}};function qd(i,e,t){let n=i.createShader(e);return i.shaderSource(n,t),i.compileShader(n),n}var Xb=37297,$b=0;function qb(i,e){let t=i.split(`
`),n=[],r=Math.max(e-6,0),s=Math.min(e+6,t.length);for(let o=r;o<s;o++){let a=o+1;n.push(`${a===e?">":" "} ${a}: ${t[o]}`)}return n.join(`
`)}var Yd=new Ne;function Yb(i){Xe._getMatrix(Yd,Xe.workingColorSpace,i);let e=`mat3( ${Yd.elements.map(t=>t.toFixed(4))} )`;switch(Xe.getTransfer(i)){case Vr:return[e,"LinearTransferOETF"];case Ke:return[e,"sRGBTransferOETF"];default:return Re("WebGLProgram: Unsupported color space: ",i),[e,"LinearTransferOETF"]}}function jd(i,e,t){let n=i.getShaderParameter(e,i.COMPILE_STATUS),s=(i.getShaderInfoLog(e)||"").trim();if(n&&s==="")return"";let o=/ERROR: 0:(\d+)/.exec(s);if(o){let a=parseInt(o[1]);return t.toUpperCase()+`

`+s+`

`+qb(i.getShaderSource(e),a)}else return s}function jb(i,e){let t=Yb(e);return[`vec4 ${i}( vec4 value ) {`,`	return ${t[1]}( vec4( ${t[0]} * value.rgb, value.a ) );`,"}"].join(`
`)}var Kb={[xc]:"Linear",[bc]:"Reinhard",[vc]:"Cineon",[_c]:"ACESFilmic",[Ac]:"AgX",[wc]:"Neutral",[Sc]:"Custom"};function Jb(i,e){let t=Kb[e];return t===void 0?(Re("WebGLProgram: Unsupported toneMapping:",e),"vec3 "+i+"( vec3 color ) { return LinearToneMapping( color ); }"):"vec3 "+i+"( vec3 color ) { return "+t+"ToneMapping( color ); }"}var La=new $;function Zb(){Xe.getLuminanceCoefficients(La);let i=La.x.toFixed(4),e=La.y.toFixed(4),t=La.z.toFixed(4);return["float luminance( const in vec3 rgb ) {",`	const vec3 weights = vec3( ${i}, ${e}, ${t} );`,"	return dot( weights, rgb );","}"].join(`
`)}function Qb(i){return[i.extensionClipCullDistance?"#extension GL_ANGLE_clip_cull_distance : require":"",i.extensionMultiDraw?"#extension GL_ANGLE_multi_draw : require":""].filter(us).join(`
`)}function ev(i){let e=[];for(let t in i){let n=i[t];n!==!1&&e.push("#define "+t+" "+n)}return e.join(`
`)}function tv(i,e){let t={},n=i.getProgramParameter(e,i.ACTIVE_ATTRIBUTES);for(let r=0;r<n;r++){let s=i.getActiveAttrib(e,r),o=s.name,a=1;s.type===i.FLOAT_MAT2&&(a=2),s.type===i.FLOAT_MAT3&&(a=3),s.type===i.FLOAT_MAT4&&(a=4),t[o]={type:s.type,location:i.getAttribLocation(e,o),locationSize:a}}return t}function us(i){return i!==""}function Kd(i,e){let t=e.numSpotLightShadows+e.numSpotLightMaps-e.numSpotLightShadowsWithMaps;return i.replace(/NUM_SUN_LIGHTS/g,e.numSunLights).replace(/NUM_DIR_LIGHTS/g,e.numDirLights).replace(/NUM_SPOT_LIGHTS/g,e.numSpotLights).replace(/NUM_SPOT_LIGHT_MAPS/g,e.numSpotLightMaps).replace(/NUM_SPOT_LIGHT_COORDS/g,t).replace(/NUM_RECT_AREA_LIGHTS/g,e.numRectAreaLights).replace(/NUM_POINT_LIGHTS/g,e.numPointLights).replace(/NUM_HEMI_LIGHTS/g,e.numHemiLights).replace(/NUM_SUN_LIGHT_SHADOWS/g,e.numSunLightShadows).replace(/NUM_DIR_LIGHT_SHADOWS/g,e.numDirLightShadows).replace(/NUM_SPOT_LIGHT_SHADOWS_WITH_MAPS/g,e.numSpotLightShadowsWithMaps).replace(/NUM_SPOT_LIGHT_SHADOWS/g,e.numSpotLightShadows).replace(/NUM_POINT_LIGHT_SHADOWS/g,e.numPointLightShadows).replace(/NUM_LIGHT_PROBE_GRIDS/g,e.numLightProbeGrids)}function Jd(i,e){return i.replace(/NUM_CLIPPING_PLANES/g,e.numClippingPlanes).replace(/UNION_CLIPPING_PLANES/g,e.numClippingPlanes-e.numClipIntersection)}var nv=/^[ \t]*#include +<([\w\d./]+)>/gm;function Qc(i){return i.replace(nv,iv)}function iv(i,e){let t=ke[e];if(t===void 0)throw new Error("THREE.WebGLProgram: Can not resolve #include <"+e+">");return Qc(t)}var rv=/#pragma unroll_loop_start\s+for\s*\(\s*int\s+i\s*=\s*(\d+)\s*;\s*i\s*<\s*(\d+)\s*;\s*i\s*\+\+\s*\)\s*{([\s\S]+?)}\s+#pragma unroll_loop_end/g;function Zd(i){return i.replace(rv,sv)}function sv(i,e,t,n){let r="";for(let s=parseInt(e);s<parseInt(t);s++)r+=n.replace(/\[\s*i\s*\]/g,"[ "+s+" ]").replace(/UNROLLED_LOOP_INDEX/g,s);return r}function Qd(i){let e=`precision ${i.precision} float;
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
#define LOW_PRECISION`),e}var ov={[es]:"SHADOWMAP_TYPE_PCF",[dr]:"SHADOWMAP_TYPE_VSM"};function av(i){return ov[i.shadowMapType]||"SHADOWMAP_TYPE_BASIC"}var lv={[pr]:"ENVMAP_MODE_REFRACTION"};function cv(i){return i.envMap===!1?"ENVMAP_MODE_REFLECTION":lv[i.envMapMode]||"ENVMAP_MODE_REFLECTION"}var uv={[yc]:"ENVMAP_BLENDING_MULTIPLY",[gd]:"ENVMAP_BLENDING_MIX",[yd]:"ENVMAP_BLENDING_ADD"};function hv(i){return i.envMap===!1?"ENVMAP_BLENDING_NONE":uv[i.combine]||"ENVMAP_BLENDING_NONE"}function dv(i,e,t,n){let r=i.getContext(),s=t.defines,o=t.vertexShader,a=t.fragmentShader,l=av(t),c=t.envMapPMREM===!0?"ENVMAP_TYPE_PMREM":"ENVMAP_TYPE_CUBE",u=cv(t),h=hv(t),d=Qb(t),f=ev(s),m=r.createProgram(),y,g,p=t.glslVersion?"#version "+t.glslVersion+`
`:"";t.isRawShaderMaterial?(y=["#define SHADER_TYPE "+t.shaderType,"#define SHADER_NAME "+t.shaderName,f].filter(us).join(`
`),y.length>0&&(y+=`
`),g=["#define SHADER_TYPE "+t.shaderType,"#define SHADER_NAME "+t.shaderName,f].filter(us).join(`
`),g.length>0&&(g+=`
`)):(y=[Qd(t),"#define SHADER_TYPE "+t.shaderType,"#define SHADER_NAME "+t.shaderName,f,t.extensionClipCullDistance?"#define USE_CLIP_DISTANCE":"",t.batching?"#define USE_BATCHING":"",t.batchingColor?"#define USE_BATCHING_COLOR":"",t.instancing?"#define USE_INSTANCING":"",t.instancingColor?"#define USE_INSTANCING_COLOR":"",t.instancingMorph?"#define USE_INSTANCING_MORPH":"",t.useFog&&t.fog?"#define USE_FOG":"",t.useFog&&t.fogExp2?"#define FOG_EXP2":"",t.map?"#define USE_MAP":"",t.envMap?"#define USE_ENVMAP":"",t.envMap?"#define "+u:"",t.lightMap?"#define USE_LIGHTMAP":"",t.aoMap?"#define USE_AOMAP":"",t.bumpMap?"#define USE_BUMPMAP":"",t.normalMap?"#define USE_NORMALMAP":"",t.normalMapObjectSpace?"#define USE_NORMALMAP_OBJECTSPACE":"",t.normalMapTangentSpace?"#define USE_NORMALMAP_TANGENTSPACE":"",t.displacementMap?"#define USE_DISPLACEMENTMAP":"",t.emissiveMap?"#define USE_EMISSIVEMAP":"",t.anisotropy?"#define USE_ANISOTROPY":"",t.anisotropyMap?"#define USE_ANISOTROPYMAP":"",t.clearcoatMap?"#define USE_CLEARCOATMAP":"",t.clearcoatRoughnessMap?"#define USE_CLEARCOAT_ROUGHNESSMAP":"",t.clearcoatNormalMap?"#define USE_CLEARCOAT_NORMALMAP":"",t.diffuseRoughnessMap?"#define USE_DIFFUSE_ROUGHNESSMAP":"",t.iridescenceMap?"#define USE_IRIDESCENCEMAP":"",t.iridescenceThicknessMap?"#define USE_IRIDESCENCE_THICKNESSMAP":"",t.specularMap?"#define USE_SPECULARMAP":"",t.specularColorMap?"#define USE_SPECULAR_COLORMAP":"",t.specularIntensityMap?"#define USE_SPECULAR_INTENSITYMAP":"",t.roughnessMap?"#define USE_ROUGHNESSMAP":"",t.metalnessMap?"#define USE_METALNESSMAP":"",t.alphaMap?"#define USE_ALPHAMAP":"",t.alphaHash?"#define USE_ALPHAHASH":"",t.transmission?"#define USE_TRANSMISSION":"",t.transmissionMap?"#define USE_TRANSMISSIONMAP":"",t.thicknessMap?"#define USE_THICKNESSMAP":"",t.sheenColorMap?"#define USE_SHEEN_COLORMAP":"",t.sheenRoughnessMap?"#define USE_SHEEN_ROUGHNESSMAP":"",t.mapUv?"#define MAP_UV "+t.mapUv:"",t.alphaMapUv?"#define ALPHAMAP_UV "+t.alphaMapUv:"",t.lightMapUv?"#define LIGHTMAP_UV "+t.lightMapUv:"",t.aoMapUv?"#define AOMAP_UV "+t.aoMapUv:"",t.emissiveMapUv?"#define EMISSIVEMAP_UV "+t.emissiveMapUv:"",t.bumpMapUv?"#define BUMPMAP_UV "+t.bumpMapUv:"",t.normalMapUv?"#define NORMALMAP_UV "+t.normalMapUv:"",t.displacementMapUv?"#define DISPLACEMENTMAP_UV "+t.displacementMapUv:"",t.metalnessMapUv?"#define METALNESSMAP_UV "+t.metalnessMapUv:"",t.roughnessMapUv?"#define ROUGHNESSMAP_UV "+t.roughnessMapUv:"",t.anisotropyMapUv?"#define ANISOTROPYMAP_UV "+t.anisotropyMapUv:"",t.clearcoatMapUv?"#define CLEARCOATMAP_UV "+t.clearcoatMapUv:"",t.clearcoatNormalMapUv?"#define CLEARCOAT_NORMALMAP_UV "+t.clearcoatNormalMapUv:"",t.clearcoatRoughnessMapUv?"#define CLEARCOAT_ROUGHNESSMAP_UV "+t.clearcoatRoughnessMapUv:"",t.diffuseRoughnessMapUv?"#define DIFFUSE_ROUGHNESSMAP_UV "+t.diffuseRoughnessMapUv:"",t.iridescenceMapUv?"#define IRIDESCENCEMAP_UV "+t.iridescenceMapUv:"",t.iridescenceThicknessMapUv?"#define IRIDESCENCE_THICKNESSMAP_UV "+t.iridescenceThicknessMapUv:"",t.sheenColorMapUv?"#define SHEEN_COLORMAP_UV "+t.sheenColorMapUv:"",t.sheenRoughnessMapUv?"#define SHEEN_ROUGHNESSMAP_UV "+t.sheenRoughnessMapUv:"",t.specularMapUv?"#define SPECULARMAP_UV "+t.specularMapUv:"",t.specularColorMapUv?"#define SPECULAR_COLORMAP_UV "+t.specularColorMapUv:"",t.specularIntensityMapUv?"#define SPECULAR_INTENSITYMAP_UV "+t.specularIntensityMapUv:"",t.transmissionMapUv?"#define TRANSMISSIONMAP_UV "+t.transmissionMapUv:"",t.thicknessMapUv?"#define THICKNESSMAP_UV "+t.thicknessMapUv:"",t.vertexTangents&&t.flatShading===!1?"#define USE_TANGENT":"",t.vertexNormals?"#define HAS_NORMAL":"",t.vertexColors?"#define USE_COLOR":"",t.vertexAlphas?"#define USE_COLOR_ALPHA":"",t.vertexUv1s?"#define USE_UV1":"",t.vertexUv2s?"#define USE_UV2":"",t.vertexUv3s?"#define USE_UV3":"",t.pointsUvs?"#define USE_POINTS_UV":"",t.flatShading?"#define FLAT_SHADED":"",t.skinning?"#define USE_SKINNING":"",t.morphTargets?"#define USE_MORPHTARGETS":"",t.morphNormals&&t.flatShading===!1?"#define USE_MORPHNORMALS":"",t.morphColors?"#define USE_MORPHCOLORS":"",t.morphTargetsCount>0?"#define MORPHTARGETS_TEXTURE_STRIDE "+t.morphTextureStride:"",t.morphTargetsCount>0?"#define MORPHTARGETS_COUNT "+t.morphTargetsCount:"",t.doubleSided?"#define DOUBLE_SIDED":"",t.flipSided?"#define FLIP_SIDED":"",t.shadowMapEnabled?"#define USE_SHADOWMAP":"",t.shadowMapEnabled?"#define "+l:"",t.sizeAttenuation?"#define USE_SIZEATTENUATION":"",t.numLightProbes>0?"#define USE_LIGHT_PROBES":"",t.logarithmicDepthBuffer?"#define USE_LOGARITHMIC_DEPTH_BUFFER":"",t.reversedDepthBuffer?"#define USE_REVERSED_DEPTH_BUFFER":"","uniform mat4 modelMatrix;","uniform mat4 modelViewMatrix;","uniform mat4 projectionMatrix;","uniform mat4 viewMatrix;","uniform mat3 normalMatrix;","uniform vec3 cameraPosition;","uniform bool isOrthographic;","#ifdef USE_INSTANCING","	attribute mat4 instanceMatrix;","#endif","#ifdef USE_INSTANCING_COLOR","	attribute vec3 instanceColor;","#endif","#ifdef USE_INSTANCING_MORPH","	uniform sampler2D morphTexture;","#endif","attribute vec3 position;","attribute vec3 normal;","attribute vec2 uv;","#ifdef USE_UV1","	attribute vec2 uv1;","#endif","#ifdef USE_UV2","	attribute vec2 uv2;","#endif","#ifdef USE_UV3","	attribute vec2 uv3;","#endif","#ifdef USE_TANGENT","	attribute vec4 tangent;","#endif","#if defined( USE_COLOR_ALPHA )","	attribute vec4 color;","#elif defined( USE_COLOR )","	attribute vec3 color;","#endif","#ifdef USE_SKINNING","	attribute vec4 skinIndex;","	attribute vec4 skinWeight;","#endif",`
`].filter(us).join(`
`),g=[Qd(t),"#define SHADER_TYPE "+t.shaderType,"#define SHADER_NAME "+t.shaderName,f,t.useFog&&t.fog?"#define USE_FOG":"",t.useFog&&t.fogExp2?"#define FOG_EXP2":"",t.alphaToCoverage?"#define ALPHA_TO_COVERAGE":"",t.map?"#define USE_MAP":"",t.matcap?"#define USE_MATCAP":"",t.envMap?"#define USE_ENVMAP":"",t.envMap?"#define "+c:"",t.envMap?"#define "+u:"",t.envMap?"#define "+h:"",t.envMapPMREM?"#define ENVMAP_MAX_LOD "+t.envMapMaxLod+".0":"",t.envMapPMREM?"#define ENVMAP_SIZE "+t.envMapSize+".0":"",t.lightMap?"#define USE_LIGHTMAP":"",t.aoMap?"#define USE_AOMAP":"",t.bumpMap?"#define USE_BUMPMAP":"",t.normalMap?"#define USE_NORMALMAP":"",t.normalMapObjectSpace?"#define USE_NORMALMAP_OBJECTSPACE":"",t.normalMapTangentSpace?"#define USE_NORMALMAP_TANGENTSPACE":"",t.packedNormalMap?"#define USE_PACKED_NORMALMAP":"",t.emissiveMap?"#define USE_EMISSIVEMAP":"",t.anisotropy?"#define USE_ANISOTROPY":"",t.anisotropyMap?"#define USE_ANISOTROPYMAP":"",t.clearcoat?"#define USE_CLEARCOAT":"",t.clearcoatMap?"#define USE_CLEARCOATMAP":"",t.clearcoatRoughnessMap?"#define USE_CLEARCOAT_ROUGHNESSMAP":"",t.clearcoatNormalMap?"#define USE_CLEARCOAT_NORMALMAP":"",t.diffuseRoughness?"#define USE_DIFFUSE_ROUGHNESS":"",t.diffuseRoughnessMap?"#define USE_DIFFUSE_ROUGHNESSMAP":"",t.dispersion?"#define USE_DISPERSION":"",t.retroreflection?"#define USE_RETROREFLECTION":"",t.iridescence?"#define USE_IRIDESCENCE":"",t.iridescenceMap?"#define USE_IRIDESCENCEMAP":"",t.iridescenceThicknessMap?"#define USE_IRIDESCENCE_THICKNESSMAP":"",t.specularMap?"#define USE_SPECULARMAP":"",t.specularColorMap?"#define USE_SPECULAR_COLORMAP":"",t.specularIntensityMap?"#define USE_SPECULAR_INTENSITYMAP":"",t.roughnessMap?"#define USE_ROUGHNESSMAP":"",t.metalnessMap?"#define USE_METALNESSMAP":"",t.alphaMap?"#define USE_ALPHAMAP":"",t.alphaTest?"#define USE_ALPHATEST":"",t.alphaHash?"#define USE_ALPHAHASH":"",t.sheen?"#define USE_SHEEN":"",t.sheenColorMap?"#define USE_SHEEN_COLORMAP":"",t.sheenRoughnessMap?"#define USE_SHEEN_ROUGHNESSMAP":"",t.transmission?"#define USE_TRANSMISSION":"",t.transmissionMap?"#define USE_TRANSMISSIONMAP":"",t.thicknessMap?"#define USE_THICKNESSMAP":"",t.vertexTangents&&t.flatShading===!1?"#define USE_TANGENT":"",t.vertexColors||t.instancingColor?"#define USE_COLOR":"",t.vertexAlphas||t.batchingColor?"#define USE_COLOR_ALPHA":"",t.vertexUv1s?"#define USE_UV1":"",t.vertexUv2s?"#define USE_UV2":"",t.vertexUv3s?"#define USE_UV3":"",t.pointsUvs?"#define USE_POINTS_UV":"",t.gradientMap?"#define USE_GRADIENTMAP":"",t.flatShading?"#define FLAT_SHADED":"",t.doubleSided?"#define DOUBLE_SIDED":"",t.flipSided?"#define FLIP_SIDED":"",t.shadowMapEnabled?"#define USE_SHADOWMAP":"",t.shadowMapEnabled?"#define "+l:"",t.premultipliedAlpha?"#define PREMULTIPLIED_ALPHA":"",t.numLightProbes>0?"#define USE_LIGHT_PROBES":"",t.decodeVideoTexture?"#define DECODE_VIDEO_TEXTURE":"",t.decodeVideoTextureEmissive?"#define DECODE_VIDEO_TEXTURE_EMISSIVE":"",t.logarithmicDepthBuffer?"#define USE_LOGARITHMIC_DEPTH_BUFFER":"",t.reversedDepthBuffer?"#define USE_REVERSED_DEPTH_BUFFER":"","uniform mat4 viewMatrix;","uniform vec3 cameraPosition;","uniform bool isOrthographic;",t.toneMapping!==Mn?"#define TONE_MAPPING":"",t.toneMapping!==Mn?ke.tonemapping_pars_fragment:"",t.toneMapping!==Mn?Jb("toneMapping",t.toneMapping):"",t.dithering?"#define DITHERING":"",t.opaque?"#define OPAQUE":"",ke.colorspace_pars_fragment,jb("linearToOutputTexel",t.outputColorSpace),Zb(),t.useDepthPacking?"#define DEPTH_PACKING "+t.depthPacking:"",`
`].filter(us).join(`
`)),o=Qc(o),o=Kd(o,t),o=Jd(o,t),a=Qc(a),a=Kd(a,t),a=Jd(a,t),o=Zd(o),a=Zd(a),t.isRawShaderMaterial!==!0&&(p=`#version 300 es
`,y=[d,"#define attribute in","#define varying out","#define texture2D texture"].join(`
`)+`
`+y,g=["#define varying in",t.glslVersion===Ci?"":"layout(location = 0) out highp vec4 pc_fragColor;",t.glslVersion===Ci?"":"#define gl_FragColor pc_fragColor","#define gl_FragDepthEXT gl_FragDepth","#define texture2D texture","#define textureCube texture","#define texture2DProj textureProj","#define texture2DLodEXT textureLod","#define texture2DProjLodEXT textureProjLod","#define textureCubeLodEXT textureLod","#define texture2DGradEXT textureGrad","#define texture2DProjGradEXT textureProjGrad","#define textureCubeGradEXT textureGrad"].join(`
`)+`
`+g);let x=p+y+o,_=p+g+a,v=qd(r,r.VERTEX_SHADER,x),E=qd(r,r.FRAGMENT_SHADER,_);r.attachShader(m,v),r.attachShader(m,E),t.index0AttributeName!==void 0?r.bindAttribLocation(m,0,t.index0AttributeName):t.hasPositionAttribute===!0&&r.bindAttribLocation(m,0,"position"),r.linkProgram(m);function S(I){if(i.debug.checkShaderErrors){let R=r.getProgramInfoLog(m)||"",C=r.getShaderInfoLog(v)||"",D=r.getShaderInfoLog(E)||"",L=R.trim(),B=C.trim(),k=D.trim(),G=!0,q=!0;if(r.getProgramParameter(m,r.LINK_STATUS)===!1)if(G=!1,typeof i.debug.onShaderError=="function")i.debug.onShaderError(r,m,v,E);else{let V=jd(r,v,"vertex"),K=jd(r,E,"fragment");Le("WebGLProgram: Shader Error "+r.getError()+" - VALIDATE_STATUS "+r.getProgramParameter(m,r.VALIDATE_STATUS)+`

Material Name: `+I.name+`
Material Type: `+I.type+`

Program Info Log: `+L+`
`+V+`
`+K)}else L!==""?Re("WebGLProgram: Program Info Log:",L):(B===""||k==="")&&(q=!1);q&&(I.diagnostics={runnable:G,programLog:L,vertexShader:{log:B,prefix:y},fragmentShader:{log:k,prefix:g}})}r.deleteShader(v),r.deleteShader(E),b=new gr(r,m),A=tv(r,m)}let b;this.getUniforms=function(){return b===void 0&&S(this),b};let A;this.getAttributes=function(){return A===void 0&&S(this),A};let N=t.rendererExtensionParallelShaderCompile===!1;return this.isReady=function(){return N===!1&&(N=r.getProgramParameter(m,Xb)),N},this.destroy=function(){n.releaseStatesOfProgram(this),r.deleteProgram(m),this.program=void 0},this.type=t.shaderType,this.name=t.shaderName,this.id=$b++,this.cacheKey=e,this.usedTimes=1,this.program=m,this.vertexShader=v,this.fragmentShader=E,this}var fv=0,eu=class{constructor(){this.shaderCache=new Map,this.materialCache=new Map}update(e,t,n){let r=this._getShaderCacheForMaterial(e);return r.has(t)===!1&&(r.add(t),t.usedTimes++),r.has(n)===!1&&(r.add(n),n.usedTimes++),this}remove(e){let t=this.materialCache.get(e);for(let n of t)n.usedTimes--,n.usedTimes===0&&this.shaderCache.delete(n.code);return this.materialCache.delete(e),this}getVertexShaderStage(e){return this._getShaderStage(e.vertexShader)}getFragmentShaderStage(e){return this._getShaderStage(e.fragmentShader)}dispose(){this.shaderCache.clear(),this.materialCache.clear()}_getShaderCacheForMaterial(e){let t=this.materialCache,n=t.get(e);return n===void 0&&(n=new Set,t.set(e,n)),n}_getShaderStage(e){let t=this.shaderCache,n=t.get(e);return n===void 0&&(n=new tu(e),t.set(e,n)),n}},tu=class{constructor(e){this.id=fv++,this.code=e,this.usedTimes=0}};function pv(i){return i===li||i===os||i===as}function mv(i,e,t,n,r,s){let o=new $r,a=new eu,l=new Set,c=[],u=new Map,h=n.logarithmicDepthBuffer,d={MeshDepthMaterial:"depth",MeshDistanceMaterial:"distance",MeshNormalMaterial:"normal",MeshBasicMaterial:"basic",MeshLambertMaterial:"lambert",MeshPhongMaterial:"phong",MeshToonMaterial:"toon",MeshStandardMaterial:"physical",MeshPhysicalMaterial:"physical",MeshMatcapMaterial:"matcap",LineBasicMaterial:"basic",LineDashedMaterial:"dashed",PointsMaterial:"points",ShadowMaterial:"shadow",SpriteMaterial:"sprite"};function f(b){return l.add(b),b===0?"uv":`uv${b}`}function m(b,A,N,I,R,C){let D=I.fog,L=R.geometry,B=b.isMeshStandardMaterial||b.isMeshLambertMaterial||b.isMeshPhongMaterial?I.environment:null,k=b.isMeshStandardMaterial||b.isMeshLambertMaterial&&!b.envMap||b.isMeshPhongMaterial&&!b.envMap,G=e.get(b.envMap||B,k),q=d[b.type],V=n.precision;b.precision!==null&&(V=n.getMaxPrecision(b.precision),V!==b.precision&&Re("WebGLProgram.getParameters:",b.precision,"not supported, using",V,"instead."));let K=L.morphAttributes.position||L.morphAttributes.normal||L.morphAttributes.color,ne=K!==void 0?K.length:0,ve=0;L.morphAttributes.position!==void 0&&(ve=1),L.morphAttributes.normal!==void 0&&(ve=2),L.morphAttributes.color!==void 0&&(ve=3);let Pe,Z,ie,be;if(q){let ge=Tn[q];Pe=ge.vertexShader,Z=ge.fragmentShader}else{Pe=b.vertexShader,Z=b.fragmentShader;let ge=a.getVertexShaderStage(b),Ze=a.getFragmentShaderStage(b);a.update(b,ge,Ze),ie=ge.id,be=Ze.id}let Me=i.getRenderTarget(),me=i.state.buffers.depth.getReversed(),Ue=R.isInstancedMesh===!0,pt=R.isBatchedMesh===!0,Ie=!!b.map,Je=!!b.matcap,Qe=!!G,Ve=Qe&&G.isPMREMTexture===!0,Et=!!b.aoMap,yt=!!b.lightMap,Vt=!!b.bumpMap&&b.wireframe===!1,lt=!!b.normalMap,xn=!!b.displacementMap,_t=!!b.emissiveMap,en=!!b.metalnessMap,tn=!!b.roughnessMap,nn=b.anisotropy>0,z=b.clearcoat>0,rn=b.diffuseRoughness>0,st=b.dispersion>0,ot=b.retroreflectivity>0,pe=b.iridescence>0,xt=b.sheen>0,Ce=b.transmission>0,Fe=nn&&!!b.anisotropyMap,F=z&&!!b.clearcoatMap,M=z&&!!b.clearcoatNormalMap,W=z&&!!b.clearcoatRoughnessMap,re=rn&&!!b.diffuseRoughnessMap,te=pe&&!!b.iridescenceMap,ae=pe&&!!b.iridescenceThicknessMap,de=xt&&!!b.sheenColorMap,J=xt&&!!b.sheenRoughnessMap,Q=!!b.specularMap,ce=!!b.specularColorMap,U=!!b.specularIntensityMap,ee=Ce&&!!b.transmissionMap,j=Ce&&!!b.thicknessMap,ue=!!b.gradientMap,oe=!!b.alphaMap,le=b.alphaTest>0,Ee=!!b.alphaHash,Be=!!b.extensions,se=Mn;b.toneMapped&&(Me===null||Me.isXRRenderTarget===!0)&&(se=i.toneMapping);let Te=Ve?G.isCompressedCubeTexture?G.image[0].mipmaps:G.mipmaps:null,Oe={shaderID:q,shaderType:b.type,shaderName:b.name,vertexShader:Pe,fragmentShader:Z,defines:b.defines,customVertexShaderID:ie,customFragmentShaderID:be,isRawShaderMaterial:b.isRawShaderMaterial===!0,glslVersion:b.glslVersion,precision:V,batching:pt,batchingColor:pt&&R._colorsTexture!==null,instancing:Ue,instancingColor:Ue&&R.instanceColor!==null,instancingMorph:Ue&&R.morphTexture!==null,outputColorSpace:Me===null?i.outputColorSpace:Me.isXRRenderTarget===!0?Me.texture.colorSpace:Xe.workingColorSpace,alphaToCoverage:!!b.alphaToCoverage,map:Ie,matcap:Je,envMap:Qe,envMapMode:Qe&&G.mapping,envMapPMREM:Ve,envMapMaxLod:Ve?Te.length-1:null,envMapSize:Ve?Te[0].width:null,aoMap:Et,lightMap:yt,bumpMap:Vt,normalMap:lt,displacementMap:xn,emissiveMap:_t,normalMapObjectSpace:lt&&b.normalMapType===vd,normalMapTangentSpace:lt&&b.normalMapType===Nc,packedNormalMap:lt&&b.normalMapType===Nc&&pv(b.normalMap.format),metalnessMap:en,roughnessMap:tn,anisotropy:nn,anisotropyMap:Fe,clearcoat:z,clearcoatMap:F,clearcoatNormalMap:M,clearcoatRoughnessMap:W,diffuseRoughness:rn,diffuseRoughnessMap:re,dispersion:st,retroreflection:ot,iridescence:pe,iridescenceMap:te,iridescenceThicknessMap:ae,sheen:xt,sheenColorMap:de,sheenRoughnessMap:J,specularMap:Q,specularColorMap:ce,specularIntensityMap:U,transmission:Ce,transmissionMap:ee,thicknessMap:j,gradientMap:ue,opaque:b.transparent===!1&&b.blending===fr&&b.alphaToCoverage===!1,alphaMap:oe,alphaTest:le,alphaHash:Ee,combine:b.combine,mapUv:Ie&&f(b.map.channel),aoMapUv:Et&&f(b.aoMap.channel),lightMapUv:yt&&f(b.lightMap.channel),bumpMapUv:Vt&&f(b.bumpMap.channel),normalMapUv:lt&&f(b.normalMap.channel),displacementMapUv:xn&&f(b.displacementMap.channel),emissiveMapUv:_t&&f(b.emissiveMap.channel),metalnessMapUv:en&&f(b.metalnessMap.channel),roughnessMapUv:tn&&f(b.roughnessMap.channel),anisotropyMapUv:Fe&&f(b.anisotropyMap.channel),clearcoatMapUv:F&&f(b.clearcoatMap.channel),clearcoatNormalMapUv:M&&f(b.clearcoatNormalMap.channel),clearcoatRoughnessMapUv:W&&f(b.clearcoatRoughnessMap.channel),diffuseRoughnessMapUv:re&&f(b.diffuseRoughnessMap.channel),iridescenceMapUv:te&&f(b.iridescenceMap.channel),iridescenceThicknessMapUv:ae&&f(b.iridescenceThicknessMap.channel),sheenColorMapUv:de&&f(b.sheenColorMap.channel),sheenRoughnessMapUv:J&&f(b.sheenRoughnessMap.channel),specularMapUv:Q&&f(b.specularMap.channel),specularColorMapUv:ce&&f(b.specularColorMap.channel),specularIntensityMapUv:U&&f(b.specularIntensityMap.channel),transmissionMapUv:ee&&f(b.transmissionMap.channel),thicknessMapUv:j&&f(b.thicknessMap.channel),alphaMapUv:oe&&f(b.alphaMap.channel),vertexTangents:!!L.attributes.tangent&&(lt||nn),vertexNormals:!!L.attributes.normal,vertexColors:b.vertexColors,vertexAlphas:b.vertexColors===!0&&!!L.attributes.color&&L.attributes.color.itemSize===4,pointsUvs:R.isPoints===!0&&!!L.attributes.uv&&(Ie||oe),fog:!!D,useFog:b.fog===!0,fogExp2:!!D&&D.isFogExp2,flatShading:b.wireframe===!1&&(b.flatShading===!0||L.attributes.normal===void 0&&lt===!1&&(b.isMeshLambertMaterial||b.isMeshPhongMaterial||b.isMeshStandardMaterial||b.isMeshPhysicalMaterial)),sizeAttenuation:b.sizeAttenuation===!0,logarithmicDepthBuffer:h,reversedDepthBuffer:me,skinning:R.isSkinnedMesh===!0,hasPositionAttribute:L.attributes.position!==void 0,morphTargets:L.morphAttributes.position!==void 0,morphNormals:L.morphAttributes.normal!==void 0,morphColors:L.morphAttributes.color!==void 0,morphTargetsCount:ne,morphTextureStride:ve,numSunLights:A.sun.length,numDirLights:A.directional.length,numPointLights:A.point.length,numSpotLights:A.spot.length,numSpotLightMaps:A.spotLightMap.length,numRectAreaLights:A.rectArea.length,numHemiLights:A.hemi.length,numSunLightShadows:A.sunShadowMap.length,numDirLightShadows:A.directionalShadowMap.length,numPointLightShadows:A.pointShadowMap.length,numSpotLightShadows:A.spotShadowMap.length,numSpotLightShadowsWithMaps:A.numSpotLightShadowsWithMaps,numLightProbes:A.numLightProbes,numLightProbeGrids:C.filter(ge=>ge.texture!==null).length,numClippingPlanes:s.numPlanes,numClipIntersection:s.numIntersection,dithering:b.dithering,shadowMapEnabled:i.shadowMap.enabled&&N.length>0,shadowMapType:i.shadowMap.type,toneMapping:se,decodeVideoTexture:Ie&&b.map.isVideoTexture===!0&&Xe.getTransfer(b.map.colorSpace)===Ke,decodeVideoTextureEmissive:_t&&b.emissiveMap.isVideoTexture===!0&&Xe.getTransfer(b.emissiveMap.colorSpace)===Ke,premultipliedAlpha:b.premultipliedAlpha,doubleSided:b.side===wn,flipSided:b.side===zt,useDepthPacking:b.depthPacking>=0,depthPacking:b.depthPacking||0,index0AttributeName:b.index0AttributeName,extensionClipCullDistance:Be&&b.extensions.clipCullDistance===!0&&t.has("WEBGL_clip_cull_distance"),extensionMultiDraw:(Be&&b.extensions.multiDraw===!0||pt)&&t.has("WEBGL_multi_draw"),rendererExtensionParallelShaderCompile:t.has("KHR_parallel_shader_compile"),customProgramCacheKey:b.customProgramCacheKey()};return Oe.vertexUv1s=l.has(1),Oe.vertexUv2s=l.has(2),Oe.vertexUv3s=l.has(3),l.clear(),Oe}function y(b){let A=[];if(b.shaderID?A.push(b.shaderID):(A.push(b.customVertexShaderID),A.push(b.customFragmentShaderID)),b.defines!==void 0)for(let N in b.defines)A.push(N),A.push(b.defines[N]);return b.isRawShaderMaterial===!1&&(g(A,b),p(A,b),A.push(i.outputColorSpace)),A.push(b.customProgramCacheKey),A.join()}function g(b,A){b.push(A.precision),b.push(A.outputColorSpace),b.push(A.envMapMode),b.push(A.envMapPMREM),b.push(A.envMapMaxLod),b.push(A.envMapSize),b.push(A.mapUv),b.push(A.alphaMapUv),b.push(A.lightMapUv),b.push(A.aoMapUv),b.push(A.bumpMapUv),b.push(A.normalMapUv),b.push(A.displacementMapUv),b.push(A.emissiveMapUv),b.push(A.metalnessMapUv),b.push(A.roughnessMapUv),b.push(A.anisotropyMapUv),b.push(A.clearcoatMapUv),b.push(A.clearcoatNormalMapUv),b.push(A.clearcoatRoughnessMapUv),b.push(A.diffuseRoughnessMapUv),b.push(A.iridescenceMapUv),b.push(A.iridescenceThicknessMapUv),b.push(A.sheenColorMapUv),b.push(A.sheenRoughnessMapUv),b.push(A.specularMapUv),b.push(A.specularColorMapUv),b.push(A.specularIntensityMapUv),b.push(A.transmissionMapUv),b.push(A.thicknessMapUv),b.push(A.combine),b.push(A.fogExp2),b.push(A.sizeAttenuation),b.push(A.morphTargetsCount),b.push(A.numSunLights),b.push(A.numDirLights),b.push(A.numPointLights),b.push(A.numSpotLights),b.push(A.numSpotLightMaps),b.push(A.numHemiLights),b.push(A.numRectAreaLights),b.push(A.numSunLightShadows),b.push(A.numDirLightShadows),b.push(A.numPointLightShadows),b.push(A.numSpotLightShadows),b.push(A.numSpotLightShadowsWithMaps),b.push(A.numLightProbes),b.push(A.numLightProbeGrids),b.push(A.shadowMapType),b.push(A.toneMapping),b.push(A.numClippingPlanes),b.push(A.numClipIntersection),b.push(A.depthPacking)}function p(b,A){o.disableAll(),A.instancing&&o.enable(0),A.instancingColor&&o.enable(1),A.instancingMorph&&o.enable(2),A.matcap&&o.enable(3),A.envMap&&o.enable(4),A.normalMapObjectSpace&&o.enable(5),A.normalMapTangentSpace&&o.enable(6),A.clearcoat&&o.enable(7),A.iridescence&&o.enable(8),A.alphaTest&&o.enable(9),A.vertexColors&&o.enable(10),A.vertexAlphas&&o.enable(11),A.vertexUv1s&&o.enable(12),A.vertexUv2s&&o.enable(13),A.vertexUv3s&&o.enable(14),A.vertexTangents&&o.enable(15),A.anisotropy&&o.enable(16),A.alphaHash&&o.enable(17),A.batching&&o.enable(18),A.dispersion&&o.enable(19),A.retroreflection&&o.enable(24),A.diffuseRoughness&&o.enable(25),A.batchingColor&&o.enable(20),A.gradientMap&&o.enable(21),A.packedNormalMap&&o.enable(22),A.vertexNormals&&o.enable(23),b.push(o.mask),o.disableAll(),A.fog&&o.enable(0),A.useFog&&o.enable(1),A.flatShading&&o.enable(2),A.logarithmicDepthBuffer&&o.enable(3),A.reversedDepthBuffer&&o.enable(4),A.skinning&&o.enable(5),A.morphTargets&&o.enable(6),A.morphNormals&&o.enable(7),A.morphColors&&o.enable(8),A.premultipliedAlpha&&o.enable(9),A.shadowMapEnabled&&o.enable(10),A.doubleSided&&o.enable(11),A.flipSided&&o.enable(12),A.useDepthPacking&&o.enable(13),A.dithering&&o.enable(14),A.transmission&&o.enable(15),A.sheen&&o.enable(16),A.opaque&&o.enable(17),A.pointsUvs&&o.enable(18),A.decodeVideoTexture&&o.enable(19),A.decodeVideoTextureEmissive&&o.enable(20),A.alphaToCoverage&&o.enable(21),A.numLightProbeGrids>0&&o.enable(22),A.hasPositionAttribute&&o.enable(23),b.push(o.mask)}function x(b){let A=d[b.type],N;if(A){let I=Tn[A];N=Fd.clone(I.uniforms)}else N=b.uniforms;return N}function _(b,A){let N=u.get(A);return N!==void 0?++N.usedTimes:(N=new dv(i,A,b,r),c.push(N),u.set(A,N)),N}function v(b){if(--b.usedTimes===0){let A=c.indexOf(b);c[A]=c[c.length-1],c.pop(),u.delete(b.cacheKey),b.destroy()}}function E(b){a.remove(b)}function S(){a.dispose()}return{getParameters:m,getProgramCacheKey:y,getUniforms:x,acquireProgram:_,releaseProgram:v,releaseShaderCache:E,programs:c,dispose:S}}function gv(){let i=new WeakMap;function e(o){return i.has(o)}function t(o){let a=i.get(o);return a===void 0&&(a={},i.set(o,a)),a}function n(o){i.delete(o)}function r(o,a,l){i.get(o)[a]=l}function s(){i=new WeakMap}return{has:e,get:t,remove:n,update:r,dispose:s}}function yv(i,e){return i.groupOrder!==e.groupOrder?i.groupOrder-e.groupOrder:i.renderOrder!==e.renderOrder?i.renderOrder-e.renderOrder:i.material.id!==e.material.id?i.material.id-e.material.id:i.materialVariant!==e.materialVariant?i.materialVariant-e.materialVariant:i.z!==e.z?i.z-e.z:i.id-e.id}function ef(i,e){return i.groupOrder!==e.groupOrder?i.groupOrder-e.groupOrder:i.renderOrder!==e.renderOrder?i.renderOrder-e.renderOrder:i.z!==e.z?e.z-i.z:i.id-e.id}function tf(){let i=[],e=0,t=[],n=[],r=[];function s(){e=0,t.length=0,n.length=0,r.length=0}function o(d){let f=0;return d.isInstancedMesh&&(f+=2),d.isSkinnedMesh&&(f+=1),f}function a(d,f,m,y,g,p){let x=i[e];return x===void 0?(x={id:d.id,object:d,geometry:f,material:m,materialVariant:o(d),groupOrder:y,renderOrder:d.renderOrder,z:g,group:p},i[e]=x):(x.id=d.id,x.object=d,x.geometry=f,x.material=m,x.materialVariant=o(d),x.groupOrder=y,x.renderOrder=d.renderOrder,x.z=g,x.group=p),e++,x}function l(d,f,m,y,g,p,x){x.reversedDepth===!0&&(g=-g);let _=a(d,f,m,y,g,p);m.transmission>0?n.push(_):m.transparent===!0?r.push(_):t.push(_)}function c(d,f,m,y,g,p){let x=a(d,f,m,y,g,p);m.transmission>0?n.unshift(x):m.transparent===!0?r.unshift(x):t.unshift(x)}function u(d,f){t.length>1&&t.sort(d||yv),n.length>1&&n.sort(f||ef),r.length>1&&r.sort(f||ef)}function h(){for(let d=e,f=i.length;d<f;d++){let m=i[d];if(m.id===null)break;m.id=null,m.object=null,m.geometry=null,m.material=null,m.group=null}}return{opaque:t,transmissive:n,transparent:r,init:s,push:l,unshift:c,finish:h,sort:u}}function xv(){let i=new WeakMap;function e(n,r){let s=i.get(n),o;return s===void 0?(o=new tf,i.set(n,[o])):r>=s.length?(o=new tf,s.push(o)):o=s[r],o}function t(){i=new WeakMap}return{get:e,dispose:t}}function bv(){let i={};return{get:function(e){if(i[e.id]!==void 0)return i[e.id];let t;switch(e.type){case"SunLight":case"DirectionalLight":t={direction:new $,color:new ze};break;case"SpotLight":t={position:new $,direction:new $,color:new ze,distance:0,coneCos:0,penumbraCos:0,decay:0};break;case"PointLight":t={position:new $,color:new ze,distance:0,decay:0};break;case"HemisphereLight":t={direction:new $,skyColor:new ze,groundColor:new ze};break;case"RectAreaLight":t={color:new ze,position:new $,halfWidth:new $,halfHeight:new $};break}return i[e.id]=t,t}}}function vv(){let i={};return{get:function(e){if(i[e.id]!==void 0)return i[e.id];let t;switch(e.type){case"SunLight":case"DirectionalLight":t={shadowIntensity:1,shadowBias:0,shadowNormalBias:0,shadowRadius:1,shadowMapSize:new Ge};break;case"SpotLight":t={shadowIntensity:1,shadowBias:0,shadowNormalBias:0,shadowRadius:1,shadowMapSize:new Ge};break;case"PointLight":t={shadowIntensity:1,shadowBias:0,shadowNormalBias:0,shadowRadius:1,shadowMapSize:new Ge,shadowCameraNear:1,shadowCameraFar:1e3};break}return i[e.id]=t,t}}}var _v=0;function Sv(i,e){return(e.castShadow?2:0)-(i.castShadow?2:0)+(e.map?1:0)-(i.map?1:0)}function Av(i){let e=new bv,t=vv(),n={version:0,hash:{sunLength:-1,directionalLength:-1,pointLength:-1,spotLength:-1,rectAreaLength:-1,hemiLength:-1,numSunShadows:-1,numDirectionalShadows:-1,numPointShadows:-1,numSpotShadows:-1,numSpotMaps:-1,numLightProbes:-1},ambient:[0,0,0],probe:[],sun:[],sunShadow:[],sunShadowMap:[],sunShadowMatrix:[],sunShadowCascade:[],directional:[],directionalShadow:[],directionalShadowMap:[],directionalShadowMatrix:[],spot:[],spotLightMap:[],spotShadow:[],spotShadowMap:[],spotLightMatrix:[],rectArea:[],rectAreaLTC1:null,rectAreaLTC2:null,point:[],pointShadow:[],pointShadowMap:[],pointShadowMatrix:[],hemi:[],numSpotLightShadowsWithMaps:0,numLightProbes:0};for(let c=0;c<9;c++)n.probe.push(new $);let r=new $,s=new nt,o=new nt;function a(c){let u=0,h=0,d=0;for(let C=0;C<9;C++)n.probe[C].set(0,0,0);let f=0,m=0,y=0,g=0,p=0,x=0,_=0,v=0,E=0,S=0,b=0,A=0,N=0,I=0;c.sort(Sv);for(let C=0,D=c.length;C<D;C++){let L=c[C],B=L.color,k=L.intensity,G=L.distance,q=null;if(L.shadow&&L.shadow.map&&(L.shadow.map.texture.format===li?q=L.shadow.map.texture:q=L.shadow.map.depthTexture||L.shadow.map.texture),L.isAmbientLight)u+=B.r*k,h+=B.g*k,d+=B.b*k;else if(L.isLightProbe){for(let V=0;V<9;V++)n.probe[V].addScaledVector(L.sh.coefficients[V],k);I++}else if(L.isSunLight){let V=e.get(L);if(V.color.copy(L.color).multiplyScalar(L.intensity),L.castShadow){let K=L.shadow,ne=t.get(L);ne.shadowIntensity=K.intensity,ne.shadowBias=K.bias,ne.shadowNormalBias=K.normalBias,ne.shadowRadius=K.radius,ne.shadowMapSize.copy(K.mapSize).multiply(K.getFrameExtents()),n.sunShadow[m]=ne,n.sunShadowMap[m]=q;let ve=K.getViewportCount();for(let Pe=0;Pe<ve;Pe++)n.sunShadowMatrix[y+Pe]=K.getMatrix(Pe),n.sunShadowCascade[y+Pe]=K._cascadeData[Pe];y+=ve,m++}n.sun[f]=V,f++}else if(L.isDirectionalLight){let V=e.get(L);if(V.color.copy(L.color).multiplyScalar(L.intensity),L.castShadow){let K=L.shadow,ne=t.get(L);ne.shadowIntensity=K.intensity,ne.shadowBias=K.bias,ne.shadowNormalBias=K.normalBias,ne.shadowRadius=K.radius,ne.shadowMapSize=K.mapSize,n.directionalShadow[g]=ne,n.directionalShadowMap[g]=q,n.directionalShadowMatrix[g]=L.shadow.matrix,E++}n.directional[g]=V,g++}else if(L.isSpotLight){let V=e.get(L);V.position.setFromMatrixPosition(L.matrixWorld),V.color.copy(B).multiplyScalar(k),V.distance=G,V.coneCos=Math.cos(L.angle),V.penumbraCos=Math.cos(L.angle*(1-L.penumbra)),V.decay=L.decay,n.spot[x]=V;let K=L.shadow;if(L.map&&(n.spotLightMap[A]=L.map,A++,K.updateMatrices(L),L.castShadow&&N++),n.spotLightMatrix[x]=K.matrix,L.castShadow){let ne=t.get(L);ne.shadowIntensity=K.intensity,ne.shadowBias=K.bias,ne.shadowNormalBias=K.normalBias,ne.shadowRadius=K.radius,ne.shadowMapSize=K.mapSize,n.spotShadow[x]=ne,n.spotShadowMap[x]=q,b++}x++}else if(L.isRectAreaLight){let V=e.get(L);V.color.copy(B).multiplyScalar(k),V.halfWidth.set(L.width*.5,0,0),V.halfHeight.set(0,L.height*.5,0),n.rectArea[_]=V,_++}else if(L.isPointLight){let V=e.get(L);if(V.color.copy(L.color).multiplyScalar(L.intensity),V.distance=L.distance,V.decay=L.decay,L.castShadow){let K=L.shadow,ne=t.get(L);ne.shadowIntensity=K.intensity,ne.shadowBias=K.bias,ne.shadowNormalBias=K.normalBias,ne.shadowRadius=K.radius,ne.shadowMapSize=K.mapSize,ne.shadowCameraNear=K.camera.near,ne.shadowCameraFar=K.camera.far,n.pointShadow[p]=ne,n.pointShadowMap[p]=q,n.pointShadowMatrix[p]=L.shadow.matrix,S++}n.point[p]=V,p++}else if(L.isHemisphereLight){let V=e.get(L);V.skyColor.copy(L.color).multiplyScalar(k),V.groundColor.copy(L.groundColor).multiplyScalar(k),n.hemi[v]=V,v++}}_>0&&(i.has("OES_texture_float_linear")===!0?(n.rectAreaLTC1=ye.LTC_FLOAT_1,n.rectAreaLTC2=ye.LTC_FLOAT_2):(n.rectAreaLTC1=ye.LTC_HALF_1,n.rectAreaLTC2=ye.LTC_HALF_2)),n.ambient[0]=u,n.ambient[1]=h,n.ambient[2]=d;let R=n.hash;(R.sunLength!==f||R.directionalLength!==g||R.pointLength!==p||R.spotLength!==x||R.rectAreaLength!==_||R.hemiLength!==v||R.numSunShadows!==m||R.numDirectionalShadows!==E||R.numPointShadows!==S||R.numSpotShadows!==b||R.numSpotMaps!==A||R.numLightProbes!==I)&&(n.sun.length=f,n.directional.length=g,n.spot.length=x,n.rectArea.length=_,n.point.length=p,n.hemi.length=v,n.sunShadow.length=m,n.sunShadowMap.length=m,n.sunShadowMatrix.length=y,n.sunShadowCascade.length=y,n.directionalShadow.length=E,n.directionalShadowMap.length=E,n.directionalShadowMatrix.length=E,n.pointShadow.length=S,n.pointShadowMap.length=S,n.pointShadowMatrix.length=S,n.spotShadow.length=b,n.spotShadowMap.length=b,n.spotLightMatrix.length=b+A-N,n.spotLightMap.length=A,n.numSpotLightShadowsWithMaps=N,n.numLightProbes=I,R.sunLength=f,R.directionalLength=g,R.pointLength=p,R.spotLength=x,R.rectAreaLength=_,R.hemiLength=v,R.numSunShadows=m,R.numDirectionalShadows=E,R.numPointShadows=S,R.numSpotShadows=b,R.numSpotMaps=A,R.numLightProbes=I,n.version=_v++)}function l(c,u){let h=0,d=0,f=0,m=0,y=0,g=0,p=u.matrixWorldInverse;for(let x=0,_=c.length;x<_;x++){let v=c[x];if(v.isSunLight){let E=n.sun[h];E.direction.setFromMatrixPosition(v.matrixWorld),E.direction.transformDirection(p),h++}else if(v.isDirectionalLight){let E=n.directional[d];E.direction.setFromMatrixPosition(v.matrixWorld),r.setFromMatrixPosition(v.target.matrixWorld),E.direction.sub(r),E.direction.transformDirection(p),d++}else if(v.isSpotLight){let E=n.spot[m];E.position.setFromMatrixPosition(v.matrixWorld),E.position.applyMatrix4(p),E.direction.setFromMatrixPosition(v.matrixWorld),r.setFromMatrixPosition(v.target.matrixWorld),E.direction.sub(r),E.direction.transformDirection(p),m++}else if(v.isRectAreaLight){let E=n.rectArea[y];E.position.setFromMatrixPosition(v.matrixWorld),E.position.applyMatrix4(p),o.identity(),s.copy(v.matrixWorld),s.premultiply(p),o.extractRotation(s),E.halfWidth.set(v.width*.5,0,0),E.halfHeight.set(0,v.height*.5,0),E.halfWidth.applyMatrix4(o),E.halfHeight.applyMatrix4(o),y++}else if(v.isPointLight){let E=n.point[f];E.position.setFromMatrixPosition(v.matrixWorld),E.position.applyMatrix4(p),f++}else if(v.isHemisphereLight){let E=n.hemi[g];E.direction.setFromMatrixPosition(v.matrixWorld),E.direction.transformDirection(p),g++}}}return{setup:a,setupView:l,state:n}}function nf(i){let e=new Av(i),t=[],n=[],r=[];function s(h){u.camera=h,t.length=0,n.length=0,r.length=0}function o(h){h.isLightProbeGrid?r.push(h):t.push(h)}function a(h){n.push(h)}function l(){e.setup(t),r.sort((h,d)=>h.priority-d.priority||h.id-d.id)}function c(h){e.setupView(t,h)}let u={lightsArray:t,shadowsArray:n,lightProbeGridArray:r,camera:null,lights:e,transmissionRenderTarget:{},textureUnits:0};return{init:s,state:u,setupLights:l,setupLightsView:c,pushLight:o,pushShadow:a}}function wv(i){let e=new WeakMap;function t(r,s=0){let o=e.get(r),a;return o===void 0?(a=new nf(i),e.set(r,[a])):s>=o.length?(a=new nf(i),o.push(a)):a=o[s],a}function n(){e=new WeakMap}return{get:t,dispose:n}}var Mv=`void main() {
	gl_Position = vec4( position, 1.0 );
}`,Ev=`uniform sampler2D shadow_pass;
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
}`,Tv=[new $(1,0,0),new $(-1,0,0),new $(0,1,0),new $(0,-1,0),new $(0,0,1),new $(0,0,-1)],Cv=[new $(0,-1,0),new $(0,-1,0),new $(0,0,1),new $(0,0,-1),new $(0,-1,0),new $(0,-1,0)],rf=new nt,cs=new $,jc=new $;function Rv(i,e,t){let n=new _i,r=new Ge,s=new Ge,o=new ht,a=new Lo,l=new No,c={},u=t.maxTextureSize,h={[ai]:zt,[zt]:ai,[wn]:wn},d=new Xt({defines:{VSM_SAMPLES:8},uniforms:{shadow_pass:{value:null},resolution:{value:new Ge},radius:{value:4}},vertexShader:Mv,fragmentShader:Ev}),f=d.clone();f.defines.HORIZONTAL_PASS=1;let m=new Dt;m.setAttribute("position",new Mt(new Float32Array([-1,-1,.5,3,-1,.5,-1,3,.5]),3));let y=new an(m,d),g=this;this.enabled=!1,this.autoUpdate=!0,this.needsUpdate=!1,this.type=es;let p=this.type;this.render=function(S,b,A){if(g.enabled===!1||g.autoUpdate===!1&&g.needsUpdate===!1||S.length===0)return;this.type===Jh&&(Re("WebGLShadowMap: PCFSoftShadowMap has been removed. Using PCFShadowMap instead."),this.type=es);let N=i.getRenderTarget(),I=i.getActiveCubeFace(),R=i.getActiveMipmapLevel(),C=i.state;C.setBlending(wi),C.buffers.depth.getReversed()===!0?C.buffers.color.setClear(0,0,0,0):C.buffers.color.setClear(1,1,1,1),C.buffers.depth.setTest(!0),C.setScissorTest(!1);let D=p!==this.type;D&&b.traverse(function(L){L.material&&(Array.isArray(L.material)?L.material.forEach(B=>B.needsUpdate=!0):L.material.needsUpdate=!0)});for(let L=0,B=S.length;L<B;L++){let k=S[L],G=k.shadow;if(G===void 0){Re("WebGLShadowMap:",k,"has no shadow.");continue}if(G.autoUpdate===!1&&G.needsUpdate===!1)continue;r.copy(G.mapSize);let q=G.getFrameExtents();r.multiply(q),s.copy(G.mapSize),(r.x>u||r.y>u)&&(r.x>u&&(s.x=Math.floor(u/q.x),r.x=s.x*q.x,G.mapSize.x=s.x),r.y>u&&(s.y=Math.floor(u/q.y),r.y=s.y*q.y,G.mapSize.y=s.y));let V=i.state.buffers.depth.getReversed();if(G.camera._reversedDepth=V,G.map===null||D===!0){if(G.map!==null&&(G.map.depthTexture!==null&&(G.map.depthTexture.dispose(),G.map.depthTexture=null),G.map.dispose()),this.type===dr){if(k.isPointLight){Re("WebGLShadowMap: VSM shadow maps are not supported for PointLights. Use PCF or BasicShadowMap instead.");continue}G.map=new kt(r.x,r.y,{format:li,type:gn,minFilter:Ct,magFilter:Ct,generateMipmaps:!1}),G.map.texture.name=k.name+".shadowMap",G.map.depthTexture=new kn(r.x,r.y,mn),G.map.depthTexture.name=k.name+".shadowMapDepth",G.map.depthTexture.format=On,G.map.depthTexture.compareFunction=null,G.map.depthTexture.minFilter=ut,G.map.depthTexture.magFilter=ut}else k.isPointLight?(G.map=new hs(r.x),G.map.depthTexture=new Jr(r.x,pn)):(G.map=new kt(r.x,r.y),G.map.depthTexture=new kn(r.x,r.y,pn)),G.map.depthTexture.name=k.name+".shadowMap",G.map.depthTexture.format=On,this.type===es?(G.map.depthTexture.compareFunction=V?Dc:Fc,G.map.depthTexture.minFilter=Ct,G.map.depthTexture.magFilter=Ct):(G.map.depthTexture.compareFunction=null,G.map.depthTexture.minFilter=ut,G.map.depthTexture.magFilter=ut);G.camera.updateProjectionMatrix()}G.map.isWebGLCubeRenderTarget!==!0&&(G.map.width!==r.x||G.map.height!==r.y)&&G.map.setSize(r.x,r.y);let K=G.map.isWebGLCubeRenderTarget?6:G.getViewportCount();k.isPointLight!==!0&&G.updateMatrices(k,A);let ne=(G.camera.layers.mask&4294967294)!==0?G.camera.layers:A.layers;for(let ve=0;ve<K;ve++){let Pe=G.getCamera(ve);if(k.isPointLight){let Z=G.camera,ie=G.matrix,be=k.distance||Z.far;be!==Z.far&&(Z.far=be,Z.updateProjectionMatrix()),cs.setFromMatrixPosition(k.matrixWorld),Z.position.copy(cs),jc.copy(Z.position),jc.add(Tv[ve]),Z.up.copy(Cv[ve]),Z.lookAt(jc),Z.updateMatrixWorld(),ie.makeTranslation(-cs.x,-cs.y,-cs.z),rf.multiplyMatrices(Z.projectionMatrix,Z.matrixWorldInverse),G._frustum.setFromProjectionMatrix(rf,Z.coordinateSystem,Z.reversedDepth)}if(G.map.isWebGLCubeRenderTarget)i.setRenderTarget(G.map,ve),i.clear();else{ve===0&&(i.setRenderTarget(G.map),i.clear());let Z=G.getViewport(ve);o.set(s.x*Z.x,s.y*Z.y,s.x*Z.z,s.y*Z.w),C.viewport(o)}n=G.getFrustum(ve),v(b,A,Pe,k,ne,this.type)}G.isPointLightShadow!==!0&&this.type===dr&&x(G,A),G.needsUpdate=!1}p=this.type,g.needsUpdate=!1,i.setRenderTarget(N,I,R)};function x(S,b){let A=e.update(y);d.defines.VSM_SAMPLES!==S.blurSamples&&(d.defines.VSM_SAMPLES=S.blurSamples,f.defines.VSM_SAMPLES=S.blurSamples,d.needsUpdate=!0,f.needsUpdate=!0),S.mapPass===null?S.mapPass=new kt(r.x,r.y,{format:li,type:gn}):(S.mapPass.width!==S.map.width||S.mapPass.height!==S.map.height)&&S.mapPass.setSize(S.map.width,S.map.height),d.uniforms.shadow_pass.value=S.map.depthTexture,d.uniforms.resolution.value.set(S.map.width,S.map.height),d.uniforms.radius.value=S.radius,i.setRenderTarget(S.mapPass),i.clear(),i.renderBufferDirect(b,null,A,d,y,null),f.uniforms.shadow_pass.value=S.mapPass.texture,f.uniforms.resolution.value.set(S.map.width,S.map.height),f.uniforms.radius.value=S.radius,i.setRenderTarget(S.map),i.clear(),i.renderBufferDirect(b,null,A,f,y,null)}function _(S,b,A,N){let I=null,R=A.isPointLight===!0?S.customDistanceMaterial:S.customDepthMaterial;if(R!==void 0)I=R;else if(I=A.isPointLight===!0?l:a,i.localClippingEnabled&&b.clipShadows===!0&&Array.isArray(b.clippingPlanes)&&b.clippingPlanes.length!==0||b.displacementMap&&b.displacementScale!==0||b.alphaMap&&b.alphaTest>0||b.map&&b.alphaTest>0||b.alphaToCoverage===!0){let C=I.uuid,D=b.uuid,L=c[C];L===void 0&&(L={},c[C]=L);let B=L[D];B===void 0&&(B=I.clone(),L[D]=B,b.addEventListener("dispose",E)),I=B}if(I.visible=b.visible,I.wireframe=b.wireframe,N===dr?I.side=b.shadowSide!==null?b.shadowSide:b.side:I.side=b.shadowSide!==null?b.shadowSide:h[b.side],I.alphaMap=b.alphaMap,I.alphaTest=b.alphaToCoverage===!0?.5:b.alphaTest,I.map=b.map,I.clipShadows=b.clipShadows,I.clippingPlanes=b.clippingPlanes,I.clipIntersection=b.clipIntersection,I.displacementMap=b.displacementMap,I.displacementScale=b.displacementScale,I.displacementBias=b.displacementBias,I.wireframeLinewidth=b.wireframeLinewidth,I.linewidth=b.linewidth,A.isPointLight===!0&&I.isMeshDistanceMaterial===!0){let C=i.properties.get(I);C.light=A}return I}function v(S,b,A,N,I,R){if(S.visible===!1)return;if(S.layers.test(I)&&(S.isMesh||S.isLine||S.isPoints)&&(S.castShadow||S.receiveShadow&&R===dr)&&(!S.frustumCulled||S.intersectsFrustum(n))){S.modelViewMatrix.multiplyMatrices(A.matrixWorldInverse,S.matrixWorld);let L=e.update(S),B=S.material;if(Array.isArray(B)){let k=L.groups;for(let G=0,q=k.length;G<q;G++){let V=k[G],K=B[V.materialIndex];if(K&&K.visible){let ne=_(S,K,N,R);S.onBeforeShadow(i,S,b,A,L,ne,V),i.renderBufferDirect(A,null,L,ne,S,V),S.onAfterShadow(i,S,b,A,L,ne,V)}}}else if(B.visible){let k=_(S,B,N,R);S.onBeforeShadow(i,S,b,A,L,k,null),i.renderBufferDirect(A,null,L,k,S,null),S.onAfterShadow(i,S,b,A,L,k,null)}}let D=S.children;for(let L=0,B=D.length;L<B;L++)v(D[L],b,A,N,I,R)}function E(S){S.target.removeEventListener("dispose",E);for(let A in c){let N=c[A],I=S.target.uuid;I in N&&(N[I].dispose(),delete N[I])}}}function Iv(i,e){function t(){let U=!1,ee=new ht,j=null,ue=new ht(0,0,0,0);return{setMask:function(oe){j!==oe&&!U&&(i.colorMask(oe,oe,oe,oe),j=oe)},setLocked:function(oe){U=oe},setClear:function(oe,le,Ee,Be,se){se===!0&&(oe*=Be,le*=Be,Ee*=Be),ee.set(oe,le,Ee,Be),ue.equals(ee)===!1&&(i.clearColor(oe,le,Ee,Be),ue.copy(ee))},reset:function(){U=!1,j=null,ue.set(-1,0,0,0)}}}function n(){let U=!1,ee=!1,j=null,ue=null,oe=null;return{setReversed:function(le){if(ee!==le){let Ee=e.get("EXT_clip_control");le?Ee.clipControlEXT(Ee.LOWER_LEFT_EXT,Ee.ZERO_TO_ONE_EXT):Ee.clipControlEXT(Ee.LOWER_LEFT_EXT,Ee.NEGATIVE_ONE_TO_ONE_EXT),ee=le;let Be=oe;oe=null,this.setClear(Be)}},getReversed:function(){return ee},setTest:function(le){le?me(i.DEPTH_TEST):Ue(i.DEPTH_TEST)},setMask:function(le){j!==le&&!U&&(i.depthMask(le),j=le)},setFunc:function(le){if(ee&&(le=Pd[le]),ue!==le){switch(le){case uo:i.depthFunc(i.NEVER);break;case ho:i.depthFunc(i.ALWAYS);break;case fo:i.depthFunc(i.LESS);break;case tr:i.depthFunc(i.LEQUAL);break;case po:i.depthFunc(i.EQUAL);break;case mo:i.depthFunc(i.GEQUAL);break;case go:i.depthFunc(i.GREATER);break;case yo:i.depthFunc(i.NOTEQUAL);break;default:i.depthFunc(i.LEQUAL)}ue=le}},setLocked:function(le){U=le},setClear:function(le){oe!==le&&(oe=le,ee&&(le=1-le),i.clearDepth(le))},reset:function(){U=!1,j=null,ue=null,oe=null,ee=!1}}}function r(){let U=!1,ee=null,j=null,ue=null,oe=null,le=null,Ee=null,Be=null,se=null;return{setTest:function(Te){U||(Te?me(i.STENCIL_TEST):Ue(i.STENCIL_TEST))},setMask:function(Te){ee!==Te&&!U&&(i.stencilMask(Te),ee=Te)},setFunc:function(Te,Oe,ge){(j!==Te||ue!==Oe||oe!==ge)&&(i.stencilFunc(Te,Oe,ge),j=Te,ue=Oe,oe=ge)},setOp:function(Te,Oe,ge){(le!==Te||Ee!==Oe||Be!==ge)&&(i.stencilOp(Te,Oe,ge),le=Te,Ee=Oe,Be=ge)},setLocked:function(Te){U=Te},setClear:function(Te){se!==Te&&(i.clearStencil(Te),se=Te)},reset:function(){U=!1,ee=null,j=null,ue=null,oe=null,le=null,Ee=null,Be=null,se=null}}}let s=new t,o=new n,a=new r,l={},c=new WeakMap,u={},h={},d={},f=new WeakMap,m=[],y=null,g=!1,p=null,x=null,_=null,v=null,E=null,S=null,b=null,A=new ze(0,0,0),N=0,I=!1,R=null,C=null,D=null,L=null,B=null,k=i.getParameter(i.MAX_COMBINED_TEXTURE_IMAGE_UNITS),G=!1,q=0,V=i.getParameter(i.VERSION);V.indexOf("WebGL")!==-1?(q=parseFloat(/^WebGL (\d)/.exec(V)[1]),G=q>=1):V.indexOf("OpenGL ES")!==-1&&(q=parseFloat(/^OpenGL ES (\d)/.exec(V)[1]),G=q>=2);let K=null,ne={},ve=i.getParameter(i.SCISSOR_BOX),Pe=i.getParameter(i.VIEWPORT),Z=new ht().fromArray(ve),ie=new ht().fromArray(Pe);function be(U,ee,j,ue){let oe=new Uint8Array(4),le=i.createTexture();i.bindTexture(U,le),i.texParameteri(U,i.TEXTURE_MIN_FILTER,i.NEAREST),i.texParameteri(U,i.TEXTURE_MAG_FILTER,i.NEAREST);for(let Ee=0;Ee<j;Ee++)U===i.TEXTURE_3D||U===i.TEXTURE_2D_ARRAY?i.texImage3D(ee,0,i.RGBA,1,1,ue,0,i.RGBA,i.UNSIGNED_BYTE,oe):i.texImage2D(ee+Ee,0,i.RGBA,1,1,0,i.RGBA,i.UNSIGNED_BYTE,oe);return le}let Me={};Me[i.TEXTURE_2D]=be(i.TEXTURE_2D,i.TEXTURE_2D,1),Me[i.TEXTURE_CUBE_MAP]=be(i.TEXTURE_CUBE_MAP,i.TEXTURE_CUBE_MAP_POSITIVE_X,6),Me[i.TEXTURE_2D_ARRAY]=be(i.TEXTURE_2D_ARRAY,i.TEXTURE_2D_ARRAY,1,1),Me[i.TEXTURE_3D]=be(i.TEXTURE_3D,i.TEXTURE_3D,1,1),s.setClear(0,0,0,1),o.setClear(1),a.setClear(0),me(i.DEPTH_TEST),o.setFunc(tr),Vt(!1),lt(hc),me(i.CULL_FACE),Et(wi);function me(U){u[U]!==!0&&(i.enable(U),u[U]=!0)}function Ue(U){u[U]!==!1&&(i.disable(U),u[U]=!1)}function pt(U,ee){return d[U]!==ee?(i.bindFramebuffer(U,ee),d[U]=ee,U===i.DRAW_FRAMEBUFFER&&(d[i.FRAMEBUFFER]=ee),U===i.FRAMEBUFFER&&(d[i.DRAW_FRAMEBUFFER]=ee),!0):!1}function Ie(U,ee){let j=m,ue=!1;if(U){j=f.get(ee),j===void 0&&(j=[],f.set(ee,j));let oe=U.textures;if(j.length!==oe.length||j[0]!==i.COLOR_ATTACHMENT0){for(let le=0,Ee=oe.length;le<Ee;le++)j[le]=i.COLOR_ATTACHMENT0+le;j.length=oe.length,ue=!0}}else j[0]!==i.BACK&&(j[0]=i.BACK,ue=!0);ue&&i.drawBuffers(j)}function Je(U){return y!==U?(i.useProgram(U),y=U,!0):!1}let Qe={[Mi]:i.FUNC_ADD,[Qh]:i.FUNC_SUBTRACT,[ed]:i.FUNC_REVERSE_SUBTRACT};Qe[td]=i.MIN,Qe[nd]=i.MAX;let Ve={[id]:i.ZERO,[rd]:i.ONE,[sd]:i.SRC_COLOR,[mc]:i.SRC_ALPHA,[hd]:i.SRC_ALPHA_SATURATE,[cd]:i.DST_COLOR,[ad]:i.DST_ALPHA,[od]:i.ONE_MINUS_SRC_COLOR,[gc]:i.ONE_MINUS_SRC_ALPHA,[ud]:i.ONE_MINUS_DST_COLOR,[ld]:i.ONE_MINUS_DST_ALPHA,[dd]:i.CONSTANT_COLOR,[fd]:i.ONE_MINUS_CONSTANT_COLOR,[pd]:i.CONSTANT_ALPHA,[md]:i.ONE_MINUS_CONSTANT_ALPHA};function Et(U,ee,j,ue,oe,le,Ee,Be,se,Te){if(U===wi){g===!0&&(Ue(i.BLEND),g=!1);return}if(g===!1&&(me(i.BLEND),g=!0),U!==Zh){if(U!==p||Te!==I){if((x!==Mi||E!==Mi)&&(i.blendEquation(i.FUNC_ADD),x=Mi,E=Mi),Te)switch(U){case fr:i.blendFuncSeparate(i.ONE,i.ONE_MINUS_SRC_ALPHA,i.ONE,i.ONE_MINUS_SRC_ALPHA);break;case dc:i.blendFunc(i.ONE,i.ONE);break;case fc:i.blendFuncSeparate(i.ZERO,i.ONE_MINUS_SRC_COLOR,i.ZERO,i.ONE);break;case pc:i.blendFuncSeparate(i.DST_COLOR,i.ONE_MINUS_SRC_ALPHA,i.ZERO,i.ONE);break;default:Le("WebGLState: Invalid blending: ",U);break}else switch(U){case fr:i.blendFuncSeparate(i.SRC_ALPHA,i.ONE_MINUS_SRC_ALPHA,i.ONE,i.ONE_MINUS_SRC_ALPHA);break;case dc:i.blendFuncSeparate(i.SRC_ALPHA,i.ONE,i.ONE,i.ONE);break;case fc:Le("WebGLState: SubtractiveBlending requires material.premultipliedAlpha = true");break;case pc:Le("WebGLState: MultiplyBlending requires material.premultipliedAlpha = true");break;default:Le("WebGLState: Invalid blending: ",U);break}_=null,v=null,S=null,b=null,A.set(0,0,0),N=0,p=U,I=Te}return}oe=oe||ee,le=le||j,Ee=Ee||ue,(ee!==x||oe!==E)&&(i.blendEquationSeparate(Qe[ee],Qe[oe]),x=ee,E=oe),(j!==_||ue!==v||le!==S||Ee!==b)&&(i.blendFuncSeparate(Ve[j],Ve[ue],Ve[le],Ve[Ee]),_=j,v=ue,S=le,b=Ee),(Be.equals(A)===!1||se!==N)&&(i.blendColor(Be.r,Be.g,Be.b,se),A.copy(Be),N=se),p=U,I=!1}function yt(U,ee){U.side===wn?Ue(i.CULL_FACE):me(i.CULL_FACE);let j=U.side===zt;ee&&(j=!j),Vt(j),U.blending===fr&&U.transparent===!1?Et(wi):Et(U.blending,U.blendEquation,U.blendSrc,U.blendDst,U.blendEquationAlpha,U.blendSrcAlpha,U.blendDstAlpha,U.blendColor,U.blendAlpha,U.premultipliedAlpha),o.setFunc(U.depthFunc),o.setTest(U.depthTest),o.setMask(U.depthWrite),s.setMask(U.colorWrite);let ue=U.stencilWrite;a.setTest(ue),ue&&(a.setMask(U.stencilWriteMask),a.setFunc(U.stencilFunc,U.stencilRef,U.stencilFuncMask),a.setOp(U.stencilFail,U.stencilZFail,U.stencilZPass)),_t(U.polygonOffset,U.polygonOffsetFactor,U.polygonOffsetUnits),U.alphaToCoverage===!0?me(i.SAMPLE_ALPHA_TO_COVERAGE):Ue(i.SAMPLE_ALPHA_TO_COVERAGE)}function Vt(U){R!==U&&(U?i.frontFace(i.CW):i.frontFace(i.CCW),R=U)}function lt(U){U!==jh?(me(i.CULL_FACE),U!==C&&(U===hc?i.cullFace(i.BACK):U===Kh?i.cullFace(i.FRONT):i.cullFace(i.FRONT_AND_BACK))):Ue(i.CULL_FACE),C=U}function xn(U){U!==D&&(G&&i.lineWidth(U),D=U)}function _t(U,ee,j){U?(me(i.POLYGON_OFFSET_FILL),(L!==ee||B!==j)&&(L=ee,B=j,o.getReversed()&&(ee=-ee,j=-j),i.polygonOffset(ee,j))):Ue(i.POLYGON_OFFSET_FILL)}function en(U){U?me(i.SCISSOR_TEST):Ue(i.SCISSOR_TEST)}function tn(U){U===void 0&&(U=i.TEXTURE0+k-1),K!==U&&(i.activeTexture(U),K=U)}function nn(U,ee,j){j===void 0&&(K===null?j=i.TEXTURE0+k-1:j=K);let ue=ne[j];ue===void 0&&(ue={type:void 0,texture:void 0},ne[j]=ue),(ue.type!==U||ue.texture!==ee)&&(K!==j&&(i.activeTexture(j),K=j),i.bindTexture(U,ee||Me[U]),ue.type=U,ue.texture=ee)}function z(){let U=ne[K];U!==void 0&&U.type!==void 0&&(i.bindTexture(U.type,null),U.type=void 0,U.texture=void 0)}function rn(){try{i.compressedTexImage2D(...arguments)}catch(U){Le("WebGLState:",U)}}function st(){try{i.compressedTexImage3D(...arguments)}catch(U){Le("WebGLState:",U)}}function ot(){try{i.texSubImage2D(...arguments)}catch(U){Le("WebGLState:",U)}}function pe(){try{i.texSubImage3D(...arguments)}catch(U){Le("WebGLState:",U)}}function xt(){try{i.compressedTexSubImage2D(...arguments)}catch(U){Le("WebGLState:",U)}}function Ce(){try{i.compressedTexSubImage3D(...arguments)}catch(U){Le("WebGLState:",U)}}function Fe(){try{i.texStorage2D(...arguments)}catch(U){Le("WebGLState:",U)}}function F(){try{i.texStorage3D(...arguments)}catch(U){Le("WebGLState:",U)}}function M(){try{i.texImage2D(...arguments)}catch(U){Le("WebGLState:",U)}}function W(){try{i.texImage3D(...arguments)}catch(U){Le("WebGLState:",U)}}function re(U){return h[U]!==void 0?h[U]:i.getParameter(U)}function te(U,ee){h[U]!==ee&&(i.pixelStorei(U,ee),h[U]=ee)}function ae(U){Z.equals(U)===!1&&(i.scissor(U.x,U.y,U.z,U.w),Z.copy(U))}function de(U){ie.equals(U)===!1&&(i.viewport(U.x,U.y,U.z,U.w),ie.copy(U))}function J(U,ee){let j=c.get(ee);j===void 0&&(j=new WeakMap,c.set(ee,j));let ue=j.get(U);ue===void 0&&(ue=i.getUniformBlockIndex(ee,U.name),i.uniformBlockBinding(ee,ue,ue),j.set(U,ue))}function Q(U,ee,j){let oe=c.get(ee).get(U);l[oe]!==j&&(i.bindBufferBase(i.UNIFORM_BUFFER,oe,j),l[oe]=j)}function ce(){i.disable(i.BLEND),i.disable(i.CULL_FACE),i.disable(i.DEPTH_TEST),i.disable(i.POLYGON_OFFSET_FILL),i.disable(i.SCISSOR_TEST),i.disable(i.STENCIL_TEST),i.disable(i.SAMPLE_ALPHA_TO_COVERAGE),i.blendEquation(i.FUNC_ADD),i.blendFunc(i.ONE,i.ZERO),i.blendFuncSeparate(i.ONE,i.ZERO,i.ONE,i.ZERO),i.blendColor(0,0,0,0),i.colorMask(!0,!0,!0,!0),i.clearColor(0,0,0,0),i.depthMask(!0),i.depthFunc(i.LESS),o.setReversed(!1),i.clearDepth(1),i.stencilMask(4294967295),i.stencilFunc(i.ALWAYS,0,4294967295),i.stencilOp(i.KEEP,i.KEEP,i.KEEP),i.clearStencil(0),i.cullFace(i.BACK),i.frontFace(i.CCW),i.polygonOffset(0,0),i.activeTexture(i.TEXTURE0),i.bindFramebuffer(i.FRAMEBUFFER,null),i.bindFramebuffer(i.DRAW_FRAMEBUFFER,null),i.bindFramebuffer(i.READ_FRAMEBUFFER,null),i.useProgram(null),i.lineWidth(1),i.scissor(0,0,i.canvas.width,i.canvas.height),i.viewport(0,0,i.canvas.width,i.canvas.height),i.pixelStorei(i.PACK_ALIGNMENT,4),i.pixelStorei(i.UNPACK_ALIGNMENT,4),i.pixelStorei(i.UNPACK_FLIP_Y_WEBGL,!1),i.pixelStorei(i.UNPACK_PREMULTIPLY_ALPHA_WEBGL,!1),i.pixelStorei(i.UNPACK_COLORSPACE_CONVERSION_WEBGL,i.BROWSER_DEFAULT_WEBGL),i.pixelStorei(i.PACK_ROW_LENGTH,0),i.pixelStorei(i.PACK_SKIP_PIXELS,0),i.pixelStorei(i.PACK_SKIP_ROWS,0),i.pixelStorei(i.UNPACK_ROW_LENGTH,0),i.pixelStorei(i.UNPACK_IMAGE_HEIGHT,0),i.pixelStorei(i.UNPACK_SKIP_PIXELS,0),i.pixelStorei(i.UNPACK_SKIP_ROWS,0),i.pixelStorei(i.UNPACK_SKIP_IMAGES,0),u={},h={},K=null,ne={},d={},l={},f=new WeakMap,m=[],y=null,g=!1,p=null,x=null,_=null,v=null,E=null,S=null,b=null,A=new ze(0,0,0),N=0,I=!1,R=null,C=null,D=null,L=null,B=null,Z.set(0,0,i.canvas.width,i.canvas.height),ie.set(0,0,i.canvas.width,i.canvas.height),s.reset(),o.reset(),a.reset()}return{buffers:{color:s,depth:o,stencil:a},enable:me,disable:Ue,bindFramebuffer:pt,drawBuffers:Ie,useProgram:Je,setBlending:Et,setMaterial:yt,setFlipSided:Vt,setCullFace:lt,setLineWidth:xn,setPolygonOffset:_t,setScissorTest:en,activeTexture:tn,bindTexture:nn,unbindTexture:z,compressedTexImage2D:rn,compressedTexImage3D:st,texImage2D:M,texImage3D:W,pixelStorei:te,getParameter:re,updateUBOMapping:J,uniformBlockBinding:Q,texStorage2D:Fe,texStorage3D:F,texSubImage2D:ot,texSubImage3D:pe,compressedTexSubImage2D:xt,compressedTexSubImage3D:Ce,scissor:ae,viewport:de,reset:ce}}function Pv(i,e,t,n,r,s,o){let a=e.has("WEBGL_multisampled_render_to_texture")?e.get("WEBGL_multisampled_render_to_texture"):null,l=typeof navigator>"u"?!1:/OculusBrowser/g.test(navigator.userAgent),c=new Ge,u=new WeakMap,h=new Set,d,f=new WeakMap,m=new Set,y=new FinalizationRegistry(F=>m.delete(F)),g=!1;try{g=typeof OffscreenCanvas<"u"&&new OffscreenCanvas(1,1).getContext("2d")!==null}catch{}function p(F,M){return g?new OffscreenCanvas(F,M):Wr("canvas")}function x(F,M,W){let re=1,te=Fe(F);if((te.width>W||te.height>W)&&(re=W/Math.max(te.width,te.height)),re<1)if(typeof HTMLImageElement<"u"&&F instanceof HTMLImageElement||typeof HTMLCanvasElement<"u"&&F instanceof HTMLCanvasElement||typeof ImageBitmap<"u"&&F instanceof ImageBitmap||typeof VideoFrame<"u"&&F instanceof VideoFrame){let ae=Math.floor(re*te.width),de=Math.floor(re*te.height);d===void 0&&(d=p(ae,de));let J=M?p(ae,de):d;return J.width=ae,J.height=de,J.getContext("2d").drawImage(F,0,0,ae,de),Re("WebGLRenderer: Texture has been resized from ("+te.width+"x"+te.height+") to ("+ae+"x"+de+")."),J}else return"data"in F&&Re("WebGLRenderer: Image in DataTexture is too big ("+te.width+"x"+te.height+")."),F;return F}function _(F){return F.generateMipmaps}function v(F){i.generateMipmap(F)}function E(F){return F.isWebGLCubeRenderTarget?i.TEXTURE_CUBE_MAP:F.isWebGL3DRenderTarget?i.TEXTURE_3D:F.isWebGLArrayRenderTarget||F.isCompressedArrayTexture?i.TEXTURE_2D_ARRAY:i.TEXTURE_2D}function S(F,M,W,re,te,ae=!1){if(F!==null){if(i[F]!==void 0)return i[F];Re("WebGLRenderer: Attempt to use non-existing WebGL internal format '"+F+"'")}let de;re&&(de=e.get("EXT_texture_norm16"),de||Re("WebGLRenderer: Unable to use normalized textures without EXT_texture_norm16 extension"));let J=M;if(M===i.RED&&(W===i.FLOAT&&(J=i.R32F),W===i.HALF_FLOAT&&(J=i.R16F),W===i.UNSIGNED_BYTE&&(J=i.R8),W===i.UNSIGNED_SHORT&&de&&(J=de.R16_EXT),W===i.SHORT&&de&&(J=de.R16_SNORM_EXT)),M===i.RED_INTEGER&&(W===i.UNSIGNED_BYTE&&(J=i.R8UI),W===i.UNSIGNED_SHORT&&(J=i.R16UI),W===i.UNSIGNED_INT&&(J=i.R32UI),W===i.BYTE&&(J=i.R8I),W===i.SHORT&&(J=i.R16I),W===i.INT&&(J=i.R32I)),M===i.RG&&(W===i.FLOAT&&(J=i.RG32F),W===i.HALF_FLOAT&&(J=i.RG16F),W===i.UNSIGNED_BYTE&&(J=i.RG8),W===i.UNSIGNED_SHORT&&de&&(J=de.RG16_EXT),W===i.SHORT&&de&&(J=de.RG16_SNORM_EXT)),M===i.RG_INTEGER&&(W===i.UNSIGNED_BYTE&&(J=i.RG8UI),W===i.UNSIGNED_SHORT&&(J=i.RG16UI),W===i.UNSIGNED_INT&&(J=i.RG32UI),W===i.BYTE&&(J=i.RG8I),W===i.SHORT&&(J=i.RG16I),W===i.INT&&(J=i.RG32I)),M===i.RGB_INTEGER&&(W===i.UNSIGNED_BYTE&&(J=i.RGB8UI),W===i.UNSIGNED_SHORT&&(J=i.RGB16UI),W===i.UNSIGNED_INT&&(J=i.RGB32UI),W===i.BYTE&&(J=i.RGB8I),W===i.SHORT&&(J=i.RGB16I),W===i.INT&&(J=i.RGB32I)),M===i.RGBA_INTEGER&&(W===i.UNSIGNED_BYTE&&(J=i.RGBA8UI),W===i.UNSIGNED_SHORT&&(J=i.RGBA16UI),W===i.UNSIGNED_INT&&(J=i.RGBA32UI),W===i.BYTE&&(J=i.RGBA8I),W===i.SHORT&&(J=i.RGBA16I),W===i.INT&&(J=i.RGBA32I)),M===i.RGB&&(W===i.UNSIGNED_SHORT&&de&&(J=de.RGB16_EXT),W===i.SHORT&&de&&(J=de.RGB16_SNORM_EXT),W===i.UNSIGNED_INT_5_9_9_9_REV&&(J=i.RGB9_E5),W===i.UNSIGNED_INT_10F_11F_11F_REV&&(J=i.R11F_G11F_B10F)),M===i.RGBA){let Q=ae?Vr:Xe.getTransfer(te);W===i.FLOAT&&(J=i.RGBA32F),W===i.HALF_FLOAT&&(J=i.RGBA16F),W===i.UNSIGNED_BYTE&&(J=Q===Ke?i.SRGB8_ALPHA8:i.RGBA8),W===i.UNSIGNED_SHORT&&de&&(J=de.RGBA16_EXT),W===i.SHORT&&de&&(J=de.RGBA16_SNORM_EXT),W===i.UNSIGNED_SHORT_4_4_4_4&&(J=i.RGBA4),W===i.UNSIGNED_SHORT_5_5_5_1&&(J=i.RGB5_A1)}return(J===i.R16F||J===i.R32F||J===i.RG16F||J===i.RG32F||J===i.RGBA16F||J===i.RGBA32F)&&e.get("EXT_color_buffer_float"),J}function b(F,M){let W;return F?M===null||M===pn||M===Ti?W=i.DEPTH24_STENCIL8:M===mn?W=i.DEPTH32F_STENCIL8:M===mr&&(W=i.DEPTH24_STENCIL8,Re("DepthTexture: 16 bit depth attachment is not supported with stencil. Using 24-bit attachment.")):M===null||M===pn||M===Ti?W=i.DEPTH_COMPONENT24:M===mn?W=i.DEPTH_COMPONENT32F:M===mr&&(W=i.DEPTH_COMPONENT16),W}function A(F,M){return _(F)===!0||F.isFramebufferTexture&&F.minFilter!==ut&&F.minFilter!==Ct?Math.log2(Math.max(M.width,M.height))+1:F.mipmaps.length>0?F.mipmaps.length:F.isCompressedTexture&&Array.isArray(F.image)?M.mipmaps.length:1}function N(F){let M=new WeakRef(F);n.get(F).__ref=M,m.add(M),y.register(F,M,M)}function I(F){let M=n.get(F).__ref;M!==void 0&&(m.delete(M),y.unregister(M))}function R(F){D(F.target)}function C(F){L(F.target)}function D(F){F.removeEventListener("dispose",R),I(F),k(F),F.isVideoTexture&&u.delete(F),F.isHTMLTexture&&h.delete(F)}function L(F){F.removeEventListener("dispose",C),I(F),q(F)}function B(){for(let F of m){let M=F.deref();M!==void 0&&(M.isRenderTarget===!0?L(M):D(M))}m.clear(),h.clear()}function k(F){let M=n.get(F);if(M.__webglInit===void 0)return;let W=F.source,re=f.get(W);if(re){let te=re[M.__cacheKey];te.usedTimes--,te.usedTimes===0&&G(F),Object.keys(re).length===0&&f.delete(W)}n.remove(F)}function G(F){let M=n.get(F);i.deleteTexture(M.__webglTexture);let W=F.source,re=f.get(W);delete re[M.__cacheKey],o.memory.textures--}function q(F){let M=n.get(F);M.__depthDisposeCallback&&M.__depthDisposeCallback();let W=F.depthTexture;if(W&&W.renderTarget===F&&D(W),F.isWebGLCubeRenderTarget)for(let te=0;te<6;te++){if(Array.isArray(M.__webglFramebuffer[te]))for(let ae=0;ae<M.__webglFramebuffer[te].length;ae++)i.deleteFramebuffer(M.__webglFramebuffer[te][ae]);else i.deleteFramebuffer(M.__webglFramebuffer[te]);M.__webglDepthbuffer&&i.deleteRenderbuffer(M.__webglDepthbuffer[te])}else{if(Array.isArray(M.__webglFramebuffer))for(let te=0;te<M.__webglFramebuffer.length;te++)i.deleteFramebuffer(M.__webglFramebuffer[te]);else i.deleteFramebuffer(M.__webglFramebuffer);if(M.__webglDepthbuffer&&i.deleteRenderbuffer(M.__webglDepthbuffer),M.__webglMultisampledFramebuffer&&i.deleteFramebuffer(M.__webglMultisampledFramebuffer),M.__webglColorRenderbuffer)for(let te=0;te<M.__webglColorRenderbuffer.length;te++)M.__webglColorRenderbuffer[te]&&i.deleteRenderbuffer(M.__webglColorRenderbuffer[te]);M.__webglDepthRenderbuffer&&i.deleteRenderbuffer(M.__webglDepthRenderbuffer)}let re=F.textures;for(let te=0,ae=re.length;te<ae;te++){let de=n.get(re[te]);de.__webglTexture&&(i.deleteTexture(de.__webglTexture),o.memory.textures--),n.remove(re[te])}n.remove(F)}let V=0;function K(){V=0}function ne(){return V}function ve(F){V=F}function Pe(){let F=V;return F>=r.maxTextures&&Re("WebGLTextures: Trying to use "+(F+1)+" texture units while this GPU supports only "+r.maxTextures),V+=1,F}function Z(F){let M=[];return M.push(F.wrapS),M.push(F.wrapT),M.push(F.wrapR||0),M.push(F.magFilter),M.push(F.minFilter),M.push(F.anisotropy),M.push(F.internalFormat),M.push(F.format),M.push(F.type),M.push(F.generateMipmaps),M.push(F.mipmapsAutoUpdate),M.push(F.premultiplyAlpha),M.push(F.flipY),M.push(F.unpackAlignment),M.push(F.colorSpace),M.join()}function ie(F,M){let W=n.get(F);if(F.isVideoTexture&&xt(F),F.isRenderTargetTexture===!1&&F.isExternalTexture!==!0&&F.version>0&&W.__version!==F.version){let re=F.image;if(re===null)Re("WebGLRenderer: Texture marked for update but no image data found.");else if(re.complete===!1)Re("WebGLRenderer: Texture marked for update but image is incomplete");else{yt(W,F,M);return}}else F.isExternalTexture&&(W.__webglTexture=F.sourceTexture?F.sourceTexture:null);t.bindTexture(i.TEXTURE_2D,W.__webglTexture,i.TEXTURE0+M)}function be(F,M){let W=n.get(F);if(F.isRenderTargetTexture===!1&&F.version>0&&W.__version!==F.version){yt(W,F,M);return}else F.isExternalTexture&&(W.__webglTexture=F.sourceTexture?F.sourceTexture:null);t.bindTexture(i.TEXTURE_2D_ARRAY,W.__webglTexture,i.TEXTURE0+M)}function Me(F,M){let W=n.get(F);if(F.isRenderTargetTexture===!1&&F.version>0&&W.__version!==F.version){yt(W,F,M);return}t.bindTexture(i.TEXTURE_3D,W.__webglTexture,i.TEXTURE0+M)}function me(F,M){let W=n.get(F);if(F.version>0&&W.__version!==F.version){Vt(W,F,M);return}t.bindTexture(i.TEXTURE_CUBE_MAP,W.__webglTexture,i.TEXTURE0+M)}let Ue={[xo]:i.REPEAT,[_n]:i.CLAMP_TO_EDGE,[bo]:i.MIRRORED_REPEAT},pt={[ut]:i.NEAREST,[xd]:i.NEAREST_MIPMAP_NEAREST,[ts]:i.NEAREST_MIPMAP_LINEAR,[Ct]:i.LINEAR,[Yo]:i.LINEAR_MIPMAP_NEAREST,[zn]:i.LINEAR_MIPMAP_LINEAR},Ie={[Sd]:i.NEVER,[Uc]:i.ALWAYS,[Ad]:i.LESS,[Fc]:i.LEQUAL,[wd]:i.EQUAL,[Dc]:i.GEQUAL,[Md]:i.GREATER,[Ed]:i.NOTEQUAL};function Je(F,M){if(M.type===mn&&e.has("OES_texture_float_linear")===!1&&(M.magFilter===Ct||M.magFilter===Yo||M.magFilter===ts||M.magFilter===zn||M.minFilter===Ct||M.minFilter===Yo||M.minFilter===ts||M.minFilter===zn)&&Re("WebGLRenderer: Unable to use linear filtering with floating point textures. OES_texture_float_linear not supported on this device."),i.texParameteri(F,i.TEXTURE_WRAP_S,Ue[M.wrapS]),i.texParameteri(F,i.TEXTURE_WRAP_T,Ue[M.wrapT]),(F===i.TEXTURE_3D||F===i.TEXTURE_2D_ARRAY)&&i.texParameteri(F,i.TEXTURE_WRAP_R,Ue[M.wrapR]),i.texParameteri(F,i.TEXTURE_MAG_FILTER,pt[M.magFilter]),i.texParameteri(F,i.TEXTURE_MIN_FILTER,pt[M.minFilter]),M.compareFunction&&(i.texParameteri(F,i.TEXTURE_COMPARE_MODE,i.COMPARE_REF_TO_TEXTURE),i.texParameteri(F,i.TEXTURE_COMPARE_FUNC,Ie[M.compareFunction])),e.has("EXT_texture_filter_anisotropic")===!0){if(M.magFilter===ut||M.minFilter!==ts&&M.minFilter!==zn||M.type===mn&&e.has("OES_texture_float_linear")===!1)return;if(M.anisotropy>1||n.get(M).__currentAnisotropy){let W=e.get("EXT_texture_filter_anisotropic");i.texParameterf(F,W.TEXTURE_MAX_ANISOTROPY_EXT,Math.min(M.anisotropy,r.getMaxAnisotropy())),n.get(M).__currentAnisotropy=M.anisotropy}}}function Qe(F,M){let W=!1;F.__webglInit===void 0&&(F.__webglInit=!0,M.addEventListener("dispose",R),N(M));let re=M.source,te=f.get(re);te===void 0&&(te={},f.set(re,te));let ae=Z(M);if(ae!==F.__cacheKey){te[ae]===void 0&&(te[ae]={texture:i.createTexture(),usedTimes:0},o.memory.textures++,W=!0),te[ae].usedTimes++;let de=te[F.__cacheKey];de!==void 0&&(te[F.__cacheKey].usedTimes--,de.usedTimes===0&&G(M)),F.__cacheKey=ae,F.__webglTexture=te[ae].texture}return W}function Ve(F,M,W){return Math.floor(Math.floor(F/W)/M)}function Et(F,M,W,re){let ae=F.updateRanges;if(ae.length===0)t.texSubImage2D(i.TEXTURE_2D,0,0,0,M.width,M.height,W,re,M.data);else{ae.sort((U,ee)=>U.start-ee.start);let de=0;for(let U=1;U<ae.length;U++){let ee=ae[de],j=ae[U],ue=ee.start+ee.count,oe=Ve(j.start,M.width,4),le=Ve(ee.start,M.width,4);j.start<=ue+1&&oe===le&&Ve(j.start+j.count-1,M.width,4)===oe?ee.count=Math.max(ee.count,j.start+j.count-ee.start):(++de,ae[de]=j)}ae.length=de+1;let J=t.getParameter(i.UNPACK_ROW_LENGTH),Q=t.getParameter(i.UNPACK_SKIP_PIXELS),ce=t.getParameter(i.UNPACK_SKIP_ROWS);t.pixelStorei(i.UNPACK_ROW_LENGTH,M.width);for(let U=0,ee=ae.length;U<ee;U++){let j=ae[U],ue=Math.floor(j.start/4),oe=Math.ceil(j.count/4),le=ue%M.width,Ee=Math.floor(ue/M.width),Be=oe,se=1;t.pixelStorei(i.UNPACK_SKIP_PIXELS,le),t.pixelStorei(i.UNPACK_SKIP_ROWS,Ee),t.texSubImage2D(i.TEXTURE_2D,0,le,Ee,Be,se,W,re,M.data)}F.clearUpdateRanges(),t.pixelStorei(i.UNPACK_ROW_LENGTH,J),t.pixelStorei(i.UNPACK_SKIP_PIXELS,Q),t.pixelStorei(i.UNPACK_SKIP_ROWS,ce)}}function yt(F,M,W){let re=i.TEXTURE_2D;(M.isDataArrayTexture||M.isCompressedArrayTexture)&&(re=i.TEXTURE_2D_ARRAY),M.isData3DTexture&&(re=i.TEXTURE_3D);let te=Qe(F,M),ae=M.source;t.bindTexture(re,F.__webglTexture,i.TEXTURE0+W);let de=n.get(ae);if(ae.version!==de.__version||te===!0){if(t.activeTexture(i.TEXTURE0+W),(typeof ImageBitmap<"u"&&M.image instanceof ImageBitmap)===!1){let se=Xe.getPrimaries(Xe.workingColorSpace),Te=M.colorSpace===Vn?null:Xe.getPrimaries(M.colorSpace),Oe=M.colorSpace===Vn||se===Te?i.NONE:i.BROWSER_DEFAULT_WEBGL;t.pixelStorei(i.UNPACK_FLIP_Y_WEBGL,M.flipY),t.pixelStorei(i.UNPACK_PREMULTIPLY_ALPHA_WEBGL,M.premultiplyAlpha),t.pixelStorei(i.UNPACK_COLORSPACE_CONVERSION_WEBGL,Oe)}t.pixelStorei(i.UNPACK_ALIGNMENT,M.unpackAlignment);let Q=x(M.image,!1,r.maxTextureSize);Q=Ce(M,Q);let ce=s.convert(M.format,M.colorSpace),U=s.convert(M.type),ee=S(M.internalFormat,ce,U,M.normalized,M.colorSpace,M.isVideoTexture);Je(re,M);let j,ue=M.mipmaps,oe=M.isVideoTexture!==!0,le=de.__version===void 0||te===!0,Ee=ae.dataReady,Be=A(M,Q);if(M.isDepthTexture)ee=b(M.format===Gn,M.type),le&&(oe?t.texStorage2D(i.TEXTURE_2D,1,ee,Q.width,Q.height):t.texImage2D(i.TEXTURE_2D,0,ee,Q.width,Q.height,0,ce,U,null));else if(M.isDataTexture)if(ue.length>0){oe&&le&&t.texStorage2D(i.TEXTURE_2D,Be,ee,ue[0].width,ue[0].height);for(let se=0,Te=ue.length;se<Te;se++)j=ue[se],oe?Ee&&t.texSubImage2D(i.TEXTURE_2D,se,0,0,j.width,j.height,ce,U,j.data):t.texImage2D(i.TEXTURE_2D,se,ee,j.width,j.height,0,ce,U,j.data);M.generateMipmaps=!1}else oe?(le&&t.texStorage2D(i.TEXTURE_2D,Be,ee,Q.width,Q.height),Ee&&Et(M,Q,ce,U)):t.texImage2D(i.TEXTURE_2D,0,ee,Q.width,Q.height,0,ce,U,Q.data);else if(M.isCompressedTexture)if(M.isCompressedArrayTexture){oe&&le&&t.texStorage3D(i.TEXTURE_2D_ARRAY,Be,ee,ue[0].width,ue[0].height,Q.depth);for(let se=0,Te=ue.length;se<Te;se++)if(j=ue[se],M.format!==yn)if(ce!==null)if(oe){if(Ee)if(M.layerUpdates.size>0){let Oe=Vc(j.width,j.height,M.format,M.type);for(let ge of M.layerUpdates){let Ze=j.data.subarray(ge*Oe/j.data.BYTES_PER_ELEMENT,(ge+1)*Oe/j.data.BYTES_PER_ELEMENT);t.compressedTexSubImage3D(i.TEXTURE_2D_ARRAY,se,0,0,ge,j.width,j.height,1,ce,Ze)}}else t.compressedTexSubImage3D(i.TEXTURE_2D_ARRAY,se,0,0,0,j.width,j.height,Q.depth,ce,j.data)}else t.compressedTexImage3D(i.TEXTURE_2D_ARRAY,se,ee,j.width,j.height,Q.depth,0,j.data,0,0);else Re("WebGLRenderer: Attempt to load unsupported compressed texture format in .uploadTexture()");else oe?Ee&&t.texSubImage3D(i.TEXTURE_2D_ARRAY,se,0,0,0,j.width,j.height,Q.depth,ce,U,j.data):t.texImage3D(i.TEXTURE_2D_ARRAY,se,ee,j.width,j.height,Q.depth,0,ce,U,j.data);M.layerUpdates.size>0&&M.clearLayerUpdates()}else{oe&&le&&t.texStorage2D(i.TEXTURE_2D,Be,ee,ue[0].width,ue[0].height);for(let se=0,Te=ue.length;se<Te;se++)j=ue[se],M.format!==yn?ce!==null?oe?Ee&&t.compressedTexSubImage2D(i.TEXTURE_2D,se,0,0,j.width,j.height,ce,j.data):t.compressedTexImage2D(i.TEXTURE_2D,se,ee,j.width,j.height,0,j.data):Re("WebGLRenderer: Attempt to load unsupported compressed texture format in .uploadTexture()"):oe?Ee&&t.texSubImage2D(i.TEXTURE_2D,se,0,0,j.width,j.height,ce,U,j.data):t.texImage2D(i.TEXTURE_2D,se,ee,j.width,j.height,0,ce,U,j.data)}else if(M.isDataArrayTexture)if(oe){if(le&&t.texStorage3D(i.TEXTURE_2D_ARRAY,Be,ee,Q.width,Q.height,Q.depth),Ee)if(M.layerUpdates.size>0){let se=Vc(Q.width,Q.height,M.format,M.type);for(let Te of M.layerUpdates){let Oe=Q.data.subarray(Te*se/Q.data.BYTES_PER_ELEMENT,(Te+1)*se/Q.data.BYTES_PER_ELEMENT);t.texSubImage3D(i.TEXTURE_2D_ARRAY,0,0,0,Te,Q.width,Q.height,1,ce,U,Oe)}M.clearLayerUpdates()}else t.texSubImage3D(i.TEXTURE_2D_ARRAY,0,0,0,0,Q.width,Q.height,Q.depth,ce,U,Q.data)}else t.texImage3D(i.TEXTURE_2D_ARRAY,0,ee,Q.width,Q.height,Q.depth,0,ce,U,Q.data);else if(M.isData3DTexture)oe?(le&&t.texStorage3D(i.TEXTURE_3D,Be,ee,Q.width,Q.height,Q.depth),Ee&&t.texSubImage3D(i.TEXTURE_3D,0,0,0,0,Q.width,Q.height,Q.depth,ce,U,Q.data)):t.texImage3D(i.TEXTURE_3D,0,ee,Q.width,Q.height,Q.depth,0,ce,U,Q.data);else if(M.isFramebufferTexture){if(le)if(oe)t.texStorage2D(i.TEXTURE_2D,Be,ee,Q.width,Q.height);else{let se=Q.width,Te=Q.height;for(let Oe=0;Oe<Be;Oe++)t.texImage2D(i.TEXTURE_2D,Oe,ee,se,Te,0,ce,U,null),se>>=1,Te>>=1}}else if(M.isHTMLTexture){if("texElementImage2D"in i){let se=i.canvas;if(se.hasAttribute("layoutsubtree")||se.setAttribute("layoutsubtree","true"),Q.parentNode!==se){se.appendChild(Q),h.add(M),se.onpaint=Te=>{let Oe=Te.changedElements;for(let ge of h)Oe.includes(ge.image)&&(ge.needsUpdate=!0)},se.requestPaint();return}if(i.texElementImage2D.length===3)i.texElementImage2D(i.TEXTURE_2D,i.RGBA8,Q);else{let Oe=i.RGBA,ge=i.RGBA,Ze=i.UNSIGNED_BYTE;i.texElementImage2D(i.TEXTURE_2D,0,Oe,ge,Ze,Q)}i.texParameteri(i.TEXTURE_2D,i.TEXTURE_MIN_FILTER,i.LINEAR),i.texParameteri(i.TEXTURE_2D,i.TEXTURE_WRAP_S,i.CLAMP_TO_EDGE),i.texParameteri(i.TEXTURE_2D,i.TEXTURE_WRAP_T,i.CLAMP_TO_EDGE)}}else if(ue.length>0){if(oe&&le){let se=Fe(ue[0]);t.texStorage2D(i.TEXTURE_2D,Be,ee,se.width,se.height)}for(let se=0,Te=ue.length;se<Te;se++)j=ue[se],oe?Ee&&t.texSubImage2D(i.TEXTURE_2D,se,0,0,ce,U,j):t.texImage2D(i.TEXTURE_2D,se,ee,ce,U,j);M.generateMipmaps=!1}else if(oe){if(le){let se=Fe(Q);t.texStorage2D(i.TEXTURE_2D,Be,ee,se.width,se.height)}Ee&&t.texSubImage2D(i.TEXTURE_2D,0,0,0,ce,U,Q)}else t.texImage2D(i.TEXTURE_2D,0,ee,ce,U,Q);_(M)&&M.mipmapsAutoUpdate===!0&&v(re),de.__version=ae.version,M.onUpdate&&M.onUpdate(M)}F.__version=M.version}function Vt(F,M,W){if(M.image.length!==6)return;let re=Qe(F,M),te=M.source;t.bindTexture(i.TEXTURE_CUBE_MAP,F.__webglTexture,i.TEXTURE0+W);let ae=n.get(te);if(te.version!==ae.__version||re===!0){t.activeTexture(i.TEXTURE0+W);let de=Xe.getPrimaries(Xe.workingColorSpace),J=M.colorSpace===Vn?null:Xe.getPrimaries(M.colorSpace),Q=M.colorSpace===Vn||de===J?i.NONE:i.BROWSER_DEFAULT_WEBGL;t.pixelStorei(i.UNPACK_FLIP_Y_WEBGL,M.flipY),t.pixelStorei(i.UNPACK_PREMULTIPLY_ALPHA_WEBGL,M.premultiplyAlpha),t.pixelStorei(i.UNPACK_ALIGNMENT,M.unpackAlignment),t.pixelStorei(i.UNPACK_COLORSPACE_CONVERSION_WEBGL,Q);let ce=M.isCompressedTexture||M.image[0].isCompressedTexture,U=M.image[0]&&M.image[0].isDataTexture,ee=[];for(let ge=0;ge<6;ge++)!ce&&!U?ee[ge]=x(M.image[ge],!0,r.maxCubemapSize):ee[ge]=U?M.image[ge].image:M.image[ge],ee[ge]=Ce(M,ee[ge]);let j=ee[0],ue=s.convert(M.format,M.colorSpace),oe=s.convert(M.type),le=S(M.internalFormat,ue,oe,M.normalized,M.colorSpace),Ee=M.isVideoTexture!==!0,Be=ae.__version===void 0||re===!0,se=te.dataReady,Te=A(M,j);Je(i.TEXTURE_CUBE_MAP,M);let Oe;if(M.isDepthTexture){if(le=b(M.format===Gn,M.type),Be)if(Ee)t.texStorage2D(i.TEXTURE_CUBE_MAP,1,le,j.width,j.height);else for(let ge=0;ge<6;ge++)t.texImage2D(i.TEXTURE_CUBE_MAP_POSITIVE_X+ge,0,le,j.width,j.height,0,ue,oe,null)}else if(ce){Ee&&Be&&t.texStorage2D(i.TEXTURE_CUBE_MAP,Te,le,j.width,j.height);for(let ge=0;ge<6;ge++){Oe=ee[ge].mipmaps;for(let Ze=0;Ze<Oe.length;Ze++){let St=Oe[Ze];M.format!==yn?ue!==null?Ee?se&&t.compressedTexSubImage2D(i.TEXTURE_CUBE_MAP_POSITIVE_X+ge,Ze,0,0,St.width,St.height,ue,St.data):t.compressedTexImage2D(i.TEXTURE_CUBE_MAP_POSITIVE_X+ge,Ze,le,St.width,St.height,0,St.data):Re("WebGLRenderer: Attempt to load unsupported compressed texture format in .setTextureCube()"):Ee?se&&t.texSubImage2D(i.TEXTURE_CUBE_MAP_POSITIVE_X+ge,Ze,0,0,St.width,St.height,ue,oe,St.data):t.texImage2D(i.TEXTURE_CUBE_MAP_POSITIVE_X+ge,Ze,le,St.width,St.height,0,ue,oe,St.data)}}}else{if(Oe=M.mipmaps,Ee&&Be){Oe.length>0&&Te++;let ge=Fe(ee[0]);t.texStorage2D(i.TEXTURE_CUBE_MAP,Te,le,ge.width,ge.height)}for(let ge=0;ge<6;ge++)if(U){Ee?se&&t.texSubImage2D(i.TEXTURE_CUBE_MAP_POSITIVE_X+ge,0,0,0,ee[ge].width,ee[ge].height,ue,oe,ee[ge].data):t.texImage2D(i.TEXTURE_CUBE_MAP_POSITIVE_X+ge,0,le,ee[ge].width,ee[ge].height,0,ue,oe,ee[ge].data);for(let Ze=0;Ze<Oe.length;Ze++){let qn=Oe[Ze].image[ge].image;Ee?se&&t.texSubImage2D(i.TEXTURE_CUBE_MAP_POSITIVE_X+ge,Ze+1,0,0,qn.width,qn.height,ue,oe,qn.data):t.texImage2D(i.TEXTURE_CUBE_MAP_POSITIVE_X+ge,Ze+1,le,qn.width,qn.height,0,ue,oe,qn.data)}}else{Ee?se&&t.texSubImage2D(i.TEXTURE_CUBE_MAP_POSITIVE_X+ge,0,0,0,ue,oe,ee[ge]):t.texImage2D(i.TEXTURE_CUBE_MAP_POSITIVE_X+ge,0,le,ue,oe,ee[ge]);for(let Ze=0;Ze<Oe.length;Ze++){let St=Oe[Ze];Ee?se&&t.texSubImage2D(i.TEXTURE_CUBE_MAP_POSITIVE_X+ge,Ze+1,0,0,ue,oe,St.image[ge]):t.texImage2D(i.TEXTURE_CUBE_MAP_POSITIVE_X+ge,Ze+1,le,ue,oe,St.image[ge])}}}_(M)&&M.mipmapsAutoUpdate===!0&&v(i.TEXTURE_CUBE_MAP),ae.__version=te.version,M.onUpdate&&M.onUpdate(M)}F.__version=M.version}function lt(F,M,W,re,te,ae){let de=s.convert(W.format,W.colorSpace),J=s.convert(W.type),Q=S(W.internalFormat,de,J,W.normalized,W.colorSpace),ce=n.get(M),U=n.get(W);if(U.__renderTarget=M,!ce.__hasExternalTextures){let ee=Math.max(1,M.width>>ae),j=Math.max(1,M.height>>ae);te===i.TEXTURE_3D||te===i.TEXTURE_2D_ARRAY?t.texImage3D(te,ae,Q,ee,j,M.depth,0,de,J,null):t.texImage2D(te,ae,Q,ee,j,0,de,J,null)}t.bindFramebuffer(i.FRAMEBUFFER,F),pe(M)?a.framebufferTexture2DMultisampleEXT(i.FRAMEBUFFER,re,te,U.__webglTexture,0,ot(M)):(te===i.TEXTURE_2D||te>=i.TEXTURE_CUBE_MAP_POSITIVE_X&&te<=i.TEXTURE_CUBE_MAP_NEGATIVE_Z)&&i.framebufferTexture2D(i.FRAMEBUFFER,re,te,U.__webglTexture,ae),t.bindFramebuffer(i.FRAMEBUFFER,null)}function xn(F,M,W){if(i.bindRenderbuffer(i.RENDERBUFFER,F),M.depthBuffer){let re=M.depthTexture,te=re&&re.isDepthTexture?re.type:null,ae=b(M.stencilBuffer,te),de=M.stencilBuffer?i.DEPTH_STENCIL_ATTACHMENT:i.DEPTH_ATTACHMENT;pe(M)?a.renderbufferStorageMultisampleEXT(i.RENDERBUFFER,ot(M),ae,M.width,M.height):W?i.renderbufferStorageMultisample(i.RENDERBUFFER,ot(M),ae,M.width,M.height):i.renderbufferStorage(i.RENDERBUFFER,ae,M.width,M.height),i.framebufferRenderbuffer(i.FRAMEBUFFER,de,i.RENDERBUFFER,F)}else{let re=M.textures;for(let te=0;te<re.length;te++){let ae=re[te],de=s.convert(ae.format,ae.colorSpace),J=s.convert(ae.type),Q=S(ae.internalFormat,de,J,ae.normalized,ae.colorSpace);pe(M)?a.renderbufferStorageMultisampleEXT(i.RENDERBUFFER,ot(M),Q,M.width,M.height):W?i.renderbufferStorageMultisample(i.RENDERBUFFER,ot(M),Q,M.width,M.height):i.renderbufferStorage(i.RENDERBUFFER,Q,M.width,M.height)}}i.bindRenderbuffer(i.RENDERBUFFER,null)}function _t(F,M,W){let re=M.isWebGLCubeRenderTarget===!0;if(t.bindFramebuffer(i.FRAMEBUFFER,F),!(M.depthTexture&&M.depthTexture.isDepthTexture))throw new Error("THREE.WebGLTextures: renderTarget.depthTexture must be an instance of THREE.DepthTexture.");let te=n.get(M.depthTexture);te.__renderTarget=M;let ae=re?M.depthTexture.image[0]:M.depthTexture.image;(!te.__webglTexture||ae.width!==M.width||ae.height!==M.height)&&(ae.width=M.width,ae.height=M.height,M.depthTexture.needsUpdate=!0),re?me(M.depthTexture,0):ie(M.depthTexture,0);let de=te.__webglTexture,J=ot(M),Q=re?i.TEXTURE_CUBE_MAP_POSITIVE_X+W:i.TEXTURE_2D,ce=M.depthTexture.format===Gn?i.DEPTH_STENCIL_ATTACHMENT:i.DEPTH_ATTACHMENT;if(M.depthTexture.format===On)pe(M)?a.framebufferTexture2DMultisampleEXT(i.FRAMEBUFFER,ce,Q,de,0,J):i.framebufferTexture2D(i.FRAMEBUFFER,ce,Q,de,0);else if(M.depthTexture.format===Gn)pe(M)?a.framebufferTexture2DMultisampleEXT(i.FRAMEBUFFER,ce,Q,de,0,J):i.framebufferTexture2D(i.FRAMEBUFFER,ce,Q,de,0);else throw new Error("THREE.WebGLTextures: Unknown depthTexture format.")}function en(F){let M=n.get(F),W=F.isWebGLCubeRenderTarget===!0;if(M.__boundDepthTexture!==F.depthTexture){let re=F.depthTexture;if(M.__depthDisposeCallback&&M.__depthDisposeCallback(),re){let te=()=>{delete M.__boundDepthTexture,delete M.__depthDisposeCallback,re.removeEventListener("dispose",te)};re.addEventListener("dispose",te),M.__depthDisposeCallback=te}M.__boundDepthTexture=re}if(F.depthTexture&&!M.__autoAllocateDepthBuffer)if(W)for(let re=0;re<6;re++)_t(M.__webglFramebuffer[re],F,re);else F.texture.mipmaps.length>0?_t(M.__webglFramebuffer[0],F,0):_t(M.__webglFramebuffer,F,0);else if(W){M.__webglDepthbuffer=[];for(let re=0;re<6;re++)if(t.bindFramebuffer(i.FRAMEBUFFER,M.__webglFramebuffer[re]),M.__webglDepthbuffer[re]===void 0)M.__webglDepthbuffer[re]=i.createRenderbuffer(),xn(M.__webglDepthbuffer[re],F,!1);else{let te=F.stencilBuffer?i.DEPTH_STENCIL_ATTACHMENT:i.DEPTH_ATTACHMENT,ae=M.__webglDepthbuffer[re];i.bindRenderbuffer(i.RENDERBUFFER,ae),i.framebufferRenderbuffer(i.FRAMEBUFFER,te,i.RENDERBUFFER,ae)}}else if(F.texture.mipmaps.length>0?t.bindFramebuffer(i.FRAMEBUFFER,M.__webglFramebuffer[0]):t.bindFramebuffer(i.FRAMEBUFFER,M.__webglFramebuffer),M.__webglDepthbuffer===void 0)M.__webglDepthbuffer=i.createRenderbuffer(),xn(M.__webglDepthbuffer,F,!1);else{let te=F.stencilBuffer?i.DEPTH_STENCIL_ATTACHMENT:i.DEPTH_ATTACHMENT,ae=M.__webglDepthbuffer;i.bindRenderbuffer(i.RENDERBUFFER,ae),i.framebufferRenderbuffer(i.FRAMEBUFFER,te,i.RENDERBUFFER,ae)}t.bindFramebuffer(i.FRAMEBUFFER,null)}function tn(F,M,W){let re=n.get(F);M!==void 0&&lt(re.__webglFramebuffer,F,F.texture,i.COLOR_ATTACHMENT0,i.TEXTURE_2D,0),W!==void 0&&en(F)}function nn(F){let M=F.texture,W=n.get(F),re=n.get(M);F.addEventListener("dispose",C),N(F);let te=F.textures,ae=F.isWebGLCubeRenderTarget===!0,de=te.length>1;if(de||(re.__webglTexture===void 0&&(re.__webglTexture=i.createTexture()),re.__version=M.version,o.memory.textures++),ae){W.__webglFramebuffer=[];for(let J=0;J<6;J++)if(M.mipmaps.length>0){W.__webglFramebuffer[J]=[];for(let Q=0;Q<M.mipmaps.length;Q++)W.__webglFramebuffer[J][Q]=i.createFramebuffer()}else W.__webglFramebuffer[J]=i.createFramebuffer()}else{if(M.mipmaps.length>0){W.__webglFramebuffer=[];for(let J=0;J<M.mipmaps.length;J++)W.__webglFramebuffer[J]=i.createFramebuffer()}else W.__webglFramebuffer=i.createFramebuffer();if(de)for(let J=0,Q=te.length;J<Q;J++){let ce=n.get(te[J]);ce.__webglTexture===void 0&&(ce.__webglTexture=i.createTexture(),o.memory.textures++)}if(F.samples>0&&pe(F)===!1){W.__webglMultisampledFramebuffer=i.createFramebuffer(),W.__webglColorRenderbuffer=[],t.bindFramebuffer(i.FRAMEBUFFER,W.__webglMultisampledFramebuffer);for(let J=0;J<te.length;J++){let Q=te[J];W.__webglColorRenderbuffer[J]=i.createRenderbuffer(),i.bindRenderbuffer(i.RENDERBUFFER,W.__webglColorRenderbuffer[J]);let ce=s.convert(Q.format,Q.colorSpace),U=s.convert(Q.type),ee=S(Q.internalFormat,ce,U,Q.normalized,Q.colorSpace,F.isXRRenderTarget===!0),j=ot(F);i.renderbufferStorageMultisample(i.RENDERBUFFER,j,ee,F.width,F.height),i.framebufferRenderbuffer(i.FRAMEBUFFER,i.COLOR_ATTACHMENT0+J,i.RENDERBUFFER,W.__webglColorRenderbuffer[J])}i.bindRenderbuffer(i.RENDERBUFFER,null),F.depthBuffer&&(W.__webglDepthRenderbuffer=i.createRenderbuffer(),xn(W.__webglDepthRenderbuffer,F,!0)),t.bindFramebuffer(i.FRAMEBUFFER,null)}}if(ae){t.bindTexture(i.TEXTURE_CUBE_MAP,re.__webglTexture),Je(i.TEXTURE_CUBE_MAP,M);for(let J=0;J<6;J++)if(M.mipmaps.length>0)for(let Q=0;Q<M.mipmaps.length;Q++)lt(W.__webglFramebuffer[J][Q],F,M,i.COLOR_ATTACHMENT0,i.TEXTURE_CUBE_MAP_POSITIVE_X+J,Q);else lt(W.__webglFramebuffer[J],F,M,i.COLOR_ATTACHMENT0,i.TEXTURE_CUBE_MAP_POSITIVE_X+J,0);_(M)?v(i.TEXTURE_CUBE_MAP):M.mipmaps.length>0&&i.texParameteri(i.TEXTURE_CUBE_MAP,i.TEXTURE_MAX_LEVEL,M.mipmaps.length-1),t.unbindTexture()}else if(de){for(let J=0,Q=te.length;J<Q;J++){let ce=te[J],U=n.get(ce),ee=i.TEXTURE_2D;(F.isWebGL3DRenderTarget||F.isWebGLArrayRenderTarget)&&(ee=F.isWebGL3DRenderTarget?i.TEXTURE_3D:i.TEXTURE_2D_ARRAY),t.bindTexture(ee,U.__webglTexture),Je(ee,ce),lt(W.__webglFramebuffer,F,ce,i.COLOR_ATTACHMENT0+J,ee,0),_(ce)&&v(ee)}t.unbindTexture()}else{let J=i.TEXTURE_2D;if((F.isWebGL3DRenderTarget||F.isWebGLArrayRenderTarget)&&(J=F.isWebGL3DRenderTarget?i.TEXTURE_3D:i.TEXTURE_2D_ARRAY),t.bindTexture(J,re.__webglTexture),Je(J,M),M.mipmaps.length>0)for(let Q=0;Q<M.mipmaps.length;Q++)lt(W.__webglFramebuffer[Q],F,M,i.COLOR_ATTACHMENT0,J,Q);else lt(W.__webglFramebuffer,F,M,i.COLOR_ATTACHMENT0,J,0);_(M)?v(J):M.mipmaps.length>0&&i.texParameteri(J,i.TEXTURE_MAX_LEVEL,M.mipmaps.length-1),t.unbindTexture()}F.depthBuffer&&en(F)}function z(F){let M=F.textures;for(let W=0,re=M.length;W<re;W++){let te=M[W];if(_(te)&&te.mipmapsAutoUpdate===!0){let ae=E(F),de=n.get(te).__webglTexture;t.bindTexture(ae,de),v(ae),t.unbindTexture()}}}let rn=[];function st(F){if(F.samples>0){if(pe(F)===!1){let M=F.textures,W=F.width,re=F.height,te=i.COLOR_BUFFER_BIT,ae=F.stencilBuffer?i.DEPTH_STENCIL_ATTACHMENT:i.DEPTH_ATTACHMENT,de=n.get(F),J=M.length>1;if(J)for(let ce=0;ce<M.length;ce++)t.bindFramebuffer(i.FRAMEBUFFER,de.__webglMultisampledFramebuffer),i.framebufferRenderbuffer(i.FRAMEBUFFER,i.COLOR_ATTACHMENT0+ce,i.RENDERBUFFER,null),t.bindFramebuffer(i.FRAMEBUFFER,de.__webglFramebuffer),i.framebufferTexture2D(i.DRAW_FRAMEBUFFER,i.COLOR_ATTACHMENT0+ce,i.TEXTURE_2D,null,0);t.bindFramebuffer(i.READ_FRAMEBUFFER,de.__webglMultisampledFramebuffer),F.texture.mipmaps.length>0?t.bindFramebuffer(i.DRAW_FRAMEBUFFER,de.__webglFramebuffer[0]):t.bindFramebuffer(i.DRAW_FRAMEBUFFER,de.__webglFramebuffer);for(let ce=0;ce<M.length;ce++){if(F.resolveDepthBuffer&&(F.depthBuffer&&(te|=i.DEPTH_BUFFER_BIT),F.stencilBuffer&&F.resolveStencilBuffer&&(te|=i.STENCIL_BUFFER_BIT)),J){i.framebufferRenderbuffer(i.READ_FRAMEBUFFER,i.COLOR_ATTACHMENT0,i.RENDERBUFFER,de.__webglColorRenderbuffer[ce]);let U=n.get(M[ce]).__webglTexture;i.framebufferTexture2D(i.DRAW_FRAMEBUFFER,i.COLOR_ATTACHMENT0,i.TEXTURE_2D,U,0)}i.blitFramebuffer(0,0,W,re,0,0,W,re,te,i.NEAREST),l===!0&&(rn.length=0,rn.push(i.COLOR_ATTACHMENT0+ce),F.depthBuffer&&F.storeMultisampledDepthBuffer===!1&&rn.push(ae),i.invalidateFramebuffer(i.READ_FRAMEBUFFER,rn))}if(t.bindFramebuffer(i.READ_FRAMEBUFFER,null),t.bindFramebuffer(i.DRAW_FRAMEBUFFER,null),J)for(let ce=0;ce<M.length;ce++){t.bindFramebuffer(i.FRAMEBUFFER,de.__webglMultisampledFramebuffer),i.framebufferRenderbuffer(i.FRAMEBUFFER,i.COLOR_ATTACHMENT0+ce,i.RENDERBUFFER,de.__webglColorRenderbuffer[ce]);let U=n.get(M[ce]).__webglTexture;t.bindFramebuffer(i.FRAMEBUFFER,de.__webglFramebuffer),i.framebufferTexture2D(i.DRAW_FRAMEBUFFER,i.COLOR_ATTACHMENT0+ce,i.TEXTURE_2D,U,0)}t.bindFramebuffer(i.DRAW_FRAMEBUFFER,de.__webglMultisampledFramebuffer)}else if(F.depthBuffer&&F.storeMultisampledDepthBuffer===!1&&l){let M=F.stencilBuffer?i.DEPTH_STENCIL_ATTACHMENT:i.DEPTH_ATTACHMENT;i.invalidateFramebuffer(i.DRAW_FRAMEBUFFER,[M])}}}function ot(F){return Math.min(r.maxSamples,F.samples)}function pe(F){let M=n.get(F);return F.samples>0&&e.has("WEBGL_multisampled_render_to_texture")===!0&&M.__useRenderToTexture!==!1}function xt(F){let M=o.render.frame;u.get(F)!==M&&(u.set(F,M),F.update())}function Ce(F,M){let W=F.colorSpace,re=F.format,te=F.type;return F.isCompressedTexture===!0||F.isVideoTexture===!0||W!==Gr&&W!==Vn&&(Xe.getTransfer(W)===Ke?(re!==yn||te!==Kt)&&Re("WebGLTextures: sRGB encoded textures have to use RGBAFormat and UnsignedByteType."):Le("WebGLTextures: Unsupported texture color space:",W)),M}function Fe(F){return typeof HTMLImageElement<"u"&&F instanceof HTMLImageElement?(c.width=F.naturalWidth||F.width,c.height=F.naturalHeight||F.height):typeof VideoFrame<"u"&&F instanceof VideoFrame?(c.width=F.displayWidth,c.height=F.displayHeight):(c.width=F.width,c.height=F.height),c}this.allocateTextureUnit=Pe,this.resetTextureUnits=K,this.getTextureUnits=ne,this.setTextureUnits=ve,this.setTexture2D=ie,this.setTexture2DArray=be,this.setTexture3D=Me,this.setTextureCube=me,this.rebindTextures=tn,this.setupRenderTarget=nn,this.updateRenderTargetMipmap=z,this.updateMultisampleRenderTarget=st,this.setupDepthRenderbuffer=en,this.setupFrameBufferTexture=lt,this.useMultisampledRTT=pe,this.dispose=B}function Lv(i,e){function t(n,r=Vn){let s,o=Xe.getTransfer(r);if(n===Kt)return i.UNSIGNED_BYTE;if(n===Ko)return i.UNSIGNED_SHORT_4_4_4_4;if(n===Jo)return i.UNSIGNED_SHORT_5_5_5_1;if(n===Cc)return i.UNSIGNED_INT_5_9_9_9_REV;if(n===Rc)return i.UNSIGNED_INT_10F_11F_11F_REV;if(n===Ec)return i.BYTE;if(n===Tc)return i.SHORT;if(n===mr)return i.UNSIGNED_SHORT;if(n===jo)return i.INT;if(n===pn)return i.UNSIGNED_INT;if(n===mn)return i.FLOAT;if(n===gn)return i.HALF_FLOAT;if(n===Ic)return i.ALPHA;if(n===Pc)return i.RGB;if(n===yn)return i.RGBA;if(n===On)return i.DEPTH_COMPONENT;if(n===Gn)return i.DEPTH_STENCIL;if(n===Lc)return i.RED;if(n===Zo)return i.RED_INTEGER;if(n===li)return i.RG;if(n===Qo)return i.RG_INTEGER;if(n===ea)return i.RGBA_INTEGER;if(n===ns||n===is||n===rs||n===ss)if(o===Ke)if(s=e.get("WEBGL_compressed_texture_s3tc_srgb"),s!==null){if(n===ns)return s.COMPRESSED_SRGB_S3TC_DXT1_EXT;if(n===is)return s.COMPRESSED_SRGB_ALPHA_S3TC_DXT1_EXT;if(n===rs)return s.COMPRESSED_SRGB_ALPHA_S3TC_DXT3_EXT;if(n===ss)return s.COMPRESSED_SRGB_ALPHA_S3TC_DXT5_EXT}else return null;else if(s=e.get("WEBGL_compressed_texture_s3tc"),s!==null){if(n===ns)return s.COMPRESSED_RGB_S3TC_DXT1_EXT;if(n===is)return s.COMPRESSED_RGBA_S3TC_DXT1_EXT;if(n===rs)return s.COMPRESSED_RGBA_S3TC_DXT3_EXT;if(n===ss)return s.COMPRESSED_RGBA_S3TC_DXT5_EXT}else return null;if(n===ta||n===na||n===ia||n===ra)if(s=e.get("WEBGL_compressed_texture_pvrtc"),s!==null){if(n===ta)return s.COMPRESSED_RGB_PVRTC_4BPPV1_IMG;if(n===na)return s.COMPRESSED_RGB_PVRTC_2BPPV1_IMG;if(n===ia)return s.COMPRESSED_RGBA_PVRTC_4BPPV1_IMG;if(n===ra)return s.COMPRESSED_RGBA_PVRTC_2BPPV1_IMG}else return null;if(n===sa||n===oa||n===aa||n===la||n===ca||n===os||n===ua)if(s=e.get("WEBGL_compressed_texture_etc"),s!==null){if(n===sa||n===oa)return o===Ke?s.COMPRESSED_SRGB8_ETC2:s.COMPRESSED_RGB8_ETC2;if(n===aa)return o===Ke?s.COMPRESSED_SRGB8_ALPHA8_ETC2_EAC:s.COMPRESSED_RGBA8_ETC2_EAC;if(n===la)return s.COMPRESSED_R11_EAC;if(n===ca)return s.COMPRESSED_SIGNED_R11_EAC;if(n===os)return s.COMPRESSED_RG11_EAC;if(n===ua)return s.COMPRESSED_SIGNED_RG11_EAC}else return null;if(n===ha||n===da||n===fa||n===pa||n===ma||n===ga||n===ya||n===xa||n===ba||n===va||n===_a||n===Sa||n===Aa||n===wa)if(s=e.get("WEBGL_compressed_texture_astc"),s!==null){if(n===ha)return o===Ke?s.COMPRESSED_SRGB8_ALPHA8_ASTC_4x4_KHR:s.COMPRESSED_RGBA_ASTC_4x4_KHR;if(n===da)return o===Ke?s.COMPRESSED_SRGB8_ALPHA8_ASTC_5x4_KHR:s.COMPRESSED_RGBA_ASTC_5x4_KHR;if(n===fa)return o===Ke?s.COMPRESSED_SRGB8_ALPHA8_ASTC_5x5_KHR:s.COMPRESSED_RGBA_ASTC_5x5_KHR;if(n===pa)return o===Ke?s.COMPRESSED_SRGB8_ALPHA8_ASTC_6x5_KHR:s.COMPRESSED_RGBA_ASTC_6x5_KHR;if(n===ma)return o===Ke?s.COMPRESSED_SRGB8_ALPHA8_ASTC_6x6_KHR:s.COMPRESSED_RGBA_ASTC_6x6_KHR;if(n===ga)return o===Ke?s.COMPRESSED_SRGB8_ALPHA8_ASTC_8x5_KHR:s.COMPRESSED_RGBA_ASTC_8x5_KHR;if(n===ya)return o===Ke?s.COMPRESSED_SRGB8_ALPHA8_ASTC_8x6_KHR:s.COMPRESSED_RGBA_ASTC_8x6_KHR;if(n===xa)return o===Ke?s.COMPRESSED_SRGB8_ALPHA8_ASTC_8x8_KHR:s.COMPRESSED_RGBA_ASTC_8x8_KHR;if(n===ba)return o===Ke?s.COMPRESSED_SRGB8_ALPHA8_ASTC_10x5_KHR:s.COMPRESSED_RGBA_ASTC_10x5_KHR;if(n===va)return o===Ke?s.COMPRESSED_SRGB8_ALPHA8_ASTC_10x6_KHR:s.COMPRESSED_RGBA_ASTC_10x6_KHR;if(n===_a)return o===Ke?s.COMPRESSED_SRGB8_ALPHA8_ASTC_10x8_KHR:s.COMPRESSED_RGBA_ASTC_10x8_KHR;if(n===Sa)return o===Ke?s.COMPRESSED_SRGB8_ALPHA8_ASTC_10x10_KHR:s.COMPRESSED_RGBA_ASTC_10x10_KHR;if(n===Aa)return o===Ke?s.COMPRESSED_SRGB8_ALPHA8_ASTC_12x10_KHR:s.COMPRESSED_RGBA_ASTC_12x10_KHR;if(n===wa)return o===Ke?s.COMPRESSED_SRGB8_ALPHA8_ASTC_12x12_KHR:s.COMPRESSED_RGBA_ASTC_12x12_KHR}else return null;if(n===Ma||n===Ea||n===Ta)if(s=e.get("EXT_texture_compression_bptc"),s!==null){if(n===Ma)return o===Ke?s.COMPRESSED_SRGB_ALPHA_BPTC_UNORM_EXT:s.COMPRESSED_RGBA_BPTC_UNORM_EXT;if(n===Ea)return s.COMPRESSED_RGB_BPTC_SIGNED_FLOAT_EXT;if(n===Ta)return s.COMPRESSED_RGB_BPTC_UNSIGNED_FLOAT_EXT}else return null;if(n===Ca||n===Ra||n===as||n===Ia)if(s=e.get("EXT_texture_compression_rgtc"),s!==null){if(n===Ca)return s.COMPRESSED_RED_RGTC1_EXT;if(n===Ra)return s.COMPRESSED_SIGNED_RED_RGTC1_EXT;if(n===as)return s.COMPRESSED_RED_GREEN_RGTC2_EXT;if(n===Ia)return s.COMPRESSED_SIGNED_RED_GREEN_RGTC2_EXT}else return null;return n===Ti?i.UNSIGNED_INT_24_8:i[n]!==void 0?i[n]:null}return{convert:t}}var Nv=`
void main() {

	gl_Position = vec4( position, 1.0 );

}`,Fv=`
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

}`,nu=class{constructor(){this.texture=null,this.mesh=null,this.depthNear=0,this.depthFar=0}init(e,t){if(this.texture===null){let n=new Zr(e.texture);(e.depthNear!==t.depthNear||e.depthFar!==t.depthFar)&&(this.depthNear=e.depthNear,this.depthFar=e.depthFar),this.texture=n}}getMesh(e){if(this.texture!==null&&this.mesh===null){let t=e.cameras[0].viewport,n=new Xt({vertexShader:Nv,fragmentShader:Fv,uniforms:{depthColor:{value:this.texture},depthWidth:{value:t.z},depthHeight:{value:t.w}}});this.mesh=new an(new Si(20,20),n)}return this.mesh}reset(){this.texture=null,this.mesh=null}getDepthTexture(){return this.texture}},iu=class extends Sn{constructor(e,t){super();let n=this,r=null,s=1,o=null,a="local-floor",l=1,c=null,u=null,h=null,d=null,f=null,m=null,y=typeof XRWebGLBinding<"u",g=new nu,p={},x=t.getContextAttributes(),_=null,v=null,E=[],S=[],b=new Ge,A=null,N=null,I=new Bt;I.viewport=new ht;let R=new Bt;R.viewport=new ht;let C=[I,R],D=new Wo,L=null,B=null;this.cameraAutoUpdate=!0,this.enabled=!1,this.isPresenting=!1,this.getController=function(Z){let ie=E[Z];return ie===void 0&&(ie=new rr,E[Z]=ie),ie.getTargetRaySpace()},this.getControllerGrip=function(Z){let ie=E[Z];return ie===void 0&&(ie=new rr,E[Z]=ie),ie.getGripSpace()},this.getHand=function(Z){let ie=E[Z];return ie===void 0&&(ie=new rr,E[Z]=ie),ie.getHandSpace()};function k(Z){let ie=S.indexOf(Z.inputSource);if(ie===-1)return;let be=E[ie];be!==void 0&&(be.update(Z.inputSource,Z.frame,c||o),be.dispatchEvent({type:Z.type,data:Z.inputSource}))}function G(){r.removeEventListener("select",k),r.removeEventListener("selectstart",k),r.removeEventListener("selectend",k),r.removeEventListener("squeeze",k),r.removeEventListener("squeezestart",k),r.removeEventListener("squeezeend",k),r.removeEventListener("end",G),r.removeEventListener("inputsourceschange",q);for(let Z=0;Z<E.length;Z++){let ie=S[Z];ie!==null&&(S[Z]=null,E[Z].disconnect(ie))}L=null,B=null,g.reset();for(let Z in p)delete p[Z];if(e.setRenderTarget(_),f=null,d=null,h=null,r=null,v=null,Pe.stop(),n.isPresenting=!1,e.setPixelRatio(A),e.setSize(b.width,b.height,!1),N!==null){let Z=N.camera;Z.fov=N.fov,Z.zoom=N.zoom,Z.updateProjectionMatrix(),N=null}n.dispatchEvent({type:"sessionend"})}this.setFramebufferScaleFactor=function(Z){s=Z,n.isPresenting===!0&&Re("WebXRManager: Cannot change framebuffer scale while presenting.")},this.setReferenceSpaceType=function(Z){a=Z,n.isPresenting===!0&&Re("WebXRManager: Cannot change reference space type while presenting.")},this.getReferenceSpace=function(){return c||o},this.setReferenceSpace=function(Z){c=Z},this.getBaseLayer=function(){return d!==null?d:f},this.getBinding=function(){return h===null&&y&&(h=new XRWebGLBinding(r,t)),h},this.getFrame=function(){return m},this.getSession=function(){return r},this.setSession=async function(Z){if(r=Z,r!==null){if(_=e.getRenderTarget(),r.addEventListener("select",k),r.addEventListener("selectstart",k),r.addEventListener("selectend",k),r.addEventListener("squeeze",k),r.addEventListener("squeezestart",k),r.addEventListener("squeezeend",k),r.addEventListener("end",G),r.addEventListener("inputsourceschange",q),x.xrCompatible!==!0&&await t.makeXRCompatible(),A=e.getPixelRatio(),e.getSize(b),y&&"createProjectionLayer"in XRWebGLBinding.prototype){let be=null,Me=null,me=null;x.depth&&(me=x.stencil?t.DEPTH24_STENCIL8:t.DEPTH_COMPONENT24,be=x.stencil?Gn:On,Me=x.stencil?Ti:pn);let Ue={colorFormat:t.RGBA8,depthFormat:me,scaleFactor:s};h=this.getBinding(),d=h.createProjectionLayer(Ue),r.updateRenderState({layers:[d]}),e.setPixelRatio(1),e.setSize(d.textureWidth,d.textureHeight,!1),v=new kt(d.textureWidth,d.textureHeight,{format:yn,type:Kt,depthTexture:new kn(d.textureWidth,d.textureHeight,Me,void 0,void 0,void 0,void 0,void 0,void 0,be),stencilBuffer:x.stencil,colorSpace:e.outputColorSpace,samples:x.antialias?4:0,resolveDepthBuffer:d.ignoreDepthValues===!1,resolveStencilBuffer:d.ignoreDepthValues===!1,storeMultisampledDepthBuffer:d.ignoreDepthValues===!1,storeMultisampledStencilBuffer:d.ignoreDepthValues===!1})}else{let be={antialias:x.antialias,alpha:!0,depth:x.depth,stencil:x.stencil,framebufferScaleFactor:s};f=new XRWebGLLayer(r,t,be),r.updateRenderState({baseLayer:f}),e.setPixelRatio(1),e.setSize(f.framebufferWidth,f.framebufferHeight,!1),v=new kt(f.framebufferWidth,f.framebufferHeight,{format:yn,type:Kt,colorSpace:e.outputColorSpace,stencilBuffer:x.stencil,resolveDepthBuffer:f.ignoreDepthValues===!1,resolveStencilBuffer:f.ignoreDepthValues===!1,storeMultisampledDepthBuffer:f.ignoreDepthValues===!1,storeMultisampledStencilBuffer:f.ignoreDepthValues===!1})}v.isXRRenderTarget=!0,this.setFoveation(l),c=null,o=await r.requestReferenceSpace(a),Pe.setContext(r),Pe.start(),n.isPresenting=!0,n.dispatchEvent({type:"sessionstart"})}},this.getEnvironmentBlendMode=function(){if(r!==null)return r.environmentBlendMode},this.getDepthTexture=function(){return g.getDepthTexture()};function q(Z){for(let ie=0;ie<Z.removed.length;ie++){let be=Z.removed[ie],Me=S.indexOf(be);Me>=0&&(S[Me]=null,E[Me].disconnect(be))}for(let ie=0;ie<Z.added.length;ie++){let be=Z.added[ie],Me=S.indexOf(be);if(Me===-1){for(let Ue=0;Ue<E.length;Ue++)if(Ue>=S.length){S.push(be),Me=Ue;break}else if(S[Ue]===null){S[Ue]=be,Me=Ue;break}if(Me===-1)break}let me=E[Me];me&&me.connect(be)}}function V(Z,ie){ie===null?Z.matrixWorld.copy(Z.matrix):Z.matrixWorld.multiplyMatrices(ie.matrixWorld,Z.matrix),Z.matrixWorldInverse.copy(Z.matrixWorld).invert()}this.updateCamera=function(Z){if(r===null)return;let ie=Z.near,be=Z.far;g.texture!==null&&(g.depthNear>0&&(ie=g.depthNear),g.depthFar>0&&(be=g.depthFar)),D.near=R.near=I.near=ie,D.far=R.far=I.far=be,(L!==D.near||B!==D.far)&&(r.updateRenderState({depthNear:D.near,depthFar:D.far}),L=D.near,B=D.far),D.layers.mask=Z.layers.mask|6,I.layers.mask=D.layers.mask&-5,R.layers.mask=D.layers.mask&-3;let Me=Z.parent,me=D.cameras;V(D,Me);for(let Ue=0;Ue<me.length;Ue++)V(me[Ue],Me);D.projectionMatrix.copy(I.projectionMatrix),D.projectionMatrixInverse.copy(I.projectionMatrixInverse),N===null&&Z.isPerspectiveCamera&&(N={camera:Z,fov:Z.fov,zoom:Z.zoom}),K(Z,D,Me)};function K(Z,ie,be){be===null?Z.matrix.copy(ie.matrixWorld):(Z.matrix.copy(be.matrixWorld),Z.matrix.invert(),Z.matrix.multiply(ie.matrixWorld)),Z.matrix.decompose(Z.position,Z.quaternion,Z.scale),Z.updateMatrixWorld(!0),Z.projectionMatrix.copy(ie.projectionMatrix),Z.projectionMatrixInverse.copy(ie.projectionMatrixInverse),Z.isPerspectiveCamera&&(Z.fov=_o*2*Math.atan(1/Z.projectionMatrix.elements[5]),Z.zoom=1)}this.getCamera=function(){return D},this.getFoveation=function(){if(!(d===null&&f===null))return l},this.setFoveation=function(Z){l=Z,d!==null&&(d.fixedFoveation=Z),f!==null&&f.fixedFoveation!==void 0&&(f.fixedFoveation=Z)},this.hasDepthSensing=function(){return g.texture!==null},this.getDepthSensingMesh=function(){return g.getMesh(D)},this.getCameraTexture=function(Z){return p[Z]};let ne=null;function ve(Z,ie){if(u=ie.getViewerPose(c||o),m=ie,u!==null){let be=u.views;f!==null&&(e.setRenderTargetFramebuffer(v,f.framebuffer),e.setRenderTarget(v));let Me=!1;be.length!==D.cameras.length&&(D.cameras.length=0,Me=!0);for(let Ie=0;Ie<be.length;Ie++){let Je=be[Ie],Qe=null;if(f!==null)Qe=f.getViewport(Je);else{let Et=h.getViewSubImage(d,Je);Qe=Et.viewport,Ie===0&&(e.setRenderTargetTextures(v,Et.colorTexture,Et.depthStencilTexture),e.setRenderTarget(v))}let Ve=C[Ie];Ve===void 0&&(Ve=new Bt,Ve.layers.enable(Ie),Ve.viewport=new ht,C[Ie]=Ve),Ve.matrix.fromArray(Je.transform.matrix),Ve.matrix.decompose(Ve.position,Ve.quaternion,Ve.scale),Ve.projectionMatrix.fromArray(Je.projectionMatrix),Ve.projectionMatrixInverse.copy(Ve.projectionMatrix).invert(),Ve.viewport.set(Qe.x,Qe.y,Qe.width,Qe.height),Ie===0&&(D.matrix.copy(Ve.matrix),D.matrix.decompose(D.position,D.quaternion,D.scale)),Me===!0&&D.cameras.push(Ve)}let me=r.enabledFeatures;if(me&&me.includes("depth-sensing")&&r.depthUsage=="gpu-optimized"&&y){h=n.getBinding();let Ie=h.getDepthInformation(be[0]);Ie&&Ie.isValid&&Ie.texture&&g.init(Ie,r.renderState)}if(me&&me.includes("camera-access")&&y){e.state.unbindTexture(),h=n.getBinding();for(let Ie=0;Ie<be.length;Ie++){let Je=be[Ie].camera;if(Je){let Qe=p[Je];Qe||(Qe=new Zr,p[Je]=Qe);let Ve=h.getCameraImage(Je);Qe.sourceTexture=Ve}}}}for(let be=0;be<E.length;be++){let Me=S[be],me=E[be];Me!==null&&me!==void 0&&me.update(Me,ie,c||o)}ne&&ne(Z,ie),ie.detectedPlanes&&n.dispatchEvent({type:"planesdetected",data:ie}),m=null}let Pe=new sf;Pe.setAnimationLoop(ve),this.setAnimationLoop=function(Z){ne=Z},this.dispose=function(){}}},Dv=new nt,mf=new Ne;mf.set(-1,0,0,0,1,0,0,0,1);function Uv(i,e){function t(g,p){g.matrixAutoUpdate===!0&&g.updateMatrix(),p.value.copy(g.matrix)}function n(g,p){p.color.getRGB(g.fogColor.value,kc(i)),p.isFog?(g.fogNear.value=p.near,g.fogFar.value=p.far):p.isFogExp2&&(g.fogDensity.value=p.density)}function r(g,p,x,_,v){p.isNodeMaterial?p.uniformsNeedUpdate=!1:p.isMeshBasicMaterial?s(g,p):p.isMeshLambertMaterial?(s(g,p),p.envMap&&(g.envMapIntensity.value=p.envMapIntensity)):p.isMeshToonMaterial?(s(g,p),h(g,p)):p.isMeshPhongMaterial?(s(g,p),u(g,p),p.envMap&&(g.envMapIntensity.value=p.envMapIntensity)):p.isMeshStandardMaterial?(s(g,p),d(g,p),p.isMeshPhysicalMaterial&&f(g,p,v)):p.isMeshMatcapMaterial?(s(g,p),m(g,p)):p.isMeshDepthMaterial?s(g,p):p.isMeshDistanceMaterial?(s(g,p),y(g,p)):p.isMeshNormalMaterial?s(g,p):p.isLineBasicMaterial?(o(g,p),p.isLineDashedMaterial&&a(g,p)):p.isPointsMaterial?l(g,p,x,_):p.isSpriteMaterial?c(g,p):p.isShadowMaterial?(g.color.value.copy(p.color),g.opacity.value=p.opacity):p.isShaderMaterial&&(p.uniformsNeedUpdate=!1)}function s(g,p){g.opacity.value=p.opacity,p.color&&g.diffuse.value.copy(p.color),p.emissive&&g.emissive.value.copy(p.emissive).multiplyScalar(p.emissiveIntensity),p.map&&(g.map.value=p.map,t(p.map,g.mapTransform)),p.alphaMap&&(g.alphaMap.value=p.alphaMap,t(p.alphaMap,g.alphaMapTransform)),p.bumpMap&&(g.bumpMap.value=p.bumpMap,t(p.bumpMap,g.bumpMapTransform),g.bumpScale.value=p.bumpScale,p.side===zt&&(g.bumpScale.value*=-1)),p.normalMap&&(g.normalMap.value=p.normalMap,t(p.normalMap,g.normalMapTransform),g.normalScale.value.copy(p.normalScale),p.side===zt&&g.normalScale.value.negate()),p.displacementMap&&(g.displacementMap.value=p.displacementMap,t(p.displacementMap,g.displacementMapTransform),g.displacementScale.value=p.displacementScale,g.displacementBias.value=p.displacementBias),p.emissiveMap&&(g.emissiveMap.value=p.emissiveMap,t(p.emissiveMap,g.emissiveMapTransform)),p.specularMap&&(g.specularMap.value=p.specularMap,t(p.specularMap,g.specularMapTransform)),p.alphaTest>0&&(g.alphaTest.value=p.alphaTest);let x=e.get(p),_=x.envMap,v=x.envMapRotation;_&&(g.envMap.value=_,g.envMapRotation.value.setFromMatrix4(Dv.makeRotationFromEuler(v)).transpose(),_.isCubeTexture&&_.isRenderTargetTexture===!1&&g.envMapRotation.value.premultiply(mf),g.reflectivity.value=p.reflectivity,g.ior.value=p.ior,g.refractionRatio.value=p.refractionRatio),p.lightMap&&(g.lightMap.value=p.lightMap,g.lightMapIntensity.value=p.lightMapIntensity,t(p.lightMap,g.lightMapTransform)),p.aoMap&&(g.aoMap.value=p.aoMap,g.aoMapIntensity.value=p.aoMapIntensity,t(p.aoMap,g.aoMapTransform))}function o(g,p){g.diffuse.value.copy(p.color),g.opacity.value=p.opacity,p.map&&(g.map.value=p.map,t(p.map,g.mapTransform))}function a(g,p){g.dashSize.value=p.dashSize,g.totalSize.value=p.dashSize+p.gapSize,g.scale.value=p.scale}function l(g,p,x,_){g.diffuse.value.copy(p.color),g.opacity.value=p.opacity,g.size.value=p.size*x,g.scale.value=_*.5,p.map&&(g.map.value=p.map,t(p.map,g.uvTransform)),p.alphaMap&&(g.alphaMap.value=p.alphaMap,t(p.alphaMap,g.alphaMapTransform)),p.alphaTest>0&&(g.alphaTest.value=p.alphaTest)}function c(g,p){g.diffuse.value.copy(p.color),g.opacity.value=p.opacity,g.rotation.value=p.rotation,p.map&&(g.map.value=p.map,t(p.map,g.mapTransform)),p.alphaMap&&(g.alphaMap.value=p.alphaMap,t(p.alphaMap,g.alphaMapTransform)),p.alphaTest>0&&(g.alphaTest.value=p.alphaTest)}function u(g,p){g.specular.value.copy(p.specular),g.shininess.value=Math.max(p.shininess,1e-4)}function h(g,p){p.gradientMap&&(g.gradientMap.value=p.gradientMap)}function d(g,p){g.metalness.value=p.metalness,p.metalnessMap&&(g.metalnessMap.value=p.metalnessMap,t(p.metalnessMap,g.metalnessMapTransform)),g.roughness.value=p.roughness,p.roughnessMap&&(g.roughnessMap.value=p.roughnessMap,t(p.roughnessMap,g.roughnessMapTransform)),p.envMap&&(g.envMapIntensity.value=p.envMapIntensity)}function f(g,p,x){g.ior.value=p.ior,p.diffuseRoughness>0&&(g.diffuseRoughness.value=p.diffuseRoughness,p.diffuseRoughnessMap&&(g.diffuseRoughnessMap.value=p.diffuseRoughnessMap,t(p.diffuseRoughnessMap,g.diffuseRoughnessMapTransform))),p.sheen>0&&(g.sheenColor.value.copy(p.sheenColor).multiplyScalar(p.sheen),g.sheenRoughness.value=p.sheenRoughness,p.sheenColorMap&&(g.sheenColorMap.value=p.sheenColorMap,t(p.sheenColorMap,g.sheenColorMapTransform)),p.sheenRoughnessMap&&(g.sheenRoughnessMap.value=p.sheenRoughnessMap,t(p.sheenRoughnessMap,g.sheenRoughnessMapTransform))),p.clearcoat>0&&(g.clearcoat.value=p.clearcoat,g.clearcoatRoughness.value=p.clearcoatRoughness,p.clearcoatMap&&(g.clearcoatMap.value=p.clearcoatMap,t(p.clearcoatMap,g.clearcoatMapTransform)),p.clearcoatRoughnessMap&&(g.clearcoatRoughnessMap.value=p.clearcoatRoughnessMap,t(p.clearcoatRoughnessMap,g.clearcoatRoughnessMapTransform)),p.clearcoatNormalMap&&(g.clearcoatNormalMap.value=p.clearcoatNormalMap,t(p.clearcoatNormalMap,g.clearcoatNormalMapTransform),g.clearcoatNormalScale.value.copy(p.clearcoatNormalScale),p.side===zt&&g.clearcoatNormalScale.value.negate())),p.dispersion>0&&(g.dispersion.value=p.dispersion),p.retroreflectivity>0&&(g.retroreflectivity.value=p.retroreflectivity),p.iridescence>0&&(g.iridescence.value=p.iridescence,g.iridescenceIOR.value=p.iridescenceIOR,g.iridescenceThicknessMinimum.value=p.iridescenceThicknessMinimum,g.iridescenceThicknessMaximum.value=p.iridescenceThicknessMaximum,p.iridescenceMap&&(g.iridescenceMap.value=p.iridescenceMap,t(p.iridescenceMap,g.iridescenceMapTransform)),p.iridescenceThicknessMap&&(g.iridescenceThicknessMap.value=p.iridescenceThicknessMap,t(p.iridescenceThicknessMap,g.iridescenceThicknessMapTransform))),p.transmission>0&&(g.transmission.value=p.transmission,g.transmissionSamplerMap.value=x.texture,g.transmissionSamplerSize.value.set(x.width,x.height),p.transmissionMap&&(g.transmissionMap.value=p.transmissionMap,t(p.transmissionMap,g.transmissionMapTransform)),g.thickness.value=p.thickness,p.thicknessMap&&(g.thicknessMap.value=p.thicknessMap,t(p.thicknessMap,g.thicknessMapTransform)),g.attenuationDistance.value=p.attenuationDistance,g.attenuationColor.value.copy(p.attenuationColor)),p.anisotropy>0&&(g.anisotropyVector.value.set(p.anisotropy*Math.cos(p.anisotropyRotation),p.anisotropy*Math.sin(p.anisotropyRotation)),p.anisotropyMap&&(g.anisotropyMap.value=p.anisotropyMap,t(p.anisotropyMap,g.anisotropyMapTransform))),g.specularIntensity.value=p.specularIntensity,g.specularColor.value.copy(p.specularColor),p.specularColorMap&&(g.specularColorMap.value=p.specularColorMap,t(p.specularColorMap,g.specularColorMapTransform)),p.specularIntensityMap&&(g.specularIntensityMap.value=p.specularIntensityMap,t(p.specularIntensityMap,g.specularIntensityMapTransform))}function m(g,p){p.matcap&&(g.matcap.value=p.matcap)}function y(g,p){let x=e.get(p).light;g.referencePosition.value.setFromMatrixPosition(x.matrixWorld),g.nearDistance.value=x.shadow.camera.near,g.farDistance.value=x.shadow.camera.far}return{refreshFogUniforms:n,refreshMaterialUniforms:r}}function Ov(i,e,t,n){let r={},s={};function o(x,_){let v=_.program;n.uniformBlockBinding(x,v,r[x.id])}function a(x,_){let v=r[x.id];v===void 0&&(m(x),v=l(x),r[x.id]=v,x.addEventListener("dispose",g));let E=_.program;n.updateUBOMapping(x,E);let S=e.render.frame;s[x.id]!==S&&(c(x),s[x.id]=S)}function l(x){let _=i.createBuffer(),v=x.__size,E=x.usage;return i.bindBuffer(i.UNIFORM_BUFFER,_),i.bufferData(i.UNIFORM_BUFFER,v,E),i.bindBuffer(i.UNIFORM_BUFFER,null),_}function c(x){let _=r[x.id],v=x.uniforms,E=x.__cache;i.bindBuffer(i.UNIFORM_BUFFER,_);for(let S=0,b=v.length;S<b;S++){let A=v[S];if(Array.isArray(A))for(let N=0,I=A.length;N<I;N++)u(A[N],S,N,E);else u(A,S,0,E)}i.bindBuffer(i.UNIFORM_BUFFER,null)}function u(x,_,v,E){if(d(x,_,v,E)===!0){let S=x.__offset,b=x.value;if(Array.isArray(b)){let A=0;for(let N=0;N<b.length;N++){let I=b[N],R=y(I,!0);h(I,x.__data,A),A+=R.storage/Float32Array.BYTES_PER_ELEMENT}}else h(b,x.__data,0);i.bufferSubData(i.UNIFORM_BUFFER,S,x.__data)}}function h(x,_,v){typeof x=="number"||typeof x=="boolean"?_[v]=x:x.isMatrix3?(_[v]=x.elements[0],_[v+1]=x.elements[1],_[v+2]=x.elements[2],_[v+3]=0,_[v+4]=x.elements[3],_[v+5]=x.elements[4],_[v+6]=x.elements[5],_[v+7]=0,_[v+8]=x.elements[6],_[v+9]=x.elements[7],_[v+10]=x.elements[8],_[v+11]=0):ArrayBuffer.isView(x)?_.set(x.subarray(0,_.length-v),v):x.toArray(_,v)}function d(x,_,v,E){let S=x.value,b=_+"_"+v;if(Array.isArray(S)){E[b]===void 0&&(E[b]=[]);let A=E[b],N=!1;for(let I=0;I<S.length;I++)f(S[I],A,I)===!0&&(N=!0);return N}return f(S,E,b)}function f(x,_,v){if(_[v]===void 0)return typeof x=="number"||typeof x=="boolean"?_[v]=x:ArrayBuffer.isView(x)?_[v]=x.slice():_[v]=x.clone(),!0;{let E=_[v];if(typeof x=="number"||typeof x=="boolean"){if(E!==x)return _[v]=x,!0}else{if(ArrayBuffer.isView(x))return!0;if(E.equals(x)===!1)return E.copy(x),!0}}return!1}function m(x){let _=x.uniforms,v=0,E=16;for(let b=0,A=_.length;b<A;b++){let N=Array.isArray(_[b])?_[b]:[_[b]];for(let I=0,R=N.length;I<R;I++){let C=N[I],D=Array.isArray(C.value)?C.value:[C.value],L=Array.isArray(_[b])||Array.isArray(C.value),B=v;for(let G=0,q=D.length;G<q;G++){let V=D[G],K=y(V,L),ne=v%E,ve=ne%K.boundary,Pe=ne+ve;v+=ve,Pe!==0&&E-Pe<K.storage&&(v+=E-Pe),G===0&&(B=v),v+=K.storage}let k=C.type==="int"?Int32Array:C.type==="uint"?Uint32Array:Float32Array;C.__data=new k((v-B)/Float32Array.BYTES_PER_ELEMENT),C.__offset=B}}let S=v%E;return S>0&&(v+=E-S),x.__size=v,x.__cache={},this}function y(x,_){let v={boundary:0,storage:0};return typeof x=="number"||typeof x=="boolean"?(v.boundary=4,v.storage=4):x.isVector2?(v.boundary=8,v.storage=8):x.isVector3||x.isColor?(v.boundary=16,v.storage=12):x.isVector4?(v.boundary=16,v.storage=16):x.isMatrix3?(v.boundary=16,v.storage=48):x.isMatrix4?(v.boundary=16,v.storage=64):x.isTexture?Re("WebGLRenderer: Texture samplers can not be part of an uniforms group."):ArrayBuffer.isView(x)?(v.boundary=16,v.storage=x.byteLength):Re("WebGLRenderer: Unsupported uniform value type.",x),_===!0&&(v.boundary=16,v.storage=Math.ceil(v.storage/16)*16),v}function g(x){let _=x.target;_.removeEventListener("dispose",g),i.deleteBuffer(r[_.id]),delete r[_.id],delete s[_.id]}function p(){for(let x in r)i.deleteBuffer(r[x]);r={},s={}}return{bind:o,update:a,dispose:p}}var Bv=new Uint16Array([12469,15057,12620,14925,13266,14620,13807,14376,14323,13990,14545,13625,14713,13328,14840,12882,14931,12528,14996,12233,15039,11829,15066,11525,15080,11295,15085,10976,15082,10705,15073,10495,13880,14564,13898,14542,13977,14430,14158,14124,14393,13732,14556,13410,14702,12996,14814,12596,14891,12291,14937,11834,14957,11489,14958,11194,14943,10803,14921,10506,14893,10278,14858,9960,14484,14039,14487,14025,14499,13941,14524,13740,14574,13468,14654,13106,14743,12678,14818,12344,14867,11893,14889,11509,14893,11180,14881,10751,14852,10428,14812,10128,14765,9754,14712,9466,14764,13480,14764,13475,14766,13440,14766,13347,14769,13070,14786,12713,14816,12387,14844,11957,14860,11549,14868,11215,14855,10751,14825,10403,14782,10044,14729,9651,14666,9352,14599,9029,14967,12835,14966,12831,14963,12804,14954,12723,14936,12564,14917,12347,14900,11958,14886,11569,14878,11247,14859,10765,14828,10401,14784,10011,14727,9600,14660,9289,14586,8893,14508,8533,15111,12234,15110,12234,15104,12216,15092,12156,15067,12010,15028,11776,14981,11500,14942,11205,14902,10752,14861,10393,14812,9991,14752,9570,14682,9252,14603,8808,14519,8445,14431,8145,15209,11449,15208,11451,15202,11451,15190,11438,15163,11384,15117,11274,15055,10979,14994,10648,14932,10343,14871,9936,14803,9532,14729,9218,14645,8742,14556,8381,14461,8020,14365,7603,15273,10603,15272,10607,15267,10619,15256,10631,15231,10614,15182,10535,15118,10389,15042,10167,14963,9787,14883,9447,14800,9115,14710,8665,14615,8318,14514,7911,14411,7507,14279,7198,15314,9675,15313,9683,15309,9712,15298,9759,15277,9797,15229,9773,15166,9668,15084,9487,14995,9274,14898,8910,14800,8539,14697,8234,14590,7790,14479,7409,14367,7067,14178,6621,15337,8619,15337,8631,15333,8677,15325,8769,15305,8871,15264,8940,15202,8909,15119,8775,15022,8565,14916,8328,14804,8009,14688,7614,14569,7287,14448,6888,14321,6483,14088,6171,15350,7402,15350,7419,15347,7480,15340,7613,15322,7804,15287,7973,15229,8057,15148,8012,15046,7846,14933,7611,14810,7357,14682,7069,14552,6656,14421,6316,14251,5948,14007,5528,15356,5942,15356,5977,15353,6119,15348,6294,15332,6551,15302,6824,15249,7044,15171,7122,15070,7050,14949,6861,14818,6611,14679,6349,14538,6067,14398,5651,14189,5311,13935,4958,15359,4123,15359,4153,15356,4296,15353,4646,15338,5160,15311,5508,15263,5829,15188,6042,15088,6094,14966,6001,14826,5796,14678,5543,14527,5287,14377,4985,14133,4586,13869,4257,15360,1563,15360,1642,15358,2076,15354,2636,15341,3350,15317,4019,15273,4429,15203,4732,15105,4911,14981,4932,14836,4818,14679,4621,14517,4386,14359,4156,14083,3795,13808,3437,15360,122,15360,137,15358,285,15355,636,15344,1274,15322,2177,15281,2765,15215,3223,15120,3451,14995,3569,14846,3567,14681,3466,14511,3305,14344,3121,14037,2800,13753,2467,15360,0,15360,1,15359,21,15355,89,15346,253,15325,479,15287,796,15225,1148,15133,1492,15008,1749,14856,1882,14685,1886,14506,1783,14324,1608,13996,1398,13702,1183]),En=null;function kv(){return En===null&&(En=new or(Bv,16,16,li,gn),En.name="DFG_LUT",En.minFilter=Ct,En.magFilter=Ct,En.wrapS=_n,En.wrapT=_n,En.generateMipmaps=!1,En.needsUpdate=!0),En}var Fa=class{constructor(e={}){let{canvas:t=Cd(),context:n=null,depth:r=!0,stencil:s=!1,alpha:o=!1,antialias:a=!1,premultipliedAlpha:l=!0,preserveDrawingBuffer:c=!1,powerPreference:u="default",failIfMajorPerformanceCaveat:h=!1,reversedDepthBuffer:d=!1,outputBufferType:f=Kt}=e;this.isWebGLRenderer=!0;let m;if(n!==null){if(typeof WebGLRenderingContext<"u"&&n instanceof WebGLRenderingContext)throw new Error("THREE.WebGLRenderer: WebGL 1 is not supported since r163.");m=n.getContextAttributes().alpha}else m=o;let y=f,g=new Set([ea,Qo,Zo]),p=new Set([Kt,pn,mr,Ti,Ko,Jo]),x=new Uint32Array(4),_=new Int32Array(4),v={textures:[],min:[],max:[],resolution:[]},E=null,S=null,b=[],A=[],N=null;this.domElement=t,this.debug={checkShaderErrors:!0,diagnostics:{keywords:!1},onShaderError:null},this.autoClear=!0,this.autoClearColor=!0,this.autoClearDepth=!0,this.autoClearStencil=!0,this.sortObjects=!0,this.clippingPlanes=[],this.localClippingEnabled=!1,this.toneMapping=Mn,this.toneMappingExposure=1,this.transmissionResolutionScale=1;let I=this,R=!1,C=null,D=null,L=null,B=null;this._outputColorSpace=Yt;let k=0,G=0,q=null,V=-1,K=null,ne=new ht,ve=new ht,Pe=null,Z=new ze(0),ie=0,be=t.width,Me=t.height,me=1,Ue=null,pt=null,Ie=new ht(0,0,be,Me),Je=new ht(0,0,be,Me),Qe=!1,Ve=new _i,Et=new Eo,yt=!1,Vt=!1,lt=new nt,xn=new $,_t=new ht,en={background:null,fog:null,environment:null,overrideMaterial:null,isScene:!0},tn=!1;function nn(){return q===null?me:1}let z=n;function rn(T,O){return t.getContext(T,O)}let st,ot,pe,xt,Ce,Fe,F,M,W,re,te,ae,de,J,Q,ce,U,ee,j,ue,oe,le,Ee;try{let T={alpha:!0,depth:r,stencil:s,antialias:a,premultipliedAlpha:l,preserveDrawingBuffer:c,powerPreference:u,failIfMajorPerformanceCaveat:h};if("setAttribute"in t&&t.setAttribute("data-engine",`three.js r${"187"}`),t.addEventListener("webglcontextlost",Te,!1),t.addEventListener("webglcontextrestored",Oe,!1),t.addEventListener("webglcontextcreationerror",ge,!1),z===null){let O="webgl2";if(z=rn(O,T),z===null)throw rn(O)?new Error("THREE.WebGLRenderer: Error creating WebGL context with your selected attributes."):new Error("THREE.WebGLRenderer: Error creating WebGL context.")}Be()}catch(T){throw t.removeEventListener("webglcontextlost",Te,!1),t.removeEventListener("webglcontextrestored",Oe,!1),t.removeEventListener("webglcontextcreationerror",ge,!1),Le("WebGLRenderer: "+T.message),T}function Be(){st=new Kx(z),st.init(),oe=new Lv(z,st),ot=new kx(z,st,e,oe),pe=new Iv(z,st),ot.reversedDepthBuffer&&d&&pe.buffers.depth.setReversed(!0),D=z.createFramebuffer(),L=z.createFramebuffer(),B=z.createFramebuffer(),xt=new Qx(z),Ce=new gv,Fe=new Pv(z,st,pe,Ce,ot,oe,xt),F=new jx(I),M=new ty(z),le=new Ox(z,M),W=new Jx(z,M,xt,le),re=new tb(z,W,M,le,xt),ee=new eb(z,ot,Fe),Q=new zx(Ce),te=new mv(I,F,st,ot,le,Q),ae=new Uv(I,Ce),de=new xv,J=new wv(st),U=new Ux(I,F,pe,re,m,l),ce=new Rv(I,re,ot),Ee=new Ov(z,xt,ot,pe),j=new Bx(z,st,xt),ue=new Zx(z,st,xt),xt.programs=te.programs,I.capabilities=ot,I.extensions=st,I.properties=Ce,I.renderLists=de,I.shadowMap=ce,I.state=pe,I.info=xt}y!==Kt&&(N=new ib(y,t.width,t.height,a,r,s));let se=new iu(I,z);this.xr=se,this.getContext=function(){return z},this.getContextAttributes=function(){return z.getContextAttributes()},this.forceContextLoss=function(){let T=st.get("WEBGL_lose_context");T&&T.loseContext()},this.forceContextRestore=function(){let T=st.get("WEBGL_lose_context");T&&T.restoreContext()},this.getPixelRatio=function(){return me},this.setPixelRatio=function(T){T!==void 0&&(me=T,this.setSize(be,Me,!1))},this.getSize=function(T){return T.set(be,Me)},this.setSize=function(T,O,Y=!0){if(se.isPresenting){Re("WebGLRenderer: Can't change size while VR device is presenting.");return}be=T,Me=O,t.width=Math.floor(T*me),t.height=Math.floor(O*me),Y===!0&&(t.style.width=T+"px",t.style.height=O+"px"),N!==null&&N.setSize(t.width,t.height),this.setViewport(0,0,T,O)},this.getDrawingBufferSize=function(T){return T.set(be*me,Me*me).floor()},this.setDrawingBufferSize=function(T,O,Y){be=T,Me=O,me=Y,t.width=Math.floor(T*Y),t.height=Math.floor(O*Y),this.setViewport(0,0,T,O)},this.setEffects=function(T){if(y===Kt){Le("WebGLRenderer: setEffects() requires outputBufferType set to HalfFloatType or FloatType.");return}if(T){for(let O=0;O<T.length;O++)if(T[O].isOutputPass===!0){Re("WebGLRenderer: OutputPass is not needed in setEffects(). Tone mapping and color space conversion are applied automatically.");break}}N.setEffects(T||[])},this.getCurrentViewport=function(T){return T.copy(ne)},this.getViewport=function(T){return T.copy(Ie)},this.setViewport=function(T,O,Y,H){T.isVector4?Ie.set(T.x,T.y,T.z,T.w):Ie.set(T,O,Y,H),pe.viewport(ne.copy(Ie).multiplyScalar(nn()).round())},this.getScissor=function(T){return T.copy(Je)},this.setScissor=function(T,O,Y,H){T.isVector4?Je.set(T.x,T.y,T.z,T.w):Je.set(T,O,Y,H),pe.scissor(ve.copy(Je).multiplyScalar(nn()).round())},this.getScissorTest=function(){return Qe},this.setScissorTest=function(T){pe.setScissorTest(Qe=T)},this.setOpaqueSort=function(T){Ue=T},this.setTransparentSort=function(T){pt=T},this.getClearColor=function(T){return T.copy(U.getClearColor())},this.setClearColor=function(){U.setClearColor(...arguments)},this.getClearAlpha=function(){return U.getClearAlpha()},this.setClearAlpha=function(){U.setClearAlpha(...arguments)},this.clear=function(T=!0,O=!0,Y=!0){let H=0;if(T){let X=!1;if(q!==null){let fe=q.texture.format;X=g.has(fe)}if(X){let fe=q.texture.type,_e=p.has(fe),he=U.getClearColor(),xe=U.getClearAlpha(),we=he.r,De=he.g,He=he.b;_e?(x[0]=we,x[1]=De,x[2]=He,x[3]=xe,z.clearBufferuiv(z.COLOR,0,x)):(_[0]=we,_[1]=De,_[2]=He,_[3]=xe,z.clearBufferiv(z.COLOR,0,_))}else H|=z.COLOR_BUFFER_BIT}O&&(H|=z.DEPTH_BUFFER_BIT,this.state.buffers.depth.setMask(!0)),Y&&(H|=z.STENCIL_BUFFER_BIT,this.state.buffers.stencil.setMask(4294967295)),H!==0&&z.clear(H)},this.clearColor=function(){this.clear(!0,!1,!1)},this.clearDepth=function(){this.clear(!1,!0,!1)},this.clearStencil=function(){this.clear(!1,!1,!0)},this.setNodesHandler=function(T){T.setRenderer(this),C=T},this.dispose=function(){t.removeEventListener("webglcontextlost",Te,!1),t.removeEventListener("webglcontextrestored",Oe,!1),t.removeEventListener("webglcontextcreationerror",ge,!1),U.dispose(),de.dispose(),J.dispose(),Fe.dispose(),Ce.dispose(),F.dispose(),re.dispose(),W.dispose(),le.dispose(),Ee.dispose(),te.dispose(),se.dispose(),se.removeEventListener("sessionstart",uh),se.removeEventListener("sessionend",hh),di.stop()};function Te(T){T.preventDefault(),Oc("WebGLRenderer: Context Lost."),R=!0}function Oe(){Oc("WebGLRenderer: Context Restored."),R=!1;let T=xt.autoReset,O=ce.enabled,Y=ce.autoUpdate,H=ce.needsUpdate,X=ce.type;Be(),xt.autoReset=T,ce.enabled=O,ce.autoUpdate=Y,ce.needsUpdate=H,ce.type=X}function ge(T){Le("WebGLRenderer: A WebGL context could not be created. Reason: ",T.statusMessage)}function Ze(T){let O=T.target;O.removeEventListener("dispose",Ze),St(O)}function St(T){qn(T),Ce.remove(T)}function qn(T){let O=Ce.get(T).programs;O!==void 0&&(O.forEach(function(Y){te.releaseProgram(Y)}),T.isShaderMaterial&&te.releaseShaderCache(T))}this.renderBufferDirect=function(T,O,Y,H,X,fe){O===null&&(O=en);let _e=X.isMesh&&X.matrixWorld.determinantAffine()<0,he=dg(T,O,Y,H,X);pe.setMaterial(H,_e);let xe=Y.index,we=1;if(H.wireframe===!0){if(xe=W.getWireframeAttribute(Y),xe===void 0)return;we=2}let De=Y.drawRange,He=Y.attributes.position,Se=De.start*we,We=(De.start+De.count)*we;fe!==null&&(Se=Math.max(Se,fe.start*we),We=Math.min(We,(fe.start+fe.count)*we)),xe!==null?(Se=Math.max(Se,0),We=Math.min(We,xe.count)):He!=null&&(Se=Math.max(Se,0),We=Math.min(We,He.count));let mt=We-Se;if(mt<0||mt===1/0)return;le.setup(X,H,he,Y,xe);let tt,et=j;if(xe!==null&&(tt=M.get(xe),et=ue,et.setIndex(tt)),X.isMesh)H.wireframe===!0?(pe.setLineWidth(H.wireframeLinewidth*nn()),et.setMode(z.LINES)):et.setMode(z.TRIANGLES);else if(X.isLine){let It=H.linewidth;It===void 0&&(It=1),pe.setLineWidth(It*nn()),X.isLineSegments?et.setMode(z.LINES):X.isLineLoop?et.setMode(z.LINE_LOOP):et.setMode(z.LINE_STRIP)}else X.isPoints?et.setMode(z.POINTS):X.isSprite&&et.setMode(z.TRIANGLES);if(X.isBatchedMesh)if(st.get("WEBGL_multi_draw"))et.renderMultiDraw(X._multiDrawStarts,X._multiDrawCounts,X._multiDrawCount);else{let It=X._multiDrawStarts,Ae=X._multiDrawCounts,Ot=X._multiDrawCount,je=xe?M.get(xe).bytesPerElement:1,fi=Ce.get(H).currentProgram.getUniforms();for(let Pt=0;Pt<Ot;Pt++)fi.setValue(z,"_gl_DrawID",Pt),et.render(It[Pt]/je,Ae[Pt])}else if(X.isInstancedMesh)et.renderInstances(Se,mt,X.count);else if(Y.isInstancedBufferGeometry){let It=Y._maxInstanceCount!==void 0?Y._maxInstanceCount:1/0,Ae=Math.min(Y.instanceCount,It);et.renderInstances(Se,mt,Ae)}else et.render(Se,mt)};function ch(T,O,Y,H){C!==null&&T.isNodeMaterial&&C.setObject(H,T),yt===!0&&Q.setState(T,Y,!1),T.transparent===!0&&T.side===wn&&T.forceSinglePass===!1?(T.side=zt,T.needsUpdate=!0,Lr(T,O,H),T.side=ai,T.needsUpdate=!0,Lr(T,O,H),T.side=wn):Lr(T,O,H)}this.compile=function(T,O,Y=null){Y===null&&(Y=T),C!==null&&C.renderStart(T,O,Y),S=J.get(Y),S.init(O),A.push(S),Y.traverseVisible(function(X){X.isLight&&X.layers.test(O.layers)&&(S.pushLight(X),X.castShadow&&S.pushShadow(X))}),T!==Y&&T.traverseVisible(function(X){X.isLight&&X.layers.test(O.layers)&&(S.pushLight(X),X.castShadow&&S.pushShadow(X))}),S.setupLights(),C!==null&&C.updateLights(S.state.lightsArray),Vt=this.localClippingEnabled,yt=Q.init(this.clippingPlanes,Vt),yt===!0&&Q.setGlobalState(this.clippingPlanes,O),C!==null&&ce.render(S.state.shadowsArray,Y,O);let H=new Set;return T.traverse(function(X){if(!(X.isMesh||X.isPoints||X.isLine||X.isSprite))return;let fe=X.material;if(fe)if(Array.isArray(fe))for(let _e=0;_e<fe.length;_e++){let he=fe[_e];ch(he,Y,O,X),H.add(he)}else ch(fe,Y,O,X),H.add(fe)}),S=A.pop(),C!==null&&C.renderEnd(),H},this.compileAsync=function(T,O,Y=null){let H=this.compile(T,O,Y);return new Promise(X=>{function fe(){if(H.forEach(function(_e){let xe=Ce.get(_e).currentProgram;(xe===void 0||xe.isReady())&&H.delete(_e)}),H.size===0){X(T);return}setTimeout(fe,10)}st.get("KHR_parallel_shader_compile")!==null?fe():setTimeout(fe,10)})};let Pl=null;function ug(T){Pl&&Pl(T)}function uh(){di.stop()}function hh(){di.start()}let di=new sf;di.setAnimationLoop(ug),typeof self<"u"&&di.setContext(self),this.setAnimationLoop=function(T){Pl=T,se.setAnimationLoop(T),T===null?di.stop():di.start()},se.addEventListener("sessionstart",uh),se.addEventListener("sessionend",hh),this.render=function(T,O){if(O!==void 0&&O.isCamera!==!0){Le("WebGLRenderer.render: camera is not an instance of THREE.Camera.");return}if(R===!0)return;C!==null&&C.renderStart(T,O);let Y=se.enabled===!0&&se.isPresenting===!0,H=N!==null&&(q===null||Y)&&N.begin(I,q);if(T.matrixWorldAutoUpdate===!0&&T.updateMatrixWorld(),O.parent===null&&O.matrixWorldAutoUpdate===!0&&O.updateMatrixWorld(),se.enabled===!0&&se.isPresenting===!0&&(N===null||N.isCompositing()===!1)&&(se.cameraAutoUpdate===!0&&se.updateCamera(O),O=se.getCamera()),T.isScene===!0&&T.onBeforeRender(I,T,O,q),S=J.get(T,A.length),S.init(O),S.state.textureUnits=Fe.getTextureUnits(),A.push(S),lt.multiplyMatrices(O.projectionMatrix,O.matrixWorldInverse),O.isArrayCamera?Et.setFromArrayCamera(O):Ve.setFromProjectionMatrix(lt,on,O.reversedDepth),Vt=this.localClippingEnabled,yt=Q.init(this.clippingPlanes,Vt),E=de.get(T,b.length),E.init(),b.push(E),this.info.render.frame++,se.enabled===!0&&se.isPresenting===!0){let _e=I.xr.getDepthSensingMesh();_e!==null&&Ll(_e,O,-1/0,I.sortObjects)}Ll(T,O,0,I.sortObjects),E.finish(),C!==null&&C.updateLights(S.state.lightsArray),I.sortObjects===!0&&E.sort(Ue,pt),tn=se.enabled===!1||se.isPresenting===!1||se.hasDepthSensing()===!1,tn&&U.addToRenderList(E,T),this.info.autoReset===!0&&this.info.reset(),yt===!0&&Q.beginShadows();let X=S.state.shadowsArray;if(ce.render(X,T,O),yt===!0&&Q.endShadows(),(H&&N.hasRenderPass())===!1){let _e=E.opaque,he=E.transmissive;if(S.setupLights(),O.isArrayCamera){let xe=O.cameras;if(he.length>0)for(let we=0,De=xe.length;we<De;we++){let He=xe[we];fh(_e,he,T,He)}tn&&U.render(T);for(let we=0,De=xe.length;we<De;we++){let He=xe[we];dh(E,T,He,He.viewport)}}else he.length>0&&fh(_e,he,T,O),tn&&U.render(T),dh(E,T,O)}q!==null&&G===0&&(Fe.updateMultisampleRenderTarget(q),Fe.updateRenderTargetMipmap(q)),H&&N.end(I),T.isScene===!0&&T.onAfterRender(I,T,O),le.resetDefaultState(),V=-1,K=null,A.pop(),A.length>0?(S=A[A.length-1],Fe.setTextureUnits(S.state.textureUnits),yt===!0&&Q.setGlobalState(I.clippingPlanes,S.state.camera)):S=null,b.pop(),b.length>0?E=b[b.length-1]:E=null,C!==null&&C.renderEnd()};function Ll(T,O,Y,H){if(T.visible===!1)return;if(T.layers.test(O.layers)){if(T.isGroup)Y=T.renderOrder;else if(T.isLOD)T.autoUpdate===!0&&T.update(O);else if(T.isLight)S.pushLight(T),T.castShadow&&S.pushShadow(T);else if(T.isSprite){let _e=O.isArrayCamera?Et:Ve;if(!T.frustumCulled||T.intersectsFrustum(_e)){H&&_t.setFromMatrixPosition(T.matrixWorld).applyMatrix4(lt);let he=re.update(T),xe=T.material;xe.visible&&E.push(T,he,xe,Y,_t.z,null,O)}}else if(T.isMesh||T.isLine||T.isPoints){let _e=O.isArrayCamera?Et:Ve;if(!T.frustumCulled||T.intersectsFrustum(_e)){let he=re.update(T),xe=T.material;if(H&&(T.boundingSphere!==void 0?(T.boundingSphere===null&&T.computeBoundingSphere(),_t.copy(T.boundingSphere.center)):(he.boundingSphere===null&&he.computeBoundingSphere(),_t.copy(he.boundingSphere.center)),_t.applyMatrix4(T.matrixWorld).applyMatrix4(lt)),Array.isArray(xe)){let we=he.groups;for(let De=0,He=we.length;De<He;De++){let Se=we[De],We=xe[Se.materialIndex];We&&We.visible&&E.push(T,he,We,Y,_t.z,Se,O)}}else xe.visible&&E.push(T,he,xe,Y,_t.z,null,O)}}}let fe=T.children;for(let _e=0,he=fe.length;_e<he;_e++)Ll(fe[_e],O,Y,H)}function dh(T,O,Y,H){let{opaque:X,transmissive:fe,transparent:_e}=T;S.setupLightsView(Y),yt===!0&&Q.setGlobalState(I.clippingPlanes,Y),H&&pe.viewport(ne.copy(H)),X.length>0&&Ds(X,O,Y),fe.length>0&&Ds(fe,O,Y),_e.length>0&&Ds(_e,O,Y),pe.buffers.depth.setTest(!0),pe.buffers.depth.setMask(!0),pe.buffers.color.setMask(!0),pe.setPolygonOffset(!1)}function fh(T,O,Y,H){if((Y.isScene===!0?Y.overrideMaterial:null)!==null)return;if(S.state.transmissionRenderTarget[H.id]===void 0){let Se=st.has("EXT_color_buffer_half_float")||st.has("EXT_color_buffer_float");S.state.transmissionRenderTarget[H.id]=new kt(1,1,{generateMipmaps:!0,type:Se?gn:Kt,minFilter:zn,samples:Math.max(4,ot.samples),stencilBuffer:s,resolveDepthBuffer:!1,resolveStencilBuffer:!1,storeMultisampledDepthBuffer:!1,storeMultisampledStencilBuffer:!1,colorSpace:Xe.workingColorSpace})}let fe=S.state.transmissionRenderTarget[H.id],_e=H.viewport||ne;fe.setSize(_e.z*I.transmissionResolutionScale,_e.w*I.transmissionResolutionScale);let he=I.getRenderTarget(),xe=I.getActiveCubeFace(),we=I.getActiveMipmapLevel();I.setRenderTarget(fe),I.getClearColor(Z),ie=I.getClearAlpha(),ie<1&&I.setClearColor(16777215,.5),I.clear(),tn&&U.render(Y);let De=I.toneMapping;I.toneMapping=Mn;let He=H.viewport;if(H.viewport!==void 0&&(H.viewport=void 0),S.setupLightsView(H),yt===!0&&Q.setGlobalState(I.clippingPlanes,H),Ds(T,Y,H),Fe.updateMultisampleRenderTarget(fe),Fe.updateRenderTargetMipmap(fe),st.has("WEBGL_multisampled_render_to_texture")===!1){let Se=!1;for(let We=0,mt=O.length;We<mt;We++){let tt=O[We],{object:et,geometry:It,material:Ae,group:Ot}=tt;if(Ae.side===wn&&et.layers.test(H.layers)){let je=Ae.side;Ae.side=zt,Ae.needsUpdate=!0,ph(et,Y,H,It,Ae,Ot),Ae.side=je,Ae.needsUpdate=!0,Se=!0}}Se===!0&&(Fe.updateMultisampleRenderTarget(fe),Fe.updateRenderTargetMipmap(fe))}I.setRenderTarget(he,xe,we),I.setClearColor(Z,ie),He!==void 0&&(H.viewport=He),I.toneMapping=De}function Ds(T,O,Y){let H=O.isScene===!0?O.overrideMaterial:null;for(let X=0,fe=T.length;X<fe;X++){let _e=T[X],{object:he,geometry:xe,group:we}=_e,De=_e.material;De.allowOverride===!0&&H!==null&&(De=H),he.layers.test(Y.layers)&&ph(he,O,Y,xe,De,we)}}function ph(T,O,Y,H,X,fe){C!==null&&X.isNodeMaterial&&C.setObject(T,X),T.onBeforeRender(I,O,Y,H,X,fe),T.modelViewMatrix.multiplyMatrices(Y.matrixWorldInverse,T.matrixWorld),T.normalMatrix.getNormalMatrix(T.modelViewMatrix),X.onBeforeRender(I,O,Y,H,T,fe),X.transparent===!0&&X.side===wn&&X.forceSinglePass===!1?(X.side=zt,X.needsUpdate=!0,I.renderBufferDirect(Y,O,H,X,T,fe),X.side=ai,X.needsUpdate=!0,I.renderBufferDirect(Y,O,H,X,T,fe),X.side=wn):I.renderBufferDirect(Y,O,H,X,T,fe),T.onAfterRender(I,O,Y,H,X,fe)}function mh(T){let O=0;for(let Y of T)Y.texture!==null&&O++;return O}function Lr(T,O,Y){O.isScene!==!0&&(O=en);let H=Ce.get(T),X=S.state.lights,fe=S.state.shadowsArray,_e=X.state.version,he=te.getParameters(T,X.state,fe,O,Y,S.state.lightProbeGridArray),xe=te.getProgramCacheKey(he),we=H.programs;H.environment=T.isMeshStandardMaterial||T.isMeshLambertMaterial||T.isMeshPhongMaterial?O.environment:null,H.fog=O.fog;let De=T.isMeshStandardMaterial||T.isMeshLambertMaterial&&!T.envMap||T.isMeshPhongMaterial&&!T.envMap;H.envMap=F.get(T.envMap||H.environment,De),H.envMapRotation=H.environment!==null&&T.envMap===null?O.environmentRotation:T.envMapRotation,we===void 0&&(T.addEventListener("dispose",Ze),we=new Map,H.programs=we,H.programVariants=new Map);let He=we.get(xe);if(He!==void 0){if(H.currentProgram===He&&H.lightsStateVersion===_e)return yh(T,he),He}else he.uniforms=te.getUniforms(T),C!==null&&T.isNodeMaterial&&C.build(T,Y,he),T.onBeforeCompile(he,I),He=te.acquireProgram(he,xe),we.set(xe,He),H.uniforms=he.uniforms;let Se=H.uniforms;return(!T.isShaderMaterial&&!T.isRawShaderMaterial||T.clipping===!0)&&(Se.clippingPlanes=Q.uniform),yh(T,he),H.needsLights=pg(T),H.lightsStateVersion=_e,H.needsLights&&(Se.ambientLightColor.value=X.state.ambient,Se.lightProbe.value=X.state.probe,Se.sunLights.value=X.state.sun,Se.sunLightShadows.value=X.state.sunShadow,Se.directionalLights.value=X.state.directional,Se.directionalLightShadows.value=X.state.directionalShadow,Se.spotLights.value=X.state.spot,Se.spotLightShadows.value=X.state.spotShadow,Se.rectAreaLights.value=X.state.rectArea,Se.ltc_1.value=X.state.rectAreaLTC1,Se.ltc_2.value=X.state.rectAreaLTC2,Se.pointLights.value=X.state.point,Se.pointLightShadows.value=X.state.pointShadow,Se.hemisphereLights.value=X.state.hemi,Se.sunShadowMatrix.value=X.state.sunShadowMatrix,Se.sunShadowCascade.value=X.state.sunShadowCascade,Se.directionalShadowMatrix.value=X.state.directionalShadowMatrix,Se.spotLightMatrix.value=X.state.spotLightMatrix,Se.spotLightMap.value=X.state.spotLightMap,Se.pointShadowMatrix.value=X.state.pointShadowMatrix),H.numLightProbeGrids=mh(S.state.lightProbeGridArray),H.currentProgram=He,H.uniformsList=null,He}function hg(T,O,Y,H,X){let fe=Ce.get(T),_e=fe.currentProgram.id+","+H+","+X,he=fe.programVariants.get(_e);return he===void 0?(he=Lr(T,O,Y),fe.programVariants.set(_e,he)):(fe.currentProgram=he,fe.uniformsList=null,fe.outputColorSpace=H,fe.toneMapping=X),he}function gh(T){if(T.uniformsList===null){let O=T.currentProgram.getUniforms();T.uniformsList=gr.seqWithValue(O.seq,T.uniforms)}return T.uniformsList}function yh(T,O){let Y=Ce.get(T);Y.outputColorSpace=O.outputColorSpace,Y.batching=O.batching,Y.batchingColor=O.batchingColor,Y.instancing=O.instancing,Y.instancingColor=O.instancingColor,Y.instancingMorph=O.instancingMorph,Y.skinning=O.skinning,Y.morphTargets=O.morphTargets,Y.morphNormals=O.morphNormals,Y.morphColors=O.morphColors,Y.morphTargetsCount=O.morphTargetsCount,Y.numClippingPlanes=O.numClippingPlanes,Y.numIntersection=O.numClipIntersection,Y.vertexAlphas=O.vertexAlphas,Y.vertexTangents=O.vertexTangents,Y.toneMapping=O.toneMapping}function dg(T,O,Y,H,X){O.isScene!==!0&&(O=en),Fe.resetTextureUnits();let fe=O.fog,_e=H.isMeshStandardMaterial||H.isMeshLambertMaterial||H.isMeshPhongMaterial?O.environment:null,he=q===null?I.outputColorSpace:q.isXRRenderTarget===!0?q.texture.colorSpace:Xe.workingColorSpace,xe=H.isMeshStandardMaterial||H.isMeshLambertMaterial&&!H.envMap||H.isMeshPhongMaterial&&!H.envMap,we=F.get(H.envMap||_e,xe),De=H.vertexColors===!0&&!!Y.attributes.color&&Y.attributes.color.itemSize===4,He=!!Y.attributes.tangent&&(!!H.normalMap||H.anisotropy>0),Se=!!Y.morphAttributes.position,We=!!Y.morphAttributes.normal,mt=!!Y.morphAttributes.color,tt=Mn;H.toneMapped&&(q===null||q.isXRRenderTarget===!0)&&(tt=I.toneMapping);let et=Y.morphAttributes.position||Y.morphAttributes.normal||Y.morphAttributes.color,It=et!==void 0?et.length:0,Ae=Ce.get(H),Ot=S.state.lights;if(yt===!0&&(Vt===!0||T!==K)){let ct=T===K&&H.id===V;Q.setState(H,T,ct)}let je=!1,fi=!1;H.version===Ae.__version?Ae.needsLights&&Ae.lightsStateVersion!==Ot.state.version||X.isBatchedMesh&&Ae.batching===!1||!X.isBatchedMesh&&Ae.batching===!0||X.isBatchedMesh&&Ae.batchingColor===!0&&X._colorsTexture===null||X.isBatchedMesh&&Ae.batchingColor===!1&&X._colorsTexture!==null||X.isInstancedMesh&&Ae.instancing===!1||!X.isInstancedMesh&&Ae.instancing===!0||X.isSkinnedMesh&&Ae.skinning===!1||!X.isSkinnedMesh&&Ae.skinning===!0||X.isInstancedMesh&&Ae.instancingColor===!0&&X.instanceColor===null||X.isInstancedMesh&&Ae.instancingColor===!1&&X.instanceColor!==null||X.isInstancedMesh&&Ae.instancingMorph===!0&&X.morphTexture===null||X.isInstancedMesh&&Ae.instancingMorph===!1&&X.morphTexture!==null||Ae.envMap!==we||H.fog===!0&&Ae.fog!==fe||Ae.numClippingPlanes!==void 0&&(Ae.numClippingPlanes!==Q.numPlanes||Ae.numIntersection!==Q.numIntersection)||Ae.vertexAlphas!==De||Ae.vertexTangents!==He||Ae.morphTargets!==Se||Ae.morphNormals!==We||Ae.morphColors!==mt||Ae.morphTargetsCount!==It||Ae.numLightProbeGrids!==mh(S.state.lightProbeGridArray)?je=!0:(Ae.outputColorSpace!==he||Ae.toneMapping!==tt)&&(fi=!0):(je=!0,Ae.__version=H.version);let Pt=Ae.currentProgram;(je===!0||fi===!0)&&(Pt=fi===!0?hg(H,O,X,he,tt):Lr(H,O,X),C&&H.isNodeMaterial&&C.onUpdateProgram(H,Pt,Ae));let Us=!1,Yn=!1,pi=!1,qe=Pt.getUniforms(),Tt=Ae.uniforms;if(pe.useProgram(Pt.program)&&(Us=!0,Yn=!0,pi=!0),H.id!==V&&(V=H.id,Yn=!0),Us||K!==T){pe.buffers.depth.getReversed()&&T.reversedDepth!==!0&&(T._reversedDepth=!0,T.updateProjectionMatrix()),qe.setValue(z,"projectionMatrix",T.projectionMatrix),qe.setValue(z,"viewMatrix",T.matrixWorldInverse);let At=qe.map.cameraPosition;At!==void 0&&At.setValue(z,xn.setFromMatrixPosition(T.matrixWorld)),ot.logarithmicDepthBuffer&&qe.setValue(z,"logDepthBufFC",2/(Math.log(T.far+1)/Math.LN2)),(H.isMeshPhongMaterial||H.isMeshToonMaterial||H.isMeshLambertMaterial||H.isMeshBasicMaterial||H.isMeshStandardMaterial||H.isShaderMaterial)&&qe.setValue(z,"isOrthographic",T.isOrthographicCamera===!0),K!==T&&(K=T,Yn=!0,pi=!0)}if(Ae.needsLights&&(Ot.state.sunShadowMap.length>0&&qe.setValue(z,"sunShadowMap",Ot.state.sunShadowMap,Fe),Ot.state.directionalShadowMap.length>0&&qe.setValue(z,"directionalShadowMap",Ot.state.directionalShadowMap,Fe),Ot.state.spotShadowMap.length>0&&qe.setValue(z,"spotShadowMap",Ot.state.spotShadowMap,Fe),Ot.state.pointShadowMap.length>0&&qe.setValue(z,"pointShadowMap",Ot.state.pointShadowMap,Fe)),X.isSkinnedMesh){qe.setOptional(z,X,"bindMatrix"),qe.setOptional(z,X,"bindMatrixInverse");let ct=X.skeleton;ct&&(ct.boneTexture===null&&ct.computeBoneTexture(),qe.setValue(z,"boneTexture",ct.boneTexture,Fe))}X.isBatchedMesh&&(qe.setOptional(z,X,"batchingTexture"),qe.setValue(z,"batchingTexture",X._matricesTexture,Fe),qe.setOptional(z,X,"batchingIdTexture"),qe.setValue(z,"batchingIdTexture",X._indirectTexture,Fe),qe.setOptional(z,X,"batchingColorTexture"),X._colorsTexture!==null&&qe.setValue(z,"batchingColorTexture",X._colorsTexture,Fe));let cn=Y.morphAttributes;if((cn.position!==void 0||cn.normal!==void 0||cn.color!==void 0)&&ee.update(X,Y,Pt),(Yn||Ae.receiveShadow!==X.receiveShadow)&&(Ae.receiveShadow=X.receiveShadow,qe.setValue(z,"receiveShadow",X.receiveShadow)),(H.isMeshStandardMaterial||H.isMeshLambertMaterial||H.isMeshPhongMaterial)&&H.envMap===null&&O.environment!==null&&(Tt.envMapIntensity.value=O.environmentIntensity),Tt.dfgLUT!==void 0&&(Tt.dfgLUT.value=kv()),Yn){if(qe.setValue(z,"toneMappingExposure",I.toneMappingExposure),Ae.needsLights&&fg(Tt,pi),fe&&H.fog===!0&&ae.refreshFogUniforms(Tt,fe),ae.refreshMaterialUniforms(Tt,H,me,Me,S.state.transmissionRenderTarget[T.id]),Ae.needsLights&&Ae.numLightProbeGrids>0){let ct=v,At=0;for(let In of S.state.lightProbeGridArray)In.texture!==null&&(ct.textures[At]=In.texture,ct.min[At]=In.boundingBox.min,ct.max[At]=In.boundingBox.max,ct.resolution[At]=In.resolution,At++);for(let In in ct)ct[In].length=At;Tt.probesSH.value=ct.textures,Tt.probesMin.value=ct.min,Tt.probesMax.value=ct.max,Tt.probesResolution.value=ct.resolution}gr.upload(z,gh(Ae),Tt,Fe)}if(H.isShaderMaterial&&H.uniformsNeedUpdate===!0&&(gr.upload(z,gh(Ae),Tt,Fe),H.uniformsNeedUpdate=!1),H.isSpriteMaterial&&qe.setValue(z,"center",X.center),qe.setValue(z,"modelViewMatrix",X.modelViewMatrix),qe.setValue(z,"normalMatrix",X.normalMatrix),qe.setValue(z,"modelMatrix",X.matrixWorld),H.uniformsGroups!==void 0){let ct=H.uniformsGroups;for(let At=0,In=ct.length;At<In;At++){let bh=ct[At];Ee.update(bh,Pt),Ee.bind(bh,Pt)}}return Pt}function fg(T,O){T.ambientLightColor.needsUpdate=O,T.lightProbe.needsUpdate=O,T.sunLights.needsUpdate=O,T.sunLightShadows.needsUpdate=O,T.directionalLights.needsUpdate=O,T.directionalLightShadows.needsUpdate=O,T.pointLights.needsUpdate=O,T.pointLightShadows.needsUpdate=O,T.spotLights.needsUpdate=O,T.spotLightShadows.needsUpdate=O,T.rectAreaLights.needsUpdate=O,T.hemisphereLights.needsUpdate=O}function pg(T){return T.isMeshLambertMaterial||T.isMeshToonMaterial||T.isMeshPhongMaterial||T.isMeshStandardMaterial||T.isShadowMaterial||T.isShaderMaterial&&T.lights===!0}this.getActiveCubeFace=function(){return k},this.getActiveMipmapLevel=function(){return G},this.getRenderTarget=function(){return q},this.setRenderTargetTextures=function(T,O,Y){let H=Ce.get(T);H.__autoAllocateDepthBuffer=T.resolveDepthBuffer===!1,H.__autoAllocateDepthBuffer===!1&&(H.__useRenderToTexture=!1),Ce.get(T.texture).__webglTexture=O,Ce.get(T.depthTexture).__webglTexture=H.__autoAllocateDepthBuffer?void 0:Y,H.__hasExternalTextures=!0},this.setRenderTargetFramebuffer=function(T,O){let Y=Ce.get(T);Y.__webglFramebuffer=O,Y.__useDefaultFramebuffer=O===void 0},this.setRenderTarget=function(T,O=0,Y=0){q=T,k=O,G=Y;let H=null,X=!1,fe=!1;if(T){let he=Ce.get(T);if(he.__useDefaultFramebuffer!==void 0){pe.bindFramebuffer(z.FRAMEBUFFER,he.__webglFramebuffer),ne.copy(T.viewport),ve.copy(T.scissor),Pe=T.scissorTest,pe.viewport(ne),pe.scissor(ve),pe.setScissorTest(Pe),V=-1;return}else if(he.__webglFramebuffer===void 0)Fe.setupRenderTarget(T);else if(he.__hasExternalTextures)Fe.rebindTextures(T,Ce.get(T.texture).__webglTexture,Ce.get(T.depthTexture).__webglTexture);else if(T.depthBuffer){let De=T.depthTexture;if(he.__boundDepthTexture!==De){if(De!==null&&Ce.has(De)&&(T.width!==De.image.width||T.height!==De.image.height))throw new Error("THREE.WebGLRenderer: Attached DepthTexture is initialized to the incorrect size.");Fe.setupDepthRenderbuffer(T)}}let xe=T.texture;(xe.isData3DTexture||xe.isDataArrayTexture||xe.isCompressedArrayTexture)&&(fe=!0);let we=Ce.get(T).__webglFramebuffer;T.isWebGLCubeRenderTarget?(Array.isArray(we[O])?H=we[O][Y]:H=we[O],X=!0):T.samples>0&&Fe.useMultisampledRTT(T)===!1?H=Ce.get(T).__webglMultisampledFramebuffer:Array.isArray(we)?H=we[Y]:H=we,ne.copy(T.viewport),ve.copy(T.scissor),Pe=T.scissorTest}else ne.copy(Ie).multiplyScalar(me).floor(),ve.copy(Je).multiplyScalar(me).floor(),Pe=Qe;if(Y!==0&&(H=D),pe.bindFramebuffer(z.FRAMEBUFFER,H)&&pe.drawBuffers(T,H),pe.viewport(ne),pe.scissor(ve),pe.setScissorTest(Pe),X){let he=Ce.get(T.texture);z.framebufferTexture2D(z.FRAMEBUFFER,z.COLOR_ATTACHMENT0,z.TEXTURE_CUBE_MAP_POSITIVE_X+O,he.__webglTexture,Y)}else if(fe){let he=O;for(let xe=0;xe<T.textures.length;xe++){let we=Ce.get(T.textures[xe]);z.framebufferTextureLayer(z.FRAMEBUFFER,z.COLOR_ATTACHMENT0+xe,we.__webglTexture,Y,he)}}else if(T!==null&&Y!==0){let he=Ce.get(T.texture);z.framebufferTexture2D(z.FRAMEBUFFER,z.COLOR_ATTACHMENT0,z.TEXTURE_2D,he.__webglTexture,Y)}V=-1};function xh(T){let O=Ce.get(T);return(O.__readFormat!==T.format||O.__readType!==T.type)&&(O.__readFormat=T.format,O.__readType=T.type,O.__formatReadable=ot.textureFormatReadable(T.format),O.__typeReadable=ot.textureTypeReadable(T.type)),O}this.readRenderTargetPixels=function(T,O,Y,H,X,fe,_e,he=0){if(!(T&&T.isWebGLRenderTarget)){Le("WebGLRenderer.readRenderTargetPixels: renderTarget is not THREE.WebGLRenderTarget.");return}let xe=Ce.get(T).__webglFramebuffer;if(T.isWebGLCubeRenderTarget&&_e!==void 0&&(xe=xe[_e],Array.isArray(xe)&&(xe=xe[0])),xe){pe.bindFramebuffer(z.FRAMEBUFFER,xe);try{let we=T.textures[he],De=we.format,He=we.type;T.textures.length>1&&z.readBuffer(z.COLOR_ATTACHMENT0+he);let Se=xh(we);if(Se.__formatReadable===!1){Le("WebGLRenderer.readRenderTargetPixels: renderTarget is not in RGBA or implementation defined format.");return}if(Se.__typeReadable===!1){Le("WebGLRenderer.readRenderTargetPixels: renderTarget is not in UnsignedByteType or implementation defined type.");return}O>=0&&O<=T.width-H&&Y>=0&&Y<=T.height-X&&z.readPixels(O,Y,H,X,oe.convert(De),oe.convert(He),fe)}finally{let we=q!==null?Ce.get(q).__webglFramebuffer:null;pe.bindFramebuffer(z.FRAMEBUFFER,we)}}},this.readRenderTargetPixelsAsync=async function(T,O,Y,H,X,fe,_e,he=0){if(!(T&&T.isWebGLRenderTarget))throw new Error("THREE.WebGLRenderer.readRenderTargetPixels: renderTarget is not THREE.WebGLRenderTarget.");let xe=Ce.get(T).__webglFramebuffer;if(T.isWebGLCubeRenderTarget&&_e!==void 0&&(xe=xe[_e],Array.isArray(xe)&&(xe=xe[0])),xe)if(O>=0&&O<=T.width-H&&Y>=0&&Y<=T.height-X){pe.bindFramebuffer(z.FRAMEBUFFER,xe);let we=T.textures[he],De=we.format,He=we.type;T.textures.length>1&&z.readBuffer(z.COLOR_ATTACHMENT0+he);let Se=xh(we);if(Se.__formatReadable===!1)throw new Error("THREE.WebGLRenderer.readRenderTargetPixelsAsync: renderTarget is not in RGBA or implementation defined format.");if(Se.__typeReadable===!1)throw new Error("THREE.WebGLRenderer.readRenderTargetPixelsAsync: renderTarget is not in UnsignedByteType or implementation defined type.");let We=z.createBuffer();z.bindBuffer(z.PIXEL_PACK_BUFFER,We),z.bufferData(z.PIXEL_PACK_BUFFER,fe.byteLength,z.STREAM_READ),z.readPixels(O,Y,H,X,oe.convert(De),oe.convert(He),0),z.bindBuffer(z.PIXEL_PACK_BUFFER,null);let mt=q!==null?Ce.get(q).__webglFramebuffer:null;pe.bindFramebuffer(z.FRAMEBUFFER,mt);let tt=z.fenceSync(z.SYNC_GPU_COMMANDS_COMPLETE,0);return z.flush(),await Id(z,tt,4),z.bindBuffer(z.PIXEL_PACK_BUFFER,We),z.getBufferSubData(z.PIXEL_PACK_BUFFER,0,fe),z.bindBuffer(z.PIXEL_PACK_BUFFER,null),z.deleteBuffer(We),z.deleteSync(tt),fe}else throw new Error("THREE.WebGLRenderer.readRenderTargetPixelsAsync: requested read bounds are out of range.")},this.copyFramebufferToTexture=function(T,O=null,Y=0){let H=Math.pow(2,-Y),X=Math.floor(T.image.width*H),fe=Math.floor(T.image.height*H),_e=O!==null?O.x:0,he=O!==null?O.y:0;Fe.setTexture2D(T,0),z.copyTexSubImage2D(z.TEXTURE_2D,Y,0,0,_e,he,X,fe),pe.unbindTexture()},this.copyTextureToTexture=function(T,O,Y=null,H=null,X=0,fe=0){let _e,he,xe,we,De,He,Se,We,mt,tt=T.isCompressedTexture?T.mipmaps[fe]:T.image;if(Y!==null)_e=Y.max.x-Y.min.x,he=Y.max.y-Y.min.y,xe=Y.isBox3?Y.max.z-Y.min.z:1,we=Y.min.x,De=Y.min.y,He=Y.isBox3?Y.min.z:0;else{let qe=Math.pow(2,-X);_e=Math.floor(tt.width*qe),he=Math.floor(tt.height*qe),T.isDataArrayTexture?xe=tt.depth:T.isData3DTexture?xe=Math.floor(tt.depth*qe):xe=1,we=0,De=0,He=0}H!==null?(Se=H.x,We=H.y,mt=H.z):(Se=0,We=0,mt=0);let et=oe.convert(O.format),It=oe.convert(O.type),Ae;O.isData3DTexture?(Fe.setTexture3D(O,0),Ae=z.TEXTURE_3D):O.isDataArrayTexture||O.isCompressedArrayTexture?(Fe.setTexture2DArray(O,0),Ae=z.TEXTURE_2D_ARRAY):(Fe.setTexture2D(O,0),Ae=z.TEXTURE_2D),pe.activeTexture(z.TEXTURE0),pe.pixelStorei(z.UNPACK_FLIP_Y_WEBGL,O.flipY),pe.pixelStorei(z.UNPACK_PREMULTIPLY_ALPHA_WEBGL,O.premultiplyAlpha),pe.pixelStorei(z.UNPACK_ALIGNMENT,O.unpackAlignment);let Ot=pe.getParameter(z.UNPACK_ROW_LENGTH),je=pe.getParameter(z.UNPACK_IMAGE_HEIGHT),fi=pe.getParameter(z.UNPACK_SKIP_PIXELS),Pt=pe.getParameter(z.UNPACK_SKIP_ROWS),Us=pe.getParameter(z.UNPACK_SKIP_IMAGES);pe.pixelStorei(z.UNPACK_ROW_LENGTH,tt.width),pe.pixelStorei(z.UNPACK_IMAGE_HEIGHT,tt.height),pe.pixelStorei(z.UNPACK_SKIP_PIXELS,we),pe.pixelStorei(z.UNPACK_SKIP_ROWS,De),pe.pixelStorei(z.UNPACK_SKIP_IMAGES,He);let Yn=T.isDataArrayTexture||T.isData3DTexture,pi=O.isDataArrayTexture||O.isData3DTexture;if(T.isDepthTexture){let qe=Ce.get(T),Tt=Ce.get(O),cn=Ce.get(qe.__renderTarget),ct=Ce.get(Tt.__renderTarget);pe.bindFramebuffer(z.READ_FRAMEBUFFER,cn.__webglFramebuffer),pe.bindFramebuffer(z.DRAW_FRAMEBUFFER,ct.__webglFramebuffer);for(let At=0;At<xe;At++)Yn&&(z.framebufferTextureLayer(z.READ_FRAMEBUFFER,z.COLOR_ATTACHMENT0,Ce.get(T).__webglTexture,X,He+At),z.framebufferTextureLayer(z.DRAW_FRAMEBUFFER,z.COLOR_ATTACHMENT0,Ce.get(O).__webglTexture,fe,mt+At)),z.blitFramebuffer(we,De,we+_e,De+he,Se,We,Se+_e,We+he,z.DEPTH_BUFFER_BIT,z.NEAREST);pe.bindFramebuffer(z.READ_FRAMEBUFFER,null),pe.bindFramebuffer(z.DRAW_FRAMEBUFFER,null)}else if(X!==0||T.isRenderTargetTexture||Ce.has(T)){let qe=Ce.get(T),Tt=Ce.get(O);pe.bindFramebuffer(z.READ_FRAMEBUFFER,L),pe.bindFramebuffer(z.DRAW_FRAMEBUFFER,B);for(let cn=0;cn<xe;cn++)Yn?z.framebufferTextureLayer(z.READ_FRAMEBUFFER,z.COLOR_ATTACHMENT0,qe.__webglTexture,X,He+cn):z.framebufferTexture2D(z.READ_FRAMEBUFFER,z.COLOR_ATTACHMENT0,z.TEXTURE_2D,qe.__webglTexture,X),pi?z.framebufferTextureLayer(z.DRAW_FRAMEBUFFER,z.COLOR_ATTACHMENT0,Tt.__webglTexture,fe,mt+cn):z.framebufferTexture2D(z.DRAW_FRAMEBUFFER,z.COLOR_ATTACHMENT0,z.TEXTURE_2D,Tt.__webglTexture,fe),X!==0?z.blitFramebuffer(we,De,we+_e,De+he,Se,We,Se+_e,We+he,z.COLOR_BUFFER_BIT,z.NEAREST):pi?z.copyTexSubImage3D(Ae,fe,Se,We,mt+cn,we,De,_e,he):z.copyTexSubImage2D(Ae,fe,Se,We,we,De,_e,he);pe.bindFramebuffer(z.READ_FRAMEBUFFER,null),pe.bindFramebuffer(z.DRAW_FRAMEBUFFER,null)}else pi?T.isDataTexture||T.isData3DTexture?z.texSubImage3D(Ae,fe,Se,We,mt,_e,he,xe,et,It,tt.data):O.isCompressedArrayTexture?z.compressedTexSubImage3D(Ae,fe,Se,We,mt,_e,he,xe,et,tt.data):z.texSubImage3D(Ae,fe,Se,We,mt,_e,he,xe,et,It,tt):T.isDataTexture?z.texSubImage2D(z.TEXTURE_2D,fe,Se,We,_e,he,et,It,tt.data):T.isCompressedTexture?z.compressedTexSubImage2D(z.TEXTURE_2D,fe,Se,We,tt.width,tt.height,et,tt.data):z.texSubImage2D(z.TEXTURE_2D,fe,Se,We,_e,he,et,It,tt);pe.pixelStorei(z.UNPACK_ROW_LENGTH,Ot),pe.pixelStorei(z.UNPACK_IMAGE_HEIGHT,je),pe.pixelStorei(z.UNPACK_SKIP_PIXELS,fi),pe.pixelStorei(z.UNPACK_SKIP_ROWS,Pt),pe.pixelStorei(z.UNPACK_SKIP_IMAGES,Us),fe===0&&O.generateMipmaps===!0&&O.mipmapsAutoUpdate===!0&&z.generateMipmap(Ae),pe.unbindTexture()},this.initRenderTarget=function(T){Ce.get(T).__webglFramebuffer===void 0&&Fe.setupRenderTarget(T)},this.initTexture=function(T){T.isCubeTexture?Fe.setTextureCube(T,0):T.isData3DTexture?Fe.setTexture3D(T,0):T.isDataArrayTexture||T.isCompressedArrayTexture?Fe.setTexture2DArray(T,0):Fe.setTexture2D(T,0),pe.unbindTexture()},this.resetState=function(){k=0,G=0,q=null,pe.reset(),le.reset()},typeof __THREE_DEVTOOLS__<"u"&&__THREE_DEVTOOLS__.dispatchEvent(new CustomEvent("observe",{detail:this}))}get coordinateSystem(){return on}get outputColorSpace(){return this._outputColorSpace}set outputColorSpace(e){this._outputColorSpace=e;let t=this.getContext();t.drawingBufferColorSpace=Xe._getDrawingBufferColorSpace(e),t.unpackColorSpace=Xe._getUnpackColorSpace()}};var gf={cx:0,cy:0,zoom:1},yf=()=>({theta:.6,phi:1.1,distance:3,target:new $}),Oa=class{constructor(e,t){w(this,"el",e);w(this,"onChange",t);w(this,"ortho",new ur(-1,1,1,-1,-100,100));w(this,"persp",new Bt(45,1,.01,100));w(this,"is3d",!1);w(this,"v2",{...gf});w(this,"v3",yf());w(this,"width",1);w(this,"height",1);w(this,"drag",null);w(this,"touches",new Map);w(this,"pinch",null);w(this,"moved",!1);w(this,"onMotion",null);w(this,"onDown",e=>{if(e.pointerType==="touch"&&(this.touches.set(e.pointerId,{x:e.clientX,y:e.clientY}),this.touches.size===2)){this.drag=null,this.moved=!0,this.pinch=this.pinchState();return}if(this.drag)return;let t=this.is3d&&e.button===0&&!e.shiftKey;this.drag={x:e.clientX,y:e.clientY,mode:t?"rotate":"pan",id:e.pointerId},this.moved=!1;try{this.el.setPointerCapture?.(e.pointerId)}catch{}});w(this,"onMove",e=>{if(this.touches.has(e.pointerId)&&this.touches.set(e.pointerId,{x:e.clientX,y:e.clientY}),this.pinch&&this.touches.size===2){let r=this.pinchState(),s=this.el.getBoundingClientRect();this.pan(r.mx-this.pinch.mx,this.is3d?0:r.my-this.pinch.my),this.pinch.dist>0&&r.dist>0&&this.zoom(r.dist/this.pinch.dist,r.mx-s.left,r.my-s.top),this.pinch=r;return}if(!this.drag||e.pointerId!==this.drag.id)return;let t=e.clientX-this.drag.x,n=e.clientY-this.drag.y;!this.moved&&Math.hypot(t,n)<3||(this.moved=!0,this.drag.x=e.clientX,this.drag.y=e.clientY,this.drag.mode==="rotate"?this.rotate(t,n):this.pan(t,n))});w(this,"onUp",e=>{this.touches.delete(e.pointerId),this.touches.size<2&&(this.pinch=null),this.drag&&e.pointerId===this.drag.id&&(this.drag=null)});w(this,"onKey",e=>{let t=e.shiftKey?120:40,n=(r,s)=>this.is3d?this.rotate(r,s):this.pan(r,s);switch(e.key){case"ArrowLeft":n(t,0);break;case"ArrowRight":n(-t,0);break;case"ArrowUp":n(0,t);break;case"ArrowDown":n(0,-t);break;case"+":case"=":this.zoom(1.25);break;case"-":case"_":this.zoom(.8);break;default:return}e.preventDefault()});w(this,"onWheel",e=>{e.preventDefault();let t=e.deltaMode===1?16:e.deltaMode===2?this.height:1,n=e.deltaX*t,r=e.deltaY*t,s=this.el.getBoundingClientRect(),o=e.clientX-s.left,a=e.clientY-s.top;if(e.ctrlKey){this.zoom(Math.exp(-r*.01),o,a);return}if(Math.abs(n)>Math.abs(r)){this.is3d?this.rotate(-n,0):this.pan(-n,0);return}this.zoom(Math.exp(-r*.0015),o,a)});e.addEventListener("pointerdown",this.onDown),e.addEventListener("pointermove",this.onMove),e.addEventListener("pointerup",this.onUp),e.addEventListener("pointercancel",this.onUp),e.addEventListener("wheel",this.onWheel,{passive:!1}),e.addEventListener("dblclick",()=>this.reset()),e.addEventListener("contextmenu",n=>n.preventDefault()),e.addEventListener("keydown",this.onKey),e.tabIndex<0&&(e.tabIndex=0),this.update()}get camera(){return this.is3d?this.persp:this.ortho}get dragging(){return this.drag!==null||this.pinch!==null}get halfHeight(){return 1.12/this.v2.zoom}get zoomScale(){let e=this.is3d?3.6/this.v3.distance:this.v2.zoom;return Math.min(6,Math.max(.5,Math.sqrt(e)))}setSize(e,t){this.width=Math.max(1,e),this.height=Math.max(1,t),this.update()}set3d(e){this.is3d=e,this.update()}reset(){this.v2={...gf},this.v3=yf(),this.update()}update(){let e=this.width/this.height,t=this.halfHeight,n=e<1?1/e:1,r=this.ortho;r.left=this.v2.cx-t*e*n,r.right=this.v2.cx+t*e*n,r.top=this.v2.cy+t*n,r.bottom=this.v2.cy-t*n,r.position.set(0,0,10),r.lookAt(0,0,0),r.updateProjectionMatrix(),r.updateMatrixWorld();let s=this.persp;s.aspect=e;let{theta:o,phi:a,distance:l,target:c}=this.v3;s.position.set(c.x+l*Math.sin(a)*Math.sin(o),c.y+l*Math.cos(a),c.z+l*Math.sin(a)*Math.cos(o)),s.up.set(0,1,0),s.lookAt(c),s.updateProjectionMatrix(),s.updateMatrixWorld(),this.onChange()}get worldPerPx(){return(this.ortho.top-this.ortho.bottom)/this.height}pan(e,t){if(this.onMotion?.(),this.is3d){let n=2*this.v3.distance*Math.tan(this.persp.fov*Math.PI/360)/this.height,r=new $().setFromMatrixColumn(this.persp.matrixWorld,0),s=new $().setFromMatrixColumn(this.persp.matrixWorld,1);this.v3.target.addScaledVector(r,-e*n).addScaledVector(s,t*n)}else{let n=this.worldPerPx;this.v2.cx-=e*n,this.v2.cy+=t*n}this.update()}rotate(e,t){this.onMotion?.(),this.v3.theta-=e*.008,this.v3.phi=Math.min(Math.PI-.05,Math.max(.05,this.v3.phi-t*.008)),this.update()}zoom(e,t=this.width/2,n=this.height/2){if(this.onMotion?.(),this.is3d)this.v3.distance=Math.min(50,Math.max(.02,this.v3.distance/e));else{let r=this.ortho,s=r.left+t/this.width*(r.right-r.left),o=r.top-n/this.height*(r.top-r.bottom),a=Math.min(5e3,Math.max(.05,this.v2.zoom*e)),l=this.v2.zoom/a;this.v2.cx=s+(this.v2.cx-s)*l,this.v2.cy=o+(this.v2.cy-o)*l,this.v2.zoom=a}this.update()}pinchState(){let[e,t]=[...this.touches.values()];return{dist:Math.hypot(e.x-t.x,e.y-t.y),mx:(e.x+t.x)/2,my:(e.y+t.y)/2}}};var Ba=class{constructor(e,t=()=>performance.now()){w(this,"on",e);w(this,"now",t);w(this,"moving",!1);w(this,"timer",null);w(this,"last",0)}poke(){this.moving||this.on.start?.(),this.moving=!0,this.last=this.now(),this.timer===null&&this.arm(200)}arm(e){this.timer=setTimeout(()=>{this.timer=null;let t=(this.on.held?.()?600:200)-(this.now()-this.last);if(t>0){this.arm(t);return}this.moving=!1,this.on.settle()},e)}};function za(i,e,t,n,r,s){let o=s?.x??new Float32Array(e),a=s?.y??new Float32Array(e),l=s?.z??new Float32Array(e),c=t[0],u=t[1],h=t[2],d=t[3],f=t[4],m=t[5],y=t[6],g=t[7],p=t[8],x=t[9],_=t[10],v=t[11],E=t[12],S=t[13],b=t[14],A=t[15],N=n/2,I=r/2;for(let R=0,C=0;R<e;R++,C+=3){let D=i[C],L=i[C+1],B=i[C+2],k=d*D+g*L+v*B+A,G=h*D+y*L+_*B+b;if(!(k>0)||G<-k||G>k){o[R]=NaN,a[R]=NaN,l[R]=1/0;continue}let q=1/k;o[R]=(c*D+f*L+p*B+E)*q*N+N,a[R]=I-(u*D+m*L+x*B+S)*q*I,l[R]=G*q}return{x:o,y:a,z:l}}var ru=class{constructor(e,t,n,r,s,o=16){w(this,"sx",e);w(this,"sy",t);w(this,"sz",n);w(this,"cell",o);w(this,"cellStart",new Int32Array(1));w(this,"items",new Int32Array(0));w(this,"cellOf",new Int32Array(0));w(this,"cols",1);w(this,"rows",1);this.rebuild(e,t,n,r,s)}rebuild(e,t,n,r,s){this.sx=e,this.sy=t,this.sz=n;let o=this.cols=Math.max(1,Math.ceil(r/this.cell)),a=this.rows=Math.max(1,Math.ceil(s/this.cell)),l=o*a,c=e.length,u=1/this.cell;this.cellStart.length!==l+1?this.cellStart=new Int32Array(l+1):this.cellStart.fill(0),this.cellOf.length<c&&(this.cellOf=new Int32Array(c),this.items=new Int32Array(c));let h=this.cellStart,d=this.cellOf;for(let y=0;y<c;y++){let g=e[y],p=t[y],x=-1;if(g>=0&&p>=0){let _=g*u|0,v=p*u|0;_<o&&v<a&&(x=v*o+_,h[x+1]++)}d[y]=x}for(let y=0;y<l;y++)h[y+1]+=h[y];let f=h.slice(0,l),m=this.items;for(let y=0;y<c;y++){let g=d[y];g>=0&&(m[f[g]++]=y)}}nearest(e,t,n,r){let s=Math.ceil(n/this.cell),o=Math.floor(e/this.cell),a=Math.floor(t/this.cell),l=-1,c=n*n,u=1/0;for(let h=Math.max(0,a-s);h<=Math.min(this.rows-1,a+s);h++)for(let d=Math.max(0,o-s);d<=Math.min(this.cols-1,o+s);d++){let f=h*this.cols+d;for(let m=this.cellStart[f];m<this.cellStart[f+1];m++){let y=this.items[m],g=this.sx[y]-e,p=this.sy[y]-t,x=g*g+p*p;if(x>n*n||r&&!r(y))continue;let _=x<c-.25,v=Math.abs(x-c)<=.25&&this.sz[y]<u;(l<0||_||v)&&(l=y,c=x,u=this.sz[y])}}return l}},ka=class{constructor(){w(this,"screen",{x:new Float32Array(0),y:new Float32Array(0),z:new Float32Array(0)});w(this,"grid",null);w(this,"key",-1);w(this,"gridKey",-1);w(this,"width",1);w(this,"height",1)}project(e,t,n,r,s,o){return o===this.key&&this.screen.x.length===t?this.screen:(this.screen.x.length!==t&&(this.screen={x:new Float32Array(t),y:new Float32Array(t),z:new Float32Array(t)}),za(e,t,n,r,s,this.screen),this.key=o,this.width=r,this.height=s,this.screen)}nearest(e,t,n){let r=this.screen;return this.grid?this.gridKey!==this.key&&this.grid.rebuild(r.x,r.y,r.z,this.width,this.height):this.grid=new ru(r.x,r.y,r.z,this.width,this.height),this.gridKey=this.key,this.grid.nearest(e,t,n)}};var zv=["#4e79a7","#f28e2b","#e15759","#76b7b2","#59a14f","#edc948","#b07aa1","#ff9da7","#9c755f","#17becf"],su="#bab0ac",xf="#6f6f6f",Gv="#3f6fb5",Vv="#7fb2ff",ou="other",au="(missing)",Ga=[[68,1,84],[72,36,117],[65,68,135],[53,95,141],[42,120,142],[33,145,140],[34,168,132],[68,191,112],[122,209,81],[189,223,38],[253,231,37]];function Pi(i){let e=parseInt(i.slice(1),16);return[(e>>16&255)/255,(e>>8&255)/255,(e&255)/255]}function bf(i){let e=Math.min(1,Math.max(0,i))*(Ga.length-1),t=Math.min(Ga.length-2,Math.floor(e)),n=e-t,r=Ga[t],s=Ga[t+1];return[0,1,2].map(o=>(r[o]+(s[o]-r[o])*n)/255)}function vf(i){let[e,t,n]=bf(i);return`rgb(${Math.round(e*255)},${Math.round(t*255)},${Math.round(n*255)})`}function Hv(i,e=zv){let t=new Map,n=0;for(let l of i)l===""?n++:t.set(l,(t.get(l)??0)+1);let r=[...t.entries()].sort((l,c)=>c[1]-l[1]||(l[0]<c[0]?-1:l[0]>c[0]?1:0)),s=new Map,o=[],a=0;return r.forEach(([l,c],u)=>{u<e.length?(s.set(l,e[u]),o.push({label:l,count:c,color:e[u]})):(s.set(l,su),a+=c)}),a>0&&o.push({label:ou,count:a,color:su}),n>0&&o.push({label:au,count:n,color:xf}),{entries:o,colorOf:s}}function _f(i,e,t,n){let r=Pi(n?Vv:Gv),s=Pi(xf);if(!i){for(let c=0;c<e;c++)t.set(r,c*3);return{kind:"none"}}if(i.kind==="numeric"&&i.numbers){let{min:c=0,max:u=1}=i,h=u>c?u-c:1;for(let d=0;d<e;d++){let f=d<i.numbers.length?i.numbers[d]:NaN;t.set(Number.isNaN(f)?s:bf((f-c)/h),d*3)}return{kind:"numeric",column:i.name,min:c,max:u,missing:i.missing}}let{entries:o,colorOf:a}=Hv(i.values),l=new Map;for(let c=0;c<e;c++){let u=i.values[c]??"",h;u===""?h=s:(h=l.get(u)??Pi(a.get(u)??su),l.set(u,h)),t.set(h,c*3)}return{kind:"categorical",column:i.name,entries:o}}function Sf(i,e,t,n,r,s=.82){let o=new Set(e.filter(c=>c.label!==ou&&c.label!==au).map(c=>c.label)),a=0,l=n.length/3;for(let c=0;c<l;c++){let u=i[c]??"";if((u===""?au:o.has(u)?u:ou)===t){a++;continue}for(let d=0;d<3;d++)n[c*3+d]+=(r[d]-n[c*3+d])*s}return a}function fs(i,e,t,n=.82){let r=new Uint8Array(e.length/3);for(let s of i)r[s]=1;for(let s=0;s<r.length;s++)if(!r[s])for(let o=0;o<3;o++)e[s*3+o]+=(t[o]-e[s*3+o])*n}var Wv=.65,Li=null;function Xv(i,e){return[e,i.columns,i.colorColumn,i.dark,i.focusCategory,i.searchMatches,i.movedPoints,i.selection.length>1?i.selection:null]}function $v(i,e){let t=Xv(i,e);if(Li&&Li.key.every((l,c)=>l===t[c]))return Li;let n=new Float32Array(e*3),r=i.columns[i.colorColumn]??null,s=_f(r,e,n,i.dark),o=Mf(i.dark);r&&s.kind==="categorical"&&i.focusCategory!==null&&Sf(r.values,s.entries,i.focusCategory,n,o),i.searchMatches&&fs(i.searchMatches,n,o),i.movedPoints&&fs(i.movedPoints,n,o),i.selection.length>1&&fs(i.selection,n,o,.75),Li={key:t,rgb:n,faded:null,legend:s};let a=Li;return e>0&&typeof requestIdleCallback=="function"&&requestIdleCallback(()=>{Li===a&&wf(a,i.dark)}),Li}function wf(i,e){return i.faded||(i.faded=i.rgb.slice(),fs(new Int32Array(0),i.faded,Mf(e),Wv)),i.faded}function Mf(i){return Pi(i?"#1b1c1e":"#ffffff")}var ln=null,Ef=new WeakMap;function ps(i,e){let t=performance.now(),n=$v(i,e),r=i.neighbors&&i.selected>=0?i.neighbors:null,s=r?typeof r.row=="number"?r.row:i.selected:-1;if(ln&&ln.base===n&&ln.neighbors===r&&ln.centre===s)return{rgb:ln.rgb,legend:n.legend};let o=r?Af(s,r,e):null,a;if(o){a=wf(n,i.dark).slice();for(let l of o)a.set(n.rgb.subarray(3*l,3*l+3),3*l)}else a=n.rgb.slice();if(ln&&ln.base===n&&o&&ln.neighbors){let l=Af(ln.centre,ln.neighbors,e);Ef.set(a,{from:ln.rgb,rows:Int32Array.from(new Set([...l,...o]))})}return ln={base:n,neighbors:r,centre:s,rgb:a},bn("colors",t),{rgb:a,legend:n.legend}}function Af(i,e,t){return[i,...e.map(n=>n.index)].filter(n=>n>=0&&n<t)}function Tf(i,e){let t=Ef.get(i);return t&&t.from===e?t.rows:null}function lu(i,e,t,n){let r=[1/0,1/0,1/0],s=[-1/0,-1/0,-1/0],o=c=>{for(let u=0;u<t;u++){let h=i[c*t+u];Number.isFinite(h)&&(h<r[u]&&(r[u]=h),h>s[u]&&(s[u]=h))}};if(n)for(let c of n)o(c);else for(let c=0;c<e;c++)o(c);let a=0,l=[0,0,0];for(let c=0;c<t;c++)r[c]>s[c]&&(r[c]=0,s[c]=0),l[c]=(r[c]+s[c])/2,a=Math.max(a,(s[c]-r[c])/2);return{mid:l,scale:a>0?1/a:1}}function cu(i,e,t,n){let r=new Float32Array(e*3),{mid:s,scale:o}=lu(i,e,t,n),a=l=>{r[l*3+2]=0;for(let c=0;c<t&&c<3;c++){let u=i[l*t+c];r[l*3+c]=Number.isFinite(u)?(u-s[c])*o:0}};if(n){for(let l=0;l<e;l++)r[l*3+2]=Jt;for(let l of n)a(l)}else for(let l=0;l<e;l++)a(l);return r}var Jt=1e7;var uu=2e5,Cf=100,Va=1e5,hu=5e4;function du(i,e){return e>0&&e<i?Math.min(2,Math.sqrt(Math.sqrt(i/e))):1}var Rf=2;function If(i){let e=i.moving??(i.still===null?null:i.still*Rf);return e===null?Va:Math.max(hu,Math.floor(Cf/Math.max(e,1e-9)))}var qv=15e4;function Pf(i){let e=i.still??(i.moving===null?null:i.moving/Rf);return e===null?qv:Math.max(hu,Math.floor(Cf/Math.max(e,1e-9)))}function Lf(i,e,t){if(t<hu||!(e>0))return i;let n=e/t;return i===null?n:(i+n)/2}function Yv(i){let e=i+2654435769|0;return e=Math.imul(e^e>>>16,2246822507),e=Math.imul(e^e>>>13,3266489909),e^=e>>>16,(e>>>0)/4294967296}function Nf(i,e,t=uu,n=Va,r){let s=r&&r.visible.length>=e?r.visible:new Uint32Array(e),o=0;for(let l=0;l<e;l++)i[l*3+2]!==Jt&&(s[o++]=l);let a=null;if(o>t&&n<o){let l=n/o,c=r&&r.sample.length>=e?r.sample:new Uint32Array(e),u=0;for(let h=0;h<o;h++)Yv(s[h])<l&&(c[u++]=s[h]);a=c.subarray(0,u)}return{visibleCount:o,visible:o<e?s.subarray(0,o):null,sample:a}}function Ff(i,e,t){let n=e?t<e.length?e[t]:1/0:t,r=0,s=i.length;for(;r<s;){let o=r+s>>1;i[o]<n?r=o+1:s=o}return r}var Ha=class{constructor(e,t){w(this,"material",e);w(this,"all");w(this,"sample");w(this,"n",0);w(this,"movingRows",Va);w(this,"positions",new Float32Array(0));w(this,"colors",new Float32Array(0));w(this,"lists",null);w(this,"buffers",{visible:new Uint32Array(0),sample:new Uint32Array(0)});w(this,"indexes",null);w(this,"costs",{moving:null,still:null});w(this,"costsByVariant",new Map);w(this,"fresh",!0);w(this,"wholeUploadPending",!0);this.all=new lr(new Dt,e),this.sample=new lr(new Dt,e);for(let n of[this.all,this.sample])n.frustumCulled=!1,t.add(n)}setPositions(e,t){this.positions=e;let n=this.all.geometry.getAttribute("position");t!==this.n||!n||n.array.length!==e.length?this.newBuffers(t,e):(n.array=e,n.needsUpdate=!0),this.lists=null}setColors(e,t=null){this.colors=e;let n=this.all.geometry.getAttribute("aColor");if(!n||e.length!==n.array.length)return!0;let r=n.array;if(this.wholeUploadPending)return r.set(e),n.needsUpdate=!0,!0;let s=t?Kv(t,Df):jv(r,e,Df);if(s===null)r.set(e),n.clearUpdateRanges(),this.wholeUploadPending=!0;else{if(s.length===0)return!1;for(let o=0;o<s.length;o+=2)r.set(e.subarray(s[o],s[o]+s[o+1]),s[o]),n.addUpdateRange(s[o],s[o+1])}return n.needsUpdate=!0,!0}startMotion(){let e=If(this.costs);e!==this.movingRows&&(this.movingRows=e,this.lists=null)}choose(e){let t=this.updateLists(),n=e&&t.sample!==null;return this.all.visible=!n,this.sample.visible=n,this.material.uniforms.uLodScale.value=n?du(t.visibleCount,t.sample.length):1,{drawn:n?t.sample.length:t.visibleCount,subsample:n}}useVariant(e){this.costsByVariant.has(e)||this.costsByVariant.set(e,{moving:null,still:null}),this.costs=this.costsByVariant.get(e)}stillPiece(){return Pf(this.costs)}stillRows(e){let t=this.updateLists(),n=t.visible?t.visible.length:1/0;e?this.all.geometry.setDrawRange(e.start,e.count):(this.all.geometry.setDrawRange(0,n),t.sample&&this.sample.geometry.setDrawRange(0,t.sample.length),this.choose(!1))}showSampleFrom(e){let t=this.updateLists(),n=t.sample;if(!n)return!1;let r=Ff(n,t.visible,e);return this.all.visible=!1,this.sample.visible=!0,this.sample.geometry.setDrawRange(r,n.length-r),this.material.uniforms.uLodScale.value=du(t.visibleCount,n.length),r<n.length}timed(e,t){let n=t.subsample?"moving":"still";this.costs[n]=Lf(this.costs[n],e,t.drawn)}takeTimeable(){let e=!this.fresh;return this.fresh=!1,e}newBuffers(e,t){this.n=e,this.all.geometry.dispose(),this.sample.geometry.dispose();let n={position:new Mt(t,3),aColor:new Mt(this.colors.length===e*3?this.colors.slice():new Float32Array(e*3).fill(.5),3)};n.aColor.onUpload(()=>{this.wholeUploadPending=!1}),this.wholeUploadPending=!0;for(let r of[this.all,this.sample]){r.geometry=new Dt;for(let[s,o]of Object.entries(n))r.geometry.setAttribute(s,o)}this.buffers={visible:new Uint32Array(e),sample:new Uint32Array(e)},this.indexes=null,this.fresh=!0}updateLists(){if(this.lists)return this.lists;let e=Nf(this.positions,this.n,uu,this.movingRows,this.buffers);return(e.visible||e.sample)&&(this.indexes??(this.indexes={visible:new Mt(this.buffers.visible,1),sample:new Mt(this.buffers.sample,1)})),Uf(this.all.geometry,e.visible,this.indexes?.visible),Uf(this.sample.geometry,e.sample,this.indexes?.sample),this.lists=e,e}},Df=4096;function jv(i,e,t){let n=[],s=-1;for(let o=0;o<e.length;o++){if(i[o]===e[o])continue;let a=o-o%3;if(s>=0&&a<=s+12)s=a+3;else{if(s>=0&&(n[n.length-1]=s-n[n.length-2]),n.length/2>=t)return null;n.push(a,0),s=a+3}o=a+2}return s>=0&&(n[n.length-1]=s-n[n.length-2]),n}function Kv(i,e){let t=Int32Array.from(i).sort(),n=[];for(let r=0;r<t.length;r++){let s=t[r],o=n.length-2;if(o>=0&&n[o]+n[o+1]>=3*s)n[o+1]=Math.max(n[o+1],3*s+3-n[o]);else{if(n.length/2>=e)return null;n.push(3*s,3)}}return n}function Uf(i,e,t){e&&t?(t.clearUpdateRanges(),t.addUpdateRange(0,e.length),t.needsUpdate=!0,i.index!==t&&i.setIndex(t),i.setDrawRange(0,e.length)):(i.index&&i.setIndex(null),i.setDrawRange(0,1/0))}var fu=5e3,Wa=class{constructor(e){w(this,"scene",e);w(this,"lines",null);w(this,"count",0);w(this,"drawn",0)}set(e,t,n,r,s){if(this.clear(),s<=0)return;let o=new Float32Array(s*6),a=new Float32Array(s*6);for(let u=0;u<s;u++)o.set(e.subarray(3*u,3*u+3),6*u),o.set(t.subarray(3*u,3*u+3),6*u+3),a.set(n.subarray(3*u,3*u+3),6*u),a.set(r.subarray(3*u,3*u+3),6*u+3);let l=new Dt;l.setAttribute("position",new Mt(o,3)),l.setAttribute("color",new Mt(a,3));let c=new ar({vertexColors:!0,transparent:!0,opacity:.7,depthTest:!1,depthWrite:!1});this.lines=new jr(l,c),this.lines.renderOrder=-1,this.lines.frustumCulled=!1,this.scene.add(this.lines),this.count=s}beforeFrame(e){if(!this.lines){this.drawn=0;return}this.drawn=e?Math.min(this.count,fu):this.count,this.lines.geometry.setDrawRange(0,2*this.drawn)}clear(){this.lines&&(this.scene.remove(this.lines),this.lines.geometry.dispose(),this.lines.material.dispose(),this.lines=null,this.count=0)}};var Jv=`
out vec2 vUv;
void main() {
  vUv = uv;
  gl_Position = vec4(position.xy, 0.0, 1.0);
}
`,Zv=`
precision highp float;
uniform sampler2D uImage;
in vec2 vUv;
out vec4 fragColor;
void main() { fragColor = texture(uImage, vUv); }
`,Xa=class{constructor(){w(this,"target",null);w(this,"blit");w(this,"version",-1);w(this,"drawn",0);w(this,"interrupted",!1);let e=new Xt({glslVersion:Ci,vertexShader:Jv,fragmentShader:Zv,uniforms:{uImage:{value:null}},depthTest:!1,depthWrite:!1}),t=new an(new Si(2,2),e);t.frustumCulled=!1;let n=new vi;n.add(t),this.blit={scene:n,camera:new Ai,material:e}}step(e,t,n,r,s,o){let a=e.getDrawingBufferSize(new Ge);(!this.target||this.target.width!==a.x||this.target.height!==a.y)&&(this.target?.dispose(),this.target=new kt(a.x,a.y,{minFilter:ut,magFilter:ut,depthBuffer:!0}),this.version=-1);let l=e.autoClear;e.setRenderTarget(this.target),(t!==this.version||this.drawn>=n)&&(e.clear(),this.interrupted=t!==this.version&&this.version!==-1&&this.drawn>0&&this.drawn<n,this.version=t,this.drawn=0),e.autoClear=!1;let c=Math.min(r,n-this.drawn);return s(this.drawn,c),this.drawn+=c,e.setRenderTarget(null),this.blit.material.uniforms.uImage.value=this.target.texture,e.autoClear=!0,e.render(this.blit.scene,this.blit.camera),e.autoClear=!1,this.drawn<n&&this.interrupted&&o?.(this.drawn),e.autoClear=l,this.drawn>=n}reset(){this.version=-1,this.drawn=0,this.interrupted=!1}};function Qv(i,e,t,n){let r=Math.max(1,Math.floor(i/t)),s=Math.max(0,Math.floor(e/n));return{perRow:r,rows:s,count:r*s}}function pu(i,e,t,n){return{x:i%e*t,y:Math.floor(i/e)*n,w:t,h:n}}async function e_(i){if(typeof createImageBitmap=="function")try{return await createImageBitmap(i)}catch{}let e=URL.createObjectURL(i);try{let t=new Image;return t.src=e,await t.decode(),t}finally{URL.revokeObjectURL(e)}}async function Of(i,e){let t=await e_(i),n=t.width,r=t.height,s=Math.max(1,Number(e?.[0])||n),o=Math.max(1,Number(e?.[1]??e?.[0])||r),{perRow:a,count:l}=Qv(n,r,s,o),c=new Ft(t);return c.flipY=!1,c.generateMipmaps=!1,c.minFilter=Ct,c.magFilter=ut,c.needsUpdate=!0,{image:t,width:n,height:r,thumbW:s,thumbH:o,perRow:a,count:l,texture:c}}function mu(i,e,t){if(e<0||e>=i.count)return!1;let n=t.getContext("2d");if(!n)return!1;let r=pu(e,i.perRow,i.thumbW,i.thumbH);return n.imageSmoothingEnabled=!1,n.clearRect(0,0,t.width,t.height),n.drawImage(i.image,r.x,r.y,r.w,r.h,0,0,t.width,t.height),!0}function Bf(i,e){let t=Math.max(i.width,i.height);if(t<=e)return;let n=e/t,r=document.createElement("canvas");r.width=Math.max(1,Math.floor(i.width*n)),r.height=Math.max(1,Math.floor(i.height*n));let s=r.getContext("2d");s&&(s.drawImage(i.image,0,0,r.width,r.height),i.texture.image=r,i.texture.needsUpdate=!0)}function kf(i,e){return e==="selected"?Math.max(i*1.8,i+6):Math.max(i*1.6,i+5)}var ms=class{constructor(e,t){w(this,"canvas");w(this,"drawnKey","");w(this,"atlasImage",null);w(this,"across",0);this.canvas=document.createElement("canvas"),this.canvas.dataset.testid=t,Object.assign(this.canvas.style,{position:"absolute",left:"0",top:"0",pointerEvents:"none",display:"none"}),e.appendChild(this.canvas)}show(e,t,n){let r=[n.size,Array.from(n.rgb).join(","),n.ring,n.thumb?`${n.thumb.index}`:""].join("|");(r!==this.drawnKey||n.thumb&&n.thumb.atlas.image!==this.atlasImage)&&this.draw(n),this.drawnKey=r;let s=this.across/2;this.canvas.style.transform=`translate(${e-s}px, ${t-s}px)`,this.canvas.style.display=""}hide(){this.canvas.style.display="none"}draw(e){let t=window.devicePixelRatio||1,n=this.canvas,r=e.size;n.width=Math.max(1,Math.ceil(r*t)),n.height=n.width,this.across=n.width/t,n.style.width=n.style.height=`${this.across}px`;let s=n.getContext("2d");if(!s)return;let o=(this.across-r)/2;s.setTransform(t,0,0,t,o*t,o*t),s.clearRect(-o,-o,this.across,this.across);let[a,l,c]=Array.from(e.rgb,u=>Math.round(255*Math.min(1,Math.max(0,u))));if(s.fillStyle=e.ring,this.atlasImage=e.thumb?.atlas.image??null,e.thumb){let{atlas:u,index:h}=e.thumb,d=pu(h,u.perRow,u.thumbW,u.thumbH);s.fillRect(0,0,r,r),s.imageSmoothingEnabled=!1,s.drawImage(u.image,d.x,d.y,d.w,d.h,.12*r,.12*r,.76*r,.76*r);return}s.beginPath(),s.arc(r/2,r/2,r/2,0,2*Math.PI),s.fill(),s.fillStyle=`rgb(${a},${l},${c})`,s.beginPath(),s.arc(r/2,r/2,.36*r,0,2*Math.PI),s.fill()}};var zf=`
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
`,Gf=`
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
`;function Vf(i,e){let t={};return i&&(t.SPRITES=""),e&&(t.DEPTH_CUE=""),t}var xr=class{constructor(e){w(this,"container",e);w(this,"canvas");w(this,"controls");w(this,"renderer");w(this,"scene",new vi);w(this,"material");w(this,"points");w(this,"positions",new Float32Array(0));w(this,"colors",new Float32Array(0));w(this,"width",1);w(this,"height",1);w(this,"frame",0);w(this,"atlas",null);w(this,"spriteMode",!1);w(this,"emptyTex",new or(new Uint8Array([0,0,0,255]),1,1));w(this,"motion",new Ba({start:()=>this.points.startMotion(),settle:()=>{this.onSettle?.(),this.renderNextFrame()},held:()=>this.controls.dragging}));w(this,"lastPositionsAt",-1/0);w(this,"cameraMovedAt",-1/0);w(this,"screen",new ka);w(this,"viewKey",0);w(this,"hovered",-1);w(this,"selected",-1);w(this,"ring","#000000");w(this,"markers");w(this,"frameTimes",[]);w(this,"frameLog",[]);w(this,"onCameraChange",null);w(this,"onSettle",null);w(this,"onFrame",null);w(this,"drawCalls",0);w(this,"drawnPoints",0);w(this,"drawnRows",0);w(this,"sceneVersion",0);w(this,"still",new Xa);w(this,"deferredRenders",0);w(this,"drawnMoving",!1);w(this,"drawnSubsample",!1);w(this,"segments");w(this,"cameraListeners",[]);this.canvas=document.createElement("canvas"),this.canvas.className="ep-canvas",e.appendChild(this.canvas),this.markers={hover:new ms(e,"hover-marker"),selected:new ms(e,"selected-marker")},this.renderer=new Fa({canvas:this.canvas,antialias:!1,preserveDrawingBuffer:!1,powerPreference:"high-performance"}),this.renderer.setPixelRatio(Math.min(2,window.devicePixelRatio||1)),this.emptyTex.needsUpdate=!0,this.material=new Xt({glslVersion:Ci,vertexShader:zf,fragmentShader:Gf,uniforms:{uSize:{value:5},uLodScale:{value:1},uPixelRatio:{value:this.renderer.getPixelRatio()},uZoomScale:{value:1},uAtlas:{value:this.emptyTex},uThumbUV:{value:new Ge(1,1)},uDepthRange:{value:new Ge(0,1)},uBackground:{value:new ze("#ffffff")},uPerRow:{value:1},uSpriteCount:{value:0}},depthTest:!1,depthWrite:!1}),this.points=new Ha(this.material,this.scene),this.segments=new Wa(this.scene),this.controls=new Oa(this.canvas,()=>this.cameraChanged()),this.controls.onMotion=()=>{this.cameraMovedAt=performance.now(),this.motion.poke()},new ResizeObserver(()=>this.resize()).observe(e),this.resize()}cameraChanged(){this.viewKey++;let e=this.material.uniforms,t=this.controls;if(t){e.uZoomScale.value=t.zoomScale,this.updateDefines(),e.uDepthRange.value.set(Math.max(0,t.v3.distance-1),t.v3.distance+1),this.material.depthTest=this.material.depthWrite=t.is3d,this.onCameraChange?.();for(let n of this.cameraListeners)n();this.requestRender()}}addCameraListener(e){return this.cameraListeners.push(e),()=>{this.cameraListeners=this.cameraListeners.filter(t=>t!==e)}}setSegments(e){e?this.segments.set(e.from,e.to,e.rgbFrom,e.rgbTo,e.m):this.segments.clear(),this.requestRender()}get drawnPositions(){return this.positions}resize(){let e=this.container.getBoundingClientRect();this.width=Math.max(1,Math.floor(e.width)),this.height=Math.max(1,Math.floor(e.height)),this.renderer.setSize(this.width,this.height,!0),this.controls.setSize(this.width,this.height)}setTheme(e,t){this.renderer.setClearColor(new ze(e),1),this.material.uniforms.uBackground.value.set(e),this.ring=t,this.requestRender()}setPositions(e,t){let n=performance.now();t===this.n&&t>0&&n-this.lastPositionsAt<200&&this.motion.poke(),this.lastPositionsAt=n,this.positions=e,this.points.setPositions(e,t),this.viewKey++,this.requestRender()}get n(){return this.points.n}setColors(e){if(e===this.colors)return;let t=performance.now(),n=Tf(e,this.colors);this.colors=e;let r=this.points.setColors(e,n);r&&(this.n>0&&this.motion.poke(),this.renderNextFrame()),bn("set-colors",t,r)}colorAt(e){return Array.from(this.colors.subarray(e*3,e*3+3))}setPointSize(e){this.material.uniforms.uSize.value=e,this.requestRender()}setAtlas(e){this.atlas=e,e&&Bf(e,this.renderer.capabilities.maxTextureSize);let t=this.material.uniforms;t.uAtlas.value=e?e.texture:this.emptyTex,t.uPerRow.value=e?e.perRow:1,t.uSpriteCount.value=e?e.count:0,t.uThumbUV.value.set(e?e.thumbW/e.width:1,e?e.thumbH/e.height:1),this.updateDefines(),this.requestRender()}setSpriteMode(e){this.spriteMode=e,this.updateDefines(),this.requestRender()}get sprites(){return this.spriteMode&&this.atlas!==null}updateDefines(){let e=Vf(this.sprites,this.controls?.is3d??!1);this.points?.useVariant(JSON.stringify(e)),JSON.stringify(e)!==JSON.stringify(this.material.defines)&&(this.material.defines=e,this.material.needsUpdate=!0)}setHighlight(e,t){this.hovered=e,this.selected=t,this.placeMarkers()}placeMarkers(){this.placeMarker(this.markers.selected,this.selected,"selected"),this.placeMarker(this.markers.hover,this.hovered===this.selected?-1:this.hovered,"hover")}placeMarker(e,t,n){let r=t>=0&&t<this.n?this.screenPositionOf(t):null;if(!r){e.hide();return}let s=this.sprites&&t<this.atlas.count;e.show(r.x,r.y,{size:kf(2*this.pointRadiusPx,n),rgb:this.colors.length>=3*(t+1)?this.colors.subarray(3*t,3*t+3):[.5,.5,.5],ring:this.ring,thumb:s?{atlas:this.atlas,index:t}:null})}set3d(e){this.controls.set3d(e)}get pointRadiusPx(){let e=this.material.uniforms;return e.uSize.value*e.uZoomScale.value*(this.sprites?3:1)/2}get moving(){return this.motion.moving}get changing(){return this.controls.dragging||performance.now()-this.cameraMovedAt<80}get framePending(){return this.frame!==0||this.deferredRenders>0}renderNextFrame(){this.deferredRenders++,requestAnimationFrame(()=>{this.deferredRenders--,this.requestRender()})}requestRender(){this.sceneVersion++,this.scheduleFrame()}scheduleFrame(){this.frame||(this.frame=requestAnimationFrame(e=>{this.frame=0;let t=performance.now(),n=this.draw(this.motion.moving);this.frameTimes.push(performance.now()-t),this.frameTimes.length>240&&this.frameTimes.shift(),this.frameLog.push({start:t,ms:performance.now()-t,drawn:this.drawnPoints}),this.frameLog.length>240&&this.frameLog.shift();let r={drawn:this.drawnRows,subsample:this.drawnSubsample};this.points.takeTimeable()&&requestAnimationFrame(s=>this.points.timed(s-e,r)),this.onFrame?.(),n||this.scheduleFrame()}))}renderNow(){this.draw(!1,!0)}renderInPiecesNow(e){this.sceneVersion++;let t=this.points.choose(!1).drawn;for(let n=0;n*e<t;n++)this.still.step(this.renderer,this.sceneVersion,t,e,(r,s)=>{this.points.stillRows({start:r,count:s}),this.renderer.render(this.scene,this.controls.camera)});this.points.stillRows(null)}draw(e,t=!1){let n=this.points.choose(e);this.drawnSubsample=n.subsample,this.drawnMoving=e,this.segments.beforeFrame(e);let r=e||t||this.segments.count>0?1/0:this.points.stillPiece(),s=!0;return r<n.drawn?(s=this.still.step(this.renderer,this.sceneVersion,n.drawn,r,(o,a)=>{this.points.stillRows({start:o,count:a}),this.renderer.render(this.scene,this.controls.camera),this.drawCalls=this.renderer.info.render.calls,this.drawnRows=a},o=>{this.points.showSampleFrom(o)&&this.renderer.render(this.scene,this.controls.camera)}),this.points.stillRows(null),this.drawnPoints=this.still.drawn):(this.still.reset(),this.renderer.render(this.scene,this.controls.camera),this.drawCalls=this.renderer.info.render.calls,this.drawnPoints=this.drawnRows=n.drawn),this.placeMarkers(),s}viewProjection(){let e=this.controls.camera;return e.updateMatrixWorld(),new nt().multiplyMatrices(e.projectionMatrix,e.matrixWorldInverse)}project(){return this.screen.project(this.positions,this.n,this.viewProjection().elements,this.width,this.height,this.viewKey)}pick(e,t){return this.n?(this.project(),this.screen.nearest(e,t,Math.max(5,this.pointRadiusPx+2))):-1}screenPositions(){let e=this.project();return{x:e.x,y:e.y}}toPngBlob(){return this.renderNow(),new Promise(e=>this.canvas.toBlob(e,"image/png"))}screenPositionOf(e){if(e<0||e>=this.n)return null;let t=za(this.positions.subarray(e*3,e*3+3),1,this.viewProjection().elements,this.width,this.height);return Number.isNaN(t.x[0])?null:{x:t.x[0],y:t.y[0]}}projectWorld(e,t){return za(e,t,this.viewProjection().elements,this.width,this.height)}get size(){return{width:this.width,height:this.height}}};function i_(i,e){let t=Float64Array.from(i),n=new Float64Array(e*e);for(let a=0;a<e;a++)n[a*e+a]=1;for(let a=0;a<60;a++){let l=0;for(let c=0;c<e-1;c++)for(let u=c+1;u<e;u++){let h=0,d=0,f=0;for(let x=0;x<e;x++){let _=t[x*e+c],v=t[x*e+u];h+=_*_,d+=v*v,f+=_*v}if(Math.abs(f)<=1e-300||Math.abs(f)<=1e-15*Math.sqrt(h*d))continue;l=Math.max(l,Math.abs(f)/Math.sqrt(h*d));let m=(d-h)/(2*f),y=Math.sign(m||1)/(Math.abs(m)+Math.sqrt(1+m*m)),g=1/Math.sqrt(1+y*y),p=g*y;for(let x=0;x<e;x++){let _=t[x*e+c],v=t[x*e+u];t[x*e+c]=g*_-p*v,t[x*e+u]=p*_+g*v;let E=n[x*e+c],S=n[x*e+u];n[x*e+c]=g*E-p*S,n[x*e+u]=p*E+g*S}}if(l<1e-15)break}let r=new Float64Array(e),s=new Float64Array(e*e);for(let a=0;a<e;a++){let l=0;for(let c=0;c<e;c++)l+=t[c*e+a]**2;if(r[a]=Math.sqrt(l),r[a]>1e-300)for(let c=0;c<e;c++)s[c*e+a]=t[c*e+a]/r[a]}let o=Math.max(...r,0);for(let a=0;a<e;a++)if(!(r[a]>1e-12*o&&r[a]>1e-300)){r[a]=0;for(let l=0;l<e;l++){let c=new Float64Array(e);c[l]=1;for(let h=0;h<e;h++){if(h===a||r[h]===0&&h>a)continue;let d=0;for(let f=0;f<e;f++)d+=c[f]*s[f*e+h];for(let f=0;f<e;f++)c[f]-=d*s[f*e+h]}let u=Math.hypot(...c);if(u>1e-6){for(let h=0;h<e;h++)s[h*e+a]=c[h]/u;break}}}return{u:s,s:r,v:n}}function gu(i,e,t,n,r){let s=r?r.length:t,o=x=>r?r[x]:x,a=new Float64Array(n),l=new Float64Array(n);for(let x=0;x<s;x++){let _=o(x);for(let v=0;v<n;v++)a[v]+=i[_*n+v],l[v]+=e[_*n+v]}for(let x=0;x<n;x++)a[x]/=s||1,l[x]/=s||1;let c=new Float64Array(n*n),u=0;for(let x=0;x<s;x++){let _=o(x);for(let v=0;v<n;v++){let E=i[_*n+v]-a[v];u+=E*E;for(let S=0;S<n;S++)c[v*n+S]+=E*(e[_*n+S]-l[S])}}let{u:h,s:d,v:f}=i_(c,n),m=new Float64Array(n*n);for(let x=0;x<n;x++)for(let _=0;_<n;_++){let v=0;for(let E=0;E<n;E++)v+=h[x*n+E]*f[_*n+E];m[x*n+_]=v}let y=d.reduce((x,_)=>x+_,0),g=u>0?y/u:1,p=new Float64Array(n);for(let x=0;x<n;x++){let _=0;for(let v=0;v<n;v++)_+=a[v]*m[v*n+x];p[x]=l[x]-g*_}return{k:n,scale:g,rotation:m,translation:p}}function yu(i,e,t){let n=t.k,r=new Float32Array(e*n);for(let s=0;s<e;s++)for(let o=0;o<n;o++){let a=0;for(let l=0;l<n;l++)a+=i[s*n+l]*t.rotation[l*n+o];r[s*n+o]=t.scale*a+t.translation[o]}return r}function Hf(i,e,t,n,r){return yu(i,t,gu(i,e,t,n,r))}function Wf(i,e,t,n){let r=new Float32Array(t);for(let s=0;s<t;s++){let o=0;for(let a=0;a<n;a++)o+=(i[s*n+a]-e[s*n+a])**2;r[s]=Math.sqrt(o)}return r}function Xf(i,e){let t=Math.max(0,Math.min(i.length,Math.round(i.length*e)));if(t===0)return new Int32Array(0);let n=Array.from({length:i.length},(r,s)=>s).sort((r,s)=>i[s]-i[r]);return Int32Array.from(n.slice(0,t)).sort()}var $a=class{constructor(e){w(this,"scatter",e);w(this,"alignNext",!1);w(this,"keepNextView",!1);w(this,"align",!0);w(this,"animate",!0);w(this,"animationMs",400);w(this,"animating",!1);w(this,"displacement",null);w(this,"onDisplacement",null);w(this,"last",null);w(this,"positions",null);w(this,"stepping",!1);w(this,"raf",0)}beforePlace(e,t,n){let r=this.last;this.stepping=this.alignNext&&r!==null&&r.n===n&&r.k===t,this.alignNext=!1;let s=e;if(this.stepping){this.align&&(s=Hf(e,r.coords,n,t));let o=Wf(s,r.coords,n,t),a=r_(r.coords,n,t);if(a>0)for(let l=0;l<n;l++)o[l]/=a;this.displacement=o,this.onDisplacement?.(o)}else this.displacement&&(this.displacement=null,this.onDisplacement?.(null));return this.last={coords:s,k:t,n},s}present(e,t){let n=this.positions;this.positions=e,this.stop(),this.stepping&&this.animate&&this.animationMs>0&&n&&n.length===e.length?this.tween(n,e,t):this.scatter.setPositions(e,t),this.stepping=!1}topMoved(e){return this.displacement?Xf(this.displacement,e):null}stop(){this.raf&&cancelAnimationFrame(this.raf),this.raf=0,this.animating=!1}tween(e,t,n){let r=performance.now(),s=new Float32Array(t.length);this.animating=!0;let o=()=>{let a=Math.min(1,(performance.now()-r)/this.animationMs);if(a>=1){this.raf=0,this.animating=!1,this.scatter.setPositions(t,n);return}let l=a<.5?2*a*a:1-(-2*a+2)**2/2;for(let c=0;c<s.length;c++)s[c]=e[c]+(t[c]-e[c])*l;this.scatter.setPositions(s,n),this.raf=requestAnimationFrame(o)};this.scatter.setPositions(e,n),this.raf=requestAnimationFrame(o)}};function r_(i,e,t){let n=0;for(let r=0;r<t;r++){let s=1/0,o=-1/0;for(let a=0;a<e;a++){let l=i[a*t+r];l<s&&(s=l),l>o&&(o=l)}o>=s&&(n=Math.max(n,(o-s)/2))}return n}var Cn={k:10,metric:"euclidean",mode:"side",color:!0},xu={runs:[],run:null,info:null,tensorName:null,loading:null,notices:[],n:0,d:0,columns:[],labelColumn:-1,colorColumn:-1,focusCategory:null,searchMatches:null,neighbors:null,neighborMetric:"euclidean",legend:{kind:"none"},spherize:!1,method:"pca",is3d:!1,dims:[0,1,2],variance:null,isolatedVariance:null,computing:null,showSprites:!1,hasSprite:!1,pointSize:1,hovered:-1,selected:-1,dark:!1,selection:new Int32Array(0),isolated:null,selectMode:"pan",step:null,movedPoints:null,transfer:"float32",showDensity:!1,clusterLabelColumn:null,compare:null},br=class{constructor(e=xu){w(this,"state");w(this,"listeners",[]);w(this,"dispatching",null);this.state={...e}}set(e,t=this.dispatching??"user"){let n=new Set;for(let s of Object.keys(e))this.state[s]!==e[s]&&n.add(s);if(n.size===0)return;this.state={...this.state,...e};let r=this.dispatching;this.dispatching=t;try{for(let s of this.listeners)s(this.state,n,t)}finally{this.dispatching=r}}subscribe(e){return this.listeners.push(e),()=>{this.listeners=this.listeners.filter(t=>t!==e)}}};function Gt(i,e){if(e&&typeof e=="object"&&"body"in e&&e.body?.error){let t=e.body;return{level:i,message:t.error,file:t.file,hint:t.hint}}if(e&&typeof e=="object"&&"error"in e&&typeof e.error=="string"){let t=e;return{level:i,message:t.error,file:t.file,hint:t.hint}}return{level:i,message:e instanceof Error?e.message:String(e)}}var qa=class extends Error{constructor(t,n,r){super(n.error+(n.file?` (${n.file})`:""));w(this,"status",t);w(this,"body",n);w(this,"url",r)}},ci=class extends qa{constructor(e,t,n){super(409,{error:`the download ended after ${t}${n===null?"":` of ${n}`} bytes: the file changed or failed its checksum while it was being read`,file:null,hint:"It is probably being written (a trainer saving); reload once it is complete."},e)}};async function gs(i,e){let t,n=await i.text().catch(()=>"");try{let r=JSON.parse(n);t=typeof r?.error=="string"?r:{error:n||i.statusText}}catch{t={error:n.trim()||`HTTP ${i.status} ${i.statusText}`}}return new qa(i.status,t,e)}async function ys(i,e,t){let n=await fetch(i,{signal:t});if(!n.ok)throw await gs(n,i);let r=n.headers.get("Content-Length"),s=(n.headers.get("Content-Encoding")??"identity").toLowerCase(),o=r!==null&&r!==""&&s==="identity"?Number(r):null;if(!n.body){let d=await n.arrayBuffer();return e?.(d.byteLength,o??d.byteLength),{buffer:d,headers:n.headers}}let a=n.body.getReader(),l=o!==null&&o>0?new Uint8Array(o):null,c=[],u=0;for(e?.(0,o);;){let d;try{d=await a.read()}catch(y){throw t?.aborted?y:new ci(i,u,o)}let{done:f,value:m}=d;if(f)break;l&&u+m.length<=l.length?l.set(m,u):(l&&(c.push(l.subarray(0,u)),l=null),c.push(m)),u+=m.length,e?.(u,o)}if(o!==null&&u!==o)throw new ci(i,u,o);e?.(u,u);let h;if(l)h=u===l.length?l.buffer:l.slice(0,u).buffer;else{let d=new Uint8Array(u),f=0;for(let m of c)d.set(m,f),f+=m.length;h=d.buffer}return{buffer:h,headers:n.headers}}var Ya=null;function s_(i){let e=i&32768?-1:1,t=i>>10&31,n=i&1023;return t===0?e*n*2**-24:t===31?n?NaN:e*(1/0):e*(1+n/1024)*2**(t-15)}function o_(){if(!Ya){Ya=new Float32Array(65536);for(let i=0;i<65536;i++)Ya[i]=s_(i)}return Ya}function $f(i,e){let t=o_();for(let n=0;n<i.length;n++)e[n]=t[i[n]]}var vr=class{constructor(e,t){w(this,"d",t);w(this,"data");this.data=new Float32Array(e*t)}put(e,t){this.data.set(e,t*this.d)}async end(){}abort(){}};function a_(i){return Math.max(1,Math.floor((8<<20)/(4*Math.max(1,i))))}function l_(i){let e=0;for(let t=0;t<i.length;t++){let n=i[t];n-n!==0&&(i[t]=0,e++)}return e}var xs=class extends Error{constructor(t,n){super(`the tensor ended after ${t} of ${n} bytes`);w(this,"loaded",t);w(this,"expected",n)}};async function qf(i,e){let{n:t,d:n,encoding:r,sink:s}=e,a=n*(r==="float16"?2:4),l=t*a,c=Math.max(1,e.piece??a_(n)),u=0,h=0,d=0,f=0,m=()=>new Uint8Array(Math.min(t-u,c)*a),y=m(),g=()=>{let p=y.length/a,x;r==="float32"?x=new Float32Array(y.buffer):$f(new Uint16Array(y.buffer),x=new Float32Array(p*n)),d+=l_(x),s.put(x,u),u+=p,y=m(),f=0};for(;;){let{done:p,value:x}=await i.read();if(p)break;if(h+=x.length,h>l)throw new Error(`the tensor has more than the ${t} x ${n} values its shape says`);let _=0;for(;_<x.length;){let v=Math.min(x.length-_,y.length-f);y.set(x.subarray(_,_+v),f),f+=v,_+=v,f===y.length&&g()}e.onBytes?.(h)}if(h!==l)throw new xs(h,l);return{nonFinite:d,bytes:h}}function bs(i){let e=i.shape??i.tensorShape;return e&&e.length===2?[Number(e[0]),Number(e[1])]:null}function Ni(i,e){let t=`run=${encodeURIComponent(i)}`;return e!==void 0&&(t+=`&name=${encodeURIComponent(e)}`),t}async function bu(i){let e=await fetch(i,{cache:"no-store"});if(!e.ok)throw await gs(e,i);return e.json()}function c_(i){let e=/charset=([^;\s]+)/i.exec(i??"")?.[1]?.replace(/"/g,"")??"utf-8";try{return new TextDecoder(e).encoding}catch{return"utf-8"}}var dt={runs:()=>bu("./runs"),info:i=>bu(`./info?${Ni(i)}`),tensorUrl:(i,e,t=null,n="float32")=>`./tensor?${Ni(i,e)}${t===null?"":`&step=${t}`}${n==="float32"?"":`&encoding=${n}`}`,metadataUrl:(i,e)=>`./metadata?${Ni(i,e)}`,spriteUrl:(i,e)=>`./sprite_image?${Ni(i,e)}`,async tensor(i,e,t,n,r,s,o=null,a="float32"){let l=dt.tensorUrl(i,e,o,a),c=async()=>{let u=await fetch(l,{signal:s});if(!u.ok)throw await gs(u,l);let[h,d]=t??[0,0],f=(u.headers.get("X-Embproj-Shape")??"").split(",").map(x=>Number(x.trim()));if(f.length===2&&f.every(x=>Number.isInteger(x)&&x>=0)&&([h,d]=f),!(d>0))throw new Error(`tensor ${e}: the server did not say its shape`);let m=u.headers.get("X-Embproj-Encoding")==="float16"?"float16":"float32",y=u.headers.get("Content-Length"),g=y?Number(y):null,p=await n(h,d);try{r?.(0,g);let x=0,_=S=>{x=S,r?.(S,g)},{nonFinite:v,bytes:E}=await qf(u.body.getReader(),{n:h,d,encoding:m,sink:p,onBytes:_}).catch(S=>{throw!s?.aborted&&(S instanceof xs||S instanceof TypeError)?new ci(l,x,g):S});return r?.(E,E),await p.end(),{n:h,d,etag:u.headers.get("ETag"),nonFinite:v}}catch(x){throw p.abort(),x}};return c().catch(u=>{if(u instanceof ci)return c();throw u})},async tensorEtag(i,e){let t=await fetch(dt.tensorUrl(i,e),{method:"HEAD",cache:"no-store"});return t.ok?t.headers.get("ETag"):null},projectionUrl:(i,e,t)=>`./projection?${Ni(i,e)}&projection=${encodeURIComponent(t)}`,async projection(i,e,t,n){let r=dt.projectionUrl(i,e,t),{buffer:s,headers:o}=await ys(r,void 0,n).catch(c=>{if(c instanceof ci)return ys(r,void 0,n);throw c}),[a,l]=(o.get("X-Embproj-Shape")??"").split(",").map(Number);if(!(l===2||l===3)||!Number.isInteger(a)||s.byteLength!==a*l*4)throw new Error(`layout ${t}: got ${s.byteLength} bytes for shape ${o.get("X-Embproj-Shape")}`);return{coords:new Float32Array(s),n:a,k:l}},bookmarks:(i,e)=>bu(`./bookmarks?${Ni(i,e)}`),async saveBookmarks(i,e,t){let n=`./bookmarks?${Ni(i,e)}`,r=await fetch(n,{method:"POST",headers:{"Content-Type":"application/json"},body:JSON.stringify(t)});if(!r.ok)throw await gs(r,n);return(await r.json()).saved},async metadata(i,e,t,n){let{buffer:r,headers:s}=await ys(dt.metadataUrl(i,e),t,n);return new TextDecoder(c_(s.get("Content-Type"))).decode(r)},async sprite(i,e,t,n){let{buffer:r,headers:s}=await ys(dt.spriteUrl(i,e),t,n);return new Blob([r],{type:s.get("Content-Type")||"image/png"})}};function P(i,e={},...t){let n=document.createElement(i);for(let[r,s]of Object.entries(e))s==null||s===!1||(r.startsWith("on")&&typeof s=="function"?n.addEventListener(r.slice(2),s):r==="className"?n.className=String(s):s===!0?n.setAttribute(r,""):n.setAttribute(r,String(s)));for(let r of t)r!=null&&r!==!1&&n.append(r);return n}function at(i,e,t){i.options.length===e.length&&e.every((r,s)=>i.options[s].value===r.value&&i.options[s].text===r.label)||i.replaceChildren(...e.map(r=>P("option",{value:r.value},r.label))),i.value=t}function vu(i){return i<1024?`${i} B`:i<1024*1024?`${(i/1024).toFixed(1)} KiB`:i<1024**3?`${(i/1024/1024).toFixed(1)} MiB`:`${(i/1024**3).toFixed(2)} GiB`}function Yf(i){let e=P("select",{"data-testid":"run-select","aria-label":"Run"}),t=P("select",{"data-testid":"tensor-select","aria-label":"Tensor"}),n=P("div",{className:"ep-meta","data-testid":"tensor-meta"}),r=P("input",{type:"checkbox","data-testid":"transfer-float16"});r.addEventListener("change",()=>i.set({transfer:r.checked?"float16":"float32"})),e.addEventListener("change",()=>i.set({run:e.value,info:null,tensorName:null})),t.addEventListener("change",()=>i.set({tensorName:t.value}));let s=()=>{let o=i.state;at(e,o.runs.map(c=>({value:c,label:c})),o.run??""),e.disabled=o.runs.length<=1;let a=o.info?.embeddings??[];at(t,a.map(c=>{let u=bs(c),h=`${c.tensorName} (${u?`${u[0]} x ${u[1]}`:"?"})${c.error?" – error":""}`;return{value:c.tensorName,label:h}}),o.tensorName??""),t.disabled=a.length<=1;let l=a.find(c=>c.tensorName===o.tensorName);if(l){let c=bs(l),u=[c?`${c[0].toLocaleString("en-US")} points x ${c[1]} dims`:"",l.dtype?`dtype ${l.dtype}`:"",l.source??"",l.hasMetadata?`${l.metadataColumns??"?"} metadata column${l.metadataColumns===1?"":"s"}`:"no metadata",l.hasSprite?"sprite":""];n.textContent=u.filter(Boolean).join(" · ")}else n.textContent=o.runs.length?"":"No runs with embeddings found."};return i.subscribe((o,a)=>{(a.has("runs")||a.has("run")||a.has("info")||a.has("tensorName"))&&s(),a.has("transfer")&&(r.checked=o.transfer==="float16")}),s(),P("section",{},P("h2",{},"Data"),P("div",{className:"ep-row"},P("label",{},"Run"),e),P("div",{className:"ep-row"},P("label",{},"Tensor"),t),n,P("label",{className:"ep-meta",title:"Half the bytes to download; values keep about 3 significant digits."},r," download as float16 (half the bytes)"))}function _r(i){if(!Number.isFinite(i))return String(i);if(Number.isInteger(i))return i.toLocaleString("en-US");let e=Math.abs(i);return e!==0&&(e<.001||e>=1e6)?i.toExponential(3):String(Number(i.toPrecision(4)))}var jf=new WeakMap;function Kf(i,e=5){let t=jf.get(i);if(t)return t;let n=i.kind==="numeric"&&i.numbers?h_(i.numbers,e):u_(i.values);return jf.set(i,n),n}function u_(i){let e=new Map,t=[],n=new Int32Array(i.length);for(let r=0;r<i.length;r++){let s=i[r];if(s===""){n[r]=-1;continue}let o=e.get(s);o===void 0&&(o=t.length,e.set(s,o),t.push(s)),n[r]=o}return{codes:n,names:t}}function h_(i,e){let t=i.filter(c=>!Number.isNaN(c)).sort(),n=[];for(let c=1;c<e;c++){let u=t[Math.floor(c*t.length/e)];u!==void 0&&(n.length===0||u>n[n.length-1])&&n.push(u)}let r=t[0],s=t[t.length-1],o=[r,...n,s],a=n.length||t.length?o.slice(0,-1).map((c,u)=>`${_r(c)}–${_r(o[u+1])}`):[],l=new Int32Array(i.length);for(let c=0;c<i.length;c++){let u=i[c];if(Number.isNaN(u)){l[c]=-1;continue}let h=0;for(;h<n.length&&u>=n[h];)h++;l[c]=h}return{codes:l,names:a}}function Jf(i,e,t,n,r=3){let s=n.names.length,o=new Float64Array(s),a=new Float64Array(t*s),l=new Float64Array(t),c=0;for(let h=0;h<i.length;h++){let d=n.codes[e?e[h]:h];if(d<0||d===void 0)continue;o[d]++,c++;let f=i[h];f<0||f>=t||(a[f*s+d]++,l[f]++)}let u=[];for(let h=0;h<t;h++){let d=[];for(let f=0;f<s;f++){let m=a[h*s+f];if(m===0)continue;let y=m/l[h];d.push({value:n.names[f],share:y,score:y*Math.log(c/o[f])})}d.sort((f,m)=>m.score-f.score||m.share-f.share||(f.value<m.value?-1:1)),u.push(d.slice(0,r))}return u}function _u(i){return i.slice(0,2).filter((t,n)=>n===0||t.score>=.5*i[0].score&&t.share>=.2).map(t=>`${t.value} (${Math.round(100*t.share)}%)`).join(", ")}function d_(i,e){return i[e]?.kind==="categorical"?e:i.findIndex(t=>t.kind==="categorical")}function vs(i){let e=i.clusterLabelColumn;return e!==null&&e<i.columns.length?e:d_(i.columns,i.colorColumn)}function f_(i){let e=P("div",{"data-testid":"legend"}),t=r=>{let s=i.state.focusCategory;return s===null?"":s===r?"ep-focus":"ep-faded"},n=()=>{let r=i.state.legend;if(r.kind==="categorical")e.dataset.kind="categorical",e.replaceChildren(P("ul",{className:"ep-legend"},...r.entries.map(s=>P("li",{"data-testid":"legend-entry","data-label":s.label,"data-count":s.count,title:`${s.label} — click to highlight`,className:t(s.label),onclick:()=>i.set({focusCategory:i.state.focusCategory===s.label?null:s.label})},P("span",{className:"ep-sw",style:`background:${s.color}`}),P("span",{className:"ep-lab"},s.label),P("span",{className:"ep-cnt"},s.count.toLocaleString("en-US"))))));else if(r.kind==="numeric"){e.dataset.kind="numeric";let s=Array.from({length:11},(o,a)=>`${vf(a/10)} ${a*10}%`).join(",");e.replaceChildren(P("div",{className:"ep-gradient",style:`background:linear-gradient(to right,${s})`}),P("div",{className:"ep-gradient-labels"},P("span",{"data-testid":"legend-min"},_r(r.min)),P("span",{"data-testid":"legend-max"},_r(r.max))),r.missing?P("ul",{className:"ep-legend"},P("li",{},P("span",{className:"ep-sw",style:"background:#6f6f6f"}),P("span",{className:"ep-lab"},"(missing)"),P("span",{className:"ep-cnt"},String(r.missing)))):"")}else e.dataset.kind="none",e.replaceChildren()};return i.subscribe((r,s)=>{(s.has("legend")||s.has("focusCategory"))&&n()}),n(),e}function Zf(i){let e=P("select",{"data-testid":"label-select","aria-label":"Label by"}),t=P("select",{"data-testid":"color-select","aria-label":"Colour by"}),n=P("input",{type:"checkbox","data-testid":"sprites"}),r=P("div",{className:"ep-row"},P("label",{},"Images"),n,P("span",{className:"ep-meta"},"draw points as their thumbnails")),s=P("input",{type:"range",min:"0.3",max:"4",step:"0.1",value:"1","data-testid":"point-size"}),o=P("input",{type:"checkbox","data-testid":"density-toggle"}),a=P("div",{className:"ep-row"},P("label",{},o," Density & clusters"),P("span",{className:"ep-meta"},"contours, labelled clusters")),l=P("select",{"data-testid":"density-label-select","aria-label":"Label clusters by"}),c=P("div",{className:"ep-row"},P("label",{},"Clusters by"),l);o.addEventListener("change",()=>i.set({showDensity:o.checked})),l.addEventListener("change",()=>i.set({clusterLabelColumn:Number(l.value)})),e.addEventListener("change",()=>i.set({labelColumn:Number(e.value)})),t.addEventListener("change",()=>i.set({colorColumn:Number(t.value)})),n.addEventListener("change",()=>i.set({showSprites:n.checked})),s.addEventListener("input",()=>i.set({pointSize:Number(s.value)}));let u=()=>{let h=i.state,d=h.columns.map((f,m)=>({value:String(m),label:f.name}));at(e,[{value:"-1",label:"(point index)"},...d],String(h.labelColumn)),at(t,[{value:"-1",label:"(none)"},...h.columns.map((f,m)=>({value:String(m),label:`${f.name} (${f.kind==="numeric"?"numeric":`${f.distinct} categories`})`}))],String(h.colorColumn)),e.disabled=t.disabled=h.columns.length===0,n.checked=h.showSprites,r.style.display=h.hasSprite?"":"none",s.value=String(h.pointSize),o.checked=h.showDensity,o.disabled=h.is3d,a.title=h.is3d?"Density contours and clusters are drawn on 2-D layouts only: switch to 2D":"",at(l,[{value:"-1",label:"(no labels)"},...h.columns.map((f,m)=>({value:String(m),label:f.kind==="numeric"?`${f.name} (binned)`:f.name}))],String(vs(h))),c.style.display=h.showDensity&&!h.is3d?"":"none"};return i.subscribe((h,d)=>{["columns","labelColumn","colorColumn","showSprites","hasSprite","pointSize","showDensity","clusterLabelColumn","is3d"].some(f=>d.has(f))&&u()}),u(),P("section",{},P("h2",{},"Display"),P("div",{className:"ep-row"},P("label",{},"Label by"),e),P("div",{className:"ep-row"},P("label",{},"Colour by"),t),r,P("div",{className:"ep-row"},P("label",{},"Point size"),s),a,c,f_(i))}function Hn(i,e){let t=i.state,n=t.columns[t.labelColumn];if(!n)return`#${e}`;let r=n.values[e]??"";return r===""?`#${e} (missing)`:r}function Qf(i,e){let t=P("div",{className:"ep-inspector","data-testid":"inspector"}),n=()=>{let r=i.state,s=r.selected;if(s<0||s>=r.n){t.style.display="none",t.replaceChildren();return}t.style.display="block",t.dataset.index=String(s);let o=P("button",{"aria-label":"Clear selection","data-testid":"inspector-close"},"×");o.addEventListener("click",()=>i.set({selected:-1}));let a=e(),l=null;a&&s<a.count&&(l=P("canvas",{width:96,height:Math.round(96*a.thumbH/a.thumbW)}),mu(a,s,l));let c=r.columns.map(d=>{let f=d.values[s]??"";return P("tr",{"data-testid":"inspector-row","data-column":d.name},P("th",{},d.name),f===""?P("td",{className:"ep-missing"},"(missing)"):P("td",{},f))}),u=r.neighbors&&zi(r.neighbors,s)===s?r.neighbors:[],h=P("ol",{className:"ep-nb","data-testid":"neighbors"},...u.slice(0,10).map(d=>P("li",{"data-testid":"neighbor","data-index":d.index,onclick:()=>i.set({selected:d.index})},P("span",{className:"ep-lab"},Hn(i,d.index)),P("span",{className:"ep-cnt"},d.distance.toFixed(3)))));t.replaceChildren(P("h3",{},P("span",{"data-testid":"inspector-title"},Hn(i,s)),o),l??"",P("table",{},P("tr",{},P("th",{},"index"),P("td",{},String(s))),...c),u.length?P("h4",{},`Nearest neighbours (${r.neighborMetric}, all ${r.d} dims)`):"",h,u.length>10?P("div",{className:"ep-meta"},`The ${u.length} nearest stay bright in the plot.`):"")};return i.subscribe((r,s)=>{(s.has("selected")||s.has("columns")||s.has("labelColumn")||s.has("neighbors"))&&n()}),n(),t}function ep(){let i=P("div",{"data-testid":"tooltip-label"}),e=P("canvas",{width:64,height:64,"data-testid":"tooltip-thumb"}),t=P("div",{className:"ep-tooltip","data-testid":"tooltip"},i,e);return{el:t,show(n,r,s,o,a){i.textContent=s,t.dataset.index=String(a),o&&a<o.count?(e.height=Math.round(64*o.thumbH/o.thumbW),mu(o,a,e),e.style.display=""):e.style.display="none",t.style.display="block";let l=t.parentElement?.getBoundingClientRect(),c=t.offsetWidth,u=t.offsetHeight,h=l&&n+14+c>l.width?n-14-c:n+14,d=l&&r+14+u>l.height?r-14-u:r+14;t.style.left=`${Math.max(0,h)}px`,t.style.top=`${Math.max(0,d)}px`},hide(){t.style.display="none",delete t.dataset.index}}}var p_=4;function tp({store:i,scatter:e,tooltip:t,positionsReady:n,atlas:r,click:s}){let o=e.canvas,a=d=>{let f=o.getBoundingClientRect();return{x:d.clientX-f.left,y:d.clientY-f.top}},l=()=>{i.set({hovered:-1}),t.hide()},c=null,u=null,h=(d,f)=>{let m=e.pick(d,f);i.set({hovered:m}),m>=0?t.show(d,f,Hn(i,m),r(),m):t.hide()};o.addEventListener("pointerdown",d=>{c={x:d.clientX,y:d.clientY},u=null,t.hide()}),o.addEventListener("pointermove",d=>{d.buttons||!n()||(u=a(d),e.changing||h(u.x,u.y))}),e.onSettle=()=>{u&&n()&&h(u.x,u.y)},window.addEventListener("keydown",d=>{d.key==="Escape"?i.set({selected:-1}):(d.key==="r"||d.key==="R")&&!(d.target instanceof HTMLInputElement||d.target instanceof HTMLSelectElement)&&e.controls.reset()}),o.addEventListener("pointerleave",()=>{u=null,l()}),o.addEventListener("pointerup",d=>{if(!c||!n())return;let f=Math.hypot(d.clientX-c.x,d.clientY-c.y)>p_;if(c=null,f)return;let{x:m,y}=a(d),g=e.pick(m,y);bn("pick",d.timeStamp,g),s(g,d)}),e.onCameraChange=()=>{i.state.hovered>=0&&l()}}var Su="imported:",Rt=i=>i.startsWith(Su)&&i.length>Su.length,Au=i=>`imported:${i}`,Ka=i=>i.slice(Su.length);function wu(i){let e=i.info?.embeddings.find(t=>t.tensorName===i.tensorName);return!e||i.step!=null&&(e.checkpointSteps??[]).includes(i.step)&&i.step!==e.step?[]:e.projections??[]}function ui(i,e){if(!Rt(e))return null;let t=Ka(e);return wu(i).find(n=>n.name===t&&!n.error&&(n.dims===2||n.dims===3))??null}function Mu(i,e,t){if(t===2)return i;let n=new Float32Array(e*2);for(let r=0;r<e;r++)n[2*r]=i[r*t],n[2*r+1]=i[r*t+1];return n}var ja=class{constructor(e=dt.projection){w(this,"fetchLayout",e);w(this,"items",new Map)}get(e,t,n,r=""){let s=JSON.stringify([e,t,n,r]),o=this.items.get(s);return o||(o=this.fetchLayout(e,t,n),this.items.set(s,o),o.catch(()=>{this.items.get(s)===o&&this.items.delete(s)})),o}clear(){this.items.clear()}};function np(i,e=dt.projection){return async(t,n,r,s)=>{let o=await e(n.run,n.tensor,i);if(o.n!==n.n)throw new Error(`side B's layout "${i}" has ${o.n} rows; its tensor has ${n.n}`);if(o.k<s)throw new Error(`side B's layout "${i}" is 2-D and side A is drawn in 3D: switch A to 2D`);return{coords:s===o.k?o.coords:Mu(o.coords,o.n,o.k),note:`from Python: ${i} (as stored)`}}}function ip(i){let e=P("select",{"data-testid":"method-select","aria-label":"Projection"}),t=P("input",{type:"checkbox","data-testid":"spherize"}),n=P("button",{"data-testid":"mode-2d"},"2D"),r=P("button",{"data-testid":"mode-3d"},"3D"),s=["X","Y","Z"].map(h=>P("select",{"data-testid":`axis-${h.toLowerCase()}`,"aria-label":h})),o=P("table",{className:"ep-var","data-testid":"variance-table"}),a=P("div",{className:"ep-meta","data-testid":"variance-total"}),l=P("div",{className:"ep-meta","data-testid":"imported-layout-problems"});e.addEventListener("change",()=>{let h=ui(i.state,e.value);i.set({method:e.value,dims:[0,1,2],...h?{is3d:h.dims===3}:{}})}),t.addEventListener("change",()=>i.set({spherize:t.checked})),n.addEventListener("click",()=>i.set({is3d:!1})),r.addEventListener("click",()=>{i.state.method!=="custom"&&ui(i.state,i.state.method)?.dims!==2&&i.set({is3d:!0})}),s.forEach((h,d)=>h.addEventListener("change",()=>{let f=[...i.state.dims];f[d]=Number(h.value),i.set({dims:f})}));let c=s.map((h,d)=>P("div",{className:"ep-row"},P("label",{},["X","Y","Z"][d]),h)),u=()=>{let h=i.state;if(Rt(h.method)&&h.n>0&&!h.loading&&!ui(h,h.method)){i.set({method:"pca",dims:[0,1,2]});return}let d=[{value:"pca",label:"PCA"}];h.d>0&&h.d<=3&&d.push({value:"identity",label:"Identity (raw dimensions)"}),d.push({value:"tsne",label:"t-SNE"},{value:"umap",label:"UMAP"},{value:"custom",label:"Custom axes"});let f=wu(h);for(let E of f)d.push({value:Au(E.name),label:`from Python: ${E.name}${E.error?" (cannot be used)":` (${E.dims}-D)`}`});let m=ui(h,h.method),y=h.method==="tsne"||h.method==="umap"||h.method==="custom"||Rt(h.method);at(e,d,h.method);for(let E of e.options){let S=f.find(b=>Au(b.name)===E.value);E.disabled=!!S?.error,E.title=S?.error?`${S.error.error} (${S.error.file??S.file})`:S?S.file:""}l.replaceChildren(...f.filter(E=>E.error).map(E=>P("div",{"data-testid":"imported-layout-problem",style:"color:#c5221f;margin:2px 0 6px;overflow-wrap:anywhere",title:E.error.hint??""},`from Python: ${E.error.error.replace(`layout "${E.name}": `,`${E.name}: `)} `,P("span",{style:"font-family:ui-monospace,monospace;font-size:11px"},`(${E.error.file||E.file})`)))),t.checked=h.spherize,t.disabled=!!m;let g=h.method==="custom"||m?.dims===2;n.classList.toggle("ep-on",!h.is3d||g),r.classList.toggle("ep-on",h.is3d&&!g),r.disabled=g,r.title=h.method==="custom"?"Custom axes are 2D":g?"This layout is 2D":"";let p=h.method==="pca"?h.variance?.length??0:h.d,x=Array.from({length:p},(E,S)=>({value:String(S),label:h.method==="pca"?`PC ${S+1}`+(h.variance?` (${(100*h.variance[S]).toFixed(1)}%)`:""):`dim ${S}`}));s.forEach((E,S)=>{at(E,x,String(h.dims[S])),E.disabled=p===0}),c.forEach((E,S)=>{E.style.display=y||S===2&&!h.is3d?"none":""});let _=h.isolated&&h.isolatedVariance?h.isolatedVariance:null,v=_??h.variance;if(h.method==="pca"&&v){let E=new Set(h.dims.slice(0,h.is3d?3:2)),S=Math.max(...v,1e-12);o.replaceChildren(...v.map((N,I)=>P("tr",{className:E.has(I)?"ep-used":""},P("td",{},`PC ${I+1}`),P("td",{className:"ep-num","data-testid":"variance-pct"},`${(100*N).toFixed(2)}%`),P("td",{style:"width:45%"},P("div",{className:"ep-vbar",style:`width:${100*N/S}%`})))));let b=h.dims.slice(0,h.is3d?3:2).reduce((N,I)=>N+(v[I]??0),0),A=v.reduce((N,I)=>N+I,0);a.textContent=`Shown axes: ${(100*b).toFixed(2)}% of variance · top ${v.length}: ${(100*A).toFixed(2)}%`+(_?` · of ${h.isolated.length.toLocaleString("en-US")} isolated points`:""),a.dataset.shown=String(b),a.dataset.top=String(A)}else o.replaceChildren(),a.textContent=h.method==="identity"?"Points at their raw coordinates.":m?`Computed outside the tab, drawn as stored (${m.file.split(/[\\/]/).pop()}).`:"",a.title=m?.file??""};return i.subscribe((h,d)=>{["method","spherize","is3d","dims","variance","isolatedVariance","isolated","d","info","tensorName"].some(f=>d.has(f))&&u()}),u(),P("section",{},P("h2",{},"Projection"),P("div",{className:"ep-row"},P("label",{},"Method"),e),l,P("div",{className:"ep-row"},P("label",{},"View"),P("span",{className:"ep-seg"},n,r)),P("div",{className:"ep-row"},P("label",{},"Spherize"),t,P("span",{className:"ep-meta"},"centre + unit length")),...c,o,a)}function _s(i,e){let t=e.trim();if(!t)return null;let n,r=/^\/(.+)\/([a-z]*)$/.exec(t);if(r)try{let o=(r[2].includes("c")?"":"i")+(r[2].includes("s")?"s":""),a;try{a=new RegExp(r[1],o+"u")}catch{a=new RegExp(r[1],o)}n=l=>a.test(l)}catch{return new Int32Array(0)}else{let o=t.toLowerCase();n=a=>a.toLowerCase().includes(o)}let s=[];for(let o=0;o<i.length;o++)n(i[o]??"")&&s.push(o);return Int32Array.from(s)}function rp(i,e){let t=P("input",{type:"search",placeholder:"Search… (text or /regex/)","data-testid":"search-input","aria-label":"Search metadata",className:"ep-search"}),n=P("select",{"data-testid":"search-column","aria-label":"Search column"}),r=P("div",{className:"ep-meta","data-testid":"search-count"}),s=P("ul",{className:"ep-results","data-testid":"search-results"}),o=0,a=0,l=()=>{let h=i.state,d=h.columns[a],f=h.searchMatches,m=d?_s(d.values,t.value):null,y=m??(f&&h.selection===f?new Int32Array(0):h.selection);i.set({searchMatches:m,selection:m??y})};t.addEventListener("input",()=>{window.clearTimeout(o),o=window.setTimeout(l,120)}),n.addEventListener("change",()=>{a=Number(n.value),l()});let c=()=>{let h=i.state;at(n,h.columns.map((f,m)=>({value:String(m),label:f.name})),String(a));let d=h.searchMatches;r.textContent=d?`${d.length.toLocaleString("en-US")} match${d.length===1?"":"es"}`:"",s.replaceChildren(...(d?Array.from(d.subarray(0,12)):[]).map(f=>P("li",{"data-testid":"search-result","data-index":f,onclick:()=>i.set({selected:f})},e(f))))};i.subscribe((h,d)=>{d.has("columns")&&(t.value="",a=Math.max(0,h.labelColumn),h.searchMatches&&i.set({searchMatches:null})),(d.has("columns")||d.has("searchMatches")||d.has("labelColumn"))&&c()}),c();let u=P("section",{},P("h2",{},"Search"),P("div",{className:"ep-row"},t),P("div",{className:"ep-row"},P("label",{},"in"),n),r,s);return i.subscribe((h,d)=>{d.has("columns")&&(u.style.display=h.columns.length?"":"none")}),u.style.display="none",u}function m_(i){return P("div",{className:`ep-notice ep-${i.level}`,role:i.level==="error"?"alert":"status","data-testid":`notice-${i.level}`},P("div",{},i.message),i.file?P("div",{className:"ep-file"},i.file):null,i.hint?P("div",{className:"ep-hint"},i.hint):null)}function sp(i){let e=P("div",{className:"ep-meta","data-testid":"progress-label"}),t=P("div",{className:"ep-fill"}),n=P("div",{className:"ep-progress","data-testid":"progress"},e,P("div",{className:"ep-bar"},t)),r=P("div",{"data-testid":"notices"}),s=P("section",{},n,r),o=a=>{let l=i.state;if(!a||a.has("loading")||a.has("computing")){let c=l.loading;if(n.style.display=c||l.computing?"":"none",c){let u=c.total?Math.min(100,100*c.loaded/c.total):null;e.textContent=`${c.label}: ${vu(c.loaded)}${c.total?` of ${vu(c.total)}`:""}`,t.classList.toggle("ep-indet",u===null),t.style.width=u===null?"":`${u}%`}else l.computing&&(e.textContent=l.computing,t.classList.add("ep-indet"))}(!a||a.has("notices"))&&r.replaceChildren(...l.notices.map(m_))};return i.subscribe((a,l)=>o(l)),o(),s}var op=`
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
`;function ap(){return{firstPcaFrameEpoch:0,firstFullPcaFrameEpoch:0,lastFrameEpoch:0,pcaDoneEpoch:0,dataLoadedEpoch:0,projectionGeneration:0,drawnGeneration:-1,ready:!1,lastProgress:null}}function lp({hook:i,store:e,scatter:t,positionsReady:n,analysis:r}){let s=t.canvas,o={hook:i,get state(){return e.state},set:a=>e.set(a),screenPositionOf(a){let l=t.screenPositionOf(a);if(!l)return null;let c=s.getBoundingClientRect();return{x:c.left+l.x,y:c.top+l.y}},pick:(a,l)=>t.pick(a,l),colorOf:a=>t.colorAt(a),isReady:()=>n()&&i.drawnGeneration===i.projectionGeneration&&!e.state.loading&&!e.state.computing,countPointPixels(){let{pixels:a}=Ja(t),l=[a[0],a[1],a[2]],c=0;for(let u=0;u<a.length;u+=4)Math.abs(a[u]-l[0])+Math.abs(a[u+1]-l[1])+Math.abs(a[u+2]-l[2])>30&&c++;return c},pixelAt(a,l){let c=s.getBoundingClientRect(),{pixels:u,width:h}=Ja(t),d=s.width/Math.max(1,c.width),f=4*(Math.floor((l-c.top)*d)*h+Math.floor((a-c.left)*d));return[u[f],u[f+1],u[f+2]]},piecesDiffer(a){let l=Ja(t).pixels,c=Ja(t,()=>t.renderInPiecesNow(a)).pixels,u=0;for(let h=0;h<l.length;h+=4)(l[h]!==c[h]||l[h+1]!==c[h+1]||l[h+2]!==c[h+2])&&u++;return{differ:u,pointPixels:this.countPointPixels()}},get drawCalls(){return t.drawCalls},get drawnPoints(){return t.drawnPoints},get moving(){return t.moving},get framePending(){return t.framePending},get drawnMoving(){return t.drawnMoving},get frameTimes(){return t.frameTimes},get frameLog(){return t.frameLog},controls:t.controls,analysis:r,renderNow:()=>t.renderNow()};return window.__embproj=o,o}function Ja(i,e=()=>i.renderNow()){let t=i.canvas;e();let n=document.createElement("canvas");n.width=t.width,n.height=t.height;let r=n.getContext("2d");return r.drawImage(t,0,0),{pixels:r.getImageData(0,0,n.width,n.height).data,width:n.width}}function cp(i){let e=null;try{e=window.parent&&window.parent!==window?window.parent.document.body:null}catch{e=null}let t=window.matchMedia?.("(prefers-color-scheme: dark)"),n=()=>e?e.classList.contains("dark-mode"):!!t?.matches,r=n();i(r);let s=()=>{let o=n();o!==r&&(r=o,i(o))};e?new MutationObserver(s).observe(e,{attributes:!0,attributeFilter:["class"]}):t?.addEventListener?.("change",s)}function up(i,e,t,n){if(n==="euclidean")return i;let r=new Float32Array(e*t);for(let s=0;s<e;s++){let o=s*t,a=0;for(let c=0;c<t;c++)a+=i[o+c]*i[o+c];let l=a>0?1/Math.sqrt(a):0;for(let c=0;c<t;c++)r[o+c]=i[o+c]*l}return r}function Eu(i,e,t,n){let r=0,s=0,o=0,a=0,l=0;for(;l+3<n;l+=4){let c=i[e+l]-i[t+l],u=i[e+l+1]-i[t+l+1],h=i[e+l+2]-i[t+l+2],d=i[e+l+3]-i[t+l+3];r+=c*c,s+=u*u,o+=h*h,a+=d*d}for(;l<n;l++){let c=i[e+l]-i[t+l];r+=c*c}return r+s+o+a}function hp(i,e){return e==="euclidean"?Math.sqrt(i):Math.min(2,i/2)}function dp(i,e){return{rows:Int32Array.from({length:i.n},(n,r)=>e+r),k:i.k,indices:i.indices,keys:i.keys}}function fp(i,e,t){let{rows:n,k:r,indices:s,keys:o}=i,a=new Float32Array(o.length);for(let l=0;l<o.length;l++)a[l]=hp(o[l],e);if(e==="cosine"&&t?.some(l=>l))for(let l=0;l<n.length;l++){let c=!1;for(let u=l*r;u<l*r+r;u++)s[u]>=0&&(t[n[l]]||t[s[u]])&&(a[u]=1,c=!0);c&&g_(s,a,l*r,r)}return{rows:n,k:r,indices:s,distances:a}}function g_(i,e,t,n){let r=Array.from({length:n},(s,o)=>[e[t+o],i[t+o]]);r.sort((s,o)=>s[0]-o[0]||s[1]-o[1]),r.forEach(([s,o],a)=>{e[t+a]=s,i[t+a]=o})}function Za(i,e,t){let n=new Int32Array(i*e).fill(-1),r=new Float32Array(i*e).fill(1/0),s=0;for(let o of t){if(o.k<e)throw new RangeError(`graph part of ${o.k} neighbours, ${e} wanted`);for(let a=0;a<o.rows.length;a++){let l=a*o.k,c=o.rows[a]*e;n.set(o.indices.subarray(l,l+e),c),r.set(o.distances.subarray(l,l+e),c)}s+=o.rows.length}if(s!==i)throw new RangeError(`graph parts cover ${s} of ${i} rows`);return{n:i,k:e,indices:n,distances:r}}function Qa(i){return[...i.parts.flatMap(e=>[e.rows.buffer,e.indices.buffer,e.distances.buffer]),...i.hints.map(e=>e.coordinates.buffer)]}function pp(i,e,t){let n=null;for(let r=0;r<e;r++){let s=!1;for(let o=0;o<t&&!s;o++)s=i[r*t+o]!==0;s||((n??(n=new Uint8Array(e)))[r]=1)}return n}var ft=class extends Error{constructor(e="superseded by a newer request"){super(e),this.name="CancelledError"}},Rn=class{constructor(e,t={}){w(this,"port",e);w(this,"nextId",1);w(this,"pending",new Map);w(this,"listeners",new Map);w(this,"errorClasses");w(this,"failure",null);this.errorClasses={CancelledError:ft,...t},e.addEventListener("message",n=>this.receive(n.data)),e.start?.()}call(e,t,n={}){return this.request(e,t,n).result}request(e,t,n={}){let r=this.nextId++,{signal:s}=n,o=new Promise((a,l)=>{if(this.failure)return l(this.failure);if(s?.aborted)return l(s.reason);let c=()=>{this.settle(r)&&(l(s.reason),this.port.postMessage({cancel:r}))};s?.addEventListener("abort",c);let u=()=>s?.removeEventListener("abort",c);this.pending.set(r,{resolve:a,reject:l,onProgress:n.onProgress,release:u});try{this.port.postMessage({id:r,method:e,args:t},n.transfer??[])}catch(h){this.settle(r),l(h)}});return{id:r,result:o}}on(e,t){let n=this.listeners.get(e);return n||this.listeners.set(e,n=new Set),n.add(t),()=>n.delete(t)}abandon(e,t=new ft){this.settle(e)?.reject(t)}fail(e){this.failure??(this.failure=e);for(let[t,n]of this.pending)this.settle(t),n.reject(this.failure)}close(e){this.fail(e),this.listeners.clear()}settle(e){let t=this.pending.get(e);return this.pending.delete(e),t?.release(),t}receive(e){if("event"in e){for(let n of this.listeners.get(e.event)??[])n(e.data);return}if("progress"in e){this.pending.get(e.id)?.onProgress?.(e.progress);return}let t=this.settle(e.id);t&&("error"in e?t.reject(new(this.errorClasses[e.name]??Error)(e.error)):t.resolve(e.result))}};function el(i,e=!1){let t=i.byteOffset===0&&i.byteLength===i.buffer.byteLength;if(t&&!e)return{array:i,transfer:[]};let n=t?i:i.slice();return{array:n,transfer:[n.buffer]}}var Wn=class{constructor(){w(this,"controller",new AbortController)}cancel(e=new ft){this.controller.abort(e),this.controller=new AbortController}next(){return this.cancel(),this.controller.signal}run(e){let t=this.next(),n=e(t);return new Promise((r,s)=>{let o=()=>s(t.reason);t.addEventListener("abort",o),n.then(r,s).finally(()=>t.removeEventListener("abort",o))})}};function hi(i,e,t,n){i.addEventListener("error",r=>{r.preventDefault();let s=r.message;n(new Error(`${e} worker failed: ${s||`could not start ${t}`}`))}),i.addEventListener("messageerror",()=>n(new Error(`${e} worker failed: a message from it could not be read`)))}function tl(i,e,t,n=!1){if(i.length<e*t)throw new RangeError(`load: ${i.length} values for ${e} x ${t}`);let{array:r,transfer:s}=el(i.subarray(0,e*t),n);return{rows:{data:r,n:e,d:t},transfer:s}}function nl(i,e,t){let n=new Float32Array(t.length*e);for(let r=0;r<t.length;r++)n.set(i.subarray(t[r]*e,t[r]*e+e),r*e);return n}var Tu=class{constructor(e,t=()=>{}){w(this,"onDispose",t);w(this,"rpc");w(this,"pendingLoad",0);w(this,"currentRun",0);w(this,"failureListeners",new Set);this.rpc=new Rn(e)}load(e,t,n,r={}){let{rows:s,transfer:o}=tl(e,t,n,r.transfer);this.supersedeRun(),this.rpc.abandon(this.pendingLoad);let a=this.rpc.request("load",s,{transfer:o});return this.pendingLoad=a.id,a.result}loadGraph(e){this.supersedeRun(),this.rpc.abandon(this.pendingLoad);let t=this.rpc.request("loadGraph",e,{transfer:Qa(e)});return this.pendingLoad=t.id,t.result}start(e,t={}){this.supersedeRun();let n=this.rpc.request("start",{options:e},{onProgress:t.onProgress});return this.currentRun=n.id,n.result}pause(){return this.rpc.call("pause",{})}resume(){return this.rpc.call("resume",{})}perturb(e){return this.rpc.call("perturb",{amount:e})}stop(){return this.rpc.call("stop",{})}setMaxIterations(e){return this.rpc.call("setMaxIterations",{maxIterations:e})}setSupervision(e){return this.rpc.call("setSupervision",{supervise:e})}onFrame(e){return this.rpc.on("frame",t=>{t.run===this.currentRun&&e(t.coordinates,t.iteration,t.converged,t)})}onState(e){return this.rpc.on("state",({run:t,status:n})=>{t===this.currentRun&&e(n)})}fail(e){this.rpc.fail(e);for(let t of this.failureListeners)t(e)}onFailure(e){return this.failureListeners.add(e),()=>this.failureListeners.delete(e)}dispose(){this.rpc.close(new ft("t-SNE client disposed")),this.onDispose()}supersedeRun(){this.rpc.abandon(this.currentRun),this.currentRun=0}};function mp(i=new URL("./tsne.worker.js",import.meta.url)){let e=new Worker(i,{type:"module"}),t=new Tu(e,()=>e.terminate());return hi(e,"t-SNE",i,n=>t.fail(n)),t}var Ss=new Int32Array(0);function y_(i,e){let t=new Int32Array(i.length+e.length),n=0,r=0,s=0;for(;n<i.length||r<e.length;){let o=r>=e.length||n<i.length&&i[n]<=e[r]?i[n++]:e[r++];(s===0||t[s-1]!==o)&&(t[s++]=o)}return t.slice(0,s)}function x_(i,e){let t=new Int32Array(i.length),n=0,r=0;for(let s=0;s<i.length;s++){for(;n<e.length&&e[n]<i[s];)n++;n<e.length&&e[n]===i[s]||(t[r++]=i[s])}return t.slice(0,r)}function Sr(i,e){let t=0,n=i.length-1;for(;t<=n;){let r=t+n>>1;if(i[r]===e)return!0;i[r]<e?t=r+1:n=r-1}return!1}function As(i,e,t){return t==="add"?y_(i,e):t==="remove"?x_(i,e):e}function b_(i,e,t){let n=!1,r=t.length>>1;for(let s=0,o=r-1;s<r;o=s++){let a=t[2*s],l=t[2*s+1],c=t[2*o],u=t[2*o+1];l>e!=u>e&&i<(c-a)*(e-l)/(u-l)+a&&(n=!n)}return n}function gp(i,e,t,n,r,s,o){let a=Math.min(t,r),l=Math.max(t,r),c=Math.min(n,s),u=Math.max(n,s),h=[];for(let d=0;d<i.length;d++){let f=i[d],m=e[d];f>=a&&f<=l&&m>=c&&m<=u&&(!o||o(d))&&h.push(d)}return Int32Array.from(h)}function yp(i,e,t,n){if(t.length<6)return Ss;let r=1/0,s=-1/0,o=1/0,a=-1/0;for(let c=0;c<t.length;c+=2)r=Math.min(r,t[c]),s=Math.max(s,t[c]),o=Math.min(o,t[c+1]),a=Math.max(a,t[c+1]);let l=[];for(let c=0;c<i.length;c++){let u=i[c],h=e[c];u>=r&&u<=s&&h>=o&&h<=a&&(n&&!n(c)||b_(u,h,t)&&l.push(c))}return Int32Array.from(l)}var xp="http://www.w3.org/2000/svg";function bp(i,e){return i.altKey||e&&(i.ctrlKey||i.metaKey)?"remove":i.shiftKey?"add":"replace"}function vp(i){let{store:e,plot:t}=i,n=document.createElementNS(xp,"svg");n.setAttribute("class","ep-sel-svg");let r=document.createElementNS(xp,"path");r.setAttribute("class","ep-sel-shape"),n.appendChild(r);let s=P("div",{className:"ep-sel-overlay","data-testid":"selection-overlay"});s.appendChild(n),t.appendChild(s);let o=["pan","box","lasso"].map(y=>{let g=P("button",{"data-testid":`select-mode-${y}`,title:{pan:"Pan / rotate (Ctrl+drag: box select)",box:"Box select (Shift adds, Alt removes)",lasso:"Lasso select (Shift adds, Alt removes)"}[y]},{pan:"Pan",box:"Box",lasso:"Lasso"}[y]);return g.addEventListener("click",()=>e.set({selectMode:y})),g}),a=P("span",{className:"ep-seg","data-testid":"select-modes"},...o),l=()=>{let y=e.state.selectMode;o.forEach((g,p)=>g.classList.toggle("ep-on",["pan","box","lasso"][p]===y)),s.classList.toggle("ep-active",y!=="pan"),s.dataset.mode=y};e.subscribe((y,g)=>{g.has("selectMode")&&l()}),l();let c=null,u=y=>{let g=t.getBoundingClientRect();return[y.clientX-g.left,y.clientY-g.top]},h=()=>{if(!c){r.setAttribute("d","");return}let y=c.pts;if(c.kind==="box"){let[g,p,x,_]=[y[0],y[1],y[y.length-2],y[y.length-1]];r.setAttribute("d",`M${g},${p}H${x}V${_}H${g}Z`)}else{let g="";for(let p=0;p<y.length;p+=2)g+=`${p?"L":"M"}${y[p]},${y[p+1]}`;r.setAttribute("d",g+"Z")}},d=(y,g,p,x=!1)=>{c={kind:g,how:p,pts:u(y),id:y.pointerId,ctrlClick:x},s.classList.add("ep-dragging"),h()},f=y=>{if(!c||y.pointerId!==c.id)return;let[g,p]=u(y);if(c.kind==="box")c.pts=[c.pts[0],c.pts[1],g,p];else{let x=c.pts.length;Math.hypot(g-c.pts[x-2],p-c.pts[x-1])>=2&&c.pts.push(g,p)}h()},m=y=>{if(!c||y.pointerId!==c.id)return;f(y);let g=c;c=null,s.classList.remove("ep-dragging"),h();let p=g.pts,x=!0;for(let E=2;E<p.length&&x;E+=2)x=Math.abs(p[E]-p[0])<3&&Math.abs(p[E+1]-p[1])<3;if(x&&g.ctrlClick){let E=i.screenPositions(),S=-1,b=36;for(let A=0;A<E.x.length;A++){let N=(E.x[A]-p[0])**2+(E.y[A]-p[1])**2;N<b&&i.visible(A)&&(S=A,b=N)}S>=0&&i.onSelect(As(e.state.selection,Int32Array.of(S),"remove"));return}if(x){g.how==="replace"&&i.onSelect(new Int32Array(0));return}let _=i.screenPositions(),v=g.kind==="box"?gp(_.x,_.y,p[0],p[1],p[2],p[3],i.visible):yp(_.x,_.y,p,i.visible);i.onSelect(As(e.state.selection,v,g.how))};return s.addEventListener("pointerdown",y=>{if(y.button===0){y.preventDefault();try{s.setPointerCapture(y.pointerId)}catch{}d(y,e.state.selectMode==="lasso"?"lasso":"box",bp(y,!0))}}),s.addEventListener("pointermove",f),s.addEventListener("pointerup",m),s.addEventListener("pointercancel",()=>{c=null,s.classList.remove("ep-dragging"),h()}),t.addEventListener("pointerdown",y=>{if(e.state.selectMode!=="pan"||y.button!==0||!(y.ctrlKey||y.metaKey)||y.target===s)return;y.stopPropagation(),y.preventDefault(),d(y,"box",bp({ctrlKey:!1,metaKey:!1,shiftKey:y.shiftKey,altKey:y.altKey},!1),!0);let g=x=>f(x),p=x=>{m(x),window.removeEventListener("pointermove",g,!0),window.removeEventListener("pointerup",p,!0)};window.addEventListener("pointermove",g,!0),window.addEventListener("pointerup",p,!0)},{capture:!0}),{toolbar:a,overlay:s}}var Fi=class extends Error{constructor(e="UMAP stopped before the first epoch"){super(e),this.name="UmapStoppedError"}};var Cu=class{constructor(e,t=()=>{}){w(this,"onDispose",t);w(this,"rpc");w(this,"currentRun",0);w(this,"frameListeners",new Set);w(this,"progressListeners",new Set);w(this,"passOn",e=>{if("frame"in e)this.emit(e.frame);else for(let t of this.progressListeners)t(e.init)});this.rpc=new Rn(e,{UmapStoppedError:Fi})}load(e,t,n,r={}){let{rows:s,transfer:o}=tl(e,t,n,r.transfer);return this.supersedeRun(),this.rpc.call("load",s,{transfer:o})}loadGraph(e){return this.supersedeRun(),this.rpc.call("loadGraph",e,{transfer:Qa(e)})}start(e={}){return this.supersedeRun(),this.run(this.rpc.request("start",e,{onProgress:this.passOn}))}resume(){return this.supersedeRun(),this.run(this.rpc.request("resume",{},{onProgress:this.passOn}))}stop(){return this.rpc.call("stop",{})}onFrame(e){return this.frameListeners.add(e),()=>this.frameListeners.delete(e)}onProgress(e){return this.progressListeners.add(e),()=>this.progressListeners.delete(e)}fail(e){this.rpc.fail(e)}dispose(){this.rpc.close(new ft("UMAP client disposed")),this.onDispose()}supersedeRun(){this.rpc.abandon(this.currentRun),this.currentRun=0}async run(e){this.currentRun=e.id;let t=await e.result;return this.emit(t),t}emit(e){for(let t of this.frameListeners)t(e.coordinates,e.epoch,e.nEpochs,e.done,e)}};function _p(i=new URL("./umap.worker.js",import.meta.url)){let e=new Worker(i,{type:"module"}),t=new Cu(e,()=>e.terminate());return hi(e,"UMAP",i,n=>t.fail(n)),t}function Ru(i){for(let e of i)e.detached||typeof SharedArrayBuffer<"u"&&e instanceof SharedArrayBuffer||e.transfer?.(0)}function Sp(i,e){return Math.max(1,Math.min(i-1,Math.floor(3*e)))}function Ap(i,e,t){if(e>=i)return Int32Array.from({length:i},(r,s)=>s);let n=new Set;for(let r=i-e;r<i;r++){let s=Math.floor(t()*(r+1));n.add(n.has(s)?r:s)}return Int32Array.from([...n].sort((r,s)=>r-s))}function wp(i,e,t,n){let{rows:r,coordinates:s,dim:o}=n,a=new Float32Array(i*o),l=new Uint16Array(i);r.forEach((h,d)=>{l[h]=1;for(let f=0;f<o;f++)a[h*o+f]=s[d*o+f]});let c=new Float64Array(o),u=i-r.length;for(let h=1;u>0&&h<65535;h++){let d=0;for(let f of e){let m=Math.min(t,f.k);for(let y=0;y<f.rows.length;y++){let g=f.rows[y];if(l[g]!==0)continue;c.fill(0);let p=0;for(let x=y*f.k,_=x+m;x<_;x++){let v=f.indices[x];if(!(v<0||l[v]===0||l[v]>h)){for(let E=0;E<o;E++)c[E]+=a[v*o+E];p++}}if(p!==0){for(let x=0;x<o;x++)a[g*o+x]=c[x]/p;l[g]=h+1,d++}}}if(u-=d,d===0)break}if(u>0){let h=new Float64Array(o);for(let d=0;d<r.length;d++)for(let f=0;f<o;f++)h[f]+=s[d*o+f]/r.length;for(let d=0;d<i;d++)if(l[d]===0)for(let f=0;f<o;f++)a[d*o+f]=h[f]}return a}function Mp(i,e,t,n){let r=i.length/e,s=0;for(let l=0;l<r;l++)s+=i[l*e]/r;let o=0;for(let l=0;l<r;l++)o+=(i[l*e]-s)**2/Math.max(1,r-1);let a=t*Math.sqrt(o);if(a>0)for(let l=0;l<i.length;l++)i[l]+=a*n()}function v_(i){return i+1831565813|0}function __(i){let e=Math.imul(i^i>>>15,i|1);return e^=e+Math.imul(e^e>>>7,e|61),(e^e>>>14)>>>0}function S_(i){let e=i|0;return()=>(e=v_(e),__(e)/4294967296)}function Ar(i){return S_(i>>>0^2654435769)}function wr(i,e){return Math.floor(i()*e)}function Ep(i){return()=>Math.sqrt(-2*Math.log(1-i()))*Math.cos(2*Math.PI*i())}var Iu=Uint8Array.from(atob("AGFzbQEAAAABCQFgBX9/f39/AAIPAQNlbnYGbWVtb3J5AgABAwIBAAcOAQphY2N1bXVsYXRlAAAKkQUBjgUCCn8Le0EAIQUDQCAAIAUgAWxqIQggCCABaiEJIAVBfHEhBgNAIAAgBiABbGohCiAKIAFqIQsgCyABaiEMIAwgAWohDf0MAAAAAAAAAAAAAAAAAAAAACES/QwAAAAAAAAAAAAAAAAAAAAAIRP9DAAAAAAAAAAAAAAAAAAAAAAhFP0MAAAAAAAAAAAAAAAAAAAAACEV/QwAAAAAAAAAAAAAAAAAAAAAIRb9DAAAAAAAAAAAAAAAAAAAAAAhF/0MAAAAAAAAAAAAAAAAAAAAACEY/QwAAAAAAAAAAAAAAAAAAAAAIRlBACEHA0AgCCAHav0ABAAhDyAJIAdq/QAEACEQIAogB2r9AAQAIREgEiAPIBH98gH98AEhEiAWIBAgEf3yAf3wASEWIAsgB2r9AAQAIREgEyAPIBH98gH98AEhEyAXIBAgEf3yAf3wASEXIAwgB2r9AAQAIREgFCAPIBH98gH98AEhFCAYIBAgEf3yAf3wASEYIA0gB2r9AAQAIREgFSAPIBH98gH98AEhFSAZIBAgEf3yAf3wASEZIAdBEGoiByACSQ0ACyAEIAUgA2wgBmpBA3RqIQ4gDiAOKwMAIBL9IQAgEv0hAaCgOQMAIA4gDisDCCAT/SEAIBP9IQGgoDkDCCAOIA4rAxAgFP0hACAU/SEBoKA5AxAgDiAOKwMYIBX9IQAgFf0hAaCgOQMYIA4gA0EDdGohDiAOIA4rAwAgFv0hACAW/SEBoKA5AwAgDiAOKwMIIBf9IQAgF/0hAaCgOQMIIA4gDisDECAY/SEAIBj9IQGgoDkDECAOIA4rAxggGf0hACAZ/SEBoKA5AxggBkEEaiIGIANJDQALIAVBAmoiBSADSQ0ACws="),i=>i.charCodeAt(0));var Pu=4;function Tp(i,e){if(i%Pu!==0||e%2!==0)return null;let t=A_();if(!t)return null;let n=i*e*8,r=i*i*8,s=Math.ceil((n+r)/65536)+1,o,a;try{o=new WebAssembly.Memory({initial:s}),a=new WebAssembly.Instance(t,{env:{memory:o}})}catch{return null}let l=a.exports.accumulate,c=new Float64Array(o.buffer,0,i*e),u=new Float64Array(o.buffer,n,i*i);return{block:c,upper:u,accumulate(h){h<=0||l(0,e*8,Math.ceil(h/2)*16,i,n)}}}var Mr;function A_(){if(Mr!==void 0||(Mr=null,typeof WebAssembly>"u"))return Mr;try{WebAssembly.validate(Iu)&&(Mr=new WebAssembly.Module(Iu))}catch{}return Mr}function w_(i,e,t){let n=new Float64Array(t);for(let r=0;r<e;r++){let s=r*t;for(let o=0;o<t;o++)n[o]+=i[s+o]}return n}function Cp(i,e,t){let n=new Float64Array(e);for(let r=0;r<t.length;r++){let s=t[r]*e;for(let o=0;o<e;o++)n[o]+=i[s+o]}return n}function Ms(i,e,t){let n=w_(i,e,t);if(e>0)for(let r=0;r<t;r++)n[r]/=e;return n}var ws=3;function M_(i){let e=Math.floor(524288/(8*Math.max(i,1)));return Math.max(32,Math.min(256,e))&-8}function*E_(i,e,t,n,r={}){let s=r.wasm!==!1&&e>0,o=s?Pu:ws,a=Math.ceil(t/o)*o,l=M_(a),c=s?Tp(a,l):null;c||(a=Math.ceil(t/ws)*ws);let u=c?c.block:new Float64Array(a*l),h=c?c.upper:new Float64Array(a*a);for(let f=0;f<e;f+=l){let m=Math.min(l,e-f);m<l&&u.fill(0);let y=r.scaling;for(let g=0;g<m;g++){let p=(f+g)*t;if(y){let{centre:x}=y,_=y.scale[f+g];for(let v=0;v<t;v++)u[v*l+g]=(i[p+v]-x[v])*_-n[v]}else for(let x=0;x<t;x++)u[x*l+g]=i[p+x]-n[x]}c?c.accumulate(m):T_(u,l,m,a,h),yield Math.min(1,(f+m)/e)}let d=new Float64Array(t*t);for(let f=0;f<t;f++)for(let m=f;m<t;m++){let y=h[f*a+m];d[f*t+m]=y,d[m*t+f]=y}return d}function Es(i,e){let t=e>1?1/(e-1):1;for(let n=0;n<i.length;n++)i[n]*=t;return i}function*Rp(i,e,t,n,r={}){return Es(yield*E_(i,e,t,n,r),e)}function T_(i,e,t,n,r){for(let s=0;s<n;s+=ws){let o=s*e,a=o+e,l=a+e;for(let c=s;c<n;c+=ws){let u=c*e,h=u+e,d=h+e,f=0,m=0,y=0,g=0,p=0,x=0,_=0,v=0,E=0;for(let N=0;N<t;N++){let I=i[o+N],R=i[a+N],C=i[l+N],D=i[u+N],L=i[h+N],B=i[d+N];f+=I*D,m+=I*L,y+=I*B,g+=R*D,p+=R*L,x+=R*B,_+=C*D,v+=C*L,E+=C*B}let S=s*n+c,b=S+n,A=b+n;r[S]+=f,r[S+1]+=m,r[S+2]+=y,r[b]+=g,r[b+1]+=p,r[b+2]+=x,r[A]+=_,r[A+1]+=v,r[A+2]+=E}}}function Xn(i){let e=new Float64Array(i[0].length);for(let t of i)for(let n=0;n<e.length;n++)e[n]+=t[n];return e}function Ip(i,e,t,n){let r=new Float64Array(e);for(let s=0;s<e;s++){let o=s*t,a=0;for(let l=0;l<t;l++){let c=i[o+l]-n[l];a+=c*c}r[s]=a>0?1/Math.sqrt(a):0}return{centre:n,scale:r}}function Lp(i,e,t=e){let n=Math.max(0,Math.min(t,e)),r=C_(Float64Array.from(i),e),s=Float64Array.from(r.diagonal);R_(s,Float64Array.from(r.offDiagonal),e),s.sort().reverse();let o=I_(r,s.subarray(0,n),e);for(let a=0;a<n;a++)r.applyQ(o.subarray(a*e,a*e+e));return{values:s,vectors:o}}function C_(i,e){let t=new Float64Array(e),n=new Float64Array(e),r=[],s=new Float64Array(e);for(let a=0;a+2<e;a++){let l=a+1,c=e-l,u=i.slice(a*e+l,a*e+e),h=0;for(let _=0;_<c;_++)h+=u[_]*u[_];t[a]=i[a*e+a];let d=u[0],f=Math.sqrt(h),m=d>0?-f:f,y=2*(h-m*d);if(f===0||y<=Number.MIN_VALUE){n[a]=d;continue}u[0]=d-m;let g=2/y;n[a]=m,r.push({first:l,beta:g,v:u}),s.fill(0,0,c);for(let _=0;_<c;_++){let v=(l+_)*e+l,E=u[_],S=i[v+_]*E;for(let b=_+1;b<c;b++){let A=i[v+b];S+=A*u[b],s[b]+=A*E}s[_]+=S}let p=0;for(let _=0;_<c;_++)s[_]*=g,p+=u[_]*s[_];let x=.5*g*p;for(let _=0;_<c;_++)s[_]-=x*u[_];for(let _=0;_<c;_++){let v=(l+_)*e+l,E=u[_],S=s[_];for(let b=_;b<c;b++)i[v+b]-=E*s[b]+S*u[b]}}return e>=2&&(t[e-2]=i[(e-2)*e+e-2],n[e-2]=i[(e-2)*e+e-1]),e>=1&&(t[e-1]=i[(e-1)*e+e-1]),{diagonal:t,offDiagonal:n,applyQ:a=>{for(let l=r.length-1;l>=0;l--){let{first:c,beta:u,v:h}=r[l],d=0;for(let m=0;m<h.length;m++)d+=h[m]*a[c+m];let f=u*d;for(let m=0;m<h.length;m++)a[c+m]-=f*h[m]}}}}function R_(i,e,t){for(let n=0;n<t;n++)for(let r=0;;r++){let s=n;for(;s<t-1;){let d=Math.abs(i[s])+Math.abs(i[s+1]);if(Math.abs(e[s])<=Number.EPSILON*d)break;s++}if(s===n)break;if(r>=64)throw new Error("symmetricEigen: QL did not converge");let o=(i[n+1]-i[n])/(2*e[n]),a=Math.hypot(o,1);o=i[s]-i[n]+e[n]/(o+(o>=0?a:-a));let l=1,c=1,u=0,h=!1;for(let d=s-1;d>=n;d--){let f=l*e[d],m=c*e[d];if(a=Math.hypot(f,o),e[d+1]=a,a===0){i[d+1]-=u,e[s]=0,h=!0;break}l=f/a,c=o/a,o=i[d+1]-u,a=(i[d]-o)*l+2*c*m,u=l*a,i[d+1]=o+u,o=c*a-m}h||(i[n]-=u,e[n]=o,e[s]=0)}}function I_(i,e,t){let{diagonal:n,offDiagonal:r}=i,s=0;for(let h=0;h<t;h++)s=Math.max(s,Math.abs(n[h])+Math.abs(r[h])+(h>0?Math.abs(r[h-1]):0));let o=Math.max(s,Number.MIN_VALUE)*Number.EPSILON,a=new Float64Array(e.length*t),l=new Lu(n,r,t,o),c=P_(625341585),u=0;for(let h=0;h<e.length;h++){h>0&&e[h-1]-e[h]>.001*s&&(u=h),l.factor(e[h]);let d=a.subarray(h*t,h*t+t);for(let f=0;f<t;f++)d[f]=c()-.5;for(let f=0;f<4;f++){Pp(d),l.solve(d);for(let m=u;m<h;m++){let y=a.subarray(m*t,m*t+t),g=0;for(let p=0;p<t;p++)g+=d[p]*y[p];for(let p=0;p<t;p++)d[p]-=g*y[p]}if(!Pp(d))for(let m=0;m<t;m++)d[m]=c()-.5}}return a}var Lu=class{constructor(e,t,n,r){w(this,"diagonal",e);w(this,"off",t);w(this,"d",n);w(this,"tinyPivot",r);w(this,"u0");w(this,"u1");w(this,"u2");w(this,"multiplier");w(this,"swapped");this.u0=new Float64Array(n),this.u1=new Float64Array(n),this.u2=new Float64Array(n),this.multiplier=new Float64Array(n),this.swapped=new Uint8Array(n)}factor(e){let{diagonal:t,off:n,d:r}=this,s=t[0]-e,o=r>1?n[0]:0,a=0;for(let l=0;l+1<r;l++){let c=n[l],u=t[l+1]-e,h=l+2<r?n[l+1]:0;if(Math.abs(s)>=Math.abs(c)){let d=s===0?this.tinyPivot:s,f=c/d;this.setRow(l,d,o,a,f,0),s=u-f*o,o=h-f*a}else{let d=s/c;this.setRow(l,c,u,h,d,1),s=o-d*u,o=a-d*h}a=0}this.setRow(r-1,s===0?this.tinyPivot:s,0,0,0,0)}solve(e){let{d:t,u0:n,u1:r,u2:s,multiplier:o,swapped:a}=this;for(let l=0;l+1<t;l++){if(a[l]){let c=e[l];e[l]=e[l+1],e[l+1]=c}e[l+1]-=o[l]*e[l]}for(let l=t-1;l>=0;l--){let c=e[l];l+1<t&&(c-=r[l]*e[l+1]),l+2<t&&(c-=s[l]*e[l+2]),e[l]=c/n[l]}}setRow(e,t,n,r,s,o){this.u0[e]=t,this.u1[e]=n,this.u2[e]=r,this.multiplier[e]=s,this.swapped[e]=o}};function Pp(i){let e=0;for(let r=0;r<i.length;r++)e=Math.max(e,Math.abs(i[r]));if(!(e>0)||!Number.isFinite(e))return!1;let t=0;for(let r=0;r<i.length;r++)t+=(i[r]/e)**2;let n=1/(e*Math.sqrt(t));for(let r=0;r<i.length;r++)i[r]*=n;return!0}function P_(i){let e=i>>>0;return()=>(e=Math.imul(e,1664525)+1013904223>>>0,e/4294967296)}var Np=10;function Fu(i,e,t,n=Ms(i,e,t)){let{scale:r}=Ip(i,e,t,n),s=new Float32Array(e*t);for(let o=0;o<e;o++){let a=o*t,l=r[o];for(let c=0;c<t;c++)s[a+c]=(i[a+c]-n[c])*l}return s}function*L_(i,e,t,n=Np){Uu(i,e,t);let r=Ms(i,e,t);Ou(r);let s=yield*D_(Rp(i,e,t,r),.95),o=N_(s,t,n,r);return yield 1,o}function N_(i,e,t,n){let r=Math.max(0,Math.min(t,e)),s=Lp(i,e,r),o=0;for(let u=0;u<e;u++)o+=i[u*e+u];let a=new Float32Array(r*e),l=new Float64Array(r),c=new Float64Array(r);for(let u=0;u<r;u++){let h=s.vectors.subarray(u*e,u*e+e),d=F_(h);for(let f=0;f<e;f++)a[u*e+f]=d*h[f];l[u]=Math.max(0,s.values[u]),c[u]=o>0?l[u]/o:0}return{components:a,variance:l,varianceFraction:c,totalVariance:o,mean:Float32Array.from(n)}}function Fp(i,e,t,n=Np,r){let s=L_(i,e,t,n);for(;;){let o=s.next();if(o.done)return o.value;r?.(o.value)}}function Du(i,e,t,n,r,s,o){Uu(i,e,t);let a=Math.floor(r.length/t);for(let d of s)if(!Number.isInteger(d)||d<0||d>=a)throw new RangeError(`project: component ${d} is not in 0..${a-1}`);let l=s.length,c=s.map(d=>Nu(n,0,r,d*t,t)),u=s.map(d=>o?Nu(o.centre,0,r,d*t,t):0),h=new Float32Array(e*l);for(let d=0;d<e;d++){let f=d*t,m=o?o.scale[d]:1;for(let y=0;y<l;y++)h[d*l+y]=m*(Nu(i,f,r,s[y]*t,t)-u[y])-c[y]}return h}function Dp(i,e,t,n,r){let s=Array.from({length:Math.floor(r.length/Math.max(1,t))},(o,a)=>a);return Du(i,e,t,n,r,s)}function Up(i,e,t){Uu(i,e,t);let n=new Float32Array(e*3),r=Math.min(t,3);for(let s=0;s<e;s++)for(let o=0;o<r;o++)n[s*3+o]=i[s*t+o];return n}function Nu(i,e,t,n,r){let s=0;for(let o=0;o<r;o++)s+=i[e+o]*t[n+o];return s}function F_(i){let e=0;for(let t=0;t<i.length;t++)Math.abs(i[t])>Math.abs(e)&&(e=i[t]);return e<0?-1:1}function*D_(i,e){for(;;){let t=i.next();if(t.done)return t.value;yield t.value*e}}function Uu(i,e,t){if(!Number.isInteger(e)||!Number.isInteger(t)||e<0||t<1||i.length<e*t)throw new RangeError(`expected an n x d = ${e} x ${t} Float32Array, got length ${i.length}`)}function Ou(i){let e=i.findIndex(t=>!Number.isFinite(t));if(e>=0)throw new Error(`the data has NaN or infinite values (column ${e})`)}var Er=class{constructor(e){w(this,"size",e);w(this,"keys");w(this,"ids");w(this,"count",0);this.keys=new Float64Array(e),this.ids=new Int32Array(e)}offer(e,t){let{keys:n,ids:r,size:s}=this;if(this.count<s){let o=this.count++;for(;o>0;){let a=o-1>>1;if(!il(t,e,n[a],r[a]))break;n[o]=n[a],r[o]=r[a],o=a}n[o]=t,r[o]=e;return}s===0||!il(n[0],r[0],t,e)||this.siftDown(t,e,s)}indices(){return Array.from(this.ids.subarray(0,this.count))}drainSorted(e,t,n){let r=this.count;for(let s=r-1;s>=0;s--)e[n+s]=this.keys[0],t[n+s]=this.ids[0],this.count--,this.count>0&&this.siftDown(this.keys[this.count],this.ids[this.count],this.count);return r}siftDown(e,t,n){let{keys:r,ids:s}=this,o=0;for(;;){let a=2*o+1;if(a>=n)break;let l=a;if(a+1<n&&il(r[a+1],s[a+1],r[a],s[a])&&(l=a+1),!il(r[l],s[l],e,t))break;r[o]=r[l],s[o]=s[l],o=l}r[o]=e,s[o]=t}};function il(i,e,t,n){return i>t||i===t&&e>n}var Op=Uint8Array.from(atob("AGFzbQEAAAABEgJgBX9/f39/AGAFf39/f38BfwIPAQNlbnYGbWVtb3J5AgABAwQDAAABByEDCWRpc3RhbmNlcwAABGRvdHMAAQpwYWlyc0JlbG93AAIK1AsD1wMDBX8CfQV7IARBQHEhCCAEQXBxIQlBACEFAkADQCAFIAJPDQEgASAFQQJ0aigCACEG/QwAAAAAAAAAAAAAAAAAAAAAIQz9DAAAAAAAAAAAAAAAAAAAAAAhDf0MAAAAAAAAAAAAAAAAAAAAACEO/QwAAAAAAAAAAAAAAAAAAAAAIQ9BACEHAkADQCAHIAhPDQEgACAHav0ABAAgBiAHav0ABAD95QEiECAQ/eYBIAz95AEhDCAAIAdq/QAEECAGIAdq/QAEEP3lASIQIBD95gEgDf3kASENIAAgB2r9AAQgIAYgB2r9AAQg/eUBIhAgEP3mASAO/eQBIQ4gACAHav0ABDAgBiAHav0ABDD95QEiECAQ/eYBIA/95AEhDyAHQcAAaiEHDAALCwJAA0AgByAJTw0BIAAgB2r9AAQAIAYgB2r9AAQA/eUBIhAgEP3mASAM/eQBIQwgB0EQaiEHDAALCyAMIA395AEgDiAP/eQB/eQBIQwgDP0fACAM/R8BkiAM/R8CkiAM/R8DkiEKAkADQCAHIARPDQEgCiAAIAdqKgIAIAYgB2oqAgCTIgsgC5SSIQogB0EEaiEHDAALCyADIAVBAnRqIAo4AgAgBUEBaiEFDAALCwuvAwMFfwF9BHsgBEFAcSEIIARBcHEhCUEAIQUCQANAIAUgAk8NASABIAVBAnRqKAIAIQb9DAAAAAAAAAAAAAAAAAAAAAAhC/0MAAAAAAAAAAAAAAAAAAAAACEM/QwAAAAAAAAAAAAAAAAAAAAAIQ39DAAAAAAAAAAAAAAAAAAAAAAhDkEAIQcCQANAIAcgCE8NASAAIAdq/QAEACAGIAdq/QAEAP3mASAL/eQBIQsgACAHav0ABBAgBiAHav0ABBD95gEgDP3kASEMIAAgB2r9AAQgIAYgB2r9AAQg/eYBIA395AEhDSAAIAdq/QAEMCAGIAdq/QAEMP3mASAO/eQBIQ4gB0HAAGohBwwACwsCQANAIAcgCU8NASAAIAdq/QAEACAGIAdq/QAEAP3mASAL/eQBIQsgB0EQaiEHDAALCyALIAz95AEgDSAO/eQB/eQBIQsgC/0fACAL/R8BkiAL/R8CkiAL/R8DkiEKAkADQCAHIARPDQEgCiAAIAdqKgIAIAYgB2oqAgCUkiEKIAdBBGohBwwACwsgAyAFQQJ0aiAKOAIAIAVBAWohBQwACwsLxwQFBX8CfQV7A38BfSAEQUBxIQggBEFwcSEJIAMhE0EAIQUCQANAIAUgAk8NASAAIAVBAnRqKAIAIREgACAFQQJ0aioCgIABIRQgBUEBaiESAkADQCASIAFPDQEgACASQQJ0aigCACEG/QwAAAAAAAAAAAAAAAAAAAAAIQz9DAAAAAAAAAAAAAAAAAAAAAAhDf0MAAAAAAAAAAAAAAAAAAAAACEO/QwAAAAAAAAAAAAAAAAAAAAAIQ9BACEHAkADQCAHIAhPDQEgESAHav0ABAAgBiAHav0ABAD95QEiECAQ/eYBIAz95AEhDCARIAdq/QAEECAGIAdq/QAEEP3lASIQIBD95gEgDf3kASENIBEgB2r9AAQgIAYgB2r9AAQg/eUBIhAgEP3mASAO/eQBIQ4gESAHav0ABDAgBiAHav0ABDD95QEiECAQ/eYBIA/95AEhDyAHQcAAaiEHDAALCwJAA0AgByAJTw0BIBEgB2r9AAQAIAYgB2r9AAQA/eUBIhAgEP3mASAM/eQBIQwgB0EQaiEHDAALCyAMIA395AEgDiAP/eQB/eQBIQwgDP0fACAM/R8BkiAM/R8CkiAM/R8DkiEKAkADQCAHIARPDQEgCiARIAdqKgIAIAYgB2oqAgCTIgsgC5SSIQogB0EEaiEHDAALCyAKIBRdIAogACASQQJ0aioCgIABXXIEQCATIAUgEkEQdHI2AgAgEyAKOAIEIBNBCGohEwsgEkEBaiESDAALCyAFQQFqIQUMAAsLIBMgA2tBA3YL"),i=>i.charCodeAt(0));var Bp=4096*4,Ts;function U_(){if(Ts!==void 0)return Ts;try{Ts=typeof WebAssembly=="object"?new WebAssembly.Module(Op):null}catch{Ts=null}return Ts}function rl(i){let e=U_();if(!e)return null;let{exports:t}=new WebAssembly.Instance(e,{env:{memory:i}});return{distances:t.distances,dots:t.dots,pairsBelow:t.pairsBelow}}function sl(i){try{return new WebAssembly.Memory({initial:Math.ceil(i/65536)+1})}catch{return null}}var Ye=4096,Tr=16384;function kp(i,e,t,n=!0,r){if(r){let s=O_(e,t,n);for(let o=0;o<e;o++)s.writeRows(o,i.subarray(r[o]*t,r[o]*t+t),1);return s}return n&&Gp(e,t,i)||zp(i,e,t)}function O_(i,e,t=!0){return t&&Gp(i,e,null)||zp(new Float32Array(i*e),i,e)}function zp(i,e,t){let n=new Int32Array(e);for(let a=0;a<e;a++)n[a]=a*t;let r=new ArrayBuffer(Tr*8),s=new Int32Array(r),o=new Float32Array(r);return{belowCodes:s,belowKeys:o,pairsBelow(a,l,c,u){let h=0;for(let d=0;d<c;d++)for(let f=d+1;f<l;f++){let m=Math.fround(Eu(i,n[a[d]],n[a[f]],t));(m<u[d]||m<u[f])&&(s[2*h]=d|f<<16,o[2*h+1]=m,h++)}return h},fromRow(a,l,c,u,h=0){let d=n[a];for(let f=0;f<c;f++)u[f]=Eu(i,d,n[l[h+f]],t)},renumber(a){let l=n.slice();for(let c=0;c<e;c++)n[c]=l[a[c]]},writeRows(a,l,c){for(let u=0;u<c;u++)i.set(l.subarray(u*t,u*t+t),n[a+u])}}}function Gp(i,e,t){let n=Math.ceil(e/4)*4,r=n*4,s=i*r,o=s+Bp,a=o+Ye*4,l=sl(a+Tr*8),c=l&&rl(l);if(!l||!c)return null;let u=c.distances,h=c.pairsBelow,d=new Float32Array(l.buffer,0,i*n),f=(_,v,E)=>{if(n===e)d.set(v.subarray(0,E*e),_*n);else for(let S=0;S<E;S++)d.set(v.subarray(S*e,S*e+e),(_+S)*n)};t&&f(0,t,i);let m=new Int32Array(l.buffer,s,Ye),y=new Float32Array(l.buffer,a,Ye),g=new Float32Array(l.buffer,o,Ye),p=new Int32Array(l.buffer,a,2*Tr),x=new Float32Array(l.buffer,a,2*Tr);return{fromRow(_,v,E,S,b=0){for(let A=0;A<E;A++)m[A]=v[b+A]*r;u(_*r,s,E,a,r);for(let A=0;A<E;A++)S[A]=y[A]},belowCodes:p,belowKeys:x,pairsBelow(_,v,E,S){for(let b=0;b<v;b++)m[b]=_[b]*r;return g.set(S.subarray(0,v)),h(s,v,E,a,r)},writeRows:f,renumber(_){let v=new Float32Array(n),E=new Uint8Array(i);for(let S=0;S<i;S++){if(E[S])continue;v.set(d.subarray(S*n,S*n+n));let b=S;for(;;){E[b]=1;let A=_[b];if(A===S){d.set(v,b*n);break}d.copyWithin(b*n,A*n,A*n+n),b=A}}}}}var Vp=64,Hp=512,ol=class i{constructor(e,t,n,r){w(this,"rows",e);w(this,"n",t);w(this,"d",n);w(this,"wasm",r);w(this,"norms",null);w(this,"centred",null)}static store(e,t,n){let s=t*n*4,o=s+Math.ceil(n/4)*16,a=o+Ye*4,l=a+Ye*4,c=sl(l+Vp*n*4),u=c&&rl(c);if(!c||!u)return new i(e,t,n,null);let h=new Float32Array(c.buffer,0,t*n);return h.set(e.subarray(0,t*n)),new i(h,t,n,{functions:u,memory:c,queryOffset:s,listOffset:o,outOffset:a,axesOffset:l})}dotsWith(e,t,n,r){let{rows:s,d:o}=this,a=new Float32Array((r-n)*t),l=this.wasm;if(!l||t>Vp){for(let g=n;g<r;g++)for(let p=0;p<t;p++){let x=0;for(let _=0,v=g*o,E=p*o;_<o;_++)x+=s[v+_]*e[E+_];a[(g-n)*t+p]=x}return a}let{functions:c,memory:u,listOffset:h,outOffset:d,axesOffset:f}=l;new Float32Array(u.buffer,f,t*o).set(e.subarray(0,t*o));let m=new Int32Array(u.buffer,h,Ye),y=new Float32Array(u.buffer,d,Ye);for(let g=n;g<r;g+=Hp){let p=Math.min(Hp,r-g);for(let x=0;x<p;x++)m[x]=(g+x)*o*4;for(let x=0;x<t;x++){c.dots(f+x*o*4,h,p,d,o*4);for(let _=0;_<p;_++)a[(g-n+_)*t+x]=y[_]}}return a}static over(e,t,n){return new i(e,t,n,null)}row(e){if(!(e>=0&&e<this.n))throw new RangeError(`row ${e} of ${this.n}`);return this.rows.slice(e*this.d,e*this.d+this.d)}nearest(e){let{n:t,d:n}=this;if(e.vector.length!==n)throw new RangeError(`query of ${e.vector.length} values for rows of ${n}`);let r=e.exclude>=0&&e.exclude<t?1:0,s=Math.max(0,Math.min(e.k,t-r));if(s===0)return{indices:new Int32Array(0),distances:new Float64Array(0)};let o=performance.now(),a=this.exactDistance(e),l=this.wasm?Math.min(t-r,s+Math.max(16,Math.ceil(s/8))):s,c=new Er(l);if(this.wasm)this.scanWasm(e,this.wasm,c);else for(let d=0;d<t;d++)d!==e.exclude&&c.offer(d,a(d));let u=c.indices().map(d=>({r:d,distance:a(d)}));u.sort((d,f)=>d.distance-f.distance||d.r-f.r);let h=u.slice(0,s);return{indices:Int32Array.from(h,d=>d.r),distances:Float64Array.from(h,d=>d.distance),scans:[{at:performance.timeOrigin+o,ms:performance.now()-o}]}}scanWasm(e,t,n){let{n:r,d:s}=this,{functions:o,memory:a,queryOffset:l,listOffset:c,outOffset:u}=t,h=new Float32Array(a.buffer,l,s),d=new Int32Array(a.buffer,c,Ye),f=new Float32Array(a.buffer,u,Ye),m=s*4,y=0,g=null;if(e.metric==="euclidean")h.set(e.vector);else if(e.centre){for(let x=0;x<s;x++)h[x]=e.vector[x]-e.centre[x];for(let x=0;x<s;x++)y+=e.centre[x]*h[x];g=this.centredNorms(e.centre)}else h.set(e.vector),g=this.rowNorms();let p=e.metric==="euclidean"?o.distances:o.dots;for(let x=0;x<r;x+=Ye){let _=Math.min(Ye,r-x);for(let v=0;v<_;v++)d[v]=(x+v)*m;p(l,c,_,u,m);for(let v=0;v<_;v++){let E=x+v;if(E===e.exclude)continue;let S=g?g[E]>0?-(f[v]-y)/g[E]:0:f[v];n.offer(E,S)}}}exactDistance(e){let{rows:t,d:n}=this,r=Float64Array.from(e.vector);if(e.metric==="euclidean")return a=>{let l=0;for(let c=0,u=a*n;c<n;c++,u++)l+=(t[u]-r[c])**2;return Math.sqrt(l)};let s=e.centre??new Float64Array(n);for(let a=0;a<n;a++)r[a]-=s[a];let o=0;for(let a=0;a<n;a++)o+=r[a]*r[a];return o=Math.sqrt(o),a=>{let l=0,c=0;for(let h=0,d=a*n;h<n;h++,d++){let f=t[d]-s[h];l+=f*r[h],c+=f*f}let u=Math.sqrt(c)*o;return u>0?1-l/u:1}}prepare(e){e?this.centredNorms(e):this.rowNorms()}rowNorms(){return this.norms??(this.norms=this.normsAround(null))}centredNorms(e){let t=this.centred;if(t&&t.centre.length===e.length&&t.centre.every((r,s)=>r===e[s]))return t.norms;let n=this.normsAround(e);return this.centred={centre:e.slice(),norms:n},n}normsAround(e){let{rows:t,n,d:r}=this,s=new Float64Array(n);for(let o=0;o<n;o++){let a=0;for(let l=0,c=o*r;l<r;l++,c++){let u=e?t[c]-e[l]:t[c];a+=u*u}s[o]=Math.sqrt(a)}return s}};function Wp(i,e,t){let n=[];i.forEach((o,a)=>o.indices.forEach((l,c)=>n.push({index:e[a]+l,distance:o.distances[c]}))),n.sort((o,a)=>o.distance-a.distance||o.index-a.index);let r=n.slice(0,t),s=i.flatMap(o=>o.scans??[]);return{indices:Int32Array.from(r,o=>o.index),distances:Float64Array.from(r,o=>o.distance),scans:s}}function Cs(i,e){return{n:i,k:e,indices:new Int32Array(i*e).fill(-1),keys:new Float32Array(i*e).fill(1/0),fresh:new Uint8Array(i*e),worst:new Float32Array(i).fill(1/0)}}var Bu=-1;function Cr(i,e,t,n,r){if(!(n<i.worst[e]))return 0;let{k:s,indices:o,keys:a,fresh:l}=i,c=e*s,u=c,h=c+s-1;for(;u<h;){let d=u+h>>1,f=a[d];f<n||f===n&&o[d]<t?u=d+1:h=d}if(a[u]===n&&o[u]===t)return Bu;for(let d=c+s-1;d>u;d--)a[d]=a[d-1],o[d]=o[d-1],l[d]=l[d-1];return a[u]=n,o[u]=t,l[u]=r,i.worst[e]=a[c+s-1],1}var al=class{constructor(e,t,n,r){w(this,"lo",e);w(this,"rows",t);w(this,"m",r);w(this,"fresh");w(this,"old");w(this,"freshSeen");w(this,"oldSeen");w(this,"stamp");w(this,"listed");w(this,"threshold");w(this,"random",Math.random);this.fresh=new Int32Array(t*r),this.old=new Int32Array(t*r),this.freshSeen=new Int32Array(t),this.oldSeen=new Int32Array(t),this.stamp=new Int32Array(n),this.listed=new Int32Array(n).fill(-1),this.threshold=new Float32Array(2*r)}sample(e,t,n){let{lo:r,rows:s}=this;this.random=t,this.fresh.fill(-1),this.old.fill(-1),this.freshSeen.fill(0),this.oldSeen.fill(0);let{k:o,indices:a,keys:l,fresh:c}=e;for(let u=0;u<s;u++){let h=r+u;for(let d=u*o;d<u*o+o;d++){let f=a[d];if(f<0)continue;let m=c[d];this.add(u,f,m);let y=f-r;y<0||y>=s?n.push(f,h,l[d],m):this.add(y,h,m)}}}accept(e){let{lo:t}=this,{rows:n,others:r,flags:s}=e;for(let o=0;o<n.length;o++)this.add(n[o]-t,r[o],s[o])}add(e,t,n){let{m:r}=this,s=n?this.fresh:this.old,o=n?this.freshSeen:this.oldSeen,a=++o[e];if(a<=r){s[e*r+a-1]=t;return}let l=Math.floor(this.random()*a);l<r&&(s[e*r+l]=t)}markSampledOld(e){let{rows:t,m:n,stamp:r}=this,{k:s,indices:o,fresh:a}=e;r.fill(-1);for(let l=0;l<t;l++){for(let c=l*n;c<l*n+n;c++)this.fresh[c]>=0&&(r[this.fresh[c]]=l);for(let c=l*s;c<l*s+s;c++)a[c]&&r[o[c]]===l&&(a[c]=0)}}localJoin(e,t,n,r,s){let{m:o,fresh:a,old:l}=this,c=e*o,u=this.listed,h=e,d=0;for(let g=c;g<c+o;g++){let p=a[g];p>=0&&u[p]!==h&&(u[p]=h,r[d++]=p)}let f=d;for(let g=c;g<c+o;g++){let p=l[g];p>=0&&u[p]!==h&&(u[p]=h,r[f++]=p)}if(d===0)return 0;let{threshold:m}=this;for(let g=0;g<f;g++)m[g]=t.worstOf(r[g]);let y=0;if(d*f<=Tr){let g=n.pairsBelow(r,f,d,m),p=n.belowCodes,x=n.belowKeys;for(let _=0;_<g;_++)y+=Xp(t,r[p[2*_]&65535],r[p[2*_]>>>16],x[2*_+1]);return y}for(let g=0;g<d;g++){let p=f-g-1;if(p!==0){n.fromRow(r[g],r,p,s,g+1);for(let x=0;x<p;x++)(s[x]<m[g]||s[x]<m[g+1+x])&&(y+=Xp(t,r[g],r[g+1+x],s[x]))}}return y}};function Xp(i,e,t,n){let r=i.offer(e,t,n);return r===Bu?0:r+(i.offer(t,e,n)===1?1:0)}function zu(i,e,t,n,r){let s=new Int32Array(e);for(let c=0;c<e;c++)s[c]=c;let o=[],a=new ku(i,e),l=[0,e];for(;l.length;){let c=l.pop(),u=l.pop();if(c-u<=t||r&&!B_(s,u,c,r)){o.push(u);continue}let h=a.split(s,u,c,n);if(h===u||h===c){let d=u+c>>1;l.push(u,d,d,c)}else l.push(u,h,h,c)}return o.sort((c,u)=>c-u),o.push(e),{order:s,starts:o}}function B_(i,e,t,n){for(let r=e;r<t;r++)if(n(i[r]))return!0;return!1}var ku=class{constructor(e,t){w(this,"kernel",e);w(this,"toA",new Float32Array(Ye));w(this,"toB",new Float32Array(Ye));w(this,"side");w(this,"copy");this.side=new Uint8Array(t),this.copy=new Int32Array(t)}split(e,t,n,r){let{kernel:s,toA:o,toB:a,side:l,copy:c}=this,u=n-t,h=e[t+wr(r,u)],d=e[t+wr(r,u-1)];d===h&&(d=e[n-1]);let f=0;for(let g=t;g<n;g+=Ye){let p=Math.min(Ye,n-g),x=e.subarray(g,g+p);s.fromRow(h,x,p,o),s.fromRow(d,x,p,a);for(let _=0;_<p;_++){let v=a[_]-o[_],E=v>0||v===0&&r()<.5;l[g+_-t]=E?1:0,E&&f++}}c.set(e.subarray(t,n),t);let m=t,y=t+f;for(let g=0;g<u;g++)l[g]?e[m++]=c[t+g]:e[y++]=c[t+g];return t+f}};var ll=2**21,k_=32,cl=class{constructor(e,t){w(this,"leafSize",e);w(this,"matrix");w(this,"packed");w(this,"out",new Float32Array(Ye));w(this,"bits",new Uint32Array(1));w(this,"asFloat",new Float32Array(this.bits.buffer));w(this,"rowKeys");w(this,"rowIndices");w(this,"rowFresh");if(e>=ll||e>Ye)throw new RangeError(`leaf size ${e} too large`);this.matrix=new Float32Array(e*e),this.packed=new Float64Array(e),this.rowKeys=new Float32Array(t),this.rowIndices=new Int32Array(t),this.rowFresh=new Uint8Array(t)}join({order:e,starts:t},n,r,s){let{matrix:o,out:a}=this,{lo:l,hi:c}=s,u=l===0&&c===s.n;for(let h=0;h+1<t.length;h++){let d=t[h],f=t[h+1]-d,m=f;if(!u){m=0;for(let y=d;y<d+f;y++)e[y]>=l&&e[y]<c&&m++;if(m===0)continue}if(f>this.leafSize)throw new RangeError(`leaf of ${f} points`);for(let y=0;y+1<f;y++){let g=f-y-1;r.fromRow(e[d+y],e,g,a,d+y+1);for(let p=0;p<g;p++){let x=y+1+p;o[y*f+x]=a[p],o[x*f+y]=a[p]}}if(f<=k_||m<f)this.offerPairs(e,d,f,s,u);else for(let y=0;y<f;y++)this.mergeRow(e,d,f,y,n,l)}}offerPairs(e,t,n,r,s){let{matrix:o}=this,{lo:a,hi:l}=r;for(let c=0;c<n;c++){let u=e[t+c],h=s||u>=a&&u<l;for(let d=c+1;d<n;d++){let f=e[t+d];if(!h&&!(s||f>=a&&f<l))continue;let m=o[c*n+d];r.offer(u,f,m),r.offer(f,u,m)}}}mergeRow(e,t,n,r,s,o){let{matrix:a,packed:l,bits:c,asFloat:u,rowKeys:h,rowIndices:d,rowFresh:f}=this,{k:m,keys:y,indices:g,fresh:p}=s,x=e[t+r]-o,_=s.worst[x],v=0;for(let I=0;I<n;I++){let R=a[r*n+I];I===r||!(R<_)||(u[0]=R,l[v++]=c[0]*ll+I)}if(v===0)return;let E=l.subarray(0,v).sort(),S=x*m,b=S,A=0,N=0;for(;N<m;){if(A<v){let I=E[A],R=I-Math.floor(I/ll)*ll,C=a[r*n+R],D=e[t+R];if(C===y[b]&&D===g[b]){A++;continue}if(C<y[b]||C===y[b]&&D<g[b]){h[N]=C,d[N]=D,f[N++]=1,A++;continue}}h[N]=y[b],d[N]=g[b],f[N++]=p[b++]}y.set(h,S),g.set(d,S),p.set(f,S),s.worst[x]=h[m-1]}};var ul=class{constructor(e,t){w(this,"n",e);w(this,"parts",t);w(this,"bounds");if(!(Number.isInteger(t)&&t>=1))throw new RangeError(`partition: ${t} parts`);this.bounds=Int32Array.from({length:t+1},(n,r)=>Math.floor(e*r/t))}ownerOf(e){let{bounds:t,parts:n,n:r}=this,s=Math.min(n-1,Math.floor(e*n/r));for(;e<t[s];)s--;for(;e>=t[s+1];)s++;return s}lo(e){return this.bounds[e]}hi(e){return this.bounds[e+1]}},hl=class{constructor(e){w(this,"partition",e);w(this,"batches");this.batches=Array.from({length:e.parts},()=>new Gu)}push(e,t,n,r){this.batches[this.partition.ownerOf(e)].push(e,t,n,r)}get size(){return this.batches.reduce((e,t)=>e+t.length,0)}take(){return this.batches.map(e=>e.take())}},Gu=class{constructor(){w(this,"length",0);w(this,"rows",new Int32Array(1024));w(this,"others",new Int32Array(1024));w(this,"values",new Float32Array(1024));w(this,"flags",new Uint8Array(1024))}push(e,t,n,r){this.length===this.rows.length&&this.grow();let s=this.length++;this.rows[s]=e,this.others[s]=t,this.values[s]=n,this.flags[s]=r}take(){if(this.length===0)return null;let e=this.length,t={rows:this.rows.slice(0,e),others:this.others.slice(0,e),values:this.values.slice(0,e),flags:this.flags.slice(0,e)};return this.length=0,t}grow(){let e=this.rows.length*2,t=(n,r)=>{let s=new r(e);return s.set(n),s};this.rows=t(this.rows,Int32Array),this.others=t(this.others,Int32Array),this.values=t(this.values,Float32Array),this.flags=t(this.flags,Uint8Array)}};var z_=1024;function Rs(i,e){return{trees:e>32?8:Math.min(12,3+Math.round(Math.pow(i,.2))),leafSize:Math.max(24,Math.ceil(1.5*e)),maxCandidates:e<=32?30:16,maxIterations:12,delta:e<=32?.005:.02}}var Vu=class{constructor(e,t,n,r,s,o,a){w(this,"kernel",e);w(this,"n",t);w(this,"k",n);w(this,"options",r);w(this,"part",o);w(this,"partition");w(this,"lo");w(this,"hi");w(this,"lists");w(this,"order",null);w(this,"worstAll");w(this,"outbox");w(this,"candidates");w(this,"router");w(this,"treeRandom");w(this,"random");w(this,"leafSize");w(this,"list",new Int32Array(Ye));w(this,"out",new Float32Array(Ye));this.partition=new ul(t,s),this.lo=this.partition.lo(o),this.hi=this.partition.hi(o);let l=this.hi-this.lo;this.lists=Cs(l,n),this.worstAll=s>1?new Float32Array(t).fill(1/0):null,this.outbox=new hl(this.partition),this.candidates=new al(this.lo,l,t,r.maxCandidates),this.treeRandom=Ar(a),this.random=s>1?Ar((a^Math.imul(625341585,o+1))>>>0):this.treeRandom,this.leafSize=Math.min(r.leafSize,z_);let{lo:c,hi:u,lists:h,outbox:d}=this,f=this.worstAll;this.router={n:t,lo:c,hi:u,offer(m,y,g){return m>=c&&m<u?Cr(h,m-c,y,g,1):(g<f[m]&&d.push(m,y,g,1),0)},worstOf(m){return m>=c&&m<u?h.worst[m-c]:f[m]}}}*forestSteps(){let{kernel:e,n:t,options:n,leafSize:r,router:s}=this,o=zu(e,t,r,this.treeRandom);this.order=o.order,e.renumber(o.order);let a=this.partition.parts>1?c=>c>=this.lo&&c<this.hi:void 0,l=new cl(r,this.k);for(let c=0;c<n.trees;c++){let u=c===0?G_(o.starts,t):zu(e,t,r,this.random,a);l.join(u,this.lists,e,s),yield(c+1)/n.trees}return this.fillEmptySlots(),this.outbox.take()}accept(e){if(!e)return 0;let{rows:t,others:n,values:r}=e,s=0;for(let o=0;o<t.length;o++)Cr(this.lists,t[o]-this.lo,n[o],r[o],1)===1&&s++;return s}worstKeys(){return this.lists.worst.slice()}setWorst(e,t){this.worstAll?.set(t,this.partition.lo(e))}sample(){return this.candidates.sample(this.lists,this.random,this.outbox),this.outbox.take()}acceptReverse(e){for(let t of e)t&&this.candidates.accept(t);this.candidates.markSampledOld(this.lists)}*joinSteps(){let e=this.hi-this.lo,t=0;for(let n=0;n<e;n++)t+=this.candidates.localJoin(n,this.router,this.kernel,this.list,this.out),(n&4095)===4095&&(yield n/e);return{updates:t,offers:this.outbox.take()}}listIndices(){return this.lists.indices.slice()}*extendSteps(e,t){let{n,lo:r,hi:s,kernel:o}=this,a=this.k,l=s-r,c=Cs(l,t),u=new Int32Array(n).fill(-1),h=new Int32Array(a+a*a+t),d=new Float32Array(Ye),f=new Er(t);for(let m=0;m<l;m++){let y=r+m;u[y]=y;let g=0,p=v=>{v>=0&&u[v]!==y&&(u[v]=y,h[g++]=v)};for(let v=y*a;v<y*a+a;v++)p(e[v]);let x=g;for(let v=0;v<x;v++)for(let E=h[v]*a;E<h[v]*a+a;E++)p(e[E]);for(let v=0;g<t&&v<8*t;v++)p(wr(this.random,n));for(let v=0;v<g;v+=Ye){let E=Math.min(Ye,g-v);o.fromRow(y,h,E,d,v);for(let S=0;S<E;S++)f.offer(h[v+S],d[S])}let _=f.drainSorted(c.keys,c.indices,m*t);c.worst[m]=_===t?c.keys[m*t+t-1]:1/0,(m&1023)===1023&&(yield m/l)}this.lists=c,this.k=t}finish(){let e=this.order;if(!e)throw new Error("NN-descent: finish() before forestSteps()");let{lists:t,lo:n,k:r}=this,s=this.hi-n,o=e.slice(n,this.hi),a=new Int32Array(s*r),l=new Float32Array(s*r);for(let c=0;c<s;c++){let u=c*r;for(let h=0;h<r;h++){let d=t.indices[u+h],f=u+h;for(a[f]=d<0?d:e[d],l[f]=t.keys[u+h];f>u&&l[f-1]===l[f]&&a[f-1]>a[f];f--){let m=a[f];a[f]=a[f-1],a[f-1]=m}}}return{rows:o,k:r,indices:a,keys:l}}fillEmptySlots(){let{lists:e,kernel:t,random:n,router:r,lo:s,n:o}=this,{k:a,indices:l}=e,c=new Int32Array(1),u=new Float32Array(1);for(let h=0;h<e.n;h++){let d=s+h,f=0;for(let m=h*a;m<h*a+a;m++)l[m]<0&&f++;for(let m=0;f>0&&m<4*a;m++){let y=wr(n,o);y!==d&&(c[0]=y,t.fromRow(d,c,1,u),r.offer(d,y,u[0])===1&&f--,r.offer(y,d,u[0]))}}}};function*$p(i,e,t,n,r){let s=new Vu(i,e,t,r,1,0,n);for(let a of s.forestSteps())yield a*.33;let o=()=>V_(s.finish(),e);r.onPhase?.("forest",o);for(let a=0;a<r.maxIterations;a++){s.sample(),s.acceptReverse([]);let l=s.joinSteps(),c=l.next();for(;!c.done;c=l.next())yield .33+.67*((a+c.value)/r.maxIterations);if(r.onPhase?.(`round ${a+1}`,o),Hu(c.value.updates,e,t,r))break}return s.finish()}function Hu(i,e,t,n){return i<=n.delta*e*t}function G_(i,e){let t=new Int32Array(e);for(let n=0;n<e;n++)t[n]=n;return{order:t,starts:i}}function V_(i,e){let{rows:t,k:n,indices:r}=i,s=new Int32Array(e*n);for(let o=0;o<t.length;o++)s.set(r.subarray(o*n,o*n+n),t[o]*n);return s}var H_=3e5;function*qp(i,e,t,n=0,r=e){let s=Cs(r-n,t),o=f=>n+(e-1-f),a=0;for(let f=n;f<r;f++)a+=o(f);let l=0,c=0,u=new Int32Array(Ye),h=new Float32Array(Ye),d=(f,m,y)=>{for(let g=m;g<y;g+=Ye){let p=Math.min(Ye,y-g);for(let x=0;x<p;x++)u[x]=g+x;i.fromRow(f,u,p,h);for(let x=0;x<p;x++){let _=g+x;Cr(s,f-n,_,h[x],0),_<r&&_>f&&Cr(s,_-n,f,h[x],0)}}};for(let f=n;f<r;f++)d(f,0,n),d(f,f+1,e),l+=o(f),c+=o(f),c>H_&&(c=0,yield l/(a||1));return s}var W_=1e9;function Di(i,e,t=!1){return t||i*i*e<=W_}function Yp(i,e,t,n,r){let s=X_(i,e,t,n,r);for(;;){let o=s.next();if(o.done)return o.value;r.onProgress?.(o.value)}}function*X_(i,e,t,n,r){if(i.length<e*t)throw new RangeError(`knn: ${i.length} values for ${e} x ${t}`);let s=Math.max(0,Math.min(n,e-1));if(s===0)return{n:e,k:0,indices:new Int32Array(0),distances:new Float32Array(0)};let o=up(i,e,t,r.metric),a=kp(o,e,t),l;if(Di(e,t,r.exact))l=dp(yield*qp(a,e,s),0);else{let u={...Rs(e,s),...r.descent};l=yield*$p(a,e,s,r.seed??0,u)}let c=Za(e,s,[fp(l,r.metric,r.metric==="cosine"?pp(o,e,t):null)]);return yield 1,c}var Is=50,qu=30,fl=10,$_=1;function Yu(i){return`${i.metric}|${i.spherize?"spherized":"as loaded"}`}function Kp(i,e,t){let n=Jp(e,t)?Math.min(t,Is):t,r=Di(e,n)||e<=pl?i:Math.max(i,qu);return Math.max(1,Math.min(r,e-1))}function Jp(i,e){return e<=Is||i>q_}var q_=1e5,pl=12e3;function Y_(i,e){let t=Math.min(i<=pl?e:qu,i-1);return i<=pl?Rs(i,t):{...Rs(i,t),trees:3,maxCandidates:64}}async function Zp(i,e,t){let{shardRows:n,n:r,d:s,job:o}=i,a=n.length,l=(N,I,R)=>Promise.all(n.map((C,D)=>Wu(i,D,N,I(D),R?.(D)))),c=new $u(a,i.onProgress),u=e.spherize?jp(Xn(await l("graphColumnSums",()=>({unitAround:null}))),r):e.metric==="cosine"?new Float64Array(s):null,h=jp(Xn(await l("graphColumnSums",()=>({unitAround:u}))),r);c.phase(0,.04);let d=Xn(await l("graphScatter",()=>({unitAround:u,mean:h}),N=>({onProgress:I=>c.report(N,I)}))),f=Jp(r,s),m=f?Math.min(s,Is):s,y=Es(d,r),g=await Wu(i,0,"principalAxes",{covariance:y,d:s,k:f?m:Math.min(s,fl),mean:h},{transfer:[y.buffer]});c.phase(.04,.08);let p=n.map((N,I)=>n.slice(0,I).reduce((R,C)=>R+C,0)),x=await l("graphProject",N=>({job:o,n:r,start:p[N],unitAround:u,rotate:f,mean:g.mean,components:g.components,dims:m,hintDims:fl,share:a>1}),N=>({onProgress:I=>c.report(N,I)}));await Promise.all(x.flatMap(({rows:N,zero:I},R)=>{let C=n.map((D,L)=>L).filter(D=>D!==R);return C.map((D,L)=>Wu(i,D,"graphRowsIn",{job:o,start:p[R],rows:N,zero:I},L===C.length-1?{transfer:[N.buffer,...I?[I.buffer]:[]]}:{}))}));let _=Di(r,m),v=Y_(r,t),E=_||r<=pl?t:Math.min(t,qu),S=E<t,b=S?.85:.98;c.phase(.1,_?.98:.3);let A=await l("graphForest",N=>({job:o,k:E,parts:a,part:N,seed:$_,exact:_,descent:v}),N=>({onProgress:I=>c.report(N,I)}));if(!_){let N=await l("graphAccept",I=>({job:o,offers:dl(A.map(R=>R.offers),I)}),Xu(A.map(I=>I.offers)));for(let I=0;I<v.maxIterations;I++){let R=(b-.3)/v.maxIterations;c.phase(.3+I*R,.3+(I+1)*R);let D=(await l("graphSample",()=>({job:o}))).map(q=>q.reverse),L=N.map((q,V)=>({part:V,keys:q.worst})),B=await l("graphJoin",q=>({job:o,reverse:dl(D,q),worst:L.filter(V=>V.part!==q)}),q=>({...Xu(D)(q),onProgress:V=>c.report(q,V)})),k=B.map(q=>q.offers);N=await l("graphAccept",q=>({job:o,offers:dl(k,q)}),Xu(k));let G=B.reduce((q,V)=>q+V.updates,0)+N.reduce((q,V)=>q+V.updates,0);if(i.onRound?.(I+1,G),Hu(G,r,E,v))break}}if(S){c.phase(b,.99);let N=await l("graphLists",()=>({job:o}));await l("graphExtend",I=>({job:o,k:t,others:N.flatMap((R,C)=>C===I?[]:[{part:C,indices:R}])}),I=>({onProgress:R=>c.report(I,R),...a===2?{transfer:[N[1-I].buffer]}:{}}))}await l("graphFinish",()=>({job:o,key:Yu(e),metric:e.metric})),i.onProgress?.(1)}function Wu(i,e,t,n,r={}){return i.workers[e].call(t,n,{...r,signal:i.signal})}function dl(i,e){return i.flatMap((t,n)=>n!==e&&t[e]?[t[e]]:[])}function Xu(i){return e=>({transfer:dl(i,e).flatMap(t=>[t.rows.buffer,t.others.buffer,t.values.buffer,t.flags.buffer])})}var $u=class{constructor(e,t){w(this,"onProgress",t);w(this,"from",0);w(this,"to",0);w(this,"fractions");this.fractions=new Float64Array(e)}phase(e,t){this.from=e,this.to=t,this.fractions.fill(0),this.onProgress?.(e)}report(e,t){this.fractions[e]=t;let n=this.fractions.reduce((r,s)=>r+s,0)/this.fractions.length;this.onProgress?.(this.from+(this.to-this.from)*n)}};function jp(i,e){if(e>0)for(let t=0;t<i.length;t++)i[t]/=e;return i}var j_=256<<20,Qp=15,K_=2048,Ju=class{constructor(e,t=()=>{},n=j_){w(this,"onDispose",t);w(this,"keepGraphBytes",n);w(this,"workers");w(this,"loads",new Wn);w(this,"pcas",new Wn);w(this,"projects",new Wn);w(this,"graphs",new Wn);w(this,"graph",null);w(this,"nextGraphJob",1);w(this,"means",null);w(this,"pendingPca",null);w(this,"shape",{n:0,d:0});w(this,"shardRows",[]);w(this,"rawMean",null);w(this,"last",null);w(this,"loadId",0);w(this,"nextLoadId",0);w(this,"fetchedRow",null);let r=Array.isArray(e)?e:[e];if(r.length===0)throw new Error("ComputeClient needs at least one worker port");this.workers=r.map(s=>new Rn(s))}get workerCount(){return this.workers.length}load(e,t,n,r={}){if(!Number.isInteger(t)||!Number.isInteger(n)||t<0||n<1||e.length<t*n)throw new RangeError(`load: ${e.length} values for ${t} x ${n}`);this.reset(t,n),this.loadId=++this.nextLoadId;let s=this.shardRows.length;return this.loads.run(async o=>{let a=0,l=this.shardRows.map((c,u)=>{let h=el(e.subarray(a*n,(a+c)*n),s===1?r.transfer:!0);return a+=c,this.request(o,u,"load",{rows:h.array,n:c,d:n},{transfer:h.transfer})});return await Promise.all(l),{n:t,d:n}})}beginLoad(e,t){if(!Number.isInteger(e)||!Number.isInteger(t)||e<0||t<1)throw new RangeError(`load: ${e} x ${t}`);let n=this.reset(e,t),r=this.shardStarts(),s=++this.nextLoadId,o=this.loads.next(),a=[],l=u=>{u.catch(()=>{}),a.push(u)};n.forEach((u,h)=>l(this.workers[h].call("beginRows",{id:s,n:u,d:t})));let c=()=>!o.aborted&&this.loadId===s;return this.loadId=s,{put:(u,h)=>{let d=u.length/t;if(!c())return;let f=!1;n.forEach((m,y)=>{let g=Math.max(h,r[y]),p=Math.min(h+d,r[y]+m);if(g>=p)return;f=g===h&&p===h+d;let x=f?u:u.slice((g-h)*t,(p-h)*t);l(this.workers[y].call("putRows",{id:s,rows:x,at:g-r[y]},{transfer:[x.buffer]}))}),f||Ru([u.buffer])},end:async()=>{if(await Promise.all(a),await Promise.all(n.map((u,h)=>this.workers[h].call("endRows",{id:s}))),!c())throw new ft("superseded by a newer load")},abort:()=>{c()&&this.loads.cancel()}}}reset(e,t){this.pcas.cancel(),this.projects.cancel(),this.graphs.cancel(),this.graph=null,this.means=null,this.shape={n:e,d:t},this.rawMean=null,this.last=null;let n=Math.max(1,Math.min(this.workers.length,Math.floor(e/K_)));return this.shardRows=J_(e,n),this.shardRows}pca(e=10,t={}){return this.projects.cancel(),this.pcas.run(n=>{let r=this.computePca(n,e,t);this.pendingPca=r;let s=()=>{this.pendingPca===r&&(this.pendingPca=null)};return r.then(s,s),r})}project(e,t={}){return this.projects.run(async n=>{let r=null;for(;this.pendingPca;)r=await this.pendingPca.then(()=>null,c=>c),n.throwIfAborted();let s=this.last;if(!s)throw r instanceof Error&&!(r instanceof ft)?r:new Error("project: call pca first");let{mean:o,components:a}=s.result,l=await Promise.all(this.shardRows.map((c,u)=>this.request(n,u,"project",{mean:o,components:a,dims:e})));return t.onProgress?.(1),ju(l,this.shape.n*e.length)})}neighborGraph(e,t={}){let{n,d:r}=this.shape;if(this.shardRows.length===0)return Promise.reject(new Error("no data: call load first"));let s=Yu(e),o=Math.max(1,Math.min(e.k,n-1)),a=this.graph&&this.graph.key===s&&this.graph.k>=o?this.graph:null,l=async(h,d,f)=>{await d,h.throwIfAborted();let m=n*f.k*8>this.keepGraphBytes&&f.k>Qp?Qp:void 0,y=await Promise.all(this.shardRows.map((p,x)=>this.request(h,x,"graphExport",{key:s,k:o,hintDims:fl,keep:m,perplexity:e.perplexity}))).catch(p=>{throw this.graph?.key===s?p:new ft});m!==void 0&&(f.k=Math.min(f.k,m)),t.onProgress?.(1);let g={n,k:o,parts:y.map(p=>p.part),hints:y.map(p=>p.hint)};return e.perplexity!==void 0&&(g.conditional=e.perplexity),g};if(a)return this.waitFor(a,l(new AbortController().signal,a.ready,a),e.signal);let c=null,u=this.graphs.run(h=>{let d=Kp(o,n,r),f={workers:this.workers,shardRows:this.shardRows,n,d:r,job:this.nextGraphJob++,signal:h,onProgress:t.onProgress,onRound:t.onRound},m=Zp(f,e,d),y=c={key:s,k:d,ready:m,waiters:0,built:!1};return this.graph=y,m.then(()=>{y.built=!0},()=>{this.graph===y&&(this.graph=null)}),l(h,m,y)});return this.waitFor(c,u,e.signal)}waitFor(e,t,n){return e.waiters++,new Promise((r,s)=>{let o=!0,a=()=>o?(o=!1,e.waiters--,n?.removeEventListener("abort",l),!0):!1,l=()=>{a()&&(s(new ft("graph no longer wanted")),e.waiters===0&&!e.built&&this.graph===e&&(this.graph=null,this.graphs.cancel()))};t.then(c=>{a()&&r(c)},c=>{a()&&s(c)}),n?.aborted?l():n?.addEventListener("abort",l)})}async nearestRows(e,t,n,r){let{n:s}=this.shape;if(!(e>=0&&e<s))throw new RangeError(`row ${e} of ${s}`);let o=this.shardStarts(),a=Ku(e,o),l=await this.rowVector(e),c=r?await this.columnMeans():null,u=await Promise.all(this.shardRows.map((h,d)=>this.workers[d].call("nearestRows",{vector:l,k:t,metric:r?"cosine":n,centre:c,exclude:d===a?e-o[a]:-1})));return Wp(u,o,t)}prefetchRow(e){this.rowVector(e).catch(()=>{})}rowVector(e){let t=this.fetchedRow;if(t&&t.row===e&&t.loadId===this.loadId)return t.vector;let n=this.shardStarts(),r=Ku(e,n),s=this.workers[r].call("rowVector",{row:e-n[r]}),o={row:e,loadId:this.loadId,vector:s};return this.fetchedRow=o,s.catch(()=>{this.fetchedRow===o&&(this.fetchedRow=null)}),s}async rows(e){let{n:t,d:n}=this.shape;if(!e){let a=await Promise.all(this.shardRows.map((l,c)=>this.workers[c].call("gatherRows",{rows:null})));return ju(a,t*n)}let r=this.splitByShard(e),s=await Promise.all(r.map((a,l)=>a.local.length?this.workers[l].call("gatherRows",{rows:a.local}):null)),o=new Float32Array(e.length*n);return s.forEach((a,l)=>{a&&r[l].positions.forEach((c,u)=>o.set(a.subarray(u*n,u*n+n),c*n))}),o}heldRows(){return Promise.all(this.workers.map(e=>e.call("heldRows",{})))}async rowSums(e){let t=await Promise.all(this.splitByShard(e).map((n,r)=>n.local.length?this.workers[r].call("sumRows",{rows:n.local}):new Float64Array(this.shape.d)));return Xn(t)}async projectOnto(e,t){let n=await Promise.all(this.shardRows.map((r,s)=>this.workers[s].call("projectOnto",{origin:e,directions:t})));return ju(n,this.shape.n*Math.floor(t.length/Math.max(1,this.shape.d)))}splitByShard(e){let{n:t}=this.shape,n=this.shardStarts(),r=new Int32Array(n.length),s=new Int32Array(e.length);e.forEach((l,c)=>{if(!(l>=0&&l<t))throw new RangeError(`row ${l} of ${t}`);let u=Ku(l,n);s[c]=u,r[u]++});let o=Array.from(r,l=>({local:new Int32Array(l),positions:new Int32Array(l)})),a=new Int32Array(n.length);return e.forEach((l,c)=>{let u=s[c],h=a[u]++;o[u].local[h]=l-n[u],o[u].positions[h]=c}),o}async prepareNearestRows(){try{let e=await this.columnMeans();await Promise.all(this.shardRows.map((t,n)=>this.workers[n].call("prepareNearestRows",{centres:[null,e]})))}catch{}}columnMeans(){let e=this.shape.n;this.means??(this.means=Promise.all(this.shardRows.map((n,r)=>this.workers[r].call("graphColumnSums",{unitAround:null}))).then(n=>{let r=Xn(n);for(let s=0;s<r.length;s++)r[s]/=e;return r}));let t=this.means;return t.catch(()=>{this.means===t&&(this.means=null)}),t}shardStarts(){return this.shardRows.map((e,t)=>this.shardRows.slice(0,t).reduce((n,r)=>n+r,0))}fail(e){for(let t of this.workers)t.fail(e)}dispose(){let e=new ft("compute client disposed");for(let t of[this.loads,this.pcas,this.projects,this.graphs])t.cancel(e);for(let t of this.workers)t.close(e);this.onDispose()}async computePca(e,t,n){let r=n.spherize??!1,{n:s,d:o}=this.shape;if(this.shardRows.length===0)throw new Error("no data: call load first");let a=n.sampleRows&&n.sampleRows<s?Math.max(1,Math.floor(s/n.sampleRows)):1,l=this.last;if(l&&l.k===t&&l.spherize===r&&(l.rowsUsed===s||a>1))return em(l.result,r,o,l.rowsUsed);this.last=null;let c=r&&this.rawMean?this.rawMean:await this.sumRows(e,null);Ou(c),e.aborted||(this.rawMean=c);let u=r?await this.sumRows(e,c):c,h=new Float64Array(this.shardRows.length),d=await Promise.all(this.shardRows.map((p,x)=>this.request(e,x,"scatter",{mean:u,stride:a},{onProgress:_=>{h[x]=_,n.onProgress?.(.95*h.reduce((v,E)=>v+E,0)/h.length)}}))),f=d.reduce((p,x)=>p+x.rows,0),m=Es(Xn(d.map(p=>p.scatter)),f),y={covariance:m,d:o,k:t,mean:u},g=await this.request(e,0,"principalAxes",y,{transfer:[m.buffer]});return l&&l.k===t&&l.spherize===r&&l.rowsUsed<s&&Z_(g.components,l.result.components,o),n.onProgress?.(1),e.aborted||(this.last={k:t,spherize:r,rowsUsed:f,result:g}),em(g,r,o,f)}async sumRows(e,t){let n=await Promise.all(this.shardRows.map((o,a)=>this.request(e,a,"selectRows",{spherizeAround:t}))),r=Xn(n),s=this.shape.n;if(s>0)for(let o=0;o<r.length;o++)r[o]/=s;return r}request(e,t,n,r,s={}){return this.workers[t].call(n,r,{...s,signal:e})}};function ju(i,e){if(i.length===1)return i[0];let t=new Float32Array(e),n=0;for(let r of i)t.set(r,n),n+=r.length;return t}function Ku(i,e){let t=e.length-1;for(;e[t]>i;)t--;return t}function J_(i,e){return Array.from({length:e},(t,n)=>Math.floor(i*(n+1)/e)-Math.floor(i*n/e))}function Z_(i,e,t){for(let n=0;n*t<Math.min(i.length,e.length);n++){let r=0;for(let s=0;s<t;s++)r+=i[n*t+s]*e[n*t+s];if(r<0)for(let s=0;s<t;s++)i[n*t+s]=-i[n*t+s]}}function em(i,e,t,n){return{rowsUsed:n,components:i.components.slice(),variance:i.variance.slice(),varianceFraction:i.varianceFraction.slice(),totalVariance:i.totalVariance,mean:i.mean.slice(),spherized:e,k:i.variance.length,d:t}}function Q_(){let i=typeof navigator<"u"?navigator.hardwareConcurrency:0;return Math.max(1,Math.min(4,i||2))}function ml(i=new URL("./compute.worker.js",import.meta.url),e=Q_()){let t=Array.from({length:Math.max(1,e)},()=>new Worker(i,{type:"module"})),n=new Ju(t,()=>t.forEach(r=>r.terminate()));for(let r of t)hi(r,"compute",i,s=>n.fail(s));return n}function Zt(i){return i instanceof ft||i?.name==="CancelledError"||i?.name==="AbortError"}var Ui=class{constructor(){w(this,"data",new Float32Array(0));w(this,"n",0);w(this,"d",0);w(this,"last",null);w(this,"scanner",null);w(this,"means",null)}prefetchRow(e){}async load(e,t,n){this.data=e,this.n=t,this.d=n,this.last=null,this.scanner=null,this.means=null}async pca(e,t){let n=t.spherize?Fu(this.data,this.n,this.d):this.data,r=Fp(n,this.n,this.d,e);return this.last={data:n,mean:r.mean,components:r.components},{varianceFraction:Array.from(r.varianceFraction)}}async project(e){if(!this.last)throw new Error("project() before pca()");return Du(this.last.data,this.n,this.d,this.last.mean,this.last.components,e)}async identity(e){let t=e?Fu(this.data,this.n,this.d):this.data;return Up(t,this.n,this.d)}async nearestRows(e,t,n,r){let s=this.scanner??(this.scanner=ol.over(this.data,this.n,this.d)),o=r?this.means??(this.means=Ms(this.data,this.n,this.d)):null;return s.nearest({vector:s.row(e),k:t,metric:r?"cosine":n,centre:o,exclude:e})}async held(){return{pageValues:this.data.length,workers:[]}}async beginLoad(e,t){let n=new vr(e,t);return{put:(r,s)=>n.put(r,s),end:()=>this.load(n.data,e,t),abort:()=>{}}}async rows(e){return e?nl(this.data,this.d,e):this.data.slice(0,this.n*this.d)}async rowSums(e){return Cp(this.data,this.d,e)}async projectOnto(e,t){return Dp(this.data,this.n,this.d,e,t)}neighborGraph(){return null}dispose(){this.data=new Float32Array(0),this.last=null}},Zu=class{constructor(e=3e4){w(this,"startTimeoutMs",e);w(this,"client",ml());w(this,"local",new Ui);w(this,"fallback",!1);w(this,"onFallback",null);w(this,"loads",0);w(this,"queriesPrepared",0);w(this,"shape",{n:0,d:0});w(this,"started",null)}async load(e,t,n){if(this.loads++,this.shape={n:t,d:n},await this.local.load(e,t,n),!this.fallback&&!await this.workersStarted()&&this.fallBack(),this.fallback)return;if(!await this.client.load(e,t,n).then(()=>!0,s=>{if(Zt(s))throw s;return!1})){this.fallBack();return}this.local.dispose()}async pca(e,t){if(this.fallback)return this.local.pca(e,t);let n=await this.client.pca(e,t);return!t.sampleRows&&this.queriesPrepared!==this.loads&&(this.queriesPrepared=this.loads,this.client.prepareNearestRows()),{varianceFraction:Array.from(n.varianceFraction)}}project(e){return this.fallback?this.local.project(e):this.client.project(e)}async identity(e){if(this.fallback)return this.local.identity(e);let t=new Ui;return await t.load(await this.client.rows(null),this.shape.n,this.shape.d),t.identity(e)}nearestRows(e,t,n,r){return this.fallback?this.local.nearestRows(e,t,n,r):this.client.nearestRows(e,t,n,r)}prefetchRow(e){!this.fallback&&e>=0&&e<this.shape.n&&this.client.prefetchRow(e)}async beginLoad(e,t){return this.loads++,this.shape={n:e,d:t},!this.fallback&&!await this.workersStarted()&&this.fallBack(),this.fallback?this.local.beginLoad(e,t):(this.local.dispose(),this.client.beginLoad(e,t))}workersStarted(){return this.started??(this.started=(async()=>{let e=0,t=new Promise(r=>{e=self.setTimeout(()=>r(!1),this.startTimeoutMs)}),n=this.client.heldRows().then(()=>!0,()=>!1);return Promise.race([n,t]).finally(()=>self.clearTimeout(e))})()),this.started}fallBack(){this.fallback=!0,this.client.dispose(),this.onFallback?.("The compute worker (compute.worker.js) did not start; computing on the page instead.")}async held(){let e=await this.local.held();return this.fallback?e:{pageValues:e.pageValues,workers:await this.client.heldRows()}}rows(e){return this.fallback?this.local.rows(e):this.client.rows(e)}rowSums(e){return this.fallback?this.local.rowSums(e):this.client.rowSums(e)}projectOnto(e,t){return this.fallback?this.local.projectOnto(e,t):this.client.projectOnto(e,t)}neighborGraph(e,t){return this.fallback?null:this.client.neighborGraph(e,{onProgress:t})}dispose(){this.fallback||this.client.dispose(),this.local.dispose()}};function Ps(){return typeof Worker=="function"?new Zu:new Ui}function tm(i,e){let t=new Uint8Array(e);for(let r of i)t[r]=1;let n=[];for(let r=0;r<e;r++)t[r]||n.push(r);return Int32Array.from(n)}async function nm(i,e,t,n,r){let s=_s(n,r.negative),o=_s(n,r.positive),a=s?.length??0,l=o?.length??0,c=g=>({direction:new Float64Array(t),offset:0,result:{negativeCount:a,positiveCount:l,problem:g}});if(!s&&!o)return c("no queries");if(s||(s=tm(o,e)),o||(o=tm(s,e)),!s.length||!o.length)return c("a side matches no rows");let[u,h]=await Promise.all([i.rowSums(s),i.rowSums(o)]),d=new Float64Array(t),f=new Float64Array(t),m=0;for(let g=0;g<t;g++){let p=u[g]/s.length,x=h[g]/o.length;d[g]=x-p,f[g]=(x+p)/2,m+=d[g]*d[g]}if(m=Math.sqrt(m),!(m>0))return c("both sides have the same centroid");let y=0;for(let g=0;g<t;g++)d[g]/=m,y+=f[g]*d[g];return{direction:d,offset:y,result:{negativeCount:a,positiveCount:l,problem:null}}}async function im(i,e,t,n,r,s){let[o,a]=await Promise.all([nm(i,e,t,n,r),nm(i,e,t,n,s)]),l=new Float32Array(2*t);l.set(o.direction,0),l.set(a.direction,t);let c=await i.projectOnto(new Float32Array(t),l);for(let u=0;u<e;u++)c[2*u]-=o.offset,c[2*u+1]-=a.offset;return{coords:c,x:o.result,y:a.result}}var Rr=i=>i==="tsne"||i==="umap"||i==="custom"||Rt(i),eS=1e5,tS=5e3,nS=500,iS=500,rS=.01,rm={tsne:.85,umap:.7},gl=i=>({method:i,state:"idle",iteration:0,total:0,progress:0,converged:!1,error:null,points:0,sample:0,threads:1});function sm(i){return Math.round(Math.max(80,Math.min(5e3,i/100)))}function om(i,e,t){if(!t)return i;let n=i.length/e,r=new Float64Array(e);for(let s=0;s<n;s++)for(let o=0;o<e;o++)r[o]+=i[s*e+o];for(let s=0;s<e;s++)r[s]/=Math.max(1,n);for(let s=0;s<n;s++){let o=0;for(let l=0;l<e;l++){let c=i[s*e+l]-r[l];i[s*e+l]=c,o+=c*c}let a=o>0?1/Math.sqrt(o):0;for(let l=0;l<e;l++)i[s*e+l]*=a}return i}function Ls(i,e,t,n){if(!n)return i;let r=new Float32Array(e*t).fill(NaN);return n.forEach((s,o)=>{for(let a=0;a<t;a++)r[s*t+a]=i[o*t+a]}),r}var yl=class{constructor(e){w(this,"host",e);w(this,"tsne",{perplexity:30,learningRate:"auto",maxIterations:1e3,seed:1,superviseColumn:-1,ignoredLabel:"",superviseWeight:.5});w(this,"umap",{nNeighbors:15,minDist:.1,spread:1,nEpochs:0,seed:1,metric:"euclidean"});w(this,"custom",{column:0,x:{negative:"",positive:""},y:{negative:"",positive:""}});w(this,"status",{tsne:gl("tsne"),umap:gl("umap")});w(this,"customResult",null);w(this,"last",{});w(this,"progressiveRows",eS);w(this,"sampleSize",tS);w(this,"helpersFrom",null);w(this,"samplings",{tsne:null,umap:null});w(this,"tsneClient",null);w(this,"umapClient",null);w(this,"loaded",{tsne:"",umap:""});w(this,"dataId",0);w(this,"dataRef",null);w(this,"listeners",new Set);w(this,"settingsVersion",0);w(this,"customRequest",0);w(this,"importedLayouts",new ja);w(this,"importedRequest",0);w(this,"importedShown","");w(this,"runRows",{tsne:null,umap:null});w(this,"runs",{tsne:0,umap:0});w(this,"fromGraph",{tsne:!1,umap:!1});w(this,"inWorker",{tsne:0,umap:0});w(this,"graphWait",{tsne:null,umap:null});w(this,"pausedByLeaving",!1);this.followImportedFiles()}onChange(e){return this.listeners.add(e),()=>this.listeners.delete(e)}emit(){for(let e of this.listeners)e()}setStatus(e,t){this.status[e]={...this.status[e],...t},this.emit()}key(e=""){let t=this.host.getData();t&&t!==this.dataRef&&(this.dataRef=t,this.dataId++);let n=this.host.store.state.isolated,r=this.host.store.state.spherize?"spherized":"raw";return`${this.dataId}|${r}|${n?`${n.length}:${n[0]}:${n[n.length-1]}`:"all"}|${e}`}project(){let e=this.host.store.state;if(!Rr(e.method)||!this.host.getData())return;if(Rt(e.method)){this.showImported(e.method);return}let t=e.is3d&&e.method!=="custom"?3:2,n=this.last[e.method];if(e.method==="custom"){this.runCustom();return}if(n&&n.k===t&&n.key===this.key()){this.draw(e.method,n.coords,t,n.shown),e.method==="tsne"&&this.pausedByLeaving&&(this.pausedByLeaving=!1,this.resumeTsne());return}e.method==="umap"?this.runUmap():this.runTsne()}draw(e,t,n,r){if(this.last[e]={coords:t,k:n,key:this.key(),shown:r},this.host.store.state.method!==e)return;let s=Rt(e)?Ka(e):e==="tsne"?"t-SNE":e==="umap"?"UMAP":"custom";this.host.place(t,n,e==="custom"?["custom-x","custom-y"]:Array.from({length:n},(o,a)=>`${s}-${a}`),r)}applySettings(e){e.tsne&&Object.assign(this.tsne,e.tsne),e.umap&&Object.assign(this.umap,e.umap),e.custom&&Object.assign(this.custom,e.custom),this.settingsVersion++,this.emit(),e.custom&&this.host.store.state.method==="custom"&&this.runCustom()}setLayout(e,t,n){this.draw(e,t,n)}lastLayout(e){return this.last[e]??null}runCustom(){let e=this.host.getData(),n=this.host.store.state.columns[this.custom.column];if(!e)return;let r=++this.customRequest;im(e.source,e.n,e.d,n?n.values:[],this.custom.x,this.custom.y).then(s=>{r!==this.customRequest||this.host.getData()!==e||(this.customResult=s,this.emit(),this.draw("custom",s.coords,2))},s=>{Zt(s)||this.host.store.set({notices:[...this.host.store.state.notices,Gt("error",s)]})})}followImportedFiles(){this.host.store.subscribe((e,t)=>{if(!t.has("info")||t.has("tensorName")||t.has("run")||!Rt(e.method)||e.loading)return;let n=ui(e,e.method);n&&this.importedShown&&`${e.method}|${n.version??""}`!==this.importedShown&&this.project()})}async showImported(e){let t=this.host.store,n=t.state,r=this.host.getData(),s=ui(n,e);if(!r||n.run===null||n.tensorName===null||!s)return;if(s.dims===2&&n.is3d){t.set({is3d:!1});return}let o=++this.importedRequest,a=Ka(e);t.set({computing:`Loading the layout "${a}"…`});try{let l=await this.importedLayouts.get(n.run,n.tensorName,a,s.version??"");if(o!==this.importedRequest||t.state.method!==e||this.host.getData()!==r)return;if(l.n!==r.n)throw new Error(`layout "${a}" has ${l.n} rows; the tensor has ${r.n}`);let c=l.k===3&&t.state.is3d?3:2;this.importedShown=`${e}|${s.version??""}`,this.draw(e,c===l.k?l.coords:Mu(l.coords,l.n,l.k),c)}catch(l){if(Zt(l)||o!==this.importedRequest||this.host.getData()!==r)return;t.set({notices:[...t.state.notices,Gt("error",l)]})}finally{o===this.importedRequest&&t.set({computing:null})}}async runUmap(){let e=this.host.getData();if(!e)return;let t=this.host.store.state,n=t.isolated,r=t.is3d?3:2,s=this.key(),o=++this.runs.umap;try{this.umapClient||(this.umapClient=(this.host.createUmapClient??_p)(),this.umapClient.onProgress(f=>{this.samplings.umap||this.setStatus("umap",{progress:this.workerProgress("umap",f.fraction)})}),this.umapClient.onFrame((f,m,y,g,p)=>{if(this.samplings.umap){this.sampleFrame("umap",f);return}this.inWorker.umap===this.runs.umap&&(this.setStatus("umap",{iteration:m,total:y,state:g?"done":"running",threads:p.threads}),this.draw("umap",Ls(f,this.host.getData()?.n??0,p.dim,this.runRows.umap),p.dim))})),this.setStatus("umap",{state:"initializing",iteration:0,total:0,progress:0,error:null,points:n?n.length:e.n});let a=this.umap,l=this.umapClient;this.inWorker.umap&&l.stop().catch(()=>{}),this.samplings.umap=null,!n&&e.n>this.progressiveRows&&this.host.neighborGraph&&this.runSample("umap",l,o,e,r,t.spherize,a.seed,()=>l.start({nNeighbors:a.nNeighbors,minDist:a.minDist,spread:a.spread,seed:a.seed,metric:a.metric,dim:r,nEpochs:iS}));let c=!1,u=f=>{c=this.handOver("umap",f,o,a.nNeighbors-1,a.seed)};if(!await this.sendInput("umap",l,{k:a.nNeighbors-1,metric:a.metric,spherize:t.spherize},s,o,u))return;this.runRows.umap=n;let h={nNeighbors:a.nNeighbors,minDist:a.minDist,spread:a.spread,seed:a.seed,metric:a.metric,dim:r,frameMilliseconds:sm(n?n.length:e.n)};this.helpersFrom!==null&&(h.helpersFrom=this.helpersFrom),c&&(h.initialization="given"),a.nEpochs>0&&(h.nEpochs=a.nEpochs),this.inWorker.umap=o;let d=await l.start(h);this.runs.umap===o&&this.setStatus("umap",{state:d.done?"done":"stopped"})}catch(a){if(this.endSample("umap",o),Zt(a)||this.runs.umap!==o)return;if(a instanceof Fi){this.setStatus("umap",{state:"stopped",error:null,iteration:0});return}this.setStatus("umap",{state:"error",error:a instanceof Error?a.message:String(a)})}}placeEveryRow(e,t,n,r,s){let o=wp(t.n,t.parts,r,n);Mp(o,n.dim,rS,Ep(Ar(s+1))),this.runRows[e]=null,this.draw(e,o.slice(),n.dim),t.hints=[{start:0,dims:n.dim,coordinates:o}]}async runSample(e,t,n,r,s,o,a,l){let c=Ap(r.n,this.sampleSize,Ar(a)),u={run:n,rows:c,coords:null,dim:s},h=()=>this.samplings[e]===u;this.samplings[e]=u,this.setStatus(e,{sample:c.length}),this.loaded[e]="";try{let d=om(await r.source.rows(c),r.d,o);if(!h()||(await t.load(d,c.length,r.d,{transfer:!0}),!h()))return;await l()}catch{}}sampleFrame(e,t){let n=this.samplings[e];return!n||n.run!==this.runs[e]?!1:(n.coords=t,this.draw(e,Ls(t,this.host.getData()?.n??0,n.dim,n.rows),n.dim,n.rows),!0)}handOver(e,t,n,r,s){let o=this.samplings[e];if(this.samplings[e]=null,o?.run!==n)return!1;let a=!!t&&!!o.coords;return a&&this.placeEveryRow(e,t,{rows:o.rows,coordinates:o.coords,dim:o.dim},r,s),this.setStatus(e,a?{sample:0,iteration:0}:{sample:0}),a}endSample(e,t){this.samplings[e]?.run===t&&(this.samplings[e]=null,this.setStatus(e,{sample:0}))}stopUmap(){this.stopBeforeWorker("umap")||this.umapClient?.stop()}stopTsne(){if(this.stopBeforeWorker("tsne"))return;let e=this.status.tsne.state;e!=="initializing"&&e!=="running"&&e!=="paused"||this.tsneClient?.stop().then(()=>this.setStatus("tsne",{state:"stopped"}),t=>{Zt(t)||this.setStatus("tsne",{state:"error",error:t instanceof Error?t.message:String(t)})})}stopBeforeWorker(e){return this.graphWait[e]?.abort(),this.graphWait[e]=null,this.status[e].state!=="initializing"||this.inWorker[e]===this.runs[e]?!1:(this.runs[e]++,this.samplings[e]&&(this.samplings[e]=null,(e==="tsne"?this.tsneClient:this.umapClient)?.stop().catch(()=>{})),this.setStatus(e,{state:"stopped",error:null,iteration:0,sample:0}),!0)}workerProgress(e,t){let n=this.fromGraph[e]?rm[e]:0;return n+(1-n)*t}async sendInput(e,t,n,r,s,o){let a=this.host.getData(),l=this.host.store.state,c=l.isolated,u=new AbortController;this.graphWait[e]?.abort(),this.graphWait[e]=u;let h=c?null:this.host.neighborGraph?.({...n,signal:u.signal},d=>{this.runs[e]===s&&this.setStatus(e,{progress:rm[e]*d})})??null;if(this.fromGraph[e]=!!h,h){let d=await h;return this.graphWait[e]===u&&(this.graphWait[e]=null),this.runs[e]!==s?!1:(this.loaded[e]="",o?.(d),await t.loadGraph(d),this.runs[e]===s)}return o?.(null),this.loaded[e]!==r&&(this.loaded[e]="",await t.load(om(await a.source.rows(c),a.d,l.spherize),c?c.length:a.n,a.d,{transfer:!0}),this.loaded[e]=r),this.runs[e]===s}async runTsne(){this.pausedByLeaving=!1;let e=this.host.getData();if(!e)return;let t=this.host.store.state,n=t.isolated,r=n?n.length:e.n,s=t.is3d?3:2,o=this.key(),a=++this.runs.tsne;try{if(!this.tsneClient){if(!this.host.createTsneClient)throw new Error("the t-SNE worker is not part of this build");this.tsneClient=this.host.createTsneClient(),this.tsneClient.onFrame((m,y,g,p)=>{if(this.samplings.tsne){this.sampleFrame("tsne",m)&&this.setStatus("tsne",{iteration:y});return}this.inWorker.tsne===this.runs.tsne&&(this.setStatus("tsne",{iteration:y,converged:g,state:p.done?"done":this.status.tsne.state==="paused"?"paused":"running",threads:p.threads??1}),this.draw("tsne",Ls(m,this.host.getData()?.n??0,p.dim,this.runRows.tsne),p.dim))}),this.tsneClient.onState(m=>{!this.samplings.tsne&&this.inWorker.tsne===this.runs.tsne&&this.setStatus("tsne",{state:m.state,iteration:m.iteration,converged:m.converged})}),this.tsneClient.onFailure(m=>this.tsneFailed(m))}this.setStatus("tsne",{state:"initializing",iteration:0,total:this.tsne.maxIterations,progress:0,error:null,converged:!1,points:r,sample:0});let l=this.tsne,c=this.tsneClient,u=Sp(r,l.perplexity);this.samplings.tsne=null,!n&&r>this.progressiveRows&&this.host.neighborGraph&&this.runSample("tsne",c,a,e,s,t.spherize,l.seed,()=>c.start({dim:s,perplexity:l.perplexity,learningRate:"auto",seed:l.seed,maxIterations:nS,frameMilliseconds:100}));let h=m=>{this.handOver("tsne",m,a,u,l.seed)};if(!await this.sendInput("tsne",c,{k:u,metric:"euclidean",spherize:t.spherize,perplexity:l.perplexity},o,a,h))return;this.runRows.tsne=n;let d={dim:s,perplexity:l.perplexity,learningRate:l.learningRate,seed:l.seed,maxIterations:l.maxIterations,frameMilliseconds:sm(r)};this.helpersFrom!==null&&(d.helpersFrom=this.helpersFrom);let f=this.supervision(n);f&&(d.supervise=f),this.inWorker.tsne=a,await c.start(d,{onProgress:m=>this.setStatus("tsne",{progress:this.workerProgress("tsne",m)})})}catch(l){if(Zt(l))return;this.setStatus("tsne",{state:"error",error:l instanceof Error?l.message:String(l)})}finally{this.endSample("tsne",a)}}supervision(e){let t=this.host.store.state.columns[this.tsne.superviseColumn];if(!t||this.tsne.superviseWeight<=0)return;let n=new Map,r=e?e.length:t.values.length,s=new Int32Array(r),o=this.tsne.ignoredLabel.trim();for(let a=0;a<r;a++){let l=t.values[e?e[a]:a]??"";if(l===""||o!==""&&l===o){s[a]=-1;continue}let c=n.get(l);c===void 0&&(c=n.size,n.set(l,c)),s[a]=c}return{labels:s,weight:this.tsne.superviseWeight}}leaving(e){e==="tsne"&&this.status.tsne.state==="running"?(this.pausedByLeaving=!0,this.pauseTsne()):e==="tsne"&&this.status.tsne.state==="initializing"?this.stopTsne():e==="umap"&&(this.status.umap.state==="running"||this.status.umap.state==="initializing")&&this.stopUmap()}pauseTsne(){this.controlTsne(this.tsneClient?.pause(),!0)}resumeTsne(){this.controlTsne(this.tsneClient?.resume(),!0)}perturbTsne(){this.controlTsne(this.tsneClient?.perturb(),!1)}setTsneMaxIterations(e){this.tsne.maxIterations=e,this.setStatus("tsne",{total:e}),this.controlTsne(this.tsneClient?.setMaxIterations(e),!1)}controlTsne(e,t){e?.then(n=>{t&&this.setStatus("tsne",{state:n.state,iteration:n.iteration})},n=>{Zt(n)||this.setStatus("tsne",{state:"error",error:n instanceof Error?n.message:String(n)})})}tsneFailed(e){this.tsneClient?.dispose(),this.tsneClient=null,this.loaded.tsne="",this.setStatus("tsne",{state:"error",error:e.message})}reset(){this.last={},this.importedLayouts.clear(),this.loaded={tsne:"",umap:""},this.runs.tsne++,this.runs.umap++,this.samplings={tsne:null,umap:null},(this.status.tsne.state==="running"||this.status.tsne.state==="paused"||this.status.tsne.state==="initializing")&&this.tsneClient?.stop(),(this.status.umap.state==="running"||this.status.umap.state==="initializing")&&this.umapClient?.stop(),this.status={tsne:gl("tsne"),umap:gl("umap")},this.customResult=null,this.emit()}};var xl=class{constructor(){w(this,"client",null);w(this,"local",null);w(this,"key","");w(this,"pending",null);w(this,"variance",null)}async project(e,t,n,r,s,o){let a=`${o}|${r}|${n.length}:${n[0]}:${n[n.length-1]}:${n[n.length>>1]}`;if(a!==this.key||!this.pending){this.key=a;let u=Math.min(10,t);this.pending=(async()=>{let h=await e.rows(n);if(!this.local&&typeof Worker=="function")try{this.client??(this.client=ml(void 0,1)),await this.client.load(h,n.length,t),this.variance=Array.from((await this.client.pca(u,{spherize:r})).varianceFraction);return}catch(d){if(d?.name==="CancelledError")throw d;this.client?.dispose(),this.client=null}this.local??(this.local=new Ui),await this.local.load(h,n.length,t),this.variance=Array.from((await this.local.pca(u,{spherize:r})).varianceFraction)})()}await this.pending;let l=Math.min(10,t)-1,c=s.map(u=>Math.min(u,l));return this.client&&!this.local?this.client.project(c):this.local.project(c)}dispose(){this.client?.dispose(),this.client=null,this.local=null,this.key="",this.pending=null,this.variance=null}};var am=`
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
`;function lm(i,e){let t=e.custom,n=P("select",{"data-testid":"custom-column","aria-label":"Search by column"});n.addEventListener("change",()=>{t.column=Number(n.value),s()});let r=0,s=()=>{window.clearTimeout(r),i.state.method==="custom"&&e.runCustom()},o=(p,x,_)=>{let v=P("input",{type:"search",className:"ep-search","data-testid":`custom-${p}-${x==="negative"?p==="x"?"left":"down":p==="x"?"right":"up"}`,placeholder:`${_}: text or /regex/`,"aria-label":_}),E=P("span",{className:"ep-meta ep-count","data-testid":`${v.dataset.testid}-count`});return v.addEventListener("input",()=>{t[p][x]=v.value,window.clearTimeout(r),r=window.setTimeout(s,200)}),{row:P("div",{className:"ep-row"},P("label",{},_),v,E),input:v,count:E}},a=o("x","negative","X left"),l=o("x","positive","X right"),c=o("y","negative","Y down"),u=o("y","positive","Y up"),h=P("div",{className:"ep-meta","data-testid":"custom-note"}),d=0,f=()=>{d!==e.settingsVersion&&(d=e.settingsVersion,a.input.value=t.x.negative,l.input.value=t.x.positive,c.input.value=t.y.negative,u.input.value=t.y.positive,n.value=String(t.column));let p=e.customResult,x=(v,E,S)=>{v.textContent=S.trim()?`${E??0} match${E===1?"":"es"}`:"",v.dataset.count=String(E??0)};x(a.count,p?.x.negativeCount,t.x.negative),x(l.count,p?.x.positiveCount,t.x.positive),x(c.count,p?.y.negativeCount,t.y.negative),x(u.count,p?.y.positiveCount,t.y.positive);let _=p?[p.x.problem&&`X: ${p.x.problem}`,p.y.problem&&`Y: ${p.y.problem}`].filter(Boolean):[];h.textContent=_.length?`${_.join("; ")} (axis flat).`:"An empty side means every row the other side does not match."};e.onChange(f);let m=()=>{let p=i.state;t.column>=p.columns.length&&(t.column=Math.max(0,p.labelColumn)),at(n,p.columns.map((x,_)=>({value:String(_),label:x.name})),String(t.column))},y=P("div",{"data-testid":"custom-panel",className:"ep-method-panel"},P("div",{className:"ep-row"},P("label",{},"Search by"),n),a.row,l.row,c.row,u.row,h),g=()=>{y.style.display=i.state.method==="custom"?"":"none"};return i.subscribe((p,x)=>{x.has("method")&&g(),x.has("columns")&&m()}),g(),m(),f(),y}function cm(i){if(i==="")return NaN;let e=Number(i);return Number.isFinite(e)?e:NaN}function bl(i,e){let t=new Set,n=0,r=!0,s=!0,o=0;for(let u of e){if(u===""){n++;continue}if(o++,t.add(u),r){let h=cm(u);Number.isNaN(h)?r=!1:Number.isInteger(h)||(s=!1)}}let a=t.size,l=o>0&&r&&!(s&&a<=20),c={name:i,kind:l?"numeric":"categorical",values:e,distinct:a,missing:n};if(l){let u=new Float64Array(e.length),h=1/0,d=-1/0;for(let f=0;f<e.length;f++){let m=cm(e[f]);u[f]=m,Number.isNaN(m)||(m<h&&(h=m),m>d&&(d=m))}c.numbers=u,c.min=h,c.max=d}return c}function um(i){return/[",\r\n]|^\s|\s$/.test(i)?`"${i.replace(/"/g,'""')}"`:i}function sS(i){return Number.isFinite(i)?String(i):""}function Qu(i,e,t){if(e)for(let n of e)t(n);else for(let n=0;n<i;n++)t(n)}function oS(i){let e=new Set(["index",...i.axisNames,"selected"]),t=i.columns.map(n=>{let r=n.name,s=2;for(;e.has(r);)r=`${n.name}_${s++}`;return e.add(r),r});return{axes:i.axisNames,cols:t}}function dm(i){let{axes:e,cols:t}=oS(i),n=[["index",...e,...t,"selected"].map(um).join(",")];return Qu(i.n,i.rows,r=>{let s=[String(r)];for(let o=0;o<i.k;o++)s.push(sS(i.coords[r*i.k+o]));for(let o of i.columns)s.push(um(o.values[r]??""));s.push(Sr(i.selection,r)?"1":"0"),n.push(s.join(","))}),n.join(`\r
`)+`\r
`}function fm(i,e={}){let t=[];return Qu(i.n,i.rows,n=>{let r=[];for(let o=0;o<i.k;o++){let a=i.coords[n*i.k+o];r.push(Number.isFinite(a)?a:null)}let s={};for(let o of i.columns)s[o.name]=o.values[n]??"";t.push({index:n,coordinates:r,metadata:s,selected:Sr(i.selection,n)})}),JSON.stringify({...e,axes:i.axisNames,columns:i.columns.map(n=>n.name),points:t})}function hm(i){return i.replace(/[\t\r\n]/g," ")}function pm(i,e,t=null){let n=[];return i.length>=2&&n.push(i.map(r=>hm(r.name)).join("	")),Qu(e,t,r=>n.push(i.map(s=>hm(s.values[r]??"")).join("	"))),n.join(`
`)+`
`}function mm(i,e,t,n,r){let s=i.find(a=>a.name===t),o=s?s.values.slice():new Array(e).fill("");for(let a of r)a>=0&&a<e&&(o[a]=n);return o}function ym(i,e,t,n,r=null){let s=[],o=u=>{for(let h=0;h<t;h++)if(!Number.isFinite(i[u*t+h]))return;s.push(u)};if(r)r.forEach(o);else for(let u=0;u<e;u++)o(u);let a=Int32Array.from(s),l=new Float32Array(a.length*3),c=new Uint8Array(a.length*3);return a.forEach((u,h)=>{for(let d=0;d<t&&d<3;d++)l[h*3+d]=i[u*t+d];for(let d=0;d<3;d++)c[h*3+d]=Math.round(255*Math.min(1,Math.max(0,n[u*3+d]??0)))}),{rows:a,positions:l,colors:c}}var xm=new TextEncoder;function bm(i,e="embproj"){let t=i.rows.length,n=xm.encode(["ply","format binary_little_endian 1.0",`comment ${e.replace(/[\r\n]/g," ")}`,`element vertex ${t}`,"property float x","property float y","property float z","property uchar red","property uchar green","property uchar blue","end_header",""].join(`
`)),r=new ArrayBuffer(n.length+t*15);new Uint8Array(r).set(n);let s=new DataView(r,n.length);for(let o=0;o<t;o++){for(let a=0;a<3;a++)s.setFloat32(o*15+a*4,i.positions[o*3+a],!0);for(let a=0;a<3;a++)s.setUint8(o*15+12+a,i.colors[o*3+a])}return r}var aS=1179937895,lS=1313821514,cS=5130562,uS=5126,hS=5121,gm=34962,dS=0;function fS(i){let e=i/255;return Math.round(255*(e<=.04045?e/12.92:((e+.055)/1.055)**2.4))}function pS(i,e){let t=new Uint8Array(Math.ceil(i.length/4)*4).fill(e);return t.set(i),t}function vm(i,e="embproj"){let t=i.rows.length,n=[1/0,1/0,1/0],r=[-1/0,-1/0,-1/0];for(let f=0;f<t;f++)for(let m=0;m<3;m++){let y=i.positions[f*3+m];y<n[m]&&(n[m]=y),y>r[m]&&(r[m]=y)}let s=new Uint8Array(t*4);for(let f=0;f<t;f++){for(let m=0;m<3;m++)s[f*4+m]=fS(i.colors[f*3+m]);s[f*4+3]=255}let o=t*12,a={asset:{version:"2.0",generator:"embproj"},scene:0,scenes:[{nodes:[0]}],nodes:[{mesh:0,name:e}],meshes:[{name:e,primitives:[{attributes:{POSITION:0,COLOR_0:1},mode:dS}]}],accessors:[{bufferView:0,componentType:uS,count:t,type:"VEC3",...t?{min:n,max:r}:{}},{bufferView:1,componentType:hS,normalized:!0,count:t,type:"VEC4"}],bufferViews:[{buffer:0,byteOffset:0,byteLength:o,target:gm},{buffer:0,byteOffset:o,byteLength:t*4,target:gm}],buffers:[{byteLength:o+t*4}]},l=pS(xm.encode(JSON.stringify(a)),32),c=new Uint8Array(o+t*4);new Float32Array(c.buffer,0,t*3).set(i.positions),c.set(s,o);let u=20+l.length+8+c.length,h=new ArrayBuffer(u),d=new DataView(h);return d.setUint32(0,aS,!0),d.setUint32(4,2,!0),d.setUint32(8,u,!0),d.setUint32(12,l.length,!0),d.setUint32(16,lS,!0),new Uint8Array(h,20,l.length).set(l),d.setUint32(20+l.length,c.length,!0),d.setUint32(24+l.length,cS,!0),new Uint8Array(h,28+l.length,c.length).set(c),h}function Qt(i,e,t,n,r){let s=P("input",{type:"number","data-testid":e,"aria-label":i,value:String(t),min:n.min,max:n.max,step:n.step??"any",className:"ep-num-in"});return s.addEventListener("change",()=>{let o=Number(s.value);if(!Number.isFinite(o)){s.value=String(t);return}n.min!==void 0&&(o=Math.max(n.min,o)),n.max!==void 0&&(o=Math.min(n.max,o)),s.value=String(o),t=o,r(o)}),{row:P("div",{className:"ep-row"},P("label",{},i),s),input:s}}function rt(i,e,t,n){let r=P("button",{"data-testid":e,title:n});return r.textContent=i,r.addEventListener("click",t),r}function Oi(i,e){let t=P("a",{href:URL.createObjectURL(i),download:e.replace(/[^\w.-]+/g,"_")});t.style.display="none",document.body.appendChild(t),t.click(),t.remove(),setTimeout(()=>URL.revokeObjectURL(t.href),3e4)}function vl(i){let e=i.state;return`${e.run??"run"}_${e.tensorName??"tensor"}_${e.method}`}function eh(i,e,t=null){return new Blob([pm(i,e,t)],{type:"text/tab-separated-values"})}function _m(i){let{store:e}=i,t=h=>{let d=i.layout(),f=e.state;return d?{coords:d.coords,n:f.n,k:d.k,axisNames:d.axes,columns:f.columns,selection:f.selection,rows:h?f.selection:f.isolated}:null},n=h=>()=>{let d=t(h);d&&Oi(new Blob([dm(d)],{type:"text/csv"}),`${vl(e)}${h?"_selected":""}.csv`)},r=h=>()=>{let d=t(h),f=e.state;d&&Oi(new Blob([fm(d,{run:f.run,tensor:f.tensorName,method:f.method})],{type:"application/json"}),`${vl(e)}${h?"_selected":""}.json`)},s=rt("PNG","export-png",()=>{i.png().then(h=>{h&&Oi(h,`${vl(e)}.png`)})},"The plot as a PNG image"),o=h=>()=>{let d=i.layout(),f=e.state;if(!d)return;let m=ym(d.coords,f.n,d.k,ps(f,f.n).rgb,f.isolated),y=`${f.run??""} ${f.tensorName??""} ${d.axes.join(" ")}`,g=h==="ply"?bm(m,`embproj ${y}`):vm(m,f.tensorName??"embproj");Oi(new Blob([g],{type:h==="ply"?"application/octet-stream":"model/gltf-binary"}),`${vl(e)}.${h}`)},a=rt("Selected CSV","export-selected-csv",n(!0)),l=rt("Selected JSON","export-selected-json",r(!0)),c=rt("Selected metadata","export-selected-tsv",()=>{let h=e.state;Oi(eh(h.columns,h.n,h.selection),`${h.run??"run"}_${h.tensorName??"tensor"}_selected_metadata.tsv`)},"The selected rows' metadata as TSV (TensorBoard's header rule)"),u=()=>{let h=e.state.selection.length===0;a.disabled=h,l.disabled=h,c.disabled=h||e.state.columns.length===0};return e.subscribe((h,d)=>{(d.has("selection")||d.has("columns"))&&u()}),u(),P("section",{"data-testid":"export-panel"},P("h2",{},"Export"),P("div",{className:"ep-row ep-wrap"},rt("CSV","export-all-csv",n(!1),"Coordinates, metadata and a selected flag (shown points)"),rt("JSON","export-all-json",r(!1)),a,l,c,s,rt("PLY","export-ply",o("ply"),"The drawn points with their colours as a PLY point cloud (MeshLab, Blender, CloudCompare)"),rt("glTF","export-glb",o("glb"),"The drawn points with their colours as a binary glTF 2.0 model (.glb)")))}var Ns="__new__";function Sm(i){let e=P("select",{"data-testid":"edit-column","aria-label":"Column to edit"}),t=P("input",{type:"text",className:"ep-search","data-testid":"edit-new-column",placeholder:"new column name",value:"tag"}),n=P("input",{type:"text",className:"ep-search","data-testid":"edit-label",placeholder:"label for the selection"}),r=P("div",{className:"ep-meta","data-testid":"edit-message"}),s=0,o=rt("Tag selection","edit-apply",()=>{let c=i.state,u=e.value===Ns?t.value.trim():c.columns[Number(e.value)]?.name;if(!u){r.textContent="Name the new column first.";return}if(!c.selection.length){r.textContent="Select points first.";return}let h=mm(c.columns,c.n,u,n.value,c.selection),d=c.columns.findIndex(y=>y.name===u),f=bl(u,h),m=d>=0?c.columns.map((y,g)=>g===d?f:y):[...c.columns,f];i.set({columns:m}),e.value=String(d>=0?d:m.length-1),s++,r.textContent=`"${n.value}" set on ${c.selection.length.toLocaleString("en-US")} points in "${u}".`}),a=rt("Download metadata","edit-download",()=>{let c=i.state;Oi(eh(c.columns,c.n),`${c.run??"run"}_${c.tensorName??"tensor"}_metadata${s?"_edited":""}.tsv`)},"The metadata with your edits, as a TSV TensorBoard reads"),l=()=>{let c=i.state,u=e.value;at(e,[...c.columns.map((h,d)=>({value:String(d),label:h.name})),{value:Ns,label:"New column…"}],u&&(u===Ns||Number(u)<c.columns.length)?u:Ns),t.style.display=e.value===Ns?"":"none",o.disabled=c.selection.length===0,a.disabled=c.n===0};return e.addEventListener("change",l),i.subscribe((c,u)=>{(u.has("columns")||u.has("selection")||u.has("n"))&&l()}),l(),P("section",{"data-testid":"edit-panel"},P("h2",{},"Edit by"),P("div",{className:"ep-row"},P("label",{},"Column"),e),P("div",{className:"ep-row"},t),P("div",{className:"ep-row"},n),P("div",{className:"ep-row"},o,a),r)}function Am(i,e,t){let n=i.k==="auto"?Math.min(100,Math.max(10,Math.round(t/20))):Math.min(1e3,Math.max(1,i.k)),r=i.metric==="auto"?e?"cosine":"euclidean":i.metric,s=i.space==="auto"?e:i.space==="spherized";return{k:Math.min(n,Math.max(0,t-1)),metric:r,spherized:s}}function wm(i,e,t,n){let r=Qt("k","nn-k",100,{min:1,max:1e3,step:1},u=>{e.k=u,t()});r.input.placeholder="auto",r.input.value="";let s=P("select",{"data-testid":"nn-metric","aria-label":"Distance"},P("option",{value:"auto"},"auto"),P("option",{value:"cosine"},"cosine"),P("option",{value:"euclidean"},"Euclidean")),o=P("select",{"data-testid":"nn-space","aria-label":"Space"},P("option",{value:"auto"},"auto"),P("option",{value:"original"},"original"),P("option",{value:"spherized"},"spherized"));s.addEventListener("change",()=>{e.metric=s.value,t()}),o.addEventListener("change",()=>{e.space=o.value,t()});let a=P("div",{className:"ep-meta","data-testid":"nn-title"}),l=P("ol",{className:"ep-nb ep-nb-all","data-testid":"nn-list"}),c=()=>{let u=performance.now(),h=i.state,d=h.selected>=0&&h.neighbors!==null&&zi(h.neighbors,h.selected)===h.selected,f=d?h.neighbors??[]:[];a.textContent=h.selected<0?"Click a point.":d?`${f.length} nearest to ${n(h.selected)} (${h.neighborMetric})`:`Nearest to ${n(h.selected)}…`,l.replaceChildren(...f.map(m=>P("li",{"data-testid":"nn-item","data-index":m.index,"data-distance":m.distance,onclick:()=>i.set({selected:m.index})},P("span",{className:"ep-lab"},n(m.index)),P("span",{className:"ep-cnt"},m.distance.toPrecision(4))))),bn("nn-list",u,f.length)};return i.subscribe((u,h)=>{(h.has("neighbors")||h.has("selected")||h.has("labelColumn"))&&c()}),c(),P("section",{"data-testid":"neighbors-panel"},P("h2",{},"Nearest neighbours"),r.row,P("div",{className:"ep-row"},P("label",{},"Distance"),s),P("div",{className:"ep-row"},P("label",{},"Space"),o),a,l)}function Mm(i,e){let t=P("div",{className:"ep-meta","data-testid":"selection-count"}),n=rt("Isolate","isolate",()=>{let u=i.state.selection;u.length&&i.set({isolated:u})},"Draw and fit only the selected points"),r=rt("Show all","show-all",()=>i.set({isolated:null})),s=rt("Clear","clear-selection",()=>i.set({selection:new Int32Array(0),selected:-1})),o=P("ul",{className:"ep-results","data-testid":"selection-list"}),a=P("div",{className:"ep-meta"}),l=50,c=()=>{let u=i.state,h=u.selection;t.textContent=`${h.length.toLocaleString("en-US")} selected`+(u.isolated?` · ${u.isolated.length.toLocaleString("en-US")} of ${u.n.toLocaleString("en-US")} shown`:""),t.dataset.count=String(h.length),n.disabled=h.length===0,r.disabled=!u.isolated,s.disabled=h.length===0,o.replaceChildren(...Array.from(h.subarray(0,l)).map(d=>P("li",{"data-testid":"selection-item","data-index":d,onclick:()=>i.set({selected:d})},e(d)))),a.replaceChildren(),h.length>l&&a.append(`… and ${(h.length-l).toLocaleString("en-US")} more `,rt("show more","selection-more",()=>{l+=500,c()}))};return i.subscribe((u,h)=>{h.has("selection")&&(l=50),(h.has("selection")||h.has("isolated")||h.has("labelColumn")||h.has("columns")||h.has("n"))&&c()}),c(),P("section",{"data-testid":"selection-panel"},P("h2",{},"Selection"),t,P("div",{className:"ep-row"},n,r,s),P("div",{className:"ep-meta"},"Click, Shift+click adds, Alt+click removes; Box / Lasso (or Ctrl+drag) in the toolbar."),o,a)}var Ir=class{constructor(e){w(this,"onTick",e);w(this,"since",0);w(this,"timer",0)}seconds(e){return e&&!this.since?(this.since=performance.now(),this.timer=self.setInterval(this.onTick,1e3)):!e&&this.since&&(this.since=0,self.clearInterval(this.timer)),e?Math.floor((performance.now()-this.since)/1e3):0}};function _l(i){return i>1?` · ${i} threads`:""}function Em(i,e){let t=e.tsne,n=Qt("Perplexity","tsne-perplexity",t.perplexity,{min:2,max:100,step:1},S=>{t.perplexity=S}),r=P("input",{type:"text","data-testid":"tsne-learning-rate","aria-label":"Learning rate",value:"auto",className:"ep-num-in"});r.addEventListener("change",()=>{let S=Number(r.value);t.learningRate=r.value.trim()===""||r.value.trim()==="auto"||!(S>0)?"auto":S,r.value=String(t.learningRate)});let s=Qt("Max iter.","tsne-max-iterations",t.maxIterations,{min:1,max:1e5,step:50},S=>e.setTsneMaxIterations(S)),o=Qt("Seed","tsne-seed",t.seed,{min:0,step:1},S=>{t.seed=S}),a=P("select",{"data-testid":"tsne-supervise","aria-label":"Supervise with"});a.addEventListener("change",()=>{t.superviseColumn=Number(a.value)});let l=P("input",{type:"text","data-testid":"tsne-ignored-label","aria-label":"Ignored label",placeholder:"e.g. unknown",className:"ep-num-in"});l.addEventListener("change",()=>{t.ignoredLabel=l.value});let c=Qt("Weight","tsne-supervise-weight",t.superviseWeight,{min:0,max:1,step:.05},S=>{t.superviseWeight=S}),u=P("span",{"data-testid":"tsne-iteration",className:"ep-counter"},"0"),h=P("div",{className:"ep-meta","data-testid":"tsne-status"}),d=rt("Re-run","tsne-rerun",()=>{e.runTsne()},"Start again from the seed"),f=rt("Pause","tsne-pause",()=>{e.status.tsne.state==="paused"?e.resumeTsne():e.pauseTsne()}),m=rt("Perturb","tsne-perturb",()=>e.perturbTsne(),"Shake the layout a little and keep going"),y=rt("Stop","tsne-stop",()=>e.stopTsne(),"End the run here (also while it finds neighbours)"),g=0,p=new Ir(()=>x()),x=()=>{g!==e.settingsVersion&&(g=e.settingsVersion,n.input.value=String(t.perplexity),r.value=String(t.learningRate),s.input.value=String(t.maxIterations),o.input.value=String(t.seed),c.input.value=String(t.superviseWeight),l.value=t.ignoredLabel,a.value=String(t.superviseColumn));let S=e.status.tsne;S.state!=="initializing"&&p.seconds(!1),u.textContent=String(S.iteration),u.dataset.iteration=String(S.iteration),h.dataset.state=S.state,h.textContent=S.state==="idle"?"Not run yet.":S.state==="initializing"&&S.sample>0?`Sample of ${S.sample.toLocaleString("en-US")} points · all ${S.points.toLocaleString("en-US")}: neighbours ${Math.round(100*S.progress)}% · ${p.seconds(!0)} s`:S.state==="initializing"?`Neighbours and affinities… ${Math.round(100*S.progress)}% · ${p.seconds(!0)} s`:S.state==="error"?`Failed: ${S.error}`:`${S.points.toLocaleString("en-US")} points · ${S.state}${S.converged?" (converged)":""}${_l(S.threads)}`,f.textContent=S.state==="paused"?"Resume":"Pause",f.disabled=!(S.state==="running"||S.state==="paused"),m.disabled=!(S.state==="running"||S.state==="paused"),y.disabled=!(S.state==="initializing"||S.state==="running"||S.state==="paused")};e.onChange(x),x();let _=()=>{let S=i.state;t.superviseColumn>=S.columns.length&&(t.superviseColumn=-1),at(a,[{value:"-1",label:"none"},...S.columns.map((b,A)=>({value:String(A),label:b.name}))],String(t.superviseColumn))},v=P("div",{"data-testid":"tsne-panel",className:"ep-method-panel"},n.row,P("div",{className:"ep-row"},P("label",{},"Learn. rate"),r),s.row,o.row,P("div",{className:"ep-row"},P("label",{},"Supervise"),a),P("div",{className:"ep-row"},P("label",{},"Ignore"),l),c.row,P("div",{className:"ep-row"},P("label",{},"Iteration"),u),P("div",{className:"ep-row"},f,y,m,d),h),E=()=>{v.style.display=i.state.method==="tsne"?"":"none"};return i.subscribe((S,b)=>{b.has("method")&&E(),b.has("columns")&&_()}),E(),_(),v}function Tm(i,e){let t=e.umap,n=Qt("Neighbours","umap-neighbors",t.nNeighbors,{min:2,max:200,step:1},p=>{t.nNeighbors=p}),r=Qt("Min dist","umap-min-dist",t.minDist,{min:0,max:10,step:.01},p=>{t.minDist=p}),s=Qt("Spread","umap-spread",t.spread,{min:.01,max:20,step:.1},p=>{t.spread=p}),o=Qt("Epochs","umap-epochs",t.nEpochs,{min:0,max:5e3,step:10},p=>{t.nEpochs=p}),a=Qt("Seed","umap-seed",t.seed,{min:0,step:1},p=>{t.seed=p}),l=P("select",{"data-testid":"umap-metric","aria-label":"Metric"},P("option",{value:"euclidean"},"Euclidean"),P("option",{value:"cosine"},"Cosine"));l.addEventListener("change",()=>{t.metric=l.value});let c=P("div",{className:"ep-meta","data-testid":"umap-status"}),u=rt("Run","umap-run",()=>{e.runUmap()},"Run UMAP on all (or the isolated) points"),h=rt("Stop","umap-stop",()=>e.stopUmap()),d=0,f=new Ir(()=>m()),m=()=>{d!==e.settingsVersion&&(d=e.settingsVersion,n.input.value=String(t.nNeighbors),r.input.value=String(t.minDist),s.input.value=String(t.spread),o.input.value=String(t.nEpochs),a.input.value=String(t.seed),l.value=t.metric);let p=e.status.umap;p.state!=="initializing"&&f.seconds(!1),c.dataset.state=p.state,c.dataset.epoch=String(p.iteration),c.textContent=p.state==="idle"?"Not run yet.":p.state==="initializing"&&p.sample>0?`Sample of ${p.sample.toLocaleString("en-US")} points · all ${p.points.toLocaleString("en-US")}: neighbours ${Math.round(100*p.progress)}% · ${f.seconds(!0)} s`:p.state==="initializing"?`Neighbours and initial layout… ${Math.round(100*p.progress)}% · ${f.seconds(!0)} s`:p.state==="error"?`Failed: ${p.error}`:p.state==="stopped"&&p.total===0?"Stopped before the first epoch · ready to run again.":`Epoch ${p.iteration} / ${p.total} · ${p.points.toLocaleString("en-US")} points${p.state==="done"?" · done":p.state==="stopped"?" · stopped":""}${_l(p.threads)}`,h.disabled=!(p.state==="running"||p.state==="initializing")};e.onChange(m),m();let y=P("div",{"data-testid":"umap-panel",className:"ep-method-panel"},n.row,r.row,s.row,o.row,a.row,P("div",{className:"ep-row"},P("label",{},"Metric"),l),P("div",{className:"ep-meta"},"Epochs 0 = automatic (500 up to 10,000 points, else 200)."),P("div",{className:"ep-row"},u,h),c),g=()=>{y.style.display=i.state.method==="umap"?"":"none"};return i.subscribe((p,x)=>{x.has("method")&&g()}),g(),y}function Cm(i){let{store:e,scatter:t}=i;document.head.appendChild(P("style",{},am));let n=new yl({store:e,getData:i.getData,place:i.place,createTsneClient:()=>mp(),neighborGraph:i.neighborGraph});i.projectionPanel.append(Em(e,n),Tm(e,n),lm(e,n));let r={k:"auto",metric:"auto",space:"auto"};i.side.append(Mm(e,i.labelOf),wm(e,r,i.recomputeNeighbors,i.labelOf),Sm(e),_m({store:e,layout:i.lastLayout,png:()=>t.toPngBlob()}));let s=f=>{let m=e.state.isolated;return!m||Sr(m,f)},{toolbar:o}=vp({store:e,plot:i.plot,screenPositions:()=>t.screenPositions(),visible:s,onSelect:f=>e.set({selection:f,selected:f.length===1?f[0]:f.length&&Sr(f,e.state.selected)?e.state.selected:-1})});i.toolbar.append(o);let a=e.state.method;e.subscribe((f,m)=>{m.has("method")&&(n.leaving(a),a=f.method)});let l=null,c=0,u=new xl,h=0,d=async()=>{let f=e.state,m=i.getData(),y=f.isolated;if(!m||!y||!y.length)return;let g=++h,p=f.is3d?3:2,x=f.dims.slice(0,p);e.set({computing:`PCA on the ${y.length.toLocaleString("en-US")} isolated points…`});try{let _=await u.project(m.source,m.d,y,f.spherize,x,String(c));if(g!==h||e.state.isolated!==y)return;e.set({isolatedVariance:u.variance}),i.place(Ls(_,m.n,p,y),p,x.map(v=>`PC${v+1}`))}catch(_){_?.name!=="CancelledError"&&console.warn("embproj: PCA of the isolated points",_)}finally{g===h&&e.set({computing:null})}};return e.subscribe((f,m)=>{let y=i.getData();if((m.has("n")||m.has("d")||m.has("tensorName")||m.has("run"))&&y!==l&&(l=y,n.reset(),u.dispose(),c++,(f.selection.length||f.isolated)&&e.set({selection:Ss,isolated:null})),m.has("isolated"))if(f.isolatedVariance&&e.set({isolatedVariance:null}),Rr(f.method)&&f.method!=="custom")n.project();else if(f.method==="custom"){let g=i.lastLayout();g&&i.place(g.coords,g.k,g.axes)}else i.reproject()}),window.addEventListener("keydown",f=>{f.key==="Escape"&&!(f.target instanceof HTMLInputElement)&&e.set({selection:Ss,selectMode:"pan"})}),{layouts:n,neighborSettings:r,project:()=>{Rr(e.state.method)?n.project():d()},owns:f=>Rr(f.method)||f.method==="pca"&&!!f.isolated,isLayoutMethod:Rr,click(f,m){let y=e.state,g=m.altKey||m.ctrlKey||m.metaKey?"remove":m.shiftKey?"add":"replace";if(g==="replace"){e.set({selected:f,selection:f>=0?Int32Array.of(f):Ss});return}if(f<0)return;let p=As(y.selection,Int32Array.of(f),g);e.set({selection:p,selected:g==="add"?f:y.selected===f?-1:y.selected})},hiddenZ:Jt,hook:{layouts:n,get tsne(){return n.status.tsne},get umap(){return n.status.umap},layout:f=>{let m=n.lastLayout(f);return m?{coords:Array.from(m.coords),k:m.k}:null},current:()=>{let f=i.lastLayout();return f?{coords:Array.from(f.coords),k:f.k,axes:f.axes}:null},screenPositions:()=>{let f=t.screenPositions();return{x:Array.from(f.x),y:Array.from(f.y)}}}}}function Rm(i,e,t,n,r,s){let o=Math.max(0,Math.min(s,e,n)),a=new Float32Array(r),l=new Int32Array(r).fill(-1),c=0;for(let u=0;u<r;u++){let h=0;for(let g=0;g<o;g++){let p=i[u*e+g];p>=0&&p<r&&l[p]!==u&&(l[p]=u,h++)}let d=0,f=0;for(let g=0;g<o;g++){let p=t[u*n+g];p<0||p>=r||(l[p]===u?(f++,d++,l[p]=-2-u):l[p]!==-2-u&&(d++,l[p]=-2-u))}let m=h+d-f,y=m>0?f/m:1;a[u]=1-y,c+=y}return{change:a,meanOverlap:r?c/r:1,k:o}}function Im(i,e,t){let n=[];for(let r=0;r<i.length;r++){if(t?.[r])continue;let s=i[r];if(n.length>=e&&!(s>i[n[n.length-1]]))continue;let o=n.length;for(;o>0&&i[n[o-1]]<s;)o--;n.splice(o,0,r),n.length>e&&n.pop()}return Int32Array.from(n)}function Pm(i,e){let t=Math.min(i,e),n=new Int32Array(i).fill(-1);for(let r=0;r<t;r++)n[r]=r;return{bOfA:n,matched:Int32Array.from({length:t},(r,s)=>s),unmatchedA:i-t,unmatchedB:e-t,duplicates:0,by:"order"}}function Lm(i,e,t,n){let r=new Map,s=0;for(let u=0;u<n;u++){let h=t[u]??"";if(h==="")continue;let d=r.get(h);r.set(h,d===void 0?u:-2)}let o=new Map;for(let u=0;u<e;u++){let h=i[u]??"";h!==""&&o.set(h,(o.get(h)??0)+1)}let a=new Int32Array(e).fill(-1),l=[];for(let u=0;u<e;u++){let h=i[u]??"",d=r.get(h);h===""||d===void 0||d===-2||o.get(h)>1||(a[u]=d,l.push(u))}for(let u of o.values())u>1&&(s+=u);let c=new Map;for(let u=0;u<n;u++){let h=t[u]??"";h!==""&&c.set(h,(c.get(h)??0)+1)}for(let u of c.values())u>1&&(s+=u);return{bOfA:a,matched:Int32Array.from(l),unmatchedA:e-l.length,unmatchedB:n-l.length,duplicates:s,by:"key"}}function Nm(i,e,t){if(e!==t||i.matched.length!==e)return!1;for(let n=0;n<e;n++)if(i.bOfA[n]!==n)return!1;return!0}function mS(i){i.charCodeAt(0)===65279&&(i=i.slice(1));let e=i.split(/\r?\n/);return e.length>0&&e[e.length-1]===""&&e.pop(),e}function Fm(i,e){let t=mS(i),n=1;for(let c of t.slice(0,1))n=c.split("	").length;let r,s;n<=1?(r=["label"],s=t):(r=t[0].split("	").map((c,u)=>c.trim()||`column ${u+1}`),s=t.slice(1));let o=e??s.length,a=r.map(()=>new Array(o).fill("")),l=Math.min(o,s.length);for(let c=0;c<l;c++){let u=n<=1?[s[c]]:s[c].split("	");for(let h=0;h<r.length;h++)a[h][c]=(u[h]??"").trim()}return{names:r,columns:a,rowCount:s.length}}function th(i){return(i.state.info?.errors??[]).map(e=>Gt("error",e))}function Dm(i){let e=i.state;return e.info?.embeddings.find(t=>t.tensorName===e.tensorName)??null}function yS(i){return i.findIndex(t=>t.kind==="categorical"&&t.distinct>=2&&t.distinct<=20)}async function Sl(i,e,t,n,r){let s=i.state.run,o=bs(e),a=i.state.transfer==="float16"?2:4,l={tensor:{loaded:0,total:o?o[0]*o[1]*a:null},metadata:{loaded:0,total:null},sprite:{loaded:0,total:null}},c=new Set(["tensor"]);e.hasMetadata!==!1&&(e.hasMetadata||e.metadataPath)&&c.add("metadata"),e.hasSprite!==!1&&(e.hasSprite||e.sprite?.imagePath)&&c.add("sprite");let u=0,h=(N=!1)=>{if(t.aborted)return;let I=performance.now();if(!N&&I-u<40)return;u=I;let R=0,C=0;for(let L of c)R+=l[L].loaded,C=C!==null&&l[L].total!==null?C+l[L].total:null;let D=`Loading ${[...c].join(", ")}`;i.set({loading:{label:D,loaded:R,total:C}})},d=N=>(I,R)=>{l[N].loaded=I,R!==null&&(l[N].total=R),h(R!==null&&I===R)};h(!0);let f=[],m=i.state.step!==null&&(e.checkpointSteps??[]).includes(i.state.step)?i.state.step:null,y=null,g=r??(async(N,I)=>y=new vr(N,I)),p=dt.tensor(s,e.tensorName,o,g,d("tensor"),t,m,i.state.transfer),x=c.has("metadata")?dt.metadata(s,e.tensorName,d("metadata"),t).catch(N=>{if(t.aborted)throw N;return f.push(Gt("warning",N)),c.delete("metadata"),null}):Promise.resolve(null),_=c.has("sprite")?dt.sprite(s,e.tensorName,d("sprite"),t).then(N=>n(N,e.sprite?.singleImageDim??[])).catch(N=>{if(t.aborted)throw N;return f.push(Gt("warning",N)),c.delete("sprite"),null}):Promise.resolve(null),[v,E,S]=await Promise.all([p,x,_]);i.state.transfer==="float16"&&f.push({level:"info",message:"Downloaded as float16: values rounded to about 3 significant digits.",file:null,hint:"PCA and neighbours change little (bench/RESULTS.md measures it); untick float16 for exact values."});let b=v.nonFinite;b>0&&f.push({level:"warning",message:`${b.toLocaleString("en-US")} NaN or infinite values were drawn as 0.`,file:e.tensorPath??null,hint:"Projections treat them as 0; fix the source tensor to remove this warning."});let A=[];if(E!==null){let N=Fm(E,v.n);N.names.forEach((R,C)=>A.push(bl(R,N.columns[C])));let I=(e.warnings??[]).length>0;N.rowCount!==v.n&&!I&&f.push({level:"warning",message:`Metadata has ${N.rowCount} rows but the tensor has ${v.n}.`,file:e.metadataPath??null,hint:"Row i of the metadata (after the header) must describe tensor row i."})}return{data:y?.data??null,n:v.n,d:v.d,etag:v.etag,columns:A,atlas:S,notices:f}}function Um(i,e,t){let n=e.columns.length;return{labelColumn:t&&i.labelColumn<n?i.labelColumn:n?0:-1,colorColumn:t&&i.colorColumn<n?i.colorColumn:yS(e.columns),showSprites:t?i.showSprites:!!e.atlas,spherize:t?i.spherize:e.d>=50,method:t?i.method:e.d<=3?"identity":"pca",dims:t?i.dims:[0,1,2],is3d:t?i.is3d:!1}}var xS=100,bS=100,Al=class{constructor(e,t){w(this,"spec",e);w(this,"transfer",t);w(this,"status","loading");w(this,"message","");w(this,"progress",0);w(this,"result",null);w(this,"onChange",null);w(this,"projector",null);w(this,"abort",new AbortController);w(this,"coordsB",null);w(this,"sideB",null);w(this,"holdsB",!1);w(this,"pendingA",null);w(this,"layoutOfB",null)}async run(e,t){let n=performance.now(),r=this.abort.signal;try{let s=this.spec;this.set("loading",`Loading ${s.tensor}…`);let o=await t(s.run),a=o.embeddings.find(q=>q.tensorName===s.tensor);if(!a)throw new Error(`Run "${s.run}" has no tensor "${s.tensor}".`);if(a.error)throw new Error(`${s.tensor}: ${a.error.error}`);let l={...a,hasSprite:!1,sprite:void 0},c=new br({...xu,run:s.run,info:o,tensorName:s.tensor,step:s.step,transfer:this.transfer});c.subscribe((q,V)=>{V.has("loading")&&q.loading&&q.loading.total&&this.set("loading",q.loading.label,q.loading.loaded/q.loading.total)});let u=await Sl(c,l,r,async()=>null),h={...u,data:u.data};this.check(r);let d=this.pair(e,h.columns,h.n);if(!d.matched.length)throw new Error("No rows are paired: "+(s.key?`no value of "${s.key}" is on both sides.`:"side B is empty."));let f=performance.now()-n;this.set("layout","Projecting side B…");let m=performance.now(),y=this.projector=Ps();await y.load(h.data,h.n,h.d),this.sideB={data:h.data,n:h.n,d:h.d},this.holdsB=!0,this.check(r);let g=e.layout.k,p=await(this.layoutOfB??Om)(y,{run:s.run,tensor:s.tensor,step:s.step,n:h.n,d:h.d},e,g),x=p.coords;this.check(r),this.coordsB=x;let _=nh(x,e.layout.coords,d,e.n,g),v=`${s.run} / ${s.tensor}${s.step!==null?` @ step ${s.step}`:""}`,E=`${p.note}, aligned onto A (Procrustes over ${d.matched.length.toLocaleString("en-US")} rows)`;this.result={spec:s,label:v,nA:e.n,nB:h.n,dB:h.d,pairing:d,alignedB:_,k:g,layoutNote:E,change:null,meanOverlap:null,ranked:null,exact:null,timings:{loadMs:f,layoutMs:performance.now()-m,neighboursMs:0}};let S=performance.now(),b=Math.max(1,Math.min(s.k,bS,d.matched.length-1)),A=Nm(d,e.n,h.n),N=d.matched.length;this.set("neighbours","Neighbours in B…",0);let I=A?null:nl(h.data,h.d,Array.from(d.matched,q=>d.bOfA[q]));I&&(this.holdsB=!1,await y.load(I,N,h.d)),this.check(r);let R=await this.graph(y,I??h.data,N,h.d,b,q=>this.set("neighbours","Neighbours in B…",q/2));this.check(r);let C=d.matched.length===e.n,D=await e.source.rows(C?null:Int32Array.from(d.matched));this.check(r),this.holdsB=!1,await y.load(D,N,e.d),this.check(r);let L=await this.graph(y,D,N,e.d,b,q=>this.set("neighbours","Neighbours in A…",.5+q/2));this.check(r);let B=Rm(L.indices,L.k,R.indices,R.k,N,b),k=new Float32Array(e.n).fill(NaN),G=new Uint8Array(e.n).fill(1);if(d.matched.forEach((q,V)=>{k[q]=B.change[V],G[q]=0}),Object.assign(this.result,{change:k,meanOverlap:B.meanOverlap,ranked:Im(k,xS,G),exact:L.exact&&R.exact}),this.result.timings.neighboursMs=performance.now()-S,y.dispose(),this.projector=null,this.holdsB=!1,this.pendingA){let q=this.pendingA;this.pendingA=null,await this.layOutB(q)}this.set("ready","")}catch(s){if(r.aborted||Zt(s))return;console.warn("embproj: compare",s),this.set("error",s instanceof Error?s.message:String(s)),this.projector?.dispose(),this.projector=null}}async relayout(e){return this.status==="error"||!this.result?!1:this.status!=="ready"?(this.pendingA=e,!1):this.layOutB(e)}async layOutB(e){let t=this.result,n=this.sideB,r=this.abort.signal;if(!t||!n||r.aborted)return!1;let s=this.projector??(this.projector=Ps());try{this.holdsB||(await s.load(n.data,n.n,n.d),this.holdsB=!0);let o=this.spec,a=await(this.layoutOfB??Om)(s,{run:o.run,tensor:o.tensor,step:o.step,n:n.n,d:n.d},e,e.layout.k);return r.aborted?!1:(this.coordsB=a.coords,t.k=e.layout.k,t.alignedB=nh(a.coords,e.layout.coords,t.pairing,t.nA,t.k),t.layoutNote=`${a.note}, aligned onto A (Procrustes over ${t.pairing.matched.length.toLocaleString("en-US")} rows)`,this.onChange?.(),!0)}catch(o){return!r.aborted&&!Zt(o)&&console.warn("embproj: compare",o),!1}}realign(e){let t=this.result;!t||!this.coordsB||e.length!==t.nA*t.k||(t.alignedB=nh(this.coordsB,e,t.pairing,t.nA,t.k))}dispose(){this.abort.abort(),this.projector?.dispose(),this.projector=null,this.onChange=null}pair(e,t,n){let r=this.spec.key;if(r===null){if(e.n!==n)throw new Error(`Side A has ${e.n.toLocaleString("en-US")} rows and side B ${n.toLocaleString("en-US")}: pair them by a key column.`);return Pm(e.n,n)}let s=e.columns.find(a=>a.name===r),o=t.find(a=>a.name===r);if(!s||!o)throw new Error(`The key column "${r}" is not in ${s?"side B's":"side A's"} metadata.`);return Lm(s.values,e.n,o.values,n)}async graph(e,t,n,r,s,o){let a={k:s,metric:this.spec.metric,spherize:!1},l=e.neighborGraph(a,o);if(l){let u=await l,h=Za(u.n,u.k,u.parts);return{indices:h.indices,k:h.k,exact:Di(n,Math.min(r,Is))}}let c=Yp(t,n,r,s,{metric:this.spec.metric,onProgress:o});return{indices:c.indices,k:c.k,exact:Di(n,r)}}check(e){if(e.aborted)throw new DOMException("cancelled","AbortError")}set(e,t,n=this.progress){this.status=e,this.message=t,this.progress=n,this.onChange?.()}},Om=async(i,e,t,n)=>{let s=(await i.pca(Math.min(10,e.d),{spherize:t.spherize})).varianceFraction.length-1,o=t.method==="pca"?t.dims.slice(0,n).map(l=>Math.min(l,s)):Array.from({length:n},(l,c)=>Math.min(c,s));return{coords:await i.project(o),note:`PCA ${o.map(l=>`PC${l+1}`).join("/")}${t.method==="pca"?"":` (side A shows ${t.method})`}`}};function nh(i,e,t,n,r){let s=new Float32Array(n*r).fill(NaN);for(let l of t.matched)for(let c=0;c<r;c++)s[l*r+c]=i[t.bOfA[l]*r+c];let o=gu(s,e,n,r,t.matched);return yu(s,n,o)}function Bi(i,e){let t=i.find(a=>a.tensorName===e);if(!t)return null;let n=(t.checkpointSteps??[]).filter(a=>Number.isInteger(a));if(n.length>=2)return{tag:t.tag??t.tensorName,kind:"checkpoints",entries:[...new Set(n)].sort((a,l)=>a-l).map(a=>({step:a,tensorName:t.tensorName,fetchStep:a}))};if(t.tag==null||t.step==null)return null;let r=i.filter(a=>a.tag===t.tag&&typeof a.step=="number"&&!a.error);if(r.length<2)return null;let s=new Map;for(let a of r)s.has(a.step)||s.set(a.step,a);let o=[...s.entries()].sort((a,l)=>a[0]-l[0]).map(([a,l])=>({step:a,tensorName:l.tensorName,fetchStep:null}));return o.length>=2?{tag:t.tag,kind:"tags",entries:o}:null}function Bm(i,e,t,n){if(i.kind==="checkpoints"){let r=t??n,s=i.entries.findIndex(o=>o.step===r);return s>=0?s:i.entries.length-1}return Math.max(0,i.entries.findIndex(r=>r.tensorName===e))}var vS=20,Pr=(i,e,t=null)=>JSON.stringify(t?[i,e,t]:[i,e]);function _S(i){let e=[];for(let t of i.embeddings){if(t.error)continue;let n=(t.checkpointSteps??[]).filter(s=>Number.isInteger(s)),r=t.shape?` (${t.shape.join(" x ")})`:"";if(n.length>=2)for(let s of n)e.push({value:Pr(t.tensorName,s),label:`${t.tensorName} @ step ${s}${r}`});else e.push({value:Pr(t.tensorName,null),label:`${t.tensorName}${r}`});for(let s of t.projections??[])s.error||e.push({value:Pr(t.tensorName,null,s.name),label:`${t.tensorName}: from Python: ${s.name}`})}return e}function SS(i){let e=i.state;if(!e.info||!e.tensorName)return null;let t=Bi(e.info.embeddings,e.tensorName);if(t){let n=e.info.embeddings.find(a=>a.tensorName===e.tensorName),r=t.kind==="checkpoints"?e.step??n?.step??null:null,s=t.entries.findIndex(a=>t.kind==="checkpoints"?a.step===r:a.tensorName===e.tensorName),o=t.entries[s>0?s-1:Math.min(1,t.entries.length-1)];if(o)return Pr(o.tensorName,o.fetchStep)}return Pr(e.tensorName,null)}function km(i){let{store:e}=i,t=P("select",{"data-testid":"compare-run","aria-label":"Side B run"}),n=P("select",{"data-testid":"compare-tensor","aria-label":"Side B tensor and step"}),r=P("select",{"data-testid":"compare-key","aria-label":"Pair rows by"}),s=P("input",{type:"number",min:"1",max:"100",value:String(Cn.k),"data-testid":"compare-k","aria-label":"Neighbours compared",style:"width:4em"}),o=P("select",{"data-testid":"compare-metric","aria-label":"Metric"});at(o,[{value:"euclidean",label:"euclidean"},{value:"cosine",label:"cosine"}],Cn.metric);let a=P("button",{"data-testid":"compare-start"},"Compare"),l=P("button",{"data-testid":"compare-stop"},"Stop comparing"),c=P("select",{"data-testid":"compare-mode","aria-label":"Compare display"});at(c,[{value:"side",label:"side by side"},{value:"overlay",label:"overlay (A → B lines)"}],Cn.mode);let u=P("input",{type:"checkbox","data-testid":"compare-color",checked:Cn.color}),h=P("div",{className:"ep-meta","data-testid":"compare-status"}),d=P("div",{className:"ep-meta","data-testid":"compare-summary"}),f=P("div",{"data-testid":"compare-overlap",className:"ep-compare-overlap"}),m=P("ol",{className:"ep-results","data-testid":"compare-ranked"}),y=P("div",{},P("div",{className:"ep-row"},P("label",{},"B: run"),t),P("div",{className:"ep-row"},P("label",{},"tensor"),n),P("div",{className:"ep-row"},P("label",{},"Pair rows"),r),P("div",{className:"ep-row"},P("label",{},"Neighbours"),s,o)),g=P("div",{},P("div",{className:"ep-row"},P("label",{},"Show"),c),P("div",{className:"ep-row"},P("label",{},u," Colour by neighbourhood change")),P("div",{className:"ep-meta"},"Legend: 0 = the same k neighbours in A and B, 1 = none shared; grey: unpaired."),h,f,d,P("div",{className:"ep-meta"},"Neighbours changed most (click to select):"),m),p=P("section",{"data-testid":"compare-panel"},P("h2",{},"Compare embeddings"),y,P("div",{className:"ep-row"},a,l),g),x=null,_=null,v=null,E=async N=>{if(x?.run===N)return;let I=e.state,R=N===I.run&&I.info?I.info:await i.infoOf(N).catch(()=>null);!R||t.value!==N||(x={run:N,info:R},_=null,b())},S=()=>{if(!x||!n.value)return null;let[N,I,R]=JSON.parse(n.value),C=e.state.compare;return{run:x.run,tensor:N,step:I,key:r.value===""?null:r.value,k:Math.max(1,Math.min(100,Math.round(Number(s.value)||Cn.k))),metric:o.value==="cosine"?"cosine":"euclidean",mode:C?.mode??(c.value==="overlay"?"overlay":"side"),color:C?.color??u.checked,...R?{layout:R}:{}}};function b(){let N=e.state,I=N.compare,R=I?.run??v??N.run??"";at(t,N.runs.map(k=>({value:k,label:k})),R),R&&x?.run!==R&&E(R);let C=x?_S(x.info):[],D=I?Pr(I.tensor,I.step,I.layout??null):_??(x?.run===N.run?SS(e):null)??C[0]?.value??"";I&&!C.some(k=>k.value===D)&&C.push({value:D,label:`${I.tensor}${I.step!==null?` @ step ${I.step}`:""}`}),at(n,C,D);let L=N.columns.map(k=>({value:k.name,label:`key: ${k.name}`})),B=I?I.key??"":r.value;B&&!L.some(k=>k.value===B)&&L.push({value:B,label:`key: ${B}`}),at(r,[{value:"",label:"by order (same rows)"},...L],B),I&&(s.value=String(I.k),o.value=I.metric,c.value=I.mode,u.checked=I.color),a.textContent=I?"Compare again":"Compare",l.style.display=I?"":"none",g.style.display=I?"":"none",p.style.display=N.n>0||I?"":"none"}let A=()=>{let N=i.session(),I=N?.result??null;if(h.dataset.status=N?.status??"off",h.textContent=N?N.status==="error"?`Cannot compare: ${N.message}`:N.status==="ready"?"":`${N.message}${N.progress>0?` ${Math.round(100*N.progress)}%`:""}`:"",h.classList.toggle("ep-error-text",N?.status==="error"),!I){d.textContent="",f.textContent="",m.replaceChildren();return}let R=I.pairing,C=[`B: ${I.label} (${I.nB.toLocaleString("en-US")} x ${I.dB})`,`${R.matched.length.toLocaleString("en-US")} rows paired ${R.by==="key"?`by ${I.spec.key}`:"by order"}`];(R.unmatchedA||R.unmatchedB)&&C.push(`unpaired: ${R.unmatchedA.toLocaleString("en-US")} in A, ${R.unmatchedB.toLocaleString("en-US")} in B (not drawn in B, left out of the neighbours)`),R.duplicates&&C.push(`${R.duplicates.toLocaleString("en-US")} rows share a key with another row of their side (not paired)`),C.push(`B layout: ${I.layoutNote}`),I.exact!==null&&C.push(`neighbours: ${I.exact?"exact":"approximate search (forest + NN-descent)"}, ${I.spec.metric}`),d.replaceChildren(...C.map(L=>P("div",{},L))),d.dataset.paired=String(R.matched.length),d.dataset.unpairedA=String(R.unmatchedA),d.dataset.unpairedB=String(R.unmatchedB),I.meanOverlap!==null?(f.textContent=`Mean neighbour overlap (Jaccard, k = ${I.spec.k}): ${I.meanOverlap.toFixed(3)}`,f.dataset.value=String(I.meanOverlap)):f.textContent="";let D=I.ranked&&I.change?Array.from(I.ranked.subarray(0,vS)):[];m.replaceChildren(...D.map(L=>P("li",{"data-testid":"compare-ranked-entry","data-index":L,"data-change":I.change[L],title:"Select this point",onclick:()=>e.set({selected:L,selection:Int32Array.of(L)})},`${i.labelOf(L)} — ${(I.change[L]*100).toFixed(0)}% changed`)))};return t.addEventListener("change",()=>{v=t.value,x=null,_=null,E(t.value)}),n.addEventListener("change",()=>{_=n.value}),a.addEventListener("click",()=>{let N=S();N&&e.set({compare:N})}),l.addEventListener("click",()=>e.set({compare:null})),c.addEventListener("change",()=>{let N=e.state.compare;N&&e.set({compare:{...N,mode:c.value==="overlay"?"overlay":"side"}})}),u.addEventListener("change",()=>{let N=e.state.compare;N&&e.set({compare:{...N,color:u.checked}})}),e.subscribe((N,I)=>{(I.has("runs")||I.has("run")||I.has("info")||I.has("tensorName")||I.has("step")||I.has("columns")||I.has("compare")||I.has("n"))&&b()}),b(),Object.assign(p,{updateResult:A})}var zm=`
.ep-compare-split > .ep-plot:not(.ep-plot-b) { right: 50%; }
.ep-plot-b { left: 50%; border-left: 1px solid var(--ep-border, #ccc); }
.ep-compare-caption { position: absolute; top: 40px; left: 8px; font-size: 11px; color: var(--ep-muted); z-index: 2;
  pointer-events: none; background: var(--ep-plot); padding: 1px 4px; border-radius: 3px; }
.ep-compare-overlap { font-weight: 600; margin: 4px 0; }
.ep-error-text { color: var(--ep-error-fg); }
`;var AS="neighbourhood change (1 − Jaccard)",ih=2e5,wS=["run","tensor","step","key","k","metric","layout"],MS=(i,e)=>!!i&&!!e&&wS.every(t=>i[t]===e[t]);function Gm(i){let{store:e,scatter:t,plot:n,main:r}=i;document.head.appendChild(P("style",{},zm));let s=P("div",{className:"ep-plot ep-plot-b","data-testid":"compare-plot-b"}),o=P("div",{className:"ep-compare-caption","data-testid":"compare-caption-a"}),a=P("div",{className:"ep-compare-caption","data-testid":"compare-caption-b"});s.append(a);let l=null,c=null,u=null,h=null,d=0,f=!1,m=null,y={startedAt:0,firstFrameMs:0,readyMs:0},g=new Map,p=C=>C===e.state.run&&e.state.info?Promise.resolve(e.state.info):(g.has(C)||g.set(C,dt.info(C).catch(D=>{throw g.delete(C),D})),g.get(C)),x=km({store:e,session:()=>c,infoOf:p,labelOf:i.labelOf});i.side.append(x);let _=()=>{if(l)return l;let C=l=new xr(s);C.setTheme(e.state.dark?"#1b1c1e":"#ffffff",e.state.dark?"#ffffff":"#000000");let D=(k,G)=>{if(!f){f=!0;try{k.moving&&G.controls.onMotion?.(),G.controls.is3d=k.controls.is3d,G.controls.v2={...k.controls.v2},G.controls.v3={...k.controls.v3,target:k.controls.v3.target.clone()},G.controls.update()}finally{f=!1}}};C.addCameraListener(()=>D(C,t)),t.addCameraListener(()=>{l&&e.state.compare?.mode==="side"&&D(t,l)});let L=k=>{let G=C.canvas.getBoundingClientRect();return{x:k.clientX-G.left,y:k.clientY-G.top}},B=null;return C.canvas.addEventListener("pointermove",k=>{if(k.buttons||!h||C.changing)return;let{x:G,y:q}=L(k),V=C.pick(G,q);e.set({hovered:V}),V>=0?i.tooltip?.show(G+s.offsetLeft,q+s.offsetTop,i.labelOf(V),i.atlas?.()??null,V):i.tooltip?.hide()}),C.canvas.addEventListener("pointerleave",()=>{e.set({hovered:-1}),i.tooltip?.hide()}),C.canvas.addEventListener("pointerdown",k=>{B={x:k.clientX,y:k.clientY}}),C.canvas.addEventListener("pointerup",k=>{if(!B||Math.hypot(k.clientX-B.x,k.clientY-B.y)>4){B=null;return}B=null;let{x:G,y:q}=L(k),V=C.pick(G,q);e.set({selected:V,selection:V>=0?Int32Array.of(V):new Int32Array(0)})}),C.onFrame=()=>{h&&!y.firstFrameMs&&y.startedAt&&(y.firstFrameMs=performance.now()-y.startedAt)},D(t,C),C},v=C=>{r.classList.toggle("ep-compare-split",C),C&&!s.parentElement&&(n.after(s),n.append(o)),!C&&s.parentElement&&(s.remove(),o.remove())},E=()=>{let C=e.state.compare,D=c?.result,L=i.getData(),B=i.lastLayout();if(!C||!D||!L||!B||B.k!==D.k||D.nA!==L.n){t.setSegments(null),d=0,h=null,v(!1);return}let k=L.n,G=D.k,q=e.state.isolated,V=ES(B.coords,D.alignedB,k,G,q);if(h=V,o.textContent=`A: ${e.state.run} / ${e.state.tensorName}${e.state.step!==null?` @ step ${e.state.step}`:""}`,a.textContent=`B: ${D.label}`,C.mode==="side"){t.setSegments(null),d=0,v(!0);let K=_();K.set3d(G===3),K.setPointSize(i.pointSize()),K.setPositions(V,k),m&&K.setColors(m),K.setHighlight(e.state.hovered,e.state.selected)}else v(!1),S(t.drawnPositions,V,k),!y.firstFrameMs&&y.startedAt&&requestAnimationFrame(()=>{y.firstFrameMs||(y.firstFrameMs=performance.now()-y.startedAt)})},S=(C,D,L)=>{if(C.length<3*L){t.setSegments(null),d=0;return}let B=new Float32Array(L).fill(-1),k=0;for(let ie=0;ie<L;ie++)D[3*ie+2]===Jt||C[3*ie+2]===Jt||(B[ie]=Math.hypot(D[3*ie]-C[3*ie],D[3*ie+1]-C[3*ie+1],D[3*ie+2]-C[3*ie+2]),k++);let G=k>ih?Float32Array.from(B).sort()[L-ih]:0,q=[];for(let ie=0;ie<L&&q.length<ih;ie++)B[ie]>=G&&B[ie]>=0&&q.push(ie);q.length>fu&&q.sort((ie,be)=>B[be]-B[ie]);let V=q.length,K=new Float32Array(3*V),ne=new Float32Array(3*V),ve=new Float32Array(3*V),Pe=new Float32Array(3*V),Z=Pi(e.state.dark?"#1b1c1e":"#ffffff");q.forEach((ie,be)=>{K.set(C.subarray(3*ie,3*ie+3),3*be),ne.set(D.subarray(3*ie,3*ie+3),3*be);for(let Me=0;Me<3;Me++){let me=m&&m.length>=3*L?m[3*ie+Me]:.5;ve[3*be+Me]=me+(Z[Me]-me)*.7,Pe[3*be+Me]=me*.8}}),t.setSegments({from:K,to:ne,rgbFrom:ve,rgbTo:Pe,m:V}),d=V},b=()=>{let C=i.getData(),D=i.lastLayout(),L=e.state;return!C||!D?null:{source:C.source,n:C.n,d:C.d,columns:L.columns,layout:{coords:D.coords,k:D.k===3?3:2},method:L.method,dims:[...L.dims],spherize:L.spherize}},A=C=>`${C.method}|${C.dims.slice(0,C.layout.k).join(",")}|${C.layout.k}|${C.spherize}`,N="",I=()=>{let C=e.state.compare,D=i.getData(),L=b();if(!C||!D||!L)return;c?.dispose();let B=e.state;N=A(L);let k=c=new Al(C,B.transfer);C.layout&&(k.layoutOfB=np(C.layout)),u=D,y.startedAt=performance.now(),y.firstFrameMs=0,y.readyMs=0;let G=!1;k.onChange=()=>{c===k&&(k.result&&!G&&(G=!0,E()),k.status==="ready"&&(y.readyMs=performance.now()-y.startedAt,i.recolor(),E()),x.updateResult())},x.updateResult(),k.run(L,p)},R=()=>{c?.dispose(),c=null,u=null,h=null,t.setSegments(null),d=0,v(!1),x.updateResult(),i.recolor()};return e.subscribe((C,D)=>{D.has("compare")&&(C.compare?!c||!MS(c.spec,C.compare)||u!==i.getData()?i.getData()&&i.lastLayout()&&I():(i.recolor(),E()):R()),(D.has("tensorName")||D.has("run")||D.has("step"))&&c&&(c.dispose(),c=null,u=null,h=null,t.setSegments(null),v(!1),x.updateResult()),l&&(D.has("hovered")||D.has("selected"))&&l.setHighlight(C.hovered,C.selected),l&&D.has("dark")&&l.setTheme(C.dark?"#1b1c1e":"#ffffff",C.dark?"#ffffff":"#000000"),l&&D.has("pointSize")&&l.setPointSize(i.pointSize())}),{placed(){if(e.state.compare){if(!c||u!==i.getData())I();else if(c.result){let C=b();if(C&&A(C)!==N){N=A(C);let D=c;D.relayout(C).then(L=>{L&&c===D&&E()})}else C&&C.layout.k===c.result.k&&c.realign(C.layout.coords);E()}}},pointColors(C,D){let L=c?.result,B;if(C.compare?.color&&L?.change&&L.nA===D){let k={name:AS,kind:"numeric",values:[],numbers:Float64Array.from(L.change),min:0,max:1,distinct:0,missing:L.pairing.unmatchedA};B=ps({...C,columns:[...C.columns,k],colorColumn:C.columns.length,focusCategory:null},D)}else B=ps(C,D);return m=B.rgb,l&&h&&l.setColors(B.rgb),d&&C.compare?.mode==="overlay"&&E(),B},hook:{get status(){return c?{status:c.status,message:c.message,progress:c.progress}:null},result(){let C=c?.result;return C?{label:C.label,nA:C.nA,nB:C.nB,k:C.k,exact:C.exact,meanOverlap:C.meanOverlap,bOfA:Array.from(C.pairing.bOfA),paired:C.pairing.matched.length,unpairedA:C.pairing.unmatchedA,unpairedB:C.pairing.unmatchedB,duplicates:C.pairing.duplicates,change:C.change?Array.from(C.change,D=>Number.isNaN(D)?null:D):null,ranked:C.ranked?Array.from(C.ranked):null,alignedB:Array.from(C.alignedB,D=>Number.isNaN(D)?null:D),timings:C.timings}:null},get lines(){return d},get timings(){return{...y}},get split(){return r.classList.contains("ep-compare-split")},screenPositionOfB(C){if(!l||!h)return null;let D=l.screenPositionOf(C);if(!D)return null;let L=l.canvas.getBoundingClientRect();return{x:L.left+D.x,y:L.top+D.y}},get cameraB(){return l?{v2:{...l.controls.v2},is3d:l.controls.is3d}:null},get frameTimesB(){return l?l.frameTimes:[]},colorOfB:C=>l?l.colorAt(C):null,countPointPixelsB(){if(!l)return 0;l.renderNow();let C=document.createElement("canvas");C.width=l.canvas.width,C.height=l.canvas.height;let D=C.getContext("2d");D.drawImage(l.canvas,0,0);let L=D.getImageData(0,0,C.width,C.height).data,B=0;for(let k=0;k<L.length;k+=4)Math.abs(L[k]-L[0])+Math.abs(L[k+1]-L[1])+Math.abs(L[k+2]-L[2])>30&&B++;return B}}}}function ES(i,e,t,n,r){let{mid:s,scale:o}=lu(i,t,n,r),a=r?new Uint8Array(t):null;if(a)for(let c of r)a[c]=1;let l=new Float32Array(t*3);for(let c=0;c<t;c++){if(a&&!a[c]||!Number.isFinite(e[c*n])){l[3*c+2]=Jt;continue}for(let u=0;u<n&&u<3;u++)l[3*c+u]=(e[c*n+u]-s[u])*o}return l}var rh=class{constructor(e,t=()=>{}){w(this,"onDispose",t);w(this,"rpc");w(this,"latest",new Wn);this.rpc=new Rn(e)}analyze(e,t,n={}){let r=this.latest.next(),s=e.byteOffset===0&&e.byteLength===e.buffer.byteLength?e:e.slice();return this.rpc.call("analyze",{xy:s,m:t,options:n},{signal:r,transfer:[s.buffer]})}cancel(){this.latest.cancel()}fail(e){this.rpc.fail(e)}dispose(){this.rpc.close(new ft("density client disposed")),this.onDispose()}};function Vm(i=new URL("./density.worker.js",import.meta.url)){let e=new Worker(i,{type:"module"}),t=new rh(e,()=>e.terminate());return hi(e,"density",i,n=>t.fail(n)),t}var TS={now:()=>performance.now(),setTimeout:(i,e)=>setTimeout(i,e),clearTimeout:i=>clearTimeout(i)},wl=class{constructor(e,t=TS){w(this,"interval",e);w(this,"clock",t);w(this,"waiting",null);w(this,"running",!1);w(this,"lastStart",-1/0);w(this,"timer",null);w(this,"epoch",0)}submit(e){this.waiting=e,this.pump()}clear(){this.waiting=null,this.running=!1,this.epoch++,this.timer!==null&&this.clock.clearTimeout(this.timer),this.timer=null}get busy(){return this.running||this.waiting!==null}pump(){if(this.running||!this.waiting||this.timer!==null)return;let e=this.lastStart+this.interval-this.clock.now();if(e>0){this.timer=this.clock.setTimeout(()=>{this.timer=null,this.pump()},e);return}let t=this.waiting,n=this.epoch;this.waiting=null,this.running=!0,this.lastStart=this.clock.now(),t().catch(()=>{}).finally(()=>{n===this.epoch&&(this.running=!1,this.pump())})}};var CS=400;function RS(i,e){let t=0;for(let s=0;s<e;s++)i[3*s+2]!==Jt&&t++;let n=new Float32Array(2*t),r=t===e?null:new Int32Array(t);for(let s=0,o=0;s<e;s++)i[3*s+2]!==Jt&&(n[2*o]=i[3*s],n[2*o+1]=i[3*s+1],r&&(r[o]=s),o++);return{xy:n,rows:r,m:t}}var Ml=class{constructor(e,t,n,r=Vm){w(this,"store",e);w(this,"overlay",t);w(this,"draw",n);w(this,"startClient",r);w(this,"layout",null);w(this,"client",null);w(this,"throttle",new wl(CS));w(this,"generation",0);w(this,"result",null);w(this,"status","off");w(this,"error",null);w(this,"stats",{layouts:0,passes:0,labelMs:0,latencyMs:0,firstDrawnMs:0,onAt:0,phases:{waitMs:0,extractMs:0,roundTripMs:0,applyMs:0}});w(this,"options",{});e.subscribe((s,o)=>{(o.has("run")||o.has("tensorName")||o.has("n"))&&(this.layout=null,this.clear(s.showDensity?"computing":"off")),o.has("is3d")&&s.is3d&&s.showDensity&&this.clear("unavailable"),o.has("showDensity")?s.showDensity?(this.stats.onAt=performance.now(),this.stats.firstDrawnMs=0,this.schedule()):this.clear("off"):(o.has("clusterLabelColumn")||o.has("columns")||o.has("colorColumn"))&&this.relabel()})}setLayout(e,t,n){this.layout={positions:e,n:t,k:n},this.store.state.showDensity&&this.schedule()}schedule(){let e=this.layout;if(!e){this.status=this.store.state.showDensity?"computing":"off";return}if(e.k!==2){this.clear("unavailable");return}this.stats.layouts++,this.status!=="ready"&&(this.status="computing");let t=this.generation,n=performance.now();this.throttle.submit(async()=>{let r=this.layout;if(!r||r.k!==2||t!==this.generation)return;let s=performance.now(),{xy:o,rows:a,m:l}=RS(r.positions,r.n);this.client??(this.client=this.startClient());try{let c=performance.now(),u=await this.client.analyze(o,l,this.options);if(t!==this.generation)return;let h=performance.now(),d=0;for(let m=0;m<l;m++)u.assignment[m]<0&&d++;this.result={analysis:u,rows:a,m:l,unassigned:d,terms:[]},this.stats.passes++,this.relabel();let f=performance.now();this.stats.latencyMs=f-n,this.stats.phases={waitMs:s-n,extractMs:c-s,roundTripMs:h-c,applyMs:f-h},this.stats.firstDrawnMs||(this.stats.firstDrawnMs=f-this.stats.onAt),this.status="ready",this.error=null}catch(c){if(c?.name==="CancelledError"||t!==this.generation)return;this.status="error",this.error=c instanceof Error?c.message:String(c),console.warn("embproj: density",c)}})}relabel(){let e=this.result;if(!e)return;let t=performance.now(),n=this.store.state,r=vs(n),s=n.columns[r],o=e.analysis.clusters;e.terms=s?Jf(e.analysis.assignment,e.rows,o.length,Kf(s)):o.map(()=>[]),this.stats.labelMs=performance.now()-t;let a=e.analysis.levels,l={lines:e.analysis.contours.map(c=>({points:c.points,closed:c.closed,rank:Math.max(0,a.indexOf(c.level))})),levels:a.length,clusters:o.map((c,u)=>({x:c.peakX,y:c.peakY,size:c.size,label:_u(e.terms[u])}))};this.overlay.set(l),this.draw()}clear(e){this.generation++,this.throttle.clear(),this.client?.cancel(),this.result=null,this.status=e,this.overlay.set(null),this.draw()}summary(){let e=this.result,t=this.store.state,n=vs(t);return{on:t.showDensity,status:this.status,error:this.error,layouts:this.stats.layouts,passes:this.stats.passes,busy:this.throttle.busy,points:e?.m??0,labelColumn:t.columns[n]?.name??null,bandwidth:e?.analysis.grid.bandwidth??0,levels:e?.analysis.levels.length??0,contours:e?.analysis.contours.length??0,vertices:e?e.analysis.contours.reduce((r,s)=>r+s.points.length/2,0):0,clusters:e?e.analysis.clusters.map((r,s)=>({id:r.id,size:r.size,x:r.peakX,y:r.peakY,label:_u(e.terms[s]),terms:e.terms[s].map(o=>({value:o.value,share:o.share}))})):[],unassigned:e?.unassigned??0,drawnLabels:this.overlay.drawnLabels,timings:{worker:e?.analysis.timings??null,labelMs:this.stats.labelMs,latencyMs:this.stats.latencyMs,firstDrawnMs:this.stats.firstDrawnMs,phases:this.stats.phases}}}assignment(){let e=this.result;return e?{clusters:Array.from(e.analysis.assignment),rows:e.rows?Array.from(e.rows):null}:null}};var El=class{constructor(e,t){w(this,"toScreen",t);w(this,"canvas");w(this,"ctx");w(this,"content",null);w(this,"world",new Float32Array(0));w(this,"drawnKey","");w(this,"drawnLabels",[]);this.canvas=document.createElement("canvas"),this.canvas.className="ep-labels ep-density",this.canvas.setAttribute("aria-hidden","true"),this.canvas.dataset.testid="density-overlay";let n=e.querySelector(".ep-canvas");e.insertBefore(this.canvas,n?n.nextSibling:null),this.ctx=this.canvas.getContext("2d")}set(e){this.content=e;let t=0;for(let s of e?.lines??[])t+=s.points.length/2;t+=e?.clusters.length??0;let n=new Float32Array(t*3),r=0;for(let s of e?.lines??[])for(let o=0;o<s.points.length;o+=2)n[r]=s.points[o],n[r+1]=s.points[o+1],r+=3;for(let s of e?.clusters??[])n[r]=s.x,n[r+1]=s.y,r+=3;this.world=n,this.drawnKey=""}draw(e,t,n){let r=this.ctx;if(!r)return;let s=window.devicePixelRatio||1,o=this.toScreen(Float32Array.of(0,0,0,1,1,0),2),a=[o.x[0],o.y[0],o.x[1],o.y[1],e,t,s,n].join(",");if(a===this.drawnKey)return;this.drawnKey=a,Nl(this.canvas,r,e,t),this.drawnLabels=[];let l=this.content;if(!l)return;let c=this.toScreen(this.world,this.world.length/3),u=this.drawLines(r,l,c,n);this.drawLabels(r,l.clusters,c,u,n,e,t)}paintedPixels(){let e=this.ctx;if(!e||!this.canvas.width||!this.canvas.height)return 0;let t=e.getImageData(0,0,this.canvas.width,this.canvas.height).data,n=0;for(let r=3;r<t.length;r+=4)t[r]>0&&n++;return n}drawLines(e,t,n,r){let s=r?"255,255,255":"20,24,32";e.lineJoin="round";let o=0;for(let a of t.lines){let l=a.points.length/2,c=t.levels>1?a.rank/(t.levels-1):1;e.strokeStyle=`rgba(${s},${(.28+.4*c).toFixed(2)})`,e.lineWidth=.8+.6*c,e.beginPath();let u=!1;for(let h=0;h<l;h++){let d=n.x[o+h],f=n.y[o+h];if(Number.isNaN(d)){u=!1;continue}u?e.lineTo(d,f):e.moveTo(d,f),u=!0}a.closed&&u&&!Number.isNaN(n.x[o])&&e.lineTo(n.x[o],n.y[o]),e.stroke(),o+=l}return o}drawLabels(e,t,n,r,s,o,a){let l=new Nr;e.font="600 13px Roboto, system-ui, sans-serif",e.textAlign="center",e.textBaseline="middle",t.forEach((c,u)=>{let h=n.x[r+u],d=n.y[r+u];if(!c.label||Number.isNaN(h)||h<0||d<0||h>o||d>a)return;let f=Fl(c.label,48),m=e.measureText(f).width;l.take({x0:h-m/2-3,y0:d-10,x1:h+m/2+3,y1:d+10})&&(Dl(e,f,h,d,4,s?"rgba(27,28,30,.92)":"rgba(255,255,255,.92)",s?"#ffffff":"#111418"),this.drawnLabels.push({text:f,x:h,y:d}))})}};function Hm({store:i,scatter:e,plot:t}){let n=new El(t,(o,a)=>e.projectWorld(o,a)),r=()=>{let{width:o,height:a}=e.size;n.draw(o,a,i.state.dark)},s=new Ml(i,n,r);return{layer:s,setLayout:(o,a,l)=>s.setLayout(o,a,l),draw:r,hook:{get summary(){return s.summary()},assignment:()=>s.assignment(),paintedPixels:()=>n.paintedPixels(),screenOf:(o,a)=>{let l=e.projectWorld(Float32Array.of(o,a,0),1);return{x:l.x[0],y:l.y[0]}},get options(){return s.options},set options(o){s.options=o}}}}var IS=2e5,Wm=65536,Tl=class{constructor(e){w(this,"stage",e);w(this,"projector");w(this,"data",null);w(this,"atlas",null);w(this,"lastLayout",null);w(this,"positionsReady",!1);w(this,"generation",0);w(this,"abort",null);w(this,"neighborRequest",0);w(this,"parts",null);let{store:t}=e;this.projector=e.projector??Ps(),this.projector.onFallback=n=>t.set({notices:[...t.state.notices,{level:"warning",message:n}]})}attach(e){this.parts=e,this.stage.store.subscribe((t,n,r)=>this.react(t,n,r))}setQuiet(e){this.stage.store.set(e,"session")}start(){this.loadRuns()}react(e,t,n){let r=o=>t.has(o),s=e.tensorName!==null&&!!e.info;r("run")?(this.positionsReady=!1,this.loadInfo()):(r("tensorName")||r("step"))&&s?this.loadTensor(this.takeKeepView()):r("transfer")&&s&&this.loadTensor(!0),n==="user"&&(r("spherize")||r("method")?this.computeProjection():(r("dims")||r("is3d"))&&this.reproject().catch(o=>this.fail(o))),r("colorColumn")&&e.focusCategory!==null?this.stage.store.set({focusCategory:null}):(r("colorColumn")||r("dark")||r("focusCategory")||r("searchMatches")||r("selection")||r("columns")||r("movedPoints")||r("neighbors"))&&this.recolor(),(r("selected")||r("spherize")&&e.selected>=0)&&this.findNeighbors(e)}takeKeepView(){let e=this.stage.steps.keepNextView;return this.stage.steps.keepNextView=!1,e}fail(e,t="error"){if(Zt(e))return;console.warn("embproj:",e);let{store:n}=this.stage;n.set({notices:[...n.state.notices,Gt(t,e)],loading:null,computing:null})}recolor(){if(!this.data||!this.parts)return;let{rgb:e,legend:t}=this.parts.compare.pointColors(this.stage.store.state,this.data.n);this.stage.scatter.setColors(e),this.stage.store.set({legend:t})}place(e,t,n,r=this.stage.store.state.isolated){let{store:s,scatter:o,steps:a,density:l,hook:c}=this.stage,u=this.data;if(!u)return;e=a.beforePlace(e,t,u.n),this.lastLayout={coords:e,k:t,axes:n},o.set3d(t===3);let h=cu(e,u.n,t,r);a.present(h,u.n),l.setLayout(h,u.n,t),this.positionsReady=!0,c.projectionGeneration++,this.stage.setEmpty(null),this.parts?.compare.placed()}async reproject(){let e=this.stage.store.state,t=this.data;if(!t||e.method==="pca"&&!e.variance)return;if(this.parts?.analysis.owns(e)){this.parts.analysis.project();return}let n=this.generation,r=e.is3d?3:2,s=e.dims.slice(0,r),o;if(e.method==="identity"){let a=await this.projector.identity(e.spherize);o=new Float32Array(t.n*r);for(let l=0;l<t.n;l++)for(let c=0;c<r;c++)o[l*r+c]=a[l*3+s[c]]??0}else o=await this.projector.project(s);n===this.generation&&this.place(o,r,s.map(a=>e.method==="pca"?`PC${a+1}`:`dim${a}`))}async computeProjection(){let{store:e,hook:t}=this.stage,n=e.state,r=this.data;if(!r)return;let s=this.generation;try{if(n.method==="pca"){let o=Math.min(10,r.d),a=`PCA on all ${r.n.toLocaleString("en-US")} points`,l=()=>s===this.generation&&e.state.method==="pca"&&e.state.spherize===n.spherize,c=(h,d)=>{let f=h.varianceFraction.length-1,m=e.state.dims.map((y,g)=>Math.min(y,Math.max(0,f),g<=f?f:0));this.setQuiet({variance:h.varianceFraction,dims:m,computing:d})};if(r.n>IS){e.set({computing:`PCA of ${Wm.toLocaleString("en-US")} sampled points…`});let h=await this.projector.pca(o,{spherize:n.spherize,sampleRows:Wm});if(!l()||(c(h,`${a}…`),await this.reproject(),!l()))return}e.set({computing:`${a}…`});let u=await this.projector.pca(o,{spherize:n.spherize,onProgress:h=>{s===this.generation&&e.set({computing:`${a}: ${Math.round(100*h)}%`})}});if(!l())return;t.pcaDoneEpoch=Date.now(),c(u,null)}else this.setQuiet({variance:null,computing:null});await this.reproject()}catch(o){s===this.generation&&this.fail(o)}}async loadTensor(e=!1){let{store:t,scatter:n,hook:r,setEmpty:s}=this.stage;this.abort?.abort();let o=new AbortController;this.abort=o;let a=++this.generation,l=Dm(t),c={n:t.state.n,d:t.state.d};this.positionsReady=!1,this.data=null,this.atlas=null,n.setAtlas(null),e||n.setPositions(new Float32Array(0),0),this.stage.tooltip.hide();let u=th(t);if(t.set({selected:-1,hovered:-1,variance:null,focusCategory:null,columns:[],legend:{kind:"none"},notices:u,n:0,d:0,computing:null,loading:null}),!l){s(t.state.runs.length?"No embeddings in this run.":"No runs with embeddings found.");return}let h=(l.warnings??[]).map(d=>Gt("warning",d));if(l.error){t.set({notices:[...u,Gt("error",l.error),...h]}),s(`Cannot show ${l.tensorName}.`);return}s(`Loading ${l.tensorName}…`),t.set({notices:[...u,...h]});try{let d=await Sl(t,l,o.signal,Of,(m,y)=>this.projector.beginLoad(m,y));if(a!==this.generation)return;r.dataLoadedEpoch=Date.now(),this.atlas=d.atlas,this.data={source:this.projector,n:d.n,d:d.d,etag:d.etag},n.setAtlas(this.atlas),n.setPointSize(this.stage.pointSize(d.n));let f=e&&c.n===d.n&&c.d===d.d;this.setQuiet({loading:null,n:d.n,d:d.d,columns:d.columns,hasSprite:!!this.atlas,notices:[...t.state.notices,...d.notices],...Um(t.state,d,f)}),f||n.controls.reset(),n.setSpriteMode(t.state.showSprites),this.recolor(),await this.computeProjection()}catch(d){if(a!==this.generation)return;s(`Cannot show ${l.tensorName}.`),this.fail(d)}}async loadInfo(e=!1){let{store:t,setEmpty:n}=this.stage,r=t.state.run;if(r!==null)try{let s=await dt.info(r);if(t.state.run!==r)return;let o=t.state.tensorName,a=s.embeddings.map(c=>c.tensorName),l=o&&a.includes(o)?o:(s.embeddings.find(c=>!c.error)??s.embeddings[0])?.tensorName??null;t.set({info:s,tensorName:l}),(l===o||l===null)&&await this.loadTensor(e)}catch(s){t.set({info:null,tensorName:null,notices:[]}),n("Cannot read this run."),this.fail(s)}}async loadRuns(){let{store:e,setEmpty:t}=this.stage;try{let n=await dt.runs(),r=e.state.run!==null&&n.includes(e.state.run)?e.state.run:n[0]??null;e.set({runs:n,run:r}),n.length||t("No runs with embeddings found in the log directory.")}catch(n){t("Cannot list runs."),this.fail(n)}}async reload(){let{store:e}=this.stage,t={run:e.state.run,etag:this.data?.etag??null,tensor:e.state.tensorName};if(await this.loadRuns(),!(e.state.run!==t.run||t.run===null))try{if(!t.tensor){let a=await dt.info(t.run);JSON.stringify(a)!==JSON.stringify(e.state.info)&&await this.loadInfo();return}let n=await dt.info(t.run),r=n.embeddings.find(a=>a.tensorName===t.tensor),s=r&&!r.error?await dt.tensorEtag(t.run,r.tensorName):null;(JSON.stringify(n)!==JSON.stringify(e.state.info)||s&&s!==t.etag)&&(e.set({info:n,tensorName:r?t.tensor:e.state.tensorName}),r&&s!==t.etag?await this.loadTensor(!0):r?e.set({notices:[...th(e),...(r.warnings??[]).map(a=>Gt("warning",a))]}):await this.loadInfo())}catch(n){this.fail(n,"warning")}}findNeighbors(e){let{store:t}=this.stage,n=this.parts?.analysis.neighborSettings;if(!n)return;let r=Am(n,e.spherize,this.data?.n??0),s=e.selected,o=++this.neighborRequest,a=this.generation;if(!this.data||s<0){t.set({neighbors:null,neighborMetric:r.metric});return}vh(this.projector,s,r).then(l=>{o===this.neighborRequest&&a===this.generation&&t.set({neighbors:l,neighborMetric:r.metric})},l=>this.fail(l,"warning"))}};var Cl="embproj";function PS(i){let e=new URLSearchParams;i.run!=null&&e.set("run",i.run),i.tensor!=null&&e.set("tensor",i.tensor),i.step!=null&&e.set("step",String(i.step)),i.method&&e.set("proj",i.method),i.dims&&e.set("dims",i.dims.join(",")),i.is3d!=null&&e.set("3d",i.is3d?"1":"0"),i.spherize!=null&&e.set("sph",i.spherize?"1":"0");for(let n of["perplexity","learningRate","neighbors","minDist"])i[n]!=null&&e.set(n,String(i[n]));i.density&&e.set("density","1"),i.clusterBy!=null&&e.set("clusterBy",i.clusterBy);let t=i.compare;return t&&(e.set("cmp.run",t.run),e.set("cmp.tensor",t.tensor),t.step!==null&&e.set("cmp.step",String(t.step)),t.key!==null&&e.set("cmp.key",t.key),e.set("cmp.k",String(t.k)),e.set("cmp.metric",t.metric),e.set("cmp.mode",t.mode),e.set("cmp.color",t.color?"1":"0"),t.layout&&e.set("cmp.layout",t.layout)),e.toString()}function LS(i){let e=new URLSearchParams(i),t={},n=o=>{let a=e.get(o);return a!==null&&a!==""&&Number.isFinite(Number(a))?Number(a):void 0};e.has("run")&&(t.run=e.get("run")),e.has("tensor")&&(t.tensor=e.get("tensor"));let r=n("step");r!==void 0&&(t.step=r),e.get("proj")&&(t.method=e.get("proj"));let s=e.get("dims")?.split(",").map(Number).filter(o=>Number.isInteger(o)&&o>=0);s&&s.length>=2&&(t.dims=s),e.has("3d")&&(t.is3d=e.get("3d")==="1"),e.has("sph")&&(t.spherize=e.get("sph")==="1");for(let o of["perplexity","learningRate","neighbors","minDist"]){let a=n(o);a!==void 0&&(t[o]=a)}if(e.has("density")&&(t.density=e.get("density")==="1"),e.has("clusterBy")&&(t.clusterBy=e.get("clusterBy")),e.get("cmp.run")&&e.get("cmp.tensor")){let o=n("cmp.k"),a=n("cmp.step");t.compare={run:e.get("cmp.run"),tensor:e.get("cmp.tensor"),step:a!==void 0&&Number.isInteger(a)?a:null,key:e.has("cmp.key")?e.get("cmp.key"):null,k:o!==void 0&&o>=1?Math.min(100,Math.round(o)):Cn.k,metric:e.get("cmp.metric")==="cosine"?"cosine":"euclidean",mode:e.get("cmp.mode")==="overlay"?"overlay":"side",color:e.get("cmp.color")!=="0",...e.get("cmp.layout")?{layout:e.get("cmp.layout")}:{}}}return t}function NS(i){let e=i.replace(/^#/,"");for(let t of e.split("&"))if(t.startsWith(`${Cl}=`))return LS(decodeURIComponent(t.slice(Cl.length+1)));return null}function FS(i,e){let t=i.replace(/^#/,"").split("&").filter(n=>n&&!n.startsWith(`${Cl}=`));return t.length||t.push("embproj"),t.push(`${Cl}=${encodeURIComponent(PS(e))}`),"#"+t.join("&")}function sh(){try{if(window.parent&&window.parent!==window&&window.parent.location.href)return window.parent}catch{}return window}function Xm(){try{return sh().location.hash.replace(/^#/,"").split("&")[0]}catch{return""}}function $m(){try{return NS(sh().location.hash)}catch{return null}}function oh(i){let e=sh(),t=FS(e.location.hash,i);try{e.history.replaceState(e.history.state,"",t)}catch{}return e.location.href.split("#")[0]+t}function qm(i){let e=i.info?.embeddings.find(t=>t.tensorName===i.tensorName);return i.step!==null&&(e?.checkpointSteps??[]).includes(i.step)?i.step:e?.step??null}function Ym(i,e=null){let t={run:i.run??void 0,tensor:i.tensorName??void 0,step:qm(i),method:i.method,dims:i.dims.slice(0,i.is3d?3:2),is3d:i.is3d,spherize:i.spherize};return e&&i.method==="tsne"&&(t.perplexity=e.perplexity,e.learningRate!=="auto"&&(t.learningRate=e.learningRate)),e&&i.method==="umap"&&(t.neighbors=e.neighbors,t.minDist=e.minDist),i.showDensity&&(t.density=!0),i.clusterLabelColumn!==null&&(t.clusterBy=i.clusterLabelColumn>=0?i.columns[i.clusterLabelColumn]?.name??"":""),i.compare&&(t.compare=i.compare),t}function jm(i,e=null){return oh(Ym(i.state,e?.params()??null))}var DS=["run","tensorName","method","dims","is3d","spherize","info","step","perplexity","learningRate","neighbors","minDist","showDensity","clusterLabelColumn","compare"];function US(i,e){let t={};if(i.density!=null&&(t.showDensity=i.density),i.clusterBy!=null){let n=i.clusterBy===""?-1:e.columns.findIndex(r=>r.name===i.clusterBy);(i.clusterBy===""||n>=0)&&(t.clusterLabelColumn=n)}return i.compare&&(t.compare=i.compare),t}function Km(i,e,t){let n=$m(),r=n,s=!1;return n?.run&&i.set({run:n.run,...n.tensor?{tensorName:n.tensor}:{},step:n.step??null}),i.subscribe((o,a)=>{if(r&&o.info&&!o.loading){let l=o.info.embeddings.find(c=>c.tensorName===o.tensorName);(!l||l.error)&&(r=null)}if(r&&o.n>0&&!o.loading&&o.tensorName!==null){let l=r;if(l.tensor&&o.tensorName!==l.tensor&&o.info?.embeddings.some(h=>h.tensorName===l.tensor)){i.set({tensorName:l.tensor});return}let c=o.info?.embeddings.find(h=>h.tensorName===o.tensorName);if(l.step!=null&&c?.checkpointSteps?.includes(l.step)&&qm(o)!==l.step){r={...l,step:null},e(l.step);return}r=null;let u={};l.spherize!=null&&(u.spherize=l.spherize),(l.method==="pca"||l.method==="identity"&&o.d<=3||(l.method==="tsne"||l.method==="umap"||l.method==="custom"||Rt(l.method??""))&&t.supportsMethod(l.method))&&(u.method=l.method),l.is3d!=null&&(u.is3d=l.is3d),l.dims&&(u.dims=[l.dims[0]??0,l.dims[1]??1,l.dims[2]??2]),t.setParams({perplexity:l.perplexity,learningRate:l.learningRate,neighbors:l.neighbors,minDist:l.minDist}),i.set(u),i.set(US(l,i.state));return}if(!(r||s||!o.run||!["","embproj"].includes(Xm()))&&DS.some(l=>a.has(l))){s=!0;try{oh(Ym(o,t.params()))}finally{s=!1}}}),n}var OS=new Set(["pca","identity","tsne","umap","custom"]);function BS(i,e){return i===null||e===null?i===e:i.length===e.length&&i.every((t,n)=>t===e[n])}function Fs(i,e=12e4,t=()=>!0){let n=performance.now();return new Promise((r,s)=>{let o=()=>{i.isReady()&&t()?r():performance.now()-n>e?s(new Error("the view did not finish loading")):setTimeout(o,50)};setTimeout(o,50)})}function kS(i){if(!i.is3d)return{orthographic:!0,position:[i.v2.cx,i.v2.cy,10],target:[i.v2.cx,i.v2.cy,0],zoom:i.v2.zoom};let e=i.persp.position,t=i.v3.target;return{orthographic:!1,position:[e.x,e.y,e.z],target:[t.x,t.y,t.z],zoom:1}}function zS(i,e,t){let n=e.target.map(r=>Number.isFinite(r)?r:0);if(!t)i.v2={cx:n[0]??0,cy:n[1]??0,zoom:Math.min(5e3,Math.max(.05,e.zoom||1))};else{let r=(e.position[0]??0)-(n[0]??0),s=(e.position[1]??0)-(n[1]??0),o=(e.position[2]??0)-(n[2]??0),a=Math.hypot(r,s,o)||3;i.v3={theta:Math.atan2(r,o),phi:Math.min(Math.PI-.05,Math.max(.05,Math.acos(Math.max(-1,Math.min(1,s/a))))),distance:Math.min(50,Math.max(.02,a)),target:new $(n[0]??0,n[1]??0,n[2]??0)}}i.update()}function Jm(i,e){let t=i.store.state,n=i.lastLayout(),r=i.params(),s=t.selection.length?Array.from(t.selection):t.selected>=0?[t.selected]:[],o=t.isolated;return{label:e,method:OS.has(t.method)||Rt(t.method)?t.method:"pca",n:t.n,d:t.d,is3d:t.is3d,dims:[...t.dims],spherize:t.spherize,coords:n?Float64Array.from(n.coords):null,k:n?.k??(t.is3d?3:2),camera:kS(i.controls),selected:s,filtered:o&&o.length?Array.from(o):null,colorBy:t.columns[t.colorColumn]?.name??null,labelBy:t.columns[t.labelColumn]?.name??null,tsne:{perplexity:r.perplexity,learningRate:r.learningRate==="auto"?1:Math.log10(r.learningRate),auto:r.learningRate==="auto",iteration:r.iteration,is3d:t.is3d},umap:{neighbors:r.neighbors,minDist:r.minDist,is3d:t.is3d},step:GS(i),source:null}}function GS(i){let e=i.store.state,t=e.info?.embeddings.find(n=>n.tensorName===e.tensorName);return e.step!==null&&(t?.checkpointSteps??[]).includes(e.step)?e.step:t?.step??null}function VS(i,e){return i.n&&e.n&&i.n!==e.n?`This bookmark is for ${i.n.toLocaleString("en-US")} points; the tensor has ${e.n.toLocaleString("en-US")}.`:i.coords&&i.coords.length!==i.k*e.n?`This bookmark holds coordinates for ${i.coords.length/i.k} points; the tensor has ${e.n}.`:null}async function Zm(i,e){let t=i.store.state,n=VS(e,t);if(n)throw new Error(n);let r=f=>f===null?-1:t.columns.findIndex(m=>m.name===f),s={},o=e.coords?e.k===3:e.is3d;(e.method==="identity"?t.d<=3:i.supportsMethod(e.method))&&(s.method=e.method),s.is3d=o,(e.method==="pca"||e.method==="identity")&&(s.dims=[e.dims[0]??0,e.dims[1]??1,e.dims[2]??2]),e.spherize!==null&&(s.spherize=e.spherize);let l=r(e.colorBy),c=r(e.labelBy);(e.colorBy===null||e.colorBy==="No color map"||l>=0)&&(s.colorColumn=l),c>=0&&(s.labelColumn=c);let u=f=>Int32Array.from(new Set(f.filter(m=>m<t.n))).sort();s.selection=u(e.selected),s.selected=e.selected.length===1?e.selected[0]:e.selected.length&&e.selected.includes(t.selected)?t.selected:-1,i.setParams({perplexity:e.tsne.perplexity,learningRate:e.tsne.auto?"auto":10**e.tsne.learningRate,neighbors:e.umap.neighbors,minDist:e.umap.minDist});let h=e.method==="pca"&&(s.spherize!==void 0&&s.spherize!==t.spherize||!t.variance||t.method!=="pca")||e.method==="identity"&&t.method!=="identity",d=e.filtered&&e.filtered.length?u(e.filtered):null;if(BS(d,t.isolated)||(t.method!=="pca"&&t.method!=="identity"&&i.setQuiet({method:"pca"}),i.store.set({isolated:d}),await Fs(i)),i.setQuiet(s),i.controls.set3d(o),(!e.coords||h)&&await i.recompute(),e.coords){let f=e.k===3?3:2,m=e.method==="pca"?null:e.method==="tsne"?"t-SNE":e.method==="umap"?"UMAP":e.method,y=Array.from({length:f},(g,p)=>m?`${m}-${p}`:`PC${(e.dims[p]??p)+1}`);i.steps.alignNext=!1,i.placeMethod(e.method,Float32Array.from(e.coords),f,y)}e.camera&&zS(i.controls,e.camera,o)}var ki={tSNEIteration:0,tSNEPerplexity:30,tSNELearningRate:1,tSNEis3d:!0,umapIs3d:!0,umapNeighbors:15,umapMinDist:.1},$n=(i,e)=>typeof i=="number"&&Number.isFinite(i)?i:e,Qm=(i,e)=>typeof i=="boolean"?i:e,eg=i=>typeof i=="string"&&i!==""?i:null,Rl=i=>Array.isArray(i)?i.filter(e=>Number.isInteger(e)&&e>=0):[];function tg(i,e,t){return i==="pca"?e.slice(0,t).map(n=>`pca-${n}`):i==="tsne"?Array.from({length:t},(n,r)=>`tsne-${r}`):i==="umap"?Array.from({length:t},(n,r)=>`umap-${r}`):i==="identity"?Array.from({length:t},(n,r)=>`embproj-identity-${r}`):Rt(i)?Array.from({length:t},(n,r)=>`embproj-${i}-${r}`):["linear-x","linear-y","linear-z"].slice(0,t)}function HS(i){if(!i||typeof i!="object"||Array.isArray(i))throw new Error("a bookmark must be a JSON object");let e=i,t=e.selectedProjection,n=t==="tsne"||t==="umap"||t==="custom"?t:"pca";e.embprojMethod==="identity"&&(n="identity"),typeof e.embprojMethod=="string"&&Rt(e.embprojMethod)&&(n=e.embprojMethod);let r=Rl(e.pcaComponentDimensions),s=Qm(e.tSNEis3d,ki.tSNEis3d),o=Qm(e.umapIs3d,ki.umapIs3d),a=Rl(e.embprojDims),l,c;for(n==="pca"?(c=r.length>=2?r:[0,1,2],l=r.length>=3||r.length<2&&!!e.projections?.[0]?.["pca-2"]):n==="tsne"?(c=[0,1,2],l=s):n==="umap"?(c=[0,1,2],l=o):(c=a.length>=2?a:[0,1,2],l=typeof e.embprojIs3d=="boolean"?e.embprojIs3d:!1),typeof e.embprojIs3d=="boolean"&&(l=e.embprojIs3d),a.length>=2&&n==="pca"&&(c=a);c.length<3;)c.push(c.length);let u=Array.isArray(e.dataSetDimensions)?e.dataSetDimensions:[],h=Array.isArray(e.projections)?e.projections:[],d=l?3:2,f=tg(n,c,d);d===3&&h.length&&typeof h[0]?.[f[2]]!="number"&&(d=2,l=!1,f=f.slice(0,2));let m=null;h.length&&f.every(x=>typeof h[0]?.[x]=="number")&&(m=new Float64Array(h.length*d),h.forEach((x,_)=>f.forEach((v,E)=>{m[_*d+E]=$n(x?.[v],NaN)})));let y=e.cameraDef,g=y&&Array.isArray(y.position)&&Array.isArray(y.target)?{orthographic:!!y.orthographic,position:y.position.map(Number),target:y.target.map(Number),zoom:$n(y.zoom,1)}:null,p=Rl(e.filteredPoints);return{label:typeof e.label=="string"?e.label:"",method:n,n:$n(u[0],h.length),d:$n(u[1],0),is3d:l,dims:c.slice(0,3),spherize:typeof e.embprojSpherize=="boolean"?e.embprojSpherize:null,coords:m,k:d,camera:g,selected:Rl(e.selectedPoints),filtered:p.length?p:null,colorBy:eg(e.selectedColorOptionName),labelBy:eg(e.selectedLabelOption),tsne:{perplexity:$n(e.tSNEPerplexity,ki.tSNEPerplexity),learningRate:$n(e.tSNELearningRate,ki.tSNELearningRate),iteration:$n(e.tSNEIteration,ki.tSNEIteration),is3d:s,auto:e.embprojTsneAutoRate===!0},umap:{neighbors:$n(e.umapNeighbors,ki.umapNeighbors),minDist:$n(e.umapMinDist,ki.umapMinDist),is3d:o},step:typeof e.embprojStep=="number"?e.embprojStep:null,source:e,...e.embprojDensity!==void 0?{density:WS(e.embprojDensity)}:{},...e.embprojCompare!==void 0?{compare:XS(e.embprojCompare)}:{}}}function WS(i){if(!i||typeof i!="object")return null;let e=i;return{on:e.on===!0,clusterBy:typeof e.clusterBy=="string"?e.clusterBy:null}}function XS(i){if(!i||typeof i!="object")return null;let e=i;if(typeof e.run!="string"||typeof e.tensor!="string")return null;let t=typeof e.k=="number"&&Number.isFinite(e.k)&&e.k>=1?Math.min(100,Math.round(e.k)):Cn.k;return{run:e.run,tensor:e.tensor,step:Number.isInteger(e.step)?e.step:null,key:typeof e.key=="string"?e.key:null,k:t,metric:e.metric==="cosine"?"cosine":"euclidean",mode:e.mode==="overlay"?"overlay":"side",color:e.color!==!1,...typeof e.layout=="string"&&e.layout?{layout:e.layout}:{}}}function Il(i){let e=i.source??{},t=i.coords?i.k:0,n=tg(i.method,i.dims,t),r=[];if(i.coords&&t){let a=i.coords.length/t;for(let l=0;l<a;l++){let c={};n.forEach((u,h)=>{c[u]=i.coords[l*t+h]}),r.push(c)}}let s=i.method==="identity"||Rt(i.method)?"custom":i.method,o={...$S,...e,label:i.label,isSelected:!1,selectedProjection:s,dataSetDimensions:[i.n,i.d],tSNEIteration:i.tsne.iteration,tSNEPerplexity:i.tsne.perplexity,tSNELearningRate:i.tsne.learningRate,tSNEis3d:i.method==="tsne"?i.is3d:i.tsne.is3d,umapIs3d:i.method==="umap"?i.is3d:i.umap.is3d,umapNeighbors:i.umap.neighbors,umapMinDist:i.umap.minDist,pcaComponentDimensions:i.method==="pca"?i.dims.slice(0,i.is3d?3:2):e.pcaComponentDimensions??[0,1,2],projections:r,filteredPoints:i.filtered?[...i.filtered]:[],selectedPoints:[...i.selected],shuffledDataIndices:Array.isArray(e.shuffledDataIndices)?e.shuffledDataIndices:[],cameraDef:i.camera??{orthographic:!i.is3d,position:i.is3d?[1.5,1.5,1.5]:[0,0,4],target:[0,0,0],zoom:1},selectedColorOptionName:i.colorBy??"No color map",forceCategoricalColoring:typeof e.forceCategoricalColoring=="boolean"?e.forceCategoricalColoring:!1,selectedLabelOption:i.labelBy??"",embprojMethod:i.method,embprojIs3d:i.is3d,embprojDims:i.dims.slice(0,3)};return i.spherize!==null&&(o.embprojSpherize=i.spherize),i.tsne.auto?o.embprojTsneAutoRate=!0:delete o.embprojTsneAutoRate,i.step!==null?o.embprojStep=i.step:delete o.embprojStep,i.density!==void 0&&(o.embprojDensity=i.density),i.compare!==void 0&&(o.embprojCompare=i.compare),o}var $S={customSelectedSearchByMetadataOption:"",customXLeftText:"",customXLeftRegex:!0,customXRightText:"",customXRightRegex:!0,customYUpText:"",customYUpRegex:!0,customYDownText:"",customYDownRegex:!0};function ah(i){let e=typeof i=="string"?JSON.parse(i):i;return(Array.isArray(e)?e:[e]).map((n,r)=>{try{return HS(n)}catch(s){throw new Error(`bookmark ${r+1}: ${s.message}`)}})}function ng(i){return JSON.stringify(i.map(Il))}function ig(i){let e=i.clusterLabelColumn===null?null:i.clusterLabelColumn>=0?i.columns[i.clusterLabelColumn]?.name??null:"";return{density:{on:i.showDensity,clusterBy:e},compare:i.compare?{...i.compare}:null}}function rg(i,e){let t={};if(i.density){t.showDensity=i.density.on;let n=i.density.clusterBy;if(n===null)t.clusterLabelColumn=null;else if(n==="")t.clusterLabelColumn=-1;else{let r=e.columns.findIndex(s=>s.name===n);r>=0&&(t.clusterLabelColumn=r)}}return i.compare!==void 0&&(t.compare=i.compare),t}var qS=`
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
`;function sg(i){let e=i.store;document.head.appendChild(P("style",{},qS));let t=new Map,n=new Set,r=-1,s=()=>{let R=e.state,C=R.info?Bi(R.info.embeddings,R.tensorName):null;return`${R.run}\0${C?.kind==="tags"?`tag:${C.tag}`:R.tensorName}`},o=()=>{let R=s();return t.has(R)||t.set(R,[]),t.get(R)},a=P("ul",{className:"ep-bm-list","data-testid":"bookmark-list"}),l=P("div",{className:"ep-bm-msg","data-testid":"bookmark-message",role:"status"}),c=(R,C,D)=>P("button",{"data-testid":R,title:D},C),u=c("bookmark-add","+ Add","Bookmark the current view (projection, coordinates, camera, selection, colours)"),h=c("bookmark-prev","◀","Previous bookmark"),d=c("bookmark-next","▶","Next bookmark"),f=c("bookmark-download","Download","Download as JSON (TensorBoard's bookmark format)"),m=c("bookmark-upload","Upload","Add bookmarks from a JSON file (ours or TensorBoard's)"),y=c("bookmark-save","Save to logdir","Write the bookmarks beside the projector config"),g=c("copy-link","Copy link","Copy a link that reopens this run, tensor and projection"),p=P("input",{className:"ep-bm-link","data-testid":"link-url",readonly:!0,"aria-label":"Link"});p.style.display="none";let x=P("input",{type:"file",accept:".json,application/json","data-testid":"bookmark-file",style:"display:none"}),_=P("div",{className:"ep-bm-msg","data-testid":"bookmark-save-hint"}),v=(R,C=!1)=>{l.textContent=R,l.classList.toggle("ep-bm-err",C)},E=async R=>{let C=o();if(!(R<0||R>=C.length)){r=R,b();try{await S(C[R].view.step),await Zm(i,C[R].view),e.set(rg(C[R].view,e.state)),v(`Loaded “${C[R].view.label}”.`)}catch(D){v(D.message,!0)}}},S=async R=>{let C=e.state,D=R===null||!C.info?null:Bi(C.info.embeddings,C.tensorName),L=D?.entries.find(G=>G.step===R);if(!D||!L)return;let B=C.info.embeddings.find(G=>G.tensorName===C.tensorName);(D.kind==="checkpoints"&&C.step!==null&&(B?.checkpointSteps??[]).includes(C.step)?C.step:B?.step)!==R&&(i.steps.alignNext=!1,i.steps.keepNextView=!0,L.fetchStep!==null?e.set({step:L.fetchStep}):e.set({tensorName:L.tensorName,step:null}),await Fs(i,12e4,()=>e.state.tensorName===L.tensorName))},b=()=>{let R=o();a.replaceChildren(...R.map((B,k)=>{let G=P("span",{className:"ep-bm-name","data-testid":"bookmark-name",title:"Load this view"},B.view.label||`Bookmark ${k+1}`);G.addEventListener("click",()=>{E(k)});let q=P("button",{"data-testid":"bookmark-rename",title:"Rename"},"✎"),V=P("li",{"data-testid":"bookmark-item",className:k===r?"ep-bm-active":""},G,q,P("button",{"data-testid":"bookmark-up",title:"Move up",disabled:k===0,onclick:()=>A(k,-1)},"↑"),P("button",{"data-testid":"bookmark-down",title:"Move down",disabled:k===R.length-1,onclick:()=>A(k,1)},"↓"),P("button",{"data-testid":"bookmark-delete",title:"Delete",onclick:()=>N(k)},"×"));return q.addEventListener("click",()=>{let K=P("input",{value:B.view.label,"data-testid":"bookmark-rename-input","aria-label":"Bookmark name"}),ne=ve=>{ve&&K.value.trim()&&(B.view.label=K.value.trim()),b()};K.addEventListener("keydown",ve=>{ve.key==="Enter"?ne(!0):ve.key==="Escape"&&ne(!1)}),K.addEventListener("blur",()=>ne(!0)),G.replaceWith(K),K.focus(),K.select()}),V}));let C=e.state,D=C.n>0&&!!i.lastLayout()&&!C.loading;u.disabled=!D,h.disabled=d.disabled=R.length===0,f.disabled=R.length===0;let L=!!C.info?.writable;y.disabled=!L||R.length===0||!C.tensorName,_.textContent=L?"":"Saving to the logdir is off: start TensorBoard with --embproj_allow_writes.",y.title=L?"Write the bookmarks beside the projector config":_.textContent},A=(R,C)=>{let D=o(),L=R+C;L<0||L>=D.length||([D[R],D[L]]=[D[L],D[R]],r===R?r=L:r===L&&(r=R),b())},N=R=>{o().splice(R,1),r===R?r=-1:r>R&&r--,b()};u.addEventListener("click",()=>{let R=o(),C={...Jm(i,""),...ig(e.state)},D={pca:"PCA",tsne:"t-SNE",umap:"UMAP",custom:"Custom",identity:"Raw dims"};C.label=`${R.length+1}. ${D[C.method]??C.method} ${C.is3d?"3D":"2D"}${C.step!==null?` · step ${C.step}`:""}${C.selected.length?` · ${C.selected.length} selected`:""}`,R.push({view:C}),r=R.length-1,v(`Added “${C.label}”.`),b()}),h.addEventListener("click",()=>{let R=o();R.length&&E(r<=0?R.length-1:r-1)}),d.addEventListener("click",()=>{let R=o();R.length&&E(r<0||r>=R.length-1?0:r+1)}),f.addEventListener("click",()=>{let R=e.state,C=new Blob([ng(o().map(L=>L.view))],{type:"application/json"}),D=P("a",{href:URL.createObjectURL(C),download:`bookmarks_${(R.tensorName??"embedding").replace(/[^\w.-]+/g,"_")}.json`});document.body.appendChild(D),D.click(),D.remove(),setTimeout(()=>URL.revokeObjectURL(D.href),1e4)}),m.addEventListener("click",()=>x.click()),x.addEventListener("change",async()=>{let R=x.files?.[0];if(x.value="",!!R){try{let C=ah(await R.text());o().push(...C.map(D=>({view:D}))),v(`Added ${C.length} bookmark${C.length===1?"":"s"} from ${R.name}.`)}catch(C){v(`${R.name}: ${C.message}`,!0)}b()}}),y.addEventListener("click",async()=>{let R=e.state;if(!(!R.run||!R.tensorName))try{let C=await dt.saveBookmarks(R.run,R.tensorName,o().map(D=>Il(D.view)));v(`Saved to ${C}`)}catch(C){let D=Gt("error",C);v([D.message,D.file,D.hint].filter(Boolean).join(" — "),!0)}}),g.addEventListener("click",async()=>{let R=jm(e,i);p.value=R,p.style.display="",p.select();try{await navigator.clipboard.writeText(R),v("Link copied.")}catch{try{document.execCommand("copy"),v("Link copied.")}catch{v("Copy the link above.")}}});let I=async()=>{let R=e.state,C=s(),D=R.info?.embeddings.find(L=>L.tensorName===R.tensorName);if(!(!R.run||!D||!D.hasBookmarks||n.has(C))){n.add(C);try{let L=ah(await dt.bookmarks(R.run,D.tensorName));if(s()!==C)return;o().length||(o().push(...L.map(B=>({view:B}))),r=-1),v(`${L.length} bookmark${L.length===1?"":"s"} from ${D.bookmarksPath??"the config"}.`),b()}catch(L){v(`Bookmarks file: ${Gt("error",L).message}`,!0)}}};return e.subscribe((R,C)=>{(C.has("run")||C.has("tensorName"))&&(r=-1,l.textContent=""),(C.has("info")||C.has("tensorName")||C.has("run"))&&I(),["info","tensorName","run","n","loading","computing"].some(D=>C.has(D))&&b()}),b(),window.__embprojBookmarks={list:()=>o().map(R=>Il(R.view)),load:R=>E(R)},P("section",{"data-testid":"bookmarks-panel"},P("h2",{},"Bookmarks"),P("div",{className:"ep-bm-bar"},u,h,d),a,P("div",{className:"ep-bm-bar"},f,m,y,x),_,l,P("div",{className:"ep-bm-bar"},g),p)}function og(i){let e=i.store,t=P("input",{type:"range",min:"0",max:"0",step:"1","data-testid":"step-slider","aria-label":"Step"}),n=P("span",{className:"ep-meta","data-testid":"step-label"}),r=P("button",{"data-testid":"step-prev",title:"Previous step"},"◀"),s=P("button",{"data-testid":"step-next",title:"Next step"},"▶"),o=P("button",{"data-testid":"step-play",title:"Play through the steps"},"Play"),a=P("input",{type:"checkbox","data-testid":"step-align",checked:!0}),l=P("input",{type:"checkbox","data-testid":"step-animate",checked:!0}),c=P("input",{type:"checkbox","data-testid":"step-highlight"}),u=P("input",{type:"number",min:"1",max:"100",value:"10","data-testid":"step-highlight-pct","aria-label":"Percent of points",style:"width:4em"}),h=P("div",{className:"ep-meta","data-testid":"step-moved"}),d=P("section",{"data-testid":"steps-panel"},P("h2",{},"Training steps"),P("div",{className:"ep-row"},r,t,s),P("div",{className:"ep-row"},n,o),P("div",{className:"ep-row"},P("label",{},"Align"),a,P("span",{className:"ep-meta"},"Procrustes onto the previous step")),P("div",{className:"ep-row"},P("label",{},"Animate"),l),P("div",{className:"ep-row"},P("label",{},"Moved"),c,P("span",{className:"ep-meta"},"top"),u,P("span",{className:"ep-meta"},"%")),h);d.style.display="none";let f=null,m=0,y=()=>e.state.step,g=()=>{if(!f)return-1;let E=e.state.info?.embeddings.find(S=>S.tensorName===e.state.tensorName);return Bm(f,e.state.tensorName,y(),E?.step??null)},p=E=>{!f||E<0||E>=f.entries.length||E===g()||(i.steps.align=a.checked,i.steps.animate=l.checked,i.stepTo(f.entries[E]),_())},x=()=>{let E=Math.min(100,Math.max(1,Number(u.value)||10))/100,S=c.checked?i.steps.topMoved(E):null;e.set({movedPoints:S});let b=i.steps.displacement;if(!b){h.textContent="";return}let A=0,N=0;for(let I of b)A+=I,I>N&&(N=I);A/=b.length||1,h.textContent=`Since the previous step: mean move ${(A*100).toFixed(1)}%, max ${(N*100).toFixed(1)}% of the view${S?` · ${S.length} highlighted`:""}`},_=()=>{let E=e.state;if(f=E.info?Bi(E.info.embeddings,E.tensorName):null,d.style.display=f?"":"none",!f){v();return}let S=g();t.max=String(f.entries.length-1),t.value=String(S),n.textContent=`Step ${f.entries[S]?.step??"?"} (${S+1} of ${f.entries.length}) · ${f.kind==="checkpoints"?"checkpoints":`tag ${f.tag}`}`,n.dataset.step=String(f.entries[S]?.step??""),r.disabled=S<=0,s.disabled=S>=f.entries.length-1},v=()=>{m&&clearInterval(m),m=0,o.textContent="Play"};return t.addEventListener("input",()=>p(Number(t.value))),r.addEventListener("click",()=>p(g()-1)),s.addEventListener("click",()=>p(g()+1)),o.addEventListener("click",()=>{if(m){v();return}o.textContent="Stop",f&&g()>=f.entries.length-1&&p(0),m=window.setInterval(()=>{let E=e.state;if(!(E.loading||E.computing||i.steps.animating)){if(!f||g()>=f.entries.length-1){v();return}p(g()+1)}},600)}),a.addEventListener("change",()=>{i.steps.align=a.checked}),l.addEventListener("change",()=>{i.steps.animate=l.checked}),c.addEventListener("change",x),u.addEventListener("change",x),i.steps.onDisplacement=()=>x(),e.subscribe((E,S)=>{(S.has("info")||S.has("tensorName")||S.has("step"))&&_()}),_(),d}function ag(i){let{store:e,steps:t}=i,n=()=>document.querySelector("[data-testid=method-select]"),r={store:e,steps:t,controls:i.scatter.controls,place:i.place,lastLayout:i.lastLayout,setQuiet:i.setQuiet,recompute:i.recompute,isReady:i.isReady,placeMethod:(o,a,l,c)=>{let u=i.layouts;(o==="tsne"||o==="umap"||o==="custom")&&u?.setLayout&&e.state.method===o?u.setLayout(o,a,l):i.place(a,l,c)},stepTo(o){t.alignNext=!0,t.keepNextView=!0;let{selection:a,selected:l,n:c}=e.state;(a.length||l>=0)&&Fs(r,12e4,()=>e.state.tensorName===o.tensorName&&(o.fetchStep===null||e.state.step===o.fetchStep)).then(()=>{e.state.n===c&&e.set({selection:a,selected:l})}).catch(()=>{}),o.fetchStep!==null?e.set({step:o.fetchStep}):e.set({tensorName:o.tensorName,step:null})},supportsMethod:o=>o==="pca"||[...n()?.options??[]].some(a=>a.value===o),params:()=>{let o=i.layouts;return{perplexity:o?.tsne.perplexity??30,learningRate:o?.tsne.learningRate??"auto",iteration:o?.status.tsne.iteration??0,neighbors:o?.umap.nNeighbors??15,minDist:o?.umap.minDist??.1}},setParams:o=>{let a=i.layouts;if(!a)return;let l={},c={};o.perplexity!==void 0&&o.perplexity>0&&(l.perplexity=o.perplexity),o.learningRate!==void 0&&(o.learningRate==="auto"||o.learningRate>0)&&(l.learningRate=o.learningRate),o.neighbors!==void 0&&o.neighbors>=2&&(c.nNeighbors=Math.round(o.neighbors)),o.minDist!==void 0&&o.minDist>=0&&(c.minDist=o.minDist),a.applySettings({tsne:l,umap:c})}};return i.stepsAfter.after(og(r)),i.side.append(sg(r)),{hook:{layout:()=>{let o=i.lastLayout();return o?{coords:Array.from(o.coords),k:o.k,axes:o.axes}:null},camera:()=>{let o=i.scatter.controls;return{is3d:o.is3d,v2:{...o.v2},v3:{theta:o.v3.theta,phi:o.v3.phi,distance:o.v3.distance,target:o.v3.target.toArray()}}},get animating(){return t.animating},get displacement(){return t.displacement?Array.from(t.displacement):null},bookmarks:()=>window.__embprojBookmarks},start(){Km(e,o=>{t.keepNextView=!0,e.set({step:o})},r)}}}function lh(i){return i<=2e3?7:i<=1e4?5:i<=5e4?3.5:2.5}function lg(i){document.head.appendChild(P("style",{},op));let e=new br,t=P("div",{className:"ep-root"}),n=P("aside",{className:"ep-side"}),r=P("main",{className:"ep-main"}),s=P("div",{className:"ep-plot"}),o=P("div",{className:"ep-empty","data-testid":"empty"},"Loading…"),a=P("button",{"data-testid":"reset-view",title:"Reset view (or double-click)"},"Reset view"),l=P("div",{className:"ep-status","data-testid":"status-line"}),c=ep();r.append(s,o,P("div",{className:"ep-toolbar"},a),l,c.el),t.append(n,r),i.appendChild(t);let u=new xr(s),h=new $a(u),d=new Os(s),f=Hm({store:e,scatter:u,plot:s}),m=ap(),y=ip(e);n.append(Yf(e),sp(e),y,Zf(e),rp(e,A=>Hn(e,A))),r.append(Qf(e,()=>p.atlas)),a.addEventListener("click",()=>u.controls.reset());let g=A=>{o.textContent=A??"",o.style.display=A?"":"none"},p=new Tl({store:e,scatter:u,steps:h,hook:m,density:f,tooltip:c,setEmpty:g,pointSize:A=>lh(A)*e.state.pointSize}),x=(A,N,I,R)=>p.place(A,N,I,R),_=Gm({store:e,scatter:u,plot:s,main:r,side:n,getData:()=>p.data,lastLayout:()=>p.lastLayout,labelOf:A=>Hn(e,A),recolor:()=>p.recolor(),pointSize:()=>lh(e.state.n)*e.state.pointSize,tooltip:c,atlas:()=>p.atlas}),v=Cm({store:e,scatter:u,plot:s,toolbar:a.parentElement,side:n,projectionPanel:y,getData:()=>p.data,place:x,lastLayout:()=>p.lastLayout,labelOf:A=>Hn(e,A),reproject:()=>{p.reproject().catch(A=>p.fail(A))},recomputeNeighbors:()=>{let A=e.state.selected;A>=0&&(e.set({selected:-1}),e.set({selected:A}))},neighborGraph:(A,N)=>p.projector.neighborGraph(A,N)});p.attach({analysis:v,compare:_}),e.subscribe((A,N)=>{N.has("showSprites")&&u.setSpriteMode(A.showSprites),N.has("pointSize")&&u.setPointSize(lh(A.n)*A.pointSize),(N.has("hovered")||N.has("selected"))&&u.setHighlight(A.hovered,A.selected),N.has("hovered")&&A.hovered>=0&&p.projector.prefetchRow(A.hovered),N.has("labelColumn")&&u.requestRender(),N.has("loading")&&A.loading&&(m.lastProgress={...A.loading}),N.has("dark")&&(t.classList.toggle("ep-dark",A.dark),u.setTheme(A.dark?"#1b1c1e":"#ffffff",A.dark?"#ffffff":"#000000")),(N.has("n")||N.has("d")||N.has("labelColumn"))&&(l.textContent=A.n?`${A.n.toLocaleString("en-US")} points · ${A.d} dimensions`:"")}),tp({store:e,scatter:u,tooltip:c,positionsReady:()=>p.positionsReady,atlas:()=>p.atlas,click:(A,N)=>v.click(A,N)});let E=()=>{let A=e.state,N=p.positionsReady,I=[];if(N&&A.selected>=0){let D=A.neighbors&&zi(A.neighbors,A.selected)===A.selected?A.neighbors:[];for(let L of[A.selected,...D.slice(0,10).map(B=>B.index)]){let B=u.screenPositionOf(L);B&&I.push({x:B.x,y:B.y,text:Hn(e,L),strong:L===A.selected})}}let{width:R,height:C}=u.size;d.draw(I,R,C,A.dark)};u.onFrame=()=>{let A=p.positionsReady;E(),f.draw(),m.lastFrameEpoch=Date.now(),A&&e.state.method==="pca"&&e.state.variance&&(m.firstPcaFrameEpoch||(m.firstPcaFrameEpoch=Date.now()),!m.firstFullPcaFrameEpoch&&u.drawnPoints>=e.state.n&&(m.firstFullPcaFrameEpoch=Date.now())),A&&(m.drawnGeneration=m.projectionGeneration),m.ready=A};let S=lp({hook:m,store:e,scatter:u,positionsReady:()=>p.positionsReady,analysis:v.hook}),b=ag({store:e,scatter:u,steps:h,side:n,stepsAfter:n.firstElementChild,place:x,lastLayout:()=>p.lastLayout,setQuiet:A=>p.setQuiet(A),recompute:()=>p.computeProjection(),layouts:v.layouts,isReady:()=>p.positionsReady&&!e.state.loading&&!e.state.computing});S.views=b.hook,S.density=f.hook,S.compare=_.hook,S.heldRows=()=>p.projector.held(),cp(A=>e.set({dark:A})),e.state.dark||u.setTheme("#ffffff","#000000"),_h(()=>{p.reload()}),b.start(),p.start()}var cg=!1;function r2(){if(!cg){cg=!0;try{lg(document.body)}catch(i){console.warn("embproj:",i);let e=document.createElement("div");e.setAttribute("role","alert"),e.style.cssText="margin:24px;padding:12px;border-radius:4px;background:#fdecea;color:#a50e0e;font:14px system-ui,sans-serif";let t=/webgl/i.test(String(i));e.textContent=t?"The Embeddings tab needs WebGL2, which this browser does not provide: "+String(i):"The Embeddings tab failed to start: "+String(i),document.body.appendChild(e)}}}export{r2 as render};
