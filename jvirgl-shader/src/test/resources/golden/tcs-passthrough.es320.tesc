#version 320 es
#extension GL_EXT_tessellation_point_size : require
precision highp float;
precision highp int;
layout(vertices = 3) out;
layout(location = 0) in vec4 vso_g0[];
layout(location = 0) out vec4 tco_g0[];
patch out vec4 tco_p0;
uvec4 temps[1];
ivec4 addrs[2];
uvec4 inputs[2];
uvec4 sysvals[2];
const uvec4 imms[1] = uvec4[1](uvec4(1082130432u, 1073741824u, 1065353216u, 0u));

void store_outputs() {
}

void main() {
   sysvals[0] = uvec4(uint(gl_InvocationID), 0u, 0u, 0u);
   sysvals[1] = uvec4(uint(gl_PatchVerticesIn), 0u, 0u, 0u);
   addrs[0].x = int(sysvals[0].x);
   temps[0].xyzw = floatBitsToUint(gl_in[clamp(addrs[0].x, 0, 31)].gl_Position.xyzw);
   {
      uvec4 tcs_value;
      tcs_value.xyzw = temps[0].xyzw;
      gl_out[gl_InvocationID].gl_Position.x = uintBitsToFloat(tcs_value.x);
      gl_out[gl_InvocationID].gl_Position.y = uintBitsToFloat(tcs_value.y);
      gl_out[gl_InvocationID].gl_Position.z = uintBitsToFloat(tcs_value.z);
      gl_out[gl_InvocationID].gl_Position.w = uintBitsToFloat(tcs_value.w);
   }
   {
      uvec4 tcs_value;
      tcs_value.xyzw = floatBitsToUint(vso_g0[clamp(addrs[0].x, 0, 31)].xyzw);
      tco_g0[gl_InvocationID].x = uintBitsToFloat(tcs_value.x);
      tco_g0[gl_InvocationID].y = uintBitsToFloat(tcs_value.y);
      tco_g0[gl_InvocationID].z = uintBitsToFloat(tcs_value.z);
      tco_g0[gl_InvocationID].w = uintBitsToFloat(tcs_value.w);
   }
   {
      uvec4 tcs_value;
      tcs_value.xyzw = imms[0].xxxx;
      gl_TessLevelOuter[0] = uintBitsToFloat(tcs_value.x);
      gl_TessLevelOuter[1] = uintBitsToFloat(tcs_value.y);
      gl_TessLevelOuter[2] = uintBitsToFloat(tcs_value.z);
      gl_TessLevelOuter[3] = uintBitsToFloat(tcs_value.w);
   }
   {
      uvec4 tcs_value;
      tcs_value.xy = imms[0].yy;
      gl_TessLevelInner[0] = uintBitsToFloat(tcs_value.x);
      gl_TessLevelInner[1] = uintBitsToFloat(tcs_value.y);
   }
   {
      uvec4 tcs_value;
      tcs_value.x = floatBitsToUint(float(sysvals[1].x));
      tco_p0.x = uintBitsToFloat(tcs_value.x);
   }
   barrier();
}
