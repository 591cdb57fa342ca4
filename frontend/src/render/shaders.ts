// Point shaders: one draw call for all points (or, while the camera moves, for the rows of an index
// buffer: gl_VertexID is then the row number); per-point colour and size; optional sprite thumbnails
// sampled from one atlas (any grid: thumbnails of uThumb px, uPerRow per row, row-major from the top).
// The hovered and selected points are drawn over the plot by point-marker.ts, not here.
export const vertexShader = /* glsl */ `
in vec3 aColor;
in float aSize;
uniform float uSize;
uniform float uLodScale;
uniform float uPixelRatio;
uniform float uZoomScale;
uniform float uSpriteMode;
uniform float uDepthCue;
uniform vec2 uDepthRange;
uniform vec3 uBackground;
out vec3 vColor;
flat out int vIndex;
void main() {
  vec4 mv = modelViewMatrix * vec4(position, 1.0);
  gl_Position = projectionMatrix * mv;
  float s = uSize * aSize * uZoomScale * uLodScale;
  if (uSpriteMode > 0.5) s *= 3.0;
  gl_PointSize = s * uPixelRatio;
  // 3D depth cue: far points fade towards the background.
  float far = clamp((-mv.z - uDepthRange.x) / max(1e-6, uDepthRange.y - uDepthRange.x), 0.0, 1.0);
  vColor = mix(aColor, uBackground, 0.5 * far * uDepthCue);
  vIndex = gl_VertexID;
}
`;

export const fragmentShader = /* glsl */ `
precision highp float;
uniform sampler2D uAtlas;
uniform vec2 uThumbUV;
uniform int uPerRow;
uniform int uSpriteCount;
uniform float uSpriteMode;
in vec3 vColor;
flat in int vIndex;
out vec4 fragColor;
void main() {
  vec2 pc = gl_PointCoord;
  if (uSpriteMode > 0.5 && vIndex < uSpriteCount) {
    float edge = max(abs(pc.x - 0.5), abs(pc.y - 0.5));
    if (edge > 0.42) { fragColor = vec4(vColor, 1.0); return; }
    vec2 cell = vec2(float(vIndex % uPerRow), float(vIndex / uPerRow));
    vec2 inner = (pc - 0.5) / 0.84 + 0.5;
    fragColor = vec4(texture(uAtlas, (cell + inner) * uThumbUV).rgb, 1.0);
    return;
  }
  if (length(pc - 0.5) > 0.5) discard;
  fragColor = vec4(vColor, 1.0);
}
`;
