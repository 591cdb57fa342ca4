var Hm=Object.defineProperty;var Wm=(i,e,t)=>e in i?Hm(i,e,{enumerable:!0,configurable:!0,writable:!0,value:t}):i[e]=t;var E=(i,e,t)=>Wm(i,typeof e!="symbol"?e+"":e,t);function oh(i,e=3e4){let t=null;try{if(window.parent&&window.parent!==window){let r=new MessageChannel;t=r.port1,t.onmessage=s=>{let o=null;try{o=JSON.parse(String(s.data))}catch{return}!o||o.isReply||(o.type==="experimental.DataReloaded"&&i(),t.postMessage(JSON.stringify({type:o.type,id:o.id,payload:null,error:null,isReply:!0})))},t.start(),window.parent.postMessage("experimental.bootstrap","*",[r.port2])}}catch{t=null}let n=window.setInterval(()=>{document.hidden||i()},e);return()=>{window.clearInterval(n),t?.close()}}var Ps=class{constructor(e){E(this,"canvas");E(this,"ctx");this.canvas=document.createElement("canvas"),this.canvas.className="ep-labels",this.canvas.setAttribute("aria-hidden","true"),e.appendChild(this.canvas),this.ctx=this.canvas.getContext("2d")}draw(e,t,n,r){let s=this.ctx;if(!s)return;Sl(this.canvas,s,t,n);let o=new wr;for(let a of e){s.font=`${a.strong?"600 ":""}12px Roboto, system-ui, sans-serif`;let l=Ml(a.text,40),c=s.measureText(l).width;if(!o.take({x0:a.x+7,y0:a.y-14,x1:a.x+9+c,y1:a.y+2}))continue;let u=r?a.strong?"#ffffff":"#d0d3d8":a.strong?"#000000":"#3c4043";wl(s,l,a.x+8,a.y-4,3,r?"rgba(27,28,30,.9)":"rgba(255,255,255,.9)",u)}}};function Sl(i,e,t,n){let r=window.devicePixelRatio||1;(i.width!==Math.round(t*r)||i.height!==Math.round(n*r))&&(i.width=Math.round(t*r),i.height=Math.round(n*r),i.style.width=`${t}px`,i.style.height=`${n}px`),e.setTransform(r,0,0,r,0,0),e.clearRect(0,0,t,n)}function Ml(i,e){return i.length>e?`${i.slice(0,e-1)}…`:i}var wr=class{constructor(){E(this,"placed",[])}take(e){return this.placed.some(t=>t.x0<e.x1&&e.x0<t.x1&&t.y0<e.y1&&e.y0<t.y1)?!1:(this.placed.push(e),!0)}};function wl(i,e,t,n,r,s,o){i.lineWidth=r,i.lineJoin="round",i.strokeStyle=s,i.fillStyle=o,i.strokeText(e,t,n),i.fillText(e,t,n)}var Fh=0,tc=1,Dh=2;var Kr=1,Uh=2,ir=3,ri=0,kt=1,An=2,xi=0,rr=1,nc=2,ic=3,rc=4,Oh=5;var vi=100,Bh=101,kh=102,zh=103,Gh=104,Vh=200,Hh=201,Wh=202,Xh=203,sc=204,oc=205,$h=206,qh=207,Yh=208,Kh=209,jh=210,Jh=211,Zh=212,Qh=213,ed=214,ro=0,so=1,oo=2,$i=3,ao=4,lo=5,co=6,uo=7,ac=0,td=1,nd=2,Sn=0,lc=1,cc=2,uc=3,hc=4,dc=5,fc=6,pc=7;var mc=300,bi=301,sr=302,zo=303,Go=304,ho=1e3,xn=1001,fo=1002,gt=1003,id=1004;var jr=1005;var Ct=1006,Vo=1007;var Bn=1008;var Kt=1009,gc=1010,yc=1011,or=1012,Ho=1013,dn=1014,fn=1015,pn=1016,Wo=1017,Xo=1018,_i=1020,xc=35902,vc=35899,bc=1021,_c=1022,mn=1023,Dn=1026,kn=1027,Ac=1028,$o=1029,si=1030,qo=1031;var Yo=1033,Jr=33776,Zr=33777,Qr=33778,es=33779,Ko=35840,jo=35841,Jo=35842,Zo=35843,Qo=36196,ea=37492,ta=37496,na=37488,ia=37489,ts=37490,ra=37491,sa=37808,oa=37809,aa=37810,la=37811,ca=37812,ua=37813,ha=37814,da=37815,fa=37816,pa=37817,ma=37818,ga=37819,ya=37820,xa=37821,va=36492,ba=36494,_a=36495,Aa=36283,Sa=36284,ns=36285,Ma=36286;var Lr=2300,po=2301,no=2302,Yl=2303,Kl=2400,jl=2401,Jl=2402;var rd=3200;var Sc=0,sd=1,zn="",$t="srgb",Nr="srgb-linear",Fr="linear",je="srgb";var io=7680;var od=519,ad=512,ld=513,cd=514,Mc=515,ud=516,hd=517,wc=518,Ec=519,dd=35044;var is="300 es",rn=2e3,Dr=2001;function Xm(i){for(let e=i.length-1;e>=0;--e)if(i[e]>=65535)return!0;return!1}function $m(i){return ArrayBuffer.isView(i)&&!(i instanceof DataView)}function Ur(i){return document.createElementNS("http://www.w3.org/1999/xhtml",i)}function fd(){let i=Ur("canvas");return i.style.display="block",i}var ah={},qi=null;function Tc(...i){let e="THREE."+i.shift();qi?qi("log",e,...i):console.log(e,...i)}function pd(i){let e=i[0];if(typeof e=="string"&&e.startsWith("TSL:")){let t=i[1];t&&t.isStackTrace?i[0]+=" "+t.getLocation():i[1]='Stack trace not available. Enable "THREE.Node.captureStackTrace" to capture stack traces.'}return i}function Re(...i){i=pd(i);let e="THREE."+i.shift();if(qi)qi("warn",e,...i);else{let t=i[0];t&&t.isStackTrace?console.warn(t.getError(e)):console.warn(e,...i)}}function Le(...i){i=pd(i);let e="THREE."+i.shift();if(qi)qi("error",e,...i);else{let t=i[0];t&&t.isStackTrace?console.error(t.getError(e)):console.error(e,...i)}}function Pr(...i){let e=i.join(" ");e in ah||(ah[e]=!0,Re(...i))}function md(i,e,t){return new Promise(function(n,r){function s(){switch(i.clientWaitSync(e,i.SYNC_FLUSH_COMMANDS_BIT,0)){case i.WAIT_FAILED:r();break;case i.TIMEOUT_EXPIRED:setTimeout(s,t);break;default:n()}}setTimeout(s,t)})}var gd={[ro]:ro,[oo]:co,[ao]:ao,[$i]:lo,[so]:so,[co]:oo,[uo]:uo,[lo]:$i},vn=class{addEventListener(e,t){this._listeners===void 0&&(this._listeners={});let n=this._listeners;n[e]===void 0&&(n[e]=[]),n[e].indexOf(t)===-1&&n[e].push(t)}hasEventListener(e,t){let n=this._listeners;return n===void 0?!1:n[e]!==void 0&&n[e].indexOf(t)!==-1}removeEventListener(e,t){let n=this._listeners;if(n===void 0)return;let r=n[e];if(r!==void 0){let s=r.indexOf(t);s!==-1&&r.splice(s,1)}}dispatchEvent(e){let t=this._listeners;if(t===void 0)return;let n=t[e.type];if(n!==void 0){e.target=this;let r=n.slice(0);for(let s=0,o=r.length;s<o;s++)r[s].call(this,e);e.target=null}}},Lt=["00","01","02","03","04","05","06","07","08","09","0a","0b","0c","0d","0e","0f","10","11","12","13","14","15","16","17","18","19","1a","1b","1c","1d","1e","1f","20","21","22","23","24","25","26","27","28","29","2a","2b","2c","2d","2e","2f","30","31","32","33","34","35","36","37","38","39","3a","3b","3c","3d","3e","3f","40","41","42","43","44","45","46","47","48","49","4a","4b","4c","4d","4e","4f","50","51","52","53","54","55","56","57","58","59","5a","5b","5c","5d","5e","5f","60","61","62","63","64","65","66","67","68","69","6a","6b","6c","6d","6e","6f","70","71","72","73","74","75","76","77","78","79","7a","7b","7c","7d","7e","7f","80","81","82","83","84","85","86","87","88","89","8a","8b","8c","8d","8e","8f","90","91","92","93","94","95","96","97","98","99","9a","9b","9c","9d","9e","9f","a0","a1","a2","a3","a4","a5","a6","a7","a8","a9","aa","ab","ac","ad","ae","af","b0","b1","b2","b3","b4","b5","b6","b7","b8","b9","ba","bb","bc","bd","be","bf","c0","c1","c2","c3","c4","c5","c6","c7","c8","c9","ca","cb","cc","cd","ce","cf","d0","d1","d2","d3","d4","d5","d6","d7","d8","d9","da","db","dc","dd","de","df","e0","e1","e2","e3","e4","e5","e6","e7","e8","e9","ea","eb","ec","ed","ee","ef","f0","f1","f2","f3","f4","f5","f6","f7","f8","f9","fa","fb","fc","fd","fe","ff"];var El=Math.PI/180,mo=180/Math.PI;function rs(){let i=Math.random()*4294967295|0,e=Math.random()*4294967295|0,t=Math.random()*4294967295|0,n=Math.random()*4294967295|0;return(Lt[i&255]+Lt[i>>8&255]+Lt[i>>16&255]+Lt[i>>24&255]+"-"+Lt[e&255]+Lt[e>>8&255]+"-"+Lt[e>>16&15|64]+Lt[e>>24&255]+"-"+Lt[t&63|128]+Lt[t>>8&255]+"-"+Lt[t>>16&255]+Lt[t>>24&255]+Lt[n&255]+Lt[n>>8&255]+Lt[n>>16&255]+Lt[n>>24&255]).toLowerCase()}function Xe(i,e,t){return Math.max(e,Math.min(t,i))}function qm(i,e){return(i%e+e)%e}function Tl(i,e,t){return(1-t)*i+t*e}function yd(i){return Math.pow(2,Math.floor(Math.log(i)/Math.LN2))}function Cc(i){switch(i.constructor){case Uint32Array:return 4294967295;case Uint16Array:return 65535;case Uint8Array:case Uint8ClampedArray:return 255;case Int32Array:return 2147483647;case Int16Array:return 32767;case Int8Array:return 127;default:return}}function Ym(i,e){if(e.constructor===Float32Array)return i;let t=Cc(e);if(t===void 0)throw new Error("THREE.MathUtils: Invalid component type.");return Math.max(i/t,-1)}function Km(i,e){if(e.constructor===Float32Array)return i;let t=Cc(e);if(t===void 0)throw new Error("THREE.MathUtils: Invalid component type.");return Math.round(i*t)}var Nc=class Nc{constructor(e=0,t=0){this.x=e,this.y=t}get width(){return this.x}set width(e){this.x=e}get height(){return this.y}set height(e){this.y=e}set(e,t){return this.x=e,this.y=t,this}setScalar(e){return this.x=e,this.y=e,this}setX(e){return this.x=e,this}setY(e){return this.y=e,this}setComponent(e,t){switch(e){case 0:this.x=t;break;case 1:this.y=t;break;default:throw new Error("THREE.Vector2: index is out of range: "+e)}return this}getComponent(e){switch(e){case 0:return this.x;case 1:return this.y;default:throw new Error("THREE.Vector2: index is out of range: "+e)}}clone(){return new this.constructor(this.x,this.y)}copy(e){return this.x=e.x,this.y=e.y,this}add(e){return this.x+=e.x,this.y+=e.y,this}addScalar(e){return this.x+=e,this.y+=e,this}addVectors(e,t){return this.x=e.x+t.x,this.y=e.y+t.y,this}addScaledVector(e,t){return this.x+=e.x*t,this.y+=e.y*t,this}sub(e){return this.x-=e.x,this.y-=e.y,this}subScalar(e){return this.x-=e,this.y-=e,this}subVectors(e,t){return this.x=e.x-t.x,this.y=e.y-t.y,this}multiply(e){return this.x*=e.x,this.y*=e.y,this}multiplyScalar(e){return this.x*=e,this.y*=e,this}divide(e){return this.x/=e.x,this.y/=e.y,this}divideScalar(e){return this.multiplyScalar(1/e)}applyMatrix3(e){let t=this.x,n=this.y,r=e.elements;return this.x=r[0]*t+r[3]*n+r[6],this.y=r[1]*t+r[4]*n+r[7],this}min(e){return this.x=Math.min(this.x,e.x),this.y=Math.min(this.y,e.y),this}max(e){return this.x=Math.max(this.x,e.x),this.y=Math.max(this.y,e.y),this}clamp(e,t){return this.x=Xe(this.x,e.x,t.x),this.y=Xe(this.y,e.y,t.y),this}clampScalar(e,t){return this.x=Xe(this.x,e,t),this.y=Xe(this.y,e,t),this}clampLength(e,t){let n=this.length();return this.divideScalar(n||1).multiplyScalar(Xe(n,e,t))}floor(){return this.x=Math.floor(this.x),this.y=Math.floor(this.y),this}ceil(){return this.x=Math.ceil(this.x),this.y=Math.ceil(this.y),this}round(){return this.x=Math.round(this.x),this.y=Math.round(this.y),this}roundToZero(){return this.x=Math.trunc(this.x),this.y=Math.trunc(this.y),this}negate(){return this.x=-this.x,this.y=-this.y,this}dot(e){return this.x*e.x+this.y*e.y}cross(e){return this.x*e.y-this.y*e.x}lengthSq(){return this.x*this.x+this.y*this.y}length(){return Math.sqrt(this.x*this.x+this.y*this.y)}manhattanLength(){return Math.abs(this.x)+Math.abs(this.y)}normalize(){return this.divideScalar(this.length()||1)}angle(){return Math.atan2(-this.y,-this.x)+Math.PI}angleTo(e){let t=Math.sqrt(this.lengthSq()*e.lengthSq());if(t===0)return Math.PI/2;let n=this.dot(e)/t;return Math.acos(Xe(n,-1,1))}distanceTo(e){return Math.sqrt(this.distanceToSquared(e))}distanceToSquared(e){let t=this.x-e.x,n=this.y-e.y;return t*t+n*n}manhattanDistanceTo(e){return Math.abs(this.x-e.x)+Math.abs(this.y-e.y)}setLength(e){return this.normalize().multiplyScalar(e)}lerp(e,t){return this.x+=(e.x-this.x)*t,this.y+=(e.y-this.y)*t,this}lerpVectors(e,t,n){return this.x=e.x+(t.x-e.x)*n,this.y=e.y+(t.y-e.y)*n,this}equals(e){return e.x===this.x&&e.y===this.y}fromArray(e,t=0){return this.x=e[t],this.y=e[t+1],this}toArray(e=[],t=0){return e[t]=this.x,e[t+1]=this.y,e}fromBufferAttribute(e,t){return this.x=e.getX(t),this.y=e.getY(t),this}rotateAround(e,t){let n=Math.cos(t),r=Math.sin(t),s=this.x-e.x,o=this.y-e.y;return this.x=s*n-o*r+e.x,this.y=s*r+o*n+e.y,this}random(){return this.x=Math.random(),this.y=Math.random(),this}*[Symbol.iterator](){yield this.x,yield this.y}};Nc.prototype.isVector2=!0;var $e=Nc,bn=class{constructor(e=0,t=0,n=0,r=1){this.isQuaternion=!0,this._x=e,this._y=t,this._z=n,this._w=r}static slerpFlat(e,t,n,r,s,o,a){let l=n[r+0],c=n[r+1],u=n[r+2],h=n[r+3],d=s[o+0],f=s[o+1],p=s[o+2],y=s[o+3];if(h!==y||l!==d||c!==f||u!==p){let g=l*d+c*f+u*p+h*y;g<0&&(d=-d,f=-f,p=-p,y=-y,g=-g);let m=1-a;if(g<.9995){let x=Math.acos(g),_=Math.sin(x);m=Math.sin(m*x)/_,a=Math.sin(a*x)/_,l=l*m+d*a,c=c*m+f*a,u=u*m+p*a,h=h*m+y*a}else{l=l*m+d*a,c=c*m+f*a,u=u*m+p*a,h=h*m+y*a;let x=1/Math.sqrt(l*l+c*c+u*u+h*h);l*=x,c*=x,u*=x,h*=x}}e[t]=l,e[t+1]=c,e[t+2]=u,e[t+3]=h}static multiplyQuaternionsFlat(e,t,n,r,s,o){let a=n[r],l=n[r+1],c=n[r+2],u=n[r+3],h=s[o],d=s[o+1],f=s[o+2],p=s[o+3];return e[t]=a*p+u*h+l*f-c*d,e[t+1]=l*p+u*d+c*h-a*f,e[t+2]=c*p+u*f+a*d-l*h,e[t+3]=u*p-a*h-l*d-c*f,e}get x(){return this._x}set x(e){this._x=e,this._onChangeCallback()}get y(){return this._y}set y(e){this._y=e,this._onChangeCallback()}get z(){return this._z}set z(e){this._z=e,this._onChangeCallback()}get w(){return this._w}set w(e){this._w=e,this._onChangeCallback()}set(e,t,n,r){return this._x=e,this._y=t,this._z=n,this._w=r,this._onChangeCallback(),this}clone(){return new this.constructor(this._x,this._y,this._z,this._w)}copy(e){return this._x=e.x,this._y=e.y,this._z=e.z,this._w=e.w,this._onChangeCallback(),this}setFromEuler(e,t=!0){let n=e._x,r=e._y,s=e._z,o=e._order,a=Math.cos,l=Math.sin,c=a(n/2),u=a(r/2),h=a(s/2),d=l(n/2),f=l(r/2),p=l(s/2);switch(o){case"XYZ":this._x=d*u*h+c*f*p,this._y=c*f*h-d*u*p,this._z=c*u*p+d*f*h,this._w=c*u*h-d*f*p;break;case"YXZ":this._x=d*u*h+c*f*p,this._y=c*f*h-d*u*p,this._z=c*u*p-d*f*h,this._w=c*u*h+d*f*p;break;case"ZXY":this._x=d*u*h-c*f*p,this._y=c*f*h+d*u*p,this._z=c*u*p+d*f*h,this._w=c*u*h-d*f*p;break;case"ZYX":this._x=d*u*h-c*f*p,this._y=c*f*h+d*u*p,this._z=c*u*p-d*f*h,this._w=c*u*h+d*f*p;break;case"YZX":this._x=d*u*h+c*f*p,this._y=c*f*h+d*u*p,this._z=c*u*p-d*f*h,this._w=c*u*h-d*f*p;break;case"XZY":this._x=d*u*h-c*f*p,this._y=c*f*h-d*u*p,this._z=c*u*p+d*f*h,this._w=c*u*h+d*f*p;break;default:Re("Quaternion: .setFromEuler() encountered an unknown order: "+o)}return t===!0&&this._onChangeCallback(),this}setFromAxisAngle(e,t){let n=t/2,r=Math.sin(n);return this._x=e.x*r,this._y=e.y*r,this._z=e.z*r,this._w=Math.cos(n),this._onChangeCallback(),this}setFromRotationMatrix(e){let t=e.elements,n=t[0],r=t[4],s=t[8],o=t[1],a=t[5],l=t[9],c=t[2],u=t[6],h=t[10],d=n+a+h;if(d>0){let f=.5/Math.sqrt(d+1);this._w=.25/f,this._x=(u-l)*f,this._y=(s-c)*f,this._z=(o-r)*f}else if(n>a&&n>h){let f=2*Math.sqrt(1+n-a-h);this._w=(u-l)/f,this._x=.25*f,this._y=(r+o)/f,this._z=(s+c)/f}else if(a>h){let f=2*Math.sqrt(1+a-n-h);this._w=(s-c)/f,this._x=(r+o)/f,this._y=.25*f,this._z=(l+u)/f}else{let f=2*Math.sqrt(1+h-n-a);this._w=(o-r)/f,this._x=(s+c)/f,this._y=(l+u)/f,this._z=.25*f}return this._onChangeCallback(),this}setFromUnitVectors(e,t){let n=e.dot(t)+1;return n<1e-8?(n=0,Math.abs(e.x)>Math.abs(e.z)?(this._x=-e.y,this._y=e.x,this._z=0,this._w=n):(this._x=0,this._y=-e.z,this._z=e.y,this._w=n)):(this._x=e.y*t.z-e.z*t.y,this._y=e.z*t.x-e.x*t.z,this._z=e.x*t.y-e.y*t.x,this._w=n),this.normalize()}angleTo(e){return 2*Math.acos(Math.abs(Xe(this.dot(e),-1,1)))}rotateTowards(e,t){let n=this.angleTo(e);if(n===0)return this;let r=Math.min(1,t/n);return this.slerp(e,r),this}identity(){return this.set(0,0,0,1)}invert(){return this.conjugate()}conjugate(){return this._x*=-1,this._y*=-1,this._z*=-1,this._onChangeCallback(),this}dot(e){return this._x*e._x+this._y*e._y+this._z*e._z+this._w*e._w}lengthSq(){return this._x*this._x+this._y*this._y+this._z*this._z+this._w*this._w}length(){return Math.sqrt(this._x*this._x+this._y*this._y+this._z*this._z+this._w*this._w)}normalize(){let e=this.length();return e===0?(this._x=0,this._y=0,this._z=0,this._w=1):(e=1/e,this._x=this._x*e,this._y=this._y*e,this._z=this._z*e,this._w=this._w*e),this._onChangeCallback(),this}multiply(e){return this.multiplyQuaternions(this,e)}premultiply(e){return this.multiplyQuaternions(e,this)}multiplyQuaternions(e,t){let n=e._x,r=e._y,s=e._z,o=e._w,a=t._x,l=t._y,c=t._z,u=t._w;return this._x=n*u+o*a+r*c-s*l,this._y=r*u+o*l+s*a-n*c,this._z=s*u+o*c+n*l-r*a,this._w=o*u-n*a-r*l-s*c,this._onChangeCallback(),this}slerp(e,t){let n=e._x,r=e._y,s=e._z,o=e._w,a=this.dot(e);a<0&&(n=-n,r=-r,s=-s,o=-o,a=-a);let l=1-t;if(a<.9995){let c=Math.acos(a),u=Math.sin(c);l=Math.sin(l*c)/u,t=Math.sin(t*c)/u,this._x=this._x*l+n*t,this._y=this._y*l+r*t,this._z=this._z*l+s*t,this._w=this._w*l+o*t,this._onChangeCallback()}else this._x=this._x*l+n*t,this._y=this._y*l+r*t,this._z=this._z*l+s*t,this._w=this._w*l+o*t,this.normalize();return this}slerpQuaternions(e,t,n){return this.copy(e).slerp(t,n)}random(){let e=2*Math.PI*Math.random(),t=2*Math.PI*Math.random(),n=Math.random(),r=Math.sqrt(1-n),s=Math.sqrt(n);return this.set(r*Math.sin(e),r*Math.cos(e),s*Math.sin(t),s*Math.cos(t))}equals(e){return e._x===this._x&&e._y===this._y&&e._z===this._z&&e._w===this._w}fromArray(e,t=0){return this._x=e[t],this._y=e[t+1],this._z=e[t+2],this._w=e[t+3],this._onChangeCallback(),this}toArray(e=[],t=0){return e[t]=this._x,e[t+1]=this._y,e[t+2]=this._z,e[t+3]=this._w,e}fromBufferAttribute(e,t){return this._x=e.getX(t),this._y=e.getY(t),this._z=e.getZ(t),this._w=e.getW(t),this._onChangeCallback(),this}toJSON(){return this.toArray()}_onChange(e){return this._onChangeCallback=e,this}_onChangeCallback(){}*[Symbol.iterator](){yield this._x,yield this._y,yield this._z,yield this._w}},Fc=class Fc{constructor(e=0,t=0,n=0){this.x=e,this.y=t,this.z=n}set(e,t,n){return n===void 0&&(n=this.z),this.x=e,this.y=t,this.z=n,this}setScalar(e){return this.x=e,this.y=e,this.z=e,this}setX(e){return this.x=e,this}setY(e){return this.y=e,this}setZ(e){return this.z=e,this}setComponent(e,t){switch(e){case 0:this.x=t;break;case 1:this.y=t;break;case 2:this.z=t;break;default:throw new Error("THREE.Vector3: index is out of range: "+e)}return this}getComponent(e){switch(e){case 0:return this.x;case 1:return this.y;case 2:return this.z;default:throw new Error("THREE.Vector3: index is out of range: "+e)}}clone(){return new this.constructor(this.x,this.y,this.z)}copy(e){return this.x=e.x,this.y=e.y,this.z=e.z,this}add(e){return this.x+=e.x,this.y+=e.y,this.z+=e.z,this}addScalar(e){return this.x+=e,this.y+=e,this.z+=e,this}addVectors(e,t){return this.x=e.x+t.x,this.y=e.y+t.y,this.z=e.z+t.z,this}addScaledVector(e,t){return this.x+=e.x*t,this.y+=e.y*t,this.z+=e.z*t,this}sub(e){return this.x-=e.x,this.y-=e.y,this.z-=e.z,this}subScalar(e){return this.x-=e,this.y-=e,this.z-=e,this}subVectors(e,t){return this.x=e.x-t.x,this.y=e.y-t.y,this.z=e.z-t.z,this}multiply(e){return this.x*=e.x,this.y*=e.y,this.z*=e.z,this}multiplyScalar(e){return this.x*=e,this.y*=e,this.z*=e,this}multiplyVectors(e,t){return this.x=e.x*t.x,this.y=e.y*t.y,this.z=e.z*t.z,this}applyEuler(e){return this.applyQuaternion(lh.setFromEuler(e))}applyAxisAngle(e,t){return this.applyQuaternion(lh.setFromAxisAngle(e,t))}applyMatrix3(e){let t=this.x,n=this.y,r=this.z,s=e.elements;return this.x=s[0]*t+s[3]*n+s[6]*r,this.y=s[1]*t+s[4]*n+s[7]*r,this.z=s[2]*t+s[5]*n+s[8]*r,this}applyNormalMatrix(e){return this.applyMatrix3(e).normalize()}applyMatrix4(e){let t=this.x,n=this.y,r=this.z,s=e.elements,o=1/(s[3]*t+s[7]*n+s[11]*r+s[15]);return this.x=(s[0]*t+s[4]*n+s[8]*r+s[12])*o,this.y=(s[1]*t+s[5]*n+s[9]*r+s[13])*o,this.z=(s[2]*t+s[6]*n+s[10]*r+s[14])*o,this}applyQuaternion(e){let t=this.x,n=this.y,r=this.z,s=e.x,o=e.y,a=e.z,l=e.w,c=2*(o*r-a*n),u=2*(a*t-s*r),h=2*(s*n-o*t);return this.x=t+l*c+o*h-a*u,this.y=n+l*u+a*c-s*h,this.z=r+l*h+s*u-o*c,this}project(e){return this.applyMatrix4(e.matrixWorldInverse).applyMatrix4(e.projectionMatrix)}unproject(e){return this.applyMatrix4(e.projectionMatrixInverse).applyMatrix4(e.matrixWorld)}transformDirection(e){let t=this.x,n=this.y,r=this.z,s=e.elements;return this.x=s[0]*t+s[4]*n+s[8]*r,this.y=s[1]*t+s[5]*n+s[9]*r,this.z=s[2]*t+s[6]*n+s[10]*r,this.normalize()}divide(e){return this.x/=e.x,this.y/=e.y,this.z/=e.z,this}divideScalar(e){return this.multiplyScalar(1/e)}min(e){return this.x=Math.min(this.x,e.x),this.y=Math.min(this.y,e.y),this.z=Math.min(this.z,e.z),this}max(e){return this.x=Math.max(this.x,e.x),this.y=Math.max(this.y,e.y),this.z=Math.max(this.z,e.z),this}clamp(e,t){return this.x=Xe(this.x,e.x,t.x),this.y=Xe(this.y,e.y,t.y),this.z=Xe(this.z,e.z,t.z),this}clampScalar(e,t){return this.x=Xe(this.x,e,t),this.y=Xe(this.y,e,t),this.z=Xe(this.z,e,t),this}clampLength(e,t){let n=this.length();return this.divideScalar(n||1).multiplyScalar(Xe(n,e,t))}floor(){return this.x=Math.floor(this.x),this.y=Math.floor(this.y),this.z=Math.floor(this.z),this}ceil(){return this.x=Math.ceil(this.x),this.y=Math.ceil(this.y),this.z=Math.ceil(this.z),this}round(){return this.x=Math.round(this.x),this.y=Math.round(this.y),this.z=Math.round(this.z),this}roundToZero(){return this.x=Math.trunc(this.x),this.y=Math.trunc(this.y),this.z=Math.trunc(this.z),this}negate(){return this.x=-this.x,this.y=-this.y,this.z=-this.z,this}dot(e){return this.x*e.x+this.y*e.y+this.z*e.z}lengthSq(){return this.x*this.x+this.y*this.y+this.z*this.z}length(){return Math.sqrt(this.x*this.x+this.y*this.y+this.z*this.z)}manhattanLength(){return Math.abs(this.x)+Math.abs(this.y)+Math.abs(this.z)}normalize(){return this.divideScalar(this.length()||1)}setLength(e){return this.normalize().multiplyScalar(e)}lerp(e,t){return this.x+=(e.x-this.x)*t,this.y+=(e.y-this.y)*t,this.z+=(e.z-this.z)*t,this}lerpVectors(e,t,n){return this.x=e.x+(t.x-e.x)*n,this.y=e.y+(t.y-e.y)*n,this.z=e.z+(t.z-e.z)*n,this}cross(e){return this.crossVectors(this,e)}crossVectors(e,t){let n=e.x,r=e.y,s=e.z,o=t.x,a=t.y,l=t.z;return this.x=r*l-s*a,this.y=s*o-n*l,this.z=n*a-r*o,this}projectOnVector(e){let t=e.lengthSq();if(t===0)return this.set(0,0,0);let n=e.dot(this)/t;return this.copy(e).multiplyScalar(n)}projectOnPlane(e){return Cl.copy(this).projectOnVector(e),this.sub(Cl)}reflect(e){return this.sub(Cl.copy(e).multiplyScalar(2*this.dot(e)))}angleTo(e){let t=Math.sqrt(this.lengthSq()*e.lengthSq());if(t===0)return Math.PI/2;let n=this.dot(e)/t;return Math.acos(Xe(n,-1,1))}distanceTo(e){return Math.sqrt(this.distanceToSquared(e))}distanceToSquared(e){let t=this.x-e.x,n=this.y-e.y,r=this.z-e.z;return t*t+n*n+r*r}manhattanDistanceTo(e){return Math.abs(this.x-e.x)+Math.abs(this.y-e.y)+Math.abs(this.z-e.z)}setFromSpherical(e){return this.setFromSphericalCoords(e.radius,e.phi,e.theta)}setFromSphericalCoords(e,t,n){let r=Math.sin(t)*e;return this.x=r*Math.sin(n),this.y=Math.cos(t)*e,this.z=r*Math.cos(n),this}setFromCylindrical(e){return this.setFromCylindricalCoords(e.radius,e.theta,e.y)}setFromCylindricalCoords(e,t,n){return this.x=e*Math.sin(t),this.y=n,this.z=e*Math.cos(t),this}setFromMatrixPosition(e){let t=e.elements;return this.x=t[12],this.y=t[13],this.z=t[14],this}setFromMatrixScale(e){let t=this.setFromMatrixColumn(e,0).length(),n=this.setFromMatrixColumn(e,1).length(),r=this.setFromMatrixColumn(e,2).length();return this.x=t,this.y=n,this.z=r,this}setFromMatrixColumn(e,t){return this.fromArray(e.elements,t*4)}setFromMatrix3Column(e,t){return this.fromArray(e.elements,t*3)}setFromEuler(e){return this.x=e._x,this.y=e._y,this.z=e._z,this}setFromColor(e){return this.x=e.r,this.y=e.g,this.z=e.b,this}equals(e){return e.x===this.x&&e.y===this.y&&e.z===this.z}fromArray(e,t=0){return this.x=e[t],this.y=e[t+1],this.z=e[t+2],this}toArray(e=[],t=0){return e[t]=this.x,e[t+1]=this.y,e[t+2]=this.z,e}fromBufferAttribute(e,t){return this.x=e.getX(t),this.y=e.getY(t),this.z=e.getZ(t),this}random(){return this.x=Math.random(),this.y=Math.random(),this.z=Math.random(),this}randomDirection(){let e=Math.random()*Math.PI*2,t=Math.random()*2-1,n=Math.sqrt(1-t*t);return this.x=n*Math.cos(e),this.y=t,this.z=n*Math.sin(e),this}*[Symbol.iterator](){yield this.x,yield this.y,yield this.z}};Fc.prototype.isVector3=!0;var $=Fc,Cl=new $,lh=new bn,Dc=class Dc{constructor(e,t,n,r,s,o,a,l,c){this.elements=[1,0,0,0,1,0,0,0,1],e!==void 0&&this.set(e,t,n,r,s,o,a,l,c)}set(e,t,n,r,s,o,a,l,c){let u=this.elements;return u[0]=e,u[1]=r,u[2]=a,u[3]=t,u[4]=s,u[5]=l,u[6]=n,u[7]=o,u[8]=c,this}identity(){return this.set(1,0,0,0,1,0,0,0,1),this}copy(e){let t=this.elements,n=e.elements;return t[0]=n[0],t[1]=n[1],t[2]=n[2],t[3]=n[3],t[4]=n[4],t[5]=n[5],t[6]=n[6],t[7]=n[7],t[8]=n[8],this}extractBasis(e,t,n){return e.setFromMatrix3Column(this,0),t.setFromMatrix3Column(this,1),n.setFromMatrix3Column(this,2),this}setFromMatrix4(e){let t=e.elements;return this.set(t[0],t[4],t[8],t[1],t[5],t[9],t[2],t[6],t[10]),this}multiply(e){return this.multiplyMatrices(this,e)}premultiply(e){return this.multiplyMatrices(e,this)}multiplyMatrices(e,t){let n=e.elements,r=t.elements,s=this.elements,o=n[0],a=n[3],l=n[6],c=n[1],u=n[4],h=n[7],d=n[2],f=n[5],p=n[8],y=r[0],g=r[3],m=r[6],x=r[1],_=r[4],b=r[7],w=r[2],A=r[5],v=r[8];return s[0]=o*y+a*x+l*w,s[3]=o*g+a*_+l*A,s[6]=o*m+a*b+l*v,s[1]=c*y+u*x+h*w,s[4]=c*g+u*_+h*A,s[7]=c*m+u*b+h*v,s[2]=d*y+f*x+p*w,s[5]=d*g+f*_+p*A,s[8]=d*m+f*b+p*v,this}multiplyScalar(e){let t=this.elements;return t[0]*=e,t[3]*=e,t[6]*=e,t[1]*=e,t[4]*=e,t[7]*=e,t[2]*=e,t[5]*=e,t[8]*=e,this}determinant(){let e=this.elements,t=e[0],n=e[1],r=e[2],s=e[3],o=e[4],a=e[5],l=e[6],c=e[7],u=e[8];return t*o*u-t*a*c-n*s*u+n*a*l+r*s*c-r*o*l}invert(){let e=this.elements,t=e[0],n=e[1],r=e[2],s=e[3],o=e[4],a=e[5],l=e[6],c=e[7],u=e[8],h=u*o-a*c,d=a*l-u*s,f=c*s-o*l,p=t*h+n*d+r*f;if(p===0)return this.set(0,0,0,0,0,0,0,0,0);let y=1/p;return e[0]=h*y,e[1]=(r*c-u*n)*y,e[2]=(a*n-r*o)*y,e[3]=d*y,e[4]=(u*t-r*l)*y,e[5]=(r*s-a*t)*y,e[6]=f*y,e[7]=(n*l-c*t)*y,e[8]=(o*t-n*s)*y,this}transpose(){let e,t=this.elements;return e=t[1],t[1]=t[3],t[3]=e,e=t[2],t[2]=t[6],t[6]=e,e=t[5],t[5]=t[7],t[7]=e,this}getNormalMatrix(e){return this.setFromMatrix4(e).invert().transpose()}transposeIntoArray(e){let t=this.elements;return e[0]=t[0],e[1]=t[3],e[2]=t[6],e[3]=t[1],e[4]=t[4],e[5]=t[7],e[6]=t[2],e[7]=t[5],e[8]=t[8],this}setUvTransform(e,t,n,r,s,o,a){let l=Math.cos(s),c=Math.sin(s);return this.set(n*l,n*c,-n*(l*o+c*a)+o+e,-r*c,r*l,-r*(-c*o+l*a)+a+t,0,0,1),this}scale(e,t){return Pr("Matrix3: .scale() is deprecated. Use .makeScale() instead."),this.premultiply(Rl.makeScale(e,t)),this}rotate(e){return Pr("Matrix3: .rotate() is deprecated. Use .makeRotation() instead."),this.premultiply(Rl.makeRotation(-e)),this}translate(e,t){return Pr("Matrix3: .translate() is deprecated. Use .makeTranslation() instead."),this.premultiply(Rl.makeTranslation(e,t)),this}makeTranslation(e,t){return e.isVector2?this.set(1,0,e.x,0,1,e.y,0,0,1):this.set(1,0,e,0,1,t,0,0,1),this}makeRotation(e){let t=Math.cos(e),n=Math.sin(e);return this.set(t,-n,0,n,t,0,0,0,1),this}makeScale(e,t){return this.set(e,0,0,0,t,0,0,0,1),this}equals(e){let t=this.elements,n=e.elements;for(let r=0;r<9;r++)if(t[r]!==n[r])return!1;return!0}fromArray(e,t=0){for(let n=0;n<9;n++)this.elements[n]=e[n+t];return this}toArray(e=[],t=0){let n=this.elements;return e[t]=n[0],e[t+1]=n[1],e[t+2]=n[2],e[t+3]=n[3],e[t+4]=n[4],e[t+5]=n[5],e[t+6]=n[6],e[t+7]=n[7],e[t+8]=n[8],e}clone(){return new this.constructor().fromArray(this.elements)}};Dc.prototype.isMatrix3=!0;var Ne=Dc,Rl=new Ne,ch=new Ne().set(.4123908,.3575843,.1804808,.212639,.7151687,.0721923,.0193308,.1191948,.9505322),uh=new Ne().set(3.2409699,-1.5373832,-.4986108,-.9692436,1.8759675,.0415551,.0556301,-.203977,1.0569715);function jm(){let i={enabled:!0,workingColorSpace:Nr,spaces:{},convert:function(r,s,o){return this.enabled===!1||s===o||!s||!o||(this.spaces[s].transfer===je&&(r.r=Fn(r.r),r.g=Fn(r.g),r.b=Fn(r.b)),this.spaces[s].primaries!==this.spaces[o].primaries&&(r.applyMatrix3(this.spaces[s].toXYZ),r.applyMatrix3(this.spaces[o].fromXYZ)),this.spaces[o].transfer===je&&(r.r=Xi(r.r),r.g=Xi(r.g),r.b=Xi(r.b))),r},workingToColorSpace:function(r,s){return this.convert(r,this.workingColorSpace,s)},colorSpaceToWorking:function(r,s){return this.convert(r,s,this.workingColorSpace)},getPrimaries:function(r){return this.spaces[r].primaries},getTransfer:function(r){return r===zn?Fr:this.spaces[r].transfer},getToneMappingMode:function(r){return this.spaces[r].outputColorSpaceConfig.toneMappingMode||"standard"},getLuminanceCoefficients:function(r,s=this.workingColorSpace){return r.fromArray(this.spaces[s].luminanceCoefficients)},define:function(r){Object.assign(this.spaces,r)},_getMatrix:function(r,s,o){return r.copy(this.spaces[o].fromXYZ).multiply(this.spaces[s].toXYZ)},_getDrawingBufferColorSpace:function(r){return this.spaces[r].outputColorSpaceConfig.drawingBufferColorSpace},_getUnpackColorSpace:function(r=this.workingColorSpace){return this.spaces[r].workingColorSpaceConfig.unpackColorSpace}},e=[.64,.33,.3,.6,.15,.06],t=[.2126,.7152,.0722],n=[.3127,.329];return i.define({[Nr]:{primaries:e,whitePoint:n,transfer:Fr,toXYZ:ch,fromXYZ:uh,luminanceCoefficients:t,workingColorSpaceConfig:{unpackColorSpace:$t},outputColorSpaceConfig:{drawingBufferColorSpace:$t}},[$t]:{primaries:e,whitePoint:n,transfer:je,toXYZ:ch,fromXYZ:uh,luminanceCoefficients:t,outputColorSpaceConfig:{drawingBufferColorSpace:$t}}}),i}var We=jm();function Fn(i){return i<.04045?i*.0773993808:Math.pow(i*.9478672986+.0521327014,2.4)}function Xi(i){return i<.0031308?i*12.92:1.055*Math.pow(i,.41666)-.055}var Li,go=class{static getDataURL(e,t="image/png"){if(/^data:/i.test(e.src)||typeof HTMLCanvasElement>"u")return e.src;let n;if(e instanceof HTMLCanvasElement)n=e;else{Li===void 0&&(Li=Ur("canvas")),Li.width=e.width,Li.height=e.height;let r=Li.getContext("2d");e instanceof ImageData?r.putImageData(e,0,0):r.drawImage(e,0,0,e.width,e.height),n=Li}return n.toDataURL(t)}static sRGBToLinear(e){if(typeof HTMLImageElement<"u"&&e instanceof HTMLImageElement||typeof HTMLCanvasElement<"u"&&e instanceof HTMLCanvasElement||typeof ImageBitmap<"u"&&e instanceof ImageBitmap){let t=Ur("canvas");t.width=e.width,t.height=e.height;let n=t.getContext("2d");n.drawImage(e,0,0,e.width,e.height);let r=n.getImageData(0,0,e.width,e.height),s=r.data;for(let o=0;o<s.length;o++)s[o]=Fn(s[o]/255)*255;return n.putImageData(r,0,0),t}else if(e.data){let t=e.data.slice(0);for(let n=0;n<t.length;n++)t instanceof Uint8Array||t instanceof Uint8ClampedArray?t[n]=Math.floor(Fn(t[n]/255)*255):t[n]=Fn(t[n]);return{data:t,width:e.width,height:e.height}}else return Re("ImageUtils.sRGBToLinear(): Unsupported image type. No color space conversion applied."),e}},Jm=0,Yi=class{constructor(e=null){this.isTextureSource=!0,Object.defineProperty(this,"id",{value:Jm++}),this.uuid=rs(),this.data=e,this.dataReady=!0,this.version=0}getSize(e){let t=this.data;return typeof HTMLVideoElement<"u"&&t instanceof HTMLVideoElement?e.set(t.videoWidth,t.videoHeight,0):typeof VideoFrame<"u"&&t instanceof VideoFrame?e.set(t.displayWidth,t.displayHeight,0):t!==null?e.set(t.width||0,t.height||0,t.depth||0):e.set(0,0,0),e}set needsUpdate(e){e===!0&&this.version++}toJSON(e){let t=e===void 0||typeof e=="string";if(!t&&e.images[this.uuid]!==void 0)return e.images[this.uuid];let n={uuid:this.uuid,url:""},r=this.data;if(r!==null){let s;if(Array.isArray(r)){s=[];for(let o=0,a=r.length;o<a;o++)r[o].isDataTexture?s.push(Il(r[o].image)):s.push(Il(r[o]))}else s=Il(r);n.url=s}return t||(e.images[this.uuid]=n),n}};function Il(i){return typeof HTMLImageElement<"u"&&i instanceof HTMLImageElement||typeof HTMLCanvasElement<"u"&&i instanceof HTMLCanvasElement||typeof ImageBitmap<"u"&&i instanceof ImageBitmap?go.getDataURL(i):i.data?{data:Array.from(i.data),width:i.width,height:i.height,type:i.data.constructor.name}:(Re("Texture: Unable to serialize Texture."),{})}var Zm=0,Pl=new $,Ft=class i extends vn{constructor(e=i.DEFAULT_IMAGE,t=i.DEFAULT_MAPPING,n=xn,r=xn,s=Ct,o=Bn,a=mn,l=Kt,c=i.DEFAULT_ANISOTROPY,u=zn){super(),this.isTexture=!0,Object.defineProperty(this,"id",{value:Zm++}),this.uuid=rs(),this.name="",this.source=new Yi(e),this.mipmaps=[],this.mapping=t,this.channel=0,this.wrapS=n,this.wrapT=r,this.magFilter=s,this.minFilter=o,this.anisotropy=c,this.format=a,this.internalFormat=null,this.type=l,this.offset=new $e(0,0),this.repeat=new $e(1,1),this.center=new $e(0,0),this.rotation=0,this.matrixAutoUpdate=!0,this.matrix=new Ne,this.generateMipmaps=!0,this.mipmapsAutoUpdate=!0,this.premultiplyAlpha=!1,this.flipY=!0,this.unpackAlignment=4,this.colorSpace=u,this.userData={},this.updateRanges=[],this.version=0,this.onUpdate=null,this.renderTarget=null,this.isRenderTargetTexture=!1,this.isArrayTexture=!!(e&&e.depth&&e.depth>1),this.pmremVersion=0,this.isPMREMTexture=!1,this.normalized=!1}get width(){return this.source.getSize(Pl).x}get height(){return this.source.getSize(Pl).y}get depth(){return this.source.getSize(Pl).z}get image(){return this.source.data}set image(e){this.source.data=e}updateMatrix(){this.matrix.setUvTransform(this.offset.x,this.offset.y,this.repeat.x,this.repeat.y,this.rotation,this.center.x,this.center.y)}addUpdateRange(e,t){this.updateRanges.push({start:e,count:t})}clearUpdateRanges(){this.updateRanges.length=0}clone(){return new this.constructor().copy(this)}copy(e){return this.name=e.name,this.source=e.source,this.mipmaps=e.mipmaps.slice(0),this.mapping=e.mapping,this.channel=e.channel,this.wrapS=e.wrapS,this.wrapT=e.wrapT,this.magFilter=e.magFilter,this.minFilter=e.minFilter,this.anisotropy=e.anisotropy,this.format=e.format,this.internalFormat=e.internalFormat,this.type=e.type,this.normalized=e.normalized,this.offset.copy(e.offset),this.repeat.copy(e.repeat),this.center.copy(e.center),this.rotation=e.rotation,this.matrixAutoUpdate=e.matrixAutoUpdate,this.matrix.copy(e.matrix),this.generateMipmaps=e.generateMipmaps,this.mipmapsAutoUpdate=e.mipmapsAutoUpdate,this.premultiplyAlpha=e.premultiplyAlpha,this.flipY=e.flipY,this.unpackAlignment=e.unpackAlignment,this.colorSpace=e.colorSpace,this.renderTarget=e.renderTarget,this.isRenderTargetTexture=e.isRenderTargetTexture,this.isPMREMTexture=e.isPMREMTexture,this.isArrayTexture=e.isArrayTexture,this.userData=JSON.parse(JSON.stringify(e.userData)),this.needsUpdate=!0,this}setValues(e){for(let t in e){let n=e[t];if(n===void 0){Re(`Texture.setValues(): parameter '${t}' has value of undefined.`);continue}let r=this[t];if(r===void 0){Re(`Texture.setValues(): property '${t}' does not exist.`);continue}r&&n&&r.isVector2&&n.isVector2||r&&n&&r.isVector3&&n.isVector3||r&&n&&r.isMatrix3&&n.isMatrix3?r.copy(n):this[t]=n}}toJSON(e){let t=e===void 0||typeof e=="string";if(!t&&e.textures[this.uuid]!==void 0)return e.textures[this.uuid];let n={metadata:{version:4.7,type:"Texture",generator:"Texture.toJSON"},uuid:this.uuid,name:this.name,image:this.source.toJSON(e).uuid,mapping:this.mapping,channel:this.channel,repeat:[this.repeat.x,this.repeat.y],offset:[this.offset.x,this.offset.y],center:[this.center.x,this.center.y],rotation:this.rotation,wrap:[this.wrapS,this.wrapT],format:this.format,internalFormat:this.internalFormat,type:this.type,normalized:this.normalized,colorSpace:this.colorSpace,minFilter:this.minFilter,magFilter:this.magFilter,anisotropy:this.anisotropy,flipY:this.flipY,generateMipmaps:this.generateMipmaps,mipmapsAutoUpdate:this.mipmapsAutoUpdate,premultiplyAlpha:this.premultiplyAlpha,unpackAlignment:this.unpackAlignment};return Object.keys(this.userData).length>0&&(n.userData=this.userData),t||(e.textures[this.uuid]=n),n}dispose(){this.dispatchEvent({type:"dispose"})}transformUv(e){if(this.mapping!==mc)return e;if(e.applyMatrix3(this.matrix),e.x<0||e.x>1)switch(this.wrapS){case ho:e.x=e.x-Math.floor(e.x);break;case xn:e.x=e.x<0?0:1;break;case fo:Math.abs(Math.floor(e.x)%2)===1?e.x=Math.ceil(e.x)-e.x:e.x=e.x-Math.floor(e.x);break}if(e.y<0||e.y>1)switch(this.wrapT){case ho:e.y=e.y-Math.floor(e.y);break;case xn:e.y=e.y<0?0:1;break;case fo:Math.abs(Math.floor(e.y)%2)===1?e.y=Math.ceil(e.y)-e.y:e.y=e.y-Math.floor(e.y);break}return this.flipY&&(e.y=1-e.y),e}set needsUpdate(e){e===!0&&(this.version++,this.source.needsUpdate=!0)}set needsPMREMUpdate(e){e===!0&&this.pmremVersion++}};Ft.DEFAULT_IMAGE=null;Ft.DEFAULT_MAPPING=mc;Ft.DEFAULT_ANISOTROPY=1;var Uc=class Uc{constructor(e=0,t=0,n=0,r=1){this.x=e,this.y=t,this.z=n,this.w=r}get width(){return this.z}set width(e){this.z=e}get height(){return this.w}set height(e){this.w=e}set(e,t,n,r){return this.x=e,this.y=t,this.z=n,this.w=r,this}setScalar(e){return this.x=e,this.y=e,this.z=e,this.w=e,this}setX(e){return this.x=e,this}setY(e){return this.y=e,this}setZ(e){return this.z=e,this}setW(e){return this.w=e,this}setComponent(e,t){switch(e){case 0:this.x=t;break;case 1:this.y=t;break;case 2:this.z=t;break;case 3:this.w=t;break;default:throw new Error("THREE.Vector4: index is out of range: "+e)}return this}getComponent(e){switch(e){case 0:return this.x;case 1:return this.y;case 2:return this.z;case 3:return this.w;default:throw new Error("THREE.Vector4: index is out of range: "+e)}}clone(){return new this.constructor(this.x,this.y,this.z,this.w)}copy(e){return this.x=e.x,this.y=e.y,this.z=e.z,this.w=e.w!==void 0?e.w:1,this}add(e){return this.x+=e.x,this.y+=e.y,this.z+=e.z,this.w+=e.w,this}addScalar(e){return this.x+=e,this.y+=e,this.z+=e,this.w+=e,this}addVectors(e,t){return this.x=e.x+t.x,this.y=e.y+t.y,this.z=e.z+t.z,this.w=e.w+t.w,this}addScaledVector(e,t){return this.x+=e.x*t,this.y+=e.y*t,this.z+=e.z*t,this.w+=e.w*t,this}sub(e){return this.x-=e.x,this.y-=e.y,this.z-=e.z,this.w-=e.w,this}subScalar(e){return this.x-=e,this.y-=e,this.z-=e,this.w-=e,this}subVectors(e,t){return this.x=e.x-t.x,this.y=e.y-t.y,this.z=e.z-t.z,this.w=e.w-t.w,this}multiply(e){return this.x*=e.x,this.y*=e.y,this.z*=e.z,this.w*=e.w,this}multiplyScalar(e){return this.x*=e,this.y*=e,this.z*=e,this.w*=e,this}applyMatrix4(e){let t=this.x,n=this.y,r=this.z,s=this.w,o=e.elements;return this.x=o[0]*t+o[4]*n+o[8]*r+o[12]*s,this.y=o[1]*t+o[5]*n+o[9]*r+o[13]*s,this.z=o[2]*t+o[6]*n+o[10]*r+o[14]*s,this.w=o[3]*t+o[7]*n+o[11]*r+o[15]*s,this}divide(e){return this.x/=e.x,this.y/=e.y,this.z/=e.z,this.w/=e.w,this}divideScalar(e){return this.multiplyScalar(1/e)}setAxisAngleFromQuaternion(e){this.w=2*Math.acos(e.w);let t=Math.sqrt(1-e.w*e.w);return t<1e-4?(this.x=1,this.y=0,this.z=0):(this.x=e.x/t,this.y=e.y/t,this.z=e.z/t),this}setAxisAngleFromRotationMatrix(e){let t,n,r,s,l=e.elements,c=l[0],u=l[4],h=l[8],d=l[1],f=l[5],p=l[9],y=l[2],g=l[6],m=l[10];if(Math.abs(u-d)<.01&&Math.abs(h-y)<.01&&Math.abs(p-g)<.01){if(Math.abs(u+d)<.1&&Math.abs(h+y)<.1&&Math.abs(p+g)<.1&&Math.abs(c+f+m-3)<.1)return this.set(1,0,0,0),this;t=Math.PI;let _=(c+1)/2,b=(f+1)/2,w=(m+1)/2,A=(u+d)/4,v=(h+y)/4,S=(p+g)/4;return _>b&&_>w?_<.01?(n=0,r=.707106781,s=.707106781):(n=Math.sqrt(_),r=A/n,s=v/n):b>w?b<.01?(n=.707106781,r=0,s=.707106781):(r=Math.sqrt(b),n=A/r,s=S/r):w<.01?(n=.707106781,r=.707106781,s=0):(s=Math.sqrt(w),n=v/s,r=S/s),this.set(n,r,s,t),this}let x=Math.sqrt((g-p)*(g-p)+(h-y)*(h-y)+(d-u)*(d-u));return Math.abs(x)<.001&&(x=1),this.x=(g-p)/x,this.y=(h-y)/x,this.z=(d-u)/x,this.w=Math.acos((c+f+m-1)/2),this}setFromMatrixPosition(e){let t=e.elements;return this.x=t[12],this.y=t[13],this.z=t[14],this.w=t[15],this}min(e){return this.x=Math.min(this.x,e.x),this.y=Math.min(this.y,e.y),this.z=Math.min(this.z,e.z),this.w=Math.min(this.w,e.w),this}max(e){return this.x=Math.max(this.x,e.x),this.y=Math.max(this.y,e.y),this.z=Math.max(this.z,e.z),this.w=Math.max(this.w,e.w),this}clamp(e,t){return this.x=Xe(this.x,e.x,t.x),this.y=Xe(this.y,e.y,t.y),this.z=Xe(this.z,e.z,t.z),this.w=Xe(this.w,e.w,t.w),this}clampScalar(e,t){return this.x=Xe(this.x,e,t),this.y=Xe(this.y,e,t),this.z=Xe(this.z,e,t),this.w=Xe(this.w,e,t),this}clampLength(e,t){let n=this.length();return this.divideScalar(n||1).multiplyScalar(Xe(n,e,t))}floor(){return this.x=Math.floor(this.x),this.y=Math.floor(this.y),this.z=Math.floor(this.z),this.w=Math.floor(this.w),this}ceil(){return this.x=Math.ceil(this.x),this.y=Math.ceil(this.y),this.z=Math.ceil(this.z),this.w=Math.ceil(this.w),this}round(){return this.x=Math.round(this.x),this.y=Math.round(this.y),this.z=Math.round(this.z),this.w=Math.round(this.w),this}roundToZero(){return this.x=Math.trunc(this.x),this.y=Math.trunc(this.y),this.z=Math.trunc(this.z),this.w=Math.trunc(this.w),this}negate(){return this.x=-this.x,this.y=-this.y,this.z=-this.z,this.w=-this.w,this}dot(e){return this.x*e.x+this.y*e.y+this.z*e.z+this.w*e.w}lengthSq(){return this.x*this.x+this.y*this.y+this.z*this.z+this.w*this.w}length(){return Math.sqrt(this.x*this.x+this.y*this.y+this.z*this.z+this.w*this.w)}manhattanLength(){return Math.abs(this.x)+Math.abs(this.y)+Math.abs(this.z)+Math.abs(this.w)}normalize(){return this.divideScalar(this.length()||1)}setLength(e){return this.normalize().multiplyScalar(e)}lerp(e,t){return this.x+=(e.x-this.x)*t,this.y+=(e.y-this.y)*t,this.z+=(e.z-this.z)*t,this.w+=(e.w-this.w)*t,this}lerpVectors(e,t,n){return this.x=e.x+(t.x-e.x)*n,this.y=e.y+(t.y-e.y)*n,this.z=e.z+(t.z-e.z)*n,this.w=e.w+(t.w-e.w)*n,this}equals(e){return e.x===this.x&&e.y===this.y&&e.z===this.z&&e.w===this.w}fromArray(e,t=0){return this.x=e[t],this.y=e[t+1],this.z=e[t+2],this.w=e[t+3],this}toArray(e=[],t=0){return e[t]=this.x,e[t+1]=this.y,e[t+2]=this.z,e[t+3]=this.w,e}fromBufferAttribute(e,t){return this.x=e.getX(t),this.y=e.getY(t),this.z=e.getZ(t),this.w=e.getW(t),this}random(){return this.x=Math.random(),this.y=Math.random(),this.z=Math.random(),this.w=Math.random(),this}*[Symbol.iterator](){yield this.x,yield this.y,yield this.z,yield this.w}};Uc.prototype.isVector4=!0;var ut=Uc,yo=class extends vn{constructor(e=1,t=1,n={}){super(),n=Object.assign({generateMipmaps:!1,internalFormat:null,minFilter:Ct,depthBuffer:!0,stencilBuffer:!1,resolveColorBuffer:!0,resolveDepthBuffer:!0,resolveStencilBuffer:!0,storeMultisampledColorBuffer:!0,storeMultisampledDepthBuffer:!0,storeMultisampledStencilBuffer:!0,depthTexture:null,samples:0,count:1,depth:1,multiview:!1,useArrayDepthTexture:!1},n),this.isRenderTarget=!0,this.width=e,this.height=t,this.depth=n.depth,this.scissor=new ut(0,0,e,t),this.scissorTest=!1,this.viewport=new ut(0,0,e,t),this.textures=[];let r=n.count;for(let s=0;s<r;s++)this.textures[s]=new Ft({width:e,height:t,depth:n.depth}),this.textures[s].isRenderTargetTexture=!0,this.textures[s].renderTarget=this;this._setTextureOptions(n),this.depthBuffer=n.depthBuffer,this.stencilBuffer=n.stencilBuffer,this.resolveColorBuffer=n.resolveColorBuffer,this.resolveDepthBuffer=n.resolveDepthBuffer,this.resolveStencilBuffer=n.resolveStencilBuffer,this.storeMultisampledColorBuffer=n.storeMultisampledColorBuffer,this.storeMultisampledDepthBuffer=n.storeMultisampledDepthBuffer,this.storeMultisampledStencilBuffer=n.storeMultisampledStencilBuffer,this._depthTexture=null,this.depthTexture=n.depthTexture,this.samples=n.samples,this.multiview=n.multiview,this.useArrayDepthTexture=n.useArrayDepthTexture}_setTextureOptions(e={}){let t={minFilter:Ct,generateMipmaps:!1,flipY:!1,internalFormat:null};e.mapping!==void 0&&(t.mapping=e.mapping),e.wrapS!==void 0&&(t.wrapS=e.wrapS),e.wrapT!==void 0&&(t.wrapT=e.wrapT),e.wrapR!==void 0&&(t.wrapR=e.wrapR),e.magFilter!==void 0&&(t.magFilter=e.magFilter),e.minFilter!==void 0&&(t.minFilter=e.minFilter),e.format!==void 0&&(t.format=e.format),e.type!==void 0&&(t.type=e.type),e.anisotropy!==void 0&&(t.anisotropy=e.anisotropy),e.colorSpace!==void 0&&(t.colorSpace=e.colorSpace),e.flipY!==void 0&&(t.flipY=e.flipY),e.generateMipmaps!==void 0&&(t.generateMipmaps=e.generateMipmaps),e.mipmapsAutoUpdate!==void 0&&(t.mipmapsAutoUpdate=e.mipmapsAutoUpdate),e.internalFormat!==void 0&&(t.internalFormat=e.internalFormat);for(let n=0;n<this.textures.length;n++)this.textures[n].setValues(t)}get texture(){return this.textures[0]}set texture(e){this.textures[0]=e}set depthTexture(e){this._depthTexture!==null&&this._depthTexture.renderTarget===this&&(this._depthTexture.renderTarget=null),e!==null&&e.renderTarget===null&&(e.renderTarget=this),this._depthTexture=e}get depthTexture(){return this._depthTexture}setSize(e,t,n=1){if(this.width!==e||this.height!==t||this.depth!==n){this.width=e,this.height=t,this.depth=n;for(let r=0,s=this.textures.length;r<s;r++)this.textures[r].image.width=e,this.textures[r].image.height=t,this.textures[r].image.depth=n,this.textures[r].isData3DTexture!==!0&&(this.textures[r].isArrayTexture=this.textures[r].image.depth>1);this.dispose()}this.viewport.set(0,0,e,t),this.scissor.set(0,0,e,t)}clone(){return new this.constructor().copy(this)}copy(e){this.width=e.width,this.height=e.height,this.depth=e.depth,this.scissor.copy(e.scissor),this.scissorTest=e.scissorTest,this.viewport.copy(e.viewport),this.textures.length=0;for(let t=0,n=e.textures.length;t<n;t++){this.textures[t]=e.textures[t].clone(),this.textures[t].isRenderTargetTexture=!0,this.textures[t].renderTarget=this;let r=Object.assign({},e.textures[t].image);this.textures[t].source=new Yi(r)}if(this.depthBuffer=e.depthBuffer,this.stencilBuffer=e.stencilBuffer,this.resolveColorBuffer=e.resolveColorBuffer,this.resolveDepthBuffer=e.resolveDepthBuffer,this.resolveStencilBuffer=e.resolveStencilBuffer,this.storeMultisampledColorBuffer=e.storeMultisampledColorBuffer,this.storeMultisampledDepthBuffer=e.storeMultisampledDepthBuffer,this.storeMultisampledStencilBuffer=e.storeMultisampledStencilBuffer,e.depthTexture!==null)if(e.depthTexture.renderTarget===e){let t=e.depthTexture.clone();t.renderTarget=null,this.depthTexture=t}else this.depthTexture=e.depthTexture;else this.depthTexture=null;return this.samples=e.samples,this.multiview=e.multiview,this.useArrayDepthTexture=e.useArrayDepthTexture,this}dispose(){this.dispatchEvent({type:"dispose"})}},qt=class extends yo{constructor(e=1,t=1,n={}){super(e,t,n),this.isWebGLRenderTarget=!0}},Or=class extends Ft{constructor(e=null,t=1,n=1,r=1){super(null),this.isDataArrayTexture=!0,this.image={data:e,width:t,height:n,depth:r},this.magFilter=gt,this.minFilter=gt,this.wrapR=xn,this.generateMipmaps=!1,this.flipY=!1,this.unpackAlignment=1,this.layerUpdates=new Set}copy(e){return super.copy(e),this.wrapR=e.wrapR,this}addLayerUpdate(e){this.layerUpdates.add(e)}clearLayerUpdates(){this.layerUpdates.clear()}};var xo=class extends Ft{constructor(e=null,t=1,n=1,r=1){super(null),this.isData3DTexture=!0,this.image={data:e,width:t,height:n,depth:r},this.magFilter=gt,this.minFilter=gt,this.wrapR=xn,this.generateMipmaps=!1,this.flipY=!1,this.unpackAlignment=1}copy(e){return super.copy(e),this.wrapR=e.wrapR,this}};var ko=class ko{constructor(e,t,n,r,s,o,a,l,c,u,h,d,f,p,y,g){this.elements=[1,0,0,0,0,1,0,0,0,0,1,0,0,0,0,1],e!==void 0&&this.set(e,t,n,r,s,o,a,l,c,u,h,d,f,p,y,g)}set(e,t,n,r,s,o,a,l,c,u,h,d,f,p,y,g){let m=this.elements;return m[0]=e,m[4]=t,m[8]=n,m[12]=r,m[1]=s,m[5]=o,m[9]=a,m[13]=l,m[2]=c,m[6]=u,m[10]=h,m[14]=d,m[3]=f,m[7]=p,m[11]=y,m[15]=g,this}identity(){return this.set(1,0,0,0,0,1,0,0,0,0,1,0,0,0,0,1),this}clone(){return new ko().fromArray(this.elements)}copy(e){let t=this.elements,n=e.elements;return t[0]=n[0],t[1]=n[1],t[2]=n[2],t[3]=n[3],t[4]=n[4],t[5]=n[5],t[6]=n[6],t[7]=n[7],t[8]=n[8],t[9]=n[9],t[10]=n[10],t[11]=n[11],t[12]=n[12],t[13]=n[13],t[14]=n[14],t[15]=n[15],this}copyPosition(e){let t=this.elements,n=e.elements;return t[12]=n[12],t[13]=n[13],t[14]=n[14],this}setFromMatrix3(e){let t=e.elements;return this.set(t[0],t[3],t[6],0,t[1],t[4],t[7],0,t[2],t[5],t[8],0,0,0,0,1),this}extractBasis(e,t,n){return this.determinantAffine()===0?(e.set(1,0,0),t.set(0,1,0),n.set(0,0,1),this):(e.setFromMatrixColumn(this,0),t.setFromMatrixColumn(this,1),n.setFromMatrixColumn(this,2),this)}makeBasis(e,t,n){return this.set(e.x,t.x,n.x,0,e.y,t.y,n.y,0,e.z,t.z,n.z,0,0,0,0,1),this}extractRotation(e){if(e.determinantAffine()===0)return this.identity();let t=this.elements,n=e.elements,r=1/Ni.setFromMatrixColumn(e,0).length(),s=1/Ni.setFromMatrixColumn(e,1).length(),o=1/Ni.setFromMatrixColumn(e,2).length();return t[0]=n[0]*r,t[1]=n[1]*r,t[2]=n[2]*r,t[3]=0,t[4]=n[4]*s,t[5]=n[5]*s,t[6]=n[6]*s,t[7]=0,t[8]=n[8]*o,t[9]=n[9]*o,t[10]=n[10]*o,t[11]=0,t[12]=0,t[13]=0,t[14]=0,t[15]=1,this}makeRotationFromEuler(e){let t=this.elements,n=e.x,r=e.y,s=e.z,o=Math.cos(n),a=Math.sin(n),l=Math.cos(r),c=Math.sin(r),u=Math.cos(s),h=Math.sin(s);if(e.order==="XYZ"){let d=o*u,f=o*h,p=a*u,y=a*h;t[0]=l*u,t[4]=-l*h,t[8]=c,t[1]=f+p*c,t[5]=d-y*c,t[9]=-a*l,t[2]=y-d*c,t[6]=p+f*c,t[10]=o*l}else if(e.order==="YXZ"){let d=l*u,f=l*h,p=c*u,y=c*h;t[0]=d+y*a,t[4]=p*a-f,t[8]=o*c,t[1]=o*h,t[5]=o*u,t[9]=-a,t[2]=f*a-p,t[6]=y+d*a,t[10]=o*l}else if(e.order==="ZXY"){let d=l*u,f=l*h,p=c*u,y=c*h;t[0]=d-y*a,t[4]=-o*h,t[8]=p+f*a,t[1]=f+p*a,t[5]=o*u,t[9]=y-d*a,t[2]=-o*c,t[6]=a,t[10]=o*l}else if(e.order==="ZYX"){let d=o*u,f=o*h,p=a*u,y=a*h;t[0]=l*u,t[4]=p*c-f,t[8]=d*c+y,t[1]=l*h,t[5]=y*c+d,t[9]=f*c-p,t[2]=-c,t[6]=a*l,t[10]=o*l}else if(e.order==="YZX"){let d=o*l,f=o*c,p=a*l,y=a*c;t[0]=l*u,t[4]=y-d*h,t[8]=p*h+f,t[1]=h,t[5]=o*u,t[9]=-a*u,t[2]=-c*u,t[6]=f*h+p,t[10]=d-y*h}else if(e.order==="XZY"){let d=o*l,f=o*c,p=a*l,y=a*c;t[0]=l*u,t[4]=-h,t[8]=c*u,t[1]=d*h+y,t[5]=o*u,t[9]=f*h-p,t[2]=p*h-f,t[6]=a*u,t[10]=y*h+d}return t[3]=0,t[7]=0,t[11]=0,t[12]=0,t[13]=0,t[14]=0,t[15]=1,this}makeRotationFromQuaternion(e){return this.compose(Qm,e,eg)}lookAt(e,t,n){let r=this.elements;return Wt.subVectors(e,t),Wt.lengthSq()===0&&(Wt.z=1),Wt.normalize(),$n.crossVectors(n,Wt),$n.lengthSq()===0&&(Math.abs(n.z)===1?Wt.x+=1e-4:Wt.z+=1e-4,Wt.normalize(),$n.crossVectors(n,Wt)),$n.normalize(),Ls.crossVectors(Wt,$n),r[0]=$n.x,r[4]=Ls.x,r[8]=Wt.x,r[1]=$n.y,r[5]=Ls.y,r[9]=Wt.y,r[2]=$n.z,r[6]=Ls.z,r[10]=Wt.z,this}multiply(e){return this.multiplyMatrices(this,e)}premultiply(e){return this.multiplyMatrices(e,this)}multiplyMatrices(e,t){let n=e.elements,r=t.elements,s=this.elements,o=n[0],a=n[4],l=n[8],c=n[12],u=n[1],h=n[5],d=n[9],f=n[13],p=n[2],y=n[6],g=n[10],m=n[14],x=n[3],_=n[7],b=n[11],w=n[15],A=r[0],v=r[4],S=r[8],N=r[12],I=r[1],R=r[5],C=r[9],D=r[13],L=r[2],z=r[6],k=r[10],B=r[14],Y=r[3],V=r[7],j=r[11],ne=r[15];return s[0]=o*A+a*I+l*L+c*Y,s[4]=o*v+a*R+l*z+c*V,s[8]=o*S+a*C+l*k+c*j,s[12]=o*N+a*D+l*B+c*ne,s[1]=u*A+h*I+d*L+f*Y,s[5]=u*v+h*R+d*z+f*V,s[9]=u*S+h*C+d*k+f*j,s[13]=u*N+h*D+d*B+f*ne,s[2]=p*A+y*I+g*L+m*Y,s[6]=p*v+y*R+g*z+m*V,s[10]=p*S+y*C+g*k+m*j,s[14]=p*N+y*D+g*B+m*ne,s[3]=x*A+_*I+b*L+w*Y,s[7]=x*v+_*R+b*z+w*V,s[11]=x*S+_*C+b*k+w*j,s[15]=x*N+_*D+b*B+w*ne,this}multiplyScalar(e){let t=this.elements;return t[0]*=e,t[4]*=e,t[8]*=e,t[12]*=e,t[1]*=e,t[5]*=e,t[9]*=e,t[13]*=e,t[2]*=e,t[6]*=e,t[10]*=e,t[14]*=e,t[3]*=e,t[7]*=e,t[11]*=e,t[15]*=e,this}determinant(){let e=this.elements,t=e[0],n=e[4],r=e[8],s=e[12],o=e[1],a=e[5],l=e[9],c=e[13],u=e[2],h=e[6],d=e[10],f=e[14],p=e[3],y=e[7],g=e[11],m=e[15],x=l*f-c*d,_=a*f-c*h,b=a*d-l*h,w=o*f-c*u,A=o*d-l*u,v=o*h-a*u;return t*(y*x-g*_+m*b)-n*(p*x-g*w+m*A)+r*(p*_-y*w+m*v)-s*(p*b-y*A+g*v)}determinantAffine(){let e=this.elements,t=e[0],n=e[4],r=e[8],s=e[1],o=e[5],a=e[9],l=e[2],c=e[6],u=e[10];return t*(o*u-a*c)-n*(s*u-a*l)+r*(s*c-o*l)}transpose(){let e=this.elements,t;return t=e[1],e[1]=e[4],e[4]=t,t=e[2],e[2]=e[8],e[8]=t,t=e[6],e[6]=e[9],e[9]=t,t=e[3],e[3]=e[12],e[12]=t,t=e[7],e[7]=e[13],e[13]=t,t=e[11],e[11]=e[14],e[14]=t,this}setPosition(e,t,n){let r=this.elements;return e.isVector3?(r[12]=e.x,r[13]=e.y,r[14]=e.z):(r[12]=e,r[13]=t,r[14]=n),this}invert(){let e=this.elements,t=e[0],n=e[1],r=e[2],s=e[3],o=e[4],a=e[5],l=e[6],c=e[7],u=e[8],h=e[9],d=e[10],f=e[11],p=e[12],y=e[13],g=e[14],m=e[15],x=t*a-n*o,_=t*l-r*o,b=t*c-s*o,w=n*l-r*a,A=n*c-s*a,v=r*c-s*l,S=u*y-h*p,N=u*g-d*p,I=u*m-f*p,R=h*g-d*y,C=h*m-f*y,D=d*m-f*g,L=x*D-_*C+b*R+w*I-A*N+v*S;if(L===0)return this.set(0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0);let z=1/L;return e[0]=(a*D-l*C+c*R)*z,e[1]=(r*C-n*D-s*R)*z,e[2]=(y*v-g*A+m*w)*z,e[3]=(d*A-h*v-f*w)*z,e[4]=(l*I-o*D-c*N)*z,e[5]=(t*D-r*I+s*N)*z,e[6]=(g*b-p*v-m*_)*z,e[7]=(u*v-d*b+f*_)*z,e[8]=(o*C-a*I+c*S)*z,e[9]=(n*I-t*C-s*S)*z,e[10]=(p*A-y*b+m*x)*z,e[11]=(h*b-u*A-f*x)*z,e[12]=(a*N-o*R-l*S)*z,e[13]=(t*R-n*N+r*S)*z,e[14]=(y*_-p*w-g*x)*z,e[15]=(u*w-h*_+d*x)*z,this}scale(e){let t=this.elements,n=e.x,r=e.y,s=e.z;return t[0]*=n,t[4]*=r,t[8]*=s,t[1]*=n,t[5]*=r,t[9]*=s,t[2]*=n,t[6]*=r,t[10]*=s,t[3]*=n,t[7]*=r,t[11]*=s,this}getMaxScaleOnAxis(){let e=this.elements,t=e[0]*e[0]+e[1]*e[1]+e[2]*e[2],n=e[4]*e[4]+e[5]*e[5]+e[6]*e[6],r=e[8]*e[8]+e[9]*e[9]+e[10]*e[10];return Math.sqrt(Math.max(t,n,r))}makeTranslation(e,t,n){return e.isVector3?this.set(1,0,0,e.x,0,1,0,e.y,0,0,1,e.z,0,0,0,1):this.set(1,0,0,e,0,1,0,t,0,0,1,n,0,0,0,1),this}makeRotationX(e){let t=Math.cos(e),n=Math.sin(e);return this.set(1,0,0,0,0,t,-n,0,0,n,t,0,0,0,0,1),this}makeRotationY(e){let t=Math.cos(e),n=Math.sin(e);return this.set(t,0,n,0,0,1,0,0,-n,0,t,0,0,0,0,1),this}makeRotationZ(e){let t=Math.cos(e),n=Math.sin(e);return this.set(t,-n,0,0,n,t,0,0,0,0,1,0,0,0,0,1),this}makeRotationAxis(e,t){let n=Math.cos(t),r=Math.sin(t),s=1-n,o=e.x,a=e.y,l=e.z,c=s*o,u=s*a;return this.set(c*o+n,c*a-r*l,c*l+r*a,0,c*a+r*l,u*a+n,u*l-r*o,0,c*l-r*a,u*l+r*o,s*l*l+n,0,0,0,0,1),this}makeScale(e,t,n){return this.set(e,0,0,0,0,t,0,0,0,0,n,0,0,0,0,1),this}makeShear(e,t,n,r,s,o){return this.set(1,n,s,0,e,1,o,0,t,r,1,0,0,0,0,1),this}compose(e,t,n){let r=this.elements,s=t._x,o=t._y,a=t._z,l=t._w,c=s+s,u=o+o,h=a+a,d=s*c,f=s*u,p=s*h,y=o*u,g=o*h,m=a*h,x=l*c,_=l*u,b=l*h,w=n.x,A=n.y,v=n.z;return r[0]=(1-(y+m))*w,r[1]=(f+b)*w,r[2]=(p-_)*w,r[3]=0,r[4]=(f-b)*A,r[5]=(1-(d+m))*A,r[6]=(g+x)*A,r[7]=0,r[8]=(p+_)*v,r[9]=(g-x)*v,r[10]=(1-(d+y))*v,r[11]=0,r[12]=e.x,r[13]=e.y,r[14]=e.z,r[15]=1,this}decompose(e,t,n){let r=this.elements;e.x=r[12],e.y=r[13],e.z=r[14];let s=this.determinantAffine();if(s===0)return n.set(1,1,1),t.identity(),this;let o=Ni.set(r[0],r[1],r[2]).length(),a=Ni.set(r[4],r[5],r[6]).length(),l=Ni.set(r[8],r[9],r[10]).length();s<0&&(o=-o),ln.copy(this);let c=1/o,u=1/a,h=1/l;return ln.elements[0]*=c,ln.elements[1]*=c,ln.elements[2]*=c,ln.elements[4]*=u,ln.elements[5]*=u,ln.elements[6]*=u,ln.elements[8]*=h,ln.elements[9]*=h,ln.elements[10]*=h,t.setFromRotationMatrix(ln),n.x=o,n.y=a,n.z=l,this}makePerspective(e,t,n,r,s,o,a=rn,l=!1){let c=this.elements,u=2*s/(t-e),h=2*s/(n-r),d=(t+e)/(t-e),f=(n+r)/(n-r),p,y;if(l)p=s/(o-s),y=o*s/(o-s);else if(a===rn)p=-(o+s)/(o-s),y=-2*o*s/(o-s);else if(a===Dr)p=-o/(o-s),y=-o*s/(o-s);else throw new Error("THREE.Matrix4.makePerspective(): Invalid coordinate system: "+a);return c[0]=u,c[4]=0,c[8]=d,c[12]=0,c[1]=0,c[5]=h,c[9]=f,c[13]=0,c[2]=0,c[6]=0,c[10]=p,c[14]=y,c[3]=0,c[7]=0,c[11]=-1,c[15]=0,this}makeOrthographic(e,t,n,r,s,o,a=rn,l=!1){let c=this.elements,u=2/(t-e),h=2/(n-r),d=-(t+e)/(t-e),f=-(n+r)/(n-r),p,y;if(l)p=1/(o-s),y=o/(o-s);else if(a===rn)p=-2/(o-s),y=-(o+s)/(o-s);else if(a===Dr)p=-1/(o-s),y=-s/(o-s);else throw new Error("THREE.Matrix4.makeOrthographic(): Invalid coordinate system: "+a);return c[0]=u,c[4]=0,c[8]=0,c[12]=d,c[1]=0,c[5]=h,c[9]=0,c[13]=f,c[2]=0,c[6]=0,c[10]=p,c[14]=y,c[3]=0,c[7]=0,c[11]=0,c[15]=1,this}equals(e){let t=this.elements,n=e.elements;for(let r=0;r<16;r++)if(t[r]!==n[r])return!1;return!0}fromArray(e,t=0){for(let n=0;n<16;n++)this.elements[n]=e[n+t];return this}toArray(e=[],t=0){let n=this.elements;return e[t]=n[0],e[t+1]=n[1],e[t+2]=n[2],e[t+3]=n[3],e[t+4]=n[4],e[t+5]=n[5],e[t+6]=n[6],e[t+7]=n[7],e[t+8]=n[8],e[t+9]=n[9],e[t+10]=n[10],e[t+11]=n[11],e[t+12]=n[12],e[t+13]=n[13],e[t+14]=n[14],e[t+15]=n[15],e}};ko.prototype.isMatrix4=!0;var nt=ko,Ni=new $,ln=new nt,Qm=new $(0,0,0),eg=new $(1,1,1),$n=new $,Ls=new $,Wt=new $,hh=new nt,dh=new bn,Zn=class i{constructor(e=0,t=0,n=0,r=i.DEFAULT_ORDER){this.isEuler=!0,this._x=e,this._y=t,this._z=n,this._order=r}get x(){return this._x}set x(e){this._x=e,this._onChangeCallback()}get y(){return this._y}set y(e){this._y=e,this._onChangeCallback()}get z(){return this._z}set z(e){this._z=e,this._onChangeCallback()}get order(){return this._order}set order(e){this._order=e,this._onChangeCallback()}set(e,t,n,r=this._order){return this._x=e,this._y=t,this._z=n,this._order=r,this._onChangeCallback(),this}clone(){return new this.constructor(this._x,this._y,this._z,this._order)}copy(e){return this._x=e._x,this._y=e._y,this._z=e._z,this._order=e._order,this._onChangeCallback(),this}setFromRotationMatrix(e,t=this._order,n=!0){let r=e.elements,s=r[0],o=r[4],a=r[8],l=r[1],c=r[5],u=r[9],h=r[2],d=r[6],f=r[10];switch(t){case"XYZ":this._y=Math.asin(Xe(a,-1,1)),Math.abs(a)<.9999999?(this._x=Math.atan2(-u,f),this._z=Math.atan2(-o,s)):(this._x=Math.atan2(d,c),this._z=0);break;case"YXZ":this._x=Math.asin(-Xe(u,-1,1)),Math.abs(u)<.9999999?(this._y=Math.atan2(a,f),this._z=Math.atan2(l,c)):(this._y=Math.atan2(-h,s),this._z=0);break;case"ZXY":this._x=Math.asin(Xe(d,-1,1)),Math.abs(d)<.9999999?(this._y=Math.atan2(-h,f),this._z=Math.atan2(-o,c)):(this._y=0,this._z=Math.atan2(l,s));break;case"ZYX":this._y=Math.asin(-Xe(h,-1,1)),Math.abs(h)<.9999999?(this._x=Math.atan2(d,f),this._z=Math.atan2(l,s)):(this._x=0,this._z=Math.atan2(-o,c));break;case"YZX":this._z=Math.asin(Xe(l,-1,1)),Math.abs(l)<.9999999?(this._x=Math.atan2(-u,c),this._y=Math.atan2(-h,s)):(this._x=0,this._y=Math.atan2(a,f));break;case"XZY":this._z=Math.asin(-Xe(o,-1,1)),Math.abs(o)<.9999999?(this._x=Math.atan2(d,c),this._y=Math.atan2(a,s)):(this._x=Math.atan2(-u,f),this._y=0);break;default:Re("Euler: .setFromRotationMatrix() encountered an unknown order: "+t)}return this._order=t,n===!0&&this._onChangeCallback(),this}setFromQuaternion(e,t,n){return hh.makeRotationFromQuaternion(e),this.setFromRotationMatrix(hh,t,n)}setFromVector3(e,t=this._order){return this.set(e.x,e.y,e.z,t)}reorder(e){return dh.setFromEuler(this),this.setFromQuaternion(dh,e)}equals(e){return e._x===this._x&&e._y===this._y&&e._z===this._z&&e._order===this._order}fromArray(e){return this._x=e[0],this._y=e[1],this._z=e[2],e[3]!==void 0&&(this._order=e[3]),this._onChangeCallback(),this}toArray(e=[],t=0){return e[t]=this._x,e[t+1]=this._y,e[t+2]=this._z,e[t+3]=this._order,e}_onChange(e){return this._onChangeCallback=e,this}_onChangeCallback(){}*[Symbol.iterator](){yield this._x,yield this._y,yield this._z,yield this._order}};Zn.DEFAULT_ORDER="XYZ";var Br=class{constructor(){this.mask=1}set(e){this.mask=(1<<e|0)>>>0}enable(e){this.mask|=1<<e|0}enableAll(){this.mask=-1}toggle(e){this.mask^=1<<e|0}disable(e){this.mask&=~(1<<e|0)}disableAll(){this.mask=0}test(e){return(this.mask&e.mask)!==0}isEnabled(e){return(this.mask&(1<<e|0))!==0}},tg=0,fh=new $,Fi=new bn,Rn=new nt,Ns=new $,Er=new $,ng=new $,ig=new bn,ph=new $(1,0,0),mh=new $(0,1,0),gh=new $(0,0,1),yh={type:"added"},rg={type:"removed"},Di={type:"childadded",child:null},Ll={type:"childremoved",child:null},Vt=class i extends vn{constructor(){super(),this.isObject3D=!0,Object.defineProperty(this,"id",{value:tg++}),this.uuid=rs(),this.name="",this.type="Object3D",this.parent=null,this.children=[],this.up=i.DEFAULT_UP.clone();let e=new $,t=new Zn,n=new bn,r=new $(1,1,1);function s(){n.setFromEuler(t,!1)}function o(){t.setFromQuaternion(n,void 0,!1)}t._onChange(s),n._onChange(o),Object.defineProperties(this,{position:{configurable:!0,enumerable:!0,value:e},rotation:{configurable:!0,enumerable:!0,value:t},quaternion:{configurable:!0,enumerable:!0,value:n},scale:{configurable:!0,enumerable:!0,value:r},modelViewMatrix:{value:new nt},normalMatrix:{value:new Ne}}),this.matrix=new nt,this.matrixWorld=new nt,this.matrixAutoUpdate=i.DEFAULT_MATRIX_AUTO_UPDATE,this.matrixWorldAutoUpdate=i.DEFAULT_MATRIX_WORLD_AUTO_UPDATE,this.matrixWorldNeedsUpdate=!1,this.layers=new Br,this.visible=!0,this.castShadow=!1,this.receiveShadow=!1,this.frustumCulled=!0,this.renderOrder=0,this.animations=[],this.customDepthMaterial=void 0,this.customDistanceMaterial=void 0,this.static=!1,this.userData={},this.pivot=null}onBeforeShadow(){}onAfterShadow(){}onBeforeRender(){}onAfterRender(){}applyMatrix4(e){this.matrixAutoUpdate&&this.updateMatrix(),this.matrix.premultiply(e),this.matrix.decompose(this.position,this.quaternion,this.scale),this.pivot!==null&&this.position.copy(this.pivot).applyMatrix4(this.matrix).sub(this.pivot)}applyQuaternion(e){return this.quaternion.premultiply(e),this}setRotationFromAxisAngle(e,t){this.quaternion.setFromAxisAngle(e,t)}setRotationFromEuler(e){this.quaternion.setFromEuler(e,!0)}setRotationFromMatrix(e){this.quaternion.setFromRotationMatrix(e)}setRotationFromQuaternion(e){this.quaternion.copy(e)}rotateOnAxis(e,t){return Fi.setFromAxisAngle(e,t),this.quaternion.multiply(Fi),this}rotateOnWorldAxis(e,t){return Fi.setFromAxisAngle(e,t),this.quaternion.premultiply(Fi),this}rotateX(e){return this.rotateOnAxis(ph,e)}rotateY(e){return this.rotateOnAxis(mh,e)}rotateZ(e){return this.rotateOnAxis(gh,e)}translateOnAxis(e,t){return fh.copy(e).applyQuaternion(this.quaternion),this.position.add(fh.multiplyScalar(t)),this}translateX(e){return this.translateOnAxis(ph,e)}translateY(e){return this.translateOnAxis(mh,e)}translateZ(e){return this.translateOnAxis(gh,e)}localToWorld(e){return this.updateWorldMatrix(!0,!1),e.applyMatrix4(this.matrixWorld)}worldToLocal(e){return this.updateWorldMatrix(!0,!1),e.applyMatrix4(Rn.copy(this.matrixWorld).invert())}lookAt(e,t,n){e.isVector3?Ns.copy(e):Ns.set(e,t,n);let r=this.parent;this.updateWorldMatrix(!0,!1),Er.setFromMatrixPosition(this.matrixWorld),this.isCamera||this.isLight?Rn.lookAt(Er,Ns,this.up):Rn.lookAt(Ns,Er,this.up),this.quaternion.setFromRotationMatrix(Rn),r&&(Rn.extractRotation(r.matrixWorld),Fi.setFromRotationMatrix(Rn),this.quaternion.premultiply(Fi.invert()))}add(e){if(arguments.length>1){for(let t=0;t<arguments.length;t++)this.add(arguments[t]);return this}return e===this?(Le("Object3D.add: object can't be added as a child of itself.",e),this):(e&&e.isObject3D?(e.removeFromParent(),e.parent=this,this.children.push(e),e.dispatchEvent(yh),Di.child=e,this.dispatchEvent(Di),Di.child=null):Le("Object3D.add: object not an instance of THREE.Object3D.",e),this)}remove(e){if(arguments.length>1){for(let n=0;n<arguments.length;n++)this.remove(arguments[n]);return this}let t=this.children.indexOf(e);return t!==-1&&(e.parent=null,this.children.splice(t,1),e.dispatchEvent(rg),Ll.child=e,this.dispatchEvent(Ll),Ll.child=null),this}removeFromParent(){let e=this.parent;return e!==null&&e.remove(this),this}clear(){return this.remove(...this.children)}attach(e){return this.updateWorldMatrix(!0,!1),Rn.copy(this.matrixWorld).invert(),e.parent!==null&&(e.parent.updateWorldMatrix(!0,!1),Rn.multiply(e.parent.matrixWorld)),e.applyMatrix4(Rn),e.removeFromParent(),e.parent=this,this.children.push(e),e.updateWorldMatrix(!1,!0),e.dispatchEvent(yh),Di.child=e,this.dispatchEvent(Di),Di.child=null,this}getObjectById(e){return this.getObjectByProperty("id",e)}getObjectByName(e){return this.getObjectByProperty("name",e)}getObjectByProperty(e,t){if(this[e]===t)return this;for(let n=0,r=this.children.length;n<r;n++){let o=this.children[n].getObjectByProperty(e,t);if(o!==void 0)return o}}getObjectsByProperty(e,t,n=[]){this[e]===t&&n.push(this);let r=this.children;for(let s=0,o=r.length;s<o;s++)r[s].getObjectsByProperty(e,t,n);return n}getWorldPosition(e){return this.updateWorldMatrix(!0,!1),e.setFromMatrixPosition(this.matrixWorld)}getWorldQuaternion(e){return this.updateWorldMatrix(!0,!1),this.matrixWorld.decompose(Er,e,ng),e}getWorldScale(e){return this.updateWorldMatrix(!0,!1),this.matrixWorld.decompose(Er,ig,e),e}getWorldDirection(e){this.updateWorldMatrix(!0,!1);let t=this.matrixWorld.elements;return e.set(t[8],t[9],t[10]).normalize()}raycast(){}intersectsFrustum(){return!0}traverse(e){e(this);let t=this.children;for(let n=0,r=t.length;n<r;n++)t[n].traverse(e)}traverseVisible(e){if(this.visible===!1)return;e(this);let t=this.children;for(let n=0,r=t.length;n<r;n++)t[n].traverseVisible(e)}traverseAncestors(e){let t=this.parent;t!==null&&(e(t),t.traverseAncestors(e))}updateMatrix(){this.matrix.compose(this.position,this.quaternion,this.scale);let e=this.pivot;if(e!==null){let t=e.x,n=e.y,r=e.z,s=this.matrix.elements;s[12]+=t-s[0]*t-s[4]*n-s[8]*r,s[13]+=n-s[1]*t-s[5]*n-s[9]*r,s[14]+=r-s[2]*t-s[6]*n-s[10]*r}this.matrixWorldNeedsUpdate=!0}updateMatrixWorld(e){this.matrixAutoUpdate&&this.updateMatrix(),(this.matrixWorldNeedsUpdate||e)&&(this.matrixWorldAutoUpdate===!0&&(this.parent===null?this.matrixWorld.copy(this.matrix):this.matrixWorld.multiplyMatrices(this.parent.matrixWorld,this.matrix)),this.matrixWorldNeedsUpdate=!1,e=!0);let t=this.children;for(let n=0,r=t.length;n<r;n++)t[n].updateMatrixWorld(e)}updateWorldMatrix(e,t,n=!1){let r=this.parent;if(e===!0&&r!==null&&r.updateWorldMatrix(!0,!1),this.matrixAutoUpdate&&this.updateMatrix(),(this.matrixWorldNeedsUpdate||n)&&(this.matrixWorldAutoUpdate===!0&&(this.parent===null?this.matrixWorld.copy(this.matrix):this.matrixWorld.multiplyMatrices(this.parent.matrixWorld,this.matrix)),this.matrixWorldNeedsUpdate=!1,n=!0),t===!0){let s=this.children;for(let o=0,a=s.length;o<a;o++)s[o].updateWorldMatrix(!1,!0,n)}}toJSON(e){let t=e===void 0||typeof e=="string",n={};t&&(e={geometries:{},materials:{},textures:{},images:{},shapes:{},skeletons:{},animations:{},nodes:{}},n.metadata={version:4.7,type:"Object",generator:"Object3D.toJSON"});let r={};r.uuid=this.uuid,r.type=this.type,r.name=this.name,r.castShadow=this.castShadow,r.receiveShadow=this.receiveShadow,r.visible=this.visible,r.frustumCulled=this.frustumCulled,r.renderOrder=this.renderOrder,r.static=this.static,r.matrixAutoUpdate=this.matrixAutoUpdate,Object.keys(this.userData).length>0&&(r.userData=this.userData),r.layers=this.layers.mask,r.matrix=this.matrix.toArray(),r.up=this.up.toArray(),this.pivot!==null&&(r.pivot=this.pivot.toArray()),this.morphTargetDictionary!==void 0&&(r.morphTargetDictionary=Object.assign({},this.morphTargetDictionary)),this.morphTargetInfluences!==void 0&&(r.morphTargetInfluences=this.morphTargetInfluences.slice()),this.isInstancedMesh&&(r.type="InstancedMesh",r.count=this.count,r.instanceMatrix=this.instanceMatrix.toJSON(),this.instanceColor!==null&&(r.instanceColor=this.instanceColor.toJSON())),this.isBatchedMesh&&(r.type="BatchedMesh",r.perObjectFrustumCulled=this.perObjectFrustumCulled,r.sortObjects=this.sortObjects,r.drawRanges=this._drawRanges,r.reservedRanges=this._reservedRanges,r.geometryInfo=this._geometryInfo.map(a=>({...a,boundingBox:a.boundingBox?a.boundingBox.toJSON():void 0,boundingSphere:a.boundingSphere?a.boundingSphere.toJSON():void 0})),r.instanceInfo=this._instanceInfo.map(a=>({...a})),r.availableInstanceIds=this._availableInstanceIds.slice(),r.availableGeometryIds=this._availableGeometryIds.slice(),r.nextIndexStart=this._nextIndexStart,r.nextVertexStart=this._nextVertexStart,r.geometryCount=this._geometryCount,r.maxInstanceCount=this._maxInstanceCount,r.maxVertexCount=this._maxVertexCount,r.maxIndexCount=this._maxIndexCount,r.geometryInitialized=this._geometryInitialized,r.matricesTexture=this._matricesTexture.toJSON(e),r.indirectTexture=this._indirectTexture.toJSON(e),this._colorsTexture!==null&&(r.colorsTexture=this._colorsTexture.toJSON(e)),this.boundingSphere!==null&&(r.boundingSphere=this.boundingSphere.toJSON()),this.boundingBox!==null&&(r.boundingBox=this.boundingBox.toJSON()));function s(a,l){return a[l.uuid]===void 0&&(a[l.uuid]=l.toJSON(e)),l.uuid}if(this.isScene)this.background&&(this.background.isColor?r.background=this.background.toJSON():this.background.isTexture&&(r.background=this.background.toJSON(e).uuid)),this.environment&&this.environment.isTexture&&this.environment.isRenderTargetTexture!==!0&&(r.environment=this.environment.toJSON(e).uuid);else if(this.isMesh||this.isLine||this.isPoints){r.geometry=s(e.geometries,this.geometry);let a=this.geometry.parameters;if(a!==void 0&&a.shapes!==void 0){let l=a.shapes;if(Array.isArray(l))for(let c=0,u=l.length;c<u;c++){let h=l[c];s(e.shapes,h)}else s(e.shapes,l)}}if(this.isSkinnedMesh&&(r.bindMode=this.bindMode,r.bindMatrix=this.bindMatrix.toArray(),this.skeleton!==void 0&&(s(e.skeletons,this.skeleton),r.skeleton=this.skeleton.uuid)),this.material!==void 0)if(Array.isArray(this.material)){let a=[];for(let l=0,c=this.material.length;l<c;l++)a.push(s(e.materials,this.material[l]));r.material=a}else r.material=s(e.materials,this.material);if(this.children.length>0){r.children=[];for(let a=0;a<this.children.length;a++)r.children.push(this.children[a].toJSON(e).object)}if(this.animations.length>0){r.animations=[];for(let a=0;a<this.animations.length;a++){let l=this.animations[a];r.animations.push(s(e.animations,l))}}if(t){let a=o(e.geometries),l=o(e.materials),c=o(e.textures),u=o(e.images),h=o(e.shapes),d=o(e.skeletons),f=o(e.animations),p=o(e.nodes);a.length>0&&(n.geometries=a),l.length>0&&(n.materials=l),c.length>0&&(n.textures=c),u.length>0&&(n.images=u),h.length>0&&(n.shapes=h),d.length>0&&(n.skeletons=d),f.length>0&&(n.animations=f),p.length>0&&(n.nodes=p)}return n.object=r,n;function o(a){let l=[];for(let c in a){let u=a[c];delete u.metadata,l.push(u)}return l}}clone(e){return new this.constructor().copy(this,e)}copy(e,t=!0){if(this.name=e.name,this.up.copy(e.up),this.position.copy(e.position),this.rotation.order=e.rotation.order,this.quaternion.copy(e.quaternion),this.scale.copy(e.scale),this.pivot=e.pivot!==null?e.pivot.clone():null,this.matrix.copy(e.matrix),this.matrixWorld.copy(e.matrixWorld),this.matrixAutoUpdate=e.matrixAutoUpdate,this.matrixWorldAutoUpdate=e.matrixWorldAutoUpdate,this.matrixWorldNeedsUpdate=e.matrixWorldNeedsUpdate,this.layers.mask=e.layers.mask,this.visible=e.visible,this.castShadow=e.castShadow,this.receiveShadow=e.receiveShadow,this.frustumCulled=e.frustumCulled,this.renderOrder=e.renderOrder,this.static=e.static,this.animations=e.animations.slice(),this.userData=JSON.parse(JSON.stringify(e.userData)),t===!0)for(let n=0;n<e.children.length;n++){let r=e.children[n];this.add(r.clone())}return this}dispose(){this.dispatchEvent({type:"dispose"})}};Vt.DEFAULT_UP=new $(0,1,0);Vt.DEFAULT_MATRIX_AUTO_UPDATE=!0;Vt.DEFAULT_MATRIX_WORLD_AUTO_UPDATE=!0;var gi=class extends Vt{constructor(){super(),this.isGroup=!0,this.type="Group"}},sg={type:"move"},Ki=class{constructor(){this._targetRay=null,this._grip=null,this._hand=null}getHandSpace(){return this._hand===null&&(this._hand=new gi,this._hand.matrixAutoUpdate=!1,this._hand.visible=!1,this._hand.joints={},this._hand.inputState={pinching:!1}),this._hand}getTargetRaySpace(){return this._targetRay===null&&(this._targetRay=new gi,this._targetRay.matrixAutoUpdate=!1,this._targetRay.visible=!1,this._targetRay.hasLinearVelocity=!1,this._targetRay.linearVelocity=new $,this._targetRay.hasAngularVelocity=!1,this._targetRay.angularVelocity=new $),this._targetRay}getGripSpace(){return this._grip===null&&(this._grip=new gi,this._grip.matrixAutoUpdate=!1,this._grip.visible=!1,this._grip.hasLinearVelocity=!1,this._grip.linearVelocity=new $,this._grip.hasAngularVelocity=!1,this._grip.angularVelocity=new $,this._grip.eventsEnabled=!1),this._grip}dispatchEvent(e){return this._targetRay!==null&&this._targetRay.dispatchEvent(e),this._grip!==null&&this._grip.dispatchEvent(e),this._hand!==null&&this._hand.dispatchEvent(e),this}connect(e){if(e&&e.hand){let t=this._hand;if(t)for(let n of e.hand.values())this._getHandJoint(t,n)}return this.dispatchEvent({type:"connected",data:e}),this}disconnect(e){return this.dispatchEvent({type:"disconnected",data:e}),this._targetRay!==null&&(this._targetRay.visible=!1),this._grip!==null&&(this._grip.visible=!1),this._hand!==null&&(this._hand.visible=!1),this}update(e,t,n){let r=null,s=null,o=null,a=this._targetRay,l=this._grip,c=this._hand;if(e&&t.session.visibilityState!=="visible-blurred"){if(c&&e.hand){o=!0;for(let y of e.hand.values()){let g=t.getJointPose(y,n),m=this._getHandJoint(c,y);g!==null&&(m.matrix.fromArray(g.transform.matrix),m.matrix.decompose(m.position,m.quaternion,m.scale),m.matrixWorldNeedsUpdate=!0,m.jointRadius=g.radius),m.visible=g!==null}let u=c.joints["index-finger-tip"],h=c.joints["thumb-tip"],d=u.position.distanceTo(h.position),f=.02,p=.005;c.inputState.pinching&&d>f+p?(c.inputState.pinching=!1,this.dispatchEvent({type:"pinchend",handedness:e.handedness,target:this})):!c.inputState.pinching&&d<=f-p&&(c.inputState.pinching=!0,this.dispatchEvent({type:"pinchstart",handedness:e.handedness,target:this}))}else l!==null&&e.gripSpace&&(s=t.getPose(e.gripSpace,n),s!==null&&(l.matrix.fromArray(s.transform.matrix),l.matrix.decompose(l.position,l.quaternion,l.scale),l.matrixWorldNeedsUpdate=!0,s.linearVelocity?(l.hasLinearVelocity=!0,l.linearVelocity.copy(s.linearVelocity)):l.hasLinearVelocity=!1,s.angularVelocity?(l.hasAngularVelocity=!0,l.angularVelocity.copy(s.angularVelocity)):l.hasAngularVelocity=!1,l.eventsEnabled&&l.dispatchEvent({type:"gripUpdated",data:e,target:this})));a!==null&&(r=t.getPose(e.targetRaySpace,n),r===null&&s!==null&&(r=s),r!==null&&(a.matrix.fromArray(r.transform.matrix),a.matrix.decompose(a.position,a.quaternion,a.scale),a.matrixWorldNeedsUpdate=!0,r.linearVelocity?(a.hasLinearVelocity=!0,a.linearVelocity.copy(r.linearVelocity)):a.hasLinearVelocity=!1,r.angularVelocity?(a.hasAngularVelocity=!0,a.angularVelocity.copy(r.angularVelocity)):a.hasAngularVelocity=!1,this.dispatchEvent(sg)))}return a!==null&&(a.visible=r!==null),l!==null&&(l.visible=s!==null),c!==null&&(c.visible=o!==null),this}_getHandJoint(e,t){if(e.joints[t.jointName]===void 0){let n=new gi;n.matrixAutoUpdate=!1,n.visible=!1,e.joints[t.jointName]=n,e.add(n)}return e.joints[t.jointName]}},xd={aliceblue:15792383,antiquewhite:16444375,aqua:65535,aquamarine:8388564,azure:15794175,beige:16119260,bisque:16770244,black:0,blanchedalmond:16772045,blue:255,blueviolet:9055202,brown:10824234,burlywood:14596231,cadetblue:6266528,chartreuse:8388352,chocolate:13789470,coral:16744272,cornflowerblue:6591981,cornsilk:16775388,crimson:14423100,cyan:65535,darkblue:139,darkcyan:35723,darkgoldenrod:12092939,darkgray:11119017,darkgreen:25600,darkgrey:11119017,darkkhaki:12433259,darkmagenta:9109643,darkolivegreen:5597999,darkorange:16747520,darkorchid:10040012,darkred:9109504,darksalmon:15308410,darkseagreen:9419919,darkslateblue:4734347,darkslategray:3100495,darkslategrey:3100495,darkturquoise:52945,darkviolet:9699539,deeppink:16716947,deepskyblue:49151,dimgray:6908265,dimgrey:6908265,dodgerblue:2003199,firebrick:11674146,floralwhite:16775920,forestgreen:2263842,fuchsia:16711935,gainsboro:14474460,ghostwhite:16316671,gold:16766720,goldenrod:14329120,gray:8421504,green:32768,greenyellow:11403055,grey:8421504,honeydew:15794160,hotpink:16738740,indianred:13458524,indigo:4915330,ivory:16777200,khaki:15787660,lavender:15132410,lavenderblush:16773365,lawngreen:8190976,lemonchiffon:16775885,lightblue:11393254,lightcoral:15761536,lightcyan:14745599,lightgoldenrodyellow:16448210,lightgray:13882323,lightgreen:9498256,lightgrey:13882323,lightpink:16758465,lightsalmon:16752762,lightseagreen:2142890,lightskyblue:8900346,lightslategray:7833753,lightslategrey:7833753,lightsteelblue:11584734,lightyellow:16777184,lime:65280,limegreen:3329330,linen:16445670,magenta:16711935,maroon:8388608,mediumaquamarine:6737322,mediumblue:205,mediumorchid:12211667,mediumpurple:9662683,mediumseagreen:3978097,mediumslateblue:8087790,mediumspringgreen:64154,mediumturquoise:4772300,mediumvioletred:13047173,midnightblue:1644912,mintcream:16121850,mistyrose:16770273,moccasin:16770229,navajowhite:16768685,navy:128,oldlace:16643558,olive:8421376,olivedrab:7048739,orange:16753920,orangered:16729344,orchid:14315734,palegoldenrod:15657130,palegreen:10025880,paleturquoise:11529966,palevioletred:14381203,papayawhip:16773077,peachpuff:16767673,peru:13468991,pink:16761035,plum:14524637,powderblue:11591910,purple:8388736,rebeccapurple:6697881,red:16711680,rosybrown:12357519,royalblue:4286945,saddlebrown:9127187,salmon:16416882,sandybrown:16032864,seagreen:3050327,seashell:16774638,sienna:10506797,silver:12632256,skyblue:8900331,slateblue:6970061,slategray:7372944,slategrey:7372944,snow:16775930,springgreen:65407,steelblue:4620980,tan:13808780,teal:32896,thistle:14204888,tomato:16737095,turquoise:4251856,violet:15631086,wheat:16113331,white:16777215,whitesmoke:16119285,yellow:16776960,yellowgreen:10145074},qn={h:0,s:0,l:0},Fs={h:0,s:0,l:0};function Nl(i,e,t){return t<0&&(t+=1),t>1&&(t-=1),t<1/6?i+(e-i)*6*t:t<1/2?e:t<2/3?i+(e-i)*6*(2/3-t):i}var ze=class{constructor(e,t,n){return this.isColor=!0,this.r=1,this.g=1,this.b=1,this.set(e,t,n)}set(e,t,n){if(t===void 0&&n===void 0){let r=e;r&&r.isColor?this.copy(r):typeof r=="number"?this.setHex(r):typeof r=="string"&&this.setStyle(r)}else this.setRGB(e,t,n);return this}setScalar(e){return this.r=e,this.g=e,this.b=e,this}setHex(e,t=$t){return e=Math.floor(e),this.r=(e>>16&255)/255,this.g=(e>>8&255)/255,this.b=(e&255)/255,We.colorSpaceToWorking(this,t),this}setRGB(e,t,n,r=We.workingColorSpace){return this.r=e,this.g=t,this.b=n,We.colorSpaceToWorking(this,r),this}setHSL(e,t,n,r=We.workingColorSpace){if(e=qm(e,1),t=Xe(t,0,1),n=Xe(n,0,1),t===0)this.r=this.g=this.b=n;else{let s=n<=.5?n*(1+t):n+t-n*t,o=2*n-s;this.r=Nl(o,s,e+1/3),this.g=Nl(o,s,e),this.b=Nl(o,s,e-1/3)}return We.colorSpaceToWorking(this,r),this}setStyle(e,t=$t){function n(s){s!==void 0&&parseFloat(s)<1&&Re("Color: Alpha component of "+e+" will be ignored.")}let r;if(r=/^(\w+)\(([^\)]*)\)/.exec(e)){let s,o=r[1],a=r[2];switch(o){case"rgb":case"rgba":if(s=/^\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*(?:,\s*(\d+(?:\.\d+)?|\.\d+)\s*)?$/.exec(a))return n(s[4]),this.setRGB(Math.min(255,parseInt(s[1],10))/255,Math.min(255,parseInt(s[2],10))/255,Math.min(255,parseInt(s[3],10))/255,t);if(s=/^\s*(\d+(?:\.\d+)?|\.\d+)\%\s*,\s*(\d+(?:\.\d+)?|\.\d+)\%\s*,\s*(\d+(?:\.\d+)?|\.\d+)\%\s*(?:,\s*(\d+(?:\.\d+)?|\.\d+)\s*)?$/.exec(a))return n(s[4]),this.setRGB(Math.min(100,parseFloat(s[1]))/100,Math.min(100,parseFloat(s[2]))/100,Math.min(100,parseFloat(s[3]))/100,t);break;case"hsl":case"hsla":if(s=/^\s*([+-]?(?:\d+(?:\.\d+)?|\.\d+))\s*,\s*(\d+(?:\.\d+)?|\.\d+)\%\s*,\s*(\d+(?:\.\d+)?|\.\d+)\%\s*(?:,\s*(\d+(?:\.\d+)?|\.\d+)\s*)?$/.exec(a))return n(s[4]),this.setHSL(parseFloat(s[1])/360,parseFloat(s[2])/100,parseFloat(s[3])/100,t);break;default:Re("Color: Unknown color model "+e)}}else if(r=/^\#([A-Fa-f\d]+)$/.exec(e)){let s=r[1],o=s.length;if(o===3)return this.setRGB(parseInt(s.charAt(0),16)/15,parseInt(s.charAt(1),16)/15,parseInt(s.charAt(2),16)/15,t);if(o===6)return this.setHex(parseInt(s,16),t);Re("Color: Invalid hex color "+e)}else if(e&&e.length>0)return this.setColorName(e,t);return this}setColorName(e,t=$t){let n=xd[e.toLowerCase()];return n!==void 0?this.setHex(n,t):Re("Color: Unknown color "+e),this}clone(){return new this.constructor(this.r,this.g,this.b)}copy(e){return this.r=e.r,this.g=e.g,this.b=e.b,this}copySRGBToLinear(e){return this.r=Fn(e.r),this.g=Fn(e.g),this.b=Fn(e.b),this}copyLinearToSRGB(e){return this.r=Xi(e.r),this.g=Xi(e.g),this.b=Xi(e.b),this}convertSRGBToLinear(){return this.copySRGBToLinear(this),this}convertLinearToSRGB(){return this.copyLinearToSRGB(this),this}getHex(e=$t){return We.workingToColorSpace(Nt.copy(this),e),Math.round(Xe(Nt.r*255,0,255))*65536+Math.round(Xe(Nt.g*255,0,255))*256+Math.round(Xe(Nt.b*255,0,255))}getHexString(e=$t){return("000000"+this.getHex(e).toString(16)).slice(-6)}getHSL(e,t=We.workingColorSpace){We.workingToColorSpace(Nt.copy(this),t);let n=Nt.r,r=Nt.g,s=Nt.b,o=Math.max(n,r,s),a=Math.min(n,r,s),l,c,u=(a+o)/2;if(a===o)l=0,c=0;else{let h=o-a;switch(c=u<=.5?h/(o+a):h/(2-o-a),o){case n:l=(r-s)/h+(r<s?6:0);break;case r:l=(s-n)/h+2;break;case s:l=(n-r)/h+4;break}l/=6}return e.h=l,e.s=c,e.l=u,e}getRGB(e,t=We.workingColorSpace){return We.workingToColorSpace(Nt.copy(this),t),e.r=Nt.r,e.g=Nt.g,e.b=Nt.b,e}getStyle(e=$t){We.workingToColorSpace(Nt.copy(this),e);let t=Nt.r,n=Nt.g,r=Nt.b;return e!==$t?`color(${e} ${t.toFixed(3)} ${n.toFixed(3)} ${r.toFixed(3)})`:`rgb(${Math.round(t*255)},${Math.round(n*255)},${Math.round(r*255)})`}offsetHSL(e,t,n){return this.getHSL(qn),this.setHSL(qn.h+e,qn.s+t,qn.l+n)}add(e){return this.r+=e.r,this.g+=e.g,this.b+=e.b,this}addColors(e,t){return this.r=e.r+t.r,this.g=e.g+t.g,this.b=e.b+t.b,this}addScalar(e){return this.r+=e,this.g+=e,this.b+=e,this}sub(e){return this.r=Math.max(0,this.r-e.r),this.g=Math.max(0,this.g-e.g),this.b=Math.max(0,this.b-e.b),this}multiply(e){return this.r*=e.r,this.g*=e.g,this.b*=e.b,this}multiplyScalar(e){return this.r*=e,this.g*=e,this.b*=e,this}lerp(e,t){return this.r+=(e.r-this.r)*t,this.g+=(e.g-this.g)*t,this.b+=(e.b-this.b)*t,this}lerpColors(e,t,n){return this.r=e.r+(t.r-e.r)*n,this.g=e.g+(t.g-e.g)*n,this.b=e.b+(t.b-e.b)*n,this}lerpHSL(e,t){this.getHSL(qn),e.getHSL(Fs);let n=Tl(qn.h,Fs.h,t),r=Tl(qn.s,Fs.s,t),s=Tl(qn.l,Fs.l,t);return this.setHSL(n,r,s),this}setFromVector3(e){return this.r=e.x,this.g=e.y,this.b=e.z,this}applyMatrix3(e){let t=this.r,n=this.g,r=this.b,s=e.elements;return this.r=s[0]*t+s[3]*n+s[6]*r,this.g=s[1]*t+s[4]*n+s[7]*r,this.b=s[2]*t+s[5]*n+s[8]*r,this}equals(e){return e.r===this.r&&e.g===this.g&&e.b===this.b}fromArray(e,t=0){return this.r=e[t],this.g=e[t+1],this.b=e[t+2],this}toArray(e=[],t=0){return e[t]=this.r,e[t+1]=this.g,e[t+2]=this.b,e}fromBufferAttribute(e,t){return this.r=e.getX(t),this.g=e.getY(t),this.b=e.getZ(t),this}toJSON(){return this.getHex()}*[Symbol.iterator](){yield this.r,yield this.g,yield this.b}},Nt=new ze;ze.NAMES=xd;var kr=class extends Vt{constructor(){super(),this.isScene=!0,this.type="Scene",this.background=null,this.environment=null,this.fog=null,this.backgroundBlurriness=0,this.backgroundIntensity=1,this.backgroundRotation=new Zn,this.environmentIntensity=1,this.environmentRotation=new Zn,this.overrideMaterial=null,typeof __THREE_DEVTOOLS__<"u"&&__THREE_DEVTOOLS__.dispatchEvent(new CustomEvent("observe",{detail:this}))}copy(e,t){return super.copy(e,t),this.background=e.background!==null?e.background.clone():null,this.environment=e.environment!==null?e.environment.clone():null,this.fog=e.fog!==null?e.fog.clone():null,this.backgroundBlurriness=e.backgroundBlurriness,this.backgroundIntensity=e.backgroundIntensity,this.backgroundRotation.copy(e.backgroundRotation),this.environmentIntensity=e.environmentIntensity,this.environmentRotation.copy(e.environmentRotation),this.overrideMaterial=e.overrideMaterial!==null?e.overrideMaterial.clone():null,this.matrixAutoUpdate=e.matrixAutoUpdate,this}toJSON(e){let t=super.toJSON(e);return this.fog!==null&&(t.object.fog=this.fog.toJSON()),t.object.backgroundBlurriness=this.backgroundBlurriness,t.object.backgroundIntensity=this.backgroundIntensity,t.object.backgroundRotation=this.backgroundRotation.toArray(),t.object.environmentIntensity=this.environmentIntensity,t.object.environmentRotation=this.environmentRotation.toArray(),t}},cn=new $,In=new $,Fl=new $,Pn=new $,Ui=new $,Oi=new $,xh=new $,Dl=new $,Ul=new $,Ol=new $,Bl=new ut,kl=new ut,zl=new ut,Jn=class i{constructor(e=new $,t=new $,n=new $){this.a=e,this.b=t,this.c=n}static getNormal(e,t,n,r){r.subVectors(n,t),cn.subVectors(e,t),r.cross(cn);let s=r.lengthSq();return s>0?r.multiplyScalar(1/Math.sqrt(s)):r.set(0,0,0)}static getBarycoord(e,t,n,r,s){cn.subVectors(r,t),In.subVectors(n,t),Fl.subVectors(e,t);let o=cn.dot(cn),a=cn.dot(In),l=cn.dot(Fl),c=In.dot(In),u=In.dot(Fl),h=o*c-a*a;if(h===0)return s.set(0,0,0),null;let d=1/h,f=(c*l-a*u)*d,p=(o*u-a*l)*d;return s.set(1-f-p,p,f)}static containsPoint(e,t,n,r){return this.getBarycoord(e,t,n,r,Pn)===null?!1:Pn.x>=0&&Pn.y>=0&&Pn.x+Pn.y<=1}static getInterpolation(e,t,n,r,s,o,a,l){return this.getBarycoord(e,t,n,r,Pn)===null?(l.x=0,l.y=0,"z"in l&&(l.z=0),"w"in l&&(l.w=0),null):(l.setScalar(0),l.addScaledVector(s,Pn.x),l.addScaledVector(o,Pn.y),l.addScaledVector(a,Pn.z),l)}static getInterpolatedAttribute(e,t,n,r,s,o){return Bl.setScalar(0),kl.setScalar(0),zl.setScalar(0),Bl.fromBufferAttribute(e,t),kl.fromBufferAttribute(e,n),zl.fromBufferAttribute(e,r),o.setScalar(0),o.addScaledVector(Bl,s.x),o.addScaledVector(kl,s.y),o.addScaledVector(zl,s.z),o}static isFrontFacing(e,t,n,r){return cn.subVectors(n,t),In.subVectors(e,t),cn.cross(In).dot(r)<0}set(e,t,n){return this.a.copy(e),this.b.copy(t),this.c.copy(n),this}setFromPointsAndIndices(e,t,n,r){return this.a.copy(e[t]),this.b.copy(e[n]),this.c.copy(e[r]),this}setFromAttributeAndIndices(e,t,n,r){return this.a.fromBufferAttribute(e,t),this.b.fromBufferAttribute(e,n),this.c.fromBufferAttribute(e,r),this}clone(){return new this.constructor().copy(this)}copy(e){return this.a.copy(e.a),this.b.copy(e.b),this.c.copy(e.c),this}getArea(){return cn.subVectors(this.c,this.b),In.subVectors(this.a,this.b),cn.cross(In).length()*.5}getMidpoint(e){return e.addVectors(this.a,this.b).add(this.c).multiplyScalar(1/3)}getNormal(e){return i.getNormal(this.a,this.b,this.c,e)}getPlane(e){return e.setFromCoplanarPoints(this.a,this.b,this.c)}getBarycoord(e,t){return i.getBarycoord(e,this.a,this.b,this.c,t)}getInterpolation(e,t,n,r,s){return i.getInterpolation(e,this.a,this.b,this.c,t,n,r,s)}containsPoint(e){return i.containsPoint(e,this.a,this.b,this.c)}isFrontFacing(e){return i.isFrontFacing(this.a,this.b,this.c,e)}intersectsBox(e){return e.intersectsTriangle(this)}closestPointToPoint(e,t){let n=this.a,r=this.b,s=this.c,o,a;Ui.subVectors(r,n),Oi.subVectors(s,n),Dl.subVectors(e,n);let l=Ui.dot(Dl),c=Oi.dot(Dl);if(l<=0&&c<=0)return t.copy(n);Ul.subVectors(e,r);let u=Ui.dot(Ul),h=Oi.dot(Ul);if(u>=0&&h<=u)return t.copy(r);let d=l*h-u*c;if(d<=0&&l>=0&&u<=0&&l-u>0)return o=l/(l-u),t.copy(n).addScaledVector(Ui,o);Ol.subVectors(e,s);let f=Ui.dot(Ol),p=Oi.dot(Ol);if(p>=0&&f<=p)return t.copy(s);let y=f*c-l*p;if(y<=0&&c>=0&&p<=0)return a=c/(c-p),t.copy(n).addScaledVector(Oi,a);let g=u*p-f*h;if(g<=0&&h-u>=0&&f-p>=0)return xh.subVectors(s,r),a=(h-u)/(h-u+(f-p)),t.copy(r).addScaledVector(xh,a);let m=1/(g+y+d);return o=y*m,a=d*m,t.copy(n).addScaledVector(Ui,o).addScaledVector(Oi,a)}equals(e){return e.a.equals(this.a)&&e.b.equals(this.b)&&e.c.equals(this.c)}},Qn=class{constructor(e=new $(1/0,1/0,1/0),t=new $(-1/0,-1/0,-1/0)){this.isBox3=!0,this.min=e,this.max=t}set(e,t){return this.min.copy(e),this.max.copy(t),this}setFromArray(e){this.makeEmpty();for(let t=0,n=e.length;t<n;t+=3)this.expandByPoint(un.fromArray(e,t));return this}setFromBufferAttribute(e){this.makeEmpty();for(let t=0,n=e.count;t<n;t++)this.expandByPoint(un.fromBufferAttribute(e,t));return this}setFromPoints(e){this.makeEmpty();for(let t=0,n=e.length;t<n;t++)this.expandByPoint(e[t]);return this}setFromCenterAndSize(e,t){let n=un.copy(t).multiplyScalar(.5);return this.min.copy(e).sub(n),this.max.copy(e).add(n),this}setFromObject(e,t=!1){return this.makeEmpty(),this.expandByObject(e,t)}clone(){return new this.constructor().copy(this)}copy(e){return this.min.copy(e.min),this.max.copy(e.max),this}makeEmpty(){return this.min.x=this.min.y=this.min.z=1/0,this.max.x=this.max.y=this.max.z=-1/0,this}isEmpty(){return this.max.x<this.min.x||this.max.y<this.min.y||this.max.z<this.min.z}getCenter(e){return this.isEmpty()?e.set(0,0,0):e.addVectors(this.min,this.max).multiplyScalar(.5)}getSize(e){return this.isEmpty()?e.set(0,0,0):e.subVectors(this.max,this.min)}expandByPoint(e){return this.min.min(e),this.max.max(e),this}expandByVector(e){return this.min.sub(e),this.max.add(e),this}expandByScalar(e){return this.min.addScalar(-e),this.max.addScalar(e),this}expandByObject(e,t=!1){e.updateWorldMatrix(!1,!1);let n=e.geometry;if(n!==void 0){let s=n.getAttribute("position");if(t===!0&&s!==void 0&&e.isInstancedMesh!==!0&&e.isBatchedMesh!==!0)for(let o=0,a=s.count;o<a;o++)e.isMesh===!0?e.getVertexPosition(o,un):un.fromBufferAttribute(s,o),un.applyMatrix4(e.matrixWorld),this.expandByPoint(un);else e.boundingBox!==void 0?(e.boundingBox===null&&e.computeBoundingBox(),Ds.copy(e.boundingBox)):(n.boundingBox===null&&n.computeBoundingBox(),Ds.copy(n.boundingBox)),Ds.applyMatrix4(e.matrixWorld),this.union(Ds)}let r=e.children;for(let s=0,o=r.length;s<o;s++)this.expandByObject(r[s],t);return this}containsPoint(e){return e.x>=this.min.x&&e.x<=this.max.x&&e.y>=this.min.y&&e.y<=this.max.y&&e.z>=this.min.z&&e.z<=this.max.z}containsBox(e){return this.min.x<=e.min.x&&e.max.x<=this.max.x&&this.min.y<=e.min.y&&e.max.y<=this.max.y&&this.min.z<=e.min.z&&e.max.z<=this.max.z}getParameter(e,t){return t.set((e.x-this.min.x)/(this.max.x-this.min.x),(e.y-this.min.y)/(this.max.y-this.min.y),(e.z-this.min.z)/(this.max.z-this.min.z))}intersectsBox(e){return e.max.x>=this.min.x&&e.min.x<=this.max.x&&e.max.y>=this.min.y&&e.min.y<=this.max.y&&e.max.z>=this.min.z&&e.min.z<=this.max.z}intersectsSphere(e){return this.clampPoint(e.center,un),un.distanceToSquared(e.center)<=e.radius*e.radius}intersectsPlane(e){let t,n;return e.normal.x>0?(t=e.normal.x*this.min.x,n=e.normal.x*this.max.x):(t=e.normal.x*this.max.x,n=e.normal.x*this.min.x),e.normal.y>0?(t+=e.normal.y*this.min.y,n+=e.normal.y*this.max.y):(t+=e.normal.y*this.max.y,n+=e.normal.y*this.min.y),e.normal.z>0?(t+=e.normal.z*this.min.z,n+=e.normal.z*this.max.z):(t+=e.normal.z*this.max.z,n+=e.normal.z*this.min.z),t<=-e.constant&&n>=-e.constant}intersectsTriangle(e){if(this.isEmpty())return!1;this.getCenter(Tr),Us.subVectors(this.max,Tr),Bi.subVectors(e.a,Tr),ki.subVectors(e.b,Tr),zi.subVectors(e.c,Tr),Yn.subVectors(ki,Bi),Kn.subVectors(zi,ki),di.subVectors(Bi,zi);let t=[0,-Yn.z,Yn.y,0,-Kn.z,Kn.y,0,-di.z,di.y,Yn.z,0,-Yn.x,Kn.z,0,-Kn.x,di.z,0,-di.x,-Yn.y,Yn.x,0,-Kn.y,Kn.x,0,-di.y,di.x,0];return!Gl(t,Bi,ki,zi,Us)||(t=[1,0,0,0,1,0,0,0,1],!Gl(t,Bi,ki,zi,Us))?!1:(Os.crossVectors(Yn,Kn),t=[Os.x,Os.y,Os.z],Gl(t,Bi,ki,zi,Us))}clampPoint(e,t){return t.copy(e).clamp(this.min,this.max)}distanceToPoint(e){return this.clampPoint(e,un).distanceTo(e)}getBoundingSphere(e){return this.isEmpty()?e.makeEmpty():(this.getCenter(e.center),e.radius=this.getSize(un).length()*.5),e}intersect(e){return this.min.max(e.min),this.max.min(e.max),this.isEmpty()&&this.makeEmpty(),this}union(e){return this.min.min(e.min),this.max.max(e.max),this}applyMatrix4(e){return this.isEmpty()?this:(Ln[0].set(this.min.x,this.min.y,this.min.z).applyMatrix4(e),Ln[1].set(this.min.x,this.min.y,this.max.z).applyMatrix4(e),Ln[2].set(this.min.x,this.max.y,this.min.z).applyMatrix4(e),Ln[3].set(this.min.x,this.max.y,this.max.z).applyMatrix4(e),Ln[4].set(this.max.x,this.min.y,this.min.z).applyMatrix4(e),Ln[5].set(this.max.x,this.min.y,this.max.z).applyMatrix4(e),Ln[6].set(this.max.x,this.max.y,this.min.z).applyMatrix4(e),Ln[7].set(this.max.x,this.max.y,this.max.z).applyMatrix4(e),this.setFromPoints(Ln),this)}translate(e){return this.min.add(e),this.max.add(e),this}equals(e){return e.min.equals(this.min)&&e.max.equals(this.max)}toJSON(){return{min:this.min.toArray(),max:this.max.toArray()}}fromJSON(e){return this.min.fromArray(e.min),this.max.fromArray(e.max),this}},Ln=[new $,new $,new $,new $,new $,new $,new $,new $],un=new $,Ds=new Qn,Bi=new $,ki=new $,zi=new $,Yn=new $,Kn=new $,di=new $,Tr=new $,Us=new $,Os=new $,fi=new $;function Gl(i,e,t,n,r){for(let s=0,o=i.length-3;s<=o;s+=3){fi.fromArray(i,s);let a=r.x*Math.abs(fi.x)+r.y*Math.abs(fi.y)+r.z*Math.abs(fi.z),l=e.dot(fi),c=t.dot(fi),u=n.dot(fi);if(Math.max(-Math.max(l,c,u),Math.min(l,c,u))>a)return!1}return!0}var mt=new $,Bs=new $e,og=0,wt=class extends vn{constructor(e,t,n=!1){if(super(),Array.isArray(e))throw new TypeError("THREE.BufferAttribute: array should be a Typed Array.");this.isBufferAttribute=!0,Object.defineProperty(this,"id",{value:og++}),this.name="",this.array=e,this.itemSize=t,this.count=e!==void 0?e.length/t:0,this.normalized=n,this.usage=dd,this.updateRanges=[],this.gpuType=fn,this.version=0,this._normalizationScale=e!==void 0?Cc(e):void 0}onUploadCallback(){}set needsUpdate(e){e===!0&&this.version++}setUsage(e){return this.usage=e,this}addUpdateRange(e,t){this.updateRanges.push({start:e,count:t})}clearUpdateRanges(){this.updateRanges.length=0}copy(e){return this.name=e.name,this.array=new e.array.constructor(e.array),this.itemSize=e.itemSize,this.count=e.count,this.normalized=e.normalized,this.usage=e.usage,this.gpuType=e.gpuType,this._normalizationScale=e._normalizationScale,this}copyAt(e,t,n){e*=this.itemSize,n*=t.itemSize;for(let r=0,s=this.itemSize;r<s;r++)this.array[e+r]=t.array[n+r];return this}copyArray(e){return this.array.set(e),this}applyMatrix3(e){if(this.itemSize===2)for(let t=0,n=this.count;t<n;t++)Bs.fromBufferAttribute(this,t),Bs.applyMatrix3(e),this.setXY(t,Bs.x,Bs.y);else if(this.itemSize===3)for(let t=0,n=this.count;t<n;t++)mt.fromBufferAttribute(this,t),mt.applyMatrix3(e),this.setXYZ(t,mt.x,mt.y,mt.z);return this}applyMatrix4(e){for(let t=0,n=this.count;t<n;t++)mt.fromBufferAttribute(this,t),mt.applyMatrix4(e),this.setXYZ(t,mt.x,mt.y,mt.z);return this}applyNormalMatrix(e){for(let t=0,n=this.count;t<n;t++)mt.fromBufferAttribute(this,t),mt.applyNormalMatrix(e),this.setXYZ(t,mt.x,mt.y,mt.z);return this}transformDirection(e){for(let t=0,n=this.count;t<n;t++)mt.fromBufferAttribute(this,t),mt.transformDirection(e),this.setXYZ(t,mt.x,mt.y,mt.z);return this}set(e,t=0){return this.array.set(e,t),this}getComponent(e,t){let n=this.array[e*this.itemSize+t];return this.normalized&&(n=this._denormalize(n)),n}setComponent(e,t,n){return this.normalized&&(n=this._normalize(n)),this.array[e*this.itemSize+t]=n,this}getX(e){let t=this.array[e*this.itemSize];return this.normalized&&(t=this._denormalize(t)),t}setX(e,t){return this.normalized&&(t=this._normalize(t)),this.array[e*this.itemSize]=t,this}getY(e){let t=this.array[e*this.itemSize+1];return this.normalized&&(t=this._denormalize(t)),t}setY(e,t){return this.normalized&&(t=this._normalize(t)),this.array[e*this.itemSize+1]=t,this}getZ(e){let t=this.array[e*this.itemSize+2];return this.normalized&&(t=this._denormalize(t)),t}setZ(e,t){return this.normalized&&(t=this._normalize(t)),this.array[e*this.itemSize+2]=t,this}getW(e){let t=this.array[e*this.itemSize+3];return this.normalized&&(t=this._denormalize(t)),t}setW(e,t){return this.normalized&&(t=this._normalize(t)),this.array[e*this.itemSize+3]=t,this}setXY(e,t,n){return e*=this.itemSize,this.normalized&&(t=this._normalize(t),n=this._normalize(n)),this.array[e+0]=t,this.array[e+1]=n,this}setXYZ(e,t,n,r){return e*=this.itemSize,this.normalized&&(t=this._normalize(t),n=this._normalize(n),r=this._normalize(r)),this.array[e+0]=t,this.array[e+1]=n,this.array[e+2]=r,this}setXYZW(e,t,n,r,s){return e*=this.itemSize,this.normalized&&(t=this._normalize(t),n=this._normalize(n),r=this._normalize(r),s=this._normalize(s)),this.array[e+0]=t,this.array[e+1]=n,this.array[e+2]=r,this.array[e+3]=s,this}onUpload(e){return this.onUploadCallback=e,this}clone(){return new this.constructor(this.array,this.itemSize).copy(this)}toJSON(){let e={itemSize:this.itemSize,type:this.array.constructor.name,array:Array.from(this.array),normalized:this.normalized};return e.name=this.name,e.usage=this.usage,e.gpuType=this.gpuType,e}dispose(){this.dispatchEvent({type:"dispose"})}_denormalize(e){let t=this._normalizationScale;return t!==void 0?Math.max(e/t,-1):Ym(e,this.array)}_normalize(e){let t=this._normalizationScale;return t!==void 0?Math.round(e*t):Km(e,this.array)}};var zr=class extends wt{constructor(e,t,n){super(new Uint16Array(e),t,n)}};var Gr=class extends wt{constructor(e,t,n){super(new Uint32Array(e),t,n)}};var Gt=class extends wt{constructor(e,t,n){super(new Float32Array(e),t,n)}},ag=new Qn,Cr=new $,Vl=new $,ei=class{constructor(e=new $,t=-1){this.isSphere=!0,this.center=e,this.radius=t}set(e,t){return this.center.copy(e),this.radius=t,this}setFromPoints(e,t){let n=this.center;t!==void 0?n.copy(t):ag.setFromPoints(e).getCenter(n);let r=0;for(let s=0,o=e.length;s<o;s++)r=Math.max(r,n.distanceToSquared(e[s]));return this.radius=Math.sqrt(r),this}copy(e){return this.center.copy(e.center),this.radius=e.radius,this}isEmpty(){return this.radius<0}makeEmpty(){return this.center.set(0,0,0),this.radius=-1,this}containsPoint(e){return e.distanceToSquared(this.center)<=this.radius*this.radius}distanceToPoint(e){return e.distanceTo(this.center)-this.radius}intersectsSphere(e){let t=this.radius+e.radius;return e.center.distanceToSquared(this.center)<=t*t}intersectsBox(e){return e.intersectsSphere(this)}intersectsPlane(e){return Math.abs(e.distanceToPoint(this.center))<=this.radius}clampPoint(e,t){let n=this.center.distanceToSquared(e);return t.copy(e),n>this.radius*this.radius&&(t.sub(this.center).normalize(),t.multiplyScalar(this.radius).add(this.center)),t}getBoundingBox(e){return this.isEmpty()?(e.makeEmpty(),e):(e.set(this.center,this.center),e.expandByScalar(this.radius),e)}applyMatrix4(e){return this.center.applyMatrix4(e),this.radius=this.radius*e.getMaxScaleOnAxis(),this}translate(e){return this.center.add(e),this}expandByPoint(e){if(this.isEmpty())return this.center.copy(e),this.radius=0,this;Cr.subVectors(e,this.center);let t=Cr.lengthSq();if(t>this.radius*this.radius){let n=Math.sqrt(t),r=(n-this.radius)*.5;this.center.addScaledVector(Cr,r/n),this.radius+=r}return this}union(e){return e.isEmpty()?this:this.isEmpty()?(this.copy(e),this):(this.center.equals(e.center)===!0?this.radius=Math.max(this.radius,e.radius):(Vl.subVectors(e.center,this.center).setLength(e.radius),this.expandByPoint(Cr.copy(e.center).add(Vl)),this.expandByPoint(Cr.copy(e.center).sub(Vl))),this)}equals(e){return e.center.equals(this.center)&&e.radius===this.radius}clone(){return new this.constructor().copy(this)}toJSON(){return{radius:this.radius,center:this.center.toArray()}}fromJSON(e){return this.radius=e.radius,this.center.fromArray(e.center),this}},lg=0,nn=new nt,Hl=new Vt,Gi=new $,Xt=new Qn,Rr=new Qn,Mt=new $,Dt=class i extends vn{constructor(){super(),this.isBufferGeometry=!0,Object.defineProperty(this,"id",{value:lg++}),this.uuid=rs(),this.name="",this.type="BufferGeometry",this.index=null,this.indirect=null,this.indirectOffset=0,this.attributes={},this.morphAttributes={},this.morphTargetsRelative=!1,this.groups=[],this.boundingBox=null,this.boundingSphere=null,this.drawRange={start:0,count:1/0},this.userData={},this._transformed=!1}getIndex(){return this.index}setIndex(e){return Array.isArray(e)?this.index=new(Xm(e)?Gr:zr)(e,1):this.index=e,this}setIndirect(e,t=0){return this.indirect=e,this.indirectOffset=t,this}getIndirect(){return this.indirect}getAttribute(e){return this.attributes[e]}setAttribute(e,t){return this.attributes[e]=t,this}deleteAttribute(e){return delete this.attributes[e],this}hasAttribute(e){return this.attributes[e]!==void 0}addGroup(e,t,n=0){this.groups.push({start:e,count:t,materialIndex:n})}clearGroups(){this.groups=[]}setDrawRange(e,t){this.drawRange.start=e,this.drawRange.count=t}applyMatrix4(e){let t=this.attributes.position;t!==void 0&&(t.applyMatrix4(e),t.needsUpdate=!0);let n=this.attributes.normal;if(n!==void 0){let s=new Ne().getNormalMatrix(e);n.applyNormalMatrix(s),n.needsUpdate=!0}let r=this.attributes.tangent;return r!==void 0&&(r.transformDirection(e),r.needsUpdate=!0),this.boundingBox!==null&&this.computeBoundingBox(),this.boundingSphere!==null&&this.computeBoundingSphere(),this._transformed=!0,this}applyQuaternion(e){return nn.makeRotationFromQuaternion(e),this.applyMatrix4(nn),this}rotateX(e){return nn.makeRotationX(e),this.applyMatrix4(nn),this}rotateY(e){return nn.makeRotationY(e),this.applyMatrix4(nn),this}rotateZ(e){return nn.makeRotationZ(e),this.applyMatrix4(nn),this}translate(e,t,n){return nn.makeTranslation(e,t,n),this.applyMatrix4(nn),this}scale(e,t,n){return nn.makeScale(e,t,n),this.applyMatrix4(nn),this}lookAt(e){return Hl.lookAt(e),Hl.updateMatrix(),this.applyMatrix4(Hl.matrix),this}center(){return this.computeBoundingBox(),this.boundingBox.getCenter(Gi).negate(),this.translate(Gi.x,Gi.y,Gi.z),this}setFromPoints(e){let t=this.getAttribute("position");if(t===void 0){let n=[];for(let r=0,s=e.length;r<s;r++){let o=e[r];n.push(o.x,o.y,o.z||0)}this.setAttribute("position",new Gt(n,3))}else{let n=Math.min(e.length,t.count);for(let r=0;r<n;r++){let s=e[r];t.setXYZ(r,s.x,s.y,s.z||0)}e.length>t.count&&Re("BufferGeometry: Buffer size too small for points data. Use .dispose() and create a new geometry."),t.needsUpdate=!0}return this}computeBoundingBox(){this.boundingBox===null&&(this.boundingBox=new Qn);let e=this.attributes.position,t=this.morphAttributes.position;if(e&&e.isGLBufferAttribute){Le("BufferGeometry.computeBoundingBox(): GLBufferAttribute requires a manual bounding box.",this),this.boundingBox.set(new $(-1/0,-1/0,-1/0),new $(1/0,1/0,1/0));return}if(e!==void 0){if(this.boundingBox.setFromBufferAttribute(e),t)for(let n=0,r=t.length;n<r;n++){let s=t[n];Xt.setFromBufferAttribute(s),this.morphTargetsRelative?(Mt.addVectors(this.boundingBox.min,Xt.min),this.boundingBox.expandByPoint(Mt),Mt.addVectors(this.boundingBox.max,Xt.max),this.boundingBox.expandByPoint(Mt)):(this.boundingBox.expandByPoint(Xt.min),this.boundingBox.expandByPoint(Xt.max))}}else this.boundingBox.makeEmpty();(isNaN(this.boundingBox.min.x)||isNaN(this.boundingBox.min.y)||isNaN(this.boundingBox.min.z))&&Le('BufferGeometry.computeBoundingBox(): Computed min/max have NaN values. The "position" attribute is likely to have NaN values.',this)}computeBoundingSphere(){this.boundingSphere===null&&(this.boundingSphere=new ei);let e=this.attributes.position,t=this.morphAttributes.position;if(e&&e.isGLBufferAttribute){Le("BufferGeometry.computeBoundingSphere(): GLBufferAttribute requires a manual bounding sphere.",this),this.boundingSphere.set(new $,1/0);return}if(e){let n=this.boundingSphere.center;if(Xt.setFromBufferAttribute(e),t)for(let s=0,o=t.length;s<o;s++){let a=t[s];Rr.setFromBufferAttribute(a),this.morphTargetsRelative?(Mt.addVectors(Xt.min,Rr.min),Xt.expandByPoint(Mt),Mt.addVectors(Xt.max,Rr.max),Xt.expandByPoint(Mt)):(Xt.expandByPoint(Rr.min),Xt.expandByPoint(Rr.max))}Xt.getCenter(n);let r=0;for(let s=0,o=e.count;s<o;s++)Mt.fromBufferAttribute(e,s),r=Math.max(r,n.distanceToSquared(Mt));if(t)for(let s=0,o=t.length;s<o;s++){let a=t[s],l=this.morphTargetsRelative;for(let c=0,u=a.count;c<u;c++)Mt.fromBufferAttribute(a,c),l&&(Gi.fromBufferAttribute(e,c),Mt.add(Gi)),r=Math.max(r,n.distanceToSquared(Mt))}this.boundingSphere.radius=Math.sqrt(r),isNaN(this.boundingSphere.radius)&&Le('BufferGeometry.computeBoundingSphere(): Computed radius is NaN. The "position" attribute is likely to have NaN values.',this)}}computeTangents(){let e=this.index,t=this.attributes;if(e===null||t.position===void 0||t.normal===void 0||t.uv===void 0){Le("BufferGeometry: .computeTangents() failed. Missing required attributes (index, position, normal or uv)");return}let n=t.position,r=t.normal,s=t.uv,o=this.getAttribute("tangent");(o===void 0||o.count!==n.count)&&(o=new wt(new Float32Array(4*n.count),4),this.setAttribute("tangent",o));let a=[],l=[],c=new Uint8Array(n.count);for(let N=0;N<n.count;N++)a[N]=new $,l[N]=new $;let u=new $,h=new $,d=new $,f=new $e,p=new $e,y=new $e,g=new $,m=new $;function x(N,I,R){c[N]=c[I]=c[R]=1,u.fromBufferAttribute(n,N),h.fromBufferAttribute(n,I),d.fromBufferAttribute(n,R),f.fromBufferAttribute(s,N),p.fromBufferAttribute(s,I),y.fromBufferAttribute(s,R),h.sub(u),d.sub(u),p.sub(f),y.sub(f);let C=1/(p.x*y.y-y.x*p.y);isFinite(C)&&(g.copy(h).multiplyScalar(y.y).addScaledVector(d,-p.y).multiplyScalar(C),m.copy(d).multiplyScalar(p.x).addScaledVector(h,-y.x).multiplyScalar(C),a[N].add(g),a[I].add(g),a[R].add(g),l[N].add(m),l[I].add(m),l[R].add(m))}let _=this.groups;_.length===0&&(_=[{start:0,count:e.count}]);for(let N=0,I=_.length;N<I;++N){let R=_[N],C=R.start,D=R.count;for(let L=C,z=C+D;L<z;L+=3)x(e.getX(L+0),e.getX(L+1),e.getX(L+2))}let b=new $,w=new $,A=new $,v=new $;function S(N){A.fromBufferAttribute(r,N),v.copy(A);let I=a[N];b.copy(I),b.sub(A.multiplyScalar(A.dot(I))).normalize(),w.crossVectors(v,I);let C=w.dot(l[N])<0?-1:1;o.setXYZW(N,b.x,b.y,b.z,C)}for(let N=0,I=n.count;N<I;++N)c[N]&&S(N);this._transformed=!0}computeVertexNormals(){let e=this.index,t=this.getAttribute("position");if(t!==void 0){let n=this.getAttribute("normal");if(n===void 0||n.count!==t.count)n=new wt(new Float32Array(t.count*3),3),this.setAttribute("normal",n);else for(let d=0,f=n.count;d<f;d++)n.setXYZ(d,0,0,0);let r=new $,s=new $,o=new $,a=new $,l=new $,c=new $,u=new $,h=new $;if(e)for(let d=0,f=e.count;d<f;d+=3){let p=e.getX(d+0),y=e.getX(d+1),g=e.getX(d+2);r.fromBufferAttribute(t,p),s.fromBufferAttribute(t,y),o.fromBufferAttribute(t,g),u.subVectors(o,s),h.subVectors(r,s),u.cross(h),a.fromBufferAttribute(n,p),l.fromBufferAttribute(n,y),c.fromBufferAttribute(n,g),a.add(u),l.add(u),c.add(u),n.setXYZ(p,a.x,a.y,a.z),n.setXYZ(y,l.x,l.y,l.z),n.setXYZ(g,c.x,c.y,c.z)}else for(let d=0,f=t.count;d<f;d+=3)r.fromBufferAttribute(t,d+0),s.fromBufferAttribute(t,d+1),o.fromBufferAttribute(t,d+2),u.subVectors(o,s),h.subVectors(r,s),u.cross(h),n.setXYZ(d+0,u.x,u.y,u.z),n.setXYZ(d+1,u.x,u.y,u.z),n.setXYZ(d+2,u.x,u.y,u.z);this.normalizeNormals(),n.needsUpdate=!0}}normalizeNormals(){let e=this.attributes.normal;for(let t=0,n=e.count;t<n;t++)Mt.fromBufferAttribute(e,t),Mt.normalize(),e.setXYZ(t,Mt.x,Mt.y,Mt.z)}toNonIndexed(){function e(a,l){let c=a.array,u=a.itemSize,h=a.normalized,d=new c.constructor(l.length*u),f=0,p=0;for(let y=0,g=l.length;y<g;y++){a.isInterleavedBufferAttribute?f=l[y]*a.data.stride+a.offset:f=l[y]*u;for(let m=0;m<u;m++)d[p++]=c[f++]}return new wt(d,u,h)}if(this.index===null)return Re("BufferGeometry.toNonIndexed(): BufferGeometry is already non-indexed."),this;let t=new i,n=this.index.array,r=this.attributes;for(let a in r){let l=r[a],c=e(l,n);t.setAttribute(a,c)}let s=this.morphAttributes;for(let a in s){let l=[],c=s[a];for(let u=0,h=c.length;u<h;u++){let d=c[u],f=e(d,n);l.push(f)}t.morphAttributes[a]=l}t.morphTargetsRelative=this.morphTargetsRelative;let o=this.groups;for(let a=0,l=o.length;a<l;a++){let c=o[a];t.addGroup(c.start,c.count,c.materialIndex)}return t}toJSON(){let e={metadata:{version:4.7,type:"BufferGeometry",generator:"BufferGeometry.toJSON"}};if(e.uuid=this.uuid,e.type=this.parameters!==void 0&&this._transformed===!0?"BufferGeometry":this.type,e.name=this.name,Object.keys(this.userData).length>0&&(e.userData=this.userData),this.parameters!==void 0&&this._transformed!==!0){let l=this.parameters;for(let c in l)l[c]!==void 0&&(e[c]=l[c]);return e}e.data={attributes:{}};let t=this.index;t!==null&&(e.data.index={type:t.array.constructor.name,array:Array.prototype.slice.call(t.array)});let n=this.attributes;for(let l in n){let c=n[l];e.data.attributes[l]=c.toJSON(e.data)}let r={},s=!1;for(let l in this.morphAttributes){let c=this.morphAttributes[l],u=[];for(let h=0,d=c.length;h<d;h++){let f=c[h];u.push(f.toJSON(e.data))}u.length>0&&(r[l]=u,s=!0)}s&&(e.data.morphAttributes=r,e.data.morphTargetsRelative=this.morphTargetsRelative);let o=this.groups;o.length>0&&(e.data.groups=JSON.parse(JSON.stringify(o)));let a=this.boundingSphere;return a!==null&&(e.data.boundingSphere=a.toJSON()),e}clone(){return new this.constructor().copy(this)}copy(e){this.index=null,this.attributes={},this.morphAttributes={},this.groups=[],this.boundingBox=null,this.boundingSphere=null;let t={};this.name=e.name;let n=e.index;n!==null&&this.setIndex(n.clone());let r=e.attributes;for(let c in r){let u=r[c];this.setAttribute(c,u.clone(t))}let s=e.morphAttributes;for(let c in s){let u=[],h=s[c];for(let d=0,f=h.length;d<f;d++)u.push(h[d].clone(t));this.morphAttributes[c]=u}this.morphTargetsRelative=e.morphTargetsRelative;let o=e.groups;for(let c=0,u=o.length;c<u;c++){let h=o[c];this.addGroup(h.start,h.count,h.materialIndex)}let a=e.boundingBox;a!==null&&(this.boundingBox=a.clone());let l=e.boundingSphere;return l!==null&&(this.boundingSphere=l.clone()),this.drawRange.start=e.drawRange.start,this.drawRange.count=e.drawRange.count,this.userData=e.userData,this._transformed=e._transformed,this}dispose(){this.dispatchEvent({type:"dispose"})}};var Wl=new $,cg=new $,ug=new Ne,hn=class{constructor(e=new $(1,0,0),t=0){this.isPlane=!0,this.normal=e,this.constant=t}set(e,t){return this.normal.copy(e),this.constant=t,this}setComponents(e,t,n,r){return this.normal.set(e,t,n),this.constant=r,this}setFromNormalAndCoplanarPoint(e,t){return this.normal.copy(e),this.constant=-t.dot(this.normal),this}setFromCoplanarPoints(e,t,n){let r=Wl.subVectors(n,t).cross(cg.subVectors(e,t)).normalize();return this.setFromNormalAndCoplanarPoint(r,e),this}copy(e){return this.normal.copy(e.normal),this.constant=e.constant,this}normalize(){let e=1/this.normal.length();return this.normal.multiplyScalar(e),this.constant*=e,this}negate(){return this.constant*=-1,this.normal.negate(),this}distanceToPoint(e){return this.normal.dot(e)+this.constant}distanceToSphere(e){return this.distanceToPoint(e.center)-e.radius}projectPoint(e,t){return t.copy(e).addScaledVector(this.normal,-this.distanceToPoint(e))}intersectLine(e,t,n=!0){let r=e.delta(Wl),s=this.normal.dot(r);if(s===0)return this.distanceToPoint(e.start)===0?t.copy(e.start):null;let o=-(e.start.dot(this.normal)+this.constant)/s;return n===!0&&(o<0||o>1)?null:t.copy(e.start).addScaledVector(r,o)}intersectsLine(e){let t=this.distanceToPoint(e.start),n=this.distanceToPoint(e.end);return t<0&&n>0||n<0&&t>0}intersectsBox(e){return e.intersectsPlane(this)}intersectsSphere(e){return e.intersectsPlane(this)}coplanarPoint(e){return e.copy(this.normal).multiplyScalar(-this.constant)}applyMatrix4(e,t){let n=t||ug.getNormalMatrix(e),r=this.coplanarPoint(Wl).applyMatrix4(e),s=this.normal.applyMatrix3(n).normalize();return this.constant=-r.dot(s),this}translate(e){return this.constant-=e.dot(this.normal),this}equals(e){return e.normal.equals(this.normal)&&e.constant===this.constant}clone(){return new this.constructor().copy(this)}toJSON(){return{normal:this.normal.toArray(),constant:this.constant}}fromJSON(e){return this.normal.fromArray(e.normal),this.constant=e.constant,this}},hg=0,Un=class extends vn{constructor(){super(),this.isMaterial=!0,Object.defineProperty(this,"id",{value:hg++}),this.uuid=rs(),this.name="",this.type="Material",this.blending=rr,this.side=ri,this.vertexColors=!1,this.opacity=1,this.transparent=!1,this.alphaHash=!1,this.blendSrc=sc,this.blendDst=oc,this.blendEquation=vi,this.blendSrcAlpha=null,this.blendDstAlpha=null,this.blendEquationAlpha=null,this.blendColor=new ze(0,0,0),this.blendAlpha=0,this.depthFunc=$i,this.depthTest=!0,this.depthWrite=!0,this.stencilWriteMask=255,this.stencilFunc=od,this.stencilRef=0,this.stencilFuncMask=255,this.stencilFail=io,this.stencilZFail=io,this.stencilZPass=io,this.stencilWrite=!1,this.clippingPlanes=null,this.clipIntersection=!1,this.clipShadows=!1,this.shadowSide=null,this.colorWrite=!0,this.precision=null,this.polygonOffset=!1,this.polygonOffsetFactor=0,this.polygonOffsetUnits=0,this.dithering=!1,this.alphaToCoverage=!1,this.premultipliedAlpha=!1,this.forceSinglePass=!1,this.allowOverride=!0,this.visible=!0,this.toneMapped=!0,this.userData={},this.version=0,this._alphaTest=0}get alphaTest(){return this._alphaTest}set alphaTest(e){this._alphaTest>0!=e>0&&this.version++,this._alphaTest=e}onBeforeRender(){}onBeforeCompile(){}customProgramCacheKey(){return this.onBeforeCompile.toString()}setValues(e){if(e!==void 0)for(let t in e){let n=e[t];if(n===void 0){Re(`Material: parameter '${t}' has value of undefined.`);continue}let r=this[t];if(r===void 0){Re(`Material: '${t}' is not a property of THREE.${this.type}.`);continue}r&&r.isColor?r.set(n):r&&r.isVector2&&n&&n.isVector2||r&&r.isEuler&&n&&n.isEuler||r&&r.isVector3&&n&&n.isVector3?r.copy(n):this[t]=n}}toJSON(e){let t=e===void 0||typeof e=="string";t&&(e={textures:{},images:{}});let n={metadata:{version:4.7,type:"Material",generator:"Material.toJSON"}};n.uuid=this.uuid,n.type=this.type,n.blending=this.blending,n.side=this.side,n.shadowSide=this.shadowSide,n.vertexColors=this.vertexColors,n.opacity=this.opacity,n.transparent=this.transparent,n.blendSrc=this.blendSrc,n.blendDst=this.blendDst,n.blendEquation=this.blendEquation,n.blendSrcAlpha=this.blendSrcAlpha,n.blendDstAlpha=this.blendDstAlpha,n.blendEquationAlpha=this.blendEquationAlpha,n.blendColor=this.blendColor.getHex(),n.blendAlpha=this.blendAlpha,n.depthFunc=this.depthFunc,n.depthTest=this.depthTest,n.depthWrite=this.depthWrite,n.colorWrite=this.colorWrite,n.clipIntersection=this.clipIntersection,n.clipShadows=this.clipShadows,n.stencilWriteMask=this.stencilWriteMask,n.stencilFunc=this.stencilFunc,n.stencilRef=this.stencilRef,n.stencilFuncMask=this.stencilFuncMask,n.stencilFail=this.stencilFail,n.stencilZFail=this.stencilZFail,n.stencilZPass=this.stencilZPass,n.stencilWrite=this.stencilWrite,n.polygonOffset=this.polygonOffset,n.polygonOffsetFactor=this.polygonOffsetFactor,n.polygonOffsetUnits=this.polygonOffsetUnits,n.dithering=this.dithering,n.alphaTest=this.alphaTest,n.alphaHash=this.alphaHash,n.alphaToCoverage=this.alphaToCoverage,n.premultipliedAlpha=this.premultipliedAlpha,n.forceSinglePass=this.forceSinglePass,n.allowOverride=this.allowOverride,n.visible=this.visible,n.toneMapped=this.toneMapped,n.name=this.name,this.color&&this.color.isColor&&(n.color=this.color.getHex()),this.roughness!==void 0&&(n.roughness=this.roughness),this.metalness!==void 0&&(n.metalness=this.metalness),this.sheen!==void 0&&(n.sheen=this.sheen),this.sheenColor&&this.sheenColor.isColor&&(n.sheenColor=this.sheenColor.getHex()),this.sheenRoughness!==void 0&&(n.sheenRoughness=this.sheenRoughness),this.emissive&&this.emissive.isColor&&(n.emissive=this.emissive.getHex()),this.emissiveIntensity!==void 0&&(n.emissiveIntensity=this.emissiveIntensity),this.specular&&this.specular.isColor&&(n.specular=this.specular.getHex()),this.specularIntensity!==void 0&&(n.specularIntensity=this.specularIntensity),this.specularColor&&this.specularColor.isColor&&(n.specularColor=this.specularColor.getHex()),this.shininess!==void 0&&(n.shininess=this.shininess),this.clearcoat!==void 0&&(n.clearcoat=this.clearcoat),this.clearcoatRoughness!==void 0&&(n.clearcoatRoughness=this.clearcoatRoughness),this.diffuseRoughness!==void 0&&(n.diffuseRoughness=this.diffuseRoughness),this.diffuseRoughnessMap&&this.diffuseRoughnessMap.isTexture&&(n.diffuseRoughnessMap=this.diffuseRoughnessMap.toJSON(e).uuid),this.clearcoatMap&&this.clearcoatMap.isTexture&&(n.clearcoatMap=this.clearcoatMap.toJSON(e).uuid),this.clearcoatRoughnessMap&&this.clearcoatRoughnessMap.isTexture&&(n.clearcoatRoughnessMap=this.clearcoatRoughnessMap.toJSON(e).uuid),this.clearcoatNormalMap&&this.clearcoatNormalMap.isTexture&&(n.clearcoatNormalMap=this.clearcoatNormalMap.toJSON(e).uuid,n.clearcoatNormalScale=this.clearcoatNormalScale.toArray()),this.sheenColorMap&&this.sheenColorMap.isTexture&&(n.sheenColorMap=this.sheenColorMap.toJSON(e).uuid),this.sheenRoughnessMap&&this.sheenRoughnessMap.isTexture&&(n.sheenRoughnessMap=this.sheenRoughnessMap.toJSON(e).uuid),this.dispersion!==void 0&&(n.dispersion=this.dispersion),this.retroreflectivity!==void 0&&(n.retroreflectivity=this.retroreflectivity),this.iridescence!==void 0&&(n.iridescence=this.iridescence),this.iridescenceIOR!==void 0&&(n.iridescenceIOR=this.iridescenceIOR),this.iridescenceThicknessMinimum!==void 0&&(n.iridescenceThicknessMinimum=this.iridescenceThicknessMinimum),this.iridescenceThicknessMaximum!==void 0&&(n.iridescenceThicknessMaximum=this.iridescenceThicknessMaximum),this.iridescenceMap&&this.iridescenceMap.isTexture&&(n.iridescenceMap=this.iridescenceMap.toJSON(e).uuid),this.iridescenceThicknessMap&&this.iridescenceThicknessMap.isTexture&&(n.iridescenceThicknessMap=this.iridescenceThicknessMap.toJSON(e).uuid),this.anisotropy!==void 0&&(n.anisotropy=this.anisotropy),this.anisotropyRotation!==void 0&&(n.anisotropyRotation=this.anisotropyRotation),this.anisotropyMap&&this.anisotropyMap.isTexture&&(n.anisotropyMap=this.anisotropyMap.toJSON(e).uuid),this.map&&this.map.isTexture&&(n.map=this.map.toJSON(e).uuid),this.matcap&&this.matcap.isTexture&&(n.matcap=this.matcap.toJSON(e).uuid),this.alphaMap&&this.alphaMap.isTexture&&(n.alphaMap=this.alphaMap.toJSON(e).uuid),this.lightMap&&this.lightMap.isTexture&&(n.lightMap=this.lightMap.toJSON(e).uuid,n.lightMapIntensity=this.lightMapIntensity),this.aoMap&&this.aoMap.isTexture&&(n.aoMap=this.aoMap.toJSON(e).uuid,n.aoMapIntensity=this.aoMapIntensity),this.bumpMap&&this.bumpMap.isTexture&&(n.bumpMap=this.bumpMap.toJSON(e).uuid,n.bumpScale=this.bumpScale),this.normalMap&&this.normalMap.isTexture&&(n.normalMap=this.normalMap.toJSON(e).uuid,n.normalMapType=this.normalMapType,n.normalScale=this.normalScale.toArray()),this.displacementMap&&this.displacementMap.isTexture&&(n.displacementMap=this.displacementMap.toJSON(e).uuid,n.displacementScale=this.displacementScale,n.displacementBias=this.displacementBias),this.roughnessMap&&this.roughnessMap.isTexture&&(n.roughnessMap=this.roughnessMap.toJSON(e).uuid),this.metalnessMap&&this.metalnessMap.isTexture&&(n.metalnessMap=this.metalnessMap.toJSON(e).uuid),this.emissiveMap&&this.emissiveMap.isTexture&&(n.emissiveMap=this.emissiveMap.toJSON(e).uuid),this.specularMap&&this.specularMap.isTexture&&(n.specularMap=this.specularMap.toJSON(e).uuid),this.specularIntensityMap&&this.specularIntensityMap.isTexture&&(n.specularIntensityMap=this.specularIntensityMap.toJSON(e).uuid),this.specularColorMap&&this.specularColorMap.isTexture&&(n.specularColorMap=this.specularColorMap.toJSON(e).uuid),this.envMap&&this.envMap.isTexture&&(n.envMap=this.envMap.toJSON(e).uuid,this.combine!==void 0&&(n.combine=this.combine)),this.envMapRotation!==void 0&&(n.envMapRotation=this.envMapRotation.toArray()),this.envMapIntensity!==void 0&&(n.envMapIntensity=this.envMapIntensity),this.reflectivity!==void 0&&(n.reflectivity=this.reflectivity),this.refractionRatio!==void 0&&(n.refractionRatio=this.refractionRatio),this.gradientMap&&this.gradientMap.isTexture&&(n.gradientMap=this.gradientMap.toJSON(e).uuid),this.transmission!==void 0&&(n.transmission=this.transmission),this.transmissionMap&&this.transmissionMap.isTexture&&(n.transmissionMap=this.transmissionMap.toJSON(e).uuid),this.thickness!==void 0&&(n.thickness=this.thickness),this.thicknessMap&&this.thicknessMap.isTexture&&(n.thicknessMap=this.thicknessMap.toJSON(e).uuid),this.attenuationDistance!==void 0&&(n.attenuationDistance=this.attenuationDistance),this.attenuationColor!==void 0&&(n.attenuationColor=this.attenuationColor.getHex()),this.size!==void 0&&(n.size=this.size),this.sizeAttenuation!==void 0&&(n.sizeAttenuation=this.sizeAttenuation),Array.isArray(this.clippingPlanes)&&this.clippingPlanes.length>0&&(n.clippingPlanes=this.clippingPlanes.map(s=>s.toJSON())),this.rotation!==void 0&&(n.rotation=this.rotation),this.depthPacking!==void 0&&(n.depthPacking=this.depthPacking),this.linewidth!==void 0&&(n.linewidth=this.linewidth),this.linecap!==void 0&&(n.linecap=this.linecap),this.linejoin!==void 0&&(n.linejoin=this.linejoin),this.dashSize!==void 0&&(n.dashSize=this.dashSize),this.gapSize!==void 0&&(n.gapSize=this.gapSize),this.scale!==void 0&&(n.scale=this.scale),this.wireframe!==void 0&&(n.wireframe=this.wireframe),this.wireframeLinewidth!==void 0&&(n.wireframeLinewidth=this.wireframeLinewidth),this.wireframeLinecap!==void 0&&(n.wireframeLinecap=this.wireframeLinecap),this.wireframeLinejoin!==void 0&&(n.wireframeLinejoin=this.wireframeLinejoin),this.flatShading!==void 0&&(n.flatShading=this.flatShading),this.fog!==void 0&&(n.fog=this.fog),Object.keys(this.userData).length>0&&(n.userData=this.userData);function r(s){let o=[];for(let a in s){let l=s[a];delete l.metadata,o.push(l)}return o}if(t){let s=r(e.textures),o=r(e.images);s.length>0&&(n.textures=s),o.length>0&&(n.images=o)}return n}fromJSON(e,t){if(e.uuid!==void 0&&(this.uuid=e.uuid),e.name!==void 0&&(this.name=e.name),e.color!==void 0&&this.color!==void 0&&this.color.setHex(e.color),e.roughness!==void 0&&(this.roughness=e.roughness),e.metalness!==void 0&&(this.metalness=e.metalness),e.sheen!==void 0&&(this.sheen=e.sheen),e.sheenColor!==void 0&&(this.sheenColor=new ze().setHex(e.sheenColor)),e.sheenRoughness!==void 0&&(this.sheenRoughness=e.sheenRoughness),e.emissive!==void 0&&this.emissive!==void 0&&this.emissive.setHex(e.emissive),e.specular!==void 0&&this.specular!==void 0&&this.specular.setHex(e.specular),e.specularIntensity!==void 0&&(this.specularIntensity=e.specularIntensity),e.specularColor!==void 0&&this.specularColor!==void 0&&this.specularColor.setHex(e.specularColor),e.shininess!==void 0&&(this.shininess=e.shininess),e.clearcoat!==void 0&&(this.clearcoat=e.clearcoat),e.clearcoatRoughness!==void 0&&(this.clearcoatRoughness=e.clearcoatRoughness),e.diffuseRoughness!==void 0&&(this.diffuseRoughness=e.diffuseRoughness),e.dispersion!==void 0&&(this.dispersion=e.dispersion),e.retroreflectivity!==void 0&&(this.retroreflectivity=e.retroreflectivity),e.iridescence!==void 0&&(this.iridescence=e.iridescence),e.iridescenceIOR!==void 0&&(this.iridescenceIOR=e.iridescenceIOR),e.iridescenceThicknessMinimum!==void 0&&(this.iridescenceThicknessMinimum=e.iridescenceThicknessMinimum),e.iridescenceThicknessMaximum!==void 0&&(this.iridescenceThicknessMaximum=e.iridescenceThicknessMaximum),e.iridescenceThicknessRange!==void 0&&(this.iridescenceThicknessMinimum=e.iridescenceThicknessRange[0],this.iridescenceThicknessMaximum=e.iridescenceThicknessRange[1]),e.transmission!==void 0&&(this.transmission=e.transmission),e.thickness!==void 0&&(this.thickness=e.thickness),e.attenuationDistance!==void 0&&(this.attenuationDistance=e.attenuationDistance),e.attenuationColor!==void 0&&this.attenuationColor!==void 0&&this.attenuationColor.setHex(e.attenuationColor),e.anisotropy!==void 0&&(this.anisotropy=e.anisotropy),e.anisotropyRotation!==void 0&&(this.anisotropyRotation=e.anisotropyRotation),e.fog!==void 0&&(this.fog=e.fog),e.flatShading!==void 0&&(this.flatShading=e.flatShading),e.blending!==void 0&&(this.blending=e.blending),e.combine!==void 0&&(this.combine=e.combine),e.side!==void 0&&(this.side=e.side),e.shadowSide!==void 0&&(this.shadowSide=e.shadowSide),e.opacity!==void 0&&(this.opacity=e.opacity),e.transparent!==void 0&&(this.transparent=e.transparent),e.alphaTest!==void 0&&(this.alphaTest=e.alphaTest),e.alphaHash!==void 0&&(this.alphaHash=e.alphaHash),e.depthFunc!==void 0&&(this.depthFunc=e.depthFunc),e.depthTest!==void 0&&(this.depthTest=e.depthTest),e.depthWrite!==void 0&&(this.depthWrite=e.depthWrite),e.colorWrite!==void 0&&(this.colorWrite=e.colorWrite),e.clippingPlanes!==void 0&&(this.clippingPlanes=e.clippingPlanes.map(n=>new hn().fromJSON(n))),e.clipIntersection!==void 0&&(this.clipIntersection=e.clipIntersection),e.clipShadows!==void 0&&(this.clipShadows=e.clipShadows),e.depthPacking!==void 0&&(this.depthPacking=e.depthPacking),e.blendSrc!==void 0&&(this.blendSrc=e.blendSrc),e.blendDst!==void 0&&(this.blendDst=e.blendDst),e.blendEquation!==void 0&&(this.blendEquation=e.blendEquation),e.blendSrcAlpha!==void 0&&(this.blendSrcAlpha=e.blendSrcAlpha),e.blendDstAlpha!==void 0&&(this.blendDstAlpha=e.blendDstAlpha),e.blendEquationAlpha!==void 0&&(this.blendEquationAlpha=e.blendEquationAlpha),e.blendColor!==void 0&&this.blendColor!==void 0&&this.blendColor.setHex(e.blendColor),e.blendAlpha!==void 0&&(this.blendAlpha=e.blendAlpha),e.stencilWriteMask!==void 0&&(this.stencilWriteMask=e.stencilWriteMask),e.stencilFunc!==void 0&&(this.stencilFunc=e.stencilFunc),e.stencilRef!==void 0&&(this.stencilRef=e.stencilRef),e.stencilFuncMask!==void 0&&(this.stencilFuncMask=e.stencilFuncMask),e.stencilFail!==void 0&&(this.stencilFail=e.stencilFail),e.stencilZFail!==void 0&&(this.stencilZFail=e.stencilZFail),e.stencilZPass!==void 0&&(this.stencilZPass=e.stencilZPass),e.stencilWrite!==void 0&&(this.stencilWrite=e.stencilWrite),e.wireframe!==void 0&&(this.wireframe=e.wireframe),e.wireframeLinewidth!==void 0&&(this.wireframeLinewidth=e.wireframeLinewidth),e.wireframeLinecap!==void 0&&(this.wireframeLinecap=e.wireframeLinecap),e.wireframeLinejoin!==void 0&&(this.wireframeLinejoin=e.wireframeLinejoin),e.rotation!==void 0&&(this.rotation=e.rotation),e.linewidth!==void 0&&(this.linewidth=e.linewidth),e.linecap!==void 0&&(this.linecap=e.linecap),e.linejoin!==void 0&&(this.linejoin=e.linejoin),e.dashSize!==void 0&&(this.dashSize=e.dashSize),e.gapSize!==void 0&&(this.gapSize=e.gapSize),e.scale!==void 0&&(this.scale=e.scale),e.polygonOffset!==void 0&&(this.polygonOffset=e.polygonOffset),e.polygonOffsetFactor!==void 0&&(this.polygonOffsetFactor=e.polygonOffsetFactor),e.polygonOffsetUnits!==void 0&&(this.polygonOffsetUnits=e.polygonOffsetUnits),e.dithering!==void 0&&(this.dithering=e.dithering),e.alphaToCoverage!==void 0&&(this.alphaToCoverage=e.alphaToCoverage),e.premultipliedAlpha!==void 0&&(this.premultipliedAlpha=e.premultipliedAlpha),e.forceSinglePass!==void 0&&(this.forceSinglePass=e.forceSinglePass),e.allowOverride!==void 0&&(this.allowOverride=e.allowOverride),e.visible!==void 0&&(this.visible=e.visible),e.toneMapped!==void 0&&(this.toneMapped=e.toneMapped),e.userData!==void 0&&(this.userData=e.userData),e.vertexColors!==void 0&&(typeof e.vertexColors=="number"?this.vertexColors=e.vertexColors>0:this.vertexColors=e.vertexColors),e.size!==void 0&&(this.size=e.size),e.sizeAttenuation!==void 0&&(this.sizeAttenuation=e.sizeAttenuation),e.map!==void 0&&(this.map=t[e.map]||null),e.matcap!==void 0&&(this.matcap=t[e.matcap]||null),e.alphaMap!==void 0&&(this.alphaMap=t[e.alphaMap]||null),e.bumpMap!==void 0&&(this.bumpMap=t[e.bumpMap]||null),e.bumpScale!==void 0&&(this.bumpScale=e.bumpScale),e.normalMap!==void 0&&(this.normalMap=t[e.normalMap]||null),e.normalMapType!==void 0&&(this.normalMapType=e.normalMapType),e.normalScale!==void 0){let n=e.normalScale;Array.isArray(n)===!1&&(n=[n,n]),this.normalScale=new $e().fromArray(n)}return e.displacementMap!==void 0&&(this.displacementMap=t[e.displacementMap]||null),e.displacementScale!==void 0&&(this.displacementScale=e.displacementScale),e.displacementBias!==void 0&&(this.displacementBias=e.displacementBias),e.roughnessMap!==void 0&&(this.roughnessMap=t[e.roughnessMap]||null),e.metalnessMap!==void 0&&(this.metalnessMap=t[e.metalnessMap]||null),e.emissiveMap!==void 0&&(this.emissiveMap=t[e.emissiveMap]||null),e.emissiveIntensity!==void 0&&(this.emissiveIntensity=e.emissiveIntensity),e.specularMap!==void 0&&(this.specularMap=t[e.specularMap]||null),e.specularIntensityMap!==void 0&&(this.specularIntensityMap=t[e.specularIntensityMap]||null),e.specularColorMap!==void 0&&(this.specularColorMap=t[e.specularColorMap]||null),e.envMap!==void 0&&(this.envMap=t[e.envMap]||null),e.envMapRotation!==void 0&&this.envMapRotation.fromArray(e.envMapRotation),e.envMapIntensity!==void 0&&(this.envMapIntensity=e.envMapIntensity),e.reflectivity!==void 0&&(this.reflectivity=e.reflectivity),e.refractionRatio!==void 0&&(this.refractionRatio=e.refractionRatio),e.lightMap!==void 0&&(this.lightMap=t[e.lightMap]||null),e.lightMapIntensity!==void 0&&(this.lightMapIntensity=e.lightMapIntensity),e.aoMap!==void 0&&(this.aoMap=t[e.aoMap]||null),e.aoMapIntensity!==void 0&&(this.aoMapIntensity=e.aoMapIntensity),e.gradientMap!==void 0&&(this.gradientMap=t[e.gradientMap]||null),e.clearcoatMap!==void 0&&(this.clearcoatMap=t[e.clearcoatMap]||null),e.clearcoatRoughnessMap!==void 0&&(this.clearcoatRoughnessMap=t[e.clearcoatRoughnessMap]||null),e.clearcoatNormalMap!==void 0&&(this.clearcoatNormalMap=t[e.clearcoatNormalMap]||null),e.clearcoatNormalScale!==void 0&&(this.clearcoatNormalScale=new $e().fromArray(e.clearcoatNormalScale)),e.diffuseRoughnessMap!==void 0&&(this.diffuseRoughnessMap=t[e.diffuseRoughnessMap]||null),e.iridescenceMap!==void 0&&(this.iridescenceMap=t[e.iridescenceMap]||null),e.iridescenceThicknessMap!==void 0&&(this.iridescenceThicknessMap=t[e.iridescenceThicknessMap]||null),e.transmissionMap!==void 0&&(this.transmissionMap=t[e.transmissionMap]||null),e.thicknessMap!==void 0&&(this.thicknessMap=t[e.thicknessMap]||null),e.anisotropyMap!==void 0&&(this.anisotropyMap=t[e.anisotropyMap]||null),e.sheenColorMap!==void 0&&(this.sheenColorMap=t[e.sheenColorMap]||null),e.sheenRoughnessMap!==void 0&&(this.sheenRoughnessMap=t[e.sheenRoughnessMap]||null),this}clone(){return new this.constructor().copy(this)}copy(e){this.name=e.name,this.blending=e.blending,this.side=e.side,this.vertexColors=e.vertexColors,this.opacity=e.opacity,this.transparent=e.transparent,this.blendSrc=e.blendSrc,this.blendDst=e.blendDst,this.blendEquation=e.blendEquation,this.blendSrcAlpha=e.blendSrcAlpha,this.blendDstAlpha=e.blendDstAlpha,this.blendEquationAlpha=e.blendEquationAlpha,this.blendColor.copy(e.blendColor),this.blendAlpha=e.blendAlpha,this.depthFunc=e.depthFunc,this.depthTest=e.depthTest,this.depthWrite=e.depthWrite,this.stencilWriteMask=e.stencilWriteMask,this.stencilFunc=e.stencilFunc,this.stencilRef=e.stencilRef,this.stencilFuncMask=e.stencilFuncMask,this.stencilFail=e.stencilFail,this.stencilZFail=e.stencilZFail,this.stencilZPass=e.stencilZPass,this.stencilWrite=e.stencilWrite;let t=e.clippingPlanes,n=null;if(t!==null){let r=t.length;n=new Array(r);for(let s=0;s!==r;++s)n[s]=t[s].clone()}return this.clippingPlanes=n,this.clipIntersection=e.clipIntersection,this.clipShadows=e.clipShadows,this.shadowSide=e.shadowSide,this.colorWrite=e.colorWrite,this.precision=e.precision,this.polygonOffset=e.polygonOffset,this.polygonOffsetFactor=e.polygonOffsetFactor,this.polygonOffsetUnits=e.polygonOffsetUnits,this.dithering=e.dithering,this.alphaTest=e.alphaTest,this.alphaHash=e.alphaHash,this.alphaToCoverage=e.alphaToCoverage,this.premultipliedAlpha=e.premultipliedAlpha,this.forceSinglePass=e.forceSinglePass,this.allowOverride=e.allowOverride,this.visible=e.visible,this.toneMapped=e.toneMapped,this.userData=JSON.parse(JSON.stringify(e.userData)),this}dispose(){this.dispatchEvent({type:"dispose"})}set needsUpdate(e){e===!0&&this.version++}};var Nn=new $,Xl=new $,ks=new $,zs=new $,ji=class{constructor(e=new $,t=new $(0,0,-1)){this.origin=e,this.direction=t}set(e,t){return this.origin.copy(e),this.direction.copy(t),this}copy(e){return this.origin.copy(e.origin),this.direction.copy(e.direction),this}at(e,t){return t.copy(this.origin).addScaledVector(this.direction,e)}lookAt(e){return this.direction.copy(e).sub(this.origin).normalize(),this}recast(e){return this.origin.copy(this.at(e,Nn)),this}closestPointToPoint(e,t){t.subVectors(e,this.origin);let n=t.dot(this.direction);return n<0?t.copy(this.origin):t.copy(this.origin).addScaledVector(this.direction,n)}distanceToPoint(e){return Math.sqrt(this.distanceSqToPoint(e))}distanceSqToPoint(e){let t=Nn.subVectors(e,this.origin).dot(this.direction);return t<0?this.origin.distanceToSquared(e):(Nn.copy(this.origin).addScaledVector(this.direction,t),Nn.distanceToSquared(e))}distanceSqToSegment(e,t,n,r){Xl.copy(e).add(t).multiplyScalar(.5),ks.copy(t).sub(e).normalize(),zs.copy(this.origin).sub(Xl);let s=e.distanceTo(t)*.5,o=-this.direction.dot(ks),a=zs.dot(this.direction),l=-zs.dot(ks),c=zs.lengthSq(),u=Math.abs(1-o*o),h,d,f,p;if(u>0)if(h=o*l-a,d=o*a-l,p=s*u,h>=0)if(d>=-p)if(d<=p){let y=1/u;h*=y,d*=y,f=h*(h+o*d+2*a)+d*(o*h+d+2*l)+c}else d=s,h=Math.max(0,-(o*d+a)),f=-h*h+d*(d+2*l)+c;else d=-s,h=Math.max(0,-(o*d+a)),f=-h*h+d*(d+2*l)+c;else d<=-p?(h=Math.max(0,-(-o*s+a)),d=h>0?-s:Math.min(Math.max(-s,-l),s),f=-h*h+d*(d+2*l)+c):d<=p?(h=0,d=Math.min(Math.max(-s,-l),s),f=d*(d+2*l)+c):(h=Math.max(0,-(o*s+a)),d=h>0?s:Math.min(Math.max(-s,-l),s),f=-h*h+d*(d+2*l)+c);else d=o>0?-s:s,h=Math.max(0,-(o*d+a)),f=-h*h+d*(d+2*l)+c;return n&&n.copy(this.origin).addScaledVector(this.direction,h),r&&r.copy(Xl).addScaledVector(ks,d),f}intersectSphere(e,t){if(e.radius<0)return null;Nn.subVectors(e.center,this.origin);let n=Nn.dot(this.direction),r=Nn.dot(Nn)-n*n,s=e.radius*e.radius;if(r>s)return null;let o=Math.sqrt(s-r),a=n-o,l=n+o;return l<0?null:a<0?this.at(l,t):this.at(a,t)}intersectsSphere(e){return e.radius<0?!1:this.distanceSqToPoint(e.center)<=e.radius*e.radius}distanceToPlane(e){let t=e.normal.dot(this.direction);if(t===0)return e.distanceToPoint(this.origin)===0?0:null;let n=-(this.origin.dot(e.normal)+e.constant)/t;return n>=0?n:null}intersectPlane(e,t){let n=this.distanceToPlane(e);return n===null?null:this.at(n,t)}intersectsPlane(e){let t=e.distanceToPoint(this.origin);return t===0||e.normal.dot(this.direction)*t<0}intersectBox(e,t){let n,r,s,o,a,l,c=1/this.direction.x,u=1/this.direction.y,h=1/this.direction.z,d=this.origin;return c>=0?(n=(e.min.x-d.x)*c,r=(e.max.x-d.x)*c):(n=(e.max.x-d.x)*c,r=(e.min.x-d.x)*c),u>=0?(s=(e.min.y-d.y)*u,o=(e.max.y-d.y)*u):(s=(e.max.y-d.y)*u,o=(e.min.y-d.y)*u),n>o||s>r||((s>n||isNaN(n))&&(n=s),(o<r||isNaN(r))&&(r=o),h>=0?(a=(e.min.z-d.z)*h,l=(e.max.z-d.z)*h):(a=(e.max.z-d.z)*h,l=(e.min.z-d.z)*h),n>l||a>r)||((a>n||n!==n)&&(n=a),(l<r||r!==r)&&(r=l),r<0)?null:this.at(n>=0?n:r,t)}intersectsBox(e){return this.intersectBox(e,Nn)!==null}intersectTriangle(e,t,n,r,s){let o=this.origin,a=this.direction,l=a.x,c=a.y,u=a.z,h=e.x-o.x,d=e.y-o.y,f=e.z-o.z,p=t.x-o.x,y=t.y-o.y,g=t.z-o.z,m=n.x-o.x,x=n.y-o.y,_=n.z-o.z,b=Math.abs(l),w=Math.abs(c),A=Math.abs(u),v,S,N,I,R,C,D,L,z,k,B,Y;if(b>=w&&b>=A?(N=l,C=h,z=p,Y=m,l>=0?(v=c,S=u,I=d,R=f,D=y,L=g,k=x,B=_):(v=u,S=c,I=f,R=d,D=g,L=y,k=_,B=x)):w>=A?(N=c,C=d,z=y,Y=x,c>=0?(v=u,S=l,I=f,R=h,D=g,L=p,k=_,B=m):(v=l,S=u,I=h,R=f,D=p,L=g,k=m,B=_)):(N=u,C=f,z=g,Y=_,u>=0?(v=l,S=c,I=h,R=d,D=p,L=y,k=m,B=x):(v=c,S=l,I=d,R=h,D=y,L=p,k=x,B=m)),N===0)return null;let V=v/N,j=S/N,ne=1/N,be=I-V*C,Pe=R-j*C,Z=D-V*z,ie=L-j*z,ve=k-V*Y,we=B-j*Y,me=ve*ie-we*Z,Ue=be*we-Pe*ve,ft=Z*Pe-ie*be;if(r){if(me<0||Ue<0||ft<0)return null}else if((me<0||Ue<0||ft<0)&&(me>0||Ue>0||ft>0))return null;let Ie=me+Ue+ft;if(Ie===0)return null;let Je=ne*(me*C+Ue*z+ft*Y);return(Ie>0?Je<0:Je>0)?null:this.at(Je/Ie,s)}applyMatrix4(e){return this.origin.applyMatrix4(e),this.direction.transformDirection(e),this}equals(e){return e.origin.equals(this.origin)&&e.direction.equals(this.direction)}clone(){return new this.constructor().copy(this)}},vo=class extends Un{constructor(e){super(),this.isMeshBasicMaterial=!0,this.type="MeshBasicMaterial",this.color=new ze(16777215),this.map=null,this.lightMap=null,this.lightMapIntensity=1,this.aoMap=null,this.aoMapIntensity=1,this.specularMap=null,this.alphaMap=null,this.envMap=null,this.envMapRotation=new Zn,this.combine=ac,this.reflectivity=1,this.refractionRatio=.98,this.wireframe=!1,this.wireframeLinewidth=1,this.wireframeLinecap="round",this.wireframeLinejoin="round",this.fog=!0,this.setValues(e)}copy(e){return super.copy(e),this.color.copy(e.color),this.map=e.map,this.lightMap=e.lightMap,this.lightMapIntensity=e.lightMapIntensity,this.aoMap=e.aoMap,this.aoMapIntensity=e.aoMapIntensity,this.specularMap=e.specularMap,this.alphaMap=e.alphaMap,this.envMap=e.envMap,this.envMapRotation.copy(e.envMapRotation),this.combine=e.combine,this.reflectivity=e.reflectivity,this.refractionRatio=e.refractionRatio,this.wireframe=e.wireframe,this.wireframeLinewidth=e.wireframeLinewidth,this.wireframeLinecap=e.wireframeLinecap,this.wireframeLinejoin=e.wireframeLinejoin,this.fog=e.fog,this}},vh=new nt,pi=new ji,Gs=new ei,bh=new $,Vs=new $,Hs=new $,Ws=new $,$l=new $,Xs=new $,_h=new $,$s=new $,_n=class extends Vt{constructor(e=new Dt,t=new vo){super(),this.isMesh=!0,this.type="Mesh",this.geometry=e,this.material=t,this.morphTargetDictionary=void 0,this.morphTargetInfluences=void 0,this.count=1,this.updateMorphTargets()}copy(e,t){return super.copy(e,t),e.morphTargetInfluences!==void 0?this.morphTargetInfluences=e.morphTargetInfluences.slice():this.morphTargetInfluences=void 0,e.morphTargetDictionary!==void 0?this.morphTargetDictionary=Object.assign({},e.morphTargetDictionary):this.morphTargetDictionary=void 0,this.material=Array.isArray(e.material)?e.material.slice():e.material,this.geometry=e.geometry,this}updateMorphTargets(){let t=this.geometry.morphAttributes,n=Object.keys(t);if(n.length>0){let r=t[n[0]];if(r!==void 0){this.morphTargetInfluences=[],this.morphTargetDictionary={};for(let s=0,o=r.length;s<o;s++){let a=r[s].name||String(s);this.morphTargetInfluences.push(0),this.morphTargetDictionary[a]=s}}}}getVertexPosition(e,t){let n=this.geometry,r=n.attributes.position,s=n.morphAttributes.position,o=n.morphTargetsRelative;t.fromBufferAttribute(r,e);let a=this.morphTargetInfluences;if(s&&a){Xs.set(0,0,0);for(let l=0,c=s.length;l<c;l++){let u=a[l],h=s[l];u!==0&&($l.fromBufferAttribute(h,e),o?Xs.addScaledVector($l,u):Xs.addScaledVector($l.sub(t),u))}t.add(Xs)}return t}intersectsFrustum(e){return e.intersectsObject(this)}raycast(e,t){let n=this.geometry,r=this.material,s=this.matrixWorld;r!==void 0&&(n.boundingSphere===null&&n.computeBoundingSphere(),Gs.copy(n.boundingSphere),Gs.applyMatrix4(s),pi.copy(e.ray).recast(e.near),!(Gs.containsPoint(pi.origin)===!1&&(pi.intersectSphere(Gs,bh)===null||pi.origin.distanceToSquared(bh)>(e.far-e.near)**2))&&(vh.copy(s).invert(),pi.copy(e.ray).applyMatrix4(vh),!(n.boundingBox!==null&&pi.intersectsBox(n.boundingBox)===!1)&&this._computeIntersections(e,t,pi)))}_computeIntersections(e,t,n){let r,s=this.geometry,o=this.material,a=s.index,l=s.attributes.position,c=s.attributes.uv,u=s.attributes.uv1,h=s.attributes.normal,d=s.groups,f=s.drawRange;if(a!==null)if(Array.isArray(o))for(let p=0,y=d.length;p<y;p++){let g=d[p],m=o[g.materialIndex],x=Math.max(g.start,f.start),_=Math.min(a.count,Math.min(g.start+g.count,f.start+f.count));for(let b=x,w=_;b<w;b+=3){let A=a.getX(b),v=a.getX(b+1),S=a.getX(b+2);r=qs(this,m,e,n,c,u,h,A,v,S),r&&(r.faceIndex=Math.floor(b/3),r.face.materialIndex=g.materialIndex,t.push(r))}}else{let p=Math.max(0,f.start),y=Math.min(a.count,f.start+f.count);for(let g=p,m=y;g<m;g+=3){let x=a.getX(g),_=a.getX(g+1),b=a.getX(g+2);r=qs(this,o,e,n,c,u,h,x,_,b),r&&(r.faceIndex=Math.floor(g/3),t.push(r))}}else if(l!==void 0)if(Array.isArray(o))for(let p=0,y=d.length;p<y;p++){let g=d[p],m=o[g.materialIndex],x=Math.max(g.start,f.start),_=Math.min(l.count,Math.min(g.start+g.count,f.start+f.count));for(let b=x,w=_;b<w;b+=3){let A=b,v=b+1,S=b+2;r=qs(this,m,e,n,c,u,h,A,v,S),r&&(r.faceIndex=Math.floor(b/3),r.face.materialIndex=g.materialIndex,t.push(r))}}else{let p=Math.max(0,f.start),y=Math.min(l.count,f.start+f.count);for(let g=p,m=y;g<m;g+=3){let x=g,_=g+1,b=g+2;r=qs(this,o,e,n,c,u,h,x,_,b),r&&(r.faceIndex=Math.floor(g/3),t.push(r))}}}};function dg(i,e,t,n,r,s,o,a){let l;if(e.side===kt?l=n.intersectTriangle(o,s,r,!0,a):l=n.intersectTriangle(r,s,o,e.side===ri,a),l===null)return null;$s.copy(a),$s.applyMatrix4(i.matrixWorld);let c=t.ray.origin.distanceTo($s);return c<t.near||c>t.far?null:{distance:c,point:$s.clone(),object:i}}function qs(i,e,t,n,r,s,o,a,l,c){i.getVertexPosition(a,Vs),i.getVertexPosition(l,Hs),i.getVertexPosition(c,Ws);let u=dg(i,e,t,n,Vs,Hs,Ws,_h);if(u){let h=new $;Jn.getBarycoord(_h,Vs,Hs,Ws,h),r&&(u.uv=Jn.getInterpolatedAttribute(r,a,l,c,h,new $e)),s&&(u.uv1=Jn.getInterpolatedAttribute(s,a,l,c,h,new $e)),o&&(u.normal=Jn.getInterpolatedAttribute(o,a,l,c,h,new $),u.normal.dot(n.direction)>0&&u.normal.multiplyScalar(-1));let d={a,b:l,c,normal:new $,materialIndex:0};Jn.getNormal(Vs,Hs,Ws,d.normal),u.face=d,u.barycoord=h}return u}var Ji=class extends Ft{constructor(e=null,t=1,n=1,r,s,o,a,l,c=gt,u=gt,h,d){super(null,o,a,l,c,u,r,s,h,d),this.isDataTexture=!0,this.image={data:e,width:t,height:n},this.generateMipmaps=!1,this.flipY=!1,this.unpackAlignment=1}};var mi=new ei,fg=new $e(.5,.5),Ys=new $,yi=class{constructor(e=new hn,t=new hn,n=new hn,r=new hn,s=new hn,o=new hn){this.planes=[e,t,n,r,s,o]}set(e,t,n,r,s,o){let a=this.planes;return a[0].copy(e),a[1].copy(t),a[2].copy(n),a[3].copy(r),a[4].copy(s),a[5].copy(o),this}copy(e){let t=this.planes;for(let n=0;n<6;n++)t[n].copy(e.planes[n]);return this}setFromProjectionMatrix(e,t=rn,n=!1){let r=this.planes,s=e.elements,o=s[0],a=s[1],l=s[2],c=s[3],u=s[4],h=s[5],d=s[6],f=s[7],p=s[8],y=s[9],g=s[10],m=s[11],x=s[12],_=s[13],b=s[14],w=s[15];if(r[0].setComponents(c-o,f-u,m-p,w-x).normalize(),r[1].setComponents(c+o,f+u,m+p,w+x).normalize(),r[2].setComponents(c+a,f+h,m+y,w+_).normalize(),r[3].setComponents(c-a,f-h,m-y,w-_).normalize(),n)r[4].setComponents(l,d,g,b).normalize(),r[5].setComponents(c-l,f-d,m-g,w-b).normalize();else if(r[4].setComponents(c-l,f-d,m-g,w-b).normalize(),t===rn)r[5].setComponents(c+l,f+d,m+g,w+b).normalize();else if(t===Dr)r[5].setComponents(l,d,g,b).normalize();else throw new Error("THREE.Frustum.setFromProjectionMatrix(): Invalid coordinate system: "+t);return this}intersectsObject(e){if(e.boundingSphere!==void 0)e.boundingSphere===null&&e.computeBoundingSphere(),mi.copy(e.boundingSphere).applyMatrix4(e.matrixWorld);else{let t=e.geometry;t.boundingSphere===null&&t.computeBoundingSphere(),mi.copy(t.boundingSphere).applyMatrix4(e.matrixWorld)}return this.intersectsSphere(mi)}intersectsSprite(e){mi.center.set(0,0,0);let t=fg.distanceTo(e.center);return mi.radius=.7071067811865476+t,mi.applyMatrix4(e.matrixWorld),this.intersectsSphere(mi)}intersectsSphere(e){let t=this.planes,n=e.center,r=-e.radius;for(let s=0;s<6;s++)if(t[s].distanceToPoint(n)<r)return!1;return!0}intersectsBox(e){let t=this.planes;for(let n=0;n<6;n++){let r=t[n];if(Ys.x=r.normal.x>0?e.max.x:e.min.x,Ys.y=r.normal.y>0?e.max.y:e.min.y,Ys.z=r.normal.z>0?e.max.z:e.min.z,r.distanceToPoint(Ys)<0)return!1}return!0}containsPoint(e){let t=this.planes;for(let n=0;n<6;n++)if(t[n].distanceToPoint(e)<0)return!1;return!0}clone(){return new this.constructor().copy(this)}},Ah=new nt,bo=class i{constructor(){this.coordinateSystem=rn,this._frustums=[],this._count=0}setFromArrayCamera(e){let t=e.cameras,n=this._frustums;for(let r=0;r<t.length;r++){let s=t[r];Ah.multiplyMatrices(s.projectionMatrix,s.matrixWorldInverse),n[r]===void 0&&(n[r]=new yi),n[r].setFromProjectionMatrix(Ah,s.coordinateSystem,s.reversedDepth)}return this._count=t.length,this}getFrustum(e){return this._frustums[e]}intersectsObject(e){let t=this._frustums;for(let n=0;n<this._count;n++)if(t[n].intersectsObject(e))return!0;return!1}intersectsSprite(e){let t=this._frustums;for(let n=0;n<this._count;n++)if(t[n].intersectsSprite(e))return!0;return!1}intersectsSphere(e){let t=this._frustums;for(let n=0;n<this._count;n++)if(t[n].intersectsSphere(e))return!0;return!1}intersectsBox(e){let t=this._frustums;for(let n=0;n<this._count;n++)if(t[n].intersectsBox(e))return!0;return!1}containsPoint(e){let t=this._frustums;for(let n=0;n<this._count;n++)if(t[n].containsPoint(e))return!0;return!1}copy(e){this.coordinateSystem=e.coordinateSystem;let t=this._frustums,n=e._frustums;for(let r=0;r<e._count;r++)t[r]===void 0&&(t[r]=new yi),t[r].copy(n[r]);return this._count=e._count,this}clone(){return new i().copy(this)}};var Zi=class extends Un{constructor(e){super(),this.isLineBasicMaterial=!0,this.type="LineBasicMaterial",this.color=new ze(16777215),this.map=null,this.linewidth=1,this.linecap="round",this.linejoin="round",this.fog=!0,this.setValues(e)}copy(e){return super.copy(e),this.color.copy(e.color),this.map=e.map,this.linewidth=e.linewidth,this.linecap=e.linecap,this.linejoin=e.linejoin,this.fog=e.fog,this}},_o=new $,Ao=new $,Sh=new nt,Ir=new ji,Ks=new ei,ql=new $,Mh=new $,So=class extends Vt{constructor(e=new Dt,t=new Zi){super(),this.isLine=!0,this.type="Line",this.geometry=e,this.material=t,this.morphTargetDictionary=void 0,this.morphTargetInfluences=void 0,this.updateMorphTargets()}copy(e,t){return super.copy(e,t),e.morphTargetInfluences!==void 0?this.morphTargetInfluences=e.morphTargetInfluences.slice():this.morphTargetInfluences=void 0,e.morphTargetDictionary!==void 0?this.morphTargetDictionary=Object.assign({},e.morphTargetDictionary):this.morphTargetDictionary=void 0,this.material=Array.isArray(e.material)?e.material.slice():e.material,this.geometry=e.geometry,this}computeLineDistances(){let e=this.geometry;if(e.index===null){let t=e.attributes.position,n=[0];for(let r=1,s=t.count;r<s;r++)_o.fromBufferAttribute(t,r-1),Ao.fromBufferAttribute(t,r),n[r]=n[r-1],n[r]+=_o.distanceTo(Ao);e.setAttribute("lineDistance",new Gt(n,1))}else Re("Line.computeLineDistances(): Computation only possible with non-indexed BufferGeometry.");return this}intersectsFrustum(e){return e.intersectsObject(this)}raycast(e,t){let n=this.geometry,r=this.matrixWorld,s=e.params.Line.threshold,o=n.drawRange;if(n.boundingSphere===null&&n.computeBoundingSphere(),Ks.copy(n.boundingSphere),Ks.applyMatrix4(r),Ks.radius+=s,e.ray.intersectsSphere(Ks)===!1)return;Sh.copy(r).invert(),Ir.copy(e.ray).applyMatrix4(Sh);let a=s/((this.scale.x+this.scale.y+this.scale.z)/3),l=a*a,c=this.isLineSegments?2:1,u=n.index,d=n.attributes.position;if(u!==null){let f=Math.max(0,o.start),p=Math.min(u.count,o.start+o.count);for(let y=f,g=p-1;y<g;y+=c){let m=u.getX(y),x=u.getX(y+1),_=js(this,e,Ir,l,m,x,y);_&&t.push(_)}if(this.isLineLoop){let y=u.getX(p-1),g=u.getX(f),m=js(this,e,Ir,l,y,g,p-1);m&&t.push(m)}}else{let f=Math.max(0,o.start),p=Math.min(d.count,o.start+o.count);for(let y=f,g=p-1;y<g;y+=c){let m=js(this,e,Ir,l,y,y+1,y);m&&t.push(m)}if(this.isLineLoop){let y=js(this,e,Ir,l,p-1,f,p-1);y&&t.push(y)}}}updateMorphTargets(){let t=this.geometry.morphAttributes,n=Object.keys(t);if(n.length>0){let r=t[n[0]];if(r!==void 0){this.morphTargetInfluences=[],this.morphTargetDictionary={};for(let s=0,o=r.length;s<o;s++){let a=r[s].name||String(s);this.morphTargetInfluences.push(0),this.morphTargetDictionary[a]=s}}}}};function js(i,e,t,n,r,s,o){let a=i.geometry.attributes.position;if(_o.fromBufferAttribute(a,r),Ao.fromBufferAttribute(a,s),t.distanceSqToSegment(_o,Ao,ql,Mh)>n)return;ql.applyMatrix4(i.matrixWorld);let c=e.ray.origin.distanceTo(ql);if(!(c<e.near||c>e.far))return{distance:c,point:Mh.clone().applyMatrix4(i.matrixWorld),index:o,face:null,faceIndex:null,barycoord:null,object:i}}var wh=new $,Eh=new $,Vr=class extends So{constructor(e,t){super(e,t),this.isLineSegments=!0,this.type="LineSegments"}computeLineDistances(){let e=this.geometry;if(e.index===null){let t=e.attributes.position,n=[];for(let r=0,s=t.count;r<s;r+=2)wh.fromBufferAttribute(t,r),Eh.fromBufferAttribute(t,r+1),n[r]=r===0?0:n[r-1],n[r+1]=n[r]+wh.distanceTo(Eh);e.setAttribute("lineDistance",new Gt(n,1))}else Re("LineSegments.computeLineDistances(): Computation only possible with non-indexed BufferGeometry.");return this}};var Mo=class extends Un{constructor(e){super(),this.isPointsMaterial=!0,this.type="PointsMaterial",this.color=new ze(16777215),this.map=null,this.alphaMap=null,this.size=1,this.sizeAttenuation=!0,this.fog=!0,this.setValues(e)}copy(e){return super.copy(e),this.color.copy(e.color),this.map=e.map,this.alphaMap=e.alphaMap,this.size=e.size,this.sizeAttenuation=e.sizeAttenuation,this.fog=e.fog,this}},Th=new nt,Zl=new ji,Js=new ei,Zs=new $,Qi=class extends Vt{constructor(e=new Dt,t=new Mo){super(),this.isPoints=!0,this.type="Points",this.geometry=e,this.material=t,this.morphTargetDictionary=void 0,this.morphTargetInfluences=void 0,this.updateMorphTargets()}copy(e,t){return super.copy(e,t),e.morphTargetInfluences!==void 0?this.morphTargetInfluences=e.morphTargetInfluences.slice():this.morphTargetInfluences=void 0,e.morphTargetDictionary!==void 0?this.morphTargetDictionary=Object.assign({},e.morphTargetDictionary):this.morphTargetDictionary=void 0,this.material=Array.isArray(e.material)?e.material.slice():e.material,this.geometry=e.geometry,this}intersectsFrustum(e){return e.intersectsObject(this)}raycast(e,t){let n=this.geometry,r=this.matrixWorld,s=e.params.Points.threshold,o=n.drawRange;if(n.boundingSphere===null&&n.computeBoundingSphere(),Js.copy(n.boundingSphere),Js.applyMatrix4(r),Js.radius+=s,e.ray.intersectsSphere(Js)===!1)return;Th.copy(r).invert(),Zl.copy(e.ray).applyMatrix4(Th);let a=s/((this.scale.x+this.scale.y+this.scale.z)/3),l=a*a,c=n.index,h=n.attributes.position;if(c!==null){let d=Math.max(0,o.start),f=Math.min(c.count,o.start+o.count);for(let p=d,y=f;p<y;p++){let g=c.getX(p);Zs.fromBufferAttribute(h,g),Ch(Zs,g,l,r,e,t,this)}}else{let d=Math.max(0,o.start),f=Math.min(h.count,o.start+o.count);for(let p=d,y=f;p<y;p++)Zs.fromBufferAttribute(h,p),Ch(Zs,p,l,r,e,t,this)}}updateMorphTargets(){let t=this.geometry.morphAttributes,n=Object.keys(t);if(n.length>0){let r=t[n[0]];if(r!==void 0){this.morphTargetInfluences=[],this.morphTargetDictionary={};for(let s=0,o=r.length;s<o;s++){let a=r[s].name||String(s);this.morphTargetInfluences.push(0),this.morphTargetDictionary[a]=s}}}}};function Ch(i,e,t,n,r,s,o){let a=Zl.distanceSqToPoint(i);if(a<t){let l=new $;Zl.closestPointToPoint(i,l),l.applyMatrix4(n);let c=r.ray.origin.distanceTo(l);if(c<r.near||c>r.far)return;s.push({distance:c,distanceToRay:Math.sqrt(a),point:l,index:e,face:null,faceIndex:null,barycoord:null,object:o})}}var Hr=class extends Ft{constructor(e=[],t=bi,n,r,s,o,a,l,c,u){super(e,t,n,r,s,o,a,l,c,u),this.isCubeTexture=!0,this.flipY=!1}get images(){return this.image}set images(e){this.image=e}};var On=class extends Ft{constructor(e,t,n=dn,r,s,o,a=gt,l=gt,c,u=Dn,h=1){if(u!==Dn&&u!==kn)throw new Error("THREE.DepthTexture: format must be either THREE.DepthFormat or THREE.DepthStencilFormat");let d={width:e,height:t,depth:h};super(d,r,s,o,a,l,u,n,c),this.isDepthTexture=!0,this.flipY=!1,this.generateMipmaps=!1,this.compareFunction=null}copy(e){return super.copy(e),this.source=new Yi(Object.assign({},e.image)),this.compareFunction=e.compareFunction,this}toJSON(e){let t=super.toJSON(e);return t.compareFunction=this.compareFunction,t}},Wr=class extends On{constructor(e,t=dn,n=bi,r,s,o=gt,a=gt,l,c=Dn){let u={width:e,height:e,depth:1},h=[u,u,u,u,u,u];super(e,e,t,n,r,s,o,a,l,c),this.image=h,this.isCubeDepthTexture=!0,this.isCubeTexture=!0}get images(){return this.image}set images(e){this.image=e}},Xr=class extends Ft{constructor(e=null){super(),this.sourceTexture=e,this.isExternalTexture=!0}copy(e){return super.copy(e),this.sourceTexture=e.sourceTexture,this}},er=class i extends Dt{constructor(e=1,t=1,n=1,r=1,s=1,o=1){super(),this.type="BoxGeometry",this.parameters={width:e,height:t,depth:n,widthSegments:r,heightSegments:s,depthSegments:o};let a=this;r=Math.floor(r),s=Math.floor(s),o=Math.floor(o);let l=[],c=[],u=[],h=[],d=0,f=0;p("z","y","x",-1,-1,n,t,e,o,s,0),p("z","y","x",1,-1,n,t,-e,o,s,1),p("x","z","y",1,1,e,n,t,r,o,2),p("x","z","y",1,-1,e,n,-t,r,o,3),p("x","y","z",1,-1,e,t,n,r,s,4),p("x","y","z",-1,-1,e,t,-n,r,s,5),this.setIndex(l),this.setAttribute("position",new Gt(c,3)),this.setAttribute("normal",new Gt(u,3)),this.setAttribute("uv",new Gt(h,2));function p(y,g,m,x,_,b,w,A,v,S,N){let I=b/v,R=w/S,C=b/2,D=w/2,L=A/2,z=v+1,k=S+1,B=0,Y=0,V=new $;for(let j=0;j<k;j++){let ne=j*R-D;for(let be=0;be<z;be++){let Pe=be*I-C;V[y]=Pe*x,V[g]=ne*_,V[m]=L,c.push(V.x,V.y,V.z),V[y]=0,V[g]=0,V[m]=A>0?1:-1,u.push(V.x,V.y,V.z),h.push(be/v),h.push(1-j/S),B+=1}}for(let j=0;j<S;j++)for(let ne=0;ne<v;ne++){let be=d+ne+z*j,Pe=d+ne+z*(j+1),Z=d+(ne+1)+z*(j+1),ie=d+(ne+1)+z*j;l.push(be,Pe,ie),l.push(Pe,Z,ie),Y+=6}a.addGroup(f,Y,N),f+=Y,d+=B}}copy(e){return super.copy(e),this.parameters=Object.assign({},e.parameters),this}static fromJSON(e){return new i(e.width,e.height,e.depth,e.widthSegments,e.heightSegments,e.depthSegments)}};var $r=class i extends Dt{constructor(e=1,t=1,n=1,r=1){super(),this.type="PlaneGeometry",this.parameters={width:e,height:t,widthSegments:n,heightSegments:r};let s=e/2,o=t/2,a=Math.floor(n),l=Math.floor(r),c=a+1,u=l+1,h=e/a,d=t/l,f=[],p=[],y=[],g=[];for(let m=0;m<u;m++){let x=m*d-o;for(let _=0;_<c;_++){let b=_*h-s;p.push(b,-x,0),y.push(0,0,1),g.push(_/a),g.push(1-m/l)}}for(let m=0;m<l;m++)for(let x=0;x<a;x++){let _=x+c*m,b=x+c*(m+1),w=x+1+c*(m+1),A=x+1+c*m;f.push(_,b,A),f.push(b,w,A)}this.setIndex(f),this.setAttribute("position",new Gt(p,3)),this.setAttribute("normal",new Gt(y,3)),this.setAttribute("uv",new Gt(g,2))}copy(e){return super.copy(e),this.parameters=Object.assign({},e.parameters),this}static fromJSON(e){return new i(e.width,e.height,e.widthSegments,e.heightSegments)}};function Ai(i){let e={};for(let t in i){e[t]={};for(let n in i[t]){let r=i[t][n];if(Rh(r))r.isRenderTargetTexture?(Re("UniformsUtils: Textures of render targets cannot be cloned via cloneUniforms() or mergeUniforms()."),e[t][n]=null):e[t][n]=r.clone();else if(Array.isArray(r))if(Rh(r[0])){let s=[];for(let o=0,a=r.length;o<a;o++)s[o]=r[o].clone();e[t][n]=s}else e[t][n]=r.slice();else e[t][n]=r}}return e}function Ut(i){let e={};for(let t=0;t<i.length;t++){let n=Ai(i[t]);for(let r in n)e[r]=n[r]}return e}function Rh(i){return i&&(i.isColor||i.isMatrix3||i.isMatrix4||i.isVector2||i.isVector3||i.isVector4||i.isTexture||i.isQuaternion)}function pg(i){let e=[];for(let t=0;t<i.length;t++)e.push(i[t].clone());return e}function Rc(i){let e=i.getRenderTarget();return e===null?i.outputColorSpace:e.isXRRenderTarget===!0?e.texture.colorSpace:We.workingColorSpace}var vd={clone:Ai,merge:Ut},mg=`void main() {
	gl_Position = projectionMatrix * modelViewMatrix * vec4( position, 1.0 );
}`,gg=`void main() {
	gl_FragColor = vec4( 1.0, 0.0, 0.0, 1.0 );
}`,sn=class extends Un{constructor(e){super(),this.isShaderMaterial=!0,this.type="ShaderMaterial",this.defines={},this.uniforms={},this.uniformsGroups=[],this.vertexShader=mg,this.fragmentShader=gg,this.linewidth=1,this.wireframe=!1,this.wireframeLinewidth=1,this.fog=!1,this.lights=!1,this.clipping=!1,this.forceSinglePass=!0,this.extensions={clipCullDistance:!1,multiDraw:!1},this.defaultAttributeValues={color:[1,1,1],uv:[0,0],uv1:[0,0]},this.index0AttributeName=void 0,this.uniformsNeedUpdate=!1,this.glslVersion=null,e!==void 0&&this.setValues(e)}copy(e){return super.copy(e),this.fragmentShader=e.fragmentShader,this.vertexShader=e.vertexShader,this.uniforms=Ai(e.uniforms),this.uniformsGroups=pg(e.uniformsGroups),this.defines=Object.assign({},e.defines),this.wireframe=e.wireframe,this.wireframeLinewidth=e.wireframeLinewidth,this.fog=e.fog,this.lights=e.lights,this.clipping=e.clipping,this.extensions=Object.assign({},e.extensions),this.glslVersion=e.glslVersion,this.defaultAttributeValues=Object.assign({},e.defaultAttributeValues),this.index0AttributeName=e.index0AttributeName,this.uniformsNeedUpdate=e.uniformsNeedUpdate,this}toJSON(e){let t=super.toJSON(e);t.glslVersion=this.glslVersion,t.uniforms={};for(let r in this.uniforms){let o=this.uniforms[r].value;o&&o.isTexture?t.uniforms[r]={type:"t",value:o.toJSON(e).uuid}:o&&o.isColor?t.uniforms[r]={type:"c",value:o.getHex()}:o&&o.isVector2?t.uniforms[r]={type:"v2",value:o.toArray()}:o&&o.isVector3?t.uniforms[r]={type:"v3",value:o.toArray()}:o&&o.isVector4?t.uniforms[r]={type:"v4",value:o.toArray()}:o&&o.isMatrix3?t.uniforms[r]={type:"m3",value:o.toArray()}:o&&o.isMatrix4?t.uniforms[r]={type:"m4",value:o.toArray()}:t.uniforms[r]={value:o}}Object.keys(this.defines).length>0&&(t.defines=this.defines),t.vertexShader=this.vertexShader,t.fragmentShader=this.fragmentShader,t.lights=this.lights,t.clipping=this.clipping;let n={};for(let r in this.extensions)this.extensions[r]===!0&&(n[r]=!0);return Object.keys(n).length>0&&(t.extensions=n),t}fromJSON(e,t){if(super.fromJSON(e,t),e.uniforms!==void 0)for(let n in e.uniforms){let r=e.uniforms[n];switch(this.uniforms[n]={},r.type){case"t":this.uniforms[n].value=t[r.value]||null;break;case"c":this.uniforms[n].value=new ze().setHex(r.value);break;case"v2":this.uniforms[n].value=new $e().fromArray(r.value);break;case"v3":this.uniforms[n].value=new $().fromArray(r.value);break;case"v4":this.uniforms[n].value=new ut().fromArray(r.value);break;case"m3":this.uniforms[n].value=new Ne().fromArray(r.value);break;case"m4":this.uniforms[n].value=new nt().fromArray(r.value);break;default:this.uniforms[n].value=r.value}}if(e.defines!==void 0&&(this.defines=e.defines),e.vertexShader!==void 0&&(this.vertexShader=e.vertexShader),e.fragmentShader!==void 0&&(this.fragmentShader=e.fragmentShader),e.glslVersion!==void 0&&(this.glslVersion=e.glslVersion),e.extensions!==void 0)for(let n in e.extensions)this.extensions[n]=e.extensions[n];return e.lights!==void 0&&(this.lights=e.lights),e.clipping!==void 0&&(this.clipping=e.clipping),this}},wo=class extends sn{constructor(e){super(e),this.isRawShaderMaterial=!0,this.type="RawShaderMaterial"}};var Eo=class extends Un{constructor(e){super(),this.isMeshDepthMaterial=!0,this.type="MeshDepthMaterial",this.depthPacking=rd,this.map=null,this.alphaMap=null,this.displacementMap=null,this.displacementScale=1,this.displacementBias=0,this.wireframe=!1,this.wireframeLinewidth=1,this.setValues(e)}copy(e){return super.copy(e),this.depthPacking=e.depthPacking,this.map=e.map,this.alphaMap=e.alphaMap,this.displacementMap=e.displacementMap,this.displacementScale=e.displacementScale,this.displacementBias=e.displacementBias,this.wireframe=e.wireframe,this.wireframeLinewidth=e.wireframeLinewidth,this}},To=class extends Un{constructor(e){super(),this.isMeshDistanceMaterial=!0,this.type="MeshDistanceMaterial",this.map=null,this.alphaMap=null,this.displacementMap=null,this.displacementScale=1,this.displacementBias=0,this.setValues(e)}copy(e){return super.copy(e),this.map=e.map,this.alphaMap=e.alphaMap,this.displacementMap=e.displacementMap,this.displacementScale=e.displacementScale,this.displacementBias=e.displacementBias,this}};function Vi(i,e){return!i||i.constructor===e?i:typeof e.BYTES_PER_ELEMENT=="number"?new e(i):Array.prototype.slice.call(i)}function Qs(i){return i!==void 0&&i.inTangents!==void 0&&i.outTangents!==void 0}var ti=class{constructor(e,t,n,r){this.parameterPositions=e,this._cachedIndex=0,this.resultBuffer=r!==void 0?r:new t.constructor(n),this.sampleValues=t,this.valueSize=n,this.settings=null,this.DefaultSettings_={}}evaluate(e){let t=this.parameterPositions,n=this._cachedIndex,r=t[n],s=t[n-1];n:{e:{let o;t:{i:if(!(e<r)){for(let a=n+2;;){if(r===void 0){if(e<s)break i;return n=t.length,this._cachedIndex=n,this.copySampleValue_(n-1)}if(n===a)break;if(s=r,r=t[++n],e<r)break e}o=t.length;break t}if(!(e>=s)){let a=t[1];e<a&&(n=2,s=a);for(let l=n-2;;){if(s===void 0)return this._cachedIndex=0,this.copySampleValue_(0);if(n===l)break;if(r=s,s=t[--n-1],e>=s)break e}o=n,n=0;break t}break n}for(;n<o;){let a=n+o>>>1;e<t[a]?o=a:n=a+1}if(r=t[n],s=t[n-1],s===void 0)return this._cachedIndex=0,this.copySampleValue_(0);if(r===void 0)return n=t.length,this._cachedIndex=n,this.copySampleValue_(n-1)}this._cachedIndex=n,this.intervalChanged_(n,s,r)}return this.interpolate_(n,s,e,r)}getSettings_(){return this.settings||this.DefaultSettings_}copySampleValue_(e){let t=this.resultBuffer,n=this.sampleValues,r=this.valueSize,s=e*r;for(let o=0;o!==r;++o)t[o]=n[s+o];return t}interpolate_(){throw new Error("THREE.Interpolant: Call to abstract method.")}intervalChanged_(){}},Co=class extends ti{constructor(e,t,n,r){super(e,t,n,r),this._weightPrev=-0,this._offsetPrev=-0,this._weightNext=-0,this._offsetNext=-0,this.DefaultSettings_={endingStart:Kl,endingEnd:Kl}}intervalChanged_(e,t,n){let r=this.parameterPositions,s=e-2,o=e+1,a=r[s],l=r[o];if(a===void 0)switch(this.getSettings_().endingStart){case jl:s=e,a=2*t-n;break;case Jl:s=r.length-2,a=t+r[s]-r[s+1];break;default:s=e,a=n}if(l===void 0)switch(this.getSettings_().endingEnd){case jl:o=e,l=2*n-t;break;case Jl:o=1,l=n+r[1]-r[0];break;default:o=e-1,l=t}let c=(n-t)*.5,u=this.valueSize;this._weightPrev=c/(t-a),this._weightNext=c/(l-n),this._offsetPrev=s*u,this._offsetNext=o*u}interpolate_(e,t,n,r){let s=this.resultBuffer,o=this.sampleValues,a=this.valueSize,l=e*a,c=l-a,u=this._offsetPrev,h=this._offsetNext,d=this._weightPrev,f=this._weightNext,p=(n-t)/(r-t),y=p*p,g=y*p,m=-d*g+2*d*y-d*p,x=(1+d)*g+(-1.5-2*d)*y+(-.5+d)*p+1,_=(-1-f)*g+(1.5+f)*y+.5*p,b=f*g-f*y;for(let w=0;w!==a;++w)s[w]=m*o[u+w]+x*o[c+w]+_*o[l+w]+b*o[h+w];return s}},Ro=class extends ti{constructor(e,t,n,r){super(e,t,n,r)}interpolate_(e,t,n,r){let s=this.resultBuffer,o=this.sampleValues,a=this.valueSize,l=e*a,c=l-a,u=(n-t)/(r-t),h=1-u;for(let d=0;d!==a;++d)s[d]=o[c+d]*h+o[l+d]*u;return s}},Io=class extends ti{constructor(e,t,n,r){super(e,t,n,r)}interpolate_(e){return this.copySampleValue_(e-1)}},Po=class extends ti{interpolate_(e,t,n,r){let s=this.resultBuffer,o=this.sampleValues,a=this.valueSize,l=e*a,c=l-a,u=this.inTangents,h=this.outTangents;if(!u||!h){let p=(n-t)/(r-t),y=1-p;for(let g=0;g!==a;++g)s[g]=o[c+g]*y+o[l+g]*p;return s}let d=a*2,f=e-1;for(let p=0;p!==a;++p){let y=o[c+p],g=o[l+p],m=f*d+p*2,x=h[m],_=h[m+1],b=e*d+p*2,w=u[b],A=u[b+1],v=xg(n,t,x,w,r);s[p]=bd(v,y,_,A,g)}return s}};function bd(i,e,t,n,r){let s=1-i;return s*s*s*e+3*s*s*i*t+3*s*i*i*n+i*i*i*r}function yg(i,e,t,n,r){let s=1-i;return 3*s*s*(t-e)+6*s*i*(n-t)+3*i*i*(r-n)}function xg(i,e,t,n,r){let s=(i-e)/(r-e);for(let o=0;o<8;o++){let a=bd(s,e,t,n,r)-i;if(Math.abs(a)<1e-10)break;let l=yg(s,e,t,n,r);if(Math.abs(l)<1e-10)break;s=Math.max(0,Math.min(1,s-a/l))}return s}var Yt=class{constructor(e,t,n,r){if(e===void 0)throw new Error("THREE.KeyframeTrack: track name is undefined");if(t===void 0||t.length===0)throw new Error("THREE.KeyframeTrack: no keyframes in track named "+e);this.name=e,this.times=Vi(t,this.TimeBufferType),this.values=Vi(n,this.ValueBufferType),this.setInterpolation(r||this.DefaultInterpolation)}static toJSON(e){let t=e.constructor,n;if(t.toJSON!==this.toJSON)n=t.toJSON(e);else{n={name:e.name,times:Vi(e.times,Array),values:Vi(e.values,Array)};let r=e.getInterpolation();r!==e.DefaultInterpolation&&(n.interpolation=r),Qs(e.settings)&&(n.settings={inTangents:Vi(e.settings.inTangents,Array),outTangents:Vi(e.settings.outTangents,Array)})}return n.type=e.ValueTypeName,n}InterpolantFactoryMethodDiscrete(e){return new Io(this.times,this.values,this.getValueSize(),e)}InterpolantFactoryMethodLinear(e){return new Ro(this.times,this.values,this.getValueSize(),e)}InterpolantFactoryMethodSmooth(e){return new Co(this.times,this.values,this.getValueSize(),e)}InterpolantFactoryMethodBezier(e){let t=new Po(this.times,this.values,this.getValueSize(),e);return this.settings&&(t.inTangents=this.settings.inTangents,t.outTangents=this.settings.outTangents),t}setInterpolation(e){let t;switch(e){case Lr:t=this.InterpolantFactoryMethodDiscrete;break;case po:t=this.InterpolantFactoryMethodLinear;break;case no:t=this.InterpolantFactoryMethodSmooth;break;case Yl:t=this.InterpolantFactoryMethodBezier;break}if(t===void 0){let n="unsupported interpolation for "+this.ValueTypeName+" keyframe track named "+this.name;if(this.createInterpolant===void 0)if(e!==this.DefaultInterpolation)this.setInterpolation(this.DefaultInterpolation);else throw new Error(n);return Re("KeyframeTrack:",n),this}return this.createInterpolant=t,this}getInterpolation(){switch(this.createInterpolant){case this.InterpolantFactoryMethodDiscrete:return Lr;case this.InterpolantFactoryMethodLinear:return po;case this.InterpolantFactoryMethodSmooth:return no;case this.InterpolantFactoryMethodBezier:return Yl}}getValueSize(){return this.values.length/this.times.length}shift(e){if(e!==0){let t=this.times;for(let n=0,r=t.length;n!==r;++n)t[n]+=e;Qs(this.settings)&&(Ih(this.settings.inTangents,e),Ih(this.settings.outTangents,e))}return this}scale(e){if(e!==1){let t=this.times;for(let n=0,r=t.length;n!==r;++n)t[n]*=e;Qs(this.settings)&&(Ph(this.settings.inTangents,e),Ph(this.settings.outTangents,e))}return this}trim(e,t){let n=this.times,r=n.length,s=0,o=r-1;for(;s!==r&&n[s]<e;)++s;for(;o!==-1&&n[o]>t;)--o;if(++o,s!==0||o!==r){s>=o&&(o=Math.max(o,1),s=o-1);let a=this.getValueSize();this.times=n.slice(s,o),this.values=this.values.slice(s*a,o*a)}return this}validate(){let e=!0,t=this.getValueSize();t-Math.floor(t)!==0&&(Le("KeyframeTrack: Invalid value size in track.",this),e=!1);let n=this.times,r=this.values,s=n.length;s===0&&(Le("KeyframeTrack: Track is empty.",this),e=!1);let o=null;for(let a=0;a!==s;a++){let l=n[a];if(typeof l=="number"&&isNaN(l)){Le("KeyframeTrack: Time is not a valid number.",this,a,l),e=!1;break}if(o!==null&&o>l){Le("KeyframeTrack: Out of order keys.",this,a,l,o),e=!1;break}o=l}if(r!==void 0&&$m(r))for(let a=0,l=r.length;a!==l;++a){let c=r[a];if(isNaN(c)){Le("KeyframeTrack: Value is not a valid number.",this,a,c),e=!1;break}}return e}optimize(){let e=this.times.slice(),t=this.values.slice(),n=this.getValueSize(),r=this.getInterpolation()===no,s=e.length-1,o=1;for(let a=1;a<s;++a){let l=!1,c=e[a],u=e[a+1];if(c!==u&&(a!==1||c!==e[0]))if(r)l=!0;else{let h=a*n,d=h-n,f=h+n;for(let p=0;p!==n;++p){let y=t[h+p];if(y!==t[d+p]||y!==t[f+p]){l=!0;break}}}if(l){if(a!==o){e[o]=e[a];let h=a*n,d=o*n;for(let f=0;f!==n;++f)t[d+f]=t[h+f]}++o}}if(s>0){e[o]=e[s];for(let a=s*n,l=o*n,c=0;c!==n;++c)t[l+c]=t[a+c];++o}return o!==e.length?(this.times=e.slice(0,o),this.values=t.slice(0,o*n)):(this.times=e,this.values=t),this}clone(){let e=this.times.slice(),t=this.values.slice(),n=this.constructor,r=new n(this.name,e,t);return r.createInterpolant=this.createInterpolant,Qs(this.settings)&&(r.settings={inTangents:this.settings.inTangents.slice(),outTangents:this.settings.outTangents.slice()}),r}};function Ih(i,e){for(let t=0,n=i.length;t!==n;t+=2)i[t]+=e}function Ph(i,e){for(let t=0,n=i.length;t!==n;t+=2)i[t]*=e}Yt.prototype.ValueTypeName="";Yt.prototype.TimeBufferType=Float32Array;Yt.prototype.ValueBufferType=Float32Array;Yt.prototype.DefaultInterpolation=po;var ni=class extends Yt{constructor(e,t,n){super(e,t,n)}};ni.prototype.ValueTypeName="bool";ni.prototype.ValueBufferType=Array;ni.prototype.DefaultInterpolation=Lr;ni.prototype.InterpolantFactoryMethodLinear=void 0;ni.prototype.InterpolantFactoryMethodSmooth=void 0;var Lo=class extends Yt{constructor(e,t,n,r){super(e,t,n,r)}};Lo.prototype.ValueTypeName="color";var No=class extends Yt{constructor(e,t,n,r){super(e,t,n,r)}};No.prototype.ValueTypeName="number";var Fo=class extends ti{constructor(e,t,n,r){super(e,t,n,r)}interpolate_(e,t,n,r){let s=this.resultBuffer,o=this.sampleValues,a=this.valueSize,l=(n-t)/(r-t),c=e*a;for(let u=c+a;c!==u;c+=4)bn.slerpFlat(s,0,o,c-a,o,c,l);return s}},qr=class extends Yt{constructor(e,t,n,r){super(e,t,n,r)}InterpolantFactoryMethodLinear(e){return new Fo(this.times,this.values,this.getValueSize(),e)}};qr.prototype.ValueTypeName="quaternion";qr.prototype.InterpolantFactoryMethodSmooth=void 0;var ii=class extends Yt{constructor(e,t,n){super(e,t,n)}};ii.prototype.ValueTypeName="string";ii.prototype.ValueBufferType=Array;ii.prototype.DefaultInterpolation=Lr;ii.prototype.InterpolantFactoryMethodLinear=void 0;ii.prototype.InterpolantFactoryMethodSmooth=void 0;var Do=class extends Yt{constructor(e,t,n,r){super(e,t,n,r)}};Do.prototype.ValueTypeName="vector";var Uo=class{constructor(e,t,n){let r=this,s=!1,o=0,a=0,l,c=[];this.onStart=void 0,this.onLoad=e,this.onProgress=t,this.onError=n,this._abortController=null,this.itemStart=function(u){a++,s===!1&&r.onStart!==void 0&&r.onStart(u,o,a),s=!0},this.itemEnd=function(u){o++,r.onProgress!==void 0&&r.onProgress(u,o,a),o===a&&(s=!1,r.onLoad!==void 0&&r.onLoad())},this.itemError=function(u){r.onError!==void 0&&r.onError(u)},this.resolveURL=function(u){return u=u.normalize("NFC"),l?l(u):u},this.setURLModifier=function(u){return l=u,this},this.addHandler=function(u,h){return c.push(u,h),this},this.removeHandler=function(u){let h=c.indexOf(u);return h!==-1&&c.splice(h,2),this},this.getHandler=function(u){for(let h=0,d=c.length;h<d;h+=2){let f=c[h],p=c[h+1];if(f.global&&(f.lastIndex=0),f.test(u))return p}return null},this.abort=function(){return this.abortController.abort(),this._abortController=null,this}}get abortController(){return this._abortController||(this._abortController=new AbortController),this._abortController}},_d=new Uo,Oo=class{constructor(e){this.manager=e!==void 0?e:_d,this.crossOrigin="anonymous",this.withCredentials=!1,this.path="",this.resourcePath="",this.requestHeader={},this.priority="auto",this.cache="default",typeof __THREE_DEVTOOLS__<"u"&&__THREE_DEVTOOLS__.dispatchEvent(new CustomEvent("observe",{detail:this}))}load(){}loadAsync(e,t){let n=this;return new Promise(function(r,s){n.load(e,r,t,s)})}parse(){}setCrossOrigin(e){return this.crossOrigin=e,this}setWithCredentials(e){return this.withCredentials=e,this}setPath(e){return this.path=e,this}setResourcePath(e){return this.resourcePath=e,this}setRequestHeader(e){return this.requestHeader=e,this}setPriority(e){return this.priority=e,this}setCache(e){return this.cache=e,this}abort(){return this}};Oo.DEFAULT_MATERIAL_NAME="__DEFAULT";var eo=new $,to=new bn,yn=new $,Yr=class extends Vt{constructor(){super(),this.isCamera=!0,this.type="Camera",this.matrixWorldInverse=new nt,this.projectionMatrix=new nt,this.projectionMatrixInverse=new nt,this.coordinateSystem=rn,this._reversedDepth=!1}get reversedDepth(){return this._reversedDepth}copy(e,t){return super.copy(e,t),this.matrixWorldInverse.copy(e.matrixWorldInverse),this.projectionMatrix.copy(e.projectionMatrix),this.projectionMatrixInverse.copy(e.projectionMatrixInverse),this.coordinateSystem=e.coordinateSystem,this}getWorldDirection(e){return super.getWorldDirection(e).negate()}updateMatrixWorld(e){super.updateMatrixWorld(e),this.matrixWorld.decompose(eo,to,yn),yn.x===1&&yn.y===1&&yn.z===1?this.matrixWorldInverse.copy(this.matrixWorld).invert():this.matrixWorldInverse.compose(eo,to,yn.set(1,1,1)).invert()}updateWorldMatrix(e,t,n=!1){super.updateWorldMatrix(e,t,n),this.matrixWorld.decompose(eo,to,yn),yn.x===1&&yn.y===1&&yn.z===1?this.matrixWorldInverse.copy(this.matrixWorld).invert():this.matrixWorldInverse.compose(eo,to,yn.set(1,1,1)).invert()}clone(){return new this.constructor().copy(this)}},jn=new $,Lh=new $e,Nh=new $e,Bt=class extends Yr{constructor(e=50,t=1,n=.1,r=2e3){super(),this.isPerspectiveCamera=!0,this.type="PerspectiveCamera",this.fov=e,this.zoom=1,this.near=n,this.far=r,this.focus=10,this.aspect=t,this.view=null,this.filmGauge=35,this.filmOffset=0,this.updateProjectionMatrix()}copy(e,t){return super.copy(e,t),this.fov=e.fov,this.zoom=e.zoom,this.near=e.near,this.far=e.far,this.focus=e.focus,this.aspect=e.aspect,this.view=e.view===null?null:Object.assign({},e.view),this.filmGauge=e.filmGauge,this.filmOffset=e.filmOffset,this}setFocalLength(e){let t=.5*this.getFilmHeight()/e;this.fov=mo*2*Math.atan(t),this.updateProjectionMatrix()}getFocalLength(){let e=Math.tan(El*.5*this.fov);return .5*this.getFilmHeight()/e}getEffectiveFOV(){return mo*2*Math.atan(Math.tan(El*.5*this.fov)/this.zoom)}getFilmWidth(){return this.filmGauge*Math.min(this.aspect,1)}getFilmHeight(){return this.filmGauge/Math.max(this.aspect,1)}getViewBounds(e,t,n){jn.set(-1,-1,.5).applyMatrix4(this.projectionMatrixInverse),t.set(jn.x,jn.y).multiplyScalar(-e/jn.z),jn.set(1,1,.5).applyMatrix4(this.projectionMatrixInverse),n.set(jn.x,jn.y).multiplyScalar(-e/jn.z)}getViewSize(e,t){return this.getViewBounds(e,Lh,Nh),t.subVectors(Nh,Lh)}setViewOffset(e,t,n,r,s,o){this.aspect=e/t,this.view===null&&(this.view={enabled:!0,fullWidth:1,fullHeight:1,offsetX:0,offsetY:0,width:1,height:1}),this.view.enabled=!0,this.view.fullWidth=e,this.view.fullHeight=t,this.view.offsetX=n,this.view.offsetY=r,this.view.width=s,this.view.height=o,this.updateProjectionMatrix()}clearViewOffset(){this.view!==null&&(this.view.enabled=!1),this.updateProjectionMatrix()}updateProjectionMatrix(){let e=this.near,t=e*Math.tan(El*.5*this.fov)/this.zoom,n=2*t,r=this.aspect*n,s=-.5*r,o=this.view;if(this.view!==null&&this.view.enabled){let l=o.fullWidth,c=o.fullHeight;s+=o.offsetX*r/l,t-=o.offsetY*n/c,r*=o.width/l,n*=o.height/c}let a=this.filmOffset;a!==0&&(s+=e*a/this.getFilmWidth()),this.projectionMatrix.makePerspective(s,s+r,t,t-n,e,this.far,this.coordinateSystem,this.reversedDepth),this.projectionMatrixInverse.copy(this.projectionMatrix).invert()}toJSON(e){let t=super.toJSON(e);return t.object.fov=this.fov,t.object.zoom=this.zoom,t.object.near=this.near,t.object.far=this.far,t.object.focus=this.focus,t.object.aspect=this.aspect,this.view!==null&&(t.object.view=Object.assign({},this.view)),t.object.filmGauge=this.filmGauge,t.object.filmOffset=this.filmOffset,t}};var tr=class extends Yr{constructor(e=-1,t=1,n=1,r=-1,s=.1,o=2e3){super(),this.isOrthographicCamera=!0,this.type="OrthographicCamera",this.zoom=1,this.view=null,this.left=e,this.right=t,this.top=n,this.bottom=r,this.near=s,this.far=o,this.updateProjectionMatrix()}copy(e,t){return super.copy(e,t),this.left=e.left,this.right=e.right,this.top=e.top,this.bottom=e.bottom,this.near=e.near,this.far=e.far,this.zoom=e.zoom,this.view=e.view===null?null:Object.assign({},e.view),this}setViewOffset(e,t,n,r,s,o){this.view===null&&(this.view={enabled:!0,fullWidth:1,fullHeight:1,offsetX:0,offsetY:0,width:1,height:1}),this.view.enabled=!0,this.view.fullWidth=e,this.view.fullHeight=t,this.view.offsetX=n,this.view.offsetY=r,this.view.width=s,this.view.height=o,this.updateProjectionMatrix()}clearViewOffset(){this.view!==null&&(this.view.enabled=!1),this.updateProjectionMatrix()}updateProjectionMatrix(){let e=(this.right-this.left)/(2*this.zoom),t=(this.top-this.bottom)/(2*this.zoom),n=(this.right+this.left)/2,r=(this.top+this.bottom)/2,s=n-e,o=n+e,a=r+t,l=r-t;if(this.view!==null&&this.view.enabled){let c=(this.right-this.left)/this.view.fullWidth/this.zoom,u=(this.top-this.bottom)/this.view.fullHeight/this.zoom;s+=c*this.view.offsetX,o=s+c*this.view.width,a-=u*this.view.offsetY,l=a-u*this.view.height}this.projectionMatrix.makeOrthographic(s,o,a,l,this.near,this.far,this.coordinateSystem,this.reversedDepth),this.projectionMatrixInverse.copy(this.projectionMatrix).invert()}toJSON(e){let t=super.toJSON(e);return t.object.zoom=this.zoom,t.object.left=this.left,t.object.right=this.right,t.object.top=this.top,t.object.bottom=this.bottom,t.object.near=this.near,t.object.far=this.far,this.view!==null&&(t.object.view=Object.assign({},this.view)),t}};var Hi=-90,Wi=1,nr=class extends Vt{constructor(e,t,n){super(),this.type="CubeCamera",this.renderTarget=n,this.coordinateSystem=null,this.activeMipmapLevel=0;let r=new Bt(Hi,Wi,e,t);r.layers=this.layers,this.add(r);let s=new Bt(Hi,Wi,e,t);s.layers=this.layers,this.add(s);let o=new Bt(Hi,Wi,e,t);o.layers=this.layers,this.add(o);let a=new Bt(Hi,Wi,e,t);a.layers=this.layers,this.add(a);let l=new Bt(Hi,Wi,e,t);l.layers=this.layers,this.add(l);let c=new Bt(Hi,Wi,e,t);c.layers=this.layers,this.add(c)}updateCoordinateSystem(){let e=this.coordinateSystem,t=this.children.concat(),[n,r,s,o,a,l]=t;for(let c of t)this.remove(c);if(e===rn)n.up.set(0,1,0),n.lookAt(1,0,0),r.up.set(0,1,0),r.lookAt(-1,0,0),s.up.set(0,0,-1),s.lookAt(0,1,0),o.up.set(0,0,1),o.lookAt(0,-1,0),a.up.set(0,1,0),a.lookAt(0,0,1),l.up.set(0,1,0),l.lookAt(0,0,-1);else if(e===Dr)n.up.set(0,-1,0),n.lookAt(-1,0,0),r.up.set(0,-1,0),r.lookAt(1,0,0),s.up.set(0,0,1),s.lookAt(0,1,0),o.up.set(0,0,-1),o.lookAt(0,-1,0),a.up.set(0,-1,0),a.lookAt(0,0,1),l.up.set(0,-1,0),l.lookAt(0,0,-1);else throw new Error("THREE.CubeCamera.updateCoordinateSystem(): Invalid coordinate system: "+e);for(let c of t)this.add(c),c.updateMatrixWorld()}update(e,t){this.parent===null&&this.updateMatrixWorld();let{renderTarget:n,activeMipmapLevel:r}=this;this.coordinateSystem!==e.coordinateSystem&&(this.coordinateSystem=e.coordinateSystem,this.updateCoordinateSystem());let[s,o,a,l,c,u]=this.children,h=e.getRenderTarget(),d=e.getActiveCubeFace(),f=e.getActiveMipmapLevel(),p=e.xr.enabled;e.xr.enabled=!1;let y=n.texture.mipmapsAutoUpdate;n.texture.mipmapsAutoUpdate=!1;let g=!1;e.isWebGLRenderer===!0?g=e.state.buffers.depth.getReversed():g=e.reversedDepthBuffer,e.setRenderTarget(n,0,r),g&&e.autoClear===!1&&e.clearDepth(),e.render(t,s),e.setRenderTarget(n,1,r),g&&e.autoClear===!1&&e.clearDepth(),e.render(t,o),e.setRenderTarget(n,2,r),g&&e.autoClear===!1&&e.clearDepth(),e.render(t,a),e.setRenderTarget(n,3,r),g&&e.autoClear===!1&&e.clearDepth(),e.render(t,l),e.setRenderTarget(n,4,r),g&&e.autoClear===!1&&e.clearDepth(),e.render(t,c),n.texture.mipmapsAutoUpdate=y,e.setRenderTarget(n,5,r),g&&e.autoClear===!1&&e.clearDepth(),e.render(t,u),e.setRenderTarget(h,d,f),e.xr.enabled=p,n.texture.needsPMREMUpdate=!0}},Bo=class extends Bt{constructor(e=[]){super(),this.isArrayCamera=!0,this.isMultiViewCamera=!1,this.cameras=e,this.perCameraFrustumCulled=!1}};var Ic="\\[\\]\\.:\\/",vg=new RegExp("["+Ic+"]","g"),Pc="[^"+Ic+"]",bg="[^"+Ic.replace("\\.","")+"]",_g=/((?:WC+[\/:])*)/.source.replace("WC",Pc),Ag=/(WCOD+)?/.source.replace("WCOD",bg),Sg=/(?:\.(WC+)(?:\[(.+)\])?)?/.source.replace("WC",Pc),Mg=/\.(WC+)(?:\[(.+)\])?/.source.replace("WC",Pc),wg=new RegExp("^"+_g+Ag+Sg+Mg+"$"),Eg=["material","materials","bones","map"],Ql=class{constructor(e,t,n){let r=n||it.parseTrackName(t);this._targetGroup=e,this._bindings=e.subscribe_(t,r)}getValue(e,t){this.bind();let n=this._targetGroup.nCachedObjects_,r=this._bindings[n];r!==void 0&&r.getValue(e,t)}setValue(e,t){let n=this._bindings;for(let r=this._targetGroup.nCachedObjects_,s=n.length;r!==s;++r)n[r].setValue(e,t)}bind(){let e=this._bindings;for(let t=this._targetGroup.nCachedObjects_,n=e.length;t!==n;++t)e[t].bind()}unbind(){let e=this._bindings;for(let t=this._targetGroup.nCachedObjects_,n=e.length;t!==n;++t)e[t].unbind()}},it=class i{constructor(e,t,n){this.path=t,this.parsedPath=n||i.parseTrackName(t),this.node=i.findNode(e,this.parsedPath.nodeName),this.rootNode=e,this.getValue=this._getValue_unbound,this.setValue=this._setValue_unbound}static create(e,t,n){return e&&e.isAnimationObjectGroup?new i.Composite(e,t,n):new i(e,t,n)}static sanitizeNodeName(e){return e.replace(/\s/g,"_").replace(vg,"")}static parseTrackName(e){let t=wg.exec(e);if(t===null)throw new Error("THREE.PropertyBinding: Cannot parse trackName: "+e);let n={nodeName:t[2],objectName:t[3],objectIndex:t[4],propertyName:t[5],propertyIndex:t[6]},r=n.nodeName&&n.nodeName.lastIndexOf(".");if(r!==void 0&&r!==-1){let s=n.nodeName.substring(r+1);Eg.indexOf(s)!==-1&&(n.nodeName=n.nodeName.substring(0,r),n.objectName=s)}if(n.propertyName===null||n.propertyName.length===0)throw new Error("THREE.PropertyBinding: can not parse propertyName from trackName: "+e);return n}static findNode(e,t){if(t===void 0||t===""||t==="."||t===-1||t===e.name||t===e.uuid)return e;if(e.skeleton){let n=e.skeleton.getBoneByName(t);if(n!==void 0)return n}if(e.children){let n=function(s){for(let o=0;o<s.length;o++){let a=s[o];if(a.name===t||a.uuid===t)return a;let l=n(a.children);if(l)return l}return null},r=n(e.children);if(r)return r}return null}_getValue_unavailable(){}_setValue_unavailable(){}_getValue_direct(e,t){e[t]=this.targetObject[this.propertyName]}_getValue_array(e,t){let n=this.resolvedProperty;for(let r=0,s=n.length;r!==s;++r)e[t++]=n[r]}_getValue_arrayElement(e,t){e[t]=this.resolvedProperty[this.propertyIndex]}_getValue_toArray(e,t){this.resolvedProperty.toArray(e,t)}_setValue_direct(e,t){this.targetObject[this.propertyName]=e[t]}_setValue_direct_setNeedsUpdate(e,t){this.targetObject[this.propertyName]=e[t],this.targetObject.needsUpdate=!0}_setValue_direct_setMatrixWorldNeedsUpdate(e,t){this.targetObject[this.propertyName]=e[t],this.targetObject.matrixWorldNeedsUpdate=!0}_setValue_array(e,t){let n=this.resolvedProperty;for(let r=0,s=n.length;r!==s;++r)n[r]=e[t++]}_setValue_array_setNeedsUpdate(e,t){let n=this.resolvedProperty;for(let r=0,s=n.length;r!==s;++r)n[r]=e[t++];this.targetObject.needsUpdate=!0}_setValue_array_setMatrixWorldNeedsUpdate(e,t){let n=this.resolvedProperty;for(let r=0,s=n.length;r!==s;++r)n[r]=e[t++];this.targetObject.matrixWorldNeedsUpdate=!0}_setValue_arrayElement(e,t){this.resolvedProperty[this.propertyIndex]=e[t]}_setValue_arrayElement_setNeedsUpdate(e,t){this.resolvedProperty[this.propertyIndex]=e[t],this.targetObject.needsUpdate=!0}_setValue_arrayElement_setMatrixWorldNeedsUpdate(e,t){this.resolvedProperty[this.propertyIndex]=e[t],this.targetObject.matrixWorldNeedsUpdate=!0}_setValue_fromArray(e,t){this.resolvedProperty.fromArray(e,t)}_setValue_fromArray_setNeedsUpdate(e,t){this.resolvedProperty.fromArray(e,t),this.targetObject.needsUpdate=!0}_setValue_fromArray_setMatrixWorldNeedsUpdate(e,t){this.resolvedProperty.fromArray(e,t),this.targetObject.matrixWorldNeedsUpdate=!0}_getValue_unbound(e,t){this.bind(),this.getValue(e,t)}_setValue_unbound(e,t){this.bind(),this.setValue(e,t)}bind(){let e=this.node,t=this.parsedPath,n=t.objectName,r=t.propertyName,s=t.propertyIndex;if(e||(e=i.findNode(this.rootNode,t.nodeName),this.node=e),this.getValue=this._getValue_unavailable,this.setValue=this._setValue_unavailable,!e){Re("PropertyBinding: No target node found for track: "+this.path+".");return}if(n){let c=t.objectIndex;switch(n){case"materials":if(!e.material){Le("PropertyBinding: Can not bind to material as node does not have a material.",this);return}if(!e.material.materials){Le("PropertyBinding: Can not bind to material.materials as node.material does not have a materials array.",this);return}e=e.material.materials;break;case"bones":if(!e.skeleton){Le("PropertyBinding: Can not bind to bones as node does not have a skeleton.",this);return}e=e.skeleton.bones;for(let u=0;u<e.length;u++)if(e[u].name===c){c=u;break}break;case"map":if("map"in e){e=e.map;break}if(!e.material){Le("PropertyBinding: Can not bind to material as node does not have a material.",this);return}if(!e.material.map){Le("PropertyBinding: Can not bind to material.map as node.material does not have a map.",this);return}e=e.material.map;break;default:if(e[n]===void 0){Le("PropertyBinding: Can not bind to objectName of node undefined.",this);return}e=e[n]}if(c!==void 0){if(e[c]===void 0){Le("PropertyBinding: Trying to bind to objectIndex of objectName, but is undefined.",this,e);return}e=e[c]}}let o=e[r];if(o===void 0){let c=t.nodeName;Le("PropertyBinding: Trying to update property for track: "+c+"."+r+" but it wasn't found.",e);return}let a=this.Versioning.None;this.targetObject=e,e.isMaterial===!0?a=this.Versioning.NeedsUpdate:e.isObject3D===!0&&(a=this.Versioning.MatrixWorldNeedsUpdate);let l=this.BindingType.Direct;if(s!==void 0){if(r==="morphTargetInfluences"){if(!e.geometry){Le("PropertyBinding: Can not bind to morphTargetInfluences because node does not have a geometry.",this);return}if(!e.geometry.morphAttributes){Le("PropertyBinding: Can not bind to morphTargetInfluences because node does not have a geometry.morphAttributes.",this);return}e.morphTargetDictionary[s]!==void 0&&(s=e.morphTargetDictionary[s])}l=this.BindingType.ArrayElement,this.resolvedProperty=o,this.propertyIndex=s}else o.fromArray!==void 0&&o.toArray!==void 0?(l=this.BindingType.HasFromToArray,this.resolvedProperty=o):Array.isArray(o)?(l=this.BindingType.EntireArray,this.resolvedProperty=o):this.propertyName=r;this.getValue=this.GetterByBindingType[l],this.setValue=this.SetterByBindingTypeAndVersioning[l][a]}unbind(){this.node=null,this.getValue=this._getValue_unbound,this.setValue=this._setValue_unbound}};it.Composite=Ql;it.prototype.BindingType={Direct:0,EntireArray:1,ArrayElement:2,HasFromToArray:3};it.prototype.Versioning={None:0,NeedsUpdate:1,MatrixWorldNeedsUpdate:2};it.prototype.GetterByBindingType=[it.prototype._getValue_direct,it.prototype._getValue_array,it.prototype._getValue_arrayElement,it.prototype._getValue_toArray];it.prototype.SetterByBindingTypeAndVersioning=[[it.prototype._setValue_direct,it.prototype._setValue_direct_setNeedsUpdate,it.prototype._setValue_direct_setMatrixWorldNeedsUpdate],[it.prototype._setValue_array,it.prototype._setValue_array_setNeedsUpdate,it.prototype._setValue_array_setMatrixWorldNeedsUpdate],[it.prototype._setValue_arrayElement,it.prototype._setValue_arrayElement_setNeedsUpdate,it.prototype._setValue_arrayElement_setMatrixWorldNeedsUpdate],[it.prototype._setValue_fromArray,it.prototype._setValue_fromArray_setNeedsUpdate,it.prototype._setValue_fromArray_setMatrixWorldNeedsUpdate]];var pA=new Float32Array(1);var Oc=class Oc{constructor(e,t,n,r){this.elements=[1,0,0,1],e!==void 0&&this.set(e,t,n,r)}identity(){return this.set(1,0,0,1),this}fromArray(e,t=0){for(let n=0;n<4;n++)this.elements[n]=e[n+t];return this}set(e,t,n,r){let s=this.elements;return s[0]=e,s[2]=t,s[1]=n,s[3]=r,this}};Oc.prototype.isMatrix2=!0;var ec=Oc;function Lc(i,e,t,n){let r=Tg(n);switch(t){case bc:return i*e;case Ac:return i*e/r.components*r.byteLength;case $o:return i*e/r.components*r.byteLength;case si:return i*e*2/r.components*r.byteLength;case qo:return i*e*2/r.components*r.byteLength;case _c:return i*e*3/r.components*r.byteLength;case mn:return i*e*4/r.components*r.byteLength;case Yo:return i*e*4/r.components*r.byteLength;case Jr:case Zr:return Math.floor((i+3)/4)*Math.floor((e+3)/4)*8;case Qr:case es:return Math.floor((i+3)/4)*Math.floor((e+3)/4)*16;case jo:case Zo:return Math.max(i,16)*Math.max(e,8)/4;case Ko:case Jo:return Math.max(i,8)*Math.max(e,8)/2;case Qo:case ea:case na:case ia:return Math.floor((i+3)/4)*Math.floor((e+3)/4)*8;case ta:case ts:case ra:return Math.floor((i+3)/4)*Math.floor((e+3)/4)*16;case sa:return Math.floor((i+3)/4)*Math.floor((e+3)/4)*16;case oa:return Math.floor((i+4)/5)*Math.floor((e+3)/4)*16;case aa:return Math.floor((i+4)/5)*Math.floor((e+4)/5)*16;case la:return Math.floor((i+5)/6)*Math.floor((e+4)/5)*16;case ca:return Math.floor((i+5)/6)*Math.floor((e+5)/6)*16;case ua:return Math.floor((i+7)/8)*Math.floor((e+4)/5)*16;case ha:return Math.floor((i+7)/8)*Math.floor((e+5)/6)*16;case da:return Math.floor((i+7)/8)*Math.floor((e+7)/8)*16;case fa:return Math.floor((i+9)/10)*Math.floor((e+4)/5)*16;case pa:return Math.floor((i+9)/10)*Math.floor((e+5)/6)*16;case ma:return Math.floor((i+9)/10)*Math.floor((e+7)/8)*16;case ga:return Math.floor((i+9)/10)*Math.floor((e+9)/10)*16;case ya:return Math.floor((i+11)/12)*Math.floor((e+9)/10)*16;case xa:return Math.floor((i+11)/12)*Math.floor((e+11)/12)*16;case va:case ba:case _a:return Math.ceil(i/4)*Math.ceil(e/4)*16;case Aa:case Sa:return Math.ceil(i/4)*Math.ceil(e/4)*8;case ns:case Ma:return Math.ceil(i/4)*Math.ceil(e/4)*16}throw new Error(`Unable to determine texture byte length for ${t} format.`)}function Tg(i){switch(i){case Kt:case gc:return{byteLength:1,components:1};case or:case yc:case pn:return{byteLength:2,components:1};case Wo:case Xo:return{byteLength:2,components:4};case dn:case Ho:case fn:return{byteLength:4,components:1};case xc:case vc:return{byteLength:4,components:3}}throw new Error(`THREE.TextureUtils: Unknown texture type ${i}.`)}typeof __THREE_DEVTOOLS__<"u"&&__THREE_DEVTOOLS__.dispatchEvent(new CustomEvent("register",{detail:{revision:"187"}}));typeof window<"u"&&(window.__THREE__?Re("WARNING: Multiple instances of Three.js being imported."):window.__THREE__="187");function Hd(){let i=null,e=!1,t=null,n=null;function r(s,o){n=i.requestAnimationFrame(r),t(s,o)}return{start:function(){e!==!0&&t!==null&&i!==null&&(n=i.requestAnimationFrame(r),e=!0)},stop:function(){i!==null&&i.cancelAnimationFrame(n),e=!1},setAnimationLoop:function(s){t=s},setContext:function(s){i=s}}}function Rg(i){let e=new WeakMap;function t(a,l){let c=a.array,u=a.usage,h=c.byteLength,d=i.createBuffer();i.bindBuffer(l,d),i.bufferData(l,c,u),a.onUploadCallback();let f;if(c instanceof Float32Array)f=i.FLOAT;else if(typeof Float16Array<"u"&&c instanceof Float16Array)f=i.HALF_FLOAT;else if(c instanceof Uint16Array)a.isFloat16BufferAttribute?f=i.HALF_FLOAT:f=i.UNSIGNED_SHORT;else if(c instanceof Int16Array)f=i.SHORT;else if(c instanceof Uint32Array)f=i.UNSIGNED_INT;else if(c instanceof Int32Array)f=i.INT;else if(c instanceof Int8Array)f=i.BYTE;else if(c instanceof Uint8Array)f=i.UNSIGNED_BYTE;else if(c instanceof Uint8ClampedArray)f=i.UNSIGNED_BYTE;else throw new Error("THREE.WebGLAttributes: Unsupported buffer data format: "+c);return{buffer:d,type:f,bytesPerElement:c.BYTES_PER_ELEMENT,version:a.version,size:h}}function n(a,l,c){let u=l.array,h=l.updateRanges;if(i.bindBuffer(c,a),h.length===0)i.bufferSubData(c,0,u);else{h.sort((f,p)=>f.start-p.start);let d=0;for(let f=1;f<h.length;f++){let p=h[d],y=h[f];y.start<=p.start+p.count+1?p.count=Math.max(p.count,y.start+y.count-p.start):(++d,h[d]=y)}h.length=d+1;for(let f=0,p=h.length;f<p;f++){let y=h[f];i.bufferSubData(c,y.start*u.BYTES_PER_ELEMENT,u,y.start,y.count)}l.clearUpdateRanges()}l.onUploadCallback()}function r(a){return a.isInterleavedBufferAttribute&&(a=a.data),e.get(a)}function s(a){a.isInterleavedBufferAttribute&&(a=a.data);let l=e.get(a);l&&(i.deleteBuffer(l.buffer),e.delete(a))}function o(a,l){if(a.isInterleavedBufferAttribute&&(a=a.data),a.isGLBufferAttribute){let u=e.get(a);(!u||u.version<a.version)&&e.set(a,{buffer:a.buffer,type:a.type,bytesPerElement:a.elementSize,version:a.version});return}let c=e.get(a);if(c===void 0)e.set(a,t(a,l));else if(c.version<a.version){if(c.size!==a.array.byteLength)throw new Error("THREE.WebGLAttributes: The size of the buffer attribute's array buffer does not match the original size. Resizing buffer attributes is not supported.");n(c.buffer,a,l),c.version=a.version}}return{get:r,remove:s,update:o}}var Ig=`#ifdef USE_ALPHAHASH
	if ( diffuseColor.a < getAlphaHashThreshold( vPosition ) ) discard;
#endif`,Pg=`#ifdef USE_ALPHAHASH
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
#endif`,Lg=`#ifdef USE_ALPHAMAP
	diffuseColor.a *= texture2D( alphaMap, vAlphaMapUv ).g;
#endif`,Ng=`#ifdef USE_ALPHAMAP
	uniform sampler2D alphaMap;
#endif`,Fg=`#ifdef USE_ALPHATEST
	#ifdef ALPHA_TO_COVERAGE
	diffuseColor.a = smoothstep( alphaTest, alphaTest + fwidth( diffuseColor.a ), diffuseColor.a );
	if ( diffuseColor.a == 0.0 ) discard;
	#else
	if ( diffuseColor.a < alphaTest ) discard;
	#endif
#endif`,Dg=`#ifdef USE_ALPHATEST
	uniform float alphaTest;
#endif`,Ug=`#ifdef USE_AOMAP
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
#endif`,Og=`#ifdef USE_AOMAP
	uniform sampler2D aoMap;
	uniform float aoMapIntensity;
#endif`,Bg=`#ifdef USE_BATCHING
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
#endif`,kg=`#ifdef USE_BATCHING
	mat4 batchingMatrix = getBatchingMatrix( getIndirectIndex( gl_DrawID ) );
#endif`,zg=`vec3 transformed = vec3( position );
#ifdef USE_ALPHAHASH
	vPosition = vec3( position );
#endif`,Gg=`vec3 objectNormal = vec3( normal );
#ifdef USE_TANGENT
	vec3 objectTangent = vec3( tangent.xyz );
#endif`,Vg=`float G_BlinnPhong_Implicit( ) {
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
} // validated`,Hg=`#ifdef USE_IRIDESCENCE
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
#endif`,Wg=`#ifdef USE_BUMPMAP
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
#endif`,Xg=`#if NUM_CLIPPING_PLANES > 0
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
#endif`,$g=`#if NUM_CLIPPING_PLANES > 0
	varying vec3 vClipPosition;
	uniform vec4 clippingPlanes[ NUM_CLIPPING_PLANES ];
#endif`,qg=`#if NUM_CLIPPING_PLANES > 0
	varying vec3 vClipPosition;
#endif`,Yg=`#if NUM_CLIPPING_PLANES > 0
	vClipPosition = - mvPosition.xyz;
#endif`,Kg=`#if defined( USE_COLOR ) || defined( USE_COLOR_ALPHA )
	diffuseColor *= vColor;
#endif`,jg=`#if defined( USE_COLOR ) || defined( USE_COLOR_ALPHA )
	varying vec4 vColor;
#endif`,Jg=`#if defined( USE_COLOR ) || defined( USE_COLOR_ALPHA ) || defined( USE_INSTANCING_COLOR ) || defined( USE_BATCHING_COLOR )
	varying vec4 vColor;
#endif`,Zg=`#if defined( USE_COLOR ) || defined( USE_COLOR_ALPHA ) || defined( USE_INSTANCING_COLOR ) || defined( USE_BATCHING_COLOR )
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
#endif`,Qg=`#define PI 3.141592653589793
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
} // validated`,e0=`vec3 transformedNormal = objectNormal;
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
#endif`,t0=`#ifdef USE_DISPLACEMENTMAP
	uniform sampler2D displacementMap;
	uniform float displacementScale;
	uniform float displacementBias;
#endif`,n0=`#ifdef USE_DISPLACEMENTMAP
	transformed += normalize( objectNormal ) * ( texture2D( displacementMap, vDisplacementMapUv ).x * displacementScale + displacementBias );
#endif`,i0=`#ifdef USE_EMISSIVEMAP
	vec4 emissiveColor = texture2D( emissiveMap, vEmissiveMapUv );
	#ifdef DECODE_VIDEO_TEXTURE_EMISSIVE
		emissiveColor = sRGBTransferEOTF( emissiveColor );
	#endif
	totalEmissiveRadiance *= emissiveColor.rgb;
#endif`,r0=`#ifdef USE_EMISSIVEMAP
	uniform sampler2D emissiveMap;
#endif`,s0="gl_FragColor = linearToOutputTexel( gl_FragColor );",o0=`vec4 LinearTransferOETF( in vec4 value ) {
	return value;
}
vec4 sRGBTransferEOTF( in vec4 value ) {
	return vec4( mix( pow( value.rgb * 0.9478672986 + vec3( 0.0521327014 ), vec3( 2.4 ) ), value.rgb * 0.0773993808, vec3( lessThanEqual( value.rgb, vec3( 0.04045 ) ) ) ), value.a );
}
vec4 sRGBTransferOETF( in vec4 value ) {
	return vec4( mix( pow( value.rgb, vec3( 0.41666 ) ) * 1.055 - vec3( 0.055 ), value.rgb * 12.92, vec3( lessThanEqual( value.rgb, vec3( 0.0031308 ) ) ) ), value.a );
}`,a0=`#ifdef USE_ENVMAP
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
#endif`,l0=`#ifdef USE_ENVMAP
	uniform float envMapIntensity;
	uniform mat3 envMapRotation;
	uniform samplerCube envMap;
	#ifdef ENVMAP_TYPE_PMREM
		float roughnessToMip( const in float roughness ) {
			float r = clamp( roughness, 0.0, 1.0 );
			return ENVMAP_MAX_LOD * r * ( 2.0 - r );
		}
	#endif
#endif`,c0=`#ifdef USE_ENVMAP
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
#endif`,u0=`#ifdef USE_ENVMAP
	#if defined( USE_BUMPMAP ) || defined( USE_NORMALMAP ) || defined( PHONG ) || defined( LAMBERT )
		#define ENV_WORLDPOS
	#endif
	#ifdef ENV_WORLDPOS
		
		varying vec3 vWorldPosition;
	#else
		varying vec3 vReflect;
		uniform float refractionRatio;
	#endif
#endif`,h0=`#ifdef USE_ENVMAP
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
#endif`,d0=`#ifdef USE_FOG
	vFogDepth = - mvPosition.z;
#endif`,f0=`#ifdef USE_FOG
	varying float vFogDepth;
#endif`,p0=`#ifdef USE_FOG
	#ifdef FOG_EXP2
		float fogFactor = 1.0 - exp( - fogDensity * fogDensity * vFogDepth * vFogDepth );
	#else
		float fogFactor = smoothstep( fogNear, fogFar, vFogDepth );
	#endif
	gl_FragColor.rgb = mix( gl_FragColor.rgb, fogColor, fogFactor );
#endif`,m0=`#ifdef USE_FOG
	uniform vec3 fogColor;
	varying float vFogDepth;
	#ifdef FOG_EXP2
		uniform float fogDensity;
	#else
		uniform float fogNear;
		uniform float fogFar;
	#endif
#endif`,g0=`#ifdef USE_GRADIENTMAP
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
}`,y0=`#ifdef USE_LIGHTMAP
	uniform sampler2D lightMap;
	uniform float lightMapIntensity;
#endif`,x0=`LambertMaterial material;
material.diffuseColor = diffuseColor.rgb;
material.specularStrength = specularStrength;`,v0=`varying vec3 vViewPosition;
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
#define RE_IndirectDiffuse		RE_IndirectDiffuse_Lambert`,b0=`uniform bool receiveShadow;
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
#include <lightprobes_pars_fragment>`,_0=`#ifdef USE_ENVMAP
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
#endif`,A0=`ToonMaterial material;
material.diffuseColor = diffuseColor.rgb;`,S0=`varying vec3 vViewPosition;
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
#define RE_IndirectDiffuse		RE_IndirectDiffuse_Toon`,M0=`BlinnPhongMaterial material;
material.diffuseColor = diffuseColor.rgb;
material.specularColor = specular;
material.specularShininess = shininess;
material.specularStrength = specularStrength;`,w0=`varying vec3 vViewPosition;
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
#define RE_IndirectDiffuse		RE_IndirectDiffuse_BlinnPhong`,E0=`PhysicalMaterial material;
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
#endif`,T0=`uniform sampler2D dfgLUT;
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
}`,C0=`
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
#endif`,R0=`#if defined( RE_IndirectDiffuse )
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
#endif`,I0=`#if defined( RE_IndirectDiffuse )
	#if defined( LAMBERT ) || defined( PHONG )
		irradiance += iblIrradiance;
	#endif
	RE_IndirectDiffuse( irradiance, geometryPosition, geometryNormal, geometryViewDir, geometryClearcoatNormal, material, reflectedLight );
#endif
#if defined( RE_IndirectSpecular )
	RE_IndirectSpecular( radiance, iblIrradiance, clearcoatRadiance, geometryPosition, geometryNormal, geometryViewDir, geometryClearcoatNormal, material, reflectedLight );
#endif`,P0=`#if NUM_LIGHT_PROBE_GRIDS > 0
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
#endif`,L0=`#if defined( USE_LOGARITHMIC_DEPTH_BUFFER )
	gl_FragDepth = vIsPerspective == 0.0 ? gl_FragCoord.z : log2( vFragDepth ) * logDepthBufFC * 0.5;
#endif`,N0=`#if defined( USE_LOGARITHMIC_DEPTH_BUFFER )
	uniform float logDepthBufFC;
	varying float vFragDepth;
	varying float vIsPerspective;
#endif`,F0=`#ifdef USE_LOGARITHMIC_DEPTH_BUFFER
	varying float vFragDepth;
	varying float vIsPerspective;
#endif`,D0=`#ifdef USE_LOGARITHMIC_DEPTH_BUFFER
	vFragDepth = 1.0 + gl_Position.w;
	vIsPerspective = float( isPerspectiveMatrix( projectionMatrix ) );
#endif`,U0=`#ifdef USE_MAP
	vec4 sampledDiffuseColor = texture2D( map, vMapUv );
	#ifdef DECODE_VIDEO_TEXTURE
		sampledDiffuseColor = sRGBTransferEOTF( sampledDiffuseColor );
	#endif
	diffuseColor *= sampledDiffuseColor;
#endif`,O0=`#ifdef USE_MAP
	uniform sampler2D map;
#endif`,B0=`#if defined( USE_MAP ) || defined( USE_ALPHAMAP )
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
#endif`,k0=`#if defined( USE_POINTS_UV )
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
#endif`,z0=`float metalnessFactor = metalness;
#ifdef USE_METALNESSMAP
	vec4 texelMetalness = texture2D( metalnessMap, vMetalnessMapUv );
	metalnessFactor *= texelMetalness.b;
#endif`,G0=`#ifdef USE_METALNESSMAP
	uniform sampler2D metalnessMap;
#endif`,V0=`#ifdef USE_INSTANCING_MORPH
	float morphTargetInfluences[ MORPHTARGETS_COUNT ];
	float morphTargetBaseInfluence = texelFetch( morphTexture, ivec2( 0, gl_InstanceID ), 0 ).r;
	for ( int i = 0; i < MORPHTARGETS_COUNT; i ++ ) {
		morphTargetInfluences[i] =  texelFetch( morphTexture, ivec2( i + 1, gl_InstanceID ), 0 ).r;
	}
#endif`,H0=`#if defined( USE_MORPHCOLORS )
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
#endif`,W0=`#ifdef USE_MORPHNORMALS
	objectNormal *= morphTargetBaseInfluence;
	for ( int i = 0; i < MORPHTARGETS_COUNT; i ++ ) {
		if ( morphTargetInfluences[ i ] != 0.0 ) objectNormal += getMorph( gl_VertexID, i, 1 ).xyz * morphTargetInfluences[ i ];
	}
#endif`,X0=`#ifdef USE_MORPHTARGETS
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
#endif`,$0=`#ifdef USE_MORPHTARGETS
	transformed *= morphTargetBaseInfluence;
	for ( int i = 0; i < MORPHTARGETS_COUNT; i ++ ) {
		if ( morphTargetInfluences[ i ] != 0.0 ) transformed += getMorph( gl_VertexID, i, 0 ).xyz * morphTargetInfluences[ i ];
	}
#endif`,q0=`float faceDirection = gl_FrontFacing ? 1.0 : - 1.0;
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
vec3 nonPerturbedNormal = normal;`,Y0=`#ifdef USE_NORMALMAP_OBJECTSPACE
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
#endif`,K0=`#ifndef FLAT_SHADED
	varying vec3 vNormal;
	#ifdef USE_TANGENT
		varying vec3 vTangent;
		varying vec3 vBitangent;
	#endif
#endif`,j0=`#ifndef FLAT_SHADED
	varying vec3 vNormal;
	#ifdef USE_TANGENT
		varying vec3 vTangent;
		varying vec3 vBitangent;
	#endif
#endif`,J0=`#ifndef FLAT_SHADED
	vNormal = normalize( transformedNormal );
	#ifdef USE_TANGENT
		vTangent = normalize( transformedTangent );
		vBitangent = normalize( cross( vNormal, vTangent ) * tangent.w );
		#ifdef FLIP_SIDED
			vBitangent = - vBitangent;
		#endif
	#endif
#endif`,Z0=`#ifdef USE_NORMALMAP
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
#endif`,Q0=`#ifdef USE_CLEARCOAT
	vec3 clearcoatNormal = nonPerturbedNormal;
#endif`,ey=`#ifdef USE_CLEARCOAT_NORMALMAP
	vec3 clearcoatMapN = texture2D( clearcoatNormalMap, vClearcoatNormalMapUv ).xyz * 2.0 - 1.0;
	clearcoatMapN.xy *= clearcoatNormalScale;
	clearcoatNormal = normalize( tbn2 * clearcoatMapN );
#endif`,ty=`#ifdef USE_CLEARCOATMAP
	uniform sampler2D clearcoatMap;
#endif
#ifdef USE_CLEARCOAT_NORMALMAP
	uniform sampler2D clearcoatNormalMap;
	uniform vec2 clearcoatNormalScale;
#endif
#ifdef USE_CLEARCOAT_ROUGHNESSMAP
	uniform sampler2D clearcoatRoughnessMap;
#endif`,ny=`#ifdef USE_IRIDESCENCEMAP
	uniform sampler2D iridescenceMap;
#endif
#ifdef USE_IRIDESCENCE_THICKNESSMAP
	uniform sampler2D iridescenceThicknessMap;
#endif`,iy=`#ifdef OPAQUE
diffuseColor.a = 1.0;
#endif
#ifdef USE_TRANSMISSION
diffuseColor.a *= material.transmissionAlpha;
#endif
gl_FragColor = vec4( outgoingLight, diffuseColor.a );`,ry=`vec3 packNormalToRGB( const in vec3 normal ) {
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
}`,sy=`#ifdef PREMULTIPLIED_ALPHA
	gl_FragColor.rgb *= gl_FragColor.a;
#endif`,oy=`vec4 mvPosition = vec4( transformed, 1.0 );
#ifdef USE_BATCHING
	mvPosition = batchingMatrix * mvPosition;
#endif
#ifdef USE_INSTANCING
	mvPosition = instanceMatrix * mvPosition;
#endif
mvPosition = modelViewMatrix * mvPosition;
gl_Position = projectionMatrix * mvPosition;`,ay=`#ifdef DITHERING
	gl_FragColor.rgb = dithering( gl_FragColor.rgb );
#endif`,ly=`#ifdef DITHERING
	vec3 dithering( vec3 color ) {
		float grid_position = rand( gl_FragCoord.xy );
		vec3 dither_shift_RGB = vec3( 0.25 / 255.0, -0.25 / 255.0, 0.25 / 255.0 );
		dither_shift_RGB = mix( 2.0 * dither_shift_RGB, -2.0 * dither_shift_RGB, grid_position );
		return color + dither_shift_RGB;
	}
#endif`,cy=`float roughnessFactor = roughness;
#ifdef USE_ROUGHNESSMAP
	vec4 texelRoughness = texture2D( roughnessMap, vRoughnessMapUv );
	roughnessFactor *= texelRoughness.g;
#endif`,uy=`#ifdef USE_ROUGHNESSMAP
	uniform sampler2D roughnessMap;
#endif`,hy=`#if NUM_SPOT_LIGHT_COORDS > 0
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
#endif`,dy=`#if NUM_SPOT_LIGHT_COORDS > 0
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
#endif`,fy=`#if ( defined( USE_SHADOWMAP ) && ( NUM_DIR_LIGHT_SHADOWS > 0 || NUM_SUN_LIGHT_SHADOWS > 0 || NUM_POINT_LIGHT_SHADOWS > 0 ) ) || ( NUM_SPOT_LIGHT_COORDS > 0 )
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
#endif`,py=`float getShadowMask() {
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
}`,my=`#ifdef USE_SKINNING
	mat4 boneMatX = getBoneMatrix( skinIndex.x );
	mat4 boneMatY = getBoneMatrix( skinIndex.y );
	mat4 boneMatZ = getBoneMatrix( skinIndex.z );
	mat4 boneMatW = getBoneMatrix( skinIndex.w );
#endif`,gy=`#ifdef USE_SKINNING
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
#endif`,yy=`#ifdef USE_SKINNING
	vec4 skinVertex = bindMatrix * vec4( transformed, 1.0 );
	vec4 skinned = vec4( 0.0 );
	skinned += boneMatX * skinVertex * skinWeight.x;
	skinned += boneMatY * skinVertex * skinWeight.y;
	skinned += boneMatZ * skinVertex * skinWeight.z;
	skinned += boneMatW * skinVertex * skinWeight.w;
	transformed = ( bindMatrixInverse * skinned ).xyz;
#endif`,xy=`#ifdef USE_SKINNING
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
#endif`,vy=`float specularStrength;
#ifdef USE_SPECULARMAP
	vec4 texelSpecular = texture2D( specularMap, vSpecularMapUv );
	specularStrength = texelSpecular.r;
#else
	specularStrength = 1.0;
#endif`,by=`#ifdef USE_SPECULARMAP
	uniform sampler2D specularMap;
#endif`,_y=`#if defined( TONE_MAPPING )
	gl_FragColor.rgb = toneMapping( gl_FragColor.rgb );
#endif`,Ay=`#ifndef saturate
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
vec3 CustomToneMapping( vec3 color ) { return color; }`,Sy=`#ifdef USE_TRANSMISSION
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
#endif`,My=`#ifdef USE_TRANSMISSION
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
#endif`,wy=`#if defined( USE_UV ) || defined( USE_ANISOTROPY )
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
#endif`,Ey=`#if defined( USE_UV ) || defined( USE_ANISOTROPY )
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
#endif`,Ty=`#if defined( USE_UV ) || defined( USE_ANISOTROPY )
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
#endif`,Cy=`#if defined( USE_ENVMAP ) || defined( DISTANCE ) || defined ( USE_SHADOWMAP ) || defined ( USE_TRANSMISSION ) || NUM_SPOT_LIGHT_COORDS > 0
	vec4 worldPosition = vec4( transformed, 1.0 );
	#ifdef USE_BATCHING
		worldPosition = batchingMatrix * worldPosition;
	#endif
	#ifdef USE_INSTANCING
		worldPosition = instanceMatrix * worldPosition;
	#endif
	worldPosition = modelMatrix * worldPosition;
#endif`,Ry=`varying vec2 vUv;
uniform mat3 uvTransform;
void main() {
	vUv = ( uvTransform * vec3( uv, 1 ) ).xy;
	gl_Position = vec4( position.xy, 1.0, 1.0 );
}`,Iy=`uniform sampler2D t2D;
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
}`,Py=`varying vec3 vWorldDirection;
#include <common>
void main() {
	vWorldDirection = transformDirection( position, modelMatrix );
	#include <begin_vertex>
	#include <project_vertex>
	gl_Position.z = gl_Position.w;
}`,Ly=`uniform float backgroundBlurriness;
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
}`,Ny=`varying vec3 vWorldDirection;
#include <common>
void main() {
	vWorldDirection = transformDirection( position, modelMatrix );
	#include <begin_vertex>
	#include <project_vertex>
	gl_Position.z = gl_Position.w;
}`,Fy=`uniform samplerCube tCube;
uniform float tFlip;
uniform float opacity;
varying vec3 vWorldDirection;
void main() {
	vec4 texColor = textureCube( tCube, vec3( tFlip * vWorldDirection.x, vWorldDirection.yz ) );
	gl_FragColor = texColor;
	gl_FragColor.a *= opacity;
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
}`,Dy=`#include <common>
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
}`,Uy=`#if DEPTH_PACKING == 3200
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
}`,Oy=`#define DISTANCE
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
}`,By=`#define DISTANCE
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
}`,ky=`varying vec3 vWorldDirection;
#include <common>
void main() {
	vWorldDirection = transformDirection( position, modelMatrix );
	#include <begin_vertex>
	#include <project_vertex>
}`,zy=`uniform sampler2D tEquirect;
varying vec3 vWorldDirection;
#include <common>
void main() {
	vec3 direction = normalize( vWorldDirection );
	vec2 sampleUV = equirectUv( direction );
	gl_FragColor = texture2D( tEquirect, sampleUV );
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
}`,Gy=`uniform float scale;
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
}`,Vy=`uniform vec3 diffuse;
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
}`,Hy=`#include <common>
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
}`,Wy=`uniform vec3 diffuse;
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
}`,Xy=`#define LAMBERT
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
}`,$y=`#define LAMBERT
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
}`,qy=`#define MATCAP
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
}`,Yy=`#define MATCAP
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
}`,Ky=`#define NORMAL
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
}`,jy=`#define NORMAL
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
}`,Jy=`#define PHONG
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
}`,Zy=`#define PHONG
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
}`,Qy=`#define STANDARD
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
}`,ex=`#define STANDARD
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
}`,tx=`#define TOON
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
}`,nx=`#define TOON
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
}`,ix=`uniform float size;
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
}`,rx=`uniform vec3 diffuse;
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
}`,sx=`#include <common>
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
}`,ox=`uniform vec3 color;
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
}`,ax=`uniform float rotation;
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
}`,lx=`uniform vec3 diffuse;
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
}`,ke={alphahash_fragment:Ig,alphahash_pars_fragment:Pg,alphamap_fragment:Lg,alphamap_pars_fragment:Ng,alphatest_fragment:Fg,alphatest_pars_fragment:Dg,aomap_fragment:Ug,aomap_pars_fragment:Og,batching_pars_vertex:Bg,batching_vertex:kg,begin_vertex:zg,beginnormal_vertex:Gg,bsdfs:Vg,iridescence_fragment:Hg,bumpmap_pars_fragment:Wg,clipping_planes_fragment:Xg,clipping_planes_pars_fragment:$g,clipping_planes_pars_vertex:qg,clipping_planes_vertex:Yg,color_fragment:Kg,color_pars_fragment:jg,color_pars_vertex:Jg,color_vertex:Zg,common:Qg,defaultnormal_vertex:e0,displacementmap_pars_vertex:t0,displacementmap_vertex:n0,emissivemap_fragment:i0,emissivemap_pars_fragment:r0,colorspace_fragment:s0,colorspace_pars_fragment:o0,envmap_fragment:a0,envmap_common_pars_fragment:l0,envmap_pars_fragment:c0,envmap_pars_vertex:u0,envmap_physical_pars_fragment:_0,envmap_vertex:h0,fog_vertex:d0,fog_pars_vertex:f0,fog_fragment:p0,fog_pars_fragment:m0,gradientmap_pars_fragment:g0,lightmap_pars_fragment:y0,lights_lambert_fragment:x0,lights_lambert_pars_fragment:v0,lights_pars_begin:b0,lights_toon_fragment:A0,lights_toon_pars_fragment:S0,lights_phong_fragment:M0,lights_phong_pars_fragment:w0,lights_physical_fragment:E0,lights_physical_pars_fragment:T0,lights_fragment_begin:C0,lights_fragment_maps:R0,lights_fragment_end:I0,lightprobes_pars_fragment:P0,logdepthbuf_fragment:L0,logdepthbuf_pars_fragment:N0,logdepthbuf_pars_vertex:F0,logdepthbuf_vertex:D0,map_fragment:U0,map_pars_fragment:O0,map_particle_fragment:B0,map_particle_pars_fragment:k0,metalnessmap_fragment:z0,metalnessmap_pars_fragment:G0,morphinstance_vertex:V0,morphcolor_vertex:H0,morphnormal_vertex:W0,morphtarget_pars_vertex:X0,morphtarget_vertex:$0,normal_fragment_begin:q0,normal_fragment_maps:Y0,normal_pars_fragment:K0,normal_pars_vertex:j0,normal_vertex:J0,normalmap_pars_fragment:Z0,clearcoat_normal_fragment_begin:Q0,clearcoat_normal_fragment_maps:ey,clearcoat_pars_fragment:ty,iridescence_pars_fragment:ny,opaque_fragment:iy,packing:ry,premultiplied_alpha_fragment:sy,project_vertex:oy,dithering_fragment:ay,dithering_pars_fragment:ly,roughnessmap_fragment:cy,roughnessmap_pars_fragment:uy,shadowmap_pars_fragment:hy,shadowmap_pars_vertex:dy,shadowmap_vertex:fy,shadowmask_pars_fragment:py,skinbase_vertex:my,skinning_pars_vertex:gy,skinning_vertex:yy,skinnormal_vertex:xy,specularmap_fragment:vy,specularmap_pars_fragment:by,tonemapping_fragment:_y,tonemapping_pars_fragment:Ay,transmission_fragment:Sy,transmission_pars_fragment:My,uv_pars_fragment:wy,uv_pars_vertex:Ey,uv_vertex:Ty,worldpos_vertex:Cy,background_vert:Ry,background_frag:Iy,backgroundCube_vert:Py,backgroundCube_frag:Ly,cube_vert:Ny,cube_frag:Fy,depth_vert:Dy,depth_frag:Uy,distance_vert:Oy,distance_frag:By,equirect_vert:ky,equirect_frag:zy,linedashed_vert:Gy,linedashed_frag:Vy,meshbasic_vert:Hy,meshbasic_frag:Wy,meshlambert_vert:Xy,meshlambert_frag:$y,meshmatcap_vert:qy,meshmatcap_frag:Yy,meshnormal_vert:Ky,meshnormal_frag:jy,meshphong_vert:Jy,meshphong_frag:Zy,meshphysical_vert:Qy,meshphysical_frag:ex,meshtoon_vert:tx,meshtoon_frag:nx,points_vert:ix,points_frag:rx,shadow_vert:sx,shadow_frag:ox,sprite_vert:ax,sprite_frag:lx},ye={common:{diffuse:{value:new ze(16777215)},opacity:{value:1},map:{value:null},mapTransform:{value:new Ne},alphaMap:{value:null},alphaMapTransform:{value:new Ne},alphaTest:{value:0}},specularmap:{specularMap:{value:null},specularMapTransform:{value:new Ne}},envmap:{envMap:{value:null},envMapRotation:{value:new Ne},reflectivity:{value:1},ior:{value:1.5},refractionRatio:{value:.98},dfgLUT:{value:null}},aomap:{aoMap:{value:null},aoMapIntensity:{value:1},aoMapTransform:{value:new Ne}},lightmap:{lightMap:{value:null},lightMapIntensity:{value:1},lightMapTransform:{value:new Ne}},bumpmap:{bumpMap:{value:null},bumpMapTransform:{value:new Ne},bumpScale:{value:1}},normalmap:{normalMap:{value:null},normalMapTransform:{value:new Ne},normalScale:{value:new $e(1,1)}},displacementmap:{displacementMap:{value:null},displacementMapTransform:{value:new Ne},displacementScale:{value:1},displacementBias:{value:0}},emissivemap:{emissiveMap:{value:null},emissiveMapTransform:{value:new Ne}},metalnessmap:{metalnessMap:{value:null},metalnessMapTransform:{value:new Ne}},roughnessmap:{roughnessMap:{value:null},roughnessMapTransform:{value:new Ne}},gradientmap:{gradientMap:{value:null}},fog:{fogDensity:{value:25e-5},fogNear:{value:1},fogFar:{value:2e3},fogColor:{value:new ze(16777215)}},lights:{ambientLightColor:{value:[]},lightProbe:{value:[]},sunLights:{value:[],properties:{direction:{},color:{}}},sunLightShadows:{value:[],properties:{shadowIntensity:1,shadowBias:{},shadowNormalBias:{},shadowRadius:{},shadowMapSize:{}}},sunShadowMatrix:{value:[]},sunShadowCascade:{value:[]},directionalLights:{value:[],properties:{direction:{},color:{}}},directionalLightShadows:{value:[],properties:{shadowIntensity:1,shadowBias:{},shadowNormalBias:{},shadowRadius:{},shadowMapSize:{}}},directionalShadowMatrix:{value:[]},spotLights:{value:[],properties:{color:{},position:{},direction:{},distance:{},coneCos:{},penumbraCos:{},decay:{}}},spotLightShadows:{value:[],properties:{shadowIntensity:1,shadowBias:{},shadowNormalBias:{},shadowRadius:{},shadowMapSize:{}}},spotLightMap:{value:[]},spotLightMatrix:{value:[]},pointLights:{value:[],properties:{color:{},position:{},decay:{},distance:{}}},pointLightShadows:{value:[],properties:{shadowIntensity:1,shadowBias:{},shadowNormalBias:{},shadowRadius:{},shadowMapSize:{},shadowCameraNear:{},shadowCameraFar:{}}},pointShadowMatrix:{value:[]},hemisphereLights:{value:[],properties:{direction:{},skyColor:{},groundColor:{}}},rectAreaLights:{value:[],properties:{color:{},position:{},width:{},height:{}}},ltc_1:{value:null},ltc_2:{value:null},probesSH:{value:[]},probesMin:{value:[]},probesMax:{value:[]},probesResolution:{value:[]}},points:{diffuse:{value:new ze(16777215)},opacity:{value:1},size:{value:1},scale:{value:1},map:{value:null},alphaMap:{value:null},alphaMapTransform:{value:new Ne},alphaTest:{value:0},uvTransform:{value:new Ne}},sprite:{diffuse:{value:new ze(16777215)},opacity:{value:1},center:{value:new $e(.5,.5)},rotation:{value:0},map:{value:null},mapTransform:{value:new Ne},alphaMap:{value:null},alphaMapTransform:{value:new Ne},alphaTest:{value:0}}},wn={basic:{uniforms:Ut([ye.common,ye.specularmap,ye.envmap,ye.aomap,ye.lightmap,ye.fog]),vertexShader:ke.meshbasic_vert,fragmentShader:ke.meshbasic_frag},lambert:{uniforms:Ut([ye.common,ye.specularmap,ye.envmap,ye.aomap,ye.lightmap,ye.emissivemap,ye.bumpmap,ye.normalmap,ye.displacementmap,ye.fog,ye.lights,{emissive:{value:new ze(0)},envMapIntensity:{value:1}}]),vertexShader:ke.meshlambert_vert,fragmentShader:ke.meshlambert_frag},phong:{uniforms:Ut([ye.common,ye.specularmap,ye.envmap,ye.aomap,ye.lightmap,ye.emissivemap,ye.bumpmap,ye.normalmap,ye.displacementmap,ye.fog,ye.lights,{emissive:{value:new ze(0)},specular:{value:new ze(1118481)},shininess:{value:30},envMapIntensity:{value:1}}]),vertexShader:ke.meshphong_vert,fragmentShader:ke.meshphong_frag},standard:{uniforms:Ut([ye.common,ye.envmap,ye.aomap,ye.lightmap,ye.emissivemap,ye.bumpmap,ye.normalmap,ye.displacementmap,ye.roughnessmap,ye.metalnessmap,ye.fog,ye.lights,{emissive:{value:new ze(0)},roughness:{value:1},metalness:{value:0},envMapIntensity:{value:1}}]),vertexShader:ke.meshphysical_vert,fragmentShader:ke.meshphysical_frag},toon:{uniforms:Ut([ye.common,ye.aomap,ye.lightmap,ye.emissivemap,ye.bumpmap,ye.normalmap,ye.displacementmap,ye.gradientmap,ye.fog,ye.lights,{emissive:{value:new ze(0)}}]),vertexShader:ke.meshtoon_vert,fragmentShader:ke.meshtoon_frag},matcap:{uniforms:Ut([ye.common,ye.bumpmap,ye.normalmap,ye.displacementmap,ye.fog,{matcap:{value:null}}]),vertexShader:ke.meshmatcap_vert,fragmentShader:ke.meshmatcap_frag},points:{uniforms:Ut([ye.points,ye.fog]),vertexShader:ke.points_vert,fragmentShader:ke.points_frag},dashed:{uniforms:Ut([ye.common,ye.fog,{scale:{value:1},dashSize:{value:1},totalSize:{value:2}}]),vertexShader:ke.linedashed_vert,fragmentShader:ke.linedashed_frag},depth:{uniforms:Ut([ye.common,ye.displacementmap]),vertexShader:ke.depth_vert,fragmentShader:ke.depth_frag},normal:{uniforms:Ut([ye.common,ye.bumpmap,ye.normalmap,ye.displacementmap,{opacity:{value:1}}]),vertexShader:ke.meshnormal_vert,fragmentShader:ke.meshnormal_frag},sprite:{uniforms:Ut([ye.sprite,ye.fog]),vertexShader:ke.sprite_vert,fragmentShader:ke.sprite_frag},background:{uniforms:{uvTransform:{value:new Ne},t2D:{value:null},backgroundIntensity:{value:1}},vertexShader:ke.background_vert,fragmentShader:ke.background_frag},backgroundCube:{uniforms:{envMap:{value:null},backgroundBlurriness:{value:0},backgroundIntensity:{value:1},backgroundRotation:{value:new Ne}},vertexShader:ke.backgroundCube_vert,fragmentShader:ke.backgroundCube_frag},cube:{uniforms:{tCube:{value:null},tFlip:{value:-1},opacity:{value:1}},vertexShader:ke.cube_vert,fragmentShader:ke.cube_frag},equirect:{uniforms:{tEquirect:{value:null}},vertexShader:ke.equirect_vert,fragmentShader:ke.equirect_frag},distance:{uniforms:Ut([ye.common,ye.displacementmap,{referencePosition:{value:new $},nearDistance:{value:1},farDistance:{value:1e3}}]),vertexShader:ke.distance_vert,fragmentShader:ke.distance_frag},shadow:{uniforms:Ut([ye.lights,ye.fog,{color:{value:new ze(0)},opacity:{value:1}}]),vertexShader:ke.shadow_vert,fragmentShader:ke.shadow_frag}};wn.physical={uniforms:Ut([wn.standard.uniforms,{clearcoat:{value:0},clearcoatMap:{value:null},clearcoatMapTransform:{value:new Ne},clearcoatNormalMap:{value:null},clearcoatNormalMapTransform:{value:new Ne},clearcoatNormalScale:{value:new $e(1,1)},clearcoatRoughness:{value:0},clearcoatRoughnessMap:{value:null},clearcoatRoughnessMapTransform:{value:new Ne},diffuseRoughness:{value:0},diffuseRoughnessMap:{value:null},diffuseRoughnessMapTransform:{value:new Ne},dispersion:{value:0},retroreflectivity:{value:0},iridescence:{value:0},iridescenceMap:{value:null},iridescenceMapTransform:{value:new Ne},iridescenceIOR:{value:1.3},iridescenceThicknessMinimum:{value:100},iridescenceThicknessMaximum:{value:400},iridescenceThicknessMap:{value:null},iridescenceThicknessMapTransform:{value:new Ne},sheen:{value:0},sheenColor:{value:new ze(0)},sheenColorMap:{value:null},sheenColorMapTransform:{value:new Ne},sheenRoughness:{value:1},sheenRoughnessMap:{value:null},sheenRoughnessMapTransform:{value:new Ne},transmission:{value:0},transmissionMap:{value:null},transmissionMapTransform:{value:new Ne},transmissionSamplerSize:{value:new $e},transmissionSamplerMap:{value:null},thickness:{value:0},thicknessMap:{value:null},thicknessMapTransform:{value:new Ne},attenuationDistance:{value:0},attenuationColor:{value:new ze(0)},specularColor:{value:new ze(1,1,1)},specularColorMap:{value:null},specularColorMapTransform:{value:new Ne},specularIntensity:{value:1},specularIntensityMap:{value:null},specularIntensityMapTransform:{value:new Ne},anisotropyVector:{value:new $e},anisotropyMap:{value:null},anisotropyMapTransform:{value:new Ne}}]),vertexShader:ke.meshphysical_vert,fragmentShader:ke.meshphysical_frag};var wa={r:0,b:0,g:0},cx=new nt,Wd=new Ne;Wd.set(-1,0,0,0,1,0,0,0,1);function ux(i,e,t,n,r,s){let o=new ze(0),a=r===!0?0:1,l,c,u=null,h=0,d=null;function f(x){let _=x.isScene===!0?x.background:null;if(_&&_.isTexture){let b=x.backgroundBlurriness>0;_=e.get(_,b)}return _}function p(x){let _=!1,b=f(x);b===null?g(o,a):b&&b.isColor&&(g(b,1),_=!0);let w=i.xr.getEnvironmentBlendMode();w==="additive"?t.buffers.color.setClear(0,0,0,1,s):w==="alpha-blend"&&t.buffers.color.setClear(0,0,0,0,s),(i.autoClear||_)&&(t.buffers.depth.setTest(!0),t.buffers.depth.setMask(!0),t.buffers.color.setMask(!0),i.clear(i.autoClearColor,i.autoClearDepth,i.autoClearStencil))}function y(x,_){let b=f(_);b&&b.isCubeTexture?(c===void 0&&(c=new _n(new er(1,1,1),new sn({name:"BackgroundCubeMaterial",uniforms:Ai(wn.backgroundCube.uniforms),vertexShader:wn.backgroundCube.vertexShader,fragmentShader:wn.backgroundCube.fragmentShader,side:kt,depthTest:!1,depthWrite:!1,fog:!1,allowOverride:!1})),c.geometry.deleteAttribute("normal"),c.geometry.deleteAttribute("uv"),c.onBeforeRender=function(w,A,v){this.matrixWorld.copyPosition(v.matrixWorld)},Object.defineProperty(c.material,"envMap",{get:function(){return this.uniforms.envMap.value}}),n.update(c)),c.material.uniforms.envMap.value=b,c.material.uniforms.backgroundBlurriness.value=_.backgroundBlurriness,c.material.uniforms.backgroundIntensity.value=_.backgroundIntensity,c.material.uniforms.backgroundRotation.value.setFromMatrix4(cx.makeRotationFromEuler(_.backgroundRotation)).transpose(),b.isRenderTargetTexture===!1&&c.material.uniforms.backgroundRotation.value.premultiply(Wd),c.material.toneMapped=We.getTransfer(b.colorSpace)!==je,(u!==b||h!==b.version||d!==i.toneMapping)&&(c.material.needsUpdate=!0,u=b,h=b.version,d=i.toneMapping),c.layers.enableAll(),x.unshift(c,c.geometry,c.material,0,0,null)):b&&b.isTexture&&(l===void 0&&(l=new _n(new $r(2,2),new sn({name:"BackgroundMaterial",uniforms:Ai(wn.background.uniforms),vertexShader:wn.background.vertexShader,fragmentShader:wn.background.fragmentShader,side:ri,depthTest:!1,depthWrite:!1,fog:!1,allowOverride:!1})),l.geometry.deleteAttribute("normal"),Object.defineProperty(l.material,"map",{get:function(){return this.uniforms.t2D.value}}),n.update(l)),l.material.uniforms.t2D.value=b,l.material.uniforms.backgroundIntensity.value=_.backgroundIntensity,l.material.toneMapped=We.getTransfer(b.colorSpace)!==je,b.matrixAutoUpdate===!0&&b.updateMatrix(),l.material.uniforms.uvTransform.value.copy(b.matrix),(u!==b||h!==b.version||d!==i.toneMapping)&&(l.material.needsUpdate=!0,u=b,h=b.version,d=i.toneMapping),l.layers.enableAll(),x.unshift(l,l.geometry,l.material,0,0,null))}function g(x,_){x.getRGB(wa,Rc(i)),t.buffers.color.setClear(wa.r,wa.g,wa.b,_,s)}function m(){c!==void 0&&(c.geometry.dispose(),c.material.dispose(),c=void 0),l!==void 0&&(l.geometry.dispose(),l.material.dispose(),l=void 0)}return{getClearColor:function(){return o},setClearColor:function(x,_=1){o.set(x),a=_,g(o,a)},getClearAlpha:function(){return a},setClearAlpha:function(x){a=x,g(o,a)},render:p,addToRenderList:y,dispose:m}}function hx(i,e){let t=i.getParameter(i.MAX_VERTEX_ATTRIBS),n={},r=d(null),s=r,o=!1;function a(R,C,D,L,z){let k=!1,B=h(R,L,D,C);s!==B&&(s=B,c(s.object)),k=f(R,L,D,z),k&&p(R,L,D,z),z!==null&&e.update(z,i.ELEMENT_ARRAY_BUFFER),(k||o)&&(o=!1,b(R,C,D,L),z!==null&&i.bindBuffer(i.ELEMENT_ARRAY_BUFFER,e.get(z).buffer))}function l(){return i.createVertexArray()}function c(R){return i.bindVertexArray(R)}function u(R){return i.deleteVertexArray(R)}function h(R,C,D,L){let z=L.wireframe===!0,k=n[C.id];k===void 0&&(k={},n[C.id]=k);let B=R.isInstancedMesh===!0?R.id:0,Y=k[B];Y===void 0&&(Y={},k[B]=Y);let V=Y[D.id];V===void 0&&(V={},Y[D.id]=V);let j=V[z];return j===void 0&&(j=d(l()),V[z]=j),j}function d(R){let C=[],D=[],L=[];for(let z=0;z<t;z++)C[z]=0,D[z]=0,L[z]=0;return{geometry:null,program:null,wireframe:!1,newAttributes:C,enabledAttributes:D,attributeDivisors:L,object:R,attributes:{},index:null}}function f(R,C,D,L){let z=s.attributes,k=C.attributes,B=0,Y=D.getAttributes();for(let V in Y)if(Y[V].location>=0){let ne=z[V],be=k[V];if(be===void 0&&(V==="instanceMatrix"&&R.instanceMatrix&&(be=R.instanceMatrix),V==="instanceColor"&&R.instanceColor&&(be=R.instanceColor)),ne===void 0||ne.attribute!==be||be&&ne.data!==be.data)return!0;B++}return s.attributesNum!==B||s.index!==L}function p(R,C,D,L){let z={},k=C.attributes,B=0,Y=D.getAttributes();for(let V in Y)if(Y[V].location>=0){let ne=k[V];ne===void 0&&(V==="instanceMatrix"&&R.instanceMatrix&&(ne=R.instanceMatrix),V==="instanceColor"&&R.instanceColor&&(ne=R.instanceColor));let be={};be.attribute=ne,ne&&ne.data&&(be.data=ne.data),z[V]=be,B++}s.attributes=z,s.attributesNum=B,s.index=L}function y(){let R=s.newAttributes;for(let C=0,D=R.length;C<D;C++)R[C]=0}function g(R){m(R,0)}function m(R,C){let D=s.newAttributes,L=s.enabledAttributes,z=s.attributeDivisors;D[R]=1,L[R]===0&&(i.enableVertexAttribArray(R),L[R]=1),z[R]!==C&&(i.vertexAttribDivisor(R,C),z[R]=C)}function x(){let R=s.newAttributes,C=s.enabledAttributes;for(let D=0,L=C.length;D<L;D++)C[D]!==R[D]&&(i.disableVertexAttribArray(D),C[D]=0)}function _(R,C,D,L,z,k,B){B===!0?i.vertexAttribIPointer(R,C,D,z,k):i.vertexAttribPointer(R,C,D,L,z,k)}function b(R,C,D,L){y();let z=L.attributes,k=D.getAttributes(),B=C.defaultAttributeValues;for(let Y in k){let V=k[Y];if(V.location>=0){let j=z[Y];if(j===void 0&&(Y==="instanceMatrix"&&R.instanceMatrix&&(j=R.instanceMatrix),Y==="instanceColor"&&R.instanceColor&&(j=R.instanceColor)),j!==void 0){let ne=j.normalized,be=j.itemSize,Pe=e.get(j);if(Pe===void 0)continue;let Z=Pe.buffer,ie=Pe.type,ve=Pe.bytesPerElement,we=ie===i.INT||ie===i.UNSIGNED_INT||j.gpuType===Ho;if(j.isInterleavedBufferAttribute){let me=j.data,Ue=me.isInterleavedBuffer===!0?me.stride:me.itemSize,ft=j.offset;if(me.isInstancedInterleavedBuffer||me.isInstancedBufferAttribute){for(let Ie=0;Ie<V.locationSize;Ie++)m(V.location+Ie,me.meshPerAttribute);R.isInstancedMesh!==!0&&L._maxInstanceCount===void 0&&(L._maxInstanceCount=me.meshPerAttribute*me.count)}else for(let Ie=0;Ie<V.locationSize;Ie++)g(V.location+Ie);i.bindBuffer(i.ARRAY_BUFFER,Z);for(let Ie=0;Ie<V.locationSize;Ie++)_(V.location+Ie,be/V.locationSize,ie,ne,Ue*ve,(ft+be/V.locationSize*Ie)*ve,we)}else{if(j.isInstancedBufferAttribute){for(let me=0;me<V.locationSize;me++)m(V.location+me,j.meshPerAttribute);R.isInstancedMesh!==!0&&L._maxInstanceCount===void 0&&(L._maxInstanceCount=j.meshPerAttribute*j.count)}else for(let me=0;me<V.locationSize;me++)g(V.location+me);i.bindBuffer(i.ARRAY_BUFFER,Z);for(let me=0;me<V.locationSize;me++)_(V.location+me,be/V.locationSize,ie,ne,be*ve,be/V.locationSize*me*ve,we)}}else if(B!==void 0){let ne=B[Y];if(ne!==void 0)switch(ne.length){case 2:i.vertexAttrib2fv(V.location,ne);break;case 3:i.vertexAttrib3fv(V.location,ne);break;case 4:i.vertexAttrib4fv(V.location,ne);break;default:i.vertexAttrib1fv(V.location,ne)}}}}x()}function w(){N();for(let R in n){let C=n[R];for(let D in C){let L=C[D];for(let z in L){let k=L[z];for(let B in k)u(k[B].object),delete k[B];delete L[z]}}delete n[R]}}function A(R){if(n[R.id]===void 0)return;let C=n[R.id];for(let D in C){let L=C[D];for(let z in L){let k=L[z];for(let B in k)u(k[B].object),delete k[B];delete L[z]}}delete n[R.id]}function v(R){for(let C in n){let D=n[C];for(let L in D){let z=D[L];if(z[R.id]===void 0)continue;let k=z[R.id];for(let B in k)u(k[B].object),delete k[B];delete z[R.id]}}}function S(R){for(let C in n){let D=n[C],L=R.isInstancedMesh===!0?R.id:0,z=D[L];if(z!==void 0){for(let k in z){let B=z[k];for(let Y in B)u(B[Y].object),delete B[Y];delete z[k]}delete D[L],Object.keys(D).length===0&&delete n[C]}}}function N(){I(),o=!0,s!==r&&(s=r,c(s.object))}function I(){r.geometry=null,r.program=null,r.wireframe=!1}return{setup:a,reset:N,resetDefaultState:I,dispose:w,releaseStatesOfGeometry:A,releaseStatesOfObject:S,releaseStatesOfProgram:v,initAttributes:y,enableAttribute:g,disableUnusedAttributes:x}}function dx(i,e,t){let n;function r(l){n=l}function s(l,c){i.drawArrays(n,l,c),t.update(c,n,1)}function o(l,c,u){u!==0&&(i.drawArraysInstanced(n,l,c,u),t.update(c,n,u))}function a(l,c,u){if(u===0)return;e.get("WEBGL_multi_draw").multiDrawArraysWEBGL(n,l,0,c,0,u);let d=0;for(let f=0;f<u;f++)d+=c[f];t.update(d,n,1)}this.setMode=r,this.render=s,this.renderInstances=o,this.renderMultiDraw=a}function fx(i,e,t,n){let r;function s(){if(r!==void 0)return r;if(e.has("EXT_texture_filter_anisotropic")===!0){let v=e.get("EXT_texture_filter_anisotropic");r=i.getParameter(v.MAX_TEXTURE_MAX_ANISOTROPY_EXT)}else r=0;return r}function o(v){return!(v!==mn&&n.convert(v)!==i.getParameter(i.IMPLEMENTATION_COLOR_READ_FORMAT))}function a(v){let S=v===pn&&(e.has("EXT_color_buffer_half_float")||e.has("EXT_color_buffer_float"));return!(v!==Kt&&v!==fn&&!S&&n.convert(v)!==i.getParameter(i.IMPLEMENTATION_COLOR_READ_TYPE))}function l(v){if(v==="highp"){if(i.getShaderPrecisionFormat(i.VERTEX_SHADER,i.HIGH_FLOAT).precision>0&&i.getShaderPrecisionFormat(i.FRAGMENT_SHADER,i.HIGH_FLOAT).precision>0)return"highp";v="mediump"}return v==="mediump"&&i.getShaderPrecisionFormat(i.VERTEX_SHADER,i.MEDIUM_FLOAT).precision>0&&i.getShaderPrecisionFormat(i.FRAGMENT_SHADER,i.MEDIUM_FLOAT).precision>0?"mediump":"lowp"}let c=t.precision!==void 0?t.precision:"highp",u=l(c);u!==c&&(Re("WebGLRenderer:",c,"not supported, using",u,"instead."),c=u);let h=t.reversedDepthBuffer===!0&&e.has("EXT_clip_control"),d=t.logarithmicDepthBuffer===!0&&h===!1;t.reversedDepthBuffer===!0&&h===!1&&Re("WebGLRenderer: Unable to use reversed depth buffer due to missing EXT_clip_control extension. Fallback to default depth buffer."),t.logarithmicDepthBuffer===!0&&h===!0&&Re("WebGLRenderer: Logarithmic depth buffer is ignored when reversed depth buffer is enabled.");let f=i.getParameter(i.MAX_TEXTURE_IMAGE_UNITS),p=i.getParameter(i.MAX_VERTEX_TEXTURE_IMAGE_UNITS),y=i.getParameter(i.MAX_TEXTURE_SIZE),g=i.getParameter(i.MAX_CUBE_MAP_TEXTURE_SIZE),m=i.getParameter(i.MAX_VERTEX_ATTRIBS),x=i.getParameter(i.MAX_VERTEX_UNIFORM_VECTORS),_=i.getParameter(i.MAX_VARYING_VECTORS),b=i.getParameter(i.MAX_FRAGMENT_UNIFORM_VECTORS),w=i.getParameter(i.MAX_SAMPLES),A=i.getParameter(i.SAMPLES);return{isWebGL2:!0,getMaxAnisotropy:s,getMaxPrecision:l,textureFormatReadable:o,textureTypeReadable:a,precision:c,logarithmicDepthBuffer:d,reversedDepthBuffer:h,maxTextures:f,maxVertexTextures:p,maxTextureSize:y,maxCubemapSize:g,maxAttributes:m,maxVertexUniforms:x,maxVaryings:_,maxFragmentUniforms:b,maxSamples:w,samples:A}}function px(i){let e=this,t=null,n=0,r=!1,s=!1,o=new hn,a=new Ne,l={value:null,needsUpdate:!1};this.uniform=l,this.numPlanes=0,this.numIntersection=0,this.init=function(h,d){let f=h.length!==0||d||n!==0||r;return r=d,n=h.length,f},this.beginShadows=function(){s=!0,u(null)},this.endShadows=function(){s=!1},this.setGlobalState=function(h,d){t=u(h,d,0)},this.setState=function(h,d,f){let p=h.clippingPlanes,y=h.clipIntersection,g=h.clipShadows,m=i.get(h);if(!r||p===null||p.length===0||s&&!g)s?u(null):c();else{let x=s?0:n,_=x*4,b=m.clippingState||null;l.value=b,b=u(p,d,_,f);for(let w=0;w!==_;++w)b[w]=t[w];m.clippingState=b,this.numIntersection=y?this.numPlanes:0,this.numPlanes+=x}};function c(){l.value!==t&&(l.value=t,l.needsUpdate=n>0),e.numPlanes=n,e.numIntersection=0}function u(h,d,f,p){let y=h!==null?h.length:0,g=null;if(y!==0){if(g=l.value,p!==!0||g===null){let m=f+y*4,x=d.matrixWorldInverse;a.getNormalMatrix(x),(g===null||g.length<m)&&(g=new Float32Array(m));for(let _=0,b=f;_!==y;++_,b+=4)o.copy(h[_]).applyMatrix4(x,a),o.normal.toArray(g,b),g[b+3]=o.constant}l.value=g,l.needsUpdate=!0}return e.numPlanes=y,e.numIntersection=0,g}}var as=class extends qt{constructor(e=1,t={}){super(e,e,t),this.isWebGLCubeRenderTarget=!0;let n={width:e,height:e,depth:1},r=[n,n,n,n,n,n];this.texture=new Hr(r),this._setTextureOptions(t),this.texture.isRenderTargetTexture=!0}fromEquirectangularTexture(e,t){this.texture.type=t.type,this.texture.colorSpace=t.colorSpace,this.texture.generateMipmaps=t.generateMipmaps,this.texture.minFilter=t.minFilter,this.texture.magFilter=t.magFilter;let n={uniforms:{tEquirect:{value:null}},vertexShader:`

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
			`},r=new er(5,5,5),s=new sn({name:"CubemapFromEquirect",uniforms:Ai(n.uniforms),vertexShader:n.vertexShader,fragmentShader:n.fragmentShader,side:kt,blending:xi});s.uniforms.tEquirect.value=t;let o=new _n(r,s),a=t.minFilter;return t.minFilter===Bn&&(t.minFilter=Ct),new nr(1,10,this).update(e,o),t.minFilter=a,o.geometry.dispose(),o.material.dispose(),this}clear(e,t=!0,n=!0,r=!0){let s=e.getRenderTarget();for(let o=0;o<6;o++)e.setRenderTarget(this,o),e.clear(t,n,r);e.setRenderTarget(s)}},Ad=256,mx=3,gx=20,Xd=256,$d=16,yx=3,xx=new $,vx=new ze,Ta=class i{constructor(e){this._renderer=e,this._cubeSize=0,this._sourceTarget=null,this._cubeCamera=new nr(1,10,null),this._boxMesh=new _n(new er(5,5,5),null),this._cubemapMaterial=null,this._equirectMaterial=null,this._blurMaterial=null,this._ggxMaterial=null,this._integrationMaterial=null}fromScene(e,t=0,n=.1,r=100,s={}){let{size:o=256,position:a=xx}=s,l=this._renderer;this._setSize(o);let c=this._allocateTarget(),u=this._getSourceTarget(!0);t>0&&(u.texture.mipmapsAutoUpdate=!1);let h=l.autoClear,d=l.autoClearColor,f=l.autoClearDepth,p=l.autoClearStencil,y=e.background;l.autoClear=!0,l.autoClearColor=!0,l.autoClearDepth=!0,l.autoClearStencil=!0,y===null&&(e.background=l.getClearColor(vx));let g=new nr(n,r,u);return g.position.copy(a),g.update(l,e),l.autoClear=h,l.autoClearColor=d,l.autoClearDepth=f,l.autoClearStencil=p,e.background=y,t>0&&(u.texture.mipmapsAutoUpdate=!0,this._blur(c,t)),this._applyPMREM(c),c}fromEquirectangular(e,t=null){return this._fromTexture(e,t)}fromCubemap(e,t=null){return this._fromTexture(e,t)}compileCubemapShader(){this._cubemapMaterial===null&&(this._cubemapMaterial=wd(),this._compileMaterial(this._cubemapMaterial))}compileEquirectangularShader(){this._equirectMaterial===null&&(this._equirectMaterial=Md(),this._compileMaterial(this._equirectMaterial))}dispose(){this._sourceTarget!==null&&this._sourceTarget.dispose(),this._cubemapMaterial!==null&&this._cubemapMaterial.dispose(),this._equirectMaterial!==null&&this._equirectMaterial.dispose(),this._blurMaterial!==null&&this._blurMaterial.dispose(),this._ggxMaterial!==null&&this._ggxMaterial.dispose(),this._integrationMaterial!==null&&this._integrationMaterial.dispose(),this._boxMesh.geometry.dispose()}static lodToRoughness(e,t){return t>0?1-Math.sqrt(1-e/t):0}_setSize(e){this._cubeSize=Math.max(Ad,yd(e))}_fromTexture(e,t){e.mapping===bi||e.mapping===sr?this._setSize(e.image.length===0?Ad:e.image[0].width||e.image[0].image.width):this._setSize(e.image.width/4);let n=t||this._allocateTarget();return this._textureToCubemap(e),this._applyPMREM(n),n}_allocateTarget(){let e=this._cubeSize,t=Sd(e,!1,!1),n=Math.log2(e)-mx;for(let r=0;r<=n;r++)t.texture.mipmaps.push({width:e>>r,height:e>>r});return t.texture.name="PMREM",t.texture.isPMREMTexture=!0,t}_getSourceTarget(e=!1){let t=this._cubeSize,n=this._sourceTarget;return(n===null||n.width!==t||e&&n.depthBuffer===!1)&&(n!==null&&n.dispose(),this._sourceTarget=Sd(t,!0,e)),this._sourceTarget}_compileMaterial(e){this._boxMesh.material=e,this._renderer.compile(this._boxMesh,this._cubeCamera.children[0])}_renderCube(e,t,n){let r=this._boxMesh,s=this._cubeCamera;r.material=n,s.renderTarget=e,s.activeMipmapLevel=t;let o=e.width>>t;e.viewport.set(0,0,o,o),s.update(this._renderer,r),e.viewport.set(0,0,e.width,e.height)}_textureToCubemap(e){let t;e.mapping===bi||e.mapping===sr?(this._cubemapMaterial===null&&(this._cubemapMaterial=wd()),t=this._cubemapMaterial,t.uniforms.flipEnvMap.value=e.isRenderTargetTexture===!1?-1:1):(this._equirectMaterial===null&&(this._equirectMaterial=Md()),t=this._equirectMaterial),t.uniforms.envMap.value=e,this._renderCube(this._getSourceTarget(),0,t)}_applyPMREM(e){this._ggxMaterial===null&&(this._ggxMaterial=bx(),this._integrationMaterial=_x());let t=this._cubeSize,n=e.texture.mipmaps.length-1,r=this._ggxMaterial.uniforms;r.envMap.value=this._sourceTarget.texture;let s=this._integrationMaterial.uniforms;s.envMap.value=this._sourceTarget.texture,s.sourceLod.value=Math.log2(t/$d);for(let o=0;o<=n;o++){let a=i.lodToRoughness(o,n);if(o>n-yx)s.roughness.value=a,this._renderCube(e,o,this._integrationMaterial);else{let l=a>0?Math.log2(t)+.5*Math.log2(6/(Xd*Math.pow(a,4)))+.5:0;r.roughness.value=a,r.lodBias.value=l,this._renderCube(e,o,this._ggxMaterial)}}}_blur(e,t){this._blurMaterial===null&&(this._blurMaterial=Ax());let n=this._blurMaterial,r=n.uniforms,s=this._sourceTarget;r.sigma.value=Math.min(t,Math.PI)/Math.SQRT2,r.envMap.value=s.texture,this._renderCube(e,0,n),r.envMap.value=e.texture,this._renderCube(s,0,n)}};function Sd(i,e,t){return new as(i,{minFilter:Bn,generateMipmaps:e,type:pn,colorSpace:Nr,depthBuffer:t})}function ls(i,e,t){return new sn({name:i,uniforms:e,vertexShader:ke.cube_vert,fragmentShader:t,side:kt,blending:xi,depthTest:!1,depthWrite:!1})}function bx(){return ls("PMREMGGXConvolution",{envMap:{value:null},roughness:{value:0},lodBias:{value:0}},`

		#define GGX_SAMPLES ${Xd}u

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
	`)}function _x(){return ls("PMREMGGXIntegration",{envMap:{value:null},roughness:{value:0},sourceLod:{value:0},sourceSize:{value:$d}},`

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
	`)}function Ax(){return ls("PMREMSphericalGaussianBlur",{envMap:{value:null},sigma:{value:0}},`

		#define SAMPLES ${gx}
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
	`)}function Md(){return ls("PMREMEquirectangularToCubemap",{envMap:{value:null}},`

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
	`)}function wd(){return ls("PMREMCubemapToCubemap",{envMap:{value:null},flipEnvMap:{value:-1}},`

		varying vec3 vWorldDirection;

		uniform samplerCube envMap;
		uniform float flipEnvMap;

		void main() {

			gl_FragColor = vec4( textureCube( envMap, vec3( flipEnvMap * vWorldDirection.x, vWorldDirection.yz ) ).rgb, 1.0 );

		}
	`)}function Sx(i){let e=new WeakMap,t=new WeakMap,n=null;function r(d,f=!1){return d==null?null:f?o(d):s(d)}function s(d){if(d&&d.isTexture){let f=d.mapping;if(f===zo||f===Go)if(e.has(d)){let p=e.get(d).texture;return a(p,d.mapping)}else{let p=d.image;if(p&&p.height>0){let y=new as(p.height);return y.fromEquirectangularTexture(i,d),e.set(d,y),d.addEventListener("dispose",c),a(y.texture,d.mapping)}else return null}}return d}function o(d){if(d&&d.isTexture&&d.isPMREMTexture!==!0){let f=d.mapping,p=f===zo||f===Go,y=f===bi||f===sr;if(p||y){let g=t.get(d),m=g!==void 0?g.texture.pmremVersion:0;if(d.isRenderTargetTexture&&d.pmremVersion!==m)return n===null&&(n=new Ta(i)),g=p?n.fromEquirectangular(d,g):n.fromCubemap(d,g),g.texture.pmremVersion=d.pmremVersion,t.set(d,g),g.texture;if(g!==void 0)return g.texture;{let x=d.image;return p&&x&&x.height>0||y&&x&&l(x)?(n===null&&(n=new Ta(i)),g=p?n.fromEquirectangular(d):n.fromCubemap(d),g.texture.pmremVersion=d.pmremVersion,t.set(d,g),d.addEventListener("dispose",u),g.texture):null}}}return d}function a(d,f){return f===zo?d.mapping=bi:f===Go&&(d.mapping=sr),d}function l(d){let f=0,p=6;for(let y=0;y<p;y++)d[y]!==void 0&&f++;return f===p}function c(d){let f=d.target;f.removeEventListener("dispose",c);let p=e.get(f);p!==void 0&&(e.delete(f),p.dispose())}function u(d){let f=d.target;f.removeEventListener("dispose",u);let p=t.get(f);p!==void 0&&(t.delete(f),p.dispose())}function h(){e=new WeakMap,t=new WeakMap,n!==null&&(n.dispose(),n=null)}return{get:r,dispose:h}}function Mx(i){let e={};function t(n){if(e[n]!==void 0)return e[n];let r=i.getExtension(n);return e[n]=r,r}return{has:function(n){return t(n)!==null},init:function(){t("EXT_color_buffer_float"),t("WEBGL_clip_cull_distance"),t("OES_texture_float_linear"),t("EXT_color_buffer_half_float"),t("WEBGL_multisampled_render_to_texture"),t("WEBGL_render_shared_exponent")},get:function(n){let r=t(n);return r===null&&Pr("WebGLRenderer: "+n+" extension not supported."),r}}}function wx(i,e,t,n){let r={},s=new WeakMap,o=new FinalizationRegistry(p=>delete r[p]);function a(p){l(p.target)}function l(p){p.index!==null&&e.remove(p.index);for(let g in p.attributes)e.remove(p.attributes[g]);p.removeEventListener("dispose",a),delete r[p.id],o.unregister(p);let y=s.get(p);y&&(e.remove(y),s.delete(p)),n.releaseStatesOfGeometry(p),p.isInstancedBufferGeometry===!0&&delete p._maxInstanceCount,t.memory.geometries--}function c(p,y){return r[y.id]!==void 0||(y.addEventListener("dispose",a),r[y.id]=new WeakRef(y),o.register(y,y.id,y),t.memory.geometries++),y}function u(p){let y=p.attributes;for(let g in y)e.update(y[g],i.ARRAY_BUFFER)}function h(p){let y=p.index,g=p.attributes.position,m=0;if(g===void 0)return;let x=y!==null?y.array.length:g.array.length/3-1,_=g.count>=65535?Gr:zr,b=new _(Math.ceil(x/3)*6,1),w=b.array;if(y!==null){let v=y.array;m=y.version;for(let S=0,N=0;S<x;S+=3){let I=v[S+0],R=v[S+1],C=v[S+2];w[N++]=I,w[N++]=R,w[N++]=R,w[N++]=C,w[N++]=C,w[N++]=I}}else{m=g.version;for(let v=0,S=0;v<x;v+=3){let N=v+0,I=v+1,R=v+2;w[S++]=N,w[S++]=I,w[S++]=I,w[S++]=R,w[S++]=R,w[S++]=N}}b.version=m;let A=s.get(p);A&&e.remove(A),s.set(p,b)}function d(p){let y=s.get(p);if(y){let g=p.index;g!==null&&y.version<g.version&&h(p)}else h(p);return s.get(p)}function f(){for(let p in r){let y=r[p].deref();y!==void 0&&l(y)}}return{get:c,update:u,getWireframeAttribute:d,dispose:f}}function Ex(i,e,t){let n;function r(h){n=h}let s,o;function a(h){s=h.type,o=h.bytesPerElement}function l(h,d){i.drawElements(n,d,s,h*o),t.update(d,n,1)}function c(h,d,f){f!==0&&(i.drawElementsInstanced(n,d,s,h*o,f),t.update(d,n,f))}function u(h,d,f){if(f===0)return;e.get("WEBGL_multi_draw").multiDrawElementsWEBGL(n,d,0,s,h,0,f);let y=0;for(let g=0;g<f;g++)y+=d[g];t.update(y,n,1)}this.setMode=r,this.setIndex=a,this.render=l,this.renderInstances=c,this.renderMultiDraw=u}function Tx(i){let e={geometries:0,textures:0},t={frame:0,calls:0,triangles:0,points:0,lines:0};function n(s,o,a){switch(t.calls++,o){case i.TRIANGLES:t.triangles+=a*(s/3);break;case i.LINES:t.lines+=a*(s/2);break;case i.LINE_STRIP:t.lines+=a*(s-1);break;case i.LINE_LOOP:t.lines+=a*s;break;case i.POINTS:t.points+=a*s;break;default:Le("WebGLInfo: Unknown draw mode:",o);break}}function r(){t.calls=0,t.triangles=0,t.points=0,t.lines=0}return{memory:e,render:t,programs:null,autoReset:!0,reset:r,update:n}}function Cx(i,e,t){let n=new WeakMap,r=new ut;function s(o,a,l){let c=o.morphTargetInfluences,u=a.morphAttributes.position||a.morphAttributes.normal||a.morphAttributes.color,h=u!==void 0?u.length:0,d=n.get(a);if(d===void 0||d.count!==h){let N=function(){v.dispose(),n.delete(a),a.removeEventListener("dispose",N)};d!==void 0&&d.texture.dispose();let f=a.morphAttributes.position!==void 0,p=a.morphAttributes.normal!==void 0,y=a.morphAttributes.color!==void 0,g=a.morphAttributes.position||[],m=a.morphAttributes.normal||[],x=a.morphAttributes.color||[],_=0;f===!0&&(_=1),p===!0&&(_=2),y===!0&&(_=3);let b=a.attributes.position.count*_,w=1;b>e.maxTextureSize&&(w=Math.ceil(b/e.maxTextureSize),b=e.maxTextureSize);let A=new Float32Array(b*w*4*h),v=new Or(A,b,w,h);v.type=fn,v.needsUpdate=!0;let S=_*4;for(let I=0;I<h;I++){let R=g[I],C=m[I],D=x[I],L=b*w*4*I;for(let z=0;z<R.count;z++){let k=z*S;f===!0&&(r.fromBufferAttribute(R,z),A[L+k+0]=r.x,A[L+k+1]=r.y,A[L+k+2]=r.z,A[L+k+3]=0),p===!0&&(r.fromBufferAttribute(C,z),A[L+k+4]=r.x,A[L+k+5]=r.y,A[L+k+6]=r.z,A[L+k+7]=0),y===!0&&(r.fromBufferAttribute(D,z),A[L+k+8]=r.x,A[L+k+9]=r.y,A[L+k+10]=r.z,A[L+k+11]=D.itemSize===4?r.w:1)}}d={count:h,texture:v,size:new $e(b,w)},n.set(a,d),a.addEventListener("dispose",N)}if(o.isInstancedMesh===!0&&o.morphTexture!==null)l.getUniforms().setValue(i,"morphTexture",o.morphTexture,t);else{let f=0;for(let y=0;y<c.length;y++)f+=c[y];let p=a.morphTargetsRelative?1:1-f;l.getUniforms().setValue(i,"morphTargetBaseInfluence",p),l.getUniforms().setValue(i,"morphTargetInfluences",c)}l.getUniforms().setValue(i,"morphTargetsTexture",d.texture,t),l.getUniforms().setValue(i,"morphTargetsTextureSize",d.size)}return{update:s}}function Rx(i,e,t,n,r){let s=new WeakMap;function o(c){let u=r.render.frame,h=c.geometry,d=e.get(c,h);if(s.get(d)!==u&&(e.update(d),s.set(d,u)),c.isInstancedMesh&&(c.hasEventListener("dispose",l)===!1&&c.addEventListener("dispose",l),s.get(c)!==u&&(t.update(c.instanceMatrix,i.ARRAY_BUFFER),c.instanceColor!==null&&t.update(c.instanceColor,i.ARRAY_BUFFER),s.set(c,u))),c.isSkinnedMesh){let f=c.skeleton;s.get(f)!==u&&(f.update(),s.set(f,u))}return d}function a(){s=new WeakMap}function l(c){let u=c.target;u.removeEventListener("dispose",l),n.releaseStatesOfObject(u),t.remove(u.instanceMatrix),u.instanceColor!==null&&t.remove(u.instanceColor)}return{update:o,dispose:a}}var Ix={[lc]:"LINEAR_TONE_MAPPING",[cc]:"REINHARD_TONE_MAPPING",[uc]:"CINEON_TONE_MAPPING",[hc]:"ACES_FILMIC_TONE_MAPPING",[fc]:"AGX_TONE_MAPPING",[pc]:"NEUTRAL_TONE_MAPPING",[dc]:"CUSTOM_TONE_MAPPING"};function Px(i,e,t,n,r,s){let o=new qt(e,t,{type:i,depthBuffer:r,stencilBuffer:s,samples:n?4:0,storeMultisampledDepthBuffer:!1,storeMultisampledStencilBuffer:!1,resolveDepthBuffer:!1,resolveStencilBuffer:!1}),a=null,l=null,c=null,u=new Dt;u.setAttribute("position",new Gt([-1,3,0,-1,-1,0,3,-1,0],3)),u.setAttribute("uv",new Gt([0,2,0,0,2,0],2));let h=new wo({uniforms:{tDiffuse:{value:null}},vertexShader:`
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
			}`,depthTest:!1,depthWrite:!1}),d=new _n(u,h),f=new tr(-1,1,1,-1,0,1),p=null,y=null,g=!1,m,x=null,_=[],b=!1;this.setSize=function(w,A){o.setSize(w,A),a!==null&&a.setSize(w,A),l!==null&&l.setSize(w,A);for(let v=0;v<_.length;v++){let S=_[v];S.setSize&&S.setSize(w,A)}},this.setEffects=function(w){_=w,b=_.length>0&&_[0].isRenderPass===!0;let A=o.width,v=o.height;_.length>0&&a===null&&(a=new qt(A,v,{type:pn,depthBuffer:!1,stencilBuffer:!1}),l=new qt(A,v,{type:pn,depthBuffer:!1,stencilBuffer:!1}));let S=r===!0&&_.some(N=>N.needsDepthTexture===!0);S!==(o.depthTexture!==null)&&(S===!0&&c===null&&(c=new On(A,v),s===!0&&(c.format=kn,c.type=_i)),o.dispose(),o.depthTexture=S?c:null,o.resolveDepthBuffer=S,o.storeMultisampledDepthBuffer=S);for(let N=0;N<_.length;N++){let I=_[N];I.setSize&&I.setSize(A,v),S&&I.needsDepthTexture===!0&&I.setDepthTexture&&I.setDepthTexture(c)}},this.begin=function(w,A){if(g||w.toneMapping===Sn&&_.length===0)return!1;if(x=A,A!==null){let v=A.width,S=A.height;(o.width!==v||o.height!==S)&&this.setSize(v,S)}return b===!1&&w.setRenderTarget(o),m=w.toneMapping,w.toneMapping=Sn,!0},this.hasRenderPass=function(){return b},this.end=function(w,A){w.toneMapping=m,g=!0;let v=o,S=a;for(let N=0;N<_.length;N++){let I=_[N];I.enabled!==!1&&(I.render(w,S,v,A),I.needsSwap!==!1&&(v=S,S=S===a?l:a))}if(p!==w.outputColorSpace||y!==w.toneMapping){p=w.outputColorSpace,y=w.toneMapping,h.defines={},We.getTransfer(p)===je&&(h.defines.SRGB_TRANSFER="");let N=Ix[y];N&&(h.defines[N]=""),h.needsUpdate=!0}h.uniforms.tDiffuse.value=v.texture,w.setRenderTarget(x),w.render(d,f),x=null,g=!1},this.isCompositing=function(){return g},this.dispose=function(){o.dispose(),a!==null&&a.dispose(),l!==null&&l.dispose(),u.dispose(),h.dispose()}}var qd=new Ft,Yd=new On(1,1),Kd=new Wr(1),jd=new Or,Jd=new xo,Zd=new Hr,Ed=[],Td=[],Cd=new Float32Array(16),Rd=new Float32Array(9),Id=new Float32Array(4);function lr(i,e,t){let n=i[0];if(n<=0||n>0)return i;let r=e*t,s=Ed[r];if(s===void 0&&(s=new Float32Array(r),Ed[r]=s),e!==0){n.toArray(s,0);for(let o=1,a=0;o!==e;++o)a+=t,i[o].toArray(s,a)}return s}function vt(i,e){if(i.length!==e.length)return!1;for(let t=0,n=i.length;t<n;t++)if(i[t]!==e[t])return!1;return!0}function bt(i,e){for(let t=0,n=e.length;t<n;t++)i[t]=e[t]}function Ra(i,e){let t=Td[e];t===void 0&&(t=new Int32Array(e),Td[e]=t);for(let n=0;n!==e;++n)t[n]=i.allocateTextureUnit();return t}function Lx(i,e){let t=this.cache;t[0]!==e&&(i.uniform1f(this.addr,e),t[0]=e)}function Nx(i,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y)&&(i.uniform2f(this.addr,e.x,e.y),t[0]=e.x,t[1]=e.y);else{if(vt(t,e))return;i.uniform2fv(this.addr,e),bt(t,e)}}function Fx(i,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y||t[2]!==e.z)&&(i.uniform3f(this.addr,e.x,e.y,e.z),t[0]=e.x,t[1]=e.y,t[2]=e.z);else if(e.r!==void 0)(t[0]!==e.r||t[1]!==e.g||t[2]!==e.b)&&(i.uniform3f(this.addr,e.r,e.g,e.b),t[0]=e.r,t[1]=e.g,t[2]=e.b);else{if(vt(t,e))return;i.uniform3fv(this.addr,e),bt(t,e)}}function Dx(i,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y||t[2]!==e.z||t[3]!==e.w)&&(i.uniform4f(this.addr,e.x,e.y,e.z,e.w),t[0]=e.x,t[1]=e.y,t[2]=e.z,t[3]=e.w);else{if(vt(t,e))return;i.uniform4fv(this.addr,e),bt(t,e)}}function Ux(i,e){let t=this.cache,n=e.elements;if(n===void 0){if(vt(t,e))return;i.uniformMatrix2fv(this.addr,!1,e),bt(t,e)}else{if(vt(t,n))return;Id.set(n),i.uniformMatrix2fv(this.addr,!1,Id),bt(t,n)}}function Ox(i,e){let t=this.cache,n=e.elements;if(n===void 0){if(vt(t,e))return;i.uniformMatrix3fv(this.addr,!1,e),bt(t,e)}else{if(vt(t,n))return;Rd.set(n),i.uniformMatrix3fv(this.addr,!1,Rd),bt(t,n)}}function Bx(i,e){let t=this.cache,n=e.elements;if(n===void 0){if(vt(t,e))return;i.uniformMatrix4fv(this.addr,!1,e),bt(t,e)}else{if(vt(t,n))return;Cd.set(n),i.uniformMatrix4fv(this.addr,!1,Cd),bt(t,n)}}function kx(i,e){let t=this.cache;t[0]!==e&&(i.uniform1i(this.addr,e),t[0]=e)}function zx(i,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y)&&(i.uniform2i(this.addr,e.x,e.y),t[0]=e.x,t[1]=e.y);else{if(vt(t,e))return;i.uniform2iv(this.addr,e),bt(t,e)}}function Gx(i,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y||t[2]!==e.z)&&(i.uniform3i(this.addr,e.x,e.y,e.z),t[0]=e.x,t[1]=e.y,t[2]=e.z);else{if(vt(t,e))return;i.uniform3iv(this.addr,e),bt(t,e)}}function Vx(i,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y||t[2]!==e.z||t[3]!==e.w)&&(i.uniform4i(this.addr,e.x,e.y,e.z,e.w),t[0]=e.x,t[1]=e.y,t[2]=e.z,t[3]=e.w);else{if(vt(t,e))return;i.uniform4iv(this.addr,e),bt(t,e)}}function Hx(i,e){let t=this.cache;t[0]!==e&&(i.uniform1ui(this.addr,e),t[0]=e)}function Wx(i,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y)&&(i.uniform2ui(this.addr,e.x,e.y),t[0]=e.x,t[1]=e.y);else{if(vt(t,e))return;i.uniform2uiv(this.addr,e),bt(t,e)}}function Xx(i,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y||t[2]!==e.z)&&(i.uniform3ui(this.addr,e.x,e.y,e.z),t[0]=e.x,t[1]=e.y,t[2]=e.z);else{if(vt(t,e))return;i.uniform3uiv(this.addr,e),bt(t,e)}}function $x(i,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y||t[2]!==e.z||t[3]!==e.w)&&(i.uniform4ui(this.addr,e.x,e.y,e.z,e.w),t[0]=e.x,t[1]=e.y,t[2]=e.z,t[3]=e.w);else{if(vt(t,e))return;i.uniform4uiv(this.addr,e),bt(t,e)}}function Ia(i){return i.version===0&&(i.compareFunction=Ec,i.needsUpdate=!0),i}function qx(i,e,t){let n=this.cache,r=t.allocateTextureUnit();n[0]!==r&&(i.uniform1i(this.addr,r),n[0]=r);let s;this.type===i.SAMPLER_2D_SHADOW?s=Ia(Yd):s=qd,t.setTexture2D(e||s,r)}function Yx(i,e,t){let n=this.cache,r=t.allocateTextureUnit();n[0]!==r&&(i.uniform1i(this.addr,r),n[0]=r),t.setTexture3D(e||Jd,r)}function Kx(i,e,t){let n=this.cache,r=t.allocateTextureUnit();n[0]!==r&&(i.uniform1i(this.addr,r),n[0]=r);let s;this.type===i.SAMPLER_CUBE_SHADOW?s=Ia(Kd):s=Zd,t.setTextureCube(e||s,r)}function jx(i,e,t){let n=this.cache,r=t.allocateTextureUnit();n[0]!==r&&(i.uniform1i(this.addr,r),n[0]=r),t.setTexture2DArray(e||jd,r)}function Jx(i){switch(i){case 5126:return Lx;case 35664:return Nx;case 35665:return Fx;case 35666:return Dx;case 35674:return Ux;case 35675:return Ox;case 35676:return Bx;case 5124:case 35670:return kx;case 35667:case 35671:return zx;case 35668:case 35672:return Gx;case 35669:case 35673:return Vx;case 5125:return Hx;case 36294:return Wx;case 36295:return Xx;case 36296:return $x;case 35678:case 36198:case 36298:case 36306:case 35682:return qx;case 35679:case 36299:case 36307:return Yx;case 35680:case 36300:case 36308:case 36293:return Kx;case 36289:case 36303:case 36311:case 36292:return jx}}function Zx(i,e){i.uniform1fv(this.addr,e)}function Qx(i,e){let t=lr(e,this.size,2);i.uniform2fv(this.addr,t)}function ev(i,e){let t=lr(e,this.size,3);i.uniform3fv(this.addr,t)}function tv(i,e){let t=lr(e,this.size,4);i.uniform4fv(this.addr,t)}function nv(i,e){let t=lr(e,this.size,4);i.uniformMatrix2fv(this.addr,!1,t)}function iv(i,e){let t=lr(e,this.size,9);i.uniformMatrix3fv(this.addr,!1,t)}function rv(i,e){let t=lr(e,this.size,16);i.uniformMatrix4fv(this.addr,!1,t)}function sv(i,e){i.uniform1iv(this.addr,e)}function ov(i,e){i.uniform2iv(this.addr,e)}function av(i,e){i.uniform3iv(this.addr,e)}function lv(i,e){i.uniform4iv(this.addr,e)}function cv(i,e){i.uniform1uiv(this.addr,e)}function uv(i,e){i.uniform2uiv(this.addr,e)}function hv(i,e){i.uniform3uiv(this.addr,e)}function dv(i,e){i.uniform4uiv(this.addr,e)}function fv(i,e,t){let n=this.cache,r=e.length,s=Ra(t,r);vt(n,s)||(i.uniform1iv(this.addr,s),bt(n,s));let o;this.type===i.SAMPLER_2D_SHADOW?o=Ia(Yd):o=qd;for(let a=0;a!==r;++a)t.setTexture2D(e[a]||o,s[a])}function pv(i,e,t){let n=this.cache,r=e.length,s=Ra(t,r);vt(n,s)||(i.uniform1iv(this.addr,s),bt(n,s));for(let o=0;o!==r;++o)t.setTexture3D(e[o]||Jd,s[o])}function mv(i,e,t){let n=this.cache,r=e.length,s=Ra(t,r);vt(n,s)||(i.uniform1iv(this.addr,s),bt(n,s));let o;this.type===i.SAMPLER_CUBE_SHADOW?o=Ia(Kd):o=Zd;for(let a=0;a!==r;++a)t.setTextureCube(e[a]||o,s[a])}function gv(i,e,t){let n=this.cache,r=e.length,s=Ra(t,r);vt(n,s)||(i.uniform1iv(this.addr,s),bt(n,s));for(let o=0;o!==r;++o)t.setTexture2DArray(e[o]||jd,s[o])}function yv(i){switch(i){case 5126:return Zx;case 35664:return Qx;case 35665:return ev;case 35666:return tv;case 35674:return nv;case 35675:return iv;case 35676:return rv;case 5124:case 35670:return sv;case 35667:case 35671:return ov;case 35668:case 35672:return av;case 35669:case 35673:return lv;case 5125:return cv;case 36294:return uv;case 36295:return hv;case 36296:return dv;case 35678:case 36198:case 36298:case 36306:case 35682:return fv;case 35679:case 36299:case 36307:return pv;case 35680:case 36300:case 36308:case 36293:return mv;case 36289:case 36303:case 36311:case 36292:return gv}}var zc=class{constructor(e,t,n){this.id=e,this.addr=n,this.cache=[],this.type=t.type,this.setValue=Jx(t.type)}},Gc=class{constructor(e,t,n){this.id=e,this.addr=n,this.cache=[],this.type=t.type,this.size=t.size,this.setValue=yv(t.type)}},Vc=class{constructor(e){this.id=e,this.seq=[],this.map={}}setValue(e,t,n){let r=this.seq;for(let s=0,o=r.length;s!==o;++s){let a=r[s];a.setValue(e,t[a.id],n)}}},Bc=/(\w+)(\])?(\[|\.)?/g;function Pd(i,e){i.seq.push(e),i.map[e.id]=e}function xv(i,e,t){let n=i.name,r=n.length;for(Bc.lastIndex=0;;){let s=Bc.exec(n),o=Bc.lastIndex,a=s[1],l=s[2]==="]",c=s[3];if(l&&(a=a|0),c===void 0||c==="["&&o+2===r){Pd(t,c===void 0?new zc(a,i,e):new Gc(a,i,e));break}else{let h=t.map[a];h===void 0&&(h=new Vc(a),Pd(t,h)),t=h}}}var ar=class{constructor(e,t){this.seq=[],this.map={};let n=e.getProgramParameter(t,e.ACTIVE_UNIFORMS);for(let o=0;o<n;++o){let a=e.getActiveUniform(t,o),l=e.getUniformLocation(t,a.name);xv(a,l,this)}let r=[],s=[];for(let o of this.seq)o.type===e.SAMPLER_2D_SHADOW||o.type===e.SAMPLER_CUBE_SHADOW||o.type===e.SAMPLER_2D_ARRAY_SHADOW?r.push(o):s.push(o);r.length>0&&(this.seq=r.concat(s))}setValue(e,t,n,r){let s=this.map[t];s!==void 0&&s.setValue(e,n,r)}setOptional(e,t,n){let r=t[n];r!==void 0&&this.setValue(e,n,r)}static upload(e,t,n,r){for(let s=0,o=t.length;s!==o;++s){let a=t[s],l=n[a.id];l.needsUpdate!==!1&&a.setValue(e,l.value,r)}}static seqWithValue(e,t){let n=[];for(let r=0,s=e.length;r!==s;++r){let o=e[r];o.id in t&&n.push(o)}return n}};function Ld(i,e,t){let n=i.createShader(e);return i.shaderSource(n,t),i.compileShader(n),n}var vv=37297,bv=0;function _v(i,e){let t=i.split(`
`),n=[],r=Math.max(e-6,0),s=Math.min(e+6,t.length);for(let o=r;o<s;o++){let a=o+1;n.push(`${a===e?">":" "} ${a}: ${t[o]}`)}return n.join(`
`)}var Nd=new Ne;function Av(i){We._getMatrix(Nd,We.workingColorSpace,i);let e=`mat3( ${Nd.elements.map(t=>t.toFixed(4))} )`;switch(We.getTransfer(i)){case Fr:return[e,"LinearTransferOETF"];case je:return[e,"sRGBTransferOETF"];default:return Re("WebGLProgram: Unsupported color space: ",i),[e,"LinearTransferOETF"]}}function Fd(i,e,t){let n=i.getShaderParameter(e,i.COMPILE_STATUS),s=(i.getShaderInfoLog(e)||"").trim();if(n&&s==="")return"";let o=/ERROR: 0:(\d+)/.exec(s);if(o){let a=parseInt(o[1]);return t.toUpperCase()+`

`+s+`

`+_v(i.getShaderSource(e),a)}else return s}function Sv(i,e){let t=Av(e);return[`vec4 ${i}( vec4 value ) {`,`	return ${t[1]}( vec4( ${t[0]} * value.rgb, value.a ) );`,"}"].join(`
`)}var Mv={[lc]:"Linear",[cc]:"Reinhard",[uc]:"Cineon",[hc]:"ACESFilmic",[fc]:"AgX",[pc]:"Neutral",[dc]:"Custom"};function wv(i,e){let t=Mv[e];return t===void 0?(Re("WebGLProgram: Unsupported toneMapping:",e),"vec3 "+i+"( vec3 color ) { return LinearToneMapping( color ); }"):"vec3 "+i+"( vec3 color ) { return "+t+"ToneMapping( color ); }"}var Ea=new $;function Ev(){We.getLuminanceCoefficients(Ea);let i=Ea.x.toFixed(4),e=Ea.y.toFixed(4),t=Ea.z.toFixed(4);return["float luminance( const in vec3 rgb ) {",`	const vec3 weights = vec3( ${i}, ${e}, ${t} );`,"	return dot( weights, rgb );","}"].join(`
`)}function Tv(i){return[i.extensionClipCullDistance?"#extension GL_ANGLE_clip_cull_distance : require":"",i.extensionMultiDraw?"#extension GL_ANGLE_multi_draw : require":""].filter(os).join(`
`)}function Cv(i){let e=[];for(let t in i){let n=i[t];n!==!1&&e.push("#define "+t+" "+n)}return e.join(`
`)}function Rv(i,e){let t={},n=i.getProgramParameter(e,i.ACTIVE_ATTRIBUTES);for(let r=0;r<n;r++){let s=i.getActiveAttrib(e,r),o=s.name,a=1;s.type===i.FLOAT_MAT2&&(a=2),s.type===i.FLOAT_MAT3&&(a=3),s.type===i.FLOAT_MAT4&&(a=4),t[o]={type:s.type,location:i.getAttribLocation(e,o),locationSize:a}}return t}function os(i){return i!==""}function Dd(i,e){let t=e.numSpotLightShadows+e.numSpotLightMaps-e.numSpotLightShadowsWithMaps;return i.replace(/NUM_SUN_LIGHTS/g,e.numSunLights).replace(/NUM_DIR_LIGHTS/g,e.numDirLights).replace(/NUM_SPOT_LIGHTS/g,e.numSpotLights).replace(/NUM_SPOT_LIGHT_MAPS/g,e.numSpotLightMaps).replace(/NUM_SPOT_LIGHT_COORDS/g,t).replace(/NUM_RECT_AREA_LIGHTS/g,e.numRectAreaLights).replace(/NUM_POINT_LIGHTS/g,e.numPointLights).replace(/NUM_HEMI_LIGHTS/g,e.numHemiLights).replace(/NUM_SUN_LIGHT_SHADOWS/g,e.numSunLightShadows).replace(/NUM_DIR_LIGHT_SHADOWS/g,e.numDirLightShadows).replace(/NUM_SPOT_LIGHT_SHADOWS_WITH_MAPS/g,e.numSpotLightShadowsWithMaps).replace(/NUM_SPOT_LIGHT_SHADOWS/g,e.numSpotLightShadows).replace(/NUM_POINT_LIGHT_SHADOWS/g,e.numPointLightShadows).replace(/NUM_LIGHT_PROBE_GRIDS/g,e.numLightProbeGrids)}function Ud(i,e){return i.replace(/NUM_CLIPPING_PLANES/g,e.numClippingPlanes).replace(/UNION_CLIPPING_PLANES/g,e.numClippingPlanes-e.numClipIntersection)}var Iv=/^[ \t]*#include +<([\w\d./]+)>/gm;function Hc(i){return i.replace(Iv,Pv)}function Pv(i,e){let t=ke[e];if(t===void 0)throw new Error("THREE.WebGLProgram: Can not resolve #include <"+e+">");return Hc(t)}var Lv=/#pragma unroll_loop_start\s+for\s*\(\s*int\s+i\s*=\s*(\d+)\s*;\s*i\s*<\s*(\d+)\s*;\s*i\s*\+\+\s*\)\s*{([\s\S]+?)}\s+#pragma unroll_loop_end/g;function Od(i){return i.replace(Lv,Nv)}function Nv(i,e,t,n){let r="";for(let s=parseInt(e);s<parseInt(t);s++)r+=n.replace(/\[\s*i\s*\]/g,"[ "+s+" ]").replace(/UNROLLED_LOOP_INDEX/g,s);return r}function Bd(i){let e=`precision ${i.precision} float;
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
#define LOW_PRECISION`),e}var Fv={[Kr]:"SHADOWMAP_TYPE_PCF",[ir]:"SHADOWMAP_TYPE_VSM"};function Dv(i){return Fv[i.shadowMapType]||"SHADOWMAP_TYPE_BASIC"}var Uv={[sr]:"ENVMAP_MODE_REFRACTION"};function Ov(i){return i.envMap===!1?"ENVMAP_MODE_REFLECTION":Uv[i.envMapMode]||"ENVMAP_MODE_REFLECTION"}var Bv={[ac]:"ENVMAP_BLENDING_MULTIPLY",[td]:"ENVMAP_BLENDING_MIX",[nd]:"ENVMAP_BLENDING_ADD"};function kv(i){return i.envMap===!1?"ENVMAP_BLENDING_NONE":Bv[i.combine]||"ENVMAP_BLENDING_NONE"}function zv(i,e,t,n){let r=i.getContext(),s=t.defines,o=t.vertexShader,a=t.fragmentShader,l=Dv(t),c=t.envMapPMREM===!0?"ENVMAP_TYPE_PMREM":"ENVMAP_TYPE_CUBE",u=Ov(t),h=kv(t),d=Tv(t),f=Cv(s),p=r.createProgram(),y,g,m=t.glslVersion?"#version "+t.glslVersion+`
`:"";t.isRawShaderMaterial?(y=["#define SHADER_TYPE "+t.shaderType,"#define SHADER_NAME "+t.shaderName,f].filter(os).join(`
`),y.length>0&&(y+=`
`),g=["#define SHADER_TYPE "+t.shaderType,"#define SHADER_NAME "+t.shaderName,f].filter(os).join(`
`),g.length>0&&(g+=`
`)):(y=[Bd(t),"#define SHADER_TYPE "+t.shaderType,"#define SHADER_NAME "+t.shaderName,f,t.extensionClipCullDistance?"#define USE_CLIP_DISTANCE":"",t.batching?"#define USE_BATCHING":"",t.batchingColor?"#define USE_BATCHING_COLOR":"",t.instancing?"#define USE_INSTANCING":"",t.instancingColor?"#define USE_INSTANCING_COLOR":"",t.instancingMorph?"#define USE_INSTANCING_MORPH":"",t.useFog&&t.fog?"#define USE_FOG":"",t.useFog&&t.fogExp2?"#define FOG_EXP2":"",t.map?"#define USE_MAP":"",t.envMap?"#define USE_ENVMAP":"",t.envMap?"#define "+u:"",t.lightMap?"#define USE_LIGHTMAP":"",t.aoMap?"#define USE_AOMAP":"",t.bumpMap?"#define USE_BUMPMAP":"",t.normalMap?"#define USE_NORMALMAP":"",t.normalMapObjectSpace?"#define USE_NORMALMAP_OBJECTSPACE":"",t.normalMapTangentSpace?"#define USE_NORMALMAP_TANGENTSPACE":"",t.displacementMap?"#define USE_DISPLACEMENTMAP":"",t.emissiveMap?"#define USE_EMISSIVEMAP":"",t.anisotropy?"#define USE_ANISOTROPY":"",t.anisotropyMap?"#define USE_ANISOTROPYMAP":"",t.clearcoatMap?"#define USE_CLEARCOATMAP":"",t.clearcoatRoughnessMap?"#define USE_CLEARCOAT_ROUGHNESSMAP":"",t.clearcoatNormalMap?"#define USE_CLEARCOAT_NORMALMAP":"",t.diffuseRoughnessMap?"#define USE_DIFFUSE_ROUGHNESSMAP":"",t.iridescenceMap?"#define USE_IRIDESCENCEMAP":"",t.iridescenceThicknessMap?"#define USE_IRIDESCENCE_THICKNESSMAP":"",t.specularMap?"#define USE_SPECULARMAP":"",t.specularColorMap?"#define USE_SPECULAR_COLORMAP":"",t.specularIntensityMap?"#define USE_SPECULAR_INTENSITYMAP":"",t.roughnessMap?"#define USE_ROUGHNESSMAP":"",t.metalnessMap?"#define USE_METALNESSMAP":"",t.alphaMap?"#define USE_ALPHAMAP":"",t.alphaHash?"#define USE_ALPHAHASH":"",t.transmission?"#define USE_TRANSMISSION":"",t.transmissionMap?"#define USE_TRANSMISSIONMAP":"",t.thicknessMap?"#define USE_THICKNESSMAP":"",t.sheenColorMap?"#define USE_SHEEN_COLORMAP":"",t.sheenRoughnessMap?"#define USE_SHEEN_ROUGHNESSMAP":"",t.mapUv?"#define MAP_UV "+t.mapUv:"",t.alphaMapUv?"#define ALPHAMAP_UV "+t.alphaMapUv:"",t.lightMapUv?"#define LIGHTMAP_UV "+t.lightMapUv:"",t.aoMapUv?"#define AOMAP_UV "+t.aoMapUv:"",t.emissiveMapUv?"#define EMISSIVEMAP_UV "+t.emissiveMapUv:"",t.bumpMapUv?"#define BUMPMAP_UV "+t.bumpMapUv:"",t.normalMapUv?"#define NORMALMAP_UV "+t.normalMapUv:"",t.displacementMapUv?"#define DISPLACEMENTMAP_UV "+t.displacementMapUv:"",t.metalnessMapUv?"#define METALNESSMAP_UV "+t.metalnessMapUv:"",t.roughnessMapUv?"#define ROUGHNESSMAP_UV "+t.roughnessMapUv:"",t.anisotropyMapUv?"#define ANISOTROPYMAP_UV "+t.anisotropyMapUv:"",t.clearcoatMapUv?"#define CLEARCOATMAP_UV "+t.clearcoatMapUv:"",t.clearcoatNormalMapUv?"#define CLEARCOAT_NORMALMAP_UV "+t.clearcoatNormalMapUv:"",t.clearcoatRoughnessMapUv?"#define CLEARCOAT_ROUGHNESSMAP_UV "+t.clearcoatRoughnessMapUv:"",t.diffuseRoughnessMapUv?"#define DIFFUSE_ROUGHNESSMAP_UV "+t.diffuseRoughnessMapUv:"",t.iridescenceMapUv?"#define IRIDESCENCEMAP_UV "+t.iridescenceMapUv:"",t.iridescenceThicknessMapUv?"#define IRIDESCENCE_THICKNESSMAP_UV "+t.iridescenceThicknessMapUv:"",t.sheenColorMapUv?"#define SHEEN_COLORMAP_UV "+t.sheenColorMapUv:"",t.sheenRoughnessMapUv?"#define SHEEN_ROUGHNESSMAP_UV "+t.sheenRoughnessMapUv:"",t.specularMapUv?"#define SPECULARMAP_UV "+t.specularMapUv:"",t.specularColorMapUv?"#define SPECULAR_COLORMAP_UV "+t.specularColorMapUv:"",t.specularIntensityMapUv?"#define SPECULAR_INTENSITYMAP_UV "+t.specularIntensityMapUv:"",t.transmissionMapUv?"#define TRANSMISSIONMAP_UV "+t.transmissionMapUv:"",t.thicknessMapUv?"#define THICKNESSMAP_UV "+t.thicknessMapUv:"",t.vertexTangents&&t.flatShading===!1?"#define USE_TANGENT":"",t.vertexNormals?"#define HAS_NORMAL":"",t.vertexColors?"#define USE_COLOR":"",t.vertexAlphas?"#define USE_COLOR_ALPHA":"",t.vertexUv1s?"#define USE_UV1":"",t.vertexUv2s?"#define USE_UV2":"",t.vertexUv3s?"#define USE_UV3":"",t.pointsUvs?"#define USE_POINTS_UV":"",t.flatShading?"#define FLAT_SHADED":"",t.skinning?"#define USE_SKINNING":"",t.morphTargets?"#define USE_MORPHTARGETS":"",t.morphNormals&&t.flatShading===!1?"#define USE_MORPHNORMALS":"",t.morphColors?"#define USE_MORPHCOLORS":"",t.morphTargetsCount>0?"#define MORPHTARGETS_TEXTURE_STRIDE "+t.morphTextureStride:"",t.morphTargetsCount>0?"#define MORPHTARGETS_COUNT "+t.morphTargetsCount:"",t.doubleSided?"#define DOUBLE_SIDED":"",t.flipSided?"#define FLIP_SIDED":"",t.shadowMapEnabled?"#define USE_SHADOWMAP":"",t.shadowMapEnabled?"#define "+l:"",t.sizeAttenuation?"#define USE_SIZEATTENUATION":"",t.numLightProbes>0?"#define USE_LIGHT_PROBES":"",t.logarithmicDepthBuffer?"#define USE_LOGARITHMIC_DEPTH_BUFFER":"",t.reversedDepthBuffer?"#define USE_REVERSED_DEPTH_BUFFER":"","uniform mat4 modelMatrix;","uniform mat4 modelViewMatrix;","uniform mat4 projectionMatrix;","uniform mat4 viewMatrix;","uniform mat3 normalMatrix;","uniform vec3 cameraPosition;","uniform bool isOrthographic;","#ifdef USE_INSTANCING","	attribute mat4 instanceMatrix;","#endif","#ifdef USE_INSTANCING_COLOR","	attribute vec3 instanceColor;","#endif","#ifdef USE_INSTANCING_MORPH","	uniform sampler2D morphTexture;","#endif","attribute vec3 position;","attribute vec3 normal;","attribute vec2 uv;","#ifdef USE_UV1","	attribute vec2 uv1;","#endif","#ifdef USE_UV2","	attribute vec2 uv2;","#endif","#ifdef USE_UV3","	attribute vec2 uv3;","#endif","#ifdef USE_TANGENT","	attribute vec4 tangent;","#endif","#if defined( USE_COLOR_ALPHA )","	attribute vec4 color;","#elif defined( USE_COLOR )","	attribute vec3 color;","#endif","#ifdef USE_SKINNING","	attribute vec4 skinIndex;","	attribute vec4 skinWeight;","#endif",`
`].filter(os).join(`
`),g=[Bd(t),"#define SHADER_TYPE "+t.shaderType,"#define SHADER_NAME "+t.shaderName,f,t.useFog&&t.fog?"#define USE_FOG":"",t.useFog&&t.fogExp2?"#define FOG_EXP2":"",t.alphaToCoverage?"#define ALPHA_TO_COVERAGE":"",t.map?"#define USE_MAP":"",t.matcap?"#define USE_MATCAP":"",t.envMap?"#define USE_ENVMAP":"",t.envMap?"#define "+c:"",t.envMap?"#define "+u:"",t.envMap?"#define "+h:"",t.envMapPMREM?"#define ENVMAP_MAX_LOD "+t.envMapMaxLod+".0":"",t.envMapPMREM?"#define ENVMAP_SIZE "+t.envMapSize+".0":"",t.lightMap?"#define USE_LIGHTMAP":"",t.aoMap?"#define USE_AOMAP":"",t.bumpMap?"#define USE_BUMPMAP":"",t.normalMap?"#define USE_NORMALMAP":"",t.normalMapObjectSpace?"#define USE_NORMALMAP_OBJECTSPACE":"",t.normalMapTangentSpace?"#define USE_NORMALMAP_TANGENTSPACE":"",t.packedNormalMap?"#define USE_PACKED_NORMALMAP":"",t.emissiveMap?"#define USE_EMISSIVEMAP":"",t.anisotropy?"#define USE_ANISOTROPY":"",t.anisotropyMap?"#define USE_ANISOTROPYMAP":"",t.clearcoat?"#define USE_CLEARCOAT":"",t.clearcoatMap?"#define USE_CLEARCOATMAP":"",t.clearcoatRoughnessMap?"#define USE_CLEARCOAT_ROUGHNESSMAP":"",t.clearcoatNormalMap?"#define USE_CLEARCOAT_NORMALMAP":"",t.diffuseRoughness?"#define USE_DIFFUSE_ROUGHNESS":"",t.diffuseRoughnessMap?"#define USE_DIFFUSE_ROUGHNESSMAP":"",t.dispersion?"#define USE_DISPERSION":"",t.retroreflection?"#define USE_RETROREFLECTION":"",t.iridescence?"#define USE_IRIDESCENCE":"",t.iridescenceMap?"#define USE_IRIDESCENCEMAP":"",t.iridescenceThicknessMap?"#define USE_IRIDESCENCE_THICKNESSMAP":"",t.specularMap?"#define USE_SPECULARMAP":"",t.specularColorMap?"#define USE_SPECULAR_COLORMAP":"",t.specularIntensityMap?"#define USE_SPECULAR_INTENSITYMAP":"",t.roughnessMap?"#define USE_ROUGHNESSMAP":"",t.metalnessMap?"#define USE_METALNESSMAP":"",t.alphaMap?"#define USE_ALPHAMAP":"",t.alphaTest?"#define USE_ALPHATEST":"",t.alphaHash?"#define USE_ALPHAHASH":"",t.sheen?"#define USE_SHEEN":"",t.sheenColorMap?"#define USE_SHEEN_COLORMAP":"",t.sheenRoughnessMap?"#define USE_SHEEN_ROUGHNESSMAP":"",t.transmission?"#define USE_TRANSMISSION":"",t.transmissionMap?"#define USE_TRANSMISSIONMAP":"",t.thicknessMap?"#define USE_THICKNESSMAP":"",t.vertexTangents&&t.flatShading===!1?"#define USE_TANGENT":"",t.vertexColors||t.instancingColor?"#define USE_COLOR":"",t.vertexAlphas||t.batchingColor?"#define USE_COLOR_ALPHA":"",t.vertexUv1s?"#define USE_UV1":"",t.vertexUv2s?"#define USE_UV2":"",t.vertexUv3s?"#define USE_UV3":"",t.pointsUvs?"#define USE_POINTS_UV":"",t.gradientMap?"#define USE_GRADIENTMAP":"",t.flatShading?"#define FLAT_SHADED":"",t.doubleSided?"#define DOUBLE_SIDED":"",t.flipSided?"#define FLIP_SIDED":"",t.shadowMapEnabled?"#define USE_SHADOWMAP":"",t.shadowMapEnabled?"#define "+l:"",t.premultipliedAlpha?"#define PREMULTIPLIED_ALPHA":"",t.numLightProbes>0?"#define USE_LIGHT_PROBES":"",t.decodeVideoTexture?"#define DECODE_VIDEO_TEXTURE":"",t.decodeVideoTextureEmissive?"#define DECODE_VIDEO_TEXTURE_EMISSIVE":"",t.logarithmicDepthBuffer?"#define USE_LOGARITHMIC_DEPTH_BUFFER":"",t.reversedDepthBuffer?"#define USE_REVERSED_DEPTH_BUFFER":"","uniform mat4 viewMatrix;","uniform vec3 cameraPosition;","uniform bool isOrthographic;",t.toneMapping!==Sn?"#define TONE_MAPPING":"",t.toneMapping!==Sn?ke.tonemapping_pars_fragment:"",t.toneMapping!==Sn?wv("toneMapping",t.toneMapping):"",t.dithering?"#define DITHERING":"",t.opaque?"#define OPAQUE":"",ke.colorspace_pars_fragment,Sv("linearToOutputTexel",t.outputColorSpace),Ev(),t.useDepthPacking?"#define DEPTH_PACKING "+t.depthPacking:"",`
`].filter(os).join(`
`)),o=Hc(o),o=Dd(o,t),o=Ud(o,t),a=Hc(a),a=Dd(a,t),a=Ud(a,t),o=Od(o),a=Od(a),t.isRawShaderMaterial!==!0&&(m=`#version 300 es
`,y=[d,"#define attribute in","#define varying out","#define texture2D texture"].join(`
`)+`
`+y,g=["#define varying in",t.glslVersion===is?"":"layout(location = 0) out highp vec4 pc_fragColor;",t.glslVersion===is?"":"#define gl_FragColor pc_fragColor","#define gl_FragDepthEXT gl_FragDepth","#define texture2D texture","#define textureCube texture","#define texture2DProj textureProj","#define texture2DLodEXT textureLod","#define texture2DProjLodEXT textureProjLod","#define textureCubeLodEXT textureLod","#define texture2DGradEXT textureGrad","#define texture2DProjGradEXT textureProjGrad","#define textureCubeGradEXT textureGrad"].join(`
`)+`
`+g);let x=m+y+o,_=m+g+a,b=Ld(r,r.VERTEX_SHADER,x),w=Ld(r,r.FRAGMENT_SHADER,_);r.attachShader(p,b),r.attachShader(p,w),t.index0AttributeName!==void 0?r.bindAttribLocation(p,0,t.index0AttributeName):t.hasPositionAttribute===!0&&r.bindAttribLocation(p,0,"position"),r.linkProgram(p);function A(I){if(i.debug.checkShaderErrors){let R=r.getProgramInfoLog(p)||"",C=r.getShaderInfoLog(b)||"",D=r.getShaderInfoLog(w)||"",L=R.trim(),z=C.trim(),k=D.trim(),B=!0,Y=!0;if(r.getProgramParameter(p,r.LINK_STATUS)===!1)if(B=!1,typeof i.debug.onShaderError=="function")i.debug.onShaderError(r,p,b,w);else{let V=Fd(r,b,"vertex"),j=Fd(r,w,"fragment");Le("WebGLProgram: Shader Error "+r.getError()+" - VALIDATE_STATUS "+r.getProgramParameter(p,r.VALIDATE_STATUS)+`

Material Name: `+I.name+`
Material Type: `+I.type+`

Program Info Log: `+L+`
`+V+`
`+j)}else L!==""?Re("WebGLProgram: Program Info Log:",L):(z===""||k==="")&&(Y=!1);Y&&(I.diagnostics={runnable:B,programLog:L,vertexShader:{log:z,prefix:y},fragmentShader:{log:k,prefix:g}})}r.deleteShader(b),r.deleteShader(w),v=new ar(r,p),S=Rv(r,p)}let v;this.getUniforms=function(){return v===void 0&&A(this),v};let S;this.getAttributes=function(){return S===void 0&&A(this),S};let N=t.rendererExtensionParallelShaderCompile===!1;return this.isReady=function(){return N===!1&&(N=r.getProgramParameter(p,vv)),N},this.destroy=function(){n.releaseStatesOfProgram(this),r.deleteProgram(p),this.program=void 0},this.type=t.shaderType,this.name=t.shaderName,this.id=bv++,this.cacheKey=e,this.usedTimes=1,this.program=p,this.vertexShader=b,this.fragmentShader=w,this}var Gv=0,Wc=class{constructor(){this.shaderCache=new Map,this.materialCache=new Map}update(e,t,n){let r=this._getShaderCacheForMaterial(e);return r.has(t)===!1&&(r.add(t),t.usedTimes++),r.has(n)===!1&&(r.add(n),n.usedTimes++),this}remove(e){let t=this.materialCache.get(e);for(let n of t)n.usedTimes--,n.usedTimes===0&&this.shaderCache.delete(n.code);return this.materialCache.delete(e),this}getVertexShaderStage(e){return this._getShaderStage(e.vertexShader)}getFragmentShaderStage(e){return this._getShaderStage(e.fragmentShader)}dispose(){this.shaderCache.clear(),this.materialCache.clear()}_getShaderCacheForMaterial(e){let t=this.materialCache,n=t.get(e);return n===void 0&&(n=new Set,t.set(e,n)),n}_getShaderStage(e){let t=this.shaderCache,n=t.get(e);return n===void 0&&(n=new Xc(e),t.set(e,n)),n}},Xc=class{constructor(e){this.id=Gv++,this.code=e,this.usedTimes=0}};function Vv(i){return i===si||i===ts||i===ns}function Hv(i,e,t,n,r,s){let o=new Br,a=new Wc,l=new Set,c=[],u=new Map,h=n.logarithmicDepthBuffer,d={MeshDepthMaterial:"depth",MeshDistanceMaterial:"distance",MeshNormalMaterial:"normal",MeshBasicMaterial:"basic",MeshLambertMaterial:"lambert",MeshPhongMaterial:"phong",MeshToonMaterial:"toon",MeshStandardMaterial:"physical",MeshPhysicalMaterial:"physical",MeshMatcapMaterial:"matcap",LineBasicMaterial:"basic",LineDashedMaterial:"dashed",PointsMaterial:"points",ShadowMaterial:"shadow",SpriteMaterial:"sprite"};function f(v){return l.add(v),v===0?"uv":`uv${v}`}function p(v,S,N,I,R,C){let D=I.fog,L=R.geometry,z=v.isMeshStandardMaterial||v.isMeshLambertMaterial||v.isMeshPhongMaterial?I.environment:null,k=v.isMeshStandardMaterial||v.isMeshLambertMaterial&&!v.envMap||v.isMeshPhongMaterial&&!v.envMap,B=e.get(v.envMap||z,k),Y=d[v.type],V=n.precision;v.precision!==null&&(V=n.getMaxPrecision(v.precision),V!==v.precision&&Re("WebGLProgram.getParameters:",v.precision,"not supported, using",V,"instead."));let j=L.morphAttributes.position||L.morphAttributes.normal||L.morphAttributes.color,ne=j!==void 0?j.length:0,be=0;L.morphAttributes.position!==void 0&&(be=1),L.morphAttributes.normal!==void 0&&(be=2),L.morphAttributes.color!==void 0&&(be=3);let Pe,Z,ie,ve;if(Y){let ge=wn[Y];Pe=ge.vertexShader,Z=ge.fragmentShader}else{Pe=v.vertexShader,Z=v.fragmentShader;let ge=a.getVertexShaderStage(v),Ze=a.getFragmentShaderStage(v);a.update(v,ge,Ze),ie=ge.id,ve=Ze.id}let we=i.getRenderTarget(),me=i.state.buffers.depth.getReversed(),Ue=R.isInstancedMesh===!0,ft=R.isBatchedMesh===!0,Ie=!!v.map,Je=!!v.matcap,Qe=!!B,Ge=Qe&&B.isPMREMTexture===!0,Et=!!v.aoMap,yt=!!v.lightMap,zt=!!v.bumpMap&&v.wireframe===!1,lt=!!v.normalMap,gn=!!v.displacementMap,_t=!!v.emissiveMap,Zt=!!v.metalnessMap,Qt=!!v.roughnessMap,en=v.anisotropy>0,G=v.clearcoat>0,tn=v.diffuseRoughness>0,st=v.dispersion>0,ot=v.retroreflectivity>0,pe=v.iridescence>0,xt=v.sheen>0,Ce=v.transmission>0,Fe=en&&!!v.anisotropyMap,F=G&&!!v.clearcoatMap,M=G&&!!v.clearcoatNormalMap,W=G&&!!v.clearcoatRoughnessMap,re=tn&&!!v.diffuseRoughnessMap,te=pe&&!!v.iridescenceMap,ae=pe&&!!v.iridescenceThicknessMap,de=xt&&!!v.sheenColorMap,J=xt&&!!v.sheenRoughnessMap,Q=!!v.specularMap,ce=!!v.specularColorMap,U=!!v.specularIntensityMap,ee=Ce&&!!v.transmissionMap,K=Ce&&!!v.thicknessMap,ue=!!v.gradientMap,oe=!!v.alphaMap,le=v.alphaTest>0,Ee=!!v.alphaHash,Be=!!v.extensions,se=Sn;v.toneMapped&&(we===null||we.isXRRenderTarget===!0)&&(se=i.toneMapping);let Te=Ge?B.isCompressedCubeTexture?B.image[0].mipmaps:B.mipmaps:null,Oe={shaderID:Y,shaderType:v.type,shaderName:v.name,vertexShader:Pe,fragmentShader:Z,defines:v.defines,customVertexShaderID:ie,customFragmentShaderID:ve,isRawShaderMaterial:v.isRawShaderMaterial===!0,glslVersion:v.glslVersion,precision:V,batching:ft,batchingColor:ft&&R._colorsTexture!==null,instancing:Ue,instancingColor:Ue&&R.instanceColor!==null,instancingMorph:Ue&&R.morphTexture!==null,outputColorSpace:we===null?i.outputColorSpace:we.isXRRenderTarget===!0?we.texture.colorSpace:We.workingColorSpace,alphaToCoverage:!!v.alphaToCoverage,map:Ie,matcap:Je,envMap:Qe,envMapMode:Qe&&B.mapping,envMapPMREM:Ge,envMapMaxLod:Ge?Te.length-1:null,envMapSize:Ge?Te[0].width:null,aoMap:Et,lightMap:yt,bumpMap:zt,normalMap:lt,displacementMap:gn,emissiveMap:_t,normalMapObjectSpace:lt&&v.normalMapType===sd,normalMapTangentSpace:lt&&v.normalMapType===Sc,packedNormalMap:lt&&v.normalMapType===Sc&&Vv(v.normalMap.format),metalnessMap:Zt,roughnessMap:Qt,anisotropy:en,anisotropyMap:Fe,clearcoat:G,clearcoatMap:F,clearcoatNormalMap:M,clearcoatRoughnessMap:W,diffuseRoughness:tn,diffuseRoughnessMap:re,dispersion:st,retroreflection:ot,iridescence:pe,iridescenceMap:te,iridescenceThicknessMap:ae,sheen:xt,sheenColorMap:de,sheenRoughnessMap:J,specularMap:Q,specularColorMap:ce,specularIntensityMap:U,transmission:Ce,transmissionMap:ee,thicknessMap:K,gradientMap:ue,opaque:v.transparent===!1&&v.blending===rr&&v.alphaToCoverage===!1,alphaMap:oe,alphaTest:le,alphaHash:Ee,combine:v.combine,mapUv:Ie&&f(v.map.channel),aoMapUv:Et&&f(v.aoMap.channel),lightMapUv:yt&&f(v.lightMap.channel),bumpMapUv:zt&&f(v.bumpMap.channel),normalMapUv:lt&&f(v.normalMap.channel),displacementMapUv:gn&&f(v.displacementMap.channel),emissiveMapUv:_t&&f(v.emissiveMap.channel),metalnessMapUv:Zt&&f(v.metalnessMap.channel),roughnessMapUv:Qt&&f(v.roughnessMap.channel),anisotropyMapUv:Fe&&f(v.anisotropyMap.channel),clearcoatMapUv:F&&f(v.clearcoatMap.channel),clearcoatNormalMapUv:M&&f(v.clearcoatNormalMap.channel),clearcoatRoughnessMapUv:W&&f(v.clearcoatRoughnessMap.channel),diffuseRoughnessMapUv:re&&f(v.diffuseRoughnessMap.channel),iridescenceMapUv:te&&f(v.iridescenceMap.channel),iridescenceThicknessMapUv:ae&&f(v.iridescenceThicknessMap.channel),sheenColorMapUv:de&&f(v.sheenColorMap.channel),sheenRoughnessMapUv:J&&f(v.sheenRoughnessMap.channel),specularMapUv:Q&&f(v.specularMap.channel),specularColorMapUv:ce&&f(v.specularColorMap.channel),specularIntensityMapUv:U&&f(v.specularIntensityMap.channel),transmissionMapUv:ee&&f(v.transmissionMap.channel),thicknessMapUv:K&&f(v.thicknessMap.channel),alphaMapUv:oe&&f(v.alphaMap.channel),vertexTangents:!!L.attributes.tangent&&(lt||en),vertexNormals:!!L.attributes.normal,vertexColors:v.vertexColors,vertexAlphas:v.vertexColors===!0&&!!L.attributes.color&&L.attributes.color.itemSize===4,pointsUvs:R.isPoints===!0&&!!L.attributes.uv&&(Ie||oe),fog:!!D,useFog:v.fog===!0,fogExp2:!!D&&D.isFogExp2,flatShading:v.wireframe===!1&&(v.flatShading===!0||L.attributes.normal===void 0&&lt===!1&&(v.isMeshLambertMaterial||v.isMeshPhongMaterial||v.isMeshStandardMaterial||v.isMeshPhysicalMaterial)),sizeAttenuation:v.sizeAttenuation===!0,logarithmicDepthBuffer:h,reversedDepthBuffer:me,skinning:R.isSkinnedMesh===!0,hasPositionAttribute:L.attributes.position!==void 0,morphTargets:L.morphAttributes.position!==void 0,morphNormals:L.morphAttributes.normal!==void 0,morphColors:L.morphAttributes.color!==void 0,morphTargetsCount:ne,morphTextureStride:be,numSunLights:S.sun.length,numDirLights:S.directional.length,numPointLights:S.point.length,numSpotLights:S.spot.length,numSpotLightMaps:S.spotLightMap.length,numRectAreaLights:S.rectArea.length,numHemiLights:S.hemi.length,numSunLightShadows:S.sunShadowMap.length,numDirLightShadows:S.directionalShadowMap.length,numPointLightShadows:S.pointShadowMap.length,numSpotLightShadows:S.spotShadowMap.length,numSpotLightShadowsWithMaps:S.numSpotLightShadowsWithMaps,numLightProbes:S.numLightProbes,numLightProbeGrids:C.filter(ge=>ge.texture!==null).length,numClippingPlanes:s.numPlanes,numClipIntersection:s.numIntersection,dithering:v.dithering,shadowMapEnabled:i.shadowMap.enabled&&N.length>0,shadowMapType:i.shadowMap.type,toneMapping:se,decodeVideoTexture:Ie&&v.map.isVideoTexture===!0&&We.getTransfer(v.map.colorSpace)===je,decodeVideoTextureEmissive:_t&&v.emissiveMap.isVideoTexture===!0&&We.getTransfer(v.emissiveMap.colorSpace)===je,premultipliedAlpha:v.premultipliedAlpha,doubleSided:v.side===An,flipSided:v.side===kt,useDepthPacking:v.depthPacking>=0,depthPacking:v.depthPacking||0,index0AttributeName:v.index0AttributeName,extensionClipCullDistance:Be&&v.extensions.clipCullDistance===!0&&t.has("WEBGL_clip_cull_distance"),extensionMultiDraw:(Be&&v.extensions.multiDraw===!0||ft)&&t.has("WEBGL_multi_draw"),rendererExtensionParallelShaderCompile:t.has("KHR_parallel_shader_compile"),customProgramCacheKey:v.customProgramCacheKey()};return Oe.vertexUv1s=l.has(1),Oe.vertexUv2s=l.has(2),Oe.vertexUv3s=l.has(3),l.clear(),Oe}function y(v){let S=[];if(v.shaderID?S.push(v.shaderID):(S.push(v.customVertexShaderID),S.push(v.customFragmentShaderID)),v.defines!==void 0)for(let N in v.defines)S.push(N),S.push(v.defines[N]);return v.isRawShaderMaterial===!1&&(g(S,v),m(S,v),S.push(i.outputColorSpace)),S.push(v.customProgramCacheKey),S.join()}function g(v,S){v.push(S.precision),v.push(S.outputColorSpace),v.push(S.envMapMode),v.push(S.envMapPMREM),v.push(S.envMapMaxLod),v.push(S.envMapSize),v.push(S.mapUv),v.push(S.alphaMapUv),v.push(S.lightMapUv),v.push(S.aoMapUv),v.push(S.bumpMapUv),v.push(S.normalMapUv),v.push(S.displacementMapUv),v.push(S.emissiveMapUv),v.push(S.metalnessMapUv),v.push(S.roughnessMapUv),v.push(S.anisotropyMapUv),v.push(S.clearcoatMapUv),v.push(S.clearcoatNormalMapUv),v.push(S.clearcoatRoughnessMapUv),v.push(S.diffuseRoughnessMapUv),v.push(S.iridescenceMapUv),v.push(S.iridescenceThicknessMapUv),v.push(S.sheenColorMapUv),v.push(S.sheenRoughnessMapUv),v.push(S.specularMapUv),v.push(S.specularColorMapUv),v.push(S.specularIntensityMapUv),v.push(S.transmissionMapUv),v.push(S.thicknessMapUv),v.push(S.combine),v.push(S.fogExp2),v.push(S.sizeAttenuation),v.push(S.morphTargetsCount),v.push(S.numSunLights),v.push(S.numDirLights),v.push(S.numPointLights),v.push(S.numSpotLights),v.push(S.numSpotLightMaps),v.push(S.numHemiLights),v.push(S.numRectAreaLights),v.push(S.numSunLightShadows),v.push(S.numDirLightShadows),v.push(S.numPointLightShadows),v.push(S.numSpotLightShadows),v.push(S.numSpotLightShadowsWithMaps),v.push(S.numLightProbes),v.push(S.numLightProbeGrids),v.push(S.shadowMapType),v.push(S.toneMapping),v.push(S.numClippingPlanes),v.push(S.numClipIntersection),v.push(S.depthPacking)}function m(v,S){o.disableAll(),S.instancing&&o.enable(0),S.instancingColor&&o.enable(1),S.instancingMorph&&o.enable(2),S.matcap&&o.enable(3),S.envMap&&o.enable(4),S.normalMapObjectSpace&&o.enable(5),S.normalMapTangentSpace&&o.enable(6),S.clearcoat&&o.enable(7),S.iridescence&&o.enable(8),S.alphaTest&&o.enable(9),S.vertexColors&&o.enable(10),S.vertexAlphas&&o.enable(11),S.vertexUv1s&&o.enable(12),S.vertexUv2s&&o.enable(13),S.vertexUv3s&&o.enable(14),S.vertexTangents&&o.enable(15),S.anisotropy&&o.enable(16),S.alphaHash&&o.enable(17),S.batching&&o.enable(18),S.dispersion&&o.enable(19),S.retroreflection&&o.enable(24),S.diffuseRoughness&&o.enable(25),S.batchingColor&&o.enable(20),S.gradientMap&&o.enable(21),S.packedNormalMap&&o.enable(22),S.vertexNormals&&o.enable(23),v.push(o.mask),o.disableAll(),S.fog&&o.enable(0),S.useFog&&o.enable(1),S.flatShading&&o.enable(2),S.logarithmicDepthBuffer&&o.enable(3),S.reversedDepthBuffer&&o.enable(4),S.skinning&&o.enable(5),S.morphTargets&&o.enable(6),S.morphNormals&&o.enable(7),S.morphColors&&o.enable(8),S.premultipliedAlpha&&o.enable(9),S.shadowMapEnabled&&o.enable(10),S.doubleSided&&o.enable(11),S.flipSided&&o.enable(12),S.useDepthPacking&&o.enable(13),S.dithering&&o.enable(14),S.transmission&&o.enable(15),S.sheen&&o.enable(16),S.opaque&&o.enable(17),S.pointsUvs&&o.enable(18),S.decodeVideoTexture&&o.enable(19),S.decodeVideoTextureEmissive&&o.enable(20),S.alphaToCoverage&&o.enable(21),S.numLightProbeGrids>0&&o.enable(22),S.hasPositionAttribute&&o.enable(23),v.push(o.mask)}function x(v){let S=d[v.type],N;if(S){let I=wn[S];N=vd.clone(I.uniforms)}else N=v.uniforms;return N}function _(v,S){let N=u.get(S);return N!==void 0?++N.usedTimes:(N=new zv(i,S,v,r),c.push(N),u.set(S,N)),N}function b(v){if(--v.usedTimes===0){let S=c.indexOf(v);c[S]=c[c.length-1],c.pop(),u.delete(v.cacheKey),v.destroy()}}function w(v){a.remove(v)}function A(){a.dispose()}return{getParameters:p,getProgramCacheKey:y,getUniforms:x,acquireProgram:_,releaseProgram:b,releaseShaderCache:w,programs:c,dispose:A}}function Wv(){let i=new WeakMap;function e(o){return i.has(o)}function t(o){let a=i.get(o);return a===void 0&&(a={},i.set(o,a)),a}function n(o){i.delete(o)}function r(o,a,l){i.get(o)[a]=l}function s(){i=new WeakMap}return{has:e,get:t,remove:n,update:r,dispose:s}}function Xv(i,e){return i.groupOrder!==e.groupOrder?i.groupOrder-e.groupOrder:i.renderOrder!==e.renderOrder?i.renderOrder-e.renderOrder:i.material.id!==e.material.id?i.material.id-e.material.id:i.materialVariant!==e.materialVariant?i.materialVariant-e.materialVariant:i.z!==e.z?i.z-e.z:i.id-e.id}function kd(i,e){return i.groupOrder!==e.groupOrder?i.groupOrder-e.groupOrder:i.renderOrder!==e.renderOrder?i.renderOrder-e.renderOrder:i.z!==e.z?e.z-i.z:i.id-e.id}function zd(){let i=[],e=0,t=[],n=[],r=[];function s(){e=0,t.length=0,n.length=0,r.length=0}function o(d){let f=0;return d.isInstancedMesh&&(f+=2),d.isSkinnedMesh&&(f+=1),f}function a(d,f,p,y,g,m){let x=i[e];return x===void 0?(x={id:d.id,object:d,geometry:f,material:p,materialVariant:o(d),groupOrder:y,renderOrder:d.renderOrder,z:g,group:m},i[e]=x):(x.id=d.id,x.object=d,x.geometry=f,x.material=p,x.materialVariant=o(d),x.groupOrder=y,x.renderOrder=d.renderOrder,x.z=g,x.group=m),e++,x}function l(d,f,p,y,g,m,x){x.reversedDepth===!0&&(g=-g);let _=a(d,f,p,y,g,m);p.transmission>0?n.push(_):p.transparent===!0?r.push(_):t.push(_)}function c(d,f,p,y,g,m){let x=a(d,f,p,y,g,m);p.transmission>0?n.unshift(x):p.transparent===!0?r.unshift(x):t.unshift(x)}function u(d,f){t.length>1&&t.sort(d||Xv),n.length>1&&n.sort(f||kd),r.length>1&&r.sort(f||kd)}function h(){for(let d=e,f=i.length;d<f;d++){let p=i[d];if(p.id===null)break;p.id=null,p.object=null,p.geometry=null,p.material=null,p.group=null}}return{opaque:t,transmissive:n,transparent:r,init:s,push:l,unshift:c,finish:h,sort:u}}function $v(){let i=new WeakMap;function e(n,r){let s=i.get(n),o;return s===void 0?(o=new zd,i.set(n,[o])):r>=s.length?(o=new zd,s.push(o)):o=s[r],o}function t(){i=new WeakMap}return{get:e,dispose:t}}function qv(){let i={};return{get:function(e){if(i[e.id]!==void 0)return i[e.id];let t;switch(e.type){case"SunLight":case"DirectionalLight":t={direction:new $,color:new ze};break;case"SpotLight":t={position:new $,direction:new $,color:new ze,distance:0,coneCos:0,penumbraCos:0,decay:0};break;case"PointLight":t={position:new $,color:new ze,distance:0,decay:0};break;case"HemisphereLight":t={direction:new $,skyColor:new ze,groundColor:new ze};break;case"RectAreaLight":t={color:new ze,position:new $,halfWidth:new $,halfHeight:new $};break}return i[e.id]=t,t}}}function Yv(){let i={};return{get:function(e){if(i[e.id]!==void 0)return i[e.id];let t;switch(e.type){case"SunLight":case"DirectionalLight":t={shadowIntensity:1,shadowBias:0,shadowNormalBias:0,shadowRadius:1,shadowMapSize:new $e};break;case"SpotLight":t={shadowIntensity:1,shadowBias:0,shadowNormalBias:0,shadowRadius:1,shadowMapSize:new $e};break;case"PointLight":t={shadowIntensity:1,shadowBias:0,shadowNormalBias:0,shadowRadius:1,shadowMapSize:new $e,shadowCameraNear:1,shadowCameraFar:1e3};break}return i[e.id]=t,t}}}var Kv=0;function jv(i,e){return(e.castShadow?2:0)-(i.castShadow?2:0)+(e.map?1:0)-(i.map?1:0)}function Jv(i){let e=new qv,t=Yv(),n={version:0,hash:{sunLength:-1,directionalLength:-1,pointLength:-1,spotLength:-1,rectAreaLength:-1,hemiLength:-1,numSunShadows:-1,numDirectionalShadows:-1,numPointShadows:-1,numSpotShadows:-1,numSpotMaps:-1,numLightProbes:-1},ambient:[0,0,0],probe:[],sun:[],sunShadow:[],sunShadowMap:[],sunShadowMatrix:[],sunShadowCascade:[],directional:[],directionalShadow:[],directionalShadowMap:[],directionalShadowMatrix:[],spot:[],spotLightMap:[],spotShadow:[],spotShadowMap:[],spotLightMatrix:[],rectArea:[],rectAreaLTC1:null,rectAreaLTC2:null,point:[],pointShadow:[],pointShadowMap:[],pointShadowMatrix:[],hemi:[],numSpotLightShadowsWithMaps:0,numLightProbes:0};for(let c=0;c<9;c++)n.probe.push(new $);let r=new $,s=new nt,o=new nt;function a(c){let u=0,h=0,d=0;for(let C=0;C<9;C++)n.probe[C].set(0,0,0);let f=0,p=0,y=0,g=0,m=0,x=0,_=0,b=0,w=0,A=0,v=0,S=0,N=0,I=0;c.sort(jv);for(let C=0,D=c.length;C<D;C++){let L=c[C],z=L.color,k=L.intensity,B=L.distance,Y=null;if(L.shadow&&L.shadow.map&&(L.shadow.map.texture.format===si?Y=L.shadow.map.texture:Y=L.shadow.map.depthTexture||L.shadow.map.texture),L.isAmbientLight)u+=z.r*k,h+=z.g*k,d+=z.b*k;else if(L.isLightProbe){for(let V=0;V<9;V++)n.probe[V].addScaledVector(L.sh.coefficients[V],k);I++}else if(L.isSunLight){let V=e.get(L);if(V.color.copy(L.color).multiplyScalar(L.intensity),L.castShadow){let j=L.shadow,ne=t.get(L);ne.shadowIntensity=j.intensity,ne.shadowBias=j.bias,ne.shadowNormalBias=j.normalBias,ne.shadowRadius=j.radius,ne.shadowMapSize.copy(j.mapSize).multiply(j.getFrameExtents()),n.sunShadow[p]=ne,n.sunShadowMap[p]=Y;let be=j.getViewportCount();for(let Pe=0;Pe<be;Pe++)n.sunShadowMatrix[y+Pe]=j.getMatrix(Pe),n.sunShadowCascade[y+Pe]=j._cascadeData[Pe];y+=be,p++}n.sun[f]=V,f++}else if(L.isDirectionalLight){let V=e.get(L);if(V.color.copy(L.color).multiplyScalar(L.intensity),L.castShadow){let j=L.shadow,ne=t.get(L);ne.shadowIntensity=j.intensity,ne.shadowBias=j.bias,ne.shadowNormalBias=j.normalBias,ne.shadowRadius=j.radius,ne.shadowMapSize=j.mapSize,n.directionalShadow[g]=ne,n.directionalShadowMap[g]=Y,n.directionalShadowMatrix[g]=L.shadow.matrix,w++}n.directional[g]=V,g++}else if(L.isSpotLight){let V=e.get(L);V.position.setFromMatrixPosition(L.matrixWorld),V.color.copy(z).multiplyScalar(k),V.distance=B,V.coneCos=Math.cos(L.angle),V.penumbraCos=Math.cos(L.angle*(1-L.penumbra)),V.decay=L.decay,n.spot[x]=V;let j=L.shadow;if(L.map&&(n.spotLightMap[S]=L.map,S++,j.updateMatrices(L),L.castShadow&&N++),n.spotLightMatrix[x]=j.matrix,L.castShadow){let ne=t.get(L);ne.shadowIntensity=j.intensity,ne.shadowBias=j.bias,ne.shadowNormalBias=j.normalBias,ne.shadowRadius=j.radius,ne.shadowMapSize=j.mapSize,n.spotShadow[x]=ne,n.spotShadowMap[x]=Y,v++}x++}else if(L.isRectAreaLight){let V=e.get(L);V.color.copy(z).multiplyScalar(k),V.halfWidth.set(L.width*.5,0,0),V.halfHeight.set(0,L.height*.5,0),n.rectArea[_]=V,_++}else if(L.isPointLight){let V=e.get(L);if(V.color.copy(L.color).multiplyScalar(L.intensity),V.distance=L.distance,V.decay=L.decay,L.castShadow){let j=L.shadow,ne=t.get(L);ne.shadowIntensity=j.intensity,ne.shadowBias=j.bias,ne.shadowNormalBias=j.normalBias,ne.shadowRadius=j.radius,ne.shadowMapSize=j.mapSize,ne.shadowCameraNear=j.camera.near,ne.shadowCameraFar=j.camera.far,n.pointShadow[m]=ne,n.pointShadowMap[m]=Y,n.pointShadowMatrix[m]=L.shadow.matrix,A++}n.point[m]=V,m++}else if(L.isHemisphereLight){let V=e.get(L);V.skyColor.copy(L.color).multiplyScalar(k),V.groundColor.copy(L.groundColor).multiplyScalar(k),n.hemi[b]=V,b++}}_>0&&(i.has("OES_texture_float_linear")===!0?(n.rectAreaLTC1=ye.LTC_FLOAT_1,n.rectAreaLTC2=ye.LTC_FLOAT_2):(n.rectAreaLTC1=ye.LTC_HALF_1,n.rectAreaLTC2=ye.LTC_HALF_2)),n.ambient[0]=u,n.ambient[1]=h,n.ambient[2]=d;let R=n.hash;(R.sunLength!==f||R.directionalLength!==g||R.pointLength!==m||R.spotLength!==x||R.rectAreaLength!==_||R.hemiLength!==b||R.numSunShadows!==p||R.numDirectionalShadows!==w||R.numPointShadows!==A||R.numSpotShadows!==v||R.numSpotMaps!==S||R.numLightProbes!==I)&&(n.sun.length=f,n.directional.length=g,n.spot.length=x,n.rectArea.length=_,n.point.length=m,n.hemi.length=b,n.sunShadow.length=p,n.sunShadowMap.length=p,n.sunShadowMatrix.length=y,n.sunShadowCascade.length=y,n.directionalShadow.length=w,n.directionalShadowMap.length=w,n.directionalShadowMatrix.length=w,n.pointShadow.length=A,n.pointShadowMap.length=A,n.pointShadowMatrix.length=A,n.spotShadow.length=v,n.spotShadowMap.length=v,n.spotLightMatrix.length=v+S-N,n.spotLightMap.length=S,n.numSpotLightShadowsWithMaps=N,n.numLightProbes=I,R.sunLength=f,R.directionalLength=g,R.pointLength=m,R.spotLength=x,R.rectAreaLength=_,R.hemiLength=b,R.numSunShadows=p,R.numDirectionalShadows=w,R.numPointShadows=A,R.numSpotShadows=v,R.numSpotMaps=S,R.numLightProbes=I,n.version=Kv++)}function l(c,u){let h=0,d=0,f=0,p=0,y=0,g=0,m=u.matrixWorldInverse;for(let x=0,_=c.length;x<_;x++){let b=c[x];if(b.isSunLight){let w=n.sun[h];w.direction.setFromMatrixPosition(b.matrixWorld),w.direction.transformDirection(m),h++}else if(b.isDirectionalLight){let w=n.directional[d];w.direction.setFromMatrixPosition(b.matrixWorld),r.setFromMatrixPosition(b.target.matrixWorld),w.direction.sub(r),w.direction.transformDirection(m),d++}else if(b.isSpotLight){let w=n.spot[p];w.position.setFromMatrixPosition(b.matrixWorld),w.position.applyMatrix4(m),w.direction.setFromMatrixPosition(b.matrixWorld),r.setFromMatrixPosition(b.target.matrixWorld),w.direction.sub(r),w.direction.transformDirection(m),p++}else if(b.isRectAreaLight){let w=n.rectArea[y];w.position.setFromMatrixPosition(b.matrixWorld),w.position.applyMatrix4(m),o.identity(),s.copy(b.matrixWorld),s.premultiply(m),o.extractRotation(s),w.halfWidth.set(b.width*.5,0,0),w.halfHeight.set(0,b.height*.5,0),w.halfWidth.applyMatrix4(o),w.halfHeight.applyMatrix4(o),y++}else if(b.isPointLight){let w=n.point[f];w.position.setFromMatrixPosition(b.matrixWorld),w.position.applyMatrix4(m),f++}else if(b.isHemisphereLight){let w=n.hemi[g];w.direction.setFromMatrixPosition(b.matrixWorld),w.direction.transformDirection(m),g++}}}return{setup:a,setupView:l,state:n}}function Gd(i){let e=new Jv(i),t=[],n=[],r=[];function s(h){u.camera=h,t.length=0,n.length=0,r.length=0}function o(h){h.isLightProbeGrid?r.push(h):t.push(h)}function a(h){n.push(h)}function l(){e.setup(t),r.sort((h,d)=>h.priority-d.priority||h.id-d.id)}function c(h){e.setupView(t,h)}let u={lightsArray:t,shadowsArray:n,lightProbeGridArray:r,camera:null,lights:e,transmissionRenderTarget:{},textureUnits:0};return{init:s,state:u,setupLights:l,setupLightsView:c,pushLight:o,pushShadow:a}}function Zv(i){let e=new WeakMap;function t(r,s=0){let o=e.get(r),a;return o===void 0?(a=new Gd(i),e.set(r,[a])):s>=o.length?(a=new Gd(i),o.push(a)):a=o[s],a}function n(){e=new WeakMap}return{get:t,dispose:n}}var Qv=`void main() {
	gl_Position = vec4( position, 1.0 );
}`,eb=`uniform sampler2D shadow_pass;
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
}`,tb=[new $(1,0,0),new $(-1,0,0),new $(0,1,0),new $(0,-1,0),new $(0,0,1),new $(0,0,-1)],nb=[new $(0,-1,0),new $(0,-1,0),new $(0,0,1),new $(0,0,-1),new $(0,-1,0),new $(0,-1,0)],Vd=new nt,ss=new $,kc=new $;function ib(i,e,t){let n=new yi,r=new $e,s=new $e,o=new ut,a=new Eo,l=new To,c={},u=t.maxTextureSize,h={[ri]:kt,[kt]:ri,[An]:An},d=new sn({defines:{VSM_SAMPLES:8},uniforms:{shadow_pass:{value:null},resolution:{value:new $e},radius:{value:4}},vertexShader:Qv,fragmentShader:eb}),f=d.clone();f.defines.HORIZONTAL_PASS=1;let p=new Dt;p.setAttribute("position",new wt(new Float32Array([-1,-1,.5,3,-1,.5,-1,3,.5]),3));let y=new _n(p,d),g=this;this.enabled=!1,this.autoUpdate=!0,this.needsUpdate=!1,this.type=Kr;let m=this.type;this.render=function(A,v,S){if(g.enabled===!1||g.autoUpdate===!1&&g.needsUpdate===!1||A.length===0)return;this.type===Uh&&(Re("WebGLShadowMap: PCFSoftShadowMap has been removed. Using PCFShadowMap instead."),this.type=Kr);let N=i.getRenderTarget(),I=i.getActiveCubeFace(),R=i.getActiveMipmapLevel(),C=i.state;C.setBlending(xi),C.buffers.depth.getReversed()===!0?C.buffers.color.setClear(0,0,0,0):C.buffers.color.setClear(1,1,1,1),C.buffers.depth.setTest(!0),C.setScissorTest(!1);let D=m!==this.type;D&&v.traverse(function(L){L.material&&(Array.isArray(L.material)?L.material.forEach(z=>z.needsUpdate=!0):L.material.needsUpdate=!0)});for(let L=0,z=A.length;L<z;L++){let k=A[L],B=k.shadow;if(B===void 0){Re("WebGLShadowMap:",k,"has no shadow.");continue}if(B.autoUpdate===!1&&B.needsUpdate===!1)continue;r.copy(B.mapSize);let Y=B.getFrameExtents();r.multiply(Y),s.copy(B.mapSize),(r.x>u||r.y>u)&&(r.x>u&&(s.x=Math.floor(u/Y.x),r.x=s.x*Y.x,B.mapSize.x=s.x),r.y>u&&(s.y=Math.floor(u/Y.y),r.y=s.y*Y.y,B.mapSize.y=s.y));let V=i.state.buffers.depth.getReversed();if(B.camera._reversedDepth=V,B.map===null||D===!0){if(B.map!==null&&(B.map.depthTexture!==null&&(B.map.depthTexture.dispose(),B.map.depthTexture=null),B.map.dispose()),this.type===ir){if(k.isPointLight){Re("WebGLShadowMap: VSM shadow maps are not supported for PointLights. Use PCF or BasicShadowMap instead.");continue}B.map=new qt(r.x,r.y,{format:si,type:pn,minFilter:Ct,magFilter:Ct,generateMipmaps:!1}),B.map.texture.name=k.name+".shadowMap",B.map.depthTexture=new On(r.x,r.y,fn),B.map.depthTexture.name=k.name+".shadowMapDepth",B.map.depthTexture.format=Dn,B.map.depthTexture.compareFunction=null,B.map.depthTexture.minFilter=gt,B.map.depthTexture.magFilter=gt}else k.isPointLight?(B.map=new as(r.x),B.map.depthTexture=new Wr(r.x,dn)):(B.map=new qt(r.x,r.y),B.map.depthTexture=new On(r.x,r.y,dn)),B.map.depthTexture.name=k.name+".shadowMap",B.map.depthTexture.format=Dn,this.type===Kr?(B.map.depthTexture.compareFunction=V?wc:Mc,B.map.depthTexture.minFilter=Ct,B.map.depthTexture.magFilter=Ct):(B.map.depthTexture.compareFunction=null,B.map.depthTexture.minFilter=gt,B.map.depthTexture.magFilter=gt);B.camera.updateProjectionMatrix()}B.map.isWebGLCubeRenderTarget!==!0&&(B.map.width!==r.x||B.map.height!==r.y)&&B.map.setSize(r.x,r.y);let j=B.map.isWebGLCubeRenderTarget?6:B.getViewportCount();k.isPointLight!==!0&&B.updateMatrices(k,S);let ne=(B.camera.layers.mask&4294967294)!==0?B.camera.layers:S.layers;for(let be=0;be<j;be++){let Pe=B.getCamera(be);if(k.isPointLight){let Z=B.camera,ie=B.matrix,ve=k.distance||Z.far;ve!==Z.far&&(Z.far=ve,Z.updateProjectionMatrix()),ss.setFromMatrixPosition(k.matrixWorld),Z.position.copy(ss),kc.copy(Z.position),kc.add(tb[be]),Z.up.copy(nb[be]),Z.lookAt(kc),Z.updateMatrixWorld(),ie.makeTranslation(-ss.x,-ss.y,-ss.z),Vd.multiplyMatrices(Z.projectionMatrix,Z.matrixWorldInverse),B._frustum.setFromProjectionMatrix(Vd,Z.coordinateSystem,Z.reversedDepth)}if(B.map.isWebGLCubeRenderTarget)i.setRenderTarget(B.map,be),i.clear();else{be===0&&(i.setRenderTarget(B.map),i.clear());let Z=B.getViewport(be);o.set(s.x*Z.x,s.y*Z.y,s.x*Z.z,s.y*Z.w),C.viewport(o)}n=B.getFrustum(be),b(v,S,Pe,k,ne,this.type)}B.isPointLightShadow!==!0&&this.type===ir&&x(B,S),B.needsUpdate=!1}m=this.type,g.needsUpdate=!1,i.setRenderTarget(N,I,R)};function x(A,v){let S=e.update(y);d.defines.VSM_SAMPLES!==A.blurSamples&&(d.defines.VSM_SAMPLES=A.blurSamples,f.defines.VSM_SAMPLES=A.blurSamples,d.needsUpdate=!0,f.needsUpdate=!0),A.mapPass===null?A.mapPass=new qt(r.x,r.y,{format:si,type:pn}):(A.mapPass.width!==A.map.width||A.mapPass.height!==A.map.height)&&A.mapPass.setSize(A.map.width,A.map.height),d.uniforms.shadow_pass.value=A.map.depthTexture,d.uniforms.resolution.value.set(A.map.width,A.map.height),d.uniforms.radius.value=A.radius,i.setRenderTarget(A.mapPass),i.clear(),i.renderBufferDirect(v,null,S,d,y,null),f.uniforms.shadow_pass.value=A.mapPass.texture,f.uniforms.resolution.value.set(A.map.width,A.map.height),f.uniforms.radius.value=A.radius,i.setRenderTarget(A.map),i.clear(),i.renderBufferDirect(v,null,S,f,y,null)}function _(A,v,S,N){let I=null,R=S.isPointLight===!0?A.customDistanceMaterial:A.customDepthMaterial;if(R!==void 0)I=R;else if(I=S.isPointLight===!0?l:a,i.localClippingEnabled&&v.clipShadows===!0&&Array.isArray(v.clippingPlanes)&&v.clippingPlanes.length!==0||v.displacementMap&&v.displacementScale!==0||v.alphaMap&&v.alphaTest>0||v.map&&v.alphaTest>0||v.alphaToCoverage===!0){let C=I.uuid,D=v.uuid,L=c[C];L===void 0&&(L={},c[C]=L);let z=L[D];z===void 0&&(z=I.clone(),L[D]=z,v.addEventListener("dispose",w)),I=z}if(I.visible=v.visible,I.wireframe=v.wireframe,N===ir?I.side=v.shadowSide!==null?v.shadowSide:v.side:I.side=v.shadowSide!==null?v.shadowSide:h[v.side],I.alphaMap=v.alphaMap,I.alphaTest=v.alphaToCoverage===!0?.5:v.alphaTest,I.map=v.map,I.clipShadows=v.clipShadows,I.clippingPlanes=v.clippingPlanes,I.clipIntersection=v.clipIntersection,I.displacementMap=v.displacementMap,I.displacementScale=v.displacementScale,I.displacementBias=v.displacementBias,I.wireframeLinewidth=v.wireframeLinewidth,I.linewidth=v.linewidth,S.isPointLight===!0&&I.isMeshDistanceMaterial===!0){let C=i.properties.get(I);C.light=S}return I}function b(A,v,S,N,I,R){if(A.visible===!1)return;if(A.layers.test(I)&&(A.isMesh||A.isLine||A.isPoints)&&(A.castShadow||A.receiveShadow&&R===ir)&&(!A.frustumCulled||A.intersectsFrustum(n))){A.modelViewMatrix.multiplyMatrices(S.matrixWorldInverse,A.matrixWorld);let L=e.update(A),z=A.material;if(Array.isArray(z)){let k=L.groups;for(let B=0,Y=k.length;B<Y;B++){let V=k[B],j=z[V.materialIndex];if(j&&j.visible){let ne=_(A,j,N,R);A.onBeforeShadow(i,A,v,S,L,ne,V),i.renderBufferDirect(S,null,L,ne,A,V),A.onAfterShadow(i,A,v,S,L,ne,V)}}}else if(z.visible){let k=_(A,z,N,R);A.onBeforeShadow(i,A,v,S,L,k,null),i.renderBufferDirect(S,null,L,k,A,null),A.onAfterShadow(i,A,v,S,L,k,null)}}let D=A.children;for(let L=0,z=D.length;L<z;L++)b(D[L],v,S,N,I,R)}function w(A){A.target.removeEventListener("dispose",w);for(let S in c){let N=c[S],I=A.target.uuid;I in N&&(N[I].dispose(),delete N[I])}}}function rb(i,e){function t(){let U=!1,ee=new ut,K=null,ue=new ut(0,0,0,0);return{setMask:function(oe){K!==oe&&!U&&(i.colorMask(oe,oe,oe,oe),K=oe)},setLocked:function(oe){U=oe},setClear:function(oe,le,Ee,Be,se){se===!0&&(oe*=Be,le*=Be,Ee*=Be),ee.set(oe,le,Ee,Be),ue.equals(ee)===!1&&(i.clearColor(oe,le,Ee,Be),ue.copy(ee))},reset:function(){U=!1,K=null,ue.set(-1,0,0,0)}}}function n(){let U=!1,ee=!1,K=null,ue=null,oe=null;return{setReversed:function(le){if(ee!==le){let Ee=e.get("EXT_clip_control");le?Ee.clipControlEXT(Ee.LOWER_LEFT_EXT,Ee.ZERO_TO_ONE_EXT):Ee.clipControlEXT(Ee.LOWER_LEFT_EXT,Ee.NEGATIVE_ONE_TO_ONE_EXT),ee=le;let Be=oe;oe=null,this.setClear(Be)}},getReversed:function(){return ee},setTest:function(le){le?me(i.DEPTH_TEST):Ue(i.DEPTH_TEST)},setMask:function(le){K!==le&&!U&&(i.depthMask(le),K=le)},setFunc:function(le){if(ee&&(le=gd[le]),ue!==le){switch(le){case ro:i.depthFunc(i.NEVER);break;case so:i.depthFunc(i.ALWAYS);break;case oo:i.depthFunc(i.LESS);break;case $i:i.depthFunc(i.LEQUAL);break;case ao:i.depthFunc(i.EQUAL);break;case lo:i.depthFunc(i.GEQUAL);break;case co:i.depthFunc(i.GREATER);break;case uo:i.depthFunc(i.NOTEQUAL);break;default:i.depthFunc(i.LEQUAL)}ue=le}},setLocked:function(le){U=le},setClear:function(le){oe!==le&&(oe=le,ee&&(le=1-le),i.clearDepth(le))},reset:function(){U=!1,K=null,ue=null,oe=null,ee=!1}}}function r(){let U=!1,ee=null,K=null,ue=null,oe=null,le=null,Ee=null,Be=null,se=null;return{setTest:function(Te){U||(Te?me(i.STENCIL_TEST):Ue(i.STENCIL_TEST))},setMask:function(Te){ee!==Te&&!U&&(i.stencilMask(Te),ee=Te)},setFunc:function(Te,Oe,ge){(K!==Te||ue!==Oe||oe!==ge)&&(i.stencilFunc(Te,Oe,ge),K=Te,ue=Oe,oe=ge)},setOp:function(Te,Oe,ge){(le!==Te||Ee!==Oe||Be!==ge)&&(i.stencilOp(Te,Oe,ge),le=Te,Ee=Oe,Be=ge)},setLocked:function(Te){U=Te},setClear:function(Te){se!==Te&&(i.clearStencil(Te),se=Te)},reset:function(){U=!1,ee=null,K=null,ue=null,oe=null,le=null,Ee=null,Be=null,se=null}}}let s=new t,o=new n,a=new r,l={},c=new WeakMap,u={},h={},d={},f=new WeakMap,p=[],y=null,g=!1,m=null,x=null,_=null,b=null,w=null,A=null,v=null,S=new ze(0,0,0),N=0,I=!1,R=null,C=null,D=null,L=null,z=null,k=i.getParameter(i.MAX_COMBINED_TEXTURE_IMAGE_UNITS),B=!1,Y=0,V=i.getParameter(i.VERSION);V.indexOf("WebGL")!==-1?(Y=parseFloat(/^WebGL (\d)/.exec(V)[1]),B=Y>=1):V.indexOf("OpenGL ES")!==-1&&(Y=parseFloat(/^OpenGL ES (\d)/.exec(V)[1]),B=Y>=2);let j=null,ne={},be=i.getParameter(i.SCISSOR_BOX),Pe=i.getParameter(i.VIEWPORT),Z=new ut().fromArray(be),ie=new ut().fromArray(Pe);function ve(U,ee,K,ue){let oe=new Uint8Array(4),le=i.createTexture();i.bindTexture(U,le),i.texParameteri(U,i.TEXTURE_MIN_FILTER,i.NEAREST),i.texParameteri(U,i.TEXTURE_MAG_FILTER,i.NEAREST);for(let Ee=0;Ee<K;Ee++)U===i.TEXTURE_3D||U===i.TEXTURE_2D_ARRAY?i.texImage3D(ee,0,i.RGBA,1,1,ue,0,i.RGBA,i.UNSIGNED_BYTE,oe):i.texImage2D(ee+Ee,0,i.RGBA,1,1,0,i.RGBA,i.UNSIGNED_BYTE,oe);return le}let we={};we[i.TEXTURE_2D]=ve(i.TEXTURE_2D,i.TEXTURE_2D,1),we[i.TEXTURE_CUBE_MAP]=ve(i.TEXTURE_CUBE_MAP,i.TEXTURE_CUBE_MAP_POSITIVE_X,6),we[i.TEXTURE_2D_ARRAY]=ve(i.TEXTURE_2D_ARRAY,i.TEXTURE_2D_ARRAY,1,1),we[i.TEXTURE_3D]=ve(i.TEXTURE_3D,i.TEXTURE_3D,1,1),s.setClear(0,0,0,1),o.setClear(1),a.setClear(0),me(i.DEPTH_TEST),o.setFunc($i),zt(!1),lt(tc),me(i.CULL_FACE),Et(xi);function me(U){u[U]!==!0&&(i.enable(U),u[U]=!0)}function Ue(U){u[U]!==!1&&(i.disable(U),u[U]=!1)}function ft(U,ee){return d[U]!==ee?(i.bindFramebuffer(U,ee),d[U]=ee,U===i.DRAW_FRAMEBUFFER&&(d[i.FRAMEBUFFER]=ee),U===i.FRAMEBUFFER&&(d[i.DRAW_FRAMEBUFFER]=ee),!0):!1}function Ie(U,ee){let K=p,ue=!1;if(U){K=f.get(ee),K===void 0&&(K=[],f.set(ee,K));let oe=U.textures;if(K.length!==oe.length||K[0]!==i.COLOR_ATTACHMENT0){for(let le=0,Ee=oe.length;le<Ee;le++)K[le]=i.COLOR_ATTACHMENT0+le;K.length=oe.length,ue=!0}}else K[0]!==i.BACK&&(K[0]=i.BACK,ue=!0);ue&&i.drawBuffers(K)}function Je(U){return y!==U?(i.useProgram(U),y=U,!0):!1}let Qe={[vi]:i.FUNC_ADD,[Bh]:i.FUNC_SUBTRACT,[kh]:i.FUNC_REVERSE_SUBTRACT};Qe[zh]=i.MIN,Qe[Gh]=i.MAX;let Ge={[Vh]:i.ZERO,[Hh]:i.ONE,[Wh]:i.SRC_COLOR,[sc]:i.SRC_ALPHA,[jh]:i.SRC_ALPHA_SATURATE,[Yh]:i.DST_COLOR,[$h]:i.DST_ALPHA,[Xh]:i.ONE_MINUS_SRC_COLOR,[oc]:i.ONE_MINUS_SRC_ALPHA,[Kh]:i.ONE_MINUS_DST_COLOR,[qh]:i.ONE_MINUS_DST_ALPHA,[Jh]:i.CONSTANT_COLOR,[Zh]:i.ONE_MINUS_CONSTANT_COLOR,[Qh]:i.CONSTANT_ALPHA,[ed]:i.ONE_MINUS_CONSTANT_ALPHA};function Et(U,ee,K,ue,oe,le,Ee,Be,se,Te){if(U===xi){g===!0&&(Ue(i.BLEND),g=!1);return}if(g===!1&&(me(i.BLEND),g=!0),U!==Oh){if(U!==m||Te!==I){if((x!==vi||w!==vi)&&(i.blendEquation(i.FUNC_ADD),x=vi,w=vi),Te)switch(U){case rr:i.blendFuncSeparate(i.ONE,i.ONE_MINUS_SRC_ALPHA,i.ONE,i.ONE_MINUS_SRC_ALPHA);break;case nc:i.blendFunc(i.ONE,i.ONE);break;case ic:i.blendFuncSeparate(i.ZERO,i.ONE_MINUS_SRC_COLOR,i.ZERO,i.ONE);break;case rc:i.blendFuncSeparate(i.DST_COLOR,i.ONE_MINUS_SRC_ALPHA,i.ZERO,i.ONE);break;default:Le("WebGLState: Invalid blending: ",U);break}else switch(U){case rr:i.blendFuncSeparate(i.SRC_ALPHA,i.ONE_MINUS_SRC_ALPHA,i.ONE,i.ONE_MINUS_SRC_ALPHA);break;case nc:i.blendFuncSeparate(i.SRC_ALPHA,i.ONE,i.ONE,i.ONE);break;case ic:Le("WebGLState: SubtractiveBlending requires material.premultipliedAlpha = true");break;case rc:Le("WebGLState: MultiplyBlending requires material.premultipliedAlpha = true");break;default:Le("WebGLState: Invalid blending: ",U);break}_=null,b=null,A=null,v=null,S.set(0,0,0),N=0,m=U,I=Te}return}oe=oe||ee,le=le||K,Ee=Ee||ue,(ee!==x||oe!==w)&&(i.blendEquationSeparate(Qe[ee],Qe[oe]),x=ee,w=oe),(K!==_||ue!==b||le!==A||Ee!==v)&&(i.blendFuncSeparate(Ge[K],Ge[ue],Ge[le],Ge[Ee]),_=K,b=ue,A=le,v=Ee),(Be.equals(S)===!1||se!==N)&&(i.blendColor(Be.r,Be.g,Be.b,se),S.copy(Be),N=se),m=U,I=!1}function yt(U,ee){U.side===An?Ue(i.CULL_FACE):me(i.CULL_FACE);let K=U.side===kt;ee&&(K=!K),zt(K),U.blending===rr&&U.transparent===!1?Et(xi):Et(U.blending,U.blendEquation,U.blendSrc,U.blendDst,U.blendEquationAlpha,U.blendSrcAlpha,U.blendDstAlpha,U.blendColor,U.blendAlpha,U.premultipliedAlpha),o.setFunc(U.depthFunc),o.setTest(U.depthTest),o.setMask(U.depthWrite),s.setMask(U.colorWrite);let ue=U.stencilWrite;a.setTest(ue),ue&&(a.setMask(U.stencilWriteMask),a.setFunc(U.stencilFunc,U.stencilRef,U.stencilFuncMask),a.setOp(U.stencilFail,U.stencilZFail,U.stencilZPass)),_t(U.polygonOffset,U.polygonOffsetFactor,U.polygonOffsetUnits),U.alphaToCoverage===!0?me(i.SAMPLE_ALPHA_TO_COVERAGE):Ue(i.SAMPLE_ALPHA_TO_COVERAGE)}function zt(U){R!==U&&(U?i.frontFace(i.CW):i.frontFace(i.CCW),R=U)}function lt(U){U!==Fh?(me(i.CULL_FACE),U!==C&&(U===tc?i.cullFace(i.BACK):U===Dh?i.cullFace(i.FRONT):i.cullFace(i.FRONT_AND_BACK))):Ue(i.CULL_FACE),C=U}function gn(U){U!==D&&(B&&i.lineWidth(U),D=U)}function _t(U,ee,K){U?(me(i.POLYGON_OFFSET_FILL),(L!==ee||z!==K)&&(L=ee,z=K,o.getReversed()&&(ee=-ee,K=-K),i.polygonOffset(ee,K))):Ue(i.POLYGON_OFFSET_FILL)}function Zt(U){U?me(i.SCISSOR_TEST):Ue(i.SCISSOR_TEST)}function Qt(U){U===void 0&&(U=i.TEXTURE0+k-1),j!==U&&(i.activeTexture(U),j=U)}function en(U,ee,K){K===void 0&&(j===null?K=i.TEXTURE0+k-1:K=j);let ue=ne[K];ue===void 0&&(ue={type:void 0,texture:void 0},ne[K]=ue),(ue.type!==U||ue.texture!==ee)&&(j!==K&&(i.activeTexture(K),j=K),i.bindTexture(U,ee||we[U]),ue.type=U,ue.texture=ee)}function G(){let U=ne[j];U!==void 0&&U.type!==void 0&&(i.bindTexture(U.type,null),U.type=void 0,U.texture=void 0)}function tn(){try{i.compressedTexImage2D(...arguments)}catch(U){Le("WebGLState:",U)}}function st(){try{i.compressedTexImage3D(...arguments)}catch(U){Le("WebGLState:",U)}}function ot(){try{i.texSubImage2D(...arguments)}catch(U){Le("WebGLState:",U)}}function pe(){try{i.texSubImage3D(...arguments)}catch(U){Le("WebGLState:",U)}}function xt(){try{i.compressedTexSubImage2D(...arguments)}catch(U){Le("WebGLState:",U)}}function Ce(){try{i.compressedTexSubImage3D(...arguments)}catch(U){Le("WebGLState:",U)}}function Fe(){try{i.texStorage2D(...arguments)}catch(U){Le("WebGLState:",U)}}function F(){try{i.texStorage3D(...arguments)}catch(U){Le("WebGLState:",U)}}function M(){try{i.texImage2D(...arguments)}catch(U){Le("WebGLState:",U)}}function W(){try{i.texImage3D(...arguments)}catch(U){Le("WebGLState:",U)}}function re(U){return h[U]!==void 0?h[U]:i.getParameter(U)}function te(U,ee){h[U]!==ee&&(i.pixelStorei(U,ee),h[U]=ee)}function ae(U){Z.equals(U)===!1&&(i.scissor(U.x,U.y,U.z,U.w),Z.copy(U))}function de(U){ie.equals(U)===!1&&(i.viewport(U.x,U.y,U.z,U.w),ie.copy(U))}function J(U,ee){let K=c.get(ee);K===void 0&&(K=new WeakMap,c.set(ee,K));let ue=K.get(U);ue===void 0&&(ue=i.getUniformBlockIndex(ee,U.name),i.uniformBlockBinding(ee,ue,ue),K.set(U,ue))}function Q(U,ee,K){let oe=c.get(ee).get(U);l[oe]!==K&&(i.bindBufferBase(i.UNIFORM_BUFFER,oe,K),l[oe]=K)}function ce(){i.disable(i.BLEND),i.disable(i.CULL_FACE),i.disable(i.DEPTH_TEST),i.disable(i.POLYGON_OFFSET_FILL),i.disable(i.SCISSOR_TEST),i.disable(i.STENCIL_TEST),i.disable(i.SAMPLE_ALPHA_TO_COVERAGE),i.blendEquation(i.FUNC_ADD),i.blendFunc(i.ONE,i.ZERO),i.blendFuncSeparate(i.ONE,i.ZERO,i.ONE,i.ZERO),i.blendColor(0,0,0,0),i.colorMask(!0,!0,!0,!0),i.clearColor(0,0,0,0),i.depthMask(!0),i.depthFunc(i.LESS),o.setReversed(!1),i.clearDepth(1),i.stencilMask(4294967295),i.stencilFunc(i.ALWAYS,0,4294967295),i.stencilOp(i.KEEP,i.KEEP,i.KEEP),i.clearStencil(0),i.cullFace(i.BACK),i.frontFace(i.CCW),i.polygonOffset(0,0),i.activeTexture(i.TEXTURE0),i.bindFramebuffer(i.FRAMEBUFFER,null),i.bindFramebuffer(i.DRAW_FRAMEBUFFER,null),i.bindFramebuffer(i.READ_FRAMEBUFFER,null),i.useProgram(null),i.lineWidth(1),i.scissor(0,0,i.canvas.width,i.canvas.height),i.viewport(0,0,i.canvas.width,i.canvas.height),i.pixelStorei(i.PACK_ALIGNMENT,4),i.pixelStorei(i.UNPACK_ALIGNMENT,4),i.pixelStorei(i.UNPACK_FLIP_Y_WEBGL,!1),i.pixelStorei(i.UNPACK_PREMULTIPLY_ALPHA_WEBGL,!1),i.pixelStorei(i.UNPACK_COLORSPACE_CONVERSION_WEBGL,i.BROWSER_DEFAULT_WEBGL),i.pixelStorei(i.PACK_ROW_LENGTH,0),i.pixelStorei(i.PACK_SKIP_PIXELS,0),i.pixelStorei(i.PACK_SKIP_ROWS,0),i.pixelStorei(i.UNPACK_ROW_LENGTH,0),i.pixelStorei(i.UNPACK_IMAGE_HEIGHT,0),i.pixelStorei(i.UNPACK_SKIP_PIXELS,0),i.pixelStorei(i.UNPACK_SKIP_ROWS,0),i.pixelStorei(i.UNPACK_SKIP_IMAGES,0),u={},h={},j=null,ne={},d={},l={},f=new WeakMap,p=[],y=null,g=!1,m=null,x=null,_=null,b=null,w=null,A=null,v=null,S=new ze(0,0,0),N=0,I=!1,R=null,C=null,D=null,L=null,z=null,Z.set(0,0,i.canvas.width,i.canvas.height),ie.set(0,0,i.canvas.width,i.canvas.height),s.reset(),o.reset(),a.reset()}return{buffers:{color:s,depth:o,stencil:a},enable:me,disable:Ue,bindFramebuffer:ft,drawBuffers:Ie,useProgram:Je,setBlending:Et,setMaterial:yt,setFlipSided:zt,setCullFace:lt,setLineWidth:gn,setPolygonOffset:_t,setScissorTest:Zt,activeTexture:Qt,bindTexture:en,unbindTexture:G,compressedTexImage2D:tn,compressedTexImage3D:st,texImage2D:M,texImage3D:W,pixelStorei:te,getParameter:re,updateUBOMapping:J,uniformBlockBinding:Q,texStorage2D:Fe,texStorage3D:F,texSubImage2D:ot,texSubImage3D:pe,compressedTexSubImage2D:xt,compressedTexSubImage3D:Ce,scissor:ae,viewport:de,reset:ce}}function sb(i,e,t,n,r,s,o){let a=e.has("WEBGL_multisampled_render_to_texture")?e.get("WEBGL_multisampled_render_to_texture"):null,l=typeof navigator>"u"?!1:/OculusBrowser/g.test(navigator.userAgent),c=new $e,u=new WeakMap,h=new Set,d,f=new WeakMap,p=new Set,y=new FinalizationRegistry(F=>p.delete(F)),g=!1;try{g=typeof OffscreenCanvas<"u"&&new OffscreenCanvas(1,1).getContext("2d")!==null}catch{}function m(F,M){return g?new OffscreenCanvas(F,M):Ur("canvas")}function x(F,M,W){let re=1,te=Fe(F);if((te.width>W||te.height>W)&&(re=W/Math.max(te.width,te.height)),re<1)if(typeof HTMLImageElement<"u"&&F instanceof HTMLImageElement||typeof HTMLCanvasElement<"u"&&F instanceof HTMLCanvasElement||typeof ImageBitmap<"u"&&F instanceof ImageBitmap||typeof VideoFrame<"u"&&F instanceof VideoFrame){let ae=Math.floor(re*te.width),de=Math.floor(re*te.height);d===void 0&&(d=m(ae,de));let J=M?m(ae,de):d;return J.width=ae,J.height=de,J.getContext("2d").drawImage(F,0,0,ae,de),Re("WebGLRenderer: Texture has been resized from ("+te.width+"x"+te.height+") to ("+ae+"x"+de+")."),J}else return"data"in F&&Re("WebGLRenderer: Image in DataTexture is too big ("+te.width+"x"+te.height+")."),F;return F}function _(F){return F.generateMipmaps}function b(F){i.generateMipmap(F)}function w(F){return F.isWebGLCubeRenderTarget?i.TEXTURE_CUBE_MAP:F.isWebGL3DRenderTarget?i.TEXTURE_3D:F.isWebGLArrayRenderTarget||F.isCompressedArrayTexture?i.TEXTURE_2D_ARRAY:i.TEXTURE_2D}function A(F,M,W,re,te,ae=!1){if(F!==null){if(i[F]!==void 0)return i[F];Re("WebGLRenderer: Attempt to use non-existing WebGL internal format '"+F+"'")}let de;re&&(de=e.get("EXT_texture_norm16"),de||Re("WebGLRenderer: Unable to use normalized textures without EXT_texture_norm16 extension"));let J=M;if(M===i.RED&&(W===i.FLOAT&&(J=i.R32F),W===i.HALF_FLOAT&&(J=i.R16F),W===i.UNSIGNED_BYTE&&(J=i.R8),W===i.UNSIGNED_SHORT&&de&&(J=de.R16_EXT),W===i.SHORT&&de&&(J=de.R16_SNORM_EXT)),M===i.RED_INTEGER&&(W===i.UNSIGNED_BYTE&&(J=i.R8UI),W===i.UNSIGNED_SHORT&&(J=i.R16UI),W===i.UNSIGNED_INT&&(J=i.R32UI),W===i.BYTE&&(J=i.R8I),W===i.SHORT&&(J=i.R16I),W===i.INT&&(J=i.R32I)),M===i.RG&&(W===i.FLOAT&&(J=i.RG32F),W===i.HALF_FLOAT&&(J=i.RG16F),W===i.UNSIGNED_BYTE&&(J=i.RG8),W===i.UNSIGNED_SHORT&&de&&(J=de.RG16_EXT),W===i.SHORT&&de&&(J=de.RG16_SNORM_EXT)),M===i.RG_INTEGER&&(W===i.UNSIGNED_BYTE&&(J=i.RG8UI),W===i.UNSIGNED_SHORT&&(J=i.RG16UI),W===i.UNSIGNED_INT&&(J=i.RG32UI),W===i.BYTE&&(J=i.RG8I),W===i.SHORT&&(J=i.RG16I),W===i.INT&&(J=i.RG32I)),M===i.RGB_INTEGER&&(W===i.UNSIGNED_BYTE&&(J=i.RGB8UI),W===i.UNSIGNED_SHORT&&(J=i.RGB16UI),W===i.UNSIGNED_INT&&(J=i.RGB32UI),W===i.BYTE&&(J=i.RGB8I),W===i.SHORT&&(J=i.RGB16I),W===i.INT&&(J=i.RGB32I)),M===i.RGBA_INTEGER&&(W===i.UNSIGNED_BYTE&&(J=i.RGBA8UI),W===i.UNSIGNED_SHORT&&(J=i.RGBA16UI),W===i.UNSIGNED_INT&&(J=i.RGBA32UI),W===i.BYTE&&(J=i.RGBA8I),W===i.SHORT&&(J=i.RGBA16I),W===i.INT&&(J=i.RGBA32I)),M===i.RGB&&(W===i.UNSIGNED_SHORT&&de&&(J=de.RGB16_EXT),W===i.SHORT&&de&&(J=de.RGB16_SNORM_EXT),W===i.UNSIGNED_INT_5_9_9_9_REV&&(J=i.RGB9_E5),W===i.UNSIGNED_INT_10F_11F_11F_REV&&(J=i.R11F_G11F_B10F)),M===i.RGBA){let Q=ae?Fr:We.getTransfer(te);W===i.FLOAT&&(J=i.RGBA32F),W===i.HALF_FLOAT&&(J=i.RGBA16F),W===i.UNSIGNED_BYTE&&(J=Q===je?i.SRGB8_ALPHA8:i.RGBA8),W===i.UNSIGNED_SHORT&&de&&(J=de.RGBA16_EXT),W===i.SHORT&&de&&(J=de.RGBA16_SNORM_EXT),W===i.UNSIGNED_SHORT_4_4_4_4&&(J=i.RGBA4),W===i.UNSIGNED_SHORT_5_5_5_1&&(J=i.RGB5_A1)}return(J===i.R16F||J===i.R32F||J===i.RG16F||J===i.RG32F||J===i.RGBA16F||J===i.RGBA32F)&&e.get("EXT_color_buffer_float"),J}function v(F,M){let W;return F?M===null||M===dn||M===_i?W=i.DEPTH24_STENCIL8:M===fn?W=i.DEPTH32F_STENCIL8:M===or&&(W=i.DEPTH24_STENCIL8,Re("DepthTexture: 16 bit depth attachment is not supported with stencil. Using 24-bit attachment.")):M===null||M===dn||M===_i?W=i.DEPTH_COMPONENT24:M===fn?W=i.DEPTH_COMPONENT32F:M===or&&(W=i.DEPTH_COMPONENT16),W}function S(F,M){return _(F)===!0||F.isFramebufferTexture&&F.minFilter!==gt&&F.minFilter!==Ct?Math.log2(Math.max(M.width,M.height))+1:F.mipmaps.length>0?F.mipmaps.length:F.isCompressedTexture&&Array.isArray(F.image)?M.mipmaps.length:1}function N(F){let M=new WeakRef(F);n.get(F).__ref=M,p.add(M),y.register(F,M,M)}function I(F){let M=n.get(F).__ref;M!==void 0&&(p.delete(M),y.unregister(M))}function R(F){D(F.target)}function C(F){L(F.target)}function D(F){F.removeEventListener("dispose",R),I(F),k(F),F.isVideoTexture&&u.delete(F),F.isHTMLTexture&&h.delete(F)}function L(F){F.removeEventListener("dispose",C),I(F),Y(F)}function z(){for(let F of p){let M=F.deref();M!==void 0&&(M.isRenderTarget===!0?L(M):D(M))}p.clear(),h.clear()}function k(F){let M=n.get(F);if(M.__webglInit===void 0)return;let W=F.source,re=f.get(W);if(re){let te=re[M.__cacheKey];te.usedTimes--,te.usedTimes===0&&B(F),Object.keys(re).length===0&&f.delete(W)}n.remove(F)}function B(F){let M=n.get(F);i.deleteTexture(M.__webglTexture);let W=F.source,re=f.get(W);delete re[M.__cacheKey],o.memory.textures--}function Y(F){let M=n.get(F);M.__depthDisposeCallback&&M.__depthDisposeCallback();let W=F.depthTexture;if(W&&W.renderTarget===F&&D(W),F.isWebGLCubeRenderTarget)for(let te=0;te<6;te++){if(Array.isArray(M.__webglFramebuffer[te]))for(let ae=0;ae<M.__webglFramebuffer[te].length;ae++)i.deleteFramebuffer(M.__webglFramebuffer[te][ae]);else i.deleteFramebuffer(M.__webglFramebuffer[te]);M.__webglDepthbuffer&&i.deleteRenderbuffer(M.__webglDepthbuffer[te])}else{if(Array.isArray(M.__webglFramebuffer))for(let te=0;te<M.__webglFramebuffer.length;te++)i.deleteFramebuffer(M.__webglFramebuffer[te]);else i.deleteFramebuffer(M.__webglFramebuffer);if(M.__webglDepthbuffer&&i.deleteRenderbuffer(M.__webglDepthbuffer),M.__webglMultisampledFramebuffer&&i.deleteFramebuffer(M.__webglMultisampledFramebuffer),M.__webglColorRenderbuffer)for(let te=0;te<M.__webglColorRenderbuffer.length;te++)M.__webglColorRenderbuffer[te]&&i.deleteRenderbuffer(M.__webglColorRenderbuffer[te]);M.__webglDepthRenderbuffer&&i.deleteRenderbuffer(M.__webglDepthRenderbuffer)}let re=F.textures;for(let te=0,ae=re.length;te<ae;te++){let de=n.get(re[te]);de.__webglTexture&&(i.deleteTexture(de.__webglTexture),o.memory.textures--),n.remove(re[te])}n.remove(F)}let V=0;function j(){V=0}function ne(){return V}function be(F){V=F}function Pe(){let F=V;return F>=r.maxTextures&&Re("WebGLTextures: Trying to use "+(F+1)+" texture units while this GPU supports only "+r.maxTextures),V+=1,F}function Z(F){let M=[];return M.push(F.wrapS),M.push(F.wrapT),M.push(F.wrapR||0),M.push(F.magFilter),M.push(F.minFilter),M.push(F.anisotropy),M.push(F.internalFormat),M.push(F.format),M.push(F.type),M.push(F.generateMipmaps),M.push(F.mipmapsAutoUpdate),M.push(F.premultiplyAlpha),M.push(F.flipY),M.push(F.unpackAlignment),M.push(F.colorSpace),M.join()}function ie(F,M){let W=n.get(F);if(F.isVideoTexture&&xt(F),F.isRenderTargetTexture===!1&&F.isExternalTexture!==!0&&F.version>0&&W.__version!==F.version){let re=F.image;if(re===null)Re("WebGLRenderer: Texture marked for update but no image data found.");else if(re.complete===!1)Re("WebGLRenderer: Texture marked for update but image is incomplete");else{yt(W,F,M);return}}else F.isExternalTexture&&(W.__webglTexture=F.sourceTexture?F.sourceTexture:null);t.bindTexture(i.TEXTURE_2D,W.__webglTexture,i.TEXTURE0+M)}function ve(F,M){let W=n.get(F);if(F.isRenderTargetTexture===!1&&F.version>0&&W.__version!==F.version){yt(W,F,M);return}else F.isExternalTexture&&(W.__webglTexture=F.sourceTexture?F.sourceTexture:null);t.bindTexture(i.TEXTURE_2D_ARRAY,W.__webglTexture,i.TEXTURE0+M)}function we(F,M){let W=n.get(F);if(F.isRenderTargetTexture===!1&&F.version>0&&W.__version!==F.version){yt(W,F,M);return}t.bindTexture(i.TEXTURE_3D,W.__webglTexture,i.TEXTURE0+M)}function me(F,M){let W=n.get(F);if(F.version>0&&W.__version!==F.version){zt(W,F,M);return}t.bindTexture(i.TEXTURE_CUBE_MAP,W.__webglTexture,i.TEXTURE0+M)}let Ue={[ho]:i.REPEAT,[xn]:i.CLAMP_TO_EDGE,[fo]:i.MIRRORED_REPEAT},ft={[gt]:i.NEAREST,[id]:i.NEAREST_MIPMAP_NEAREST,[jr]:i.NEAREST_MIPMAP_LINEAR,[Ct]:i.LINEAR,[Vo]:i.LINEAR_MIPMAP_NEAREST,[Bn]:i.LINEAR_MIPMAP_LINEAR},Ie={[ad]:i.NEVER,[Ec]:i.ALWAYS,[ld]:i.LESS,[Mc]:i.LEQUAL,[cd]:i.EQUAL,[wc]:i.GEQUAL,[ud]:i.GREATER,[hd]:i.NOTEQUAL};function Je(F,M){if(M.type===fn&&e.has("OES_texture_float_linear")===!1&&(M.magFilter===Ct||M.magFilter===Vo||M.magFilter===jr||M.magFilter===Bn||M.minFilter===Ct||M.minFilter===Vo||M.minFilter===jr||M.minFilter===Bn)&&Re("WebGLRenderer: Unable to use linear filtering with floating point textures. OES_texture_float_linear not supported on this device."),i.texParameteri(F,i.TEXTURE_WRAP_S,Ue[M.wrapS]),i.texParameteri(F,i.TEXTURE_WRAP_T,Ue[M.wrapT]),(F===i.TEXTURE_3D||F===i.TEXTURE_2D_ARRAY)&&i.texParameteri(F,i.TEXTURE_WRAP_R,Ue[M.wrapR]),i.texParameteri(F,i.TEXTURE_MAG_FILTER,ft[M.magFilter]),i.texParameteri(F,i.TEXTURE_MIN_FILTER,ft[M.minFilter]),M.compareFunction&&(i.texParameteri(F,i.TEXTURE_COMPARE_MODE,i.COMPARE_REF_TO_TEXTURE),i.texParameteri(F,i.TEXTURE_COMPARE_FUNC,Ie[M.compareFunction])),e.has("EXT_texture_filter_anisotropic")===!0){if(M.magFilter===gt||M.minFilter!==jr&&M.minFilter!==Bn||M.type===fn&&e.has("OES_texture_float_linear")===!1)return;if(M.anisotropy>1||n.get(M).__currentAnisotropy){let W=e.get("EXT_texture_filter_anisotropic");i.texParameterf(F,W.TEXTURE_MAX_ANISOTROPY_EXT,Math.min(M.anisotropy,r.getMaxAnisotropy())),n.get(M).__currentAnisotropy=M.anisotropy}}}function Qe(F,M){let W=!1;F.__webglInit===void 0&&(F.__webglInit=!0,M.addEventListener("dispose",R),N(M));let re=M.source,te=f.get(re);te===void 0&&(te={},f.set(re,te));let ae=Z(M);if(ae!==F.__cacheKey){te[ae]===void 0&&(te[ae]={texture:i.createTexture(),usedTimes:0},o.memory.textures++,W=!0),te[ae].usedTimes++;let de=te[F.__cacheKey];de!==void 0&&(te[F.__cacheKey].usedTimes--,de.usedTimes===0&&B(M)),F.__cacheKey=ae,F.__webglTexture=te[ae].texture}return W}function Ge(F,M,W){return Math.floor(Math.floor(F/W)/M)}function Et(F,M,W,re){let ae=F.updateRanges;if(ae.length===0)t.texSubImage2D(i.TEXTURE_2D,0,0,0,M.width,M.height,W,re,M.data);else{ae.sort((U,ee)=>U.start-ee.start);let de=0;for(let U=1;U<ae.length;U++){let ee=ae[de],K=ae[U],ue=ee.start+ee.count,oe=Ge(K.start,M.width,4),le=Ge(ee.start,M.width,4);K.start<=ue+1&&oe===le&&Ge(K.start+K.count-1,M.width,4)===oe?ee.count=Math.max(ee.count,K.start+K.count-ee.start):(++de,ae[de]=K)}ae.length=de+1;let J=t.getParameter(i.UNPACK_ROW_LENGTH),Q=t.getParameter(i.UNPACK_SKIP_PIXELS),ce=t.getParameter(i.UNPACK_SKIP_ROWS);t.pixelStorei(i.UNPACK_ROW_LENGTH,M.width);for(let U=0,ee=ae.length;U<ee;U++){let K=ae[U],ue=Math.floor(K.start/4),oe=Math.ceil(K.count/4),le=ue%M.width,Ee=Math.floor(ue/M.width),Be=oe,se=1;t.pixelStorei(i.UNPACK_SKIP_PIXELS,le),t.pixelStorei(i.UNPACK_SKIP_ROWS,Ee),t.texSubImage2D(i.TEXTURE_2D,0,le,Ee,Be,se,W,re,M.data)}F.clearUpdateRanges(),t.pixelStorei(i.UNPACK_ROW_LENGTH,J),t.pixelStorei(i.UNPACK_SKIP_PIXELS,Q),t.pixelStorei(i.UNPACK_SKIP_ROWS,ce)}}function yt(F,M,W){let re=i.TEXTURE_2D;(M.isDataArrayTexture||M.isCompressedArrayTexture)&&(re=i.TEXTURE_2D_ARRAY),M.isData3DTexture&&(re=i.TEXTURE_3D);let te=Qe(F,M),ae=M.source;t.bindTexture(re,F.__webglTexture,i.TEXTURE0+W);let de=n.get(ae);if(ae.version!==de.__version||te===!0){if(t.activeTexture(i.TEXTURE0+W),(typeof ImageBitmap<"u"&&M.image instanceof ImageBitmap)===!1){let se=We.getPrimaries(We.workingColorSpace),Te=M.colorSpace===zn?null:We.getPrimaries(M.colorSpace),Oe=M.colorSpace===zn||se===Te?i.NONE:i.BROWSER_DEFAULT_WEBGL;t.pixelStorei(i.UNPACK_FLIP_Y_WEBGL,M.flipY),t.pixelStorei(i.UNPACK_PREMULTIPLY_ALPHA_WEBGL,M.premultiplyAlpha),t.pixelStorei(i.UNPACK_COLORSPACE_CONVERSION_WEBGL,Oe)}t.pixelStorei(i.UNPACK_ALIGNMENT,M.unpackAlignment);let Q=x(M.image,!1,r.maxTextureSize);Q=Ce(M,Q);let ce=s.convert(M.format,M.colorSpace),U=s.convert(M.type),ee=A(M.internalFormat,ce,U,M.normalized,M.colorSpace,M.isVideoTexture);Je(re,M);let K,ue=M.mipmaps,oe=M.isVideoTexture!==!0,le=de.__version===void 0||te===!0,Ee=ae.dataReady,Be=S(M,Q);if(M.isDepthTexture)ee=v(M.format===kn,M.type),le&&(oe?t.texStorage2D(i.TEXTURE_2D,1,ee,Q.width,Q.height):t.texImage2D(i.TEXTURE_2D,0,ee,Q.width,Q.height,0,ce,U,null));else if(M.isDataTexture)if(ue.length>0){oe&&le&&t.texStorage2D(i.TEXTURE_2D,Be,ee,ue[0].width,ue[0].height);for(let se=0,Te=ue.length;se<Te;se++)K=ue[se],oe?Ee&&t.texSubImage2D(i.TEXTURE_2D,se,0,0,K.width,K.height,ce,U,K.data):t.texImage2D(i.TEXTURE_2D,se,ee,K.width,K.height,0,ce,U,K.data);M.generateMipmaps=!1}else oe?(le&&t.texStorage2D(i.TEXTURE_2D,Be,ee,Q.width,Q.height),Ee&&Et(M,Q,ce,U)):t.texImage2D(i.TEXTURE_2D,0,ee,Q.width,Q.height,0,ce,U,Q.data);else if(M.isCompressedTexture)if(M.isCompressedArrayTexture){oe&&le&&t.texStorage3D(i.TEXTURE_2D_ARRAY,Be,ee,ue[0].width,ue[0].height,Q.depth);for(let se=0,Te=ue.length;se<Te;se++)if(K=ue[se],M.format!==mn)if(ce!==null)if(oe){if(Ee)if(M.layerUpdates.size>0){let Oe=Lc(K.width,K.height,M.format,M.type);for(let ge of M.layerUpdates){let Ze=K.data.subarray(ge*Oe/K.data.BYTES_PER_ELEMENT,(ge+1)*Oe/K.data.BYTES_PER_ELEMENT);t.compressedTexSubImage3D(i.TEXTURE_2D_ARRAY,se,0,0,ge,K.width,K.height,1,ce,Ze)}}else t.compressedTexSubImage3D(i.TEXTURE_2D_ARRAY,se,0,0,0,K.width,K.height,Q.depth,ce,K.data)}else t.compressedTexImage3D(i.TEXTURE_2D_ARRAY,se,ee,K.width,K.height,Q.depth,0,K.data,0,0);else Re("WebGLRenderer: Attempt to load unsupported compressed texture format in .uploadTexture()");else oe?Ee&&t.texSubImage3D(i.TEXTURE_2D_ARRAY,se,0,0,0,K.width,K.height,Q.depth,ce,U,K.data):t.texImage3D(i.TEXTURE_2D_ARRAY,se,ee,K.width,K.height,Q.depth,0,ce,U,K.data);M.layerUpdates.size>0&&M.clearLayerUpdates()}else{oe&&le&&t.texStorage2D(i.TEXTURE_2D,Be,ee,ue[0].width,ue[0].height);for(let se=0,Te=ue.length;se<Te;se++)K=ue[se],M.format!==mn?ce!==null?oe?Ee&&t.compressedTexSubImage2D(i.TEXTURE_2D,se,0,0,K.width,K.height,ce,K.data):t.compressedTexImage2D(i.TEXTURE_2D,se,ee,K.width,K.height,0,K.data):Re("WebGLRenderer: Attempt to load unsupported compressed texture format in .uploadTexture()"):oe?Ee&&t.texSubImage2D(i.TEXTURE_2D,se,0,0,K.width,K.height,ce,U,K.data):t.texImage2D(i.TEXTURE_2D,se,ee,K.width,K.height,0,ce,U,K.data)}else if(M.isDataArrayTexture)if(oe){if(le&&t.texStorage3D(i.TEXTURE_2D_ARRAY,Be,ee,Q.width,Q.height,Q.depth),Ee)if(M.layerUpdates.size>0){let se=Lc(Q.width,Q.height,M.format,M.type);for(let Te of M.layerUpdates){let Oe=Q.data.subarray(Te*se/Q.data.BYTES_PER_ELEMENT,(Te+1)*se/Q.data.BYTES_PER_ELEMENT);t.texSubImage3D(i.TEXTURE_2D_ARRAY,0,0,0,Te,Q.width,Q.height,1,ce,U,Oe)}M.clearLayerUpdates()}else t.texSubImage3D(i.TEXTURE_2D_ARRAY,0,0,0,0,Q.width,Q.height,Q.depth,ce,U,Q.data)}else t.texImage3D(i.TEXTURE_2D_ARRAY,0,ee,Q.width,Q.height,Q.depth,0,ce,U,Q.data);else if(M.isData3DTexture)oe?(le&&t.texStorage3D(i.TEXTURE_3D,Be,ee,Q.width,Q.height,Q.depth),Ee&&t.texSubImage3D(i.TEXTURE_3D,0,0,0,0,Q.width,Q.height,Q.depth,ce,U,Q.data)):t.texImage3D(i.TEXTURE_3D,0,ee,Q.width,Q.height,Q.depth,0,ce,U,Q.data);else if(M.isFramebufferTexture){if(le)if(oe)t.texStorage2D(i.TEXTURE_2D,Be,ee,Q.width,Q.height);else{let se=Q.width,Te=Q.height;for(let Oe=0;Oe<Be;Oe++)t.texImage2D(i.TEXTURE_2D,Oe,ee,se,Te,0,ce,U,null),se>>=1,Te>>=1}}else if(M.isHTMLTexture){if("texElementImage2D"in i){let se=i.canvas;if(se.hasAttribute("layoutsubtree")||se.setAttribute("layoutsubtree","true"),Q.parentNode!==se){se.appendChild(Q),h.add(M),se.onpaint=Te=>{let Oe=Te.changedElements;for(let ge of h)Oe.includes(ge.image)&&(ge.needsUpdate=!0)},se.requestPaint();return}if(i.texElementImage2D.length===3)i.texElementImage2D(i.TEXTURE_2D,i.RGBA8,Q);else{let Oe=i.RGBA,ge=i.RGBA,Ze=i.UNSIGNED_BYTE;i.texElementImage2D(i.TEXTURE_2D,0,Oe,ge,Ze,Q)}i.texParameteri(i.TEXTURE_2D,i.TEXTURE_MIN_FILTER,i.LINEAR),i.texParameteri(i.TEXTURE_2D,i.TEXTURE_WRAP_S,i.CLAMP_TO_EDGE),i.texParameteri(i.TEXTURE_2D,i.TEXTURE_WRAP_T,i.CLAMP_TO_EDGE)}}else if(ue.length>0){if(oe&&le){let se=Fe(ue[0]);t.texStorage2D(i.TEXTURE_2D,Be,ee,se.width,se.height)}for(let se=0,Te=ue.length;se<Te;se++)K=ue[se],oe?Ee&&t.texSubImage2D(i.TEXTURE_2D,se,0,0,ce,U,K):t.texImage2D(i.TEXTURE_2D,se,ee,ce,U,K);M.generateMipmaps=!1}else if(oe){if(le){let se=Fe(Q);t.texStorage2D(i.TEXTURE_2D,Be,ee,se.width,se.height)}Ee&&t.texSubImage2D(i.TEXTURE_2D,0,0,0,ce,U,Q)}else t.texImage2D(i.TEXTURE_2D,0,ee,ce,U,Q);_(M)&&M.mipmapsAutoUpdate===!0&&b(re),de.__version=ae.version,M.onUpdate&&M.onUpdate(M)}F.__version=M.version}function zt(F,M,W){if(M.image.length!==6)return;let re=Qe(F,M),te=M.source;t.bindTexture(i.TEXTURE_CUBE_MAP,F.__webglTexture,i.TEXTURE0+W);let ae=n.get(te);if(te.version!==ae.__version||re===!0){t.activeTexture(i.TEXTURE0+W);let de=We.getPrimaries(We.workingColorSpace),J=M.colorSpace===zn?null:We.getPrimaries(M.colorSpace),Q=M.colorSpace===zn||de===J?i.NONE:i.BROWSER_DEFAULT_WEBGL;t.pixelStorei(i.UNPACK_FLIP_Y_WEBGL,M.flipY),t.pixelStorei(i.UNPACK_PREMULTIPLY_ALPHA_WEBGL,M.premultiplyAlpha),t.pixelStorei(i.UNPACK_ALIGNMENT,M.unpackAlignment),t.pixelStorei(i.UNPACK_COLORSPACE_CONVERSION_WEBGL,Q);let ce=M.isCompressedTexture||M.image[0].isCompressedTexture,U=M.image[0]&&M.image[0].isDataTexture,ee=[];for(let ge=0;ge<6;ge++)!ce&&!U?ee[ge]=x(M.image[ge],!0,r.maxCubemapSize):ee[ge]=U?M.image[ge].image:M.image[ge],ee[ge]=Ce(M,ee[ge]);let K=ee[0],ue=s.convert(M.format,M.colorSpace),oe=s.convert(M.type),le=A(M.internalFormat,ue,oe,M.normalized,M.colorSpace),Ee=M.isVideoTexture!==!0,Be=ae.__version===void 0||re===!0,se=te.dataReady,Te=S(M,K);Je(i.TEXTURE_CUBE_MAP,M);let Oe;if(M.isDepthTexture){if(le=v(M.format===kn,M.type),Be)if(Ee)t.texStorage2D(i.TEXTURE_CUBE_MAP,1,le,K.width,K.height);else for(let ge=0;ge<6;ge++)t.texImage2D(i.TEXTURE_CUBE_MAP_POSITIVE_X+ge,0,le,K.width,K.height,0,ue,oe,null)}else if(ce){Ee&&Be&&t.texStorage2D(i.TEXTURE_CUBE_MAP,Te,le,K.width,K.height);for(let ge=0;ge<6;ge++){Oe=ee[ge].mipmaps;for(let Ze=0;Ze<Oe.length;Ze++){let At=Oe[Ze];M.format!==mn?ue!==null?Ee?se&&t.compressedTexSubImage2D(i.TEXTURE_CUBE_MAP_POSITIVE_X+ge,Ze,0,0,At.width,At.height,ue,At.data):t.compressedTexImage2D(i.TEXTURE_CUBE_MAP_POSITIVE_X+ge,Ze,le,At.width,At.height,0,At.data):Re("WebGLRenderer: Attempt to load unsupported compressed texture format in .setTextureCube()"):Ee?se&&t.texSubImage2D(i.TEXTURE_CUBE_MAP_POSITIVE_X+ge,Ze,0,0,At.width,At.height,ue,oe,At.data):t.texImage2D(i.TEXTURE_CUBE_MAP_POSITIVE_X+ge,Ze,le,At.width,At.height,0,ue,oe,At.data)}}}else{if(Oe=M.mipmaps,Ee&&Be){Oe.length>0&&Te++;let ge=Fe(ee[0]);t.texStorage2D(i.TEXTURE_CUBE_MAP,Te,le,ge.width,ge.height)}for(let ge=0;ge<6;ge++)if(U){Ee?se&&t.texSubImage2D(i.TEXTURE_CUBE_MAP_POSITIVE_X+ge,0,0,0,ee[ge].width,ee[ge].height,ue,oe,ee[ge].data):t.texImage2D(i.TEXTURE_CUBE_MAP_POSITIVE_X+ge,0,le,ee[ge].width,ee[ge].height,0,ue,oe,ee[ge].data);for(let Ze=0;Ze<Oe.length;Ze++){let Wn=Oe[Ze].image[ge].image;Ee?se&&t.texSubImage2D(i.TEXTURE_CUBE_MAP_POSITIVE_X+ge,Ze+1,0,0,Wn.width,Wn.height,ue,oe,Wn.data):t.texImage2D(i.TEXTURE_CUBE_MAP_POSITIVE_X+ge,Ze+1,le,Wn.width,Wn.height,0,ue,oe,Wn.data)}}else{Ee?se&&t.texSubImage2D(i.TEXTURE_CUBE_MAP_POSITIVE_X+ge,0,0,0,ue,oe,ee[ge]):t.texImage2D(i.TEXTURE_CUBE_MAP_POSITIVE_X+ge,0,le,ue,oe,ee[ge]);for(let Ze=0;Ze<Oe.length;Ze++){let At=Oe[Ze];Ee?se&&t.texSubImage2D(i.TEXTURE_CUBE_MAP_POSITIVE_X+ge,Ze+1,0,0,ue,oe,At.image[ge]):t.texImage2D(i.TEXTURE_CUBE_MAP_POSITIVE_X+ge,Ze+1,le,ue,oe,At.image[ge])}}}_(M)&&M.mipmapsAutoUpdate===!0&&b(i.TEXTURE_CUBE_MAP),ae.__version=te.version,M.onUpdate&&M.onUpdate(M)}F.__version=M.version}function lt(F,M,W,re,te,ae){let de=s.convert(W.format,W.colorSpace),J=s.convert(W.type),Q=A(W.internalFormat,de,J,W.normalized,W.colorSpace),ce=n.get(M),U=n.get(W);if(U.__renderTarget=M,!ce.__hasExternalTextures){let ee=Math.max(1,M.width>>ae),K=Math.max(1,M.height>>ae);te===i.TEXTURE_3D||te===i.TEXTURE_2D_ARRAY?t.texImage3D(te,ae,Q,ee,K,M.depth,0,de,J,null):t.texImage2D(te,ae,Q,ee,K,0,de,J,null)}t.bindFramebuffer(i.FRAMEBUFFER,F),pe(M)?a.framebufferTexture2DMultisampleEXT(i.FRAMEBUFFER,re,te,U.__webglTexture,0,ot(M)):(te===i.TEXTURE_2D||te>=i.TEXTURE_CUBE_MAP_POSITIVE_X&&te<=i.TEXTURE_CUBE_MAP_NEGATIVE_Z)&&i.framebufferTexture2D(i.FRAMEBUFFER,re,te,U.__webglTexture,ae),t.bindFramebuffer(i.FRAMEBUFFER,null)}function gn(F,M,W){if(i.bindRenderbuffer(i.RENDERBUFFER,F),M.depthBuffer){let re=M.depthTexture,te=re&&re.isDepthTexture?re.type:null,ae=v(M.stencilBuffer,te),de=M.stencilBuffer?i.DEPTH_STENCIL_ATTACHMENT:i.DEPTH_ATTACHMENT;pe(M)?a.renderbufferStorageMultisampleEXT(i.RENDERBUFFER,ot(M),ae,M.width,M.height):W?i.renderbufferStorageMultisample(i.RENDERBUFFER,ot(M),ae,M.width,M.height):i.renderbufferStorage(i.RENDERBUFFER,ae,M.width,M.height),i.framebufferRenderbuffer(i.FRAMEBUFFER,de,i.RENDERBUFFER,F)}else{let re=M.textures;for(let te=0;te<re.length;te++){let ae=re[te],de=s.convert(ae.format,ae.colorSpace),J=s.convert(ae.type),Q=A(ae.internalFormat,de,J,ae.normalized,ae.colorSpace);pe(M)?a.renderbufferStorageMultisampleEXT(i.RENDERBUFFER,ot(M),Q,M.width,M.height):W?i.renderbufferStorageMultisample(i.RENDERBUFFER,ot(M),Q,M.width,M.height):i.renderbufferStorage(i.RENDERBUFFER,Q,M.width,M.height)}}i.bindRenderbuffer(i.RENDERBUFFER,null)}function _t(F,M,W){let re=M.isWebGLCubeRenderTarget===!0;if(t.bindFramebuffer(i.FRAMEBUFFER,F),!(M.depthTexture&&M.depthTexture.isDepthTexture))throw new Error("THREE.WebGLTextures: renderTarget.depthTexture must be an instance of THREE.DepthTexture.");let te=n.get(M.depthTexture);te.__renderTarget=M;let ae=re?M.depthTexture.image[0]:M.depthTexture.image;(!te.__webglTexture||ae.width!==M.width||ae.height!==M.height)&&(ae.width=M.width,ae.height=M.height,M.depthTexture.needsUpdate=!0),re?me(M.depthTexture,0):ie(M.depthTexture,0);let de=te.__webglTexture,J=ot(M),Q=re?i.TEXTURE_CUBE_MAP_POSITIVE_X+W:i.TEXTURE_2D,ce=M.depthTexture.format===kn?i.DEPTH_STENCIL_ATTACHMENT:i.DEPTH_ATTACHMENT;if(M.depthTexture.format===Dn)pe(M)?a.framebufferTexture2DMultisampleEXT(i.FRAMEBUFFER,ce,Q,de,0,J):i.framebufferTexture2D(i.FRAMEBUFFER,ce,Q,de,0);else if(M.depthTexture.format===kn)pe(M)?a.framebufferTexture2DMultisampleEXT(i.FRAMEBUFFER,ce,Q,de,0,J):i.framebufferTexture2D(i.FRAMEBUFFER,ce,Q,de,0);else throw new Error("THREE.WebGLTextures: Unknown depthTexture format.")}function Zt(F){let M=n.get(F),W=F.isWebGLCubeRenderTarget===!0;if(M.__boundDepthTexture!==F.depthTexture){let re=F.depthTexture;if(M.__depthDisposeCallback&&M.__depthDisposeCallback(),re){let te=()=>{delete M.__boundDepthTexture,delete M.__depthDisposeCallback,re.removeEventListener("dispose",te)};re.addEventListener("dispose",te),M.__depthDisposeCallback=te}M.__boundDepthTexture=re}if(F.depthTexture&&!M.__autoAllocateDepthBuffer)if(W)for(let re=0;re<6;re++)_t(M.__webglFramebuffer[re],F,re);else F.texture.mipmaps.length>0?_t(M.__webglFramebuffer[0],F,0):_t(M.__webglFramebuffer,F,0);else if(W){M.__webglDepthbuffer=[];for(let re=0;re<6;re++)if(t.bindFramebuffer(i.FRAMEBUFFER,M.__webglFramebuffer[re]),M.__webglDepthbuffer[re]===void 0)M.__webglDepthbuffer[re]=i.createRenderbuffer(),gn(M.__webglDepthbuffer[re],F,!1);else{let te=F.stencilBuffer?i.DEPTH_STENCIL_ATTACHMENT:i.DEPTH_ATTACHMENT,ae=M.__webglDepthbuffer[re];i.bindRenderbuffer(i.RENDERBUFFER,ae),i.framebufferRenderbuffer(i.FRAMEBUFFER,te,i.RENDERBUFFER,ae)}}else if(F.texture.mipmaps.length>0?t.bindFramebuffer(i.FRAMEBUFFER,M.__webglFramebuffer[0]):t.bindFramebuffer(i.FRAMEBUFFER,M.__webglFramebuffer),M.__webglDepthbuffer===void 0)M.__webglDepthbuffer=i.createRenderbuffer(),gn(M.__webglDepthbuffer,F,!1);else{let te=F.stencilBuffer?i.DEPTH_STENCIL_ATTACHMENT:i.DEPTH_ATTACHMENT,ae=M.__webglDepthbuffer;i.bindRenderbuffer(i.RENDERBUFFER,ae),i.framebufferRenderbuffer(i.FRAMEBUFFER,te,i.RENDERBUFFER,ae)}t.bindFramebuffer(i.FRAMEBUFFER,null)}function Qt(F,M,W){let re=n.get(F);M!==void 0&&lt(re.__webglFramebuffer,F,F.texture,i.COLOR_ATTACHMENT0,i.TEXTURE_2D,0),W!==void 0&&Zt(F)}function en(F){let M=F.texture,W=n.get(F),re=n.get(M);F.addEventListener("dispose",C),N(F);let te=F.textures,ae=F.isWebGLCubeRenderTarget===!0,de=te.length>1;if(de||(re.__webglTexture===void 0&&(re.__webglTexture=i.createTexture()),re.__version=M.version,o.memory.textures++),ae){W.__webglFramebuffer=[];for(let J=0;J<6;J++)if(M.mipmaps.length>0){W.__webglFramebuffer[J]=[];for(let Q=0;Q<M.mipmaps.length;Q++)W.__webglFramebuffer[J][Q]=i.createFramebuffer()}else W.__webglFramebuffer[J]=i.createFramebuffer()}else{if(M.mipmaps.length>0){W.__webglFramebuffer=[];for(let J=0;J<M.mipmaps.length;J++)W.__webglFramebuffer[J]=i.createFramebuffer()}else W.__webglFramebuffer=i.createFramebuffer();if(de)for(let J=0,Q=te.length;J<Q;J++){let ce=n.get(te[J]);ce.__webglTexture===void 0&&(ce.__webglTexture=i.createTexture(),o.memory.textures++)}if(F.samples>0&&pe(F)===!1){W.__webglMultisampledFramebuffer=i.createFramebuffer(),W.__webglColorRenderbuffer=[],t.bindFramebuffer(i.FRAMEBUFFER,W.__webglMultisampledFramebuffer);for(let J=0;J<te.length;J++){let Q=te[J];W.__webglColorRenderbuffer[J]=i.createRenderbuffer(),i.bindRenderbuffer(i.RENDERBUFFER,W.__webglColorRenderbuffer[J]);let ce=s.convert(Q.format,Q.colorSpace),U=s.convert(Q.type),ee=A(Q.internalFormat,ce,U,Q.normalized,Q.colorSpace,F.isXRRenderTarget===!0),K=ot(F);i.renderbufferStorageMultisample(i.RENDERBUFFER,K,ee,F.width,F.height),i.framebufferRenderbuffer(i.FRAMEBUFFER,i.COLOR_ATTACHMENT0+J,i.RENDERBUFFER,W.__webglColorRenderbuffer[J])}i.bindRenderbuffer(i.RENDERBUFFER,null),F.depthBuffer&&(W.__webglDepthRenderbuffer=i.createRenderbuffer(),gn(W.__webglDepthRenderbuffer,F,!0)),t.bindFramebuffer(i.FRAMEBUFFER,null)}}if(ae){t.bindTexture(i.TEXTURE_CUBE_MAP,re.__webglTexture),Je(i.TEXTURE_CUBE_MAP,M);for(let J=0;J<6;J++)if(M.mipmaps.length>0)for(let Q=0;Q<M.mipmaps.length;Q++)lt(W.__webglFramebuffer[J][Q],F,M,i.COLOR_ATTACHMENT0,i.TEXTURE_CUBE_MAP_POSITIVE_X+J,Q);else lt(W.__webglFramebuffer[J],F,M,i.COLOR_ATTACHMENT0,i.TEXTURE_CUBE_MAP_POSITIVE_X+J,0);_(M)?b(i.TEXTURE_CUBE_MAP):M.mipmaps.length>0&&i.texParameteri(i.TEXTURE_CUBE_MAP,i.TEXTURE_MAX_LEVEL,M.mipmaps.length-1),t.unbindTexture()}else if(de){for(let J=0,Q=te.length;J<Q;J++){let ce=te[J],U=n.get(ce),ee=i.TEXTURE_2D;(F.isWebGL3DRenderTarget||F.isWebGLArrayRenderTarget)&&(ee=F.isWebGL3DRenderTarget?i.TEXTURE_3D:i.TEXTURE_2D_ARRAY),t.bindTexture(ee,U.__webglTexture),Je(ee,ce),lt(W.__webglFramebuffer,F,ce,i.COLOR_ATTACHMENT0+J,ee,0),_(ce)&&b(ee)}t.unbindTexture()}else{let J=i.TEXTURE_2D;if((F.isWebGL3DRenderTarget||F.isWebGLArrayRenderTarget)&&(J=F.isWebGL3DRenderTarget?i.TEXTURE_3D:i.TEXTURE_2D_ARRAY),t.bindTexture(J,re.__webglTexture),Je(J,M),M.mipmaps.length>0)for(let Q=0;Q<M.mipmaps.length;Q++)lt(W.__webglFramebuffer[Q],F,M,i.COLOR_ATTACHMENT0,J,Q);else lt(W.__webglFramebuffer,F,M,i.COLOR_ATTACHMENT0,J,0);_(M)?b(J):M.mipmaps.length>0&&i.texParameteri(J,i.TEXTURE_MAX_LEVEL,M.mipmaps.length-1),t.unbindTexture()}F.depthBuffer&&Zt(F)}function G(F){let M=F.textures;for(let W=0,re=M.length;W<re;W++){let te=M[W];if(_(te)&&te.mipmapsAutoUpdate===!0){let ae=w(F),de=n.get(te).__webglTexture;t.bindTexture(ae,de),b(ae),t.unbindTexture()}}}let tn=[];function st(F){if(F.samples>0){if(pe(F)===!1){let M=F.textures,W=F.width,re=F.height,te=i.COLOR_BUFFER_BIT,ae=F.stencilBuffer?i.DEPTH_STENCIL_ATTACHMENT:i.DEPTH_ATTACHMENT,de=n.get(F),J=M.length>1;if(J)for(let ce=0;ce<M.length;ce++)t.bindFramebuffer(i.FRAMEBUFFER,de.__webglMultisampledFramebuffer),i.framebufferRenderbuffer(i.FRAMEBUFFER,i.COLOR_ATTACHMENT0+ce,i.RENDERBUFFER,null),t.bindFramebuffer(i.FRAMEBUFFER,de.__webglFramebuffer),i.framebufferTexture2D(i.DRAW_FRAMEBUFFER,i.COLOR_ATTACHMENT0+ce,i.TEXTURE_2D,null,0);t.bindFramebuffer(i.READ_FRAMEBUFFER,de.__webglMultisampledFramebuffer),F.texture.mipmaps.length>0?t.bindFramebuffer(i.DRAW_FRAMEBUFFER,de.__webglFramebuffer[0]):t.bindFramebuffer(i.DRAW_FRAMEBUFFER,de.__webglFramebuffer);for(let ce=0;ce<M.length;ce++){if(F.resolveDepthBuffer&&(F.depthBuffer&&(te|=i.DEPTH_BUFFER_BIT),F.stencilBuffer&&F.resolveStencilBuffer&&(te|=i.STENCIL_BUFFER_BIT)),J){i.framebufferRenderbuffer(i.READ_FRAMEBUFFER,i.COLOR_ATTACHMENT0,i.RENDERBUFFER,de.__webglColorRenderbuffer[ce]);let U=n.get(M[ce]).__webglTexture;i.framebufferTexture2D(i.DRAW_FRAMEBUFFER,i.COLOR_ATTACHMENT0,i.TEXTURE_2D,U,0)}i.blitFramebuffer(0,0,W,re,0,0,W,re,te,i.NEAREST),l===!0&&(tn.length=0,tn.push(i.COLOR_ATTACHMENT0+ce),F.depthBuffer&&F.storeMultisampledDepthBuffer===!1&&tn.push(ae),i.invalidateFramebuffer(i.READ_FRAMEBUFFER,tn))}if(t.bindFramebuffer(i.READ_FRAMEBUFFER,null),t.bindFramebuffer(i.DRAW_FRAMEBUFFER,null),J)for(let ce=0;ce<M.length;ce++){t.bindFramebuffer(i.FRAMEBUFFER,de.__webglMultisampledFramebuffer),i.framebufferRenderbuffer(i.FRAMEBUFFER,i.COLOR_ATTACHMENT0+ce,i.RENDERBUFFER,de.__webglColorRenderbuffer[ce]);let U=n.get(M[ce]).__webglTexture;t.bindFramebuffer(i.FRAMEBUFFER,de.__webglFramebuffer),i.framebufferTexture2D(i.DRAW_FRAMEBUFFER,i.COLOR_ATTACHMENT0+ce,i.TEXTURE_2D,U,0)}t.bindFramebuffer(i.DRAW_FRAMEBUFFER,de.__webglMultisampledFramebuffer)}else if(F.depthBuffer&&F.storeMultisampledDepthBuffer===!1&&l){let M=F.stencilBuffer?i.DEPTH_STENCIL_ATTACHMENT:i.DEPTH_ATTACHMENT;i.invalidateFramebuffer(i.DRAW_FRAMEBUFFER,[M])}}}function ot(F){return Math.min(r.maxSamples,F.samples)}function pe(F){let M=n.get(F);return F.samples>0&&e.has("WEBGL_multisampled_render_to_texture")===!0&&M.__useRenderToTexture!==!1}function xt(F){let M=o.render.frame;u.get(F)!==M&&(u.set(F,M),F.update())}function Ce(F,M){let W=F.colorSpace,re=F.format,te=F.type;return F.isCompressedTexture===!0||F.isVideoTexture===!0||W!==Nr&&W!==zn&&(We.getTransfer(W)===je?(re!==mn||te!==Kt)&&Re("WebGLTextures: sRGB encoded textures have to use RGBAFormat and UnsignedByteType."):Le("WebGLTextures: Unsupported texture color space:",W)),M}function Fe(F){return typeof HTMLImageElement<"u"&&F instanceof HTMLImageElement?(c.width=F.naturalWidth||F.width,c.height=F.naturalHeight||F.height):typeof VideoFrame<"u"&&F instanceof VideoFrame?(c.width=F.displayWidth,c.height=F.displayHeight):(c.width=F.width,c.height=F.height),c}this.allocateTextureUnit=Pe,this.resetTextureUnits=j,this.getTextureUnits=ne,this.setTextureUnits=be,this.setTexture2D=ie,this.setTexture2DArray=ve,this.setTexture3D=we,this.setTextureCube=me,this.rebindTextures=Qt,this.setupRenderTarget=en,this.updateRenderTargetMipmap=G,this.updateMultisampleRenderTarget=st,this.setupDepthRenderbuffer=Zt,this.setupFrameBufferTexture=lt,this.useMultisampledRTT=pe,this.dispose=z}function ob(i,e){function t(n,r=zn){let s,o=We.getTransfer(r);if(n===Kt)return i.UNSIGNED_BYTE;if(n===Wo)return i.UNSIGNED_SHORT_4_4_4_4;if(n===Xo)return i.UNSIGNED_SHORT_5_5_5_1;if(n===xc)return i.UNSIGNED_INT_5_9_9_9_REV;if(n===vc)return i.UNSIGNED_INT_10F_11F_11F_REV;if(n===gc)return i.BYTE;if(n===yc)return i.SHORT;if(n===or)return i.UNSIGNED_SHORT;if(n===Ho)return i.INT;if(n===dn)return i.UNSIGNED_INT;if(n===fn)return i.FLOAT;if(n===pn)return i.HALF_FLOAT;if(n===bc)return i.ALPHA;if(n===_c)return i.RGB;if(n===mn)return i.RGBA;if(n===Dn)return i.DEPTH_COMPONENT;if(n===kn)return i.DEPTH_STENCIL;if(n===Ac)return i.RED;if(n===$o)return i.RED_INTEGER;if(n===si)return i.RG;if(n===qo)return i.RG_INTEGER;if(n===Yo)return i.RGBA_INTEGER;if(n===Jr||n===Zr||n===Qr||n===es)if(o===je)if(s=e.get("WEBGL_compressed_texture_s3tc_srgb"),s!==null){if(n===Jr)return s.COMPRESSED_SRGB_S3TC_DXT1_EXT;if(n===Zr)return s.COMPRESSED_SRGB_ALPHA_S3TC_DXT1_EXT;if(n===Qr)return s.COMPRESSED_SRGB_ALPHA_S3TC_DXT3_EXT;if(n===es)return s.COMPRESSED_SRGB_ALPHA_S3TC_DXT5_EXT}else return null;else if(s=e.get("WEBGL_compressed_texture_s3tc"),s!==null){if(n===Jr)return s.COMPRESSED_RGB_S3TC_DXT1_EXT;if(n===Zr)return s.COMPRESSED_RGBA_S3TC_DXT1_EXT;if(n===Qr)return s.COMPRESSED_RGBA_S3TC_DXT3_EXT;if(n===es)return s.COMPRESSED_RGBA_S3TC_DXT5_EXT}else return null;if(n===Ko||n===jo||n===Jo||n===Zo)if(s=e.get("WEBGL_compressed_texture_pvrtc"),s!==null){if(n===Ko)return s.COMPRESSED_RGB_PVRTC_4BPPV1_IMG;if(n===jo)return s.COMPRESSED_RGB_PVRTC_2BPPV1_IMG;if(n===Jo)return s.COMPRESSED_RGBA_PVRTC_4BPPV1_IMG;if(n===Zo)return s.COMPRESSED_RGBA_PVRTC_2BPPV1_IMG}else return null;if(n===Qo||n===ea||n===ta||n===na||n===ia||n===ts||n===ra)if(s=e.get("WEBGL_compressed_texture_etc"),s!==null){if(n===Qo||n===ea)return o===je?s.COMPRESSED_SRGB8_ETC2:s.COMPRESSED_RGB8_ETC2;if(n===ta)return o===je?s.COMPRESSED_SRGB8_ALPHA8_ETC2_EAC:s.COMPRESSED_RGBA8_ETC2_EAC;if(n===na)return s.COMPRESSED_R11_EAC;if(n===ia)return s.COMPRESSED_SIGNED_R11_EAC;if(n===ts)return s.COMPRESSED_RG11_EAC;if(n===ra)return s.COMPRESSED_SIGNED_RG11_EAC}else return null;if(n===sa||n===oa||n===aa||n===la||n===ca||n===ua||n===ha||n===da||n===fa||n===pa||n===ma||n===ga||n===ya||n===xa)if(s=e.get("WEBGL_compressed_texture_astc"),s!==null){if(n===sa)return o===je?s.COMPRESSED_SRGB8_ALPHA8_ASTC_4x4_KHR:s.COMPRESSED_RGBA_ASTC_4x4_KHR;if(n===oa)return o===je?s.COMPRESSED_SRGB8_ALPHA8_ASTC_5x4_KHR:s.COMPRESSED_RGBA_ASTC_5x4_KHR;if(n===aa)return o===je?s.COMPRESSED_SRGB8_ALPHA8_ASTC_5x5_KHR:s.COMPRESSED_RGBA_ASTC_5x5_KHR;if(n===la)return o===je?s.COMPRESSED_SRGB8_ALPHA8_ASTC_6x5_KHR:s.COMPRESSED_RGBA_ASTC_6x5_KHR;if(n===ca)return o===je?s.COMPRESSED_SRGB8_ALPHA8_ASTC_6x6_KHR:s.COMPRESSED_RGBA_ASTC_6x6_KHR;if(n===ua)return o===je?s.COMPRESSED_SRGB8_ALPHA8_ASTC_8x5_KHR:s.COMPRESSED_RGBA_ASTC_8x5_KHR;if(n===ha)return o===je?s.COMPRESSED_SRGB8_ALPHA8_ASTC_8x6_KHR:s.COMPRESSED_RGBA_ASTC_8x6_KHR;if(n===da)return o===je?s.COMPRESSED_SRGB8_ALPHA8_ASTC_8x8_KHR:s.COMPRESSED_RGBA_ASTC_8x8_KHR;if(n===fa)return o===je?s.COMPRESSED_SRGB8_ALPHA8_ASTC_10x5_KHR:s.COMPRESSED_RGBA_ASTC_10x5_KHR;if(n===pa)return o===je?s.COMPRESSED_SRGB8_ALPHA8_ASTC_10x6_KHR:s.COMPRESSED_RGBA_ASTC_10x6_KHR;if(n===ma)return o===je?s.COMPRESSED_SRGB8_ALPHA8_ASTC_10x8_KHR:s.COMPRESSED_RGBA_ASTC_10x8_KHR;if(n===ga)return o===je?s.COMPRESSED_SRGB8_ALPHA8_ASTC_10x10_KHR:s.COMPRESSED_RGBA_ASTC_10x10_KHR;if(n===ya)return o===je?s.COMPRESSED_SRGB8_ALPHA8_ASTC_12x10_KHR:s.COMPRESSED_RGBA_ASTC_12x10_KHR;if(n===xa)return o===je?s.COMPRESSED_SRGB8_ALPHA8_ASTC_12x12_KHR:s.COMPRESSED_RGBA_ASTC_12x12_KHR}else return null;if(n===va||n===ba||n===_a)if(s=e.get("EXT_texture_compression_bptc"),s!==null){if(n===va)return o===je?s.COMPRESSED_SRGB_ALPHA_BPTC_UNORM_EXT:s.COMPRESSED_RGBA_BPTC_UNORM_EXT;if(n===ba)return s.COMPRESSED_RGB_BPTC_SIGNED_FLOAT_EXT;if(n===_a)return s.COMPRESSED_RGB_BPTC_UNSIGNED_FLOAT_EXT}else return null;if(n===Aa||n===Sa||n===ns||n===Ma)if(s=e.get("EXT_texture_compression_rgtc"),s!==null){if(n===Aa)return s.COMPRESSED_RED_RGTC1_EXT;if(n===Sa)return s.COMPRESSED_SIGNED_RED_RGTC1_EXT;if(n===ns)return s.COMPRESSED_RED_GREEN_RGTC2_EXT;if(n===Ma)return s.COMPRESSED_SIGNED_RED_GREEN_RGTC2_EXT}else return null;return n===_i?i.UNSIGNED_INT_24_8:i[n]!==void 0?i[n]:null}return{convert:t}}var ab=`
void main() {

	gl_Position = vec4( position, 1.0 );

}`,lb=`
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

}`,$c=class{constructor(){this.texture=null,this.mesh=null,this.depthNear=0,this.depthFar=0}init(e,t){if(this.texture===null){let n=new Xr(e.texture);(e.depthNear!==t.depthNear||e.depthFar!==t.depthFar)&&(this.depthNear=e.depthNear,this.depthFar=e.depthFar),this.texture=n}}getMesh(e){if(this.texture!==null&&this.mesh===null){let t=e.cameras[0].viewport,n=new sn({vertexShader:ab,fragmentShader:lb,uniforms:{depthColor:{value:this.texture},depthWidth:{value:t.z},depthHeight:{value:t.w}}});this.mesh=new _n(new $r(20,20),n)}return this.mesh}reset(){this.texture=null,this.mesh=null}getDepthTexture(){return this.texture}},qc=class extends vn{constructor(e,t){super();let n=this,r=null,s=1,o=null,a="local-floor",l=1,c=null,u=null,h=null,d=null,f=null,p=null,y=typeof XRWebGLBinding<"u",g=new $c,m={},x=t.getContextAttributes(),_=null,b=null,w=[],A=[],v=new $e,S=null,N=null,I=new Bt;I.viewport=new ut;let R=new Bt;R.viewport=new ut;let C=[I,R],D=new Bo,L=null,z=null;this.cameraAutoUpdate=!0,this.enabled=!1,this.isPresenting=!1,this.getController=function(Z){let ie=w[Z];return ie===void 0&&(ie=new Ki,w[Z]=ie),ie.getTargetRaySpace()},this.getControllerGrip=function(Z){let ie=w[Z];return ie===void 0&&(ie=new Ki,w[Z]=ie),ie.getGripSpace()},this.getHand=function(Z){let ie=w[Z];return ie===void 0&&(ie=new Ki,w[Z]=ie),ie.getHandSpace()};function k(Z){let ie=A.indexOf(Z.inputSource);if(ie===-1)return;let ve=w[ie];ve!==void 0&&(ve.update(Z.inputSource,Z.frame,c||o),ve.dispatchEvent({type:Z.type,data:Z.inputSource}))}function B(){r.removeEventListener("select",k),r.removeEventListener("selectstart",k),r.removeEventListener("selectend",k),r.removeEventListener("squeeze",k),r.removeEventListener("squeezestart",k),r.removeEventListener("squeezeend",k),r.removeEventListener("end",B),r.removeEventListener("inputsourceschange",Y);for(let Z=0;Z<w.length;Z++){let ie=A[Z];ie!==null&&(A[Z]=null,w[Z].disconnect(ie))}L=null,z=null,g.reset();for(let Z in m)delete m[Z];if(e.setRenderTarget(_),f=null,d=null,h=null,r=null,b=null,Pe.stop(),n.isPresenting=!1,e.setPixelRatio(S),e.setSize(v.width,v.height,!1),N!==null){let Z=N.camera;Z.fov=N.fov,Z.zoom=N.zoom,Z.updateProjectionMatrix(),N=null}n.dispatchEvent({type:"sessionend"})}this.setFramebufferScaleFactor=function(Z){s=Z,n.isPresenting===!0&&Re("WebXRManager: Cannot change framebuffer scale while presenting.")},this.setReferenceSpaceType=function(Z){a=Z,n.isPresenting===!0&&Re("WebXRManager: Cannot change reference space type while presenting.")},this.getReferenceSpace=function(){return c||o},this.setReferenceSpace=function(Z){c=Z},this.getBaseLayer=function(){return d!==null?d:f},this.getBinding=function(){return h===null&&y&&(h=new XRWebGLBinding(r,t)),h},this.getFrame=function(){return p},this.getSession=function(){return r},this.setSession=async function(Z){if(r=Z,r!==null){if(_=e.getRenderTarget(),r.addEventListener("select",k),r.addEventListener("selectstart",k),r.addEventListener("selectend",k),r.addEventListener("squeeze",k),r.addEventListener("squeezestart",k),r.addEventListener("squeezeend",k),r.addEventListener("end",B),r.addEventListener("inputsourceschange",Y),x.xrCompatible!==!0&&await t.makeXRCompatible(),S=e.getPixelRatio(),e.getSize(v),y&&"createProjectionLayer"in XRWebGLBinding.prototype){let ve=null,we=null,me=null;x.depth&&(me=x.stencil?t.DEPTH24_STENCIL8:t.DEPTH_COMPONENT24,ve=x.stencil?kn:Dn,we=x.stencil?_i:dn);let Ue={colorFormat:t.RGBA8,depthFormat:me,scaleFactor:s};h=this.getBinding(),d=h.createProjectionLayer(Ue),r.updateRenderState({layers:[d]}),e.setPixelRatio(1),e.setSize(d.textureWidth,d.textureHeight,!1),b=new qt(d.textureWidth,d.textureHeight,{format:mn,type:Kt,depthTexture:new On(d.textureWidth,d.textureHeight,we,void 0,void 0,void 0,void 0,void 0,void 0,ve),stencilBuffer:x.stencil,colorSpace:e.outputColorSpace,samples:x.antialias?4:0,resolveDepthBuffer:d.ignoreDepthValues===!1,resolveStencilBuffer:d.ignoreDepthValues===!1,storeMultisampledDepthBuffer:d.ignoreDepthValues===!1,storeMultisampledStencilBuffer:d.ignoreDepthValues===!1})}else{let ve={antialias:x.antialias,alpha:!0,depth:x.depth,stencil:x.stencil,framebufferScaleFactor:s};f=new XRWebGLLayer(r,t,ve),r.updateRenderState({baseLayer:f}),e.setPixelRatio(1),e.setSize(f.framebufferWidth,f.framebufferHeight,!1),b=new qt(f.framebufferWidth,f.framebufferHeight,{format:mn,type:Kt,colorSpace:e.outputColorSpace,stencilBuffer:x.stencil,resolveDepthBuffer:f.ignoreDepthValues===!1,resolveStencilBuffer:f.ignoreDepthValues===!1,storeMultisampledDepthBuffer:f.ignoreDepthValues===!1,storeMultisampledStencilBuffer:f.ignoreDepthValues===!1})}b.isXRRenderTarget=!0,this.setFoveation(l),c=null,o=await r.requestReferenceSpace(a),Pe.setContext(r),Pe.start(),n.isPresenting=!0,n.dispatchEvent({type:"sessionstart"})}},this.getEnvironmentBlendMode=function(){if(r!==null)return r.environmentBlendMode},this.getDepthTexture=function(){return g.getDepthTexture()};function Y(Z){for(let ie=0;ie<Z.removed.length;ie++){let ve=Z.removed[ie],we=A.indexOf(ve);we>=0&&(A[we]=null,w[we].disconnect(ve))}for(let ie=0;ie<Z.added.length;ie++){let ve=Z.added[ie],we=A.indexOf(ve);if(we===-1){for(let Ue=0;Ue<w.length;Ue++)if(Ue>=A.length){A.push(ve),we=Ue;break}else if(A[Ue]===null){A[Ue]=ve,we=Ue;break}if(we===-1)break}let me=w[we];me&&me.connect(ve)}}function V(Z,ie){ie===null?Z.matrixWorld.copy(Z.matrix):Z.matrixWorld.multiplyMatrices(ie.matrixWorld,Z.matrix),Z.matrixWorldInverse.copy(Z.matrixWorld).invert()}this.updateCamera=function(Z){if(r===null)return;let ie=Z.near,ve=Z.far;g.texture!==null&&(g.depthNear>0&&(ie=g.depthNear),g.depthFar>0&&(ve=g.depthFar)),D.near=R.near=I.near=ie,D.far=R.far=I.far=ve,(L!==D.near||z!==D.far)&&(r.updateRenderState({depthNear:D.near,depthFar:D.far}),L=D.near,z=D.far),D.layers.mask=Z.layers.mask|6,I.layers.mask=D.layers.mask&-5,R.layers.mask=D.layers.mask&-3;let we=Z.parent,me=D.cameras;V(D,we);for(let Ue=0;Ue<me.length;Ue++)V(me[Ue],we);D.projectionMatrix.copy(I.projectionMatrix),D.projectionMatrixInverse.copy(I.projectionMatrixInverse),N===null&&Z.isPerspectiveCamera&&(N={camera:Z,fov:Z.fov,zoom:Z.zoom}),j(Z,D,we)};function j(Z,ie,ve){ve===null?Z.matrix.copy(ie.matrixWorld):(Z.matrix.copy(ve.matrixWorld),Z.matrix.invert(),Z.matrix.multiply(ie.matrixWorld)),Z.matrix.decompose(Z.position,Z.quaternion,Z.scale),Z.updateMatrixWorld(!0),Z.projectionMatrix.copy(ie.projectionMatrix),Z.projectionMatrixInverse.copy(ie.projectionMatrixInverse),Z.isPerspectiveCamera&&(Z.fov=mo*2*Math.atan(1/Z.projectionMatrix.elements[5]),Z.zoom=1)}this.getCamera=function(){return D},this.getFoveation=function(){if(!(d===null&&f===null))return l},this.setFoveation=function(Z){l=Z,d!==null&&(d.fixedFoveation=Z),f!==null&&f.fixedFoveation!==void 0&&(f.fixedFoveation=Z)},this.hasDepthSensing=function(){return g.texture!==null},this.getDepthSensingMesh=function(){return g.getMesh(D)},this.getCameraTexture=function(Z){return m[Z]};let ne=null;function be(Z,ie){if(u=ie.getViewerPose(c||o),p=ie,u!==null){let ve=u.views;f!==null&&(e.setRenderTargetFramebuffer(b,f.framebuffer),e.setRenderTarget(b));let we=!1;ve.length!==D.cameras.length&&(D.cameras.length=0,we=!0);for(let Ie=0;Ie<ve.length;Ie++){let Je=ve[Ie],Qe=null;if(f!==null)Qe=f.getViewport(Je);else{let Et=h.getViewSubImage(d,Je);Qe=Et.viewport,Ie===0&&(e.setRenderTargetTextures(b,Et.colorTexture,Et.depthStencilTexture),e.setRenderTarget(b))}let Ge=C[Ie];Ge===void 0&&(Ge=new Bt,Ge.layers.enable(Ie),Ge.viewport=new ut,C[Ie]=Ge),Ge.matrix.fromArray(Je.transform.matrix),Ge.matrix.decompose(Ge.position,Ge.quaternion,Ge.scale),Ge.projectionMatrix.fromArray(Je.projectionMatrix),Ge.projectionMatrixInverse.copy(Ge.projectionMatrix).invert(),Ge.viewport.set(Qe.x,Qe.y,Qe.width,Qe.height),Ie===0&&(D.matrix.copy(Ge.matrix),D.matrix.decompose(D.position,D.quaternion,D.scale)),we===!0&&D.cameras.push(Ge)}let me=r.enabledFeatures;if(me&&me.includes("depth-sensing")&&r.depthUsage=="gpu-optimized"&&y){h=n.getBinding();let Ie=h.getDepthInformation(ve[0]);Ie&&Ie.isValid&&Ie.texture&&g.init(Ie,r.renderState)}if(me&&me.includes("camera-access")&&y){e.state.unbindTexture(),h=n.getBinding();for(let Ie=0;Ie<ve.length;Ie++){let Je=ve[Ie].camera;if(Je){let Qe=m[Je];Qe||(Qe=new Xr,m[Je]=Qe);let Ge=h.getCameraImage(Je);Qe.sourceTexture=Ge}}}}for(let ve=0;ve<w.length;ve++){let we=A[ve],me=w[ve];we!==null&&me!==void 0&&me.update(we,ie,c||o)}ne&&ne(Z,ie),ie.detectedPlanes&&n.dispatchEvent({type:"planesdetected",data:ie}),p=null}let Pe=new Hd;Pe.setAnimationLoop(be),this.setAnimationLoop=function(Z){ne=Z},this.dispose=function(){}}},cb=new nt,Qd=new Ne;Qd.set(-1,0,0,0,1,0,0,0,1);function ub(i,e){function t(g,m){g.matrixAutoUpdate===!0&&g.updateMatrix(),m.value.copy(g.matrix)}function n(g,m){m.color.getRGB(g.fogColor.value,Rc(i)),m.isFog?(g.fogNear.value=m.near,g.fogFar.value=m.far):m.isFogExp2&&(g.fogDensity.value=m.density)}function r(g,m,x,_,b){m.isNodeMaterial?m.uniformsNeedUpdate=!1:m.isMeshBasicMaterial?s(g,m):m.isMeshLambertMaterial?(s(g,m),m.envMap&&(g.envMapIntensity.value=m.envMapIntensity)):m.isMeshToonMaterial?(s(g,m),h(g,m)):m.isMeshPhongMaterial?(s(g,m),u(g,m),m.envMap&&(g.envMapIntensity.value=m.envMapIntensity)):m.isMeshStandardMaterial?(s(g,m),d(g,m),m.isMeshPhysicalMaterial&&f(g,m,b)):m.isMeshMatcapMaterial?(s(g,m),p(g,m)):m.isMeshDepthMaterial?s(g,m):m.isMeshDistanceMaterial?(s(g,m),y(g,m)):m.isMeshNormalMaterial?s(g,m):m.isLineBasicMaterial?(o(g,m),m.isLineDashedMaterial&&a(g,m)):m.isPointsMaterial?l(g,m,x,_):m.isSpriteMaterial?c(g,m):m.isShadowMaterial?(g.color.value.copy(m.color),g.opacity.value=m.opacity):m.isShaderMaterial&&(m.uniformsNeedUpdate=!1)}function s(g,m){g.opacity.value=m.opacity,m.color&&g.diffuse.value.copy(m.color),m.emissive&&g.emissive.value.copy(m.emissive).multiplyScalar(m.emissiveIntensity),m.map&&(g.map.value=m.map,t(m.map,g.mapTransform)),m.alphaMap&&(g.alphaMap.value=m.alphaMap,t(m.alphaMap,g.alphaMapTransform)),m.bumpMap&&(g.bumpMap.value=m.bumpMap,t(m.bumpMap,g.bumpMapTransform),g.bumpScale.value=m.bumpScale,m.side===kt&&(g.bumpScale.value*=-1)),m.normalMap&&(g.normalMap.value=m.normalMap,t(m.normalMap,g.normalMapTransform),g.normalScale.value.copy(m.normalScale),m.side===kt&&g.normalScale.value.negate()),m.displacementMap&&(g.displacementMap.value=m.displacementMap,t(m.displacementMap,g.displacementMapTransform),g.displacementScale.value=m.displacementScale,g.displacementBias.value=m.displacementBias),m.emissiveMap&&(g.emissiveMap.value=m.emissiveMap,t(m.emissiveMap,g.emissiveMapTransform)),m.specularMap&&(g.specularMap.value=m.specularMap,t(m.specularMap,g.specularMapTransform)),m.alphaTest>0&&(g.alphaTest.value=m.alphaTest);let x=e.get(m),_=x.envMap,b=x.envMapRotation;_&&(g.envMap.value=_,g.envMapRotation.value.setFromMatrix4(cb.makeRotationFromEuler(b)).transpose(),_.isCubeTexture&&_.isRenderTargetTexture===!1&&g.envMapRotation.value.premultiply(Qd),g.reflectivity.value=m.reflectivity,g.ior.value=m.ior,g.refractionRatio.value=m.refractionRatio),m.lightMap&&(g.lightMap.value=m.lightMap,g.lightMapIntensity.value=m.lightMapIntensity,t(m.lightMap,g.lightMapTransform)),m.aoMap&&(g.aoMap.value=m.aoMap,g.aoMapIntensity.value=m.aoMapIntensity,t(m.aoMap,g.aoMapTransform))}function o(g,m){g.diffuse.value.copy(m.color),g.opacity.value=m.opacity,m.map&&(g.map.value=m.map,t(m.map,g.mapTransform))}function a(g,m){g.dashSize.value=m.dashSize,g.totalSize.value=m.dashSize+m.gapSize,g.scale.value=m.scale}function l(g,m,x,_){g.diffuse.value.copy(m.color),g.opacity.value=m.opacity,g.size.value=m.size*x,g.scale.value=_*.5,m.map&&(g.map.value=m.map,t(m.map,g.uvTransform)),m.alphaMap&&(g.alphaMap.value=m.alphaMap,t(m.alphaMap,g.alphaMapTransform)),m.alphaTest>0&&(g.alphaTest.value=m.alphaTest)}function c(g,m){g.diffuse.value.copy(m.color),g.opacity.value=m.opacity,g.rotation.value=m.rotation,m.map&&(g.map.value=m.map,t(m.map,g.mapTransform)),m.alphaMap&&(g.alphaMap.value=m.alphaMap,t(m.alphaMap,g.alphaMapTransform)),m.alphaTest>0&&(g.alphaTest.value=m.alphaTest)}function u(g,m){g.specular.value.copy(m.specular),g.shininess.value=Math.max(m.shininess,1e-4)}function h(g,m){m.gradientMap&&(g.gradientMap.value=m.gradientMap)}function d(g,m){g.metalness.value=m.metalness,m.metalnessMap&&(g.metalnessMap.value=m.metalnessMap,t(m.metalnessMap,g.metalnessMapTransform)),g.roughness.value=m.roughness,m.roughnessMap&&(g.roughnessMap.value=m.roughnessMap,t(m.roughnessMap,g.roughnessMapTransform)),m.envMap&&(g.envMapIntensity.value=m.envMapIntensity)}function f(g,m,x){g.ior.value=m.ior,m.diffuseRoughness>0&&(g.diffuseRoughness.value=m.diffuseRoughness,m.diffuseRoughnessMap&&(g.diffuseRoughnessMap.value=m.diffuseRoughnessMap,t(m.diffuseRoughnessMap,g.diffuseRoughnessMapTransform))),m.sheen>0&&(g.sheenColor.value.copy(m.sheenColor).multiplyScalar(m.sheen),g.sheenRoughness.value=m.sheenRoughness,m.sheenColorMap&&(g.sheenColorMap.value=m.sheenColorMap,t(m.sheenColorMap,g.sheenColorMapTransform)),m.sheenRoughnessMap&&(g.sheenRoughnessMap.value=m.sheenRoughnessMap,t(m.sheenRoughnessMap,g.sheenRoughnessMapTransform))),m.clearcoat>0&&(g.clearcoat.value=m.clearcoat,g.clearcoatRoughness.value=m.clearcoatRoughness,m.clearcoatMap&&(g.clearcoatMap.value=m.clearcoatMap,t(m.clearcoatMap,g.clearcoatMapTransform)),m.clearcoatRoughnessMap&&(g.clearcoatRoughnessMap.value=m.clearcoatRoughnessMap,t(m.clearcoatRoughnessMap,g.clearcoatRoughnessMapTransform)),m.clearcoatNormalMap&&(g.clearcoatNormalMap.value=m.clearcoatNormalMap,t(m.clearcoatNormalMap,g.clearcoatNormalMapTransform),g.clearcoatNormalScale.value.copy(m.clearcoatNormalScale),m.side===kt&&g.clearcoatNormalScale.value.negate())),m.dispersion>0&&(g.dispersion.value=m.dispersion),m.retroreflectivity>0&&(g.retroreflectivity.value=m.retroreflectivity),m.iridescence>0&&(g.iridescence.value=m.iridescence,g.iridescenceIOR.value=m.iridescenceIOR,g.iridescenceThicknessMinimum.value=m.iridescenceThicknessMinimum,g.iridescenceThicknessMaximum.value=m.iridescenceThicknessMaximum,m.iridescenceMap&&(g.iridescenceMap.value=m.iridescenceMap,t(m.iridescenceMap,g.iridescenceMapTransform)),m.iridescenceThicknessMap&&(g.iridescenceThicknessMap.value=m.iridescenceThicknessMap,t(m.iridescenceThicknessMap,g.iridescenceThicknessMapTransform))),m.transmission>0&&(g.transmission.value=m.transmission,g.transmissionSamplerMap.value=x.texture,g.transmissionSamplerSize.value.set(x.width,x.height),m.transmissionMap&&(g.transmissionMap.value=m.transmissionMap,t(m.transmissionMap,g.transmissionMapTransform)),g.thickness.value=m.thickness,m.thicknessMap&&(g.thicknessMap.value=m.thicknessMap,t(m.thicknessMap,g.thicknessMapTransform)),g.attenuationDistance.value=m.attenuationDistance,g.attenuationColor.value.copy(m.attenuationColor)),m.anisotropy>0&&(g.anisotropyVector.value.set(m.anisotropy*Math.cos(m.anisotropyRotation),m.anisotropy*Math.sin(m.anisotropyRotation)),m.anisotropyMap&&(g.anisotropyMap.value=m.anisotropyMap,t(m.anisotropyMap,g.anisotropyMapTransform))),g.specularIntensity.value=m.specularIntensity,g.specularColor.value.copy(m.specularColor),m.specularColorMap&&(g.specularColorMap.value=m.specularColorMap,t(m.specularColorMap,g.specularColorMapTransform)),m.specularIntensityMap&&(g.specularIntensityMap.value=m.specularIntensityMap,t(m.specularIntensityMap,g.specularIntensityMapTransform))}function p(g,m){m.matcap&&(g.matcap.value=m.matcap)}function y(g,m){let x=e.get(m).light;g.referencePosition.value.setFromMatrixPosition(x.matrixWorld),g.nearDistance.value=x.shadow.camera.near,g.farDistance.value=x.shadow.camera.far}return{refreshFogUniforms:n,refreshMaterialUniforms:r}}function hb(i,e,t,n){let r={},s={};function o(x,_){let b=_.program;n.uniformBlockBinding(x,b,r[x.id])}function a(x,_){let b=r[x.id];b===void 0&&(p(x),b=l(x),r[x.id]=b,x.addEventListener("dispose",g));let w=_.program;n.updateUBOMapping(x,w);let A=e.render.frame;s[x.id]!==A&&(c(x),s[x.id]=A)}function l(x){let _=i.createBuffer(),b=x.__size,w=x.usage;return i.bindBuffer(i.UNIFORM_BUFFER,_),i.bufferData(i.UNIFORM_BUFFER,b,w),i.bindBuffer(i.UNIFORM_BUFFER,null),_}function c(x){let _=r[x.id],b=x.uniforms,w=x.__cache;i.bindBuffer(i.UNIFORM_BUFFER,_);for(let A=0,v=b.length;A<v;A++){let S=b[A];if(Array.isArray(S))for(let N=0,I=S.length;N<I;N++)u(S[N],A,N,w);else u(S,A,0,w)}i.bindBuffer(i.UNIFORM_BUFFER,null)}function u(x,_,b,w){if(d(x,_,b,w)===!0){let A=x.__offset,v=x.value;if(Array.isArray(v)){let S=0;for(let N=0;N<v.length;N++){let I=v[N],R=y(I,!0);h(I,x.__data,S),S+=R.storage/Float32Array.BYTES_PER_ELEMENT}}else h(v,x.__data,0);i.bufferSubData(i.UNIFORM_BUFFER,A,x.__data)}}function h(x,_,b){typeof x=="number"||typeof x=="boolean"?_[b]=x:x.isMatrix3?(_[b]=x.elements[0],_[b+1]=x.elements[1],_[b+2]=x.elements[2],_[b+3]=0,_[b+4]=x.elements[3],_[b+5]=x.elements[4],_[b+6]=x.elements[5],_[b+7]=0,_[b+8]=x.elements[6],_[b+9]=x.elements[7],_[b+10]=x.elements[8],_[b+11]=0):ArrayBuffer.isView(x)?_.set(x.subarray(0,_.length-b),b):x.toArray(_,b)}function d(x,_,b,w){let A=x.value,v=_+"_"+b;if(Array.isArray(A)){w[v]===void 0&&(w[v]=[]);let S=w[v],N=!1;for(let I=0;I<A.length;I++)f(A[I],S,I)===!0&&(N=!0);return N}return f(A,w,v)}function f(x,_,b){if(_[b]===void 0)return typeof x=="number"||typeof x=="boolean"?_[b]=x:ArrayBuffer.isView(x)?_[b]=x.slice():_[b]=x.clone(),!0;{let w=_[b];if(typeof x=="number"||typeof x=="boolean"){if(w!==x)return _[b]=x,!0}else{if(ArrayBuffer.isView(x))return!0;if(w.equals(x)===!1)return w.copy(x),!0}}return!1}function p(x){let _=x.uniforms,b=0,w=16;for(let v=0,S=_.length;v<S;v++){let N=Array.isArray(_[v])?_[v]:[_[v]];for(let I=0,R=N.length;I<R;I++){let C=N[I],D=Array.isArray(C.value)?C.value:[C.value],L=Array.isArray(_[v])||Array.isArray(C.value),z=b;for(let B=0,Y=D.length;B<Y;B++){let V=D[B],j=y(V,L),ne=b%w,be=ne%j.boundary,Pe=ne+be;b+=be,Pe!==0&&w-Pe<j.storage&&(b+=w-Pe),B===0&&(z=b),b+=j.storage}let k=C.type==="int"?Int32Array:C.type==="uint"?Uint32Array:Float32Array;C.__data=new k((b-z)/Float32Array.BYTES_PER_ELEMENT),C.__offset=z}}let A=b%w;return A>0&&(b+=w-A),x.__size=b,x.__cache={},this}function y(x,_){let b={boundary:0,storage:0};return typeof x=="number"||typeof x=="boolean"?(b.boundary=4,b.storage=4):x.isVector2?(b.boundary=8,b.storage=8):x.isVector3||x.isColor?(b.boundary=16,b.storage=12):x.isVector4?(b.boundary=16,b.storage=16):x.isMatrix3?(b.boundary=16,b.storage=48):x.isMatrix4?(b.boundary=16,b.storage=64):x.isTexture?Re("WebGLRenderer: Texture samplers can not be part of an uniforms group."):ArrayBuffer.isView(x)?(b.boundary=16,b.storage=x.byteLength):Re("WebGLRenderer: Unsupported uniform value type.",x),_===!0&&(b.boundary=16,b.storage=Math.ceil(b.storage/16)*16),b}function g(x){let _=x.target;_.removeEventListener("dispose",g),i.deleteBuffer(r[_.id]),delete r[_.id],delete s[_.id]}function m(){for(let x in r)i.deleteBuffer(r[x]);r={},s={}}return{bind:o,update:a,dispose:m}}var db=new Uint16Array([12469,15057,12620,14925,13266,14620,13807,14376,14323,13990,14545,13625,14713,13328,14840,12882,14931,12528,14996,12233,15039,11829,15066,11525,15080,11295,15085,10976,15082,10705,15073,10495,13880,14564,13898,14542,13977,14430,14158,14124,14393,13732,14556,13410,14702,12996,14814,12596,14891,12291,14937,11834,14957,11489,14958,11194,14943,10803,14921,10506,14893,10278,14858,9960,14484,14039,14487,14025,14499,13941,14524,13740,14574,13468,14654,13106,14743,12678,14818,12344,14867,11893,14889,11509,14893,11180,14881,10751,14852,10428,14812,10128,14765,9754,14712,9466,14764,13480,14764,13475,14766,13440,14766,13347,14769,13070,14786,12713,14816,12387,14844,11957,14860,11549,14868,11215,14855,10751,14825,10403,14782,10044,14729,9651,14666,9352,14599,9029,14967,12835,14966,12831,14963,12804,14954,12723,14936,12564,14917,12347,14900,11958,14886,11569,14878,11247,14859,10765,14828,10401,14784,10011,14727,9600,14660,9289,14586,8893,14508,8533,15111,12234,15110,12234,15104,12216,15092,12156,15067,12010,15028,11776,14981,11500,14942,11205,14902,10752,14861,10393,14812,9991,14752,9570,14682,9252,14603,8808,14519,8445,14431,8145,15209,11449,15208,11451,15202,11451,15190,11438,15163,11384,15117,11274,15055,10979,14994,10648,14932,10343,14871,9936,14803,9532,14729,9218,14645,8742,14556,8381,14461,8020,14365,7603,15273,10603,15272,10607,15267,10619,15256,10631,15231,10614,15182,10535,15118,10389,15042,10167,14963,9787,14883,9447,14800,9115,14710,8665,14615,8318,14514,7911,14411,7507,14279,7198,15314,9675,15313,9683,15309,9712,15298,9759,15277,9797,15229,9773,15166,9668,15084,9487,14995,9274,14898,8910,14800,8539,14697,8234,14590,7790,14479,7409,14367,7067,14178,6621,15337,8619,15337,8631,15333,8677,15325,8769,15305,8871,15264,8940,15202,8909,15119,8775,15022,8565,14916,8328,14804,8009,14688,7614,14569,7287,14448,6888,14321,6483,14088,6171,15350,7402,15350,7419,15347,7480,15340,7613,15322,7804,15287,7973,15229,8057,15148,8012,15046,7846,14933,7611,14810,7357,14682,7069,14552,6656,14421,6316,14251,5948,14007,5528,15356,5942,15356,5977,15353,6119,15348,6294,15332,6551,15302,6824,15249,7044,15171,7122,15070,7050,14949,6861,14818,6611,14679,6349,14538,6067,14398,5651,14189,5311,13935,4958,15359,4123,15359,4153,15356,4296,15353,4646,15338,5160,15311,5508,15263,5829,15188,6042,15088,6094,14966,6001,14826,5796,14678,5543,14527,5287,14377,4985,14133,4586,13869,4257,15360,1563,15360,1642,15358,2076,15354,2636,15341,3350,15317,4019,15273,4429,15203,4732,15105,4911,14981,4932,14836,4818,14679,4621,14517,4386,14359,4156,14083,3795,13808,3437,15360,122,15360,137,15358,285,15355,636,15344,1274,15322,2177,15281,2765,15215,3223,15120,3451,14995,3569,14846,3567,14681,3466,14511,3305,14344,3121,14037,2800,13753,2467,15360,0,15360,1,15359,21,15355,89,15346,253,15325,479,15287,796,15225,1148,15133,1492,15008,1749,14856,1882,14685,1886,14506,1783,14324,1608,13996,1398,13702,1183]),Mn=null;function fb(){return Mn===null&&(Mn=new Ji(db,16,16,si,pn),Mn.name="DFG_LUT",Mn.minFilter=Ct,Mn.magFilter=Ct,Mn.wrapS=xn,Mn.wrapT=xn,Mn.generateMipmaps=!1,Mn.needsUpdate=!0),Mn}var Ca=class{constructor(e={}){let{canvas:t=fd(),context:n=null,depth:r=!0,stencil:s=!1,alpha:o=!1,antialias:a=!1,premultipliedAlpha:l=!0,preserveDrawingBuffer:c=!1,powerPreference:u="default",failIfMajorPerformanceCaveat:h=!1,reversedDepthBuffer:d=!1,outputBufferType:f=Kt}=e;this.isWebGLRenderer=!0;let p;if(n!==null){if(typeof WebGLRenderingContext<"u"&&n instanceof WebGLRenderingContext)throw new Error("THREE.WebGLRenderer: WebGL 1 is not supported since r163.");p=n.getContextAttributes().alpha}else p=o;let y=f,g=new Set([Yo,qo,$o]),m=new Set([Kt,dn,or,_i,Wo,Xo]),x=new Uint32Array(4),_=new Int32Array(4),b={textures:[],min:[],max:[],resolution:[]},w=null,A=null,v=[],S=[],N=null;this.domElement=t,this.debug={checkShaderErrors:!0,diagnostics:{keywords:!1},onShaderError:null},this.autoClear=!0,this.autoClearColor=!0,this.autoClearDepth=!0,this.autoClearStencil=!0,this.sortObjects=!0,this.clippingPlanes=[],this.localClippingEnabled=!1,this.toneMapping=Sn,this.toneMappingExposure=1,this.transmissionResolutionScale=1;let I=this,R=!1,C=null,D=null,L=null,z=null;this._outputColorSpace=$t;let k=0,B=0,Y=null,V=-1,j=null,ne=new ut,be=new ut,Pe=null,Z=new ze(0),ie=0,ve=t.width,we=t.height,me=1,Ue=null,ft=null,Ie=new ut(0,0,ve,we),Je=new ut(0,0,ve,we),Qe=!1,Ge=new yi,Et=new bo,yt=!1,zt=!1,lt=new nt,gn=new $,_t=new ut,Zt={background:null,fog:null,environment:null,overrideMaterial:null,isScene:!0},Qt=!1;function en(){return Y===null?me:1}let G=n;function tn(T,O){return t.getContext(T,O)}let st,ot,pe,xt,Ce,Fe,F,M,W,re,te,ae,de,J,Q,ce,U,ee,K,ue,oe,le,Ee;try{let T={alpha:!0,depth:r,stencil:s,antialias:a,premultipliedAlpha:l,preserveDrawingBuffer:c,powerPreference:u,failIfMajorPerformanceCaveat:h};if("setAttribute"in t&&t.setAttribute("data-engine",`three.js r${"187"}`),t.addEventListener("webglcontextlost",Te,!1),t.addEventListener("webglcontextrestored",Oe,!1),t.addEventListener("webglcontextcreationerror",ge,!1),G===null){let O="webgl2";if(G=tn(O,T),G===null)throw tn(O)?new Error("THREE.WebGLRenderer: Error creating WebGL context with your selected attributes."):new Error("THREE.WebGLRenderer: Error creating WebGL context.")}Be()}catch(T){throw t.removeEventListener("webglcontextlost",Te,!1),t.removeEventListener("webglcontextrestored",Oe,!1),t.removeEventListener("webglcontextcreationerror",ge,!1),Le("WebGLRenderer: "+T.message),T}function Be(){st=new Mx(G),st.init(),oe=new ob(G,st),ot=new fx(G,st,e,oe),pe=new rb(G,st),ot.reversedDepthBuffer&&d&&pe.buffers.depth.setReversed(!0),D=G.createFramebuffer(),L=G.createFramebuffer(),z=G.createFramebuffer(),xt=new Tx(G),Ce=new Wv,Fe=new sb(G,st,pe,Ce,ot,oe,xt),F=new Sx(I),M=new Rg(G),le=new hx(G,M),W=new wx(G,M,xt,le),re=new Rx(G,W,M,le,xt),ee=new Cx(G,ot,Fe),Q=new px(Ce),te=new Hv(I,F,st,ot,le,Q),ae=new ub(I,Ce),de=new $v,J=new Zv(st),U=new ux(I,F,pe,re,p,l),ce=new ib(I,re,ot),Ee=new hb(G,xt,ot,pe),K=new dx(G,st,xt),ue=new Ex(G,st,xt),xt.programs=te.programs,I.capabilities=ot,I.extensions=st,I.properties=Ce,I.renderLists=de,I.shadowMap=ce,I.state=pe,I.info=xt}y!==Kt&&(N=new Px(y,t.width,t.height,a,r,s));let se=new qc(I,G);this.xr=se,this.getContext=function(){return G},this.getContextAttributes=function(){return G.getContextAttributes()},this.forceContextLoss=function(){let T=st.get("WEBGL_lose_context");T&&T.loseContext()},this.forceContextRestore=function(){let T=st.get("WEBGL_lose_context");T&&T.restoreContext()},this.getPixelRatio=function(){return me},this.setPixelRatio=function(T){T!==void 0&&(me=T,this.setSize(ve,we,!1))},this.getSize=function(T){return T.set(ve,we)},this.setSize=function(T,O,q=!0){if(se.isPresenting){Re("WebGLRenderer: Can't change size while VR device is presenting.");return}ve=T,we=O,t.width=Math.floor(T*me),t.height=Math.floor(O*me),q===!0&&(t.style.width=T+"px",t.style.height=O+"px"),N!==null&&N.setSize(t.width,t.height),this.setViewport(0,0,T,O)},this.getDrawingBufferSize=function(T){return T.set(ve*me,we*me).floor()},this.setDrawingBufferSize=function(T,O,q){ve=T,we=O,me=q,t.width=Math.floor(T*q),t.height=Math.floor(O*q),this.setViewport(0,0,T,O)},this.setEffects=function(T){if(y===Kt){Le("WebGLRenderer: setEffects() requires outputBufferType set to HalfFloatType or FloatType.");return}if(T){for(let O=0;O<T.length;O++)if(T[O].isOutputPass===!0){Re("WebGLRenderer: OutputPass is not needed in setEffects(). Tone mapping and color space conversion are applied automatically.");break}}N.setEffects(T||[])},this.getCurrentViewport=function(T){return T.copy(ne)},this.getViewport=function(T){return T.copy(Ie)},this.setViewport=function(T,O,q,H){T.isVector4?Ie.set(T.x,T.y,T.z,T.w):Ie.set(T,O,q,H),pe.viewport(ne.copy(Ie).multiplyScalar(en()).round())},this.getScissor=function(T){return T.copy(Je)},this.setScissor=function(T,O,q,H){T.isVector4?Je.set(T.x,T.y,T.z,T.w):Je.set(T,O,q,H),pe.scissor(be.copy(Je).multiplyScalar(en()).round())},this.getScissorTest=function(){return Qe},this.setScissorTest=function(T){pe.setScissorTest(Qe=T)},this.setOpaqueSort=function(T){Ue=T},this.setTransparentSort=function(T){ft=T},this.getClearColor=function(T){return T.copy(U.getClearColor())},this.setClearColor=function(){U.setClearColor(...arguments)},this.getClearAlpha=function(){return U.getClearAlpha()},this.setClearAlpha=function(){U.setClearAlpha(...arguments)},this.clear=function(T=!0,O=!0,q=!0){let H=0;if(T){let X=!1;if(Y!==null){let fe=Y.texture.format;X=g.has(fe)}if(X){let fe=Y.texture.type,_e=m.has(fe),he=U.getClearColor(),xe=U.getClearAlpha(),Me=he.r,De=he.g,Ve=he.b;_e?(x[0]=Me,x[1]=De,x[2]=Ve,x[3]=xe,G.clearBufferuiv(G.COLOR,0,x)):(_[0]=Me,_[1]=De,_[2]=Ve,_[3]=xe,G.clearBufferiv(G.COLOR,0,_))}else H|=G.COLOR_BUFFER_BIT}O&&(H|=G.DEPTH_BUFFER_BIT,this.state.buffers.depth.setMask(!0)),q&&(H|=G.STENCIL_BUFFER_BIT,this.state.buffers.stencil.setMask(4294967295)),H!==0&&G.clear(H)},this.clearColor=function(){this.clear(!0,!1,!1)},this.clearDepth=function(){this.clear(!1,!0,!1)},this.clearStencil=function(){this.clear(!1,!1,!0)},this.setNodesHandler=function(T){T.setRenderer(this),C=T},this.dispose=function(){t.removeEventListener("webglcontextlost",Te,!1),t.removeEventListener("webglcontextrestored",Oe,!1),t.removeEventListener("webglcontextcreationerror",ge,!1),U.dispose(),de.dispose(),J.dispose(),Fe.dispose(),Ce.dispose(),F.dispose(),re.dispose(),W.dispose(),le.dispose(),Ee.dispose(),te.dispose(),se.dispose(),se.removeEventListener("sessionstart",ju),se.removeEventListener("sessionend",Ju),ci.stop()};function Te(T){T.preventDefault(),Tc("WebGLRenderer: Context Lost."),R=!0}function Oe(){Tc("WebGLRenderer: Context Restored."),R=!1;let T=xt.autoReset,O=ce.enabled,q=ce.autoUpdate,H=ce.needsUpdate,X=ce.type;Be(),xt.autoReset=T,ce.enabled=O,ce.autoUpdate=q,ce.needsUpdate=H,ce.type=X}function ge(T){Le("WebGLRenderer: A WebGL context could not be created. Reason: ",T.statusMessage)}function Ze(T){let O=T.target;O.removeEventListener("dispose",Ze),At(O)}function At(T){Wn(T),Ce.remove(T)}function Wn(T){let O=Ce.get(T).programs;O!==void 0&&(O.forEach(function(q){te.releaseProgram(q)}),T.isShaderMaterial&&te.releaseShaderCache(T))}this.renderBufferDirect=function(T,O,q,H,X,fe){O===null&&(O=Zt);let _e=X.isMesh&&X.matrixWorld.determinantAffine()<0,he=zm(T,O,q,H,X);pe.setMaterial(H,_e);let xe=q.index,Me=1;if(H.wireframe===!0){if(xe=W.getWireframeAttribute(q),xe===void 0)return;Me=2}let De=q.drawRange,Ve=q.attributes.position,Ae=De.start*Me,He=(De.start+De.count)*Me;fe!==null&&(Ae=Math.max(Ae,fe.start*Me),He=Math.min(He,(fe.start+fe.count)*Me)),xe!==null?(Ae=Math.max(Ae,0),He=Math.min(He,xe.count)):Ve!=null&&(Ae=Math.max(Ae,0),He=Math.min(He,Ve.count));let pt=He-Ae;if(pt<0||pt===1/0)return;le.setup(X,H,he,q,xe);let tt,et=K;if(xe!==null&&(tt=M.get(xe),et=ue,et.setIndex(tt)),X.isMesh)H.wireframe===!0?(pe.setLineWidth(H.wireframeLinewidth*en()),et.setMode(G.LINES)):et.setMode(G.TRIANGLES);else if(X.isLine){let It=H.linewidth;It===void 0&&(It=1),pe.setLineWidth(It*en()),X.isLineSegments?et.setMode(G.LINES):X.isLineLoop?et.setMode(G.LINE_LOOP):et.setMode(G.LINE_STRIP)}else X.isPoints?et.setMode(G.POINTS):X.isSprite&&et.setMode(G.TRIANGLES);if(X.isBatchedMesh)if(st.get("WEBGL_multi_draw"))et.renderMultiDraw(X._multiDrawStarts,X._multiDrawCounts,X._multiDrawCount);else{let It=X._multiDrawStarts,Se=X._multiDrawCounts,Ot=X._multiDrawCount,Ke=xe?M.get(xe).bytesPerElement:1,ui=Ce.get(H).currentProgram.getUniforms();for(let Pt=0;Pt<Ot;Pt++)ui.setValue(G,"_gl_DrawID",Pt),et.render(It[Pt]/Ke,Se[Pt])}else if(X.isInstancedMesh)et.renderInstances(Ae,pt,X.count);else if(q.isInstancedBufferGeometry){let It=q._maxInstanceCount!==void 0?q._maxInstanceCount:1/0,Se=Math.min(q.instanceCount,It);et.renderInstances(Ae,pt,Se)}else et.render(Ae,pt)};function Ku(T,O,q,H){C!==null&&T.isNodeMaterial&&C.setObject(H,T),yt===!0&&Q.setState(T,q,!1),T.transparent===!0&&T.side===An&&T.forceSinglePass===!1?(T.side=kt,T.needsUpdate=!0,Mr(T,O,H),T.side=ri,T.needsUpdate=!0,Mr(T,O,H),T.side=An):Mr(T,O,H)}this.compile=function(T,O,q=null){q===null&&(q=T),C!==null&&C.renderStart(T,O,q),A=J.get(q),A.init(O),S.push(A),q.traverseVisible(function(X){X.isLight&&X.layers.test(O.layers)&&(A.pushLight(X),X.castShadow&&A.pushShadow(X))}),T!==q&&T.traverseVisible(function(X){X.isLight&&X.layers.test(O.layers)&&(A.pushLight(X),X.castShadow&&A.pushShadow(X))}),A.setupLights(),C!==null&&C.updateLights(A.state.lightsArray),zt=this.localClippingEnabled,yt=Q.init(this.clippingPlanes,zt),yt===!0&&Q.setGlobalState(this.clippingPlanes,O),C!==null&&ce.render(A.state.shadowsArray,q,O);let H=new Set;return T.traverse(function(X){if(!(X.isMesh||X.isPoints||X.isLine||X.isSprite))return;let fe=X.material;if(fe)if(Array.isArray(fe))for(let _e=0;_e<fe.length;_e++){let he=fe[_e];Ku(he,q,O,X),H.add(he)}else Ku(fe,q,O,X),H.add(fe)}),A=S.pop(),C!==null&&C.renderEnd(),H},this.compileAsync=function(T,O,q=null){let H=this.compile(T,O,q);return new Promise(X=>{function fe(){if(H.forEach(function(_e){let xe=Ce.get(_e).currentProgram;(xe===void 0||xe.isReady())&&H.delete(_e)}),H.size===0){X(T);return}setTimeout(fe,10)}st.get("KHR_parallel_shader_compile")!==null?fe():setTimeout(fe,10)})};let _l=null;function Bm(T){_l&&_l(T)}function ju(){ci.stop()}function Ju(){ci.start()}let ci=new Hd;ci.setAnimationLoop(Bm),typeof self<"u"&&ci.setContext(self),this.setAnimationLoop=function(T){_l=T,se.setAnimationLoop(T),T===null?ci.stop():ci.start()},se.addEventListener("sessionstart",ju),se.addEventListener("sessionend",Ju),this.render=function(T,O){if(O!==void 0&&O.isCamera!==!0){Le("WebGLRenderer.render: camera is not an instance of THREE.Camera.");return}if(R===!0)return;C!==null&&C.renderStart(T,O);let q=se.enabled===!0&&se.isPresenting===!0,H=N!==null&&(Y===null||q)&&N.begin(I,Y);if(T.matrixWorldAutoUpdate===!0&&T.updateMatrixWorld(),O.parent===null&&O.matrixWorldAutoUpdate===!0&&O.updateMatrixWorld(),se.enabled===!0&&se.isPresenting===!0&&(N===null||N.isCompositing()===!1)&&(se.cameraAutoUpdate===!0&&se.updateCamera(O),O=se.getCamera()),T.isScene===!0&&T.onBeforeRender(I,T,O,Y),A=J.get(T,S.length),A.init(O),A.state.textureUnits=Fe.getTextureUnits(),S.push(A),lt.multiplyMatrices(O.projectionMatrix,O.matrixWorldInverse),O.isArrayCamera?Et.setFromArrayCamera(O):Ge.setFromProjectionMatrix(lt,rn,O.reversedDepth),zt=this.localClippingEnabled,yt=Q.init(this.clippingPlanes,zt),w=de.get(T,v.length),w.init(),v.push(w),this.info.render.frame++,se.enabled===!0&&se.isPresenting===!0){let _e=I.xr.getDepthSensingMesh();_e!==null&&Al(_e,O,-1/0,I.sortObjects)}Al(T,O,0,I.sortObjects),w.finish(),C!==null&&C.updateLights(A.state.lightsArray),I.sortObjects===!0&&w.sort(Ue,ft),Qt=se.enabled===!1||se.isPresenting===!1||se.hasDepthSensing()===!1,Qt&&U.addToRenderList(w,T),this.info.autoReset===!0&&this.info.reset(),yt===!0&&Q.beginShadows();let X=A.state.shadowsArray;if(ce.render(X,T,O),yt===!0&&Q.endShadows(),(H&&N.hasRenderPass())===!1){let _e=w.opaque,he=w.transmissive;if(A.setupLights(),O.isArrayCamera){let xe=O.cameras;if(he.length>0)for(let Me=0,De=xe.length;Me<De;Me++){let Ve=xe[Me];Qu(_e,he,T,Ve)}Qt&&U.render(T);for(let Me=0,De=xe.length;Me<De;Me++){let Ve=xe[Me];Zu(w,T,Ve,Ve.viewport)}}else he.length>0&&Qu(_e,he,T,O),Qt&&U.render(T),Zu(w,T,O)}Y!==null&&B===0&&(Fe.updateMultisampleRenderTarget(Y),Fe.updateRenderTargetMipmap(Y)),H&&N.end(I),T.isScene===!0&&T.onAfterRender(I,T,O),le.resetDefaultState(),V=-1,j=null,S.pop(),S.length>0?(A=S[S.length-1],Fe.setTextureUnits(A.state.textureUnits),yt===!0&&Q.setGlobalState(I.clippingPlanes,A.state.camera)):A=null,v.pop(),v.length>0?w=v[v.length-1]:w=null,C!==null&&C.renderEnd()};function Al(T,O,q,H){if(T.visible===!1)return;if(T.layers.test(O.layers)){if(T.isGroup)q=T.renderOrder;else if(T.isLOD)T.autoUpdate===!0&&T.update(O);else if(T.isLight)A.pushLight(T),T.castShadow&&A.pushShadow(T);else if(T.isSprite){let _e=O.isArrayCamera?Et:Ge;if(!T.frustumCulled||T.intersectsFrustum(_e)){H&&_t.setFromMatrixPosition(T.matrixWorld).applyMatrix4(lt);let he=re.update(T),xe=T.material;xe.visible&&w.push(T,he,xe,q,_t.z,null,O)}}else if(T.isMesh||T.isLine||T.isPoints){let _e=O.isArrayCamera?Et:Ge;if(!T.frustumCulled||T.intersectsFrustum(_e)){let he=re.update(T),xe=T.material;if(H&&(T.boundingSphere!==void 0?(T.boundingSphere===null&&T.computeBoundingSphere(),_t.copy(T.boundingSphere.center)):(he.boundingSphere===null&&he.computeBoundingSphere(),_t.copy(he.boundingSphere.center)),_t.applyMatrix4(T.matrixWorld).applyMatrix4(lt)),Array.isArray(xe)){let Me=he.groups;for(let De=0,Ve=Me.length;De<Ve;De++){let Ae=Me[De],He=xe[Ae.materialIndex];He&&He.visible&&w.push(T,he,He,q,_t.z,Ae,O)}}else xe.visible&&w.push(T,he,xe,q,_t.z,null,O)}}}let fe=T.children;for(let _e=0,he=fe.length;_e<he;_e++)Al(fe[_e],O,q,H)}function Zu(T,O,q,H){let{opaque:X,transmissive:fe,transparent:_e}=T;A.setupLightsView(q),yt===!0&&Q.setGlobalState(I.clippingPlanes,q),H&&pe.viewport(ne.copy(H)),X.length>0&&Rs(X,O,q),fe.length>0&&Rs(fe,O,q),_e.length>0&&Rs(_e,O,q),pe.buffers.depth.setTest(!0),pe.buffers.depth.setMask(!0),pe.buffers.color.setMask(!0),pe.setPolygonOffset(!1)}function Qu(T,O,q,H){if((q.isScene===!0?q.overrideMaterial:null)!==null)return;if(A.state.transmissionRenderTarget[H.id]===void 0){let Ae=st.has("EXT_color_buffer_half_float")||st.has("EXT_color_buffer_float");A.state.transmissionRenderTarget[H.id]=new qt(1,1,{generateMipmaps:!0,type:Ae?pn:Kt,minFilter:Bn,samples:Math.max(4,ot.samples),stencilBuffer:s,resolveDepthBuffer:!1,resolveStencilBuffer:!1,storeMultisampledDepthBuffer:!1,storeMultisampledStencilBuffer:!1,colorSpace:We.workingColorSpace})}let fe=A.state.transmissionRenderTarget[H.id],_e=H.viewport||ne;fe.setSize(_e.z*I.transmissionResolutionScale,_e.w*I.transmissionResolutionScale);let he=I.getRenderTarget(),xe=I.getActiveCubeFace(),Me=I.getActiveMipmapLevel();I.setRenderTarget(fe),I.getClearColor(Z),ie=I.getClearAlpha(),ie<1&&I.setClearColor(16777215,.5),I.clear(),Qt&&U.render(q);let De=I.toneMapping;I.toneMapping=Sn;let Ve=H.viewport;if(H.viewport!==void 0&&(H.viewport=void 0),A.setupLightsView(H),yt===!0&&Q.setGlobalState(I.clippingPlanes,H),Rs(T,q,H),Fe.updateMultisampleRenderTarget(fe),Fe.updateRenderTargetMipmap(fe),st.has("WEBGL_multisampled_render_to_texture")===!1){let Ae=!1;for(let He=0,pt=O.length;He<pt;He++){let tt=O[He],{object:et,geometry:It,material:Se,group:Ot}=tt;if(Se.side===An&&et.layers.test(H.layers)){let Ke=Se.side;Se.side=kt,Se.needsUpdate=!0,eh(et,q,H,It,Se,Ot),Se.side=Ke,Se.needsUpdate=!0,Ae=!0}}Ae===!0&&(Fe.updateMultisampleRenderTarget(fe),Fe.updateRenderTargetMipmap(fe))}I.setRenderTarget(he,xe,Me),I.setClearColor(Z,ie),Ve!==void 0&&(H.viewport=Ve),I.toneMapping=De}function Rs(T,O,q){let H=O.isScene===!0?O.overrideMaterial:null;for(let X=0,fe=T.length;X<fe;X++){let _e=T[X],{object:he,geometry:xe,group:Me}=_e,De=_e.material;De.allowOverride===!0&&H!==null&&(De=H),he.layers.test(q.layers)&&eh(he,O,q,xe,De,Me)}}function eh(T,O,q,H,X,fe){C!==null&&X.isNodeMaterial&&C.setObject(T,X),T.onBeforeRender(I,O,q,H,X,fe),T.modelViewMatrix.multiplyMatrices(q.matrixWorldInverse,T.matrixWorld),T.normalMatrix.getNormalMatrix(T.modelViewMatrix),X.onBeforeRender(I,O,q,H,T,fe),X.transparent===!0&&X.side===An&&X.forceSinglePass===!1?(X.side=kt,X.needsUpdate=!0,I.renderBufferDirect(q,O,H,X,T,fe),X.side=ri,X.needsUpdate=!0,I.renderBufferDirect(q,O,H,X,T,fe),X.side=An):I.renderBufferDirect(q,O,H,X,T,fe),T.onAfterRender(I,O,q,H,X,fe)}function th(T){let O=0;for(let q of T)q.texture!==null&&O++;return O}function Mr(T,O,q){O.isScene!==!0&&(O=Zt);let H=Ce.get(T),X=A.state.lights,fe=A.state.shadowsArray,_e=X.state.version,he=te.getParameters(T,X.state,fe,O,q,A.state.lightProbeGridArray),xe=te.getProgramCacheKey(he),Me=H.programs;H.environment=T.isMeshStandardMaterial||T.isMeshLambertMaterial||T.isMeshPhongMaterial?O.environment:null,H.fog=O.fog;let De=T.isMeshStandardMaterial||T.isMeshLambertMaterial&&!T.envMap||T.isMeshPhongMaterial&&!T.envMap;H.envMap=F.get(T.envMap||H.environment,De),H.envMapRotation=H.environment!==null&&T.envMap===null?O.environmentRotation:T.envMapRotation,Me===void 0&&(T.addEventListener("dispose",Ze),Me=new Map,H.programs=Me,H.programVariants=new Map);let Ve=Me.get(xe);if(Ve!==void 0){if(H.currentProgram===Ve&&H.lightsStateVersion===_e)return ih(T,he),Ve}else he.uniforms=te.getUniforms(T),C!==null&&T.isNodeMaterial&&C.build(T,q,he),T.onBeforeCompile(he,I),Ve=te.acquireProgram(he,xe),Me.set(xe,Ve),H.uniforms=he.uniforms;let Ae=H.uniforms;return(!T.isShaderMaterial&&!T.isRawShaderMaterial||T.clipping===!0)&&(Ae.clippingPlanes=Q.uniform),ih(T,he),H.needsLights=Vm(T),H.lightsStateVersion=_e,H.needsLights&&(Ae.ambientLightColor.value=X.state.ambient,Ae.lightProbe.value=X.state.probe,Ae.sunLights.value=X.state.sun,Ae.sunLightShadows.value=X.state.sunShadow,Ae.directionalLights.value=X.state.directional,Ae.directionalLightShadows.value=X.state.directionalShadow,Ae.spotLights.value=X.state.spot,Ae.spotLightShadows.value=X.state.spotShadow,Ae.rectAreaLights.value=X.state.rectArea,Ae.ltc_1.value=X.state.rectAreaLTC1,Ae.ltc_2.value=X.state.rectAreaLTC2,Ae.pointLights.value=X.state.point,Ae.pointLightShadows.value=X.state.pointShadow,Ae.hemisphereLights.value=X.state.hemi,Ae.sunShadowMatrix.value=X.state.sunShadowMatrix,Ae.sunShadowCascade.value=X.state.sunShadowCascade,Ae.directionalShadowMatrix.value=X.state.directionalShadowMatrix,Ae.spotLightMatrix.value=X.state.spotLightMatrix,Ae.spotLightMap.value=X.state.spotLightMap,Ae.pointShadowMatrix.value=X.state.pointShadowMatrix),H.numLightProbeGrids=th(A.state.lightProbeGridArray),H.currentProgram=Ve,H.uniformsList=null,Ve}function km(T,O,q,H,X){let fe=Ce.get(T),_e=fe.currentProgram.id+","+H+","+X,he=fe.programVariants.get(_e);return he===void 0?(he=Mr(T,O,q),fe.programVariants.set(_e,he)):(fe.currentProgram=he,fe.uniformsList=null,fe.outputColorSpace=H,fe.toneMapping=X),he}function nh(T){if(T.uniformsList===null){let O=T.currentProgram.getUniforms();T.uniformsList=ar.seqWithValue(O.seq,T.uniforms)}return T.uniformsList}function ih(T,O){let q=Ce.get(T);q.outputColorSpace=O.outputColorSpace,q.batching=O.batching,q.batchingColor=O.batchingColor,q.instancing=O.instancing,q.instancingColor=O.instancingColor,q.instancingMorph=O.instancingMorph,q.skinning=O.skinning,q.morphTargets=O.morphTargets,q.morphNormals=O.morphNormals,q.morphColors=O.morphColors,q.morphTargetsCount=O.morphTargetsCount,q.numClippingPlanes=O.numClippingPlanes,q.numIntersection=O.numClipIntersection,q.vertexAlphas=O.vertexAlphas,q.vertexTangents=O.vertexTangents,q.toneMapping=O.toneMapping}function zm(T,O,q,H,X){O.isScene!==!0&&(O=Zt),Fe.resetTextureUnits();let fe=O.fog,_e=H.isMeshStandardMaterial||H.isMeshLambertMaterial||H.isMeshPhongMaterial?O.environment:null,he=Y===null?I.outputColorSpace:Y.isXRRenderTarget===!0?Y.texture.colorSpace:We.workingColorSpace,xe=H.isMeshStandardMaterial||H.isMeshLambertMaterial&&!H.envMap||H.isMeshPhongMaterial&&!H.envMap,Me=F.get(H.envMap||_e,xe),De=H.vertexColors===!0&&!!q.attributes.color&&q.attributes.color.itemSize===4,Ve=!!q.attributes.tangent&&(!!H.normalMap||H.anisotropy>0),Ae=!!q.morphAttributes.position,He=!!q.morphAttributes.normal,pt=!!q.morphAttributes.color,tt=Sn;H.toneMapped&&(Y===null||Y.isXRRenderTarget===!0)&&(tt=I.toneMapping);let et=q.morphAttributes.position||q.morphAttributes.normal||q.morphAttributes.color,It=et!==void 0?et.length:0,Se=Ce.get(H),Ot=A.state.lights;if(yt===!0&&(zt===!0||T!==j)){let ct=T===j&&H.id===V;Q.setState(H,T,ct)}let Ke=!1,ui=!1;H.version===Se.__version?Se.needsLights&&Se.lightsStateVersion!==Ot.state.version||X.isBatchedMesh&&Se.batching===!1||!X.isBatchedMesh&&Se.batching===!0||X.isBatchedMesh&&Se.batchingColor===!0&&X._colorsTexture===null||X.isBatchedMesh&&Se.batchingColor===!1&&X._colorsTexture!==null||X.isInstancedMesh&&Se.instancing===!1||!X.isInstancedMesh&&Se.instancing===!0||X.isSkinnedMesh&&Se.skinning===!1||!X.isSkinnedMesh&&Se.skinning===!0||X.isInstancedMesh&&Se.instancingColor===!0&&X.instanceColor===null||X.isInstancedMesh&&Se.instancingColor===!1&&X.instanceColor!==null||X.isInstancedMesh&&Se.instancingMorph===!0&&X.morphTexture===null||X.isInstancedMesh&&Se.instancingMorph===!1&&X.morphTexture!==null||Se.envMap!==Me||H.fog===!0&&Se.fog!==fe||Se.numClippingPlanes!==void 0&&(Se.numClippingPlanes!==Q.numPlanes||Se.numIntersection!==Q.numIntersection)||Se.vertexAlphas!==De||Se.vertexTangents!==Ve||Se.morphTargets!==Ae||Se.morphNormals!==He||Se.morphColors!==pt||Se.morphTargetsCount!==It||Se.numLightProbeGrids!==th(A.state.lightProbeGridArray)?Ke=!0:(Se.outputColorSpace!==he||Se.toneMapping!==tt)&&(ui=!0):(Ke=!0,Se.__version=H.version);let Pt=Se.currentProgram;(Ke===!0||ui===!0)&&(Pt=ui===!0?km(H,O,X,he,tt):Mr(H,O,X),C&&H.isNodeMaterial&&C.onUpdateProgram(H,Pt,Se));let Is=!1,Xn=!1,hi=!1,qe=Pt.getUniforms(),Tt=Se.uniforms;if(pe.useProgram(Pt.program)&&(Is=!0,Xn=!0,hi=!0),H.id!==V&&(V=H.id,Xn=!0),Is||j!==T){pe.buffers.depth.getReversed()&&T.reversedDepth!==!0&&(T._reversedDepth=!0,T.updateProjectionMatrix()),qe.setValue(G,"projectionMatrix",T.projectionMatrix),qe.setValue(G,"viewMatrix",T.matrixWorldInverse);let St=qe.map.cameraPosition;St!==void 0&&St.setValue(G,gn.setFromMatrixPosition(T.matrixWorld)),ot.logarithmicDepthBuffer&&qe.setValue(G,"logDepthBufFC",2/(Math.log(T.far+1)/Math.LN2)),(H.isMeshPhongMaterial||H.isMeshToonMaterial||H.isMeshLambertMaterial||H.isMeshBasicMaterial||H.isMeshStandardMaterial||H.isShaderMaterial)&&qe.setValue(G,"isOrthographic",T.isOrthographicCamera===!0),j!==T&&(j=T,Xn=!0,hi=!0)}if(Se.needsLights&&(Ot.state.sunShadowMap.length>0&&qe.setValue(G,"sunShadowMap",Ot.state.sunShadowMap,Fe),Ot.state.directionalShadowMap.length>0&&qe.setValue(G,"directionalShadowMap",Ot.state.directionalShadowMap,Fe),Ot.state.spotShadowMap.length>0&&qe.setValue(G,"spotShadowMap",Ot.state.spotShadowMap,Fe),Ot.state.pointShadowMap.length>0&&qe.setValue(G,"pointShadowMap",Ot.state.pointShadowMap,Fe)),X.isSkinnedMesh){qe.setOptional(G,X,"bindMatrix"),qe.setOptional(G,X,"bindMatrixInverse");let ct=X.skeleton;ct&&(ct.boneTexture===null&&ct.computeBoneTexture(),qe.setValue(G,"boneTexture",ct.boneTexture,Fe))}X.isBatchedMesh&&(qe.setOptional(G,X,"batchingTexture"),qe.setValue(G,"batchingTexture",X._matricesTexture,Fe),qe.setOptional(G,X,"batchingIdTexture"),qe.setValue(G,"batchingIdTexture",X._indirectTexture,Fe),qe.setOptional(G,X,"batchingColorTexture"),X._colorsTexture!==null&&qe.setValue(G,"batchingColorTexture",X._colorsTexture,Fe));let an=q.morphAttributes;if((an.position!==void 0||an.normal!==void 0||an.color!==void 0)&&ee.update(X,q,Pt),(Xn||Se.receiveShadow!==X.receiveShadow)&&(Se.receiveShadow=X.receiveShadow,qe.setValue(G,"receiveShadow",X.receiveShadow)),(H.isMeshStandardMaterial||H.isMeshLambertMaterial||H.isMeshPhongMaterial)&&H.envMap===null&&O.environment!==null&&(Tt.envMapIntensity.value=O.environmentIntensity),Tt.dfgLUT!==void 0&&(Tt.dfgLUT.value=fb()),Xn){if(qe.setValue(G,"toneMappingExposure",I.toneMappingExposure),Se.needsLights&&Gm(Tt,hi),fe&&H.fog===!0&&ae.refreshFogUniforms(Tt,fe),ae.refreshMaterialUniforms(Tt,H,me,we,A.state.transmissionRenderTarget[T.id]),Se.needsLights&&Se.numLightProbeGrids>0){let ct=b,St=0;for(let Cn of A.state.lightProbeGridArray)Cn.texture!==null&&(ct.textures[St]=Cn.texture,ct.min[St]=Cn.boundingBox.min,ct.max[St]=Cn.boundingBox.max,ct.resolution[St]=Cn.resolution,St++);for(let Cn in ct)ct[Cn].length=St;Tt.probesSH.value=ct.textures,Tt.probesMin.value=ct.min,Tt.probesMax.value=ct.max,Tt.probesResolution.value=ct.resolution}ar.upload(G,nh(Se),Tt,Fe)}if(H.isShaderMaterial&&H.uniformsNeedUpdate===!0&&(ar.upload(G,nh(Se),Tt,Fe),H.uniformsNeedUpdate=!1),H.isSpriteMaterial&&qe.setValue(G,"center",X.center),qe.setValue(G,"modelViewMatrix",X.modelViewMatrix),qe.setValue(G,"normalMatrix",X.normalMatrix),qe.setValue(G,"modelMatrix",X.matrixWorld),H.uniformsGroups!==void 0){let ct=H.uniformsGroups;for(let St=0,Cn=ct.length;St<Cn;St++){let sh=ct[St];Ee.update(sh,Pt),Ee.bind(sh,Pt)}}return Pt}function Gm(T,O){T.ambientLightColor.needsUpdate=O,T.lightProbe.needsUpdate=O,T.sunLights.needsUpdate=O,T.sunLightShadows.needsUpdate=O,T.directionalLights.needsUpdate=O,T.directionalLightShadows.needsUpdate=O,T.pointLights.needsUpdate=O,T.pointLightShadows.needsUpdate=O,T.spotLights.needsUpdate=O,T.spotLightShadows.needsUpdate=O,T.rectAreaLights.needsUpdate=O,T.hemisphereLights.needsUpdate=O}function Vm(T){return T.isMeshLambertMaterial||T.isMeshToonMaterial||T.isMeshPhongMaterial||T.isMeshStandardMaterial||T.isShadowMaterial||T.isShaderMaterial&&T.lights===!0}this.getActiveCubeFace=function(){return k},this.getActiveMipmapLevel=function(){return B},this.getRenderTarget=function(){return Y},this.setRenderTargetTextures=function(T,O,q){let H=Ce.get(T);H.__autoAllocateDepthBuffer=T.resolveDepthBuffer===!1,H.__autoAllocateDepthBuffer===!1&&(H.__useRenderToTexture=!1),Ce.get(T.texture).__webglTexture=O,Ce.get(T.depthTexture).__webglTexture=H.__autoAllocateDepthBuffer?void 0:q,H.__hasExternalTextures=!0},this.setRenderTargetFramebuffer=function(T,O){let q=Ce.get(T);q.__webglFramebuffer=O,q.__useDefaultFramebuffer=O===void 0},this.setRenderTarget=function(T,O=0,q=0){Y=T,k=O,B=q;let H=null,X=!1,fe=!1;if(T){let he=Ce.get(T);if(he.__useDefaultFramebuffer!==void 0){pe.bindFramebuffer(G.FRAMEBUFFER,he.__webglFramebuffer),ne.copy(T.viewport),be.copy(T.scissor),Pe=T.scissorTest,pe.viewport(ne),pe.scissor(be),pe.setScissorTest(Pe),V=-1;return}else if(he.__webglFramebuffer===void 0)Fe.setupRenderTarget(T);else if(he.__hasExternalTextures)Fe.rebindTextures(T,Ce.get(T.texture).__webglTexture,Ce.get(T.depthTexture).__webglTexture);else if(T.depthBuffer){let De=T.depthTexture;if(he.__boundDepthTexture!==De){if(De!==null&&Ce.has(De)&&(T.width!==De.image.width||T.height!==De.image.height))throw new Error("THREE.WebGLRenderer: Attached DepthTexture is initialized to the incorrect size.");Fe.setupDepthRenderbuffer(T)}}let xe=T.texture;(xe.isData3DTexture||xe.isDataArrayTexture||xe.isCompressedArrayTexture)&&(fe=!0);let Me=Ce.get(T).__webglFramebuffer;T.isWebGLCubeRenderTarget?(Array.isArray(Me[O])?H=Me[O][q]:H=Me[O],X=!0):T.samples>0&&Fe.useMultisampledRTT(T)===!1?H=Ce.get(T).__webglMultisampledFramebuffer:Array.isArray(Me)?H=Me[q]:H=Me,ne.copy(T.viewport),be.copy(T.scissor),Pe=T.scissorTest}else ne.copy(Ie).multiplyScalar(me).floor(),be.copy(Je).multiplyScalar(me).floor(),Pe=Qe;if(q!==0&&(H=D),pe.bindFramebuffer(G.FRAMEBUFFER,H)&&pe.drawBuffers(T,H),pe.viewport(ne),pe.scissor(be),pe.setScissorTest(Pe),X){let he=Ce.get(T.texture);G.framebufferTexture2D(G.FRAMEBUFFER,G.COLOR_ATTACHMENT0,G.TEXTURE_CUBE_MAP_POSITIVE_X+O,he.__webglTexture,q)}else if(fe){let he=O;for(let xe=0;xe<T.textures.length;xe++){let Me=Ce.get(T.textures[xe]);G.framebufferTextureLayer(G.FRAMEBUFFER,G.COLOR_ATTACHMENT0+xe,Me.__webglTexture,q,he)}}else if(T!==null&&q!==0){let he=Ce.get(T.texture);G.framebufferTexture2D(G.FRAMEBUFFER,G.COLOR_ATTACHMENT0,G.TEXTURE_2D,he.__webglTexture,q)}V=-1};function rh(T){let O=Ce.get(T);return(O.__readFormat!==T.format||O.__readType!==T.type)&&(O.__readFormat=T.format,O.__readType=T.type,O.__formatReadable=ot.textureFormatReadable(T.format),O.__typeReadable=ot.textureTypeReadable(T.type)),O}this.readRenderTargetPixels=function(T,O,q,H,X,fe,_e,he=0){if(!(T&&T.isWebGLRenderTarget)){Le("WebGLRenderer.readRenderTargetPixels: renderTarget is not THREE.WebGLRenderTarget.");return}let xe=Ce.get(T).__webglFramebuffer;if(T.isWebGLCubeRenderTarget&&_e!==void 0&&(xe=xe[_e],Array.isArray(xe)&&(xe=xe[0])),xe){pe.bindFramebuffer(G.FRAMEBUFFER,xe);try{let Me=T.textures[he],De=Me.format,Ve=Me.type;T.textures.length>1&&G.readBuffer(G.COLOR_ATTACHMENT0+he);let Ae=rh(Me);if(Ae.__formatReadable===!1){Le("WebGLRenderer.readRenderTargetPixels: renderTarget is not in RGBA or implementation defined format.");return}if(Ae.__typeReadable===!1){Le("WebGLRenderer.readRenderTargetPixels: renderTarget is not in UnsignedByteType or implementation defined type.");return}O>=0&&O<=T.width-H&&q>=0&&q<=T.height-X&&G.readPixels(O,q,H,X,oe.convert(De),oe.convert(Ve),fe)}finally{let Me=Y!==null?Ce.get(Y).__webglFramebuffer:null;pe.bindFramebuffer(G.FRAMEBUFFER,Me)}}},this.readRenderTargetPixelsAsync=async function(T,O,q,H,X,fe,_e,he=0){if(!(T&&T.isWebGLRenderTarget))throw new Error("THREE.WebGLRenderer.readRenderTargetPixels: renderTarget is not THREE.WebGLRenderTarget.");let xe=Ce.get(T).__webglFramebuffer;if(T.isWebGLCubeRenderTarget&&_e!==void 0&&(xe=xe[_e],Array.isArray(xe)&&(xe=xe[0])),xe)if(O>=0&&O<=T.width-H&&q>=0&&q<=T.height-X){pe.bindFramebuffer(G.FRAMEBUFFER,xe);let Me=T.textures[he],De=Me.format,Ve=Me.type;T.textures.length>1&&G.readBuffer(G.COLOR_ATTACHMENT0+he);let Ae=rh(Me);if(Ae.__formatReadable===!1)throw new Error("THREE.WebGLRenderer.readRenderTargetPixelsAsync: renderTarget is not in RGBA or implementation defined format.");if(Ae.__typeReadable===!1)throw new Error("THREE.WebGLRenderer.readRenderTargetPixelsAsync: renderTarget is not in UnsignedByteType or implementation defined type.");let He=G.createBuffer();G.bindBuffer(G.PIXEL_PACK_BUFFER,He),G.bufferData(G.PIXEL_PACK_BUFFER,fe.byteLength,G.STREAM_READ),G.readPixels(O,q,H,X,oe.convert(De),oe.convert(Ve),0),G.bindBuffer(G.PIXEL_PACK_BUFFER,null);let pt=Y!==null?Ce.get(Y).__webglFramebuffer:null;pe.bindFramebuffer(G.FRAMEBUFFER,pt);let tt=G.fenceSync(G.SYNC_GPU_COMMANDS_COMPLETE,0);return G.flush(),await md(G,tt,4),G.bindBuffer(G.PIXEL_PACK_BUFFER,He),G.getBufferSubData(G.PIXEL_PACK_BUFFER,0,fe),G.bindBuffer(G.PIXEL_PACK_BUFFER,null),G.deleteBuffer(He),G.deleteSync(tt),fe}else throw new Error("THREE.WebGLRenderer.readRenderTargetPixelsAsync: requested read bounds are out of range.")},this.copyFramebufferToTexture=function(T,O=null,q=0){let H=Math.pow(2,-q),X=Math.floor(T.image.width*H),fe=Math.floor(T.image.height*H),_e=O!==null?O.x:0,he=O!==null?O.y:0;Fe.setTexture2D(T,0),G.copyTexSubImage2D(G.TEXTURE_2D,q,0,0,_e,he,X,fe),pe.unbindTexture()},this.copyTextureToTexture=function(T,O,q=null,H=null,X=0,fe=0){let _e,he,xe,Me,De,Ve,Ae,He,pt,tt=T.isCompressedTexture?T.mipmaps[fe]:T.image;if(q!==null)_e=q.max.x-q.min.x,he=q.max.y-q.min.y,xe=q.isBox3?q.max.z-q.min.z:1,Me=q.min.x,De=q.min.y,Ve=q.isBox3?q.min.z:0;else{let qe=Math.pow(2,-X);_e=Math.floor(tt.width*qe),he=Math.floor(tt.height*qe),T.isDataArrayTexture?xe=tt.depth:T.isData3DTexture?xe=Math.floor(tt.depth*qe):xe=1,Me=0,De=0,Ve=0}H!==null?(Ae=H.x,He=H.y,pt=H.z):(Ae=0,He=0,pt=0);let et=oe.convert(O.format),It=oe.convert(O.type),Se;O.isData3DTexture?(Fe.setTexture3D(O,0),Se=G.TEXTURE_3D):O.isDataArrayTexture||O.isCompressedArrayTexture?(Fe.setTexture2DArray(O,0),Se=G.TEXTURE_2D_ARRAY):(Fe.setTexture2D(O,0),Se=G.TEXTURE_2D),pe.activeTexture(G.TEXTURE0),pe.pixelStorei(G.UNPACK_FLIP_Y_WEBGL,O.flipY),pe.pixelStorei(G.UNPACK_PREMULTIPLY_ALPHA_WEBGL,O.premultiplyAlpha),pe.pixelStorei(G.UNPACK_ALIGNMENT,O.unpackAlignment);let Ot=pe.getParameter(G.UNPACK_ROW_LENGTH),Ke=pe.getParameter(G.UNPACK_IMAGE_HEIGHT),ui=pe.getParameter(G.UNPACK_SKIP_PIXELS),Pt=pe.getParameter(G.UNPACK_SKIP_ROWS),Is=pe.getParameter(G.UNPACK_SKIP_IMAGES);pe.pixelStorei(G.UNPACK_ROW_LENGTH,tt.width),pe.pixelStorei(G.UNPACK_IMAGE_HEIGHT,tt.height),pe.pixelStorei(G.UNPACK_SKIP_PIXELS,Me),pe.pixelStorei(G.UNPACK_SKIP_ROWS,De),pe.pixelStorei(G.UNPACK_SKIP_IMAGES,Ve);let Xn=T.isDataArrayTexture||T.isData3DTexture,hi=O.isDataArrayTexture||O.isData3DTexture;if(T.isDepthTexture){let qe=Ce.get(T),Tt=Ce.get(O),an=Ce.get(qe.__renderTarget),ct=Ce.get(Tt.__renderTarget);pe.bindFramebuffer(G.READ_FRAMEBUFFER,an.__webglFramebuffer),pe.bindFramebuffer(G.DRAW_FRAMEBUFFER,ct.__webglFramebuffer);for(let St=0;St<xe;St++)Xn&&(G.framebufferTextureLayer(G.READ_FRAMEBUFFER,G.COLOR_ATTACHMENT0,Ce.get(T).__webglTexture,X,Ve+St),G.framebufferTextureLayer(G.DRAW_FRAMEBUFFER,G.COLOR_ATTACHMENT0,Ce.get(O).__webglTexture,fe,pt+St)),G.blitFramebuffer(Me,De,Me+_e,De+he,Ae,He,Ae+_e,He+he,G.DEPTH_BUFFER_BIT,G.NEAREST);pe.bindFramebuffer(G.READ_FRAMEBUFFER,null),pe.bindFramebuffer(G.DRAW_FRAMEBUFFER,null)}else if(X!==0||T.isRenderTargetTexture||Ce.has(T)){let qe=Ce.get(T),Tt=Ce.get(O);pe.bindFramebuffer(G.READ_FRAMEBUFFER,L),pe.bindFramebuffer(G.DRAW_FRAMEBUFFER,z);for(let an=0;an<xe;an++)Xn?G.framebufferTextureLayer(G.READ_FRAMEBUFFER,G.COLOR_ATTACHMENT0,qe.__webglTexture,X,Ve+an):G.framebufferTexture2D(G.READ_FRAMEBUFFER,G.COLOR_ATTACHMENT0,G.TEXTURE_2D,qe.__webglTexture,X),hi?G.framebufferTextureLayer(G.DRAW_FRAMEBUFFER,G.COLOR_ATTACHMENT0,Tt.__webglTexture,fe,pt+an):G.framebufferTexture2D(G.DRAW_FRAMEBUFFER,G.COLOR_ATTACHMENT0,G.TEXTURE_2D,Tt.__webglTexture,fe),X!==0?G.blitFramebuffer(Me,De,Me+_e,De+he,Ae,He,Ae+_e,He+he,G.COLOR_BUFFER_BIT,G.NEAREST):hi?G.copyTexSubImage3D(Se,fe,Ae,He,pt+an,Me,De,_e,he):G.copyTexSubImage2D(Se,fe,Ae,He,Me,De,_e,he);pe.bindFramebuffer(G.READ_FRAMEBUFFER,null),pe.bindFramebuffer(G.DRAW_FRAMEBUFFER,null)}else hi?T.isDataTexture||T.isData3DTexture?G.texSubImage3D(Se,fe,Ae,He,pt,_e,he,xe,et,It,tt.data):O.isCompressedArrayTexture?G.compressedTexSubImage3D(Se,fe,Ae,He,pt,_e,he,xe,et,tt.data):G.texSubImage3D(Se,fe,Ae,He,pt,_e,he,xe,et,It,tt):T.isDataTexture?G.texSubImage2D(G.TEXTURE_2D,fe,Ae,He,_e,he,et,It,tt.data):T.isCompressedTexture?G.compressedTexSubImage2D(G.TEXTURE_2D,fe,Ae,He,tt.width,tt.height,et,tt.data):G.texSubImage2D(G.TEXTURE_2D,fe,Ae,He,_e,he,et,It,tt);pe.pixelStorei(G.UNPACK_ROW_LENGTH,Ot),pe.pixelStorei(G.UNPACK_IMAGE_HEIGHT,Ke),pe.pixelStorei(G.UNPACK_SKIP_PIXELS,ui),pe.pixelStorei(G.UNPACK_SKIP_ROWS,Pt),pe.pixelStorei(G.UNPACK_SKIP_IMAGES,Is),fe===0&&O.generateMipmaps===!0&&O.mipmapsAutoUpdate===!0&&G.generateMipmap(Se),pe.unbindTexture()},this.initRenderTarget=function(T){Ce.get(T).__webglFramebuffer===void 0&&Fe.setupRenderTarget(T)},this.initTexture=function(T){T.isCubeTexture?Fe.setTextureCube(T,0):T.isData3DTexture?Fe.setTexture3D(T,0):T.isDataArrayTexture||T.isCompressedArrayTexture?Fe.setTexture2DArray(T,0):Fe.setTexture2D(T,0),pe.unbindTexture()},this.resetState=function(){k=0,B=0,Y=null,pe.reset(),le.reset()},typeof __THREE_DEVTOOLS__<"u"&&__THREE_DEVTOOLS__.dispatchEvent(new CustomEvent("observe",{detail:this}))}get coordinateSystem(){return rn}get outputColorSpace(){return this._outputColorSpace}set outputColorSpace(e){this._outputColorSpace=e;let t=this.getContext();t.drawingBufferColorSpace=We._getDrawingBufferColorSpace(e),t.unpackColorSpace=We._getUnpackColorSpace()}};var ef={cx:0,cy:0,zoom:1},tf=()=>({theta:.6,phi:1.1,distance:3,target:new $}),Pa=class{constructor(e,t){E(this,"el",e);E(this,"onChange",t);E(this,"ortho",new tr(-1,1,1,-1,-100,100));E(this,"persp",new Bt(45,1,.01,100));E(this,"is3d",!1);E(this,"v2",{...ef});E(this,"v3",tf());E(this,"width",1);E(this,"height",1);E(this,"drag",null);E(this,"touches",new Map);E(this,"pinch",null);E(this,"moved",!1);E(this,"onMotion",null);E(this,"onDown",e=>{if(e.pointerType==="touch"&&(this.touches.set(e.pointerId,{x:e.clientX,y:e.clientY}),this.touches.size===2)){this.drag=null,this.moved=!0,this.pinch=this.pinchState();return}if(this.drag)return;let t=this.is3d&&e.button===0&&!e.shiftKey;this.drag={x:e.clientX,y:e.clientY,mode:t?"rotate":"pan",id:e.pointerId},this.moved=!1;try{this.el.setPointerCapture?.(e.pointerId)}catch{}});E(this,"onMove",e=>{if(this.touches.has(e.pointerId)&&this.touches.set(e.pointerId,{x:e.clientX,y:e.clientY}),this.pinch&&this.touches.size===2){let r=this.pinchState(),s=this.el.getBoundingClientRect();this.pan(r.mx-this.pinch.mx,this.is3d?0:r.my-this.pinch.my),this.pinch.dist>0&&r.dist>0&&this.zoom(r.dist/this.pinch.dist,r.mx-s.left,r.my-s.top),this.pinch=r;return}if(!this.drag||e.pointerId!==this.drag.id)return;let t=e.clientX-this.drag.x,n=e.clientY-this.drag.y;!this.moved&&Math.hypot(t,n)<3||(this.moved=!0,this.drag.x=e.clientX,this.drag.y=e.clientY,this.drag.mode==="rotate"?this.rotate(t,n):this.pan(t,n))});E(this,"onUp",e=>{this.touches.delete(e.pointerId),this.touches.size<2&&(this.pinch=null),this.drag&&e.pointerId===this.drag.id&&(this.drag=null)});E(this,"onKey",e=>{let t=e.shiftKey?120:40,n=(r,s)=>this.is3d?this.rotate(r,s):this.pan(r,s);switch(e.key){case"ArrowLeft":n(t,0);break;case"ArrowRight":n(-t,0);break;case"ArrowUp":n(0,t);break;case"ArrowDown":n(0,-t);break;case"+":case"=":this.zoom(1.25);break;case"-":case"_":this.zoom(.8);break;default:return}e.preventDefault()});E(this,"onWheel",e=>{e.preventDefault();let t=e.deltaMode===1?16:e.deltaMode===2?this.height:1,n=e.deltaX*t,r=e.deltaY*t,s=this.el.getBoundingClientRect(),o=e.clientX-s.left,a=e.clientY-s.top;if(e.ctrlKey){this.zoom(Math.exp(-r*.01),o,a);return}if(Math.abs(n)>Math.abs(r)){this.is3d?this.rotate(-n,0):this.pan(-n,0);return}this.zoom(Math.exp(-r*.0015),o,a)});e.addEventListener("pointerdown",this.onDown),e.addEventListener("pointermove",this.onMove),e.addEventListener("pointerup",this.onUp),e.addEventListener("pointercancel",this.onUp),e.addEventListener("wheel",this.onWheel,{passive:!1}),e.addEventListener("dblclick",()=>this.reset()),e.addEventListener("contextmenu",n=>n.preventDefault()),e.addEventListener("keydown",this.onKey),e.tabIndex<0&&(e.tabIndex=0),this.update()}get camera(){return this.is3d?this.persp:this.ortho}get dragging(){return this.drag!==null||this.pinch!==null}get halfHeight(){return 1.12/this.v2.zoom}get zoomScale(){let e=this.is3d?3.6/this.v3.distance:this.v2.zoom;return Math.min(6,Math.max(.5,Math.sqrt(e)))}setSize(e,t){this.width=Math.max(1,e),this.height=Math.max(1,t),this.update()}set3d(e){this.is3d=e,this.update()}reset(){this.v2={...ef},this.v3=tf(),this.update()}update(){let e=this.width/this.height,t=this.halfHeight,n=e<1?1/e:1,r=this.ortho;r.left=this.v2.cx-t*e*n,r.right=this.v2.cx+t*e*n,r.top=this.v2.cy+t*n,r.bottom=this.v2.cy-t*n,r.position.set(0,0,10),r.lookAt(0,0,0),r.updateProjectionMatrix(),r.updateMatrixWorld();let s=this.persp;s.aspect=e;let{theta:o,phi:a,distance:l,target:c}=this.v3;s.position.set(c.x+l*Math.sin(a)*Math.sin(o),c.y+l*Math.cos(a),c.z+l*Math.sin(a)*Math.cos(o)),s.up.set(0,1,0),s.lookAt(c),s.updateProjectionMatrix(),s.updateMatrixWorld(),this.onChange()}get worldPerPx(){return(this.ortho.top-this.ortho.bottom)/this.height}pan(e,t){if(this.onMotion?.(),this.is3d){let n=2*this.v3.distance*Math.tan(this.persp.fov*Math.PI/360)/this.height,r=new $().setFromMatrixColumn(this.persp.matrixWorld,0),s=new $().setFromMatrixColumn(this.persp.matrixWorld,1);this.v3.target.addScaledVector(r,-e*n).addScaledVector(s,t*n)}else{let n=this.worldPerPx;this.v2.cx-=e*n,this.v2.cy+=t*n}this.update()}rotate(e,t){this.onMotion?.(),this.v3.theta-=e*.008,this.v3.phi=Math.min(Math.PI-.05,Math.max(.05,this.v3.phi-t*.008)),this.update()}zoom(e,t=this.width/2,n=this.height/2){if(this.onMotion?.(),this.is3d)this.v3.distance=Math.min(50,Math.max(.02,this.v3.distance/e));else{let r=this.ortho,s=r.left+t/this.width*(r.right-r.left),o=r.top-n/this.height*(r.top-r.bottom),a=Math.min(5e3,Math.max(.05,this.v2.zoom*e)),l=this.v2.zoom/a;this.v2.cx=s+(this.v2.cx-s)*l,this.v2.cy=o+(this.v2.cy-o)*l,this.v2.zoom=a}this.update()}pinchState(){let[e,t]=[...this.touches.values()];return{dist:Math.hypot(e.x-t.x,e.y-t.y),mx:(e.x+t.x)/2,my:(e.y+t.y)/2}}};var La=class{constructor(e,t=()=>performance.now()){E(this,"on",e);E(this,"now",t);E(this,"moving",!1);E(this,"timer",null);E(this,"last",0)}poke(){this.moving||this.on.start?.(),this.moving=!0,this.last=this.now(),this.timer===null&&this.arm(200)}arm(e){this.timer=setTimeout(()=>{this.timer=null;let t=(this.on.held?.()?600:200)-(this.now()-this.last);if(t>0){this.arm(t);return}this.moving=!1,this.on.settle()},e)}};function Fa(i,e,t,n,r,s){let o=s?.x??new Float32Array(e),a=s?.y??new Float32Array(e),l=s?.z??new Float32Array(e),c=t[0],u=t[1],h=t[2],d=t[3],f=t[4],p=t[5],y=t[6],g=t[7],m=t[8],x=t[9],_=t[10],b=t[11],w=t[12],A=t[13],v=t[14],S=t[15],N=n/2,I=r/2;for(let R=0,C=0;R<e;R++,C+=3){let D=i[C],L=i[C+1],z=i[C+2],k=d*D+g*L+b*z+S,B=h*D+y*L+_*z+v;if(!(k>0)||B<-k||B>k){o[R]=NaN,a[R]=NaN,l[R]=1/0;continue}let Y=1/k;o[R]=(c*D+f*L+m*z+w)*Y*N+N,a[R]=I-(u*D+p*L+x*z+A)*Y*I,l[R]=B*Y}return{x:o,y:a,z:l}}var Yc=class{constructor(e,t,n,r,s,o=16){E(this,"sx",e);E(this,"sy",t);E(this,"sz",n);E(this,"cell",o);E(this,"cellStart",new Int32Array(1));E(this,"items",new Int32Array(0));E(this,"cellOf",new Int32Array(0));E(this,"cols",1);E(this,"rows",1);this.rebuild(e,t,n,r,s)}rebuild(e,t,n,r,s){this.sx=e,this.sy=t,this.sz=n;let o=this.cols=Math.max(1,Math.ceil(r/this.cell)),a=this.rows=Math.max(1,Math.ceil(s/this.cell)),l=o*a,c=e.length,u=1/this.cell;this.cellStart.length!==l+1?this.cellStart=new Int32Array(l+1):this.cellStart.fill(0),this.cellOf.length<c&&(this.cellOf=new Int32Array(c),this.items=new Int32Array(c));let h=this.cellStart,d=this.cellOf;for(let y=0;y<c;y++){let g=e[y],m=t[y],x=-1;if(g>=0&&m>=0){let _=g*u|0,b=m*u|0;_<o&&b<a&&(x=b*o+_,h[x+1]++)}d[y]=x}for(let y=0;y<l;y++)h[y+1]+=h[y];let f=h.slice(0,l),p=this.items;for(let y=0;y<c;y++){let g=d[y];g>=0&&(p[f[g]++]=y)}}nearest(e,t,n,r){let s=Math.ceil(n/this.cell),o=Math.floor(e/this.cell),a=Math.floor(t/this.cell),l=-1,c=n*n,u=1/0;for(let h=Math.max(0,a-s);h<=Math.min(this.rows-1,a+s);h++)for(let d=Math.max(0,o-s);d<=Math.min(this.cols-1,o+s);d++){let f=h*this.cols+d;for(let p=this.cellStart[f];p<this.cellStart[f+1];p++){let y=this.items[p],g=this.sx[y]-e,m=this.sy[y]-t,x=g*g+m*m;if(x>n*n||r&&!r(y))continue;let _=x<c-.25,b=Math.abs(x-c)<=.25&&this.sz[y]<u;(l<0||_||b)&&(l=y,c=x,u=this.sz[y])}}return l}},Na=class{constructor(){E(this,"screen",{x:new Float32Array(0),y:new Float32Array(0),z:new Float32Array(0)});E(this,"grid",null);E(this,"key",-1);E(this,"gridKey",-1);E(this,"width",1);E(this,"height",1)}project(e,t,n,r,s,o){return o===this.key&&this.screen.x.length===t?this.screen:(this.screen.x.length!==t&&(this.screen={x:new Float32Array(t),y:new Float32Array(t),z:new Float32Array(t)}),Fa(e,t,n,r,s,this.screen),this.key=o,this.width=r,this.height=s,this.screen)}nearest(e,t,n){let r=this.screen;return this.grid?this.gridKey!==this.key&&this.grid.rebuild(r.x,r.y,r.z,this.width,this.height):this.grid=new Yc(r.x,r.y,r.z,this.width,this.height),this.gridKey=this.key,this.grid.nearest(e,t,n)}};function Kc(i,e,t,n){let r=[1/0,1/0,1/0],s=[-1/0,-1/0,-1/0],o=c=>{for(let u=0;u<t;u++){let h=i[c*t+u];Number.isFinite(h)&&(h<r[u]&&(r[u]=h),h>s[u]&&(s[u]=h))}};if(n)for(let c of n)o(c);else for(let c=0;c<e;c++)o(c);let a=0,l=[0,0,0];for(let c=0;c<t;c++)r[c]>s[c]&&(r[c]=0,s[c]=0),l[c]=(r[c]+s[c])/2,a=Math.max(a,(s[c]-r[c])/2);return{mid:l,scale:a>0?1/a:1}}function jc(i,e,t,n){let r=new Float32Array(e*3),{mid:s,scale:o}=Kc(i,e,t,n),a=l=>{r[l*3+2]=0;for(let c=0;c<t&&c<3;c++){let u=i[l*t+c];r[l*3+c]=Number.isFinite(u)?(u-s[c])*o:0}};if(n){for(let l=0;l<e;l++)r[l*3+2]=jt;for(let l of n)a(l)}else for(let l=0;l<e;l++)a(l);return r}var jt=1e7;var Jc=2e5,pb=100,Da=1e5,nf=5e4;function rf(i,e){return e>0&&e<i?Math.min(2,Math.sqrt(Math.sqrt(i/e))):1}var mb=2;function sf(i){let e=i.moving??(i.still===null?null:i.still*mb);return e===null?Da:Math.max(nf,Math.floor(pb/Math.max(e,1e-9)))}function of(i,e,t){if(t<nf||!(e>0))return i;let n=e/t;return i===null?n:(i+n)/2}function gb(i){let e=i+2654435769|0;return e=Math.imul(e^e>>>16,2246822507),e=Math.imul(e^e>>>13,3266489909),e^=e>>>16,(e>>>0)/4294967296}function af(i,e,t=Jc,n=Da,r){let s=r&&r.visible.length>=e?r.visible:new Uint32Array(e),o=0;for(let l=0;l<e;l++)i[l*3+2]!==jt&&(s[o++]=l);let a=null;if(o>t&&n<o){let l=n/o,c=r&&r.sample.length>=e?r.sample:new Uint32Array(e),u=0;for(let h=0;h<o;h++)gb(s[h])<l&&(c[u++]=s[h]);a=c.subarray(0,u)}return{visibleCount:o,visible:o<e?s.subarray(0,o):null,sample:a}}var Ua=class{constructor(e,t){E(this,"material",e);E(this,"all");E(this,"sample");E(this,"n",0);E(this,"movingRows",Da);E(this,"positions",new Float32Array(0));E(this,"colors",new Float32Array(0));E(this,"lists",null);E(this,"buffers",{visible:new Uint32Array(0),sample:new Uint32Array(0)});E(this,"indexes",null);E(this,"costs",{moving:null,still:null});E(this,"fresh",!0);this.all=new Qi(new Dt,e),this.sample=new Qi(new Dt,e);for(let n of[this.all,this.sample])n.frustumCulled=!1,t.add(n)}setPositions(e,t){this.positions=e;let n=this.all.geometry.getAttribute("position");t!==this.n||!n||n.array.length!==e.length?this.newBuffers(t,e):(n.array=e,n.needsUpdate=!0),this.lists=null}setColors(e){this.colors=e;let t=this.all.geometry.getAttribute("aColor");!t||e.length!==t.array.length||(t.array.set(e),t.needsUpdate=!0)}startMotion(){let e=sf(this.costs);e!==this.movingRows&&(this.movingRows=e,this.lists=null)}choose(e){let t=this.updateLists(),n=e&&t.sample!==null;return this.all.visible=!n,this.sample.visible=n,this.material.uniforms.uLodScale.value=n?rf(t.visibleCount,t.sample.length):1,{drawn:n?t.sample.length:t.visibleCount,subsample:n}}timed(e,t){let n=t.subsample?"moving":"still";this.costs[n]=of(this.costs[n],e,t.drawn)}takeTimeable(){let e=!this.fresh;return this.fresh=!1,e}newBuffers(e,t){this.n=e,this.all.geometry.dispose(),this.sample.geometry.dispose();let n={position:new wt(t,3),aColor:new wt(this.colors.length===e*3?this.colors.slice():new Float32Array(e*3).fill(.5),3)};for(let r of[this.all,this.sample]){r.geometry=new Dt;for(let[s,o]of Object.entries(n))r.geometry.setAttribute(s,o)}this.buffers={visible:new Uint32Array(e),sample:new Uint32Array(e)},this.indexes=null,this.fresh=!0}updateLists(){if(this.lists)return this.lists;let e=af(this.positions,this.n,Jc,this.movingRows,this.buffers);return(e.visible||e.sample)&&(this.indexes??(this.indexes={visible:new wt(this.buffers.visible,1),sample:new wt(this.buffers.sample,1)})),lf(this.all.geometry,e.visible,this.indexes?.visible),lf(this.sample.geometry,e.sample,this.indexes?.sample),this.lists=e,e}};function lf(i,e,t){e&&t?(t.clearUpdateRanges(),t.addUpdateRange(0,e.length),t.needsUpdate=!0,i.index!==t&&i.setIndex(t),i.setDrawRange(0,e.length)):(i.index&&i.setIndex(null),i.setDrawRange(0,1/0))}var Zc=5e3,Oa=class{constructor(e){E(this,"scene",e);E(this,"lines",null);E(this,"count",0);E(this,"drawn",0)}set(e,t,n,r,s){if(this.clear(),s<=0)return;let o=new Float32Array(s*6),a=new Float32Array(s*6);for(let u=0;u<s;u++)o.set(e.subarray(3*u,3*u+3),6*u),o.set(t.subarray(3*u,3*u+3),6*u+3),a.set(n.subarray(3*u,3*u+3),6*u),a.set(r.subarray(3*u,3*u+3),6*u+3);let l=new Dt;l.setAttribute("position",new wt(o,3)),l.setAttribute("color",new wt(a,3));let c=new Zi({vertexColors:!0,transparent:!0,opacity:.7,depthTest:!1,depthWrite:!1});this.lines=new Vr(l,c),this.lines.renderOrder=-1,this.lines.frustumCulled=!1,this.scene.add(this.lines),this.count=s}beforeFrame(e){if(!this.lines){this.drawn=0;return}this.drawn=e?Math.min(this.count,Zc):this.count,this.lines.geometry.setDrawRange(0,2*this.drawn)}clear(){this.lines&&(this.scene.remove(this.lines),this.lines.geometry.dispose(),this.lines.material.dispose(),this.lines=null,this.count=0)}};function yb(i,e,t,n){let r=Math.max(1,Math.floor(i/t)),s=Math.max(0,Math.floor(e/n));return{perRow:r,rows:s,count:r*s}}function Qc(i,e,t,n){return{x:i%e*t,y:Math.floor(i/e)*n,w:t,h:n}}async function xb(i){if(typeof createImageBitmap=="function")try{return await createImageBitmap(i)}catch{}let e=URL.createObjectURL(i);try{let t=new Image;return t.src=e,await t.decode(),t}finally{URL.revokeObjectURL(e)}}async function cf(i,e){let t=await xb(i),n=t.width,r=t.height,s=Math.max(1,Number(e?.[0])||n),o=Math.max(1,Number(e?.[1]??e?.[0])||r),{perRow:a,count:l}=yb(n,r,s,o),c=new Ft(t);return c.flipY=!1,c.generateMipmaps=!1,c.minFilter=Ct,c.magFilter=gt,c.needsUpdate=!0,{image:t,width:n,height:r,thumbW:s,thumbH:o,perRow:a,count:l,texture:c}}function eu(i,e,t){if(e<0||e>=i.count)return!1;let n=t.getContext("2d");if(!n)return!1;let r=Qc(e,i.perRow,i.thumbW,i.thumbH);return n.imageSmoothingEnabled=!1,n.clearRect(0,0,t.width,t.height),n.drawImage(i.image,r.x,r.y,r.w,r.h,0,0,t.width,t.height),!0}function uf(i,e){let t=Math.max(i.width,i.height);if(t<=e)return;let n=e/t,r=document.createElement("canvas");r.width=Math.max(1,Math.floor(i.width*n)),r.height=Math.max(1,Math.floor(i.height*n));let s=r.getContext("2d");s&&(s.drawImage(i.image,0,0,r.width,r.height),i.texture.image=r,i.texture.needsUpdate=!0)}function hf(i,e){return e==="selected"?Math.max(i*1.8,i+6):Math.max(i*1.6,i+5)}var cs=class{constructor(e,t){E(this,"canvas");E(this,"drawnKey","");E(this,"atlasImage",null);E(this,"across",0);this.canvas=document.createElement("canvas"),this.canvas.dataset.testid=t,Object.assign(this.canvas.style,{position:"absolute",left:"0",top:"0",pointerEvents:"none",display:"none"}),e.appendChild(this.canvas)}show(e,t,n){let r=[n.size,Array.from(n.rgb).join(","),n.ring,n.thumb?`${n.thumb.index}`:""].join("|");(r!==this.drawnKey||n.thumb&&n.thumb.atlas.image!==this.atlasImage)&&this.draw(n),this.drawnKey=r;let s=this.across/2;this.canvas.style.transform=`translate(${e-s}px, ${t-s}px)`,this.canvas.style.display=""}hide(){this.canvas.style.display="none"}draw(e){let t=window.devicePixelRatio||1,n=this.canvas,r=e.size;n.width=Math.max(1,Math.ceil(r*t)),n.height=n.width,this.across=n.width/t,n.style.width=n.style.height=`${this.across}px`;let s=n.getContext("2d");if(!s)return;let o=(this.across-r)/2;s.setTransform(t,0,0,t,o*t,o*t),s.clearRect(-o,-o,this.across,this.across);let[a,l,c]=Array.from(e.rgb,u=>Math.round(255*Math.min(1,Math.max(0,u))));if(s.fillStyle=e.ring,this.atlasImage=e.thumb?.atlas.image??null,e.thumb){let{atlas:u,index:h}=e.thumb,d=Qc(h,u.perRow,u.thumbW,u.thumbH);s.fillRect(0,0,r,r),s.imageSmoothingEnabled=!1,s.drawImage(u.image,d.x,d.y,d.w,d.h,.12*r,.12*r,.76*r,.76*r);return}s.beginPath(),s.arc(r/2,r/2,r/2,0,2*Math.PI),s.fill(),s.fillStyle=`rgb(${a},${l},${c})`,s.beginPath(),s.arc(r/2,r/2,.36*r,0,2*Math.PI),s.fill()}};var df=`
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
`,ff=`
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
`;function pf(i,e){let t={};return i&&(t.SPRITES=""),e&&(t.DEPTH_CUE=""),t}var ur=class{constructor(e){E(this,"container",e);E(this,"canvas");E(this,"controls");E(this,"renderer");E(this,"scene",new kr);E(this,"material");E(this,"points");E(this,"positions",new Float32Array(0));E(this,"colors",new Float32Array(0));E(this,"width",1);E(this,"height",1);E(this,"frame",0);E(this,"atlas",null);E(this,"spriteMode",!1);E(this,"emptyTex",new Ji(new Uint8Array([0,0,0,255]),1,1));E(this,"motion",new La({start:()=>this.points.startMotion(),settle:()=>{this.onSettle?.(),requestAnimationFrame(()=>this.requestRender())},held:()=>this.controls.dragging}));E(this,"lastPositionsAt",-1/0);E(this,"cameraMovedAt",-1/0);E(this,"screen",new Na);E(this,"viewKey",0);E(this,"hovered",-1);E(this,"selected",-1);E(this,"ring","#000000");E(this,"markers");E(this,"frameTimes",[]);E(this,"onCameraChange",null);E(this,"onSettle",null);E(this,"onFrame",null);E(this,"drawCalls",0);E(this,"drawnPoints",0);E(this,"drawnMoving",!1);E(this,"drawnSubsample",!1);E(this,"segments");E(this,"cameraListeners",[]);this.canvas=document.createElement("canvas"),this.canvas.className="ep-canvas",e.appendChild(this.canvas),this.markers={hover:new cs(e,"hover-marker"),selected:new cs(e,"selected-marker")},this.renderer=new Ca({canvas:this.canvas,antialias:!1,preserveDrawingBuffer:!1,powerPreference:"high-performance"}),this.renderer.setPixelRatio(Math.min(2,window.devicePixelRatio||1)),this.emptyTex.needsUpdate=!0,this.material=new sn({glslVersion:is,vertexShader:df,fragmentShader:ff,uniforms:{uSize:{value:5},uLodScale:{value:1},uPixelRatio:{value:this.renderer.getPixelRatio()},uZoomScale:{value:1},uAtlas:{value:this.emptyTex},uThumbUV:{value:new $e(1,1)},uDepthRange:{value:new $e(0,1)},uBackground:{value:new ze("#ffffff")},uPerRow:{value:1},uSpriteCount:{value:0}},depthTest:!1,depthWrite:!1}),this.points=new Ua(this.material,this.scene),this.segments=new Oa(this.scene),this.controls=new Pa(this.canvas,()=>this.cameraChanged()),this.controls.onMotion=()=>{this.cameraMovedAt=performance.now(),this.motion.poke()},new ResizeObserver(()=>this.resize()).observe(e),this.resize()}cameraChanged(){this.viewKey++;let e=this.material.uniforms,t=this.controls;if(t){e.uZoomScale.value=t.zoomScale,this.updateDefines(),e.uDepthRange.value.set(Math.max(0,t.v3.distance-1),t.v3.distance+1),this.material.depthTest=this.material.depthWrite=t.is3d,this.onCameraChange?.();for(let n of this.cameraListeners)n();this.requestRender()}}addCameraListener(e){return this.cameraListeners.push(e),()=>{this.cameraListeners=this.cameraListeners.filter(t=>t!==e)}}setSegments(e){e?this.segments.set(e.from,e.to,e.rgbFrom,e.rgbTo,e.m):this.segments.clear(),this.requestRender()}get drawnPositions(){return this.positions}resize(){let e=this.container.getBoundingClientRect();this.width=Math.max(1,Math.floor(e.width)),this.height=Math.max(1,Math.floor(e.height)),this.renderer.setSize(this.width,this.height,!0),this.controls.setSize(this.width,this.height)}setTheme(e,t){this.renderer.setClearColor(new ze(e),1),this.material.uniforms.uBackground.value.set(e),this.ring=t,this.requestRender()}setPositions(e,t){let n=performance.now();t===this.n&&t>0&&n-this.lastPositionsAt<200&&this.motion.poke(),this.lastPositionsAt=n,this.positions=e,this.points.setPositions(e,t),this.viewKey++,this.requestRender()}get n(){return this.points.n}setColors(e){this.colors=e,this.points.setColors(e),this.n>0&&this.motion.poke(),this.requestRender()}colorAt(e){return Array.from(this.colors.subarray(e*3,e*3+3))}setPointSize(e){this.material.uniforms.uSize.value=e,this.requestRender()}setAtlas(e){this.atlas=e,e&&uf(e,this.renderer.capabilities.maxTextureSize);let t=this.material.uniforms;t.uAtlas.value=e?e.texture:this.emptyTex,t.uPerRow.value=e?e.perRow:1,t.uSpriteCount.value=e?e.count:0,t.uThumbUV.value.set(e?e.thumbW/e.width:1,e?e.thumbH/e.height:1),this.updateDefines(),this.requestRender()}setSpriteMode(e){this.spriteMode=e,this.updateDefines(),this.requestRender()}get sprites(){return this.spriteMode&&this.atlas!==null}updateDefines(){let e=pf(this.sprites,this.controls?.is3d??!1);JSON.stringify(e)!==JSON.stringify(this.material.defines)&&(this.material.defines=e,this.material.needsUpdate=!0)}setHighlight(e,t){this.hovered=e,this.selected=t,this.placeMarkers()}placeMarkers(){this.placeMarker(this.markers.selected,this.selected,"selected"),this.placeMarker(this.markers.hover,this.hovered===this.selected?-1:this.hovered,"hover")}placeMarker(e,t,n){let r=t>=0&&t<this.n?this.screenPositionOf(t):null;if(!r){e.hide();return}let s=this.sprites&&t<this.atlas.count;e.show(r.x,r.y,{size:hf(2*this.pointRadiusPx,n),rgb:this.colors.length>=3*(t+1)?this.colors.subarray(3*t,3*t+3):[.5,.5,.5],ring:this.ring,thumb:s?{atlas:this.atlas,index:t}:null})}set3d(e){this.controls.set3d(e)}get pointRadiusPx(){let e=this.material.uniforms;return e.uSize.value*e.uZoomScale.value*(this.sprites?3:1)/2}get moving(){return this.motion.moving}get changing(){return this.controls.dragging||performance.now()-this.cameraMovedAt<80}requestRender(){this.frame||(this.frame=requestAnimationFrame(e=>{this.frame=0;let t=performance.now();this.draw(this.motion.moving),this.frameTimes.push(performance.now()-t),this.frameTimes.length>240&&this.frameTimes.shift();let n={drawn:this.drawnPoints,subsample:this.drawnSubsample};this.points.takeTimeable()&&requestAnimationFrame(r=>this.points.timed(r-e,n)),this.onFrame?.()}))}renderNow(){this.draw(!1)}draw(e){let t=this.points.choose(e);this.drawnPoints=t.drawn,this.drawnSubsample=t.subsample,this.drawnMoving=e,this.segments.beforeFrame(e),this.renderer.render(this.scene,this.controls.camera),this.drawCalls=this.renderer.info.render.calls,this.placeMarkers()}viewProjection(){let e=this.controls.camera;return e.updateMatrixWorld(),new nt().multiplyMatrices(e.projectionMatrix,e.matrixWorldInverse)}project(){return this.screen.project(this.positions,this.n,this.viewProjection().elements,this.width,this.height,this.viewKey)}pick(e,t){return this.n?(this.project(),this.screen.nearest(e,t,Math.max(5,this.pointRadiusPx+2))):-1}screenPositions(){let e=this.project();return{x:e.x,y:e.y}}toPngBlob(){return this.renderNow(),new Promise(e=>this.canvas.toBlob(e,"image/png"))}screenPositionOf(e){if(e<0||e>=this.n)return null;let t=Fa(this.positions.subarray(e*3,e*3+3),1,this.viewProjection().elements,this.width,this.height);return Number.isNaN(t.x[0])?null:{x:t.x[0],y:t.y[0]}}projectWorld(e,t){return Fa(e,t,this.viewProjection().elements,this.width,this.height)}get size(){return{width:this.width,height:this.height}}};function _b(i,e){let t=Float64Array.from(i),n=new Float64Array(e*e);for(let a=0;a<e;a++)n[a*e+a]=1;for(let a=0;a<60;a++){let l=0;for(let c=0;c<e-1;c++)for(let u=c+1;u<e;u++){let h=0,d=0,f=0;for(let x=0;x<e;x++){let _=t[x*e+c],b=t[x*e+u];h+=_*_,d+=b*b,f+=_*b}if(Math.abs(f)<=1e-300||Math.abs(f)<=1e-15*Math.sqrt(h*d))continue;l=Math.max(l,Math.abs(f)/Math.sqrt(h*d));let p=(d-h)/(2*f),y=Math.sign(p||1)/(Math.abs(p)+Math.sqrt(1+p*p)),g=1/Math.sqrt(1+y*y),m=g*y;for(let x=0;x<e;x++){let _=t[x*e+c],b=t[x*e+u];t[x*e+c]=g*_-m*b,t[x*e+u]=m*_+g*b;let w=n[x*e+c],A=n[x*e+u];n[x*e+c]=g*w-m*A,n[x*e+u]=m*w+g*A}}if(l<1e-15)break}let r=new Float64Array(e),s=new Float64Array(e*e);for(let a=0;a<e;a++){let l=0;for(let c=0;c<e;c++)l+=t[c*e+a]**2;if(r[a]=Math.sqrt(l),r[a]>1e-300)for(let c=0;c<e;c++)s[c*e+a]=t[c*e+a]/r[a]}let o=Math.max(...r,0);for(let a=0;a<e;a++)if(!(r[a]>1e-12*o&&r[a]>1e-300)){r[a]=0;for(let l=0;l<e;l++){let c=new Float64Array(e);c[l]=1;for(let h=0;h<e;h++){if(h===a||r[h]===0&&h>a)continue;let d=0;for(let f=0;f<e;f++)d+=c[f]*s[f*e+h];for(let f=0;f<e;f++)c[f]-=d*s[f*e+h]}let u=Math.hypot(...c);if(u>1e-6){for(let h=0;h<e;h++)s[h*e+a]=c[h]/u;break}}}return{u:s,s:r,v:n}}function tu(i,e,t,n,r){let s=r?r.length:t,o=x=>r?r[x]:x,a=new Float64Array(n),l=new Float64Array(n);for(let x=0;x<s;x++){let _=o(x);for(let b=0;b<n;b++)a[b]+=i[_*n+b],l[b]+=e[_*n+b]}for(let x=0;x<n;x++)a[x]/=s||1,l[x]/=s||1;let c=new Float64Array(n*n),u=0;for(let x=0;x<s;x++){let _=o(x);for(let b=0;b<n;b++){let w=i[_*n+b]-a[b];u+=w*w;for(let A=0;A<n;A++)c[b*n+A]+=w*(e[_*n+A]-l[A])}}let{u:h,s:d,v:f}=_b(c,n),p=new Float64Array(n*n);for(let x=0;x<n;x++)for(let _=0;_<n;_++){let b=0;for(let w=0;w<n;w++)b+=h[x*n+w]*f[_*n+w];p[x*n+_]=b}let y=d.reduce((x,_)=>x+_,0),g=u>0?y/u:1,m=new Float64Array(n);for(let x=0;x<n;x++){let _=0;for(let b=0;b<n;b++)_+=a[b]*p[b*n+x];m[x]=l[x]-g*_}return{k:n,scale:g,rotation:p,translation:m}}function nu(i,e,t){let n=t.k,r=new Float32Array(e*n);for(let s=0;s<e;s++)for(let o=0;o<n;o++){let a=0;for(let l=0;l<n;l++)a+=i[s*n+l]*t.rotation[l*n+o];r[s*n+o]=t.scale*a+t.translation[o]}return r}function mf(i,e,t,n,r){return nu(i,t,tu(i,e,t,n,r))}function gf(i,e,t,n){let r=new Float32Array(t);for(let s=0;s<t;s++){let o=0;for(let a=0;a<n;a++)o+=(i[s*n+a]-e[s*n+a])**2;r[s]=Math.sqrt(o)}return r}function yf(i,e){let t=Math.max(0,Math.min(i.length,Math.round(i.length*e)));if(t===0)return new Int32Array(0);let n=Array.from({length:i.length},(r,s)=>s).sort((r,s)=>i[s]-i[r]);return Int32Array.from(n.slice(0,t)).sort()}var Ba=class{constructor(e){E(this,"scatter",e);E(this,"alignNext",!1);E(this,"keepNextView",!1);E(this,"align",!0);E(this,"animate",!0);E(this,"animationMs",400);E(this,"animating",!1);E(this,"displacement",null);E(this,"onDisplacement",null);E(this,"last",null);E(this,"positions",null);E(this,"stepping",!1);E(this,"raf",0)}beforePlace(e,t,n){let r=this.last;this.stepping=this.alignNext&&r!==null&&r.n===n&&r.k===t,this.alignNext=!1;let s=e;if(this.stepping){this.align&&(s=mf(e,r.coords,n,t));let o=gf(s,r.coords,n,t),a=Ab(r.coords,n,t);if(a>0)for(let l=0;l<n;l++)o[l]/=a;this.displacement=o,this.onDisplacement?.(o)}else this.displacement&&(this.displacement=null,this.onDisplacement?.(null));return this.last={coords:s,k:t,n},s}present(e,t){let n=this.positions;this.positions=e,this.stop(),this.stepping&&this.animate&&this.animationMs>0&&n&&n.length===e.length?this.tween(n,e,t):this.scatter.setPositions(e,t),this.stepping=!1}topMoved(e){return this.displacement?yf(this.displacement,e):null}stop(){this.raf&&cancelAnimationFrame(this.raf),this.raf=0,this.animating=!1}tween(e,t,n){let r=performance.now(),s=new Float32Array(t.length);this.animating=!0;let o=()=>{let a=Math.min(1,(performance.now()-r)/this.animationMs);if(a>=1){this.raf=0,this.animating=!1,this.scatter.setPositions(t,n);return}let l=a<.5?2*a*a:1-(-2*a+2)**2/2;for(let c=0;c<s.length;c++)s[c]=e[c]+(t[c]-e[c])*l;this.scatter.setPositions(s,n),this.raf=requestAnimationFrame(o)};this.scatter.setPositions(e,n),this.raf=requestAnimationFrame(o)}};function Ab(i,e,t){let n=0;for(let r=0;r<t;r++){let s=1/0,o=-1/0;for(let a=0;a<e;a++){let l=i[a*t+r];l<s&&(s=l),l>o&&(o=l)}o>=s&&(n=Math.max(n,(o-s)/2))}return n}var En={k:10,metric:"euclidean",mode:"side",color:!0},iu={runs:[],run:null,info:null,tensorName:null,loading:null,notices:[],n:0,d:0,columns:[],labelColumn:-1,colorColumn:-1,focusCategory:null,searchMatches:null,neighbors:null,neighborMetric:"euclidean",legend:{kind:"none"},spherize:!1,method:"pca",is3d:!1,dims:[0,1,2],variance:null,isolatedVariance:null,computing:null,showSprites:!1,hasSprite:!1,pointSize:1,hovered:-1,selected:-1,dark:!1,selection:new Int32Array(0),isolated:null,selectMode:"pan",step:null,movedPoints:null,transfer:"float32",showDensity:!1,clusterLabelColumn:null,compare:null},hr=class{constructor(e=iu){E(this,"state");E(this,"listeners",[]);E(this,"dispatching",null);this.state={...e}}set(e,t=this.dispatching??"user"){let n=new Set;for(let s of Object.keys(e))this.state[s]!==e[s]&&n.add(s);if(n.size===0)return;this.state={...this.state,...e};let r=this.dispatching;this.dispatching=t;try{for(let s of this.listeners)s(this.state,n,t)}finally{this.dispatching=r}}subscribe(e){return this.listeners.push(e),()=>{this.listeners=this.listeners.filter(t=>t!==e)}}};function Ht(i,e){if(e&&typeof e=="object"&&"body"in e&&e.body?.error){let t=e.body;return{level:i,message:t.error,file:t.file,hint:t.hint}}if(e&&typeof e=="object"&&"error"in e&&typeof e.error=="string"){let t=e;return{level:i,message:t.error,file:t.file,hint:t.hint}}return{level:i,message:e instanceof Error?e.message:String(e)}}var ka=class extends Error{constructor(t,n,r){super(n.error+(n.file?` (${n.file})`:""));E(this,"status",t);E(this,"body",n);E(this,"url",r)}},Si=class extends ka{constructor(e,t,n){super(409,{error:`the download ended after ${t}${n===null?"":` of ${n}`} bytes: the file changed or failed its checksum while it was being read`,file:null,hint:"It is probably being written (a trainer saving); reload once it is complete."},e)}};async function za(i,e){let t,n=await i.text().catch(()=>"");try{let r=JSON.parse(n);t=typeof r?.error=="string"?r:{error:n||i.statusText}}catch{t={error:n.trim()||`HTTP ${i.status} ${i.statusText}`}}return new ka(i.status,t,e)}async function Mi(i,e,t){let n=await fetch(i,{signal:t});if(!n.ok)throw await za(n,i);let r=n.headers.get("Content-Length"),s=(n.headers.get("Content-Encoding")??"identity").toLowerCase(),o=r!==null&&r!==""&&s==="identity"?Number(r):null;if(!n.body){let d=await n.arrayBuffer();return e?.(d.byteLength,o??d.byteLength),{buffer:d,headers:n.headers}}let a=n.body.getReader(),l=o!==null&&o>0?new Uint8Array(o):null,c=[],u=0;for(e?.(0,o);;){let d;try{d=await a.read()}catch(y){throw t?.aborted?y:new Si(i,u,o)}let{done:f,value:p}=d;if(f)break;l&&u+p.length<=l.length?l.set(p,u):(l&&(c.push(l.subarray(0,u)),l=null),c.push(p)),u+=p.length,e?.(u,o)}if(o!==null&&u!==o)throw new Si(i,u,o);e?.(u,u);let h;if(l)h=u===l.length?l.buffer:l.slice(0,u).buffer;else{let d=new Uint8Array(u),f=0;for(let p of c)d.set(p,f),f+=p.length;h=d.buffer}return{buffer:h,headers:n.headers}}var Ga=null;function Sb(i){let e=i&32768?-1:1,t=i>>10&31,n=i&1023;return t===0?e*n*2**-24:t===31?n?NaN:e*(1/0):e*(1+n/1024)*2**(t-15)}function Mb(){if(!Ga){Ga=new Float32Array(65536);for(let i=0;i<65536;i++)Ga[i]=Sb(i)}return Ga}function xf(i){if(i.byteLength%2!==0)throw new Error(`float16 data: ${i.byteLength} bytes is not a whole number of values`);let e=new Uint16Array(i),t=Mb(),n=new Float32Array(e.length);for(let r=0;r<e.length;r++)n[r]=t[e[r]];return n}function us(i){let e=i.shape??i.tensorShape;return e&&e.length===2?[Number(e[0]),Number(e[1])]:null}function wi(i,e){let t=`run=${encodeURIComponent(i)}`;return e!==void 0&&(t+=`&name=${encodeURIComponent(e)}`),t}async function ru(i){let e=await fetch(i,{cache:"no-store"});if(!e.ok)throw await za(e,i);return e.json()}function wb(i){let e=/charset=([^;\s]+)/i.exec(i??"")?.[1]?.replace(/"/g,"")??"utf-8";try{return new TextDecoder(e).encoding}catch{return"utf-8"}}var ht={runs:()=>ru("./runs"),info:i=>ru(`./info?${wi(i)}`),tensorUrl:(i,e,t=null,n="float32")=>`./tensor?${wi(i,e)}${t===null?"":`&step=${t}`}${n==="float32"?"":`&encoding=${n}`}`,metadataUrl:(i,e)=>`./metadata?${wi(i,e)}`,spriteUrl:(i,e)=>`./sprite_image?${wi(i,e)}`,async tensor(i,e,t,n,r,s=null,o="float32"){let a=ht.tensorUrl(i,e,s,o),{buffer:l,headers:c}=await Mi(a,n,r).catch(y=>{if(y instanceof Si)return Mi(a,n,r);throw y}),u=t?.[0]??0,h=t?.[1]??0,d=c.get("X-Embproj-Shape");if(d){let y=d.split(",").map(g=>Number(g.trim()));y.length===2&&y.every(Number.isFinite)&&([u,h]=y)}let f=c.get("X-Embproj-Encoding")==="float16";if(!f&&l.byteLength%4!==0)throw new Error(`tensor ${e}: ${l.byteLength} bytes is not float32 data`);let p=f?xf(l):new Float32Array(l);if(h||(h=u?p.length/u:1),u||(u=p.length/h),u*h!==p.length)throw new Error(`tensor ${e}: got ${p.length} values, expected ${u} x ${h}`);return{data:p,n:u,d:h,etag:c.get("ETag")}},async tensorEtag(i,e){let t=await fetch(ht.tensorUrl(i,e),{method:"HEAD",cache:"no-store"});return t.ok?t.headers.get("ETag"):null},projectionUrl:(i,e,t)=>`./projection?${wi(i,e)}&projection=${encodeURIComponent(t)}`,async projection(i,e,t,n){let r=ht.projectionUrl(i,e,t),{buffer:s,headers:o}=await Mi(r,void 0,n).catch(c=>{if(c instanceof Si)return Mi(r,void 0,n);throw c}),[a,l]=(o.get("X-Embproj-Shape")??"").split(",").map(Number);if(!(l===2||l===3)||!Number.isInteger(a)||s.byteLength!==a*l*4)throw new Error(`layout ${t}: got ${s.byteLength} bytes for shape ${o.get("X-Embproj-Shape")}`);return{coords:new Float32Array(s),n:a,k:l}},bookmarks:(i,e)=>ru(`./bookmarks?${wi(i,e)}`),async saveBookmarks(i,e,t){let n=`./bookmarks?${wi(i,e)}`,r=await fetch(n,{method:"POST",headers:{"Content-Type":"application/json"},body:JSON.stringify(t)});if(!r.ok)throw await za(r,n);return(await r.json()).saved},async metadata(i,e,t,n){let{buffer:r,headers:s}=await Mi(ht.metadataUrl(i,e),t,n);return new TextDecoder(wb(s.get("Content-Type"))).decode(r)},async sprite(i,e,t,n){let{buffer:r,headers:s}=await Mi(ht.spriteUrl(i,e),t,n);return new Blob([r],{type:s.get("Content-Type")||"image/png"})}};function P(i,e={},...t){let n=document.createElement(i);for(let[r,s]of Object.entries(e))s==null||s===!1||(r.startsWith("on")&&typeof s=="function"?n.addEventListener(r.slice(2),s):r==="className"?n.className=String(s):s===!0?n.setAttribute(r,""):n.setAttribute(r,String(s)));for(let r of t)r!=null&&r!==!1&&n.append(r);return n}function at(i,e,t){i.options.length===e.length&&e.every((r,s)=>i.options[s].value===r.value&&i.options[s].text===r.label)||i.replaceChildren(...e.map(r=>P("option",{value:r.value},r.label))),i.value=t}function su(i){return i<1024?`${i} B`:i<1024*1024?`${(i/1024).toFixed(1)} KiB`:i<1024**3?`${(i/1024/1024).toFixed(1)} MiB`:`${(i/1024**3).toFixed(2)} GiB`}function vf(i){let e=P("select",{"data-testid":"run-select","aria-label":"Run"}),t=P("select",{"data-testid":"tensor-select","aria-label":"Tensor"}),n=P("div",{className:"ep-meta","data-testid":"tensor-meta"}),r=P("input",{type:"checkbox","data-testid":"transfer-float16"});r.addEventListener("change",()=>i.set({transfer:r.checked?"float16":"float32"})),e.addEventListener("change",()=>i.set({run:e.value,info:null,tensorName:null})),t.addEventListener("change",()=>i.set({tensorName:t.value}));let s=()=>{let o=i.state;at(e,o.runs.map(c=>({value:c,label:c})),o.run??""),e.disabled=o.runs.length<=1;let a=o.info?.embeddings??[];at(t,a.map(c=>{let u=us(c),h=`${c.tensorName} (${u?`${u[0]} x ${u[1]}`:"?"})${c.error?" – error":""}`;return{value:c.tensorName,label:h}}),o.tensorName??""),t.disabled=a.length<=1;let l=a.find(c=>c.tensorName===o.tensorName);if(l){let c=us(l),u=[c?`${c[0].toLocaleString("en-US")} points x ${c[1]} dims`:"",l.dtype?`dtype ${l.dtype}`:"",l.source??"",l.hasMetadata?`${l.metadataColumns??"?"} metadata column${l.metadataColumns===1?"":"s"}`:"no metadata",l.hasSprite?"sprite":""];n.textContent=u.filter(Boolean).join(" · ")}else n.textContent=o.runs.length?"":"No runs with embeddings found."};return i.subscribe((o,a)=>{(a.has("runs")||a.has("run")||a.has("info")||a.has("tensorName"))&&s(),a.has("transfer")&&(r.checked=o.transfer==="float16")}),s(),P("section",{},P("h2",{},"Data"),P("div",{className:"ep-row"},P("label",{},"Run"),e),P("div",{className:"ep-row"},P("label",{},"Tensor"),t),n,P("label",{className:"ep-meta",title:"Half the bytes to download; values keep about 3 significant digits."},r," download as float16 (half the bytes)"))}function dr(i){if(!Number.isFinite(i))return String(i);if(Number.isInteger(i))return i.toLocaleString("en-US");let e=Math.abs(i);return e!==0&&(e<.001||e>=1e6)?i.toExponential(3):String(Number(i.toPrecision(4)))}var Eb=["#4e79a7","#f28e2b","#e15759","#76b7b2","#59a14f","#edc948","#b07aa1","#ff9da7","#9c755f","#17becf"],ou="#bab0ac",bf="#6f6f6f",Tb="#3f6fb5",Cb="#7fb2ff",au="other",lu="(missing)",Va=[[68,1,84],[72,36,117],[65,68,135],[53,95,141],[42,120,142],[33,145,140],[34,168,132],[68,191,112],[122,209,81],[189,223,38],[253,231,37]];function Ei(i){let e=parseInt(i.slice(1),16);return[(e>>16&255)/255,(e>>8&255)/255,(e&255)/255]}function _f(i){let e=Math.min(1,Math.max(0,i))*(Va.length-1),t=Math.min(Va.length-2,Math.floor(e)),n=e-t,r=Va[t],s=Va[t+1];return[0,1,2].map(o=>(r[o]+(s[o]-r[o])*n)/255)}function Af(i){let[e,t,n]=_f(i);return`rgb(${Math.round(e*255)},${Math.round(t*255)},${Math.round(n*255)})`}function Rb(i,e=Eb){let t=new Map,n=0;for(let l of i)l===""?n++:t.set(l,(t.get(l)??0)+1);let r=[...t.entries()].sort((l,c)=>c[1]-l[1]||(l[0]<c[0]?-1:l[0]>c[0]?1:0)),s=new Map,o=[],a=0;return r.forEach(([l,c],u)=>{u<e.length?(s.set(l,e[u]),o.push({label:l,count:c,color:e[u]})):(s.set(l,ou),a+=c)}),a>0&&o.push({label:au,count:a,color:ou}),n>0&&o.push({label:lu,count:n,color:bf}),{entries:o,colorOf:s}}function Sf(i,e,t,n){let r=Ei(n?Cb:Tb),s=Ei(bf);if(!i){for(let c=0;c<e;c++)t.set(r,c*3);return{kind:"none"}}if(i.kind==="numeric"&&i.numbers){let{min:c=0,max:u=1}=i,h=u>c?u-c:1;for(let d=0;d<e;d++){let f=d<i.numbers.length?i.numbers[d]:NaN;t.set(Number.isNaN(f)?s:_f((f-c)/h),d*3)}return{kind:"numeric",column:i.name,min:c,max:u,missing:i.missing}}let{entries:o,colorOf:a}=Rb(i.values),l=new Map;for(let c=0;c<e;c++){let u=i.values[c]??"",h;u===""?h=s:(h=l.get(u)??Ei(a.get(u)??ou),l.set(u,h)),t.set(h,c*3)}return{kind:"categorical",column:i.name,entries:o}}function Mf(i,e,t,n,r,s=.82){let o=new Set(e.filter(c=>c.label!==au&&c.label!==lu).map(c=>c.label)),a=0,l=n.length/3;for(let c=0;c<l;c++){let u=i[c]??"";if((u===""?lu:o.has(u)?u:au)===t){a++;continue}for(let d=0;d<3;d++)n[c*3+d]+=(r[d]-n[c*3+d])*s}return a}function hs(i,e,t,n=.82){let r=new Uint8Array(e.length/3);for(let s of i)r[s]=1;for(let s=0;s<r.length;s++)if(!r[s])for(let o=0;o<3;o++)e[s*3+o]+=(t[o]-e[s*3+o])*n}var wf=new WeakMap;function Ef(i,e=5){let t=wf.get(i);if(t)return t;let n=i.kind==="numeric"&&i.numbers?Pb(i.numbers,e):Ib(i.values);return wf.set(i,n),n}function Ib(i){let e=new Map,t=[],n=new Int32Array(i.length);for(let r=0;r<i.length;r++){let s=i[r];if(s===""){n[r]=-1;continue}let o=e.get(s);o===void 0&&(o=t.length,e.set(s,o),t.push(s)),n[r]=o}return{codes:n,names:t}}function Pb(i,e){let t=i.filter(c=>!Number.isNaN(c)).sort(),n=[];for(let c=1;c<e;c++){let u=t[Math.floor(c*t.length/e)];u!==void 0&&(n.length===0||u>n[n.length-1])&&n.push(u)}let r=t[0],s=t[t.length-1],o=[r,...n,s],a=n.length||t.length?o.slice(0,-1).map((c,u)=>`${dr(c)}–${dr(o[u+1])}`):[],l=new Int32Array(i.length);for(let c=0;c<i.length;c++){let u=i[c];if(Number.isNaN(u)){l[c]=-1;continue}let h=0;for(;h<n.length&&u>=n[h];)h++;l[c]=h}return{codes:l,names:a}}function Tf(i,e,t,n,r=3){let s=n.names.length,o=new Float64Array(s),a=new Float64Array(t*s),l=new Float64Array(t),c=0;for(let h=0;h<i.length;h++){let d=n.codes[e?e[h]:h];if(d<0||d===void 0)continue;o[d]++,c++;let f=i[h];f<0||f>=t||(a[f*s+d]++,l[f]++)}let u=[];for(let h=0;h<t;h++){let d=[];for(let f=0;f<s;f++){let p=a[h*s+f];if(p===0)continue;let y=p/l[h];d.push({value:n.names[f],share:y,score:y*Math.log(c/o[f])})}d.sort((f,p)=>p.score-f.score||p.share-f.share||(f.value<p.value?-1:1)),u.push(d.slice(0,r))}return u}function cu(i){return i.slice(0,2).filter((t,n)=>n===0||t.score>=.5*i[0].score&&t.share>=.2).map(t=>`${t.value} (${Math.round(100*t.share)}%)`).join(", ")}function Lb(i,e){return i[e]?.kind==="categorical"?e:i.findIndex(t=>t.kind==="categorical")}function ds(i){let e=i.clusterLabelColumn;return e!==null&&e<i.columns.length?e:Lb(i.columns,i.colorColumn)}function Nb(i){let e=P("div",{"data-testid":"legend"}),t=r=>{let s=i.state.focusCategory;return s===null?"":s===r?"ep-focus":"ep-faded"},n=()=>{let r=i.state.legend;if(r.kind==="categorical")e.dataset.kind="categorical",e.replaceChildren(P("ul",{className:"ep-legend"},...r.entries.map(s=>P("li",{"data-testid":"legend-entry","data-label":s.label,"data-count":s.count,title:`${s.label} — click to highlight`,className:t(s.label),onclick:()=>i.set({focusCategory:i.state.focusCategory===s.label?null:s.label})},P("span",{className:"ep-sw",style:`background:${s.color}`}),P("span",{className:"ep-lab"},s.label),P("span",{className:"ep-cnt"},s.count.toLocaleString("en-US"))))));else if(r.kind==="numeric"){e.dataset.kind="numeric";let s=Array.from({length:11},(o,a)=>`${Af(a/10)} ${a*10}%`).join(",");e.replaceChildren(P("div",{className:"ep-gradient",style:`background:linear-gradient(to right,${s})`}),P("div",{className:"ep-gradient-labels"},P("span",{"data-testid":"legend-min"},dr(r.min)),P("span",{"data-testid":"legend-max"},dr(r.max))),r.missing?P("ul",{className:"ep-legend"},P("li",{},P("span",{className:"ep-sw",style:"background:#6f6f6f"}),P("span",{className:"ep-lab"},"(missing)"),P("span",{className:"ep-cnt"},String(r.missing)))):"")}else e.dataset.kind="none",e.replaceChildren()};return i.subscribe((r,s)=>{(s.has("legend")||s.has("focusCategory"))&&n()}),n(),e}function Cf(i){let e=P("select",{"data-testid":"label-select","aria-label":"Label by"}),t=P("select",{"data-testid":"color-select","aria-label":"Colour by"}),n=P("input",{type:"checkbox","data-testid":"sprites"}),r=P("div",{className:"ep-row"},P("label",{},"Images"),n,P("span",{className:"ep-meta"},"draw points as their thumbnails")),s=P("input",{type:"range",min:"0.3",max:"4",step:"0.1",value:"1","data-testid":"point-size"}),o=P("input",{type:"checkbox","data-testid":"density-toggle"}),a=P("div",{className:"ep-row"},P("label",{},o," Density & clusters"),P("span",{className:"ep-meta"},"contours, labelled clusters")),l=P("select",{"data-testid":"density-label-select","aria-label":"Label clusters by"}),c=P("div",{className:"ep-row"},P("label",{},"Clusters by"),l);o.addEventListener("change",()=>i.set({showDensity:o.checked})),l.addEventListener("change",()=>i.set({clusterLabelColumn:Number(l.value)})),e.addEventListener("change",()=>i.set({labelColumn:Number(e.value)})),t.addEventListener("change",()=>i.set({colorColumn:Number(t.value)})),n.addEventListener("change",()=>i.set({showSprites:n.checked})),s.addEventListener("input",()=>i.set({pointSize:Number(s.value)}));let u=()=>{let h=i.state,d=h.columns.map((f,p)=>({value:String(p),label:f.name}));at(e,[{value:"-1",label:"(point index)"},...d],String(h.labelColumn)),at(t,[{value:"-1",label:"(none)"},...h.columns.map((f,p)=>({value:String(p),label:`${f.name} (${f.kind==="numeric"?"numeric":`${f.distinct} categories`})`}))],String(h.colorColumn)),e.disabled=t.disabled=h.columns.length===0,n.checked=h.showSprites,r.style.display=h.hasSprite?"":"none",s.value=String(h.pointSize),o.checked=h.showDensity,o.disabled=h.is3d,a.title=h.is3d?"Density contours and clusters are drawn on 2-D layouts only: switch to 2D":"",at(l,[{value:"-1",label:"(no labels)"},...h.columns.map((f,p)=>({value:String(p),label:f.kind==="numeric"?`${f.name} (binned)`:f.name}))],String(ds(h))),c.style.display=h.showDensity&&!h.is3d?"":"none"};return i.subscribe((h,d)=>{["columns","labelColumn","colorColumn","showSprites","hasSprite","pointSize","showDensity","clusterLabelColumn","is3d"].some(f=>d.has(f))&&u()}),u(),P("section",{},P("h2",{},"Display"),P("div",{className:"ep-row"},P("label",{},"Label by"),e),P("div",{className:"ep-row"},P("label",{},"Colour by"),t),r,P("div",{className:"ep-row"},P("label",{},"Point size"),s),a,c,Nb(i))}function Gn(i,e){let t=i.state,n=t.columns[t.labelColumn];if(!n)return`#${e}`;let r=n.values[e]??"";return r===""?`#${e} (missing)`:r}function Rf(i,e){let t=P("div",{className:"ep-inspector","data-testid":"inspector"}),n=()=>{let r=i.state,s=r.selected;if(s<0||s>=r.n){t.style.display="none",t.replaceChildren();return}t.style.display="block",t.dataset.index=String(s);let o=P("button",{"aria-label":"Clear selection","data-testid":"inspector-close"},"×");o.addEventListener("click",()=>i.set({selected:-1}));let a=e(),l=null;a&&s<a.count&&(l=P("canvas",{width:96,height:Math.round(96*a.thumbH/a.thumbW)}),eu(a,s,l));let c=r.columns.map(d=>{let f=d.values[s]??"";return P("tr",{"data-testid":"inspector-row","data-column":d.name},P("th",{},d.name),f===""?P("td",{className:"ep-missing"},"(missing)"):P("td",{},f))}),u=r.neighbors??[],h=P("ol",{className:"ep-nb","data-testid":"neighbors"},...u.slice(0,10).map(d=>P("li",{"data-testid":"neighbor","data-index":d.index,onclick:()=>i.set({selected:d.index})},P("span",{className:"ep-lab"},Gn(i,d.index)),P("span",{className:"ep-cnt"},d.distance.toFixed(3)))));t.replaceChildren(P("h3",{},P("span",{"data-testid":"inspector-title"},Gn(i,s)),o),l??"",P("table",{},P("tr",{},P("th",{},"index"),P("td",{},String(s))),...c),u.length?P("h4",{},`Nearest neighbours (${r.neighborMetric}, all ${r.d} dims)`):"",h,u.length>10?P("div",{className:"ep-meta"},`The ${u.length} nearest stay bright in the plot.`):"")};return i.subscribe((r,s)=>{(s.has("selected")||s.has("columns")||s.has("labelColumn")||s.has("neighbors"))&&n()}),n(),t}function If(){let i=P("div",{"data-testid":"tooltip-label"}),e=P("canvas",{width:64,height:64,"data-testid":"tooltip-thumb"}),t=P("div",{className:"ep-tooltip","data-testid":"tooltip"},i,e);return{el:t,show(n,r,s,o,a){i.textContent=s,t.dataset.index=String(a),o&&a<o.count?(e.height=Math.round(64*o.thumbH/o.thumbW),eu(o,a,e),e.style.display=""):e.style.display="none",t.style.display="block";let l=t.parentElement?.getBoundingClientRect(),c=t.offsetWidth,u=t.offsetHeight,h=l&&n+14+c>l.width?n-14-c:n+14,d=l&&r+14+u>l.height?r-14-u:r+14;t.style.left=`${Math.max(0,h)}px`,t.style.top=`${Math.max(0,d)}px`},hide(){t.style.display="none",delete t.dataset.index}}}var Fb=4;function Pf({store:i,scatter:e,tooltip:t,positionsReady:n,atlas:r,click:s}){let o=e.canvas,a=d=>{let f=o.getBoundingClientRect();return{x:d.clientX-f.left,y:d.clientY-f.top}},l=()=>{i.set({hovered:-1}),t.hide()},c=null,u=null,h=(d,f)=>{let p=e.pick(d,f);i.set({hovered:p}),p>=0?t.show(d,f,Gn(i,p),r(),p):t.hide()};o.addEventListener("pointerdown",d=>{c={x:d.clientX,y:d.clientY},u=null,t.hide()}),o.addEventListener("pointermove",d=>{d.buttons||!n()||(u=a(d),e.changing||h(u.x,u.y))}),e.onSettle=()=>{u&&n()&&h(u.x,u.y)},window.addEventListener("keydown",d=>{d.key==="Escape"?i.set({selected:-1}):(d.key==="r"||d.key==="R")&&!(d.target instanceof HTMLInputElement||d.target instanceof HTMLSelectElement)&&e.controls.reset()}),o.addEventListener("pointerleave",()=>{u=null,l()}),o.addEventListener("pointerup",d=>{if(!c||!n())return;let f=Math.hypot(d.clientX-c.x,d.clientY-c.y)>Fb;if(c=null,f)return;let{x:p,y}=a(d);s(e.pick(p,y),d)}),e.onCameraChange=()=>{i.state.hovered>=0&&l()}}var uu="imported:",Rt=i=>i.startsWith(uu)&&i.length>uu.length,hu=i=>`imported:${i}`,Wa=i=>i.slice(uu.length);function du(i){let e=i.info?.embeddings.find(t=>t.tensorName===i.tensorName);return!e||i.step!=null&&(e.checkpointSteps??[]).includes(i.step)&&i.step!==e.step?[]:e.projections??[]}function oi(i,e){if(!Rt(e))return null;let t=Wa(e);return du(i).find(n=>n.name===t&&!n.error&&(n.dims===2||n.dims===3))??null}function fu(i,e,t){if(t===2)return i;let n=new Float32Array(e*2);for(let r=0;r<e;r++)n[2*r]=i[r*t],n[2*r+1]=i[r*t+1];return n}var Ha=class{constructor(e=ht.projection){E(this,"fetchLayout",e);E(this,"items",new Map)}get(e,t,n,r=""){let s=JSON.stringify([e,t,n,r]),o=this.items.get(s);return o||(o=this.fetchLayout(e,t,n),this.items.set(s,o),o.catch(()=>{this.items.get(s)===o&&this.items.delete(s)})),o}clear(){this.items.clear()}};function Lf(i,e=ht.projection){return async(t,n,r,s)=>{let o=await e(n.run,n.tensor,i);if(o.n!==n.n)throw new Error(`side B's layout "${i}" has ${o.n} rows; its tensor has ${n.n}`);if(o.k<s)throw new Error(`side B's layout "${i}" is 2-D and side A is drawn in 3D: switch A to 2D`);return{coords:s===o.k?o.coords:fu(o.coords,o.n,o.k),note:`from Python: ${i} (as stored)`}}}function Nf(i){let e=P("select",{"data-testid":"method-select","aria-label":"Projection"}),t=P("input",{type:"checkbox","data-testid":"spherize"}),n=P("button",{"data-testid":"mode-2d"},"2D"),r=P("button",{"data-testid":"mode-3d"},"3D"),s=["X","Y","Z"].map(h=>P("select",{"data-testid":`axis-${h.toLowerCase()}`,"aria-label":h})),o=P("table",{className:"ep-var","data-testid":"variance-table"}),a=P("div",{className:"ep-meta","data-testid":"variance-total"}),l=P("div",{className:"ep-meta","data-testid":"imported-layout-problems"});e.addEventListener("change",()=>{let h=oi(i.state,e.value);i.set({method:e.value,dims:[0,1,2],...h?{is3d:h.dims===3}:{}})}),t.addEventListener("change",()=>i.set({spherize:t.checked})),n.addEventListener("click",()=>i.set({is3d:!1})),r.addEventListener("click",()=>{i.state.method!=="custom"&&oi(i.state,i.state.method)?.dims!==2&&i.set({is3d:!0})}),s.forEach((h,d)=>h.addEventListener("change",()=>{let f=[...i.state.dims];f[d]=Number(h.value),i.set({dims:f})}));let c=s.map((h,d)=>P("div",{className:"ep-row"},P("label",{},["X","Y","Z"][d]),h)),u=()=>{let h=i.state;if(Rt(h.method)&&h.n>0&&!h.loading&&!oi(h,h.method)){i.set({method:"pca",dims:[0,1,2]});return}let d=[{value:"pca",label:"PCA"}];h.d>0&&h.d<=3&&d.push({value:"identity",label:"Identity (raw dimensions)"}),d.push({value:"tsne",label:"t-SNE"},{value:"umap",label:"UMAP"},{value:"custom",label:"Custom axes"});let f=du(h);for(let w of f)d.push({value:hu(w.name),label:`from Python: ${w.name}${w.error?" (cannot be used)":` (${w.dims}-D)`}`});let p=oi(h,h.method),y=h.method==="tsne"||h.method==="umap"||h.method==="custom"||Rt(h.method);at(e,d,h.method);for(let w of e.options){let A=f.find(v=>hu(v.name)===w.value);w.disabled=!!A?.error,w.title=A?.error?`${A.error.error} (${A.error.file??A.file})`:A?A.file:""}l.replaceChildren(...f.filter(w=>w.error).map(w=>P("div",{"data-testid":"imported-layout-problem",style:"color:#c5221f;margin:2px 0 6px;overflow-wrap:anywhere",title:w.error.hint??""},`from Python: ${w.error.error.replace(`layout "${w.name}": `,`${w.name}: `)} `,P("span",{style:"font-family:ui-monospace,monospace;font-size:11px"},`(${w.error.file||w.file})`)))),t.checked=h.spherize,t.disabled=!!p;let g=h.method==="custom"||p?.dims===2;n.classList.toggle("ep-on",!h.is3d||g),r.classList.toggle("ep-on",h.is3d&&!g),r.disabled=g,r.title=h.method==="custom"?"Custom axes are 2D":g?"This layout is 2D":"";let m=h.method==="pca"?h.variance?.length??0:h.d,x=Array.from({length:m},(w,A)=>({value:String(A),label:h.method==="pca"?`PC ${A+1}`+(h.variance?` (${(100*h.variance[A]).toFixed(1)}%)`:""):`dim ${A}`}));s.forEach((w,A)=>{at(w,x,String(h.dims[A])),w.disabled=m===0}),c.forEach((w,A)=>{w.style.display=y||A===2&&!h.is3d?"none":""});let _=h.isolated&&h.isolatedVariance?h.isolatedVariance:null,b=_??h.variance;if(h.method==="pca"&&b){let w=new Set(h.dims.slice(0,h.is3d?3:2)),A=Math.max(...b,1e-12);o.replaceChildren(...b.map((N,I)=>P("tr",{className:w.has(I)?"ep-used":""},P("td",{},`PC ${I+1}`),P("td",{className:"ep-num","data-testid":"variance-pct"},`${(100*N).toFixed(2)}%`),P("td",{style:"width:45%"},P("div",{className:"ep-vbar",style:`width:${100*N/A}%`})))));let v=h.dims.slice(0,h.is3d?3:2).reduce((N,I)=>N+(b[I]??0),0),S=b.reduce((N,I)=>N+I,0);a.textContent=`Shown axes: ${(100*v).toFixed(2)}% of variance · top ${b.length}: ${(100*S).toFixed(2)}%`+(_?` · of ${h.isolated.length.toLocaleString("en-US")} isolated points`:""),a.dataset.shown=String(v),a.dataset.top=String(S)}else o.replaceChildren(),a.textContent=h.method==="identity"?"Points at their raw coordinates.":p?`Computed outside the tab, drawn as stored (${p.file.split(/[\\/]/).pop()}).`:"",a.title=p?.file??""};return i.subscribe((h,d)=>{["method","spherize","is3d","dims","variance","isolatedVariance","isolated","d","info","tensorName"].some(f=>d.has(f))&&u()}),u(),P("section",{},P("h2",{},"Projection"),P("div",{className:"ep-row"},P("label",{},"Method"),e),l,P("div",{className:"ep-row"},P("label",{},"View"),P("span",{className:"ep-seg"},n,r)),P("div",{className:"ep-row"},P("label",{},"Spherize"),t,P("span",{className:"ep-meta"},"centre + unit length")),...c,o,a)}function fs(i,e){let t=e.trim();if(!t)return null;let n,r=/^\/(.+)\/([a-z]*)$/.exec(t);if(r)try{let o=(r[2].includes("c")?"":"i")+(r[2].includes("s")?"s":""),a;try{a=new RegExp(r[1],o+"u")}catch{a=new RegExp(r[1],o)}n=l=>a.test(l)}catch{return new Int32Array(0)}else{let o=t.toLowerCase();n=a=>a.toLowerCase().includes(o)}let s=[];for(let o=0;o<i.length;o++)n(i[o]??"")&&s.push(o);return Int32Array.from(s)}function Ff(i,e){let t=P("input",{type:"search",placeholder:"Search… (text or /regex/)","data-testid":"search-input","aria-label":"Search metadata",className:"ep-search"}),n=P("select",{"data-testid":"search-column","aria-label":"Search column"}),r=P("div",{className:"ep-meta","data-testid":"search-count"}),s=P("ul",{className:"ep-results","data-testid":"search-results"}),o=0,a=0,l=()=>{let h=i.state,d=h.columns[a],f=h.searchMatches,p=d?fs(d.values,t.value):null,y=p??(f&&h.selection===f?new Int32Array(0):h.selection);i.set({searchMatches:p,selection:p??y})};t.addEventListener("input",()=>{window.clearTimeout(o),o=window.setTimeout(l,120)}),n.addEventListener("change",()=>{a=Number(n.value),l()});let c=()=>{let h=i.state;at(n,h.columns.map((f,p)=>({value:String(p),label:f.name})),String(a));let d=h.searchMatches;r.textContent=d?`${d.length.toLocaleString("en-US")} match${d.length===1?"":"es"}`:"",s.replaceChildren(...(d?Array.from(d.subarray(0,12)):[]).map(f=>P("li",{"data-testid":"search-result","data-index":f,onclick:()=>i.set({selected:f})},e(f))))};i.subscribe((h,d)=>{d.has("columns")&&(t.value="",a=Math.max(0,h.labelColumn),h.searchMatches&&i.set({searchMatches:null})),(d.has("columns")||d.has("searchMatches")||d.has("labelColumn"))&&c()}),c();let u=P("section",{},P("h2",{},"Search"),P("div",{className:"ep-row"},t),P("div",{className:"ep-row"},P("label",{},"in"),n),r,s);return i.subscribe((h,d)=>{d.has("columns")&&(u.style.display=h.columns.length?"":"none")}),u.style.display="none",u}function Db(i){return P("div",{className:`ep-notice ep-${i.level}`,role:i.level==="error"?"alert":"status","data-testid":`notice-${i.level}`},P("div",{},i.message),i.file?P("div",{className:"ep-file"},i.file):null,i.hint?P("div",{className:"ep-hint"},i.hint):null)}function Df(i){let e=P("div",{className:"ep-meta","data-testid":"progress-label"}),t=P("div",{className:"ep-fill"}),n=P("div",{className:"ep-progress","data-testid":"progress"},e,P("div",{className:"ep-bar"},t)),r=P("div",{"data-testid":"notices"}),s=P("section",{},n,r),o=a=>{let l=i.state;if(!a||a.has("loading")||a.has("computing")){let c=l.loading;if(n.style.display=c||l.computing?"":"none",c){let u=c.total?Math.min(100,100*c.loaded/c.total):null;e.textContent=`${c.label}: ${su(c.loaded)}${c.total?` of ${su(c.total)}`:""}`,t.classList.toggle("ep-indet",u===null),t.style.width=u===null?"":`${u}%`}else l.computing&&(e.textContent=l.computing,t.classList.add("ep-indet"))}(!a||a.has("notices"))&&r.replaceChildren(...l.notices.map(Db))};return i.subscribe((a,l)=>o(l)),o(),s}var Uf=`
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
`;function Of(){return{firstPcaFrameEpoch:0,lastFrameEpoch:0,pcaDoneEpoch:0,dataLoadedEpoch:0,workerLoadedEpoch:0,projectionGeneration:0,drawnGeneration:-1,ready:!1,lastProgress:null}}function Bf({hook:i,store:e,scatter:t,positionsReady:n,analysis:r}){let s=t.canvas,o={hook:i,get state(){return e.state},set:a=>e.set(a),screenPositionOf(a){let l=t.screenPositionOf(a);if(!l)return null;let c=s.getBoundingClientRect();return{x:c.left+l.x,y:c.top+l.y}},pick:(a,l)=>t.pick(a,l),colorOf:a=>t.colorAt(a),isReady:()=>n()&&i.drawnGeneration===i.projectionGeneration&&!e.state.loading&&!e.state.computing,countPointPixels(){t.renderNow();let a=document.createElement("canvas");a.width=s.width,a.height=s.height;let l=a.getContext("2d");l.drawImage(s,0,0);let c=l.getImageData(0,0,a.width,a.height).data,u=[c[0],c[1],c[2]],h=0;for(let d=0;d<c.length;d+=4)Math.abs(c[d]-u[0])+Math.abs(c[d+1]-u[1])+Math.abs(c[d+2]-u[2])>30&&h++;return h},get drawCalls(){return t.drawCalls},get drawnPoints(){return t.drawnPoints},get moving(){return t.moving},get drawnMoving(){return t.drawnMoving},get frameTimes(){return t.frameTimes},controls:t.controls,analysis:r,renderNow:()=>t.renderNow()};return window.__embproj=o,o}function kf(i){let e=null;try{e=window.parent&&window.parent!==window?window.parent.document.body:null}catch{e=null}let t=window.matchMedia?.("(prefers-color-scheme: dark)"),n=()=>e?e.classList.contains("dark-mode"):!!t?.matches,r=n();i(r);let s=()=>{let o=n();o!==r&&(r=o,i(o))};e?new MutationObserver(s).observe(e,{attributes:!0,attributeFilter:["class"]}):t?.addEventListener?.("change",s)}function zf(i,e,t,n){if(n==="euclidean")return i;let r=new Float32Array(e*t);for(let s=0;s<e;s++){let o=s*t,a=0;for(let c=0;c<t;c++)a+=i[o+c]*i[o+c];let l=a>0?1/Math.sqrt(a):0;for(let c=0;c<t;c++)r[o+c]=i[o+c]*l}return r}function pu(i,e,t,n){let r=0,s=0,o=0,a=0,l=0;for(;l+3<n;l+=4){let c=i[e+l]-i[t+l],u=i[e+l+1]-i[t+l+1],h=i[e+l+2]-i[t+l+2],d=i[e+l+3]-i[t+l+3];r+=c*c,s+=u*u,o+=h*h,a+=d*d}for(;l<n;l++){let c=i[e+l]-i[t+l];r+=c*c}return r+s+o+a}function Gf(i,e){return e==="euclidean"?Math.sqrt(i):Math.min(2,i/2)}function Vf(i,e){return{rows:Int32Array.from({length:i.n},(n,r)=>e+r),k:i.k,indices:i.indices,keys:i.keys}}function Hf(i,e,t){let{rows:n,k:r,indices:s,keys:o}=i,a=new Float32Array(o.length);for(let l=0;l<o.length;l++)a[l]=Gf(o[l],e);if(e==="cosine"&&t?.some(l=>l))for(let l=0;l<n.length;l++){let c=!1;for(let u=l*r;u<l*r+r;u++)s[u]>=0&&(t[n[l]]||t[s[u]])&&(a[u]=1,c=!0);c&&Ub(s,a,l*r,r)}return{rows:n,k:r,indices:s,distances:a}}function Ub(i,e,t,n){let r=Array.from({length:n},(s,o)=>[e[t+o],i[t+o]]);r.sort((s,o)=>s[0]-o[0]||s[1]-o[1]),r.forEach(([s,o],a)=>{e[t+a]=s,i[t+a]=o})}function Xa(i,e,t){let n=new Int32Array(i*e).fill(-1),r=new Float32Array(i*e).fill(1/0),s=0;for(let o of t){if(o.k<e)throw new RangeError(`graph part of ${o.k} neighbours, ${e} wanted`);for(let a=0;a<o.rows.length;a++){let l=a*o.k,c=o.rows[a]*e;n.set(o.indices.subarray(l,l+e),c),r.set(o.distances.subarray(l,l+e),c)}s+=o.rows.length}if(s!==i)throw new RangeError(`graph parts cover ${s} of ${i} rows`);return{n:i,k:e,indices:n,distances:r}}function $a(i){return[...i.parts.flatMap(e=>[e.rows.buffer,e.indices.buffer,e.distances.buffer]),...i.hints.map(e=>e.coordinates.buffer)]}function Wf(i,e,t){let n=null;for(let r=0;r<e;r++){let s=!1;for(let o=0;o<t&&!s;o++)s=i[r*t+o]!==0;s||((n??(n=new Uint8Array(e)))[r]=1)}return n}var dt=class extends Error{constructor(e="superseded by a newer request"){super(e),this.name="CancelledError"}},Tn=class{constructor(e,t={}){E(this,"port",e);E(this,"nextId",1);E(this,"pending",new Map);E(this,"listeners",new Map);E(this,"errorClasses");E(this,"failure",null);this.errorClasses={CancelledError:dt,...t},e.addEventListener("message",n=>this.receive(n.data)),e.start?.()}call(e,t,n={}){return this.request(e,t,n).result}request(e,t,n={}){let r=this.nextId++,{signal:s}=n,o=new Promise((a,l)=>{if(this.failure)return l(this.failure);if(s?.aborted)return l(s.reason);let c=()=>{this.settle(r)&&(l(s.reason),this.port.postMessage({cancel:r}))};s?.addEventListener("abort",c);let u=()=>s?.removeEventListener("abort",c);this.pending.set(r,{resolve:a,reject:l,onProgress:n.onProgress,release:u});try{this.port.postMessage({id:r,method:e,args:t},n.transfer??[])}catch(h){this.settle(r),l(h)}});return{id:r,result:o}}on(e,t){let n=this.listeners.get(e);return n||this.listeners.set(e,n=new Set),n.add(t),()=>n.delete(t)}abandon(e,t=new dt){this.settle(e)?.reject(t)}fail(e){this.failure??(this.failure=e);for(let[t,n]of this.pending)this.settle(t),n.reject(this.failure)}close(e){this.fail(e),this.listeners.clear()}settle(e){let t=this.pending.get(e);return this.pending.delete(e),t?.release(),t}receive(e){if("event"in e){for(let n of this.listeners.get(e.event)??[])n(e.data);return}if("progress"in e){this.pending.get(e.id)?.onProgress?.(e.progress);return}let t=this.settle(e.id);t&&("error"in e?t.reject(new(this.errorClasses[e.name]??Error)(e.error)):t.resolve(e.result))}};function qa(i,e=!1){let t=i.byteOffset===0&&i.byteLength===i.buffer.byteLength;if(t&&!e)return{array:i,transfer:[]};let n=t?i:i.slice();return{array:n,transfer:[n.buffer]}}var Vn=class{constructor(){E(this,"controller",new AbortController)}cancel(e=new dt){this.controller.abort(e),this.controller=new AbortController}next(){return this.cancel(),this.controller.signal}run(e){let t=this.next(),n=e(t);return new Promise((r,s)=>{let o=()=>s(t.reason);t.addEventListener("abort",o),n.then(r,s).finally(()=>t.removeEventListener("abort",o))})}};function ai(i,e,t,n){i.addEventListener("error",r=>{r.preventDefault();let s=r.message;n(new Error(`${e} worker failed: ${s||`could not start ${t}`}`))}),i.addEventListener("messageerror",()=>n(new Error(`${e} worker failed: a message from it could not be read`)))}function Ya(i,e,t,n=!1){if(i.length<e*t)throw new RangeError(`load: ${i.length} values for ${e} x ${t}`);let{array:r,transfer:s}=qa(i.subarray(0,e*t),n);return{rows:{data:r,n:e,d:t},transfer:s}}var mu=class{constructor(e,t=()=>{}){E(this,"onDispose",t);E(this,"rpc");E(this,"pendingLoad",0);E(this,"currentRun",0);E(this,"failureListeners",new Set);this.rpc=new Tn(e)}load(e,t,n,r={}){let{rows:s,transfer:o}=Ya(e,t,n,r.transfer);this.supersedeRun(),this.rpc.abandon(this.pendingLoad);let a=this.rpc.request("load",s,{transfer:o});return this.pendingLoad=a.id,a.result}loadGraph(e){this.supersedeRun(),this.rpc.abandon(this.pendingLoad);let t=this.rpc.request("loadGraph",e,{transfer:$a(e)});return this.pendingLoad=t.id,t.result}start(e,t={}){this.supersedeRun();let n=this.rpc.request("start",{options:e},{onProgress:t.onProgress});return this.currentRun=n.id,n.result}pause(){return this.rpc.call("pause",{})}resume(){return this.rpc.call("resume",{})}perturb(e){return this.rpc.call("perturb",{amount:e})}stop(){return this.rpc.call("stop",{})}setMaxIterations(e){return this.rpc.call("setMaxIterations",{maxIterations:e})}setSupervision(e){return this.rpc.call("setSupervision",{supervise:e})}onFrame(e){return this.rpc.on("frame",t=>{t.run===this.currentRun&&e(t.coordinates,t.iteration,t.converged,t)})}onState(e){return this.rpc.on("state",({run:t,status:n})=>{t===this.currentRun&&e(n)})}fail(e){this.rpc.fail(e);for(let t of this.failureListeners)t(e)}onFailure(e){return this.failureListeners.add(e),()=>this.failureListeners.delete(e)}dispose(){this.rpc.close(new dt("t-SNE client disposed")),this.onDispose()}supersedeRun(){this.rpc.abandon(this.currentRun),this.currentRun=0}};function Xf(i=new URL("./tsne.worker.js",import.meta.url)){let e=new Worker(i,{type:"module"}),t=new mu(e,()=>e.terminate());return ai(e,"t-SNE",i,n=>t.fail(n)),t}var ps=new Int32Array(0);function Ob(i,e){let t=new Int32Array(i.length+e.length),n=0,r=0,s=0;for(;n<i.length||r<e.length;){let o=r>=e.length||n<i.length&&i[n]<=e[r]?i[n++]:e[r++];(s===0||t[s-1]!==o)&&(t[s++]=o)}return t.slice(0,s)}function Bb(i,e){let t=new Int32Array(i.length),n=0,r=0;for(let s=0;s<i.length;s++){for(;n<e.length&&e[n]<i[s];)n++;n<e.length&&e[n]===i[s]||(t[r++]=i[s])}return t.slice(0,r)}function fr(i,e){let t=0,n=i.length-1;for(;t<=n;){let r=t+n>>1;if(i[r]===e)return!0;i[r]<e?t=r+1:n=r-1}return!1}function ms(i,e,t){return t==="add"?Ob(i,e):t==="remove"?Bb(i,e):e}function kb(i,e,t){let n=!1,r=t.length>>1;for(let s=0,o=r-1;s<r;o=s++){let a=t[2*s],l=t[2*s+1],c=t[2*o],u=t[2*o+1];l>e!=u>e&&i<(c-a)*(e-l)/(u-l)+a&&(n=!n)}return n}function $f(i,e,t,n,r,s,o){let a=Math.min(t,r),l=Math.max(t,r),c=Math.min(n,s),u=Math.max(n,s),h=[];for(let d=0;d<i.length;d++){let f=i[d],p=e[d];f>=a&&f<=l&&p>=c&&p<=u&&(!o||o(d))&&h.push(d)}return Int32Array.from(h)}function qf(i,e,t,n){if(t.length<6)return ps;let r=1/0,s=-1/0,o=1/0,a=-1/0;for(let c=0;c<t.length;c+=2)r=Math.min(r,t[c]),s=Math.max(s,t[c]),o=Math.min(o,t[c+1]),a=Math.max(a,t[c+1]);let l=[];for(let c=0;c<i.length;c++){let u=i[c],h=e[c];u>=r&&u<=s&&h>=o&&h<=a&&(n&&!n(c)||kb(u,h,t)&&l.push(c))}return Int32Array.from(l)}var Yf="http://www.w3.org/2000/svg";function Kf(i,e){return i.altKey||e&&(i.ctrlKey||i.metaKey)?"remove":i.shiftKey?"add":"replace"}function jf(i){let{store:e,plot:t}=i,n=document.createElementNS(Yf,"svg");n.setAttribute("class","ep-sel-svg");let r=document.createElementNS(Yf,"path");r.setAttribute("class","ep-sel-shape"),n.appendChild(r);let s=P("div",{className:"ep-sel-overlay","data-testid":"selection-overlay"});s.appendChild(n),t.appendChild(s);let o=["pan","box","lasso"].map(y=>{let g=P("button",{"data-testid":`select-mode-${y}`,title:{pan:"Pan / rotate (Ctrl+drag: box select)",box:"Box select (Shift adds, Alt removes)",lasso:"Lasso select (Shift adds, Alt removes)"}[y]},{pan:"Pan",box:"Box",lasso:"Lasso"}[y]);return g.addEventListener("click",()=>e.set({selectMode:y})),g}),a=P("span",{className:"ep-seg","data-testid":"select-modes"},...o),l=()=>{let y=e.state.selectMode;o.forEach((g,m)=>g.classList.toggle("ep-on",["pan","box","lasso"][m]===y)),s.classList.toggle("ep-active",y!=="pan"),s.dataset.mode=y};e.subscribe((y,g)=>{g.has("selectMode")&&l()}),l();let c=null,u=y=>{let g=t.getBoundingClientRect();return[y.clientX-g.left,y.clientY-g.top]},h=()=>{if(!c){r.setAttribute("d","");return}let y=c.pts;if(c.kind==="box"){let[g,m,x,_]=[y[0],y[1],y[y.length-2],y[y.length-1]];r.setAttribute("d",`M${g},${m}H${x}V${_}H${g}Z`)}else{let g="";for(let m=0;m<y.length;m+=2)g+=`${m?"L":"M"}${y[m]},${y[m+1]}`;r.setAttribute("d",g+"Z")}},d=(y,g,m,x=!1)=>{c={kind:g,how:m,pts:u(y),id:y.pointerId,ctrlClick:x},s.classList.add("ep-dragging"),h()},f=y=>{if(!c||y.pointerId!==c.id)return;let[g,m]=u(y);if(c.kind==="box")c.pts=[c.pts[0],c.pts[1],g,m];else{let x=c.pts.length;Math.hypot(g-c.pts[x-2],m-c.pts[x-1])>=2&&c.pts.push(g,m)}h()},p=y=>{if(!c||y.pointerId!==c.id)return;f(y);let g=c;c=null,s.classList.remove("ep-dragging"),h();let m=g.pts,x=!0;for(let w=2;w<m.length&&x;w+=2)x=Math.abs(m[w]-m[0])<3&&Math.abs(m[w+1]-m[1])<3;if(x&&g.ctrlClick){let w=i.screenPositions(),A=-1,v=36;for(let S=0;S<w.x.length;S++){let N=(w.x[S]-m[0])**2+(w.y[S]-m[1])**2;N<v&&i.visible(S)&&(A=S,v=N)}A>=0&&i.onSelect(ms(e.state.selection,Int32Array.of(A),"remove"));return}if(x){g.how==="replace"&&i.onSelect(new Int32Array(0));return}let _=i.screenPositions(),b=g.kind==="box"?$f(_.x,_.y,m[0],m[1],m[2],m[3],i.visible):qf(_.x,_.y,m,i.visible);i.onSelect(ms(e.state.selection,b,g.how))};return s.addEventListener("pointerdown",y=>{if(y.button===0){y.preventDefault();try{s.setPointerCapture(y.pointerId)}catch{}d(y,e.state.selectMode==="lasso"?"lasso":"box",Kf(y,!0))}}),s.addEventListener("pointermove",f),s.addEventListener("pointerup",p),s.addEventListener("pointercancel",()=>{c=null,s.classList.remove("ep-dragging"),h()}),t.addEventListener("pointerdown",y=>{if(e.state.selectMode!=="pan"||y.button!==0||!(y.ctrlKey||y.metaKey)||y.target===s)return;y.stopPropagation(),y.preventDefault(),d(y,"box",Kf({ctrlKey:!1,metaKey:!1,shiftKey:y.shiftKey,altKey:y.altKey},!1),!0);let g=x=>f(x),m=x=>{p(x),window.removeEventListener("pointermove",g,!0),window.removeEventListener("pointerup",m,!0)};window.addEventListener("pointermove",g,!0),window.addEventListener("pointerup",m,!0)},{capture:!0}),{toolbar:a,overlay:s}}var Ti=class extends Error{constructor(e="UMAP stopped before the first epoch"){super(e),this.name="UmapStoppedError"}};var gu=class{constructor(e,t=()=>{}){E(this,"onDispose",t);E(this,"rpc");E(this,"currentRun",0);E(this,"frameListeners",new Set);E(this,"progressListeners",new Set);E(this,"passOn",e=>{if("frame"in e)this.emit(e.frame);else for(let t of this.progressListeners)t(e.init)});this.rpc=new Tn(e,{UmapStoppedError:Ti})}load(e,t,n,r={}){let{rows:s,transfer:o}=Ya(e,t,n,r.transfer);return this.supersedeRun(),this.rpc.call("load",s,{transfer:o})}loadGraph(e){return this.supersedeRun(),this.rpc.call("loadGraph",e,{transfer:$a(e)})}start(e={}){return this.supersedeRun(),this.run(this.rpc.request("start",e,{onProgress:this.passOn}))}resume(){return this.supersedeRun(),this.run(this.rpc.request("resume",{},{onProgress:this.passOn}))}stop(){return this.rpc.call("stop",{})}onFrame(e){return this.frameListeners.add(e),()=>this.frameListeners.delete(e)}onProgress(e){return this.progressListeners.add(e),()=>this.progressListeners.delete(e)}fail(e){this.rpc.fail(e)}dispose(){this.rpc.close(new dt("UMAP client disposed")),this.onDispose()}supersedeRun(){this.rpc.abandon(this.currentRun),this.currentRun=0}async run(e){this.currentRun=e.id;let t=await e.result;return this.emit(t),t}emit(e){for(let t of this.frameListeners)t(e.coordinates,e.epoch,e.nEpochs,e.done,e)}};function Jf(i=new URL("./umap.worker.js",import.meta.url)){let e=new Worker(i,{type:"module"}),t=new gu(e,()=>e.terminate());return ai(e,"UMAP",i,n=>t.fail(n)),t}function Zf(i,e){return Math.max(1,Math.min(i-1,Math.floor(3*e)))}function Qf(i,e,t){if(e>=i)return Int32Array.from({length:i},(r,s)=>s);let n=new Set;for(let r=i-e;r<i;r++){let s=Math.floor(t()*(r+1));n.add(n.has(s)?r:s)}return Int32Array.from([...n].sort((r,s)=>r-s))}function ep(i,e,t,n){let{rows:r,coordinates:s,dim:o}=n,a=new Float32Array(i*o),l=new Uint16Array(i);r.forEach((h,d)=>{l[h]=1;for(let f=0;f<o;f++)a[h*o+f]=s[d*o+f]});let c=new Float64Array(o),u=i-r.length;for(let h=1;u>0&&h<65535;h++){let d=0;for(let f of e){let p=Math.min(t,f.k);for(let y=0;y<f.rows.length;y++){let g=f.rows[y];if(l[g]!==0)continue;c.fill(0);let m=0;for(let x=y*f.k,_=x+p;x<_;x++){let b=f.indices[x];if(!(b<0||l[b]===0||l[b]>h)){for(let w=0;w<o;w++)c[w]+=a[b*o+w];m++}}if(m!==0){for(let x=0;x<o;x++)a[g*o+x]=c[x]/m;l[g]=h+1,d++}}}if(u-=d,d===0)break}if(u>0){let h=new Float64Array(o);for(let d=0;d<r.length;d++)for(let f=0;f<o;f++)h[f]+=s[d*o+f]/r.length;for(let d=0;d<i;d++)if(l[d]===0)for(let f=0;f<o;f++)a[d*o+f]=h[f]}return a}function tp(i,e,t,n){let r=i.length/e,s=0;for(let l=0;l<r;l++)s+=i[l*e]/r;let o=0;for(let l=0;l<r;l++)o+=(i[l*e]-s)**2/Math.max(1,r-1);let a=t*Math.sqrt(o);if(a>0)for(let l=0;l<i.length;l++)i[l]+=a*n()}function zb(i){return i+1831565813|0}function Gb(i){let e=Math.imul(i^i>>>15,i|1);return e^=e+Math.imul(e^e>>>7,e|61),(e^e>>>14)>>>0}function Vb(i){let e=i|0;return()=>(e=zb(e),Gb(e)/4294967296)}function pr(i){return Vb(i>>>0^2654435769)}function mr(i,e){return Math.floor(i()*e)}function np(i){return()=>Math.sqrt(-2*Math.log(1-i()))*Math.cos(2*Math.PI*i())}var yu=Uint8Array.from(atob("AGFzbQEAAAABCQFgBX9/f39/AAIPAQNlbnYGbWVtb3J5AgABAwIBAAcOAQphY2N1bXVsYXRlAAAKkQUBjgUCCn8Le0EAIQUDQCAAIAUgAWxqIQggCCABaiEJIAVBfHEhBgNAIAAgBiABbGohCiAKIAFqIQsgCyABaiEMIAwgAWohDf0MAAAAAAAAAAAAAAAAAAAAACES/QwAAAAAAAAAAAAAAAAAAAAAIRP9DAAAAAAAAAAAAAAAAAAAAAAhFP0MAAAAAAAAAAAAAAAAAAAAACEV/QwAAAAAAAAAAAAAAAAAAAAAIRb9DAAAAAAAAAAAAAAAAAAAAAAhF/0MAAAAAAAAAAAAAAAAAAAAACEY/QwAAAAAAAAAAAAAAAAAAAAAIRlBACEHA0AgCCAHav0ABAAhDyAJIAdq/QAEACEQIAogB2r9AAQAIREgEiAPIBH98gH98AEhEiAWIBAgEf3yAf3wASEWIAsgB2r9AAQAIREgEyAPIBH98gH98AEhEyAXIBAgEf3yAf3wASEXIAwgB2r9AAQAIREgFCAPIBH98gH98AEhFCAYIBAgEf3yAf3wASEYIA0gB2r9AAQAIREgFSAPIBH98gH98AEhFSAZIBAgEf3yAf3wASEZIAdBEGoiByACSQ0ACyAEIAUgA2wgBmpBA3RqIQ4gDiAOKwMAIBL9IQAgEv0hAaCgOQMAIA4gDisDCCAT/SEAIBP9IQGgoDkDCCAOIA4rAxAgFP0hACAU/SEBoKA5AxAgDiAOKwMYIBX9IQAgFf0hAaCgOQMYIA4gA0EDdGohDiAOIA4rAwAgFv0hACAW/SEBoKA5AwAgDiAOKwMIIBf9IQAgF/0hAaCgOQMIIA4gDisDECAY/SEAIBj9IQGgoDkDECAOIA4rAxggGf0hACAZ/SEBoKA5AxggBkEEaiIGIANJDQALIAVBAmoiBSADSQ0ACws="),i=>i.charCodeAt(0));var xu=4;function ip(i,e){if(i%xu!==0||e%2!==0)return null;let t=Hb();if(!t)return null;let n=i*e*8,r=i*i*8,s=Math.ceil((n+r)/65536)+1,o,a;try{o=new WebAssembly.Memory({initial:s}),a=new WebAssembly.Instance(t,{env:{memory:o}})}catch{return null}let l=a.exports.accumulate,c=new Float64Array(o.buffer,0,i*e),u=new Float64Array(o.buffer,n,i*i);return{block:c,upper:u,accumulate(h){h<=0||l(0,e*8,Math.ceil(h/2)*16,i,n)}}}var gr;function Hb(){if(gr!==void 0||(gr=null,typeof WebAssembly>"u"))return gr;try{WebAssembly.validate(yu)&&(gr=new WebAssembly.Module(yu))}catch{}return gr}function Wb(i,e,t){let n=new Float64Array(t);for(let r=0;r<e;r++){let s=r*t;for(let o=0;o<t;o++)n[o]+=i[s+o]}return n}function ys(i,e,t){let n=Wb(i,e,t);if(e>0)for(let r=0;r<t;r++)n[r]/=e;return n}var gs=3;function Xb(i){let e=Math.floor(524288/(8*Math.max(i,1)));return Math.max(32,Math.min(256,e))&-8}function*$b(i,e,t,n,r={}){let s=r.wasm!==!1&&e>0,o=s?xu:gs,a=Math.ceil(t/o)*o,l=Xb(a),c=s?ip(a,l):null;c||(a=Math.ceil(t/gs)*gs);let u=c?c.block:new Float64Array(a*l),h=c?c.upper:new Float64Array(a*a);for(let f=0;f<e;f+=l){let p=Math.min(l,e-f);p<l&&u.fill(0);let y=r.scaling;for(let g=0;g<p;g++){let m=(f+g)*t;if(y){let{centre:x}=y,_=y.scale[f+g];for(let b=0;b<t;b++)u[b*l+g]=(i[m+b]-x[b])*_-n[b]}else for(let x=0;x<t;x++)u[x*l+g]=i[m+x]-n[x]}c?c.accumulate(p):qb(u,l,p,a,h),yield Math.min(1,(f+p)/e)}let d=new Float64Array(t*t);for(let f=0;f<t;f++)for(let p=f;p<t;p++){let y=h[f*a+p];d[f*t+p]=y,d[p*t+f]=y}return d}function xs(i,e){let t=e>1?1/(e-1):1;for(let n=0;n<i.length;n++)i[n]*=t;return i}function*rp(i,e,t,n,r={}){return xs(yield*$b(i,e,t,n,r),e)}function qb(i,e,t,n,r){for(let s=0;s<n;s+=gs){let o=s*e,a=o+e,l=a+e;for(let c=s;c<n;c+=gs){let u=c*e,h=u+e,d=h+e,f=0,p=0,y=0,g=0,m=0,x=0,_=0,b=0,w=0;for(let N=0;N<t;N++){let I=i[o+N],R=i[a+N],C=i[l+N],D=i[u+N],L=i[h+N],z=i[d+N];f+=I*D,p+=I*L,y+=I*z,g+=R*D,m+=R*L,x+=R*z,_+=C*D,b+=C*L,w+=C*z}let A=s*n+c,v=A+n,S=v+n;r[A]+=f,r[A+1]+=p,r[A+2]+=y,r[v]+=g,r[v+1]+=m,r[v+2]+=x,r[S]+=_,r[S+1]+=b,r[S+2]+=w}}}function li(i){let e=new Float64Array(i[0].length);for(let t of i)for(let n=0;n<e.length;n++)e[n]+=t[n];return e}function sp(i,e,t,n){let r=new Float64Array(e);for(let s=0;s<e;s++){let o=s*t,a=0;for(let l=0;l<t;l++){let c=i[o+l]-n[l];a+=c*c}r[s]=a>0?1/Math.sqrt(a):0}return{centre:n,scale:r}}function ap(i,e,t=e){let n=Math.max(0,Math.min(t,e)),r=Yb(Float64Array.from(i),e),s=Float64Array.from(r.diagonal);Kb(s,Float64Array.from(r.offDiagonal),e),s.sort().reverse();let o=jb(r,s.subarray(0,n),e);for(let a=0;a<n;a++)r.applyQ(o.subarray(a*e,a*e+e));return{values:s,vectors:o}}function Yb(i,e){let t=new Float64Array(e),n=new Float64Array(e),r=[],s=new Float64Array(e);for(let a=0;a+2<e;a++){let l=a+1,c=e-l,u=i.slice(a*e+l,a*e+e),h=0;for(let _=0;_<c;_++)h+=u[_]*u[_];t[a]=i[a*e+a];let d=u[0],f=Math.sqrt(h),p=d>0?-f:f,y=2*(h-p*d);if(f===0||y<=Number.MIN_VALUE){n[a]=d;continue}u[0]=d-p;let g=2/y;n[a]=p,r.push({first:l,beta:g,v:u}),s.fill(0,0,c);for(let _=0;_<c;_++){let b=(l+_)*e+l,w=u[_],A=i[b+_]*w;for(let v=_+1;v<c;v++){let S=i[b+v];A+=S*u[v],s[v]+=S*w}s[_]+=A}let m=0;for(let _=0;_<c;_++)s[_]*=g,m+=u[_]*s[_];let x=.5*g*m;for(let _=0;_<c;_++)s[_]-=x*u[_];for(let _=0;_<c;_++){let b=(l+_)*e+l,w=u[_],A=s[_];for(let v=_;v<c;v++)i[b+v]-=w*s[v]+A*u[v]}}return e>=2&&(t[e-2]=i[(e-2)*e+e-2],n[e-2]=i[(e-2)*e+e-1]),e>=1&&(t[e-1]=i[(e-1)*e+e-1]),{diagonal:t,offDiagonal:n,applyQ:a=>{for(let l=r.length-1;l>=0;l--){let{first:c,beta:u,v:h}=r[l],d=0;for(let p=0;p<h.length;p++)d+=h[p]*a[c+p];let f=u*d;for(let p=0;p<h.length;p++)a[c+p]-=f*h[p]}}}}function Kb(i,e,t){for(let n=0;n<t;n++)for(let r=0;;r++){let s=n;for(;s<t-1;){let d=Math.abs(i[s])+Math.abs(i[s+1]);if(Math.abs(e[s])<=Number.EPSILON*d)break;s++}if(s===n)break;if(r>=64)throw new Error("symmetricEigen: QL did not converge");let o=(i[n+1]-i[n])/(2*e[n]),a=Math.hypot(o,1);o=i[s]-i[n]+e[n]/(o+(o>=0?a:-a));let l=1,c=1,u=0,h=!1;for(let d=s-1;d>=n;d--){let f=l*e[d],p=c*e[d];if(a=Math.hypot(f,o),e[d+1]=a,a===0){i[d+1]-=u,e[s]=0,h=!0;break}l=f/a,c=o/a,o=i[d+1]-u,a=(i[d]-o)*l+2*c*p,u=l*a,i[d+1]=o+u,o=c*a-p}h||(i[n]-=u,e[n]=o,e[s]=0)}}function jb(i,e,t){let{diagonal:n,offDiagonal:r}=i,s=0;for(let h=0;h<t;h++)s=Math.max(s,Math.abs(n[h])+Math.abs(r[h])+(h>0?Math.abs(r[h-1]):0));let o=Math.max(s,Number.MIN_VALUE)*Number.EPSILON,a=new Float64Array(e.length*t),l=new vu(n,r,t,o),c=Jb(625341585),u=0;for(let h=0;h<e.length;h++){h>0&&e[h-1]-e[h]>.001*s&&(u=h),l.factor(e[h]);let d=a.subarray(h*t,h*t+t);for(let f=0;f<t;f++)d[f]=c()-.5;for(let f=0;f<4;f++){op(d),l.solve(d);for(let p=u;p<h;p++){let y=a.subarray(p*t,p*t+t),g=0;for(let m=0;m<t;m++)g+=d[m]*y[m];for(let m=0;m<t;m++)d[m]-=g*y[m]}if(!op(d))for(let p=0;p<t;p++)d[p]=c()-.5}}return a}var vu=class{constructor(e,t,n,r){E(this,"diagonal",e);E(this,"off",t);E(this,"d",n);E(this,"tinyPivot",r);E(this,"u0");E(this,"u1");E(this,"u2");E(this,"multiplier");E(this,"swapped");this.u0=new Float64Array(n),this.u1=new Float64Array(n),this.u2=new Float64Array(n),this.multiplier=new Float64Array(n),this.swapped=new Uint8Array(n)}factor(e){let{diagonal:t,off:n,d:r}=this,s=t[0]-e,o=r>1?n[0]:0,a=0;for(let l=0;l+1<r;l++){let c=n[l],u=t[l+1]-e,h=l+2<r?n[l+1]:0;if(Math.abs(s)>=Math.abs(c)){let d=s===0?this.tinyPivot:s,f=c/d;this.setRow(l,d,o,a,f,0),s=u-f*o,o=h-f*a}else{let d=s/c;this.setRow(l,c,u,h,d,1),s=o-d*u,o=a-d*h}a=0}this.setRow(r-1,s===0?this.tinyPivot:s,0,0,0,0)}solve(e){let{d:t,u0:n,u1:r,u2:s,multiplier:o,swapped:a}=this;for(let l=0;l+1<t;l++){if(a[l]){let c=e[l];e[l]=e[l+1],e[l+1]=c}e[l+1]-=o[l]*e[l]}for(let l=t-1;l>=0;l--){let c=e[l];l+1<t&&(c-=r[l]*e[l+1]),l+2<t&&(c-=s[l]*e[l+2]),e[l]=c/n[l]}}setRow(e,t,n,r,s,o){this.u0[e]=t,this.u1[e]=n,this.u2[e]=r,this.multiplier[e]=s,this.swapped[e]=o}};function op(i){let e=0;for(let r=0;r<i.length;r++)e=Math.max(e,Math.abs(i[r]));if(!(e>0)||!Number.isFinite(e))return!1;let t=0;for(let r=0;r<i.length;r++)t+=(i[r]/e)**2;let n=1/(e*Math.sqrt(t));for(let r=0;r<i.length;r++)i[r]*=n;return!0}function Jb(i){let e=i>>>0;return()=>(e=Math.imul(e,1664525)+1013904223>>>0,e/4294967296)}var lp=10;function _u(i,e,t,n=ys(i,e,t)){let{scale:r}=sp(i,e,t,n),s=new Float32Array(e*t);for(let o=0;o<e;o++){let a=o*t,l=r[o];for(let c=0;c<t;c++)s[a+c]=(i[a+c]-n[c])*l}return s}function*Zb(i,e,t,n=lp){Au(i,e,t);let r=ys(i,e,t);Su(r);let s=yield*t_(rp(i,e,t,r),.95),o=Qb(s,t,n,r);return yield 1,o}function Qb(i,e,t,n){let r=Math.max(0,Math.min(t,e)),s=ap(i,e,r),o=0;for(let u=0;u<e;u++)o+=i[u*e+u];let a=new Float32Array(r*e),l=new Float64Array(r),c=new Float64Array(r);for(let u=0;u<r;u++){let h=s.vectors.subarray(u*e,u*e+e),d=e_(h);for(let f=0;f<e;f++)a[u*e+f]=d*h[f];l[u]=Math.max(0,s.values[u]),c[u]=o>0?l[u]/o:0}return{components:a,variance:l,varianceFraction:c,totalVariance:o,mean:Float32Array.from(n)}}function cp(i,e,t,n=lp,r){let s=Zb(i,e,t,n);for(;;){let o=s.next();if(o.done)return o.value;r?.(o.value)}}function up(i,e,t,n,r,s,o){Au(i,e,t);let a=Math.floor(r.length/t);for(let d of s)if(!Number.isInteger(d)||d<0||d>=a)throw new RangeError(`project: component ${d} is not in 0..${a-1}`);let l=s.length,c=s.map(d=>bu(n,0,r,d*t,t)),u=s.map(d=>o?bu(o.centre,0,r,d*t,t):0),h=new Float32Array(e*l);for(let d=0;d<e;d++){let f=d*t,p=o?o.scale[d]:1;for(let y=0;y<l;y++)h[d*l+y]=p*(bu(i,f,r,s[y]*t,t)-u[y])-c[y]}return h}function hp(i,e,t){Au(i,e,t);let n=new Float32Array(e*3),r=Math.min(t,3);for(let s=0;s<e;s++)for(let o=0;o<r;o++)n[s*3+o]=i[s*t+o];return n}function bu(i,e,t,n,r){let s=0;for(let o=0;o<r;o++)s+=i[e+o]*t[n+o];return s}function e_(i){let e=0;for(let t=0;t<i.length;t++)Math.abs(i[t])>Math.abs(e)&&(e=i[t]);return e<0?-1:1}function*t_(i,e){for(;;){let t=i.next();if(t.done)return t.value;yield t.value*e}}function Au(i,e,t){if(!Number.isInteger(e)||!Number.isInteger(t)||e<0||t<1||i.length<e*t)throw new RangeError(`expected an n x d = ${e} x ${t} Float32Array, got length ${i.length}`)}function Su(i){let e=i.findIndex(t=>!Number.isFinite(t));if(e>=0)throw new Error(`the data has NaN or infinite values (column ${e})`)}var yr=class{constructor(e){E(this,"size",e);E(this,"keys");E(this,"ids");E(this,"count",0);this.keys=new Float64Array(e),this.ids=new Int32Array(e)}offer(e,t){let{keys:n,ids:r,size:s}=this;if(this.count<s){let o=this.count++;for(;o>0;){let a=o-1>>1;if(!Ka(t,e,n[a],r[a]))break;n[o]=n[a],r[o]=r[a],o=a}n[o]=t,r[o]=e;return}s===0||!Ka(n[0],r[0],t,e)||this.siftDown(t,e,s)}indices(){return Array.from(this.ids.subarray(0,this.count))}drainSorted(e,t,n){let r=this.count;for(let s=r-1;s>=0;s--)e[n+s]=this.keys[0],t[n+s]=this.ids[0],this.count--,this.count>0&&this.siftDown(this.keys[this.count],this.ids[this.count],this.count);return r}siftDown(e,t,n){let{keys:r,ids:s}=this,o=0;for(;;){let a=2*o+1;if(a>=n)break;let l=a;if(a+1<n&&Ka(r[a+1],s[a+1],r[a],s[a])&&(l=a+1),!Ka(r[l],s[l],e,t))break;r[o]=r[l],s[o]=s[l],o=l}r[o]=e,s[o]=t}};function Ka(i,e,t,n){return i>t||i===t&&e>n}var dp=Uint8Array.from(atob("AGFzbQEAAAABEgJgBX9/f39/AGAFf39/f38BfwIPAQNlbnYGbWVtb3J5AgABAwQDAAABByEDCWRpc3RhbmNlcwAABGRvdHMAAQpwYWlyc0JlbG93AAIK1AsD1wMDBX8CfQV7IARBQHEhCCAEQXBxIQlBACEFAkADQCAFIAJPDQEgASAFQQJ0aigCACEG/QwAAAAAAAAAAAAAAAAAAAAAIQz9DAAAAAAAAAAAAAAAAAAAAAAhDf0MAAAAAAAAAAAAAAAAAAAAACEO/QwAAAAAAAAAAAAAAAAAAAAAIQ9BACEHAkADQCAHIAhPDQEgACAHav0ABAAgBiAHav0ABAD95QEiECAQ/eYBIAz95AEhDCAAIAdq/QAEECAGIAdq/QAEEP3lASIQIBD95gEgDf3kASENIAAgB2r9AAQgIAYgB2r9AAQg/eUBIhAgEP3mASAO/eQBIQ4gACAHav0ABDAgBiAHav0ABDD95QEiECAQ/eYBIA/95AEhDyAHQcAAaiEHDAALCwJAA0AgByAJTw0BIAAgB2r9AAQAIAYgB2r9AAQA/eUBIhAgEP3mASAM/eQBIQwgB0EQaiEHDAALCyAMIA395AEgDiAP/eQB/eQBIQwgDP0fACAM/R8BkiAM/R8CkiAM/R8DkiEKAkADQCAHIARPDQEgCiAAIAdqKgIAIAYgB2oqAgCTIgsgC5SSIQogB0EEaiEHDAALCyADIAVBAnRqIAo4AgAgBUEBaiEFDAALCwuvAwMFfwF9BHsgBEFAcSEIIARBcHEhCUEAIQUCQANAIAUgAk8NASABIAVBAnRqKAIAIQb9DAAAAAAAAAAAAAAAAAAAAAAhC/0MAAAAAAAAAAAAAAAAAAAAACEM/QwAAAAAAAAAAAAAAAAAAAAAIQ39DAAAAAAAAAAAAAAAAAAAAAAhDkEAIQcCQANAIAcgCE8NASAAIAdq/QAEACAGIAdq/QAEAP3mASAL/eQBIQsgACAHav0ABBAgBiAHav0ABBD95gEgDP3kASEMIAAgB2r9AAQgIAYgB2r9AAQg/eYBIA395AEhDSAAIAdq/QAEMCAGIAdq/QAEMP3mASAO/eQBIQ4gB0HAAGohBwwACwsCQANAIAcgCU8NASAAIAdq/QAEACAGIAdq/QAEAP3mASAL/eQBIQsgB0EQaiEHDAALCyALIAz95AEgDSAO/eQB/eQBIQsgC/0fACAL/R8BkiAL/R8CkiAL/R8DkiEKAkADQCAHIARPDQEgCiAAIAdqKgIAIAYgB2oqAgCUkiEKIAdBBGohBwwACwsgAyAFQQJ0aiAKOAIAIAVBAWohBQwACwsLxwQFBX8CfQV7A38BfSAEQUBxIQggBEFwcSEJIAMhE0EAIQUCQANAIAUgAk8NASAAIAVBAnRqKAIAIREgACAFQQJ0aioCgIABIRQgBUEBaiESAkADQCASIAFPDQEgACASQQJ0aigCACEG/QwAAAAAAAAAAAAAAAAAAAAAIQz9DAAAAAAAAAAAAAAAAAAAAAAhDf0MAAAAAAAAAAAAAAAAAAAAACEO/QwAAAAAAAAAAAAAAAAAAAAAIQ9BACEHAkADQCAHIAhPDQEgESAHav0ABAAgBiAHav0ABAD95QEiECAQ/eYBIAz95AEhDCARIAdq/QAEECAGIAdq/QAEEP3lASIQIBD95gEgDf3kASENIBEgB2r9AAQgIAYgB2r9AAQg/eUBIhAgEP3mASAO/eQBIQ4gESAHav0ABDAgBiAHav0ABDD95QEiECAQ/eYBIA/95AEhDyAHQcAAaiEHDAALCwJAA0AgByAJTw0BIBEgB2r9AAQAIAYgB2r9AAQA/eUBIhAgEP3mASAM/eQBIQwgB0EQaiEHDAALCyAMIA395AEgDiAP/eQB/eQBIQwgDP0fACAM/R8BkiAM/R8CkiAM/R8DkiEKAkADQCAHIARPDQEgCiARIAdqKgIAIAYgB2oqAgCTIgsgC5SSIQogB0EEaiEHDAALCyAKIBRdIAogACASQQJ0aioCgIABXXIEQCATIAUgEkEQdHI2AgAgEyAKOAIEIBNBCGohEwsgEkEBaiESDAALCyAFQQFqIQUMAAsLIBMgA2tBA3YL"),i=>i.charCodeAt(0));var fp=4096*4,vs;function n_(){if(vs!==void 0)return vs;try{vs=typeof WebAssembly=="object"?new WebAssembly.Module(dp):null}catch{vs=null}return vs}function ja(i){let e=n_();if(!e)return null;let{exports:t}=new WebAssembly.Instance(e,{env:{memory:i}});return{distances:t.distances,dots:t.dots,pairsBelow:t.pairsBelow}}function Ja(i){try{return new WebAssembly.Memory({initial:Math.ceil(i/65536)+1})}catch{return null}}var Ye=4096,xr=16384;function pp(i,e,t,n=!0,r){if(r){let s=i_(e,t,n);for(let o=0;o<e;o++)s.writeRows(o,i.subarray(r[o]*t,r[o]*t+t),1);return s}return n&&gp(e,t,i)||mp(i,e,t)}function i_(i,e,t=!0){return t&&gp(i,e,null)||mp(new Float32Array(i*e),i,e)}function mp(i,e,t){let n=new Int32Array(e);for(let a=0;a<e;a++)n[a]=a*t;let r=new ArrayBuffer(xr*8),s=new Int32Array(r),o=new Float32Array(r);return{belowCodes:s,belowKeys:o,pairsBelow(a,l,c,u){let h=0;for(let d=0;d<c;d++)for(let f=d+1;f<l;f++){let p=Math.fround(pu(i,n[a[d]],n[a[f]],t));(p<u[d]||p<u[f])&&(s[2*h]=d|f<<16,o[2*h+1]=p,h++)}return h},fromRow(a,l,c,u,h=0){let d=n[a];for(let f=0;f<c;f++)u[f]=pu(i,d,n[l[h+f]],t)},renumber(a){let l=n.slice();for(let c=0;c<e;c++)n[c]=l[a[c]]},writeRows(a,l,c){for(let u=0;u<c;u++)i.set(l.subarray(u*t,u*t+t),n[a+u])}}}function gp(i,e,t){let n=Math.ceil(e/4)*4,r=n*4,s=i*r,o=s+fp,a=o+Ye*4,l=Ja(a+xr*8),c=l&&ja(l);if(!l||!c)return null;let u=c.distances,h=c.pairsBelow,d=new Float32Array(l.buffer,0,i*n),f=(_,b,w)=>{if(n===e)d.set(b.subarray(0,w*e),_*n);else for(let A=0;A<w;A++)d.set(b.subarray(A*e,A*e+e),(_+A)*n)};t&&f(0,t,i);let p=new Int32Array(l.buffer,s,Ye),y=new Float32Array(l.buffer,a,Ye),g=new Float32Array(l.buffer,o,Ye),m=new Int32Array(l.buffer,a,2*xr),x=new Float32Array(l.buffer,a,2*xr);return{fromRow(_,b,w,A,v=0){for(let S=0;S<w;S++)p[S]=b[v+S]*r;u(_*r,s,w,a,r);for(let S=0;S<w;S++)A[S]=y[S]},belowCodes:m,belowKeys:x,pairsBelow(_,b,w,A){for(let v=0;v<b;v++)p[v]=_[v]*r;return g.set(A.subarray(0,b)),h(s,b,w,a,r)},writeRows:f,renumber(_){let b=new Float32Array(n),w=new Uint8Array(i);for(let A=0;A<i;A++){if(w[A])continue;b.set(d.subarray(A*n,A*n+n));let v=A;for(;;){w[v]=1;let S=_[v];if(S===A){d.set(b,v*n);break}d.copyWithin(v*n,S*n,S*n+n),v=S}}}}}var yp=64,xp=512,Za=class i{constructor(e,t,n,r){E(this,"rows",e);E(this,"n",t);E(this,"d",n);E(this,"wasm",r);E(this,"norms",null);E(this,"centred",null)}static store(e,t,n){let s=t*n*4,o=s+Math.ceil(n/4)*16,a=o+Ye*4,l=a+Ye*4,c=Ja(l+yp*n*4),u=c&&ja(c);if(!c||!u)return new i(e,t,n,null);let h=new Float32Array(c.buffer,0,t*n);return h.set(e.subarray(0,t*n)),new i(h,t,n,{functions:u,memory:c,queryOffset:s,listOffset:o,outOffset:a,axesOffset:l})}dotsWith(e,t,n,r){let{rows:s,d:o}=this,a=new Float32Array((r-n)*t),l=this.wasm;if(!l||t>yp){for(let g=n;g<r;g++)for(let m=0;m<t;m++){let x=0;for(let _=0,b=g*o,w=m*o;_<o;_++)x+=s[b+_]*e[w+_];a[(g-n)*t+m]=x}return a}let{functions:c,memory:u,listOffset:h,outOffset:d,axesOffset:f}=l;new Float32Array(u.buffer,f,t*o).set(e.subarray(0,t*o));let p=new Int32Array(u.buffer,h,Ye),y=new Float32Array(u.buffer,d,Ye);for(let g=n;g<r;g+=xp){let m=Math.min(xp,r-g);for(let x=0;x<m;x++)p[x]=(g+x)*o*4;for(let x=0;x<t;x++){c.dots(f+x*o*4,h,m,d,o*4);for(let _=0;_<m;_++)a[(g-n+_)*t+x]=y[_]}}return a}static over(e,t,n){return new i(e,t,n,null)}row(e){if(!(e>=0&&e<this.n))throw new RangeError(`row ${e} of ${this.n}`);return this.rows.slice(e*this.d,e*this.d+this.d)}nearest(e){let{n:t,d:n}=this;if(e.vector.length!==n)throw new RangeError(`query of ${e.vector.length} values for rows of ${n}`);let r=e.exclude>=0&&e.exclude<t?1:0,s=Math.max(0,Math.min(e.k,t-r));if(s===0)return{indices:new Int32Array(0),distances:new Float64Array(0)};let o=this.exactDistance(e),a=this.wasm?Math.min(t-r,s+Math.max(16,Math.ceil(s/8))):s,l=new yr(a);if(this.wasm)this.scanWasm(e,this.wasm,l);else for(let h=0;h<t;h++)h!==e.exclude&&l.offer(h,o(h));let c=l.indices().map(h=>({r:h,distance:o(h)}));c.sort((h,d)=>h.distance-d.distance||h.r-d.r);let u=c.slice(0,s);return{indices:Int32Array.from(u,h=>h.r),distances:Float64Array.from(u,h=>h.distance)}}scanWasm(e,t,n){let{n:r,d:s}=this,{functions:o,memory:a,queryOffset:l,listOffset:c,outOffset:u}=t,h=new Float32Array(a.buffer,l,s),d=new Int32Array(a.buffer,c,Ye),f=new Float32Array(a.buffer,u,Ye),p=s*4,y=0,g=null;if(e.metric==="euclidean")h.set(e.vector);else if(e.centre){for(let x=0;x<s;x++)h[x]=e.vector[x]-e.centre[x];for(let x=0;x<s;x++)y+=e.centre[x]*h[x];g=this.centredNorms(e.centre)}else h.set(e.vector),g=this.rowNorms();let m=e.metric==="euclidean"?o.distances:o.dots;for(let x=0;x<r;x+=Ye){let _=Math.min(Ye,r-x);for(let b=0;b<_;b++)d[b]=(x+b)*p;m(l,c,_,u,p);for(let b=0;b<_;b++){let w=x+b;if(w===e.exclude)continue;let A=g?g[w]>0?-(f[b]-y)/g[w]:0:f[b];n.offer(w,A)}}}exactDistance(e){let{rows:t,d:n}=this,r=Float64Array.from(e.vector);if(e.metric==="euclidean")return a=>{let l=0;for(let c=0,u=a*n;c<n;c++,u++)l+=(t[u]-r[c])**2;return Math.sqrt(l)};let s=e.centre??new Float64Array(n);for(let a=0;a<n;a++)r[a]-=s[a];let o=0;for(let a=0;a<n;a++)o+=r[a]*r[a];return o=Math.sqrt(o),a=>{let l=0,c=0;for(let h=0,d=a*n;h<n;h++,d++){let f=t[d]-s[h];l+=f*r[h],c+=f*f}let u=Math.sqrt(c)*o;return u>0?1-l/u:1}}prepare(e){e?this.centredNorms(e):this.rowNorms()}rowNorms(){return this.norms??(this.norms=this.normsAround(null))}centredNorms(e){let t=this.centred;if(t&&t.centre.length===e.length&&t.centre.every((r,s)=>r===e[s]))return t.norms;let n=this.normsAround(e);return this.centred={centre:e.slice(),norms:n},n}normsAround(e){let{rows:t,n,d:r}=this,s=new Float64Array(n);for(let o=0;o<n;o++){let a=0;for(let l=0,c=o*r;l<r;l++,c++){let u=e?t[c]-e[l]:t[c];a+=u*u}s[o]=Math.sqrt(a)}return s}};function vp(i,e,t){let n=[];i.forEach((s,o)=>s.indices.forEach((a,l)=>n.push({index:e[o]+a,distance:s.distances[l]}))),n.sort((s,o)=>s.distance-o.distance||s.index-o.index);let r=n.slice(0,t);return{indices:Int32Array.from(r,s=>s.index),distances:Float64Array.from(r,s=>s.distance)}}function bs(i,e){return{n:i,k:e,indices:new Int32Array(i*e).fill(-1),keys:new Float32Array(i*e).fill(1/0),fresh:new Uint8Array(i*e),worst:new Float32Array(i).fill(1/0)}}var Mu=-1;function vr(i,e,t,n,r){if(!(n<i.worst[e]))return 0;let{k:s,indices:o,keys:a,fresh:l}=i,c=e*s,u=c,h=c+s-1;for(;u<h;){let d=u+h>>1,f=a[d];f<n||f===n&&o[d]<t?u=d+1:h=d}if(a[u]===n&&o[u]===t)return Mu;for(let d=c+s-1;d>u;d--)a[d]=a[d-1],o[d]=o[d-1],l[d]=l[d-1];return a[u]=n,o[u]=t,l[u]=r,i.worst[e]=a[c+s-1],1}var Qa=class{constructor(e,t,n,r){E(this,"lo",e);E(this,"rows",t);E(this,"m",r);E(this,"fresh");E(this,"old");E(this,"freshSeen");E(this,"oldSeen");E(this,"stamp");E(this,"listed");E(this,"threshold");E(this,"random",Math.random);this.fresh=new Int32Array(t*r),this.old=new Int32Array(t*r),this.freshSeen=new Int32Array(t),this.oldSeen=new Int32Array(t),this.stamp=new Int32Array(n),this.listed=new Int32Array(n).fill(-1),this.threshold=new Float32Array(2*r)}sample(e,t,n){let{lo:r,rows:s}=this;this.random=t,this.fresh.fill(-1),this.old.fill(-1),this.freshSeen.fill(0),this.oldSeen.fill(0);let{k:o,indices:a,keys:l,fresh:c}=e;for(let u=0;u<s;u++){let h=r+u;for(let d=u*o;d<u*o+o;d++){let f=a[d];if(f<0)continue;let p=c[d];this.add(u,f,p);let y=f-r;y<0||y>=s?n.push(f,h,l[d],p):this.add(y,h,p)}}}accept(e){let{lo:t}=this,{rows:n,others:r,flags:s}=e;for(let o=0;o<n.length;o++)this.add(n[o]-t,r[o],s[o])}add(e,t,n){let{m:r}=this,s=n?this.fresh:this.old,o=n?this.freshSeen:this.oldSeen,a=++o[e];if(a<=r){s[e*r+a-1]=t;return}let l=Math.floor(this.random()*a);l<r&&(s[e*r+l]=t)}markSampledOld(e){let{rows:t,m:n,stamp:r}=this,{k:s,indices:o,fresh:a}=e;r.fill(-1);for(let l=0;l<t;l++){for(let c=l*n;c<l*n+n;c++)this.fresh[c]>=0&&(r[this.fresh[c]]=l);for(let c=l*s;c<l*s+s;c++)a[c]&&r[o[c]]===l&&(a[c]=0)}}localJoin(e,t,n,r,s){let{m:o,fresh:a,old:l}=this,c=e*o,u=this.listed,h=e,d=0;for(let g=c;g<c+o;g++){let m=a[g];m>=0&&u[m]!==h&&(u[m]=h,r[d++]=m)}let f=d;for(let g=c;g<c+o;g++){let m=l[g];m>=0&&u[m]!==h&&(u[m]=h,r[f++]=m)}if(d===0)return 0;let{threshold:p}=this;for(let g=0;g<f;g++)p[g]=t.worstOf(r[g]);let y=0;if(d*f<=xr){let g=n.pairsBelow(r,f,d,p),m=n.belowCodes,x=n.belowKeys;for(let _=0;_<g;_++)y+=bp(t,r[m[2*_]&65535],r[m[2*_]>>>16],x[2*_+1]);return y}for(let g=0;g<d;g++){let m=f-g-1;if(m!==0){n.fromRow(r[g],r,m,s,g+1);for(let x=0;x<m;x++)(s[x]<p[g]||s[x]<p[g+1+x])&&(y+=bp(t,r[g],r[g+1+x],s[x]))}}return y}};function bp(i,e,t,n){let r=i.offer(e,t,n);return r===Mu?0:r+(i.offer(t,e,n)===1?1:0)}function Eu(i,e,t,n,r){let s=new Int32Array(e);for(let c=0;c<e;c++)s[c]=c;let o=[],a=new wu(i,e),l=[0,e];for(;l.length;){let c=l.pop(),u=l.pop();if(c-u<=t||r&&!r_(s,u,c,r)){o.push(u);continue}let h=a.split(s,u,c,n);if(h===u||h===c){let d=u+c>>1;l.push(u,d,d,c)}else l.push(u,h,h,c)}return o.sort((c,u)=>c-u),o.push(e),{order:s,starts:o}}function r_(i,e,t,n){for(let r=e;r<t;r++)if(n(i[r]))return!0;return!1}var wu=class{constructor(e,t){E(this,"kernel",e);E(this,"toA",new Float32Array(Ye));E(this,"toB",new Float32Array(Ye));E(this,"side");E(this,"copy");this.side=new Uint8Array(t),this.copy=new Int32Array(t)}split(e,t,n,r){let{kernel:s,toA:o,toB:a,side:l,copy:c}=this,u=n-t,h=e[t+mr(r,u)],d=e[t+mr(r,u-1)];d===h&&(d=e[n-1]);let f=0;for(let g=t;g<n;g+=Ye){let m=Math.min(Ye,n-g),x=e.subarray(g,g+m);s.fromRow(h,x,m,o),s.fromRow(d,x,m,a);for(let _=0;_<m;_++){let b=a[_]-o[_],w=b>0||b===0&&r()<.5;l[g+_-t]=w?1:0,w&&f++}}c.set(e.subarray(t,n),t);let p=t,y=t+f;for(let g=0;g<u;g++)l[g]?e[p++]=c[t+g]:e[y++]=c[t+g];return t+f}};var el=2**21,s_=32,tl=class{constructor(e,t){E(this,"leafSize",e);E(this,"matrix");E(this,"packed");E(this,"out",new Float32Array(Ye));E(this,"bits",new Uint32Array(1));E(this,"asFloat",new Float32Array(this.bits.buffer));E(this,"rowKeys");E(this,"rowIndices");E(this,"rowFresh");if(e>=el||e>Ye)throw new RangeError(`leaf size ${e} too large`);this.matrix=new Float32Array(e*e),this.packed=new Float64Array(e),this.rowKeys=new Float32Array(t),this.rowIndices=new Int32Array(t),this.rowFresh=new Uint8Array(t)}join({order:e,starts:t},n,r,s){let{matrix:o,out:a}=this,{lo:l,hi:c}=s,u=l===0&&c===s.n;for(let h=0;h+1<t.length;h++){let d=t[h],f=t[h+1]-d,p=f;if(!u){p=0;for(let y=d;y<d+f;y++)e[y]>=l&&e[y]<c&&p++;if(p===0)continue}if(f>this.leafSize)throw new RangeError(`leaf of ${f} points`);for(let y=0;y+1<f;y++){let g=f-y-1;r.fromRow(e[d+y],e,g,a,d+y+1);for(let m=0;m<g;m++){let x=y+1+m;o[y*f+x]=a[m],o[x*f+y]=a[m]}}if(f<=s_||p<f)this.offerPairs(e,d,f,s,u);else for(let y=0;y<f;y++)this.mergeRow(e,d,f,y,n,l)}}offerPairs(e,t,n,r,s){let{matrix:o}=this,{lo:a,hi:l}=r;for(let c=0;c<n;c++){let u=e[t+c],h=s||u>=a&&u<l;for(let d=c+1;d<n;d++){let f=e[t+d];if(!h&&!(s||f>=a&&f<l))continue;let p=o[c*n+d];r.offer(u,f,p),r.offer(f,u,p)}}}mergeRow(e,t,n,r,s,o){let{matrix:a,packed:l,bits:c,asFloat:u,rowKeys:h,rowIndices:d,rowFresh:f}=this,{k:p,keys:y,indices:g,fresh:m}=s,x=e[t+r]-o,_=s.worst[x],b=0;for(let I=0;I<n;I++){let R=a[r*n+I];I===r||!(R<_)||(u[0]=R,l[b++]=c[0]*el+I)}if(b===0)return;let w=l.subarray(0,b).sort(),A=x*p,v=A,S=0,N=0;for(;N<p;){if(S<b){let I=w[S],R=I-Math.floor(I/el)*el,C=a[r*n+R],D=e[t+R];if(C===y[v]&&D===g[v]){S++;continue}if(C<y[v]||C===y[v]&&D<g[v]){h[N]=C,d[N]=D,f[N++]=1,S++;continue}}h[N]=y[v],d[N]=g[v],f[N++]=m[v++]}y.set(h,A),g.set(d,A),m.set(f,A),s.worst[x]=h[p-1]}};var nl=class{constructor(e,t){E(this,"n",e);E(this,"parts",t);E(this,"bounds");if(!(Number.isInteger(t)&&t>=1))throw new RangeError(`partition: ${t} parts`);this.bounds=Int32Array.from({length:t+1},(n,r)=>Math.floor(e*r/t))}ownerOf(e){let{bounds:t,parts:n,n:r}=this,s=Math.min(n-1,Math.floor(e*n/r));for(;e<t[s];)s--;for(;e>=t[s+1];)s++;return s}lo(e){return this.bounds[e]}hi(e){return this.bounds[e+1]}},il=class{constructor(e){E(this,"partition",e);E(this,"batches");this.batches=Array.from({length:e.parts},()=>new Tu)}push(e,t,n,r){this.batches[this.partition.ownerOf(e)].push(e,t,n,r)}get size(){return this.batches.reduce((e,t)=>e+t.length,0)}take(){return this.batches.map(e=>e.take())}},Tu=class{constructor(){E(this,"length",0);E(this,"rows",new Int32Array(1024));E(this,"others",new Int32Array(1024));E(this,"values",new Float32Array(1024));E(this,"flags",new Uint8Array(1024))}push(e,t,n,r){this.length===this.rows.length&&this.grow();let s=this.length++;this.rows[s]=e,this.others[s]=t,this.values[s]=n,this.flags[s]=r}take(){if(this.length===0)return null;let e=this.length,t={rows:this.rows.slice(0,e),others:this.others.slice(0,e),values:this.values.slice(0,e),flags:this.flags.slice(0,e)};return this.length=0,t}grow(){let e=this.rows.length*2,t=(n,r)=>{let s=new r(e);return s.set(n),s};this.rows=t(this.rows,Int32Array),this.others=t(this.others,Int32Array),this.values=t(this.values,Float32Array),this.flags=t(this.flags,Uint8Array)}};var o_=1024;function _s(i,e){return{trees:e>32?8:Math.min(12,3+Math.round(Math.pow(i,.2))),leafSize:Math.max(24,Math.ceil(1.5*e)),maxCandidates:e<=32?30:16,maxIterations:12,delta:e<=32?.005:.02}}var Cu=class{constructor(e,t,n,r,s,o,a){E(this,"kernel",e);E(this,"n",t);E(this,"k",n);E(this,"options",r);E(this,"part",o);E(this,"partition");E(this,"lo");E(this,"hi");E(this,"lists");E(this,"order",null);E(this,"worstAll");E(this,"outbox");E(this,"candidates");E(this,"router");E(this,"treeRandom");E(this,"random");E(this,"leafSize");E(this,"list",new Int32Array(Ye));E(this,"out",new Float32Array(Ye));this.partition=new nl(t,s),this.lo=this.partition.lo(o),this.hi=this.partition.hi(o);let l=this.hi-this.lo;this.lists=bs(l,n),this.worstAll=s>1?new Float32Array(t).fill(1/0):null,this.outbox=new il(this.partition),this.candidates=new Qa(this.lo,l,t,r.maxCandidates),this.treeRandom=pr(a),this.random=s>1?pr((a^Math.imul(625341585,o+1))>>>0):this.treeRandom,this.leafSize=Math.min(r.leafSize,o_);let{lo:c,hi:u,lists:h,outbox:d}=this,f=this.worstAll;this.router={n:t,lo:c,hi:u,offer(p,y,g){return p>=c&&p<u?vr(h,p-c,y,g,1):(g<f[p]&&d.push(p,y,g,1),0)},worstOf(p){return p>=c&&p<u?h.worst[p-c]:f[p]}}}*forestSteps(){let{kernel:e,n:t,options:n,leafSize:r,router:s}=this,o=Eu(e,t,r,this.treeRandom);this.order=o.order,e.renumber(o.order);let a=this.partition.parts>1?c=>c>=this.lo&&c<this.hi:void 0,l=new tl(r,this.k);for(let c=0;c<n.trees;c++){let u=c===0?a_(o.starts,t):Eu(e,t,r,this.random,a);l.join(u,this.lists,e,s),yield(c+1)/n.trees}return this.fillEmptySlots(),this.outbox.take()}accept(e){if(!e)return 0;let{rows:t,others:n,values:r}=e,s=0;for(let o=0;o<t.length;o++)vr(this.lists,t[o]-this.lo,n[o],r[o],1)===1&&s++;return s}worstKeys(){return this.lists.worst.slice()}setWorst(e,t){this.worstAll?.set(t,this.partition.lo(e))}sample(){return this.candidates.sample(this.lists,this.random,this.outbox),this.outbox.take()}acceptReverse(e){for(let t of e)t&&this.candidates.accept(t);this.candidates.markSampledOld(this.lists)}*joinSteps(){let e=this.hi-this.lo,t=0;for(let n=0;n<e;n++)t+=this.candidates.localJoin(n,this.router,this.kernel,this.list,this.out),(n&4095)===4095&&(yield n/e);return{updates:t,offers:this.outbox.take()}}listIndices(){return this.lists.indices.slice()}*extendSteps(e,t){let{n,lo:r,hi:s,kernel:o}=this,a=this.k,l=s-r,c=bs(l,t),u=new Int32Array(n).fill(-1),h=new Int32Array(a+a*a+t),d=new Float32Array(Ye),f=new yr(t);for(let p=0;p<l;p++){let y=r+p;u[y]=y;let g=0,m=b=>{b>=0&&u[b]!==y&&(u[b]=y,h[g++]=b)};for(let b=y*a;b<y*a+a;b++)m(e[b]);let x=g;for(let b=0;b<x;b++)for(let w=h[b]*a;w<h[b]*a+a;w++)m(e[w]);for(let b=0;g<t&&b<8*t;b++)m(mr(this.random,n));for(let b=0;b<g;b+=Ye){let w=Math.min(Ye,g-b);o.fromRow(y,h,w,d,b);for(let A=0;A<w;A++)f.offer(h[b+A],d[A])}let _=f.drainSorted(c.keys,c.indices,p*t);c.worst[p]=_===t?c.keys[p*t+t-1]:1/0,(p&1023)===1023&&(yield p/l)}this.lists=c,this.k=t}finish(){let e=this.order;if(!e)throw new Error("NN-descent: finish() before forestSteps()");let{lists:t,lo:n,k:r}=this,s=this.hi-n,o=e.slice(n,this.hi),a=new Int32Array(s*r),l=new Float32Array(s*r);for(let c=0;c<s;c++){let u=c*r;for(let h=0;h<r;h++){let d=t.indices[u+h],f=u+h;for(a[f]=d<0?d:e[d],l[f]=t.keys[u+h];f>u&&l[f-1]===l[f]&&a[f-1]>a[f];f--){let p=a[f];a[f]=a[f-1],a[f-1]=p}}}return{rows:o,k:r,indices:a,keys:l}}fillEmptySlots(){let{lists:e,kernel:t,random:n,router:r,lo:s,n:o}=this,{k:a,indices:l}=e,c=new Int32Array(1),u=new Float32Array(1);for(let h=0;h<e.n;h++){let d=s+h,f=0;for(let p=h*a;p<h*a+a;p++)l[p]<0&&f++;for(let p=0;f>0&&p<4*a;p++){let y=mr(n,o);y!==d&&(c[0]=y,t.fromRow(d,c,1,u),r.offer(d,y,u[0])===1&&f--,r.offer(y,d,u[0]))}}}};function*_p(i,e,t,n,r){let s=new Cu(i,e,t,r,1,0,n);for(let a of s.forestSteps())yield a*.33;let o=()=>l_(s.finish(),e);r.onPhase?.("forest",o);for(let a=0;a<r.maxIterations;a++){s.sample(),s.acceptReverse([]);let l=s.joinSteps(),c=l.next();for(;!c.done;c=l.next())yield .33+.67*((a+c.value)/r.maxIterations);if(r.onPhase?.(`round ${a+1}`,o),Ru(c.value.updates,e,t,r))break}return s.finish()}function Ru(i,e,t,n){return i<=n.delta*e*t}function a_(i,e){let t=new Int32Array(e);for(let n=0;n<e;n++)t[n]=n;return{order:t,starts:i}}function l_(i,e){let{rows:t,k:n,indices:r}=i,s=new Int32Array(e*n);for(let o=0;o<t.length;o++)s.set(r.subarray(o*n,o*n+n),t[o]*n);return s}var c_=3e5;function*Ap(i,e,t,n=0,r=e){let s=bs(r-n,t),o=f=>n+(e-1-f),a=0;for(let f=n;f<r;f++)a+=o(f);let l=0,c=0,u=new Int32Array(Ye),h=new Float32Array(Ye),d=(f,p,y)=>{for(let g=p;g<y;g+=Ye){let m=Math.min(Ye,y-g);for(let x=0;x<m;x++)u[x]=g+x;i.fromRow(f,u,m,h);for(let x=0;x<m;x++){let _=g+x;vr(s,f-n,_,h[x],0),_<r&&_>f&&vr(s,_-n,f,h[x],0)}}};for(let f=n;f<r;f++)d(f,0,n),d(f,f+1,e),l+=o(f),c+=o(f),c>c_&&(c=0,yield l/(a||1));return s}var u_=1e9;function Ci(i,e,t=!1){return t||i*i*e<=u_}function Sp(i,e,t,n,r){let s=h_(i,e,t,n,r);for(;;){let o=s.next();if(o.done)return o.value;r.onProgress?.(o.value)}}function*h_(i,e,t,n,r){if(i.length<e*t)throw new RangeError(`knn: ${i.length} values for ${e} x ${t}`);let s=Math.max(0,Math.min(n,e-1));if(s===0)return{n:e,k:0,indices:new Int32Array(0),distances:new Float32Array(0)};let o=zf(i,e,t,r.metric),a=pp(o,e,t),l;if(Ci(e,t,r.exact))l=Vf(yield*Ap(a,e,s),0);else{let u={..._s(e,s),...r.descent};l=yield*_p(a,e,s,r.seed??0,u)}let c=Xa(e,s,[Hf(l,r.metric,r.metric==="cosine"?Wf(o,e,t):null)]);return yield 1,c}var Ss=50,Nu=30,sl=10,d_=1;function Fu(i){return`${i.metric}|${i.spherize?"spherized":"as loaded"}`}function wp(i,e,t){let n=Ep(e,t)?Math.min(t,Ss):t,r=Ci(e,n)||e<=As?i:Math.max(i,Nu);return Math.max(1,Math.min(r,e-1))}function Ep(i,e){return e<=Ss||i>As}var As=12e3;function f_(i,e){let t=Math.min(i<=As?e:Nu,i-1);return i<=As?_s(i,t):{..._s(i,t),trees:3,maxCandidates:64}}async function Tp(i,e,t){let{shardRows:n,n:r,d:s,job:o}=i,a=n.length,l=(N,I,R)=>Promise.all(n.map((C,D)=>Iu(i,D,N,I(D),R?.(D)))),c=new Lu(a,i.onProgress),u=e.spherize?Mp(li(await l("graphColumnSums",()=>({unitAround:null}))),r):e.metric==="cosine"?new Float64Array(s):null,h=Mp(li(await l("graphColumnSums",()=>({unitAround:u}))),r);c.phase(0,.04);let d=li(await l("graphScatter",()=>({unitAround:u,mean:h}),N=>({onProgress:I=>c.report(N,I)}))),f=Ep(r,s),p=f?Math.min(s,Ss):s,y=xs(d,r),g=await Iu(i,0,"principalAxes",{covariance:y,d:s,k:f?p:Math.min(s,sl),mean:h},{transfer:[y.buffer]});c.phase(.04,.08);let m=n.map((N,I)=>n.slice(0,I).reduce((R,C)=>R+C,0)),x=await l("graphProject",N=>({job:o,n:r,start:m[N],unitAround:u,rotate:f,mean:g.mean,components:g.components,dims:p,hintDims:sl,share:a>1}),N=>({onProgress:I=>c.report(N,I)}));await Promise.all(x.flatMap(({rows:N,zero:I},R)=>{let C=n.map((D,L)=>L).filter(D=>D!==R);return C.map((D,L)=>Iu(i,D,"graphRowsIn",{job:o,start:m[R],rows:N,zero:I},L===C.length-1?{transfer:[N.buffer,...I?[I.buffer]:[]]}:{}))}));let _=Ci(r,p),b=f_(r,t),w=_||r<=As?t:Math.min(t,Nu),A=w<t,v=A?.85:.98;c.phase(.1,_?.98:.3);let S=await l("graphForest",N=>({job:o,k:w,parts:a,part:N,seed:d_,exact:_,descent:b}),N=>({onProgress:I=>c.report(N,I)}));if(!_){let N=await l("graphAccept",I=>({job:o,offers:rl(S.map(R=>R.offers),I)}),Pu(S.map(I=>I.offers)));for(let I=0;I<b.maxIterations;I++){let R=(v-.3)/b.maxIterations;c.phase(.3+I*R,.3+(I+1)*R);let D=(await l("graphSample",()=>({job:o}))).map(Y=>Y.reverse),L=N.map((Y,V)=>({part:V,keys:Y.worst})),z=await l("graphJoin",Y=>({job:o,reverse:rl(D,Y),worst:L.filter(V=>V.part!==Y)}),Y=>({...Pu(D)(Y),onProgress:V=>c.report(Y,V)})),k=z.map(Y=>Y.offers);N=await l("graphAccept",Y=>({job:o,offers:rl(k,Y)}),Pu(k));let B=z.reduce((Y,V)=>Y+V.updates,0)+N.reduce((Y,V)=>Y+V.updates,0);if(i.onRound?.(I+1,B),Ru(B,r,w,b))break}}if(A){c.phase(v,.99);let N=await l("graphLists",()=>({job:o}));await l("graphExtend",I=>({job:o,k:t,others:N.flatMap((R,C)=>C===I?[]:[{part:C,indices:R}])}),I=>({onProgress:R=>c.report(I,R),...a===2?{transfer:[N[1-I].buffer]}:{}}))}await l("graphFinish",()=>({job:o,key:Fu(e),metric:e.metric})),i.onProgress?.(1)}function Iu(i,e,t,n,r={}){return i.workers[e].call(t,n,{...r,signal:i.signal})}function rl(i,e){return i.flatMap((t,n)=>n!==e&&t[e]?[t[e]]:[])}function Pu(i){return e=>({transfer:rl(i,e).flatMap(t=>[t.rows.buffer,t.others.buffer,t.values.buffer,t.flags.buffer])})}var Lu=class{constructor(e,t){E(this,"onProgress",t);E(this,"from",0);E(this,"to",0);E(this,"fractions");this.fractions=new Float64Array(e)}phase(e,t){this.from=e,this.to=t,this.fractions.fill(0),this.onProgress?.(e)}report(e,t){this.fractions[e]=t;let n=this.fractions.reduce((r,s)=>r+s,0)/this.fractions.length;this.onProgress?.(this.from+(this.to-this.from)*n)}};function Mp(i,e){if(e>0)for(let t=0;t<i.length;t++)i[t]/=e;return i}var p_=2048,Du=class{constructor(e,t=()=>{}){E(this,"onDispose",t);E(this,"workers");E(this,"loads",new Vn);E(this,"pcas",new Vn);E(this,"projects",new Vn);E(this,"graphs",new Vn);E(this,"graph",null);E(this,"nextGraphJob",1);E(this,"means",null);E(this,"pendingPca",null);E(this,"shape",{n:0,d:0});E(this,"shardRows",[]);E(this,"rawMean",null);E(this,"last",null);let n=Array.isArray(e)?e:[e];if(n.length===0)throw new Error("ComputeClient needs at least one worker port");this.workers=n.map(r=>new Tn(r))}get workerCount(){return this.workers.length}load(e,t,n,r={}){if(!Number.isInteger(t)||!Number.isInteger(n)||t<0||n<1||e.length<t*n)throw new RangeError(`load: ${e.length} values for ${t} x ${n}`);this.pcas.cancel(),this.projects.cancel(),this.graphs.cancel(),this.graph=null,this.means=null,this.shape={n:t,d:n},this.rawMean=null,this.last=null;let s=Math.max(1,Math.min(this.workers.length,Math.floor(t/p_)));return this.shardRows=m_(t,s),this.loads.run(async o=>{let a=0,l=this.shardRows.map((c,u)=>{let h=qa(e.subarray(a*n,(a+c)*n),s===1?r.transfer:!0);return a+=c,this.request(o,u,"load",{rows:h.array,n:c,d:n},{transfer:h.transfer})});return await Promise.all(l),{n:t,d:n}})}pca(e=10,t={}){return this.projects.cancel(),this.pcas.run(n=>{let r=this.computePca(n,e,t);this.pendingPca=r;let s=()=>{this.pendingPca===r&&(this.pendingPca=null)};return r.then(s,s),r})}project(e,t={}){return this.projects.run(async n=>{let r=null;for(;this.pendingPca;)r=await this.pendingPca.then(()=>null,h=>h),n.throwIfAborted();let s=this.last;if(!s)throw r instanceof Error&&!(r instanceof dt)?r:new Error("project: call pca first");let{mean:o,components:a}=s.result,l=await Promise.all(this.shardRows.map((h,d)=>this.request(n,d,"project",{mean:o,components:a,dims:e})));if(t.onProgress?.(1),l.length===1)return l[0];let c=new Float32Array(this.shape.n*e.length),u=0;for(let h of l)c.set(h,u),u+=h.length;return c})}neighborGraph(e,t={}){let{n,d:r}=this.shape;if(this.shardRows.length===0)return Promise.reject(new Error("no data: call load first"));let s=Fu(e),o=Math.max(1,Math.min(e.k,n-1)),a=this.graph&&this.graph.key===s&&this.graph.k>=o?this.graph:null,l=async(h,d)=>{await d,h.throwIfAborted();let f=await Promise.all(this.shardRows.map((p,y)=>this.request(h,y,"graphExport",{key:s,k:o,hintDims:sl}))).catch(p=>{throw this.graph?.key===s?p:new dt});return t.onProgress?.(1),{n,k:o,parts:f.map(p=>p.part),hints:f.map(p=>p.hint)}};if(a)return this.waitFor(a,l(new AbortController().signal,a.ready),e.signal);let c=null,u=this.graphs.run(h=>{let d=wp(o,n,r),f={workers:this.workers,shardRows:this.shardRows,n,d:r,job:this.nextGraphJob++,signal:h,onProgress:t.onProgress,onRound:t.onRound},p=Tp(f,e,d),y=c={key:s,k:d,ready:p,waiters:0,built:!1};return this.graph=y,p.then(()=>{y.built=!0},()=>{this.graph===y&&(this.graph=null)}),l(h,p)});return this.waitFor(c,u,e.signal)}waitFor(e,t,n){return e.waiters++,new Promise((r,s)=>{let o=!0,a=()=>o?(o=!1,e.waiters--,n?.removeEventListener("abort",l),!0):!1,l=()=>{a()&&(s(new dt("graph no longer wanted")),e.waiters===0&&!e.built&&this.graph===e&&(this.graph=null,this.graphs.cancel()))};t.then(c=>{a()&&r(c)},c=>{a()&&s(c)}),n?.aborted?l():n?.addEventListener("abort",l)})}async nearestRows(e,t,n,r,s){let{n:o}=this.shape;if(!(e>=0&&e<o))throw new RangeError(`row ${e} of ${o}`);let a=this.shardStarts(),l=a.length-1;for(;a[l]>e;)l--;let c=s??await this.workers[l].call("rowVector",{row:e-a[l]}),u=r?await this.columnMeans():null,h=await Promise.all(this.shardRows.map((d,f)=>this.workers[f].call("nearestRows",{vector:c,k:t,metric:r?"cosine":n,centre:u,exclude:f===l?e-a[l]:-1})));return vp(h,a,t)}async prepareNearestRows(){try{let e=await this.columnMeans();await Promise.all(this.shardRows.map((t,n)=>this.workers[n].call("prepareNearestRows",{centres:[null,e]})))}catch{}}columnMeans(){let e=this.shape.n;this.means??(this.means=Promise.all(this.shardRows.map((n,r)=>this.workers[r].call("graphColumnSums",{unitAround:null}))).then(n=>{let r=li(n);for(let s=0;s<r.length;s++)r[s]/=e;return r}));let t=this.means;return t.catch(()=>{this.means===t&&(this.means=null)}),t}shardStarts(){return this.shardRows.map((e,t)=>this.shardRows.slice(0,t).reduce((n,r)=>n+r,0))}fail(e){for(let t of this.workers)t.fail(e)}dispose(){let e=new dt("compute client disposed");for(let t of[this.loads,this.pcas,this.projects,this.graphs])t.cancel(e);for(let t of this.workers)t.close(e);this.onDispose()}async computePca(e,t,n){let r=n.spherize??!1,{n:s,d:o}=this.shape;if(this.shardRows.length===0)throw new Error("no data: call load first");let a=this.last;if(a&&a.k===t&&a.spherize===r)return Cp(a.result,r,o);this.last=null;let l=r&&this.rawMean?this.rawMean:await this.sumRows(e,null);Su(l),e.aborted||(this.rawMean=l);let c=r?await this.sumRows(e,l):l,u=new Float64Array(this.shardRows.length),h=await Promise.all(this.shardRows.map((y,g)=>this.request(e,g,"scatter",{mean:c},{onProgress:m=>{u[g]=m,n.onProgress?.(.95*u.reduce((x,_)=>x+_,0)/u.length)}}))),d=xs(li(h),s),f={covariance:d,d:o,k:t,mean:c},p=await this.request(e,0,"principalAxes",f,{transfer:[d.buffer]});return n.onProgress?.(1),e.aborted||(this.last={k:t,spherize:r,result:p}),Cp(p,r,o)}async sumRows(e,t){let n=await Promise.all(this.shardRows.map((o,a)=>this.request(e,a,"selectRows",{spherizeAround:t}))),r=li(n),s=this.shape.n;if(s>0)for(let o=0;o<r.length;o++)r[o]/=s;return r}request(e,t,n,r,s={}){return this.workers[t].call(n,r,{...s,signal:e})}};function m_(i,e){return Array.from({length:e},(t,n)=>Math.floor(i*(n+1)/e)-Math.floor(i*n/e))}function Cp(i,e,t){return{components:i.components.slice(),variance:i.variance.slice(),varianceFraction:i.varianceFraction.slice(),totalVariance:i.totalVariance,mean:i.mean.slice(),spherized:e,k:i.variance.length,d:t}}function g_(){let i=typeof navigator<"u"?navigator.hardwareConcurrency:0;return Math.max(1,Math.min(4,i||2))}function ol(i=new URL("./compute.worker.js",import.meta.url),e=g_()){let t=Array.from({length:Math.max(1,e)},()=>new Worker(i,{type:"module"})),n=new Du(t,()=>t.forEach(r=>r.terminate()));for(let r of t)ai(r,"compute",i,s=>n.fail(s));return n}function on(i){return i instanceof dt||i?.name==="CancelledError"||i?.name==="AbortError"}var br=class{constructor(){E(this,"data",new Float32Array(0));E(this,"n",0);E(this,"d",0);E(this,"last",null);E(this,"scanner",null);E(this,"means",null)}async load(e,t,n){this.data=e,this.n=t,this.d=n,this.last=null,this.scanner=null,this.means=null}async pca(e,t){let n=t.spherize?_u(this.data,this.n,this.d):this.data,r=cp(n,this.n,this.d,e);return this.last={data:n,mean:r.mean,components:r.components},{varianceFraction:Array.from(r.varianceFraction)}}async project(e){if(!this.last)throw new Error("project() before pca()");return up(this.last.data,this.n,this.d,this.last.mean,this.last.components,e)}async identity(e){let t=e?_u(this.data,this.n,this.d):this.data;return hp(t,this.n,this.d)}async nearestRows(e,t,n,r){let s=this.scanner??(this.scanner=Za.over(this.data,this.n,this.d)),o=r?this.means??(this.means=ys(this.data,this.n,this.d)):null;return s.nearest({vector:s.row(e),k:t,metric:r?"cosine":n,centre:o,exclude:e})}row(e){return e>=0&&e<this.n&&this.data.length>=this.n*this.d?this.data.slice(e*this.d,(e+1)*this.d):null}neighborGraph(){return null}dispose(){this.data=new Float32Array(0),this.last=null}},Uu=class{constructor(e=3e4){E(this,"startTimeoutMs",e);E(this,"client",ol());E(this,"local",new br);E(this,"fallback",!1);E(this,"onFallback",null);E(this,"loads",0);E(this,"queriesPrepared",0)}async load(e,t,n){if(this.loads++,await this.local.load(e,t,n),this.fallback)return;let r=0,s=new Promise(a=>{r=self.setTimeout(()=>a("timeout"),this.startTimeoutMs)});await Promise.race([this.client.load(e,t,n).then(()=>"ok",a=>{if(on(a))throw a;return"failed"}),s]).finally(()=>self.clearTimeout(r))!=="ok"&&(this.fallback=!0,this.client.dispose(),this.onFallback?.("The compute worker (compute.worker.js) did not start; computing on the page instead."))}async pca(e,t){if(this.fallback)return this.local.pca(e,t);let n=await this.client.pca(e,{spherize:t.spherize,onProgress:t.onProgress});return this.queriesPrepared!==this.loads&&(this.queriesPrepared=this.loads,this.client.prepareNearestRows()),{varianceFraction:Array.from(n.varianceFraction)}}project(e){return this.fallback?this.local.project(e):this.client.project(e)}identity(e){return this.local.identity(e)}nearestRows(e,t,n,r){return this.fallback?this.local.nearestRows(e,t,n,r):this.client.nearestRows(e,t,n,r,this.local.row(e)??void 0)}neighborGraph(e,t){return this.fallback?null:this.client.neighborGraph(e,{onProgress:t})}dispose(){this.fallback||this.client.dispose(),this.local.dispose()}};function Ms(){return typeof Worker=="function"?new Uu:new br}function Rp(i,e,t){let n=new Float64Array(e);for(let r of t){let s=r*e;for(let o=0;o<e;o++)n[o]+=i[s+o]}if(t.length)for(let r=0;r<e;r++)n[r]/=t.length;return n}function Ip(i,e){let t=new Uint8Array(e);for(let r of i)t[r]=1;let n=[];for(let r=0;r<e;r++)t[r]||n.push(r);return Int32Array.from(n)}function Pp(i,e,t,n,r,s,o,a){let l=fs(n,r.negative),c=fs(n,r.positive),u=l?.length??0,h=c?.length??0,d=_=>{for(let b=0;b<e;b++)s[b*o+a]=0;return{negativeCount:u,positiveCount:h,problem:_}};if(!l&&!c)return d("no queries");if(l||(l=Ip(c,e)),c||(c=Ip(l,e)),!l.length||!c.length)return d("a side matches no rows");let f=Rp(i,t,l),p=Rp(i,t,c),y=new Float64Array(t),g=new Float64Array(t),m=0;for(let _=0;_<t;_++)y[_]=p[_]-f[_],g[_]=(p[_]+f[_])/2,m+=y[_]*y[_];if(m=Math.sqrt(m),!(m>0))return d("both sides have the same centroid");let x=0;for(let _=0;_<t;_++)y[_]/=m,x+=g[_]*y[_];for(let _=0;_<e;_++){let b=_*t,w=0;for(let A=0;A<t;A++)w+=i[b+A]*y[A];s[_*o+a]=w-x}return{negativeCount:u,positiveCount:h,problem:null}}function Lp(i,e,t,n,r,s){let o=new Float32Array(e*2),a=Pp(i,e,t,n,r,o,2,0),l=Pp(i,e,t,n,s,o,2,1);return{coords:o,x:a,y:l}}var _r=i=>i==="tsne"||i==="umap"||i==="custom"||Rt(i),y_=1e5,x_=5e3,v_=500,b_=.01,Np={tsne:.85,umap:.7},al=i=>({method:i,state:"idle",iteration:0,total:0,progress:0,converged:!1,error:null,points:0,sample:0});function Ou(i,e,t){if(!t)return i;let n=new Float32Array(t.length*e);return t.forEach((r,s)=>n.set(i.subarray(r*e,r*e+e),s*e)),n}function Fp(i,e,t,n){let r=Ou(i,e,t);if(!n)return r;let s=r===i?r.slice():r,o=s.length/e,a=new Float64Array(e);for(let l=0;l<o;l++)for(let c=0;c<e;c++)a[c]+=s[l*e+c];for(let l=0;l<e;l++)a[l]/=Math.max(1,o);for(let l=0;l<o;l++){let c=0;for(let h=0;h<e;h++){let d=s[l*e+h]-a[h];s[l*e+h]=d,c+=d*d}let u=c>0?1/Math.sqrt(c):0;for(let h=0;h<e;h++)s[l*e+h]*=u}return s}function ws(i,e,t,n){if(!n)return i;let r=new Float32Array(e*t).fill(NaN);return n.forEach((s,o)=>{for(let a=0;a<t;a++)r[s*t+a]=i[o*t+a]}),r}var ll=class{constructor(e){E(this,"host",e);E(this,"tsne",{perplexity:30,learningRate:"auto",maxIterations:1e3,seed:1,superviseColumn:-1,ignoredLabel:"",superviseWeight:.5});E(this,"umap",{nNeighbors:15,minDist:.1,spread:1,nEpochs:0,seed:1,metric:"euclidean"});E(this,"custom",{column:0,x:{negative:"",positive:""},y:{negative:"",positive:""}});E(this,"status",{tsne:al("tsne"),umap:al("umap")});E(this,"customResult",null);E(this,"last",{});E(this,"progressiveRows",y_);E(this,"sampleSize",x_);E(this,"sampling",null);E(this,"tsneClient",null);E(this,"umapClient",null);E(this,"loaded",{tsne:"",umap:""});E(this,"dataId",0);E(this,"dataRef",null);E(this,"listeners",new Set);E(this,"settingsVersion",0);E(this,"importedLayouts",new Ha);E(this,"importedRequest",0);E(this,"importedShown","");E(this,"runRows",{tsne:null,umap:null});E(this,"runs",{tsne:0,umap:0});E(this,"fromGraph",{tsne:!1,umap:!1});E(this,"inWorker",{tsne:0,umap:0});E(this,"graphWait",{tsne:null,umap:null});E(this,"pausedByLeaving",!1);this.followImportedFiles()}onChange(e){return this.listeners.add(e),()=>this.listeners.delete(e)}emit(){for(let e of this.listeners)e()}setStatus(e,t){this.status[e]={...this.status[e],...t},this.emit()}key(e=""){let t=this.host.getData();t&&t.data!==this.dataRef&&(this.dataRef=t.data,this.dataId++);let n=this.host.store.state.isolated,r=this.host.store.state.spherize?"spherized":"raw";return`${this.dataId}|${r}|${n?`${n.length}:${n[0]}:${n[n.length-1]}`:"all"}|${e}`}project(){let e=this.host.store.state;if(!_r(e.method)||!this.host.getData())return;if(Rt(e.method)){this.showImported(e.method);return}let t=e.is3d&&e.method!=="custom"?3:2,n=this.last[e.method];if(e.method==="custom"){this.runCustom();return}if(n&&n.k===t&&n.key===this.key()){this.draw(e.method,n.coords,t,n.shown),e.method==="tsne"&&this.pausedByLeaving&&(this.pausedByLeaving=!1,this.resumeTsne());return}e.method==="umap"?this.runUmap():this.runTsne()}draw(e,t,n,r){if(this.last[e]={coords:t,k:n,key:this.key(),shown:r},this.host.store.state.method!==e)return;let s=Rt(e)?Wa(e):e==="tsne"?"t-SNE":e==="umap"?"UMAP":"custom";this.host.place(t,n,e==="custom"?["custom-x","custom-y"]:Array.from({length:n},(o,a)=>`${s}-${a}`),r)}applySettings(e){e.tsne&&Object.assign(this.tsne,e.tsne),e.umap&&Object.assign(this.umap,e.umap),e.custom&&Object.assign(this.custom,e.custom),this.settingsVersion++,this.emit(),e.custom&&this.host.store.state.method==="custom"&&this.runCustom()}setLayout(e,t,n){this.draw(e,t,n)}lastLayout(e){return this.last[e]??null}runCustom(){let e=this.host.getData(),n=this.host.store.state.columns[this.custom.column];if(!e)return;let r=Lp(e.data,e.n,e.d,n?n.values:[],this.custom.x,this.custom.y);this.customResult=r,this.emit(),this.draw("custom",r.coords,2)}followImportedFiles(){this.host.store.subscribe((e,t)=>{if(!t.has("info")||t.has("tensorName")||t.has("run")||!Rt(e.method)||e.loading)return;let n=oi(e,e.method);n&&this.importedShown&&`${e.method}|${n.version??""}`!==this.importedShown&&this.project()})}async showImported(e){let t=this.host.store,n=t.state,r=this.host.getData(),s=oi(n,e);if(!r||n.run===null||n.tensorName===null||!s)return;if(s.dims===2&&n.is3d){t.set({is3d:!1});return}let o=++this.importedRequest,a=Wa(e);t.set({computing:`Loading the layout "${a}"…`});try{let l=await this.importedLayouts.get(n.run,n.tensorName,a,s.version??"");if(o!==this.importedRequest||t.state.method!==e||this.host.getData()!==r)return;if(l.n!==r.n)throw new Error(`layout "${a}" has ${l.n} rows; the tensor has ${r.n}`);let c=l.k===3&&t.state.is3d?3:2;this.importedShown=`${e}|${s.version??""}`,this.draw(e,c===l.k?l.coords:fu(l.coords,l.n,l.k),c)}catch(l){if(on(l)||o!==this.importedRequest||this.host.getData()!==r)return;t.set({notices:[...t.state.notices,Ht("error",l)]})}finally{o===this.importedRequest&&t.set({computing:null})}}async runUmap(){let e=this.host.getData();if(!e)return;let t=this.host.store.state,n=t.isolated,r=t.is3d?3:2,s=this.key(),o=++this.runs.umap;try{this.umapClient||(this.umapClient=(this.host.createUmapClient??Jf)(),this.umapClient.onProgress(h=>this.setStatus("umap",{progress:this.workerProgress("umap",h.fraction)})),this.umapClient.onFrame((h,d,f,p,y)=>{this.inWorker.umap===this.runs.umap&&(this.setStatus("umap",{iteration:d,total:f,state:p?"done":"running"}),this.draw("umap",ws(h,this.host.getData()?.n??0,y.dim,this.runRows.umap),y.dim))})),this.setStatus("umap",{state:"initializing",iteration:0,total:0,progress:0,error:null,points:n?n.length:e.n});let a=this.umap,l=this.umapClient;if(this.inWorker.umap&&l.stop().catch(()=>{}),!await this.sendInput("umap",l,{k:a.nNeighbors-1,metric:a.metric,spherize:t.spherize},s,o))return;this.runRows.umap=n;let c={nNeighbors:a.nNeighbors,minDist:a.minDist,spread:a.spread,seed:a.seed,metric:a.metric,dim:r};a.nEpochs>0&&(c.nEpochs=a.nEpochs),this.inWorker.umap=o;let u=await l.start(c);this.runs.umap===o&&this.setStatus("umap",{state:u.done?"done":"stopped"})}catch(a){if(on(a)||this.runs.umap!==o)return;if(a instanceof Ti){this.setStatus("umap",{state:"stopped",error:null,iteration:0});return}this.setStatus("umap",{state:"error",error:a instanceof Error?a.message:String(a)})}}stopUmap(){this.stopBeforeWorker("umap")||this.umapClient?.stop()}stopTsne(){if(this.stopBeforeWorker("tsne"))return;let e=this.status.tsne.state;e!=="initializing"&&e!=="running"&&e!=="paused"||this.tsneClient?.stop().then(()=>this.setStatus("tsne",{state:"stopped"}),t=>{on(t)||this.setStatus("tsne",{state:"error",error:t instanceof Error?t.message:String(t)})})}stopBeforeWorker(e){return this.graphWait[e]?.abort(),this.graphWait[e]=null,this.status[e].state!=="initializing"||this.inWorker[e]===this.runs[e]?!1:(this.runs[e]++,e==="tsne"&&this.sampling&&(this.sampling=null,this.tsneClient?.stop().catch(()=>{})),this.setStatus(e,{state:"stopped",error:null,iteration:0,sample:0}),!0)}workerProgress(e,t){let n=this.fromGraph[e]?Np[e]:0;return n+(1-n)*t}async sendInput(e,t,n,r,s,o){let a=this.host.getData(),l=this.host.store.state,c=l.isolated,u=new AbortController;this.graphWait[e]?.abort(),this.graphWait[e]=u;let h=c?null:this.host.neighborGraph?.({...n,signal:u.signal},d=>{this.runs[e]===s&&this.setStatus(e,{progress:Np[e]*d})})??null;if(this.fromGraph[e]=!!h,h){let d=await h;return this.graphWait[e]===u&&(this.graphWait[e]=null),this.runs[e]!==s?!1:(this.loaded[e]="",o?.(d),await t.loadGraph(d),this.runs[e]===s)}return o?.(null),this.loaded[e]!==r&&(this.loaded[e]="",await t.load(Fp(a.data,a.d,c,l.spherize),c?c.length:a.n,a.d),this.loaded[e]=r),this.runs[e]===s}async runTsne(){this.pausedByLeaving=!1;let e=this.host.getData();if(!e)return;let t=this.host.store.state,n=t.isolated,r=n?n.length:e.n,s=t.is3d?3:2,o=this.key(),a=++this.runs.tsne;try{if(!this.tsneClient){if(!this.host.createTsneClient)throw new Error("the t-SNE worker is not part of this build");this.tsneClient=this.host.createTsneClient(),this.tsneClient.onFrame((p,y,g,m)=>{if(this.sampling){this.sampleFrame(this.sampling,p,y);return}this.inWorker.tsne===this.runs.tsne&&(this.setStatus("tsne",{iteration:y,converged:g,state:m.done?"done":this.status.tsne.state==="paused"?"paused":"running"}),this.draw("tsne",ws(p,this.host.getData()?.n??0,m.dim,this.runRows.tsne),m.dim))}),this.tsneClient.onState(p=>{!this.sampling&&this.inWorker.tsne===this.runs.tsne&&this.setStatus("tsne",{state:p.state,iteration:p.iteration,converged:p.converged})}),this.tsneClient.onFailure(p=>this.tsneFailed(p))}this.setStatus("tsne",{state:"initializing",iteration:0,total:this.tsne.maxIterations,progress:0,error:null,converged:!1,points:r,sample:0});let l=this.tsne,c=this.tsneClient,u=Zf(r,l.perplexity);this.sampling=null,!n&&r>this.progressiveRows&&this.host.neighborGraph&&this.runSample(c,a,e,s,t.spherize);let h=p=>this.handOver(p,a,u);if(!await this.sendInput("tsne",c,{k:u,metric:"euclidean",spherize:t.spherize},o,a,h))return;this.runRows.tsne=n;let d={dim:s,perplexity:l.perplexity,learningRate:l.learningRate,seed:l.seed,maxIterations:l.maxIterations,frameMilliseconds:Math.round(Math.max(80,Math.min(1e3,r/100)))},f=this.supervision(n);f&&(d.supervise=f),this.inWorker.tsne=a,await c.start(d,{onProgress:p=>this.setStatus("tsne",{progress:this.workerProgress("tsne",p)})})}catch(l){if(on(l))return;this.setStatus("tsne",{state:"error",error:l instanceof Error?l.message:String(l)})}finally{this.sampling?.run===a&&(this.sampling=null,this.setStatus("tsne",{sample:0}))}}async runSample(e,t,n,r,s){let o=this.tsne,a=Qf(n.n,this.sampleSize,pr(o.seed)),l={run:t,rows:a,coords:null,dim:r};this.sampling=l,this.setStatus("tsne",{sample:a.length}),this.loaded.tsne="";try{if(await e.load(Fp(n.data,n.d,a,s),a.length,n.d),this.sampling!==l)return;await e.start({dim:r,perplexity:o.perplexity,learningRate:"auto",seed:o.seed,maxIterations:v_,frameMilliseconds:100})}catch{}}sampleFrame(e,t,n){e.run===this.runs.tsne&&(e.coords=t,this.draw("tsne",ws(t,this.host.getData()?.n??0,e.dim,e.rows),e.dim,e.rows),this.setStatus("tsne",{iteration:n}))}handOver(e,t,n){let r=this.sampling;if(this.sampling=null,!e||!r?.coords||r.run!==t)return;let{rows:s,coords:o,dim:a}=r,l=ep(e.n,e.parts,n,{rows:s,coordinates:o,dim:a});tp(l,a,b_,np(pr(this.tsne.seed+1))),this.runRows.tsne=null,this.draw("tsne",l.slice(),a),this.setStatus("tsne",{sample:0,iteration:0}),e.hints=[{start:0,dims:a,coordinates:l}]}supervision(e){let t=this.host.store.state.columns[this.tsne.superviseColumn];if(!t||this.tsne.superviseWeight<=0)return;let n=new Map,r=e?e.length:t.values.length,s=new Int32Array(r),o=this.tsne.ignoredLabel.trim();for(let a=0;a<r;a++){let l=t.values[e?e[a]:a]??"";if(l===""||o!==""&&l===o){s[a]=-1;continue}let c=n.get(l);c===void 0&&(c=n.size,n.set(l,c)),s[a]=c}return{labels:s,weight:this.tsne.superviseWeight}}leaving(e){e==="tsne"&&this.status.tsne.state==="running"?(this.pausedByLeaving=!0,this.pauseTsne()):e==="tsne"&&this.status.tsne.state==="initializing"?this.stopTsne():e==="umap"&&(this.status.umap.state==="running"||this.status.umap.state==="initializing")&&this.stopUmap()}pauseTsne(){this.controlTsne(this.tsneClient?.pause(),!0)}resumeTsne(){this.controlTsne(this.tsneClient?.resume(),!0)}perturbTsne(){this.controlTsne(this.tsneClient?.perturb(),!1)}setTsneMaxIterations(e){this.tsne.maxIterations=e,this.setStatus("tsne",{total:e}),this.controlTsne(this.tsneClient?.setMaxIterations(e),!1)}controlTsne(e,t){e?.then(n=>{t&&this.setStatus("tsne",{state:n.state,iteration:n.iteration})},n=>{on(n)||this.setStatus("tsne",{state:"error",error:n instanceof Error?n.message:String(n)})})}tsneFailed(e){this.tsneClient?.dispose(),this.tsneClient=null,this.loaded.tsne="",this.setStatus("tsne",{state:"error",error:e.message})}reset(){this.last={},this.importedLayouts.clear(),this.loaded={tsne:"",umap:""},this.runs.tsne++,this.sampling=null,this.runs.umap++,(this.status.tsne.state==="running"||this.status.tsne.state==="paused"||this.status.tsne.state==="initializing")&&this.tsneClient?.stop(),(this.status.umap.state==="running"||this.status.umap.state==="initializing")&&this.umapClient?.stop(),this.status={tsne:al("tsne"),umap:al("umap")},this.customResult=null,this.emit()}};var cl=class{constructor(){E(this,"client",null);E(this,"local",null);E(this,"key","");E(this,"pending",null);E(this,"variance",null)}async project(e,t,n,r,s,o){let a=`${o}|${r}|${n.length}:${n[0]}:${n[n.length-1]}:${n[n.length>>1]}`;if(a!==this.key||!this.pending){this.key=a;let u=Ou(e,t,n),h=Math.min(10,t);this.pending=(async()=>{if(!this.local&&typeof Worker=="function")try{this.client??(this.client=ol(void 0,1)),await this.client.load(u,n.length,t),this.variance=Array.from((await this.client.pca(h,{spherize:r})).varianceFraction);return}catch(d){if(d?.name==="CancelledError")throw d;this.client?.dispose(),this.client=null}this.local??(this.local=new br),await this.local.load(u,n.length,t),this.variance=Array.from((await this.local.pca(h,{spherize:r})).varianceFraction)})()}await this.pending;let l=Math.min(10,t)-1,c=s.map(u=>Math.min(u,l));return this.client&&!this.local?this.client.project(c):this.local.project(c)}dispose(){this.client?.dispose(),this.client=null,this.local=null,this.key="",this.pending=null,this.variance=null}};var Dp=`
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
`;function Up(i,e){let t=e.custom,n=P("select",{"data-testid":"custom-column","aria-label":"Search by column"});n.addEventListener("change",()=>{t.column=Number(n.value),s()});let r=0,s=()=>{window.clearTimeout(r),i.state.method==="custom"&&e.runCustom()},o=(m,x,_)=>{let b=P("input",{type:"search",className:"ep-search","data-testid":`custom-${m}-${x==="negative"?m==="x"?"left":"down":m==="x"?"right":"up"}`,placeholder:`${_}: text or /regex/`,"aria-label":_}),w=P("span",{className:"ep-meta ep-count","data-testid":`${b.dataset.testid}-count`});return b.addEventListener("input",()=>{t[m][x]=b.value,window.clearTimeout(r),r=window.setTimeout(s,200)}),{row:P("div",{className:"ep-row"},P("label",{},_),b,w),input:b,count:w}},a=o("x","negative","X left"),l=o("x","positive","X right"),c=o("y","negative","Y down"),u=o("y","positive","Y up"),h=P("div",{className:"ep-meta","data-testid":"custom-note"}),d=0,f=()=>{d!==e.settingsVersion&&(d=e.settingsVersion,a.input.value=t.x.negative,l.input.value=t.x.positive,c.input.value=t.y.negative,u.input.value=t.y.positive,n.value=String(t.column));let m=e.customResult,x=(b,w,A)=>{b.textContent=A.trim()?`${w??0} match${w===1?"":"es"}`:"",b.dataset.count=String(w??0)};x(a.count,m?.x.negativeCount,t.x.negative),x(l.count,m?.x.positiveCount,t.x.positive),x(c.count,m?.y.negativeCount,t.y.negative),x(u.count,m?.y.positiveCount,t.y.positive);let _=m?[m.x.problem&&`X: ${m.x.problem}`,m.y.problem&&`Y: ${m.y.problem}`].filter(Boolean):[];h.textContent=_.length?`${_.join("; ")} (axis flat).`:"An empty side means every row the other side does not match."};e.onChange(f);let p=()=>{let m=i.state;t.column>=m.columns.length&&(t.column=Math.max(0,m.labelColumn)),at(n,m.columns.map((x,_)=>({value:String(_),label:x.name})),String(t.column))},y=P("div",{"data-testid":"custom-panel",className:"ep-method-panel"},P("div",{className:"ep-row"},P("label",{},"Search by"),n),a.row,l.row,c.row,u.row,h),g=()=>{y.style.display=i.state.method==="custom"?"":"none"};return i.subscribe((m,x)=>{x.has("method")&&g(),x.has("columns")&&p()}),g(),p(),f(),y}function Op(i){if(i==="")return NaN;let e=Number(i);return Number.isFinite(e)?e:NaN}function ul(i,e){let t=new Set,n=0,r=!0,s=!0,o=0;for(let u of e){if(u===""){n++;continue}if(o++,t.add(u),r){let h=Op(u);Number.isNaN(h)?r=!1:Number.isInteger(h)||(s=!1)}}let a=t.size,l=o>0&&r&&!(s&&a<=20),c={name:i,kind:l?"numeric":"categorical",values:e,distinct:a,missing:n};if(l){let u=new Float64Array(e.length),h=1/0,d=-1/0;for(let f=0;f<e.length;f++){let p=Op(e[f]);u[f]=p,Number.isNaN(p)||(p<h&&(h=p),p>d&&(d=p))}c.numbers=u,c.min=h,c.max=d}return c}function Bp(i){return/[",\r\n]|^\s|\s$/.test(i)?`"${i.replace(/"/g,'""')}"`:i}function __(i){return Number.isFinite(i)?String(i):""}function Bu(i,e,t){if(e)for(let n of e)t(n);else for(let n=0;n<i;n++)t(n)}function A_(i){let e=new Set(["index",...i.axisNames,"selected"]),t=i.columns.map(n=>{let r=n.name,s=2;for(;e.has(r);)r=`${n.name}_${s++}`;return e.add(r),r});return{axes:i.axisNames,cols:t}}function zp(i){let{axes:e,cols:t}=A_(i),n=[["index",...e,...t,"selected"].map(Bp).join(",")];return Bu(i.n,i.rows,r=>{let s=[String(r)];for(let o=0;o<i.k;o++)s.push(__(i.coords[r*i.k+o]));for(let o of i.columns)s.push(Bp(o.values[r]??""));s.push(fr(i.selection,r)?"1":"0"),n.push(s.join(","))}),n.join(`\r
`)+`\r
`}function Gp(i,e={}){let t=[];return Bu(i.n,i.rows,n=>{let r=[];for(let o=0;o<i.k;o++){let a=i.coords[n*i.k+o];r.push(Number.isFinite(a)?a:null)}let s={};for(let o of i.columns)s[o.name]=o.values[n]??"";t.push({index:n,coordinates:r,metadata:s,selected:fr(i.selection,n)})}),JSON.stringify({...e,axes:i.axisNames,columns:i.columns.map(n=>n.name),points:t})}function kp(i){return i.replace(/[\t\r\n]/g," ")}function Vp(i,e,t=null){let n=[];return i.length>=2&&n.push(i.map(r=>kp(r.name)).join("	")),Bu(e,t,r=>n.push(i.map(s=>kp(s.values[r]??"")).join("	"))),n.join(`
`)+`
`}function Hp(i,e,t,n,r){let s=i.find(a=>a.name===t),o=s?s.values.slice():new Array(e).fill("");for(let a of r)a>=0&&a<e&&(o[a]=n);return o}function Xp(i,e,t,n,r=null){let s=[],o=u=>{for(let h=0;h<t;h++)if(!Number.isFinite(i[u*t+h]))return;s.push(u)};if(r)r.forEach(o);else for(let u=0;u<e;u++)o(u);let a=Int32Array.from(s),l=new Float32Array(a.length*3),c=new Uint8Array(a.length*3);return a.forEach((u,h)=>{for(let d=0;d<t&&d<3;d++)l[h*3+d]=i[u*t+d];for(let d=0;d<3;d++)c[h*3+d]=Math.round(255*Math.min(1,Math.max(0,n[u*3+d]??0)))}),{rows:a,positions:l,colors:c}}var $p=new TextEncoder;function qp(i,e="embproj"){let t=i.rows.length,n=$p.encode(["ply","format binary_little_endian 1.0",`comment ${e.replace(/[\r\n]/g," ")}`,`element vertex ${t}`,"property float x","property float y","property float z","property uchar red","property uchar green","property uchar blue","end_header",""].join(`
`)),r=new ArrayBuffer(n.length+t*15);new Uint8Array(r).set(n);let s=new DataView(r,n.length);for(let o=0;o<t;o++){for(let a=0;a<3;a++)s.setFloat32(o*15+a*4,i.positions[o*3+a],!0);for(let a=0;a<3;a++)s.setUint8(o*15+12+a,i.colors[o*3+a])}return r}var S_=1179937895,M_=1313821514,w_=5130562,E_=5126,T_=5121,Wp=34962,C_=0;function R_(i){let e=i/255;return Math.round(255*(e<=.04045?e/12.92:((e+.055)/1.055)**2.4))}function I_(i,e){let t=new Uint8Array(Math.ceil(i.length/4)*4).fill(e);return t.set(i),t}function Yp(i,e="embproj"){let t=i.rows.length,n=[1/0,1/0,1/0],r=[-1/0,-1/0,-1/0];for(let f=0;f<t;f++)for(let p=0;p<3;p++){let y=i.positions[f*3+p];y<n[p]&&(n[p]=y),y>r[p]&&(r[p]=y)}let s=new Uint8Array(t*4);for(let f=0;f<t;f++){for(let p=0;p<3;p++)s[f*4+p]=R_(i.colors[f*3+p]);s[f*4+3]=255}let o=t*12,a={asset:{version:"2.0",generator:"embproj"},scene:0,scenes:[{nodes:[0]}],nodes:[{mesh:0,name:e}],meshes:[{name:e,primitives:[{attributes:{POSITION:0,COLOR_0:1},mode:C_}]}],accessors:[{bufferView:0,componentType:E_,count:t,type:"VEC3",...t?{min:n,max:r}:{}},{bufferView:1,componentType:T_,normalized:!0,count:t,type:"VEC4"}],bufferViews:[{buffer:0,byteOffset:0,byteLength:o,target:Wp},{buffer:0,byteOffset:o,byteLength:t*4,target:Wp}],buffers:[{byteLength:o+t*4}]},l=I_($p.encode(JSON.stringify(a)),32),c=new Uint8Array(o+t*4);new Float32Array(c.buffer,0,t*3).set(i.positions),c.set(s,o);let u=20+l.length+8+c.length,h=new ArrayBuffer(u),d=new DataView(h);return d.setUint32(0,S_,!0),d.setUint32(4,2,!0),d.setUint32(8,u,!0),d.setUint32(12,l.length,!0),d.setUint32(16,M_,!0),new Uint8Array(h,20,l.length).set(l),d.setUint32(20+l.length,c.length,!0),d.setUint32(24+l.length,w_,!0),new Uint8Array(h,28+l.length,c.length).set(c),h}function Es(i,e){let t=new Float32Array(e*3),n=i.columns[i.colorColumn]??null,r=Sf(n,e,t,i.dark),s=Ei(i.dark?"#1b1c1e":"#ffffff");return n&&r.kind==="categorical"&&i.focusCategory!==null&&Mf(n.values,r.entries,i.focusCategory,t,s),i.searchMatches&&hs(i.searchMatches,t,s),i.movedPoints&&hs(i.movedPoints,t,s),i.selection.length>1&&hs(i.selection,t,s,.75),i.neighbors&&i.selected>=0&&hs(Int32Array.from([i.selected,...i.neighbors.map(o=>o.index)]),t,s,.65),{rgb:t,legend:r}}function Jt(i,e,t,n,r){let s=P("input",{type:"number","data-testid":e,"aria-label":i,value:String(t),min:n.min,max:n.max,step:n.step??"any",className:"ep-num-in"});return s.addEventListener("change",()=>{let o=Number(s.value);if(!Number.isFinite(o)){s.value=String(t);return}n.min!==void 0&&(o=Math.max(n.min,o)),n.max!==void 0&&(o=Math.min(n.max,o)),s.value=String(o),t=o,r(o)}),{row:P("div",{className:"ep-row"},P("label",{},i),s),input:s}}function rt(i,e,t,n){let r=P("button",{"data-testid":e,title:n});return r.textContent=i,r.addEventListener("click",t),r}function Ri(i,e){let t=P("a",{href:URL.createObjectURL(i),download:e.replace(/[^\w.-]+/g,"_")});t.style.display="none",document.body.appendChild(t),t.click(),t.remove(),setTimeout(()=>URL.revokeObjectURL(t.href),3e4)}function hl(i){let e=i.state;return`${e.run??"run"}_${e.tensorName??"tensor"}_${e.method}`}function ku(i,e,t=null){return new Blob([Vp(i,e,t)],{type:"text/tab-separated-values"})}function Kp(i){let{store:e}=i,t=h=>{let d=i.layout(),f=e.state;return d?{coords:d.coords,n:f.n,k:d.k,axisNames:d.axes,columns:f.columns,selection:f.selection,rows:h?f.selection:f.isolated}:null},n=h=>()=>{let d=t(h);d&&Ri(new Blob([zp(d)],{type:"text/csv"}),`${hl(e)}${h?"_selected":""}.csv`)},r=h=>()=>{let d=t(h),f=e.state;d&&Ri(new Blob([Gp(d,{run:f.run,tensor:f.tensorName,method:f.method})],{type:"application/json"}),`${hl(e)}${h?"_selected":""}.json`)},s=rt("PNG","export-png",()=>{i.png().then(h=>{h&&Ri(h,`${hl(e)}.png`)})},"The plot as a PNG image"),o=h=>()=>{let d=i.layout(),f=e.state;if(!d)return;let p=Xp(d.coords,f.n,d.k,Es(f,f.n).rgb,f.isolated),y=`${f.run??""} ${f.tensorName??""} ${d.axes.join(" ")}`,g=h==="ply"?qp(p,`embproj ${y}`):Yp(p,f.tensorName??"embproj");Ri(new Blob([g],{type:h==="ply"?"application/octet-stream":"model/gltf-binary"}),`${hl(e)}.${h}`)},a=rt("Selected CSV","export-selected-csv",n(!0)),l=rt("Selected JSON","export-selected-json",r(!0)),c=rt("Selected metadata","export-selected-tsv",()=>{let h=e.state;Ri(ku(h.columns,h.n,h.selection),`${h.run??"run"}_${h.tensorName??"tensor"}_selected_metadata.tsv`)},"The selected rows' metadata as TSV (TensorBoard's header rule)"),u=()=>{let h=e.state.selection.length===0;a.disabled=h,l.disabled=h,c.disabled=h||e.state.columns.length===0};return e.subscribe((h,d)=>{(d.has("selection")||d.has("columns"))&&u()}),u(),P("section",{"data-testid":"export-panel"},P("h2",{},"Export"),P("div",{className:"ep-row ep-wrap"},rt("CSV","export-all-csv",n(!1),"Coordinates, metadata and a selected flag (shown points)"),rt("JSON","export-all-json",r(!1)),a,l,c,s,rt("PLY","export-ply",o("ply"),"The drawn points with their colours as a PLY point cloud (MeshLab, Blender, CloudCompare)"),rt("glTF","export-glb",o("glb"),"The drawn points with their colours as a binary glTF 2.0 model (.glb)")))}var Ts="__new__";function jp(i){let e=P("select",{"data-testid":"edit-column","aria-label":"Column to edit"}),t=P("input",{type:"text",className:"ep-search","data-testid":"edit-new-column",placeholder:"new column name",value:"tag"}),n=P("input",{type:"text",className:"ep-search","data-testid":"edit-label",placeholder:"label for the selection"}),r=P("div",{className:"ep-meta","data-testid":"edit-message"}),s=0,o=rt("Tag selection","edit-apply",()=>{let c=i.state,u=e.value===Ts?t.value.trim():c.columns[Number(e.value)]?.name;if(!u){r.textContent="Name the new column first.";return}if(!c.selection.length){r.textContent="Select points first.";return}let h=Hp(c.columns,c.n,u,n.value,c.selection),d=c.columns.findIndex(y=>y.name===u),f=ul(u,h),p=d>=0?c.columns.map((y,g)=>g===d?f:y):[...c.columns,f];i.set({columns:p}),e.value=String(d>=0?d:p.length-1),s++,r.textContent=`"${n.value}" set on ${c.selection.length.toLocaleString("en-US")} points in "${u}".`}),a=rt("Download metadata","edit-download",()=>{let c=i.state;Ri(ku(c.columns,c.n),`${c.run??"run"}_${c.tensorName??"tensor"}_metadata${s?"_edited":""}.tsv`)},"The metadata with your edits, as a TSV TensorBoard reads"),l=()=>{let c=i.state,u=e.value;at(e,[...c.columns.map((h,d)=>({value:String(d),label:h.name})),{value:Ts,label:"New column…"}],u&&(u===Ts||Number(u)<c.columns.length)?u:Ts),t.style.display=e.value===Ts?"":"none",o.disabled=c.selection.length===0,a.disabled=c.n===0};return e.addEventListener("change",l),i.subscribe((c,u)=>{(u.has("columns")||u.has("selection")||u.has("n"))&&l()}),l(),P("section",{"data-testid":"edit-panel"},P("h2",{},"Edit by"),P("div",{className:"ep-row"},P("label",{},"Column"),e),P("div",{className:"ep-row"},t),P("div",{className:"ep-row"},n),P("div",{className:"ep-row"},o,a),r)}function Jp(i,e,t){let n=i.k==="auto"?Math.min(100,Math.max(10,Math.round(t/20))):Math.min(1e3,Math.max(1,i.k)),r=i.metric==="auto"?e?"cosine":"euclidean":i.metric,s=i.space==="auto"?e:i.space==="spherized";return{k:Math.min(n,Math.max(0,t-1)),metric:r,spherized:s}}function Zp(i,e,t,n){let r=Jt("k","nn-k",100,{min:1,max:1e3,step:1},u=>{e.k=u,t()});r.input.placeholder="auto",r.input.value="";let s=P("select",{"data-testid":"nn-metric","aria-label":"Distance"},P("option",{value:"auto"},"auto"),P("option",{value:"cosine"},"cosine"),P("option",{value:"euclidean"},"Euclidean")),o=P("select",{"data-testid":"nn-space","aria-label":"Space"},P("option",{value:"auto"},"auto"),P("option",{value:"original"},"original"),P("option",{value:"spherized"},"spherized"));s.addEventListener("change",()=>{e.metric=s.value,t()}),o.addEventListener("change",()=>{e.space=o.value,t()});let a=P("div",{className:"ep-meta","data-testid":"nn-title"}),l=P("ol",{className:"ep-nb ep-nb-all","data-testid":"nn-list"}),c=()=>{let u=i.state,h=u.selected>=0?u.neighbors??[]:[];a.textContent=u.selected>=0?`${h.length} nearest to ${n(u.selected)} (${u.neighborMetric})`:"Click a point.",l.replaceChildren(...h.map(d=>P("li",{"data-testid":"nn-item","data-index":d.index,"data-distance":d.distance,onclick:()=>i.set({selected:d.index})},P("span",{className:"ep-lab"},n(d.index)),P("span",{className:"ep-cnt"},d.distance.toPrecision(4)))))};return i.subscribe((u,h)=>{(h.has("neighbors")||h.has("selected")||h.has("labelColumn"))&&c()}),c(),P("section",{"data-testid":"neighbors-panel"},P("h2",{},"Nearest neighbours"),r.row,P("div",{className:"ep-row"},P("label",{},"Distance"),s),P("div",{className:"ep-row"},P("label",{},"Space"),o),a,l)}function Qp(i,e){let t=P("div",{className:"ep-meta","data-testid":"selection-count"}),n=rt("Isolate","isolate",()=>{let u=i.state.selection;u.length&&i.set({isolated:u})},"Draw and fit only the selected points"),r=rt("Show all","show-all",()=>i.set({isolated:null})),s=rt("Clear","clear-selection",()=>i.set({selection:new Int32Array(0),selected:-1})),o=P("ul",{className:"ep-results","data-testid":"selection-list"}),a=P("div",{className:"ep-meta"}),l=50,c=()=>{let u=i.state,h=u.selection;t.textContent=`${h.length.toLocaleString("en-US")} selected`+(u.isolated?` · ${u.isolated.length.toLocaleString("en-US")} of ${u.n.toLocaleString("en-US")} shown`:""),t.dataset.count=String(h.length),n.disabled=h.length===0,r.disabled=!u.isolated,s.disabled=h.length===0,o.replaceChildren(...Array.from(h.subarray(0,l)).map(d=>P("li",{"data-testid":"selection-item","data-index":d,onclick:()=>i.set({selected:d})},e(d)))),a.replaceChildren(),h.length>l&&a.append(`… and ${(h.length-l).toLocaleString("en-US")} more `,rt("show more","selection-more",()=>{l+=500,c()}))};return i.subscribe((u,h)=>{h.has("selection")&&(l=50),(h.has("selection")||h.has("isolated")||h.has("labelColumn")||h.has("columns")||h.has("n"))&&c()}),c(),P("section",{"data-testid":"selection-panel"},P("h2",{},"Selection"),t,P("div",{className:"ep-row"},n,r,s),P("div",{className:"ep-meta"},"Click, Shift+click adds, Alt+click removes; Box / Lasso (or Ctrl+drag) in the toolbar."),o,a)}var Ar=class{constructor(e){E(this,"onTick",e);E(this,"since",0);E(this,"timer",0)}seconds(e){return e&&!this.since?(this.since=performance.now(),this.timer=self.setInterval(this.onTick,1e3)):!e&&this.since&&(this.since=0,self.clearInterval(this.timer)),e?Math.floor((performance.now()-this.since)/1e3):0}};function em(i,e){let t=e.tsne,n=Jt("Perplexity","tsne-perplexity",t.perplexity,{min:2,max:100,step:1},A=>{t.perplexity=A}),r=P("input",{type:"text","data-testid":"tsne-learning-rate","aria-label":"Learning rate",value:"auto",className:"ep-num-in"});r.addEventListener("change",()=>{let A=Number(r.value);t.learningRate=r.value.trim()===""||r.value.trim()==="auto"||!(A>0)?"auto":A,r.value=String(t.learningRate)});let s=Jt("Max iter.","tsne-max-iterations",t.maxIterations,{min:1,max:1e5,step:50},A=>e.setTsneMaxIterations(A)),o=Jt("Seed","tsne-seed",t.seed,{min:0,step:1},A=>{t.seed=A}),a=P("select",{"data-testid":"tsne-supervise","aria-label":"Supervise with"});a.addEventListener("change",()=>{t.superviseColumn=Number(a.value)});let l=P("input",{type:"text","data-testid":"tsne-ignored-label","aria-label":"Ignored label",placeholder:"e.g. unknown",className:"ep-num-in"});l.addEventListener("change",()=>{t.ignoredLabel=l.value});let c=Jt("Weight","tsne-supervise-weight",t.superviseWeight,{min:0,max:1,step:.05},A=>{t.superviseWeight=A}),u=P("span",{"data-testid":"tsne-iteration",className:"ep-counter"},"0"),h=P("div",{className:"ep-meta","data-testid":"tsne-status"}),d=rt("Re-run","tsne-rerun",()=>{e.runTsne()},"Start again from the seed"),f=rt("Pause","tsne-pause",()=>{e.status.tsne.state==="paused"?e.resumeTsne():e.pauseTsne()}),p=rt("Perturb","tsne-perturb",()=>e.perturbTsne(),"Shake the layout a little and keep going"),y=rt("Stop","tsne-stop",()=>e.stopTsne(),"End the run here (also while it finds neighbours)"),g=0,m=new Ar(()=>x()),x=()=>{g!==e.settingsVersion&&(g=e.settingsVersion,n.input.value=String(t.perplexity),r.value=String(t.learningRate),s.input.value=String(t.maxIterations),o.input.value=String(t.seed),c.input.value=String(t.superviseWeight),l.value=t.ignoredLabel,a.value=String(t.superviseColumn));let A=e.status.tsne;A.state!=="initializing"&&m.seconds(!1),u.textContent=String(A.iteration),u.dataset.iteration=String(A.iteration),h.dataset.state=A.state,h.textContent=A.state==="idle"?"Not run yet.":A.state==="initializing"&&A.sample>0?`Sample of ${A.sample.toLocaleString("en-US")} points · all ${A.points.toLocaleString("en-US")}: neighbours ${Math.round(100*A.progress)}% · ${m.seconds(!0)} s`:A.state==="initializing"?`Neighbours and affinities… ${Math.round(100*A.progress)}% · ${m.seconds(!0)} s`:A.state==="error"?`Failed: ${A.error}`:`${A.points.toLocaleString("en-US")} points · ${A.state}${A.converged?" (converged)":""}`,f.textContent=A.state==="paused"?"Resume":"Pause",f.disabled=!(A.state==="running"||A.state==="paused"),p.disabled=!(A.state==="running"||A.state==="paused"),y.disabled=!(A.state==="initializing"||A.state==="running"||A.state==="paused")};e.onChange(x),x();let _=()=>{let A=i.state;t.superviseColumn>=A.columns.length&&(t.superviseColumn=-1),at(a,[{value:"-1",label:"none"},...A.columns.map((v,S)=>({value:String(S),label:v.name}))],String(t.superviseColumn))},b=P("div",{"data-testid":"tsne-panel",className:"ep-method-panel"},n.row,P("div",{className:"ep-row"},P("label",{},"Learn. rate"),r),s.row,o.row,P("div",{className:"ep-row"},P("label",{},"Supervise"),a),P("div",{className:"ep-row"},P("label",{},"Ignore"),l),c.row,P("div",{className:"ep-row"},P("label",{},"Iteration"),u),P("div",{className:"ep-row"},f,y,p,d),h),w=()=>{b.style.display=i.state.method==="tsne"?"":"none"};return i.subscribe((A,v)=>{v.has("method")&&w(),v.has("columns")&&_()}),w(),_(),b}function tm(i,e){let t=e.umap,n=Jt("Neighbours","umap-neighbors",t.nNeighbors,{min:2,max:200,step:1},m=>{t.nNeighbors=m}),r=Jt("Min dist","umap-min-dist",t.minDist,{min:0,max:10,step:.01},m=>{t.minDist=m}),s=Jt("Spread","umap-spread",t.spread,{min:.01,max:20,step:.1},m=>{t.spread=m}),o=Jt("Epochs","umap-epochs",t.nEpochs,{min:0,max:5e3,step:10},m=>{t.nEpochs=m}),a=Jt("Seed","umap-seed",t.seed,{min:0,step:1},m=>{t.seed=m}),l=P("select",{"data-testid":"umap-metric","aria-label":"Metric"},P("option",{value:"euclidean"},"Euclidean"),P("option",{value:"cosine"},"Cosine"));l.addEventListener("change",()=>{t.metric=l.value});let c=P("div",{className:"ep-meta","data-testid":"umap-status"}),u=rt("Run","umap-run",()=>{e.runUmap()},"Run UMAP on all (or the isolated) points"),h=rt("Stop","umap-stop",()=>e.stopUmap()),d=0,f=new Ar(()=>p()),p=()=>{d!==e.settingsVersion&&(d=e.settingsVersion,n.input.value=String(t.nNeighbors),r.input.value=String(t.minDist),s.input.value=String(t.spread),o.input.value=String(t.nEpochs),a.input.value=String(t.seed),l.value=t.metric);let m=e.status.umap;m.state!=="initializing"&&f.seconds(!1),c.dataset.state=m.state,c.dataset.epoch=String(m.iteration),c.textContent=m.state==="idle"?"Not run yet.":m.state==="initializing"?`Neighbours and initial layout… ${Math.round(100*m.progress)}% · ${f.seconds(!0)} s`:m.state==="error"?`Failed: ${m.error}`:m.state==="stopped"&&m.total===0?"Stopped before the first epoch · ready to run again.":`Epoch ${m.iteration} / ${m.total} · ${m.points.toLocaleString("en-US")} points${m.state==="done"?" · done":m.state==="stopped"?" · stopped":""}`,h.disabled=!(m.state==="running"||m.state==="initializing")};e.onChange(p),p();let y=P("div",{"data-testid":"umap-panel",className:"ep-method-panel"},n.row,r.row,s.row,o.row,a.row,P("div",{className:"ep-row"},P("label",{},"Metric"),l),P("div",{className:"ep-meta"},"Epochs 0 = automatic (500 up to 10,000 points, else 200)."),P("div",{className:"ep-row"},u,h),c),g=()=>{y.style.display=i.state.method==="umap"?"":"none"};return i.subscribe((m,x)=>{x.has("method")&&g()}),g(),y}function nm(i){let{store:e,scatter:t}=i;document.head.appendChild(P("style",{},Dp));let n=new ll({store:e,getData:i.getData,place:i.place,createTsneClient:()=>Xf(),neighborGraph:i.neighborGraph});i.projectionPanel.append(em(e,n),tm(e,n),Up(e,n));let r={k:"auto",metric:"auto",space:"auto"};i.side.append(Qp(e,i.labelOf),Zp(e,r,i.recomputeNeighbors,i.labelOf),jp(e),Kp({store:e,layout:i.lastLayout,png:()=>t.toPngBlob()}));let s=f=>{let p=e.state.isolated;return!p||fr(p,f)},{toolbar:o}=jf({store:e,plot:i.plot,screenPositions:()=>t.screenPositions(),visible:s,onSelect:f=>e.set({selection:f,selected:f.length===1?f[0]:f.length&&fr(f,e.state.selected)?e.state.selected:-1})});i.toolbar.append(o);let a=e.state.method;e.subscribe((f,p)=>{p.has("method")&&(n.leaving(a),a=f.method)});let l=null,c=0,u=new cl,h=0,d=async()=>{let f=e.state,p=i.getData(),y=f.isolated;if(!p||!y||!y.length)return;let g=++h,m=f.is3d?3:2,x=f.dims.slice(0,m);e.set({computing:`PCA on the ${y.length.toLocaleString("en-US")} isolated points…`});try{let _=await u.project(p.data,p.d,y,f.spherize,x,String(c));if(g!==h||e.state.isolated!==y)return;e.set({isolatedVariance:u.variance}),i.place(ws(_,p.n,m,y),m,x.map(b=>`PC${b+1}`))}catch(_){_?.name!=="CancelledError"&&console.warn("embproj: PCA of the isolated points",_)}finally{g===h&&e.set({computing:null})}};return e.subscribe((f,p)=>{let y=i.getData();if((p.has("n")||p.has("d")||p.has("tensorName")||p.has("run"))&&y?.data!==l&&(l=y?.data??null,n.reset(),u.dispose(),c++,(f.selection.length||f.isolated)&&e.set({selection:ps,isolated:null})),p.has("isolated"))if(f.isolatedVariance&&e.set({isolatedVariance:null}),_r(f.method)&&f.method!=="custom")n.project();else if(f.method==="custom"){let g=i.lastLayout();g&&i.place(g.coords,g.k,g.axes)}else i.reproject()}),window.addEventListener("keydown",f=>{f.key==="Escape"&&!(f.target instanceof HTMLInputElement)&&e.set({selection:ps,selectMode:"pan"})}),{layouts:n,neighborSettings:r,project:()=>{_r(e.state.method)?n.project():d()},owns:f=>_r(f.method)||f.method==="pca"&&!!f.isolated,isLayoutMethod:_r,click(f,p){let y=e.state,g=p.altKey||p.ctrlKey||p.metaKey?"remove":p.shiftKey?"add":"replace";if(g==="replace"){e.set({selected:f,selection:f>=0?Int32Array.of(f):ps});return}if(f<0)return;let m=ms(y.selection,Int32Array.of(f),g);e.set({selection:m,selected:g==="add"?f:y.selected===f?-1:y.selected})},hiddenZ:jt,hook:{layouts:n,get tsne(){return n.status.tsne},get umap(){return n.status.umap},layout:f=>{let p=n.lastLayout(f);return p?{coords:Array.from(p.coords),k:p.k}:null},current:()=>{let f=i.lastLayout();return f?{coords:Array.from(f.coords),k:f.k,axes:f.axes}:null},screenPositions:()=>{let f=t.screenPositions();return{x:Array.from(f.x),y:Array.from(f.y)}}}}}function im(i,e,t,n,r,s){let o=Math.max(0,Math.min(s,e,n)),a=new Float32Array(r),l=new Int32Array(r).fill(-1),c=0;for(let u=0;u<r;u++){let h=0;for(let g=0;g<o;g++){let m=i[u*e+g];m>=0&&m<r&&l[m]!==u&&(l[m]=u,h++)}let d=0,f=0;for(let g=0;g<o;g++){let m=t[u*n+g];m<0||m>=r||(l[m]===u?(f++,d++,l[m]=-2-u):l[m]!==-2-u&&(d++,l[m]=-2-u))}let p=h+d-f,y=p>0?f/p:1;a[u]=1-y,c+=y}return{change:a,meanOverlap:r?c/r:1,k:o}}function rm(i,e,t){let n=[];for(let r=0;r<i.length;r++){if(t?.[r])continue;let s=i[r];if(n.length>=e&&!(s>i[n[n.length-1]]))continue;let o=n.length;for(;o>0&&i[n[o-1]]<s;)o--;n.splice(o,0,r),n.length>e&&n.pop()}return Int32Array.from(n)}function sm(i,e){let t=Math.min(i,e),n=new Int32Array(i).fill(-1);for(let r=0;r<t;r++)n[r]=r;return{bOfA:n,matched:Int32Array.from({length:t},(r,s)=>s),unmatchedA:i-t,unmatchedB:e-t,duplicates:0,by:"order"}}function om(i,e,t,n){let r=new Map,s=0;for(let u=0;u<n;u++){let h=t[u]??"";if(h==="")continue;let d=r.get(h);r.set(h,d===void 0?u:-2)}let o=new Map;for(let u=0;u<e;u++){let h=i[u]??"";h!==""&&o.set(h,(o.get(h)??0)+1)}let a=new Int32Array(e).fill(-1),l=[];for(let u=0;u<e;u++){let h=i[u]??"",d=r.get(h);h===""||d===void 0||d===-2||o.get(h)>1||(a[u]=d,l.push(u))}for(let u of o.values())u>1&&(s+=u);let c=new Map;for(let u=0;u<n;u++){let h=t[u]??"";h!==""&&c.set(h,(c.get(h)??0)+1)}for(let u of c.values())u>1&&(s+=u);return{bOfA:a,matched:Int32Array.from(l),unmatchedA:e-l.length,unmatchedB:n-l.length,duplicates:s,by:"key"}}function am(i,e,t){if(e!==t||i.matched.length!==e)return!1;for(let n=0;n<e;n++)if(i.bOfA[n]!==n)return!1;return!0}function zu(i,e,t){let n=new Float32Array(t.length*e);for(let r=0;r<t.length;r++)n.set(i.subarray(t[r]*e,t[r]*e+e),r*e);return n}function P_(i){i.charCodeAt(0)===65279&&(i=i.slice(1));let e=i.split(/\r?\n/);return e.length>0&&e[e.length-1]===""&&e.pop(),e}function lm(i,e){let t=P_(i),n=1;for(let c of t.slice(0,1))n=c.split("	").length;let r,s;n<=1?(r=["label"],s=t):(r=t[0].split("	").map((c,u)=>c.trim()||`column ${u+1}`),s=t.slice(1));let o=e??s.length,a=r.map(()=>new Array(o).fill("")),l=Math.min(o,s.length);for(let c=0;c<l;c++){let u=n<=1?[s[c]]:s[c].split("	");for(let h=0;h<r.length;h++)a[h][c]=(u[h]??"").trim()}return{names:r,columns:a,rowCount:s.length}}function Gu(i){return(i.state.info?.errors??[]).map(e=>Ht("error",e))}function cm(i){let e=i.state;return e.info?.embeddings.find(t=>t.tensorName===e.tensorName)??null}function N_(i){return i.findIndex(t=>t.kind==="categorical"&&t.distinct>=2&&t.distinct<=20)}function F_(i){let e=0;for(let t=0;t<i.length;t++){let n=i[t];n-n!==0&&(i[t]=0,e++)}return e}async function dl(i,e,t,n){let r=i.state.run,s=us(e),o=i.state.transfer==="float16"?2:4,a={tensor:{loaded:0,total:s?s[0]*s[1]*o:null},metadata:{loaded:0,total:null},sprite:{loaded:0,total:null}},l=new Set(["tensor"]);e.hasMetadata!==!1&&(e.hasMetadata||e.metadataPath)&&l.add("metadata"),e.hasSprite!==!1&&(e.hasSprite||e.sprite?.imagePath)&&l.add("sprite");let c=0,u=(A=!1)=>{if(t.aborted)return;let v=performance.now();if(!A&&v-c<40)return;c=v;let S=0,N=0;for(let R of l)S+=a[R].loaded,N=N!==null&&a[R].total!==null?N+a[R].total:null;let I=`Loading ${[...l].join(", ")}`;i.set({loading:{label:I,loaded:S,total:N}})},h=A=>(v,S)=>{a[A].loaded=v,S!==null&&(a[A].total=S),u(S!==null&&v===S)};u(!0);let d=[],f=i.state.step!==null&&(e.checkpointSteps??[]).includes(i.state.step)?i.state.step:null,p=ht.tensor(r,e.tensorName,s,h("tensor"),t,f,i.state.transfer),y=l.has("metadata")?ht.metadata(r,e.tensorName,h("metadata"),t).catch(A=>{if(t.aborted)throw A;return d.push(Ht("warning",A)),l.delete("metadata"),null}):Promise.resolve(null),g=l.has("sprite")?ht.sprite(r,e.tensorName,h("sprite"),t).then(A=>n(A,e.sprite?.singleImageDim??[])).catch(A=>{if(t.aborted)throw A;return d.push(Ht("warning",A)),l.delete("sprite"),null}):Promise.resolve(null),[m,x,_]=await Promise.all([p,y,g]);i.state.transfer==="float16"&&d.push({level:"info",message:"Downloaded as float16: values rounded to about 3 significant digits.",file:null,hint:"PCA and neighbours change little (bench/RESULTS.md measures it); untick float16 for exact values."});let b=F_(m.data);b>0&&d.push({level:"warning",message:`${b.toLocaleString("en-US")} NaN or infinite values were drawn as 0.`,file:e.tensorPath??null,hint:"Projections treat them as 0; fix the source tensor to remove this warning."});let w=[];if(x!==null){let A=lm(x,m.n);A.names.forEach((S,N)=>w.push(ul(S,A.columns[N])));let v=(e.warnings??[]).length>0;A.rowCount!==m.n&&!v&&d.push({level:"warning",message:`Metadata has ${A.rowCount} rows but the tensor has ${m.n}.`,file:e.metadataPath??null,hint:"Row i of the metadata (after the header) must describe tensor row i."})}return{data:m.data,n:m.n,d:m.d,etag:m.etag,columns:w,atlas:_,notices:d}}function um(i,e,t){let n=e.columns.length;return{labelColumn:t&&i.labelColumn<n?i.labelColumn:n?0:-1,colorColumn:t&&i.colorColumn<n?i.colorColumn:N_(e.columns),showSprites:t?i.showSprites:!!e.atlas,spherize:t?i.spherize:e.d>=50,method:t?i.method:e.d<=3?"identity":"pca",dims:t?i.dims:[0,1,2],is3d:t?i.is3d:!1}}var D_=100,U_=100,fl=class{constructor(e,t){E(this,"spec",e);E(this,"transfer",t);E(this,"status","loading");E(this,"message","");E(this,"progress",0);E(this,"result",null);E(this,"onChange",null);E(this,"projector",null);E(this,"abort",new AbortController);E(this,"coordsB",null);E(this,"sideB",null);E(this,"holdsB",!1);E(this,"pendingA",null);E(this,"layoutOfB",null)}async run(e,t){let n=performance.now(),r=this.abort.signal;try{let s=this.spec;this.set("loading",`Loading ${s.tensor}…`);let o=await t(s.run),a=o.embeddings.find(B=>B.tensorName===s.tensor);if(!a)throw new Error(`Run "${s.run}" has no tensor "${s.tensor}".`);if(a.error)throw new Error(`${s.tensor}: ${a.error.error}`);let l={...a,hasSprite:!1,sprite:void 0},c=new hr({...iu,run:s.run,info:o,tensorName:s.tensor,step:s.step,transfer:this.transfer});c.subscribe((B,Y)=>{Y.has("loading")&&B.loading&&B.loading.total&&this.set("loading",B.loading.label,B.loading.loaded/B.loading.total)});let u=await dl(c,l,r,async()=>null);this.check(r);let h=this.pair(e,u.columns,u.n);if(!h.matched.length)throw new Error("No rows are paired: "+(s.key?`no value of "${s.key}" is on both sides.`:"side B is empty."));let d=performance.now()-n;this.set("layout","Projecting side B…");let f=performance.now(),p=this.projector=Ms();await p.load(u.data,u.n,u.d),this.sideB={data:u.data,n:u.n,d:u.d},this.holdsB=!0,this.check(r);let y=e.layout.k,g=await(this.layoutOfB??hm)(p,{run:s.run,tensor:s.tensor,step:s.step,n:u.n,d:u.d},e,y),m=g.coords;this.check(r),this.coordsB=m;let x=Vu(m,e.layout.coords,h,e.n,y),_=`${s.run} / ${s.tensor}${s.step!==null?` @ step ${s.step}`:""}`,b=`${g.note}, aligned onto A (Procrustes over ${h.matched.length.toLocaleString("en-US")} rows)`;this.result={spec:s,label:_,nA:e.n,nB:u.n,dB:u.d,pairing:h,alignedB:x,k:y,layoutNote:b,change:null,meanOverlap:null,ranked:null,exact:null,timings:{loadMs:d,layoutMs:performance.now()-f,neighboursMs:0}};let w=performance.now(),A=Math.max(1,Math.min(s.k,U_,h.matched.length-1)),v=am(h,e.n,u.n),S=h.matched.length;this.set("neighbours","Neighbours in B…",0);let N=v?null:zu(u.data,u.d,Array.from(h.matched,B=>h.bOfA[B]));N&&(this.holdsB=!1,await p.load(N,S,u.d)),this.check(r);let I=await this.graph(p,N??u.data,S,u.d,A,B=>this.set("neighbours","Neighbours in B…",B/2));this.check(r);let C=h.matched.length===e.n?e.data.slice(0,e.n*e.d):zu(e.data,e.d,h.matched);this.holdsB=!1,await p.load(C,S,e.d),this.check(r);let D=await this.graph(p,C,S,e.d,A,B=>this.set("neighbours","Neighbours in A…",.5+B/2));this.check(r);let L=im(D.indices,D.k,I.indices,I.k,S,A),z=new Float32Array(e.n).fill(NaN),k=new Uint8Array(e.n).fill(1);if(h.matched.forEach((B,Y)=>{z[B]=L.change[Y],k[B]=0}),Object.assign(this.result,{change:z,meanOverlap:L.meanOverlap,ranked:rm(z,D_,k),exact:D.exact&&I.exact}),this.result.timings.neighboursMs=performance.now()-w,p.dispose(),this.projector=null,this.holdsB=!1,this.pendingA){let B=this.pendingA;this.pendingA=null,await this.layOutB(B)}this.set("ready","")}catch(s){if(r.aborted||on(s))return;console.warn("embproj: compare",s),this.set("error",s instanceof Error?s.message:String(s)),this.projector?.dispose(),this.projector=null}}async relayout(e){return this.status==="error"||!this.result?!1:this.status!=="ready"?(this.pendingA=e,!1):this.layOutB(e)}async layOutB(e){let t=this.result,n=this.sideB,r=this.abort.signal;if(!t||!n||r.aborted)return!1;let s=this.projector??(this.projector=Ms());try{this.holdsB||(await s.load(n.data,n.n,n.d),this.holdsB=!0);let o=this.spec,a=await(this.layoutOfB??hm)(s,{run:o.run,tensor:o.tensor,step:o.step,n:n.n,d:n.d},e,e.layout.k);return r.aborted?!1:(this.coordsB=a.coords,t.k=e.layout.k,t.alignedB=Vu(a.coords,e.layout.coords,t.pairing,t.nA,t.k),t.layoutNote=`${a.note}, aligned onto A (Procrustes over ${t.pairing.matched.length.toLocaleString("en-US")} rows)`,this.onChange?.(),!0)}catch(o){return!r.aborted&&!on(o)&&console.warn("embproj: compare",o),!1}}realign(e){let t=this.result;!t||!this.coordsB||e.length!==t.nA*t.k||(t.alignedB=Vu(this.coordsB,e,t.pairing,t.nA,t.k))}dispose(){this.abort.abort(),this.projector?.dispose(),this.projector=null,this.onChange=null}pair(e,t,n){let r=this.spec.key;if(r===null){if(e.n!==n)throw new Error(`Side A has ${e.n.toLocaleString("en-US")} rows and side B ${n.toLocaleString("en-US")}: pair them by a key column.`);return sm(e.n,n)}let s=e.columns.find(a=>a.name===r),o=t.find(a=>a.name===r);if(!s||!o)throw new Error(`The key column "${r}" is not in ${s?"side B's":"side A's"} metadata.`);return om(s.values,e.n,o.values,n)}async graph(e,t,n,r,s,o){let a={k:s,metric:this.spec.metric,spherize:!1},l=e.neighborGraph(a,o);if(l){let u=await l,h=Xa(u.n,u.k,u.parts);return{indices:h.indices,k:h.k,exact:Ci(n,Math.min(r,Ss))}}let c=Sp(t,n,r,s,{metric:this.spec.metric,onProgress:o});return{indices:c.indices,k:c.k,exact:Ci(n,r)}}check(e){if(e.aborted)throw new DOMException("cancelled","AbortError")}set(e,t,n=this.progress){this.status=e,this.message=t,this.progress=n,this.onChange?.()}},hm=async(i,e,t,n)=>{let s=(await i.pca(Math.min(10,e.d),{spherize:t.spherize})).varianceFraction.length-1,o=t.method==="pca"?t.dims.slice(0,n).map(l=>Math.min(l,s)):Array.from({length:n},(l,c)=>Math.min(c,s));return{coords:await i.project(o),note:`PCA ${o.map(l=>`PC${l+1}`).join("/")}${t.method==="pca"?"":` (side A shows ${t.method})`}`}};function Vu(i,e,t,n,r){let s=new Float32Array(n*r).fill(NaN);for(let l of t.matched)for(let c=0;c<r;c++)s[l*r+c]=i[t.bOfA[l]*r+c];let o=tu(s,e,n,r,t.matched);return nu(s,n,o)}function Ii(i,e){let t=i.find(a=>a.tensorName===e);if(!t)return null;let n=(t.checkpointSteps??[]).filter(a=>Number.isInteger(a));if(n.length>=2)return{tag:t.tag??t.tensorName,kind:"checkpoints",entries:[...new Set(n)].sort((a,l)=>a-l).map(a=>({step:a,tensorName:t.tensorName,fetchStep:a}))};if(t.tag==null||t.step==null)return null;let r=i.filter(a=>a.tag===t.tag&&typeof a.step=="number"&&!a.error);if(r.length<2)return null;let s=new Map;for(let a of r)s.has(a.step)||s.set(a.step,a);let o=[...s.entries()].sort((a,l)=>a[0]-l[0]).map(([a,l])=>({step:a,tensorName:l.tensorName,fetchStep:null}));return o.length>=2?{tag:t.tag,kind:"tags",entries:o}:null}function dm(i,e,t,n){if(i.kind==="checkpoints"){let r=t??n,s=i.entries.findIndex(o=>o.step===r);return s>=0?s:i.entries.length-1}return Math.max(0,i.entries.findIndex(r=>r.tensorName===e))}var O_=20,Sr=(i,e,t=null)=>JSON.stringify(t?[i,e,t]:[i,e]);function B_(i){let e=[];for(let t of i.embeddings){if(t.error)continue;let n=(t.checkpointSteps??[]).filter(s=>Number.isInteger(s)),r=t.shape?` (${t.shape.join(" x ")})`:"";if(n.length>=2)for(let s of n)e.push({value:Sr(t.tensorName,s),label:`${t.tensorName} @ step ${s}${r}`});else e.push({value:Sr(t.tensorName,null),label:`${t.tensorName}${r}`});for(let s of t.projections??[])s.error||e.push({value:Sr(t.tensorName,null,s.name),label:`${t.tensorName}: from Python: ${s.name}`})}return e}function k_(i){let e=i.state;if(!e.info||!e.tensorName)return null;let t=Ii(e.info.embeddings,e.tensorName);if(t){let n=e.info.embeddings.find(a=>a.tensorName===e.tensorName),r=t.kind==="checkpoints"?e.step??n?.step??null:null,s=t.entries.findIndex(a=>t.kind==="checkpoints"?a.step===r:a.tensorName===e.tensorName),o=t.entries[s>0?s-1:Math.min(1,t.entries.length-1)];if(o)return Sr(o.tensorName,o.fetchStep)}return Sr(e.tensorName,null)}function fm(i){let{store:e}=i,t=P("select",{"data-testid":"compare-run","aria-label":"Side B run"}),n=P("select",{"data-testid":"compare-tensor","aria-label":"Side B tensor and step"}),r=P("select",{"data-testid":"compare-key","aria-label":"Pair rows by"}),s=P("input",{type:"number",min:"1",max:"100",value:String(En.k),"data-testid":"compare-k","aria-label":"Neighbours compared",style:"width:4em"}),o=P("select",{"data-testid":"compare-metric","aria-label":"Metric"});at(o,[{value:"euclidean",label:"euclidean"},{value:"cosine",label:"cosine"}],En.metric);let a=P("button",{"data-testid":"compare-start"},"Compare"),l=P("button",{"data-testid":"compare-stop"},"Stop comparing"),c=P("select",{"data-testid":"compare-mode","aria-label":"Compare display"});at(c,[{value:"side",label:"side by side"},{value:"overlay",label:"overlay (A → B lines)"}],En.mode);let u=P("input",{type:"checkbox","data-testid":"compare-color",checked:En.color}),h=P("div",{className:"ep-meta","data-testid":"compare-status"}),d=P("div",{className:"ep-meta","data-testid":"compare-summary"}),f=P("div",{"data-testid":"compare-overlap",className:"ep-compare-overlap"}),p=P("ol",{className:"ep-results","data-testid":"compare-ranked"}),y=P("div",{},P("div",{className:"ep-row"},P("label",{},"B: run"),t),P("div",{className:"ep-row"},P("label",{},"tensor"),n),P("div",{className:"ep-row"},P("label",{},"Pair rows"),r),P("div",{className:"ep-row"},P("label",{},"Neighbours"),s,o)),g=P("div",{},P("div",{className:"ep-row"},P("label",{},"Show"),c),P("div",{className:"ep-row"},P("label",{},u," Colour by neighbourhood change")),P("div",{className:"ep-meta"},"Legend: 0 = the same k neighbours in A and B, 1 = none shared; grey: unpaired."),h,f,d,P("div",{className:"ep-meta"},"Neighbours changed most (click to select):"),p),m=P("section",{"data-testid":"compare-panel"},P("h2",{},"Compare embeddings"),y,P("div",{className:"ep-row"},a,l),g),x=null,_=null,b=null,w=async N=>{if(x?.run===N)return;let I=e.state,R=N===I.run&&I.info?I.info:await i.infoOf(N).catch(()=>null);!R||t.value!==N||(x={run:N,info:R},_=null,v())},A=()=>{if(!x||!n.value)return null;let[N,I,R]=JSON.parse(n.value),C=e.state.compare;return{run:x.run,tensor:N,step:I,key:r.value===""?null:r.value,k:Math.max(1,Math.min(100,Math.round(Number(s.value)||En.k))),metric:o.value==="cosine"?"cosine":"euclidean",mode:C?.mode??(c.value==="overlay"?"overlay":"side"),color:C?.color??u.checked,...R?{layout:R}:{}}};function v(){let N=e.state,I=N.compare,R=I?.run??b??N.run??"";at(t,N.runs.map(k=>({value:k,label:k})),R),R&&x?.run!==R&&w(R);let C=x?B_(x.info):[],D=I?Sr(I.tensor,I.step,I.layout??null):_??(x?.run===N.run?k_(e):null)??C[0]?.value??"";I&&!C.some(k=>k.value===D)&&C.push({value:D,label:`${I.tensor}${I.step!==null?` @ step ${I.step}`:""}`}),at(n,C,D);let L=N.columns.map(k=>({value:k.name,label:`key: ${k.name}`})),z=I?I.key??"":r.value;z&&!L.some(k=>k.value===z)&&L.push({value:z,label:`key: ${z}`}),at(r,[{value:"",label:"by order (same rows)"},...L],z),I&&(s.value=String(I.k),o.value=I.metric,c.value=I.mode,u.checked=I.color),a.textContent=I?"Compare again":"Compare",l.style.display=I?"":"none",g.style.display=I?"":"none",m.style.display=N.n>0||I?"":"none"}let S=()=>{let N=i.session(),I=N?.result??null;if(h.dataset.status=N?.status??"off",h.textContent=N?N.status==="error"?`Cannot compare: ${N.message}`:N.status==="ready"?"":`${N.message}${N.progress>0?` ${Math.round(100*N.progress)}%`:""}`:"",h.classList.toggle("ep-error-text",N?.status==="error"),!I){d.textContent="",f.textContent="",p.replaceChildren();return}let R=I.pairing,C=[`B: ${I.label} (${I.nB.toLocaleString("en-US")} x ${I.dB})`,`${R.matched.length.toLocaleString("en-US")} rows paired ${R.by==="key"?`by ${I.spec.key}`:"by order"}`];(R.unmatchedA||R.unmatchedB)&&C.push(`unpaired: ${R.unmatchedA.toLocaleString("en-US")} in A, ${R.unmatchedB.toLocaleString("en-US")} in B (not drawn in B, left out of the neighbours)`),R.duplicates&&C.push(`${R.duplicates.toLocaleString("en-US")} rows share a key with another row of their side (not paired)`),C.push(`B layout: ${I.layoutNote}`),I.exact!==null&&C.push(`neighbours: ${I.exact?"exact":"approximate search (forest + NN-descent)"}, ${I.spec.metric}`),d.replaceChildren(...C.map(L=>P("div",{},L))),d.dataset.paired=String(R.matched.length),d.dataset.unpairedA=String(R.unmatchedA),d.dataset.unpairedB=String(R.unmatchedB),I.meanOverlap!==null?(f.textContent=`Mean neighbour overlap (Jaccard, k = ${I.spec.k}): ${I.meanOverlap.toFixed(3)}`,f.dataset.value=String(I.meanOverlap)):f.textContent="";let D=I.ranked&&I.change?Array.from(I.ranked.subarray(0,O_)):[];p.replaceChildren(...D.map(L=>P("li",{"data-testid":"compare-ranked-entry","data-index":L,"data-change":I.change[L],title:"Select this point",onclick:()=>e.set({selected:L,selection:Int32Array.of(L)})},`${i.labelOf(L)} — ${(I.change[L]*100).toFixed(0)}% changed`)))};return t.addEventListener("change",()=>{b=t.value,x=null,_=null,w(t.value)}),n.addEventListener("change",()=>{_=n.value}),a.addEventListener("click",()=>{let N=A();N&&e.set({compare:N})}),l.addEventListener("click",()=>e.set({compare:null})),c.addEventListener("change",()=>{let N=e.state.compare;N&&e.set({compare:{...N,mode:c.value==="overlay"?"overlay":"side"}})}),u.addEventListener("change",()=>{let N=e.state.compare;N&&e.set({compare:{...N,color:u.checked}})}),e.subscribe((N,I)=>{(I.has("runs")||I.has("run")||I.has("info")||I.has("tensorName")||I.has("step")||I.has("columns")||I.has("compare")||I.has("n"))&&v()}),v(),Object.assign(m,{updateResult:S})}var pm=`
.ep-compare-split > .ep-plot:not(.ep-plot-b) { right: 50%; }
.ep-plot-b { left: 50%; border-left: 1px solid var(--ep-border, #ccc); }
.ep-compare-caption { position: absolute; top: 40px; left: 8px; font-size: 11px; color: var(--ep-muted); z-index: 2;
  pointer-events: none; background: var(--ep-plot); padding: 1px 4px; border-radius: 3px; }
.ep-compare-overlap { font-weight: 600; margin: 4px 0; }
.ep-error-text { color: var(--ep-error-fg); }
`;var z_="neighbourhood change (1 − Jaccard)",Hu=2e5,G_=["run","tensor","step","key","k","metric","layout"],V_=(i,e)=>!!i&&!!e&&G_.every(t=>i[t]===e[t]);function mm(i){let{store:e,scatter:t,plot:n,main:r}=i;document.head.appendChild(P("style",{},pm));let s=P("div",{className:"ep-plot ep-plot-b","data-testid":"compare-plot-b"}),o=P("div",{className:"ep-compare-caption","data-testid":"compare-caption-a"}),a=P("div",{className:"ep-compare-caption","data-testid":"compare-caption-b"});s.append(a);let l=null,c=null,u=null,h=null,d=0,f=!1,p=null,y={startedAt:0,firstFrameMs:0,readyMs:0},g=new Map,m=C=>C===e.state.run&&e.state.info?Promise.resolve(e.state.info):(g.has(C)||g.set(C,ht.info(C).catch(D=>{throw g.delete(C),D})),g.get(C)),x=fm({store:e,session:()=>c,infoOf:m,labelOf:i.labelOf});i.side.append(x);let _=()=>{if(l)return l;let C=l=new ur(s);C.setTheme(e.state.dark?"#1b1c1e":"#ffffff",e.state.dark?"#ffffff":"#000000");let D=(k,B)=>{if(!f){f=!0;try{k.moving&&B.controls.onMotion?.(),B.controls.is3d=k.controls.is3d,B.controls.v2={...k.controls.v2},B.controls.v3={...k.controls.v3,target:k.controls.v3.target.clone()},B.controls.update()}finally{f=!1}}};C.addCameraListener(()=>D(C,t)),t.addCameraListener(()=>{l&&e.state.compare?.mode==="side"&&D(t,l)});let L=k=>{let B=C.canvas.getBoundingClientRect();return{x:k.clientX-B.left,y:k.clientY-B.top}},z=null;return C.canvas.addEventListener("pointermove",k=>{if(k.buttons||!h||C.changing)return;let{x:B,y:Y}=L(k),V=C.pick(B,Y);e.set({hovered:V}),V>=0?i.tooltip?.show(B+s.offsetLeft,Y+s.offsetTop,i.labelOf(V),i.atlas?.()??null,V):i.tooltip?.hide()}),C.canvas.addEventListener("pointerleave",()=>{e.set({hovered:-1}),i.tooltip?.hide()}),C.canvas.addEventListener("pointerdown",k=>{z={x:k.clientX,y:k.clientY}}),C.canvas.addEventListener("pointerup",k=>{if(!z||Math.hypot(k.clientX-z.x,k.clientY-z.y)>4){z=null;return}z=null;let{x:B,y:Y}=L(k),V=C.pick(B,Y);e.set({selected:V,selection:V>=0?Int32Array.of(V):new Int32Array(0)})}),C.onFrame=()=>{h&&!y.firstFrameMs&&y.startedAt&&(y.firstFrameMs=performance.now()-y.startedAt)},D(t,C),C},b=C=>{r.classList.toggle("ep-compare-split",C),C&&!s.parentElement&&(n.after(s),n.append(o)),!C&&s.parentElement&&(s.remove(),o.remove())},w=()=>{let C=e.state.compare,D=c?.result,L=i.getData(),z=i.lastLayout();if(!C||!D||!L||!z||z.k!==D.k||D.nA!==L.n){t.setSegments(null),d=0,h=null,b(!1);return}let k=L.n,B=D.k,Y=e.state.isolated,V=H_(z.coords,D.alignedB,k,B,Y);if(h=V,o.textContent=`A: ${e.state.run} / ${e.state.tensorName}${e.state.step!==null?` @ step ${e.state.step}`:""}`,a.textContent=`B: ${D.label}`,C.mode==="side"){t.setSegments(null),d=0,b(!0);let j=_();j.set3d(B===3),j.setPointSize(i.pointSize()),j.setPositions(V,k),p&&j.setColors(p),j.setHighlight(e.state.hovered,e.state.selected)}else b(!1),A(t.drawnPositions,V,k),!y.firstFrameMs&&y.startedAt&&requestAnimationFrame(()=>{y.firstFrameMs||(y.firstFrameMs=performance.now()-y.startedAt)})},A=(C,D,L)=>{if(C.length<3*L){t.setSegments(null),d=0;return}let z=new Float32Array(L).fill(-1),k=0;for(let ie=0;ie<L;ie++)D[3*ie+2]===jt||C[3*ie+2]===jt||(z[ie]=Math.hypot(D[3*ie]-C[3*ie],D[3*ie+1]-C[3*ie+1],D[3*ie+2]-C[3*ie+2]),k++);let B=k>Hu?Float32Array.from(z).sort()[L-Hu]:0,Y=[];for(let ie=0;ie<L&&Y.length<Hu;ie++)z[ie]>=B&&z[ie]>=0&&Y.push(ie);Y.length>Zc&&Y.sort((ie,ve)=>z[ve]-z[ie]);let V=Y.length,j=new Float32Array(3*V),ne=new Float32Array(3*V),be=new Float32Array(3*V),Pe=new Float32Array(3*V),Z=Ei(e.state.dark?"#1b1c1e":"#ffffff");Y.forEach((ie,ve)=>{j.set(C.subarray(3*ie,3*ie+3),3*ve),ne.set(D.subarray(3*ie,3*ie+3),3*ve);for(let we=0;we<3;we++){let me=p&&p.length>=3*L?p[3*ie+we]:.5;be[3*ve+we]=me+(Z[we]-me)*.7,Pe[3*ve+we]=me*.8}}),t.setSegments({from:j,to:ne,rgbFrom:be,rgbTo:Pe,m:V}),d=V},v=()=>{let C=i.getData(),D=i.lastLayout(),L=e.state;return!C||!D?null:{data:C.data,n:C.n,d:C.d,columns:L.columns,layout:{coords:D.coords,k:D.k===3?3:2},method:L.method,dims:[...L.dims],spherize:L.spherize}},S=C=>`${C.method}|${C.dims.slice(0,C.layout.k).join(",")}|${C.layout.k}|${C.spherize}`,N="",I=()=>{let C=e.state.compare,D=i.getData(),L=v();if(!C||!D||!L)return;c?.dispose();let z=e.state;N=S(L);let k=c=new fl(C,z.transfer);C.layout&&(k.layoutOfB=Lf(C.layout)),u=D,y.startedAt=performance.now(),y.firstFrameMs=0,y.readyMs=0;let B=!1;k.onChange=()=>{c===k&&(k.result&&!B&&(B=!0,w()),k.status==="ready"&&(y.readyMs=performance.now()-y.startedAt,i.recolor(),w()),x.updateResult())},x.updateResult(),k.run(L,m)},R=()=>{c?.dispose(),c=null,u=null,h=null,t.setSegments(null),d=0,b(!1),x.updateResult(),i.recolor()};return e.subscribe((C,D)=>{D.has("compare")&&(C.compare?!c||!V_(c.spec,C.compare)||u!==i.getData()?i.getData()&&i.lastLayout()&&I():(i.recolor(),w()):R()),(D.has("tensorName")||D.has("run")||D.has("step"))&&c&&(c.dispose(),c=null,u=null,h=null,t.setSegments(null),b(!1),x.updateResult()),l&&(D.has("hovered")||D.has("selected"))&&l.setHighlight(C.hovered,C.selected),l&&D.has("dark")&&l.setTheme(C.dark?"#1b1c1e":"#ffffff",C.dark?"#ffffff":"#000000"),l&&D.has("pointSize")&&l.setPointSize(i.pointSize())}),{placed(){if(e.state.compare){if(!c||u!==i.getData())I();else if(c.result){let C=v();if(C&&S(C)!==N){N=S(C);let D=c;D.relayout(C).then(L=>{L&&c===D&&w()})}else C&&C.layout.k===c.result.k&&c.realign(C.layout.coords);w()}}},pointColors(C,D){let L=c?.result,z;if(C.compare?.color&&L?.change&&L.nA===D){let k={name:z_,kind:"numeric",values:[],numbers:Float64Array.from(L.change),min:0,max:1,distinct:0,missing:L.pairing.unmatchedA};z=Es({...C,columns:[...C.columns,k],colorColumn:C.columns.length,focusCategory:null},D)}else z=Es(C,D);return p=z.rgb,l&&h&&l.setColors(z.rgb),d&&C.compare?.mode==="overlay"&&w(),z},hook:{get status(){return c?{status:c.status,message:c.message,progress:c.progress}:null},result(){let C=c?.result;return C?{label:C.label,nA:C.nA,nB:C.nB,k:C.k,exact:C.exact,meanOverlap:C.meanOverlap,bOfA:Array.from(C.pairing.bOfA),paired:C.pairing.matched.length,unpairedA:C.pairing.unmatchedA,unpairedB:C.pairing.unmatchedB,duplicates:C.pairing.duplicates,change:C.change?Array.from(C.change,D=>Number.isNaN(D)?null:D):null,ranked:C.ranked?Array.from(C.ranked):null,alignedB:Array.from(C.alignedB,D=>Number.isNaN(D)?null:D),timings:C.timings}:null},get lines(){return d},get timings(){return{...y}},get split(){return r.classList.contains("ep-compare-split")},screenPositionOfB(C){if(!l||!h)return null;let D=l.screenPositionOf(C);if(!D)return null;let L=l.canvas.getBoundingClientRect();return{x:L.left+D.x,y:L.top+D.y}},get cameraB(){return l?{v2:{...l.controls.v2},is3d:l.controls.is3d}:null},get frameTimesB(){return l?l.frameTimes:[]},colorOfB:C=>l?l.colorAt(C):null,countPointPixelsB(){if(!l)return 0;l.renderNow();let C=document.createElement("canvas");C.width=l.canvas.width,C.height=l.canvas.height;let D=C.getContext("2d");D.drawImage(l.canvas,0,0);let L=D.getImageData(0,0,C.width,C.height).data,z=0;for(let k=0;k<L.length;k+=4)Math.abs(L[k]-L[0])+Math.abs(L[k+1]-L[1])+Math.abs(L[k+2]-L[2])>30&&z++;return z}}}}function H_(i,e,t,n,r){let{mid:s,scale:o}=Kc(i,t,n,r),a=r?new Uint8Array(t):null;if(a)for(let c of r)a[c]=1;let l=new Float32Array(t*3);for(let c=0;c<t;c++){if(a&&!a[c]||!Number.isFinite(e[c*n])){l[3*c+2]=jt;continue}for(let u=0;u<n&&u<3;u++)l[3*c+u]=(e[c*n+u]-s[u])*o}return l}var Wu=class{constructor(e,t=()=>{}){E(this,"onDispose",t);E(this,"rpc");E(this,"latest",new Vn);this.rpc=new Tn(e)}analyze(e,t,n={}){let r=this.latest.next(),s=e.byteOffset===0&&e.byteLength===e.buffer.byteLength?e:e.slice();return this.rpc.call("analyze",{xy:s,m:t,options:n},{signal:r,transfer:[s.buffer]})}cancel(){this.latest.cancel()}fail(e){this.rpc.fail(e)}dispose(){this.rpc.close(new dt("density client disposed")),this.onDispose()}};function gm(i=new URL("./density.worker.js",import.meta.url)){let e=new Worker(i,{type:"module"}),t=new Wu(e,()=>e.terminate());return ai(e,"density",i,n=>t.fail(n)),t}var W_={now:()=>performance.now(),setTimeout:(i,e)=>setTimeout(i,e),clearTimeout:i=>clearTimeout(i)},pl=class{constructor(e,t=W_){E(this,"interval",e);E(this,"clock",t);E(this,"waiting",null);E(this,"running",!1);E(this,"lastStart",-1/0);E(this,"timer",null);E(this,"epoch",0)}submit(e){this.waiting=e,this.pump()}clear(){this.waiting=null,this.running=!1,this.epoch++,this.timer!==null&&this.clock.clearTimeout(this.timer),this.timer=null}get busy(){return this.running||this.waiting!==null}pump(){if(this.running||!this.waiting||this.timer!==null)return;let e=this.lastStart+this.interval-this.clock.now();if(e>0){this.timer=this.clock.setTimeout(()=>{this.timer=null,this.pump()},e);return}let t=this.waiting,n=this.epoch;this.waiting=null,this.running=!0,this.lastStart=this.clock.now(),t().catch(()=>{}).finally(()=>{n===this.epoch&&(this.running=!1,this.pump())})}};var X_=400;function $_(i,e){let t=0;for(let s=0;s<e;s++)i[3*s+2]!==jt&&t++;let n=new Float32Array(2*t),r=t===e?null:new Int32Array(t);for(let s=0,o=0;s<e;s++)i[3*s+2]!==jt&&(n[2*o]=i[3*s],n[2*o+1]=i[3*s+1],r&&(r[o]=s),o++);return{xy:n,rows:r,m:t}}var ml=class{constructor(e,t,n,r=gm){E(this,"store",e);E(this,"overlay",t);E(this,"draw",n);E(this,"startClient",r);E(this,"layout",null);E(this,"client",null);E(this,"throttle",new pl(X_));E(this,"generation",0);E(this,"result",null);E(this,"status","off");E(this,"error",null);E(this,"stats",{layouts:0,passes:0,labelMs:0,latencyMs:0,firstDrawnMs:0,onAt:0,phases:{waitMs:0,extractMs:0,roundTripMs:0,applyMs:0}});E(this,"options",{});e.subscribe((s,o)=>{(o.has("run")||o.has("tensorName")||o.has("n"))&&(this.layout=null,this.clear(s.showDensity?"computing":"off")),o.has("is3d")&&s.is3d&&s.showDensity&&this.clear("unavailable"),o.has("showDensity")?s.showDensity?(this.stats.onAt=performance.now(),this.stats.firstDrawnMs=0,this.schedule()):this.clear("off"):(o.has("clusterLabelColumn")||o.has("columns")||o.has("colorColumn"))&&this.relabel()})}setLayout(e,t,n){this.layout={positions:e,n:t,k:n},this.store.state.showDensity&&this.schedule()}schedule(){let e=this.layout;if(!e){this.status=this.store.state.showDensity?"computing":"off";return}if(e.k!==2){this.clear("unavailable");return}this.stats.layouts++,this.status!=="ready"&&(this.status="computing");let t=this.generation,n=performance.now();this.throttle.submit(async()=>{let r=this.layout;if(!r||r.k!==2||t!==this.generation)return;let s=performance.now(),{xy:o,rows:a,m:l}=$_(r.positions,r.n);this.client??(this.client=this.startClient());try{let c=performance.now(),u=await this.client.analyze(o,l,this.options);if(t!==this.generation)return;let h=performance.now(),d=0;for(let p=0;p<l;p++)u.assignment[p]<0&&d++;this.result={analysis:u,rows:a,m:l,unassigned:d,terms:[]},this.stats.passes++,this.relabel();let f=performance.now();this.stats.latencyMs=f-n,this.stats.phases={waitMs:s-n,extractMs:c-s,roundTripMs:h-c,applyMs:f-h},this.stats.firstDrawnMs||(this.stats.firstDrawnMs=f-this.stats.onAt),this.status="ready",this.error=null}catch(c){if(c?.name==="CancelledError"||t!==this.generation)return;this.status="error",this.error=c instanceof Error?c.message:String(c),console.warn("embproj: density",c)}})}relabel(){let e=this.result;if(!e)return;let t=performance.now(),n=this.store.state,r=ds(n),s=n.columns[r],o=e.analysis.clusters;e.terms=s?Tf(e.analysis.assignment,e.rows,o.length,Ef(s)):o.map(()=>[]),this.stats.labelMs=performance.now()-t;let a=e.analysis.levels,l={lines:e.analysis.contours.map(c=>({points:c.points,closed:c.closed,rank:Math.max(0,a.indexOf(c.level))})),levels:a.length,clusters:o.map((c,u)=>({x:c.peakX,y:c.peakY,size:c.size,label:cu(e.terms[u])}))};this.overlay.set(l),this.draw()}clear(e){this.generation++,this.throttle.clear(),this.client?.cancel(),this.result=null,this.status=e,this.overlay.set(null),this.draw()}summary(){let e=this.result,t=this.store.state,n=ds(t);return{on:t.showDensity,status:this.status,error:this.error,layouts:this.stats.layouts,passes:this.stats.passes,busy:this.throttle.busy,points:e?.m??0,labelColumn:t.columns[n]?.name??null,bandwidth:e?.analysis.grid.bandwidth??0,levels:e?.analysis.levels.length??0,contours:e?.analysis.contours.length??0,vertices:e?e.analysis.contours.reduce((r,s)=>r+s.points.length/2,0):0,clusters:e?e.analysis.clusters.map((r,s)=>({id:r.id,size:r.size,x:r.peakX,y:r.peakY,label:cu(e.terms[s]),terms:e.terms[s].map(o=>({value:o.value,share:o.share}))})):[],unassigned:e?.unassigned??0,drawnLabels:this.overlay.drawnLabels,timings:{worker:e?.analysis.timings??null,labelMs:this.stats.labelMs,latencyMs:this.stats.latencyMs,firstDrawnMs:this.stats.firstDrawnMs,phases:this.stats.phases}}}assignment(){let e=this.result;return e?{clusters:Array.from(e.analysis.assignment),rows:e.rows?Array.from(e.rows):null}:null}};var gl=class{constructor(e,t){E(this,"toScreen",t);E(this,"canvas");E(this,"ctx");E(this,"content",null);E(this,"world",new Float32Array(0));E(this,"drawnKey","");E(this,"drawnLabels",[]);this.canvas=document.createElement("canvas"),this.canvas.className="ep-labels ep-density",this.canvas.setAttribute("aria-hidden","true"),this.canvas.dataset.testid="density-overlay";let n=e.querySelector(".ep-canvas");e.insertBefore(this.canvas,n?n.nextSibling:null),this.ctx=this.canvas.getContext("2d")}set(e){this.content=e;let t=0;for(let s of e?.lines??[])t+=s.points.length/2;t+=e?.clusters.length??0;let n=new Float32Array(t*3),r=0;for(let s of e?.lines??[])for(let o=0;o<s.points.length;o+=2)n[r]=s.points[o],n[r+1]=s.points[o+1],r+=3;for(let s of e?.clusters??[])n[r]=s.x,n[r+1]=s.y,r+=3;this.world=n,this.drawnKey=""}draw(e,t,n){let r=this.ctx;if(!r)return;let s=window.devicePixelRatio||1,o=this.toScreen(Float32Array.of(0,0,0,1,1,0),2),a=[o.x[0],o.y[0],o.x[1],o.y[1],e,t,s,n].join(",");if(a===this.drawnKey)return;this.drawnKey=a,Sl(this.canvas,r,e,t),this.drawnLabels=[];let l=this.content;if(!l)return;let c=this.toScreen(this.world,this.world.length/3),u=this.drawLines(r,l,c,n);this.drawLabels(r,l.clusters,c,u,n,e,t)}paintedPixels(){let e=this.ctx;if(!e||!this.canvas.width||!this.canvas.height)return 0;let t=e.getImageData(0,0,this.canvas.width,this.canvas.height).data,n=0;for(let r=3;r<t.length;r+=4)t[r]>0&&n++;return n}drawLines(e,t,n,r){let s=r?"255,255,255":"20,24,32";e.lineJoin="round";let o=0;for(let a of t.lines){let l=a.points.length/2,c=t.levels>1?a.rank/(t.levels-1):1;e.strokeStyle=`rgba(${s},${(.28+.4*c).toFixed(2)})`,e.lineWidth=.8+.6*c,e.beginPath();let u=!1;for(let h=0;h<l;h++){let d=n.x[o+h],f=n.y[o+h];if(Number.isNaN(d)){u=!1;continue}u?e.lineTo(d,f):e.moveTo(d,f),u=!0}a.closed&&u&&!Number.isNaN(n.x[o])&&e.lineTo(n.x[o],n.y[o]),e.stroke(),o+=l}return o}drawLabels(e,t,n,r,s,o,a){let l=new wr;e.font="600 13px Roboto, system-ui, sans-serif",e.textAlign="center",e.textBaseline="middle",t.forEach((c,u)=>{let h=n.x[r+u],d=n.y[r+u];if(!c.label||Number.isNaN(h)||h<0||d<0||h>o||d>a)return;let f=Ml(c.label,48),p=e.measureText(f).width;l.take({x0:h-p/2-3,y0:d-10,x1:h+p/2+3,y1:d+10})&&(wl(e,f,h,d,4,s?"rgba(27,28,30,.92)":"rgba(255,255,255,.92)",s?"#ffffff":"#111418"),this.drawnLabels.push({text:f,x:h,y:d}))})}};function ym({store:i,scatter:e,plot:t}){let n=new gl(t,(o,a)=>e.projectWorld(o,a)),r=()=>{let{width:o,height:a}=e.size;n.draw(o,a,i.state.dark)},s=new ml(i,n,r);return{layer:s,setLayout:(o,a,l)=>s.setLayout(o,a,l),draw:r,hook:{get summary(){return s.summary()},assignment:()=>s.assignment(),paintedPixels:()=>n.paintedPixels(),screenOf:(o,a)=>{let l=e.projectWorld(Float32Array.of(o,a,0),1);return{x:l.x[0],y:l.y[0]}},get options(){return s.options},set options(o){s.options=o}}}}async function xm(i,e,t){let n=await i.nearestRows(e,t.k,t.metric,t.spherized),r=t.spherized&&t.metric==="euclidean";return Array.from(n.indices,(s,o)=>{let a=n.distances[o];return{index:s,distance:r?Math.sqrt(Math.max(0,2*a)):a}})}var yl=class{constructor(e){E(this,"stage",e);E(this,"projector");E(this,"data",null);E(this,"atlas",null);E(this,"lastLayout",null);E(this,"positionsReady",!1);E(this,"generation",0);E(this,"abort",null);E(this,"neighborRequest",0);E(this,"parts",null);let{store:t}=e;this.projector=e.projector??Ms(),this.projector.onFallback=n=>t.set({notices:[...t.state.notices,{level:"warning",message:n}]})}attach(e){this.parts=e,this.stage.store.subscribe((t,n,r)=>this.react(t,n,r))}setQuiet(e){this.stage.store.set(e,"session")}start(){this.loadRuns()}react(e,t,n){let r=o=>t.has(o),s=e.tensorName!==null&&!!e.info;r("run")?(this.positionsReady=!1,this.loadInfo()):(r("tensorName")||r("step"))&&s?this.loadTensor(this.takeKeepView()):r("transfer")&&s&&this.loadTensor(!0),n==="user"&&(r("spherize")||r("method")?this.computeProjection():(r("dims")||r("is3d"))&&this.reproject().catch(o=>this.fail(o))),r("colorColumn")&&e.focusCategory!==null?this.stage.store.set({focusCategory:null}):(r("colorColumn")||r("dark")||r("focusCategory")||r("searchMatches")||r("selection")||r("columns")||r("movedPoints")||r("neighbors"))&&this.recolor(),(r("selected")||r("spherize")&&e.selected>=0)&&this.findNeighbors(e)}takeKeepView(){let e=this.stage.steps.keepNextView;return this.stage.steps.keepNextView=!1,e}fail(e,t="error"){if(on(e))return;console.warn("embproj:",e);let{store:n}=this.stage;n.set({notices:[...n.state.notices,Ht(t,e)],loading:null,computing:null})}recolor(){if(!this.data||!this.parts)return;let{rgb:e,legend:t}=this.parts.compare.pointColors(this.stage.store.state,this.data.n);this.stage.scatter.setColors(e),this.stage.store.set({legend:t})}place(e,t,n,r=this.stage.store.state.isolated){let{store:s,scatter:o,steps:a,density:l,hook:c}=this.stage,u=this.data;if(!u)return;e=a.beforePlace(e,t,u.n),this.lastLayout={coords:e,k:t,axes:n},o.set3d(t===3);let h=jc(e,u.n,t,r);a.present(h,u.n),l.setLayout(h,u.n,t),this.positionsReady=!0,c.projectionGeneration++,this.stage.setEmpty(null),this.parts?.compare.placed()}async reproject(){let e=this.stage.store.state,t=this.data;if(!t||e.method==="pca"&&!e.variance)return;if(this.parts?.analysis.owns(e)){this.parts.analysis.project();return}let n=this.generation,r=e.is3d?3:2,s=e.dims.slice(0,r),o;if(e.method==="identity"){let a=await this.projector.identity(e.spherize);o=new Float32Array(t.n*r);for(let l=0;l<t.n;l++)for(let c=0;c<r;c++)o[l*r+c]=a[l*3+s[c]]??0}else o=await this.projector.project(s);n===this.generation&&this.place(o,r,s.map(a=>e.method==="pca"?`PC${a+1}`:`dim${a}`))}async computeProjection(){let{store:e,hook:t}=this.stage,n=e.state,r=this.data;if(!r)return;let s=this.generation;try{if(n.method==="pca"){let o=Math.min(10,r.d),a=`PCA on all ${r.n.toLocaleString("en-US")} points`;e.set({computing:`${a}…`});let l=await this.projector.pca(o,{spherize:n.spherize,onProgress:h=>{s===this.generation&&e.set({computing:`${a}: ${Math.round(100*h)}%`})}});if(s!==this.generation)return;t.pcaDoneEpoch=Date.now();let c=l.varianceFraction.length-1,u=n.dims.map((h,d)=>Math.min(h,Math.max(0,c),d<=c?c:0));this.setQuiet({variance:l.varianceFraction,dims:u,computing:null})}else this.setQuiet({variance:null,computing:null});await this.reproject()}catch(o){s===this.generation&&this.fail(o)}}async loadTensor(e=!1){let{store:t,scatter:n,hook:r,setEmpty:s}=this.stage;this.abort?.abort();let o=new AbortController;this.abort=o;let a=++this.generation,l=cm(t),c={n:t.state.n,d:t.state.d};this.positionsReady=!1,this.data=null,this.atlas=null,n.setAtlas(null),e||n.setPositions(new Float32Array(0),0),this.stage.tooltip.hide();let u=Gu(t);if(t.set({selected:-1,hovered:-1,variance:null,focusCategory:null,columns:[],legend:{kind:"none"},notices:u,n:0,d:0,computing:null,loading:null}),!l){s(t.state.runs.length?"No embeddings in this run.":"No runs with embeddings found.");return}let h=(l.warnings??[]).map(d=>Ht("warning",d));if(l.error){t.set({notices:[...u,Ht("error",l.error),...h]}),s(`Cannot show ${l.tensorName}.`);return}s(`Loading ${l.tensorName}…`),t.set({notices:[...u,...h]});try{let d=await dl(t,l,o.signal,cf);if(a!==this.generation||(r.dataLoadedEpoch=Date.now(),this.data={data:d.data,n:d.n,d:d.d,etag:d.etag},this.atlas=d.atlas,await this.projector.load(d.data,d.n,d.d),a!==this.generation))return;r.workerLoadedEpoch=Date.now(),n.setAtlas(this.atlas),n.setPointSize(this.stage.pointSize(d.n));let f=e&&c.n===d.n&&c.d===d.d;this.setQuiet({loading:null,n:d.n,d:d.d,columns:d.columns,hasSprite:!!this.atlas,notices:[...t.state.notices,...d.notices],...um(t.state,d,f)}),f||n.controls.reset(),n.setSpriteMode(t.state.showSprites),this.recolor(),await this.computeProjection()}catch(d){if(a!==this.generation)return;s(`Cannot show ${l.tensorName}.`),this.fail(d)}}async loadInfo(e=!1){let{store:t,setEmpty:n}=this.stage,r=t.state.run;if(r!==null)try{let s=await ht.info(r);if(t.state.run!==r)return;let o=t.state.tensorName,a=s.embeddings.map(c=>c.tensorName),l=o&&a.includes(o)?o:(s.embeddings.find(c=>!c.error)??s.embeddings[0])?.tensorName??null;t.set({info:s,tensorName:l}),(l===o||l===null)&&await this.loadTensor(e)}catch(s){t.set({info:null,tensorName:null,notices:[]}),n("Cannot read this run."),this.fail(s)}}async loadRuns(){let{store:e,setEmpty:t}=this.stage;try{let n=await ht.runs(),r=e.state.run!==null&&n.includes(e.state.run)?e.state.run:n[0]??null;e.set({runs:n,run:r}),n.length||t("No runs with embeddings found in the log directory.")}catch(n){t("Cannot list runs."),this.fail(n)}}async reload(){let{store:e}=this.stage,t={run:e.state.run,etag:this.data?.etag??null,tensor:e.state.tensorName};if(await this.loadRuns(),!(e.state.run!==t.run||t.run===null))try{if(!t.tensor){let a=await ht.info(t.run);JSON.stringify(a)!==JSON.stringify(e.state.info)&&await this.loadInfo();return}let n=await ht.info(t.run),r=n.embeddings.find(a=>a.tensorName===t.tensor),s=r&&!r.error?await ht.tensorEtag(t.run,r.tensorName):null;(JSON.stringify(n)!==JSON.stringify(e.state.info)||s&&s!==t.etag)&&(e.set({info:n,tensorName:r?t.tensor:e.state.tensorName}),r&&s!==t.etag?await this.loadTensor(!0):r?e.set({notices:[...Gu(e),...(r.warnings??[]).map(a=>Ht("warning",a))]}):await this.loadInfo())}catch(n){this.fail(n,"warning")}}findNeighbors(e){let{store:t}=this.stage,n=this.parts?.analysis.neighborSettings;if(!n)return;let r=Jp(n,e.spherize,this.data?.n??0),s=e.selected,o=++this.neighborRequest,a=this.generation;if(!this.data||s<0){t.set({neighbors:null,neighborMetric:r.metric});return}xm(this.projector,s,r).then(l=>{o===this.neighborRequest&&a===this.generation&&t.set({neighbors:l,neighborMetric:r.metric})},l=>this.fail(l,"warning"))}};var xl="embproj";function q_(i){let e=new URLSearchParams;i.run!=null&&e.set("run",i.run),i.tensor!=null&&e.set("tensor",i.tensor),i.step!=null&&e.set("step",String(i.step)),i.method&&e.set("proj",i.method),i.dims&&e.set("dims",i.dims.join(",")),i.is3d!=null&&e.set("3d",i.is3d?"1":"0"),i.spherize!=null&&e.set("sph",i.spherize?"1":"0");for(let n of["perplexity","learningRate","neighbors","minDist"])i[n]!=null&&e.set(n,String(i[n]));i.density&&e.set("density","1"),i.clusterBy!=null&&e.set("clusterBy",i.clusterBy);let t=i.compare;return t&&(e.set("cmp.run",t.run),e.set("cmp.tensor",t.tensor),t.step!==null&&e.set("cmp.step",String(t.step)),t.key!==null&&e.set("cmp.key",t.key),e.set("cmp.k",String(t.k)),e.set("cmp.metric",t.metric),e.set("cmp.mode",t.mode),e.set("cmp.color",t.color?"1":"0"),t.layout&&e.set("cmp.layout",t.layout)),e.toString()}function Y_(i){let e=new URLSearchParams(i),t={},n=o=>{let a=e.get(o);return a!==null&&a!==""&&Number.isFinite(Number(a))?Number(a):void 0};e.has("run")&&(t.run=e.get("run")),e.has("tensor")&&(t.tensor=e.get("tensor"));let r=n("step");r!==void 0&&(t.step=r),e.get("proj")&&(t.method=e.get("proj"));let s=e.get("dims")?.split(",").map(Number).filter(o=>Number.isInteger(o)&&o>=0);s&&s.length>=2&&(t.dims=s),e.has("3d")&&(t.is3d=e.get("3d")==="1"),e.has("sph")&&(t.spherize=e.get("sph")==="1");for(let o of["perplexity","learningRate","neighbors","minDist"]){let a=n(o);a!==void 0&&(t[o]=a)}if(e.has("density")&&(t.density=e.get("density")==="1"),e.has("clusterBy")&&(t.clusterBy=e.get("clusterBy")),e.get("cmp.run")&&e.get("cmp.tensor")){let o=n("cmp.k"),a=n("cmp.step");t.compare={run:e.get("cmp.run"),tensor:e.get("cmp.tensor"),step:a!==void 0&&Number.isInteger(a)?a:null,key:e.has("cmp.key")?e.get("cmp.key"):null,k:o!==void 0&&o>=1?Math.min(100,Math.round(o)):En.k,metric:e.get("cmp.metric")==="cosine"?"cosine":"euclidean",mode:e.get("cmp.mode")==="overlay"?"overlay":"side",color:e.get("cmp.color")!=="0",...e.get("cmp.layout")?{layout:e.get("cmp.layout")}:{}}}return t}function K_(i){let e=i.replace(/^#/,"");for(let t of e.split("&"))if(t.startsWith(`${xl}=`))return Y_(decodeURIComponent(t.slice(xl.length+1)));return null}function j_(i,e){let t=i.replace(/^#/,"").split("&").filter(n=>n&&!n.startsWith(`${xl}=`));return t.length||t.push("embproj"),t.push(`${xl}=${encodeURIComponent(q_(e))}`),"#"+t.join("&")}function Xu(){try{if(window.parent&&window.parent!==window&&window.parent.location.href)return window.parent}catch{}return window}function vm(){try{return Xu().location.hash.replace(/^#/,"").split("&")[0]}catch{return""}}function bm(){try{return K_(Xu().location.hash)}catch{return null}}function $u(i){let e=Xu(),t=j_(e.location.hash,i);try{e.history.replaceState(e.history.state,"",t)}catch{}return e.location.href.split("#")[0]+t}function _m(i){let e=i.info?.embeddings.find(t=>t.tensorName===i.tensorName);return i.step!==null&&(e?.checkpointSteps??[]).includes(i.step)?i.step:e?.step??null}function Am(i,e=null){let t={run:i.run??void 0,tensor:i.tensorName??void 0,step:_m(i),method:i.method,dims:i.dims.slice(0,i.is3d?3:2),is3d:i.is3d,spherize:i.spherize};return e&&i.method==="tsne"&&(t.perplexity=e.perplexity,e.learningRate!=="auto"&&(t.learningRate=e.learningRate)),e&&i.method==="umap"&&(t.neighbors=e.neighbors,t.minDist=e.minDist),i.showDensity&&(t.density=!0),i.clusterLabelColumn!==null&&(t.clusterBy=i.clusterLabelColumn>=0?i.columns[i.clusterLabelColumn]?.name??"":""),i.compare&&(t.compare=i.compare),t}function Sm(i,e=null){return $u(Am(i.state,e?.params()??null))}var J_=["run","tensorName","method","dims","is3d","spherize","info","step","perplexity","learningRate","neighbors","minDist","showDensity","clusterLabelColumn","compare"];function Z_(i,e){let t={};if(i.density!=null&&(t.showDensity=i.density),i.clusterBy!=null){let n=i.clusterBy===""?-1:e.columns.findIndex(r=>r.name===i.clusterBy);(i.clusterBy===""||n>=0)&&(t.clusterLabelColumn=n)}return i.compare&&(t.compare=i.compare),t}function Mm(i,e,t){let n=bm(),r=n,s=!1;return n?.run&&i.set({run:n.run,...n.tensor?{tensorName:n.tensor}:{},step:n.step??null}),i.subscribe((o,a)=>{if(r&&o.info&&!o.loading){let l=o.info.embeddings.find(c=>c.tensorName===o.tensorName);(!l||l.error)&&(r=null)}if(r&&o.n>0&&!o.loading&&o.tensorName!==null){let l=r;if(l.tensor&&o.tensorName!==l.tensor&&o.info?.embeddings.some(h=>h.tensorName===l.tensor)){i.set({tensorName:l.tensor});return}let c=o.info?.embeddings.find(h=>h.tensorName===o.tensorName);if(l.step!=null&&c?.checkpointSteps?.includes(l.step)&&_m(o)!==l.step){r={...l,step:null},e(l.step);return}r=null;let u={};l.spherize!=null&&(u.spherize=l.spherize),(l.method==="pca"||l.method==="identity"&&o.d<=3||(l.method==="tsne"||l.method==="umap"||l.method==="custom"||Rt(l.method??""))&&t.supportsMethod(l.method))&&(u.method=l.method),l.is3d!=null&&(u.is3d=l.is3d),l.dims&&(u.dims=[l.dims[0]??0,l.dims[1]??1,l.dims[2]??2]),t.setParams({perplexity:l.perplexity,learningRate:l.learningRate,neighbors:l.neighbors,minDist:l.minDist}),i.set(u),i.set(Z_(l,i.state));return}if(!(r||s||!o.run||!["","embproj"].includes(vm()))&&J_.some(l=>a.has(l))){s=!0;try{$u(Am(o,t.params()))}finally{s=!1}}}),n}var Q_=new Set(["pca","identity","tsne","umap","custom"]);function eA(i,e){return i===null||e===null?i===e:i.length===e.length&&i.every((t,n)=>t===e[n])}function Cs(i,e=12e4,t=()=>!0){let n=performance.now();return new Promise((r,s)=>{let o=()=>{i.isReady()&&t()?r():performance.now()-n>e?s(new Error("the view did not finish loading")):setTimeout(o,50)};setTimeout(o,50)})}function tA(i){if(!i.is3d)return{orthographic:!0,position:[i.v2.cx,i.v2.cy,10],target:[i.v2.cx,i.v2.cy,0],zoom:i.v2.zoom};let e=i.persp.position,t=i.v3.target;return{orthographic:!1,position:[e.x,e.y,e.z],target:[t.x,t.y,t.z],zoom:1}}function nA(i,e,t){let n=e.target.map(r=>Number.isFinite(r)?r:0);if(!t)i.v2={cx:n[0]??0,cy:n[1]??0,zoom:Math.min(5e3,Math.max(.05,e.zoom||1))};else{let r=(e.position[0]??0)-(n[0]??0),s=(e.position[1]??0)-(n[1]??0),o=(e.position[2]??0)-(n[2]??0),a=Math.hypot(r,s,o)||3;i.v3={theta:Math.atan2(r,o),phi:Math.min(Math.PI-.05,Math.max(.05,Math.acos(Math.max(-1,Math.min(1,s/a))))),distance:Math.min(50,Math.max(.02,a)),target:new $(n[0]??0,n[1]??0,n[2]??0)}}i.update()}function wm(i,e){let t=i.store.state,n=i.lastLayout(),r=i.params(),s=t.selection.length?Array.from(t.selection):t.selected>=0?[t.selected]:[],o=t.isolated;return{label:e,method:Q_.has(t.method)||Rt(t.method)?t.method:"pca",n:t.n,d:t.d,is3d:t.is3d,dims:[...t.dims],spherize:t.spherize,coords:n?Float64Array.from(n.coords):null,k:n?.k??(t.is3d?3:2),camera:tA(i.controls),selected:s,filtered:o&&o.length?Array.from(o):null,colorBy:t.columns[t.colorColumn]?.name??null,labelBy:t.columns[t.labelColumn]?.name??null,tsne:{perplexity:r.perplexity,learningRate:r.learningRate==="auto"?1:Math.log10(r.learningRate),auto:r.learningRate==="auto",iteration:r.iteration,is3d:t.is3d},umap:{neighbors:r.neighbors,minDist:r.minDist,is3d:t.is3d},step:iA(i),source:null}}function iA(i){let e=i.store.state,t=e.info?.embeddings.find(n=>n.tensorName===e.tensorName);return e.step!==null&&(t?.checkpointSteps??[]).includes(e.step)?e.step:t?.step??null}function rA(i,e){return i.n&&e.n&&i.n!==e.n?`This bookmark is for ${i.n.toLocaleString("en-US")} points; the tensor has ${e.n.toLocaleString("en-US")}.`:i.coords&&i.coords.length!==i.k*e.n?`This bookmark holds coordinates for ${i.coords.length/i.k} points; the tensor has ${e.n}.`:null}async function Em(i,e){let t=i.store.state,n=rA(e,t);if(n)throw new Error(n);let r=f=>f===null?-1:t.columns.findIndex(p=>p.name===f),s={},o=e.coords?e.k===3:e.is3d;(e.method==="identity"?t.d<=3:i.supportsMethod(e.method))&&(s.method=e.method),s.is3d=o,(e.method==="pca"||e.method==="identity")&&(s.dims=[e.dims[0]??0,e.dims[1]??1,e.dims[2]??2]),e.spherize!==null&&(s.spherize=e.spherize);let l=r(e.colorBy),c=r(e.labelBy);(e.colorBy===null||e.colorBy==="No color map"||l>=0)&&(s.colorColumn=l),c>=0&&(s.labelColumn=c);let u=f=>Int32Array.from(new Set(f.filter(p=>p<t.n))).sort();s.selection=u(e.selected),s.selected=e.selected.length===1?e.selected[0]:e.selected.length&&e.selected.includes(t.selected)?t.selected:-1,i.setParams({perplexity:e.tsne.perplexity,learningRate:e.tsne.auto?"auto":10**e.tsne.learningRate,neighbors:e.umap.neighbors,minDist:e.umap.minDist});let h=e.method==="pca"&&(s.spherize!==void 0&&s.spherize!==t.spherize||!t.variance||t.method!=="pca")||e.method==="identity"&&t.method!=="identity",d=e.filtered&&e.filtered.length?u(e.filtered):null;if(eA(d,t.isolated)||(t.method!=="pca"&&t.method!=="identity"&&i.setQuiet({method:"pca"}),i.store.set({isolated:d}),await Cs(i)),i.setQuiet(s),i.controls.set3d(o),(!e.coords||h)&&await i.recompute(),e.coords){let f=e.k===3?3:2,p=e.method==="pca"?null:e.method==="tsne"?"t-SNE":e.method==="umap"?"UMAP":e.method,y=Array.from({length:f},(g,m)=>p?`${p}-${m}`:`PC${(e.dims[m]??m)+1}`);i.steps.alignNext=!1,i.placeMethod(e.method,Float32Array.from(e.coords),f,y)}e.camera&&nA(i.controls,e.camera,o)}var Pi={tSNEIteration:0,tSNEPerplexity:30,tSNELearningRate:1,tSNEis3d:!0,umapIs3d:!0,umapNeighbors:15,umapMinDist:.1},Hn=(i,e)=>typeof i=="number"&&Number.isFinite(i)?i:e,Tm=(i,e)=>typeof i=="boolean"?i:e,Cm=i=>typeof i=="string"&&i!==""?i:null,vl=i=>Array.isArray(i)?i.filter(e=>Number.isInteger(e)&&e>=0):[];function Rm(i,e,t){return i==="pca"?e.slice(0,t).map(n=>`pca-${n}`):i==="tsne"?Array.from({length:t},(n,r)=>`tsne-${r}`):i==="umap"?Array.from({length:t},(n,r)=>`umap-${r}`):i==="identity"?Array.from({length:t},(n,r)=>`embproj-identity-${r}`):Rt(i)?Array.from({length:t},(n,r)=>`embproj-${i}-${r}`):["linear-x","linear-y","linear-z"].slice(0,t)}function sA(i){if(!i||typeof i!="object"||Array.isArray(i))throw new Error("a bookmark must be a JSON object");let e=i,t=e.selectedProjection,n=t==="tsne"||t==="umap"||t==="custom"?t:"pca";e.embprojMethod==="identity"&&(n="identity"),typeof e.embprojMethod=="string"&&Rt(e.embprojMethod)&&(n=e.embprojMethod);let r=vl(e.pcaComponentDimensions),s=Tm(e.tSNEis3d,Pi.tSNEis3d),o=Tm(e.umapIs3d,Pi.umapIs3d),a=vl(e.embprojDims),l,c;for(n==="pca"?(c=r.length>=2?r:[0,1,2],l=r.length>=3||r.length<2&&!!e.projections?.[0]?.["pca-2"]):n==="tsne"?(c=[0,1,2],l=s):n==="umap"?(c=[0,1,2],l=o):(c=a.length>=2?a:[0,1,2],l=typeof e.embprojIs3d=="boolean"?e.embprojIs3d:!1),typeof e.embprojIs3d=="boolean"&&(l=e.embprojIs3d),a.length>=2&&n==="pca"&&(c=a);c.length<3;)c.push(c.length);let u=Array.isArray(e.dataSetDimensions)?e.dataSetDimensions:[],h=Array.isArray(e.projections)?e.projections:[],d=l?3:2,f=Rm(n,c,d);d===3&&h.length&&typeof h[0]?.[f[2]]!="number"&&(d=2,l=!1,f=f.slice(0,2));let p=null;h.length&&f.every(x=>typeof h[0]?.[x]=="number")&&(p=new Float64Array(h.length*d),h.forEach((x,_)=>f.forEach((b,w)=>{p[_*d+w]=Hn(x?.[b],NaN)})));let y=e.cameraDef,g=y&&Array.isArray(y.position)&&Array.isArray(y.target)?{orthographic:!!y.orthographic,position:y.position.map(Number),target:y.target.map(Number),zoom:Hn(y.zoom,1)}:null,m=vl(e.filteredPoints);return{label:typeof e.label=="string"?e.label:"",method:n,n:Hn(u[0],h.length),d:Hn(u[1],0),is3d:l,dims:c.slice(0,3),spherize:typeof e.embprojSpherize=="boolean"?e.embprojSpherize:null,coords:p,k:d,camera:g,selected:vl(e.selectedPoints),filtered:m.length?m:null,colorBy:Cm(e.selectedColorOptionName),labelBy:Cm(e.selectedLabelOption),tsne:{perplexity:Hn(e.tSNEPerplexity,Pi.tSNEPerplexity),learningRate:Hn(e.tSNELearningRate,Pi.tSNELearningRate),iteration:Hn(e.tSNEIteration,Pi.tSNEIteration),is3d:s,auto:e.embprojTsneAutoRate===!0},umap:{neighbors:Hn(e.umapNeighbors,Pi.umapNeighbors),minDist:Hn(e.umapMinDist,Pi.umapMinDist),is3d:o},step:typeof e.embprojStep=="number"?e.embprojStep:null,source:e,...e.embprojDensity!==void 0?{density:oA(e.embprojDensity)}:{},...e.embprojCompare!==void 0?{compare:aA(e.embprojCompare)}:{}}}function oA(i){if(!i||typeof i!="object")return null;let e=i;return{on:e.on===!0,clusterBy:typeof e.clusterBy=="string"?e.clusterBy:null}}function aA(i){if(!i||typeof i!="object")return null;let e=i;if(typeof e.run!="string"||typeof e.tensor!="string")return null;let t=typeof e.k=="number"&&Number.isFinite(e.k)&&e.k>=1?Math.min(100,Math.round(e.k)):En.k;return{run:e.run,tensor:e.tensor,step:Number.isInteger(e.step)?e.step:null,key:typeof e.key=="string"?e.key:null,k:t,metric:e.metric==="cosine"?"cosine":"euclidean",mode:e.mode==="overlay"?"overlay":"side",color:e.color!==!1,...typeof e.layout=="string"&&e.layout?{layout:e.layout}:{}}}function bl(i){let e=i.source??{},t=i.coords?i.k:0,n=Rm(i.method,i.dims,t),r=[];if(i.coords&&t){let a=i.coords.length/t;for(let l=0;l<a;l++){let c={};n.forEach((u,h)=>{c[u]=i.coords[l*t+h]}),r.push(c)}}let s=i.method==="identity"||Rt(i.method)?"custom":i.method,o={...lA,...e,label:i.label,isSelected:!1,selectedProjection:s,dataSetDimensions:[i.n,i.d],tSNEIteration:i.tsne.iteration,tSNEPerplexity:i.tsne.perplexity,tSNELearningRate:i.tsne.learningRate,tSNEis3d:i.method==="tsne"?i.is3d:i.tsne.is3d,umapIs3d:i.method==="umap"?i.is3d:i.umap.is3d,umapNeighbors:i.umap.neighbors,umapMinDist:i.umap.minDist,pcaComponentDimensions:i.method==="pca"?i.dims.slice(0,i.is3d?3:2):e.pcaComponentDimensions??[0,1,2],projections:r,filteredPoints:i.filtered?[...i.filtered]:[],selectedPoints:[...i.selected],shuffledDataIndices:Array.isArray(e.shuffledDataIndices)?e.shuffledDataIndices:[],cameraDef:i.camera??{orthographic:!i.is3d,position:i.is3d?[1.5,1.5,1.5]:[0,0,4],target:[0,0,0],zoom:1},selectedColorOptionName:i.colorBy??"No color map",forceCategoricalColoring:typeof e.forceCategoricalColoring=="boolean"?e.forceCategoricalColoring:!1,selectedLabelOption:i.labelBy??"",embprojMethod:i.method,embprojIs3d:i.is3d,embprojDims:i.dims.slice(0,3)};return i.spherize!==null&&(o.embprojSpherize=i.spherize),i.tsne.auto?o.embprojTsneAutoRate=!0:delete o.embprojTsneAutoRate,i.step!==null?o.embprojStep=i.step:delete o.embprojStep,i.density!==void 0&&(o.embprojDensity=i.density),i.compare!==void 0&&(o.embprojCompare=i.compare),o}var lA={customSelectedSearchByMetadataOption:"",customXLeftText:"",customXLeftRegex:!0,customXRightText:"",customXRightRegex:!0,customYUpText:"",customYUpRegex:!0,customYDownText:"",customYDownRegex:!0};function qu(i){let e=typeof i=="string"?JSON.parse(i):i;return(Array.isArray(e)?e:[e]).map((n,r)=>{try{return sA(n)}catch(s){throw new Error(`bookmark ${r+1}: ${s.message}`)}})}function Im(i){return JSON.stringify(i.map(bl))}function Pm(i){let e=i.clusterLabelColumn===null?null:i.clusterLabelColumn>=0?i.columns[i.clusterLabelColumn]?.name??null:"";return{density:{on:i.showDensity,clusterBy:e},compare:i.compare?{...i.compare}:null}}function Lm(i,e){let t={};if(i.density){t.showDensity=i.density.on;let n=i.density.clusterBy;if(n===null)t.clusterLabelColumn=null;else if(n==="")t.clusterLabelColumn=-1;else{let r=e.columns.findIndex(s=>s.name===n);r>=0&&(t.clusterLabelColumn=r)}}return i.compare!==void 0&&(t.compare=i.compare),t}var cA=`
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
`;function Nm(i){let e=i.store;document.head.appendChild(P("style",{},cA));let t=new Map,n=new Set,r=-1,s=()=>{let R=e.state,C=R.info?Ii(R.info.embeddings,R.tensorName):null;return`${R.run}\0${C?.kind==="tags"?`tag:${C.tag}`:R.tensorName}`},o=()=>{let R=s();return t.has(R)||t.set(R,[]),t.get(R)},a=P("ul",{className:"ep-bm-list","data-testid":"bookmark-list"}),l=P("div",{className:"ep-bm-msg","data-testid":"bookmark-message",role:"status"}),c=(R,C,D)=>P("button",{"data-testid":R,title:D},C),u=c("bookmark-add","+ Add","Bookmark the current view (projection, coordinates, camera, selection, colours)"),h=c("bookmark-prev","◀","Previous bookmark"),d=c("bookmark-next","▶","Next bookmark"),f=c("bookmark-download","Download","Download as JSON (TensorBoard's bookmark format)"),p=c("bookmark-upload","Upload","Add bookmarks from a JSON file (ours or TensorBoard's)"),y=c("bookmark-save","Save to logdir","Write the bookmarks beside the projector config"),g=c("copy-link","Copy link","Copy a link that reopens this run, tensor and projection"),m=P("input",{className:"ep-bm-link","data-testid":"link-url",readonly:!0,"aria-label":"Link"});m.style.display="none";let x=P("input",{type:"file",accept:".json,application/json","data-testid":"bookmark-file",style:"display:none"}),_=P("div",{className:"ep-bm-msg","data-testid":"bookmark-save-hint"}),b=(R,C=!1)=>{l.textContent=R,l.classList.toggle("ep-bm-err",C)},w=async R=>{let C=o();if(!(R<0||R>=C.length)){r=R,v();try{await A(C[R].view.step),await Em(i,C[R].view),e.set(Lm(C[R].view,e.state)),b(`Loaded “${C[R].view.label}”.`)}catch(D){b(D.message,!0)}}},A=async R=>{let C=e.state,D=R===null||!C.info?null:Ii(C.info.embeddings,C.tensorName),L=D?.entries.find(B=>B.step===R);if(!D||!L)return;let z=C.info.embeddings.find(B=>B.tensorName===C.tensorName);(D.kind==="checkpoints"&&C.step!==null&&(z?.checkpointSteps??[]).includes(C.step)?C.step:z?.step)!==R&&(i.steps.alignNext=!1,i.steps.keepNextView=!0,L.fetchStep!==null?e.set({step:L.fetchStep}):e.set({tensorName:L.tensorName,step:null}),await Cs(i,12e4,()=>e.state.tensorName===L.tensorName))},v=()=>{let R=o();a.replaceChildren(...R.map((z,k)=>{let B=P("span",{className:"ep-bm-name","data-testid":"bookmark-name",title:"Load this view"},z.view.label||`Bookmark ${k+1}`);B.addEventListener("click",()=>{w(k)});let Y=P("button",{"data-testid":"bookmark-rename",title:"Rename"},"✎"),V=P("li",{"data-testid":"bookmark-item",className:k===r?"ep-bm-active":""},B,Y,P("button",{"data-testid":"bookmark-up",title:"Move up",disabled:k===0,onclick:()=>S(k,-1)},"↑"),P("button",{"data-testid":"bookmark-down",title:"Move down",disabled:k===R.length-1,onclick:()=>S(k,1)},"↓"),P("button",{"data-testid":"bookmark-delete",title:"Delete",onclick:()=>N(k)},"×"));return Y.addEventListener("click",()=>{let j=P("input",{value:z.view.label,"data-testid":"bookmark-rename-input","aria-label":"Bookmark name"}),ne=be=>{be&&j.value.trim()&&(z.view.label=j.value.trim()),v()};j.addEventListener("keydown",be=>{be.key==="Enter"?ne(!0):be.key==="Escape"&&ne(!1)}),j.addEventListener("blur",()=>ne(!0)),B.replaceWith(j),j.focus(),j.select()}),V}));let C=e.state,D=C.n>0&&!!i.lastLayout()&&!C.loading;u.disabled=!D,h.disabled=d.disabled=R.length===0,f.disabled=R.length===0;let L=!!C.info?.writable;y.disabled=!L||R.length===0||!C.tensorName,_.textContent=L?"":"Saving to the logdir is off: start TensorBoard with --embproj_allow_writes.",y.title=L?"Write the bookmarks beside the projector config":_.textContent},S=(R,C)=>{let D=o(),L=R+C;L<0||L>=D.length||([D[R],D[L]]=[D[L],D[R]],r===R?r=L:r===L&&(r=R),v())},N=R=>{o().splice(R,1),r===R?r=-1:r>R&&r--,v()};u.addEventListener("click",()=>{let R=o(),C={...wm(i,""),...Pm(e.state)},D={pca:"PCA",tsne:"t-SNE",umap:"UMAP",custom:"Custom",identity:"Raw dims"};C.label=`${R.length+1}. ${D[C.method]??C.method} ${C.is3d?"3D":"2D"}${C.step!==null?` · step ${C.step}`:""}${C.selected.length?` · ${C.selected.length} selected`:""}`,R.push({view:C}),r=R.length-1,b(`Added “${C.label}”.`),v()}),h.addEventListener("click",()=>{let R=o();R.length&&w(r<=0?R.length-1:r-1)}),d.addEventListener("click",()=>{let R=o();R.length&&w(r<0||r>=R.length-1?0:r+1)}),f.addEventListener("click",()=>{let R=e.state,C=new Blob([Im(o().map(L=>L.view))],{type:"application/json"}),D=P("a",{href:URL.createObjectURL(C),download:`bookmarks_${(R.tensorName??"embedding").replace(/[^\w.-]+/g,"_")}.json`});document.body.appendChild(D),D.click(),D.remove(),setTimeout(()=>URL.revokeObjectURL(D.href),1e4)}),p.addEventListener("click",()=>x.click()),x.addEventListener("change",async()=>{let R=x.files?.[0];if(x.value="",!!R){try{let C=qu(await R.text());o().push(...C.map(D=>({view:D}))),b(`Added ${C.length} bookmark${C.length===1?"":"s"} from ${R.name}.`)}catch(C){b(`${R.name}: ${C.message}`,!0)}v()}}),y.addEventListener("click",async()=>{let R=e.state;if(!(!R.run||!R.tensorName))try{let C=await ht.saveBookmarks(R.run,R.tensorName,o().map(D=>bl(D.view)));b(`Saved to ${C}`)}catch(C){let D=Ht("error",C);b([D.message,D.file,D.hint].filter(Boolean).join(" — "),!0)}}),g.addEventListener("click",async()=>{let R=Sm(e,i);m.value=R,m.style.display="",m.select();try{await navigator.clipboard.writeText(R),b("Link copied.")}catch{try{document.execCommand("copy"),b("Link copied.")}catch{b("Copy the link above.")}}});let I=async()=>{let R=e.state,C=s(),D=R.info?.embeddings.find(L=>L.tensorName===R.tensorName);if(!(!R.run||!D||!D.hasBookmarks||n.has(C))){n.add(C);try{let L=qu(await ht.bookmarks(R.run,D.tensorName));if(s()!==C)return;o().length||(o().push(...L.map(z=>({view:z}))),r=-1),b(`${L.length} bookmark${L.length===1?"":"s"} from ${D.bookmarksPath??"the config"}.`),v()}catch(L){b(`Bookmarks file: ${Ht("error",L).message}`,!0)}}};return e.subscribe((R,C)=>{(C.has("run")||C.has("tensorName"))&&(r=-1,l.textContent=""),(C.has("info")||C.has("tensorName")||C.has("run"))&&I(),["info","tensorName","run","n","loading","computing"].some(D=>C.has(D))&&v()}),v(),window.__embprojBookmarks={list:()=>o().map(R=>bl(R.view)),load:R=>w(R)},P("section",{"data-testid":"bookmarks-panel"},P("h2",{},"Bookmarks"),P("div",{className:"ep-bm-bar"},u,h,d),a,P("div",{className:"ep-bm-bar"},f,p,y,x),_,l,P("div",{className:"ep-bm-bar"},g),m)}function Fm(i){let e=i.store,t=P("input",{type:"range",min:"0",max:"0",step:"1","data-testid":"step-slider","aria-label":"Step"}),n=P("span",{className:"ep-meta","data-testid":"step-label"}),r=P("button",{"data-testid":"step-prev",title:"Previous step"},"◀"),s=P("button",{"data-testid":"step-next",title:"Next step"},"▶"),o=P("button",{"data-testid":"step-play",title:"Play through the steps"},"Play"),a=P("input",{type:"checkbox","data-testid":"step-align",checked:!0}),l=P("input",{type:"checkbox","data-testid":"step-animate",checked:!0}),c=P("input",{type:"checkbox","data-testid":"step-highlight"}),u=P("input",{type:"number",min:"1",max:"100",value:"10","data-testid":"step-highlight-pct","aria-label":"Percent of points",style:"width:4em"}),h=P("div",{className:"ep-meta","data-testid":"step-moved"}),d=P("section",{"data-testid":"steps-panel"},P("h2",{},"Training steps"),P("div",{className:"ep-row"},r,t,s),P("div",{className:"ep-row"},n,o),P("div",{className:"ep-row"},P("label",{},"Align"),a,P("span",{className:"ep-meta"},"Procrustes onto the previous step")),P("div",{className:"ep-row"},P("label",{},"Animate"),l),P("div",{className:"ep-row"},P("label",{},"Moved"),c,P("span",{className:"ep-meta"},"top"),u,P("span",{className:"ep-meta"},"%")),h);d.style.display="none";let f=null,p=0,y=()=>e.state.step,g=()=>{if(!f)return-1;let w=e.state.info?.embeddings.find(A=>A.tensorName===e.state.tensorName);return dm(f,e.state.tensorName,y(),w?.step??null)},m=w=>{!f||w<0||w>=f.entries.length||w===g()||(i.steps.align=a.checked,i.steps.animate=l.checked,i.stepTo(f.entries[w]),_())},x=()=>{let w=Math.min(100,Math.max(1,Number(u.value)||10))/100,A=c.checked?i.steps.topMoved(w):null;e.set({movedPoints:A});let v=i.steps.displacement;if(!v){h.textContent="";return}let S=0,N=0;for(let I of v)S+=I,I>N&&(N=I);S/=v.length||1,h.textContent=`Since the previous step: mean move ${(S*100).toFixed(1)}%, max ${(N*100).toFixed(1)}% of the view${A?` · ${A.length} highlighted`:""}`},_=()=>{let w=e.state;if(f=w.info?Ii(w.info.embeddings,w.tensorName):null,d.style.display=f?"":"none",!f){b();return}let A=g();t.max=String(f.entries.length-1),t.value=String(A),n.textContent=`Step ${f.entries[A]?.step??"?"} (${A+1} of ${f.entries.length}) · ${f.kind==="checkpoints"?"checkpoints":`tag ${f.tag}`}`,n.dataset.step=String(f.entries[A]?.step??""),r.disabled=A<=0,s.disabled=A>=f.entries.length-1},b=()=>{p&&clearInterval(p),p=0,o.textContent="Play"};return t.addEventListener("input",()=>m(Number(t.value))),r.addEventListener("click",()=>m(g()-1)),s.addEventListener("click",()=>m(g()+1)),o.addEventListener("click",()=>{if(p){b();return}o.textContent="Stop",f&&g()>=f.entries.length-1&&m(0),p=window.setInterval(()=>{let w=e.state;if(!(w.loading||w.computing||i.steps.animating)){if(!f||g()>=f.entries.length-1){b();return}m(g()+1)}},600)}),a.addEventListener("change",()=>{i.steps.align=a.checked}),l.addEventListener("change",()=>{i.steps.animate=l.checked}),c.addEventListener("change",x),u.addEventListener("change",x),i.steps.onDisplacement=()=>x(),e.subscribe((w,A)=>{(A.has("info")||A.has("tensorName")||A.has("step"))&&_()}),_(),d}function Dm(i){let{store:e,steps:t}=i,n=()=>document.querySelector("[data-testid=method-select]"),r={store:e,steps:t,controls:i.scatter.controls,place:i.place,lastLayout:i.lastLayout,setQuiet:i.setQuiet,recompute:i.recompute,isReady:i.isReady,placeMethod:(o,a,l,c)=>{let u=i.layouts;(o==="tsne"||o==="umap"||o==="custom")&&u?.setLayout&&e.state.method===o?u.setLayout(o,a,l):i.place(a,l,c)},stepTo(o){t.alignNext=!0,t.keepNextView=!0;let{selection:a,selected:l,n:c}=e.state;(a.length||l>=0)&&Cs(r,12e4,()=>e.state.tensorName===o.tensorName&&(o.fetchStep===null||e.state.step===o.fetchStep)).then(()=>{e.state.n===c&&e.set({selection:a,selected:l})}).catch(()=>{}),o.fetchStep!==null?e.set({step:o.fetchStep}):e.set({tensorName:o.tensorName,step:null})},supportsMethod:o=>o==="pca"||[...n()?.options??[]].some(a=>a.value===o),params:()=>{let o=i.layouts;return{perplexity:o?.tsne.perplexity??30,learningRate:o?.tsne.learningRate??"auto",iteration:o?.status.tsne.iteration??0,neighbors:o?.umap.nNeighbors??15,minDist:o?.umap.minDist??.1}},setParams:o=>{let a=i.layouts;if(!a)return;let l={},c={};o.perplexity!==void 0&&o.perplexity>0&&(l.perplexity=o.perplexity),o.learningRate!==void 0&&(o.learningRate==="auto"||o.learningRate>0)&&(l.learningRate=o.learningRate),o.neighbors!==void 0&&o.neighbors>=2&&(c.nNeighbors=Math.round(o.neighbors)),o.minDist!==void 0&&o.minDist>=0&&(c.minDist=o.minDist),a.applySettings({tsne:l,umap:c})}};return i.stepsAfter.after(Fm(r)),i.side.append(Nm(r)),{hook:{layout:()=>{let o=i.lastLayout();return o?{coords:Array.from(o.coords),k:o.k,axes:o.axes}:null},camera:()=>{let o=i.scatter.controls;return{is3d:o.is3d,v2:{...o.v2},v3:{theta:o.v3.theta,phi:o.v3.phi,distance:o.v3.distance,target:o.v3.target.toArray()}}},get animating(){return t.animating},get displacement(){return t.displacement?Array.from(t.displacement):null},bookmarks:()=>window.__embprojBookmarks},start(){Mm(e,o=>{t.keepNextView=!0,e.set({step:o})},r)}}}function Yu(i){return i<=2e3?7:i<=1e4?5:i<=5e4?3.5:2.5}function Um(i){document.head.appendChild(P("style",{},Uf));let e=new hr,t=P("div",{className:"ep-root"}),n=P("aside",{className:"ep-side"}),r=P("main",{className:"ep-main"}),s=P("div",{className:"ep-plot"}),o=P("div",{className:"ep-empty","data-testid":"empty"},"Loading…"),a=P("button",{"data-testid":"reset-view",title:"Reset view (or double-click)"},"Reset view"),l=P("div",{className:"ep-status","data-testid":"status-line"}),c=If();r.append(s,o,P("div",{className:"ep-toolbar"},a),l,c.el),t.append(n,r),i.appendChild(t);let u=new ur(s),h=new Ba(u),d=new Ps(s),f=ym({store:e,scatter:u,plot:s}),p=Of(),y=Nf(e);n.append(vf(e),Df(e),y,Cf(e),Ff(e,S=>Gn(e,S))),r.append(Rf(e,()=>m.atlas)),a.addEventListener("click",()=>u.controls.reset());let g=S=>{o.textContent=S??"",o.style.display=S?"":"none"},m=new yl({store:e,scatter:u,steps:h,hook:p,density:f,tooltip:c,setEmpty:g,pointSize:S=>Yu(S)*e.state.pointSize}),x=(S,N,I,R)=>m.place(S,N,I,R),_=mm({store:e,scatter:u,plot:s,main:r,side:n,getData:()=>m.data,lastLayout:()=>m.lastLayout,labelOf:S=>Gn(e,S),recolor:()=>m.recolor(),pointSize:()=>Yu(e.state.n)*e.state.pointSize,tooltip:c,atlas:()=>m.atlas}),b=nm({store:e,scatter:u,plot:s,toolbar:a.parentElement,side:n,projectionPanel:y,getData:()=>m.data,place:x,lastLayout:()=>m.lastLayout,labelOf:S=>Gn(e,S),reproject:()=>{m.reproject().catch(S=>m.fail(S))},recomputeNeighbors:()=>{let S=e.state.selected;S>=0&&(e.set({selected:-1}),e.set({selected:S}))},neighborGraph:(S,N)=>m.projector.neighborGraph(S,N)});m.attach({analysis:b,compare:_}),e.subscribe((S,N)=>{N.has("showSprites")&&u.setSpriteMode(S.showSprites),N.has("pointSize")&&u.setPointSize(Yu(S.n)*S.pointSize),(N.has("hovered")||N.has("selected"))&&u.setHighlight(S.hovered,S.selected),N.has("labelColumn")&&u.requestRender(),N.has("loading")&&S.loading&&(p.lastProgress={...S.loading}),N.has("dark")&&(t.classList.toggle("ep-dark",S.dark),u.setTheme(S.dark?"#1b1c1e":"#ffffff",S.dark?"#ffffff":"#000000")),(N.has("n")||N.has("d")||N.has("labelColumn"))&&(l.textContent=S.n?`${S.n.toLocaleString("en-US")} points · ${S.d} dimensions`:"")}),Pf({store:e,scatter:u,tooltip:c,positionsReady:()=>m.positionsReady,atlas:()=>m.atlas,click:(S,N)=>b.click(S,N)});let w=()=>{let S=e.state,N=m.positionsReady,I=[];if(N&&S.selected>=0)for(let D of[S.selected,...(S.neighbors??[]).slice(0,10).map(L=>L.index)]){let L=u.screenPositionOf(D);L&&I.push({x:L.x,y:L.y,text:Gn(e,D),strong:D===S.selected})}let{width:R,height:C}=u.size;d.draw(I,R,C,S.dark)};u.onFrame=()=>{let S=m.positionsReady;w(),f.draw(),p.lastFrameEpoch=Date.now(),S&&e.state.method==="pca"&&e.state.variance&&!p.firstPcaFrameEpoch&&(p.firstPcaFrameEpoch=Date.now()),S&&(p.drawnGeneration=p.projectionGeneration),p.ready=S};let A=Bf({hook:p,store:e,scatter:u,positionsReady:()=>m.positionsReady,analysis:b.hook}),v=Dm({store:e,scatter:u,steps:h,side:n,stepsAfter:n.firstElementChild,place:x,lastLayout:()=>m.lastLayout,setQuiet:S=>m.setQuiet(S),recompute:()=>m.computeProjection(),layouts:b.layouts,isReady:()=>m.positionsReady&&!e.state.loading&&!e.state.computing});A.views=v.hook,A.density=f.hook,A.compare=_.hook,kf(S=>e.set({dark:S})),e.state.dark||u.setTheme("#ffffff","#000000"),oh(()=>{m.reload()}),v.start(),m.start()}var Om=!1;function KI(){if(!Om){Om=!0;try{Um(document.body)}catch(i){console.warn("embproj:",i);let e=document.createElement("div");e.setAttribute("role","alert"),e.style.cssText="margin:24px;padding:12px;border-radius:4px;background:#fdecea;color:#a50e0e;font:14px system-ui,sans-serif";let t=/webgl/i.test(String(i));e.textContent=t?"The Embeddings tab needs WebGL2, which this browser does not provide: "+String(i):"The Embeddings tab failed to start: "+String(i),document.body.appendChild(e)}}}export{KI as render};
