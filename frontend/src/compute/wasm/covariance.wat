;; WebAssembly SIMD kernel for the covariance's inner product tiles (see ../covariance.ts and
;; ../wasm-covariance.ts). Compiled by build.mjs (wabt). It does what the JS tile loop does (with its
;; own tile shape) on f64x2 lanes, two rows per instruction, with Float64 products and sums, so
;; results match the JS path to rounding.
;;
;; Tile: 2 columns x 4 columns of dot products, 8 f64x2 accumulators + 2 x + 1 y registers.
;; Measured in V8 (CPU time, d = 756): 2x4 ~16 GFLOP/s, 2x2 ~14.5, 3x3 ~10.5 (spills).
(module
  (import "env" "memory" (memory 1))

  ;; accumulate(block, columnBytes, rowBytes, padded, upper): the block is column-major, columns
  ;; columnBytes apart, rowBytes of each summed (a multiple of 16: two f64 rows per step); upper is a
  ;; padded x padded f64 matrix (padded a multiple of 4).
  ;;   for i in 0, 2, .. < padded: for j in (i rounded down to 4), +4, .. < padded:
  ;;     upper[i + ii][j + jj] += dot(column i + ii, column j + jj), ii < 2, jj < 4.
  ;; All three loops are do-while: the caller guarantees rowBytes > 0 and padded >= 4.
  (func (export "accumulate")
    (param $block i32) (param $columnBytes i32) (param $rowBytes i32) (param $padded i32) (param $upper i32)
    (local $i i32) (local $j i32) (local $p i32)
    (local $a0 i32) (local $a1 i32) (local $b0 i32) (local $b1 i32) (local $b2 i32) (local $b3 i32)
    (local $at i32)
    (local $x0 v128) (local $x1 v128) (local $y v128)
    (local $acc00 v128) (local $acc01 v128) (local $acc02 v128) (local $acc03 v128)
    (local $acc10 v128) (local $acc11 v128) (local $acc12 v128) (local $acc13 v128)
    (local.set $i (i32.const 0))
    (loop $columnPairs
      (local.set $a0 (i32.add (local.get $block) (i32.mul (local.get $i) (local.get $columnBytes))))
      (local.set $a1 (i32.add (local.get $a0) (local.get $columnBytes)))
      ;; the first tile of 4 columns that reaches the diagonal
      (local.set $j (i32.and (local.get $i) (i32.const -4)))
      (loop $columnQuads
        (local.set $b0 (i32.add (local.get $block) (i32.mul (local.get $j) (local.get $columnBytes))))
        (local.set $b1 (i32.add (local.get $b0) (local.get $columnBytes)))
        (local.set $b2 (i32.add (local.get $b1) (local.get $columnBytes)))
        (local.set $b3 (i32.add (local.get $b2) (local.get $columnBytes)))
        (local.set $acc00 (v128.const i32x4 0 0 0 0))
        (local.set $acc01 (v128.const i32x4 0 0 0 0))
        (local.set $acc02 (v128.const i32x4 0 0 0 0))
        (local.set $acc03 (v128.const i32x4 0 0 0 0))
        (local.set $acc10 (v128.const i32x4 0 0 0 0))
        (local.set $acc11 (v128.const i32x4 0 0 0 0))
        (local.set $acc12 (v128.const i32x4 0 0 0 0))
        (local.set $acc13 (v128.const i32x4 0 0 0 0))
        (local.set $p (i32.const 0))
        (loop $rowPairs
          (local.set $x0 (v128.load (i32.add (local.get $a0) (local.get $p))))
          (local.set $x1 (v128.load (i32.add (local.get $a1) (local.get $p))))
          (local.set $y (v128.load (i32.add (local.get $b0) (local.get $p))))
          (local.set $acc00 (f64x2.add (local.get $acc00) (f64x2.mul (local.get $x0) (local.get $y))))
          (local.set $acc10 (f64x2.add (local.get $acc10) (f64x2.mul (local.get $x1) (local.get $y))))
          (local.set $y (v128.load (i32.add (local.get $b1) (local.get $p))))
          (local.set $acc01 (f64x2.add (local.get $acc01) (f64x2.mul (local.get $x0) (local.get $y))))
          (local.set $acc11 (f64x2.add (local.get $acc11) (f64x2.mul (local.get $x1) (local.get $y))))
          (local.set $y (v128.load (i32.add (local.get $b2) (local.get $p))))
          (local.set $acc02 (f64x2.add (local.get $acc02) (f64x2.mul (local.get $x0) (local.get $y))))
          (local.set $acc12 (f64x2.add (local.get $acc12) (f64x2.mul (local.get $x1) (local.get $y))))
          (local.set $y (v128.load (i32.add (local.get $b3) (local.get $p))))
          (local.set $acc03 (f64x2.add (local.get $acc03) (f64x2.mul (local.get $x0) (local.get $y))))
          (local.set $acc13 (f64x2.add (local.get $acc13) (f64x2.mul (local.get $x1) (local.get $y))))
          (br_if $rowPairs (i32.lt_u
            (local.tee $p (i32.add (local.get $p) (i32.const 16))) (local.get $rowBytes))))

        ;; upper[i][j .. j + 3], then upper[i + 1][j .. j + 3]: += lane 0 + lane 1
        (local.set $at (i32.add (local.get $upper)
          (i32.shl (i32.add (i32.mul (local.get $i) (local.get $padded)) (local.get $j)) (i32.const 3))))
        (f64.store offset=0 (local.get $at) (f64.add (f64.load offset=0 (local.get $at))
          (f64.add (f64x2.extract_lane 0 (local.get $acc00)) (f64x2.extract_lane 1 (local.get $acc00)))))
        (f64.store offset=8 (local.get $at) (f64.add (f64.load offset=8 (local.get $at))
          (f64.add (f64x2.extract_lane 0 (local.get $acc01)) (f64x2.extract_lane 1 (local.get $acc01)))))
        (f64.store offset=16 (local.get $at) (f64.add (f64.load offset=16 (local.get $at))
          (f64.add (f64x2.extract_lane 0 (local.get $acc02)) (f64x2.extract_lane 1 (local.get $acc02)))))
        (f64.store offset=24 (local.get $at) (f64.add (f64.load offset=24 (local.get $at))
          (f64.add (f64x2.extract_lane 0 (local.get $acc03)) (f64x2.extract_lane 1 (local.get $acc03)))))
        (local.set $at (i32.add (local.get $at) (i32.shl (local.get $padded) (i32.const 3))))
        (f64.store offset=0 (local.get $at) (f64.add (f64.load offset=0 (local.get $at))
          (f64.add (f64x2.extract_lane 0 (local.get $acc10)) (f64x2.extract_lane 1 (local.get $acc10)))))
        (f64.store offset=8 (local.get $at) (f64.add (f64.load offset=8 (local.get $at))
          (f64.add (f64x2.extract_lane 0 (local.get $acc11)) (f64x2.extract_lane 1 (local.get $acc11)))))
        (f64.store offset=16 (local.get $at) (f64.add (f64.load offset=16 (local.get $at))
          (f64.add (f64x2.extract_lane 0 (local.get $acc12)) (f64x2.extract_lane 1 (local.get $acc12)))))
        (f64.store offset=24 (local.get $at) (f64.add (f64.load offset=24 (local.get $at))
          (f64.add (f64x2.extract_lane 0 (local.get $acc13)) (f64x2.extract_lane 1 (local.get $acc13)))))

        (br_if $columnQuads (i32.lt_u
          (local.tee $j (i32.add (local.get $j) (i32.const 4))) (local.get $padded))))
      (br_if $columnPairs (i32.lt_u
        (local.tee $i (i32.add (local.get $i) (i32.const 2))) (local.get $padded))))))
