// A still frame of more points than one animation frame can draw, drawn in pieces: each animation frame
// adds the next rows to an offscreen image (kept between frames, unlike the canvas's drawing buffer) and
// shows that image. At a million points software WebGL takes ~1 s for every point; in one frame that
// second holds up everything the page shows (a click's neighbour list is painted only after it). In
// pieces of ~LOD_FRAME_BUDGET_MS no frame holds the page longer. The rows are added in the order one
// draw call would draw them, so the finished image is the one a single draw makes. When images keep being
// started over before they are finished (a layout that changes every second: a live t-SNE at 1M), the rows
// not drawn yet are stood in for by their part of the moving subsample, drawn over the image, so every
// region shows, never a part of the points; otherwise the image fills in (the stand-in costs time).
import * as THREE from 'three';

const blitVertex = /* glsl */ `
out vec2 vUv;
void main() {
  vUv = uv;
  gl_Position = vec4(position.xy, 0.0, 1.0);
}
`;

const blitFragment = /* glsl */ `
precision highp float;
uniform sampler2D uImage;
in vec2 vUv;
out vec4 fragColor;
void main() { fragColor = texture(uImage, vUv); }
`;

export class StillPieces {
  private target: THREE.WebGLRenderTarget | null = null;
  private readonly blit: { scene: THREE.Scene; camera: THREE.Camera; material: THREE.ShaderMaterial };
  /** The scene version the image is of (-1: none), and how many rows it holds. */
  private version = -1;
  drawn = 0;
  /** The image was started over before the one before it was finished (a layout that keeps changing). */
  private interrupted = false;

  constructor() {
    const material = new THREE.ShaderMaterial({
      glslVersion: THREE.GLSL3, vertexShader: blitVertex, fragmentShader: blitFragment,
      uniforms: { uImage: { value: null } }, depthTest: false, depthWrite: false,
    });
    const quad = new THREE.Mesh(new THREE.PlaneGeometry(2, 2), material);
    quad.frustumCulled = false;
    const scene = new THREE.Scene();
    scene.add(quad);
    this.blit = { scene, camera: new THREE.Camera(), material };
  }

  /**
   * Adds up to `piece` more of `total` rows to the image of scene version `version` (a new version starts
   * a new image), by drawRows(start, count), and shows the image on the canvas. When images keep being
   * started over before they are finished, drawRest(drawn) draws over each unfinished one what stands in for
   * the rows not in it yet (else the image simply fills in). Returns whether every row is in it.
   */
  step(renderer: THREE.WebGLRenderer, version: number, total: number, piece: number,
    drawRows: (start: number, count: number) => void, drawRest?: (drawn: number) => void): boolean {
    const size = renderer.getDrawingBufferSize(new THREE.Vector2());
    if (!this.target || this.target.width !== size.x || this.target.height !== size.y) {
      this.target?.dispose();
      this.target = new THREE.WebGLRenderTarget(size.x, size.y, {
        minFilter: THREE.NearestFilter, magFilter: THREE.NearestFilter, depthBuffer: true,
      });
      this.version = -1;
    }
    const autoClear = renderer.autoClear;
    renderer.setRenderTarget(this.target);
    if (version !== this.version || this.drawn >= total) {
      renderer.clear();
      this.interrupted = version !== this.version && this.version !== -1 && this.drawn > 0 && this.drawn < total;
      this.version = version;
      this.drawn = 0;
    }
    renderer.autoClear = false;
    const count = Math.min(piece, total - this.drawn);
    drawRows(this.drawn, count);
    this.drawn += count;
    renderer.setRenderTarget(null);
    this.blit.material.uniforms.uImage.value = this.target.texture;
    renderer.autoClear = true;
    renderer.render(this.blit.scene, this.blit.camera);
    renderer.autoClear = false;
    if (this.drawn < total && this.interrupted) drawRest?.(this.drawn);
    renderer.autoClear = autoClear;
    return this.drawn >= total;
  }

  /** Forgets the image (the next step starts a new one; a frame drawn otherwise came between). */
  reset(): void { this.version = -1; this.drawn = 0; this.interrupted = false; }
}
