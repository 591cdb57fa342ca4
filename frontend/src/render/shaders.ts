// Point shaders: one draw call for all points; per-point colour and size; optional sprite thumbnails
// sampled from one atlas (any grid: thumbnails of uThumb px, uPerRow per row, row-major from the top).
export const vertexShader = /* glsl */ `
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
`;

export const fragmentShader = /* glsl */ `
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
`;
