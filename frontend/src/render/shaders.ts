// Point shaders: one draw call for all points (or, while the camera moves, for the rows of an index
// buffer: gl_VertexID is then the row number); per-point colour. Variants by define, so the common
// case runs the least code (software WebGL spends its time per vertex: ~25% faster without them):
// DEPTH_CUE (3D: far points fade towards the background) and SPRITES (points drawn as thumbnails from
// one atlas: any grid, thumbnails row-major from the top, uPerRow per row).
// The hovered and selected points are drawn over the plot by point-marker.ts, not here.
export const vertexShader = /* glsl */ `
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
`;

export const fragmentShader = /* glsl */ `
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
`;

/** The defines for a frame: sprites drawn as thumbnails, a 3D view's depth cue. */
export function shaderDefines(sprites: boolean, depthCue: boolean): Record<string, string> {
  const d: Record<string, string> = {};
  if (sprites) d.SPRITES = '';
  if (depthCue) d.DEPTH_CUE = '';
  return d;
}
