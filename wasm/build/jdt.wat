(module
 (type $0 (func (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)))
 (type $1 (func (param i32 i32 i32 i32 i32)))
 (type $2 (func (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)))
 (type $3 (func (param i32 i32) (result f32)))
 (type $4 (func (param i32 i32 i32 i32 i32 i32 i32 i32 i32)))
 (type $5 (func (param i32) (result i32)))
 (type $6 (func (result i32)))
 (type $7 (func (param i32 i32 i32 i32 i32 i32) (result i32)))
 (type $8 (func (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 f32 i32 i32 i32 i32) (result i32)))
 (type $9 (func (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 f32 i32 i32 i32)))
 (type $10 (func (param i32 i32 i32)))
 (memory $0 0)
 (export "heapBase" (func $wasm/assembly/metrics/metrics_base))
 (export "lossStats" (func $wasm/assembly/loss/lossStats))
 (export "lossGrad" (func $wasm/assembly/loss/lossGrad))
 (export "expNegBatch" (func $wasm/assembly/loss/expNegBatch))
 (export "planarFromInterleaved" (func $wasm/assembly/loss/planarFromInterleaved))
 (export "interleavedFromPlanar" (func $wasm/assembly/loss/interleavedFromPlanar))
 (export "streamSum" (func $wasm/assembly/stream/streamSum))
 (export "metrics_base" (func $wasm/assembly/metrics/metrics_base))
 (export "metrics_reserve" (func $wasm/assembly/metrics/metrics_reserve))
 (export "metrics_count_image" (func $wasm/assembly/metrics/metrics_count_image))
 (export "metrics_sce_class" (func $wasm/assembly/metrics/metrics_sce_class))
 (export "memory" (memory $0))
 (func $wasm/assembly/loss/prepare (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32) (param $9 i32) (result i32)
  (local $10 i32)
  (local $11 v128)
  (local $12 i32)
  (local $13 v128)
  (local $14 i32)
  (local $15 v128)
  (local $16 i32)
  (local $17 v128)
  (local $18 v128)
  local.get $3
  i32.const -4
  i32.and
  local.set $12
  loop $for-loop|0
   local.get $10
   local.get $12
   i32.lt_u
   if
    local.get $1
    if (result v128)
     local.get $1
     local.get $10
     i32.add
     v128.load32_zero
     i16x8.extend_low_i8x16_u
     i32x4.extend_low_i16x8_u
     v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
     i32x4.eq
     v128.not
    else
     v128.const i32x4 0xffffffff 0xffffffff 0xffffffff 0xffffffff
    end
    local.set $11
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $13
    local.get $6
    if
     local.get $15
     block $wasm/assembly/loss/labels4|inlined.0 (result v128)
      local.get $6
      i32.const 1
      i32.eq
      if
       local.get $0
       local.get $10
       i32.add
       v128.load32_zero
       i16x8.extend_low_i8x16_u
       i32x4.extend_low_i16x8_u
       br $wasm/assembly/loss/labels4|inlined.0
      end
      local.get $6
      i32.const 2
      i32.eq
      if
       local.get $0
       local.get $10
       i32.const 1
       i32.shl
       i32.add
       v128.load64_zero
       i32x4.extend_low_i16x8_u
       br $wasm/assembly/loss/labels4|inlined.0
      end
      local.get $0
      local.get $10
      i32.const 2
      i32.shl
      i32.add
      v128.load
     end
     local.tee $13
     local.get $5
     i32x4.splat
     i32x4.lt_u
     local.tee $17
     local.get $13
     local.get $7
     i32x4.splat
     i32x4.eq
     v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
     local.get $8
     select
     local.tee $18
     v128.or
     v128.not
     v128.or
     local.set $15
     local.get $11
     local.get $17
     local.get $18
     v128.andnot
     v128.and
     local.set $11
    end
    local.get $2
    local.get $10
    i32.const 2
    i32.shl
    i32.add
    local.get $13
    v128.const i32x4 0xffffffff 0xffffffff 0xffffffff 0xffffffff
    local.get $11
    v128.bitselect
    v128.store
    local.get $10
    i32.const 4
    i32.add
    local.set $10
    br $for-loop|0
   end
  end
  local.get $15
  v128.any_true
  i32.eqz
  local.set $16
  loop $for-loop|1
   local.get $3
   local.get $12
   i32.gt_s
   if
    local.get $1
    i32.eqz
    local.tee $10
    i32.eqz
    if
     local.get $1
     local.get $12
     i32.add
     i32.load8_u
     i32.const 0
     i32.ne
     local.set $10
    end
    i32.const 0
    local.set $14
    local.get $6
    if
     local.get $6
     i32.const 1
     i32.eq
     if (result i32)
      local.get $0
      local.get $12
      i32.add
      i32.load8_u
     else
      local.get $6
      i32.const 2
      i32.eq
      if (result i32)
       local.get $0
       local.get $12
       i32.const 1
       i32.shl
       i32.add
       i32.load16_u
      else
       local.get $0
       local.get $12
       i32.const 2
       i32.shl
       i32.add
       i32.load
      end
     end
     local.tee $14
     local.get $7
     i32.eq
     i32.const 0
     local.get $8
     select
     if (result i32)
      i32.const 0
     else
      local.get $5
      local.get $14
      i32.le_u
      if (result i32)
       i32.const 0
       local.set $16
       i32.const 0
      else
       local.get $10
      end
     end
     local.set $10
    end
    local.get $2
    local.get $12
    i32.const 2
    i32.shl
    i32.add
    local.get $14
    i32.const -1
    local.get $10
    select
    i32.store
    local.get $12
    i32.const 1
    i32.add
    local.set $12
    br $for-loop|1
   end
  end
  local.get $3
  local.set $0
  loop $for-loop|2
   local.get $0
   local.get $4
   i32.lt_s
   if
    local.get $2
    local.get $0
    i32.const 2
    i32.shl
    i32.add
    i32.const -1
    i32.store
    local.get $0
    i32.const 1
    i32.add
    local.set $0
    br $for-loop|2
   end
  end
  local.get $9
  i32.const 0
  local.get $6
  select
  if
   i32.const 0
   local.set $1
   loop $for-loop|3
    local.get $1
    local.get $3
    i32.lt_u
    if
     local.get $2
     local.get $1
     i32.const 2
     i32.shl
     i32.add
     i32.load
     local.tee $0
     i32.const 0
     i32.ge_s
     if
      local.get $9
      local.get $0
      i32.const 6
      i32.shl
      i32.add
      local.tee $0
      i32.const 8
      i32.add
      local.get $0
      f64.load offset=8
      f64.const 1
      f64.add
      f64.store
     end
     local.get $1
     i32.const 1
     i32.add
     local.set $1
     br $for-loop|3
    end
   end
  end
  local.get $16
 )
 (func $wasm/assembly/stream/streamSum (param $0 i32) (param $1 i32) (result f32)
  (local $2 v128)
  (local $3 v128)
  (local $4 v128)
  (local $5 v128)
  local.get $0
  local.get $1
  i32.const 2
  i32.shl
  i32.add
  local.set $1
  loop $for-loop|0
   local.get $0
   local.get $1
   i32.lt_u
   if
    local.get $2
    local.get $0
    v128.load
    f32x4.add
    local.set $2
    local.get $3
    local.get $0
    v128.load offset=16
    f32x4.add
    local.set $3
    local.get $4
    local.get $0
    v128.load offset=32
    f32x4.add
    local.set $4
    local.get $5
    local.get $0
    v128.load offset=48
    f32x4.add
    local.set $5
    local.get $0
    i32.const -64
    i32.sub
    local.set $0
    br $for-loop|0
   end
  end
  local.get $2
  local.get $3
  f32x4.add
  local.get $4
  local.get $5
  f32x4.add
  f32x4.add
  local.tee $2
  f32x4.extract_lane 0
  local.get $2
  f32x4.extract_lane 1
  f32.add
  local.get $2
  f32x4.extract_lane 2
  f32.add
  local.get $2
  f32x4.extract_lane 3
  f32.add
 )
 (func $wasm/assembly/metrics/metrics_sce_class (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 f64)
  (local $12 v128)
  (local $13 v128)
  (local $14 i32)
  (local $15 i32)
  (local $16 v128)
  (local $17 v128)
  (local $18 v128)
  (local $19 v128)
  (local $20 i32)
  (local $21 i32)
  (local $22 v128)
  (local $23 i32)
  (local $24 i32)
  (local $25 v128)
  (local $26 v128)
  (local $27 v128)
  (local $28 i32)
  local.get $0
  local.get $3
  local.get $8
  i32.mul
  i32.const 2
  i32.shl
  i32.add
  local.set $21
  local.get $7
  i32.const 0
  local.get $4
  i32.const 24
  i32.mul
  local.tee $9
  i32.const 2
  i32.shl
  memory.fill
  local.get $4
  i32.const 1
  i32.gt_s
  if (result f32)
   local.get $5
   f64.load offset=8
   f32.demote_f64
  else
   f32.const inf
  end
  f32x4.splat
  local.set $25
  local.get $8
  i32x4.splat
  local.set $22
  local.get $3
  i32.const -4
  i32.and
  local.set $14
  loop $for-loop|0
   local.get $14
   local.get $15
   i32.gt_s
   if
    local.get $15
    i32.const 2
    i32.shl
    local.tee $0
    local.get $21
    i32.add
    v128.load
    local.set $18
    local.get $12
    local.get $0
    local.get $1
    i32.add
    v128.load
    local.tee $26
    v128.const i32x4 0xffffffff 0xffffffff 0xffffffff 0xffffffff
    i32x4.gt_s
    local.tee $27
    local.get $18
    local.get $25
    f32x4.lt
    v128.and
    local.tee $19
    i32x4.sub
    local.set $12
    local.get $13
    local.get $19
    local.get $26
    local.get $22
    i32x4.eq
    local.get $0
    local.get $2
    i32.add
    v128.load
    local.get $22
    i32x4.eq
    v128.and
    v128.and
    i32x4.sub
    local.set $13
    local.get $16
    local.get $18
    f64x2.promote_low_f32x4
    local.get $19
    i64x2.extend_low_i32x4_s
    v128.and
    f64x2.add
    local.set $16
    local.get $17
    local.get $18
    local.get $18
    i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
    f64x2.promote_low_f32x4
    local.get $19
    i64x2.extend_high_i32x4_s
    v128.and
    f64x2.add
    local.set $17
    local.get $27
    local.get $19
    v128.andnot
    i32x4.bitmask
    local.set $10
    loop $while-continue|1
     local.get $10
     if
      local.get $10
      i32.ctz
      local.set $23
      local.get $10
      local.get $10
      i32.const 1
      i32.sub
      i32.and
      local.set $10
      local.get $15
      local.get $23
      i32.add
      i32.const 2
      i32.shl
      local.tee $24
      local.get $21
      i32.add
      f32.load
      f64.promote_f32
      local.tee $11
      local.get $4
      f64.convert_i32_s
      f64.mul
      f64.floor
      i32.trunc_sat_f64_s
      local.tee $28
      local.get $4
      i32.const 1
      i32.sub
      local.tee $0
      i32.le_s
      if
       local.get $28
       local.set $0
      end
      local.get $0
      i32.const 0
      i32.lt_s
      if
       i32.const 0
       local.set $0
      end
      loop $while-continue|2
       local.get $0
       local.get $4
       i32.const 1
       i32.sub
       i32.lt_s
       if (result i32)
        local.get $11
        local.get $5
        local.get $0
        i32.const 1
        i32.add
        i32.const 3
        i32.shl
        i32.add
        f64.load
        f64.ge
       else
        i32.const 0
       end
       if
        local.get $0
        i32.const 1
        i32.add
        local.set $0
        br $while-continue|2
       end
      end
      loop $while-continue|3
       local.get $0
       i32.const 0
       i32.gt_s
       if (result i32)
        local.get $11
        local.get $5
        local.get $0
        i32.const 3
        i32.shl
        i32.add
        f64.load
        f64.lt
       else
        i32.const 0
       end
       if
        local.get $0
        i32.const 1
        i32.sub
        local.set $0
        br $while-continue|3
       end
      end
      local.get $7
      local.get $9
      local.get $23
      i32.mul
      i32.add
      local.get $0
      i32.const 24
      i32.mul
      i32.add
      local.tee $0
      local.get $0
      f64.load
      f64.const 1
      f64.add
      f64.store
      local.get $1
      local.get $24
      i32.add
      i32.load
      local.get $8
      i32.eq
      if (result i32)
       local.get $2
       local.get $24
       i32.add
       i32.load
       local.get $8
       i32.eq
      else
       i32.const 0
      end
      if
       local.get $0
       i32.const 8
       i32.add
       local.get $0
       f64.load offset=8
       f64.const 1
       f64.add
       f64.store
      end
      local.get $0
      i32.const 16
      i32.add
      local.get $0
      f64.load offset=16
      local.get $11
      f64.add
      f64.store
      br $while-continue|1
     end
    end
    local.get $15
    i32.const 4
    i32.add
    local.set $15
    br $for-loop|0
   end
  end
  local.get $7
  local.get $12
  i32x4.extract_lane 0
  f64.convert_i32_s
  f64.store
  local.get $7
  local.get $13
  i32x4.extract_lane 0
  f64.convert_i32_s
  f64.store offset=8
  local.get $7
  local.get $16
  f64x2.extract_lane 0
  f64.store offset=16
  local.get $7
  local.get $9
  i32.add
  local.tee $0
  local.get $12
  i32x4.extract_lane 1
  f64.convert_i32_s
  f64.store
  local.get $0
  local.get $13
  i32x4.extract_lane 1
  f64.convert_i32_s
  f64.store offset=8
  local.get $0
  local.get $16
  f64x2.extract_lane 1
  f64.store offset=16
  local.get $7
  local.get $9
  i32.const 1
  i32.shl
  i32.add
  local.tee $0
  local.get $12
  i32x4.extract_lane 2
  f64.convert_i32_s
  f64.store
  local.get $0
  local.get $13
  i32x4.extract_lane 2
  f64.convert_i32_s
  f64.store offset=8
  local.get $0
  local.get $17
  f64x2.extract_lane 0
  f64.store offset=16
  local.get $7
  local.get $9
  i32.const 3
  i32.mul
  i32.add
  local.tee $0
  local.get $12
  i32x4.extract_lane 3
  f64.convert_i32_s
  f64.store
  local.get $0
  local.get $13
  i32x4.extract_lane 3
  f64.convert_i32_s
  f64.store offset=8
  local.get $0
  local.get $17
  f64x2.extract_lane 1
  f64.store offset=16
  loop $for-loop|4
   local.get $3
   local.get $14
   i32.gt_s
   if
    local.get $14
    i32.const 2
    i32.shl
    local.tee $10
    local.get $1
    i32.add
    i32.load
    local.tee $15
    i32.const 0
    i32.ge_s
    if
     local.get $10
     local.get $21
     i32.add
     f32.load
     f64.promote_f32
     local.tee $11
     local.get $4
     f64.convert_i32_s
     f64.mul
     f64.floor
     i32.trunc_sat_f64_s
     local.tee $23
     local.get $4
     i32.const 1
     i32.sub
     local.tee $0
     i32.le_s
     if
      local.get $23
      local.set $0
     end
     local.get $0
     i32.const 0
     i32.lt_s
     if
      i32.const 0
      local.set $0
     end
     loop $while-continue|5
      local.get $0
      local.get $4
      i32.const 1
      i32.sub
      i32.lt_s
      if (result i32)
       local.get $11
       local.get $5
       local.get $0
       i32.const 1
       i32.add
       i32.const 3
       i32.shl
       i32.add
       f64.load
       f64.ge
      else
       i32.const 0
      end
      if
       local.get $0
       i32.const 1
       i32.add
       local.set $0
       br $while-continue|5
      end
     end
     loop $while-continue|6
      local.get $0
      i32.const 0
      i32.gt_s
      if (result i32)
       local.get $11
       local.get $5
       local.get $0
       i32.const 3
       i32.shl
       i32.add
       f64.load
       f64.lt
      else
       i32.const 0
      end
      if
       local.get $0
       i32.const 1
       i32.sub
       local.set $0
       br $while-continue|6
      end
     end
     local.get $7
     local.get $14
     i32.const 3
     i32.and
     local.get $9
     i32.mul
     i32.add
     local.get $0
     i32.const 24
     i32.mul
     i32.add
     local.tee $0
     local.get $0
     f64.load
     f64.const 1
     f64.add
     f64.store
     local.get $8
     local.get $15
     i32.eq
     if (result i32)
      local.get $2
      local.get $10
      i32.add
      i32.load
      local.get $8
      i32.eq
     else
      i32.const 0
     end
     if
      local.get $0
      i32.const 8
      i32.add
      local.get $0
      f64.load offset=8
      f64.const 1
      f64.add
      f64.store
     end
     local.get $0
     i32.const 16
     i32.add
     local.get $0
     f64.load offset=16
     local.get $11
     f64.add
     f64.store
    end
    local.get $14
    i32.const 1
    i32.add
    local.set $14
    br $for-loop|4
   end
  end
  local.get $6
  local.get $8
  local.get $9
  i32.mul
  i32.add
  local.set $0
  loop $for-loop|7
   local.get $9
   local.get $20
   i32.gt_u
   if
    local.get $0
    local.get $20
    i32.add
    local.get $7
    local.get $20
    i32.add
    local.tee $1
    f64.load
    local.get $1
    local.get $9
    i32.add
    f64.load
    f64.add
    local.get $1
    local.get $9
    i32.const 1
    i32.shl
    i32.add
    f64.load
    f64.add
    local.get $1
    local.get $9
    i32.const 3
    i32.mul
    i32.add
    f64.load
    f64.add
    f64.store
    local.get $20
    i32.const 8
    i32.add
    local.set $20
    br $for-loop|7
   end
  end
 )
 (func $wasm/assembly/metrics/metrics_reserve (param $0 i32) (result i32)
  (local $1 i32)
  local.get $0
  i32.const 65535
  i32.add
  i32.const 16
  i32.shr_u
  local.tee $0
  memory.size
  local.tee $1
  i32.gt_s
  if (result i32)
   local.get $0
   local.get $1
   i32.sub
   memory.grow
   i32.const 0
   i32.lt_s
  else
   i32.const 0
  end
  if
   i32.const 0
   return
  end
  i32.const 1
 )
 (func $wasm/assembly/metrics/metrics_count_image (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32) (param $9 i32) (param $10 i32) (result i32)
  (local $11 i32)
  (local $12 f64)
  (local $13 i32)
  (local $14 i32)
  (local $15 f64)
  (local $16 i32)
  (local $17 i32)
  (local $18 i32)
  local.get $0
  local.get $1
  local.get $2
  local.get $3
  local.get $6
  local.get $7
  call $wasm/assembly/metrics/argmax
  local.tee $0
  i32.const 0
  i32.ge_s
  if
   local.get $0
   return
  end
  local.get $8
  local.get $2
  i32.const 3
  i32.shl
  i32.add
  local.set $13
  local.get $8
  local.get $2
  i32.const 4
  i32.shl
  i32.add
  local.set $14
  local.get $8
  i32.const 0
  local.get $2
  i32.const 24
  i32.mul
  memory.fill
  local.get $9
  i32.const 0
  local.get $4
  i32.const 24
  i32.mul
  memory.fill
  local.get $10
  i32.const 1
  i32.and
  local.set $16
  loop $for-loop|0
   local.get $3
   local.get $11
   i32.gt_s
   if
    local.get $11
    i32.const 2
    i32.shl
    local.tee $17
    local.get $1
    i32.add
    i32.load
    local.tee $0
    i32.const 0
    i32.ge_s
    if
     local.get $13
     local.get $7
     local.get $17
     i32.add
     i32.load
     local.tee $2
     i32.const 3
     i32.shl
     i32.add
     local.tee $10
     local.get $10
     f64.load
     f64.const 1
     f64.add
     f64.store
     local.get $14
     local.get $0
     i32.const 3
     i32.shl
     local.tee $18
     i32.add
     local.tee $10
     local.get $10
     f64.load
     f64.const 1
     f64.add
     f64.store
     local.get $8
     local.get $18
     i32.add
     local.tee $10
     local.get $10
     f64.load
     f64.const 1
     f64.const 0
     local.get $0
     local.get $2
     i32.eq
     select
     local.tee $15
     f64.add
     f64.store
     local.get $16
     if
      local.get $6
      local.get $17
      i32.add
      f32.load
      f64.promote_f32
      local.tee $12
      local.get $4
      f64.convert_i32_s
      f64.mul
      f64.floor
      i32.trunc_sat_f64_s
      local.tee $2
      local.get $4
      i32.const 1
      i32.sub
      local.tee $0
      i32.le_s
      if
       local.get $2
       local.set $0
      end
      local.get $0
      i32.const 0
      i32.lt_s
      if
       i32.const 0
       local.set $0
      end
      loop $while-continue|1
       local.get $0
       local.get $4
       i32.const 1
       i32.sub
       i32.lt_s
       if (result i32)
        local.get $12
        local.get $5
        local.get $0
        i32.const 1
        i32.add
        i32.const 3
        i32.shl
        i32.add
        f64.load
        f64.ge
       else
        i32.const 0
       end
       if
        local.get $0
        i32.const 1
        i32.add
        local.set $0
        br $while-continue|1
       end
      end
      loop $while-continue|2
       local.get $0
       i32.const 0
       i32.gt_s
       if (result i32)
        local.get $12
        local.get $5
        local.get $0
        i32.const 3
        i32.shl
        i32.add
        f64.load
        f64.lt
       else
        i32.const 0
       end
       if
        local.get $0
        i32.const 1
        i32.sub
        local.set $0
        br $while-continue|2
       end
      end
      local.get $9
      local.get $0
      i32.const 24
      i32.mul
      i32.add
      local.tee $0
      local.get $0
      f64.load
      f64.const 1
      f64.add
      f64.store
      local.get $0
      i32.const 8
      i32.add
      local.get $0
      f64.load offset=8
      local.get $15
      f64.add
      f64.store
      local.get $0
      i32.const 16
      i32.add
      local.get $0
      f64.load offset=16
      local.get $12
      f64.add
      f64.store
     end
    end
    local.get $11
    i32.const 1
    i32.add
    local.set $11
    br $for-loop|0
   end
  end
  i32.const -1
 )
 (func $wasm/assembly/metrics/metrics_base (result i32)
  i32.const 1024
 )
 (func $wasm/assembly/metrics/argmax (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (result i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 f32)
  (local $9 v128)
  (local $10 v128)
  (local $11 v128)
  (local $12 i32)
  (local $13 i32)
  (local $14 i32)
  (local $15 v128)
  (local $16 i32)
  (local $17 i32)
  (local $18 v128)
  (local $19 i32)
  local.get $3
  i32.const -4
  i32.and
  local.set $7
  loop $for-loop|0
   local.get $6
   local.get $7
   i32.lt_s
   if
    local.get $15
    local.get $6
    i32.const 2
    i32.shl
    local.tee $12
    local.get $0
    i32.add
    v128.load
    local.tee $9
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    f32x4.ge
    local.get $9
    v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
    f32x4.le
    v128.and
    v128.not
    v128.or
    local.set $15
    local.get $4
    local.get $12
    i32.add
    local.get $9
    v128.store
    local.get $5
    local.get $12
    i32.add
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    v128.store
    local.get $6
    i32.const 4
    i32.add
    local.set $6
    br $for-loop|0
   end
  end
  local.get $7
  local.set $6
  loop $for-loop|1
   local.get $3
   local.get $6
   i32.gt_s
   if
    local.get $14
    i32.const 1
    local.get $6
    i32.const 2
    i32.shl
    local.tee $12
    local.get $0
    i32.add
    f32.load
    local.tee $8
    f32.const 1
    f32.le
    local.get $8
    f32.const 0
    f32.ge
    i32.and
    select
    local.set $14
    local.get $4
    local.get $12
    i32.add
    local.get $8
    f32.store
    local.get $5
    local.get $12
    i32.add
    i32.const 0
    i32.store
    local.get $6
    i32.const 1
    i32.add
    local.set $6
    br $for-loop|1
   end
  end
  i32.const 1
  local.set $16
  loop $for-loop|2
   local.get $2
   local.get $16
   i32.gt_s
   if
    local.get $0
    local.get $3
    local.get $16
    i32.mul
    i32.const 2
    i32.shl
    i32.add
    local.set $12
    local.get $16
    i32x4.splat
    local.set $10
    i32.const 0
    local.set $6
    loop $for-loop|3
     local.get $6
     local.get $7
     i32.lt_s
     if
      local.get $15
      local.get $12
      local.get $6
      i32.const 2
      i32.shl
      local.tee $17
      i32.add
      v128.load
      local.tee $18
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      f32x4.ge
      local.get $18
      v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
      f32x4.le
      v128.and
      v128.not
      v128.or
      local.set $15
      local.get $18
      local.get $4
      local.get $17
      i32.add
      local.tee $19
      v128.load
      local.tee $9
      f32x4.gt
      local.set $11
      local.get $19
      local.get $18
      local.get $9
      local.get $11
      v128.bitselect
      v128.store
      local.get $5
      local.get $17
      i32.add
      local.tee $17
      local.get $10
      local.get $17
      v128.load
      local.get $11
      v128.bitselect
      v128.store
      local.get $6
      i32.const 4
      i32.add
      local.set $6
      br $for-loop|3
     end
    end
    local.get $7
    local.set $6
    loop $for-loop|4
     local.get $3
     local.get $6
     i32.gt_s
     if
      local.get $14
      i32.const 1
      local.get $12
      local.get $6
      i32.const 2
      i32.shl
      local.tee $17
      i32.add
      f32.load
      local.tee $8
      f32.const 1
      f32.le
      local.get $8
      f32.const 0
      f32.ge
      i32.and
      select
      local.set $14
      local.get $8
      local.get $4
      local.get $17
      i32.add
      local.tee $19
      f32.load
      f32.gt
      if
       local.get $19
       local.get $8
       f32.store
       local.get $5
       local.get $17
       i32.add
       local.get $16
       i32.store
      end
      local.get $6
      i32.const 1
      i32.add
      local.set $6
      br $for-loop|4
     end
    end
    local.get $16
    i32.const 1
    i32.add
    local.set $16
    br $for-loop|2
   end
  end
  i32.const 1
  local.get $15
  v128.any_true
  local.get $14
  select
  if
   block $__inlined_func$wasm/assembly/metrics/firstBad$3 (result i32)
    loop $for-loop|00
     local.get $2
     local.get $13
     i32.gt_s
     if
      local.get $0
      local.get $3
      local.get $13
      i32.mul
      i32.const 2
      i32.shl
      i32.add
      local.set $5
      i32.const 0
      local.set $4
      loop $for-loop|11
       local.get $3
       local.get $4
       i32.gt_s
       if
        local.get $1
        local.get $4
        i32.const 2
        i32.shl
        local.tee $6
        i32.add
        i32.load
        i32.const 0
        i32.ge_s
        if
         local.get $3
         local.get $13
         i32.mul
         local.get $4
         i32.add
         local.get $5
         local.get $6
         i32.add
         f32.load
         local.tee $8
         f32.const 1
         f32.le
         local.get $8
         f32.const 0
         f32.ge
         i32.and
         i32.eqz
         br_if $__inlined_func$wasm/assembly/metrics/firstBad$3
         drop
        end
        local.get $4
        i32.const 1
        i32.add
        local.set $4
        br $for-loop|11
       end
      end
      local.get $13
      i32.const 1
      i32.add
      local.set $13
      br $for-loop|00
     end
    end
    i32.const -1
   end
   return
  end
  i32.const -1
 )
 (func $wasm/assembly/loss/planarFromInterleaved (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  local.get $2
  i32.const 2
  i32.shl
  local.set $9
  loop $for-loop|0
   local.get $2
   local.get $6
   i32.gt_s
   if
    local.get $1
    local.get $4
    local.get $6
    i32.mul
    i32.const 2
    i32.shl
    i32.add
    local.set $8
    local.get $0
    local.get $6
    i32.const 2
    i32.shl
    i32.add
    local.set $7
    i32.const 0
    local.set $5
    loop $for-loop|1
     local.get $3
     local.get $5
     i32.gt_s
     if
      local.get $8
      local.get $5
      i32.const 2
      i32.shl
      i32.add
      local.get $7
      f32.load
      f32.store
      local.get $7
      local.get $9
      i32.add
      local.set $7
      local.get $5
      i32.const 1
      i32.add
      local.set $5
      br $for-loop|1
     end
    end
    local.get $3
    local.set $5
    loop $for-loop|2
     local.get $4
     local.get $5
     i32.gt_s
     if
      local.get $8
      local.get $5
      i32.const 2
      i32.shl
      i32.add
      f32.const 0
      f32.store
      local.get $5
      i32.const 1
      i32.add
      local.set $5
      br $for-loop|2
     end
    end
    local.get $6
    i32.const 1
    i32.add
    local.set $6
    br $for-loop|0
   end
  end
 )
 (func $wasm/assembly/loss/lossStats (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32) (param $9 i32) (param $10 i32) (param $11 i32) (param $12 f32) (param $13 i32) (param $14 i32) (param $15 i32) (param $16 i32) (result i32)
  (local $17 v128)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 v128)
  (local $22 v128)
  (local $23 v128)
  local.get $2
  local.get $3
  local.get $4
  local.get $6
  local.get $7
  local.get $5
  local.get $8
  local.get $9
  local.get $10
  local.get $16
  call $wasm/assembly/loss/prepare
  i32.eqz
  if
   i32.const 0
   return
  end
  local.get $5
  local.get $7
  i32.mul
  local.set $9
  local.get $11
  i32.const 1
  i32.eq
  if
   i32.const 0
   local.set $6
   local.get $12
   f32x4.splat
   local.set $21
   local.get $7
   i32.const 2
   i32.shl
   local.set $3
   loop $for-loop|0
    local.get $3
    local.get $6
    i32.gt_u
    if
     local.get $0
     local.get $6
     i32.add
     local.set $2
     v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000
     local.set $17
     i32.const 0
     local.set $10
     loop $for-loop|1
      local.get $5
      local.get $10
      i32.gt_s
      if
       local.get $18
       local.get $2
       v128.load
       local.tee $19
       v128.const i32x4 0x7fffffff 0x7fffffff 0x7fffffff 0x7fffffff
       v128.and
       i32x4.max_u
       local.set $18
       local.get $17
       local.get $19
       f32x4.pmax
       local.set $17
       local.get $2
       local.get $3
       i32.add
       local.set $2
       local.get $10
       i32.const 1
       i32.add
       local.set $10
       br $for-loop|1
      end
     end
     local.get $0
     local.get $6
     i32.add
     local.set $2
     v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
     local.set $19
     i32.const 0
     local.set $10
     loop $for-loop|2
      local.get $5
      local.get $10
      i32.gt_s
      if
       local.get $2
       v128.load
       local.get $17
       f32x4.sub
       local.get $21
       f32x4.mul
       v128.const i32x4 0xc2ae999a 0xc2ae999a 0xc2ae999a 0xc2ae999a
       f32x4.pmax
       local.tee $22
       v128.const i32x4 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b
       f32x4.mul
       v128.const i32x4 0x4b400000 0x4b400000 0x4b400000 0x4b400000
       f32x4.add
       local.tee $23
       v128.const i32x4 0x4b400000 0x4b400000 0x4b400000 0x4b400000
       f32x4.sub
       local.set $20
       local.get $2
       v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
       local.get $22
       local.get $20
       v128.const i32x4 0x3f318000 0x3f318000 0x3f318000 0x3f318000
       f32x4.mul
       f32x4.sub
       local.get $20
       v128.const i32x4 0xb95e8083 0xb95e8083 0xb95e8083 0xb95e8083
       f32x4.mul
       f32x4.sub
       local.tee $20
       local.get $20
       local.get $20
       f32x4.mul
       v128.const i32x4 0x3ab510bc 0x3ab510bc 0x3ab510bc 0x3ab510bc
       local.get $20
       f32x4.mul
       v128.const i32x4 0x3c091dc5 0x3c091dc5 0x3c091dc5 0x3c091dc5
       f32x4.add
       local.get $20
       f32x4.mul
       v128.const i32x4 0x3d2aac7e 0x3d2aac7e 0x3d2aac7e 0x3d2aac7e
       f32x4.add
       local.get $20
       f32x4.mul
       v128.const i32x4 0x3e2aaa48 0x3e2aaa48 0x3e2aaa48 0x3e2aaa48
       f32x4.add
       local.get $20
       f32x4.mul
       v128.const i32x4 0x3efffffe 0x3efffffe 0x3efffffe 0x3efffffe
       f32x4.add
       f32x4.mul
       f32x4.add
       f32x4.add
       local.get $23
       v128.const i32x4 0xb4c0007f 0xb4c0007f 0xb4c0007f 0xb4c0007f
       i32x4.add
       i32.const 23
       i32x4.shl
       f32x4.mul
       local.tee $20
       v128.store
       local.get $19
       local.get $20
       f32x4.add
       local.set $19
       local.get $2
       local.get $3
       i32.add
       local.set $2
       local.get $10
       i32.const 1
       i32.add
       local.set $10
       br $for-loop|2
      end
     end
     local.get $6
     local.get $15
     i32.add
     v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
     local.get $19
     f32x4.div
     local.get $4
     local.get $6
     i32.add
     v128.load
     v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
     i32x4.ge_s
     v128.and
     v128.store
     local.get $6
     i32.const 16
     i32.add
     local.set $6
     br $for-loop|0
    end
   end
   local.get $18
   i32x4.extract_lane 0
   local.tee $2
   local.get $18
   i32x4.extract_lane 1
   local.tee $3
   local.get $2
   local.get $3
   i32.gt_u
   select
   local.tee $2
   local.get $18
   i32x4.extract_lane 2
   local.tee $3
   local.get $18
   i32x4.extract_lane 3
   local.tee $6
   local.get $3
   local.get $6
   i32.gt_u
   select
   local.tee $3
   local.get $2
   local.get $3
   i32.gt_u
   select
   i32.const 2139095039
   i32.gt_u
   if
    i32.const 0
    return
   end
  else
   local.get $11
   i32.const 2
   i32.eq
   if
    local.get $12
    f32x4.splat
    local.set $18
    local.get $0
    local.tee $3
    local.get $9
    i32.const 2
    i32.shl
    i32.add
    local.set $2
    loop $for-loop|00
     local.get $2
     local.get $3
     i32.gt_u
     if
      local.get $17
      local.get $3
      v128.load
      local.tee $19
      v128.const i32x4 0x7fffffff 0x7fffffff 0x7fffffff 0x7fffffff
      v128.and
      i32x4.max_u
      local.set $17
      local.get $19
      local.get $18
      f32x4.mul
      local.tee $19
      f32x4.abs
      f32x4.neg
      v128.const i32x4 0xc2ae999a 0xc2ae999a 0xc2ae999a 0xc2ae999a
      f32x4.pmax
      local.tee $20
      v128.const i32x4 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b
      f32x4.mul
      v128.const i32x4 0x4b400000 0x4b400000 0x4b400000 0x4b400000
      f32x4.add
      local.tee $21
      v128.const i32x4 0x4b400000 0x4b400000 0x4b400000 0x4b400000
      f32x4.sub
      local.set $22
      local.get $3
      v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
      v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
      v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
      local.get $20
      local.get $22
      v128.const i32x4 0x3f318000 0x3f318000 0x3f318000 0x3f318000
      f32x4.mul
      f32x4.sub
      local.get $22
      v128.const i32x4 0xb95e8083 0xb95e8083 0xb95e8083 0xb95e8083
      f32x4.mul
      f32x4.sub
      local.tee $20
      local.get $20
      local.get $20
      f32x4.mul
      v128.const i32x4 0x3ab510bc 0x3ab510bc 0x3ab510bc 0x3ab510bc
      local.get $20
      f32x4.mul
      v128.const i32x4 0x3c091dc5 0x3c091dc5 0x3c091dc5 0x3c091dc5
      f32x4.add
      local.get $20
      f32x4.mul
      v128.const i32x4 0x3d2aac7e 0x3d2aac7e 0x3d2aac7e 0x3d2aac7e
      f32x4.add
      local.get $20
      f32x4.mul
      v128.const i32x4 0x3e2aaa48 0x3e2aaa48 0x3e2aaa48 0x3e2aaa48
      f32x4.add
      local.get $20
      f32x4.mul
      v128.const i32x4 0x3efffffe 0x3efffffe 0x3efffffe 0x3efffffe
      f32x4.add
      f32x4.mul
      f32x4.add
      f32x4.add
      local.get $21
      v128.const i32x4 0xb4c0007f 0xb4c0007f 0xb4c0007f 0xb4c0007f
      i32x4.add
      i32.const 23
      i32x4.shl
      f32x4.mul
      local.tee $20
      f32x4.add
      f32x4.div
      local.tee $21
      local.get $20
      local.get $21
      f32x4.mul
      local.get $19
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      f32x4.ge
      v128.bitselect
      v128.store
      local.get $3
      i32.const 16
      i32.add
      local.set $3
      br $for-loop|00
     end
    end
    local.get $17
    i32x4.extract_lane 0
    local.tee $2
    local.get $17
    i32x4.extract_lane 1
    local.tee $3
    local.get $2
    local.get $3
    i32.gt_u
    select
    local.tee $2
    local.get $17
    i32x4.extract_lane 2
    local.tee $3
    local.get $17
    i32x4.extract_lane 3
    local.tee $6
    local.get $3
    local.get $6
    i32.gt_u
    select
    local.tee $3
    local.get $2
    local.get $3
    i32.gt_u
    select
    i32.const 2139095039
    i32.gt_u
    if
     i32.const 0
     return
    end
   end
  end
  local.get $0
  local.get $1
  local.get $4
  local.get $15
  local.get $5
  local.get $7
  local.get $16
  local.get $11
  i32.const 1
  i32.eq
  local.get $8
  i32.const 0
  i32.ne
  local.tee $2
  local.get $13
  i32.const 2
  i32.eq
  local.get $14
  call $wasm/assembly/loss/accumulateAny
  i32.const 1065353216
  i32.gt_u
  if
   local.get $11
   if (result i32)
    i32.const 1
   else
    i32.const 0
    local.set $3
    block $__inlined_func$wasm/assembly/loss/allUnit$1 (result i32)
     loop $for-loop|001
      local.get $3
      local.get $9
      i32.lt_u
      if
       i32.const 0
       local.get $0
       local.get $3
       i32.const 2
       i32.shl
       i32.add
       f32.load
       local.tee $12
       f32.const 1
       f32.le
       local.get $12
       f32.const 0
       f32.ge
       i32.and
       i32.eqz
       br_if $__inlined_func$wasm/assembly/loss/allUnit$1
       drop
       local.get $3
       i32.const 1
       i32.add
       local.set $3
       br $for-loop|001
      end
     end
     i32.const 1
    end
   end
   i32.eqz
   if
    i32.const 0
    return
   end
   local.get $2
   if (result i32)
    i32.const 1
   else
    i32.const 0
    local.set $0
    block $__inlined_func$wasm/assembly/loss/allUnit$2 (result i32)
     loop $for-loop|01
      local.get $0
      local.get $9
      i32.lt_u
      if
       i32.const 0
       local.get $1
       local.get $0
       i32.const 2
       i32.shl
       i32.add
       f32.load
       local.tee $12
       f32.const 1
       f32.le
       local.get $12
       f32.const 0
       f32.ge
       i32.and
       i32.eqz
       br_if $__inlined_func$wasm/assembly/loss/allUnit$2
       drop
       local.get $0
       i32.const 1
       i32.add
       local.set $0
       br $for-loop|01
      end
     end
     i32.const 1
    end
   end
   i32.eqz
   if
    i32.const 0
    return
   end
  end
  i32.const 1
 )
 (func $wasm/assembly/loss/lossGrad (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32) (param $9 i32) (param $10 i32) (param $11 i32) (param $12 f32) (param $13 i32) (param $14 i32) (param $15 i32)
  (local $16 v128)
  (local $17 v128)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 v128)
  (local $22 v128)
  (local $23 v128)
  local.get $2
  local.get $3
  local.get $4
  local.get $6
  local.get $7
  local.get $5
  local.get $8
  local.get $9
  local.get $10
  i32.const 0
  call $wasm/assembly/loss/prepare
  drop
  local.get $13
  i32.const 2
  i32.eq
  local.tee $2
  local.get $8
  i32.const 0
  i32.ne
  local.tee $3
  local.get $11
  i32.const 1
  i32.eq
  i32.and
  i32.and
  if
   local.get $7
   i32.const 2
   i32.shl
   local.set $2
   local.get $12
   f32x4.splat
   local.set $18
   local.get $14
   local.get $5
   i32.const 4
   i32.shl
   i32.add
   local.set $3
   i32.const 0
   local.set $1
   loop $for-loop|0
    local.get $1
    local.get $2
    i32.lt_u
    if
     local.get $1
     local.get $4
     i32.add
     v128.load
     local.tee $19
     v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
     i32x4.ge_s
     local.set $20
     local.get $0
     local.get $1
     i32.add
     local.set $9
     v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000
     local.set $17
     i32.const 0
     local.set $8
     loop $for-loop|1
      local.get $5
      local.get $8
      i32.gt_s
      if
       local.get $17
       local.get $9
       v128.load
       f32x4.pmax
       local.set $17
       local.get $2
       local.get $9
       i32.add
       local.set $9
       local.get $8
       i32.const 1
       i32.add
       local.set $8
       br $for-loop|1
      end
     end
     local.get $0
     local.get $1
     i32.add
     local.set $9
     v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
     local.set $16
     i32.const 0
     local.set $8
     loop $for-loop|2
      local.get $5
      local.get $8
      i32.gt_s
      if
       local.get $9
       v128.load
       local.get $17
       f32x4.sub
       local.get $18
       f32x4.mul
       v128.const i32x4 0xc2ae999a 0xc2ae999a 0xc2ae999a 0xc2ae999a
       f32x4.pmax
       local.tee $21
       v128.const i32x4 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b
       f32x4.mul
       v128.const i32x4 0x4b400000 0x4b400000 0x4b400000 0x4b400000
       f32x4.add
       local.tee $22
       v128.const i32x4 0x4b400000 0x4b400000 0x4b400000 0x4b400000
       f32x4.sub
       local.set $23
       local.get $14
       local.get $8
       i32.const 4
       i32.shl
       i32.add
       v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
       local.get $21
       local.get $23
       v128.const i32x4 0x3f318000 0x3f318000 0x3f318000 0x3f318000
       f32x4.mul
       f32x4.sub
       local.get $23
       v128.const i32x4 0xb95e8083 0xb95e8083 0xb95e8083 0xb95e8083
       f32x4.mul
       f32x4.sub
       local.tee $21
       local.get $21
       local.get $21
       f32x4.mul
       v128.const i32x4 0x3ab510bc 0x3ab510bc 0x3ab510bc 0x3ab510bc
       local.get $21
       f32x4.mul
       v128.const i32x4 0x3c091dc5 0x3c091dc5 0x3c091dc5 0x3c091dc5
       f32x4.add
       local.get $21
       f32x4.mul
       v128.const i32x4 0x3d2aac7e 0x3d2aac7e 0x3d2aac7e 0x3d2aac7e
       f32x4.add
       local.get $21
       f32x4.mul
       v128.const i32x4 0x3e2aaa48 0x3e2aaa48 0x3e2aaa48 0x3e2aaa48
       f32x4.add
       local.get $21
       f32x4.mul
       v128.const i32x4 0x3efffffe 0x3efffffe 0x3efffffe 0x3efffffe
       f32x4.add
       f32x4.mul
       f32x4.add
       f32x4.add
       local.get $22
       v128.const i32x4 0xb4c0007f 0xb4c0007f 0xb4c0007f 0xb4c0007f
       i32x4.add
       i32.const 23
       i32x4.shl
       f32x4.mul
       local.tee $21
       v128.store
       local.get $16
       local.get $21
       f32x4.add
       local.set $16
       local.get $2
       local.get $9
       i32.add
       local.set $9
       local.get $8
       i32.const 1
       i32.add
       local.set $8
       br $for-loop|2
      end
     end
     v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
     local.get $16
     f32x4.div
     local.set $16
     v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
     local.set $17
     local.get $0
     local.get $1
     i32.add
     local.set $11
     i32.const 0
     local.set $10
     loop $for-loop|4
      local.get $5
      local.get $10
      i32.gt_s
      if
       local.get $14
       local.get $10
       i32.const 4
       i32.shl
       local.tee $6
       i32.add
       local.tee $7
       v128.load
       local.get $16
       f32x4.mul
       local.set $21
       local.get $7
       local.get $21
       v128.store
       local.get $3
       local.get $6
       i32.add
       local.get $15
       local.get $10
       i32.const 12
       i32.mul
       i32.add
       local.tee $6
       v128.load32_splat
       local.get $21
       f32x4.mul
       local.get $6
       v128.load32_splat offset=4
       local.get $19
       local.get $10
       i32x4.splat
       i32x4.eq
       v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
       v128.and
       f32x4.mul
       f32x4.add
       local.tee $22
       v128.store
       local.get $17
       local.get $21
       local.get $22
       f32x4.mul
       f32x4.add
       local.set $17
       local.get $2
       local.get $11
       i32.add
       local.set $11
       local.get $10
       i32.const 1
       i32.add
       local.set $10
       br $for-loop|4
      end
     end
     local.get $0
     local.get $1
     i32.add
     local.set $11
     i32.const 0
     local.set $8
     loop $for-loop|5
      local.get $5
      local.get $8
      i32.gt_s
      if
       local.get $11
       local.get $8
       i32.const 4
       i32.shl
       local.tee $6
       local.get $14
       i32.add
       v128.load
       local.get $3
       local.get $6
       i32.add
       v128.load
       local.get $17
       f32x4.sub
       f32x4.mul
       local.get $20
       v128.and
       v128.store
       local.get $2
       local.get $11
       i32.add
       local.set $11
       local.get $8
       i32.const 1
       i32.add
       local.set $8
       br $for-loop|5
      end
     end
     local.get $1
     i32.const 16
     i32.add
     local.set $1
     br $for-loop|0
    end
   end
  else
   local.get $2
   i32.eqz
   local.get $3
   local.get $11
   i32.const 1
   i32.eq
   i32.and
   i32.and
   if
    local.get $7
    i32.const 2
    i32.shl
    local.set $2
    local.get $12
    f32x4.splat
    local.set $18
    local.get $14
    local.get $5
    i32.const 4
    i32.shl
    i32.add
    local.set $3
    i32.const 0
    local.set $1
    loop $for-loop|6
     local.get $1
     local.get $2
     i32.lt_u
     if
      local.get $1
      local.get $4
      i32.add
      v128.load
      local.tee $19
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      i32x4.ge_s
      local.set $20
      local.get $0
      local.get $1
      i32.add
      local.set $10
      v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000
      local.set $17
      i32.const 0
      local.set $9
      loop $for-loop|7
       local.get $5
       local.get $9
       i32.gt_s
       if
        local.get $17
        local.get $10
        v128.load
        f32x4.pmax
        local.set $17
        local.get $2
        local.get $10
        i32.add
        local.set $10
        local.get $9
        i32.const 1
        i32.add
        local.set $9
        br $for-loop|7
       end
      end
      local.get $0
      local.get $1
      i32.add
      local.set $10
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      local.set $16
      i32.const 0
      local.set $9
      loop $for-loop|8
       local.get $5
       local.get $9
       i32.gt_s
       if
        local.get $10
        v128.load
        local.get $17
        f32x4.sub
        local.get $18
        f32x4.mul
        v128.const i32x4 0xc2ae999a 0xc2ae999a 0xc2ae999a 0xc2ae999a
        f32x4.pmax
        local.tee $21
        v128.const i32x4 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b
        f32x4.mul
        v128.const i32x4 0x4b400000 0x4b400000 0x4b400000 0x4b400000
        f32x4.add
        local.tee $22
        v128.const i32x4 0x4b400000 0x4b400000 0x4b400000 0x4b400000
        f32x4.sub
        local.set $23
        local.get $14
        local.get $9
        i32.const 4
        i32.shl
        i32.add
        v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
        local.get $21
        local.get $23
        v128.const i32x4 0x3f318000 0x3f318000 0x3f318000 0x3f318000
        f32x4.mul
        f32x4.sub
        local.get $23
        v128.const i32x4 0xb95e8083 0xb95e8083 0xb95e8083 0xb95e8083
        f32x4.mul
        f32x4.sub
        local.tee $21
        local.get $21
        local.get $21
        f32x4.mul
        v128.const i32x4 0x3ab510bc 0x3ab510bc 0x3ab510bc 0x3ab510bc
        local.get $21
        f32x4.mul
        v128.const i32x4 0x3c091dc5 0x3c091dc5 0x3c091dc5 0x3c091dc5
        f32x4.add
        local.get $21
        f32x4.mul
        v128.const i32x4 0x3d2aac7e 0x3d2aac7e 0x3d2aac7e 0x3d2aac7e
        f32x4.add
        local.get $21
        f32x4.mul
        v128.const i32x4 0x3e2aaa48 0x3e2aaa48 0x3e2aaa48 0x3e2aaa48
        f32x4.add
        local.get $21
        f32x4.mul
        v128.const i32x4 0x3efffffe 0x3efffffe 0x3efffffe 0x3efffffe
        f32x4.add
        f32x4.mul
        f32x4.add
        f32x4.add
        local.get $22
        v128.const i32x4 0xb4c0007f 0xb4c0007f 0xb4c0007f 0xb4c0007f
        i32x4.add
        i32.const 23
        i32x4.shl
        f32x4.mul
        local.tee $21
        v128.store
        local.get $16
        local.get $21
        f32x4.add
        local.set $16
        local.get $2
        local.get $10
        i32.add
        local.set $10
        local.get $9
        i32.const 1
        i32.add
        local.set $9
        br $for-loop|8
       end
      end
      v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
      local.get $16
      f32x4.div
      local.set $16
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      local.set $17
      local.get $0
      local.get $1
      i32.add
      local.set $13
      i32.const 0
      local.set $11
      loop $for-loop|10
       local.get $5
       local.get $11
       i32.gt_s
       if
        local.get $14
        local.get $11
        i32.const 4
        i32.shl
        local.tee $6
        i32.add
        local.tee $7
        v128.load
        local.get $16
        f32x4.mul
        local.set $21
        local.get $7
        local.get $21
        v128.store
        local.get $3
        local.get $6
        i32.add
        local.get $15
        local.get $11
        i32.const 12
        i32.mul
        i32.add
        local.tee $6
        v128.load32_splat
        local.get $6
        v128.load32_splat offset=4
        local.get $6
        v128.load32_splat offset=8
        local.get $21
        local.get $19
        local.get $11
        i32x4.splat
        i32x4.eq
        v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
        v128.and
        local.tee $22
        f32x4.lt
        v128.bitselect
        local.get $21
        local.get $22
        f32x4.gt
        v128.bitselect
        local.tee $22
        v128.store
        local.get $17
        local.get $21
        local.get $22
        f32x4.mul
        f32x4.add
        local.set $17
        local.get $2
        local.get $13
        i32.add
        local.set $13
        local.get $11
        i32.const 1
        i32.add
        local.set $11
        br $for-loop|10
       end
      end
      local.get $0
      local.get $1
      i32.add
      local.set $13
      i32.const 0
      local.set $9
      loop $for-loop|11
       local.get $5
       local.get $9
       i32.gt_s
       if
        local.get $13
        local.get $9
        i32.const 4
        i32.shl
        local.tee $6
        local.get $14
        i32.add
        v128.load
        local.get $3
        local.get $6
        i32.add
        v128.load
        local.get $17
        f32x4.sub
        f32x4.mul
        local.get $20
        v128.and
        v128.store
        local.get $2
        local.get $13
        i32.add
        local.set $13
        local.get $9
        i32.const 1
        i32.add
        local.set $9
        br $for-loop|11
       end
      end
      local.get $1
      i32.const 16
      i32.add
      local.set $1
      br $for-loop|6
     end
    end
   else
    local.get $2
    local.get $3
    i32.eqz
    local.get $11
    i32.const 1
    i32.eq
    i32.and
    i32.and
    if
     local.get $1
     local.set $2
     local.get $7
     i32.const 2
     i32.shl
     local.set $3
     local.get $12
     f32x4.splat
     local.set $18
     local.get $14
     local.get $5
     i32.const 4
     i32.shl
     i32.add
     local.set $6
     i32.const 0
     local.set $1
     loop $for-loop|12
      local.get $1
      local.get $3
      i32.lt_u
      if
       local.get $1
       local.get $4
       i32.add
       v128.load
       v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
       i32x4.ge_s
       local.set $19
       local.get $0
       local.get $1
       i32.add
       local.set $10
       v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000
       local.set $17
       i32.const 0
       local.set $9
       loop $for-loop|13
        local.get $5
        local.get $9
        i32.gt_s
        if
         local.get $17
         local.get $10
         v128.load
         f32x4.pmax
         local.set $17
         local.get $3
         local.get $10
         i32.add
         local.set $10
         local.get $9
         i32.const 1
         i32.add
         local.set $9
         br $for-loop|13
        end
       end
       local.get $0
       local.get $1
       i32.add
       local.set $10
       v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
       local.set $16
       i32.const 0
       local.set $9
       loop $for-loop|14
        local.get $5
        local.get $9
        i32.gt_s
        if
         local.get $10
         v128.load
         local.get $17
         f32x4.sub
         local.get $18
         f32x4.mul
         v128.const i32x4 0xc2ae999a 0xc2ae999a 0xc2ae999a 0xc2ae999a
         f32x4.pmax
         local.tee $20
         v128.const i32x4 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b
         f32x4.mul
         v128.const i32x4 0x4b400000 0x4b400000 0x4b400000 0x4b400000
         f32x4.add
         local.tee $21
         v128.const i32x4 0x4b400000 0x4b400000 0x4b400000 0x4b400000
         f32x4.sub
         local.set $22
         local.get $14
         local.get $9
         i32.const 4
         i32.shl
         i32.add
         v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
         local.get $20
         local.get $22
         v128.const i32x4 0x3f318000 0x3f318000 0x3f318000 0x3f318000
         f32x4.mul
         f32x4.sub
         local.get $22
         v128.const i32x4 0xb95e8083 0xb95e8083 0xb95e8083 0xb95e8083
         f32x4.mul
         f32x4.sub
         local.tee $20
         local.get $20
         local.get $20
         f32x4.mul
         v128.const i32x4 0x3ab510bc 0x3ab510bc 0x3ab510bc 0x3ab510bc
         local.get $20
         f32x4.mul
         v128.const i32x4 0x3c091dc5 0x3c091dc5 0x3c091dc5 0x3c091dc5
         f32x4.add
         local.get $20
         f32x4.mul
         v128.const i32x4 0x3d2aac7e 0x3d2aac7e 0x3d2aac7e 0x3d2aac7e
         f32x4.add
         local.get $20
         f32x4.mul
         v128.const i32x4 0x3e2aaa48 0x3e2aaa48 0x3e2aaa48 0x3e2aaa48
         f32x4.add
         local.get $20
         f32x4.mul
         v128.const i32x4 0x3efffffe 0x3efffffe 0x3efffffe 0x3efffffe
         f32x4.add
         f32x4.mul
         f32x4.add
         f32x4.add
         local.get $21
         v128.const i32x4 0xb4c0007f 0xb4c0007f 0xb4c0007f 0xb4c0007f
         i32x4.add
         i32.const 23
         i32x4.shl
         f32x4.mul
         local.tee $20
         v128.store
         local.get $16
         local.get $20
         f32x4.add
         local.set $16
         local.get $3
         local.get $10
         i32.add
         local.set $10
         local.get $9
         i32.const 1
         i32.add
         local.set $9
         br $for-loop|14
        end
       end
       v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
       local.get $16
       f32x4.div
       local.set $16
       v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
       local.set $17
       local.get $0
       local.get $1
       i32.add
       local.set $13
       local.get $1
       local.get $2
       i32.add
       local.set $10
       i32.const 0
       local.set $11
       loop $for-loop|16
        local.get $5
        local.get $11
        i32.gt_s
        if
         local.get $14
         local.get $11
         i32.const 4
         i32.shl
         local.tee $7
         i32.add
         local.tee $8
         v128.load
         local.get $16
         f32x4.mul
         local.set $20
         local.get $8
         local.get $20
         v128.store
         local.get $10
         v128.load
         local.set $21
         local.get $3
         local.get $10
         i32.add
         local.set $10
         local.get $6
         local.get $7
         i32.add
         local.get $15
         local.get $11
         i32.const 12
         i32.mul
         i32.add
         local.tee $7
         v128.load32_splat
         local.get $20
         f32x4.mul
         local.get $7
         v128.load32_splat offset=4
         local.get $21
         f32x4.mul
         f32x4.add
         local.tee $21
         v128.store
         local.get $17
         local.get $20
         local.get $21
         f32x4.mul
         f32x4.add
         local.set $17
         local.get $3
         local.get $13
         i32.add
         local.set $13
         local.get $11
         i32.const 1
         i32.add
         local.set $11
         br $for-loop|16
        end
       end
       local.get $0
       local.get $1
       i32.add
       local.set $13
       i32.const 0
       local.set $9
       loop $for-loop|17
        local.get $5
        local.get $9
        i32.gt_s
        if
         local.get $13
         local.get $9
         i32.const 4
         i32.shl
         local.tee $7
         local.get $14
         i32.add
         v128.load
         local.get $6
         local.get $7
         i32.add
         v128.load
         local.get $17
         f32x4.sub
         f32x4.mul
         local.get $19
         v128.and
         v128.store
         local.get $3
         local.get $13
         i32.add
         local.set $13
         local.get $9
         i32.const 1
         i32.add
         local.set $9
         br $for-loop|17
        end
       end
       local.get $1
       i32.const 16
       i32.add
       local.set $1
       br $for-loop|12
      end
     end
    else
     local.get $2
     i32.eqz
     local.get $3
     i32.eqz
     local.get $11
     i32.const 1
     i32.eq
     i32.and
     i32.and
     if
      local.get $1
      local.set $2
      local.get $7
      i32.const 2
      i32.shl
      local.set $3
      local.get $12
      f32x4.splat
      local.set $18
      local.get $14
      local.get $5
      i32.const 4
      i32.shl
      i32.add
      local.set $6
      i32.const 0
      local.set $1
      loop $for-loop|18
       local.get $1
       local.get $3
       i32.lt_u
       if
        local.get $1
        local.get $4
        i32.add
        v128.load
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        i32x4.ge_s
        local.set $19
        local.get $0
        local.get $1
        i32.add
        local.set $9
        v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000
        local.set $17
        i32.const 0
        local.set $8
        loop $for-loop|19
         local.get $5
         local.get $8
         i32.gt_s
         if
          local.get $17
          local.get $9
          v128.load
          f32x4.pmax
          local.set $17
          local.get $3
          local.get $9
          i32.add
          local.set $9
          local.get $8
          i32.const 1
          i32.add
          local.set $8
          br $for-loop|19
         end
        end
        local.get $0
        local.get $1
        i32.add
        local.set $9
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $16
        i32.const 0
        local.set $8
        loop $for-loop|20
         local.get $5
         local.get $8
         i32.gt_s
         if
          local.get $9
          v128.load
          local.get $17
          f32x4.sub
          local.get $18
          f32x4.mul
          v128.const i32x4 0xc2ae999a 0xc2ae999a 0xc2ae999a 0xc2ae999a
          f32x4.pmax
          local.tee $20
          v128.const i32x4 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b
          f32x4.mul
          v128.const i32x4 0x4b400000 0x4b400000 0x4b400000 0x4b400000
          f32x4.add
          local.tee $21
          v128.const i32x4 0x4b400000 0x4b400000 0x4b400000 0x4b400000
          f32x4.sub
          local.set $22
          local.get $14
          local.get $8
          i32.const 4
          i32.shl
          i32.add
          v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
          local.get $20
          local.get $22
          v128.const i32x4 0x3f318000 0x3f318000 0x3f318000 0x3f318000
          f32x4.mul
          f32x4.sub
          local.get $22
          v128.const i32x4 0xb95e8083 0xb95e8083 0xb95e8083 0xb95e8083
          f32x4.mul
          f32x4.sub
          local.tee $20
          local.get $20
          local.get $20
          f32x4.mul
          v128.const i32x4 0x3ab510bc 0x3ab510bc 0x3ab510bc 0x3ab510bc
          local.get $20
          f32x4.mul
          v128.const i32x4 0x3c091dc5 0x3c091dc5 0x3c091dc5 0x3c091dc5
          f32x4.add
          local.get $20
          f32x4.mul
          v128.const i32x4 0x3d2aac7e 0x3d2aac7e 0x3d2aac7e 0x3d2aac7e
          f32x4.add
          local.get $20
          f32x4.mul
          v128.const i32x4 0x3e2aaa48 0x3e2aaa48 0x3e2aaa48 0x3e2aaa48
          f32x4.add
          local.get $20
          f32x4.mul
          v128.const i32x4 0x3efffffe 0x3efffffe 0x3efffffe 0x3efffffe
          f32x4.add
          f32x4.mul
          f32x4.add
          f32x4.add
          local.get $21
          v128.const i32x4 0xb4c0007f 0xb4c0007f 0xb4c0007f 0xb4c0007f
          i32x4.add
          i32.const 23
          i32x4.shl
          f32x4.mul
          local.tee $20
          v128.store
          local.get $16
          local.get $20
          f32x4.add
          local.set $16
          local.get $3
          local.get $9
          i32.add
          local.set $9
          local.get $8
          i32.const 1
          i32.add
          local.set $8
          br $for-loop|20
         end
        end
        v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
        local.get $16
        f32x4.div
        local.set $16
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $17
        local.get $0
        local.get $1
        i32.add
        local.set $13
        local.get $1
        local.get $2
        i32.add
        local.set $9
        i32.const 0
        local.set $11
        loop $for-loop|22
         local.get $5
         local.get $11
         i32.gt_s
         if
          local.get $14
          local.get $11
          i32.const 4
          i32.shl
          local.tee $7
          i32.add
          local.tee $8
          v128.load
          local.get $16
          f32x4.mul
          local.set $20
          local.get $8
          local.get $20
          v128.store
          local.get $9
          v128.load
          local.set $21
          local.get $3
          local.get $9
          i32.add
          local.set $9
          local.get $6
          local.get $7
          i32.add
          local.get $15
          local.get $11
          i32.const 12
          i32.mul
          i32.add
          local.tee $7
          v128.load32_splat
          local.get $7
          v128.load32_splat offset=4
          local.get $7
          v128.load32_splat offset=8
          local.get $20
          local.get $21
          f32x4.lt
          v128.bitselect
          local.get $20
          local.get $21
          f32x4.gt
          v128.bitselect
          local.tee $21
          v128.store
          local.get $17
          local.get $20
          local.get $21
          f32x4.mul
          f32x4.add
          local.set $17
          local.get $3
          local.get $13
          i32.add
          local.set $13
          local.get $11
          i32.const 1
          i32.add
          local.set $11
          br $for-loop|22
         end
        end
        local.get $0
        local.get $1
        i32.add
        local.set $13
        i32.const 0
        local.set $8
        loop $for-loop|23
         local.get $5
         local.get $8
         i32.gt_s
         if
          local.get $13
          local.get $8
          i32.const 4
          i32.shl
          local.tee $7
          local.get $14
          i32.add
          v128.load
          local.get $6
          local.get $7
          i32.add
          v128.load
          local.get $17
          f32x4.sub
          f32x4.mul
          local.get $19
          v128.and
          v128.store
          local.get $3
          local.get $13
          i32.add
          local.set $13
          local.get $8
          i32.const 1
          i32.add
          local.set $8
          br $for-loop|23
         end
        end
        local.get $1
        i32.const 16
        i32.add
        local.set $1
        br $for-loop|18
       end
      end
     else
      local.get $2
      local.get $3
      local.get $11
      i32.const 2
      i32.eq
      i32.and
      i32.and
      if
       local.get $7
       i32.const 2
       i32.shl
       local.set $2
       local.get $12
       f32x4.splat
       local.set $16
       i32.const 0
       local.set $1
       loop $for-loop|24
        local.get $1
        local.get $2
        i32.lt_u
        if
         local.get $1
         local.get $4
         i32.add
         v128.load
         local.tee $17
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         i32x4.ge_s
         local.set $18
         local.get $0
         local.get $1
         i32.add
         local.set $9
         i32.const 0
         local.set $8
         loop $for-loop|27
          local.get $5
          local.get $8
          i32.gt_s
          if
           local.get $9
           v128.load
           local.get $16
           f32x4.mul
           local.tee $19
           f32x4.abs
           f32x4.neg
           v128.const i32x4 0xc2ae999a 0xc2ae999a 0xc2ae999a 0xc2ae999a
           f32x4.pmax
           local.tee $20
           v128.const i32x4 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b
           f32x4.mul
           v128.const i32x4 0x4b400000 0x4b400000 0x4b400000 0x4b400000
           f32x4.add
           local.tee $21
           v128.const i32x4 0x4b400000 0x4b400000 0x4b400000 0x4b400000
           f32x4.sub
           local.set $22
           local.get $14
           local.get $8
           i32.const 4
           i32.shl
           i32.add
           v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
           v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
           v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
           local.get $20
           local.get $22
           v128.const i32x4 0x3f318000 0x3f318000 0x3f318000 0x3f318000
           f32x4.mul
           f32x4.sub
           local.get $22
           v128.const i32x4 0xb95e8083 0xb95e8083 0xb95e8083 0xb95e8083
           f32x4.mul
           f32x4.sub
           local.tee $20
           local.get $20
           local.get $20
           f32x4.mul
           v128.const i32x4 0x3ab510bc 0x3ab510bc 0x3ab510bc 0x3ab510bc
           local.get $20
           f32x4.mul
           v128.const i32x4 0x3c091dc5 0x3c091dc5 0x3c091dc5 0x3c091dc5
           f32x4.add
           local.get $20
           f32x4.mul
           v128.const i32x4 0x3d2aac7e 0x3d2aac7e 0x3d2aac7e 0x3d2aac7e
           f32x4.add
           local.get $20
           f32x4.mul
           v128.const i32x4 0x3e2aaa48 0x3e2aaa48 0x3e2aaa48 0x3e2aaa48
           f32x4.add
           local.get $20
           f32x4.mul
           v128.const i32x4 0x3efffffe 0x3efffffe 0x3efffffe 0x3efffffe
           f32x4.add
           f32x4.mul
           f32x4.add
           f32x4.add
           local.get $21
           v128.const i32x4 0xb4c0007f 0xb4c0007f 0xb4c0007f 0xb4c0007f
           i32x4.add
           i32.const 23
           i32x4.shl
           f32x4.mul
           local.tee $20
           f32x4.add
           f32x4.div
           local.tee $21
           local.get $20
           local.get $21
           f32x4.mul
           local.get $19
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           f32x4.ge
           v128.bitselect
           v128.store
           local.get $2
           local.get $9
           i32.add
           local.set $9
           local.get $8
           i32.const 1
           i32.add
           local.set $8
           br $for-loop|27
          end
         end
         local.get $0
         local.get $1
         i32.add
         local.set $13
         i32.const 0
         local.set $10
         loop $for-loop|28
          local.get $5
          local.get $10
          i32.gt_s
          if
           local.get $13
           local.get $15
           local.get $10
           i32.const 12
           i32.mul
           i32.add
           local.tee $3
           v128.load32_splat
           local.get $14
           local.get $10
           i32.const 4
           i32.shl
           i32.add
           v128.load
           local.tee $19
           f32x4.mul
           local.get $3
           v128.load32_splat offset=4
           local.get $17
           local.get $10
           i32x4.splat
           i32x4.eq
           v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
           v128.and
           f32x4.mul
           f32x4.add
           local.get $19
           f32x4.mul
           v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
           local.get $19
           f32x4.sub
           f32x4.mul
           local.get $18
           v128.and
           v128.store
           local.get $2
           local.get $13
           i32.add
           local.set $13
           local.get $10
           i32.const 1
           i32.add
           local.set $10
           br $for-loop|28
          end
         end
         local.get $1
         i32.const 16
         i32.add
         local.set $1
         br $for-loop|24
        end
       end
      else
       local.get $2
       i32.eqz
       local.get $3
       local.get $11
       i32.const 2
       i32.eq
       i32.and
       i32.and
       if
        local.get $7
        i32.const 2
        i32.shl
        local.set $2
        local.get $12
        f32x4.splat
        local.set $16
        i32.const 0
        local.set $1
        loop $for-loop|30
         local.get $1
         local.get $2
         i32.lt_u
         if
          local.get $1
          local.get $4
          i32.add
          v128.load
          local.tee $17
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          i32x4.ge_s
          local.set $18
          local.get $0
          local.get $1
          i32.add
          local.set $10
          i32.const 0
          local.set $9
          loop $for-loop|33
           local.get $5
           local.get $9
           i32.gt_s
           if
            local.get $10
            v128.load
            local.get $16
            f32x4.mul
            local.tee $19
            f32x4.abs
            f32x4.neg
            v128.const i32x4 0xc2ae999a 0xc2ae999a 0xc2ae999a 0xc2ae999a
            f32x4.pmax
            local.tee $20
            v128.const i32x4 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b
            f32x4.mul
            v128.const i32x4 0x4b400000 0x4b400000 0x4b400000 0x4b400000
            f32x4.add
            local.tee $21
            v128.const i32x4 0x4b400000 0x4b400000 0x4b400000 0x4b400000
            f32x4.sub
            local.set $22
            local.get $14
            local.get $9
            i32.const 4
            i32.shl
            i32.add
            v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
            v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
            v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
            local.get $20
            local.get $22
            v128.const i32x4 0x3f318000 0x3f318000 0x3f318000 0x3f318000
            f32x4.mul
            f32x4.sub
            local.get $22
            v128.const i32x4 0xb95e8083 0xb95e8083 0xb95e8083 0xb95e8083
            f32x4.mul
            f32x4.sub
            local.tee $20
            local.get $20
            local.get $20
            f32x4.mul
            v128.const i32x4 0x3ab510bc 0x3ab510bc 0x3ab510bc 0x3ab510bc
            local.get $20
            f32x4.mul
            v128.const i32x4 0x3c091dc5 0x3c091dc5 0x3c091dc5 0x3c091dc5
            f32x4.add
            local.get $20
            f32x4.mul
            v128.const i32x4 0x3d2aac7e 0x3d2aac7e 0x3d2aac7e 0x3d2aac7e
            f32x4.add
            local.get $20
            f32x4.mul
            v128.const i32x4 0x3e2aaa48 0x3e2aaa48 0x3e2aaa48 0x3e2aaa48
            f32x4.add
            local.get $20
            f32x4.mul
            v128.const i32x4 0x3efffffe 0x3efffffe 0x3efffffe 0x3efffffe
            f32x4.add
            f32x4.mul
            f32x4.add
            f32x4.add
            local.get $21
            v128.const i32x4 0xb4c0007f 0xb4c0007f 0xb4c0007f 0xb4c0007f
            i32x4.add
            i32.const 23
            i32x4.shl
            f32x4.mul
            local.tee $20
            f32x4.add
            f32x4.div
            local.tee $21
            local.get $20
            local.get $21
            f32x4.mul
            local.get $19
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            f32x4.ge
            v128.bitselect
            v128.store
            local.get $2
            local.get $10
            i32.add
            local.set $10
            local.get $9
            i32.const 1
            i32.add
            local.set $9
            br $for-loop|33
           end
          end
          local.get $0
          local.get $1
          i32.add
          local.set $3
          i32.const 0
          local.set $11
          loop $for-loop|34
           local.get $5
           local.get $11
           i32.gt_s
           if
            local.get $3
            local.get $15
            local.get $11
            i32.const 12
            i32.mul
            i32.add
            local.tee $6
            v128.load32_splat
            local.get $6
            v128.load32_splat offset=4
            local.get $6
            v128.load32_splat offset=8
            local.get $14
            local.get $11
            i32.const 4
            i32.shl
            i32.add
            v128.load
            local.tee $19
            local.get $17
            local.get $11
            i32x4.splat
            i32x4.eq
            v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
            v128.and
            local.tee $20
            f32x4.lt
            v128.bitselect
            local.get $19
            local.get $20
            f32x4.gt
            v128.bitselect
            local.get $19
            f32x4.mul
            v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
            local.get $19
            f32x4.sub
            f32x4.mul
            local.get $18
            v128.and
            v128.store
            local.get $2
            local.get $3
            i32.add
            local.set $3
            local.get $11
            i32.const 1
            i32.add
            local.set $11
            br $for-loop|34
           end
          end
          local.get $1
          i32.const 16
          i32.add
          local.set $1
          br $for-loop|30
         end
        end
       else
        local.get $2
        local.get $3
        i32.eqz
        local.get $11
        i32.const 2
        i32.eq
        i32.and
        i32.and
        if
         local.get $1
         local.set $2
         local.get $7
         i32.const 2
         i32.shl
         local.set $6
         local.get $12
         f32x4.splat
         local.set $16
         i32.const 0
         local.set $1
         loop $for-loop|36
          local.get $1
          local.get $6
          i32.lt_u
          if
           local.get $1
           local.get $4
           i32.add
           v128.load
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           i32x4.ge_s
           local.set $17
           local.get $0
           local.get $1
           i32.add
           local.set $10
           i32.const 0
           local.set $9
           loop $for-loop|39
            local.get $5
            local.get $9
            i32.gt_s
            if
             local.get $10
             v128.load
             local.get $16
             f32x4.mul
             local.tee $18
             f32x4.abs
             f32x4.neg
             v128.const i32x4 0xc2ae999a 0xc2ae999a 0xc2ae999a 0xc2ae999a
             f32x4.pmax
             local.tee $19
             v128.const i32x4 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b
             f32x4.mul
             v128.const i32x4 0x4b400000 0x4b400000 0x4b400000 0x4b400000
             f32x4.add
             local.tee $20
             v128.const i32x4 0x4b400000 0x4b400000 0x4b400000 0x4b400000
             f32x4.sub
             local.set $21
             local.get $14
             local.get $9
             i32.const 4
             i32.shl
             i32.add
             v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
             v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
             v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
             local.get $19
             local.get $21
             v128.const i32x4 0x3f318000 0x3f318000 0x3f318000 0x3f318000
             f32x4.mul
             f32x4.sub
             local.get $21
             v128.const i32x4 0xb95e8083 0xb95e8083 0xb95e8083 0xb95e8083
             f32x4.mul
             f32x4.sub
             local.tee $19
             local.get $19
             local.get $19
             f32x4.mul
             v128.const i32x4 0x3ab510bc 0x3ab510bc 0x3ab510bc 0x3ab510bc
             local.get $19
             f32x4.mul
             v128.const i32x4 0x3c091dc5 0x3c091dc5 0x3c091dc5 0x3c091dc5
             f32x4.add
             local.get $19
             f32x4.mul
             v128.const i32x4 0x3d2aac7e 0x3d2aac7e 0x3d2aac7e 0x3d2aac7e
             f32x4.add
             local.get $19
             f32x4.mul
             v128.const i32x4 0x3e2aaa48 0x3e2aaa48 0x3e2aaa48 0x3e2aaa48
             f32x4.add
             local.get $19
             f32x4.mul
             v128.const i32x4 0x3efffffe 0x3efffffe 0x3efffffe 0x3efffffe
             f32x4.add
             f32x4.mul
             f32x4.add
             f32x4.add
             local.get $20
             v128.const i32x4 0xb4c0007f 0xb4c0007f 0xb4c0007f 0xb4c0007f
             i32x4.add
             i32.const 23
             i32x4.shl
             f32x4.mul
             local.tee $19
             f32x4.add
             f32x4.div
             local.tee $20
             local.get $19
             local.get $20
             f32x4.mul
             local.get $18
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             f32x4.ge
             v128.bitselect
             v128.store
             local.get $6
             local.get $10
             i32.add
             local.set $10
             local.get $9
             i32.const 1
             i32.add
             local.set $9
             br $for-loop|39
            end
           end
           local.get $0
           local.get $1
           i32.add
           local.set $3
           local.get $1
           local.get $2
           i32.add
           local.set $10
           i32.const 0
           local.set $11
           loop $for-loop|40
            local.get $5
            local.get $11
            i32.gt_s
            if
             local.get $10
             v128.load
             local.set $18
             local.get $6
             local.get $10
             i32.add
             local.set $10
             local.get $3
             local.get $15
             local.get $11
             i32.const 12
             i32.mul
             i32.add
             local.tee $7
             v128.load32_splat
             local.get $14
             local.get $11
             i32.const 4
             i32.shl
             i32.add
             v128.load
             local.tee $19
             f32x4.mul
             local.get $7
             v128.load32_splat offset=4
             local.get $18
             f32x4.mul
             f32x4.add
             local.get $19
             f32x4.mul
             v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
             local.get $19
             f32x4.sub
             f32x4.mul
             local.get $17
             v128.and
             v128.store
             local.get $3
             local.get $6
             i32.add
             local.set $3
             local.get $11
             i32.const 1
             i32.add
             local.set $11
             br $for-loop|40
            end
           end
           local.get $1
           i32.const 16
           i32.add
           local.set $1
           br $for-loop|36
          end
         end
        else
         local.get $2
         i32.eqz
         local.get $3
         i32.eqz
         local.get $11
         i32.const 2
         i32.eq
         i32.and
         i32.and
         if
          local.get $1
          local.set $2
          local.get $7
          i32.const 2
          i32.shl
          local.set $3
          local.get $12
          f32x4.splat
          local.set $16
          i32.const 0
          local.set $1
          loop $for-loop|42
           local.get $1
           local.get $3
           i32.lt_u
           if
            local.get $1
            local.get $4
            i32.add
            v128.load
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            i32x4.ge_s
            local.set $17
            local.get $0
            local.get $1
            i32.add
            local.set $9
            i32.const 0
            local.set $8
            loop $for-loop|45
             local.get $5
             local.get $8
             i32.gt_s
             if
              local.get $9
              v128.load
              local.get $16
              f32x4.mul
              local.tee $18
              f32x4.abs
              f32x4.neg
              v128.const i32x4 0xc2ae999a 0xc2ae999a 0xc2ae999a 0xc2ae999a
              f32x4.pmax
              local.tee $19
              v128.const i32x4 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b
              f32x4.mul
              v128.const i32x4 0x4b400000 0x4b400000 0x4b400000 0x4b400000
              f32x4.add
              local.tee $20
              v128.const i32x4 0x4b400000 0x4b400000 0x4b400000 0x4b400000
              f32x4.sub
              local.set $21
              local.get $14
              local.get $8
              i32.const 4
              i32.shl
              i32.add
              v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
              v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
              v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
              local.get $19
              local.get $21
              v128.const i32x4 0x3f318000 0x3f318000 0x3f318000 0x3f318000
              f32x4.mul
              f32x4.sub
              local.get $21
              v128.const i32x4 0xb95e8083 0xb95e8083 0xb95e8083 0xb95e8083
              f32x4.mul
              f32x4.sub
              local.tee $19
              local.get $19
              local.get $19
              f32x4.mul
              v128.const i32x4 0x3ab510bc 0x3ab510bc 0x3ab510bc 0x3ab510bc
              local.get $19
              f32x4.mul
              v128.const i32x4 0x3c091dc5 0x3c091dc5 0x3c091dc5 0x3c091dc5
              f32x4.add
              local.get $19
              f32x4.mul
              v128.const i32x4 0x3d2aac7e 0x3d2aac7e 0x3d2aac7e 0x3d2aac7e
              f32x4.add
              local.get $19
              f32x4.mul
              v128.const i32x4 0x3e2aaa48 0x3e2aaa48 0x3e2aaa48 0x3e2aaa48
              f32x4.add
              local.get $19
              f32x4.mul
              v128.const i32x4 0x3efffffe 0x3efffffe 0x3efffffe 0x3efffffe
              f32x4.add
              f32x4.mul
              f32x4.add
              f32x4.add
              local.get $20
              v128.const i32x4 0xb4c0007f 0xb4c0007f 0xb4c0007f 0xb4c0007f
              i32x4.add
              i32.const 23
              i32x4.shl
              f32x4.mul
              local.tee $19
              f32x4.add
              f32x4.div
              local.tee $20
              local.get $19
              local.get $20
              f32x4.mul
              local.get $18
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.ge
              v128.bitselect
              v128.store
              local.get $3
              local.get $9
              i32.add
              local.set $9
              local.get $8
              i32.const 1
              i32.add
              local.set $8
              br $for-loop|45
             end
            end
            local.get $0
            local.get $1
            i32.add
            local.set $13
            local.get $1
            local.get $2
            i32.add
            local.set $9
            i32.const 0
            local.set $10
            loop $for-loop|46
             local.get $5
             local.get $10
             i32.gt_s
             if
              local.get $9
              v128.load
              local.set $18
              local.get $3
              local.get $9
              i32.add
              local.set $9
              local.get $13
              local.get $15
              local.get $10
              i32.const 12
              i32.mul
              i32.add
              local.tee $6
              v128.load32_splat
              local.get $6
              v128.load32_splat offset=4
              local.get $6
              v128.load32_splat offset=8
              local.get $14
              local.get $10
              i32.const 4
              i32.shl
              i32.add
              v128.load
              local.tee $19
              local.get $18
              f32x4.lt
              v128.bitselect
              local.get $19
              local.get $18
              f32x4.gt
              v128.bitselect
              local.get $19
              f32x4.mul
              v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
              local.get $19
              f32x4.sub
              f32x4.mul
              local.get $17
              v128.and
              v128.store
              local.get $3
              local.get $13
              i32.add
              local.set $13
              local.get $10
              i32.const 1
              i32.add
              local.set $10
              br $for-loop|46
             end
            end
            local.get $1
            i32.const 16
            i32.add
            local.set $1
            br $for-loop|42
           end
          end
         else
          local.get $2
          local.get $3
          local.get $11
          i32.eqz
          i32.and
          i32.and
          if
           local.get $7
           i32.const 2
           i32.shl
           local.set $1
           i32.const 0
           local.set $3
           loop $for-loop|48
            local.get $1
            local.get $3
            i32.gt_u
            if
             local.get $3
             local.get $4
             i32.add
             v128.load
             local.tee $16
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             i32x4.ge_s
             local.set $17
             local.get $0
             local.get $3
             i32.add
             local.set $10
             i32.const 0
             local.set $11
             loop $for-loop|52
              local.get $5
              local.get $11
              i32.gt_s
              if
               local.get $10
               local.get $15
               local.get $11
               i32.const 12
               i32.mul
               i32.add
               local.tee $2
               v128.load32_splat
               local.get $10
               v128.load
               f32x4.mul
               local.get $2
               v128.load32_splat offset=4
               local.get $16
               local.get $11
               i32x4.splat
               i32x4.eq
               v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
               v128.and
               f32x4.mul
               f32x4.add
               local.get $17
               v128.and
               v128.store
               local.get $1
               local.get $10
               i32.add
               local.set $10
               local.get $11
               i32.const 1
               i32.add
               local.set $11
               br $for-loop|52
              end
             end
             local.get $3
             i32.const 16
             i32.add
             local.set $3
             br $for-loop|48
            end
           end
          else
           local.get $2
           i32.eqz
           local.get $3
           local.get $11
           i32.eqz
           i32.and
           i32.and
           if
            local.get $7
            i32.const 2
            i32.shl
            local.set $1
            i32.const 0
            local.set $3
            loop $for-loop|54
             local.get $1
             local.get $3
             i32.gt_u
             if
              local.get $3
              local.get $4
              i32.add
              v128.load
              local.tee $16
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              i32x4.ge_s
              local.set $17
              local.get $0
              local.get $3
              i32.add
              local.set $10
              i32.const 0
              local.set $11
              loop $for-loop|58
               local.get $5
               local.get $11
               i32.gt_s
               if
                local.get $10
                local.get $15
                local.get $11
                i32.const 12
                i32.mul
                i32.add
                local.tee $2
                v128.load32_splat
                local.get $2
                v128.load32_splat offset=4
                local.get $2
                v128.load32_splat offset=8
                local.get $10
                v128.load
                local.tee $18
                local.get $16
                local.get $11
                i32x4.splat
                i32x4.eq
                v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
                v128.and
                local.tee $19
                f32x4.lt
                v128.bitselect
                local.get $18
                local.get $19
                f32x4.gt
                v128.bitselect
                local.get $17
                v128.and
                v128.store
                local.get $1
                local.get $10
                i32.add
                local.set $10
                local.get $11
                i32.const 1
                i32.add
                local.set $11
                br $for-loop|58
               end
              end
              local.get $3
              i32.const 16
              i32.add
              local.set $3
              br $for-loop|54
             end
            end
           else
            local.get $2
            local.get $3
            local.get $11
            i32.or
            i32.eqz
            i32.and
            if
             local.get $7
             i32.const 2
             i32.shl
             local.set $2
             i32.const 0
             local.set $3
             loop $for-loop|60
              local.get $2
              local.get $3
              i32.gt_u
              if
               local.get $3
               local.get $4
               i32.add
               v128.load
               v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
               i32x4.ge_s
               local.set $16
               local.get $0
               local.get $3
               i32.add
               local.set $10
               local.get $1
               local.get $3
               i32.add
               local.set $7
               i32.const 0
               local.set $11
               loop $for-loop|64
                local.get $5
                local.get $11
                i32.gt_s
                if
                 local.get $7
                 v128.load
                 local.set $17
                 local.get $2
                 local.get $7
                 i32.add
                 local.set $7
                 local.get $10
                 local.get $15
                 local.get $11
                 i32.const 12
                 i32.mul
                 i32.add
                 local.tee $6
                 v128.load32_splat
                 local.get $10
                 v128.load
                 f32x4.mul
                 local.get $6
                 v128.load32_splat offset=4
                 local.get $17
                 f32x4.mul
                 f32x4.add
                 local.get $16
                 v128.and
                 v128.store
                 local.get $2
                 local.get $10
                 i32.add
                 local.set $10
                 local.get $11
                 i32.const 1
                 i32.add
                 local.set $11
                 br $for-loop|64
                end
               end
               local.get $3
               i32.const 16
               i32.add
               local.set $3
               br $for-loop|60
              end
             end
            else
             local.get $3
             local.get $11
             i32.or
             local.get $2
             i32.or
             i32.eqz
             if
              local.get $7
              i32.const 2
              i32.shl
              local.set $2
              i32.const 0
              local.set $3
              loop $for-loop|66
               local.get $2
               local.get $3
               i32.gt_u
               if
                local.get $3
                local.get $4
                i32.add
                v128.load
                v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
                i32x4.ge_s
                local.set $16
                local.get $0
                local.get $3
                i32.add
                local.set $9
                local.get $1
                local.get $3
                i32.add
                local.set $7
                i32.const 0
                local.set $10
                loop $for-loop|70
                 local.get $5
                 local.get $10
                 i32.gt_s
                 if
                  local.get $7
                  v128.load
                  local.set $17
                  local.get $2
                  local.get $7
                  i32.add
                  local.set $7
                  local.get $9
                  local.get $15
                  local.get $10
                  i32.const 12
                  i32.mul
                  i32.add
                  local.tee $6
                  v128.load32_splat
                  local.get $6
                  v128.load32_splat offset=4
                  local.get $6
                  v128.load32_splat offset=8
                  local.get $9
                  v128.load
                  local.tee $18
                  local.get $17
                  f32x4.lt
                  v128.bitselect
                  local.get $18
                  local.get $17
                  f32x4.gt
                  v128.bitselect
                  local.get $16
                  v128.and
                  v128.store
                  local.get $2
                  local.get $9
                  i32.add
                  local.set $9
                  local.get $10
                  i32.const 1
                  i32.add
                  local.set $10
                  br $for-loop|70
                 end
                end
                local.get $3
                i32.const 16
                i32.add
                local.set $3
                br $for-loop|66
               end
              end
             end
            end
           end
          end
         end
        end
       end
      end
     end
    end
   end
  end
 )
 (func $wasm/assembly/loss/interleavedFromPlanar (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  local.get $2
  i32.const 2
  i32.shl
  local.set $8
  loop $for-loop|0
   local.get $2
   local.get $5
   i32.gt_s
   if
    local.get $0
    local.get $4
    local.get $5
    i32.mul
    i32.const 2
    i32.shl
    i32.add
    local.set $9
    local.get $1
    local.get $5
    i32.const 2
    i32.shl
    i32.add
    local.set $7
    i32.const 0
    local.set $6
    loop $for-loop|1
     local.get $3
     local.get $6
     i32.gt_s
     if
      local.get $7
      local.get $9
      local.get $6
      i32.const 2
      i32.shl
      i32.add
      f32.load
      f32.store
      local.get $7
      local.get $8
      i32.add
      local.set $7
      local.get $6
      i32.const 1
      i32.add
      local.set $6
      br $for-loop|1
     end
    end
    local.get $5
    i32.const 1
    i32.add
    local.set $5
    br $for-loop|0
   end
  end
 )
 (func $wasm/assembly/loss/expNegBatch (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 v128)
  (local $4 i32)
  (local $5 v128)
  (local $6 v128)
  local.get $2
  i32.const 2
  i32.shl
  local.set $2
  loop $for-loop|0
   local.get $2
   local.get $4
   i32.gt_u
   if
    local.get $0
    local.get $4
    i32.add
    v128.load
    v128.const i32x4 0xc2ae999a 0xc2ae999a 0xc2ae999a 0xc2ae999a
    f32x4.pmax
    local.tee $5
    v128.const i32x4 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b
    f32x4.mul
    v128.const i32x4 0x4b400000 0x4b400000 0x4b400000 0x4b400000
    f32x4.add
    local.tee $3
    v128.const i32x4 0x4b400000 0x4b400000 0x4b400000 0x4b400000
    f32x4.sub
    local.set $6
    local.get $1
    local.get $4
    i32.add
    v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
    local.get $5
    local.get $6
    v128.const i32x4 0x3f318000 0x3f318000 0x3f318000 0x3f318000
    f32x4.mul
    f32x4.sub
    local.get $6
    v128.const i32x4 0xb95e8083 0xb95e8083 0xb95e8083 0xb95e8083
    f32x4.mul
    f32x4.sub
    local.tee $5
    local.get $5
    local.get $5
    f32x4.mul
    v128.const i32x4 0x3ab510bc 0x3ab510bc 0x3ab510bc 0x3ab510bc
    local.get $5
    f32x4.mul
    v128.const i32x4 0x3c091dc5 0x3c091dc5 0x3c091dc5 0x3c091dc5
    f32x4.add
    local.get $5
    f32x4.mul
    v128.const i32x4 0x3d2aac7e 0x3d2aac7e 0x3d2aac7e 0x3d2aac7e
    f32x4.add
    local.get $5
    f32x4.mul
    v128.const i32x4 0x3e2aaa48 0x3e2aaa48 0x3e2aaa48 0x3e2aaa48
    f32x4.add
    local.get $5
    f32x4.mul
    v128.const i32x4 0x3efffffe 0x3efffffe 0x3efffffe 0x3efffffe
    f32x4.add
    f32x4.mul
    f32x4.add
    f32x4.add
    local.get $3
    v128.const i32x4 0xb4c0007f 0xb4c0007f 0xb4c0007f 0xb4c0007f
    i32x4.add
    i32.const 23
    i32x4.shl
    f32x4.mul
    v128.store
    local.get $4
    i32.const 16
    i32.add
    local.set $4
    br $for-loop|0
   end
  end
 )
 (func $wasm/assembly/loss/accumulateAny (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32) (param $9 i32) (param $10 i32) (result i32)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 i32)
  (local $17 v128)
  (local $18 v128)
  (local $19 i32)
  (local $20 v128)
  (local $21 i32)
  (local $22 v128)
  (local $23 v128)
  (local $24 v128)
  (local $25 v128)
  (local $26 v128)
  (local $27 v128)
  (local $28 v128)
  (local $29 v128)
  (local $30 v128)
  (local $31 i32)
  block $folding-inner8
   block $folding-inner7
    block $folding-inner6
     block $folding-inner5
      block $folding-inner4
       block $folding-inner3
        block $folding-inner2
         block $folding-inner1
          block $folding-inner0
           local.get $10
           i32.const 0
           local.get $9
           i32.const 0
           local.get $8
           i32.const 0
           local.get $7
           select
           select
           select
           if
            i32.const 1
            local.set $16
            br $folding-inner0
           end
           local.get $10
           i32.const 1
           local.get $9
           i32.const 0
           local.get $8
           i32.const 0
           local.get $7
           select
           select
           select
           i32.eqz
           if
            i32.const 1
            local.set $16
            br $folding-inner1
           end
           i32.const 0
           local.get $10
           local.get $9
           i32.const 1
           local.get $8
           i32.const 0
           local.get $7
           select
           select
           select
           if
            i32.const 1
            local.set $16
            br $folding-inner2
           end
           local.get $9
           i32.const 1
           local.get $8
           i32.const 0
           local.get $7
           select
           select
           local.get $10
           i32.or
           i32.eqz
           if
            i32.const 1
            local.set $16
            br $folding-inner3
           end
           local.get $10
           i32.const 0
           i32.const 0
           local.get $9
           local.get $8
           i32.const 1
           local.get $7
           select
           select
           select
           if
            i32.const 1
            local.set $16
            br $folding-inner4
           end
           local.get $10
           i32.const 1
           i32.const 0
           local.get $9
           local.get $8
           i32.const 1
           local.get $7
           select
           select
           select
           i32.eqz
           if
            i32.const 1
            local.set $16
            br $folding-inner5
           end
           i32.const 0
           local.get $10
           local.get $8
           i32.const 1
           local.get $7
           select
           local.get $9
           i32.or
           select
           if
            i32.const 1
            local.set $16
            br $folding-inner6
           end
           local.get $8
           i32.const 1
           local.get $7
           select
           local.get $9
           i32.or
           local.get $10
           i32.or
           i32.eqz
           if
            i32.const 1
            local.set $16
            br $folding-inner7
           end
           local.get $10
           i32.const 0
           local.get $9
           i32.const 0
           i32.const 0
           local.get $8
           local.get $7
           select
           select
           select
           if
            i32.const 1
            local.set $19
            br $folding-inner7
           end
           local.get $10
           i32.const 1
           local.get $9
           i32.const 0
           i32.const 0
           local.get $8
           local.get $7
           select
           select
           select
           i32.eqz
           if
            i32.const 1
            local.set $19
            br $folding-inner6
           end
           i32.const 0
           local.get $10
           local.get $9
           i32.const 1
           i32.const 0
           local.get $8
           local.get $7
           select
           select
           select
           if
            i32.const 1
            local.set $19
            br $folding-inner5
           end
           local.get $9
           i32.const 1
           i32.const 0
           local.get $8
           local.get $7
           select
           select
           local.get $10
           i32.or
           i32.eqz
           if
            i32.const 1
            local.set $19
            br $folding-inner4
           end
           local.get $10
           i32.const 0
           i32.const 0
           local.get $9
           local.get $7
           local.get $8
           i32.or
           select
           select
           if
            i32.const 1
            local.set $19
            br $folding-inner3
           end
           local.get $10
           i32.const 1
           i32.const 0
           local.get $9
           local.get $7
           local.get $8
           i32.or
           select
           select
           i32.eqz
           if
            i32.const 1
            local.set $19
            br $folding-inner2
           end
           i32.const 0
           local.get $10
           local.get $7
           local.get $8
           i32.or
           local.get $9
           i32.or
           select
           if
            i32.const 1
            local.set $19
            br $folding-inner1
           end
           local.get $7
           local.get $8
           i32.or
           local.get $9
           i32.or
           local.get $10
           i32.or
           i32.eqz
           br_if $folding-inner0
           unreachable
          end
          local.get $5
          i32.const 2
          i32.shl
          local.set $8
          loop $for-loop|0
           local.get $4
           local.get $19
           i32.gt_s
           if
            local.get $19
            i32x4.splat
            local.set $28
            local.get $8
            local.get $19
            i32.mul
            local.tee $5
            local.get $0
            i32.add
            local.set $9
            local.get $1
            local.get $5
            i32.add
            local.set $10
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $23
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $24
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $12
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $25
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $26
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $27
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $17
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $11
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $18
            i32.const 0
            local.set $5
            loop $for-loop|1
             local.get $5
             local.get $8
             i32.lt_u
             if
              local.get $8
              local.get $5
              i32.const 512
              i32.add
              local.tee $7
              local.get $7
              local.get $8
              i32.gt_u
              select
              local.set $21
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              local.set $15
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              local.set $20
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              local.set $13
              local.get $5
              local.set $7
              loop $for-loop|2
               local.get $7
               local.get $21
               i32.lt_u
               if
                local.get $2
                local.get $7
                i32.add
                v128.load
                local.set $14
                local.get $22
                local.get $7
                local.get $9
                i32.add
                v128.load
                local.tee $29
                i32x4.max_u
                local.set $22
                local.get $16
                if (result v128)
                 local.get $29
                 local.get $3
                 local.get $7
                 i32.add
                 v128.load
                 f32x4.mul
                else
                 local.get $29
                 local.get $14
                 v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
                 i32x4.ge_s
                 v128.and
                end
                local.set $29
                local.get $16
                if (result v128)
                 local.get $14
                 local.get $28
                 i32x4.eq
                 local.tee $30
                 v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
                 v128.and
                 local.set $14
                 local.get $15
                 local.get $29
                 local.get $29
                 f32x4.mul
                 local.get $29
                 local.get $16
                 select
                 f32x4.add
                 local.set $15
                 local.get $13
                 local.get $29
                 local.get $30
                 v128.and
                 f32x4.add
                else
                 local.get $22
                 local.get $7
                 local.get $10
                 i32.add
                 v128.load
                 local.tee $30
                 i32x4.max_u
                 local.set $22
                 local.get $29
                 local.get $30
                 local.get $14
                 v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
                 i32x4.ge_s
                 v128.and
                 local.tee $14
                 f32x4.sub
                 f32x4.abs
                 local.set $30
                 local.get $15
                 local.get $29
                 local.get $29
                 f32x4.mul
                 local.get $29
                 local.get $16
                 select
                 f32x4.add
                 local.set $15
                 local.get $20
                 local.get $14
                 local.get $14
                 f32x4.mul
                 local.get $14
                 local.get $16
                 select
                 f32x4.add
                 local.set $20
                 local.get $17
                 local.get $14
                 f32x4.pmax
                 local.set $17
                 local.get $13
                 local.get $30
                 local.get $30
                 f32x4.mul
                 local.get $30
                 local.get $16
                 select
                 f32x4.add
                end
                local.set $13
                local.get $16
                if
                 local.get $18
                 local.get $29
                 local.get $14
                 f32x4.add
                 f32x4.pmax
                 local.set $18
                 local.get $11
                 local.get $29
                 f32x4.pmax
                 local.set $11
                end
                local.get $7
                i32.const 16
                i32.add
                local.set $7
                br $for-loop|2
               end
              end
              local.get $23
              local.get $15
              f64x2.promote_low_f32x4
              f64x2.add
              local.set $23
              local.get $24
              local.get $15
              local.get $15
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              f64x2.add
              local.set $24
              local.get $26
              local.get $13
              f64x2.promote_low_f32x4
              f64x2.add
              local.set $26
              local.get $27
              local.get $13
              local.get $13
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              f64x2.add
              local.set $27
              local.get $16
              i32.eqz
              if
               local.get $25
               local.get $20
               local.get $20
               i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
               f64x2.promote_low_f32x4
               f64x2.add
               local.set $25
               local.get $12
               local.get $20
               f64x2.promote_low_f32x4
               f64x2.add
               local.set $12
              end
              local.get $5
              i32.const 512
              i32.add
              local.set $5
              br $for-loop|1
             end
            end
            local.get $6
            local.get $19
            i32.const 6
            i32.shl
            i32.add
            local.tee $5
            local.get $5
            f64.load
            local.get $23
            local.get $24
            f64x2.add
            local.tee $13
            f64x2.extract_lane 0
            local.get $13
            f64x2.extract_lane 1
            f64.add
            f64.add
            f64.store
            local.get $16
            i32.eqz
            if
             local.get $5
             local.get $5
             f64.load offset=8
             local.get $12
             local.get $25
             f64x2.add
             local.tee $12
             f64x2.extract_lane 0
             local.get $12
             f64x2.extract_lane 1
             f64.add
             f64.add
             f64.store offset=8
            end
            local.get $5
            local.get $5
            f64.load offset=16
            local.get $26
            local.get $27
            f64x2.add
            local.tee $12
            f64x2.extract_lane 0
            local.get $12
            f64x2.extract_lane 1
            f64.add
            f64.add
            f64.store offset=16
            local.get $16
            i32.eqz
            if
             local.get $5
             local.get $5
             f64.load offset=24
             local.get $17
             f32x4.extract_lane 0
             local.get $17
             f32x4.extract_lane 1
             f32.max
             local.get $17
             f32x4.extract_lane 2
             local.get $17
             f32x4.extract_lane 3
             f32.max
             f32.max
             f64.promote_f32
             f64.max
             f64.store offset=24
            end
            local.get $16
            if
             local.get $5
             local.get $5
             f64.load offset=32
             local.get $11
             f32x4.extract_lane 0
             local.get $11
             f32x4.extract_lane 1
             f32.max
             local.get $11
             f32x4.extract_lane 2
             local.get $11
             f32x4.extract_lane 3
             f32.max
             f32.max
             f64.promote_f32
             f64.max
             f64.store offset=32
             local.get $5
             local.get $5
             f64.load offset=40
             local.get $18
             f32x4.extract_lane 0
             local.get $18
             f32x4.extract_lane 1
             f32.max
             local.get $18
             f32x4.extract_lane 2
             local.get $18
             f32x4.extract_lane 3
             f32.max
             f32.max
             f64.promote_f32
             f64.max
             f64.store offset=40
            end
            local.get $19
            i32.const 1
            i32.add
            local.set $19
            br $for-loop|0
           end
          end
          br $folding-inner8
         end
         local.get $5
         i32.const 2
         i32.shl
         local.set $8
         loop $for-loop|3
          local.get $4
          local.get $21
          i32.gt_s
          if
           local.get $21
           i32x4.splat
           local.set $28
           local.get $8
           local.get $21
           i32.mul
           local.tee $5
           local.get $0
           i32.add
           local.set $9
           local.get $1
           local.get $5
           i32.add
           local.set $10
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           local.set $23
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           local.set $24
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           local.set $12
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           local.set $25
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           local.set $26
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           local.set $27
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           local.set $17
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           local.set $11
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           local.set $18
           i32.const 0
           local.set $5
           loop $for-loop|4
            local.get $5
            local.get $8
            i32.lt_u
            if
             local.get $8
             local.get $5
             i32.const 512
             i32.add
             local.tee $7
             local.get $7
             local.get $8
             i32.gt_u
             select
             local.set $31
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.set $15
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.set $20
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.set $13
             local.get $5
             local.set $7
             loop $for-loop|5
              local.get $7
              local.get $31
              i32.lt_u
              if
               local.get $2
               local.get $7
               i32.add
               v128.load
               local.set $14
               local.get $22
               local.get $7
               local.get $9
               i32.add
               v128.load
               local.tee $29
               i32x4.max_u
               local.set $22
               local.get $16
               if (result v128)
                local.get $29
                local.get $3
                local.get $7
                i32.add
                v128.load
                f32x4.mul
               else
                local.get $29
                local.get $14
                v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
                i32x4.ge_s
                v128.and
               end
               local.set $29
               local.get $16
               if (result v128)
                local.get $14
                local.get $28
                i32x4.eq
                local.tee $30
                v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
                v128.and
                local.set $14
                local.get $15
                local.get $29
                local.get $29
                f32x4.mul
                local.get $29
                local.get $16
                select
                f32x4.add
                local.set $15
                local.get $13
                local.get $29
                local.get $30
                v128.and
                f32x4.add
               else
                local.get $22
                local.get $7
                local.get $10
                i32.add
                v128.load
                local.tee $30
                i32x4.max_u
                local.set $22
                local.get $29
                local.get $30
                local.get $14
                v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
                i32x4.ge_s
                v128.and
                local.tee $14
                f32x4.sub
                f32x4.abs
                local.set $30
                local.get $15
                local.get $29
                local.get $29
                f32x4.mul
                local.get $29
                local.get $16
                select
                f32x4.add
                local.set $15
                local.get $20
                local.get $14
                local.get $14
                f32x4.mul
                local.get $14
                local.get $16
                select
                f32x4.add
                local.set $20
                local.get $17
                local.get $14
                f32x4.pmax
                local.set $17
                local.get $13
                local.get $30
                local.get $30
                f32x4.mul
                local.get $30
                local.get $16
                select
                f32x4.add
               end
               local.set $13
               local.get $19
               if
                local.get $18
                local.get $29
                local.get $14
                f32x4.add
                f32x4.pmax
                local.set $18
                local.get $11
                local.get $29
                f32x4.pmax
                local.set $11
               end
               local.get $7
               i32.const 16
               i32.add
               local.set $7
               br $for-loop|5
              end
             end
             local.get $23
             local.get $15
             f64x2.promote_low_f32x4
             f64x2.add
             local.set $23
             local.get $24
             local.get $15
             local.get $15
             i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
             f64x2.promote_low_f32x4
             f64x2.add
             local.set $24
             local.get $26
             local.get $13
             f64x2.promote_low_f32x4
             f64x2.add
             local.set $26
             local.get $27
             local.get $13
             local.get $13
             i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
             f64x2.promote_low_f32x4
             f64x2.add
             local.set $27
             local.get $16
             i32.eqz
             if
              local.get $25
              local.get $20
              local.get $20
              i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              f64x2.promote_low_f32x4
              f64x2.add
              local.set $25
              local.get $12
              local.get $20
              f64x2.promote_low_f32x4
              f64x2.add
              local.set $12
             end
             local.get $5
             i32.const 512
             i32.add
             local.set $5
             br $for-loop|4
            end
           end
           local.get $6
           local.get $21
           i32.const 6
           i32.shl
           i32.add
           local.tee $5
           local.get $5
           f64.load
           local.get $23
           local.get $24
           f64x2.add
           local.tee $13
           f64x2.extract_lane 0
           local.get $13
           f64x2.extract_lane 1
           f64.add
           f64.add
           f64.store
           local.get $16
           i32.eqz
           if
            local.get $5
            local.get $5
            f64.load offset=8
            local.get $12
            local.get $25
            f64x2.add
            local.tee $12
            f64x2.extract_lane 0
            local.get $12
            f64x2.extract_lane 1
            f64.add
            f64.add
            f64.store offset=8
           end
           local.get $5
           local.get $5
           f64.load offset=16
           local.get $26
           local.get $27
           f64x2.add
           local.tee $12
           f64x2.extract_lane 0
           local.get $12
           f64x2.extract_lane 1
           f64.add
           f64.add
           f64.store offset=16
           local.get $16
           i32.eqz
           if
            local.get $5
            local.get $5
            f64.load offset=24
            local.get $17
            f32x4.extract_lane 0
            local.get $17
            f32x4.extract_lane 1
            f32.max
            local.get $17
            f32x4.extract_lane 2
            local.get $17
            f32x4.extract_lane 3
            f32.max
            f32.max
            f64.promote_f32
            f64.max
            f64.store offset=24
           end
           local.get $19
           if
            local.get $5
            local.get $5
            f64.load offset=32
            local.get $11
            f32x4.extract_lane 0
            local.get $11
            f32x4.extract_lane 1
            f32.max
            local.get $11
            f32x4.extract_lane 2
            local.get $11
            f32x4.extract_lane 3
            f32.max
            f32.max
            f64.promote_f32
            f64.max
            f64.store offset=32
            local.get $5
            local.get $5
            f64.load offset=40
            local.get $18
            f32x4.extract_lane 0
            local.get $18
            f32x4.extract_lane 1
            f32.max
            local.get $18
            f32x4.extract_lane 2
            local.get $18
            f32x4.extract_lane 3
            f32.max
            f32.max
            f64.promote_f32
            f64.max
            f64.store offset=40
           end
           local.get $21
           i32.const 1
           i32.add
           local.set $21
           br $for-loop|3
          end
         end
         br $folding-inner8
        end
        local.get $5
        i32.const 2
        i32.shl
        local.set $8
        loop $for-loop|6
         local.get $4
         local.get $21
         i32.gt_s
         if
          local.get $21
          i32x4.splat
          local.set $28
          local.get $8
          local.get $21
          i32.mul
          local.tee $5
          local.get $0
          i32.add
          local.set $9
          local.get $1
          local.get $5
          i32.add
          local.set $10
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $23
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $24
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $12
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $25
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $26
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $27
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $17
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $11
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $18
          i32.const 0
          local.set $5
          loop $for-loop|7
           local.get $5
           local.get $8
           i32.lt_u
           if
            local.get $8
            local.get $5
            i32.const 512
            i32.add
            local.tee $7
            local.get $7
            local.get $8
            i32.gt_u
            select
            local.set $31
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $15
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $20
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $13
            local.get $5
            local.set $7
            loop $for-loop|8
             local.get $7
             local.get $31
             i32.lt_u
             if
              local.get $2
              local.get $7
              i32.add
              v128.load
              local.set $14
              local.get $22
              local.get $7
              local.get $9
              i32.add
              v128.load
              local.tee $29
              i32x4.max_u
              local.set $22
              local.get $16
              if (result v128)
               local.get $29
               local.get $3
               local.get $7
               i32.add
               v128.load
               f32x4.mul
              else
               local.get $29
               local.get $14
               v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
               i32x4.ge_s
               v128.and
              end
              local.set $29
              local.get $16
              if (result v128)
               local.get $14
               local.get $28
               i32x4.eq
               local.tee $30
               v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
               v128.and
               local.set $14
               local.get $15
               local.get $29
               local.get $29
               f32x4.mul
               local.get $29
               local.get $19
               select
               f32x4.add
               local.set $15
               local.get $13
               local.get $29
               local.get $30
               v128.and
               f32x4.add
              else
               local.get $22
               local.get $7
               local.get $10
               i32.add
               v128.load
               local.tee $30
               i32x4.max_u
               local.set $22
               local.get $29
               local.get $30
               local.get $14
               v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
               i32x4.ge_s
               v128.and
               local.tee $14
               f32x4.sub
               f32x4.abs
               local.set $30
               local.get $15
               local.get $29
               local.get $29
               f32x4.mul
               local.get $29
               local.get $19
               select
               f32x4.add
               local.set $15
               local.get $20
               local.get $14
               local.get $14
               f32x4.mul
               local.get $14
               local.get $19
               select
               f32x4.add
               local.set $20
               local.get $17
               local.get $14
               f32x4.pmax
               local.set $17
               local.get $13
               local.get $30
               local.get $30
               f32x4.mul
               local.get $30
               local.get $19
               select
               f32x4.add
              end
              local.set $13
              local.get $16
              if
               local.get $18
               local.get $29
               local.get $14
               f32x4.add
               f32x4.pmax
               local.set $18
               local.get $11
               local.get $29
               f32x4.pmax
               local.set $11
              end
              local.get $7
              i32.const 16
              i32.add
              local.set $7
              br $for-loop|8
             end
            end
            local.get $23
            local.get $15
            f64x2.promote_low_f32x4
            f64x2.add
            local.set $23
            local.get $24
            local.get $15
            local.get $15
            i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
            f64x2.promote_low_f32x4
            f64x2.add
            local.set $24
            local.get $26
            local.get $13
            f64x2.promote_low_f32x4
            f64x2.add
            local.set $26
            local.get $27
            local.get $13
            local.get $13
            i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
            f64x2.promote_low_f32x4
            f64x2.add
            local.set $27
            local.get $16
            i32.eqz
            if
             local.get $25
             local.get $20
             local.get $20
             i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
             f64x2.promote_low_f32x4
             f64x2.add
             local.set $25
             local.get $12
             local.get $20
             f64x2.promote_low_f32x4
             f64x2.add
             local.set $12
            end
            local.get $5
            i32.const 512
            i32.add
            local.set $5
            br $for-loop|7
           end
          end
          local.get $6
          local.get $21
          i32.const 6
          i32.shl
          i32.add
          local.tee $5
          local.get $5
          f64.load
          local.get $23
          local.get $24
          f64x2.add
          local.tee $13
          f64x2.extract_lane 0
          local.get $13
          f64x2.extract_lane 1
          f64.add
          f64.add
          f64.store
          local.get $16
          i32.eqz
          if
           local.get $5
           local.get $5
           f64.load offset=8
           local.get $12
           local.get $25
           f64x2.add
           local.tee $12
           f64x2.extract_lane 0
           local.get $12
           f64x2.extract_lane 1
           f64.add
           f64.add
           f64.store offset=8
          end
          local.get $5
          local.get $5
          f64.load offset=16
          local.get $26
          local.get $27
          f64x2.add
          local.tee $12
          f64x2.extract_lane 0
          local.get $12
          f64x2.extract_lane 1
          f64.add
          f64.add
          f64.store offset=16
          local.get $16
          i32.eqz
          if
           local.get $5
           local.get $5
           f64.load offset=24
           local.get $17
           f32x4.extract_lane 0
           local.get $17
           f32x4.extract_lane 1
           f32.max
           local.get $17
           f32x4.extract_lane 2
           local.get $17
           f32x4.extract_lane 3
           f32.max
           f32.max
           f64.promote_f32
           f64.max
           f64.store offset=24
          end
          local.get $16
          if
           local.get $5
           local.get $5
           f64.load offset=32
           local.get $11
           f32x4.extract_lane 0
           local.get $11
           f32x4.extract_lane 1
           f32.max
           local.get $11
           f32x4.extract_lane 2
           local.get $11
           f32x4.extract_lane 3
           f32.max
           f32.max
           f64.promote_f32
           f64.max
           f64.store offset=32
           local.get $5
           local.get $5
           f64.load offset=40
           local.get $18
           f32x4.extract_lane 0
           local.get $18
           f32x4.extract_lane 1
           f32.max
           local.get $18
           f32x4.extract_lane 2
           local.get $18
           f32x4.extract_lane 3
           f32.max
           f32.max
           f64.promote_f32
           f64.max
           f64.store offset=40
          end
          local.get $21
          i32.const 1
          i32.add
          local.set $21
          br $for-loop|6
         end
        end
        br $folding-inner8
       end
       local.get $5
       i32.const 2
       i32.shl
       local.set $8
       loop $for-loop|9
        local.get $4
        local.get $21
        i32.gt_s
        if
         local.get $21
         i32x4.splat
         local.set $28
         local.get $8
         local.get $21
         i32.mul
         local.tee $5
         local.get $0
         i32.add
         local.set $9
         local.get $1
         local.get $5
         i32.add
         local.set $10
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         local.set $23
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         local.set $24
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         local.set $12
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         local.set $25
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         local.set $26
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         local.set $27
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         local.set $17
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         local.set $11
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         local.set $18
         i32.const 0
         local.set $5
         loop $for-loop|10
          local.get $5
          local.get $8
          i32.lt_u
          if
           local.get $8
           local.get $5
           i32.const 512
           i32.add
           local.tee $7
           local.get $7
           local.get $8
           i32.gt_u
           select
           local.set $31
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           local.set $15
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           local.set $20
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           local.set $13
           local.get $5
           local.set $7
           loop $for-loop|11
            local.get $7
            local.get $31
            i32.lt_u
            if
             local.get $2
             local.get $7
             i32.add
             v128.load
             local.set $14
             local.get $22
             local.get $7
             local.get $9
             i32.add
             v128.load
             local.tee $29
             i32x4.max_u
             local.set $22
             local.get $16
             if (result v128)
              local.get $29
              local.get $3
              local.get $7
              i32.add
              v128.load
              f32x4.mul
             else
              local.get $29
              local.get $14
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              i32x4.ge_s
              v128.and
             end
             local.set $29
             local.get $16
             if (result v128)
              local.get $14
              local.get $28
              i32x4.eq
              local.tee $30
              v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
              v128.and
              local.set $14
              local.get $15
              local.get $29
              local.get $29
              f32x4.mul
              local.get $29
              local.get $19
              select
              f32x4.add
              local.set $15
              local.get $13
              local.get $29
              local.get $30
              v128.and
              f32x4.add
             else
              local.get $22
              local.get $7
              local.get $10
              i32.add
              v128.load
              local.tee $30
              i32x4.max_u
              local.set $22
              local.get $29
              local.get $30
              local.get $14
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              i32x4.ge_s
              v128.and
              local.tee $14
              f32x4.sub
              f32x4.abs
              local.set $30
              local.get $15
              local.get $29
              local.get $29
              f32x4.mul
              local.get $29
              local.get $19
              select
              f32x4.add
              local.set $15
              local.get $20
              local.get $14
              local.get $14
              f32x4.mul
              local.get $14
              local.get $19
              select
              f32x4.add
              local.set $20
              local.get $17
              local.get $14
              f32x4.pmax
              local.set $17
              local.get $13
              local.get $30
              local.get $30
              f32x4.mul
              local.get $30
              local.get $19
              select
              f32x4.add
             end
             local.set $13
             local.get $19
             if
              local.get $18
              local.get $29
              local.get $14
              f32x4.add
              f32x4.pmax
              local.set $18
              local.get $11
              local.get $29
              f32x4.pmax
              local.set $11
             end
             local.get $7
             i32.const 16
             i32.add
             local.set $7
             br $for-loop|11
            end
           end
           local.get $23
           local.get $15
           f64x2.promote_low_f32x4
           f64x2.add
           local.set $23
           local.get $24
           local.get $15
           local.get $15
           i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
           f64x2.promote_low_f32x4
           f64x2.add
           local.set $24
           local.get $26
           local.get $13
           f64x2.promote_low_f32x4
           f64x2.add
           local.set $26
           local.get $27
           local.get $13
           local.get $13
           i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
           f64x2.promote_low_f32x4
           f64x2.add
           local.set $27
           local.get $16
           i32.eqz
           if
            local.get $25
            local.get $20
            local.get $20
            i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
            f64x2.promote_low_f32x4
            f64x2.add
            local.set $25
            local.get $12
            local.get $20
            f64x2.promote_low_f32x4
            f64x2.add
            local.set $12
           end
           local.get $5
           i32.const 512
           i32.add
           local.set $5
           br $for-loop|10
          end
         end
         local.get $6
         local.get $21
         i32.const 6
         i32.shl
         i32.add
         local.tee $5
         local.get $5
         f64.load
         local.get $23
         local.get $24
         f64x2.add
         local.tee $13
         f64x2.extract_lane 0
         local.get $13
         f64x2.extract_lane 1
         f64.add
         f64.add
         f64.store
         local.get $16
         i32.eqz
         if
          local.get $5
          local.get $5
          f64.load offset=8
          local.get $12
          local.get $25
          f64x2.add
          local.tee $12
          f64x2.extract_lane 0
          local.get $12
          f64x2.extract_lane 1
          f64.add
          f64.add
          f64.store offset=8
         end
         local.get $5
         local.get $5
         f64.load offset=16
         local.get $26
         local.get $27
         f64x2.add
         local.tee $12
         f64x2.extract_lane 0
         local.get $12
         f64x2.extract_lane 1
         f64.add
         f64.add
         f64.store offset=16
         local.get $16
         i32.eqz
         if
          local.get $5
          local.get $5
          f64.load offset=24
          local.get $17
          f32x4.extract_lane 0
          local.get $17
          f32x4.extract_lane 1
          f32.max
          local.get $17
          f32x4.extract_lane 2
          local.get $17
          f32x4.extract_lane 3
          f32.max
          f32.max
          f64.promote_f32
          f64.max
          f64.store offset=24
         end
         local.get $19
         if
          local.get $5
          local.get $5
          f64.load offset=32
          local.get $11
          f32x4.extract_lane 0
          local.get $11
          f32x4.extract_lane 1
          f32.max
          local.get $11
          f32x4.extract_lane 2
          local.get $11
          f32x4.extract_lane 3
          f32.max
          f32.max
          f64.promote_f32
          f64.max
          f64.store offset=32
          local.get $5
          local.get $5
          f64.load offset=40
          local.get $18
          f32x4.extract_lane 0
          local.get $18
          f32x4.extract_lane 1
          f32.max
          local.get $18
          f32x4.extract_lane 2
          local.get $18
          f32x4.extract_lane 3
          f32.max
          f32.max
          f64.promote_f32
          f64.max
          f64.store offset=40
         end
         local.get $21
         i32.const 1
         i32.add
         local.set $21
         br $for-loop|9
        end
       end
       br $folding-inner8
      end
      local.get $5
      i32.const 2
      i32.shl
      local.set $8
      loop $for-loop|12
       local.get $4
       local.get $21
       i32.gt_s
       if
        local.get $21
        i32x4.splat
        local.set $28
        local.get $8
        local.get $21
        i32.mul
        local.tee $5
        local.get $0
        i32.add
        local.set $9
        local.get $1
        local.get $5
        i32.add
        local.set $10
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $23
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $24
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $12
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $25
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $26
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $27
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $17
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $11
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $18
        i32.const 0
        local.set $5
        loop $for-loop|13
         local.get $5
         local.get $8
         i32.lt_u
         if
          local.get $8
          local.get $5
          i32.const 512
          i32.add
          local.tee $7
          local.get $7
          local.get $8
          i32.gt_u
          select
          local.set $31
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $15
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $20
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $13
          local.get $5
          local.set $7
          loop $for-loop|14
           local.get $7
           local.get $31
           i32.lt_u
           if
            local.get $2
            local.get $7
            i32.add
            v128.load
            local.set $14
            local.get $22
            local.get $7
            local.get $9
            i32.add
            v128.load
            local.tee $29
            i32x4.max_u
            local.set $22
            local.get $16
            if (result v128)
             local.get $29
             local.get $3
             local.get $7
             i32.add
             v128.load
             f32x4.mul
            else
             local.get $29
             local.get $14
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             i32x4.ge_s
             v128.and
            end
            local.set $29
            local.get $19
            if (result v128)
             local.get $14
             local.get $28
             i32x4.eq
             local.tee $30
             v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
             v128.and
             local.set $14
             local.get $15
             local.get $29
             local.get $29
             f32x4.mul
             local.get $29
             local.get $16
             select
             f32x4.add
             local.set $15
             local.get $13
             local.get $29
             local.get $30
             v128.and
             f32x4.add
            else
             local.get $22
             local.get $7
             local.get $10
             i32.add
             v128.load
             local.tee $30
             i32x4.max_u
             local.set $22
             local.get $29
             local.get $30
             local.get $14
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             i32x4.ge_s
             v128.and
             local.tee $14
             f32x4.sub
             f32x4.abs
             local.set $30
             local.get $15
             local.get $29
             local.get $29
             f32x4.mul
             local.get $29
             local.get $16
             select
             f32x4.add
             local.set $15
             local.get $20
             local.get $14
             local.get $14
             f32x4.mul
             local.get $14
             local.get $16
             select
             f32x4.add
             local.set $20
             local.get $17
             local.get $14
             f32x4.pmax
             local.set $17
             local.get $13
             local.get $30
             local.get $30
             f32x4.mul
             local.get $30
             local.get $16
             select
             f32x4.add
            end
            local.set $13
            local.get $16
            if
             local.get $18
             local.get $29
             local.get $14
             f32x4.add
             f32x4.pmax
             local.set $18
             local.get $11
             local.get $29
             f32x4.pmax
             local.set $11
            end
            local.get $7
            i32.const 16
            i32.add
            local.set $7
            br $for-loop|14
           end
          end
          local.get $23
          local.get $15
          f64x2.promote_low_f32x4
          f64x2.add
          local.set $23
          local.get $24
          local.get $15
          local.get $15
          i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
          f64x2.promote_low_f32x4
          f64x2.add
          local.set $24
          local.get $26
          local.get $13
          f64x2.promote_low_f32x4
          f64x2.add
          local.set $26
          local.get $27
          local.get $13
          local.get $13
          i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
          f64x2.promote_low_f32x4
          f64x2.add
          local.set $27
          local.get $19
          i32.eqz
          if
           local.get $25
           local.get $20
           local.get $20
           i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
           f64x2.promote_low_f32x4
           f64x2.add
           local.set $25
           local.get $12
           local.get $20
           f64x2.promote_low_f32x4
           f64x2.add
           local.set $12
          end
          local.get $5
          i32.const 512
          i32.add
          local.set $5
          br $for-loop|13
         end
        end
        local.get $6
        local.get $21
        i32.const 6
        i32.shl
        i32.add
        local.tee $5
        local.get $5
        f64.load
        local.get $23
        local.get $24
        f64x2.add
        local.tee $13
        f64x2.extract_lane 0
        local.get $13
        f64x2.extract_lane 1
        f64.add
        f64.add
        f64.store
        local.get $19
        i32.eqz
        if
         local.get $5
         local.get $5
         f64.load offset=8
         local.get $12
         local.get $25
         f64x2.add
         local.tee $12
         f64x2.extract_lane 0
         local.get $12
         f64x2.extract_lane 1
         f64.add
         f64.add
         f64.store offset=8
        end
        local.get $5
        local.get $5
        f64.load offset=16
        local.get $26
        local.get $27
        f64x2.add
        local.tee $12
        f64x2.extract_lane 0
        local.get $12
        f64x2.extract_lane 1
        f64.add
        f64.add
        f64.store offset=16
        local.get $19
        i32.eqz
        if
         local.get $5
         local.get $5
         f64.load offset=24
         local.get $17
         f32x4.extract_lane 0
         local.get $17
         f32x4.extract_lane 1
         f32.max
         local.get $17
         f32x4.extract_lane 2
         local.get $17
         f32x4.extract_lane 3
         f32.max
         f32.max
         f64.promote_f32
         f64.max
         f64.store offset=24
        end
        local.get $16
        if
         local.get $5
         local.get $5
         f64.load offset=32
         local.get $11
         f32x4.extract_lane 0
         local.get $11
         f32x4.extract_lane 1
         f32.max
         local.get $11
         f32x4.extract_lane 2
         local.get $11
         f32x4.extract_lane 3
         f32.max
         f32.max
         f64.promote_f32
         f64.max
         f64.store offset=32
         local.get $5
         local.get $5
         f64.load offset=40
         local.get $18
         f32x4.extract_lane 0
         local.get $18
         f32x4.extract_lane 1
         f32.max
         local.get $18
         f32x4.extract_lane 2
         local.get $18
         f32x4.extract_lane 3
         f32.max
         f32.max
         f64.promote_f32
         f64.max
         f64.store offset=40
        end
        local.get $21
        i32.const 1
        i32.add
        local.set $21
        br $for-loop|12
       end
      end
      br $folding-inner8
     end
     local.get $5
     i32.const 2
     i32.shl
     local.set $8
     loop $for-loop|15
      local.get $4
      local.get $21
      i32.gt_s
      if
       local.get $21
       i32x4.splat
       local.set $28
       local.get $8
       local.get $21
       i32.mul
       local.tee $5
       local.get $0
       i32.add
       local.set $9
       local.get $1
       local.get $5
       i32.add
       local.set $10
       v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
       local.set $23
       v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
       local.set $24
       v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
       local.set $12
       v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
       local.set $25
       v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
       local.set $26
       v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
       local.set $27
       v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
       local.set $17
       v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
       local.set $11
       v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
       local.set $18
       i32.const 0
       local.set $5
       loop $for-loop|16
        local.get $5
        local.get $8
        i32.lt_u
        if
         local.get $8
         local.get $5
         i32.const 512
         i32.add
         local.tee $7
         local.get $7
         local.get $8
         i32.gt_u
         select
         local.set $31
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         local.set $15
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         local.set $20
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         local.set $13
         local.get $5
         local.set $7
         loop $for-loop|17
          local.get $7
          local.get $31
          i32.lt_u
          if
           local.get $2
           local.get $7
           i32.add
           v128.load
           local.set $14
           local.get $22
           local.get $7
           local.get $9
           i32.add
           v128.load
           local.tee $29
           i32x4.max_u
           local.set $22
           local.get $16
           if (result v128)
            local.get $29
            local.get $3
            local.get $7
            i32.add
            v128.load
            f32x4.mul
           else
            local.get $29
            local.get $14
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            i32x4.ge_s
            v128.and
           end
           local.set $29
           local.get $19
           if (result v128)
            local.get $14
            local.get $28
            i32x4.eq
            local.tee $30
            v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
            v128.and
            local.set $14
            local.get $15
            local.get $29
            local.get $29
            f32x4.mul
            local.get $29
            local.get $16
            select
            f32x4.add
            local.set $15
            local.get $13
            local.get $29
            local.get $30
            v128.and
            f32x4.add
           else
            local.get $22
            local.get $7
            local.get $10
            i32.add
            v128.load
            local.tee $30
            i32x4.max_u
            local.set $22
            local.get $29
            local.get $30
            local.get $14
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            i32x4.ge_s
            v128.and
            local.tee $14
            f32x4.sub
            f32x4.abs
            local.set $30
            local.get $15
            local.get $29
            local.get $29
            f32x4.mul
            local.get $29
            local.get $16
            select
            f32x4.add
            local.set $15
            local.get $20
            local.get $14
            local.get $14
            f32x4.mul
            local.get $14
            local.get $16
            select
            f32x4.add
            local.set $20
            local.get $17
            local.get $14
            f32x4.pmax
            local.set $17
            local.get $13
            local.get $30
            local.get $30
            f32x4.mul
            local.get $30
            local.get $16
            select
            f32x4.add
           end
           local.set $13
           local.get $19
           if
            local.get $18
            local.get $29
            local.get $14
            f32x4.add
            f32x4.pmax
            local.set $18
            local.get $11
            local.get $29
            f32x4.pmax
            local.set $11
           end
           local.get $7
           i32.const 16
           i32.add
           local.set $7
           br $for-loop|17
          end
         end
         local.get $23
         local.get $15
         f64x2.promote_low_f32x4
         f64x2.add
         local.set $23
         local.get $24
         local.get $15
         local.get $15
         i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
         f64x2.promote_low_f32x4
         f64x2.add
         local.set $24
         local.get $26
         local.get $13
         f64x2.promote_low_f32x4
         f64x2.add
         local.set $26
         local.get $27
         local.get $13
         local.get $13
         i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
         f64x2.promote_low_f32x4
         f64x2.add
         local.set $27
         local.get $19
         i32.eqz
         if
          local.get $25
          local.get $20
          local.get $20
          i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
          f64x2.promote_low_f32x4
          f64x2.add
          local.set $25
          local.get $12
          local.get $20
          f64x2.promote_low_f32x4
          f64x2.add
          local.set $12
         end
         local.get $5
         i32.const 512
         i32.add
         local.set $5
         br $for-loop|16
        end
       end
       local.get $6
       local.get $21
       i32.const 6
       i32.shl
       i32.add
       local.tee $5
       local.get $5
       f64.load
       local.get $23
       local.get $24
       f64x2.add
       local.tee $13
       f64x2.extract_lane 0
       local.get $13
       f64x2.extract_lane 1
       f64.add
       f64.add
       f64.store
       local.get $19
       i32.eqz
       if
        local.get $5
        local.get $5
        f64.load offset=8
        local.get $12
        local.get $25
        f64x2.add
        local.tee $12
        f64x2.extract_lane 0
        local.get $12
        f64x2.extract_lane 1
        f64.add
        f64.add
        f64.store offset=8
       end
       local.get $5
       local.get $5
       f64.load offset=16
       local.get $26
       local.get $27
       f64x2.add
       local.tee $12
       f64x2.extract_lane 0
       local.get $12
       f64x2.extract_lane 1
       f64.add
       f64.add
       f64.store offset=16
       local.get $19
       i32.eqz
       if
        local.get $5
        local.get $5
        f64.load offset=24
        local.get $17
        f32x4.extract_lane 0
        local.get $17
        f32x4.extract_lane 1
        f32.max
        local.get $17
        f32x4.extract_lane 2
        local.get $17
        f32x4.extract_lane 3
        f32.max
        f32.max
        f64.promote_f32
        f64.max
        f64.store offset=24
       end
       local.get $19
       if
        local.get $5
        local.get $5
        f64.load offset=32
        local.get $11
        f32x4.extract_lane 0
        local.get $11
        f32x4.extract_lane 1
        f32.max
        local.get $11
        f32x4.extract_lane 2
        local.get $11
        f32x4.extract_lane 3
        f32.max
        f32.max
        f64.promote_f32
        f64.max
        f64.store offset=32
        local.get $5
        local.get $5
        f64.load offset=40
        local.get $18
        f32x4.extract_lane 0
        local.get $18
        f32x4.extract_lane 1
        f32.max
        local.get $18
        f32x4.extract_lane 2
        local.get $18
        f32x4.extract_lane 3
        f32.max
        f32.max
        f64.promote_f32
        f64.max
        f64.store offset=40
       end
       local.get $21
       i32.const 1
       i32.add
       local.set $21
       br $for-loop|15
      end
     end
     br $folding-inner8
    end
    local.get $5
    i32.const 2
    i32.shl
    local.set $8
    loop $for-loop|18
     local.get $4
     local.get $21
     i32.gt_s
     if
      local.get $21
      i32x4.splat
      local.set $28
      local.get $8
      local.get $21
      i32.mul
      local.tee $5
      local.get $0
      i32.add
      local.set $9
      local.get $1
      local.get $5
      i32.add
      local.set $10
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      local.set $23
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      local.set $24
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      local.set $12
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      local.set $25
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      local.set $26
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      local.set $27
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      local.set $17
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      local.set $11
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      local.set $18
      i32.const 0
      local.set $5
      loop $for-loop|19
       local.get $5
       local.get $8
       i32.lt_u
       if
        local.get $8
        local.get $5
        i32.const 512
        i32.add
        local.tee $7
        local.get $7
        local.get $8
        i32.gt_u
        select
        local.set $31
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $15
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $20
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $13
        local.get $5
        local.set $7
        loop $for-loop|20
         local.get $7
         local.get $31
         i32.lt_u
         if
          local.get $2
          local.get $7
          i32.add
          v128.load
          local.set $14
          local.get $22
          local.get $7
          local.get $9
          i32.add
          v128.load
          local.tee $29
          i32x4.max_u
          local.set $22
          local.get $16
          if (result v128)
           local.get $29
           local.get $3
           local.get $7
           i32.add
           v128.load
           f32x4.mul
          else
           local.get $29
           local.get $14
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           i32x4.ge_s
           v128.and
          end
          local.set $29
          local.get $19
          if (result v128)
           local.get $14
           local.get $28
           i32x4.eq
           local.tee $30
           v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
           v128.and
           local.set $14
           local.get $15
           local.get $29
           local.get $29
           f32x4.mul
           local.get $29
           local.get $19
           select
           f32x4.add
           local.set $15
           local.get $13
           local.get $29
           local.get $30
           v128.and
           f32x4.add
          else
           local.get $22
           local.get $7
           local.get $10
           i32.add
           v128.load
           local.tee $30
           i32x4.max_u
           local.set $22
           local.get $29
           local.get $30
           local.get $14
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           i32x4.ge_s
           v128.and
           local.tee $14
           f32x4.sub
           f32x4.abs
           local.set $30
           local.get $15
           local.get $29
           local.get $29
           f32x4.mul
           local.get $29
           local.get $19
           select
           f32x4.add
           local.set $15
           local.get $20
           local.get $14
           local.get $14
           f32x4.mul
           local.get $14
           local.get $19
           select
           f32x4.add
           local.set $20
           local.get $17
           local.get $14
           f32x4.pmax
           local.set $17
           local.get $13
           local.get $30
           local.get $30
           f32x4.mul
           local.get $30
           local.get $19
           select
           f32x4.add
          end
          local.set $13
          local.get $16
          if
           local.get $18
           local.get $29
           local.get $14
           f32x4.add
           f32x4.pmax
           local.set $18
           local.get $11
           local.get $29
           f32x4.pmax
           local.set $11
          end
          local.get $7
          i32.const 16
          i32.add
          local.set $7
          br $for-loop|20
         end
        end
        local.get $23
        local.get $15
        f64x2.promote_low_f32x4
        f64x2.add
        local.set $23
        local.get $24
        local.get $15
        local.get $15
        i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
        f64x2.promote_low_f32x4
        f64x2.add
        local.set $24
        local.get $26
        local.get $13
        f64x2.promote_low_f32x4
        f64x2.add
        local.set $26
        local.get $27
        local.get $13
        local.get $13
        i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
        f64x2.promote_low_f32x4
        f64x2.add
        local.set $27
        local.get $19
        i32.eqz
        if
         local.get $25
         local.get $20
         local.get $20
         i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
         f64x2.promote_low_f32x4
         f64x2.add
         local.set $25
         local.get $12
         local.get $20
         f64x2.promote_low_f32x4
         f64x2.add
         local.set $12
        end
        local.get $5
        i32.const 512
        i32.add
        local.set $5
        br $for-loop|19
       end
      end
      local.get $6
      local.get $21
      i32.const 6
      i32.shl
      i32.add
      local.tee $5
      local.get $5
      f64.load
      local.get $23
      local.get $24
      f64x2.add
      local.tee $13
      f64x2.extract_lane 0
      local.get $13
      f64x2.extract_lane 1
      f64.add
      f64.add
      f64.store
      local.get $19
      i32.eqz
      if
       local.get $5
       local.get $5
       f64.load offset=8
       local.get $12
       local.get $25
       f64x2.add
       local.tee $12
       f64x2.extract_lane 0
       local.get $12
       f64x2.extract_lane 1
       f64.add
       f64.add
       f64.store offset=8
      end
      local.get $5
      local.get $5
      f64.load offset=16
      local.get $26
      local.get $27
      f64x2.add
      local.tee $12
      f64x2.extract_lane 0
      local.get $12
      f64x2.extract_lane 1
      f64.add
      f64.add
      f64.store offset=16
      local.get $19
      i32.eqz
      if
       local.get $5
       local.get $5
       f64.load offset=24
       local.get $17
       f32x4.extract_lane 0
       local.get $17
       f32x4.extract_lane 1
       f32.max
       local.get $17
       f32x4.extract_lane 2
       local.get $17
       f32x4.extract_lane 3
       f32.max
       f32.max
       f64.promote_f32
       f64.max
       f64.store offset=24
      end
      local.get $16
      if
       local.get $5
       local.get $5
       f64.load offset=32
       local.get $11
       f32x4.extract_lane 0
       local.get $11
       f32x4.extract_lane 1
       f32.max
       local.get $11
       f32x4.extract_lane 2
       local.get $11
       f32x4.extract_lane 3
       f32.max
       f32.max
       f64.promote_f32
       f64.max
       f64.store offset=32
       local.get $5
       local.get $5
       f64.load offset=40
       local.get $18
       f32x4.extract_lane 0
       local.get $18
       f32x4.extract_lane 1
       f32.max
       local.get $18
       f32x4.extract_lane 2
       local.get $18
       f32x4.extract_lane 3
       f32.max
       f32.max
       f64.promote_f32
       f64.max
       f64.store offset=40
      end
      local.get $21
      i32.const 1
      i32.add
      local.set $21
      br $for-loop|18
     end
    end
    br $folding-inner8
   end
   local.get $5
   i32.const 2
   i32.shl
   local.set $8
   loop $for-loop|21
    local.get $4
    local.get $21
    i32.gt_s
    if
     local.get $21
     i32x4.splat
     local.set $28
     local.get $8
     local.get $21
     i32.mul
     local.tee $5
     local.get $0
     i32.add
     local.set $9
     local.get $1
     local.get $5
     i32.add
     local.set $10
     v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
     local.set $23
     v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
     local.set $24
     v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
     local.set $12
     v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
     local.set $25
     v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
     local.set $26
     v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
     local.set $27
     v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
     local.set $17
     v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
     local.set $11
     v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
     local.set $18
     i32.const 0
     local.set $5
     loop $for-loop|22
      local.get $5
      local.get $8
      i32.lt_u
      if
       local.get $8
       local.get $5
       i32.const 512
       i32.add
       local.tee $7
       local.get $7
       local.get $8
       i32.gt_u
       select
       local.set $31
       v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
       local.set $15
       v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
       local.set $20
       v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
       local.set $13
       local.get $5
       local.set $7
       loop $for-loop|23
        local.get $7
        local.get $31
        i32.lt_u
        if
         local.get $2
         local.get $7
         i32.add
         v128.load
         local.set $14
         local.get $22
         local.get $7
         local.get $9
         i32.add
         v128.load
         local.tee $29
         i32x4.max_u
         local.set $22
         local.get $16
         if (result v128)
          local.get $29
          local.get $3
          local.get $7
          i32.add
          v128.load
          f32x4.mul
         else
          local.get $29
          local.get $14
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          i32x4.ge_s
          v128.and
         end
         local.set $29
         local.get $19
         if (result v128)
          local.get $14
          local.get $28
          i32x4.eq
          local.tee $30
          v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
          v128.and
          local.set $14
          local.get $15
          local.get $29
          local.get $29
          f32x4.mul
          local.get $29
          local.get $19
          select
          f32x4.add
          local.set $15
          local.get $13
          local.get $29
          local.get $30
          v128.and
          f32x4.add
         else
          local.get $22
          local.get $7
          local.get $10
          i32.add
          v128.load
          local.tee $30
          i32x4.max_u
          local.set $22
          local.get $29
          local.get $30
          local.get $14
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          i32x4.ge_s
          v128.and
          local.tee $14
          f32x4.sub
          f32x4.abs
          local.set $30
          local.get $15
          local.get $29
          local.get $29
          f32x4.mul
          local.get $29
          local.get $19
          select
          f32x4.add
          local.set $15
          local.get $20
          local.get $14
          local.get $14
          f32x4.mul
          local.get $14
          local.get $19
          select
          f32x4.add
          local.set $20
          local.get $17
          local.get $14
          f32x4.pmax
          local.set $17
          local.get $13
          local.get $30
          local.get $30
          f32x4.mul
          local.get $30
          local.get $19
          select
          f32x4.add
         end
         local.set $13
         local.get $19
         if
          local.get $18
          local.get $29
          local.get $14
          f32x4.add
          f32x4.pmax
          local.set $18
          local.get $11
          local.get $29
          f32x4.pmax
          local.set $11
         end
         local.get $7
         i32.const 16
         i32.add
         local.set $7
         br $for-loop|23
        end
       end
       local.get $23
       local.get $15
       f64x2.promote_low_f32x4
       f64x2.add
       local.set $23
       local.get $24
       local.get $15
       local.get $15
       i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
       f64x2.promote_low_f32x4
       f64x2.add
       local.set $24
       local.get $26
       local.get $13
       f64x2.promote_low_f32x4
       f64x2.add
       local.set $26
       local.get $27
       local.get $13
       local.get $13
       i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
       f64x2.promote_low_f32x4
       f64x2.add
       local.set $27
       local.get $19
       i32.eqz
       if
        local.get $25
        local.get $20
        local.get $20
        i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
        f64x2.promote_low_f32x4
        f64x2.add
        local.set $25
        local.get $12
        local.get $20
        f64x2.promote_low_f32x4
        f64x2.add
        local.set $12
       end
       local.get $5
       i32.const 512
       i32.add
       local.set $5
       br $for-loop|22
      end
     end
     local.get $6
     local.get $21
     i32.const 6
     i32.shl
     i32.add
     local.tee $5
     local.get $5
     f64.load
     local.get $23
     local.get $24
     f64x2.add
     local.tee $13
     f64x2.extract_lane 0
     local.get $13
     f64x2.extract_lane 1
     f64.add
     f64.add
     f64.store
     local.get $19
     i32.eqz
     if
      local.get $5
      local.get $5
      f64.load offset=8
      local.get $12
      local.get $25
      f64x2.add
      local.tee $12
      f64x2.extract_lane 0
      local.get $12
      f64x2.extract_lane 1
      f64.add
      f64.add
      f64.store offset=8
     end
     local.get $5
     local.get $5
     f64.load offset=16
     local.get $26
     local.get $27
     f64x2.add
     local.tee $12
     f64x2.extract_lane 0
     local.get $12
     f64x2.extract_lane 1
     f64.add
     f64.add
     f64.store offset=16
     local.get $19
     i32.eqz
     if
      local.get $5
      local.get $5
      f64.load offset=24
      local.get $17
      f32x4.extract_lane 0
      local.get $17
      f32x4.extract_lane 1
      f32.max
      local.get $17
      f32x4.extract_lane 2
      local.get $17
      f32x4.extract_lane 3
      f32.max
      f32.max
      f64.promote_f32
      f64.max
      f64.store offset=24
     end
     local.get $19
     if
      local.get $5
      local.get $5
      f64.load offset=32
      local.get $11
      f32x4.extract_lane 0
      local.get $11
      f32x4.extract_lane 1
      f32.max
      local.get $11
      f32x4.extract_lane 2
      local.get $11
      f32x4.extract_lane 3
      f32.max
      f32.max
      f64.promote_f32
      f64.max
      f64.store offset=32
      local.get $5
      local.get $5
      f64.load offset=40
      local.get $18
      f32x4.extract_lane 0
      local.get $18
      f32x4.extract_lane 1
      f32.max
      local.get $18
      f32x4.extract_lane 2
      local.get $18
      f32x4.extract_lane 3
      f32.max
      f32.max
      f64.promote_f32
      f64.max
      f64.store offset=40
     end
     local.get $21
     i32.const 1
     i32.add
     local.set $21
     br $for-loop|21
    end
   end
  end
  local.get $22
  i32x4.extract_lane 0
  local.tee $0
  local.get $22
  i32x4.extract_lane 1
  local.tee $1
  local.get $0
  local.get $1
  i32.gt_u
  select
  local.tee $0
  local.get $22
  i32x4.extract_lane 2
  local.tee $1
  local.get $22
  i32x4.extract_lane 3
  local.tee $2
  local.get $1
  local.get $2
  i32.gt_u
  select
  local.tee $1
  local.get $0
  local.get $1
  i32.gt_u
  select
 )
)
